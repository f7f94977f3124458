# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); added the new buttons, explained สถานะการพำนัก as the right to stay in Japan and shortened the intros
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = เลือกภาษาของคุณ

who-question = ใครต้องการความช่วยเหลือ
who-me = ตัวฉันเอง
who-me-under-18 = ฉันเอง และฉันอายุต่ำกว่า 18 ปี
who-someone-else = คนอื่น (เพื่อน คนในครอบครัว)
who-someone-under-18 = คนอื่นที่อายุต่ำกว่า 18 ปี

danger-question = { $for_other ->
    [yes] ตอนนี้คนนั้นกำลังอยู่ในอันตรายไหม
   *[no] ตอนนี้คุณกำลังอยู่ในอันตรายไหม
}
danger-yes-hurt = { $for_other ->
    [yes] ใช่ และคนนั้นบาดเจ็บ
   *[no] ใช่ และฉันบาดเจ็บ
}
danger-yes = ใช่ ตอนนี้อันตราย
danger-no = ไม่ ตอนนี้ไม่อันตราย

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] ถ้าคนนั้นบาดเจ็บ โทร 119 (รถพยาบาล) ตอนนี้เลย ถ้าอันตราย โทร 110 (ตำรวจ) ฟรีทั้งสองเบอร์ ทั้งวันทั้งคืน
       *[no] ถ้าคุณบาดเจ็บ โทร 119 (รถพยาบาล) ตอนนี้เลย ถ้าอันตราย โทร 110 (ตำรวจ) ฟรีทั้งสองเบอร์ ทั้งวันทั้งคืน
    }
   *[no] { $for_other ->
        [yes] ถ้าคนนั้นอยู่ในอันตรายตอนนี้ โทร 110 (ตำรวจ) ฟรี ทั้งวันทั้งคืน
       *[no] ถ้าคุณอยู่ในอันตรายตอนนี้ โทร 110 (ตำรวจ) ฟรี ทั้งวันทั้งคืน
    }
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
what-immigration = วีซ่า หรือสิทธิที่จะอยู่ในญี่ปุ่น (สถานะการพำนัก 在留資格)
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

need-question = { $for_other ->
    [yes] ตอนนี้คนนั้นต้องการอะไรมากที่สุด
   *[no] ตอนนี้คุณต้องการอะไรมากที่สุด
}
need-shelter = ที่พักที่ปลอดภัยสำหรับคืนนี้
need-report = แจ้งความกับตำรวจ
need-documents = { $for_other ->
    [yes] พาสปอร์ตหรือบัตรผู้พำนัก (ไซริวการ์ด) ของคนนั้นถูกยึดไป
   *[no] พาสปอร์ตหรือบัตรผู้พำนัก (ไซริวการ์ด) ของฉันถูกยึดไป
}
need-debt = ถูกบอกให้จ่ายหนี้ ค่าปรับ หรือค่าธรรมเนียม
need-doctor = หมอ: บาดเจ็บหรือป่วย
need-advice = คำแนะนำว่าทำอะไรได้บ้าง

referral-intro = ที่เหล่านี้ช่วยได้ จะโทรหรือส่งข้อความก็ได้ แล้วแต่คุณ
more-options = ที่อื่นที่ช่วยคุณได้อีก
only-write = ฉันพูดไม่ได้ พิมพ์ได้อย่างเดียว
more-intro = ที่อื่นที่ช่วยคุณได้อีก และสิ่งอื่นที่คุณทำได้
phone-cannot-connect = มีเบอร์ที่โทรจากเครื่องของฉันไม่ติด
usual-numbers = แสดงเบอร์ปกติ
more-rights = ดูสิทธิของคุณเพิ่มเติม
another-situation = เพิ่มสถานการณ์อีกเรื่อง
refine-man = { $for_other ->
    [yes] คนนั้นเป็นผู้ชาย
   *[no] ฉันเป็นผู้ชาย
}
refine-woman = { $for_other ->
    [yes] คนนั้นเป็นผู้หญิง
   *[no] ฉันเป็นผู้หญิง
}
refine-japanese = { $for_other ->
    [yes] คนนั้นมีสัญชาติญี่ปุ่น
   *[no] ฉันมีสัญชาติญี่ปุ่น
}
refine-not-japanese = { $for_other ->
    [yes] คนนั้นไม่ได้มีสัญชาติญี่ปุ่น
   *[no] ฉันไม่ได้มีสัญชาติญี่ปุ่น
}
start-over = เริ่มใหม่

rights-intro = สิทธิและความปลอดภัยของคุณ
back-to-contacts = กลับไปที่รายชื่อที่ติดต่อ
