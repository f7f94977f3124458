"""`referral-bot check` catches each kind of broken file and says where, as `file:line`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.core import yamlfile
from bot.core.yamlfile import YamlError, load
from bot.ops.check import check
from testkit import FLOWS, LOCALES
from testkit.files import edit


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the real flows with two locales: English, and a copy of it as Japanese."""
    shutil.copytree(FLOWS, tmp_path / "flows")
    shutil.copytree(LOCALES / "en", tmp_path / "locales" / "en")
    shutil.copytree(LOCALES / "en", tmp_path / "locales" / "ja")
    for path in (tmp_path / "locales" / "ja").glob("*.ftl"):
        edit(path, "# review: reference", "# review: unreviewed")
    return tmp_path


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def problems(tree: Path) -> list[str]:
    report = check(tree / "flows", tree / "locales")
    return [str(p) for p in report.problems]


def expect(tree: Path, file: str, needle: str, message: str) -> None:
    path = tree / file
    where = f"{path}:{line_of(path, needle)}: "
    found = problems(tree)
    assert any(p.startswith(where) and message in p for p in found), found


def test_the_real_files_pass(tree: Path) -> None:
    assert problems(tree) == []


def test_yaml_syntax_error(tree: Path) -> None:
    edit(tree / "flows/main.yaml", "      text: who-question", "      text: [who-question")
    found = problems(tree)
    assert any("flows/main.yaml:" in p and "not valid YAML" in p for p in found), found


def test_unknown_key(tree: Path) -> None:
    edit(
        tree / "flows/main.yaml",
        "      text: who-question",
        "      text: who-question\n      colour: red",
    )
    expect(tree, "flows/main.yaml", "colour: red", "unknown key 'colour'")


def test_unknown_node_type(tree: Path) -> None:
    edit(tree / "flows/main.yaml", "type: rights", "type: poem")
    found = problems(tree)
    assert any("flows/main.yaml" in p and "poem" in p for p in found), found


def test_unknown_target(tree: Path) -> None:
    edit(
        tree / "flows/main.yaml",
        "          next: danger\n          add: [under_18]",
        "          next: nowhere\n          add: [under_18]",
    )
    expect(tree, "flows/main.yaml", "next: nowhere", "unknown target 'nowhere'")


def test_unreachable_node(tree: Path) -> None:
    edit(
        tree / "flows/main.yaml",
        "    - id: rights\n",
        "    - id: lonely\n      type: choice\n      text: who-question\n      options:\n"
        "        - label: who-me\n          next: referral\n\n    - id: rights\n",
    )
    expect(tree, "flows/main.yaml", "id: lonely", "node 'lonely' cannot be reached")


def test_dead_end(tree: Path) -> None:
    edit(
        tree / "flows/main.yaml",
        "        - label: need-shelter\n          next: referral",
        "        - label: need-shelter\n          next: stuck",
    )
    edit(
        tree / "flows/main.yaml",
        "    - id: rights\n",
        "    - id: stuck\n      type: choice\n      text: who-question\n      options:\n"
        "        - label: who-me\n          next: stuck\n\n    - id: rights\n",
    )
    expect(tree, "flows/main.yaml", "id: stuck", "dead end")


def test_duplicate_node_id(tree: Path) -> None:
    edit(tree / "flows/main.yaml", "    - id: rights\n", "    - id: referral\n")
    found = problems(tree)
    assert any("duplicate node id 'referral'" in p for p in found), found


def test_node_id_too_long_for_button_data(tree: Path) -> None:
    edit(tree / "flows/main.yaml", "id: danger_referral", "id: danger_referral_for_all")
    expect(tree, "flows/main.yaml", "id: danger_referral_for_all", "64-byte button data")


def test_duplicate_contact_and_number(tree: Path) -> None:
    edit(
        tree / "flows/contacts.yaml",
        "  - id: human_rights_hotline\n",
        "  - id: womens_rights_hotline\n",
    )
    edit(tree / "flows/contacts.yaml", 'phones: ["0570-003-110"]', 'phones: ["0570-070-810"]')
    found = problems(tree)
    assert any("duplicate contact id 'womens_rights_hotline'" in p for p in found), found
    assert any("0570-070-810 is also listed under" in p for p in found), found


def test_placeholder_number_from_the_template_card(tree: Path) -> None:
    edit(tree / "flows/contacts.yaml", 'phones: ["0570-003-110"]', 'phones: ["00-0000-0000"]')
    expect(tree, "flows/contacts.yaml", 'phones: ["00-0000-0000"]', "placeholder")


def test_schedule_that_cannot_parse(tree: Path) -> None:
    edit(tree / "flows/contacts.yaml", 'weekdays: ["10:00-17:00"]', 'weekdays: ["10:00-7:00"]')
    expect(tree, "flows/contacts.yaml", "10:00-7:00", "not a time range")


def test_unquoted_times_and_numbers_stay_as_typed(tree: Path) -> None:
    # YAML 1.1 would read 08:30 as 510 and 0120 as 80; operator files are read as strings.
    edit(tree / "flows/contacts.yaml", 'weekdays: ["08:30-17:15"]', "weekdays: [08:30-17:15]")
    edit(tree / "flows/contacts.yaml", 'phones: ["0120-007-110"]', "phones: [0120-007-110]")
    assert problems(tree) == []


def test_unknown_situation_and_language(tree: Path) -> None:
    edit(tree / "flows/contacts.yaml", "situations: [under_18]\n", "situations: [under_eighteen]\n")
    edit(
        tree / "flows/contacts.yaml",
        "languages: [en, zh, th, tl, vi, id, my, km]",
        "languages: [en, xx]",
    )
    found = problems(tree)
    assert any("under_eighteen" in p for p in found), found
    assert any("'xx' is not one of the supported" in p for p in found), found


def test_situation_no_contact_serves(tree: Path) -> None:
    path = tree / "flows/contacts.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(", go_home", "").replace("[go_home]", "[legal]"), encoding="utf-8")
    found = problems(tree)
    assert any("no contact serves the situation 'go_home'" in p for p in found), found


def test_missing_and_extra_texts(tree: Path) -> None:
    edit(tree / "locales/ja/main.ftl", "who-me = Me\n", "")
    edit(tree / "locales/ja/main.ftl", "need-report = ", "need-maybe = Maybe\nneed-report = ")
    found = problems(tree)
    assert any("locales/ja/main.ftl:1: missing text 'who-me'" in p for p in found), found
    expect(tree, "locales/ja/main.ftl", "need-maybe", "extra text 'need-maybe'")


def test_different_variables(tree: Path) -> None:
    edit(
        tree / "locales/ja/common.ftl",
        "when-open-until = Open now, until { $time }",
        "when-open-until = Open now, until { $tme }",
    )
    expect(tree, "locales/ja/common.ftl", "when-open-until", "uses variables $tme; en uses $time")


def test_fluent_syntax_error(tree: Path) -> None:
    edit(tree / "locales/ja/rights.ftl", "right-consent = ", "right-consent = { ")
    expect(tree, "locales/ja/rights.ftl", "right-consent", "Fluent syntax error")


def test_text_used_by_a_flow_missing_in_english(tree: Path) -> None:
    edit(tree / "flows/main.yaml", "label: danger-tell-more", "label: danger-tell-me-more")
    expect(
        tree,
        "flows/main.yaml",
        "danger-tell-me-more",
        "text 'danger-tell-me-more' is missing in en",
    )


def test_screen_longer_than_telegram_allows(tree: Path) -> None:
    long = "Very long. " * 400
    for folder in ("en", "ja"):
        edit(
            tree / f"locales/{folder}/rights.ftl",
            "right-not-your-fault = ",
            f"right-not-your-fault = {long}",
        )
    found = problems(tree)
    assert any("characters (max 4096 on Telegram)" in p for p in found), found


def test_check_command_prints_file_line_and_exits_1(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(tree / "flows/main.yaml", "next: danger_referral", "next: danger_refferal")
    code = main(["check", "--flows", str(tree / "flows"), "--locales", str(tree / "locales")])
    out = capsys.readouterr().out
    assert code == 1
    line = line_of(tree / "flows/main.yaml", "danger_refferal")
    assert f"{tree / 'flows/main.yaml'}:{line}: " in out


def test_check_command_says_ok(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--flows", str(tree / "flows"), "--locales", str(tree / "locales")])
    assert code == 0
    assert capsys.readouterr().out.startswith("ok: ")


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("vi", "is a language code or a situation id"),
        ("labor", "is a language code or a situation id"),
        ("other", "reserved"),
        ("Has Spaces", "should match pattern"),
    ],
)
def test_entry_link_sources(tree: Path, code: str, says: str) -> None:
    path = tree / "flows" / "sources.yaml"
    edit(path, "sources: []", f"sources:\n  - code: {code}\n    partner: Someone")
    found = problems(tree)
    assert any(p.startswith(f"{path}:") and says in p for p in found), found


def test_every_locale_file_says_whether_it_was_reviewed(tree: Path) -> None:
    path = tree / "locales" / "ja" / "main.ftl"
    edit(path, "# review: unreviewed\n", "")
    assert any(p.startswith(f"{path}:1: the first line must be") for p in problems(tree))
    edit(path, "###", "# review: reference\n###")
    assert any(p.startswith(f"{path}:1: only en is the reference") for p in problems(tree))


