"""`referral-bot <args>` run in the test's own process: what it prints, and its exit code.

For tests of what a command writes or prints (links, cards, statistics, diagrams); a test of
the command as a person runs it in a terminal starts a real process (`testkit.process.cli`).
Here the same `bot.cli.main` runs with the environment, the working folder (the checkout),
standard input and output set as that process would have them, and put back afterwards.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator

from testkit import ROOT


@contextlib.contextmanager
def environment(env: dict[str, str]) -> Iterator[None]:
    """The process environment without TELEGRAM_BOT_TOKEN, plus `env`, for the block."""
    saved = dict(os.environ)
    os.environ.pop("TELEGRAM_BOT_TOKEN", None)
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def invoke(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the command in this process; its exit code and what it printed, as `cli` gives."""
    from bot.cli import main

    out, err = io.StringIO(), io.StringIO()
    with (
        environment(env or {}),
        contextlib.chdir(ROOT),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        stdin_was, sys.stdin = sys.stdin, io.StringIO(stdin)
        try:
            code = main(list(args))
        except SystemExit as exit:  # argparse: --help, --version, a usage error
            code = 0 if exit.code is None else exit.code if isinstance(exit.code, int) else 1
        finally:
            sys.stdin = stdin_was
    command = ["referral-bot", *args]
    return subprocess.CompletedProcess(command, code, out.getvalue(), err.getvalue())
