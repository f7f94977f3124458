# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = 警察紧急电话
contact-fire-ambulance-119 = 消防和救护车
contact-police-9110 = 警察咨询电话
contact-anonymous-hotline = 匿名举报热线
contact-internet-hotline-center = 网络违法信息举报中心
contact-immigration-info-center = 出入境和在留信息中心
contact-regional-immigration-bureaus = 各地出入境在留管理局
contact-foreign-language-human-rights-hotline = 外语人权咨询热线
contact-human-rights-centers-for-foreigners = 外国人人权咨询处
contact-internet-human-rights-counseling = 网上人权咨询
contact-human-rights-hotline = 人权咨询热线
contact-womens-rights-hotline = 女性人权热线
contact-childrens-rights-hotline = 儿童人权热线
contact-womens-support-centers = 女性咨询支援中心
contact-child-guidance-centers = 儿童咨询中心
contact-one-stop-8891 = 性暴力受害者一站式支援中心
contact-police-sex-crime-8103 = 警察的性犯罪受害者咨询电话
contact-dv-plus-8008 = DV咨询Plus（家庭暴力）
contact-otit-native-language = OTIT母语咨询（技能实习生）
contact-labor-hotline = 劳动条件咨询热线（晚上、周末）
contact-foreign-workers-consultation = 外国劳动者咨询
contact-general-labor-consultation = 综合劳动咨询窗口
contact-houterasu-multilingual = Houterasu多语言信息服务（法律帮助）
contact-yorisoi-hotline = Yorisoi（陪伴）热线
contact-prosecutors-victim-support = 检察厅：受害者支援
contact-ngo-womens-advice-center = 人口贩卖受害者女性咨询中心（NGO）
contact-gov-trafficking-info = 政府网页：人口贩卖和去哪里求助

note-110-interpreter = 如果您不会说日语，请说出您的语言名称：警察会接通翻译，三方一起通话。
note-119-injury = 受伤、生病或火灾时拨打。
note-police-female-officer = 您可以要求女警察。
note-anonymous = 您不用说出名字。也可以替别人举报。
note-ihc = 可以举报网上的违法内容；他们会请网站删除，并告诉警察。
note-iic-trafficking = 可以问签证、在留和人口贩卖的问题。有几种语言。
note-immigration-bureau = 每个管理局都有人口贩卖的咨询窗口，网页上有列表。
note-fhrh-interpreter = 您的电话会通过翻译，接到最近的法务局。
note-80-languages = 当面咨询，大约80种语言。
note-in-person = 网页上有各个办公地点的列表。
note-shelter = 可以提供安全的住处。拨打 #8778 可以接通您所在都道府县的中心。
note-one-stop = 在同一个地方提供医疗、心理和法律支援，不论年龄和性别。
note-8103 = 会接通您所在都道府县的警察咨询电话。
note-otit = 可以用邮件或电话咨询。也有处理暴力和威胁的 SOS 窗口。
note-number-on-page = 电话号码在网页上。
note-hours-vary = 各个窗口的语言和时间不一样，网页上有列表。
note-houterasu = 告诉您法律知识和可以去哪里求助。
note-prosecutors = 支援人员会在审判过程中帮助受害者。
note-japanese-only = 只有日语。
