# review: unreviewed
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = Chuyện đang xảy ra không phải lỗi của bạn. Người có lỗi là kẻ gây ra chuyện đó.
right-interpreter-110 = Bạn có thể gọi 110 bằng tiếng của mình: cảnh sát sẽ nối phiên dịch viên vào cuộc gọi ba bên.
right-under-18 = { $for_other ->
    [yes] Nếu người đó dưới 18 tuổi, việc bị lợi dụng về tình dục hoặc bị bắt làm việc như vậy là buôn người, kể cả khi không bị ép buộc hay đe dọa.
   *[no] Nếu bạn dưới 18 tuổi, việc bị lợi dụng về tình dục hoặc bị bắt làm việc như vậy là buôn người, kể cả khi không bị ép buộc hay đe dọa.
}
right-consent = Nếu ai đó đã dùng vũ lực, đe dọa hoặc lừa dối, thì đó là buôn người, kể cả khi lúc đầu bạn đã đồng ý.
right-debt-is-crime = Đẩy khách của host club vào con đường bán dâm để đòi nợ họ là tội phạm và có thể bị phạt tù đến 10 năm.
right-anyone-can-report = Ai cũng có thể báo tin, kể cả báo thay cho người khác, và không cần nói tên.
right-police-interview = Ở đồn cảnh sát, bạn có thể yêu cầu nữ cảnh sát. Họ sẽ cố gắng nói chuyện với bạn bằng tiếng của bạn, trong một phòng riêng.
right-intern-change-site = Nếu bạn không thể tiếp tục ở nơi thực tập vì những lý do bạn không thể tránh được, OTIT có thể giúp bạn chuyển sang nơi thực tập khác. OTIT trả lời bằng tám ngôn ngữ.
right-intern-departure = Nếu bạn bị đưa về nước trái với ý muốn, bạn có thể nói với nhân viên xuất nhập cảnh ở sân bay hoặc cảng khi rời Nhật. Phiên dịch viên có thể giúp bạn.
right-residence-status = Nạn nhân có thể được giúp về visa: ở lại lâu hơn, đổi tư cách lưu trú, hoặc được cấp phép lưu trú đặc biệt.
right-av-contract = Hợp đồng đóng phim người lớn có thể được hủy, và bạn có thể yêu cầu ngừng chiếu các video đó, dù bạn bao nhiêu tuổi.
right-host-club-contract = Một số hóa đơn host club có thể được hủy theo Luật Hợp đồng Tiêu dùng, ví dụ khi bạn bị ép trả tiền bằng chiêu "yêu đương".
right-photo-threats = Khiến ai đó gửi ảnh nhạy cảm qua mạng, rồi đe dọa phát tán ảnh đó để ép họ bán dâm, là tội phạm và có thể bị phạt tù đến 3 năm. Nội dung phạm pháp trên mạng có thể được báo cáo và gỡ bỏ.
right-sexual-violence-any-gender = Quan hệ tình dục khi không có sự đồng ý là bạo lực tình dục. Ai cũng có thể tìm sự giúp đỡ, dù ở độ tuổi hay giới tính nào.
right-shelter = Trung tâm hỗ trợ phụ nữ có thể cho bạn nơi ở an toàn, đồ ăn và phiên dịch, dù bạn mang quốc tịch nào hay bao nhiêu tuổi. Nam giới là nạn nhân buôn người cũng có thể được nơi ở an toàn.
right-legal-help = Houterasu giải thích cho bạn về pháp luật và nơi có thể tìm giúp đỡ. Nếu không có tiền trả, công dân Nhật và người nước ngoài có tư cách lưu trú hợp lệ có thể được tư vấn pháp luật miễn phí. Địa chỉ nơi ở của bạn được giữ bí mật.
right-go-home-iom = Nếu bạn muốn về nước, IOM (Tổ chức Di cư Quốc tế) giúp nạn nhân buôn người trở về và bắt đầu lại cuộc sống, với sự hỗ trợ của Nhật Bản.
right-discrimination = Bị từ chối cho thuê nhà, từ chối dịch vụ hoặc bị đối xử không công bằng vì bạn là người nước ngoài có thể là vi phạm nhân quyền. Cục Pháp vụ có thể giúp giải quyết.
