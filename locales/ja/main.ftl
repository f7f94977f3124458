# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); full-width punctuation, new buttons added, 在留資格 explained on the visa button
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = 言語を選んでください。

who-question = 助けが必要なのは、だれですか？
who-me = 自分
who-me-under-18 = 自分（18歳未満）
who-someone-else = ほかの人（友だち、家族など）
who-someone-under-18 = ほかの人（18歳未満）

danger-question = { $for_other ->
    [yes] その人は今、危ない状況にいますか？
   *[no] あなたは今、危ない状況にいますか？
}
danger-yes-hurt = { $for_other ->
    [yes] はい、その人はけがもしている
   *[no] はい、けがもしている
}
danger-yes = はい、今危ない
danger-no = いいえ、今すぐの危険はない

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] その人がけがをしているなら、すぐ119番（救急）に電話してください。危ないときは110番（警察）へ。どちらも無料で、昼も夜もつながります。
       *[no] けがをしているなら、すぐ119番（救急）に電話してください。危ないときは110番（警察）へ。どちらも無料で、昼も夜もつながります。
    }
   *[no] { $for_other ->
        [yes] その人が今危ないなら、110番（警察）に電話してください。無料で、昼も夜もつながります。
       *[no] 今危ないなら、110番（警察）に電話してください。無料で、昼も夜もつながります。
    }
}
danger-tell-more = 状況を伝えて、ほかの相談先もさがす

what-question = { $for_other ->
    [yes] その人に何が起きていますか？いちばん近いものを選んでください。
   *[no] 何が起きていますか？いちばん近いものを選んでください。
}
what-sexual-exploitation = 体を売らされる、借金（ツケ）を「返せ」と言われる（ホストクラブ、AV）
what-labor = 仕事：給料が出ない、やめられない、おどされる、閉じこめられる、ブローカーへの借金
what-technical-intern = { $for_other ->
    [yes] その人は技能実習生です
   *[no] 技能実習生です
}
what-immigration = ビザや、日本にいてよい資格（在留資格）
what-sexual-violence = 性暴力
what-domestic-violence = パートナーや家族からの暴力
what-online = 写真や動画でおどされる、ネット上の違法な情報
what-everyday = 差別、生活のこまりごと
what-legal = 法律の相談をしたい
what-go-home = { $for_other ->
    [yes] その人は自分の国に帰りたい
   *[no] 自分の国に帰りたい
}
what-not-sure = よくわからない／その他

need-question = { $for_other ->
    [yes] その人に今いちばん必要なことは何ですか？
   *[no] 今いちばん必要なことは何ですか？
}
need-shelter = 今夜、安全に泊まれる場所
need-report = 警察に知らせたい
need-documents = { $for_other ->
    [yes] その人のパスポートや在留カードを取り上げられた
   *[no] パスポートや在留カードを取り上げられた
}
need-debt = 借金や罰金、料金を払えと言われている
need-doctor = 医者にみてほしい（けが、病気）
need-advice = 何ができるか、相談したい

referral-intro = あなたの力になってくれる相談先です。電話をしても、書いて送ってもかまいません。どうするかは、あなたが決めてください。
more-options = ほかにも相談できるところ
only-write = 話せない、書くことならできる
more-intro = ほかにも相談できるところと、ほかにできることです。
phone-cannot-connect = 自分の電話からつながらない番号がある
usual-numbers = ふつうの番号を表示する
more-rights = あなたの権利をもっと見る
another-situation = ほかの状況も加える
refine-man = { $for_other ->
    [yes] その人は男性です
   *[no] 男性です
}
refine-woman = { $for_other ->
    [yes] その人は女性です
   *[no] 女性です
}
refine-japanese = { $for_other ->
    [yes] その人は日本国籍です
   *[no] 日本国籍です
}
refine-not-japanese = { $for_other ->
    [yes] その人は日本国籍ではありません
   *[no] 日本国籍ではありません
}
start-over = 最初からやり直す

rights-intro = あなたの権利と安全のために
back-to-contacts = 相談先にもどる
