# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = ရဲ အရေးပေါ်
contact-fire-ambulance-119 = မီးသတ်နဲ့ လူနာတင်ကား
contact-police-9110 = ရဲ တိုင်ပင်ဆွေးနွေးရေး ဖုန်းလိုင်း
contact-anonymous-hotline = အမည်မဖော်ဘဲ သတင်းပို့နိုင်တဲ့ ဖုန်းလိုင်း
contact-internet-hotline-center = အင်တာနက် ဟော့လိုင်း စင်တာ
contact-immigration-info-center = လူဝင်မှုကြီးကြပ်ရေး သတင်းအချက်အလက် စင်တာ
contact-regional-immigration-bureaus = ဒေသဆိုင်ရာ လူဝင်မှုကြီးကြပ်ရေး ရုံးများ
contact-foreign-language-human-rights-hotline = နိုင်ငံခြားဘာသာနဲ့ လူ့အခွင့်အရေး ဖုန်းလိုင်း
contact-human-rights-centers-for-foreigners = နိုင်ငံခြားသားများအတွက် လူ့အခွင့်အရေး အကြံပေးဌာနများ
contact-internet-human-rights-counseling = အင်တာနက်ကနေ လူ့အခွင့်အရေး အကြံပေးခြင်း
contact-human-rights-hotline = လူ့အခွင့်အရေး ဖုန်းလိုင်း
contact-womens-rights-hotline = အမျိုးသမီး အခွင့်အရေး ဖုန်းလိုင်း
contact-childrens-rights-hotline = ကလေး အခွင့်အရေး ဖုန်းလိုင်း
contact-womens-support-centers = အမျိုးသမီး အကြံပေးရေးနဲ့ ထောက်ပံ့ရေး စင်တာများ
contact-child-guidance-centers = ကလေး အကြံပေးရေး စင်တာများ
contact-one-stop-8891 = လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်ခံရသူများအတွက် တစ်နေရာတည်းမှာ ကူညီပေးတဲ့ (One-Stop) စင်တာများ
contact-police-sex-crime-8103 = လိင်ပိုင်းဆိုင်ရာ ပြစ်မှု ခံရသူများအတွက် ရဲ ဖုန်းလိုင်း
contact-dv-plus-8008 = DV တိုင်ပင်ဆွေးနွေးရေး Plus (အိမ်တွင်း အကြမ်းဖက်မှု)
contact-otit-native-language = ကိုယ့်ဘာသာစကားနဲ့ OTIT အကူအညီ (နည်းပညာ အလုပ်သင်များအတွက်)
contact-labor-hotline = အလုပ်သမား စံနှုန်း အကြံပေး ဖုန်းလိုင်း (ညနေ၊ စနေ-တနင်္ဂနွေ)
contact-foreign-workers-consultation = နိုင်ငံခြား အလုပ်သမားများအတွက် တိုင်ပင်ဆွေးနွေးရေး
contact-general-labor-consultation = အလုပ်သမားရေးရာ အထွေထွေ တိုင်ပင်ဆွေးနွေးရေး ဌာနများ
contact-houterasu-multilingual = Houterasu ဘာသာစုံ သတင်းအချက်အလက် ဝန်ဆောင်မှု (ဥပဒေ အကူအညီ)
contact-yorisoi-hotline = Yorisoi (ယိုရိဆိုအိ) ဖုန်းလိုင်း
contact-prosecutors-victim-support = အစိုးရရှေ့နေရုံး: ထိခိုက်ခံရသူများအတွက် ထောက်ပံ့မှု
contact-ngo-womens-advice-center = လူကုန်ကူးခံရသူများအတွက် NGO အမျိုးသမီး အကြံပေးစင်တာ
contact-gov-trafficking-info = လူကုန်ကူးမှုနဲ့ အကူအညီရနိုင်တဲ့ နေရာများအကြောင်း အစိုးရ စာမျက်နှာ

