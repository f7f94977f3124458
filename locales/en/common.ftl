# review: reference
### Texts the bot uses on every screen.

footer-emergency = In danger now? Call 110 (police) or 119 (ambulance, fire): free, day and night.

use-buttons = Please use the buttons below. What you type is not saved.
use-buttons-above = Please use the buttons above. What you type is not saved.

# Comma-separated words that, typed at any point, bring the emergency answer at once.
emergency-words = help, help me, sos, emergency, danger, police, save me, 110, 119
self-harm-words = want to die, i want to die, kill myself, killing myself, suicide, end my life, hurt myself
self-harm-answer = Thank you for telling us. You matter, and you do not have to carry this alone. If you might hurt yourself now, call 119 (ambulance) or 110 (police): free, day and night. At 110, say your language to get an interpreter.

emergency-answer =
    If you are in danger now, call 110 (police).
    If someone is hurt or there is a fire, call 119 (ambulance, fire).
    Both are free and answer day and night.

## Opening times (Japan time). $time is like 9:00.

when-always = Open all the time
when-open-until = Open now, until { $time }
when-closed = Closed now
when-unknown = Hours not given in our source
when-holiday-unsure = Today is a public holiday: it may be closed
when-season-unsure = Around New Year: it may be closed
opens-today = opens today at { $time }
opens-tomorrow = opens tomorrow at { $time }
opens-weekday = opens { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
} at { $time }
opens-date = opens { $month }/{ $date } at { $time }

## Languages, cost and phones.

speaks-yours = Speaks { $language }
speaks-list = Languages: { $languages }
speaks-also-others = Languages: { $languages }, and some others
speaks-others-only = Many languages
speaks-not-stated = Languages: not given in our source
speaks-interpreter = Can get an interpreter
# Under an answer with a line that may answer only in Japanese, for anyone who is not
# reading in Japanese: the Japanese words to say, as they sound (in Latin letters), and
# what they mean. The language named is the one of this file.
say-on-phone = If they answer in Japanese, say “Eigo no tsūyaku o onegai shimasu” (English interpreter, please).
hours-footnote = No hours given for these: you can still try.
phone-no-alternate = Some phones cannot reach this number, and our source gives no other.
web-any-time = You can write to them on the website at any time.
ip-phone-shown = Showing the numbers for IP phones, prepaid phones and iPhones where our source gives them.

## Honest summaries under the list.

reach-web-only = No phone line here is known to be open right now; where no hours are given, you can still try. You can write on the websites marked ✉ now. In danger, call 110 at any time.
reach-only-110 = None of these is known to be open right now; where no hours are given, you can still try. If you are in danger, call 110: it is open day and night.
language-gap = None of these lists { $language }. 110 can connect an interpreter. Services in English or Japanese can also help, and the human rights counselling centres for foreigners work in about 80 languages.
reach-none-short = None of these is known to be open right now.
reach-web-short = None is known to be open now; the ✉ websites take messages.
language-gap-short = None of these lists { $language }: 110 can add an interpreter.

rights-heading = Good to know

## The terminal chat.

console-prompt = Type a number and press Enter (q to leave).

## Telegram.

leave-button = ✖ Leave and clear this chat
help-text = This bot tells you who can help with trafficking, forced work or sexual exploitation in Japan, and when they are open. It keeps nothing about you. Tap the buttons to choose; /language changes the language; /exit clears this chat.
exit-done = Cleared.
exit-note = Messages older than 48 hours may remain. To remove this chat completely, delete it from your chat list. You can also turn on auto-delete for this chat in Telegram.
old-button = That button is from an earlier message. Here is the start again.
private-only = Please write to me in a private chat: { $link }
cmd-start = Start again
cmd-help = Emergency numbers and how this works
cmd-language = Change the language
cmd-exit = Clear this chat
bot-description = Who can help with human trafficking, forced work or sexual exploitation in Japan, in your language, and whether they are open now. Nothing about you is kept. In danger, call 110.
bot-short-description = Help lines in Japan, in your language. Nothing about you is kept. In danger: 110.

actions-heading = Other steps you can take:
