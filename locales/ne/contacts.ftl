# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = प्रहरी आपत्कालीन नम्बर
contact-fire-ambulance-119 = दमकल र एम्बुलेन्स
contact-police-9110 = प्रहरी परामर्श लाइन
contact-anonymous-hotline = नाम नखुलाई खबर गर्ने हटलाइन
contact-internet-hotline-center = इन्टरनेट हटलाइन केन्द्र
contact-immigration-info-center = इमिग्रेसन सूचना केन्द्र
contact-regional-immigration-bureaus = क्षेत्रीय इमिग्रेसन कार्यालयहरू
contact-foreign-language-human-rights-hotline = विदेशी भाषामा मानव अधिकार हटलाइन
contact-human-rights-centers-for-foreigners = विदेशीहरूका लागि मानव अधिकार परामर्श केन्द्रहरू
contact-internet-human-rights-counseling = इन्टरनेटबाट मानव अधिकार परामर्श
contact-human-rights-hotline = मानव अधिकार हटलाइन
contact-womens-rights-hotline = महिला अधिकार हटलाइन
contact-childrens-rights-hotline = बालबालिकाको अधिकार हटलाइन
contact-womens-support-centers = महिला परामर्श तथा सहायता केन्द्रहरू
contact-child-guidance-centers = बाल परामर्श केन्द्रहरू
contact-one-stop-8891 = यौन हिंसा पीडितका लागि एकै ठाउँमा सहायता दिने (वान-स्टप) केन्द्रहरू
contact-police-sex-crime-8103 = यौन अपराध पीडितका लागि प्रहरी लाइन
contact-dv-plus-8008 = DV परामर्श प्लस (घरेलु हिंसा)
contact-otit-native-language = आफ्नै भाषामा OTIT को मद्दत (टेक्निकल इन्टर्न ट्रेनीहरूका लागि)
contact-labor-hotline = श्रम मापदण्ड सल्लाह हटलाइन (साँझ, सप्ताहान्त)
contact-foreign-workers-consultation = विदेशी कामदारका लागि परामर्श
contact-general-labor-consultation = सामान्य श्रम परामर्श केन्द्रहरू
contact-houterasu-multilingual = होतेरासु (Houterasu) बहुभाषी सूचना सेवा (कानुनी मद्दत)
contact-yorisoi-hotline = योरिसोई (Yorisoi) हटलाइन
contact-prosecutors-victim-support = सरकारी वकिल कार्यालय: पीडितका लागि सहायता
contact-ngo-womens-advice-center = मानव बेचबिखन पीडितका लागि NGO महिला सल्लाह केन्द्र
contact-gov-trafficking-info = मानव बेचबिखन र मद्दत कहाँ पाइन्छ भन्नेबारे सरकारी पेज

note-110-interpreter = तपाईं जापानी भाषा बोल्नुहुन्न भने, आफ्नो भाषाको नाम भन्नुहोस्: प्रहरीले तीन-तर्फी कलमा दोभाषे जोडिदिन्छ।
note-119-injury = चोटपटक, बिरामी वा आगलागीका लागि।
note-police-female-officer = तपाईं महिला प्रहरी माग्न सक्नुहुन्छ।
note-anonymous = तपाईंले आफ्नो नाम दिनु पर्दैन। अरू कसैका लागि पनि खबर गर्न सक्नुहुन्छ।
note-ihc = इन्टरनेटमा भएको गैरकानुनी सामग्रीबारे खबर गर्नुहोस्; उनीहरूले साइटलाई त्यो मेटाउन भन्छन् र प्रहरीलाई जानकारी दिन्छन्।
note-iic-trafficking = भिसा र बसोबास, र मानव बेचबिखनबारे प्रश्नहरू। केही भाषामा।
note-immigration-bureau = हरेक कार्यालयमा मानव बेचबिखनका लागि सम्पर्क गर्ने ठाउँ छ; पेजमा सूची छ।
note-fhrh-interpreter = तपाईंको फोन दोभाषेमार्फत नजिकैको कार्यालयमा जोडिन्छ।
note-80-languages = आफैं गएर, करिब 80 भाषामा।
note-in-person = पेजमा कार्यालयहरूको सूची छ।
note-shelter = सुरक्षित बस्ने ठाउँ दिन सक्छ। तपाईंको प्रिफेक्चर (प्रदेश) को केन्द्रमा पुग्न #8778 डायल गर्नुहोस्।
note-one-stop = उमेर वा लिङ्ग जे भए पनि, स्वास्थ्य, मानसिक र कानुनी सहायता एकै ठाउँमा।
note-8103 = तपाईं अहिले भएको प्रिफेक्चरको प्रहरी लाइनमा जोडिदिन्छ।
note-otit = इमेल वा फोनबाट। हिंसा र धम्कीका लागि SOS डेस्क पनि छ।
note-number-on-page = फोन नम्बर पेजमा छ।
note-hours-vary = भाषा र खुल्ने समय कार्यालयअनुसार फरक हुन्छ; पेजमा सूची छ।
note-houterasu = कानुनबारे र कहाँ मद्दत पाइन्छ भनेर बताउँछ।
note-prosecutors = सहायता अधिकारीहरूले अदालतको प्रक्रियाभर पीडितलाई मद्दत गर्छन्।
note-japanese-only = जापानी भाषामा मात्र।
