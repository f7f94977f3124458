# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = Полиция, экстренный вызов
contact-fire-ambulance-119 = Пожарные и скорая помощь
contact-police-9110 = Полиция: линия консультаций
contact-anonymous-hotline = Анонимная линия для сообщений
contact-internet-hotline-center = Internet Hotline Center: сообщения о незаконном в интернете
contact-immigration-info-center = Справочный центр по иммиграции
contact-regional-immigration-bureaus = Региональные иммиграционные бюро
contact-foreign-language-human-rights-hotline = Права человека: линия на иностранных языках
contact-human-rights-centers-for-foreigners = Консультации по правам человека для иностранцев
contact-internet-human-rights-counseling = Права человека: консультации онлайн
contact-human-rights-hotline = Горячая линия по правам человека
contact-womens-rights-hotline = Горячая линия по правам женщин
contact-childrens-rights-hotline = Горячая линия по правам детей
contact-womens-support-centers = Центры консультаций и поддержки женщин
contact-child-guidance-centers = Детские консультационные центры
contact-one-stop-8891 = Центры помощи «всё в одном месте» для пострадавших от сексуального насилия
contact-police-sex-crime-8103 = Линия полиции для пострадавших от сексуальных преступлений
contact-dv-plus-8008 = DV Consultation Plus: консультации при домашнем насилии (DV)
contact-otit-native-language = OTIT: помощь техническим стажёрам на родном языке
contact-labor-hotline = Линия по условиям труда (вечер, выходные)
contact-foreign-workers-consultation = Консультации для иностранных работников
contact-general-labor-consultation = Консультации по трудовым вопросам
contact-houterasu-multilingual = Houterasu (Хотэрасу): юридическая справка на многих языках
contact-yorisoi-hotline = Горячая линия Yorisoi («Ёрисой» — «быть рядом»)
contact-prosecutors-victim-support = Прокуратура: поддержка пострадавших
contact-ngo-womens-advice-center = НКО (NGO): Женский консультационный центр для пострадавших от торговли людьми
contact-gov-trafficking-info = Сайт правительства: торговля людьми и где найти помощь

note-110-interpreter = Не говорите по-японски? Назовите свой язык — полиция подключит переводчика к разговору.
note-119-injury = При травме, болезни или пожаре.
note-police-female-officer = Можно попросить, чтобы с вами говорила женщина.
note-anonymous = Имя можно не называть. Можно сообщить и за другого.
note-ihc = Здесь можно сообщить о незаконных материалах в интернете: центр попросит сайт удалить их и сообщит в полицию.
note-iic-trafficking = Вопросы о визе, проживании и торговле людьми. Несколько языков.
note-immigration-bureau = В каждом бюро есть окно по торговле людьми; список — на странице.
note-fhrh-interpreter = Через переводчика звонок попадёт в ближайшее бюро.
note-80-languages = Очно, примерно на 80 языках.
note-in-person = Список офисов — на странице.
note-shelter = Могут дать безопасное жильё. Наберите #8778, чтобы попасть в центр вашей префектуры.
note-one-stop = Медицинская, психологическая и юридическая помощь в одном месте, для любого возраста и пола.
note-8103 = Соединяет с линией полиции той префектуры, где вы находитесь.
note-otit = По почте или телефону. Есть и окно SOS при насилии и угрозах.
note-number-on-page = Номер телефона — на странице.
note-hours-vary = Языки и часы у каждого офиса свои; всё есть на странице.
note-houterasu = Расскажут о законах и о том, где получить помощь.
note-prosecutors = Сотрудники поддержки помогают пострадавшим пройти через суд.
note-japanese-only = Только на японском.
