# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new buttons added, "visa o karapatang manatili" for 在留資格, shorter intro
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Piliin ang iyong wika.

who-question = Sino ang nangangailangan ng tulong?
who-me = Ako
who-me-under-18 = Ako, at wala pa akong 18 taong gulang
who-someone-else = Ibang tao (kaibigan, kapamilya)
who-someone-under-18 = Ibang tao na wala pang 18 taong gulang

danger-question = { $for_other ->
    [yes] Nasa panganib ba siya ngayon mismo?
   *[no] Nasa panganib ka ba ngayon mismo?
}
danger-yes-hurt = { $for_other ->
    [yes] Oo, at nasaktan siya
   *[no] Oo, at nasaktan ako
}
danger-yes = Oo, nasa panganib ngayon
danger-no = Hindi, hindi sa ngayon

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] Nasaktan siya? Tumawag ngayon sa 119 (ambulansya); kung may panganib, sa 110 (pulis). Parehong libre, araw at gabi.
       *[no] Nasaktan ka? Tumawag ngayon sa 119 (ambulansya); kung may panganib, sa 110 (pulis). Parehong libre, araw at gabi.
    }
   *[no] { $for_other ->
        [yes] Nasa panganib siya ngayon? Tumawag sa 110 (pulis): libre, araw at gabi.
       *[no] Nasa panganib ka ngayon? Tumawag sa 110 (pulis): libre, araw at gabi.
    }
}
danger-tell-more = Magkuwento pa para sa ibang tulong

what-question = { $for_other ->
    [yes] Ano ang nangyayari sa kanya? Piliin ang pinakaangkop.
   *[no] Ano ang nangyayari? Piliin ang pinakaangkop.
}
what-sexual-exploitation = Pinipilit magbenta ng sex, o "magbayad" ng utang (host club, adult video)
what-labor = Trabaho: walang sahod, bawal umalis, pananakot, ikinukulong, utang sa broker
what-technical-intern = { $for_other ->
    [yes] Technical intern trainee siya
   *[no] Technical intern trainee ako
}
what-immigration = Visa, o karapatang manatili sa Japan (在留資格)
what-sexual-violence = Sekswal na karahasan
what-domestic-violence = Karahasan mula sa partner o pamilya
what-online = Pananakot gamit ang litrato o video, ilegal na content online
what-everyday = Diskriminasyon o problema sa araw-araw
what-legal = Kailangan ko ng payong legal
what-go-home = { $for_other ->
    [yes] Gusto niyang umuwi sa kanyang bansa
   *[no] Gusto kong umuwi sa aking bansa
}
what-not-sure = Hindi ako sigurado / iba pa

need-question = { $for_other ->
    [yes] Ano ang pinakakailangan niya ngayon?
   *[no] Ano ang pinakakailangan mo ngayon?
}
need-shelter = Ligtas na matutuluyan ngayong gabi
need-report = Mag-report sa pulis
need-documents = { $for_other ->
    [yes] Kinuha ang kanyang pasaporte o residence card
   *[no] Kinuha ang aking pasaporte o residence card
}
need-debt = Pinagbabayad ng utang, multa o bayarin
need-doctor = Doktor: may sugat o sakit
need-advice = Payo kung ano ang puwedeng gawin

referral-intro = Makakatulong sila. Tawag o sulat, ikaw ang bahala.
more-options = Iba pang puwedeng tumulong
only-write = Hindi ako makapagsalita, sulat lang
more-intro = Iba pang puwedeng tumulong, at iba pang puwede mong gawin.
phone-cannot-connect = Hindi ko matawagan ang isang numero
usual-numbers = Ipakita ang karaniwang mga numero
more-rights = Higit pa tungkol sa iyong karapatan
another-situation = Magdagdag ng ibang sitwasyon
refine-man = { $for_other ->
    [yes] Lalaki siya
   *[no] Lalaki ako
}
refine-woman = { $for_other ->
    [yes] Babae siya
   *[no] Babae ako
}
refine-japanese = { $for_other ->
    [yes] Japanese ang nasyonalidad niya
   *[no] Japanese ang nasyonalidad ko
}
refine-not-japanese = { $for_other ->
    [yes] Hindi Japanese ang nasyonalidad niya
   *[no] Hindi Japanese ang nasyonalidad ko
}
start-over = Magsimula ulit

rights-intro = Ang iyong mga karapatan at kaligtasan
back-to-contacts = Bumalik sa listahan ng tulong
