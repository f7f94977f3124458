# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = แจ้งเหตุฉุกเฉินตำรวจ
contact-fire-ambulance-119 = ดับเพลิงและรถพยาบาล
contact-police-9110 = สายปรึกษาตำรวจ
contact-anonymous-hotline = สายแจ้งเบาะแสแบบไม่ต้องบอกชื่อ
contact-internet-hotline-center = ศูนย์ฮอตไลน์อินเทอร์เน็ต
contact-immigration-info-center = ศูนย์ข้อมูลตรวจคนเข้าเมือง
contact-regional-immigration-bureaus = สำนักงานตรวจคนเข้าเมืองประจำภูมิภาค
contact-foreign-language-human-rights-hotline = สายด่วนสิทธิมนุษยชนภาษาต่างประเทศ
contact-human-rights-centers-for-foreigners = ศูนย์ปรึกษาสิทธิมนุษยชนสำหรับชาวต่างชาติ
contact-internet-human-rights-counseling = ปรึกษาสิทธิมนุษยชนทางอินเทอร์เน็ต
contact-human-rights-hotline = สายด่วนสิทธิมนุษยชน
contact-womens-rights-hotline = สายด่วนสิทธิผู้หญิง
contact-childrens-rights-hotline = สายด่วนสิทธิเด็ก
contact-womens-support-centers = ศูนย์ปรึกษาและช่วยเหลือผู้หญิง
contact-child-guidance-centers = ศูนย์ปรึกษาเรื่องเด็ก
contact-one-stop-8891 = ศูนย์ช่วยเหลือครบวงจรสำหรับผู้เสียหายจากความรุนแรงทางเพศ
contact-police-sex-crime-8103 = สายตำรวจสำหรับผู้เสียหายจากอาชญากรรมทางเพศ
contact-dv-plus-8008 = DV Consultation Plus (ความรุนแรงในครอบครัว)
contact-otit-native-language = OTIT ช่วยเหลือเป็นภาษาของคุณ (สำหรับผู้ฝึกงานด้านเทคนิค)
contact-labor-hotline = สายปรึกษาเรื่องมาตรฐานแรงงาน (ตอนเย็น วันหยุดสุดสัปดาห์)
contact-foreign-workers-consultation = ปรึกษาสำหรับแรงงานต่างชาติ
contact-general-labor-consultation = จุดปรึกษาเรื่องแรงงานทั่วไป
contact-houterasu-multilingual = โฮเทราสึ (Houterasu) บริการข้อมูลกฎหมายหลายภาษา
contact-yorisoi-hotline = สายด่วนโยริโซอิ ("อยู่เคียงข้างคุณ")
contact-prosecutors-victim-support = สำนักงานอัยการ: ช่วยเหลือผู้เสียหาย
contact-ngo-womens-advice-center = NGO (องค์กรเอกชน) ศูนย์ปรึกษาผู้หญิงสำหรับผู้เสียหายจากการค้ามนุษย์
contact-gov-trafficking-info = หน้าเว็บรัฐบาลเรื่องการค้ามนุษย์และที่ขอความช่วยเหลือ

note-110-interpreter = ถ้าคุณพูดภาษาญี่ปุ่นไม่ได้ ให้บอกชื่อภาษาของคุณ ตำรวจจะต่อล่ามเข้ามาคุยด้วยกันสามทาง
note-119-injury = สำหรับการบาดเจ็บ เจ็บป่วย หรือไฟไหม้
note-police-female-officer = คุณขอตำรวจหญิงได้
note-anonymous = ไม่ต้องบอกชื่อก็ได้ และแจ้งแทนคนอื่นได้ด้วย
note-ihc = แจ้งเนื้อหาผิดกฎหมายในอินเทอร์เน็ต พวกเขาจะขอให้เว็บไซต์ลบ และแจ้งตำรวจ
note-iic-trafficking = ถามเรื่องวีซ่า การพำนัก และการค้ามนุษย์ได้ มีหลายภาษา
note-immigration-bureau = ทุกสำนักงานมีจุดติดต่อเรื่องการค้ามนุษย์ ดูรายชื่อได้ในหน้าเว็บ
note-fhrh-interpreter = สายของคุณจะต่อไปยังสำนักงานที่ใกล้ที่สุดผ่านล่าม
note-80-languages = ไปคุยที่สำนักงานได้ รองรับประมาณ 80 ภาษา
note-in-person = ดูรายชื่อสำนักงานได้ในหน้าเว็บ
note-shelter = ช่วยหาที่พักที่ปลอดภัยให้ได้ โทร #8778 เพื่อต่อไปยังศูนย์ในจังหวัดของคุณ
note-one-stop = ช่วยด้านการแพทย์ จิตใจ และกฎหมายในที่เดียว สำหรับทุกวัยและทุกเพศ
note-8103 = ต่อสายไปยังตำรวจของจังหวัดที่คุณอยู่
note-otit = ทางอีเมลหรือโทรศัพท์ มีช่อง SOS สำหรับเรื่องความรุนแรงและการข่มขู่ด้วย
note-number-on-page = เบอร์โทรอยู่ในหน้าเว็บ
note-hours-vary = ภาษาและเวลาทำการต่างกันไปในแต่ละสำนักงาน ดูรายชื่อได้ในหน้าเว็บ
note-houterasu = ให้ข้อมูลเรื่องกฎหมายและบอกว่าขอความช่วยเหลือได้ที่ไหน
note-prosecutors = เจ้าหน้าที่ช่วยเหลือจะดูแลผู้เสียหายตลอดขั้นตอนในศาล
note-japanese-only = ภาษาญี่ปุ่นเท่านั้น
