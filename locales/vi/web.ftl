# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### The web chat's own texts (bot/channels/web/): the quick exit and the page about it.

web-exit-hint = Để rời trang này thật nhanh, hãy bấm phím Shift ba lần.
web-exit-about-link = Rời đi nhanh xóa được gì và không xóa được gì
web-exit-about =
    Nút “Thoát”, hoặc bấm Shift ba lần, sẽ mở một trang web bình thường thay cho trang này. Vì vậy, nút Quay lại không đưa bạn về đây.
    Nó cũng bảo trình duyệt của bạn quên mọi thứ mà trang này đã lưu. Trang này không lưu gì cả: không có cookie, và câu trả lời của bạn không được giữ lại.
    Nhưng nó không thể xóa trang này khỏi lịch sử của trình duyệt. Để làm việc đó:
    • iPhone (Safari): Cài đặt › Safari › Xóa lịch sử và dữ liệu trang web.
    • Android (Chrome): ⋮ › Nhật ký › Xoá dữ liệu duyệt web.
    Thẻ ẩn danh (riêng tư) hoàn toàn không lưu lịch sử.
web-back = Quay lại
web-type-label = Hoặc gõ một từ, ví dụ “cứu”. Những gì bạn gõ không được lưu lại.
web-send = Gửi
