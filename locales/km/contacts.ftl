# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = ប៉ូលិស ករណីបន្ទាន់
contact-fire-ambulance-119 = ពន្លត់អគ្គិភ័យ និងរថយន្តពេទ្យ
contact-police-9110 = ខ្សែទូរស័ព្ទប្រឹក្សារបស់ប៉ូលិស
contact-anonymous-hotline = ខ្សែទូរស័ព្ទរាយការណ៍ ដោយមិនបាច់ប្រាប់ឈ្មោះ
contact-internet-hotline-center = មជ្ឈមណ្ឌលទទួលរបាយការណ៍អំពីអ៊ីនធឺណិត
contact-immigration-info-center = មជ្ឈមណ្ឌលព័ត៌មានអន្តោប្រវេសន៍
contact-regional-immigration-bureaus = ការិយាល័យអន្តោប្រវេសន៍តាមតំបន់
contact-foreign-language-human-rights-hotline = ខ្សែទូរស័ព្ទសិទ្ធិមនុស្ស ជាភាសាបរទេស
contact-human-rights-centers-for-foreigners = មជ្ឈមណ្ឌលប្រឹក្សាសិទ្ធិមនុស្ស សម្រាប់ជនបរទេស
contact-internet-human-rights-counseling = ការប្រឹក្សាសិទ្ធិមនុស្សតាមអ៊ីនធឺណិត
contact-human-rights-hotline = ខ្សែទូរស័ព្ទសិទ្ធិមនុស្ស
contact-womens-rights-hotline = ខ្សែទូរស័ព្ទសិទ្ធិស្ត្រី
contact-childrens-rights-hotline = ខ្សែទូរស័ព្ទសិទ្ធិកុមារ
contact-womens-support-centers = មជ្ឈមណ្ឌលប្រឹក្សា និងគាំទ្រស្ត្រី
contact-child-guidance-centers = មជ្ឈមណ្ឌលប្រឹក្សាកុមារ
contact-one-stop-8891 = មជ្ឈមណ្ឌលជំនួយនៅកន្លែងតែមួយ (One-Stop) សម្រាប់ជនរងគ្រោះពីអំពើហិង្សាផ្លូវភេទ
contact-police-sex-crime-8103 = ខ្សែទូរស័ព្ទប៉ូលិស សម្រាប់ជនរងគ្រោះពីបទល្មើសផ្លូវភេទ
contact-dv-plus-8008 = DV Consultation Plus (ប្រឹក្សាអំពីអំពើហិង្សាក្នុងគ្រួសារ)
contact-otit-native-language = ជំនួយពី OTIT ជាភាសាកំណើតរបស់អ្នក (សម្រាប់កម្មសិក្សាការីបច្ចេកទេស)
contact-labor-hotline = ខ្សែទូរស័ព្ទប្រឹក្សាអំពីលក្ខខណ្ឌការងារ (ពេលល្ងាច និងចុងសប្ដាហ៍)
contact-foreign-workers-consultation = ការប្រឹក្សាសម្រាប់ពលករបរទេស
contact-general-labor-consultation = កន្លែងប្រឹក្សាការងារទូទៅ
contact-houterasu-multilingual = សេវាព័ត៌មានច្រើនភាសា Houterasu (ជំនួយផ្លូវច្បាប់)
contact-yorisoi-hotline = ខ្សែទូរស័ព្ទជំនួយ Yorisoi
contact-prosecutors-victim-support = ការិយាល័យអយ្យការ៖ ជំនួយសម្រាប់ជនរងគ្រោះ
contact-ngo-womens-advice-center = មជ្ឈមណ្ឌលប្រឹក្សាស្ត្រី សម្រាប់ជនរងគ្រោះពីការជួញដូរមនុស្ស (អង្គការ NGO)
contact-gov-trafficking-info = ទំព័ររបស់រដ្ឋាភិបាល អំពីការជួញដូរមនុស្ស និងកន្លែងស្វែងរកជំនួយ

note-110-interpreter = ប្រសិនបើអ្នកមិនចេះភាសាជប៉ុន សូមនិយាយឈ្មោះភាសារបស់អ្នក៖ ប៉ូលិសនឹងភ្ជាប់អ្នកបកប្រែ ក្នុងការហៅរួមគ្នាបីនាក់។
note-119-injury = សម្រាប់របួស ជំងឺ ឬអគ្គិភ័យ។
note-police-female-officer = អ្នកអាចស្នើសុំមន្ត្រីប៉ូលិសជាស្ត្រីបាន។
note-anonymous = អ្នកមិនចាំបាច់ប្រាប់ឈ្មោះទេ។ អ្នកក៏អាចរាយការណ៍ជំនួសអ្នកផ្សេងបានដែរ។
note-ihc = រាយការណ៍មាតិកាខុសច្បាប់លើអ៊ីនធឺណិត។ ពួកគេស្នើឱ្យគេហទំព័រលុបវាចេញ ហើយប្រាប់ប៉ូលិស។
note-iic-trafficking = សំណួរអំពីទិដ្ឋាការ និងការស្នាក់នៅ ព្រមទាំងអំពីការជួញដូរមនុស្ស។ មានច្រើនភាសា។
note-immigration-bureau = ការិយាល័យនីមួយៗ មានកន្លែងទទួលបញ្ហាការជួញដូរមនុស្ស។ ទំព័រនេះមានបញ្ជីឈ្មោះ។
note-fhrh-interpreter = ការហៅរបស់អ្នកនឹងទៅដល់ការិយាល័យដែលនៅជិតបំផុត តាមរយៈអ្នកបកប្រែ។
note-80-languages = ជួបប្រឹក្សាផ្ទាល់ ជាប្រហែល 80 ភាសា។
note-in-person = ទំព័រនេះមានបញ្ជីការិយាល័យ។
note-shelter = អាចផ្ដល់កន្លែងស្នាក់នៅដែលមានសុវត្ថិភាព។ ហៅលេខ #8778 ដើម្បីទាក់ទងមជ្ឈមណ្ឌលក្នុងខេត្តដែលអ្នកនៅ។
note-one-stop = ជំនួយផ្នែកវេជ្ជសាស្ត្រ ផ្លូវចិត្ត និងផ្លូវច្បាប់ នៅកន្លែងតែមួយ សម្រាប់គ្រប់អាយុ និងគ្រប់ភេទ។
note-8103 = ភ្ជាប់អ្នកទៅខ្សែទូរស័ព្ទប៉ូលិស នៃខេត្តដែលអ្នកកំពុងនៅ។
note-otit = តាមអ៊ីមែល ឬទូរស័ព្ទ។ ក៏មានកន្លែង SOS សម្រាប់អំពើហិង្សា និងការគំរាមកំហែងដែរ។
note-number-on-page = លេខទូរស័ព្ទ មាននៅលើទំព័រ។
note-hours-vary = ភាសា និងម៉ោង ខុសគ្នាតាមការិយាល័យ។ ទំព័រនេះមានបញ្ជី។
note-houterasu = ប្រាប់អ្នកអំពីច្បាប់ និងកន្លែងស្វែងរកជំនួយ។
note-prosecutors = មន្ត្រីគាំទ្រ ជួយជនរងគ្រោះក្នុងដំណើរការតុលាការ។
note-japanese-only = ជាភាសាជប៉ុនតែប៉ុណ្ណោះ។
