# review: unreviewed
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = เลือกภาษาของคุณ

who-question = ใครต้องการความช่วยเหลือ
who-me = ตัวฉันเอง
who-someone-else = คนอื่น (เพื่อน คนในครอบครัว)

age-question = { $for_other ->
    [yes] คนนั้นอายุต่ำกว่า 18 ปีไหม
   *[no] คุณอายุต่ำกว่า 18 ปีไหม
}
age-under-18 = ต่ำกว่า 18 ปี
age-18-or-over = 18 ปีขึ้นไป
age-not-say = ไม่อยากบอก

danger-question = { $for_other ->
    [yes] ตอนนี้คนนั้นกำลังอยู่ในอันตรายไหม
   *[no] ตอนนี้คุณกำลังอยู่ในอันตรายไหม
}
danger-yes = ใช่ ตอนนี้อันตราย
danger-no = ไม่ ตอนนี้ยังไม่อันตราย

danger-intro = { $for_other ->
    [yes] ถ้าตอนนี้คนนั้นอยู่ในอันตราย ให้โทร 110 (ตำรวจ) โทรฟรี และรับสายทั้งกลางวันและกลางคืน
   *[no] ถ้าตอนนี้คุณอยู่ในอันตราย ให้โทร 110 (ตำรวจ) โทรฟรี และรับสายทั้งกลางวันและกลางคืน
}
danger-tell-more = เล่าเพิ่มเพื่อหาความช่วยเหลืออื่น

what-question = { $for_other ->
    [yes] เกิดอะไรขึ้นกับคนนั้น เลือกข้อที่ตรงที่สุด
   *[no] เกิดอะไรขึ้นกับคุณ เลือกข้อที่ตรงที่สุด
}
what-sexual-exploitation = ถูกบังคับให้ขายบริการทางเพศ หรือให้ "ใช้หนี้" (โฮสต์คลับ หนังผู้ใหญ่)
what-labor = งาน: ไม่ได้ค่าจ้าง ลาออกไม่ได้ ถูกขู่ ถูกขังไว้ หนี้นายหน้า
what-technical-intern = { $for_other ->
    [yes] คนนั้นเป็นผู้ฝึกงานด้านเทคนิค
   *[no] ฉันเป็นผู้ฝึกงานด้านเทคนิค
}
what-immigration = ถูกยึดพาสปอร์ต ปัญหาวีซ่าหรือสถานะการพำนัก
what-sexual-violence = ความรุนแรงทางเพศ
what-domestic-violence = ความรุนแรงจากแฟน คู่ชีวิต หรือครอบครัว
what-online = ถูกขู่ด้วยรูปหรือวิดีโอ เนื้อหาผิดกฎหมายในอินเทอร์เน็ต
what-everyday = ถูกเลือกปฏิบัติ หรือปัญหาในชีวิตประจำวัน
what-legal = ฉันต้องการคำปรึกษาด้านกฎหมาย
what-go-home = { $for_other ->
    [yes] คนนั้นอยากกลับประเทศของตัวเอง
   *[no] ฉันอยากกลับประเทศของฉัน
}
what-not-sure = ไม่แน่ใจ / เรื่องอื่น

intern-question = { $for_other ->
    [yes] คนนั้นเป็นผู้ฝึกงานด้านเทคนิค (技能実習生) ไหม
   *[no] คุณเป็นผู้ฝึกงานด้านเทคนิค (技能実習生) ไหม
}
intern-yes = ใช่
intern-no = ไม่ใช่

referral-intro = ที่เหล่านี้ช่วยได้ คุณจะโทรหรือเขียนข้อความถึงพวกเขาก็ได้ แล้วแต่คุณเลือก
phone-cannot-connect = มีเบอร์ที่โทรจากเครื่องของฉันไม่ติด
usual-numbers = แสดงเบอร์ปกติ
more-rights = ดูสิทธิของคุณเพิ่มเติม
another-situation = ดูสถานการณ์อื่น
start-over = เริ่มใหม่

rights-intro = สิทธิและความปลอดภัยของคุณ
back-to-contacts = กลับไปที่รายชื่อที่ติดต่อ
