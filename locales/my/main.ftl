# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new buttons added, residence status kept as "permission to stay in Japan (在留資格)", intro and danger text shortened
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = သင့်ဘာသာစကားကို ရွေးပါ။

who-question = ဘယ်သူ အကူအညီ လိုနေတာလဲ။
who-me = ကိုယ်တိုင်
who-me-under-18 = ကိုယ်တိုင်၊ အသက် 18 နှစ်အောက် ဖြစ်ပါတယ်
who-someone-else = တခြားသူ (သူငယ်ချင်း၊ မိသားစုဝင်)
who-someone-under-18 = အသက် 18 နှစ်အောက် တခြားသူ

danger-question = { $for_other ->
    [yes] အဲဒီလူ အခု အန္တရာယ်ရှိနေပါသလား။
   *[no] သင် အခု အန္တရာယ်ရှိနေပါသလား။
}
danger-yes-hurt = { $for_other ->
    [yes] ဟုတ်ကဲ့၊ အဲဒီလူ ဒဏ်ရာလည်း ရနေတယ်
   *[no] ဟုတ်ကဲ့၊ ဒဏ်ရာလည်း ရနေတယ်
}
danger-yes = ဟုတ်ကဲ့၊ အခု အန္တရာယ်ရှိနေတယ်
danger-no = အခုတော့ အန္တရာယ် မရှိပါ

danger-intro = { $for_other ->
    [yes] အဲဒီလူ အခု အန္တရာယ်ရှိရင် 110 (ရဲ) ခေါ်ပါ။ အခမဲ့၊ နေ့ရောညပါ။
   *[no] အခု အန္တရာယ်ရှိရင် 110 (ရဲ) ခေါ်ပါ။ အခမဲ့၊ နေ့ရောညပါ။
}
danger-tell-more = တခြားအကူအညီ ရှာဖို့ ထပ်ပြောပြပါ

what-question = { $for_other ->
    [yes] အဲဒီလူ ဘာတွေ ကြုံနေရပါသလဲ။ အနီးစပ်ဆုံး တစ်ခုကို ရွေးပါ။
   *[no] ဘာတွေ ကြုံနေရပါသလဲ။ အနီးစပ်ဆုံး တစ်ခုကို ရွေးပါ။
}
what-sexual-exploitation = လိင်အလုပ် အတင်းလုပ်ခိုင်းခံရ၊ ဒါမှမဟုတ် အကြွေး "ပြန်ဆပ်" ခိုင်းခံရ (ဟို့စ်ကလပ်၊ လူကြီးဗီဒီယို)
what-labor = အလုပ်: လစာမရ၊ ထွက်ခွင့်မရ၊ ခြိမ်းခြောက်ခံရ၊ ပိတ်လှောင်ခံရ၊ ပွဲစားအကြွေး
what-technical-intern = { $for_other ->
    [yes] အဲဒီလူက နည်းပညာ အလုပ်သင် ဖြစ်ပါတယ်
   *[no] ကျွန်ုပ်က နည်းပညာ အလုပ်သင် ဖြစ်ပါတယ်
}
what-immigration = ဗီဇာ၊ ဒါမှမဟုတ် ဂျပန်မှာ နေထိုင်ခွင့် (在留資格)
what-sexual-violence = လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်မှု
what-domestic-violence = ချစ်သူ၊ အိမ်ထောင်ဖက် ဒါမှမဟုတ် မိသားစုရဲ့ အကြမ်းဖက်မှု
what-online = ဓာတ်ပုံ/ဗီဒီယိုနဲ့ ခြိမ်းခြောက်ခံရ၊ အွန်လိုင်းပေါ်က တရားမဝင် အကြောင်းအရာ
what-everyday = ခွဲခြားဆက်ဆံခံရ ဒါမှမဟုတ် နေ့စဉ်ဘဝ ပြဿနာ
what-legal = ဥပဒေ အကြံဉာဏ် လိုပါတယ်
what-go-home = { $for_other ->
    [yes] အဲဒီလူ သူ့နိုင်ငံကို ပြန်ချင်ပါတယ်
   *[no] ကိုယ့်နိုင်ငံကို ပြန်ချင်ပါတယ်
}
what-not-sure = မသေချာပါ / တခြားကိစ္စ

