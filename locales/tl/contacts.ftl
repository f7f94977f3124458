# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = Emergency ng pulis
contact-fire-ambulance-119 = Bumbero at ambulansya
contact-police-9110 = Linya ng pulis para sa konsultasyon
contact-anonymous-hotline = Anonymous na hotline para mag-report
contact-internet-hotline-center = Internet Hotline Center (pag-report ng ilegal na content online)
contact-immigration-info-center = Information Center ng Immigration
contact-regional-immigration-bureaus = Mga rehiyonal na tanggapan ng Immigration
contact-foreign-language-human-rights-hotline = Hotline sa karapatang pantao sa ibang wika
contact-human-rights-centers-for-foreigners = Mga sentro ng payo sa karapatang pantao para sa dayuhan
contact-internet-human-rights-counseling = Payo sa karapatang pantao sa Internet
contact-human-rights-hotline = Hotline sa karapatang pantao
contact-womens-rights-hotline = Hotline sa karapatan ng kababaihan
contact-childrens-rights-hotline = Hotline sa karapatan ng mga bata
contact-womens-support-centers = Mga sentro ng payo at suporta para sa kababaihan
contact-child-guidance-centers = Mga sentro ng payo para sa mga bata
contact-one-stop-8891 = One-stop na sentro ng suporta para sa mga biktima ng sekswal na karahasan
contact-police-sex-crime-8103 = Linya ng pulis para sa mga biktima ng sekswal na krimen
contact-dv-plus-8008 = DV Consultation Plus (karahasan sa tahanan)
contact-otit-native-language = Tulong ng OTIT sa sarili mong wika (technical intern trainee)
contact-labor-hotline = Hotline ng payo sa kondisyon ng trabaho (gabi, weekend)
contact-foreign-workers-consultation = Konsultasyon para sa dayuhang manggagawa
contact-general-labor-consultation = Mga tanggapan ng konsultasyon sa trabaho
contact-houterasu-multilingual = Houterasu: impormasyon sa maraming wika (tulong legal)
contact-yorisoi-hotline = Yorisoi Hotline
contact-prosecutors-victim-support = Tanggapan ng prosecutor: suporta para sa mga biktima
contact-ngo-womens-advice-center = NGO na nagpapayo sa kababaihang biktima ng human trafficking
contact-gov-trafficking-info = Pahina ng gobyerno: human trafficking at saan hihingi ng tulong

note-110-interpreter = Kung hindi ka marunong mag-Japanese, sabihin ang pangalan ng iyong wika: ikokonekta ng pulis ang interpreter sa three-way call.
note-119-injury = Para sa may sugat, may sakit, o sunog.
note-police-female-officer = Puwede kang humiling ng babaeng pulis.
note-anonymous = Hindi mo kailangang magbigay ng pangalan. Puwede ka ring mag-report para sa ibang tao.
note-ihc = Mag-report ng ilegal na content online; hihilingin nila sa site na burahin ito at sasabihan nila ang pulis.
note-iic-trafficking = Mga tanong sa visa at paninirahan, at sa human trafficking. Ilang wika.
note-immigration-bureau = May contact point para sa human trafficking ang bawat tanggapan; nasa pahina ang listahan.
note-fhrh-interpreter = Mapupunta ang tawag mo sa pinakamalapit na tanggapan, may interpreter.
note-80-languages = Harapang usapan, sa mga 80 wika.
note-in-person = Nakalista sa pahina ang mga opisina.
note-shelter = Puwedeng magbigay ng ligtas na matutuluyan. I-dial ang #8778 para makausap ang sentro sa iyong prefecture.
note-one-stop = Tulong medikal, emosyonal at legal sa iisang lugar, anuman ang edad o kasarian.
note-8103 = Ikokonekta ka sa linya ng pulis ng prefecture kung nasaan ka.
note-otit = Sa email o telepono. May SOS desk din para sa karahasan at pananakot.
note-number-on-page = Nasa pahina ang numero ng telepono.
note-hours-vary = Iba-iba ang wika at oras bawat opisina; nasa pahina ang listahan.
note-houterasu = Sinasabi sa iyo ang tungkol sa batas at kung saan hihingi ng tulong.
note-prosecutors = Tinutulungan ng mga support officer ang mga biktima sa proseso sa korte.
note-japanese-only = Sa wikang Hapon lamang.