note-110-interpreter = ဂျပန်လို မပြောတတ်ရင် ကိုယ့်ဘာသာစကားရဲ့ နာမည်ကို ပြောပါ။ ရဲက စကားပြန်ကို သုံးဦးဆက် ဖုန်းနဲ့ ချိတ်ပေးပါတယ်။
note-119-injury = ဒဏ်ရာ၊ နေမကောင်းဖြစ်တာ ဒါမှမဟုတ် မီးလောင်တာအတွက်။
note-police-female-officer = အမျိုးသမီးရဲကို တောင်းဆိုနိုင်ပါတယ်။
note-anonymous = ကိုယ့်နာမည် ပေးစရာ မလိုပါ။ တခြားသူအတွက်လည်း တိုင်ကြားနိုင်ပါတယ်။
note-ihc = အွန်လိုင်းက တရားမဝင် အကြောင်းအရာကို တိုင်ကြားပါ။ သူတို့က ဝက်ဘ်ဆိုက်ကို ဖျက်ခိုင်းပြီး ရဲကိုလည်း အကြောင်းကြားပါတယ်။
note-iic-trafficking = ဗီဇာနဲ့ နေထိုင်ခွင့်အကြောင်း၊ လူကုန်ကူးမှုအကြောင်း မေးနိုင်ပါတယ်။ ဘာသာစကား အတော်များများနဲ့။
note-immigration-bureau = ရုံးတိုင်းမှာ လူကုန်ကူးမှုအတွက် ဆက်သွယ်ရမယ့် နေရာ ရှိပါတယ်၊ စာမျက်နှာမှာ စာရင်း ပါပါတယ်။
note-fhrh-interpreter = သင့်ဖုန်းကို စကားပြန်ကနေတစ်ဆင့် အနီးဆုံးရုံးနဲ့ ချိတ်ပေးပါတယ်။
note-80-languages = ကိုယ်တိုင်သွားပြီး ဘာသာစကား 80 ခန့်နဲ့ တိုင်ပင်နိုင်ပါတယ်။
note-in-person = စာမျက်နှာမှာ ရုံးတွေရဲ့ စာရင်း ပါပါတယ်။
note-shelter = လုံခြုံတဲ့ နေစရာ ပေးနိုင်ပါတယ်။ သင့်စီရင်စု (prefecture) က စင်တာကို ဆက်သွယ်ဖို့ #8778 ကို နှိပ်ပါ။
note-one-stop = ဆေးကုသမှု၊ စိတ်ပိုင်းဆိုင်ရာနဲ့ ဥပဒေရေးရာ အကူအညီကို တစ်နေရာတည်းမှာ ရနိုင်ပါတယ်၊ အသက်၊ ကျား/မ မရွေး။
note-8103 = သင်ရောက်နေတဲ့ စီရင်စုရဲ့ ရဲ ဖုန်းလိုင်းနဲ့ ချိတ်ဆက်ပေးပါတယ်။
note-otit = အီးမေးလ် ဒါမှမဟုတ် ဖုန်းနဲ့။ အကြမ်းဖက်မှုနဲ့ ခြိမ်းခြောက်မှုအတွက် SOS ကောင်တာလည်း ရှိပါတယ်။
note-number-on-page = ဖုန်းနံပါတ်က စာမျက်နှာမှာ ပါပါတယ်။
note-hours-vary = ဘာသာစကားနဲ့ ဖွင့်ချိန်က ရုံးအလိုက် ကွဲပြားပါတယ်၊ စာမျက်နှာမှာ စာရင်း ပါပါတယ်။
note-houterasu = ဥပဒေအကြောင်းနဲ့ ဘယ်မှာ အကူအညီ ရနိုင်သလဲ ပြောပြပေးပါတယ်။
note-prosecutors = ထောက်ပံ့ရေး အရာရှိတွေက တရားရုံး လုပ်ငန်းစဉ်တစ်လျှောက် ထိခိုက်ခံရသူတွေကို ကူညီပေးပါတယ်။
note-japanese-only = ဂျပန်ဘာသာနဲ့သာ။