need-question = { $for_other ->
    [yes] အဲဒီလူအတွက် အခု အလိုအပ်ဆုံးက ဘာလဲ။
   *[no] သင့်အတွက် အခု အလိုအပ်ဆုံးက ဘာလဲ။
}
need-shelter = ဒီည နေဖို့ လုံခြုံတဲ့ နေရာ
need-report = ရဲကို တိုင်ကြားဖို့
need-documents = { $for_other ->
    [yes] သူ့ ပတ်စ်ပို့ ဒါမှမဟုတ် နေထိုင်ခွင့်ကတ် (residence card) ကို သိမ်းယူခံရတယ်
   *[no] ကျွန်ုပ်ရဲ့ ပတ်စ်ပို့ ဒါမှမဟုတ် နေထိုင်ခွင့်ကတ် (residence card) ကို သိမ်းယူခံရတယ်
}
need-debt = အကြွေး၊ ဒဏ်ငွေ ဒါမှမဟုတ် အခကြေးငွေ ပေးခိုင်းခံရတယ်
need-doctor = ဆရာဝန်: ဒဏ်ရာရ ဒါမှမဟုတ် နေမကောင်း
need-advice = ဘာလုပ်လို့ရလဲ ဆိုတဲ့ အကြံဉာဏ်

referral-intro = ဒီနေရာတွေ ကူညီနိုင်ပါတယ်။ ဖုန်းလား စာလား သင်ရွေးပါ။
more-options = ကူညီနိုင်တဲ့ တခြားနေရာတွေ
only-write = စကားမပြောနိုင်ဘူး၊ စာပဲ ရေးနိုင်တယ်
more-intro = ကူညီနိုင်တဲ့ တခြားနေရာတွေနဲ့ သင်လုပ်နိုင်တဲ့ တခြားအရာတွေပါ။
phone-cannot-connect = ကိုယ့်ဖုန်းကနေ ခေါ်လို့မရတဲ့ နံပါတ် ရှိတယ်
usual-numbers = ပုံမှန် နံပါတ်တွေ ပြရန်
more-rights = သင့်အခွင့်အရေးအကြောင်း ထပ်ကြည့်ရန်
another-situation = တခြားအခြေအနေ ထပ်ထည့်ရန်
refine-man = { $for_other ->
    [yes] အဲဒီလူက အမျိုးသား ဖြစ်ပါတယ်
   *[no] ကျွန်ုပ်က အမျိုးသား ဖြစ်ပါတယ်
}
refine-woman = { $for_other ->
    [yes] အဲဒီလူက အမျိုးသမီး ဖြစ်ပါတယ်
   *[no] ကျွန်ုပ်က အမျိုးသမီး ဖြစ်ပါတယ်
}
refine-japanese = { $for_other ->
    [yes] အဲဒီလူက ဂျပန်နိုင်ငံသား ဖြစ်ပါတယ်
   *[no] ကျွန်ုပ်က ဂျပန်နိုင်ငံသား ဖြစ်ပါတယ်
}
refine-not-japanese = { $for_other ->
    [yes] အဲဒီလူက ဂျပန်နိုင်ငံသား မဟုတ်ပါ
   *[no] ကျွန်ုပ်က ဂျပန်နိုင်ငံသား မဟုတ်ပါ
}
start-over = အစကနေ ပြန်စရန်

rights-intro = သင့်အခွင့်အရေးနဲ့ လုံခြုံရေး
back-to-contacts = ဆက်သွယ်ရမယ့် နေရာတွေဆီ ပြန်သွားရန်
