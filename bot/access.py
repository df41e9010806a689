"""Who may use the bot, from the config alone. Pure: the commands ask it, and so does the app
when a config edit withdraws what admitted a chat (`app.revoke_chats`).

Admins run the admin commands and are allowed users too. An allowed user, or anyone with a
valid invite code, may register a chat. A chat stays admitted only while what admitted it is
still in the config; chats the config lists itself are the config's to remove.
"""

from __future__ import annotations

from typing import Protocol

from .config import Config


class Admission(Protocol):
    """How a stored chat was admitted (the store's chat record has these)."""

    @property
    def admitted_by(self) -> str | None: ...  # "allowed", "code:<code>", or None (listed in the config)

    @property
    def registered_by(self) -> int | None: ...  # the user who registered the chat


def is_admin(config: Config, user_id: int | None) -> bool:
    return user_id is not None and user_id in config.telegram.admins


def is_allowed(config: Config, user_id: int | None) -> bool:
    return is_admin(config, user_id) or (user_id is not None and user_id in config.telegram.access.allowed_users)


def still_admitted(config: Config, chat: Admission) -> bool:
    """Whether what admitted a chat is still in the config: a user removed from
    `allowed_users`, or an invite code withdrawn, takes the chats it admitted with it."""
    if chat.admitted_by == "allowed":
        return is_allowed(config, chat.registered_by)
    if chat.admitted_by and chat.admitted_by.startswith("code:"):
        return chat.admitted_by.removeprefix("code:") in config.telegram.access.invite_codes
    return True
