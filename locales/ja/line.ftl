# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### LINEだけで使う文（bot/channels/line/）：LINEのボットはトークを消せないので、やめるときに、トークの消し方を伝える。

line-exit-steps = このトークをスマホから消すには：LINEの「トーク」タブを開きます。このトークを左にスワイプ（iPhone）するか、長押し（Android）します。それから「削除」をタップしてください。このアカウントは、友だちリストにも残っています。消すには、ブロックしてから、「設定 › 友だち › ブロックリスト」で削除してください。前に作ったトークのバックアップには、これらのメッセージがまだ残っていることがあります。
# LINEの閉じるボタン：ボットはLINEのトークを消せないので、代わりに何をするかを書く。
line-leave-button = ✖ 閉じる：このトークの消し方
