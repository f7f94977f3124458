# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); say-on-phone added, human trafficking explained in the help text, footer and footnotes shortened, common spellings added to the word lists
### Texts the bot uses on every screen.

footer-emergency = अहिले खतरामा? 110 (प्रहरी) वा 119 (एम्बुलेन्स, दमकल) मा फोन: निःशुल्क, दिनरात।

use-buttons = कृपया तलका बटन प्रयोग गर्नुहोस्। तपाईंले लेखेको कुरा कतै राखिँदैन।
use-buttons-above = कृपया माथिका बटन प्रयोग गर्नुहोस्। तपाईंले लेखेको कुरा कतै राखिँदैन।

# Comma-separated words that, typed at any point, bring the emergency answer at once.
# Devanagari words are matched anywhere in the typed text, so मद्दत also covers मद्दत गर्नुहोस्.
emergency-words = गुहार, मद्दत, मलाई बचाउ, बचाउनुहोस्, बचाउनुस्, बचाऊ, प्रहरी, पुलिस, खतरा, आपत्कालीन, भाग्न चाहन्छु, guhar, bachau, bachaunus, madat, prahari, khatra, madad, sos, 110, 119, maddat, malai bachau, bachaunuhos, guhaar, khatara, police
self-harm-words = मर्न मन, मर्न चाहन्छु, आत्महत्या, आफूलाई मार्न, आफुलाई मार्न, बाँच्न मन छैन, बाँच्न मन लाग्दैन, marna man, atmahatya, aatmahatya, आत्म हत्या, मर्छु, marna mann, marna chahanchu, atma hatya, aatma hatya, bachna man chaina
self-harm-answer = हामीलाई भन्नुभएकोमा धन्यवाद। तपाईं महत्त्वपूर्ण हुनुहुन्छ, र यो बोझ तपाईंले एक्लै बोक्नुपर्दैन। अहिले आफैंलाई चोट पुर्‍याउन सक्छु जस्तो लाग्छ भने, 119 (एम्बुलेन्स) वा 110 (प्रहरी) मा फोन गर्नुहोस्: निःशुल्क, दिनरात। दोभाषे पाउन 110 मा आफ्नो भाषाको नाम भन्नुहोस्।

emergency-answer =
    तपाईं अहिले खतरामा हुनुहुन्छ भने 110 (प्रहरी) मा फोन गर्नुहोस्।
    कोही घाइते भएमा वा आगलागी भएमा 119 (एम्बुलेन्स, दमकल) मा फोन गर्नुहोस्।
    दुवै निःशुल्क छन् र दिनरात फोन उठाउँछन्।

## Opening times (Japan time). $time is like 9:00.

when-always = सधैं खुला
when-open-until = अहिले खुला छ, { $time } सम्म
when-closed = अहिले बन्द छ
when-unknown = खुल्ने समय उल्लेख छैन
when-holiday-unsure = आज सार्वजनिक बिदा हो: बन्द हुन सक्छ
when-season-unsure = अङ्ग्रेजी नयाँ वर्षतिर: बन्द हुन सक्छ
opens-today = आज { $time } बजे खुल्छ
opens-tomorrow = भोलि { $time } बजे खुल्छ
opens-weekday = { $day ->
    [mon] सोमबार
    [tue] मङ्गलबार
    [wed] बुधबार
    [thu] बिहीबार
    [fri] शुक्रबार
    [sat] शनिबार
   *[sun] आइतबार
} { $time } बजे खुल्छ
opens-date = { $month } महिनाको { $date } तारिख { $time } बजे खुल्छ

## Languages, cost and phones.

speaks-yours = { $language } भाषामा कुरा गर्न सकिन्छ
speaks-list = भाषा: { $languages }
speaks-also-others = भाषा: { $languages }, र केही अरू
speaks-others-only = धेरै भाषा
speaks-not-stated = भाषा: उल्लेख छैन
speaks-interpreter = दोभाषे मिलाउन सक्छ
say-on-phone = जापानीमा बोले “Nepārugo no tsūyaku o onegai shimasu” (नेपाली दोभाषे दिनुहोस्) भन्नुहोस्।
hours-footnote = खुल्ने समय उल्लेख छैन: तैपनि प्रयास गर्नुहोस्।
phone-no-alternate = कतिपय फोनबाट यो नम्बर लाग्दैन, र अर्को नम्बर उल्लेख छैन।
web-any-time = वेबसाइटमा जुनसुकै बेला लेख्न सक्नुहुन्छ।
ip-phone-shown = IP फोन, प्रिपेड फोन र iPhone का नम्बर भए देखाइएका छन्।

