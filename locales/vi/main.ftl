# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); added the new buttons, explained tư cách lưu trú as the right to stay in Japan and shortened the intros
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Hãy chọn ngôn ngữ của bạn.

who-question = Ai đang cần giúp đỡ?
who-me = Tôi
who-me-under-18 = Tôi, và tôi dưới 18 tuổi
who-someone-else = Người khác (bạn bè, người thân)
who-someone-under-18 = Người khác, dưới 18 tuổi

danger-question = { $for_other ->
    [yes] Người đó có đang gặp nguy hiểm ngay lúc này không?
   *[no] Bạn có đang gặp nguy hiểm ngay lúc này không?
}
danger-yes-hurt = { $for_other ->
    [yes] Có, và người đó bị thương
   *[no] Có, và tôi bị thương
}
danger-yes = Có, đang nguy hiểm
danger-no = Không, lúc này thì không

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] Người đó bị thương? Gọi ngay 119 (cấp cứu); nếu nguy hiểm, gọi 110 (cảnh sát). Hai số đều miễn phí, cả ngày đêm.
       *[no] Bạn bị thương? Gọi ngay 119 (cấp cứu); nếu nguy hiểm, gọi 110 (cảnh sát). Hai số đều miễn phí, cả ngày đêm.
    }
   *[no] { $for_other ->
        [yes] Người đó đang nguy hiểm? Gọi 110 (cảnh sát): miễn phí, cả ngày đêm.
       *[no] Bạn đang nguy hiểm? Gọi 110 (cảnh sát): miễn phí, cả ngày đêm.
    }
}
danger-tell-more = Kể thêm để tìm nơi giúp khác

what-question = { $for_other ->
    [yes] Người đó đang gặp chuyện gì? Hãy chọn điều gần đúng nhất.
   *[no] Bạn đang gặp chuyện gì? Hãy chọn điều gần đúng nhất.
}
what-sexual-exploitation = Bị ép bán dâm, hoặc bị bắt "trả nợ" (host club, phim người lớn)
what-labor = Công việc: không được trả lương, không cho nghỉ việc, bị đe dọa, bị nhốt, nợ môi giới
what-technical-intern = { $for_other ->
    [yes] Người đó là thực tập sinh kỹ năng
   *[no] Tôi là thực tập sinh kỹ năng
}
what-immigration = Visa, hoặc quyền ở lại Nhật (tư cách lưu trú 在留資格)
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

need-question = { $for_other ->
    [yes] Lúc này người đó cần gì nhất?
   *[no] Lúc này bạn cần gì nhất?
}
need-shelter = Chỗ ở an toàn cho đêm nay
need-report = Báo cho cảnh sát
need-documents = { $for_other ->
    [yes] Người đó bị lấy mất hộ chiếu hoặc thẻ lưu trú
   *[no] Tôi bị lấy mất hộ chiếu hoặc thẻ lưu trú
}
need-debt = Bị đòi trả nợ, tiền phạt hoặc tiền phí
need-doctor = Bác sĩ: bị thương hoặc bị bệnh
need-advice = Lời khuyên về những gì có thể làm

referral-intro = Nơi có thể giúp bạn. Gọi hay nhắn tin tùy bạn.
more-options = Những nơi khác có thể giúp bạn
only-write = Tôi không nói được, chỉ nhắn tin được
more-intro = Những nơi khác có thể giúp bạn, và những việc khác bạn có thể làm.
phone-cannot-connect = Có số không gọi được từ máy của tôi
usual-numbers = Xem các số thông thường
more-rights = Thêm về quyền của bạn
another-situation = Thêm một tình huống khác
refine-man = { $for_other ->
    [yes] Người đó là nam
   *[no] Tôi là nam
}
refine-woman = { $for_other ->
    [yes] Người đó là nữ
   *[no] Tôi là nữ
}
refine-japanese = { $for_other ->
    [yes] Người đó có quốc tịch Nhật
   *[no] Tôi có quốc tịch Nhật
}
refine-not-japanese = { $for_other ->
    [yes] Người đó không có quốc tịch Nhật
   *[no] Tôi không có quốc tịch Nhật
}
start-over = Bắt đầu lại

rights-intro = Quyền và sự an toàn của bạn
back-to-contacts = Quay lại danh sách nơi giúp đỡ
