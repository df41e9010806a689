"""One incident, one alert, end to end: the real bot process, three feeds on a loopback server,
the real python-telegram-bot client and a fake Bot API, a real SQLite file, and a restart."""

from __future__ import annotations

import sqlite3
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.test_end_to_end import ADMIN, STAFF, TOKEN, start_bot, stop

GROUP = -100500


def write_config(path: Path, feeds: FeedServer) -> None:
    path.write_text(
        textwrap.dedent(
            f"""\
            telegram:
              admins: [{ADMIN}]
              access:
                allowed_users: [{STAFF}]
            polling:
              interval: 1s
              timeout: 5s
              max_age: 24h
            feeds:
              - name: AFP
                url: {feeds.url("/afp.xml")}
              - name: Reuters
                url: {feeds.url("/reuters.xml")}
              - name: RFI
                url: {feeds.url("/rfi.xml")}
            watchlists:
              bamako:
                title: Bamako
                severity: high
                locations:
                  - name: Bamako airport
                    aliases: [Modibo Keita International Airport, aéroport de Bamako, BKO]
                keywords: [attack, gunfire, explosion, protest, attaque, explosions, manifestation]
                chats: [{GROUP}]
            """
        ),
        encoding="utf-8",
    )


def alerts_to(tg: FakeTelegram, chat: int) -> list[str]:
    return [m["text"] for m in tg.sent(chat) if "HIGH" in m.get("text", "")]


def edits_to(tg: FakeTelegram, chat: int) -> list[str]:
    return [m["text"] for m in tg.sent(chat, method="editMessageText") if "HIGH" in m.get("text", "")]


def polled(tg: FakeTelegram, feeds: FeedServer, times: int = 2) -> None:
    """Wait until every feed was polled `times` more times: what they served has been read."""
    start = {p: feeds.hits[p] for p in ("/afp.xml", "/reuters.xml", "/rfi.xml")}
    tg.wait_for(lambda: all(feeds.hits[p] >= n + times for p, n in start.items()))


def test_one_story_from_three_feeds_is_one_message_then_edits(tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    attack_at = now - timedelta(hours=20)
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        for path in ("/afp.xml", "/reuters.xml", "/rfi.xml"):
            feeds.set(path, Response(rss([])))
        config, db = tmp_path / "config.yaml", tmp_path / "alerts.db"
        write_config(config, feeds)
        bot = start_bot(config, db, tg)
        try:
            polled(tg, feeds)  # first polls: the (empty) back catalogues
            tg.user_says("/start", STAFF)
            tg.wait_for_message(STAFF, "This chat is registered")
            tg.user_says("/subscribe bamako", STAFF)
            tg.wait_for_message(STAFF, "Subscribed to Bamako.")

            wire = Story(
                "Gunfire and explosions at Bamako airport in pre-dawn attack",
                "https://www.afp.example/en/gunfire-bamako-airport-466438",
                "afp-466438",
                "Heavy gunfire and several explosions were heard before dawn at Bamako's Modibo Keita "
                "International Airport, where assailants targeted the military air base, witnesses said.",
                attack_at,
            )
            feeds.set("/afp.xml", Response(rss([wire])))
            first = tg.wait_for(lambda: alerts_to(tg, STAFF))
            tg.wait_for(lambda: alerts_to(tg, GROUP))
            assert "Gunfire and explosions at Bamako airport" in first[0] and "Also reported by" not in first[0]

            # The same wire copy syndicated under another URL and guid, and a French rewrite.
            syndicated = Story(
                wire.title,
                "https://www.reuters.example/world/africa/bamako-airport-attack?utm_source=rss",
                "reuters-0001",
                wire.summary,
                attack_at + timedelta(minutes=15),
            )
            french = Story(
                "Mali : tirs et explosions à l'aéroport de Bamako lors d'une attaque avant l'aube",
                "https://www.rfi.example/fr/afrique/mali-aeroport-bamako-attaque",
                "rfi-77",
                "Des tirs nourris et des explosions ont retenti avant l'aube à l'aéroport de Bamako, où des "
                "assaillants ont visé la base aérienne militaire.",
                attack_at + timedelta(minutes=40),
            )
            feeds.set("/reuters.xml", Response(rss([syndicated])))
            feeds.set("/rfi.xml", Response(rss([french])))
            for chat in (STAFF, GROUP):
                edit = tg.wait_for(lambda chat=chat: [e for e in edits_to(tg, chat) if "3 sources" in e])[-1]
                assert "Also reported by:" in edit and ">Reuters</a>" in edit and ">RFI</a>" in edit
                assert "https://www.rfi.example/fr/afrique/mali-aeroport-bamako-attaque" in edit
                assert len(edit) <= 4096
            polled(tg, feeds)
            assert len(alerts_to(tg, STAFF)) == 1 and len(alerts_to(tg, GROUP)) == 1, "copies and rewrites send nothing new"

            # A different incident at the same place, the next day: a second message.
            protest = Story(
                "Taxi drivers protest at Bamako airport over security checks after the attack",
                "https://www.afp.example/en/bamako-airport-taxi-protest-466990",
                "afp-466990",
                "Dozens of taxi drivers blocked the road to Bamako airport to protest against new searches.",
                now - timedelta(minutes=5),
            )
            feeds.set("/afp.xml", Response(rss([wire, protest])))
            second = tg.wait_for(lambda: alerts_to(tg, STAFF)[1:])
            assert "Taxi drivers protest" in second[0] and "Also reported by" not in second[0]
        finally:
            stop(bot)

        # Restarted, the bot still knows the story: a follow-up is one more source, not a message.
        sent_before = len(alerts_to(tg, STAFF))
        bot = start_bot(config, db, tg)
        try:
            follow_up = Story(
                "Death toll in Bamako airport attack rises to 12, security source says",
                "https://www.reuters.example/world/africa/bamako-toll-12",
                "reuters-0002",
                "Twelve people were killed in the attack on the air base at Bamako airport, a security source said.",
                attack_at + timedelta(hours=6),
            )
            feeds.set("/reuters.xml", Response(rss([syndicated, follow_up])))
            tg.wait_for(lambda: [e for e in edits_to(tg, STAFF) if "3 sources, 4 reports" in e])
            polled(tg, feeds)
            assert len(alerts_to(tg, STAFF)) == sent_before, "the follow-up sent no new message"
        finally:
            stop(bot)

    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            """SELECT a.id, count(s.item_id) FROM alerts a JOIN alert_sources s ON s.alert_id = a.id
               JOIN items i ON i.id = a.item_id WHERE i.title LIKE 'Gunfire and explosions%' GROUP BY a.id"""
        ).fetchall()
        assert rows and all(count == 4 for _, count in rows), rows  # AFP, Reuters twice, RFI: every source recorded
        assert conn.execute("SELECT count(*) FROM alerts").fetchone()[0] == 2  # the attack and the protest
