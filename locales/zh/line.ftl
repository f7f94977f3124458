# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### 只在 LINE 上用的文字（bot/channels/line/）：LINE 上的机器人不能删除对话，所以离开时告诉用户怎么删除。

line-exit-steps = 要从手机里删除这个对话：打开 LINE 的“聊天”页。把这个对话向左滑（iPhone），或者长按它（Android）。然后点“删除”。这个账号也还在您的好友列表里。要去掉它，请先屏蔽它，再到“设置 › 好友 › 已屏蔽用户”里删除它。以前做过的聊天备份里，可能还留着这些消息。
# LINE 上的离开按钮：机器人不能删除 LINE 对话，所以按钮写的是它实际做的事。
line-leave-button = ✖ 离开：怎么删除这个对话
