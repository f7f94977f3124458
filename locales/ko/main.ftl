# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new ids added, status of stay (在留資格) explained in the visa button, shorter referral intro
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = 언어를 선택해 주세요.

who-question = 누가 도움이 필요한가요?
who-me = 나
who-me-under-18 = 나, 18세 미만이에요
who-someone-else = 다른 사람 (친구, 가족)
who-someone-under-18 = 18세 미만인 다른 사람

danger-question = { $for_other ->
    [yes] 그분은 지금 위험한 상황인가요?
   *[no] 지금 위험한 상황인가요?
}
danger-yes-hurt = { $for_other ->
    [yes] 네, 그리고 그분이 다쳤어요
   *[no] 네, 그리고 다쳤어요
}
danger-yes = 네, 지금 위험해요
danger-no = 아니요, 지금은 아니에요

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] 그분이 다쳤다면 지금 바로 119(구급차)에, 위험하면 110(경찰)에 전화하세요. 둘 다 무료이고, 밤낮 언제든 연결돼요.
       *[no] 다쳤다면 지금 바로 119(구급차)에, 위험하면 110(경찰)에 전화하세요. 둘 다 무료이고, 밤낮 언제든 연결돼요.
    }
   *[no] { $for_other ->
        [yes] 그분이 지금 위험하다면 110(경찰)에 전화하세요. 무료이고, 밤낮 언제든 연결돼요.
       *[no] 지금 위험하다면 110(경찰)에 전화하세요. 무료이고, 밤낮 언제든 연결돼요.
    }
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
what-immigration = 비자, 또는 일본에 머물 수 있는 자격 (在留資格)
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

need-question = { $for_other ->
    [yes] 그분에게 지금 가장 필요한 것은 무엇인가요?
   *[no] 지금 가장 필요한 것은 무엇인가요?
}
need-shelter = 오늘 밤 안전하게 머물 곳
need-report = 경찰에 신고하기
need-documents = { $for_other ->
    [yes] 그분이 여권이나 재류카드를 빼앗겼어요
   *[no] 여권이나 재류카드를 빼앗겼어요
}
need-debt = 빚, 벌금, 수수료를 내라고 해요
need-doctor = 의사가 필요해요: 다쳤거나 아파요
need-advice = 무엇을 할 수 있는지 조언

referral-intro = 도움을 줄 수 있는 곳이에요. 전화든 글이든, 원하는 방법으로 연락하세요.
more-options = 도움을 줄 수 있는 다른 곳
only-write = 말은 못 하고, 글로만 연락할 수 있어요
more-intro = 도움을 줄 수 있는 다른 곳과, 할 수 있는 다른 방법이에요.
phone-cannot-connect = 내 전화로 연결이 안 되는 번호가 있어요
usual-numbers = 일반 번호 보기
more-rights = 내 권리 더 알아보기
another-situation = 다른 상황 추가하기
refine-man = { $for_other ->
    [yes] 그분은 남성이에요
   *[no] 저는 남성이에요
}
refine-woman = { $for_other ->
    [yes] 그분은 여성이에요
   *[no] 저는 여성이에요
}
refine-japanese = { $for_other ->
    [yes] 그분은 일본 국적이에요
   *[no] 저는 일본 국적이에요
}
refine-not-japanese = { $for_other ->
    [yes] 그분은 일본 국적이 아니에요
   *[no] 저는 일본 국적이 아니에요
}
start-over = 처음부터 다시

rights-intro = 나의 권리와 안전
back-to-contacts = 연락처 목록으로 돌아가기
