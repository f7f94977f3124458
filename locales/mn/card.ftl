# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = Хэрэгтэй утасны дугаарууд
# Inside, at the top.
card-title = Японд үнэгүй тусламж, таны хэлээр
card-danger = Аюулд орвол: 110 (цагдаа) эсвэл 119 (түргэн тусламж) руу залгаарай. Үнэгүй, өдөр шөнөгүй. Өөрийн хэлээ хэлээрэй: орчуулагч холбож өгнө.
card-scan = Уншуулаад чатаас (Telegram) нэмэлт тусламж олоорой. Таны тухай юу ч хадгалахгүй.
card-scan-web = Уншуулаад хөтчөөс нэмэлт тусламж олоорой: апп, бүртгэл хэрэггүй. Таны тухай юу ч хадгалахгүй.
card-scan-line = Уншуулаад LINE чатаас нэмэлт тусламж олоорой: LINE бэлэн зурвастай нээгдэнэ, илгээх дээр дарна уу. Таны тухай юу ч хадгалахгүй.

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = өдөр шөнөгүй ажиллана
hours-unknown = цаг: асуугаарай
hours-weekdays = Да–Ба { $times }
hours-weekend = Бя–Ня { $times }
hours-daily = өдөр бүр { $times }
hours-day = { $day ->
    [mon] Да
    [tue] Мя
    [wed] Лх
    [thu] Пү
    [fri] Ба
    [sat] Бя
   *[sun] Ня
} { $times }
hours-holidays-closed = баярын өдрүүдэд амарна
