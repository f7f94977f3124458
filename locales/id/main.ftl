# review: unreviewed
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Pilih bahasa Anda.

who-question = Siapa yang butuh bantuan?
who-me = Saya
who-someone-else = Orang lain (teman, anggota keluarga)

age-question = { $for_other ->
    [yes] Apakah orang itu berusia di bawah 18 tahun?
   *[no] Apakah Anda berusia di bawah 18 tahun?
}
age-under-18 = Di bawah 18 tahun
age-18-or-over = 18 tahun atau lebih
age-not-say = Saya tidak ingin menjawab

danger-question = { $for_other ->
    [yes] Apakah orang itu dalam bahaya sekarang?
   *[no] Apakah Anda dalam bahaya sekarang?
}
danger-yes = Ya, dalam bahaya sekarang
danger-no = Tidak, saat ini tidak

danger-intro = { $for_other ->
    [yes] Jika orang itu dalam bahaya sekarang, telepon 110 (polisi). Gratis dan buka siang dan malam.
   *[no] Jika Anda dalam bahaya sekarang, telepon 110 (polisi). Gratis dan buka siang dan malam.
}
danger-tell-more = Cerita lagi untuk cari bantuan lain

what-question = { $for_other ->
    [yes] Apa yang terjadi pada orang itu? Pilih yang paling sesuai.
   *[no] Apa yang terjadi? Pilih yang paling sesuai.
}
what-sexual-exploitation = Dipaksa menjual seks, atau "membayar" utang (host club, video dewasa)
what-labor = Kerja: tidak dibayar, tidak bisa berhenti, ancaman, dikurung, utang ke calo
what-technical-intern = { $for_other ->
    [yes] Orang itu peserta magang teknis
   *[no] Saya peserta magang teknis
}
what-immigration = Paspor diambil, masalah visa atau izin tinggal
what-sexual-violence = Kekerasan seksual
what-domestic-violence = Kekerasan dari pasangan atau keluarga
what-online = Ancaman dengan foto atau video, konten ilegal di internet
what-everyday = Diskriminasi atau masalah sehari-hari
what-legal = Saya butuh nasihat hukum
what-go-home = { $for_other ->
    [yes] Orang itu ingin pulang ke negaranya
   *[no] Saya ingin pulang ke negara saya
}
what-not-sure = Saya tidak yakin / hal lain

intern-question = { $for_other ->
    [yes] Apakah orang itu peserta magang teknis (技能実習生)?
   *[no] Apakah Anda peserta magang teknis (技能実習生)?
}
intern-yes = Ya
intern-no = Tidak

referral-intro = Mereka bisa membantu. Anda bisa menelepon atau menulis; Anda yang memilih.
more-options = Tempat lain yang bisa membantu
only-write = Saya tidak bisa bicara, hanya menulis
more-intro = Tempat lain yang bisa membantu, dan langkah lain yang bisa Anda ambil.
phone-cannot-connect = Ada nomor yang tidak tersambung dari HP saya
usual-numbers = Tampilkan nomor biasa
more-rights = Lebih lanjut tentang hak Anda
another-situation = Lihat situasi lain
start-over = Mulai lagi

rights-intro = Hak dan keselamatan Anda
back-to-contacts = Kembali ke daftar kontak
