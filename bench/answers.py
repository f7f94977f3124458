"""How long the first answer is, in Telegram's UTF-16 units, per language: median and max.

The first answer should fit one phone screen: a median of at most 900 units and never more
than 1,300 (`check` fails above that). This prints the spread over every topic with every
combination of danger, under 18 and writing for someone else, on a weekday afternoon and on
a holiday night, with IP-phone numbers and without.

    .venv/bin/python bench/answers.py
"""

from __future__ import annotations

import itertools
import statistics
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.channels.telegram.limits import TELEGRAM
from bot.core.content import load_content
from bot.core.engine import Engine
from bot.core.hours import TOKYO
from bot.core.render import ANSWER_MAX
from bot.core.situations import LENGTHENING, TOPICS

ROOT = Path(__file__).resolve().parent.parent
MOMENTS = (datetime(2026, 5, 12, 14, 0, tzinfo=TOKYO), datetime(2026, 5, 4, 23, 30, tzinfo=TOKYO))


def main() -> int:
    content, problems = load_content(ROOT / "flows", ROOT / "locales")
    if content is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    engine = Engine(content, limits=TELEGRAM)
    profiles = [
        frozenset(c)
        for n in range(len(LENGTHENING) + 1)
        for c in itertools.combinations(sorted(LENGTHENING), n)
    ]
    everything: list[int] = []
    print(f"{'lang':<5} {'answers':>7} {'median':>7} {'max':>6}  (UTF-16 units)")
    for lang in sorted(content.texts.catalogs):
        sizes = []
        for profile, topic, moment, ip_phone in itertools.product(
            profiles, sorted(TOPICS), MOMENTS, (False, True)
        ):
            screen = engine.answer(lang, profile | {topic}, moment, ip_phone=ip_phone)
            sizes.append(TELEGRAM.measure(screen.text))
        everything += sizes
        print(f"{lang:<5} {len(sizes):>7} {statistics.median(sizes):>7.0f} {max(sizes):>6}")
    middle = statistics.median(everything)
    print(f"{'all':<5} {len(everything):>7} {middle:>7.0f} {max(everything):>6}")
    print(f"target: median at most 900, never more than {ANSWER_MAX} (check fails above it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
