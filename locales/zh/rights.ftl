# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); 人口贩卖 and 在留资格 explained, who goes to prison made clear
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = 发生的事不是您的错。错的是做这些事的人。
right-interpreter-110 = 您可以用自己的语言拨打110：警察会接通翻译，三方一起通话。
right-under-18 = { $for_other ->
    [yes] 如果这个人未满18岁，像这样被利用去做性方面的事或去工作，就算没有暴力或威胁，也是人口贩卖（把人当作物品来利用的犯罪）。
   *[no] 如果您未满18岁，像这样被利用去做性方面的事或去工作，就算没有暴力或威胁，也是人口贩卖（把人当作物品来利用的犯罪）。
}
right-consent = 如果有人用暴力、威胁或谎言逼您干活或做性方面的事，就算您一开始答应了，也是人口贩卖。
right-debt-is-crime = 为了讨债，逼牛郎店的客人去卖身，是犯罪。这样做的人最多可被判10年徒刑。
right-anyone-can-report = 任何人都可以举报，也可以替别人举报，也可以不说名字。
right-police-interview = 在警察那里，您可以要求由女警察接待。他们会尽量在没有别人的房间里，用您的语言和您谈。
right-intern-change-site = 如果因为没办法避免的原因，您不能在现在的实习单位继续实习，OTIT（外国人技能实习机构）可以帮您换实习单位。OTIT可以用八种语言回答您。
right-intern-departure = 如果您不愿意却被送回国，离开日本时，可以在机场或港口告诉出入境审查官（办出境手续的工作人员）。翻译可以帮助您。
right-residence-status = 受害者在签证方面可以得到帮助：延长在日本的时间、变更在留资格（可以留在日本的资格），或得到特别在留许可（特别允许留在日本）。
right-av-contract = 出演成人影片的合同可以取消，您也可以要求不再公开这些影片，不管您几岁。
right-host-club-contract = 有些牛郎店的账单可以根据《消费者契约法》取消，比如对方用“恋爱”感情给您施加压力的时候。
right-photo-threats = 让人在网上发来性照片，再威胁要公开这些照片，逼对方卖身，是犯罪。这样做的人最多可被判3年徒刑。网上的违法内容可以举报并删除。
right-sexual-violence-any-gender = 没有得到同意的性行为就是性暴力。不论年龄和性别，任何人都可以求助。
right-shelter = 女性支援中心可以提供安全的住处、食物和翻译，不论您是哪国人、几岁。人口贩卖（把人当作物品来利用的犯罪）的男性受害者也可以得到安全的住处。
right-legal-help = Houterasu（日本司法支援中心）会告诉您法律知识和可以去哪里求助。如果您付不起钱，日本公民和有合法在留资格（可以留在日本的资格）的外国居民可能可以得到免费法律咨询。您住在哪里会被保密。
right-go-home-iom = 如果您想回国，IOM（国际移民组织）会在日本的支持下，帮助人口贩卖（把人当作物品来利用的犯罪）的受害者回国，并重新开始生活。
right-discrimination = 因为是外国人就被拒绝租房、拒绝服务或不被公平对待，可能是侵犯人权。法务局可以帮助解决。
