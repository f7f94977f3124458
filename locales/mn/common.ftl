# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); trafficking explained in plain words in /help, emergency line, footnotes and IP-phone note shortened, say-on-phone added, Latin spellings added to the word lists
### Texts the bot uses on every screen.

footer-emergency = Аюулд байвал 110 (цагдаа), 119 (түргэн, гал) руу залга. Үнэгүй, өдөр шөнөгүй.

use-buttons = Доорх товчнуудыг ашиглана уу. Таны бичсэн зүйл хадгалагдахгүй.
use-buttons-above = Дээрх товчнуудыг ашиглана уу. Таны бичсэн зүйл хадгалагдахгүй.

# Comma-separated words that, typed at any point, bring the emergency answer at once.
# Cyrillic and Latin words match only as whole words.
emergency-words = тусла, туслаач, туслаарай, тусламж, авраач, авраарай, цагдаа, аюул, аюултай, яаралтай, зугтмаар байна, tusla, tuslaach, tuslaarai, tsagdaa, sos, 110, 119, tuslamj, avraach, avraarai, ayul, yaaraltai
self-harm-words = үхмээр, амиа хорлох, амиа хорломоор, амиа хорлоно, өөрийгөө алах, өөрийгөө алмаар, өөрийгөө гэмтээх, uhmeer, amia horloh, amia horlomoor, амиа егүүтгэх, амиа егүүтгэмээр, ukhmeer, amiaa horloh, amia khorlokh, amiaa khorlokh
self-harm-answer = Бидэнд хэлсэнд баярлалаа. Та бол чухал хүн, энэ бүхнийг ганцаараа үүрэх шаардлагагүй. Хэрэв та яг одоо өөрийгөө гэмтээж магадгүй бол 119 (түргэн тусламж) эсвэл 110 (цагдаа) руу залгаарай: үнэгүй, өдөр шөнөгүй. 110 руу залгахдаа хэлнийхээ нэрийг хэлбэл орчуулагч холбож өгнө.

emergency-answer =
    Хэрэв та яг одоо аюулд байгаа бол 110 (цагдаа) руу залгаарай.
    Хэн нэгэн гэмтсэн эсвэл гал гарсан бол 119 (түргэн тусламж, гал түймэр) руу залгаарай.
    Хоёр дугаар хоёулаа үнэгүй, өдөр шөнөгүй хариулдаг.

## Opening times (Japan time). $time is like 9:00.

when-always = Үргэлж нээлттэй
when-open-until = Одоо нээлттэй, { $time } хүртэл
when-closed = Одоо хаалттай
when-unknown = Ажлын цагийг манай эх сурвалжид заагаагүй
when-holiday-unsure = Өнөөдөр бүх нийтийн амралтын өдөр: хаалттай байж магадгүй
when-season-unsure = Шинэ жилийн үеэр: хаалттай байж магадгүй
opens-today = өнөөдөр { $time } цагт нээгдэнэ
opens-tomorrow = маргааш { $time } цагт нээгдэнэ
opens-weekday = { $day ->
    [mon] даваа
    [tue] мягмар
    [wed] лхагва
    [thu] пүрэв
    [fri] баасан
    [sat] бямба
   *[sun] ням
} гарагт { $time } цагт нээгдэнэ
opens-date = { $month }-р сарын { $date }-нд { $time } цагт нээгдэнэ

## Languages, cost and phones.

speaks-yours = { $language } хэлээр ярьдаг
speaks-list = Хэл: { $languages }
speaks-also-others = Хэл: { $languages } болон бусад хэдэн хэл
speaks-others-only = Олон хэлээр
speaks-not-stated = Хэл: заагаагүй
speaks-interpreter = Орчуулагч авч болно
say-on-phone = Японоор ярьвал “Mongorugo no tsūyaku o onegai shimasu” гэж хэл (монгол орчуулагч хүсье).
hours-footnote = Цаг заагаагүй ч холбогдож болно.
phone-no-alternate = Зарим утаснаас энэ дугаар руу залгах боломжгүй, манай эх сурвалжид өөр дугаар байхгүй.
web-any-time = Та вэбсайтаар нь хүссэн үедээ бичиж болно.
ip-phone-shown = IP утас, карттай утас, iPhone-ийн дугаарыг байгаа бол харуулав.

## Honest summaries under the list.

reach-web-only = Одоо нээлттэй нь тодорхой утасны шугам алга; ажлын цаг заагаагүй газар руу залгаж үзэж болно. ✉ тэмдэгтэй вэбсайтаар одоо бичиж болно. Аюулд байвал хэзээ ч 110 руу залгаарай.
reach-only-110 = Эдгээрээс одоо нээлттэй нь тодорхой газар алга; ажлын цаг заагаагүй газар руу залгаж үзэж болно. Аюулд байвал 110 руу залгаарай: өдөр шөнөгүй ажилладаг.
language-gap = Эдгээрийн аль нь ч { $language } хэлээр ярьдаг гэж заагаагүй. 110 орчуулагч холбож өгч чадна. Англи эсвэл япон хэлээр ажилладаг газрууд ч тусалж чадна, мөн гадаадын иргэдэд зориулсан хүний эрхийн зөвлөгөөний төвүүд 80 орчим хэлээр ажилладаг.
reach-none-short = Эдгээрээс одоо нээлттэй нь тодорхой газар алга.
reach-web-short = Одоо нээлттэй утас тодорхойгүй; ✉ тэмдэгтэй вэбсайтаар бичиж болно.
language-gap-short = Эдгээрийн аль нь ч { $language } хэл заагаагүй: 110 орчуулагч нэмж чадна.

rights-heading = Мэдэж байх зүйл

## The terminal chat.

console-prompt = Дугаар бичээд Enter дарна уу (гарах бол q).

## Telegram.

leave-button = ✖ Гарч, энэ чатыг цэвэрлэх
help-text = Японд хүн худалдаалах (хүнийг хүчээр эсвэл хуурч мөлжих), албадан хөдөлмөр, бэлгийн мөлжлөгийн асуудлаар хэн тусалж чадах, хэзээ ажилладгийг энэ бот хэлж өгнө. Таны тухай юу ч хадгалахгүй. Товч дарж сонгоно уу; /language хэл солино; /exit энэ чатыг цэвэрлэнэ.
exit-done = Цэвэрлэлээ.
exit-note = 48 цагаас өмнөх мессежүүд үлдэж магадгүй. Энэ чатыг бүрмөсөн устгахын тулд чатын жагсаалтаасаа устгана уу. Мөн Telegram дээр энэ чатад автоматаар устгах тохиргоог асааж болно.
old-button = Тэр товч өмнөх мессежийнх байна. Дахин эхнээс нь харуулъя.
private-only = Надад хувийн чатаар бичнэ үү: { $link }
cmd-start = Дахин эхлэх
cmd-help = Яаралтай дугаар ба ашиглах заавар
cmd-language = Хэл солих
cmd-exit = Энэ чатыг цэвэрлэх
bot-description = Японд хүн худалдаалах, албадан хөдөлмөр, бэлгийн мөлжлөгийн асуудлаар хэн тусалж чадах, тэд одоо нээлттэй эсэхийг таны хэлээр хэлж өгнө. Таны тухай юу ч хадгалахгүй. Аюулд байвал 110 руу залгаарай.
bot-short-description = Японы тусламжийн утаснууд, таны хэлээр. Таны тухай юу ч хадгалахгүй. Аюулд байвал: 110.

actions-heading = Таны хийж болох бусад алхам:
