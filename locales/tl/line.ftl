# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### Mga text para lang sa LINE channel (bot/channels/line/): hindi kayang burahin ng bot sa LINE ang chat, kaya kapag umalis ka, sinasabi nito kung paano ito burahin.

line-exit-steps = Para burahin ang chat na ito sa phone mo: buksan ang “Chats” tab ng LINE. I-swipe pakaliwa ang chat na ito (iPhone) o pindutin ito nang matagal (Android). Tapos i-tap ang “Delete”. Nasa friends list mo pa rin ang account na ito. Para alisin ito, i-block muna ito, tapos burahin ito sa Settings › Friends › Blocked users. Baka nandoon pa rin ang mga mensaheng ito sa chat backup na ginawa noon.
# Ang button para umalis sa LINE: hindi kayang burahin ng bot ang chat sa LINE, kaya sinasabi nito kung ano ang ginagawa nito sa halip.
line-leave-button = ✖ Umalis: paano burahin ang chat na ito
