"""The fake Telegram Bot API lives in the package (`bot.testing`) so benchmarks can use it too."""

from bot.testing.fake_telegram import ALLOWED_TAGS, Call, FakeTelegram, FloodRules, html_problem

__all__ = ["ALLOWED_TAGS", "Call", "FakeTelegram", "FloodRules", "html_problem"]
