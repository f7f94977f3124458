# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new buttons added, residence status (在留資格) said as "the right to stay in Japan", intro and danger text shortened
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = សូមជ្រើសរើសភាសារបស់អ្នក។

who-question = តើនរណាត្រូវការជំនួយ?
who-me = ខ្ញុំ
who-me-under-18 = ខ្ញុំ ហើយខ្ញុំអាយុក្រោម 18 ឆ្នាំ
who-someone-else = អ្នកផ្សេង (មិត្តភក្តិ ឬសមាជិកគ្រួសារ)
who-someone-under-18 = អ្នកផ្សេង ដែលអាយុក្រោម 18 ឆ្នាំ

danger-question = { $for_other ->
    [yes] តើអ្នកនោះកំពុងមានគ្រោះថ្នាក់ឥឡូវនេះឬទេ?
   *[no] តើអ្នកកំពុងមានគ្រោះថ្នាក់ឥឡូវនេះឬទេ?
}
danger-yes-hurt = { $for_other ->
    [yes] មែន ហើយអ្នកនោះរងរបួស
   *[no] មែន ហើយខ្ញុំរងរបួស
}
danger-yes = មែន មានគ្រោះថ្នាក់ឥឡូវនេះ
danger-no = ទេ មិនមែនឥឡូវនេះទេ

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] បើអ្នកនោះរងរបួស ហៅលេខ 119 (ឡានពេទ្យ) ឥឡូវនេះ។ បើមានគ្រោះថ្នាក់ ហៅលេខ 110 (ប៉ូលិស)។ ទាំងពីរឥតគិតថ្លៃ បើកគ្រប់ពេល។
       *[no] បើអ្នករងរបួស ហៅលេខ 119 (ឡានពេទ្យ) ឥឡូវនេះ។ បើមានគ្រោះថ្នាក់ ហៅលេខ 110 (ប៉ូលិស)។ ទាំងពីរឥតគិតថ្លៃ បើកគ្រប់ពេល។
    }
   *[no] { $for_other ->
        [yes] បើអ្នកនោះមានគ្រោះថ្នាក់ឥឡូវនេះ ហៅលេខ 110 (ប៉ូលិស)។ ឥតគិតថ្លៃ បើកគ្រប់ពេល។
       *[no] បើអ្នកមានគ្រោះថ្នាក់ឥឡូវនេះ ហៅលេខ 110 (ប៉ូលិស)។ ឥតគិតថ្លៃ បើកគ្រប់ពេល។
    }
}
danger-tell-more = ប្រាប់បន្ថែម ដើម្បីរកជំនួយផ្សេងទៀត

what-question = { $for_other ->
    [yes] តើមានរឿងអ្វីកើតឡើងចំពោះអ្នកនោះ? សូមរើសមួយដែលត្រូវជាងគេ។
   *[no] តើមានរឿងអ្វីកើតឡើង? សូមរើសមួយដែលត្រូវជាងគេ។
}
what-sexual-exploitation = ត្រូវគេបង្ខំឱ្យលក់ផ្លូវភេទ ឬឱ្យ "សងបំណុល" (ហូស្តក្លឹប វីដេអូមនុស្សធំ)
what-labor = ការងារ៖ មិនបានប្រាក់ខែ, ឈប់មិនបាន, ត្រូវគេគំរាម, ត្រូវគេឃុំ, ជំពាក់លុយភ្នាក់ងារ
what-technical-intern = { $for_other ->
    [yes] អ្នកនោះជាកម្មសិក្សាការីបច្ចេកទេស
   *[no] ខ្ញុំជាកម្មសិក្សាការីបច្ចេកទេស
}
what-immigration = ទិដ្ឋាការ ឬសិទ្ធិស្នាក់នៅក្នុងជប៉ុន (在留資格)
what-sexual-violence = អំពើហិង្សាផ្លូវភេទ
what-domestic-violence = អំពើហិង្សាពីប្ដីប្រពន្ធ សង្សារ ឬគ្រួសារ
what-online = ការគំរាមដោយរូបថត ឬវីដេអូ, មាតិកាខុសច្បាប់លើអ៊ីនធឺណិត
what-everyday = ការរើសអើង ឬបញ្ហាប្រចាំថ្ងៃ
what-legal = ខ្ញុំត្រូវការដំបូន្មានផ្លូវច្បាប់
what-go-home = { $for_other ->
    [yes] អ្នកនោះចង់ត្រឡប់ទៅប្រទេសរបស់គាត់វិញ
   *[no] ខ្ញុំចង់ត្រឡប់ទៅប្រទេសរបស់ខ្ញុំវិញ
}
what-not-sure = ខ្ញុំមិនច្បាស់ / រឿងផ្សេងទៀត

need-question = { $for_other ->
    [yes] តើឥឡូវនេះ អ្នកនោះត្រូវការអ្វីជាងគេ?
   *[no] តើឥឡូវនេះ អ្នកត្រូវការអ្វីជាងគេ?
}
need-shelter = កន្លែងស្នាក់នៅដែលមានសុវត្ថិភាព សម្រាប់យប់នេះ
need-report = រាយការណ៍រឿងនេះទៅប៉ូលិស
need-documents = { $for_other ->
    [yes] លិខិតឆ្លងដែន ឬកាតស្នាក់នៅរបស់អ្នកនោះ ត្រូវគេយក
   *[no] លិខិតឆ្លងដែន ឬកាតស្នាក់នៅរបស់ខ្ញុំ ត្រូវគេយក
}
need-debt = គេប្រាប់ឱ្យសងបំណុល បង់ពិន័យ ឬបង់ថ្លៃ
need-doctor = គ្រូពេទ្យ៖ រងរបួស ឬឈឺ
need-advice = ដំបូន្មានថាអាចធ្វើអ្វីបាន

referral-intro = កន្លែងទាំងនេះអាចជួយបាន។ ហៅ ឬសរសេរទៅគេ តាមចិត្តអ្នក។
more-options = កន្លែងផ្សេងទៀតដែលអាចជួយបាន
only-write = ខ្ញុំនិយាយមិនបានទេ អាចតែសរសេរ
more-intro = កន្លែងផ្សេងទៀតដែលអាចជួយបាន និងជំហានផ្សេងទៀតដែលអ្នកអាចធ្វើបាន។
phone-cannot-connect = ទូរស័ព្ទខ្ញុំហៅលេខមួយមិនចូល
usual-numbers = បង្ហាញលេខធម្មតា
more-rights = ព័ត៌មានបន្ថែមអំពីសិទ្ធិរបស់អ្នក
another-situation = បន្ថែមស្ថានភាពមួយទៀត
refine-man = { $for_other ->
    [yes] អ្នកនោះជាបុរស
   *[no] ខ្ញុំជាបុរស
}
refine-woman = { $for_other ->
    [yes] អ្នកនោះជាស្ត្រី
   *[no] ខ្ញុំជាស្ត្រី
}
refine-japanese = { $for_other ->
    [yes] អ្នកនោះមានសញ្ជាតិជប៉ុន
   *[no] ខ្ញុំមានសញ្ជាតិជប៉ុន
}
refine-not-japanese = { $for_other ->
    [yes] អ្នកនោះមិនមានសញ្ជាតិជប៉ុនទេ
   *[no] ខ្ញុំមិនមានសញ្ជាតិជប៉ុនទេ
}
start-over = ចាប់ផ្ដើមម្ដងទៀត

rights-intro = សិទ្ធិ និងសុវត្ថិភាពរបស់អ្នក
back-to-contacts = ត្រឡប់ទៅបញ្ជីកន្លែងជួយវិញ
