# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### Teks khusus kanal LINE (bot/channels/line/): bot di LINE tidak bisa menghapus chat, jadi saat keluar, bot memberi tahu cara menghapusnya.

line-exit-steps = Untuk menghapus chat ini dari HP Anda: buka tab “Chat” di LINE. Geser chat ini ke kiri (iPhone), atau tekan dan tahan chat ini (Android). Lalu ketuk “Hapus”. Akun ini juga tetap ada di daftar teman Anda. Untuk menghapusnya, blokir akun ini dulu, lalu hapus di Pengaturan › Teman › Pengguna yang diblokir. Cadangan chat yang dibuat sebelumnya mungkin masih menyimpan pesan-pesan ini.
# Tombol keluar di LINE: bot tidak bisa menghapus chat LINE, jadi tombol ini menyebut apa yang dilakukannya sebagai gantinya.
line-leave-button = ✖ Keluar: cara menghapus chat ini
