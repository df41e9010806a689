"""Place rules of issue 16's twenty-second places round (helper places22).

Over the spent sets, the false alerts of a home (10 over 7 sets) and of a person (16 over 11)
include people named by a trade no hand list of the matcher names: "a tribal sheikh from Hit shot
dead in Baghdad", "a sergeant from Kita killed in Bamako", "gang leader Ramu", "baseball pitcher
Ángel Celaya". English names such kinds of person by nouns WordNet files under noun.person
(`bot/person_nouns.py`, built by `tools/build_person_nouns.py`): "<noun> from" a town makes it
where that person comes from, as the noun right after the town does ("a Gao imam"): a home,
when the item happens elsewhere; a capitalised name right
after such a noun in lower case, or after it opening a sentence, is the person's throughout the
item, as after a title; after the noun and a given name, for that mention only (a worker may bear
the name of the town the item is about). Not the nouns that are verbs or adjectives too, which a
headline puts before a town ("UN troops guard Kidal").

Arabic writes a home with a settlement's noun in construct before the name: "من أبناء مدينة
الشحر", "ينحدر من مدينة الضالع": the stronger words of home read across it (a false alert of
places_blind10); not "شاب من" ("شاب من مدينة المكلا" killed before his house is the town's).

Of the true towns turned away, a better-known namesake's Arabic name ("زنجبار", Zanzibar's)
that the item ties to the watched town's country by a division too short for a guess by sound
("عاصمة محافظة أبين": Abyan, two consonants): after a division's noun, two consonants do.

Every sentence here is new: other towns, other trades. Real parts: the gazetteer, the bundled
security vocabulary and the matcher as the bot builds them.
"""

from __future__ import annotations

import pytest

from bot.falsefriends import kind_of_person, kind_of_person_before_name
from bot.match import Matcher
from bot.textnorm import tokenize
from tests.support.alerts import alerted, titled_matcher


@pytest.fixture(scope="module")
def mali() -> Matcher:
    return titled_matcher("Mali watch", "Gao")


@pytest.fixture(scope="module")
def iraq() -> Matcher:
    return titled_matcher("Iraq watch", "Ramadi")


@pytest.fixture(scope="module")
def syria() -> Matcher:
    return titled_matcher("Syria watch", "Manbij")


@pytest.fixture(scope="module")
def yemen() -> Matcher:
    return titled_matcher("Yemen watch", "Zinjibar")


@pytest.fixture(scope="module")
def ecuador() -> Matcher:
    return titled_matcher("Ecuador watch", "Ibarra")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Imam from Gao shot dead in Bamako", "An imam from Gao was shot dead by unknown gunmen outside a mosque in Bamako."),
        ("Shopkeeper killed in Bamako robbery", "A shopkeeper from Gao was killed when armed men raided his store in Bamako."),
        ("Smugglers from Gao ambushed near Kayes", "Two smugglers from Gao were killed in an ambush on the road near Kayes."),
        ("Gao imam shot dead in Bamako", "A Gao imam was shot dead by gunmen outside a mosque in Bamako on Friday."),
    ],
)
def test_a_kind_of_person_from_the_town_makes_it_a_home(mali: Matcher, title: str, summary: str) -> None:
    assert alerted(mali, title, summary) == set()


def test_sheikhs_from_the_town_kidnapped_elsewhere(iraq: Matcher) -> None:
    summary = "Gunmen kidnapped three tribal sheikhs from Ramadi at a checkpoint in Basra on Sunday, police said."
    assert alerted(iraq, "Sheikhs kidnapped in Basra", summary) == set()


def test_arabic_home_with_a_settlements_noun_between(syria: Matcher, iraq: Matcher) -> None:
    title = "مقتل شاب من أبناء مدينة منبج في حلب"
    summary = "قتل شاب من أبناء مدينة منبج برصاص مسلحين مجهولين في حي الشعار بمدينة حلب مساء الخميس."
    assert alerted(syria, title, summary) == set()
    summary = "قتل سائق ينحدر من مدينة الرمادي برصاص مسلحين في مدينة البصرة فجر اليوم."
    assert alerted(iraq, "مقتل سائق في البصرة", summary) == set()


