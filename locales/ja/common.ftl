# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); full-width punctuation, 人身取引 explained in help and description, say-on-phone added, emergency and self-harm words added
### Texts the bot uses on every screen.

footer-emergency = 今危ないときは、110番（警察）か119番（救急・消防）へ。無料で、昼も夜もつながります。

use-buttons = 下のボタンを使ってください。入力した文字は保存されません。
use-buttons-above = 上のボタンを使ってください。入力した文字は保存されません。

# Comma-separated words that, typed at any point, bring the emergency answer at once.
# Japanese words are matched anywhere in the typed text, so 助けて also covers 助けてください.
emergency-words = 助けて, たすけて, タスケテ, 助けてください, 助けて下さい, 危ない, あぶない, 危険, 緊急, 警察, 110, 119, SOS, 逃げたい, にげたい, こわい, 怖い, 殺される, ころされる, 監禁, 閉じ込められ, 閉じこめられ, tasukete, tasukete kudasai, けいさつ, きけん, とじこめられ, keisatsu, abunai
self-harm-words = 死にたい, しにたい, 消えたい, きえたい, 自殺, 自殺したい, 生きていたくない, リスカ, shinitai, jisatsu, 死んでしまいたい, 消えてしまいたい, 生きたくない, 死のう, リストカット, kietai
self-harm-answer = 話してくれて、ありがとうございます。あなたは大切な人です。ひとりでかかえこまなくて大丈夫です。今、自分を傷つけてしまいそうなときは、119番（救急）か110番（警察）に電話してください。無料で、昼も夜もつながります。

emergency-answer =
    今危ないときは、110番（警察）に電話してください。
    けがをした人がいるときや火事のときは、119番（救急・消防）に電話してください。
    どちらも無料で、昼も夜もつながります。

## Opening times (Japan time). $time is like 9:00.

when-always = いつでもつながります
when-open-until = 今あいています（{ $time }まで）
when-closed = 今は受付時間外です
when-unknown = 受付時間の情報はありません
when-holiday-unsure = 今日は祝日なので、休みかもしれません
when-season-unsure = 年末年始なので、休みかもしれません
opens-today = 今日 { $time }から
opens-tomorrow = 明日 { $time }から
opens-weekday = { $day ->
    [mon] 月曜日
    [tue] 火曜日
    [wed] 水曜日
    [thu] 木曜日
    [fri] 金曜日
    [sat] 土曜日
   *[sun] 日曜日
} { $time }から
opens-date = { $month }月{ $date }日 { $time }から

## Languages, cost and phones.

speaks-yours = { $language }で相談できます
speaks-list = 話せる言語：{ $languages }
speaks-also-others = 話せる言語：{ $languages }、ほかにもいくつか
speaks-others-only = たくさんの言語で話せます
speaks-not-stated = 話せる言語の情報はありません
speaks-interpreter = 通訳を用意してもらえます
say-on-phone = 日本語で話せないときは「通訳をお願いします」と伝えてください。
hours-footnote = 受付時間の情報がない窓口です。それでも連絡してみることはできます。
phone-no-alternate = 電話によっては、この番号につながりません。ほかの番号の情報はありません。
web-any-time = ウェブサイトから、いつでも書いて送れます。
ip-phone-shown = IP電話、プリペイド携帯、iPhone用の番号がある窓口は、その番号を表示しています。

## Honest summaries under the list.

reach-web-only = 今あいているとわかっている電話窓口はありません。受付時間の情報がない窓口には、電話してみることもできます。✉のついたウェブサイトなら、今すぐ書いて送れます。危ないときは、いつでも110番へ。
reach-only-110 = 今あいているとわかっている窓口はありません。受付時間の情報がない窓口には、電話してみることもできます。危ないときは110番へ。昼も夜もつながります。
language-gap = ここには、{ $language }に対応している窓口がありません。110番は通訳につないでくれます。英語や日本語の窓口でも相談できます。外国人のための人権相談所は、約80の言語で相談できます。
reach-none-short = 今あいているとわかっている窓口はありません。
reach-web-short = 今あいているとわかっている電話窓口はありません。✉のついたウェブサイトなら書いて送れます。
language-gap-short = ここには{ $language }に対応している窓口がありません。110番は通訳につないでくれます。

rights-heading = 知っておいてほしいこと

## The terminal chat.

console-prompt = 番号を入力して Enter を押してください（q で終了）。

## Telegram.

leave-button = ✖ 閉じて、チャットを消す
help-text = このボットは、日本での人身取引（だまして、またはおどして、働かせたり性的なことをさせたりすること）、むりやり働かされること、性的に利用されることについて、相談できるところと、そこが今あいているかを教えます。あなたのことは何も保存しません。ボタンを押して選んでください。/language で言語を変えられます。/exit でこのチャットを消せます。
exit-done = 消去しました。
exit-note = 48時間より前のメッセージは残ることがあります。このチャットを完全に消すには、チャット一覧から削除してください。Telegramの設定で、このチャットの自動削除をオンにすることもできます。
old-button = そのボタンは前のメッセージのものです。最初からもう一度表示します。
private-only = 1対1のチャットで話しかけてください：{ $link }
cmd-start = 最初から始める
cmd-help = 緊急の番号と使い方
cmd-language = 言語を変える
cmd-exit = このチャットを消す
bot-description = 日本での人身取引（だまして、またはおどして、働かせたり性的なことをさせたりすること）、むりやり働かされること、性的に利用されることについて、あなたの言語で相談できるところと、そこが今あいているかを教えます。あなたのことは何も保存しません。危ないときは110番へ。
bot-short-description = 日本の相談窓口を、あなたの言語で。何も保存しません。危ないときは110番。

actions-heading = ほかにできること：
