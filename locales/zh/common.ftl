# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); say-on-phone added with the Japanese words in kanji and romaji, leave button, traditional spellings added to the word lists
### Texts the bot uses on every screen.

footer-emergency = 现在有危险？请拨打110（警察）或119（救护车、消防）。免费，白天晚上都能打通。

use-buttons = 请使用下面的按钮。您输入的内容不会被保存。
use-buttons-above = 请使用上面的按钮。您输入的内容不会被保存。

# Comma-separated words that, typed at any point, bring the emergency answer at once.
# Chinese words are matched anywhere in the typed text, so 救命 also covers 救命啊.
emergency-words = 救命, 救我, 帮帮我, 幫幫我, 求救, 求助, 报警, 報警, 警察, 危险, 危險, 紧急, 快来人, 我想逃, jiuming, jiu ming, baojing, sos, 110, 119, 緊急, 快來人, jiu wo
self-harm-words = 想死, 不想活了, 活不下去, 自杀, 自殺, 轻生, 伤害自己, 自残, 割腕, zisha, wo xiang si, 不想活下去, 想去死, 活着没意思, 活著沒意思, 傷害自己, 自殘, 輕生
self-harm-answer = 谢谢您告诉我们。您很重要，您不用一个人承受这一切。如果您现在可能会伤害自己，请拨打119（救护车）或110（警察）：免费，白天晚上都能打通。打110时，说出您的语言，就能为您接通翻译。

emergency-answer =
    如果您现在有危险，请拨打110（警察）。
    如果有人受伤或发生火灾，请拨打119（救护车、消防）。
    这两个电话都免费，白天晚上都能打通。

## Opening times (Japan time). $time is like 9:00.

when-always = 随时都可以联系
when-open-until = 现在开放（到 { $time } 为止）
when-closed = 现在不在服务时间
when-unknown = 我们的资料里没有写服务时间
when-holiday-unsure = 今天是公共假日，可能不开放
when-season-unsure = 现在是年底年初，可能不开放
opens-today = 今天 { $time } 开始
opens-tomorrow = 明天 { $time } 开始
opens-weekday = { $day ->
    [mon] 周一
    [tue] 周二
    [wed] 周三
    [thu] 周四
    [fri] 周五
    [sat] 周六
   *[sun] 周日
} { $time } 开始
opens-date = { $month }月{ $date }日 { $time } 开始

## Languages, cost and phones.

speaks-yours = 可以用{ $language }沟通
speaks-list = 语言：{ $languages }
speaks-also-others = 语言：{ $languages }，还有其他一些语言
speaks-others-only = 多种语言
speaks-not-stated = 语言：我们的资料里没有写
speaks-interpreter = 可以安排翻译
say-on-phone = 如果对方说日语，请说“中国語の通訳をお願いします（Chūgokugo no tsūyaku o onegai shimasu）”（请给我中文翻译）。
hours-footnote = 我们的资料里没有写这些地方的服务时间，您也可以试着联系。
phone-no-alternate = 有些手机打不通这个号码，我们的资料里也没有其他号码。
web-any-time = 您随时可以在网站上给他们写消息。
ip-phone-shown = 如果我们的资料里有IP电话、预付费手机和iPhone用的号码，这里就显示那些号码。

## Honest summaries under the list.

reach-web-only = 现在不确定有哪条电话线路开放；没有写服务时间的，您也可以试着打。标有 ✉ 的网站，现在就可以写消息。有危险时，随时拨打110。
reach-only-110 = 现在不确定有哪个地方开放；没有写服务时间的，您也可以试着联系。如果您有危险，请拨打110：白天晚上都能打通。
language-gap = 这里列出的地方都没有写可以用{ $language }。110可以帮您接通翻译。用英语或日语的地方也可以帮助您。外国人人权咨询处可以用大约80种语言咨询。
reach-none-short = 现在不确定有哪个地方开放。
reach-web-short = 现在不确定有哪条电话线路开放；标有 ✉ 的网站可以写消息。
language-gap-short = 这里列出的地方都没有写可以用{ $language }：110可以帮您接通翻译。

rights-heading = 希望您知道

## The terminal chat.

console-prompt = 请输入数字，然后按 Enter（输入 q 退出）。

## Telegram.

leave-button = ✖ 离开并清除对话
help-text = 这个机器人告诉您：在日本遇到人口贩卖、强迫劳动或性剥削时，谁可以帮助您，以及他们什么时候开放。它不保存任何关于您的信息。请点按钮进行选择；/language 可以换语言；/exit 可以清除这个对话。
exit-done = 已清除。
exit-note = 超过48小时的消息可能还会留着。要完全删除这个对话，请在聊天列表里删除它。您也可以在 Telegram 里为这个对话打开自动删除。
old-button = 这个按钮来自之前的消息。现在重新从头开始。
private-only = 请在私聊里给我发消息：{ $link }
cmd-start = 重新开始
cmd-help = 紧急电话和使用方法
cmd-language = 更换语言
cmd-exit = 清除这个对话
bot-description = 在日本遇到人口贩卖、强迫劳动或性剥削时，用您的语言告诉您谁可以帮助您，以及他们现在是否开放。不保存任何关于您的信息。有危险时，请拨打110。
bot-short-description = 日本的求助电话，用您的语言。不保存任何关于您的信息。有危险：110。

actions-heading = 您还可以这样做：
