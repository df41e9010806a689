"""A fake Telegram Bot API server on 127.0.0.1 for the real python-telegram-bot client.

It speaks the layout of the official server (`{root}/bot{token}/{method}`, form or JSON
bodies, `{"ok": ..., "result": ...}` answers), long-polls `getUpdates`, records every call,
and refuses what Telegram would refuse: a wrong token (401) and a message whose HTML Telegram
could not parse (400 "can't parse entities"), so tests catch markup bugs the way production
would. For delivery tests and benchmarks it can also answer late (`latency`), enforce
Telegram's flood limits with 429 and `retry_after` (`flood`), and fail at random (`faults`).
Loopback only; used by the tests and by `python -m bot bench delivery`.
"""

from __future__ import annotations

import email.policy
import json
import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from html import unescape
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

# https://core.telegram.org/bots/api#html-style
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
    "tg-time",
}


class _TelegramHtmlChecker(HTMLParser):
    """Accepts only what Telegram's HTML parse mode accepts; records the first problem."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.problem: str | None = None
        self.stack: list[str] = []

    def _fail(self, why: str) -> None:
        self.problem = self.problem or why

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self._fail(f"unsupported start tag {tag!r}")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self._fail(f"unmatched end tag {tag!r}")
        else:
            self.stack.pop()

    def handle_entityref(self, name: str) -> None:
        if name not in ("lt", "gt", "amp", "quot"):
            self._fail(f"unsupported entity &{name};")

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self._fail("unescaped < or >")
        if "&" in data:
            self._fail("unescaped &")


def html_problem(text: str) -> str | None:
    """Why Telegram would refuse this HTML message, or None when it is valid."""
    checker = _TelegramHtmlChecker()
    checker.feed(text)
    checker.close()
    if checker.rawdata:
        checker._fail("unterminated markup")
    if checker.stack and not checker.problem:
        checker._fail(f"unclosed tag {checker.stack[-1]!r}")
    return checker.problem


@dataclass
class FloodRules:
    """Telegram's documented limits, enforced the strict way: over them, a 429."""

    overall_per_second: int = 30
    private_gap: float = 1.0  # seconds between two messages to one private chat
    group_per_minute: int = 20


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


Fault = Callable[[str, dict[str, Any]], tuple[int, dict[str, Any]] | None]


class FakeTelegram:
    """Start with `with FakeTelegram(token) as tg:`; point TELEGRAM_API_URL at `tg.url`."""

    def __init__(
        self,
        token: str,
        bot_id: int = 4242,
        username: str = "sahel_alert_test_bot",
        latency: float = 0.0,
        flood: FloodRules | None = None,
    ):
        self.token = token
        self.latency = latency  # seconds every sendMessage takes, as from a real server
        self.flood = flood
        self.too_many = 0  # 429s answered
        self.accepted: list[tuple[int, str]] = []  # (chat, text) of every sendMessage answered 200
        self.messages: dict[tuple[int, int], str] = {}  # (chat, message id) -> its current text, after edits
        self.photos: list[tuple[int, bytes, str]] = []  # (chat, image, caption) of every photo accepted
        self._sends: deque[tuple[float, int]] = deque()  # (time, chat) of accepted sends, for the limits
        self._last_to_chat: dict[int, float] = {}
        self._group_sends: dict[int, deque[float]] = {}
        self.bot = {"id": bot_id, "is_bot": True, "first_name": "Alert bot", "username": username}
        self.calls: list[Call] = []
        self.unauthorized = 0  # requests made with a token other than `token`
        self.updates: list[dict[str, Any]] = []
        self.faults: list[Fault] = []  # consulted in order; the first answer wins
        self.chat_members: dict[tuple[int, int], str] = {}  # (chat, user) -> status
        self._next_update = 1
        self._next_message = 1000
        self._cond = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = str(self._server.server_address[0]), int(self._server.server_address[1])
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeTelegram:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # -- what tests do ---------------------------------------------------------------------

    def user_says(
        self, text: str, user_id: int, chat_id: int | None = None, chat_type: str = "private", chat_title: str | None = None
    ) -> None:
        """Queue a message from a user, as Telegram would deliver it to getUpdates."""
        chat_id = user_id if chat_id is None else chat_id
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = f"User{user_id}"
        else:
            chat["title"] = chat_title or f"Group {chat_id}"
        message: dict[str, Any] = {
            "message_id": self._new_message_id(),
            "date": int(time.time()),
            "chat": chat,
            "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"},
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        with self._cond:
            self.updates.append({"update_id": self._next_update, "message": message})
            self._next_update += 1
            self._cond.notify_all()

    def user_taps(self, data: str, user_id: int, chat_id: int, message_id: int = 1, chat_type: str = "private") -> None:
        """Queue a tap on an inline button of one of the bot's messages."""
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type != "private":
            chat["title"] = f"Group {chat_id}"
        user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        message = {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": self.bot, "text": "Watchlists"}
        query = {"id": str(self._new_message_id()), "from": user, "chat_instance": "1", "data": data, "message": message}
        self._push({"callback_query": query})

    def bot_membership_changes(self, chat_id: int, status: str, by_user: int, chat_type: str = "supergroup") -> None:
        """Queue the my_chat_member update Telegram sends when the bot is added to or removed from a chat."""
        chat = {"id": chat_id, "type": chat_type, "title": f"Group {chat_id}"}
        user = {"id": by_user, "is_bot": False, "first_name": f"User{by_user}"}
        old = {"status": "left" if status != "left" else "member", "user": self.bot}
        new: dict[str, Any] = {"status": status, "user": self.bot}
        if status == "kicked":
            new["until_date"] = 0
        change = {"chat": chat, "from": user, "date": int(time.time()), "old_chat_member": old, "new_chat_member": new}
        self._push({"my_chat_member": change})

    def _push(self, update: dict[str, Any]) -> None:
        with self._cond:
            self.updates.append({"update_id": self._next_update, **update})
            self._next_update += 1
            self._cond.notify_all()

    def sent(self, chat_id: int | None = None, method: str = "sendMessage") -> list[dict[str, Any]]:
        with self._cond:
            return [
                c.params
                for c in self.calls
                if c.method == method and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)
            ]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 20.0) -> Any:
        """Block until `predicate()` is truthy; fail loudly with the calls seen so far."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate()
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [(c.method, c.params.get("text", "")[:80]) for c in self.calls if c.method != "getUpdates"]
                    raise AssertionError(f"timed out waiting; calls so far: {seen}")
                self._cond.wait(min(remaining, 0.2))

    def wait_for_message(self, chat_id: int, containing: str, timeout: float = 20.0, since: int = 0) -> dict[str, Any]:
        """The first message to `chat_id` containing the text, among those after the `since`-th."""
        return self.wait_for(
            lambda: next((m for m in self.sent(chat_id)[since:] if containing in m.get("text", "")), None), timeout
        )

    def count(self, method: str) -> int:
        with self._cond:
            return sum(1 for c in self.calls if c.method == method)

    # -- the API ---------------------------------------------------------------------------

    def _new_message_id(self) -> int:
        self._next_message += 1
        return self._next_message

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        for fault in self.faults:
            answer = fault(method, params)
            if answer is not None:
                return answer
        if method == "getMe":
            return 200, {"ok": True, "result": self.bot}
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        if method in ("sendMessage", "editMessageText"):
            if self.latency:
                time.sleep(self.latency)
            if self.flood is not None and method == "sendMessage" and (wait := self._over_limit(int(params["chat_id"]))):
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {wait}",
                    "parameters": {"retry_after": wait},
                }
            if params.get("parse_mode") == "HTML" and (problem := html_problem(params.get("text", ""))):
                return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: can't parse entities: {problem}"}
            if len(params.get("text", "")) > 4096:
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message is too long"}
            chat_id = int(params["chat_id"])
            message_id = int(params.get("message_id") or self._new_message_id())
            with self._cond:
                if method == "sendMessage":
                    self.accepted.append((chat_id, params.get("text", "")))
                elif self.messages.get((chat_id, message_id)) == params.get("text", ""):
                    return 400, {
                        "ok": False,
                        "error_code": 400,
                        "description": "Bad Request: message is not modified: specified new message content and reply "
                        "markup are exactly the same as a current content and reply markup of the message",
                    }
                self.messages[(chat_id, message_id)] = params.get("text", "")
            return 200, {
                "ok": True,
                "result": {
                    "message_id": message_id,
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                    "text": params.get("text", ""),
                },
            }
        if method == "sendPhoto":
            return self._photo(params)
        if method == "getChatMember":
            status = self.chat_members.get((int(params["chat_id"]), int(params["user_id"])), "member")
            user = {"id": int(params["user_id"]), "is_bot": False, "first_name": "U"}
            member: dict[str, Any] = {"status": status, "user": user}
            if status == "administrator":
                member.update(
                    can_be_edited=False,
                    is_anonymous=False,
                    can_manage_chat=True,
                    can_delete_messages=True,
                    can_manage_video_chats=True,
                    can_restrict_members=True,
                    can_promote_members=False,
                    can_change_info=True,
                    can_invite_users=True,
                    can_post_stories=False,
                    can_edit_stories=False,
                    can_delete_stories=False,
                )
            return 200, {"ok": True, "result": member}
        return 200, {"ok": True, "result": True}

    def _photo(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """A photo as Telegram takes it: a real image file, a caption of at most 1024 characters
        once parsed, valid HTML when it says so."""
        photo = params.get("photo")
        if not isinstance(photo, bytes) or not photo:
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: there is no photo in the request"}
        caption = params.get("caption", "")
        if params.get("parse_mode") == "HTML" and (problem := html_problem(caption)):
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: can't parse entities: {problem}"}
        visible = re.sub(r"<[^>]+>", "", caption) if params.get("parse_mode") == "HTML" else caption
        if len(unescape(visible)) > 1024:
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message caption is too long"}
        chat_id = int(params["chat_id"])
        message_id = self._new_message_id()
        with self._cond:
            self.photos.append((chat_id, photo, caption))
        size = {"file_id": f"photo{message_id}", "file_unique_id": f"u{message_id}", "width": 1000, "height": 800}
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        result = {"message_id": message_id, "date": int(time.time()), "chat": chat, "photo": [size], "caption": caption}
        return 200, {"ok": True, "result": result}

    def _over_limit(self, chat_id: int) -> int:
        """Seconds to wait when this send breaks a limit (and count it), else 0 (and record it)."""
        assert self.flood is not None
        rules = self.flood
        now = time.monotonic()
        with self._cond:
            while self._sends and now - self._sends[0][0] >= 1.0:
                self._sends.popleft()
            wait = 0.0
            if len(self._sends) >= rules.overall_per_second:
                wait = 1.0 - (now - self._sends[0][0])
            if chat_id > 0 and now - self._last_to_chat.get(chat_id, -1e9) < rules.private_gap:
                wait = max(wait, rules.private_gap - (now - self._last_to_chat[chat_id]))
            if chat_id < 0:
                sent = self._group_sends.setdefault(chat_id, deque())
                while sent and now - sent[0] >= 60.0:
                    sent.popleft()
                if len(sent) >= rules.group_per_minute:
                    wait = max(wait, 60.0 - (now - sent[0]))
            if wait > 0:
                self.too_many += 1
                return max(1, math.ceil(wait))
            self._sends.append((now, chat_id))
            self._last_to_chat[chat_id] = now
            if chat_id < 0:
                self._group_sends[chat_id].append(now)
            return 0

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 2.0)  # short polls keep tests quick to stop
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                ready = [u for u in self.updates if u["update_id"] >= offset]
                if ready or time.monotonic() >= deadline:
                    return ready
                self._cond.wait(deadline - time.monotonic())

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # or every answer waits ~40 ms for a delayed ACK

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                self._serve()

            def do_GET(self) -> None:
                self._serve()

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                prefix = f"/bot{fake.token}/"
                if not self.path.startswith(prefix):
                    with fake._cond:
                        fake.unauthorized += 1
                    self._send(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                    return
                method = self.path[len(prefix) :].split("?")[0]
                params = _decode(body, self.headers.get("Content-Type", ""))
                with fake._cond:
                    fake.calls.append(Call(method, params))
                    fake._cond.notify_all()
                status, answer = fake._answer(method, params)
                self._send(status, answer)

            def _send(self, status: int, answer: dict[str, Any]) -> None:
                data = json.dumps(answer).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot stopped while a long poll was open

        return Handler


def _decode(body: bytes, content_type: str) -> dict[str, Any]:
    if not body:
        return {}
    if "json" in content_type:
        return json.loads(body)
    if "multipart/form-data" in content_type:  # a file upload: files as bytes, fields as text
        message = BytesParser(policy=email.policy.HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        fields: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            payload = payload if isinstance(payload, bytes) else b""
            fields[str(name)] = payload if part.get_filename() else payload.decode("utf-8")
        return fields
    return {k: v[-1] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}
