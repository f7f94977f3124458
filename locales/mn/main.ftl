# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new buttons added, residence status (在留資格) said as "the right to stay in Japan", intro and danger text shortened
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Хэлээ сонгоно уу.

who-question = Хэнд тусламж хэрэгтэй вэ?
who-me = Надад
who-me-under-18 = Надад, би 18 нас хүрээгүй
who-someone-else = Өөр хүнд (найз, гэр бүлийн гишүүн)
who-someone-under-18 = 18 нас хүрээгүй өөр хүнд

danger-question = { $for_other ->
    [yes] Тухайн хүн яг одоо аюулд байна уу?
   *[no] Та яг одоо аюулд байна уу?
}
danger-yes-hurt = { $for_other ->
    [yes] Тийм, тухайн хүн гэмтсэн
   *[no] Тийм, би гэмтсэн
}
danger-yes = Тийм, яг одоо аюулд байна
danger-no = Үгүй, одоогоор үгүй

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] Тухайн хүн гэмтсэн бол одоо 119 (түргэн тусламж) руу залга; аюулд байвал 110 (цагдаа). Аль аль нь үнэгүй, өдөр шөнөгүй.
       *[no] Гэмтсэн бол одоо 119 (түргэн тусламж) руу залга; аюулд байвал 110 (цагдаа). Аль аль нь үнэгүй, өдөр шөнөгүй.
    }
   *[no] { $for_other ->
        [yes] Тухайн хүн одоо аюулд байвал 110 (цагдаа) руу залга. Үнэгүй, өдөр шөнөгүй.
       *[no] Одоо аюулд байвал 110 (цагдаа) руу залга. Үнэгүй, өдөр шөнөгүй.
    }
}
danger-tell-more = Өөр тусламж олохын тулд дэлгэрэнгүй хэлэх

what-question = { $for_other ->
    [yes] Тухайн хүнд юу болж байна вэ? Хамгийн тохирохыг нь сонгоно уу.
   *[no] Юу болж байна вэ? Хамгийн тохирохыг нь сонгоно уу.
}
what-sexual-exploitation = Бэлгийн үйлчилгээ үзүүлэхийг, эсвэл өр "төлөхийг" албадсан (хост клуб, насанд хүрэгчдийн видео)
what-labor = Ажил: цалин өгдөггүй, гарч чадахгүй, сүрдүүлдэг, түгжиж байлгадаг, зуучлагчийн өр
what-technical-intern = { $for_other ->
    [yes] Тухайн хүн техникийн дадлагажигч
   *[no] Би техникийн дадлагажигч
}
what-immigration = Виз, эсвэл Японд оршин суух эрх (在留資格)
what-sexual-violence = Бэлгийн хүчирхийлэл
what-domestic-violence = Хань эсвэл гэр бүлийнхний хүчирхийлэл
what-online = Зураг, видеогоор сүрдүүлэх, интернэт дэх хууль бус зүйл
what-everyday = Ялгаварлан гадуурхалт эсвэл өдөр тутмын асуудал
what-legal = Надад хуулийн зөвлөгөө хэрэгтэй
what-go-home = { $for_other ->
    [yes] Тухайн хүн эх орондоо буцмаар байна
   *[no] Би эх орондоо буцмаар байна
}
what-not-sure = Сайн мэдэхгүй байна / өөр зүйл

need-question = { $for_other ->
    [yes] Тухайн хүнд яг одоо юу хамгийн их хэрэгтэй вэ?
   *[no] Танд яг одоо юу хамгийн их хэрэгтэй вэ?
}
need-shelter = Өнөө шөнө байх аюулгүй газар
need-report = Цагдаад мэдэгдэх
need-documents = { $for_other ->
    [yes] Түүний паспорт эсвэл оршин суух картыг авсан
   *[no] Миний паспорт эсвэл оршин суух картыг авсан
}
need-debt = Өр, торгууль эсвэл хураамж төл гэсэн
need-doctor = Эмч: гэмтсэн эсвэл өвчтэй
need-advice = Юу хийж болох талаар зөвлөгөө

referral-intro = Эдгээр газар тусалж чадна. Залгах, бичих нь таны сонголт.
more-options = Тусалж чадах бусад газрууд
only-write = Ярьж чадахгүй, зөвхөн бичиж чадна
more-intro = Тусалж чадах бусад газрууд, таны хийж болох бусад алхам.
phone-cannot-connect = Миний утаснаас нэг дугаар холбогдохгүй байна
usual-numbers = Ердийн дугааруудыг харуулах
more-rights = Таны эрхийн талаар дэлгэрэнгүй
another-situation = Өөр нөхцөл байдал нэмэх
refine-man = { $for_other ->
    [yes] Тухайн хүн эрэгтэй
   *[no] Би эрэгтэй
}
refine-woman = { $for_other ->
    [yes] Тухайн хүн эмэгтэй
   *[no] Би эмэгтэй
}
refine-japanese = { $for_other ->
    [yes] Тухайн хүн Японы иргэн
   *[no] Би Японы иргэн
}
refine-not-japanese = { $for_other ->
    [yes] Тухайн хүн Японы иргэн биш
   *[no] Би Японы иргэн биш
}
start-over = Дахин эхлэх

rights-intro = Таны эрх ба аюулгүй байдал
back-to-contacts = Холбоо барих газрууд руу буцах
