# review: unreviewed
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = 言語を選んでください。

who-question = 助けが必要なのは、だれですか？
who-me = 自分
who-someone-else = ほかの人(友だち、家族など)

age-question = { $for_other ->
    [yes] その人は18歳未満ですか？
   *[no] あなたは18歳未満ですか？
}
age-under-18 = 18歳未満
age-18-or-over = 18歳以上
age-not-say = 言いたくない

danger-question = { $for_other ->
    [yes] その人は今、危ない状況にいますか？
   *[no] あなたは今、危ない状況にいますか？
}
danger-yes = はい、今危ない
danger-no = いいえ、今すぐの危険はない

danger-intro = { $for_other ->
    [yes] その人が今危ないなら、110番(警察)に電話してください。無料で、昼も夜もつながります。
   *[no] 今危ないなら、110番(警察)に電話してください。無料で、昼も夜もつながります。
}
danger-tell-more = 状況を伝えて、ほかの相談先もさがす

what-question = { $for_other ->
    [yes] その人に何が起きていますか？いちばん近いものを選んでください。
   *[no] 何が起きていますか？いちばん近いものを選んでください。
}
what-sexual-exploitation = 体を売らされる、借金(ツケ)を「返せ」と言われる(ホストクラブ、AV)
what-labor = 仕事:給料が出ない、やめられない、おどされる、閉じこめられる、ブローカーへの借金
what-technical-intern = { $for_other ->
    [yes] その人は技能実習生です
   *[no] 技能実習生です
}
what-immigration = パスポートを取り上げられた、ビザや在留資格の問題
what-sexual-violence = 性暴力
what-domestic-violence = パートナーや家族からの暴力
what-online = 写真や動画でおどされる、ネット上の違法な情報
what-everyday = 差別、生活のこまりごと
what-legal = 法律の相談をしたい
what-go-home = { $for_other ->
    [yes] その人は自分の国に帰りたい
   *[no] 自分の国に帰りたい
}
what-not-sure = よくわからない/その他

intern-question = { $for_other ->
    [yes] その人は技能実習生ですか？
   *[no] あなたは技能実習生ですか？
}
intern-yes = はい
intern-no = いいえ

referral-intro = あなたの力になってくれる相談先です。電話をしても、書いて送ってもかまいません。どうするかは、あなたが決めてください。
more-options = ほかにも相談できるところ
only-write = 話せない、書くことならできる
more-intro = ほかにも相談できるところと、ほかにできることです。
phone-cannot-connect = 自分の電話からつながらない番号がある
usual-numbers = ふつうの番号を表示する
more-rights = あなたの権利をもっと見る
another-situation = ほかの状況を見る
start-over = 最初からやり直す

rights-intro = あなたの権利と安全のために
back-to-contacts = 相談先にもどる
