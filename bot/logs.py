"""One log format for the whole bot, with the bot token scrubbed from every line.

python-telegram-bot and httpx put request URLs, which contain the token, into log records and
exception texts; redacting at the formatter catches all of them, whoever logs.
"""

from __future__ import annotations

import logging
import os
import re
import sys

# A bot token's shape; inside a URL ("/bot123:AA...") there is no word boundary before it.
_TOKEN_SHAPE = re.compile(r"(?<!\d)\d{5,}:[A-Za-z0-9_-]{30,}")


class RedactingFormatter(logging.Formatter):
    def __init__(self, fmt: str, secrets: list[str]):
        super().__init__(fmt, datefmt="%Y-%m-%dT%H:%M:%S")
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self.secrets)


def redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "[REDACTED]")
    return _TOKEN_SHAPE.sub("[REDACTED]", text)


def token_from_environment() -> str | None:
    """The bot token: from the environment only, white space around it ignored."""
    return os.environ.get("TELEGRAM_BOT_TOKEN", "").strip() or None


def setup_logging(level: str = "INFO") -> None:
    """Logs go to stderr, so stdout stays clean for console alerts and JSON output."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        RedactingFormatter(
            "%(asctime)s %(levelname)-7s %(name)s: %(message)s",
            # Both spellings: the bot uses the stripped token, a padded one may be echoed raw.
            [os.environ.get("TELEGRAM_BOT_TOKEN", ""), token_from_environment() or ""],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.captureWarnings(True)  # library warnings go through the same redacting formatter
    for noisy in ("httpx", "httpcore", "apscheduler", "telegram.ext.Application"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
