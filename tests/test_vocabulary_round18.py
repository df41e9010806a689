"""Round vocab18 (issues 20 and 16): words of armed violence the bundled vocabulary missed.

Classed from the spent sets' misses whose explanation says no keyword matched: a word missing
from one language's set while the others have it (French "combats", "voiture piégée"; English
"gunshot"; Arabic "رصاص", "اعتداء"), a form the matcher did not reach (French "assassiné" beside
"assassinat", "kidnappers" from a typed "kidnap", "drones hit" from a typed "drone strike"), and
a deed told by its result ("abattu", "executados a tiros", "رميا بالرصاص", "besieged"). Each word
comes with the senses that keep its other meanings quiet: trees felled and poultry culled,
reporters who besiege a star, a pencil's lead, an encroachment on public land, harassment.
Towns and wordings are our own, not the labelled items'.
"""

from __future__ import annotations

import pytest

from bot.keywords import stem
from bot.vocabulary import keyword_sets
from tests.support.alerts import alerted, titled_matcher


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        # a siege, told in four languages
        ("Burkina Faso", "Djibo", "Burkina: Djibo under siege", "Residents say food has run out."),
        ("Burkina Faso", "Arbinda", "Burkina: Arbinda besieged for a year", "The town has been cut off for months."),
        ("Burkina Faso", "Titao", "Burkina : Titao assiégée depuis des mois", "La ville est coupée du reste du pays."),
        ("Colombia", "Tibu", "Asedio guerrillero a la estación de Tibú", "Los uniformados resistieron durante horas."),
        # a man shot, told by the result
        ("Mali", "Nioro du Sahel", "Mali : un commerçant abattu à Nioro du Sahel", "Il a été surpris devant sa boutique."),
        ("Mali", "Kolokani", "Kolokani : trois civils froidement abattus", "Les faits se sont produits au marché."),
        ("Brazil", "Altamira", "Dois jovens executados a tiros em Altamira", "O caso é investigado pela Polícia Civil."),
        ("Brazil", "Marabá", "Suspeito abatido a tiro em Marabá", "Segundo a PM, ele reagiu à abordagem."),
        ("Mexico", "Uruapan", "Comerciante ejecutado a tiros en Uruapan", "La fiscalía abrió una carpeta de investigación."),
        ("Libya", "Gharyan", "إعدام رجلين رميا بالرصاص في غريان", "بحسب مصادر محلية."),
        ("Libya", "Gharyan", "وفاة شاب برصاص مجهولين في غريان", "فتحت مديرية الأمن تحقيقا."),
        ("Mexico", "Apatzingán", "Apatzingan: two men found with gunshot wounds", "Police did not name them."),
        # the words one language lacked
        ("Sudan", "Sennar", "Soudan : combats aux portes de Sennar", "Des milliers d'habitants ont fui."),
        ("Iraq", "Kirkuk", "Irak : une voiture piégée à Kirkouk", "Le bilan n'est pas encore connu."),
        ("Somalia", "Beledweyne", "Somalie : le maire de Beledweyne assassiné", "Selon des sources locales."),
        ("Tunisia", "Kasserine", "اعتداء على دورية أمنية في القصرين", "وأصيب عون أمن."),
        # deeds told by the result, in English, Spanish and Arabic
        ("Niger", "Ayorou", "Fighters overran the army post at Ayorou", "The soldiers withdrew to Tillabéri."),
        ("Niger", "Ayorou", "Ayorou: a trader gunned down at the cattle market", "Witnesses described two men on a motorbike."),
        ("Niger", "Ayorou", "Two farmers hacked to death near Ayorou", "Their families found them in the fields."),
        ("Palestine", "Tulkarm", "قوات الاحتلال تقتحم مخيم نور شمس في طولكرم", "وسط إطلاق كثيف للقنابل."),
    ],
)
def test_the_bundled_set_alerts_on_the_words_it_missed(country: str, location: str, title: str, summary: str) -> None:
    assert alerted(titled_matcher(country, location), title, summary)


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        ("Mali", "Kolokani", "Kolokani : des volailles abattues après un foyer de grippe aviaire", "Ils seront indemnisés."),
        ("Mali", "Kolokani", "Kolokani : les arbres abattus le long de la route nationale", "La mairie promet de replanter."),
        ("Mali", "Kolokani", "Kolokani : l'entraîneur semblait abattu après la défaite", "Son équipe a perdu en finale."),
        ("Burkina Faso", "Djibo", "Djibo's mayor besieged by reporters after the vote", "He refused to comment."),
        ("Burkina Faso", "Djibo", "A siege mentality at Djibo town hall, critics say", "The council met behind closed doors."),
        ("Sudan", "Sennar", "Sennar : le combat contre le paludisme continue", "Des moustiquaires ont été distribuées."),
        ("Colombia", "Tibu", "Denuncian asedio sexual en un colegio de Tibú", "La secretaría abrió una investigación."),
        ("Brazil", "Marabá", "Prefeitura de Marabá executa obras de drenagem", "As obras devem durar três meses."),
        ("Libya", "Gharyan", "حالات تسمم بالرصاص في غريان", "بسبب مياه ملوثة."),
        ("Libya", "Gharyan", "توزيع أقلام رصاص على تلاميذ غريان", "ضمن حملة العودة المدرسية."),
        ("Tunisia", "Kasserine", "إزالة الاعتداء على الملك العمومي في القصرين", "قامت البلدية بحملة."),
        ("Niger", "Ayorou", "The Olympic torch passes through Ayorou", "Children lined the road."),
        ("Niger", "Ayorou", "Ayorou's new clinic faces a cost overrun", "The ministry will cover it."),
        ("Niger", "Ayorou", "Ayorou market overrun by tourists during the festival", "Hotels were full."),
        ("Palestine", "Tulkarm", "شباب طولكرم يقتحمون سوق العمل", "بمشاريع صغيرة."),
        # review17g's everyday senses: sport, figures of speech, exams, lead pipes, the land
        ("Ghana", "Tamale", "Tamale goalkeeper faced a siege of his goal in the second half", "Tamale held on."),
        ("Ghana", "Tamale", "Tamale midfield overrun as Kotoko cruise to victory", "Fans left early."),
        ("Cameroon", "Garoua", "Garoua : le capitaine, abattu, quitte le terrain en larmes", "L'équipe est éliminée."),
        ("Cameroon", "Garoua", "Garoua : ils veulent assassiner ma réputation, dit le maire", "Il dénonce une cabale."),
        ("Colombia", "Cúcuta", "El Cúcuta mantuvo el asedio sobre el arco rival", "Pero no pudo marcar."),
        ("Tunisia", "Sfax", "تلاميذ صفاقس يستعدون لاقتحام امتحان الباكالوريا", "وسط أجواء من التوتر."),
        ("Tunisia", "Sfax", "أنابيب الرصاص في شبكة مياه صفاقس", "تعويضها بأنابيب بلاستيكية."),
        ("Tunisia", "Sfax", "اعتداء على الغابات في صفاقس", "حملة للبلدية."),
        ("Ghana", "Tamale", "Tamale police hand out torches to night watchmen", "Break-ins fell."),
    ],
)
def test_their_other_senses_stay_quiet(country: str, location: str, title: str, summary: str) -> None:
    assert not alerted(titled_matcher(country, location), title, summary)


