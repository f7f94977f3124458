# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = Mga kapaki-pakinabang na numero ng telepono
# Inside, at the top.
card-title = Saan hihingi ng tulong sa Japan
card-danger = Kung nasa panganib, tumawag agad. Libre, araw at gabi.
# Beside the large 110 and 119: who answers.
card-police = pulis
card-ambulance = ambulansya, bumbero
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = Japanese
card-scan = I-scan para makahanap ng mas maraming tulong sa chat (Telegram). Walang itinatago tungkol sa iyo.
card-scan-web = I-scan para makahanap ng mas maraming tulong sa browser: walang app, walang account. Walang itinatago tungkol sa iyo.
card-scan-line = I-scan para makahanap ng mas maraming tulong sa LINE chat: bubukas ang LINE na may handang mensahe, i-tap ang send. Walang itinatago tungkol sa iyo.

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = bukas araw at gabi
hours-unknown = oras: magtanong
hours-weekdays = Lun–Biy { $times }
hours-weekend = Sab–Lin { $times }
hours-daily = araw-araw { $times }
hours-day = { $day ->
    [mon] Lun
    [tue] Mar
    [wed] Miy
    [thu] Huw
    [fri] Biy
    [sat] Sab
   *[sun] Lin
} { $times }
hours-holidays-closed = sarado tuwing holiday
