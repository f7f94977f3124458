# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = លេខទូរស័ព្ទដែលមានប្រយោជន៍
# Inside, at the top.
card-title = កន្លែងសុំជំនួយនៅប្រទេសជប៉ុន
card-danger = ពេលមានគ្រោះថ្នាក់ ហៅភ្លាម។ ឥតគិតថ្លៃ ទាំងថ្ងៃទាំងយប់។
# Beside the large 110 and 119: who answers.
card-police = ប៉ូលិស
card-ambulance = ឡានពេទ្យ ពន្លត់ភ្លើង
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = ភាសាជប៉ុន
card-scan = ស្កេន ដើម្បីរកជំនួយបន្ថែមតាមការជជែក (Telegram)។ យើងមិនរក្សាទុកអ្វីអំពីអ្នកទេ។
card-scan-web = ស្កេន ដើម្បីរកជំនួយបន្ថែមតាមកម្មវិធីរុករកវិប។ មិនចាំបាច់ដំឡើងកម្មវិធី ឬបង្កើតគណនីទេ។ យើងមិនរក្សាទុកអ្វីអំពីអ្នកទេ។
card-scan-line = ស្កេន ដើម្បីរកជំនួយបន្ថែមតាមការជជែកក្នុង LINE។ LINE នឹងបើក ជាមួយសារដែលសរសេររួចហើយ សូមចុចផ្ញើ។ យើងមិនរក្សាទុកអ្វីអំពីអ្នកទេ។

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = បើកទាំងថ្ងៃទាំងយប់
hours-unknown = ម៉ោង៖ សូមសួរ
hours-weekdays = ចន្ទ–សុក្រ { $times }
hours-weekend = សៅរ៍–អាទិត្យ { $times }
hours-daily = រៀងរាល់ថ្ងៃ { $times }
hours-day = { $day ->
    [mon] ចន្ទ
    [tue] អង្គារ
    [wed] ពុធ
    [thu] ព្រហ
    [fri] សុក្រ
    [sat] សៅរ៍
   *[sun] អាទិត្យ
} { $times }
hours-holidays-closed = បិទនៅថ្ងៃឈប់សម្រាកសាធារណៈ
