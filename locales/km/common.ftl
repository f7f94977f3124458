# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); trafficking explained in plain words in /help, emergency line and footnotes shortened with everyday words (ហៅ, ឡានពេទ្យ), say-on-phone added, Latin spellings added to the word lists
### Texts the bot uses on every screen.

footer-emergency = មានគ្រោះថ្នាក់? ហៅ 110 (ប៉ូលិស) ឬ 119 (ឡានពេទ្យ ពន្លត់ភ្លើង)។ ឥតគិតថ្លៃ គ្រប់ពេល។

use-buttons = សូមចុចប៊ូតុងខាងក្រោម។ អ្វីដែលអ្នកវាយ មិនត្រូវបានរក្សាទុកទេ។
use-buttons-above = សូមចុចប៊ូតុងខាងលើ។ អ្វីដែលអ្នកវាយ មិនត្រូវបានរក្សាទុកទេ។

# Comma-separated words that, typed at any point, bring the emergency answer at once.
# Khmer words are matched anywhere in the typed text, so ជួយខ្ញុំ also covers ជួយខ្ញុំផង.
emergency-words = ជួយផង, ជួយខ្ញុំ, ជួយ ខ្ញុំ, ជួយសង្គ្រោះ, ប៉ូលិស, នគរបាល, គ្រោះថ្នាក់, គ្រោះអាសន្ន, ករណីបន្ទាន់, រត់គេច, chuoy phong, juy phong, chuoy knhom, juy knhom, polis, sos, 110, 119, chuay phong, chuay knhom, juoy phong, juoy knhom, jouy phong, jouy knhom, chuoy phorng
self-harm-words = ចង់ស្លាប់, សម្លាប់ខ្លួន, អត្តឃាត, មិនចង់រស់ទៀត, ធ្វើបាបខ្លួនឯង, jong slab, chong slap, samlab khluon, chong slab, jong slap, samlap khluon, samlab khloun, min chong rous, min jong rus
self-harm-answer = សូមអរគុណដែលបានប្រាប់យើង។ អ្នកសំខាន់ណាស់ ហើយអ្នកមិនចាំបាច់ទ្រាំរឿងនេះតែម្នាក់ឯងទេ។ បើឥឡូវនេះ អ្នកអាចនឹងធ្វើបាបខ្លួនឯង សូមហៅលេខ 119 (ឡានពេទ្យ) ឬ 110 (ប៉ូលិស)៖ ឥតគិតថ្លៃ ទាំងថ្ងៃទាំងយប់។ នៅលេខ 110 សូមប្រាប់ឈ្មោះភាសារបស់អ្នក ដើម្បីបានអ្នកបកប្រែ។

emergency-answer =
    បើអ្នកមានគ្រោះថ្នាក់ឥឡូវនេះ សូមហៅលេខ 110 (ប៉ូលិស)។
    បើមាននរណាម្នាក់រងរបួស ឬមានភ្លើងឆេះ សូមហៅលេខ 119 (ឡានពេទ្យ ពន្លត់ភ្លើង)។
    លេខទាំងពីរ ឥតគិតថ្លៃ ហើយទទួលការហៅទាំងថ្ងៃទាំងយប់។

## Opening times (Japan time). $time is like 9:00.

when-always = បើកគ្រប់ពេល
when-open-until = កំពុងបើក ដល់ម៉ោង { $time }
when-closed = ឥឡូវនេះបិទ
when-unknown = ប្រភពរបស់យើងមិនបានប្រាប់ម៉ោងបើកទេ
when-holiday-unsure = ថ្ងៃនេះជាថ្ងៃឈប់សម្រាកសាធារណៈ៖ ប្រហែលជាបិទ
when-season-unsure = ជុំវិញបុណ្យចូលឆ្នាំសកល៖ ប្រហែលជាបិទ
opens-today = បើកថ្ងៃនេះ ម៉ោង { $time }
opens-tomorrow = បើកថ្ងៃស្អែក ម៉ោង { $time }
opens-weekday = បើក{ $day ->
    [mon] ថ្ងៃច័ន្ទ
    [tue] ថ្ងៃអង្គារ
    [wed] ថ្ងៃពុធ
    [thu] ថ្ងៃព្រហស្បតិ៍
    [fri] ថ្ងៃសុក្រ
    [sat] ថ្ងៃសៅរ៍
   *[sun] ថ្ងៃអាទិត្យ
} ម៉ោង { $time }
opens-date = បើកថ្ងៃទី { $date } ខែ { $month } ម៉ោង { $time }

## Languages, cost and phones.

speaks-yours = និយាយភាសា{ $language }
speaks-list = ភាសា៖ { $languages }
speaks-also-others = ភាសា៖ { $languages } និងភាសាខ្លះទៀត
speaks-others-only = ច្រើនភាសា
speaks-not-stated = ភាសា៖ មិនបានបញ្ជាក់
speaks-interpreter = អាចរកអ្នកបកប្រែ
say-on-phone = បើគេនិយាយភាសាជប៉ុន សូមប្រាប់ថា “Kambojiago no tsūyaku o onegai shimasu” (សុំអ្នកបកប្រែខ្មែរ)។
hours-footnote = ប្រភពយើងគ្មានម៉ោងបើកទេ តែអាចសាកបាន។
phone-no-alternate = ទូរស័ព្ទខ្លះហៅលេខនេះមិនចូល ហើយប្រភពរបស់យើងមិនមានលេខផ្សេងទៀតទេ។
web-any-time = អ្នកអាចសរសេរទៅពួកគេតាមគេហទំព័រ បានគ្រប់ពេល។
ip-phone-shown = លេខសម្រាប់ទូរស័ព្ទ IP ទូរស័ព្ទបញ្ចូលកាត និង iPhone (បើប្រភពយើងមាន)។

