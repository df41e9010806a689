"""Reports the story harness counted as naming no watched place (round storymiss).

The labelled same-incident sets are replayed with keywords off (`story_matcher`): every report
of them names a watched place, and the figures measure grouping, not keyword recall. A watchlist
that names a bundled `keyword_sets:` kept asking each report for one of its words, so a report
with none ("Flights to Rakhine capital suspended after airport hit", "Food and medicine run short
in Parachinar as road stays shut") ended as a story of its own: 11 of the 43 reports of the spent
story sets that matched nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.test_story_labelled import reports, story_matcher

# A labelled set's watchlists with `keyword_sets: [security]` and no keywords of their own
# ("southeast_asia": Sittwe, Basilan; "south_asia": Parachinar).
CONFIG = "same_story_blind9_watchlists.yaml"
WHEN = datetime(2026, 1, 1, tzinfo=UTC)  # the harness never reads the clock: any instant


def _row(title: str, summary: str) -> dict:
    return {"when": WHEN, "title": title, "summary": summary}


def test_a_report_with_no_bundled_keyword_still_names_its_place() -> None:
    row = _row(
        "Flights to Rakhine capital suspended after airport hit",
        "Myanmar National Airlines suspended all flights to Sittwe after the airport came under fire.",
    )
    (report,) = reports([row], story_matcher(CONFIG))
    assert report is not None
    assert "Sittwe" in report.places


def test_a_follow_up_with_no_security_word_is_read_too() -> None:
    row = _row(
        "Food and medicine run short in Parachinar as road stays shut",
        "Residents of Parachinar said pharmacies had run out of medicines.",
    )
    (report,) = reports([row], story_matcher(CONFIG))
    assert report is not None


def test_the_harness_matcher_asks_no_watchlist_for_a_keyword() -> None:
    """Keywords off means typed and bundled both: a place alone makes a report."""
    matcher = story_matcher(CONFIG)
    verdicts = matcher.evaluate("Calm returns to Sittwe", "Shops reopened in Sittwe on Monday.")
    assert verdicts and all(not v.needs_keyword for v in verdicts)


def _locations(config: str, title: str, summary: str = "") -> set[str]:
    return {m.location for result in story_matcher(config).match(title, summary) for m in result.locations}


def test_a_body_s_premises_in_the_place_it_is_named_after_are_a_site_there() -> None:
    """The Gwadar Port Authority complex is stormed in Gwadar, as "the Kohat police station" is
    Kohat's; a company's branch elsewhere is still only named after the place."""
    assert "Gwadar" in _locations("same_story_blind11_watchlists.yaml", "Gunmen storm Gwadar Port Authority complex")
    assert "Niger" not in _locations("match_watchlists.yaml", "Gunmen rob Niger Insurance branch in Lagos")


def test_a_bank_in_lower_case_is_a_bank_of_the_town() -> None:
    """A "Jalalabad bank" is in Jalalabad; "Jalalabad Bank", capitalised, is still the company."""
    config = "same_story_blind12_watchlists.yaml"
    assert "Jalalabad" in _locations(config, "Islamic State Khorasan claims Jalalabad bank attack")
    assert "Jalalabad" not in _locations(config, "Jalalabad Bank governor arrested in Dubai", "Police said he fled.")
