# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = Хэрэгтэй утасны дугаарууд
# Inside, at the top.
card-title = Японд тусламж авах газар
card-danger = Аюулд орвол шууд залгаарай. Үнэгүй, өдөр шөнөгүй.
# Beside the large 110 and 119: who answers.
card-police = цагдаа
card-ambulance = түргэн тусламж, гал
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = япон хэл
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
