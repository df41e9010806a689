"""Telegram commands: what each command answers, and to whom (the rules are `bot.access`).

Strangers get one polite refusal and nothing about them is stored. Admin commands answer
non-admins with the same refusal and reveal nothing (no feed URLs, no ids). Every reply that
quotes user or feed text escapes it, and malformed arguments get a usage line, never a
traceback.

Handlers find what they work with (`Services`) in the Application's `bot_data`, put there
once by the app before updates flow.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from telegram import BotCommand, Chat, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    ExtBot,
    JobQueue,
    MessageHandler,
    filters,
)

from ..access import is_admin, is_allowed, still_admitted
from ..acks import CALLBACK_PATTERN, FEEDBACK, MarkedAlert, feedback_notice, parse_press, press_answer
from ..audience import RINGS_IN_QUIET_HOURS, in_quiet_hours, parse_clock_time, parse_quiet_hours
from ..config import SEVERITIES, canonical_zone, parse_duration
from ..feedhealth import status_line
from ..reload import Reloader
from ..runtime import Runtime
from .paging import MAX_REPLY, first_of, fit_lines, pages

log = logging.getLogger(__name__)

MAX_BUTTONS = 90  # Telegram allows 100 buttons under a message
REFUSAL = "Sorry, this bot is only for invited security staff. Ask your security focal point for an invite code."
ADMIN_REFUSAL = "Sorry, that command is for the bot's administrators."
# An invited person in a group they do not administer lacks the group's rights, not an invite.
GROUP_ADMIN_REFUSAL = (
    "Sorry, only an administrator of this group can register it or change its subscriptions and settings. "
    "Ask a group administrator who is on the bot's allowed list, or use the bot in a private chat."
)
GROUP_CODE_REFUSAL = (
    "Sorry, an invite code registers a private chat only: open a private chat with the bot and send /start with it there. "
    "A group is registered by one of its administrators who is on the bot's allowed list."
)

USER_COMMANDS = [
    BotCommand("start", "Register this chat (with an invite code if you have one)"),
    BotCommand("subscribe", "Receive a watchlist's alerts: /subscribe ID"),
    BotCommand("unsubscribe", "Stop a watchlist's alerts: /unsubscribe ID"),
    BotCommand("watchlists", "Watchlists, with buttons to subscribe"),
    BotCommand("list", "Watchlists and this chat's subscriptions"),
    BotCommand("mute", "Pause alerts for a while: /mute 2h"),
    BotCommand("unmute", "Resume alerts"),
    BotCommand("severity", "Lowest severity this chat wants: /severity high"),
    BotCommand("timezone", "This chat's time zone: /timezone Africa/Bamako"),
    BotCommand("quiet", "Silent alerts at night (critical still rings): /quiet 22:00-06:00"),
    BotCommand("digest", "A daily summary with a chart: /digest 07:00, /digest now, /digest off"),
    BotCommand("help", "What the bot does and its commands"),
]
ADMIN_COMMANDS = [
    BotCommand("status", "Feed health and the delivery queue"),
    BotCommand("test", "What a headline would match, and why: /test TEXT"),
    BotCommand("reload", "Reload config.yaml now"),
]

HELP = """<b>Security alerts</b> for the places your team watches.
The bot reads news feeds and sends an alert when a watched place is named with a security event.

/start [CODE] — register this chat
/watchlists — watchlists, with buttons to subscribe
/list — watchlists and this chat's subscriptions
/subscribe ID — receive a watchlist's alerts
/unsubscribe ID — stop them
/mute 2h — pause alerts (/unmute resumes)
/severity LEVEL — the lowest severity this chat wants (low, medium, high, critical)
/timezone Area/City — this chat's time zone, for its quiet hours
/quiet 22:00-06:00 — alerts arrive without a sound then, except critical ones (/quiet off ends it)
/digest 07:00 — a daily summary at that time, with a chart of the week (/digest now, /digest off)
Under each alert: Seen, False alarm, Duplicate — what you mark is shown on the alert; false alarms and duplicates reach the admins
/help — this message"""

ADMIN_HELP = """
Admins:
/status — feed health and the delivery queue
/test TEXT — what a headline would match, and why
/reload — reload config.yaml now (edits are also picked up by themselves)"""


# The Application as `Application.builder().build()` makes it.
TelegramApp = Application[
    ExtBot[None], ContextTypes.DEFAULT_TYPE, dict[Any, Any], dict[Any, Any], dict[Any, Any], JobQueue[ContextTypes.DEFAULT_TYPE]
]

SERVICES = "services"  # the key of `Services` in bot_data


@dataclass(frozen=True)
class Services:
    """What the commands work with, as one typed value rather than loose `bot_data` keys."""

    rt: Runtime
    reloader: Reloader | None = None  # None when the bot was started without a config file to watch
    wake: Callable[[], None] = lambda: None  # the outbox has something new: a mark to show, a digest
    tell_admins: Callable[[str], Awaitable[None]] | None = None


def _services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    services: Services = context.application.bot_data[SERVICES]
    return services


def _rt(context: ContextTypes.DEFAULT_TYPE) -> Runtime:
    return _services(context).rt


def _user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


async def _reply(update: Update, html: str) -> None:
    """A reply longer than one message goes as several, split at line breaks (never inside a tag:
    our replies are line-based), rather than cut: the end of a list is as needed as its start."""
    if update.effective_message:
        for page in pages(html):
            await update.effective_message.reply_text(page, parse_mode=ParseMode.HTML)


async def _chat_admitted(rt: Runtime, context: ContextTypes.DEFAULT_TYPE, chat: Chat | None, user_id: int | None) -> bool:
    """May this user change this chat's subscriptions and settings?

    A private chat that was admitted (allowed user or invite code) may. In a group, the user
    must be allowed and a Telegram administrator of that group, so that an ordinary member
    cannot change what the ops room receives.
    """
    if chat is None:
        return False
    record = rt.store.chat(chat.id)
    if chat.type == ChatType.PRIVATE:
        return (record is not None and record.active and still_admitted(rt.config, record)) or is_allowed(rt.config, user_id)
    return is_allowed(rt.config, user_id) and await _group_admin(context, chat.id, user_id)


async def _admitted_chat(rt: Runtime, update: Update, context: ContextTypes.DEFAULT_TYPE) -> Chat | None:
    """The chat, when the sender may change it; otherwise the refusal is sent and None returned."""
    chat = update.effective_chat
    if chat is None or not await _chat_admitted(rt, context, chat, _user_id(update)):
        await _reply(update, _refusal(rt, chat, _user_id(update)))
        return None
    return chat


def _refusal(rt: Runtime, chat: Chat | None, user_id: int | None, code: str | None = None) -> str:
    """Why a chat is refused, in the sender's terms: a stranger is told the bot is for invited
    staff; an allowed user in a group they do not administer, that the group's administrators
    register it (they are invited: telling them otherwise sends them after a code they have);
    an invite code sent in a group, that codes register private chats."""
    if chat is None or chat.type == ChatType.PRIVATE:
        return REFUSAL
    if is_allowed(rt.config, user_id):
        return GROUP_ADMIN_REFUSAL
    if code is not None and code in rt.config.telegram.access.invite_codes:
        return GROUP_CODE_REFUSAL
    return REFUSAL


async def _group_admin(context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int | None) -> bool:
    if user_id is None:
        return False
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError as exc:
        log.info("could not check a group member's rights: %s", exc)
        return False
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admit the chat for an allowed user or a valid invite code; refuse anyone else."""
    rt = _rt(context)
    chat = update.effective_chat
    if chat is None:
        return
    code = context.args[0] if context.args else None
    known = rt.store.chat(chat.id)
    basis = None
    if is_allowed(rt.config, _user_id(update)):
        basis = "allowed"
    elif code is not None and code in rt.config.telegram.access.invite_codes:
        basis = f"code:{code}"
    if chat.type == ChatType.PRIVATE:
        # An invited chat that blocked the bot comes back with a plain /start (Telegram's Restart),
        # as long as what admitted it is still in the config.
        admitted = basis is not None or (known is not None and still_admitted(rt.config, known))
    else:  # a group: an allowed user who administers it
        admitted = await _chat_admitted(rt, context, chat, _user_id(update))
    if not admitted:
        log.info("refused /start from a user who is not allowed")
        await _reply(update, _refusal(rt, chat, _user_id(update), code))
        return
    rt.store.register_chat(chat.id, chat.type, chat.title, _user_id(update), rt.clock(), basis)
    await _reply(update, "Welcome. This chat is registered.\n\n" + _watchlists_text(rt, chat.id, places=WELCOME_PLACES))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rt = _rt(context)
    await _reply(update, HELP + (ADMIN_HELP if is_admin(rt.config, _user_id(update)) else ""))


WELCOME_PLACES = 6  # places named per watchlist in /start's welcome; /list names them all


def _watchlists_text(rt: Runtime, chat_id: int, places: int | None = None) -> str:
    """Every watchlist, the chat's own first (it must always see what it is subscribed to), with
    its places: all of them, or the first `places` and how many more. A long text is sent as
    several messages by `_reply`."""
    subscribed = dict(rt.store.subscriptions(chat_id))
    lines = ["<b>Watchlists</b> (✅ = this chat is subscribed):"]
    ordered = sorted(rt.config.watchlists.items(), key=lambda item: item[0] not in subscribed)
    for wl_id, wl in ordered:
        mark = "✅" if wl_id in subscribed else "▫️"
        names = [loc.name for loc in wl.locations]
        named = ", ".join(names) if places is None else first_of(names, places)
        lines.append(f"{mark} <code>{escape(wl_id)}</code> — {escape(wl.title)} ({escape(wl.severity)}): {escape(named)}")
    gone = [wl_id for wl_id in subscribed if wl_id not in rt.config.watchlists]
    if gone:
        lines.append("Subscribed to watchlists no longer in the config: " + ", ".join(escape(w) for w in gone))
    lines.append("\nSubscribe with /subscribe ID." + ("" if places is None else " /list names every place."))
    return "\n".join(lines)


async def list_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rt = _rt(context)
    if not await _chat_admitted(rt, context, update.effective_chat, _user_id(update)) or update.effective_chat is None:
        await _reply(update, _refusal(rt, update.effective_chat, _user_id(update)))
        return
    await _reply(update, _watchlists_text(rt, update.effective_chat.id))


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _change_subscription(update, context, subscribing=True)


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _change_subscription(update, context, subscribing=False)


async def _change_subscription(update: Update, context: ContextTypes.DEFAULT_TYPE, subscribing: bool) -> None:
    rt = _rt(context)
    verb = "subscribe" if subscribing else "unsubscribe"
    chat = await _admitted_chat(rt, update, context)
    if chat is None:
        return
    args = context.args or []
    if len(args) != 1:
        await _reply(update, f"Usage: /{verb} ID — see /watchlists for the ids.")
        return
    await _reply(update, _set_subscription(rt, chat, _user_id(update), args[0], subscribing))


def _ensure_registered(rt: Runtime, chat: Chat, user_id: int | None) -> None:
    """An admitted chat's first command, or a chat back after blocking, registers it."""
    record = rt.store.chat(chat.id)
    if record is None or not record.active:
        basis = "allowed" if is_allowed(rt.config, user_id) else None
        rt.store.register_chat(chat.id, chat.type, chat.title, user_id, rt.clock(), basis)


def _set_subscription(rt: Runtime, chat: Chat, user_id: int | None, wl_id: str, subscribing: bool) -> str:
    """Subscribe or unsubscribe an admitted chat; the reply says what happened."""
    if wl_id not in rt.config.watchlists:
        return f"There is no watchlist <code>{escape(wl_id[:64])}</code>. See /watchlists."
    title = escape(rt.config.watchlists[wl_id].title)
    _ensure_registered(rt, chat, user_id)
    if subscribing:
        new = rt.store.subscribe(chat.id, wl_id, rt.clock())
        return f"Subscribed to {title}." if new else f"This chat already receives {title}."
    sources = dict(rt.store.subscriptions(chat.id))
    if sources.get(wl_id) == "config":
        return f"{title} is sent to this chat by the bot's config; ask an admin to change it."
    if rt.store.unsubscribe(chat.id, wl_id):
        return f"Unsubscribed from {title}."
    return f"This chat was not subscribed to {title}."


async def watchlists_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The watchlists with a button each to subscribe or unsubscribe this chat."""
    rt = _rt(context)
    chat = await _admitted_chat(rt, update, context)
    if chat is None:
        return
    if update.effective_message:
        text, buttons = _watchlists_with_buttons(rt, chat.id)
        await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=buttons)


def _watchlists_with_buttons(rt: Runtime, chat_id: int) -> tuple[str, InlineKeyboardMarkup]:
    subscribed = dict(rt.store.subscriptions(chat_id))
    lines = ["<b>Watchlists</b>"]
    rows = []
    ordered = sorted(rt.config.watchlists.items(), key=lambda item: item[0] not in subscribed)  # the chat's own first
    for wl_id, wl in ordered[:MAX_BUTTONS]:
        names = [loc.name for loc in wl.locations]
        places = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        mark = "✅" if wl_id in subscribed else "▫️"
        lines.append(f"{mark} <code>{escape(wl_id)}</code> — {escape(wl.title)} ({escape(wl.severity)}): {escape(places)}")
        if wl_id in subscribed:
            rows.append([InlineKeyboardButton(f"Unsubscribe: {wl.title}"[:60], callback_data=f"unsub:{wl_id}")])
        else:
            rows.append([InlineKeyboardButton(f"Subscribe: {wl.title}"[:60], callback_data=f"sub:{wl_id}")])
    if len(rt.config.watchlists) > MAX_BUTTONS:
        lines.append(f"…and {len(rt.config.watchlists) - MAX_BUTTONS} more: /subscribe ID works for all of them.")
    text = "\n".join(lines)
    if len(text) > MAX_REPLY:
        text = text[: text.rfind("\n", 0, MAX_REPLY - 60)] + "\n…the list is cut: /list shows all."
    return text, InlineKeyboardMarkup(rows)


async def watchlist_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A tap on a /watchlists button: the same rules as /subscribe and /unsubscribe."""
    rt = _rt(context)
    query = update.callback_query
    if query is None or query.message is None:
        return
    chat = query.message.chat
    user_id = query.from_user.id if query.from_user else None
    if not await _chat_admitted(rt, context, chat, user_id):
        await query.answer("Sorry, you cannot change this chat's subscriptions.", show_alert=True)
        return
    action, _, wl_id = (query.data or "").partition(":")
    if action not in ("sub", "unsub"):
        await query.answer()
        return
    result = _set_subscription(rt, chat, user_id, wl_id, action == "sub")
    await query.answer(re.sub(r"<[^>]+>", "", result)[:190])
    text, buttons = _watchlists_with_buttons(rt, chat.id)
    with contextlib.suppress(TelegramError):  # "message is not modified" and the like
        await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=buttons)


async def mute(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/mute 2h: no alerts to this chat for a while (they are not kept for later)."""
    rt = _rt(context)
    chat = await _admitted_chat(rt, update, context)
    if chat is None:
        return
    try:
        args = context.args or []
        seconds = parse_duration(args[0]) if len(args) == 1 else None
    except ValueError:
        seconds = None
    if seconds is None or seconds > 30 * 86400:
        await _reply(update, "Usage: /mute DURATION — for example /mute 2h (at most 30d). /unmute ends it.")
        return
    until = rt.clock() + timedelta(seconds=seconds)
    _ensure_registered(rt, chat, _user_id(update))
    rt.store.set_mute(chat.id, until)
    await _reply(update, f"Muted until {until:%d %b %H:%M} UTC. Alerts in the meantime are not sent. /unmute ends it.")


async def unmute(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rt = _rt(context)
    chat = await _admitted_chat(rt, update, context)
    if chat is None:
        return
    _ensure_registered(rt, chat, _user_id(update))
    rt.store.set_mute(chat.id, None)
    await _reply(update, "Alerts are on again.")


async def severity(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/severity high: only alerts of that severity or above reach this chat."""
    rt = _rt(context)
    chat = await _admitted_chat(rt, update, context)
    if chat is None:
        return
    levels = " | ".join(SEVERITIES)
    args = context.args or []
    if len(args) != 1 or args[0].lower() not in SEVERITIES:
        current = rt.store.chat_settings(chat.id).min_severity
        await _reply(update, f"Usage: /severity LEVEL ({levels}). This chat now gets: {current or 'low'} and above.")
        return
    level = args[0].lower()
    _ensure_registered(rt, chat, _user_id(update))
    rt.store.set_min_severity(chat.id, level)
    await _reply(update, f"This chat now gets {level} alerts and above.")


TIMEZONE_USAGE = "/timezone Area/City — an IANA time zone, for example /timezone Africa/Bamako or /timezone UTC."
QUIET_USAGE = "/quiet HH:MM-HH:MM — for example /quiet 22:00-06:00 (this chat's time); /quiet off ends them."


def _zone_of(rt: Runtime, chat_id: int) -> tuple[str, bool]:
    """The chat's time zone, and whether it is the chat's own rather than the config's default."""
    own = rt.store.chat_settings(chat_id).timezone
    return (own, True) if own else (rt.config.telegram.timezone, False)


async def timezone_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/timezone Africa/Bamako: the clock this chat's quiet hours are read on. IANA names only:
    an abbreviation (WAT, CET) is ambiguous and knows nothing of summer time."""
    rt = _rt(context)
    chat = await _admitted_chat(rt, update, context)
    if chat is None:
        return
    args = context.args or []
    if not args:
        zone, own = _zone_of(rt, chat.id)
        local = rt.clock().astimezone(ZoneInfo(zone))
        default = "" if own else " (the bot's default)"
        await _reply(update, f"This chat's time zone: {escape(zone)}{default}, now {local:%H:%M}. {TIMEZONE_USAGE}")
        return
    named = canonical_zone(args[0]) if len(args) == 1 else None
    if named is None:
        await _reply(update, f"Usage: {TIMEZONE_USAGE}")
        return
    _ensure_registered(rt, chat, _user_id(update))
    rt.store.set_timezone(chat.id, named)
    local = rt.clock().astimezone(ZoneInfo(named))
    await _reply(update, f"This chat's time zone is now {escape(named)} (now {local:%H:%M} there).")


async def quiet(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quiet 22:00-06:00: in those hours (the chat's local time) alerts below critical arrive
    without a sound. They still arrive: a quiet night must not mean a missed warning."""
    rt = _rt(context)
    chat = await _admitted_chat(rt, update, context)
    if chat is None:
        return
    args = context.args or []
    zone, _ = _zone_of(rt, chat.id)
    if not args:
        window = rt.store.chat_settings(chat.id).quiet
        if window is None:
            await _reply(update, f"No quiet hours: every alert rings. Time zone: {escape(zone)}. {QUIET_USAGE}")
            return
        now = " (now)" if in_quiet_hours(window, zone, rt.clock()) else ""
        await _reply(
            update,
            f"Quiet hours: {window}{now}, {escape(zone)} time: alerts below {RINGS_IN_QUIET_HOURS} arrive without a sound. "
            "/quiet off ends them.",
        )
        return
    if len(args) == 1 and args[0].lower() == "off":
        _ensure_registered(rt, chat, _user_id(update))
        rt.store.set_quiet_hours(chat.id, None)
        await _reply(update, "Quiet hours are off: every alert rings.")
        return
    try:
        window = parse_quiet_hours(" ".join(args))
    except ValueError as exc:  # what is wrong, then how it is written
        reason = str(exc)
        await _reply(update, f"{escape(reason[:1].upper() + reason[1:])}. Usage: {QUIET_USAGE}")
        return
    _ensure_registered(rt, chat, _user_id(update))
    rt.store.set_quiet_hours(chat.id, window)
    await _reply(
        update,
        f"Quiet hours: {window}, {escape(zone)} time. Alerts below {RINGS_IN_QUIET_HOURS} arrive without a sound then; "
        f"{RINGS_IN_QUIET_HOURS} ones still ring. /timezone changes the zone.",
    )


DIGEST_USAGE = (
    "/digest HH:MM — a daily summary at that time (this chat's clock); /digest now sends one now; /digest off stops it."
)


async def digest_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest 07:00: the day at a glance, each morning. It goes through the outbox like an alert,
    so it keeps Telegram's limits and survives a restart; once a day, recorded in alerts.db."""
    rt = _rt(context)
    chat = await _admitted_chat(rt, update, context)
    if chat is None:
        return
    args = context.args or []
    zone, _ = _zone_of(rt, chat.id)
    if not args:
        at = rt.store.chat_settings(chat.id).digest_at
        state = f"Daily digest at {at:%H:%M}, {escape(zone)} time." if at else "No daily digest."
        await _reply(update, f"{state} {DIGEST_USAGE}")
        return
    word = args[0].lower() if len(args) == 1 else ""
    _ensure_registered(rt, chat, _user_id(update))
    if word == "off":
        rt.store.set_digest_time(chat.id, None, rt.clock())
        await _reply(update, "No more daily digests. /digest 07:00 starts them again.")
        return
    if word == "now":
        rt.store.queue_digest(chat.id, None, rt.clock())
        _services(context).wake()
        await _reply(update, "The digest is on its way.")
        return
    try:
        at = parse_clock_time(word)
    except ValueError:
        await _reply(update, f"Usage: {DIGEST_USAGE}")
        return
    rt.store.set_digest_time(chat.id, at, rt.clock())
    await _reply(
        update, f"A daily digest at {at:%H:%M}, {escape(zone)} time (/timezone changes the zone), from the next {at:%H:%M}."
    )


async def mark_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A press of Seen, False alarm or Duplicate under an alert. Answered at once; recorded only
    for a chat and user the access rules admit, and only for an alert this chat was sent; shown on
    the message by an edit through the outbox; false alarms and duplicates reach the admins."""
    rt = _rt(context)
    query = update.callback_query
    if query is None:
        return
    press = parse_press(query.data)
    message = query.message
    user = query.from_user
    if press is None or message is None or user is None:
        await query.answer()
        return
    if not await _may_mark(rt, context, message.chat, user.id):
        await query.answer("Sorry, only the chat's invited staff can mark alerts.", show_alert=True)
        return
    name = user.full_name or (f"@{user.username}" if user.username else str(user.id))
    new = rt.store.record_mark(
        press.delivery_id, message.chat.id, message.message_id, user.id, name, press.disposition, rt.clock()
    )
    if new is None:
        await query.answer("This alert can no longer be marked.")
        return
    await query.answer(press_answer(press.disposition, new))
    if not new:
        return
    services = _services(context)
    services.wake()
    if press.disposition in FEEDBACK and services.tell_admins is not None:
        delivery = rt.store.marked_delivery(press.delivery_id)
        if delivery is not None:
            title = message.chat.title or name
            marked = MarkedAlert(
                press.disposition,
                name,
                title,
                delivery.watchlist,
                delivery.watchlist_title,
                delivery.matches,
                delivery.feed,
                delivery.title,
                delivery.link,
            )
            await services.tell_admins(feedback_notice(marked))


async def _may_mark(rt: Runtime, context: ContextTypes.DEFAULT_TYPE, chat: Chat, user_id: int) -> bool:
    """A private chat the bot admitted; in a group the bot admitted, any member (the group's
    Telegram admins decide who is in it): marking says what one saw, it changes nothing."""
    record = rt.store.chat(chat.id)
    if record is None or not record.active:
        return False
    if chat.type == ChatType.PRIVATE:
        return still_admitted(rt.config, record) or is_allowed(rt.config, user_id)
    return still_admitted(rt.config, record)


async def chat_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was added to or removed from a chat: a configured group is back when re-added."""
    rt = _rt(context)
    change = update.my_chat_member
    if change is None:
        return
    chat, status = change.chat, change.new_chat_member.status
    static = {chat_id for wl in rt.config.watchlists.values() for chat_id, _ in wl.chat_targets}
    if status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR):
        if chat.id in static or rt.store.chat(chat.id) is not None:
            rt.store.register_chat(chat.id, chat.type, chat.title, None, rt.clock())
            log.info("the bot is back in chat %s; its alerts resume", chat.id)
    elif status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED) and rt.store.chat(chat.id) is not None:
        rt.store.set_chat_active(chat.id, False)
        log.info("the bot was removed from chat %s; its alerts stop", chat.id)


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins: every feed's health and the queue, for a glance from a phone."""
    rt = _rt(context)
    if not is_admin(rt.config, _user_id(update)):
        await _reply(update, ADMIN_REFUSAL)
        return
    attention: list[str] = []
    healthy: list[str] = []
    for feed in rt.config.feeds:
        line = escape(status_line(feed.name, rt.store.feed_state(feed.name)))
        (healthy if line.startswith("✅") else attention).append(line)
    attention.sort(key=lambda line: not line.startswith("❌"))  # failing, then late (not polled yet)
    for host, lag in sorted(rt.hosts_behind.items()):  # a server too slow for its feeds' intervals
        attention.append(escape(f"⏳ {lag.sentence(host)}"))
    tail = _status_tail(rt)
    head = f"<b>Feeds</b> ({len(healthy)} of {len(rt.config.feeds)} ok)"
    budget = MAX_REPLY - len(head) - sum(len(line) + 1 for line in tail) - 2
    summary = "✅ {n} other feeds ok (python -m bot feeds lists them)" if attention else "✅ all {n} feeds ok"
    await _reply(update, "\n".join([head, *fit_lines(attention, healthy, budget, summary), *tail]))


def _status_tail(rt: Runtime) -> list[str]:
    """/status after the feeds: alerts, the queue, the marks; always whole (the feeds give way)."""
    lines: list[str] = []
    midnight = rt.clock().replace(hour=0, minute=0, second=0, microsecond=0)
    uptime = rt.clock() - rt.started
    lines.append(
        f"\n<b>Alerts</b>: {rt.store.sent_since(midnight)} messages sent today (UTC); "
        f"{rt.store.items_seen()} items seen; up {uptime.days}d {uptime.seconds // 3600}h {uptime.seconds % 3600 // 60}m"
    )
    queue = rt.store.queue_health()
    waiting = f", oldest queued {queue.oldest:%d %b %H:%M} UTC" if queue.oldest else ""
    lines.append(
        f"\n<b>Queue</b>: {queue.pending} deliveries pending{waiting}; {queue.failed} failed; "
        f"{queue.blocked} blocked (the chat blocked or removed the bot); "
        f"{queue.withdrawn} withdrawn (unsubscribed or muted after they were queued); "
        f"admin notices: {queue.notices_pending} pending, {queue.notices_failed} failed"
    )
    lines.extend(_marks_lines(rt))
    return lines


STATUS_MARK_ROWS = 10


def _marks_lines(rt: Runtime) -> list[str]:
    """The last week's alerts that people marked, worst first: where the config needs work."""
    rows = [r for r in rt.store.mark_counts(rt.clock() - timedelta(days=7)) if r.false_alarms or r.duplicates or r.seen]
    if not rows:
        return ["\n<b>Marks</b> (7 days): none yet."]
    lines = ["\n<b>Marks</b> (7 days; watchlist · location · feed: alerts, false alarms, duplicates, seen)"]
    for r in rows[:STATUS_MARK_ROWS]:
        lines.append(
            f"{escape(r.watchlist)} · {escape(r.location or '?')} · {escape(r.feed)}: "
            f"{r.alerts}, {r.false_alarms} false, {r.duplicates} dup, {r.seen} seen"
        )
    if len(rows) > STATUS_MARK_ROWS:
        lines.append(f"…{len(rows) - STATUS_MARK_ROWS} more: python -m bot stats shows all.")
    return lines


async def test_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins: what a headline would match, and why."""
    rt = _rt(context)
    if not is_admin(rt.config, _user_id(update)):
        await _reply(update, ADMIN_REFUSAL)
        return
    text = " ".join(context.args or []).strip()
    if not text:
        await _reply(update, "Usage: /test TEXT — for example /test Gunfire near Bamako airport")
        return
    await _reply(update, escape(rt.matcher.explain(text)))


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins: reload config.yaml now (it also reloads by itself when the file changes)."""
    rt = _rt(context)
    if not is_admin(rt.config, _user_id(update)):
        await _reply(update, ADMIN_REFUSAL)
        return
    reloader = _services(context).reloader
    if reloader is None:
        await _reply(update, "This bot was started without a config file to watch.")
        return
    await _reply(update, escape(await reloader.reload(requested=True)))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.effective_message.text if update.effective_message else ""
    command = (text or "").split()[0] if text else ""
    if "@" in command and command.split("@", 1)[1].lower() != (context.bot.username or "").lower():
        return  # a command for another bot in the same group
    await _reply(update, "Unknown command. Send /help for the list.")


# Commands answer new messages only (python-telegram-bot's CommandHandler also takes edited ones
# by default): editing an old message into "/unsubscribe bamako" must not unsubscribe the chat.
# Channel posts are not taken either: a channel has no sender to answer, and the bot posts no
# "Unknown command" into a channel.
NEW_MESSAGES = filters.UpdateType.MESSAGE


def register_handlers(app: TelegramApp) -> None:
    app.add_handler(CommandHandler("start", start, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("help", help_command, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("list", list_command, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("watchlists", watchlists_command, filters=NEW_MESSAGES))
    app.add_handler(CallbackQueryHandler(watchlist_button, pattern=r"^(un)?sub:"))
    app.add_handler(CommandHandler("mute", mute, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("unmute", unmute, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("severity", severity, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("timezone", timezone_command, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("quiet", quiet, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("digest", digest_command, filters=NEW_MESSAGES))
    app.add_handler(CallbackQueryHandler(mark_button, pattern=CALLBACK_PATTERN))
    app.add_handler(ChatMemberHandler(chat_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(CommandHandler("subscribe", subscribe, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("unsubscribe", unsubscribe, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("status", status, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("test", test_command, filters=NEW_MESSAGES))
    app.add_handler(CommandHandler("reload", reload_command, filters=NEW_MESSAGES))
    app.add_handler(MessageHandler(filters.COMMAND & NEW_MESSAGES, unknown_command))