def test_check_lists_unreviewed_locales_and_coverage(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["check", "--coverage", "--flows", str(tree / "flows"), "--locales", str(tree / "locales")]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "not yet reviewed by a native speaker: ja" in out
    lines = {line.split()[0]: line for line in out.splitlines() if line[:2].isalpha()}
    assert "100%" in lines["ja"] and "NOT REVIEWED" in lines["ja"]
    assert "reference" in lines["en"]
    assert "0%" in lines["vi"] and "no locale yet" in lines["vi"]


def test_telegram_profile_limits(tree: Path) -> None:
    path = tree / "locales" / "ja" / "common.ftl"
    text = path.read_text(encoding="utf-8")
    start = text.index("bot-short-description = ")
    end = text.index("\n", start)
    path.write_text(
        text[:start] + "bot-short-description = " + "x" * 121 + text[end:], encoding="utf-8"
    )
    found = problems(tree)
    assert any(
        "'bot-short-description' is 121 characters; Telegram takes 1 to 120" in p for p in found
    )


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        (
            "０５７０－００３－１１０",
            "it has full-width characters; type digits, '-' and '#' in half width",
        ),
        ("0570--003-110", "a dash is doubled or at an end"),
        ("0570-0031100", "its groups of digits are not the usual lengths"),
        ("570-003-110", "a number in Japan starts with 0"),
        ("#91100", "a # number has 4 digits after the #"),
        ("0570 003 110", "only digits, '-' and '#' belong in a number"),
        ("05700031100", "it has no dashes"),
    ],
)
def test_a_mistyped_number_says_what_is_wrong_and_whose_it_is(
    tree: Path, typed: str, says: str
) -> None:
    edit(tree / "flows/contacts.yaml", 'phones: ["0570-003-110"]', f'phones: ["{typed}"]')
    expect(
        tree,
        "flows/contacts.yaml",
        f'phones: ["{typed}"]',
        f"contact 'human_rights_hotline'.phones.0: '{typed}' is not a phone number as printed: "
        f"{says}",
    )
    found = "\n".join(problems(tree))
    assert "like 110, #9110, 0570-078377 or 0120-007-110" in found


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        (
            'contacts:\n  - id: a\n    phones: ["1"]\n   hours: always\n',
            4,
            "the indentation of line 4 does not match the lines above it",
        ),
        ("contacts:\n  - id: a\n    note: this: that\n", 3, "put a text that contains ': ' in"),
        ("contacts:\n\t- id: a\n", 2, "line 2 is indented with a tab: use spaces only"),
        ("contacts: [\n", 2, "a bracket or quote opened on line 2 or before is never closed"),
    ],
)
def test_a_yaml_slip_says_what_to_do(tmp_path: Path, text: str, line: int, says: str) -> None:
    path = tmp_path / "contacts.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(YamlError) as caught:
        load(path)
    assert caught.value.line == line
    assert says in caught.value.message


def test_a_misspelt_situation_suggests_the_likely_one(tree: Path) -> None:
    edit(tree / "flows/main.yaml", "topic: labor", "topic: labr")
    expect(
        tree,
        "flows/main.yaml",
        "topic: labr",
        "flow.node 'what'.options.1.topic: 'labr' is not allowed here; did you mean 'labor'? "
        "use one of: danger, someone_else,",
    )


def test_relevance_eligibility_and_reasons_are_checked(tree: Path) -> None:
    contacts = tree / "flows/contacts.yaml"
    edit(contacts, "    only_for: [women]\n", "    only_for: [ladies]\n")
    edit(contacts, "        as: useful\n", "        as: important\n")
    found = problems(tree)
    assert any("ladies" in p and "women" in p for p in found), found
    assert any("important" in p and "core" in p for p in found), found


def test_a_reason_without_its_source_is_named(tree: Path) -> None:
    edit(
        tree / "flows/contacts.yaml",
        "        why: why-ihc\n        source: Section 4(6) (L1080-1082)\n",
        "        why: why-ihc\n",
    )
    found = problems(tree)
    assert any("internet_hotline_center" in p and "source: required" in p for p in found), found


def test_a_reason_without_its_text_is_named(tree: Path) -> None:
    edit(tree / "locales/en/contacts.ftl", "why-yorisoi = ", "why-yorisoi-gone = ")
    expect(tree, "flows/contacts.yaml", "why: why-yorisoi", "text 'why-yorisoi' is missing in en")


def test_a_situation_graded_twice_is_refused(tree: Path) -> None:
    edit(
        tree / "flows/contacts.yaml",
        "      - situations: [report, write_only]\n",
        "      - situations: [online, write_only]\n",
    )
    found = problems(tree)
    assert any("online is graded twice" in p for p in found), found


def test_libyaml_reads_files_as_the_python_parser_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are read with libyaml when it is there; data and line numbers must not change."""
    if yaml.__with_libyaml__:
        assert yamlfile._FAST is yaml.CBaseLoader
    files = sorted(FLOWS.glob("*.yaml"))
    fast = [yamlfile.load(path) for path in files]
    monkeypatch.setattr(yamlfile, "_FAST", yaml.BaseLoader)
    slow = [yamlfile.load(path) for path in files]
    assert [(d.data, d.lines) for d in fast] == [(d.data, d.lines) for d in slow]
