# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = 경찰 긴급 신고
contact-fire-ambulance-119 = 소방·구급
contact-police-9110 = 경찰 상담 전화
contact-anonymous-hotline = 익명 신고 핫라인
contact-internet-hotline-center = 인터넷 불법 정보 신고 센터
contact-immigration-info-center = 출입국·체류 안내 센터
contact-regional-immigration-bureaus = 지방 출입국·체류 관리국
contact-foreign-language-human-rights-hotline = 외국어 인권 상담 전화
contact-human-rights-centers-for-foreigners = 외국인 인권 상담소
contact-internet-human-rights-counseling = 인터넷 인권 상담
contact-human-rights-hotline = 인권 상담 전화
contact-womens-rights-hotline = 여성 인권 핫라인
contact-childrens-rights-hotline = 아동 인권 핫라인
contact-womens-support-centers = 여성 상담 지원 센터
contact-child-guidance-centers = 아동 상담소
contact-one-stop-8891 = 성폭력 피해자 원스톱 지원 센터
contact-police-sex-crime-8103 = 성범죄 피해자를 위한 경찰 상담 전화
contact-dv-plus-8008 = DV 상담 플러스 (가정폭력)
contact-otit-native-language = OTIT 모국어 상담 (기능실습생)
contact-labor-hotline = 노동 조건 상담 핫라인 (저녁, 주말)
contact-foreign-workers-consultation = 외국인 노동자 상담
contact-general-labor-consultation = 종합 노동 상담 코너
contact-houterasu-multilingual = 호테라스 다국어 정보 서비스 (법률 도움)
contact-yorisoi-hotline = 요리소이(곁에 있어 주는) 핫라인
contact-prosecutors-victim-support = 검찰청: 피해자 지원
contact-ngo-womens-advice-center = 인신매매 피해자를 위한 NGO 여성 상담 센터
contact-gov-trafficking-info = 인신매매와 도움받을 곳에 대한 정부 안내 페이지

note-110-interpreter = 일본어를 못 한다면, 자신이 쓰는 언어의 이름을 말해 주세요. 경찰이 통역을 연결해서 3자 통화로 이야기해요.
note-119-injury = 다쳤을 때, 아플 때, 불이 났을 때.
note-police-female-officer = 여성 경찰관을 요청할 수 있어요.
note-anonymous = 이름을 말하지 않아도 돼요. 다른 사람을 위해 신고할 수도 있어요.
note-ihc = 인터넷의 불법 콘텐츠를 신고할 수 있어요. 사이트에 삭제를 요청하고 경찰에도 알려요.
note-iic-trafficking = 비자와 체류, 인신매매에 대해 물어볼 수 있어요. 여러 언어로 가능해요.
note-immigration-bureau = 관리국마다 인신매매 상담 창구가 있어요. 페이지에 목록이 있어요.
note-fhrh-interpreter = 통역을 통해 가장 가까운 법무국으로 연결돼요.
note-80-languages = 직접 찾아가서, 약 80개 언어로 상담할 수 있어요.
note-in-person = 페이지에 사무소 목록이 있어요.
note-shelter = 안전하게 머물 곳을 제공할 수 있어요. #8778에 전화하면 지금 있는 지역(도도부현)의 센터로 연결돼요.
note-one-stop = 의료, 심리, 법률 지원을 한곳에서 받을 수 있어요. 나이나 성별과 상관없어요.
note-8103 = 지금 있는 지역(도도부현)의 경찰 상담 전화로 연결돼요.
note-otit = 이메일이나 전화로 상담할 수 있어요. 폭력과 협박에 대한 SOS 창구도 있어요.
note-number-on-page = 전화번호는 페이지에 있어요.
note-hours-vary = 언어와 운영 시간은 사무소마다 달라요. 페이지에 목록이 있어요.
note-houterasu = 법에 대해, 그리고 어디서 도움을 받을 수 있는지 알려 줘요.
note-prosecutors = 지원 담당자가 재판 과정에서 피해자를 도와요.
note-japanese-only = 일본어로만 가능해요.
