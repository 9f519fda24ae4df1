"""Person countries for every state, not only the large ones (issue #13, session 20), on invented sentences.

Each state's adjective and short names in both languages ("Belizean", "Motswana", "PNG", "East Timor",
„botsuanisch“, „weißrussisch“, „Botswanas“), every seat of government in the gazetteer ("Funafuti"), a bare
"President" in a paper of a state whose head is one (Sierra Leone, Botswana; not Britain, Austria), and an
outlet's home told by its region's name („Tiroler Rundschau“, „Aargauer Landbote“, "The Kilimanjaro Standard").
"""

from __future__ import annotations

import pytest

from lagebild.extract.contextcountry import city_state
from lagebild.extract.countries import countries_in
from lagebild.extract.homeoffices import _outlet_state, seated_elsewhere
from lagebild.extract.lang import states
from tests.support.extraction import doc_of


def country(text: str, name: str, language: str = "en", locale: str | None = None,
            outlet: str | None = None) -> str | None:
    found = {p.name: p.country for p in doc_of(text, language, locale=locale, outlet=outlet).persons}
    return found[name]


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Talks\n\nBelizean Prime Minister Joel Arzu met the delegation on Monday.", "Joel Arzu", "BZ"),
    ("Talks\n\nMotswana Finance Minister Kabo Sello arrived in Accra on Monday.", "Kabo Sello", "BW"),
    ("Talks\n\nPNG Prime Minister Tom Kapi flew to Canberra on Monday.", "Tom Kapi", "PG"),
    ("Talks\n\nBajan Prime Minister Anne Clarke spoke in Bridgetown on Monday.", "Anne Clarke", "BB"),
    ("Talks\n\nEast Timor's President Jose Soares met the envoy on Monday.", "Jose Soares", "TL"),
])
def test_a_small_states_adjective_or_short_name_before_the_office(text: str, name: str, code: str) -> None:
    assert country(text, name) == code


def test_a_longer_adjective_wins_over_the_state_it_contains() -> None:
    # (not Guinea's, not Ireland's)
    assert country("Talks\n\nEquatorial Guinean Vice President Teo Mba spoke on Monday.", "Teo Mba") == "GQ"
    assert country("Talks\n\nNorthern Irish First Minister Mary Doyle spoke on Monday.", "Mary Doyle") == "GB"


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Gipfel\n\nDer belizische Premier Joel Arzu traf am Montag die Delegation.", "Joel Arzu", "BZ"),
    ("Gipfel\n\nDer botsuanische Präsident Kabo Sello eröffnete am Montag den Gipfel.", "Kabo Sello", "BW"),
    ("Gipfel\n\nBotswanas Präsident Kabo Sello eröffnete am Montag den Gipfel.", "Kabo Sello", "BW"),
    ("Gipfel\n\nDer papua-neuguineische Premierminister Tom Kapi reiste am Montag nach Canberra.", "Tom Kapi", "PG"),
    ("Gipfel\n\nDer barbadische Regierungschef Anne Clarke sprach am Montag.", "Anne Clarke", "BB"),
    ("Gipfel\n\nDer weißrussische Außenminister Ivan Petrow kam am Montag nach Wien.", "Ivan Petrow", "BY"),
])
def test_a_small_states_german_adjective_in_any_ending(text: str, name: str, code: str) -> None:
    assert country(text, name, "de") == code


def test_every_row_of_the_world_table_is_read_in_both_languages() -> None:
    for word, code in states.DEMONYMS_EN.items():
        assert [c for _s, _e, c in countries_in(word, "en")] == [code], word
    for stem, code in states.DEMONYMS_DE.items():
        for ending in ("e", "en", "er", "es"):
            assert [c for _s, _e, c in countries_in(stem + ending, "de")] == [code], stem + ending
    for language, table in (("en", states.NAMES_EN), ("de", states.NAMES_DE)):
        for name, code in table.items():
            assert [c for _s, _e, c in countries_in(name, language)] == [code], name


def test_a_seat_of_government_the_gazetteer_lacked() -> None:
    assert city_state("Funafuti", "en") == "TV"
    assert city_state("Basseterre", "de") == "KN"


def test_a_bare_president_in_a_paper_of_a_republic_is_its_own() -> None:
    text = "Budget\n\nPresident Julius Kanu on Monday presented the budget. Sierra Leone expects growth."
    assert country(text, "Julius Kanu", locale="en-SL") == "SL"


@pytest.mark.parametrize(("locale", "state", "role"), [("en-GB", "Britain", "President"),
                                                       ("en-BB", "Barbados", "King")])
def test_a_bare_head_of_state_of_another_title_is_no_home(locale: str, state: str, role: str) -> None:
    text = f"Budget\n\n{role} Julius Kanu on Monday presented the budget. {state} expects growth."
    assert country(text, "Julius Kanu", locale=locale) is None


def test_a_bare_praesident_in_an_austrian_paper_is_no_home() -> None:
    text = "Budget\n\nPräsident Julius Kanu legte am Montag das Budget vor. Österreich erwartet Wachstum."
    assert country(text, "Julius Kanu", "de", locale="de-AT") is None


@pytest.mark.parametrize(("outlet", "code"), [
    ("Tiroler Rundschau (online)", "AT"), ("Aargauer Landbote", "CH"), ("Zentralschweizer SonntagsBote", "CH"),
    ("Nordhessische Allgemeine", "DE"), ("Westfalen-Echo", "DE"), ("Staatskanzlei des Saarlandes", "DE"),
    ("Dolomiten Tagblatt", "IT"), ("The Kilimanjaro Standard", "TZ"), ("Highveld Daily", "ZA"),
])
def test_an_outlets_region_tells_its_home(outlet: str, code: str) -> None:
    assert _outlet_state("", outlet, "en" if outlet.startswith(("The", "High")) else "de") == code


