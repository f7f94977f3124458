# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); shortened the footer and notes, added say-on-phone and the emergency spelling cíu
### Texts the bot uses on every screen.

footer-emergency = Nguy hiểm? Gọi 110 (cảnh sát) hay 119 (cấp cứu, cứu hỏa): miễn phí, cả ngày đêm.

use-buttons = Hãy bấm các nút bên dưới. Những gì bạn gõ không được lưu lại.
use-buttons-above = Hãy bấm các nút bên trên. Những gì bạn gõ không được lưu lại.

# Comma-separated words that, typed at any point, bring the emergency answer at once.
# Latin script: each word matches only as a whole word, with accents ignored ("giúp" also
# matches "giup"). "cứu" (save/rescue) alone is kept because a frightened person may type
# just that; it also appears in "nghiên cứu" (research) and "tra cứu" (look up), where the
# extra emergency lines do no harm. "cíu" is how many young people type "cứu" online.
emergency-words = cứu, cuu, cứu tôi, cuu toi, giúp tôi, giup toi, giúp em, giup em, nguy hiểm, nguy hiem, khẩn cấp, khan cap, cảnh sát, canh sat, công an, cong an, giúp, sos, 110, 119, cíu
# Accents are ignored when matching, so "tự tử" alone is left out: it would also match
# "từ từ" (slowly). "tư vấn" (advice) is why "tự vẫn" is left out too.
self-harm-words = muốn chết, không muốn sống nữa, chẳng muốn sống nữa, muốn tự tử, định tự tử, tự sát, tự làm hại mình, làm hại bản thân, kết liễu cuộc đời, kết thúc cuộc đời mình, chán sống, tự làm đau mình
self-harm-answer = Cảm ơn bạn đã nói với chúng tôi. Bạn rất quan trọng, và bạn không phải một mình chịu đựng chuyện này. Nếu bây giờ bạn có thể làm hại chính mình, hãy gọi 119 (cấp cứu) hoặc 110 (cảnh sát): miễn phí, cả ngày lẫn đêm. Khi gọi 110, hãy nói tên ngôn ngữ của bạn để có người phiên dịch.

emergency-answer =
    Nếu bạn đang gặp nguy hiểm, hãy gọi 110 (cảnh sát).
    Nếu có người bị thương hoặc có cháy, hãy gọi 119 (cấp cứu, cứu hỏa).
    Cả hai số đều miễn phí và có người nghe máy cả ngày lẫn đêm.

## Opening times (Japan time). $time is like 9:00.

when-always = Luôn mở
when-open-until = Đang mở, đến { $time }
when-closed = Đang đóng
when-unknown = Không rõ giờ mở
when-holiday-unsure = Hôm nay là ngày lễ: có thể đóng cửa
when-season-unsure = Dịp Tết Dương lịch: có thể đóng cửa
opens-today = mở hôm nay lúc { $time }
opens-tomorrow = mở ngày mai lúc { $time }
opens-weekday = mở { $day ->
    [mon] thứ Hai
    [tue] thứ Ba
    [wed] thứ Tư
    [thu] thứ Năm
    [fri] thứ Sáu
    [sat] thứ Bảy
   *[sun] Chủ nhật
} lúc { $time }
opens-date = mở ngày { $date }/{ $month } lúc { $time }

## Languages, cost and phones.

speaks-yours = Hỗ trợ { $language }
speaks-list = Ngôn ngữ: { $languages }
speaks-also-others = Ngôn ngữ: { $languages } và vài tiếng khác
speaks-others-only = Nhiều ngôn ngữ
speaks-not-stated = Ngôn ngữ: không rõ
speaks-interpreter = Sắp xếp được phiên dịch
# Under an answer with a line that may answer only in Japanese, for anyone who is not
# reading in Japanese: the Japanese words to say, as they sound (in Latin letters), and
# what they mean. The language named is the one of this file.
say-on-phone = Nghe tiếng Nhật thì nói: “Betonamugo no tsūyaku o onegai shimasu” (xin phiên dịch tiếng Việt).
hours-footnote = Không rõ giờ mở; cứ thử.
phone-no-alternate = Một số máy không gọi được số này, và nguồn của chúng tôi không có số khác.
web-any-time = Có thể nhắn cho họ qua trang web bất cứ lúc nào.
ip-phone-shown = Số cho điện thoại IP, trả trước, iPhone (nếu nguồn có ghi).

## Honest summaries under the list.

reach-web-only = Không rõ có đường dây điện thoại nào đang mở; nơi không ghi giờ thì bạn vẫn có thể thử gọi. Bạn có thể nhắn ngay bây giờ qua các trang web có dấu ✉. Nếu gặp nguy hiểm, hãy gọi 110 bất cứ lúc nào.
reach-only-110 = Không rõ có nơi nào ở đây đang mở; nơi không ghi giờ thì bạn vẫn có thể thử gọi. Nếu bạn đang gặp nguy hiểm, hãy gọi 110: số này mở cả ngày lẫn đêm.
language-gap = Không nơi nào ở đây ghi là nói { $language }. Số 110 có thể nối máy với người phiên dịch. Các nơi nói tiếng Anh hoặc tiếng Nhật cũng có thể giúp, và các trung tâm tư vấn nhân quyền cho người nước ngoài có khoảng 80 ngôn ngữ.
reach-none-short = Không rõ nơi nào ở đây đang mở lúc này.
reach-web-short = Không rõ đường dây nào đang mở; web có ✉ nhận tin nhắn.
language-gap-short = Không nơi nào ghi là nói { $language }: 110 có thể nối phiên dịch.

rights-heading = Nên biết

## The terminal chat.

console-prompt = Gõ một số rồi nhấn Enter (gõ q để thoát).

## Telegram.

leave-button = ✖ Thoát và xóa cuộc trò chuyện
help-text = Bot này cho bạn biết ai có thể giúp khi bị buôn người, bị ép làm việc hoặc bị bóc lột tình dục ở Nhật Bản, và khi nào họ mở. Bot không lưu gì về bạn. Hãy bấm các nút để chọn; /language để đổi ngôn ngữ; /exit để xóa cuộc trò chuyện này.
exit-done = Đã xóa.
exit-note = Tin nhắn cũ hơn 48 giờ có thể vẫn còn. Để xóa hẳn cuộc trò chuyện này, hãy xóa nó khỏi danh sách trò chuyện. Bạn cũng có thể bật tự động xóa cho cuộc trò chuyện này trong Telegram.
old-button = Nút đó thuộc một tin nhắn trước. Chúng ta bắt đầu lại từ đầu nhé.
private-only = Hãy nhắn cho tôi trong cuộc trò chuyện riêng: { $link }
cmd-start = Bắt đầu lại
cmd-help = Số khẩn cấp và cách dùng
cmd-language = Đổi ngôn ngữ
cmd-exit = Xóa cuộc trò chuyện này
bot-description = Ai có thể giúp khi bị buôn người, bị ép làm việc hoặc bị bóc lột tình dục ở Nhật Bản, bằng ngôn ngữ của bạn, và hiện họ có đang mở không. Không lưu gì về bạn. Nếu gặp nguy hiểm, hãy gọi 110.
bot-short-description = Đường dây hỗ trợ ở Nhật Bản, bằng ngôn ngữ của bạn. Không lưu gì về bạn. Nguy hiểm: gọi 110.

actions-heading = Những việc khác bạn có thể làm:
