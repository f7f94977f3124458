# review: unreviewed
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Hãy chọn ngôn ngữ của bạn.

who-question = Ai đang cần giúp đỡ?
who-me = Tôi
who-someone-else = Người khác (bạn bè, người thân)

age-question = { $for_other ->
    [yes] Người đó có dưới 18 tuổi không?
   *[no] Bạn có dưới 18 tuổi không?
}
age-under-18 = Dưới 18 tuổi
age-18-or-over = Từ 18 tuổi trở lên
age-not-say = Tôi không muốn nói

danger-question = { $for_other ->
    [yes] Người đó có đang gặp nguy hiểm ngay lúc này không?
   *[no] Bạn có đang gặp nguy hiểm ngay lúc này không?
}
danger-yes = Có, đang nguy hiểm
danger-no = Không, lúc này thì không

danger-intro = { $for_other ->
    [yes] Nếu người đó đang gặp nguy hiểm, hãy gọi 110 (cảnh sát). Gọi miễn phí, có người nghe máy cả ngày lẫn đêm.
   *[no] Nếu bạn đang gặp nguy hiểm, hãy gọi 110 (cảnh sát). Gọi miễn phí, có người nghe máy cả ngày lẫn đêm.
}
danger-tell-more = Kể thêm để tìm nơi giúp khác

what-question = { $for_other ->
    [yes] Người đó đang gặp chuyện gì? Hãy chọn điều gần đúng nhất.
   *[no] Bạn đang gặp chuyện gì? Hãy chọn điều gần đúng nhất.
}
what-sexual-exploitation = Bị ép bán dâm, hoặc bị bắt "trả nợ" (host club, phim người lớn)
what-labor = Công việc: không được trả lương, không được nghỉ việc, bị đe dọa, bị nhốt, nợ môi giới
what-technical-intern = { $for_other ->
    [yes] Người đó là thực tập sinh kỹ năng
   *[no] Tôi là thực tập sinh kỹ năng
}
what-immigration = Bị giữ hộ chiếu, vấn đề visa hoặc tư cách lưu trú
what-sexual-violence = Bạo lực tình dục
what-domestic-violence = Bạo lực từ người yêu, vợ chồng hoặc gia đình
what-online = Bị đe dọa bằng ảnh hoặc video, nội dung phạm pháp trên mạng
what-everyday = Bị phân biệt đối xử hoặc khó khăn trong cuộc sống
what-legal = Tôi cần tư vấn pháp luật
what-go-home = { $for_other ->
    [yes] Người đó muốn về nước
   *[no] Tôi muốn về nước
}
what-not-sure = Tôi không chắc / chuyện khác

intern-question = { $for_other ->
    [yes] Người đó có phải là thực tập sinh kỹ năng (技能実習生) không?
   *[no] Bạn có phải là thực tập sinh kỹ năng (技能実習生) không?
}
intern-yes = Phải
intern-no = Không phải

referral-intro = Đây là những nơi có thể giúp. Bạn có thể gọi điện hoặc viết tin nhắn cho họ, tùy bạn chọn.
more-options = Những nơi khác có thể giúp bạn
only-write = Không nói được, chỉ viết được
more-intro = Những nơi khác có thể giúp bạn, và những việc khác bạn có thể làm.
phone-cannot-connect = Điện thoại của tôi không gọi được một số
usual-numbers = Hiện các số thông thường
more-rights = Thêm về quyền của bạn
another-situation = Xem tình huống khác
start-over = Bắt đầu lại

rights-intro = Quyền và sự an toàn của bạn
back-to-contacts = Quay lại danh sách nơi giúp đỡ
