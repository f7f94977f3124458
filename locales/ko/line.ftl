# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### LINE에서만 쓰는 글(bot/channels/line/): LINE 봇은 채팅을 지울 수 없어서, 나갈 때 채팅을 지우는 방법을 알려 준다.

line-exit-steps = 이 채팅을 휴대폰에서 지우려면 이렇게 하세요. LINE의 '채팅' 탭을 여세요. iPhone에서는 이 채팅을 왼쪽으로 밀고, Android에서는 길게 누르세요. 그다음 '삭제'를 누르세요. 이 계정은 친구 목록에도 남아 있어요. 지우려면 먼저 차단하고, 설정 › 친구 › 차단 목록에서 삭제하세요. 전에 만든 채팅 백업에는 이 메시지들이 아직 남아 있을 수 있어요.
# LINE의 나가기 버튼: 봇은 LINE 채팅을 지울 수 없어서, 대신 하는 일을 적는다.
line-leave-button = ✖ 나가기: 이 채팅 지우는 방법
