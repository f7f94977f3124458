# review: reference
### The LINE channel's own texts (bot/channels/line/): a bot on LINE cannot delete a chat, so
### leaving says how to delete it.

line-exit-steps = To delete this chat from your phone: open LINE's Chats tab, swipe this chat to the left (iPhone) or press and hold it (Android), then tap Delete. This account also stays in your friends list: to remove it, block it, then delete it in Settings › Friends › Blocked users. A chat backup made earlier may still hold these messages.
# The leave button on LINE: a bot cannot clear a LINE chat, so it says what it does instead.
line-leave-button = ✖ Leave: how to delete this chat
