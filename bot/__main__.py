"""`python -m bot` is the same as the `referral-bot` command."""

from bot.cli import main

raise SystemExit(main())
