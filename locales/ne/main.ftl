# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new buttons added, residence status said as "permission to stay in Japan", intro and danger text shortened
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = आफ्नो भाषा छान्नुहोस्।

who-question = कसलाई मद्दत चाहिएको छ?
who-me = मलाई
who-me-under-18 = मलाई, र म 18 वर्षभन्दा कम उमेरको हुँ
who-someone-else = अरू कसैलाई (साथी, परिवारको सदस्य)
who-someone-under-18 = 18 वर्षभन्दा कम उमेरको अरू कसैलाई

danger-question = { $for_other ->
    [yes] के ती व्यक्ति अहिले खतरामा छन्?
   *[no] के तपाईं अहिले खतरामा हुनुहुन्छ?
}
danger-yes-hurt = { $for_other ->
    [yes] हो, र उनलाई चोट लागेको छ
   *[no] हो, र मलाई चोट लागेको छ
}
danger-yes = हो, अहिले खतरा छ
danger-no = होइन, अहिले खतरा छैन

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] ती व्यक्तिलाई चोट लागेको छ भने अहिले नै 119 (एम्बुलेन्स) मा फोन गर्नुहोस्; खतरामा भए 110 (प्रहरी) मा। दुवै निःशुल्क, दिनरात।
       *[no] चोट लागेको छ भने अहिले नै 119 (एम्बुलेन्स) मा फोन गर्नुहोस्; खतरामा भए 110 (प्रहरी) मा। दुवै निःशुल्क, दिनरात।
    }
   *[no] { $for_other ->
        [yes] ती व्यक्ति अहिले खतरामा भए 110 (प्रहरी) मा फोन गर्नुहोस्: निःशुल्क, दिनरात।
       *[no] अहिले खतरामा भए 110 (प्रहरी) मा फोन गर्नुहोस्: निःशुल्क, दिनरात।
    }
}
danger-tell-more = अरू मद्दत खोज्न अझ केही बताउनुहोस्

what-question = { $for_other ->
    [yes] ती व्यक्तिलाई के भइरहेको छ? सबैभन्दा मिल्ने कुरा छान्नुहोस्।
   *[no] तपाईंलाई के भइरहेको छ? सबैभन्दा मिल्ने कुरा छान्नुहोस्।
}
what-sexual-exploitation = यौनकर्म गर्न बाध्य पारिएको, वा ऋण "तिर्न" लगाइएको (होस्ट क्लब, वयस्क भिडियो)
what-labor = काम: तलब नदिने, छोड्न नदिने, धम्की, थुनेर राख्ने, दलालको ऋण
what-technical-intern = { $for_other ->
    [yes] ती व्यक्ति टेक्निकल इन्टर्न ट्रेनी हुन्
   *[no] म टेक्निकल इन्टर्न ट्रेनी हुँ
}
what-immigration = भिसा, वा जापानमा बस्न पाउने अनुमति (在留資格)
what-sexual-violence = यौन हिंसा
what-domestic-violence = जीवनसाथी, प्रेमी/प्रेमिका वा परिवारबाट हिंसा
what-online = फोटो वा भिडियोको धम्की, इन्टरनेटमा गैरकानुनी सामग्री
what-everyday = भेदभाव वा दैनिक जीवनका समस्या
what-legal = मलाई कानुनी सल्लाह चाहिन्छ
what-go-home = { $for_other ->
    [yes] ती व्यक्ति आफ्नो देश फर्कन चाहन्छन्
   *[no] म आफ्नो देश फर्कन चाहन्छु
}
what-not-sure = थाहा छैन / अरू केही

need-question = { $for_other ->
    [yes] ती व्यक्तिलाई अहिले सबैभन्दा बढी के चाहिएको छ?
   *[no] तपाईंलाई अहिले सबैभन्दा बढी के चाहिएको छ?
}
need-shelter = आज राति बस्ने सुरक्षित ठाउँ
need-report = प्रहरीलाई खबर गर्न
need-documents = { $for_other ->
    [yes] उनको पासपोर्ट वा रेसिडेन्स कार्ड खोसिएको छ
   *[no] मेरो पासपोर्ट वा रेसिडेन्स कार्ड खोसिएको छ
}
need-debt = ऋण, जरिवाना वा शुल्क तिर्न भनिएको छ
need-doctor = डाक्टर: चोट लागेको वा बिरामी
need-advice = के गर्न सकिन्छ भन्ने सल्लाह

referral-intro = यिनले मद्दत गर्न सक्छन्: फोन गर्ने कि लेख्ने, तपाईंको इच्छा।
more-options = मद्दत गर्न सक्ने अरू ठाउँहरू
only-write = म बोल्न सक्दिनँ, लेख्न मात्र सक्छु
more-intro = मद्दत गर्न सक्ने अरू ठाउँहरू, र तपाईंले गर्न सक्ने अरू कुरा।
phone-cannot-connect = मेरो फोनबाट कुनै नम्बर लाग्दैन
usual-numbers = सामान्य नम्बरहरू देखाउनुहोस्
more-rights = तपाईंका अधिकारबारे थप
another-situation = अर्को अवस्था थप्नुहोस्
refine-man = { $for_other ->
    [yes] ती व्यक्ति पुरुष हुन्
   *[no] म पुरुष हुँ
}
refine-woman = { $for_other ->
    [yes] ती व्यक्ति महिला हुन्
   *[no] म महिला हुँ
}
refine-japanese = { $for_other ->
    [yes] ती व्यक्तिसँग जापानी नागरिकता छ
   *[no] मसँग जापानी नागरिकता छ
}
refine-not-japanese = { $for_other ->
    [yes] ती व्यक्ति जापानी नागरिक होइनन्
   *[no] म जापानी नागरिक होइनँ
}
start-over = सुरुदेखि फेरि गर्नुहोस्

rights-intro = तपाईंका अधिकार र सुरक्षा
back-to-contacts = सम्पर्कहरूमा फर्कनुहोस्
