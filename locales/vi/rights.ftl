# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); shorter sentences, with tư cách lưu trú explained as the type of visa and as staying in Japan legally
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = Chuyện này không phải lỗi của bạn. Lỗi là ở kẻ gây ra nó.
right-interpreter-110 = Bạn gọi 110 bằng tiếng mình được: cảnh sát nối phiên dịch vào cuộc gọi.
right-under-18 = { $for_other ->
    [yes] Nếu người đó dưới 18 tuổi, bị lợi dụng tình dục hay lao động như vậy là buôn người, dù không bị ép hay đe dọa.
   *[no] Nếu bạn dưới 18 tuổi, bị lợi dụng tình dục hay lao động như vậy là buôn người, dù không bị ép hay đe dọa.
}
right-consent = Nếu ai đó dùng vũ lực, đe dọa hay lừa bạn, đó là buôn người, dù lúc đầu bạn đã đồng ý.
right-debt-is-crime = Đẩy khách của host club đi bán dâm để thu nợ là phạm tội: có thể bị tù đến 10 năm.
right-anyone-can-report = Ai cũng có thể báo tin, kể cả báo thay cho người khác, và không cần nói tên.
right-police-interview = Ở cảnh sát, bạn có thể xin gặp nữ cảnh sát. Họ sẽ cố nói chuyện với bạn bằng tiếng của bạn, trong phòng riêng.
right-intern-change-site = Nếu bạn không thể tiếp tục ở nơi thực tập vì lý do không tránh được, OTIT có thể giúp bạn chuyển nơi thực tập. OTIT trả lời bằng tám ngôn ngữ.
right-intern-departure = Nếu bạn bị đưa về nước trái ý muốn, bạn có thể nói với nhân viên xuất nhập cảnh ở sân bay hoặc cảng khi rời Nhật. Người phiên dịch có thể giúp bạn.
right-residence-status = Nạn nhân có thể được giúp về visa: ở lại lâu hơn, đổi tư cách lưu trú (loại visa), hoặc được phép đặc biệt để ở lại.
right-av-contract = Hợp đồng đóng phim người lớn có thể được hủy, và bạn có thể yêu cầu ngừng chiếu các video đó, dù bạn bao nhiêu tuổi.
right-host-club-contract = Một số hóa đơn host club có thể được hủy theo Luật Hợp đồng Người tiêu dùng, ví dụ khi bạn bị ép trả tiền bằng chiêu "yêu đương".
right-photo-threats = Khiến ai đó gửi ảnh tình dục qua mạng, rồi dọa tung ảnh để ép họ bán dâm, là phạm tội: có thể bị tù đến 3 năm. Nội dung phạm pháp trên mạng có thể được báo và gỡ bỏ.
right-sexual-violence-any-gender = Quan hệ tình dục khi không có sự đồng ý là bạo lực tình dục. Ai cũng có thể tìm sự giúp đỡ, dù ở độ tuổi hay giới tính nào.
right-shelter = Trung tâm hỗ trợ phụ nữ có thể cho bạn chỗ ở an toàn, đồ ăn và người phiên dịch, dù bạn mang quốc tịch nào hay bao nhiêu tuổi. Nam giới là nạn nhân buôn người cũng có thể có chỗ ở an toàn.
right-legal-help = Houterasu giải thích về luật và chỉ nơi có thể giúp bạn. Nếu không có tiền trả, công dân Nhật và người nước ngoài có tư cách lưu trú hợp lệ (được ở Nhật hợp pháp) có thể được tư vấn luật miễn phí. Địa chỉ nơi ở của bạn được giữ bí mật.
right-go-home-iom = Nếu bạn muốn về nước, IOM (Tổ chức Di cư Quốc tế) giúp nạn nhân buôn người trở về và bắt đầu lại cuộc sống, với sự hỗ trợ của Nhật Bản.
right-discrimination = Bị từ chối cho thuê nhà, từ chối dịch vụ hoặc bị đối xử không công bằng vì bạn là người nước ngoài có thể là vi phạm nhân quyền. Cục Pháp vụ có thể giúp giải quyết.
