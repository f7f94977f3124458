# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); shorter sentences, "status izin tinggal" explained as the kind of visa, simpler words
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = Apa yang terjadi bukan salah Anda. Yang salah adalah pelakunya.
right-interpreter-110 = Di 110 Anda bisa pakai bahasa Anda: ada penerjemah.
right-under-18 = { $for_other ->
    [yes] Orang itu di bawah 18 tahun? Dimanfaatkan untuk seks atau kerja itu perdagangan orang, walau tanpa paksaan atau ancaman.
   *[no] Anda di bawah 18 tahun? Dimanfaatkan untuk seks atau kerja itu perdagangan orang, walau tanpa paksaan atau ancaman.
}
right-consent = Jika ada yang memakai paksaan, ancaman, atau kebohongan, itu perdagangan orang, walau awalnya Anda setuju.
right-debt-is-crime = Mendorong pelanggan host club menjual seks untuk menagih utang mereka adalah kejahatan: penjara sampai 10 tahun.
right-anyone-can-report = Siapa pun bisa melapor, juga untuk orang lain, tanpa menyebut nama.
right-police-interview = Di polisi, Anda bisa minta petugas perempuan. Mereka berusaha bicara dengan Anda dalam bahasa Anda, di ruang tertutup.
right-intern-change-site = Jika Anda tidak bisa lanjut di tempat magang karena alasan yang tidak bisa Anda hindari, OTIT bisa membantu Anda pindah. OTIT menjawab dalam delapan bahasa.
right-intern-departure = Jika Anda dipulangkan padahal tidak mau, Anda bisa memberi tahu petugas imigrasi di bandara atau pelabuhan saat berangkat. Penerjemah bisa membantu.
right-residence-status = Korban bisa dibantu soal visa: tinggal lebih lama, ganti status izin tinggal (jenis visa), atau izin khusus untuk tinggal.
right-av-contract = Kontrak untuk tampil di video dewasa bisa dibatalkan, dan Anda bisa menuntut agar video itu tidak ditayangkan lagi, berapa pun usia Anda.
right-host-club-contract = Sebagian tagihan host club bisa dibatalkan berdasarkan Undang-Undang Kontrak Konsumen, misalnya jika Anda ditekan dengan rayuan "cinta".
right-photo-threats = Membuat seseorang mengirim foto seksual lewat internet, lalu mengancam menyebarkannya untuk memaksanya menjual seks, adalah kejahatan: penjara sampai 3 tahun. Konten ilegal di internet bisa dilaporkan dan dihapus.
right-sexual-violence-any-gender = Seks tanpa persetujuan adalah kekerasan seksual. Siapa pun bisa minta bantuan, berapa pun usianya dan apa pun jenis kelaminnya.
right-shelter = Pusat dukungan perempuan bisa memberi tempat tinggal yang aman, makanan, dan penerjemah, apa pun kewarganegaraan atau usia Anda. Laki-laki korban perdagangan orang juga bisa mendapat tempat tinggal yang aman.
right-legal-help = Houterasu memberi tahu Anda tentang hukum dan tempat mencari bantuan. Jika Anda tidak mampu membayar, nasihat hukum gratis mungkin bisa didapat oleh warga negara Jepang dan warga asing yang punya status tinggal sah. Alamat Anda dijaga aman.
right-go-home-iom = Jika Anda ingin pulang, IOM (Organisasi Internasional untuk Migrasi) membantu korban perdagangan orang untuk pulang dan memulai hidup baru, dengan dukungan dari Jepang.
right-discrimination = Ditolak menyewa tempat tinggal, mendapat layanan, atau perlakuan adil karena Anda orang asing bisa merupakan pelanggaran hak asasi manusia. Biro Urusan Hukum (Legal Affairs Bureau) bisa membantu menyelesaikannya.
