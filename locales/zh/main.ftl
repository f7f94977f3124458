# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new buttons added, 在留資格 explained on the visa button
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = 请选择您的语言。

who-question = 谁需要帮助？
who-me = 我自己
who-me-under-18 = 我自己，未满18岁
who-someone-else = 别人（朋友、家人）
who-someone-under-18 = 别人，未满18岁

danger-question = { $for_other ->
    [yes] 这个人现在有危险吗？
   *[no] 您现在有危险吗？
}
danger-yes-hurt = { $for_other ->
    [yes] 是，而且这个人受伤了
   *[no] 是，而且我受伤了
}
danger-yes = 是，现在有危险
danger-no = 不，现在没有

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] 如果这个人受伤了，请马上拨打119（救护车）；有危险，请拨打110（警察）。两个电话都免费，白天晚上都能打通。
       *[no] 如果您受伤了，请马上拨打119（救护车）；有危险，请拨打110（警察）。两个电话都免费，白天晚上都能打通。
    }
   *[no] { $for_other ->
        [yes] 如果这个人现在有危险，请拨打110（警察）。免费，白天晚上都能打通。
       *[no] 如果您现在有危险，请拨打110（警察）。免费，白天晚上都能打通。
    }
}
danger-tell-more = 再多告诉我一些，找其他帮助

what-question = { $for_other ->
    [yes] 这个人遇到了什么事？请选最接近的一项。
   *[no] 发生了什么事？请选最接近的一项。
}
what-sexual-exploitation = 被迫卖身，或被逼“还债”（牛郎店、成人影片）
what-labor = 工作：不给工资、不能辞职、被威胁、被关起来、欠中介钱
what-technical-intern = { $for_other ->
    [yes] 这个人是技能实习生
   *[no] 我是技能实习生
}
what-immigration = 签证，或留在日本的资格（在留資格）
what-sexual-violence = 性暴力
what-domestic-violence = 来自伴侣或家人的暴力
what-online = 被用照片或视频威胁，网上的违法内容
what-everyday = 歧视或日常生活问题
what-legal = 我需要法律咨询
what-go-home = { $for_other ->
    [yes] 这个人想回自己的国家
   *[no] 我想回自己的国家
}
what-not-sure = 不确定 / 其他情况

need-question = { $for_other ->
    [yes] 这个人现在最需要什么？
   *[no] 您现在最需要什么？
}
need-shelter = 今晚能安全住的地方
need-report = 向警察报案
need-documents = { $for_other ->
    [yes] 这个人的护照或在留卡被拿走了
   *[no] 我的护照或在留卡被拿走了
}
need-debt = 被要求还债、交罚款或交费用
need-doctor = 看医生：受伤或生病
need-advice = 想知道可以怎么办

referral-intro = 下面这些地方可以帮助您。您可以打电话，也可以用文字联系他们，由您自己决定。
more-options = 其他可以帮助您的地方
only-write = 我不能说话，只能用文字联系
more-intro = 其他可以帮助您的地方，以及您还可以做的事。
phone-cannot-connect = 我的手机打不通某个号码
usual-numbers = 显示普通号码
more-rights = 了解更多您的权利
another-situation = 再加一种情况
refine-man = { $for_other ->
    [yes] 这个人是男性
   *[no] 我是男性
}
refine-woman = { $for_other ->
    [yes] 这个人是女性
   *[no] 我是女性
}
refine-japanese = { $for_other ->
    [yes] 这个人有日本国籍
   *[no] 我有日本国籍
}
refine-not-japanese = { $for_other ->
    [yes] 这个人没有日本国籍
   *[no] 我没有日本国籍
}
start-over = 重新开始

rights-intro = 您的权利和安全
back-to-contacts = 返回求助列表