def test_an_outlet_named_after_what_several_states_share_tells_none() -> None:
    assert _outlet_state("", "Donau Rundschau", "de") is None
    assert _outlet_state("", "The Mekong Standard", "en") is None


def test_a_bare_office_in_a_regional_papers_report_is_the_regions_state() -> None:
    text = ("Grenze\n\nInnenminister Gerhard Mair kündigte am Montag schärfere Kontrollen an. "
            "Österreich will die Zahl der Einreisen senken.")
    assert country(text, "Gerhard Mair", "de", outlet="Tiroler Rundschau (online)") == "AT"
    text = "Budget\n\nFinance Minister Amina Juma presented the budget on Thursday. Tanzania expects growth."
    assert country(text, "Amina Juma", outlet="The Kilimanjaro Standard") == "TZ"


@pytest.mark.parametrize(("text", "code"), [
    ("Talks\n\nJulia Kanu, Sierra Leone's Foreign Minister, arrived in Accra on Monday.", "SL"),
    ("Talks\n\nJulia Kanu, the Sierra Leonean foreign minister, arrived in Accra on Monday.", "SL"),
    ("Talks\n\nJulia Kanu, Papua New Guinea's Foreign Minister, arrived in Accra on Monday.", "PG"),
    ("Talks\n\nJulia Kanu, New Zealand's trade minister, arrived in Accra on Monday.", "NZ"),
    ("Talks\n\nPapua New Guinea's Prime Minister Tom Kapi flew to Canberra on Monday.", "PG"),
])
def test_a_state_of_several_words_opens_the_persons_own_role(text: str, code: str) -> None:
    assert [p.country for p in doc_of(text, "en").persons] == [code]


def test_a_states_genitive_of_two_words_after_the_role_is_its_complement() -> None:
    persons = doc_of("Gespräche\n\nDer Präsident Costa Ricas, Rodrigo Chaves, kam am Montag nach Accra.", "de").persons
    assert [(p.name, p.country) for p in persons] == [("Rodrigo Chaves", "CR")]
    persons = doc_of("Gespräche\n\nJulia Kanu, die Außenministerin Sierra Leones, kam am Montag nach Accra.",
                     "de").persons
    assert [(p.name, p.country) for p in persons] == [("Julia Kanu", "SL")]  # "Sierra Leones" is no person


@pytest.mark.parametrize("text", [
    "Gespräche\n\nLandrätin Petra Hahn reiste am Montag nach Forbach, wo Bürgermeister Luc Martin sie empfing. "
    "Deutschland und Frankreich wollen die Grenze offen halten.",
    "Gespräche\n\nLandrätin Petra Hahn empfing am Montag den Präsidenten der Region Hauts-Plateaux, Luc Martin. "
    "Deutschland und Frankreich wollen die Grenze offen halten.",
    "Gespräche\n\nFür die Regierung verhandelt General Omar Saleh, für die Miliz deren Vizechef Luc Martin. "
    "Deutschland vermittelt.",
])
def test_an_office_of_another_place_or_body_takes_no_outlet_home(text: str) -> None:
    assert country(text, "Luc Martin", "de", locale="de-DE") is None


def test_the_outlets_home_gives_the_locale_an_article_leaves_open() -> None:
    assert doc_of("Budget\n\nDie Regierung legte am Montag das Budget vor.", "de",
                  outlet="Tiroler Rundschau").locale == "de-AT"
    assert doc_of("Budget\n\nThe government presented the budget.", "en", outlet="The Lagos Courier").locale == "en-NG"
    # (no locale Babel cannot write dates for)
    assert doc_of("Budget\n\nDie Regierung legte am Montag das Budget vor.", "de",
                  outlet="Kilimanjaro Bote").locale is None


def test_a_provinces_office_blocks_only_the_papers_home() -> None:
    # (a province's office in the state the context names is that state's: only the outlet's home is withheld)
    assert not seated_elsewhere("Parteisekretär der Provinz Jiangxi", "CN", "de")
    assert seated_elsewhere("Parteisekretär der Provinz Jiangxi", "DE", "de", regions=True)
    assert seated_elsewhere("Präsident der Region Grand Est", "DE", "de", regions=True)


@pytest.mark.parametrize(("role", "code"), [("SLPP lawmaker", "SL"), ("BDP MP", "BW"), ("PUP spokesperson", "BZ")])
def test_a_small_states_party_acronym_before_the_role(role: str, code: str) -> None:
    assert country(f"Vote\n\n{role} Tebogo Sello said the bill would pass.", "Tebogo Sello") == code


def test_a_land_office_in_a_south_tyrolean_paper_is_italys() -> None:
    text = "Budget\n\nLandeshauptmann Georg Hofer legte am Montag den Haushalt vor."
    assert country(text, "Georg Hofer", "de", locale="de-IT") == "IT"
    assert country(text, "Georg Hofer", "de", outlet="Dolomiten Tagblatt") == "IT"
    assert country(text, "Georg Hofer", "de", locale="de-AT") == "AT"
    text = "Budget\n\nDer Tiroler Landeshauptmann Georg Hofer legte am Montag den Haushalt vor."
    assert country(text, "Georg Hofer", "de", locale="de-IT") == "AT"
