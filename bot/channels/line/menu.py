"""The rich menu: 110 and 119 as two large `tel:` areas under every LINE chat with the bot,
open by default, so that both stay one tap away whatever the conversation shows.

Made by a command (`referral-bot line-menu`), never by hand: it creates the menu, uploads its
image (`rich-menu.png`, drawn from `rich-menu.html`), makes it the default for everyone, and
deletes the menus it made before.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import httpx
from linebot.v3.messaging import (
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    RichMenuRequest,
)

from bot.channels.line.client import DEFAULT_API

#: The name the command gives its menus, to find and replace them (operators never see it).
NAME = "referral-bot 110 119"
#: Where LINE takes images: another host than the API's, unless the API is a local fake.
DEFAULT_DATA_API = "https://api-data.line.me"
WIDTH, HEIGHT = 2500, 843


class MenuError(Exception):
    """LINE refused a step; the message names the step and LINE's status, nothing else."""


def menu() -> dict[str, Any]:
    half = WIDTH // 2
    return {
        "size": {"width": WIDTH, "height": HEIGHT},
        "selected": True,
        "name": NAME,
        "chatBarText": "110 / 119",
        "areas": [
            {
                "bounds": {"x": 0, "y": 0, "width": half, "height": HEIGHT},
                "action": {"type": "uri", "label": "110", "uri": "tel:110"},
            },
            {
                "bounds": {"x": half, "y": 0, "width": WIDTH - half, "height": HEIGHT},
                "action": {"type": "uri", "label": "119", "uri": "tel:119"},
            },
        ],
    }


def image() -> bytes:
    return files("bot.channels.line").joinpath("rich-menu.png").read_bytes()


async def install(access_token: str, base_url: str = DEFAULT_API) -> tuple[str, int]:
    """Create the menu, upload its image, make it everyone's default, and delete the ones
    this command made before; (the new menu's id, how many old ones were deleted)."""
    base = base_url.rstrip("/")
    data_base = DEFAULT_DATA_API if base == DEFAULT_API else base
    config = Configuration(host=base, access_token=access_token)
    async with AsyncApiClient(config) as client:
        api = AsyncMessagingApi(client)
        step = "list the menus"
        try:
            before = [
                m.rich_menu_id for m in (await api.get_rich_menu_list()).richmenus if m.name == NAME
            ]
            step = "create the menu"
            made = (await api.create_rich_menu(RichMenuRequest.from_dict(menu()))).rich_menu_id
            step = "upload the image"
            async with httpx.AsyncClient(timeout=30) as http:
                answer = await http.post(
                    f"{data_base}/v2/bot/richmenu/{made}/content",
                    content=image(),
                    headers={
                        "Authorization": f"Bearer {access_token}",
                        "Content-Type": "image/png",
                    },
                )
            if answer.status_code != 200:
                raise MenuError(f"LINE refused to {step} ({answer.status_code})")
            step = "make it the default"
            await api.set_default_rich_menu(made)
            step = "delete the old menus"
            for old in before:
                await api.delete_rich_menu(old)
        except ApiException as exc:
            raise MenuError(f"LINE refused to {step} ({exc.status})") from None
        except (httpx.HTTPError, OSError) as exc:
            raise MenuError(f"could not reach LINE to {step} ({type(exc).__name__})") from None
    return made, len(before)
