"""python-telegram-bot's own rate limiter sending alone: the baseline `bench delivery` measures
the outbox against (`bot.bench`). Not used by the bot."""

from __future__ import annotations

import asyncio

from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, ExtBot


async def send_with_ptb_limiter(token: str, root: str, plan: list[tuple[int, int]]) -> int:
    """Send "Alert n for chat" for every (chat, n) at once through AIORateLimiter (3 retries);
    returns how many sends were lost."""
    async with ExtBot(token, base_url=f"{root}/bot", rate_limiter=AIORateLimiter(max_retries=3)) as bot:

        async def send(chat: int, n: int) -> bool:
            try:
                await bot.send_message(chat, f"Alert {n} for {chat}")
                return True
            except TelegramError:
                return False

        results = await asyncio.gather(*(send(chat, n) for chat, n in plan))
    return sum(1 for ok in results if not ok)
