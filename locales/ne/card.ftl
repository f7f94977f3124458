# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = काम लाग्ने फोन नम्बरहरू
# Inside, at the top.
card-title = जापानमा सहयोग पाउने ठाउँ
card-danger = खतरामा हुँदा तुरुन्तै फोन गर्नुहोस्। निःशुल्क, दिनरात।
# Beside the large 110 and 119: who answers.
card-police = प्रहरी
card-ambulance = एम्बुलेन्स, दमकल
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = जापानी
card-scan = च्याट (Telegram) मा थप मद्दत खोज्न स्क्यान गर्नुहोस्। तपाईंबारे केही राखिँदैन।
card-scan-web = ब्राउजरमा थप मद्दत खोज्न स्क्यान गर्नुहोस्: एप चाहिँदैन, खाता चाहिँदैन। तपाईंबारे केही राखिँदैन।
card-scan-line = LINE च्याटमा थप मद्दत खोज्न स्क्यान गर्नुहोस्: LINE सन्देश तयार भएर खुल्छ, पठाउन थिच्नुहोस्। तपाईंबारे केही राखिँदैन।

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = दिनरात खुला
hours-unknown = समय: सोध्नुहोस्
hours-weekdays = सोम–शुक्र { $times }
hours-weekend = शनि–आइत { $times }
hours-daily = हरेक दिन { $times }
hours-day = { $day ->
    [mon] सोम
    [tue] मङ्गल
    [wed] बुध
    [thu] बिही
    [fri] शुक्र
    [sat] शनि
   *[sun] आइत
} { $times }
hours-holidays-closed = सार्वजनिक बिदामा बन्द
