# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### 웹 채팅에서만 쓰는 글(bot/channels/web/): 빨리 나가기 기능과 그 설명 페이지.

web-exit-hint = 이 페이지에서 빨리 나가려면 Shift 키를 세 번 누르세요.
web-exit-about-link = 빨리 나가면 지울 수 있는 것과 지울 수 없는 것
web-exit-about =
    나가기 버튼(✖)을 누르거나 Shift 키를 세 번 누르면, 이 페이지 대신 평범한 웹사이트가 열려요. 그래서 '뒤로' 버튼을 눌러도 여기로 돌아오지 않아요.
    또 이 사이트가 저장한 것을 잊으라고 브라우저에 알려요. 이 사이트는 아무것도 저장하지 않아요. 쿠키도 없고, 내 답도 남기지 않아요.
    하지만 브라우저의 방문 기록에서 이 사이트를 지울 수는 없어요. 방문 기록에서 지우려면:
    • iPhone(Safari): 설정 › Safari › 방문 기록 및 웹 사이트 데이터 지우기.
    • Android(Chrome): ⋮ › 방문 기록 › 인터넷 사용 기록 삭제.
    비공개(시크릿) 탭은 방문 기록을 전혀 남기지 않아요.
web-back = 돌아가기
web-type-label = 또는 “도와주세요” 같은 말을 입력해도 돼요. 입력한 내용은 저장되지 않아요.
web-send = 보내기
