# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = Darurat polisi
contact-fire-ambulance-119 = Pemadam kebakaran dan ambulans
contact-police-9110 = Saluran konsultasi polisi
contact-anonymous-hotline = Hotline laporan tanpa nama (anonim)
contact-internet-hotline-center = Pusat Hotline Internet (laporan konten ilegal)
contact-immigration-info-center = Pusat Informasi Imigrasi
contact-regional-immigration-bureaus = Kantor Imigrasi Daerah
contact-foreign-language-human-rights-hotline = Hotline HAM dalam bahasa asing
contact-human-rights-centers-for-foreigners = Pusat Konsultasi HAM untuk Orang Asing
contact-internet-human-rights-counseling = Konsultasi HAM lewat internet
contact-human-rights-hotline = Hotline Hak Asasi Manusia
contact-womens-rights-hotline = Hotline Hak Perempuan
contact-childrens-rights-hotline = Hotline Hak Anak
contact-womens-support-centers = Pusat Konsultasi dan Dukungan Perempuan
contact-child-guidance-centers = Pusat Konsultasi Anak
contact-one-stop-8891 = Pusat Dukungan Terpadu (One-Stop) untuk korban kekerasan seksual
contact-police-sex-crime-8103 = Saluran polisi untuk korban kejahatan seksual
contact-dv-plus-8008 = Konsultasi DV Plus (KDRT, kekerasan dalam rumah tangga)
contact-otit-native-language = Bantuan OTIT dalam bahasa Anda (peserta magang teknis)
contact-labor-hotline = Hotline Konsultasi Kondisi Kerja (malam, akhir pekan)
contact-foreign-workers-consultation = Konsultasi untuk pekerja asing
contact-general-labor-consultation = Layanan Konsultasi Ketenagakerjaan Umum
contact-houterasu-multilingual = Layanan Informasi Multibahasa Houterasu (bantuan hukum)
contact-yorisoi-hotline = Yorisoi Hotline
contact-prosecutors-victim-support = Kejaksaan: dukungan untuk korban
contact-ngo-womens-advice-center = NGO Pusat Konsultasi Perempuan untuk Korban Perdagangan Orang
contact-gov-trafficking-info = Halaman pemerintah: perdagangan orang dan tempat mencari bantuan

note-110-interpreter = Jika Anda tidak bisa berbahasa Jepang, sebutkan nama bahasa Anda: polisi menyambungkan penerjemah dalam panggilan bertiga.
note-119-injury = Untuk luka, sakit, atau kebakaran.
note-police-female-officer = Anda bisa meminta petugas perempuan.
note-anonymous = Anda tidak perlu menyebutkan nama. Anda juga bisa melapor untuk orang lain.
note-ihc = Laporkan konten ilegal di internet; mereka meminta situs itu menghapusnya dan memberi tahu polisi.
note-iic-trafficking = Soal visa, izin tinggal, dan perdagangan orang. Beberapa bahasa.
note-immigration-bureau = Setiap kantor punya kontak untuk perdagangan orang; daftarnya ada di halaman itu.
note-fhrh-interpreter = Telepon Anda disambungkan ke kantor terdekat melalui penerjemah.
note-80-languages = Datang langsung, dalam sekitar 80 bahasa.
note-in-person = Daftar kantornya ada di halaman itu.
note-shelter = Bisa memberi tempat tinggal yang aman. Tekan #8778 untuk terhubung ke pusat di prefektur Anda.
note-one-stop = Dukungan medis, emosional, dan hukum di satu tempat, untuk segala usia dan jenis kelamin.
note-8103 = Menyambungkan Anda ke saluran polisi di prefektur tempat Anda berada.
note-otit = Lewat email atau telepon. Ada juga layanan SOS untuk kekerasan dan ancaman.
note-number-on-page = Nomor teleponnya ada di halaman itu.
note-hours-vary = Bahasa dan jam buka berbeda tiap kantor; daftarnya ada di halaman itu.
note-houterasu = Memberi tahu Anda tentang hukum dan tempat mencari bantuan.
note-prosecutors = Petugas pendamping membantu korban selama proses pengadilan.
note-japanese-only = Hanya dalam bahasa Jepang.
