# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); "perdagangan orang" explained in the help texts, shorter footer and notes, new say-on-phone
### Texts the bot uses on every screen.

footer-emergency = Bahaya? Telepon 110 (polisi), 119 (ambulans, kebakaran): gratis, siang-malam.

use-buttons = Silakan pakai tombol di bawah. Yang Anda ketik tidak disimpan.
use-buttons-above = Silakan pakai tombol di atas. Yang Anda ketik tidak disimpan.

# Comma-separated words that, typed at any point, bring the emergency answer at once.
emergency-words = tolong, tolong saya, tolong aku, tolongin, tolongin aku, tolongin saya, bantu saya, bantu aku, selamatkan saya, selamatkan aku, polisi, panggil polisi, bahaya, darurat, sos, 110, 119, tolonglah, tolong kami, bantuin, bantuin aku, bantuin saya, selamatkan kami, tlg, tolongg, toloong
self-harm-words = ingin mati, mau mati, pengen mati, pengin mati, bunuh diri, mengakhiri hidup, tidak ingin hidup lagi, gak mau hidup lagi, nggak mau hidup lagi, melukai diri sendiri, menyakiti diri sendiri, pingin mati, pgn mati, ga mau hidup lagi, tidak mau hidup lagi, enggak mau hidup lagi, mengakhiri hidupku, akhiri hidup, akhiri hidupku, bundir, nyakitin diri sendiri
self-harm-answer = Terima kasih sudah bercerita kepada kami. Anda berharga, dan Anda tidak harus menanggung ini sendirian. Jika Anda mungkin menyakiti diri sendiri sekarang, telepon 119 (ambulans) atau 110 (polisi): gratis, siang dan malam. Di 110, sebutkan nama bahasa Anda untuk mendapat penerjemah.

emergency-answer =
    Jika Anda dalam bahaya sekarang, telepon 110 (polisi).
    Jika ada yang terluka atau ada kebakaran, telepon 119 (ambulans, pemadam kebakaran).
    Keduanya gratis dan menjawab siang dan malam.

## Opening times (Japan time). $time is like 9:00.

when-always = Selalu buka
when-open-until = Buka sekarang, sampai { $time }
when-closed = Tutup sekarang
when-unknown = Jam buka tidak ada di sumber kami
when-holiday-unsure = Hari ini hari libur nasional: mungkin tutup
when-season-unsure = Sekitar Tahun Baru: mungkin tutup
opens-today = buka hari ini pukul { $time }
opens-tomorrow = buka besok pukul { $time }
opens-weekday = buka hari { $day ->
    [mon] Senin
    [tue] Selasa
    [wed] Rabu
    [thu] Kamis
    [fri] Jumat
    [sat] Sabtu
   *[sun] Minggu
} pukul { $time }
opens-date = buka tanggal { $date }/{ $month } pukul { $time }

## Languages, cost and phones.

speaks-yours = Melayani dalam { $language }
speaks-list = Bahasa: { $languages }
speaks-also-others = Bahasa: { $languages }, dan beberapa lainnya
speaks-others-only = Banyak bahasa
speaks-not-stated = Bahasa: tak disebut
speaks-interpreter = Ada penerjemah
# Under an answer with a line that may answer only in Japanese, for anyone who is not
# reading in Japanese: the Japanese words to say, as they sound (in Latin letters), and
# what they mean. The language named is the one of this file.
say-on-phone = Dijawab bahasa Jepang? Katakan “Indoneshiago no tsūyaku o onegai shimasu” (minta penerjemah Indonesia).
hours-footnote = Jam tak diketahui: tetap coba.
phone-no-alternate = Beberapa HP tidak bisa menghubungi nomor ini; tidak ada nomor lain di sumber kami.
web-any-time = Anda bisa menulis lewat situs webnya kapan saja.
ip-phone-shown = Nomor untuk telepon IP, prabayar, iPhone, jika ada.

## Honest summaries under the list.

reach-web-only = Tidak ada telepon di sini yang diketahui buka sekarang; jika jam buka tidak disebutkan, tetap bisa dicoba. Anda bisa menulis sekarang lewat situs web bertanda ✉. Dalam bahaya, telepon 110 kapan saja.
reach-only-110 = Tidak ada yang diketahui buka sekarang; jika jam buka tidak disebutkan, tetap bisa dicoba. Jika Anda dalam bahaya, telepon 110: buka siang dan malam.
language-gap = Tidak ada yang mencantumkan { $language }. 110 bisa menyambungkan Anda ke penerjemah. Layanan dalam bahasa Inggris atau Jepang juga bisa membantu, dan pusat konsultasi hak asasi manusia untuk orang asing melayani dalam sekitar 80 bahasa.
reach-none-short = Tidak ada yang diketahui buka sekarang.
reach-web-short = Tak ada saluran yang diketahui buka sekarang; situs bertanda ✉ menerima pesan.
language-gap-short = Tak ada yang mencantumkan { $language }: 110 bisa menambah penerjemah.

rights-heading = Ingat

## The terminal chat.

console-prompt = Ketik nomor lalu tekan Enter (q untuk keluar).

## Telegram.

leave-button = ✖ Keluar dan hapus chat ini
help-text = Bot ini memberi tahu siapa yang bisa membantu soal perdagangan orang (orang dijual atau dimanfaatkan untuk kerja atau seks), kerja paksa, atau eksploitasi seksual di Jepang, dan kapan mereka buka. Bot ini tidak menyimpan apa pun tentang Anda. Ketuk tombol untuk memilih; /language untuk mengganti bahasa; /exit untuk menghapus chat ini.
exit-done = Sudah dihapus.
exit-note = Pesan yang lebih lama dari 48 jam mungkin masih ada. Untuk menghapus chat ini sepenuhnya, hapus dari daftar chat Anda. Anda juga bisa menyalakan hapus otomatis (auto-delete) untuk chat ini di Telegram.
old-button = Tombol itu dari pesan sebelumnya. Ini awalnya lagi.
private-only = Silakan tulis kepada saya lewat chat pribadi: { $link }
cmd-start = Mulai lagi
cmd-help = Nomor darurat dan cara kerja bot
cmd-language = Ganti bahasa
cmd-exit = Hapus chat ini
bot-description = Siapa yang bisa membantu soal perdagangan orang (orang dijual atau dimanfaatkan untuk kerja atau seks), kerja paksa, atau eksploitasi seksual di Jepang, dalam bahasa Anda, dan apakah mereka buka sekarang. Tidak ada data tentang Anda yang disimpan. Dalam bahaya, telepon 110.
bot-short-description = Layanan bantuan di Jepang, dalam bahasa Anda. Tidak ada data Anda yang disimpan. Dalam bahaya: 110.

actions-heading = Langkah lain yang bisa Anda ambil:
