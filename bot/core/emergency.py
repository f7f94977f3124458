"""The emergency answer built into the code, for when the operator files cannot be read.

If the flows or texts on disk are broken and there is no last good copy to serve, the bot still
answers every message and every tap with 110 and 119 (and, outside Japanese, the interpreter
note), in the person's language where it is one of these. The texts are the locales' own
`emergency-answer` and `note-110-interpreter`, copied here; a test keeps the copy equal to the
locales. Sources: flows/contacts.yaml, police_110 (Figure 25; Figure 13; Section 4(3): three-way
calling with an interpreter) and fire_ambulance_119 (Figure 13: emergencies, toll-free).
"""

from __future__ import annotations

#: The emergency answer per language code, as `render.emergency_text` gives it today.
BUILT_IN: dict[str, str] = {
    "en": "If you are in danger now, call 110 (police).\nIf someone is hurt or there is a fire, call 119 (ambulance, fire).\nBoth are free and answer day and night.\n\nIf you do not speak Japanese, say the name of your language: the police connect an interpreter in a three-way call.",
    "es": "Si está en peligro ahora, llame al 110 (policía).\nSi alguien está herido o hay un incendio, llame al 119 (ambulancia, bomberos).\nLos dos son gratis y atienden de día y de noche.\n\nSi no habla japonés, diga su idioma y la policía le pone un intérprete.",
    "id": "Jika Anda dalam bahaya sekarang, telepon 110 (polisi).\nJika ada yang terluka atau ada kebakaran, telepon 119 (ambulans, pemadam kebakaran).\nKeduanya gratis dan menjawab siang dan malam.\n\nTak bisa bahasa Jepang? Sebutkan bahasa Anda: ada penerjemah.",
    "ja": "今危ないときは、110番（警察）に電話してください。\nけがをした人がいるときや火事のときは、119番（救急・消防）に電話してください。\nどちらも無料で、昼も夜もつながります。",
    "km": "បើអ្នកមានគ្រោះថ្នាក់ឥឡូវនេះ សូមហៅលេខ 110 (ប៉ូលិស)។\nបើមាននរណាម្នាក់រងរបួស ឬមានភ្លើងឆេះ សូមហៅលេខ 119 (ឡានពេទ្យ ពន្លត់ភ្លើង)។\nលេខទាំងពីរ ឥតគិតថ្លៃ ហើយទទួលការហៅទាំងថ្ងៃទាំងយប់។\n\nបើមិនចេះភាសាជប៉ុន ប្រាប់ឈ្មោះភាសាអ្នក៖ ប៉ូលិសភ្ជាប់អ្នកបកប្រែចូលការហៅ។",
    "ko": "지금 위험하다면 110(경찰)에 전화하세요.\n다친 사람이 있거나 불이 났다면 119(구급차, 소방)에 전화하세요.\n둘 다 무료이고, 밤낮 언제든 연결돼요.\n\n일본어를 못 한다면, 자신이 쓰는 언어의 이름을 말해 주세요. 경찰이 통역을 연결해서 3자 통화로 이야기해요.",
    "mn": "Хэрэв та яг одоо аюулд байгаа бол 110 (цагдаа) руу залгаарай.\nХэн нэгэн гэмтсэн эсвэл гал гарсан бол 119 (түргэн тусламж, гал түймэр) руу залгаарай.\nХоёр дугаар хоёулаа үнэгүй, өдөр шөнөгүй хариулдаг.\n\nЯпон хэл мэдэхгүй бол хэлнийхээ нэрийг хэл: орчуулагч нэмж холбоно.",
    "my": "သင် အခု အန္တရာယ်ရှိနေရင် 110 (ရဲ) ကို ဖုန်းဆက်ပါ။\nတစ်ယောက်ယောက် ဒဏ်ရာရနေရင် ဒါမှမဟုတ် မီးလောင်နေရင် 119 (လူနာတင်ကား၊ မီးသတ်) ကို ဖုန်းဆက်ပါ။\nနှစ်ခုလုံး အခမဲ့ဖြစ်ပြီး နေ့ရော ညပါ ဖုန်းကိုင်ပါတယ်။\n\nဂျပန်စကား မတတ်ရင် ကိုယ့်ဘာသာစကား နာမည်ပြောပါ၊ ရဲက စကားပြန်ထည့်ပေးတယ်။",
    "ne": "तपाईं अहिले खतरामा हुनुहुन्छ भने 110 (प्रहरी) मा फोन गर्नुहोस्।\nकोही घाइते भएमा वा आगलागी भएमा 119 (एम्बुलेन्स, दमकल) मा फोन गर्नुहोस्।\nदुवै निःशुल्क छन् र दिनरात फोन उठाउँछन्।\n\nजापानी आउँदैन भने आफ्नो भाषाको नाम भन्नुहोस्: प्रहरीले दोभाषे जोड्छ।",
    "pt": "Se você está em perigo agora, ligue para o 110 (polícia).\nSe alguém está ferido ou se há um incêndio, ligue para o 119 (ambulância, bombeiros).\nOs dois são grátis e atendem de dia e de noite.\n\nSe não fala japonês, diga o seu idioma e a polícia chama um intérprete.",
    "ru": "Если вы сейчас в опасности, позвоните 110 (полиция).\nЕсли кто-то ранен или начался пожар, позвоните 119 (скорая помощь, пожарные).\nОба номера бесплатные, там отвечают днём и ночью.\n\nНе говорите по-японски? Назовите язык — подключат переводчика.",
    "th": "ถ้าตอนนี้คุณอยู่ในอันตราย ให้โทร 110 (ตำรวจ)\nถ้ามีคนบาดเจ็บหรือมีไฟไหม้ ให้โทร 119 (รถพยาบาล ดับเพลิง)\nทั้งสองเบอร์โทรฟรี และรับสายทั้งกลางวันและกลางคืน\n\nถ้าพูดญี่ปุ่นไม่ได้ ให้บอกชื่อภาษาของคุณ ตำรวจจะต่อล่ามเข้ามาในสายเดียวกัน",
    "tl": "Kung nasa panganib ka ngayon, tumawag sa 110 (pulis).\nKung may nasaktan o may sunog, tumawag sa 119 (ambulansya, bumbero).\nParehong libre ang mga ito at sumasagot araw at gabi.\n\nDi marunong mag-Japanese? Sabihin ang wika mo: may interpreter.",
    "vi": "Nếu bạn đang gặp nguy hiểm, hãy gọi 110 (cảnh sát).\nNếu có người bị thương hoặc có cháy, hãy gọi 119 (cấp cứu, cứu hỏa).\nCả hai số đều miễn phí và có người nghe máy cả ngày lẫn đêm.\n\nKhông biết tiếng Nhật? Nói tên ngôn ngữ của bạn, cảnh sát sẽ nối phiên dịch.",
    "zh": "如果您现在有危险，请拨打110（警察）。\n如果有人受伤或发生火灾，请拨打119（救护车、消防）。\n这两个电话都免费，白天晚上都能打通。\n\n如果您不会说日语，请说出您的语言名称：警察会接通翻译，三方一起通话。",
}


def emergency_answer(lang: str | None) -> str:
    """The built-in answer in `lang` (English if it has none), with Japanese below it."""
    first = BUILT_IN.get(lang or "", BUILT_IN["en"])
    if first == BUILT_IN["ja"]:
        return first
    return first + "\n\n" + BUILT_IN["ja"]
