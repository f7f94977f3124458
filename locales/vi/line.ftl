# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### Các câu chỉ dùng cho kênh LINE (bot/channels/line/): bot trên LINE không xóa được cuộc trò chuyện, nên khi rời đi, bot chỉ cách xóa.

line-exit-steps = Để xóa cuộc trò chuyện này khỏi điện thoại: hãy mở LINE, vào mục “Trò chuyện”. Vuốt cuộc trò chuyện này sang trái (iPhone) hoặc nhấn giữ nó (Android). Rồi chạm vào “Xóa”. Tài khoản này cũng vẫn còn trong danh sách bạn bè của bạn. Để bỏ nó đi, hãy chặn nó trước, rồi xóa nó trong Cài đặt › Bạn bè › Người dùng bị chặn. Nếu trước đây bạn đã sao lưu trò chuyện, bản sao lưu đó có thể vẫn còn những tin nhắn này.
# Nút thoát trên LINE: bot không xóa được cuộc trò chuyện LINE, nên nút nói rõ nó làm gì thay vào đó.
line-leave-button = ✖ Thoát: cách xóa cuộc trò chuyện này
