# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### The web chat's own texts (bot/channels/web/): the quick exit and the page about it.

web-exit-hint = Untuk keluar dari halaman ini dengan cepat, tekan tombol Shift tiga kali.
web-exit-about-link = Apa yang bisa dan tidak bisa dihapus saat keluar cepat
web-exit-about =
    Tombol “Keluar”, atau menekan Shift tiga kali, membuka situs web biasa untuk menggantikan halaman ini. Jadi, tombol Kembali tidak membawa Anda ke sini lagi.
    Cara ini juga menyuruh browser Anda melupakan apa pun yang disimpan situs ini. Situs ini tidak menyimpan apa pun: tidak ada cookie, dan jawaban Anda tidak disimpan.
    Tetapi cara ini tidak bisa menghapus situs ini dari riwayat browser Anda. Untuk itu:
    • iPhone (Safari): Pengaturan › Safari › Hapus Riwayat dan Data Situs Web.
    • Android (Chrome): ⋮ › Histori › Hapus data penjelajahan.
    Tab pribadi (Samaran/incognito) sama sekali tidak menyimpan riwayat.
web-back = Kembali
web-type-label = Atau ketik satu kata, misalnya “tolong”. Yang Anda ketik tidak disimpan.
web-send = Kirim
