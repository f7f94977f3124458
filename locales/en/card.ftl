# review: reference
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = Useful phone numbers
# Inside, at the top.
card-title = Where to get help in Japan
card-danger = In danger, call at once. Free, day and night.
# Beside the large 110 and 119: who answers.
card-police = police
card-ambulance = ambulance, fire
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = Japanese
card-scan = Scan to find more help in a chat (Telegram). Nothing about you is kept.
card-scan-web = Scan to find more help in your browser: no app, no account. Nothing about you is kept.
card-scan-line = Scan to find more help in a LINE chat: LINE opens with a message ready, tap send. Nothing about you is kept.

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = open day and night
hours-unknown = hours: ask
hours-weekdays = Mon–Fri { $times }
hours-weekend = Sat–Sun { $times }
hours-daily = every day { $times }
hours-day = { $day ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
} { $times }
hours-holidays-closed = closed on public holidays
