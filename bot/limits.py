"""Telegram's flood limits as a schedule: when may the next message go to this chat? Pure.

Telegram answers 429 once a bot sends more than about 30 messages a second overall, more than
one a second to one private chat, or more than 20 a minute to one group, and a bot that
collects 429s is slowed down further. So the bot keeps to the limits itself: a global slot
every 1/30 s and a per-chat slot (1 s for private chats, 3 s for groups), each a simple
virtual-time scheduler (GCRA), so a throttled or busy chat never holds the others back.
Times are monotonic seconds passed in by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field

OVERALL_PER_SECOND = 29.0  # a hair under Telegram's 30, so clock jitter never trips it
PRIVATE_GAP = 1.0
GROUP_GAP = 3.0


def chat_gap(chat_id: int) -> float:
    """Groups and channels have negative ids in the Bot API; private chats positive ones."""
    return PRIVATE_GAP if chat_id > 0 else GROUP_GAP


@dataclass
class FloodGate:
    overall_per_second: float = OVERALL_PER_SECOND
    per_chat: bool = True  # False for the console, which has no limits
    _global_next: float = 0.0
    _chat_next: dict[int, float] = field(default_factory=dict)

    def chat_ready(self, chat_id: int) -> float:
        """When this chat may next receive a message."""
        return self._chat_next.get(chat_id, 0.0)

    def global_ready(self) -> float:
        return self._global_next

    def ready(self, chat_id: int) -> float:
        return max(self.chat_ready(chat_id), self._global_next)

    def take(self, chat_id: int, now: float) -> None:
        """Spend a slot for a message to `chat_id` sent at `now`."""
        self._global_next = max(now, self._global_next) + 1.0 / self.overall_per_second
        if self.per_chat:
            self._chat_next[chat_id] = max(now, self.chat_ready(chat_id)) + chat_gap(chat_id)

    def throttle_chat(self, chat_id: int, seconds: float, now: float) -> None:
        """Telegram said 429 for this chat: nothing more to it for exactly `seconds`."""
        self._chat_next[chat_id] = max(self.chat_ready(chat_id), now + seconds)

    def throttle_all(self, seconds: float, now: float) -> None:
        """Telegram throttled the whole bot: nothing to anyone for `seconds`."""
        self._global_next = max(self._global_next, now + seconds)

    def forget(self, chat_id: int, now: float) -> None:
        """Drop a chat's state once its slot has passed, so the table stays small."""
        if self._chat_next.get(chat_id, 0.0) <= now:
            self._chat_next.pop(chat_id, None)
