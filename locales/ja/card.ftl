# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); full-width punctuation only
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = 便利な電話番号
# Inside, at the top.
card-title = 日本で相談できるところ
card-danger = 危ないときは、すぐに電話を。無料で、昼も夜もつながります。
# Beside the large 110 and 119: who answers.
card-police = 警察
card-ambulance = 救急・消防
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = 日本語
card-scan = コードを読み取ると、チャット（Telegram）でほかの相談先を探せます。あなたのことは何も保存しません。
card-scan-web = コードを読み取ると、ブラウザでほかの相談先を探せます。アプリもアカウントもいりません。あなたのことは何も保存しません。
card-scan-line = コードを読み取ると、LINEのトークでほかの相談先を探せます。LINEが開いてメッセージが入っているので、そのまま送信してください。あなたのことは何も保存しません。

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = 昼も夜もつながります
hours-unknown = 受付時間：問い合わせてください
hours-weekdays = 月〜金 { $times }
hours-weekend = 土・日 { $times }
hours-daily = 毎日 { $times }
hours-day = { $day ->
    [mon] 月
    [tue] 火
    [wed] 水
    [thu] 木
    [fri] 金
    [sat] 土
   *[sun] 日
} { $times }
hours-holidays-closed = 祝日は休み
