# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = အသုံးဝင်တဲ့ ဖုန်းနံပါတ်များ
# Inside, at the top.
card-title = ဂျပန်မှာ အကူအညီ ရနိုင်တဲ့နေရာ
card-danger = အန္တရာယ်ရှိရင် ချက်ချင်း ဖုန်းဆက်ပါ။ အခမဲ့၊ နေ့ရော ညပါ။
# Beside the large 110 and 119: who answers.
card-police = ရဲ
card-ambulance = လူနာတင်ကား၊ မီးသတ်
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = ဂျပန်စကား
card-scan = စကန်ဖတ်ပြီး ချတ် (Telegram) မှာ နောက်ထပ် အကူအညီ ရှာပါ။ သင့်အကြောင်း ဘာမှ မသိမ်းပါ။
card-scan-web = စကန်ဖတ်ပြီး ဘရောက်ဇာ မှာ နောက်ထပ် အကူအညီ ရှာပါ။ အက်ပ် မလို၊ အကောင့် မလိုပါ။ သင့်အကြောင်း ဘာမှ မသိမ်းပါ။
card-scan-line = စကန်ဖတ်ပြီး LINE ချတ် မှာ နောက်ထပ် အကူအညီ ရှာပါ။ LINE ပွင့်လာရင် စာ အသင့်ပါပြီးသား၊ ပို့ ကို နှိပ်ပါ။ သင့်အကြောင်း ဘာမှ မသိမ်းပါ။

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = နေ့ရော ညပါ ဖွင့်ပါတယ်
hours-unknown = ဖွင့်ချိန်: မေးမြန်းပါ
hours-weekdays = တနင်္လာ–သောကြာ { $times }
hours-weekend = စနေ–တနင်္ဂနွေ { $times }
hours-daily = နေ့တိုင်း { $times }
hours-day = { $day ->
    [mon] တနင်္လာ
    [tue] အင်္ဂါ
    [wed] ဗုဒ္ဓဟူး
    [thu] ကြာသပတေး
    [fri] သောကြာ
    [sat] စနေ
   *[sun] တနင်္ဂနွေ
} { $times }
hours-holidays-closed = ရုံးပိတ်ရက်တွေမှာ ပိတ်ပါတယ်
