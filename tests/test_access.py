"""Access rules that outlive a config edit, the watchlist listing's size, and local times."""

from __future__ import annotations

from types import SimpleNamespace

from bot.access import still_admitted
from bot.config import Config, parse_config
from bot.match import Matcher
from bot.places import look_up_places
from bot.store import Chat
from bot.telegram.commands import MAX_BUTTONS, MAX_REPLY, _watchlists_with_buttons

BASE = "feeds: [{name: A, url: 'https://a.org/f'}]\nwatchlists:\n  w: {title: W, locations: [{name: Gao}]}\n"


def config_with(access: str) -> Config:
    return parse_config(BASE + f"telegram:\n  access: {access}\n")


def test_chats_lose_access_when_what_admitted_them_leaves_the_config() -> None:
    before = config_with("{allowed_users: [7], invite_codes: [bko-ops-2026]}")
    after = config_with("{allowed_users: [], invite_codes: []}")
    by_user = Chat(7, "private", None, True, registered_by=7, admitted_by="allowed")
    by_code = Chat(8, "private", None, True, registered_by=8, admitted_by="code:bko-ops-2026")
    by_config = Chat(-100, "supergroup", None, True, admitted_by=None)
    assert all(still_admitted(before, chat) for chat in (by_user, by_code, by_config))
    assert not still_admitted(after, by_user) and not still_admitted(after, by_code)
    assert still_admitted(after, by_config), "chats listed in the config are the config's to remove"


def test_the_watchlist_listing_fits_one_message_and_telegrams_button_limit() -> None:
    towns = ", ".join(f"{{name: Town{n}}}" for n in range(30))
    lists = "".join(f"  w{n}: {{title: Watchlist number {n}, locations: [{towns}]}}\n" for n in range(120))
    rt = SimpleNamespace(
        config=parse_config("feeds: [{name: A, url: 'https://a.org/f'}]\nwatchlists:\n" + lists),
        store=SimpleNamespace(subscriptions=lambda chat_id: []),
    )
    text, buttons = _watchlists_with_buttons(rt, 1)
    assert len(text) <= MAX_REPLY
    assert len(buttons.inline_keyboard) == MAX_BUTTONS <= 100
    assert "and 27 more" in text, "a watchlist's places are summed up, not all listed"
    assert text.endswith("…the list is cut: /list shows all."), "too long for one message: cut at a line, and said so"


def test_local_time_zones_come_from_the_place_itself_not_a_namesake() -> None:
    config = parse_config(
        "feeds: [{name: A, url: 'https://a.org/f'}]\nwatchlists:\n"
        "  w: {title: W, locations: [{name: Gao}, {name: Mali}, {name: Bamako airport}, {name: Kano}]}\n"
    )
    matcher = Matcher(config.watchlists, look_up_places)
    assert matcher.time_zone("Gao") == "Africa/Bamako", "not Guantánamo, which lists Gao among its other names"
    assert matcher.time_zone("Mali") is None, "a country spans zones"
    assert matcher.time_zone("Bamako airport") == "Africa/Bamako"
    assert matcher.time_zone("Kano") == "Africa/Lagos"