def test_arabic_town_of_the_attack_still_alerts(syria: Matcher, iraq: Matcher) -> None:
    summary = "اندلعت اشتباكات عنيفة في مدينة منبج أسفرت عن مقتل شاب من أبناء المدينة."
    assert alerted(syria, "اشتباكات في مدينة منبج", summary) == {"syria/Manbij"}
    summary = "قتل شرطيان في هجوم مسلح على حاجز عند مدخل مدينة الرمادي."
    assert alerted(iraq, "هجوم على حاجز في مدينة الرمادي", summary) == {"iraq/Ramadi"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gunmen attack mosque in Gao", "Gunmen attacked a mosque in Gao; an imam from Gao was among the dead."),
        ("Imam shot dead in Gao", "An imam was shot dead by gunmen in Gao on Friday, residents said."),
        ("UN troops guard Gao after attack", "Peacekeepers deployed across the town after the attack on the market."),
    ],
)
def test_the_town_as_the_scene_still_alerts(mali: Matcher, title: str, summary: str) -> None:
    assert alerted(mali, title, summary) == {"mali/Gao"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Police hold drug trafficker Ibarra after kidnapping", "Police in Quito arrested the trafficker over kidnappings."),
        ("Archbishop Ibarra condemns attack on priests", "The archbishop condemned the attack on two priests in Guayaquil."),
        (
            "Kidnapping of a teacher in Quito",
            "Primary school teacher Rosa Ibarra was kidnapped by armed men in Quito, her family said.",
        ),
    ],
)
def test_a_name_after_a_trade_is_a_persons(ecuador: Matcher, title: str, summary: str) -> None:
    assert alerted(ecuador, title, summary) == set()


def test_a_worker_named_like_the_town_leaves_the_town_attacked(ecuador: Matcher) -> None:
    summary = "Gunmen stormed the main prison in the northern city; teacher Luis Ibarra was among the hostages."
    title = "Gunmen storm Ibarra prison, teacher Luis Ibarra among hostages"
    assert alerted(ecuador, title, summary) == {"ecuador/Ibarra"}


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("sheikhs", True),
        ("trafficker", True),
        ("carrier", False),
        ("gunmen", True),
        ("sergeant", True),
        ("travelling", False),
        ("attack", False),
    ],
)
def test_kinds_of_person_by_their_singular_or_plural(word: str, person: bool) -> None:
    assert kind_of_person(word) is person


@pytest.mark.parametrize(
    ("text", "index", "trade"),
    [
        ("gang leader Ramu", 1, True),
        ("Pitcher Celaya shot", 0, True),
        ("Leader Of The Pack Returns", 0, False),  # every word capitalised: no sentence's first word to read
        ("troops guard Kidal", 1, False),  # a verb too
        ("a Leader", 1, False),  # capitalised inside a sentence: a name's
    ],
)
def test_a_trade_in_lower_case_or_opening_a_sentence(text: str, index: int, trade: bool) -> None:
    tokens = tokenize(text)
    title_case = all(t.word[:1].isupper() for t in tokens)
    assert kind_of_person_before_name(tokens[index], title_case) is trade


@pytest.mark.parametrize(
    "summary",
    [
        "قتل ثلاثة مدنيين في قصف استهدف سوقا في زنجبار بمحافظة أبين.",
        "هاجم مسلحون نقطة أمنية عند مدخل زنجبار، عاصمة محافظة أبين، فجر اليوم.",
    ],
)
def test_a_short_division_after_its_noun_ties_a_namesakes_name(yemen: Matcher, summary: str) -> None:
    # زنجبار is Zanzibar's name first; Abyan ("أبين", two consonants) says Yemen's Zinjibar
    assert alerted(yemen, "هجوم على نقطة أمنية", summary) == {"yemen/Zinjibar"}


@pytest.mark.parametrize(
    "summary", ["هاجم مسلحون نقطة أمنية في زنجبار فجر اليوم.", "هاجم مسلحون مركزا للشرطة في زنجبار بتنزانيا."]
)
def test_the_namesakes_name_untied_stays_the_namesakes(yemen: Matcher, summary: str) -> None:
    assert alerted(yemen, "هجوم على نقطة أمنية", summary) == set()
