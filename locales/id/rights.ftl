# review: unreviewed
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = Apa yang terjadi bukan salah Anda. Yang salah adalah pelakunya.
right-interpreter-110 = Anda bisa menelepon 110 dalam bahasa Anda sendiri: polisi menyambungkan penerjemah dalam panggilan bertiga.
right-under-18 = { $for_other ->
    [yes] Jika orang itu berusia di bawah 18 tahun, dimanfaatkan untuk seks atau kerja seperti ini adalah perdagangan orang, meskipun tanpa paksaan atau ancaman.
   *[no] Jika Anda berusia di bawah 18 tahun, dimanfaatkan untuk seks atau kerja seperti ini adalah perdagangan orang, meskipun tanpa paksaan atau ancaman.
}
right-consent = Jika seseorang memakai paksaan, ancaman, atau kebohongan, itu adalah perdagangan orang, meskipun awalnya Anda setuju.
right-debt-is-crime = Mendorong pelanggan host club menjual seks untuk menagih utang mereka adalah kejahatan yang bisa dihukum penjara sampai 10 tahun.
right-anyone-can-report = Siapa pun bisa melapor, juga untuk orang lain, dan juga tanpa menyebutkan nama.
right-police-interview = Di kantor polisi, Anda bisa meminta petugas perempuan. Mereka berusaha berbicara dengan Anda dalam bahasa Anda sendiri, di ruangan tertutup.
right-intern-change-site = Jika Anda tidak bisa melanjutkan di tempat magang Anda karena alasan yang tidak bisa Anda hindari, OTIT bisa membantu Anda pindah tempat magang. OTIT menjawab dalam delapan bahasa.
right-intern-departure = Jika Anda dipulangkan di luar kemauan Anda, Anda bisa memberi tahu petugas imigrasi di bandara atau pelabuhan saat berangkat. Penerjemah bisa membantu.
right-residence-status = Korban bisa mendapat bantuan soal visa: izin tinggal lebih lama, perubahan status izin tinggal, atau izin khusus untuk tinggal.
right-av-contract = Kontrak untuk tampil di video dewasa bisa dibatalkan, dan Anda bisa menuntut agar video itu tidak ditayangkan lagi, berapa pun usia Anda.
right-host-club-contract = Sebagian tagihan host club bisa dibatalkan berdasarkan Undang-Undang Kontrak Konsumen, misalnya jika Anda ditekan dengan rayuan "cinta".
right-photo-threats = Membuat seseorang mengirim foto seksual lewat internet, lalu mengancam menyebarkannya untuk memaksanya menjual seks, adalah kejahatan yang bisa dihukum penjara sampai 3 tahun. Konten ilegal di internet bisa dilaporkan dan dihapus.
right-sexual-violence-any-gender = Seks tanpa persetujuan adalah kekerasan seksual. Siapa pun bisa meminta bantuan, berapa pun usianya dan apa pun jenis kelaminnya.
right-shelter = Pusat dukungan perempuan bisa memberi tempat tinggal yang aman, makanan, dan penerjemah, apa pun kewarganegaraan atau usia Anda. Laki-laki korban perdagangan orang juga bisa mendapat tempat tinggal yang aman.
right-legal-help = Houterasu memberi tahu Anda tentang hukum dan tempat mencari bantuan. Jika Anda tidak mampu membayar, nasihat hukum gratis mungkin bisa didapat oleh warga negara Jepang dan penduduk asing yang punya status tinggal sah. Informasi tempat tinggal Anda dijaga dengan aman.
right-go-home-iom = Jika Anda ingin pulang, IOM (Organisasi Internasional untuk Migrasi) membantu korban perdagangan orang untuk pulang dan memulai hidup baru, dengan dukungan dari Jepang.
right-discrimination = Ditolak menyewa tempat tinggal, mendapat layanan, atau perlakuan adil karena Anda orang asing bisa merupakan pelanggaran hak asasi manusia. Biro Urusan Hukum (Legal Affairs Bureau) bisa membantu menyelesaikannya.
