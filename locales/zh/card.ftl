# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = 常用电话号码
# Inside, at the top.
card-title = 在日本可以求助的地方
card-danger = 有危险时，马上打电话。免费，白天晚上都能打通。
# Beside the large 110 and 119: who answers.
card-police = 警察
card-ambulance = 急救、消防
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = 日语
card-scan = 扫码可在聊天（Telegram）中找到更多帮助。不保存任何关于您的信息。
card-scan-web = 扫码可在浏览器中找到更多帮助：无需应用，无需账号。不保存任何关于您的信息。
card-scan-line = 扫码可在LINE聊天中找到更多帮助：LINE打开后消息已写好，点发送即可。不保存任何关于您的信息。

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = 白天晚上都开放
hours-unknown = 时间：请询问
hours-weekdays = 周一至周五 { $times }
hours-weekend = 周六、周日 { $times }
hours-daily = 每天 { $times }
hours-day = { $day ->
    [mon] 周一
    [tue] 周二
    [wed] 周三
    [thu] 周四
    [fri] 周五
    [sat] 周六
   *[sun] 周日
} { $times }
hours-holidays-closed = 公共假日休息
