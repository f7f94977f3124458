# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); shortened the footer and notes, added say-on-phone with a Thai-script reading and more emergency spellings
### Texts the bot uses on every screen.

footer-emergency = ถ้าอันตราย โทร 110 (ตำรวจ) หรือ 119 (รถพยาบาล ดับเพลิง) ฟรี ทั้งวันทั้งคืน

use-buttons = กรุณาใช้ปุ่มด้านล่าง สิ่งที่คุณพิมพ์จะไม่ถูกบันทึก
use-buttons-above = กรุณาใช้ปุ่มด้านบน สิ่งที่คุณพิมพ์จะไม่ถูกบันทึก

# Comma-separated words that, typed at any point, bring the emergency answer at once.
# Thai words match anywhere inside the typed text, so ช่วยด้วย also covers ช่วยด้วยค่ะ.
# ช่วยที is left out because it is inside ช่วยทีม (help the team); ช่วยฉันที, ช่วยหนูที
# and ช่วยผมที name the person, so they are kept.
emergency-words = ช่วยด้วย, ช่วยฉันด้วย, ช่วยหนูด้วย, ช่วยผมด้วย, ช่วยเราด้วย, อันตราย, ฉุกเฉิน, ตำรวจ, อยากหนี, chuay duay, chuai duai, sos, 110, 119, ช่วยเหลือด้วย, ช่วยฉันที, ช่วยหนูที, ช่วยผมที, chuay duai, chuai duay
self-harm-words = อยากตาย, ฆ่าตัวตาย, ไม่อยากมีชีวิตอยู่, อยากหายไปจากโลก, ทำร้ายตัวเอง, จบชีวิตตัวเอง, กรีดข้อมือ, yak tai, ka tua tai, kha tua tai, ไม่อยากมีชีวิต, ฆ่าตัวเอง, yaak tai
self-harm-answer = ขอบคุณที่บอกเรา คุณสำคัญนะ และคุณไม่ต้องแบกเรื่องนี้ไว้คนเดียว ถ้าตอนนี้คุณอาจจะทำร้ายตัวเอง ให้โทร 119 (รถพยาบาล) หรือ 110 (ตำรวจ) โทรฟรี ทั้งกลางวันและกลางคืน เมื่อโทร 110 ให้บอกชื่อภาษาของคุณ แล้วจะมีล่ามช่วย

emergency-answer =
    ถ้าตอนนี้คุณอยู่ในอันตราย ให้โทร 110 (ตำรวจ)
    ถ้ามีคนบาดเจ็บหรือมีไฟไหม้ ให้โทร 119 (รถพยาบาล ดับเพลิง)
    ทั้งสองเบอร์โทรฟรี และรับสายทั้งกลางวันและกลางคืน

## Opening times (Japan time). $time is like 9:00.

when-always = เปิดตลอดเวลา
when-open-until = เปิดอยู่ ถึง { $time } น.
when-closed = ตอนนี้ปิด
when-unknown = ไม่มีข้อมูลเวลาทำการ
when-holiday-unsure = วันนี้เป็นวันหยุดราชการ อาจจะปิด
when-season-unsure = ช่วงปีใหม่ อาจจะปิด
opens-today = เปิดวันนี้เวลา { $time } น.
opens-tomorrow = เปิดพรุ่งนี้เวลา { $time } น.
opens-weekday = เปิดวัน{ $day ->
    [mon] จันทร์
    [tue] อังคาร
    [wed] พุธ
    [thu] พฤหัสบดี
    [fri] ศุกร์
    [sat] เสาร์
   *[sun] อาทิตย์
} เวลา { $time } น.
opens-date = เปิดวันที่ { $date }/{ $month } เวลา { $time } น.

## Languages, cost and phones.

speaks-yours = รองรับภาษา{ $language }
speaks-list = ภาษา: { $languages }
speaks-also-others = ภาษา: { $languages } และภาษาอื่นอีกบางภาษา
speaks-others-only = หลายภาษา
speaks-not-stated = ภาษา: ไม่มีข้อมูล
speaks-interpreter = จัดล่ามให้ได้
# Under an answer with a line that may answer only in Japanese, for anyone who is not
# reading in Japanese: the Japanese words to say, as they sound (in Latin letters), and
# what they mean. The language named is the one of this file. The Thai-script reading in
# brackets is for readers who do not read Latin letters well.
say-on-phone = ถ้าเขาพูดญี่ปุ่น ให้พูดว่า “Taigo no tsūyaku o onegai shimasu” (ไทโกะ โนะ สึยากุ โอะ โอเนไง ชิมัส = ขอล่ามภาษาไทย)
hours-footnote = ไม่มีข้อมูลเวลาทำการ แต่ลองติดต่อได้
phone-no-alternate = โทรศัพท์บางเครื่องโทรเบอร์นี้ไม่ได้ และแหล่งข้อมูลของเราไม่มีเบอร์อื่น
web-any-time = ส่งข้อความถึงพวกเขาทางเว็บไซต์ได้ตลอดเวลา
ip-phone-shown = เบอร์สำหรับโทรศัพท์ IP โทรศัพท์เติมเงิน และ iPhone ถ้ามีข้อมูล

