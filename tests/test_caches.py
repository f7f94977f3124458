"""Each thing the bot remembers to answer a burst quickly gives exactly what it would have made
afresh: screens (for the minute), Telegram keyboards, rendered texts. Speed itself is measured
in bench/, never here. Also the texts' syntax trees kept between starts."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from bot.channels.telegram.channel import Channel
from bot.channels.telegram.limits import TELEGRAM
from bot.core.content import Content, load_content
from bot.core.engine import Engine, State
from bot.core.i18n import Texts
from bot.core.situations import Situation
from bot.runtime import last_good
from testkit import NOW, jst
from testkit.files import copy_files, edit

MOMENTS = (NOW, jst(2026, 5, 4, 23, 59), jst(2027, 1, 2, 8, 59))


def positions(engine: Engine) -> list[State]:
    """Every screen of the main flow for a few people, in three languages."""
    states = [engine.start(), engine.start(lang="ja")]
    for lang in ("en", "vi", "my"):
        for situations in (
            frozenset({Situation.LABOR}),
            frozenset({Situation.UNDER_18, Situation.ONLINE, Situation.SOMEONE_ELSE}),
            frozenset({Situation.TECHNICAL_INTERN, Situation.DOCUMENTS, Situation.DANGER}),
        ):
            for node in engine.content.flows["main"].nodes:
                states.append(State("main", node.id, lang, situations))
    return states


def test_a_remembered_screen_is_the_one_a_fresh_engine_makes(content: Content) -> None:
    warm = Engine(content, limits=TELEGRAM)
    for moment in MOMENTS:
        for state in positions(warm):
            for hint in (None, "vi"):
                first = warm.screen(state, moment, hint=hint)
                again = warm.screen(state, moment + timedelta(seconds=40), hint=hint)
                fresh = Engine(content, limits=TELEGRAM).screen(state, moment, hint=hint)
                assert again is first  # the same minute: remembered
                assert first == fresh, (state, moment)


def test_the_next_minute_is_made_afresh(content: Content) -> None:
    engine = Engine(content, limits=TELEGRAM)
    state = engine.answer("en", frozenset({Situation.LABOR}), NOW, ip_phone=False).state
    # 16:59 and 17:00 on a weekday: a service closing at 17:00 must not stay "open".
    before = engine.screen(state, jst(2026, 5, 12, 16, 59) + timedelta(seconds=30))
    after = engine.screen(state, jst(2026, 5, 12, 17, 0) + timedelta(seconds=5))
    assert after is not before
    assert after == Engine(content, limits=TELEGRAM).screen(state, jst(2026, 5, 12, 17, 0))


def test_the_picker_is_remembered_per_language_hint(content: Content) -> None:
    engine = Engine(content, limits=TELEGRAM)
    vi = engine.screen(engine.start(), NOW, hint="vi")
    ja = engine.screen(engine.start(), NOW, hint="ja")
    assert vi.buttons[0].label == "Tiếng Việt" and ja.buttons[0].label == "日本語"


def test_a_remembered_keyboard_is_the_one_built_afresh(content: Content) -> None:
    engine = Engine(content, limits=TELEGRAM)
    channel = Channel(engine)
    for state in positions(engine):
        screen = engine.screen(state, NOW)
        first = channel.keyboard(screen)
        assert channel.keyboard(screen) is first
        assert first.to_dict() == Channel(engine).keyboard(screen).to_dict()


def test_new_texts_make_new_keyboards(content: Content, tmp_path: Path) -> None:
    """A reload may change the leave button's words: keyboards are not kept across it."""
    engine = Engine(content, limits=TELEGRAM)
    channel = Channel(engine)
    screen = engine.screen(engine.start(lang="en"), NOW)
    old = channel.keyboard(screen).to_dict()
    files = copy_files(tmp_path, languages=["en"])
    edit(files / "locales" / "en" / "common.ftl", "leave-button = ", "leave-button = ✖ Go. ")
    reloaded, problems = load_content(files / "flows", files / "locales")
    assert reloaded is not None, problems
    channel.engine = Engine(reloaded, limits=TELEGRAM)
    new = channel.keyboard(channel.engine.screen(engine.start(lang="en"), NOW)).to_dict()
    assert new != old
    assert new["inline_keyboard"][-1][0]["text"].startswith("✖ Go. ")


def _everything(texts: Texts) -> dict[tuple[str, str], tuple[str, int, frozenset[str], str]]:
    """Each message of each language: its place, its variables and how it renders."""
    return {
        (code, message_id): (
            str(message.path.name),
            message.line,
            message.variables,
            catalog.render(message_id, dict.fromkeys(message.variables, 1)),
        )
        for code, catalog in texts.catalogs.items()
        for message_id, message in catalog.messages.items()
    }


def test_kept_syntax_trees_give_the_texts_parsing_gives(tmp_path: Path) -> None:
    locales = copy_files(tmp_path, ["my", "ja"]) / "locales"  # two scripts, variants, English
    trees = tmp_path / "trees"
    fresh = _everything(Texts.load(locales))
    first = _everything(Texts.load(locales, trees=trees))  # parses, and keeps the trees
    kept = sorted(trees.glob("*.json"))
    assert len(kept) == len(list(locales.glob("*/*.ftl")))
    assert _everything(Texts.load(locales, trees=trees)) == first == fresh
    # A damaged tree is parsed again (and kept whole), never served.
    kept[0].write_text('{"type": "Resource", "body": [', encoding="utf-8")
    kept[1].write_text('{"type": "Junk"}', encoding="utf-8")
    assert _everything(Texts.load(locales, trees=trees)) == fresh
    assert json.loads(kept[0].read_text(encoding="utf-8"))["resource"]["type"] == "Resource"


def test_a_changed_text_file_is_parsed_afresh(tmp_path: Path) -> None:
    locales = copy_files(tmp_path, ["en"]) / "locales"
    trees = tmp_path / "trees"
    Texts.load(locales, trees=trees)
    edit(locales / "en" / "main.ftl", "Who needs help?", "Who is this for?")
    texts = Texts.load(locales, trees=trees)
    assert texts.text("en", "who-question") == "Who is this for?"


def test_a_new_kept_copy_drops_the_trees_of_texts_no_longer_kept(tmp_path: Path) -> None:
    files = copy_files(tmp_path, ["vi"])
    flows, locales, data = files / "flows", files / "locales", tmp_path / "data"
    assert last_good.choose(flows, locales, data)[0] is not None
    before = {p.name for p in (data / last_good.PARSED).glob("*.json")}
    edit(locales / "en" / "main.ftl", "Who needs help?", "Who is this for?")
    assert last_good.choose(flows, locales, data)[0] is not None  # checked, kept anew
    after = {p.name for p in (data / last_good.PARSED).glob("*.json")}
    assert len(after) == len(before) and len(after - before) == 1
