"""Everything that imports python-telegram-bot, and nothing else does.

- `sender`: the outbox's Sender for Telegram; PTB's errors become the outbox's faults here.
- `commands`: the chat commands and their handlers (who may do what is `bot.access`).
- `app`: the Application: built, connected with backoff, commands published, admins told.

The rest of the bot sees Telegram only through these: a Sender raising `bot.deliver`'s
faults, `bot.deliver.TokenRejected`, and the `TelegramBot` the app wires and starts. Kept apart
so that a PTB upgrade, or another messenger, touches one folder.
"""
