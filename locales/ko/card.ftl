# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = 유용한 전화번호
# Inside, at the top.
card-title = 일본에서 도움을 받을 수 있는 곳
card-danger = 위험할 때는 바로 전화하세요. 무료이고, 밤낮 언제든 연결돼요.
# Beside the large 110 and 119: who answers.
card-police = 경찰
card-ambulance = 구급·소방
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = 일본어
card-scan = 스캔하면 채팅(텔레그램)에서 더 많은 도움을 찾을 수 있어요. 개인 정보는 저장하지 않아요.
card-scan-web = 스캔하면 브라우저에서 더 많은 도움을 찾을 수 있어요. 앱도 계정도 필요 없어요. 개인 정보는 저장하지 않아요.
card-scan-line = 스캔하면 LINE 채팅에서 더 많은 도움을 찾을 수 있어요. LINE이 열리면 메시지가 준비되어 있으니 전송만 누르면 돼요. 개인 정보는 저장하지 않아요.

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = 밤낮 언제든 운영
hours-unknown = 운영 시간: 문의하세요
hours-weekdays = 월~금 { $times }
hours-weekend = 토~일 { $times }
hours-daily = 매일 { $times }
hours-day = { $day ->
    [mon] 월
    [tue] 화
    [wed] 수
    [thu] 목
    [fri] 금
    [sat] 토
   *[sun] 일
} { $times }
hours-holidays-closed = 공휴일 휴무
