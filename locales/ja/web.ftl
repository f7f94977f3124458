# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### ウェブチャットだけで使う文（bot/channels/web/）：すぐに閉じる機能と、その説明のページ。

web-exit-hint = このページをすぐに閉じるには、Shift キーを3回押してください。
web-exit-about-link = すぐに閉じたとき、消せるものと消せないもの
web-exit-about =
    閉じるボタン（✖）を押すか、Shift キーを3回押すと、このページの代わりに、ふつうのウェブサイトが開きます。そのため、「戻る」ボタンを押しても、このページには戻りません。
    また、このサイトが保存したものを忘れるように、ブラウザに伝えます。このサイトは何も保存しません。クッキーは使わず、あなたの答えも残しません。
    ただし、ブラウザの履歴から、このサイトを消すことはできません。履歴から消すには：
    • iPhone（Safari）：設定 › Safari › 履歴とWebサイトデータを消去。
    • Android（Chrome）：⋮ › 履歴 › 閲覧履歴データを削除。
    プライベート（シークレット）タブでは、履歴はまったく残りません。
web-back = 戻る
web-type-label = または、「助けて」などの言葉を入力することもできます。入力した文字は保存されません。
web-send = 送信
