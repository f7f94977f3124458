"""Configuration from the environment, checked before anything starts.

Errors name the variable and what is wrong with it, never its value: a token or secret must not
reach a terminal, a log or a CI transcript.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_API = "https://api.telegram.org/bot"
_TOKEN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,64}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{16,256}$")
_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(ValueError):
    """A missing or malformed setting; the message never contains the value."""


@dataclass(frozen=True)
class Settings:
    token: str
    api_base_url: str
    data_dir: Path
    webhook_url: str | None
    webhook_secret: str | None
    webhook_listen: str
    webhook_port: int
    log_level: str

    def __repr__(self) -> str:  # the token and secret must never be printed
        return f"Settings(api_base_url={self.api_base_url!r}, webhook={bool(self.webhook_url)})"

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values to scrub from every log line."""
        return tuple(s for s in (self.token, self.webhook_secret) if s)


def log_level_from(env: Mapping[str, str]) -> str:
    """LOG_LEVEL (default INFO); SettingsError naming the choices when it is none of them."""
    level = (env.get("LOG_LEVEL", "").strip() or "INFO").upper()
    if level not in _LEVELS:
        raise SettingsError(f"LOG_LEVEL must be one of {', '.join(_LEVELS)}")
    return level


def data_dir_from(env: Mapping[str, str]) -> Path:
    """REFERRAL_DATA_DIR, where every file the bot writes goes (default ./data)."""
    return Path(env.get("REFERRAL_DATA_DIR", "").strip() or "./data")


def from_env(env: Mapping[str, str]) -> Settings:
    """Read and check every setting; SettingsError names the first problem."""
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)")
    if not _TOKEN.match(token):
        raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters)")
    api = env.get("TELEGRAM_API_BASE_URL", DEFAULT_API).strip() or DEFAULT_API
    if not re.match(r"^https?://[^\s]+$", api):
        raise SettingsError("TELEGRAM_API_BASE_URL must be an http(s) address")
    webhook_url = env.get("WEBHOOK_URL", "").strip() or None
    secret = env.get("WEBHOOK_SECRET", "").strip() or None
    if webhook_url is not None:
        if not webhook_url.startswith("https://") and not webhook_url.startswith("http://127."):
            raise SettingsError("WEBHOOK_URL must be an https:// address")
        if secret is None:
            raise SettingsError("WEBHOOK_SECRET is required with WEBHOOK_URL")
    if secret is not None and not _SECRET.match(secret):
        raise SettingsError("WEBHOOK_SECRET must be 16-256 of A-Z, a-z, 0-9, _ and -")
    port_text = env.get("WEBHOOK_PORT", "").strip() or "8443"
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise SettingsError("WEBHOOK_PORT must be a port number (1-65535)")
    level = log_level_from(env)
    return Settings(
        token=token,
        api_base_url=api,
        data_dir=data_dir_from(env),
        webhook_url=webhook_url,
        webhook_secret=secret,
        webhook_listen=env.get("WEBHOOK_LISTEN", "127.0.0.1").strip() or "127.0.0.1",
        webhook_port=int(port_text),
        log_level=level,
    )


def webhook_beside_web(env: Mapping[str, str]) -> Settings | None:
    """Telegram's settings when `referral-bot web` should also take Telegram's webhook (the
    token and WEBHOOK_URL are both set), checked as `run` checks them; else None. Polling
    stays `referral-bot run`'s: several workers cannot all poll."""
    if not env.get("TELEGRAM_BOT_TOKEN", "").strip() or not env.get("WEBHOOK_URL", "").strip():
        return None
    return from_env(env)


DEFAULT_LINE_API = "https://api.line.me"
_LINE_SECRET = re.compile(r"^[0-9a-f]{32}$")
_LINE_TOKEN = re.compile(r"^[A-Za-z0-9+/=._-]{20,1024}$")
_LINE_ID = re.compile(r"^@[a-z0-9._-]{2,30}$")


@dataclass(frozen=True)
class LineSettings:
    """The LINE official account's channel, for `referral-bot web`."""

    channel_secret: str
    access_token: str
    api_base_url: str
    webhook_path: str
    #: The account's ID (`@...`), for add-friend links; optional.
    bot_id: str | None

    def __repr__(self) -> str:  # the secret and token must never be printed
        return f"LineSettings(api_base_url={self.api_base_url!r}, path={self.webhook_path!r})"

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.channel_secret, self.access_token)


def line_bot_id_from(env: Mapping[str, str]) -> str | None:
    """LINE_BOT_ID, the official account's ID (`@` and letters), or None when unset."""
    bot_id = env.get("LINE_BOT_ID", "").strip().lower() or None
    if bot_id is not None and not _LINE_ID.match(bot_id):
        raise SettingsError("LINE_BOT_ID must be the account's ID, like @123abcde")
    return bot_id


def line_from(env: Mapping[str, str]) -> LineSettings | None:
    """LINE's settings when both the channel secret and the access token are set; None when
    neither is; SettingsError naming the first problem otherwise."""
    secret = env.get("LINE_CHANNEL_SECRET", "").strip()
    token = env.get("LINE_CHANNEL_ACCESS_TOKEN", "").strip()
    if not secret and not token:
        return None
    if not secret:
        raise SettingsError("LINE_CHANNEL_SECRET is required with LINE_CHANNEL_ACCESS_TOKEN")
    if not token:
        raise SettingsError("LINE_CHANNEL_ACCESS_TOKEN is required with LINE_CHANNEL_SECRET")
    if not _LINE_SECRET.match(secret):
        raise SettingsError("LINE_CHANNEL_SECRET must be the 32 hexadecimal characters LINE shows")
    if not _LINE_TOKEN.match(token):
        raise SettingsError("LINE_CHANNEL_ACCESS_TOKEN does not look like a channel access token")
    api = env.get("LINE_API_BASE_URL", "").strip() or DEFAULT_LINE_API
    if not re.match(r"^https?://[^\s]+$", api):
        raise SettingsError("LINE_API_BASE_URL must be an http(s) address")
    path = env.get("LINE_WEBHOOK_PATH", "").strip() or "/line"
    if not re.match(r"^/[A-Za-z0-9/_-]{1,100}$", path):
        raise SettingsError("LINE_WEBHOOK_PATH must be a path like /line")
    return LineSettings(secret, token, api, path, line_bot_id_from(env))
