# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new buttons added, "izin tinggal" with 在留資格 kept, shorter intro
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Pilih bahasa Anda.

who-question = Siapa yang butuh bantuan?
who-me = Saya
who-me-under-18 = Saya, dan saya di bawah 18 tahun
who-someone-else = Orang lain (teman, anggota keluarga)
who-someone-under-18 = Orang lain yang di bawah 18 tahun

danger-question = { $for_other ->
    [yes] Apakah orang itu dalam bahaya sekarang?
   *[no] Apakah Anda dalam bahaya sekarang?
}
danger-yes-hurt = { $for_other ->
    [yes] Ya, dan orang itu terluka
   *[no] Ya, dan saya terluka
}
danger-yes = Ya, dalam bahaya sekarang
danger-no = Tidak, saat ini tidak

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] Orang itu terluka? Telepon 119 (ambulans) sekarang; jika ada bahaya, 110 (polisi). Keduanya gratis, siang-malam.
       *[no] Anda terluka? Telepon 119 (ambulans) sekarang; jika ada bahaya, 110 (polisi). Keduanya gratis, siang-malam.
    }
   *[no] { $for_other ->
        [yes] Orang itu dalam bahaya sekarang? Telepon 110 (polisi): gratis, siang-malam.
       *[no] Anda dalam bahaya sekarang? Telepon 110 (polisi): gratis, siang-malam.
    }
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
what-immigration = Visa, atau izin tinggal di Jepang (在留資格)
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

need-question = { $for_other ->
    [yes] Apa yang paling dibutuhkan orang itu sekarang?
   *[no] Apa yang paling Anda butuhkan sekarang?
}
need-shelter = Tempat aman untuk menginap malam ini
need-report = Melapor ke polisi
need-documents = { $for_other ->
    [yes] Paspor atau kartu izin tinggalnya diambil
   *[no] Paspor atau kartu izin tinggal saya diambil
}
need-debt = Disuruh membayar utang, denda, atau biaya
need-doctor = Dokter: terluka atau sakit
need-advice = Nasihat tentang apa yang bisa dilakukan

referral-intro = Mereka bisa bantu. Telepon atau tulis, terserah Anda.
more-options = Tempat lain yang bisa membantu
only-write = Saya tidak bisa bicara, hanya bisa menulis
more-intro = Tempat lain yang bisa membantu, dan langkah lain yang bisa Anda ambil.
phone-cannot-connect = Ada nomor yang tidak tersambung dari HP saya
usual-numbers = Tampilkan nomor biasa
more-rights = Lebih lanjut tentang hak Anda
another-situation = Tambah situasi lain
refine-man = { $for_other ->
    [yes] Orang itu laki-laki
   *[no] Saya laki-laki
}
refine-woman = { $for_other ->
    [yes] Orang itu perempuan
   *[no] Saya perempuan
}
refine-japanese = { $for_other ->
    [yes] Orang itu warga negara Jepang
   *[no] Saya warga negara Jepang
}
refine-not-japanese = { $for_other ->
    [yes] Orang itu bukan warga negara Jepang
   *[no] Saya bukan warga negara Jepang
}
start-over = Mulai lagi

rights-intro = Hak dan keselamatan Anda
back-to-contacts = Kembali ke daftar kontak
