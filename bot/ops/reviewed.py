"""What a native speaker has reviewed, remembered in a plain file in the locale's folder.

`referral-bot review --lang vi --done` writes `locales/vi/reviewed.txt`: one line per text, its
id and a fingerprint of its English and Vietnamese wording (as Fluent source, every branch,
comments left out) at that moment, and marks the locale's files `# review: reviewed`. A text
whose English or translation changes afterwards no longer matches its line: the review page
marks it and `check --coverage` counts it. The file holds ids and hashes only, never a text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast

from bot.core.i18n import Catalog

#: The record's name inside a locale folder (the loader reads only *.ftl, so it is left alone).
RECORD = "reviewed.txt"

_HEADER = (
    "# Texts a native speaker reviewed, written by `referral-bot review --lang {code} --done`:\n"
    "# each text's id and a fingerprint of its English and {code} wording at that time.\n"
    "# Do not edit by hand; run the command again after the next review.\n"
)


def sources(catalog: Catalog) -> dict[str, str]:
    """Each message of a locale as Fluent source, comments left out, so that a change to any
    branch of it changes its fingerprint and a change to a comment or to spacing does not."""
    found: dict[str, str] = {}
    serializer = FluentSerializer()
    for path in sorted({message.path for message in catalog.messages.values()}):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the loader has reported it
        for entry in FluentParser(with_spans=False).parse(text).body:
            if isinstance(entry, ast.Message) and entry.id.name not in found:
                entry.comment = None
                found[entry.id.name] = serializer.serialize_entry(entry)
    return found


def fingerprint(english: str, translation: str) -> str:
    return hashlib.sha256(f"{english}\0{translation}".encode()).hexdigest()[:16]


def fingerprints(reference: Catalog, catalog: Catalog, ids: Iterable[str]) -> dict[str, str]:
    """The fingerprint of every text in `ids` that both languages have."""
    english, theirs = sources(reference), sources(catalog)
    return {m: fingerprint(english[m], theirs[m]) for m in ids if m in english and m in theirs}


def read(folder: Path) -> dict[str, str] | None:
    """The recorded fingerprints, or None when the locale has never been reviewed this way."""
    try:
        text = (folder / RECORD).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return {}  # unreadable: every text counts as changed
    record = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith("#"):
            record[parts[0]] = parts[1]
    return record


def changed(reference: Catalog, catalog: Catalog, ids: Iterable[str]) -> set[str] | None:
    """The texts whose English or translation changed since the last recorded review (a text
    added since counts too), or None when no review was recorded."""
    files = _files(catalog)
    record = read(files[0].parent) if files else None
    if record is None:
        return None
    wanted = list(ids)
    now = fingerprints(reference, catalog, wanted)
    return {m for m in wanted if m not in now or record.get(m) != now[m]}


def record(reference: Catalog, catalog: Catalog, ids: Iterable[str]) -> Path:
    """Remember the texts as they are now, and mark every file of the locale reviewed."""
    files = _files(catalog)
    folder = files[0].parent
    now = fingerprints(reference, catalog, ids)
    lines = [f"{m} {now[m]}\n" for m in sorted(now)]
    path = folder / RECORD
    path.write_text(_HEADER.format(code=catalog.code) + "".join(lines), encoding="utf-8")
    for ftl in files:
        text = ftl.read_text(encoding="utf-8")
        first, _, rest = text.partition("\n")
        if first.startswith("# review:"):
            text = "# review: reviewed\n" + rest
        else:
            text = "# review: reviewed\n" + text
        ftl.write_text(text, encoding="utf-8")
    return path


def _files(catalog: Catalog) -> list[Path]:
    return sorted({*catalog.review, *(m.path for m in catalog.messages.values())})
