"""The languages a person may speak, as far as the report's services are concerned.

These fifteen are the languages the contact points in the government report serve. A person may
pick any of them for matching even when the bot's own texts do not exist in it yet (the texts then
fall back to English). Each is named in its own language and script, as the picker shows it.
"""

from typing import Final

#: ISO 639-1 code -> the language's name in itself.
LANGUAGES: Final[dict[str, str]] = {
    "ja": "日本語",
    "en": "English",
    "zh": "中文",
    "ko": "한국어",
    "es": "Español",
    "pt": "Português",
    "tl": "Tagalog",
    "vi": "Tiếng Việt",
    "th": "ไทย",
    "id": "Bahasa Indonesia",
    "ne": "नेपाली",
    "my": "မြန်မာ",
    "km": "ខ្មែរ",
    "mn": "Монгол",
    "ru": "Русский",
}

#: The language every other locale falls back to, and the reference for parity checks.
REFERENCE: Final = "en"


def is_known(code: str) -> bool:
    """True for one of the fifteen supported ISO 639-1 codes."""
    return code in LANGUAGES
