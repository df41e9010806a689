"""Portuguese, Spanish and Arabic (issue 20): an item's language, Arabic spelling and the little
words written onto Arabic names, inflections meeting an admin's base forms, keywords in another
sense turned away, the bundled keyword sets and `python -m bot keywords`. Real parts throughout:
the detector's model, the Snowball stemmers, the matcher (without the gazetteer unless said)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.arabic import is_arabic, normalize, readings, without_article
from bot.cli import main
from bot.config import WatchlistConfig
from bot.keywords import Term, stem
from bot.language import item_languages
from bot.match import Matcher
from bot.textnorm import fold, tokenize
from bot.vocabulary import keyword_sets, keywords_of, set_names


def langs(title: str, summary: str = "") -> tuple[str, ...]:
    return item_languages([tokenize(title), tokenize(summary)])


def matcher(keywords: list[str] | None = None, sets: list[str] | None = None, **places: list[str]) -> Matcher:
    """One watchlist "w" with a location per keyword argument (name -> aliases)."""
    locations = [{"name": name.replace("_", " "), "aliases": aliases} for name, aliases in places.items()]
    wl = WatchlistConfig(title="W", locations=locations, keywords=keywords or [], keyword_sets=sets or [])
    return Matcher({"w": wl})


def alerts(m: Matcher, title: str, summary: str = "") -> bool:
    return bool(m.match(title, summary))


# --- the item's language --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "summary", "first"),
    [
        (
            "Insurgentes atacam Mocímboa da Praia",
            "Homens armados atacaram a vila durante a noite e mataram pelo menos dez civis, segundo fontes locais.",
            "pt",
        ),
        (
            "Balacera en Culiacán",
            "Hombres armados atacaron un autobús en la carretera y mataron a tres personas, informó la fiscalía.",
            "es",
        ),
        ("Gunmen attack market in Gao", "Gunmen opened fire at the central market on Tuesday, local officials said.", "en"),
        ("Attaque à Kidal", "Un poste de l'armée a été attaqué dans la nuit de lundi à mardi, selon des sources locales.", "fr"),
        ("هجوم مسلح على سوق في الخرطوم", "قتل عشرة مدنيين في هجوم شنه مسلحون على سوق شعبي", "ar"),
    ],
)
def test_the_item_language_is_detected_on_title_and_summary(title: str, summary: str, first: str) -> None:
    assert langs(title, summary)[0] == first


def test_a_short_portuguese_title_keeps_the_romance_readings() -> None:
    # Four words cannot be told apart reliably: the detector's first two are kept beside the markers.
    assert "pt" in langs("Dez mortos em Pemba")
    assert langs("Tire fire at Bamako airport") == ("en",)  # English markers decide: no French "tirs"


def test_an_english_wire_with_an_arabic_quote_is_english_and_still_matches_arabic() -> None:
    title = "Sudan: militia fighters stormed the market"
    summary = 'Residents of Khartoum described the scene: "وقع الهجوم في الصباح الباكر" according to witnesses.'
    assert langs(title, summary) == ("en",)
    m = matcher(["هجوم"], Khartoum=[])
    result = m.match(title, summary)
    assert result and result[0].keyword is not None and result[0].keyword.text == "الهجوم"


# --- Arabic spelling and proclitics ---------------------------------------------------------


def test_arabic_spelling_variants_fold_to_one_form() -> None:
    plain = fold("مدينة احمد")
    assert fold("مَدِينَةٌ أَحْمَد") == plain  # vowel marks, hamza on alef
    assert fold("مدينه إحمد") == plain  # taa marbuta written as haa, alef below
    assert fold("مديـــنة آحمد") == plain  # tatweel, alef madda
    assert fold("مستشفى") == fold("مستشفي")  # alef maqsura
    assert fold("الشدّة") == fold("الشده")  # shadda
    assert normalize("ٱلخرطوم") == normalize("الخرطوم")


def test_proclitic_readings_are_least_stripped_first() -> None:
    assert readings(fold("والخرطوم")) == ("الخرطوم", "خرطوم")
    assert readings(fold("للخرطوم")) == ("لخرطوم", "الخرطوم", "خرطوم")  # ل + ال, the alef dropped
    assert readings(fold("فبالخرطوم"))[-1] == "خرطوم"
    assert without_article(fold("والهجوم")) == "هجوم"
    assert without_article("كمين") == "كمين"  # an ambush is no ك + "مين"
    assert is_arabic("الخرطوم") and not is_arabic("Khartoum") and not is_arabic("Bamakó")


@pytest.mark.parametrize("written", ["الخرطوم", "بالخرطوم", "والخرطوم", "للخرطوم", "فالخرطوم", "وبالخرطوم", "الخرطومِ"])
def test_arabic_prefixes_do_not_hide_a_watched_name(written: str) -> None:
    m = matcher(["هجوم"], Khartoum=["الخرطوم"])
    result = m.match(f"هجوم مسلح {written} اليوم", "")
    assert result, written
    assert result[0].locations[0].text == written


def test_a_name_without_its_article_is_met_by_the_name_with_it() -> None:
    m = matcher(["هجوم"], Khartoum=["خرطوم"])  # as the gazetteer spells it
    assert alerts(m, "هجوم مسلح في الخرطوم")
    assert alerts(m, "هجوم مسلح بالخرطوم")


def test_names_that_start_with_a_proclitic_letter_stay_whole() -> None:
    # As written first: "بنغازي" is Benghazi, not ب + a watched "نغازي"; "وادي حلفا" is Wadi Halfa.
    m = matcher(["هجوم"], Benghazi=["بنغازي"], Nghazi=["نغازي"], Wadi_Halfa=["وادي حلفا"], Adi=["ادي"])
    found = {loc.location for r in m.match("هجوم على بنغازي", "") for loc in r.locations}
    assert found == {"Benghazi"}
    found = {loc.location for r in m.match("هجوم قرب وادي حلفا", "") for loc in r.locations}
    assert found == {"Wadi Halfa"}
    # Stripped only when what remains is a watched name: "ونغازي" is و + "نغازي".
    found = {loc.location for r in m.match("هجوم على ونغازي", "") for loc in r.locations}
    assert found == {"Nghazi"}


def test_an_arabic_site_word_with_a_prefix_names_the_site() -> None:
    m = matcher(["هجوم"], Khartoum_airport=["مطار الخرطوم"])
    assert alerts(m, "هجوم بطائرة مسيرة على مطار الخرطوم")
    assert alerts(m, "هجوم بطائرة مسيرة بمطار الخرطوم")


@pytest.mark.parametrize(
    "title",
    ["Ataque no aeroporto de Pemba", "Atacan el aeropuerto internacional de Pemba", "هجوم على مطار بيمبا الدولي"],
)
def test_portuguese_spanish_and_arabic_site_words_name_the_site(title: str) -> None:
    # A short headline: the detector's Portuguese and Spanish readings are kept beside the markers'.
    m = matcher(["atacar", "هجوم"], Pemba_airport=["مطار بيمبا"])
    result = m.match(title, "")
    assert result and result[0].locations[0].location == "Pemba airport"
    assert result[0].keyword is not None


# --- inflections meeting base forms ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "base", "inflected"),
    [
        ("pt", "atacar", ["atacaram", "atacados", "atacada", "ataque", "ataques", "atacou"]),
        ("pt", "matar", ["matou", "mataram", "mortos", "morto", "morreram"]),
        ("pt", "explosão", ["explosões"]),
        ("pt", "sequestro", ["sequestrados", "sequestrou"]),
        ("es", "atacar", ["atacó", "atacaron", "atacados", "atacada", "ataque"]),
        ("es", "matar", ["mataron", "muertos", "murieron"]),
        ("es", "secuestro", ["secuestrados", "secuestró", "secuestradas"]),
        ("es", "explosión", ["explosiones"]),
        ("es", "asesinato", ["asesinaron", "asesinados", "asesinar", "asesinatos"]),
        ("pt", "assassinato", ["assassinaram", "assassinados", "assassinar"]),
        ("ar", "هجوم", ["الهجوم", "والهجوم", "بالهجوم", "هجوما", "فالهجوم"]),
        ("ar", "مسلح", ["مسلحين", "المسلحون", "بمسلحين"]),
        ("ar", "انفجار", ["انفجارات", "الانفجارات", "والانفجار"]),
        ("ar", "غارة", ["غارات", "الغارات"]),
        ("ar", "هجوم", ["هجمات", "هاجم", "يهاجم", "هاجموا", "لهجوم"]),  # one root: verb, noun, plural
        ("ar", "قتل", ["مقتل", "قتلى", "يقتل", "قتيلا"]),
        ("ar", "اختطاف", ["خطف", "اختطفوا", "مخطوفين", "بالاختطاف"]),
        ("ar", "انفجار", ["انفجر", "تفجير", "بانفجار"]),
        ("ar", "كمين", ["الكمين", "بكمين"]),
        ("ar", "اختطاف", ["الاختطاف", "واختطاف"]),
    ],
)
def test_inflections_share_the_base_forms_stem(language: str, base: str, inflected: list[str]) -> None:
    for word in inflected:
        assert stem(word, language) == stem(base, language), word


def test_words_that_only_look_alike_do_not_share_a_stem() -> None:
    assert stem("matar", "pt") != stem("mercado", "pt")
    assert stem("هجوم", "ar") != stem("حرب", "ar")
    assert stem("ataque", "fr") != stem("ataque", "pt")  # the French stemmer knows no Portuguese


@pytest.mark.parametrize(
    ("keyword", "title", "summary"),
    [
        ("ataque", "Insurgentes atacaram Mocímboa da Praia", "A vila foi atacada durante a noite por homens armados."),
        ("matar", "Dez mortos em Pemba", "Homens armados mataram dez pessoas durante a noite numa aldeia perto da cidade."),
        ("atacar", "Hombres armados atacaron un autobús en Culiacán", "El ataque dejó tres heridos, según la fiscalía."),
        ("secuestro", "Secuestran a dos periodistas en Culiacán", "Los periodistas secuestrados fueron liberados horas después."),
        ("هجوم", "قتلى في هجمات والهجوم على سوق الخرطوم", "شن مسلحون الهجوم صباح اليوم"),
    ],
)
def test_an_admins_base_form_alerts_on_its_inflections(keyword: str, title: str, summary: str) -> None:
    m = matcher([keyword], Pemba=[], Mocímboa_da_Praia=[], Culiacán=[], Khartoum=["الخرطوم"])
    assert alerts(m, title, summary)


# --- other senses, per language ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("keyword", "title", "summary"),
    [
        ("ataque", "Ex-ministro sofre ataque cardíaco em Maputo", "O antigo ministro foi levado ao hospital central."),
        ("ataque", "Cantante sufre un ataque de pánico en Culiacán", "La artista suspendió el concierto de la noche."),
        ("ataque", "O ataque do Benfica marcou três golos em Maputo", "Os adeptos festejaram no estádio até tarde."),
        ("ataque", "El ataque del Real Madrid brilla ante el Culiacán", "Los delanteros marcaron cuatro goles en el partido."),
        ("ataque", "Ataque especulativo contra o metical em Maputo", "Os bancos centrais da região acompanham o mercado."),
        ("explosão", "Explosão de alegria em Maputo", "Milhares de adeptos celebraram a vitória da seleção nas ruas."),
        ("explosión", "Explosión de alegría en Culiacán", "Miles de aficionados celebraron el título en las calles."),
        ("guerra", "Guerra de palavras entre partidos em Maputo", "Os dirigentes trocaram acusações durante o debate."),
        ("guerra", "Guerra de palabras entre alcaldes de Culiacán", "Los políticos intercambiaron acusaciones en la radio."),
        ("حرب", "حرب كلامية بين مسؤولين في الخرطوم", "تبادل المسؤولون الاتهامات في وسائل الاعلام"),
        ("هجوم", "الهجوم يقود الفريق الى الفوز في مباراة الخرطوم", "سجل اللاعب هدفين في الشوط الثاني"),
        ("matar", "Três mortos num acidente de viação em Pemba", "Um camião colidiu com um autocarro na estrada nacional."),
        ("قتل", "مقتل خمسة في حادث سير قرب الخرطوم", "انقلبت حافلة على الطريق السريع"),
        ("desabar", "O mercado desabou em Maputo", "As ações das empresas caíram dez por cento numa só sessão."),
        ("disparos", "Los precios se disparan en Culiacán", "El kilo de tortilla subió un veinte por ciento."),
        ("attack", "Ministers attacked the report on Maputo", "The opposition said the findings were wrong."),
        ("kill", "Building collapse kills workers in Maputo", "Five workers died when the structure gave way."),
    ],
)
def test_a_keyword_in_another_sense_is_turned_away(keyword: str, title: str, summary: str) -> None:
    m = matcher([keyword], Maputo=[], Culiacán=[], Pemba=[], Khartoum=["الخرطوم"])
    assert not alerts(m, title, summary)


@pytest.mark.parametrize(
    ("keyword", "title", "summary"),
    [
        ("ataque", "Ataque armado em Maputo", "Homens armados atacaram uma esquadra da polícia durante a noite."),
        ("explosión", "Explosión en Culiacán", "Una explosión en un taller dejó dos heridos, según bomberos."),
        ("guerra", "Guerra entre cárteles en Culiacán", "La guerra entre facciones dejó veinte muertos esta semana."),
        ("حرب", "حرب الشوارع تتواصل في الخرطوم", "اشتباكات عنيفة بين الجيش والدعم السريع"),
        ("هجوم", "هجوم بطائرة مسيرة على الخرطوم", "استهدف الهجوم مواقع عسكرية في المدينة"),
        ("قتل", "مقتل خمسة في هجوم على الخرطوم", "قتل مسلحون خمسة مدنيين"),
    ],
)
def test_the_security_sense_still_alerts(keyword: str, title: str, summary: str) -> None:
    m = matcher([keyword], Maputo=[], Culiacán=[], Khartoum=["الخرطوم"])
    assert alerts(m, title, summary)


# --- bundled keyword sets -------------------------------------------------------------------


def test_the_bundled_sets_cover_five_languages_and_security_is_their_union() -> None:
    sets = keyword_sets()
    assert set(set_names()) >= {"security", "violence", "kidnapping", "unrest", "transport", "crime"}
    for name in ("violence", "kidnapping", "unrest", "transport", "crime"):
        assert all(sets[name].words[lang] for lang in ("en", "fr", "pt", "es", "ar")), name
    union = set(keywords_of(["violence", "kidnapping", "unrest", "transport", "crime"]))
    assert set(keywords_of(["security"])) == union
    assert ("ar", "اختطاف") in set(keywords_of(["kidnapping"]))


def test_a_set_word_is_read_only_in_its_language() -> None:
    term = Term.parse("coup", "en")
    assert set(term.stems) == {"en"}
    assert set(Term.parse("هجوم", "ar").stems) == {"en", "fr", "pt", "es", "ar"}  # Arabic wherever it stands
    m = matcher(sets=["unrest"], Bamako=[])
    assert alerts(m, "Coup in Bamako", "Soldiers seized the state broadcaster and announced the coup on television.")
    assert not alerts(m, "Un coup de pied à Bamako", "Le joueur a reçu un coup de pied pendant le match de dimanche soir.")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Homens armados atacaram Pemba", "Os insurgentes incendiaram casas e mataram três pessoas durante a noite."),
        ("Secuestran a comerciante en Culiacán", "Hombres armados se llevaron al comerciante de su tienda, informó la fiscalía."),
        ("هجوم بطائرة مسيرة على الخرطوم", "استهدف الهجوم مواقع في المدينة"),
        ("Gunmen kidnap aid workers near Pemba", "The workers were abducted on the road north of the city, officials said."),
    ],
)
def test_keyword_sets_alert_without_typed_keywords(title: str, summary: str) -> None:
    m = matcher(sets=["security"], Pemba=[], Culiacán=[], Khartoum=["الخرطوم"])
    assert alerts(m, title, summary)
    assert not alerts(matcher(sets=["transport"], Pemba=[], Culiacán=[], Khartoum=["الخرطوم"]), title, summary)


def test_clashes_alert_with_the_forces_and_not_in_sport() -> None:
    # "Affrontements" is in the French set; "forces de défense" is no team's defence.
    m = matcher(sets=["security"], Tahoua=[])
    assert alerts(m, "Affrontements à Tahoua", "Des affrontements entre éleveurs et forces de défense ont blessé cinq personnes.")
    assert not alerts(m, "Affrontement au sommet à Tahoua", "Le match du championnat oppose les deux équipes dimanche.")


def test_bursts_of_gunfire_alert_in_portuguese_and_tiros_alone_does_not() -> None:
    m = matcher(sets=["security"], Maputo=[])
    assert alerts(m, "Rajadas de tiros na Matola e em Maputo", "Moradores ouviram rajadas de tiros durante a noite.")
    assert alerts(m, "Comerciante morto a tiro em Maputo", "O homem foi abordado à porta da loja.")
    assert not alerts(m, "Maputo: fotógrafos tiram retratos da cidade", "A exposição mostra tiros de câmara antigos.")


def test_balear_is_to_shoot_not_the_balearic_islands() -> None:
    m = matcher(sets=["security"], Cúcuta=[])
    assert alerts(m, "Balearon a un comerciante en Cúcuta", "El hombre fue baleado frente a su negocio, informó la policía.")
    assert not alerts(m, "Turistas de Cúcuta viajan a las Baleares", "Las agencias de Cúcuta venden paquetes a las islas.")


def test_an_arabic_exclude_term_is_found_behind_a_prefix() -> None:
    wl = WatchlistConfig(title="W", locations=[{"name": "Khartoum", "aliases": ["الخرطوم"]}], keywords=["قصف"], exclude=["كرة"])
    m = Matcher({"w": wl})
    assert not alerts(m, "قصف مدفعي قرب ملعب لكرة القدم في الخرطوم")
    assert alerts(m, "قصف مدفعي قرب سوق في الخرطوم")


def test_a_sets_phrases_keep_everyday_words_out() -> None:
    m = matcher(sets=["security"], Khartoum=["الخرطوم"], Pemba=[])
    assert not alerts(m, "انقلاب حافلة على طريق الخرطوم", "اصيب ركاب في الحادث")  # a bus overturned
    assert alerts(m, "محاولة انقلاب في الخرطوم", "اعلن الجيش احباط محاولة انقلاب")
    assert not alerts(m, "Governo quer tirar proveito do turismo em Pemba", "O ministro visitou a cidade na segunda-feira.")


def test_a_set_still_needs_its_sense_and_typed_keywords_add_to_it() -> None:
    m = matcher(["incêndio"], sets=["violence"], Maputo=[])
    assert not alerts(m, "Ex-ministro sofre ataque cardíaco em Maputo", "O antigo ministro foi levado ao hospital central.")
    assert alerts(m, "Incêndio destrói mercado em Maputo", "O fogo começou durante a madrugada, segundo os bombeiros.")


def test_an_unknown_set_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(ValidationError) as raised:
        WatchlistConfig(title="W", locations=[{"name": "Gao"}], keyword_sets=["security", "violance"])
    message = str(raised.value)
    assert "unknown keyword set 'violance'" in message
    assert "violence, kidnapping, unrest, transport, crime, security" in message


CONFIG = """\
feeds:
  - name: Wire
    url: https://example.org/rss.xml
