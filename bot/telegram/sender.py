"""The outbox's Sender for Telegram, and the one place PTB's errors become the outbox's faults.

`delivery_faults` maps them where they enter, as httpx's `map_exceptions` does, so the
deliverer decides on "throttled", "chat gone" or "chat moved" and never sees a PTB class:

    RetryAfter                              -> Throttled(retry_after)
    ChatMigrated                            -> ChatMoved(new_chat_id)
    Forbidden (blocked, kicked, deleted)    -> ChatGone
    BadRequest "can't parse entities"       -> HtmlRefused
    BadRequest "message is not modified"    -> NotModified
    any other BadRequest                    -> Rejected
    TimedOut, NetworkError, other TelegramError, OSError -> Transient
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from ..deliver import Buttons, ChatGone, ChatMoved, HtmlRefused, NotModified, Rejected, Throttled, Transient


def make_bot(token: str, root: str) -> Bot:
    """A bot talking to `root` (Telegram, or a local Bot API server or fake in tests)."""
    return Bot(token, base_url=f"{root}/bot", base_file_url=f"{root}/file/bot")


@contextlib.contextmanager
def delivery_faults() -> Iterator[None]:
    """The order matters: in PTB a BadRequest is a NetworkError, and TelegramError is the root."""
    try:
        yield
    except RetryAfter as exc:
        raise Throttled(_retry_after_seconds(exc)) from exc
    except ChatMigrated as exc:
        raise ChatMoved(exc.new_chat_id) from exc
    except Forbidden as exc:
        raise ChatGone(str(exc)) from exc
    except BadRequest as exc:
        raise _rejection(exc) from exc
    except (TelegramError, OSError) as exc:
        # Timeouts and 5xx are worth retrying; so, as before, is any other TelegramError (a
        # token revoked while running, a Conflict): the row is given up after a day anyway.
        raise Transient(str(exc)) from exc


def _rejection(exc: BadRequest) -> Rejected:
    """Telegram says which bad request it was only in words."""
    message = str(exc)
    if "parse entities" in message.lower():
        return HtmlRefused(message)
    if "not modified" in message.lower():
        return NotModified(message)
    return Rejected(message)


def _retry_after_seconds(exc: RetryAfter) -> float:
    # PTB 22 returns an int and warns that a future major version returns a timedelta.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramSender:
    """Sends and edits alerts; what a failure means for the row is the deliverer's to decide."""

    def __init__(self, bot: Bot, link_previews: bool = False):
        self.bot = bot
        self.previews = LinkPreviewOptions(is_disabled=not link_previews)

    async def send(
        self,
        chat_id: int,
        html: str | None,
        text: str,
        thread_id: int | None = None,
        silent: bool = False,
        buttons: Buttons = (),
    ) -> int | None:
        with delivery_faults():
            message = await self.bot.send_message(
                chat_id,
                text if html is None else html,
                parse_mode=None if html is None else ParseMode.HTML,
                link_preview_options=self.previews,
                message_thread_id=thread_id,
                disable_notification=silent,
                reply_markup=_keyboard(buttons),
            )
        return message.message_id

    async def edit(self, chat_id: int, message_id: int, html: str | None, text: str, buttons: Buttons = ()) -> None:
        with delivery_faults():
            await self.bot.edit_message_text(
                text if html is None else html,
                chat_id=chat_id,
                message_id=message_id,
                parse_mode=None if html is None else ParseMode.HTML,
                link_preview_options=self.previews,
                reply_markup=_keyboard(buttons),
            )

    async def send_photo(
        self, chat_id: int, png: bytes, caption_html: str | None, caption_text: str, silent: bool = False
    ) -> int | None:
        with delivery_faults():
            message = await self.bot.send_photo(
                chat_id,
                InputFile(png, filename="digest.png"),
                caption=caption_text if caption_html is None else caption_html,
                parse_mode=None if caption_html is None else ParseMode.HTML,
                disable_notification=silent,
            )
        return message.message_id


def _keyboard(buttons: Buttons) -> InlineKeyboardMarkup | None:
    """One row of buttons; none at all when there are none (an edit then removes nothing we sent)."""
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data) for label, data in buttons]])


@contextlib.asynccontextmanager
async def open_sender(token: str, root: str, link_previews: bool = False) -> AsyncIterator[TelegramSender]:
    """A sender with a connection of its own, closed on leaving (the delivery benchmark)."""
    async with make_bot(token, root) as bot:
        yield TelegramSender(bot, link_previews)
