"""Review 21e: a real attack at a watched town keeps alerting when the item also names a foreign
namesake's country or town for another reason (a source, an aid worker, a road, an evacuation, a
victim's home), and when a headline names the town as a victim's home AND as the scene.

Round places27 let any foreign sign in the summary beat the headline's "Gao:" dateline, let one
foreign town within 300 km read the watched name as its smaller namesake abroad, and let a title
follow a summary that only named the town as someone's home. Its merge was reverted; these are the
review's items (every one alerted before the round and none after it), kept so that a namesake rule
has to tie the foreign sign to the name, not only find it in the item.
"""

from __future__ import annotations

from functools import cache

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from tests.support.alerts import alerted

# watchlist: (title, towns); Rosso is watched in two countries, as border towns are
WATCHED = {
    "chad": ("Chad", ["Mao", "Bol", "Léré"]),
    "nigeria": ("Nigeria", ["Bama", "Maiduguri"]),
    "mali": ("Mali", ["Gao", "Koro", "Nara"]),
    "niger": ("Niger", ["Téra", "Gaya", "Abala"]),
    "drc": ("DR Congo", ["Goma"]),
    "rwanda": ("Rwanda", ["Gisenyi"]),
    "senegal": ("Senegal", ["Rosso"]),
    "mauritania": ("Mauritania", ["Rosso"]),
    "benin": ("Benin", ["Malanville"]),
    "cameroon": ("Cameroon", ["Kousséri", "Mora"]),
    "burkina": ("Burkina Faso", ["Djibo", "Tougan", "Gourcy"]),
}

CASES = [
    (
        "Mao: gunmen kill five in market attack",
        "Gunmen killed five people at the market in Mao on Sunday, a week after Spain pledged aid to the region.",
        "chad/Mao",
    ),
    (
        "Bol: Boko Haram kills 10 fishermen",
        "Boko Haram fighters killed ten fishermen near Bol on Sunday, a Croatian aid worker told AFP.",
        "chad/Bol",
    ),
    (
        "Bama: Boko Haram kills 12",
        "Insurgents killed 12 people in Bama on Sunday, a week after a similar attack in Burkina Faso.",
        "nigeria/Bama",
    ),
    (
        "Gao : une attaque fait sept morts",
        "Une attaque de jihadistes a fait sept morts à Gao, selon une source sécuritaire burkinabè.",
        "mali/Gao",
    ),
    (
        "Gao: jihadists kill seven",
        "Jihadists killed seven people in an attack on Gao, a Burkinabe security source said.",
        "mali/Gao",
    ),
    (
        "Bama: ataque yihadista deja 12 muertos",
        "Yihadistas mataron a 12 personas en Bama el domingo, una semana después de un ataque similar en Burkina Faso.",
        "nigeria/Bama",
    ),
    (
        "Gaya : des bandits tuent quatre commerçants",
        "Des bandits armés ont tué quatre commerçants à Gaya, selon un responsable nigérian de la douane.",
        "niger/Gaya",
    ),
    (
        "Koro : 20 morts dans une attaque",
        "Vingt personnes ont été tuées dans une attaque à Koro, a indiqué un diplomate ivoirien.",
        "mali/Koro",
    ),
    (
        "Gunmen attack bus in Gao",
        "Gunmen attacked a bus in Gao bound for Ouagadougou on Sunday, killing seven passengers.",
        "mali/Gao",
    ),
    (
        "Attaque à Gao : sept morts",
        "Des hommes armés ont attaqué un car à Gao sur la route de Ouagadougou, tuant sept passagers.",
        "mali/Gao",
    ),
    (
        "Gunmen kill 12 in Bama",
        "Insurgents killed 12 people in Bama on Sunday; among the dead was a cattle trader from Bobo-Dioulasso.",
        "nigeria/Bama",
    ),
    ("Bandits kill four in Gaya", "Armed bandits killed four traders in Gaya on the road from Kano, police said.", "niger/Gaya"),
    (
        "Gunmen kill five in Mao",
        "Gunmen killed five people in Mao; one victim was a trader from Santiago de los Caballeros.",
        "chad/Mao",
    ),
    (
        "Attaque à Koro : 20 morts",
        "Des hommes armés ont tué 20 personnes à Koro ; un commerçant venu de Korhogo figure parmi les victimes.",
        "mali/Koro",
    ),
    (
        "Ataque em Gao faz sete mortos",
        "Homens armados atacaram um autocarro em Gao, com destino a Ouagadougou, matando sete passageiros.",
        "mali/Gao",
    ),
    (
        "Gunmen kill Tougan native in Bobo-Dioulasso as jihadists besiege Tougan",
        "A teacher from Tougan was shot dead in Bobo-Dioulasso, police said.",
        "burkina/Tougan",
    ),
    (
        "Asesinan en Bobo-Dioulasso a un comerciante de Djibo tras el ataque contra Djibo",
        "Un comerciante originario de Djibo fue asesinado en Bobo-Dioulasso, un día después de un ataque yihadista.",
        "burkina/Djibo",
    ),
    (
        "Djibo attack: trader from Djibo killed in Ouagadougou",
        "A trader from Djibo was killed in Ouagadougou on Sunday, police said.",
        "burkina/Djibo",
    ),
    (
        "Jihadists attack Djibo, kill Djibo trader in Kaya",
        "A cattle trader from Djibo was killed in Kaya on Sunday, officials said.",
        "burkina/Djibo",
    ),
    (
        "Gunmen kill Gourcy native in Ouahigouya, torch Gourcy market",
        "Gunmen shot dead a teacher from Gourcy in Ouahigouya on Saturday, residents said.",
        "burkina/Gourcy",
    ),
    (
        "Gunmen kill seven in Gao",
        "Gunmen killed seven people in Gao on Sunday, a Western diplomat in Ouagadougou said.",
        "mali/Gao",
    ),
    (
        "Jihadists kill nine in Gao",
        "Jihadists killed nine civilians in Gao; two wounded were evacuated to Bobo-Dioulasso.",
        "mali/Gao",
    ),
    (
        "Bol : Boko Haram tue dix pêcheurs",
        "Des combattants de Boko Haram ont tué dix pêcheurs près de Bol dimanche, a déclaré à l'AFP un humanitaire croate.",
        "chad/Bol",
    ),
    (
        "Mao: five killed in attack",
        "Gunmen killed five people in Mao on Sunday, an official in Santiago told Reuters.",
        "chad/Mao",
    ),
    ("هجوم على جيبو ومقتل تاجر من جيبو في واغادوغو", "قتل مسلحون تاجرا من جيبو في واغادوغو يوم الأحد.", "burkina/Djibo"),
    ("Koro: attack kills 20", "Twenty people were killed in an attack on Koro, Ivorian media reported.", "mali/Koro"),
]


@cache
def _matcher() -> Matcher:
    config = "feeds:\n  - name: T\n    url: https://example.org/feed.xml\nwatchlists:\n"
    for key, (title, towns) in WATCHED.items():
        config += f"  {key}:\n    title: {title}\n    locations:\n"
        config += "".join(f"      - name: {town}\n" for town in towns) + "    keyword_sets: [security]\n"
    return placed_matcher(parse_config(config).watchlists, load_gazetteer())


@pytest.mark.parametrize(("title", "summary", "expected"), CASES, ids=[f"{n}-{c[2]}" for n, c in enumerate(CASES)])
def test_a_foreign_sign_not_tied_to_the_name_leaves_the_watched_town_alerting(title: str, summary: str, expected: str) -> None:
    assert alerted(_matcher(), title, summary) == {expected}