## Honest summaries under the list.

reach-web-only = ตอนนี้ไม่มีสายโทรศัพท์ที่รู้แน่ว่าเปิดอยู่ ที่ที่ไม่ได้บอกเวลาไว้ คุณยังลองโทรได้ คุณส่งข้อความทางเว็บไซต์ที่มีเครื่องหมาย ✉ ได้เลยตอนนี้ ถ้าอยู่ในอันตราย โทร 110 ได้ตลอดเวลา
reach-only-110 = ตอนนี้ไม่มีที่ไหนในนี้ที่รู้แน่ว่าเปิดอยู่ ที่ที่ไม่ได้บอกเวลาไว้ คุณยังลองโทรได้ ถ้าคุณอยู่ในอันตราย ให้โทร 110 ซึ่งรับสายทั้งกลางวันและกลางคืน
language-gap = ไม่มีที่ไหนในนี้ที่ระบุว่ารองรับภาษา{ $language } โทร 110 ได้ ตำรวจต่อล่ามให้ได้ บริการภาษาอังกฤษหรือภาษาญี่ปุ่นก็ช่วยได้เช่นกัน และศูนย์ปรึกษาสิทธิมนุษยชนสำหรับชาวต่างชาติรองรับประมาณ 80 ภาษา
reach-none-short = ตอนนี้ไม่มีที่ไหนในนี้ที่รู้แน่ว่าเปิดอยู่
reach-web-short = ไม่รู้แน่ว่าสายไหนเปิดอยู่ตอนนี้ เว็บที่มี ✉ รับข้อความได้
language-gap-short = ไม่มีที่ไหนในนี้ที่ระบุว่ารองรับภาษา{ $language } โทร 110 ได้ ตำรวจต่อล่ามให้ได้

rights-heading = สิ่งที่ควรรู้

## The terminal chat.

console-prompt = พิมพ์ตัวเลขแล้วกด Enter (พิมพ์ q เพื่อออก)

## Telegram.

leave-button = ✖ ออกและลบแชตนี้
help-text = บอทนี้บอกว่าใครช่วยได้ เรื่องการค้ามนุษย์ การบังคับใช้แรงงาน หรือการแสวงหาประโยชน์ทางเพศในญี่ปุ่น และเปิดเมื่อไร บอทไม่เก็บข้อมูลอะไรของคุณไว้เลย กดปุ่มเพื่อเลือก /language เปลี่ยนภาษา /exit ลบแชตนี้
exit-done = ลบแล้ว
exit-note = ข้อความที่เก่ากว่า 48 ชั่วโมงอาจยังอยู่ ถ้าจะลบแชตนี้ให้หมด ให้ลบออกจากรายการแชตของคุณ คุณยังเปิดการลบอัตโนมัติสำหรับแชตนี้ใน Telegram ได้ด้วย
old-button = ปุ่มนั้นมาจากข้อความก่อนหน้า เริ่มต้นใหม่ที่นี่
private-only = กรุณาคุยกับฉันในแชตส่วนตัว: { $link }
cmd-start = เริ่มใหม่
cmd-help = เบอร์ฉุกเฉินและวิธีใช้
cmd-language = เปลี่ยนภาษา
cmd-exit = ลบแชตนี้
bot-description = ใครช่วยได้เรื่องการค้ามนุษย์ การบังคับใช้แรงงาน หรือการแสวงหาประโยชน์ทางเพศในญี่ปุ่น เป็นภาษาของคุณ และตอนนี้เปิดอยู่ไหม ไม่เก็บข้อมูลอะไรของคุณไว้ ถ้าอยู่ในอันตราย โทร 110
bot-short-description = สายช่วยเหลือในญี่ปุ่น เป็นภาษาของคุณ ไม่เก็บข้อมูลของคุณ ถ้าอันตราย โทร 110

actions-heading = สิ่งอื่นที่คุณทำได้:
