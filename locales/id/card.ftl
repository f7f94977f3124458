# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = Nomor telepon berguna
# Inside, at the top.
card-title = Tempat minta bantuan di Jepang
card-danger = Dalam bahaya, segera telepon. Gratis, siang dan malam.
# Beside the large 110 and 119: who answers.
card-police = polisi
card-ambulance = ambulans, damkar
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = bahasa Jepang
card-scan = Pindai untuk mencari bantuan lain lewat chat (Telegram). Tidak ada data Anda yang disimpan.
card-scan-web = Pindai untuk mencari bantuan lain lewat browser: tanpa aplikasi, tanpa akun. Tidak ada data Anda yang disimpan.
card-scan-line = Pindai untuk mencari bantuan lain lewat chat LINE: LINE terbuka dengan pesan yang sudah siap, ketuk kirim. Tidak ada data Anda yang disimpan.

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = buka siang dan malam
hours-unknown = jam buka: tanyakan
hours-weekdays = Sen–Jum { $times }
hours-weekend = Sab–Min { $times }
hours-daily = setiap hari { $times }
hours-day = { $day ->
    [mon] Sen
    [tue] Sel
    [wed] Rab
    [thu] Kam
    [fri] Jum
    [sat] Sab
   *[sun] Min
} { $times }
hours-holidays-closed = tutup pada hari libur nasional
