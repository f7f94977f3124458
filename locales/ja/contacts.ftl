# review: unreviewed
### Contact names and notes (flows/contacts.yaml). In Japanese each name is the official
### Japanese name (name_ja in the contact file), so a person can say it on the phone.

contact-police-110 = 警察 110番
contact-fire-ambulance-119 = 消防・救急 119番
contact-police-9110 = 警察相談専用電話 #9110
contact-anonymous-hotline = 匿名通報ダイヤル
contact-internet-hotline-center = インターネット・ホットラインセンター
contact-immigration-info-center = 外国人在留総合インフォメーションセンター
contact-regional-immigration-bureaus = 地方出入国在留管理局
contact-foreign-language-human-rights-hotline = 外国語人権相談ダイヤル
contact-human-rights-centers-for-foreigners = 外国人のための人権相談所
contact-internet-human-rights-counseling = 外国語インターネット人権相談受付窓口
contact-human-rights-hotline = みんなの人権110番
contact-womens-rights-hotline = 女性の人権ホットライン
contact-childrens-rights-hotline = 子どもの人権110番
contact-womens-support-centers = 女性相談支援センター
contact-child-guidance-centers = 児童相談所
contact-one-stop-8891 = 性犯罪・性暴力被害者のためのワンストップ支援センター
contact-police-sex-crime-8103 = 性犯罪被害相談電話
contact-dv-plus-8008 = DV相談プラス
contact-otit-native-language = 外国人技能実習機構 母国語相談
contact-labor-hotline = 労働条件相談「ほっとライン」
contact-foreign-workers-consultation = 外国人労働者相談コーナー・外国人労働者向け相談ダイヤル
contact-general-labor-consultation = 総合労働相談コーナー
contact-houterasu-multilingual = 法テラス 多言語情報提供サービス
contact-yorisoi-hotline = よりそいホットライン
contact-prosecutors-victim-support = 検察庁 被害者支援
contact-ngo-womens-advice-center = 人身取引被害者のための女性相談NGO
contact-gov-trafficking-info = 政府広報オンライン 人身取引

note-110-interpreter = 日本語を話せないときは、自分の言語の名前を言ってください。警察が通訳をつないで、三者通話で話せます。
note-119-injury = けが、病気、火事のときに。
note-police-female-officer = 女性の警察官をお願いできます。
note-anonymous = 名前を言わなくても大丈夫です。ほかの人のことでも通報できます。
note-ihc = ネット上の違法な情報を通報できます。サイトに削除をお願いし、警察にも知らせてくれます。
note-iic-trafficking = ビザや在留資格のこと、人身取引のことを相談できます。いくつかの言語に対応しています。
note-immigration-bureau = どの局にも人身取引の相談窓口があります。ページに一覧があります。
note-fhrh-interpreter = 通訳を通して、いちばん近い法務局につながります。
note-80-languages = 窓口に行って、約80の言語で相談できます。
note-in-person = 窓口の一覧はページにあります。
note-shelter = 安全に泊まれる場所を用意してもらえます。#8778 に電話すると、あなたの都道府県のセンターにつながります。
note-one-stop = 医療、心のケア、法律の支援を、まとめて受けられます。年齢や性別に関係なく相談できます。
note-8103 = 今いる都道府県の警察の相談電話につながります。
note-otit = メールか電話で相談できます。暴力やおどしについてのSOS窓口もあります。
note-number-on-page = 電話番号はページにのっています。
note-hours-vary = 対応言語や受付時間は窓口によって違います。ページに一覧があります。
note-houterasu = 法律のことや、どこに相談すればよいかを教えてくれます。
note-prosecutors = 被害者支援員が、裁判の手続きのあいだ、被害者を支えます。
note-japanese-only = 日本語のみです。
