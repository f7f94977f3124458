# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = Số điện thoại hữu ích
# Inside, at the top.
card-title = Nơi tìm giúp đỡ ở Nhật Bản
card-danger = Khi gặp nguy hiểm, hãy gọi ngay. Miễn phí, cả ngày lẫn đêm.
# Beside the large 110 and 119: who answers.
card-police = cảnh sát
card-ambulance = cấp cứu, cứu hỏa
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = tiếng Nhật
card-scan = Quét mã để tìm thêm hỗ trợ qua trò chuyện (Telegram). Không lưu gì về bạn.
card-scan-web = Quét mã để tìm thêm hỗ trợ qua trình duyệt: không cần ứng dụng, không cần tài khoản. Không lưu gì về bạn.
card-scan-line = Quét mã để tìm thêm hỗ trợ qua trò chuyện LINE: LINE sẽ mở với tin nhắn soạn sẵn, bấm gửi. Không lưu gì về bạn.

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = mở cả ngày lẫn đêm
hours-unknown = giờ mở: hãy hỏi
hours-weekdays = T2–T6 { $times }
hours-weekend = T7–CN { $times }
hours-daily = hằng ngày { $times }
hours-day = { $day ->
    [mon] T2
    [tue] T3
    [wed] T4
    [thu] T5
    [fri] T6
    [sat] T7
   *[sun] CN
} { $times }
hours-holidays-closed = nghỉ ngày lễ