TYPED = "keywords: [kidnap, drone strike, affrontements, tuer, assassinat, حصار]"


@pytest.mark.parametrize(
    ("country", "location", "title"),
    [
        ("Nigeria", "Lapai", "Kidnappers seize traders near Lapai"),
        ("Sudan", "Kosti", "Drones hit fuel depot in Kosti"),
        ("Sudan", "El Obeid", "A drone struck the market in El Obeid"),
        ("Sudan", "Sennar", "Combats à Sennar entre l'armée et les FSR"),
        ("Mali", "Bougouni", "Bougouni : un chef de village abattu par des inconnus"),
        ("Niger", "Tera", "Niger : un élu assassiné à Téra"),
        ("Burkina Faso", "Djibo", "Burkina: Djibo under siege"),
    ],
)
def test_a_typed_word_brings_the_new_words_of_its_meaning(country: str, location: str, title: str) -> None:
    assert alerted(titled_matcher(country, location, keywords=TYPED), title)


def test_french_abattu_is_one_word_however_it_agrees() -> None:
    assert {stem(word, "fr") for word in ("abattu", "abattue", "abattus", "abattues")} == {"abattu"}


def test_siege_is_english_not_the_french_seat() -> None:
    """French "siège" is a seat and a headquarters: only English "siege" is listed."""
    words = keyword_sets()["security"].words
    assert "siege" in words["en"] and not any("siège" in word for word in words["fr"])
    matcher = titled_matcher("Mali", "Kolokani")
    assert not alerted(matcher, "Kolokani : le siège de la mairie rénové", "Les travaux ont duré un an.")
