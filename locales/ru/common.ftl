# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); trafficking explained in help-text, footer and notes shortened, common misspellings added to the word lists
### Texts the bot uses on every screen.

footer-emergency = В опасности? 110 — полиция, 119 — скорая, пожар. Бесплатно, круглосуточно.

use-buttons = Пожалуйста, нажимайте кнопки ниже. То, что вы пишете, не сохраняется.
use-buttons-above = Пожалуйста, нажимайте кнопки выше. То, что вы пишете, не сохраняется.

# Comma-separated words that, typed at any point, bring the emergency answer at once.
emergency-words = помогите, помоги, помогите мне, на помощь, спасите, спаси, спасите меня, полиция, полицию, опасность, сос, sos, 110, 119, pomogite, pomogi, spasite, na pomoshch, policiya, politsiya, помощь, помагите, памагите, в опасности, опасно, pomoshch, pomosh, spasi
self-harm-words = хочу умереть, не хочу больше жить, жить не хочу, убить себя, убью себя, покончить с собой, покончу с собой, самоубийство, суицид, навредить себе, hochu umeret, khochu umeret, не хочу жить, хочу сдохнуть, покончить с жизнью, причинить себе вред, ne hochu zhit, ubit sebya
self-harm-answer = Спасибо, что рассказали нам. Вы очень важны, и вам не нужно нести это в одиночку. Если вы можете навредить себе прямо сейчас, позвоните 119 (скорая помощь) или 110 (полиция): бесплатно, днём и ночью. В 110 назовите свой язык — подключат переводчика.

emergency-answer =
    Если вы сейчас в опасности, позвоните 110 (полиция).
    Если кто-то ранен или начался пожар, позвоните 119 (скорая помощь, пожарные).
    Оба номера бесплатные, там отвечают днём и ночью.

## Opening times (Japan time). $time is like 9:00.

when-always = Работает всегда
when-open-until = Открыто до { $time }
when-closed = Сейчас закрыто
when-unknown = Часы работы у нас не указаны
when-holiday-unsure = Сегодня праздник: может быть закрыто
when-season-unsure = Новогодние дни: может быть закрыто
opens-today = откроется сегодня в { $time }
opens-tomorrow = откроется завтра в { $time }
opens-weekday = откроется { $day ->
    [mon] в понедельник
    [tue] во вторник
    [wed] в среду
    [thu] в четверг
    [fri] в пятницу
    [sat] в субботу
   *[sun] в воскресенье
} в { $time }
opens-date = откроется { $date }.{ NUMBER($month, minimumIntegerDigits: 2) } в { $time }

## Languages, cost and phones.

speaks-yours = Говорят на вашем языке ({ $language })
speaks-list = Языки: { $languages }
speaks-also-others = Языки: { $languages } и некоторые другие
speaks-others-only = Много языков
speaks-not-stated = Языки: не указаны
speaks-interpreter = Могут найти переводчика
# Under an answer with a line that may answer only in Japanese, for anyone who is not
# reading in Japanese: the Japanese words to say, as they sound (in Latin letters), and
# what they mean. The language named is the one of this file.
say-on-phone = Ответят по-японски? Скажите «Roshiago no tsūyaku o onegai shimasu» (переводчика с русского).
hours-footnote = Часы не указаны, но можно попробовать.
phone-no-alternate = С некоторых телефонов сюда не дозвониться, а другого номера у нас нет.
web-any-time = Написать на сайте можно в любое время.
ip-phone-shown = Номера для IP- и предоплаченных телефонов и iPhone, где они есть.

## Honest summaries under the list.

reach-web-only = Мы не знаем ни одной линии здесь, которая открыта сейчас; где часы не указаны, можно попробовать. На сайтах с ✉ можно написать прямо сейчас. В опасности звоните 110 в любое время.
reach-only-110 = Мы не знаем ни одной службы здесь, которая открыта сейчас; где часы не указаны, можно попробовать. В опасности звоните 110: там отвечают днём и ночью.
language-gap = { $language } язык здесь не указан ни у кого. В 110 подключат переводчика. Помогут и службы на английском или японском, а консультации по правам человека для иностранцев работают примерно на 80 языках.
reach-none-short = Открытых сейчас служб мы не знаем.
reach-web-short = Открытых сейчас линий мы не знаем; на сайты с ✉ можно написать.
language-gap-short = { $language } язык здесь не указан ни у кого: в 110 подключат переводчика.

rights-heading = Полезно знать

## The terminal chat.

console-prompt = Введите номер и нажмите Enter (q — выйти).

## Telegram.

leave-button = ✖ Выйти и очистить чат
help-text = Этот бот подскажет, кто в Японии может помочь при торговле людьми (когда человека используют ради выгоды: заставляют работать или заниматься сексом), принудительном труде или сексуальной эксплуатации, и когда они работают. Бот ничего о вас не сохраняет. Нажимайте кнопки, чтобы выбрать; /language меняет язык; /exit очищает этот чат.
exit-done = Чат очищен.
exit-note = Сообщения старше 48 часов могут остаться. Чтобы полностью убрать этот чат, удалите его из списка чатов. Ещё можно включить в Telegram автоудаление для этого чата.
old-button = Эта кнопка из старого сообщения. Начнём сначала.
private-only = Пожалуйста, напишите мне в личном чате: { $link }
cmd-start = Начать сначала
cmd-help = Экстренные номера и как это работает
cmd-language = Сменить язык
cmd-exit = Очистить этот чат
bot-description = Кто может помочь в Японии при торговле людьми, принудительном труде или сексуальной эксплуатации — на вашем языке, и работают ли они сейчас. Мы ничего о вас не сохраняем. Если вы в опасности, звоните 110.
bot-short-description = Линии помощи в Японии на вашем языке. Мы ничего о вас не сохраняем. В опасности: 110.

actions-heading = Что ещё можно сделать:
