"""Telegram commands: who may use the bot, and what each command answers.

Strangers get one polite refusal and nothing about them is stored. Admin commands answer
non-admins with the same refusal and reveal nothing (no feed URLs, no ids). Every reply that
quotes user or feed text escapes it, and malformed arguments get a usage line, never a
traceback.
"""

from __future__ import annotations

import logging
from html import escape

from telegram import BotCommand, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from .pipeline import Runtime

log = logging.getLogger(__name__)

MAX_REPLY = 4096
REFUSAL = "Sorry, this bot is only for invited security staff. Ask your security focal point for an invite code."
ADMIN_REFUSAL = "Sorry, that command is for the bot's administrators."

USER_COMMANDS = [
    BotCommand("start", "Register this chat (with an invite code if you have one)"),
    BotCommand("subscribe", "Receive a watchlist's alerts: /subscribe ID"),
    BotCommand("unsubscribe", "Stop a watchlist's alerts: /unsubscribe ID"),
    BotCommand("list", "Watchlists and this chat's subscriptions"),
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
/list — watchlists and this chat's subscriptions
/subscribe ID — receive a watchlist's alerts
/unsubscribe ID — stop them
/help — this message"""

ADMIN_HELP = """
Admins:
/status — feed health and the delivery queue
/test TEXT — what a headline would match, and why
/reload — reload config.yaml now (edits are also picked up by themselves)"""


def _rt(context: ContextTypes.DEFAULT_TYPE) -> Runtime:
    return context.application.bot_data["runtime"]


def _user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


def is_admin(rt: Runtime, user_id: int | None) -> bool:
    return user_id is not None and user_id in rt.config.telegram.admins


def is_allowed(rt: Runtime, user_id: int | None) -> bool:
    return is_admin(rt, user_id) or (user_id is not None and user_id in rt.config.telegram.access.allowed_users)


async def _reply(update: Update, html: str) -> None:
    if update.effective_message:
        if len(html) > MAX_REPLY:
            # Cut at a line break and never inside a tag or an entity: our replies are line-based.
            html = html[: html.rfind("\n", 0, MAX_REPLY - 20)] + "\n…(cut)"
        await update.effective_message.reply_text(html, parse_mode=ParseMode.HTML)


def _chat_admitted(rt: Runtime, update: Update) -> bool:
    """May this message change this chat's subscriptions?

    A private chat that was admitted (allowed user or invite code) may; in a group, the group
    must have been admitted and the sender must be an allowed user, so that any member of a
    group cannot change what the ops room receives.
    """
    chat = update.effective_chat
    if chat is None:
        return False
    record = rt.store.chat(chat.id)
    if chat.type == ChatType.PRIVATE:
        return (record is not None and record.active) or is_allowed(rt, _user_id(update))
    return record is not None and record.active and is_allowed(rt, _user_id(update))


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admit the chat for an allowed user or a valid invite code; refuse anyone else."""
    rt = _rt(context)
    chat = update.effective_chat
    if chat is None:
        return
    code = context.args[0] if context.args else None
    known = rt.store.chat(chat.id)
    admitted = is_allowed(rt, _user_id(update)) or (
        chat.type == ChatType.PRIVATE
        # An invited chat that blocked the bot comes back with a plain /start (Telegram's Restart).
        and (known is not None or (code is not None and code in rt.config.telegram.access.invite_codes))
    )
    if not admitted:
        log.info("refused /start from a user who is not allowed")
        await _reply(update, REFUSAL)
        return
    rt.store.register_chat(chat.id, chat.type, chat.title, _user_id(update), rt.clock())
    await _reply(update, "Welcome. This chat is registered.\n\n" + _watchlists_text(rt, chat.id))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rt = _rt(context)
    await _reply(update, HELP + (ADMIN_HELP if is_admin(rt, _user_id(update)) else ""))


def _watchlists_text(rt: Runtime, chat_id: int) -> str:
    subscribed = dict(rt.store.subscriptions(chat_id))
    lines = ["<b>Watchlists</b> (✅ = this chat is subscribed):"]
    for wl_id, wl in rt.config.watchlists.items():
        mark = "✅" if wl_id in subscribed else "▫️"
        places = ", ".join(loc.name for loc in wl.locations)
        lines.append(f"{mark} <code>{escape(wl_id)}</code> — {escape(wl.title)} ({escape(wl.severity)}): {escape(places)}")
    lines.append("\nSubscribe with /subscribe ID.")
    return "\n".join(lines)


async def list_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rt = _rt(context)
    if not _chat_admitted(rt, update) or update.effective_chat is None:
        await _reply(update, REFUSAL)
        return
    await _reply(update, _watchlists_text(rt, update.effective_chat.id))


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _change_subscription(update, context, subscribing=True)


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _change_subscription(update, context, subscribing=False)


async def _change_subscription(update: Update, context: ContextTypes.DEFAULT_TYPE, subscribing: bool) -> None:
    rt = _rt(context)
    chat = update.effective_chat
    verb = "subscribe" if subscribing else "unsubscribe"
    if chat is None or not _chat_admitted(rt, update):
        await _reply(update, REFUSAL)
        return
    if len(context.args or []) != 1:
        await _reply(update, f"Usage: /{verb} ID — see /list for the watchlist ids.")
        return
    wl_id = context.args[0]
    if wl_id not in rt.config.watchlists:
        await _reply(update, f"There is no watchlist <code>{escape(wl_id[:64])}</code>. See /list.")
        return
    title = escape(rt.config.watchlists[wl_id].title)
    record = rt.store.chat(chat.id)
    if record is None or not record.active:  # an allowed user's first command, or a chat back after blocking
        rt.store.register_chat(chat.id, chat.type, chat.title, _user_id(update), rt.clock())
    if subscribing:
        new = rt.store.subscribe(chat.id, wl_id, rt.clock())
        await _reply(update, f"Subscribed to {title}." if new else f"This chat already receives {title}.")
        return
    sources = dict(rt.store.subscriptions(chat.id))
    if sources.get(wl_id) == "config":
        await _reply(update, f"{title} is sent to this chat by the bot's config; ask an admin to change it.")
    elif rt.store.unsubscribe(chat.id, wl_id):
        await _reply(update, f"Unsubscribed from {title}.")
    else:
        await _reply(update, f"This chat was not subscribed to {title}.")


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins: every feed's health and the queue, for a glance from a phone."""
    rt = _rt(context)
    if not is_admin(rt, _user_id(update)):
        await _reply(update, ADMIN_REFUSAL)
        return
    lines = ["<b>Feeds</b>"]
    for feed in rt.config.feeds:
        state = rt.store.feed_state(feed.name)
        if state is None:
            lines.append(f"⏳ {escape(feed.name)}: not polled yet")
        elif state.consecutive_failures:
            error = escape((state.last_error or "")[:200])
            lines.append(f"❌ {escape(feed.name)}: {state.consecutive_failures} failures in a row — {error}")
        else:
            when = state.last_success.strftime("%d %b %H:%M UTC") if state.last_success else "never"
            lines.append(f"✅ {escape(feed.name)}: ok at {when}, {state.items_seen} items seen")
    pending, failed, oldest = rt.store.queue_health()
    waiting = f", oldest queued {oldest:%d %b %H:%M} UTC" if oldest else ""
    lines.append(f"\n<b>Queue</b>: {pending} deliveries pending{waiting}; {failed} failed")
    await _reply(update, "\n".join(lines))


async def test_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins: what a headline would match, and why."""
    rt = _rt(context)
    if not is_admin(rt, _user_id(update)):
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
    if not is_admin(rt, _user_id(update)):
        await _reply(update, ADMIN_REFUSAL)
        return
    if rt.reloader is None:
        await _reply(update, "This bot was started without a config file to watch.")
        return
    await _reply(update, escape(await rt.reloader.reload(requested=True)))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.effective_message.text if update.effective_message else ""
    command = (text or "").split()[0] if text else ""
    if "@" in command and command.split("@", 1)[1].lower() != (context.bot.username or "").lower():
        return  # a command for another bot in the same group
    await _reply(update, "Unknown command. Send /help for the list.")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("error while handling an update", exc_info=context.error)


def register_handlers(app: Application) -> None:
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))
    app.add_handler(CommandHandler("list", list_command))
    app.add_handler(CommandHandler("subscribe", subscribe))
    app.add_handler(CommandHandler("unsubscribe", unsubscribe))
    app.add_handler(CommandHandler("status", status))
    app.add_handler(CommandHandler("test", test_command))
    app.add_handler(CommandHandler("reload", reload_command))
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    app.add_error_handler(on_error)