## Honest summaries under the list.

reach-web-only = अहिले खुला भएको कुनै फोन लाइन थाहा छैन; खुल्ने समय नदिइएका ठाउँमा तैपनि प्रयास गर्न सक्नुहुन्छ। ✉ चिन्ह भएका वेबसाइटमा अहिले नै लेख्न सक्नुहुन्छ। खतरामा हुनुहुन्छ भने जुनसुकै बेला 110 मा फोन गर्नुहोस्।
reach-only-110 = यीमध्ये कुनै पनि अहिले खुला छ भन्ने थाहा छैन; खुल्ने समय नदिइएका ठाउँमा तैपनि प्रयास गर्न सक्नुहुन्छ। खतरामा हुनुहुन्छ भने 110 मा फोन गर्नुहोस्: यो दिनरात खुला हुन्छ।
language-gap = यीमध्ये कुनैमा पनि { $language } भाषा छैन। 110 ले दोभाषे जोडिदिन सक्छ। अंग्रेजी वा जापानी भाषामा सेवा दिने ठाउँले पनि मद्दत गर्न सक्छन्, र विदेशीका लागि मानव अधिकार परामर्श केन्द्रहरूले करिब 80 भाषामा काम गर्छन्।
reach-none-short = यीमध्ये कुनै पनि अहिले खुला छ भन्ने थाहा छैन।
reach-web-short = अहिले खुला लाइन थाहा छैन; ✉ भएका वेबसाइटमा लेख्न सकिन्छ।
language-gap-short = यीमध्ये कुनैमा { $language } भाषा छैन: 110 ले दोभाषे जोड्न सक्छ।

rights-heading = थाहा होस्

## The terminal chat.

console-prompt = नम्बर लेखेर Enter थिच्नुहोस् (बाहिर निस्कन q)।

## Telegram.

leave-button = ✖ निस्कनुहोस् र यो च्याट मेटाउनुहोस्
help-text = जापानमा मानव बेचबिखन (ठगेर वा जबरजस्ती गरेर मानिसको शोषण), जबरजस्ती काम वा यौन शोषणमा कसले मद्दत गर्न सक्छ र उनीहरू कहिले खुला हुन्छन् भनेर यो बटले बताउँछ। यसले तपाईंबारे केही पनि राख्दैन। छान्न बटन थिच्नुहोस्; /language ले भाषा बदल्छ; /exit ले यो च्याट मेटाउँछ।
exit-done = मेटाइयो।
exit-note = 48 घण्टाभन्दा पुराना सन्देश बाँकी रहन सक्छन्। यो च्याट पूरै हटाउन, आफ्नो च्याट सूचीबाट यसलाई मेटाउनुहोस्। Telegram मा यो च्याटका लागि auto-delete (आफैं मेटिने) पनि खोल्न सक्नुहुन्छ।
old-button = त्यो बटन पहिलेको सन्देशको हो। सुरुको पाना फेरि यहाँ छ।
private-only = कृपया मलाई निजी (private) च्याटमा लेख्नुहोस्: { $link }
cmd-start = फेरि सुरु गर्नुहोस्
cmd-help = आपत्कालीन नम्बर र यो कसरी चल्छ
cmd-language = भाषा बदल्नुहोस्
cmd-exit = यो च्याट मेटाउनुहोस्
bot-description = जापानमा मानव बेचबिखन, जबरजस्ती काम वा यौन शोषणमा कसले मद्दत गर्न सक्छ, तपाईंको भाषामा, र उनीहरू अहिले खुला छन् कि छैनन्। तपाईंबारे केही पनि राखिँदैन। खतरामा हुनुहुन्छ भने 110 मा फोन गर्नुहोस्।
bot-short-description = जापानमा मद्दत गर्ने फोन लाइनहरू, तपाईंको भाषामा। तपाईंबारे केही राखिँदैन। खतरामा: 110।

actions-heading = तपाईंले गर्न सक्ने अरू कुरा:
