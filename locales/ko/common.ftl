# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); 인신매매 explained in help-text, interpreter phrase in romaji and Hangul, shorter hours footnote, spaced spellings added to the word lists
### Texts the bot uses on every screen.

footer-emergency = 지금 위험한가요? 110(경찰)이나 119(구급차, 소방)에 전화하세요. 무료이고, 밤낮 언제든 연결돼요.

use-buttons = 아래 버튼을 눌러 주세요. 입력한 내용은 저장되지 않아요.
use-buttons-above = 위 버튼을 눌러 주세요. 입력한 내용은 저장되지 않아요.

# Comma-separated words that, typed at any point, bring the emergency answer at once.
# Korean words are matched anywhere in the typed text, so 살려주세요 also covers 제발 살려주세요.
emergency-words = 도와주세요, 도와 주세요, 도와줘, 살려주세요, 살려 주세요, 살려줘, 구해주세요, 구해 주세요, 구해줘, 경찰, 위험, 긴급, 응급, 도망치고 싶어, sos, 110, 119, 도와 줘, 살려 줘, 구해 줘, 헬프
self-harm-words = 죽고 싶, 죽고싶, 자살, 자해, 죽어버리고 싶, 죽어 버리고 싶, 사라지고 싶, 사라지고싶, 목숨을 끊, 죽어버리고싶, 살기 싫, 살고 싶지 않, 목숨 끊
self-harm-answer = 이야기해 줘서 고마워요. 당신은 소중한 사람이에요. 혼자 견디지 않아도 돼요. 지금 스스로를 해칠 것 같다면 119(구급차)나 110(경찰)에 전화하세요. 무료이고, 밤낮 언제든 연결돼요. 110에서는 자신이 쓰는 언어의 이름을 말하면 통역을 연결해 줘요.

emergency-answer =
    지금 위험하다면 110(경찰)에 전화하세요.
    다친 사람이 있거나 불이 났다면 119(구급차, 소방)에 전화하세요.
    둘 다 무료이고, 밤낮 언제든 연결돼요.

## Opening times (Japan time). $time is like 9:00.

when-always = 언제든 연결돼요
when-open-until = 지금 운영 중 ({ $time }까지)
when-closed = 지금은 운영 시간이 아니에요
when-unknown = 저희 자료에 운영 시간이 나와 있지 않아요
when-holiday-unsure = 오늘은 공휴일이라 쉴 수도 있어요
when-season-unsure = 연말연시라 쉴 수도 있어요
opens-today = 오늘 { $time }부터
opens-tomorrow = 내일 { $time }부터
opens-weekday = { $day ->
    [mon] 월요일
    [tue] 화요일
    [wed] 수요일
    [thu] 목요일
    [fri] 금요일
    [sat] 토요일
   *[sun] 일요일
} { $time }부터
opens-date = { $month }월 { $date }일 { $time }부터

## Languages, cost and phones.

speaks-yours = { $language } 가능
speaks-list = 언어: { $languages }
speaks-also-others = 언어: { $languages } 외 몇 개 언어
speaks-others-only = 여러 언어 가능
speaks-not-stated = 언어: 저희 자료에 나와 있지 않아요
speaks-interpreter = 통역을 마련해 줄 수 있어요
# Under an answer with a line that may answer only in Japanese, for anyone who is not
# reading in Japanese: the Japanese words to say, as they sound (in Latin letters), and
# what they mean. The language named is the one of this file.
say-on-phone = 일본어로 받으면 “Kankokugo no tsūyaku o onegai shimasu”(칸코쿠고 노 츠우야쿠 오 오네가이 시마스)라고 말하세요. 한국어 통역을 부탁한다는 뜻이에요.
hours-footnote = 운영 시간은 나와 있지 않지만, 연락해 볼 수 있어요.
phone-no-alternate = 일부 전화는 이 번호로 연결되지 않아요. 저희 자료에는 다른 번호가 없어요.
web-any-time = 웹사이트에서 언제든 글을 남길 수 있어요.
ip-phone-shown = 저희 자료에 있는 경우, IP 전화, 선불폰, iPhone용 번호를 보여 드려요.

## Honest summaries under the list.

reach-web-only = 지금 운영 중이라고 확인된 전화는 없어요. 운영 시간이 나와 있지 않은 곳에는 그래도 전화해 볼 수 있어요. ✉ 표시가 있는 웹사이트에는 지금 글을 남길 수 있어요. 위험할 때는 언제든 110에 전화하세요.
reach-only-110 = 지금 운영 중이라고 확인된 곳은 없어요. 운영 시간이 나와 있지 않은 곳에는 그래도 연락해 볼 수 있어요. 위험하다면 110에 전화하세요. 밤낮 언제든 연결돼요.
language-gap = 여기에는 { $language } 상담이 된다고 나온 곳이 없어요. 110은 통역을 연결해 줄 수 있어요. 영어나 일본어로 상담하는 곳도 도움을 줄 수 있고, 외국인 인권 상담소는 약 80개 언어로 상담해요.
reach-none-short = 지금 운영 중이라고 확인된 곳은 없어요.
reach-web-short = 지금 운영 중이라고 확인된 전화는 없어요. ✉ 표시가 있는 웹사이트에는 글을 남길 수 있어요.
language-gap-short = 여기에는 { $language } 상담이 된다고 나온 곳이 없어요. 110은 통역을 연결해 줄 수 있어요.

rights-heading = 알아 두면 좋은 것

## The terminal chat.

console-prompt = 번호를 입력하고 Enter를 누르세요 (나가려면 q).

## Telegram.

leave-button = ✖ 나가고 대화 지우기
help-text = 이 봇은 일본에서 인신매매(사람에게 억지로 일이나 성적인 일을 시켜 이익을 얻는 범죄), 강제 노동, 성착취 문제로 도움을 줄 수 있는 곳과, 그곳이 언제 운영하는지 알려 드려요. 개인 정보는 아무것도 저장하지 않아요. 버튼을 눌러 선택하세요. /language로 언어를 바꾸고, /exit로 이 대화를 지울 수 있어요.
exit-done = 지웠어요.
exit-note = 48시간보다 오래된 메시지는 남아 있을 수 있어요. 이 대화를 완전히 지우려면 채팅 목록에서 삭제하세요. Telegram에서 이 대화의 자동 삭제를 켤 수도 있어요.
old-button = 이전 메시지의 버튼이에요. 처음부터 다시 보여 드릴게요.
private-only = 개인 채팅으로 메시지를 보내 주세요: { $link }
cmd-start = 처음부터 다시
cmd-help = 긴급 번호와 사용 방법
cmd-language = 언어 바꾸기
cmd-exit = 이 대화 지우기
bot-description = 일본에서 인신매매, 강제 노동, 성착취 문제로 도움을 줄 수 있는 곳을 자신의 언어로, 지금 운영 중인지와 함께 알려 드려요. 개인 정보는 아무것도 저장하지 않아요. 위험할 때는 110에 전화하세요.
bot-short-description = 일본의 도움 창구를 자신의 언어로 알려 드려요. 개인 정보는 저장하지 않아요. 위험할 때: 110.

actions-heading = 이렇게 할 수도 있어요:
