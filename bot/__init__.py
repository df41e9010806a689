"""The security-alert bot: news feeds matched against watched places, alerts on Telegram."""

__version__ = "0.2.0"