watchlists:
  sudan:
    title: Sudan
    locations:
      - name: Khartoum
    keyword_sets: [{sets}]
"""


def test_check_config_names_an_unknown_set_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG.format(sets="security, kidnaping"), encoding="utf-8")
    assert main(["check-config", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert "line 9: watchlists.sudan.keyword_sets: unknown keyword set 'kidnaping'" in err
    assert "kidnapping" in err.split("the sets are", 1)[1]


def test_the_keywords_command_prints_a_set_by_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keywords", "kidnapping"]) == 0
    out = capsys.readouterr().out.splitlines()
    by_language = {line.split(" (", 1)[0]: line for line in out[1:]}
    assert set(by_language) == {"English", "French", "Portuguese", "Spanish", "Arabic"}
    assert "secuestro" in by_language["Spanish"] and "sequestro" in by_language["Portuguese"]
    assert "اختطاف" in by_language["Arabic"] and "otage" in by_language["French"]


def test_the_keywords_command_lists_the_sets_and_refuses_an_unknown_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keywords"]) == 0
    out = capsys.readouterr().out
    assert all(f"{name}:" in out for name in set_names())
    assert "violence + kidnapping + unrest + transport" in out
    assert main(["keywords", "nope"]) == 2
    assert "unknown keyword set 'nope'" in capsys.readouterr().err
