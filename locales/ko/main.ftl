# review: unreviewed
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = 언어를 선택해 주세요.

who-question = 누가 도움이 필요한가요?
who-me = 나
who-someone-else = 다른 사람 (친구, 가족)

age-question = { $for_other ->
    [yes] 그분은 18세 미만인가요?
   *[no] 18세 미만인가요?
}
age-under-18 = 18세 미만
age-18-or-over = 18세 이상
age-not-say = 말하고 싶지 않아요

danger-question = { $for_other ->
    [yes] 그분은 지금 위험한 상황인가요?
   *[no] 지금 위험한 상황인가요?
}
danger-yes = 네, 지금 위험해요
danger-no = 아니요, 지금은 아니에요

danger-intro = { $for_other ->
    [yes] 그분이 지금 위험하다면 110(경찰)에 전화하세요. 무료이고, 밤낮 언제든 연결돼요.
   *[no] 지금 위험하다면 110(경찰)에 전화하세요. 무료이고, 밤낮 언제든 연결돼요.
}
danger-tell-more = 더 알려 주고 다른 도움 찾기

what-question = { $for_other ->
    [yes] 그분에게 무슨 일이 있나요? 가장 가까운 것을 골라 주세요.
   *[no] 무슨 일이 있나요? 가장 가까운 것을 골라 주세요.
}
what-sexual-exploitation = 성매매 강요, 빚을 “갚으라”는 압박 (호스트클럽, 성인 영상)
what-labor = 일: 월급 못 받음, 그만둘 수 없음, 협박, 갇혀 있음, 브로커 빚
what-technical-intern = { $for_other ->
    [yes] 그분은 기능실습생이에요
   *[no] 저는 기능실습생이에요
}
what-immigration = 여권을 빼앗김, 비자나 체류 자격 문제
what-sexual-violence = 성폭력
what-domestic-violence = 연인·배우자나 가족의 폭력
what-online = 사진·영상으로 협박, 인터넷의 불법 콘텐츠
what-everyday = 차별이나 생활 속 문제
what-legal = 법률 상담이 필요해요
what-go-home = { $for_other ->
    [yes] 그분은 고국으로 돌아가고 싶어 해요
   *[no] 고국으로 돌아가고 싶어요
}
what-not-sure = 잘 모르겠어요 / 기타

intern-question = { $for_other ->
    [yes] 그분은 기능실습생(技能実習生)인가요?
   *[no] 기능실습생(技能実習生)인가요?
}
intern-yes = 네
intern-no = 아니요

referral-intro = 도움을 줄 수 있는 곳이에요. 전화해도 되고, 글로 연락해도 돼요. 어떻게 할지는 직접 정하시면 돼요.
more-options = 도움을 줄 수 있는 다른 곳
only-write = 말은 못 하고, 글로만 연락할 수 있어요
more-intro = 도움을 줄 수 있는 다른 곳과, 할 수 있는 다른 방법이에요.
phone-cannot-connect = 내 전화로 연결이 안 되는 번호가 있어요
usual-numbers = 일반 번호 보기
more-rights = 내 권리 더 알아보기
another-situation = 다른 상황 보기
start-over = 처음부터 다시

rights-intro = 나의 권리와 안전
back-to-contacts = 연락처 목록으로 돌아가기
