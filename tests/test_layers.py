"""The house: layers import only downward, the core knows no channel, tests share testkit.

core < channels < ops < runtime < cli. A new channel is one folder under bot/channels/.
"""

from __future__ import annotations

import ast
from pathlib import Path

from testkit import ROOT

LAYERS = ("core", "channels", "ops", "runtime", "cli")
BOT = ROOT / "bot"


def layer(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "bot" or len(parts) < 2 or parts[1] not in LAYERS:
        return None
    return LAYERS.index(parts[1])


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
            found += [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names]
    return found


def module_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def test_every_module_imports_only_its_own_layer_or_below() -> None:
    wrong = []
    for path in sorted(BOT.rglob("*.py")):
        own = layer(module_of(path))
        if own is None:
            continue
        for name in imports(path):
            theirs = layer(name)
            if theirs is not None and theirs > own:
                wrong.append(f"{module_of(path)} imports {name}")
    assert not wrong, "\n".join(sorted(set(wrong)))


def test_the_core_knows_no_channel_and_no_platform_library() -> None:
    for path in sorted((BOT / "core").rglob("*.py")):
        for name in imports(path):
            top = name.split(".")[0]
            assert top not in ("telegram", "httpx", "aiosqlite"), (path, name)


def test_channels_do_not_import_each_other() -> None:
    """Only the HTTP server they all run under (`bot.channels.http`) is shared."""
    channels = BOT / "channels"
    for path in sorted(channels.rglob("*.py")):
        mine = path.relative_to(channels).parts[0].removesuffix(".py")
        for name in imports(path):
            parts = name.split(".")
            if parts[:2] == ["bot", "channels"] and len(parts) > 2:
                assert parts[2] in (mine, "http"), f"{module_of(path)} imports {name}"


def test_tests_and_the_benchmark_share_helpers_only_through_testkit() -> None:
    """No test module imports another (or conftest): what they share is in testkit/."""
    wrong = []
    for folder in ("tests", "bench", "testkit"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for name in imports(path):
                if name == "tests" or name.startswith("tests."):
                    wrong.append(f"{module_of(path)} imports {name}")
    assert not wrong, "\n".join(sorted(set(wrong)))
