# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = Cảnh sát khẩn cấp
contact-fire-ambulance-119 = Cứu hỏa và cấp cứu
contact-police-9110 = Đường dây tư vấn của cảnh sát
contact-anonymous-hotline = Đường dây báo tin ẩn danh
contact-internet-hotline-center = Trung tâm đường dây nóng Internet
contact-immigration-info-center = Trung tâm thông tin xuất nhập cảnh
contact-regional-immigration-bureaus = Các cục xuất nhập cảnh và lưu trú khu vực
contact-foreign-language-human-rights-hotline = Đường dây tư vấn nhân quyền bằng tiếng nước ngoài
contact-human-rights-centers-for-foreigners = Trung tâm tư vấn nhân quyền cho người nước ngoài
contact-internet-human-rights-counseling = Tư vấn nhân quyền qua Internet
contact-human-rights-hotline = Đường dây nóng nhân quyền
contact-womens-rights-hotline = Đường dây nóng về quyền phụ nữ
contact-childrens-rights-hotline = Đường dây nóng về quyền trẻ em
contact-womens-support-centers = Trung tâm tư vấn và hỗ trợ phụ nữ
contact-child-guidance-centers = Trung tâm tư vấn trẻ em
contact-one-stop-8891 = Trung tâm hỗ trợ một cửa cho nạn nhân bạo lực tình dục
contact-police-sex-crime-8103 = Đường dây cảnh sát cho nạn nhân tội phạm tình dục
contact-dv-plus-8008 = Tư vấn DV Plus (bạo lực gia đình)
contact-otit-native-language = OTIT tư vấn bằng tiếng mẹ đẻ (cho thực tập sinh kỹ năng)
contact-labor-hotline = Đường dây tư vấn điều kiện lao động (buổi tối, cuối tuần)
contact-foreign-workers-consultation = Tư vấn cho người lao động nước ngoài
contact-general-labor-consultation = Quầy tư vấn lao động tổng hợp
contact-houterasu-multilingual = Houterasu: dịch vụ thông tin đa ngôn ngữ (hỗ trợ pháp lý)
contact-yorisoi-hotline = Đường dây nóng Yorisoi ("ở bên bạn")
contact-prosecutors-victim-support = Viện kiểm sát: hỗ trợ nạn nhân
contact-ngo-womens-advice-center = NGO: trung tâm tư vấn phụ nữ cho nạn nhân buôn người
contact-gov-trafficking-info = Trang của Chính phủ về buôn người và nơi tìm giúp đỡ

note-110-interpreter = Nếu bạn không nói được tiếng Nhật, hãy nói tên ngôn ngữ của bạn: cảnh sát sẽ nối phiên dịch viên vào cuộc gọi ba bên.
note-119-injury = Khi bị thương, bị bệnh hoặc có cháy.
note-police-female-officer = Bạn có thể yêu cầu nữ cảnh sát.
note-anonymous = Bạn không cần nói tên. Bạn cũng có thể báo tin thay cho người khác.
note-ihc = Báo nội dung phạm pháp trên mạng; họ sẽ yêu cầu trang web xóa và báo cho cảnh sát.
note-iic-trafficking = Hỏi về visa, lưu trú và về buôn người. Có nhiều ngôn ngữ.
note-immigration-bureau = Cục nào cũng có đầu mối liên hệ về buôn người; trang web có danh sách.
note-fhrh-interpreter = Cuộc gọi của bạn được chuyển đến văn phòng gần nhất, qua phiên dịch viên.
note-80-languages = Tư vấn trực tiếp, bằng khoảng 80 ngôn ngữ.
note-in-person = Trang web có danh sách các văn phòng.
note-shelter = Có thể cho bạn nơi ở an toàn. Gọi #8778 để được nối với trung tâm ở tỉnh của bạn.
note-one-stop = Hỗ trợ y tế, tinh thần và pháp lý ở cùng một nơi, cho mọi độ tuổi và giới tính.
note-8103 = Nối máy với đường dây cảnh sát của tỉnh bạn đang ở.
note-otit = Qua email hoặc điện thoại. Cũng có quầy SOS cho trường hợp bạo lực và đe dọa.
note-number-on-page = Số điện thoại có trên trang web.
note-hours-vary = Ngôn ngữ và giờ làm việc khác nhau tùy văn phòng; trang web có danh sách.
note-houterasu = Giải thích cho bạn về pháp luật và nơi có thể tìm giúp đỡ.
note-prosecutors = Nhân viên hỗ trợ sẽ giúp nạn nhân trong suốt quá trình xét xử.
note-japanese-only = Chỉ bằng tiếng Nhật.