## Honest summaries under the list.

reach-web-only = មិនដឹងថាមានលេខណាបើកឥឡូវនេះទេ។ កន្លែងដែលគ្មានម៉ោង អ្នកនៅតែអាចសាកហៅបាន។ អ្នកអាចសរសេរតាមគេហទំព័រដែលមាន ✉ ឥឡូវនេះ។ បើមានគ្រោះថ្នាក់ ហៅ 110 បានគ្រប់ពេល។
reach-only-110 = មិនដឹងថាកន្លែងណាបើកឥឡូវនេះទេ។ កន្លែងដែលគ្មានម៉ោង អ្នកនៅតែអាចសាកហៅបាន។ បើអ្នកមានគ្រោះថ្នាក់ ហៅ 110៖ បើកទាំងថ្ងៃទាំងយប់។
language-gap = គ្មានកន្លែងណាខាងលើនេះ បញ្ជាក់ថានិយាយភាសា{ $language }ទេ។ លេខ 110 អាចភ្ជាប់អ្នកបកប្រែឱ្យអ្នកបាន។ សេវាជាភាសាអង់គ្លេស ឬភាសាជប៉ុន ក៏អាចជួយបានដែរ ហើយមជ្ឈមណ្ឌលប្រឹក្សាសិទ្ធិមនុស្សសម្រាប់ជនបរទេស ផ្ដល់ប្រឹក្សាជាប្រហែល 80 ភាសា។
reach-none-short = មិនដឹងថាកន្លែងណាបើកឥឡូវនេះទេ។
reach-web-short = មិនដឹងថាលេខណាបើកឥឡូវនេះទេ។ គេហទំព័រដែលមាន ✉ ទទួលសារ។
language-gap-short = គ្មានកន្លែងណាបញ្ជាក់ថានិយាយភាសា{ $language }ទេ៖ 110 អាចភ្ជាប់អ្នកបកប្រែ។

rights-heading = រឿងដែលគួរដឹង

## The terminal chat.

console-prompt = វាយលេខ ហើយចុច Enter (q ដើម្បីចាកចេញ)។

## Telegram.

leave-button = ✖ ចាកចេញ ហើយលុបការជជែកនេះ
help-text = បូតនេះប្រាប់អ្នកថា នរណាអាចជួយបាន ពេលមានការជួញដូរមនុស្ស (ការបង្ខំ ឬបោកមនុស្ស ឱ្យធ្វើការ ឬលក់ផ្លូវភេទ) ការបង្ខំឱ្យធ្វើការ ឬការកេងប្រវ័ញ្ចផ្លូវភេទនៅប្រទេសជប៉ុន និងពេលណាពួកគេបើក។ វាមិនរក្សាទុកអ្វីទាំងអស់អំពីអ្នកទេ។ ចុចប៊ូតុងដើម្បីជ្រើសរើស។ /language ប្ដូរភាសា។ /exit លុបការជជែកនេះ។
exit-done = បានលុបហើយ។
exit-note = សារដែលចាស់ជាង 48 ម៉ោង អាចនៅសល់។ ដើម្បីលុបការជជែកនេះទាំងស្រុង សូមលុបវាចេញពីបញ្ជីការជជែករបស់អ្នក។ អ្នកក៏អាចបើកការលុបដោយស្វ័យប្រវត្តិ (auto-delete) សម្រាប់ការជជែកនេះ ក្នុង Telegram បានដែរ។
old-button = ប៊ូតុងនោះមកពីសារមុន។ នេះជាការចាប់ផ្ដើមម្ដងទៀត។
private-only = សូមសរសេរមកខ្ញុំ ក្នុងការជជែកឯកជន៖ { $link }
cmd-start = ចាប់ផ្ដើមម្ដងទៀត
cmd-help = លេខបន្ទាន់ និងរបៀបប្រើ
cmd-language = ប្ដូរភាសា
cmd-exit = លុបការជជែកនេះ
bot-description = នរណាអាចជួយបាន ពេលមានការជួញដូរមនុស្ស ការបង្ខំឱ្យធ្វើការ ឬការកេងប្រវ័ញ្ចផ្លូវភេទនៅប្រទេសជប៉ុន ជាភាសារបស់អ្នក និងថាពួកគេកំពុងបើកឬអត់។ មិនរក្សាទុកអ្វីទាំងអស់អំពីអ្នកទេ។ បើមានគ្រោះថ្នាក់ សូមហៅលេខ 110។
bot-short-description = ខ្សែទូរស័ព្ទជំនួយនៅជប៉ុន ជាភាសារបស់អ្នក។ មិនរក្សាទុកអ្វីអំពីអ្នកទេ។ មានគ្រោះថ្នាក់៖ 110។

actions-heading = ជំហានផ្សេងទៀតដែលអ្នកអាចធ្វើបាន៖
