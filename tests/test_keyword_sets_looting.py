"""The bundled `unrest` set's looting in Portuguese: "saquear" and its forms ("saqueiam",
"saquearam", "saqueado"), which the Spanish "saqueo" reached only where the two stems agree.
A cash withdrawal or a serve ("saque do FGTS", "saque de dinheiro") stays no unrest.
Real parts: the matcher as the bot builds it, with `keyword_sets: [unrest]`."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  moz:
    title: Mozambique and Angola
    keyword_sets: [unrest]
    locations:
      - name: Pemba
      - name: Lubango
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Moradores saqueiam armazém em Pemba", "A polícia chegou horas depois."),
        ("Jovens saquearam lojas no centro de Lubango", "Os comerciantes contam os prejuízos."),
        ("Armazéns do PMA saqueados em Pemba", "Dezenas de sacos de arroz levados durante a noite."),
    ],
)
def test_portuguese_looting_alerts(matcher: Matcher, title: str, summary: str) -> None:
    assert [r.watchlist for r in matcher.match(title, summary) if r.alerts] == ["moz"]


@pytest.mark.parametrize(
    "title",
    [
        "Saque do FGTS: moradores de Pemba já podem sacar em dinheiro",
        "Caixa libera saque emergencial para clientes em Lubango",
    ],
)
def test_a_cash_withdrawal_is_no_looting(matcher: Matcher, title: str) -> None:
    assert not any(r.alerts for r in matcher.match(title, ""))
