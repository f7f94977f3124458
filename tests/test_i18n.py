"""The strict Fluent wrapper: no isolation marks, no raw ids or variable names, English fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.i18n import TextError, Texts


def make(tmp_path: Path, files: dict[str, str]) -> Texts:
    for name, body in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("# review: unreviewed\n" + body, encoding="utf-8")
    return Texts.load(tmp_path)


@pytest.fixture
def texts(tmp_path: Path) -> Texts:
    return make(
        tmp_path,
        {
            "en/a.ftl": "call = Call { $number } now\nonly-en = English only\n",
            "ja/a.ftl": "call = { $number } に電話してください\n",
        },
    )


def test_no_invisible_isolation_marks_around_numbers(texts: Texts) -> None:
    text = texts.text("ja", "call", {"number": "0570-090911"})
    assert text == "0570-090911 に電話してください"
    assert "\u2068" not in text and "\u2069" not in text


def test_missing_message_falls_back_to_english_in_production(texts: Texts) -> None:
    assert texts.text("ja", "only-en") == "English only"


def test_missing_variable_falls_back_rather_than_printing_its_name(texts: Texts) -> None:
    with pytest.raises(TextError):
        texts.text("en", "call")  # English itself cannot help: it raises, never prints "number"


def test_unknown_locale_uses_english(texts: Texts) -> None:
    assert texts.text("vi", "call", {"number": "110"}) == "Call 110 now"


def test_strict_mode_raises_instead_of_falling_back(tmp_path: Path) -> None:
    strict = Texts(
        make(tmp_path, {"en/a.ftl": "x = X\n", "ja/a.ftl": "y = Y\n"}).catalogs, strict=True
    )
    with pytest.raises(TextError, match="no message 'x'"):
        strict.text("ja", "x")
    with pytest.raises(TextError, match="no locale"):
        strict.text("vi", "x")


def test_syntax_errors_are_reported_with_their_line(tmp_path: Path) -> None:
    texts = make(tmp_path, {"en/a.ftl": "good = fine\n\nbroken = { $x\nalso-good = ok\n"})
    problems = texts.problems()
    assert problems, "Junk must not pass silently"
    assert problems[0].line == 4  # the third line of the body, after the review line
    assert "syntax error" in problems[0].message


def test_variables_are_collected_from_selects_and_attributes(tmp_path: Path) -> None:
    texts = make(
        tmp_path,
        {"en/a.ftl": "m = { $n ->\n    [one] one { $thing }\n   *[other] { $n } things\n}\n"},
    )
    assert texts.catalogs["en"].messages["m"].variables == {"n", "thing"}


def test_plural_and_number_formatting_render(tmp_path: Path) -> None:
    texts = make(
        tmp_path,
        {"en/a.ftl": "n = { $count ->\n    [one] one person\n   *[other] { $count } people\n}\n"},
    )
    assert texts.text("en", "n", {"count": 1}) == "one person"
    assert texts.text("en", "n", {"count": 1390}) == "1,390 people"
