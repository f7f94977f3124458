"""Telegram: handlers, polling, the webhook, and the Bot API calls."""
