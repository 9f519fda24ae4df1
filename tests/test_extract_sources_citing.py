"""Cited outlets found by the construction that cites them (issue #13).

Invented sentences.  An outlet is a source when the sentence cites it: after a citing phrase ("told
The Australian", "in an interview with Der Standard", „laut ‚Ta Nea‘“), before a verb of reporting
(„wie die «Basler Zeitung» am Sonntag berichtete“, "Punchbowl News reported"), or in a wire's closing
credit ("— PTI", "… gescheitert. /APA", „dpa/AFP/bz“, "Reuters contributed reporting").  Persons,
bodies and plans in the same places stay what they are.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of


def facts(text: str, language: str) -> tuple[list[str], list[str]]:
    doc = doc_of(text, language, "2026-11-20")
    return sorted(s.name for s in doc.sources), [o.name for o in doc.organizations]


@pytest.mark.parametrize(("body", "expected"), [
    ("In an interview with Der Standard, Harrow said the talks stalled.", ["Der Standard"]),
    ("Harrow told The Australian that the talks stalled.", ["The Australian"]),
    ("Harrow wrote in an op-ed for The Kestrel Review that it was over.", ["The Kestrel Review"]),
    ("Harrow told the Kenya-based Standard newspaper that talks stalled.", ["Standard"]),
    ("Harrow said it was over, Israel's Kan public broadcaster reported.", ["Kan"]),
    ("Harrow told Israel's Channel 12 that the talks stalled.", ["Channel 12"]),
    ("Harrow said the talks stalled, Bramble Valley News reported.", ["Bramble Valley News"]),
    ("Harrow wrote in the Kestrel newsletter that the talks stalled.", ["Kestrel"]),
    ("Harrow told the news site Ynet that the talks stalled.", ["Ynet"]),
    ("The Kestrel News Agency said the talks stalled.", ["Kestrel News Agency"]),
    ("Harrow told the Israeli newspaper Haaretz that it was over.", ["Haaretz"]),
    ("Harrow told ABC Radio National that the talks stalled.", ["ABC Radio National"]),
    ("Harrow said the talks stalled. — PTI", ["PTI"]),
    ("Harrow said the talks stalled.\n\n— PTI", ["PTI"]),
    ("Harrow said the talks stalled.\n\n(With inputs from PTI)", ["PTI"]),
    ("Harrow said the talks stalled. (ANI)", ["ANI"]),
    ("Harrow said the talks stalled.\n\nReuters contributed reporting.", ["Reuters"]),
    ("Harrow told the news portal Delfi that it was over.", ["Delfi"]),
    ("NEW DELHI: Harrow said it was over, PTI reported.", ["PTI"]),
])
def test_english_citing_constructions(body: str, expected: list[str]) -> None:
    sources, organizations = facts("Harrow Visits Port\n\n" + body, "en")
    assert sources == expected
    assert not set(organizations) & set(expected)  # an outlet is a source, never an organisation


@pytest.mark.parametrize("body", [
    "Harrow told Parliament that the talks stalled.",
    "Harrow told The Hague tribunal that the talks stalled.",
    "According to the Foreign Ministry, the talks stalled.",
    "Harrow said in an interview with Mary Roe that talks stalled.",
    "The Australian government said the talks stalled.",
    "Harrow told the Standard Chartered board that it was over.",
    "Harrow told The Elders group that talks stalled.",
    "According to The Hague-based court, the talks stalled.",
    "According to The Kestrel Institute, the talks stalled.",
    "According to the \"Coalition of the Willing\", the talks stalled.",
    "Harrow met Imran Khan, the founder of PTI, in Lahore.",
    "Harrow said the talks stalled.\n\nJane Roe contributed reporting.",
    "Harrow said the talks stalled.\n\nWith inputs from agencies",
    "Harrow wrote in his Substack newsletter that it was over.",
])
def test_english_non_outlets_stay_out(body: str) -> None:
    assert facts("Harrow Visits Port\n\n" + body, "en")[0] == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Wie die „Weltwoche“ berichtet, sind die Gespräche gescheitert.", ["Weltwoche"]),
    ("Wie die «Basler Zeitung» am Sonntag berichtete, ist alles vorbei.", ["Basler Zeitung"]),
    ("„Il Foglio“ zufolge ist alles vorbei.", ["Il Foglio"]),
    ("„Die Gespräche sind vorbei“, sagte Harrow. Laut ‚Ta Nea‘ sind sie gescheitert.", ["Ta Nea"]),
    ("Gemäss ‹Tribune de Genève› ist alles vorbei.", ["Tribune de Genève"]),
    ("Harrow sagte der «Aargauer Zeitung», die Gespräche seien vorbei.", ["Aargauer Zeitung"]),
    ("Das sagte Harrow im Interview mit der „Kleinen Zeitung“.", ["Kleine Zeitung"]),
    ("Wie die „NZZ am Sonntag“ berichtete, sind die Gespräche gescheitert.", ["NZZ am Sonntag"]),
    ("Das sagte Harrow im „Bericht aus Berlin“ der ARD.", ["ARD", "Bericht aus Berlin"]),
    ("Das sagte Harrow dem Redaktionsnetzwerk Deutschland (RND).", ["Redaktionsnetzwerk Deutschland"]),
    ("Harrow sagte dem Sender Puls 24, die Gespräche seien gescheitert.", ["Puls 24"]),
    ("Das schrieb Harrow im Newsletter „Table.Briefings“.", ["Table.Briefings"]),
    ("Harrow sagte, die Gespräche seien gescheitert. /APA", ["APA"]),
    ("Harrow sagte, die Gespräche seien gescheitert.\n\nAPA/Reuters", ["APA", "Reuters"]),
    ("Harrow sagte, die Gespräche seien gescheitert.\n\ndpa/AFP/bz", ["AFP", "dpa"]),
    ("Harrow sagte, die Gespräche seien gescheitert.\n\nmit Material der dpa", ["dpa"]),
    ("Das sagte Harrow dem Portal „The Pioneer“.", ["The Pioneer"]),
    ("Harrow sagte im Podcast „Das Politikteil“ der „Zeit“, es sei vorbei.", ["Das Politikteil", "Zeit"]),
])
def test_german_citing_constructions(body: str, expected: list[str]) -> None:
    sources, organizations = facts("Harrow besucht Hafen\n\n" + body, "de")
    assert sources == expected
    assert not set(organizations) & set(expected)


@pytest.mark.parametrize("body", [
    "Laut „Friedensplan“ soll die Waffenruhe gelten.",
    "Harrow sagte der „Koalition der Willigen“ Unterstützung zu.",
    "Wie die „Koalition der Willigen“ mitteilte, ist alles vorbei.",
    "Wie die „Grünen“ kritisierten, sind die Gespräche gescheitert.",
    "Wie die Partei „Die Linke“ berichtete, ist alles vorbei.",
    "Die sogenannte „Koalition der Willigen“ berichtete von Fortschritten.",
    "Harrow sprach in 20 Minuten mit allen Ministern.",
    "Im Zentrum der Gespräche stand die Ukraine.",
    "Harrow sagte, die Gespräche seien gescheitert.\n\nCDU/CSU",
    "Harrow sagte, die Gespräche seien gescheitert.\n\nQuelle: Agenturen",
    "Harrow sagte der Presse, die Gespräche seien gescheitert.",
    "Harrow erklärte gegenüber der Presse, die Gespräche seien gescheitert.",
])
def test_german_non_outlets_stay_out(body: str) -> None:
    assert facts("Harrow besucht Hafen\n\n" + body, "de")[0] == []


def test_an_acronym_closing_a_citing_phrase_is_the_outlet_cited() -> None:
    from lagebild.extract.sources import outlets_in
    assert [n for _s, _e, n in outlets_in("The minister told KTV on Tuesday that talks would go on.", "en")] == ["KTV"]
    assert [n for _s, _e, n in outlets_in("Sie sagte gegenüber RNF, man sei bereit.", "de")] == ["RNF"]


def test_a_known_body_after_told_stays_a_body() -> None:
    from lagebild.extract.sources import outlets_in
    assert outlets_in("The minister told NATO on Tuesday that Norway would pay.", "en") == []


def test_an_unquoted_paper_or_broadcaster_cited_in_german_is_a_source_in_the_nominative() -> None:
    from lagebild.extract.sources import outlets_in
    assert [n for _s, _e, n in outlets_in("Laut der Bergischen Morgenzeitung kostet der Plan viel.", "de")] == \
        ["Bergische Morgenzeitung"]
    assert [n for _s, _e, n in outlets_in("Der Westfälische Rundfunk hatte zuerst darüber berichtet.", "de")] == \
        ["Westfälischer Rundfunk"]


def test_a_paper_named_but_not_cited_is_no_source() -> None:
    from lagebild.extract.sources import outlets_in
    assert outlets_in("Die Bergische Morgenzeitung lag auf dem Tisch des Ministers.", "de") == []


def test_a_party_acronym_in_its_own_language_is_no_agency() -> None:
    doc = doc_of("Kritik kam von der Partei der Demokratischen Aktion (SDA), die von Verrat sprach.", "de",
                 "2026-03-04")
    assert [s.name for s in doc.sources] == []
