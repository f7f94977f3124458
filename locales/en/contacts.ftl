# review: reference
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = Police emergency
contact-fire-ambulance-119 = Fire and ambulance
contact-police-9110 = Police consultation line
contact-anonymous-hotline = Anonymous Reporting Hotline
contact-internet-hotline-center = Internet Hotline Center
contact-immigration-info-center = Immigration Information Center
contact-regional-immigration-bureaus = Regional Immigration Services Bureaus
contact-foreign-language-human-rights-hotline = Foreign-language Human Rights Hotline
contact-human-rights-centers-for-foreigners = Human Rights Counseling Centers for Foreigners
contact-internet-human-rights-counseling = Human rights counseling on the Internet
contact-human-rights-hotline = Human Rights Hotline
contact-womens-rights-hotline = Women's Rights Hotline
contact-childrens-rights-hotline = Children's Rights Hotline
contact-womens-support-centers = Women's Counseling and Support Centers
contact-child-guidance-centers = Child Guidance Centers
contact-one-stop-8891 = One-Stop Support Centers for victims of sexual violence
contact-police-sex-crime-8103 = Police line for victims of sex crimes
contact-dv-plus-8008 = DV Consultation Plus (domestic violence)
contact-otit-native-language = OTIT help in your own language (technical intern trainees)
contact-labor-hotline = Labor Standards Advice Hotline (evenings, weekends)
contact-foreign-workers-consultation = Consultation for foreign workers
contact-general-labor-consultation = General Labor Consultation Corners
contact-houterasu-multilingual = Houterasu Multilingual Information Service (legal help)
contact-yorisoi-hotline = Yorisoi Hotline
contact-prosecutors-victim-support = Public Prosecutors Office: support for victims
contact-ngo-womens-advice-center = NGO Women's Advice Center for Human Trafficking Victims
contact-gov-trafficking-info = Government page on trafficking and where to get help

note-110-interpreter = If you do not speak Japanese, say the name of your language: the police connect an interpreter in a three-way call.
note-119-injury = For injury, illness or fire.
note-police-female-officer = You can ask for a female officer.
note-anonymous = You do not have to give your name. You can also report for someone else.
note-ihc = Report illegal content online; they ask the site to delete it and tell the police.
note-iic-trafficking = Questions about visas and residence, and about trafficking. Several languages.
note-immigration-bureau = Each bureau has a contact point for trafficking; the page lists them.
note-fhrh-interpreter = Your call goes to the nearest bureau through an interpreter.
note-80-languages = In person, in about 80 languages.
note-in-person = The page lists the offices.
note-shelter = Can give a safe place to stay. Dial #8778 to reach the centre in your prefecture.
note-one-stop = Medical, emotional and legal support in one place, for any age or gender.
note-8103 = Connects you to the police line of the prefecture you are in.
note-otit = By email or phone. There is also an SOS desk for violence and threats.
note-number-on-page = The phone number is on the page.
note-hours-vary = Languages and hours differ by office; the page lists them.
note-houterasu = Tells you about the law and where to get help.
note-prosecutors = Support officers help victims through the court process.
note-japanese-only = In Japanese only.
