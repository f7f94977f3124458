# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = เบอร์โทรศัพท์ที่มีประโยชน์
# Inside, at the top.
card-title = ที่ขอความช่วยเหลือในญี่ปุ่น
card-danger = ถ้าอยู่ในอันตราย โทรทันที โทรฟรี ทั้งกลางวันและกลางคืน
# Beside the large 110 and 119: who answers.
card-police = ตำรวจ
card-ambulance = รถพยาบาล ดับเพลิง
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = ภาษาญี่ปุ่น
card-scan = สแกนเพื่อหาความช่วยเหลือเพิ่มเติมทางแชท (Telegram) ไม่มีการเก็บข้อมูลของคุณ
card-scan-web = สแกนเพื่อหาความช่วยเหลือเพิ่มเติมทางเบราว์เซอร์ ไม่ต้องมีแอป ไม่ต้องมีบัญชี ไม่มีการเก็บข้อมูลของคุณ
card-scan-line = สแกนเพื่อหาความช่วยเหลือเพิ่มเติมทางแชท LINE เมื่อ LINE เปิดขึ้นจะมีข้อความเขียนไว้แล้ว แค่แตะส่ง ไม่มีการเก็บข้อมูลของคุณ

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = เปิดทั้งกลางวันและกลางคืน
hours-unknown = เวลาทำการ: โปรดสอบถาม
hours-weekdays = จ.–ศ. { $times }
hours-weekend = ส.–อา. { $times }
hours-daily = ทุกวัน { $times }
hours-day = { $day ->
    [mon] จ.
    [tue] อ.
    [wed] พ.
    [thu] พฤ.
    [fri] ศ.
    [sat] ส.
   *[sun] อา.
} { $times }
hours-holidays-closed = ปิดวันหยุดราชการ
