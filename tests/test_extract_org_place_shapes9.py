"""Organisations and places by the shape of their phrase (CONVENTIONS §4, §6), session 10 of issue #13:

- a one-word body of the lexicon ("Congress", "Democrats") closing a longer name of capitalised words is that
  other body ("the National Democratic Congress"), while "US Congress" or "House Democrats" stay the lexicon's;
- an acronym in brackets right after a body's name is its short form, no second body; after a person it is
  that person's party and stays;
- in English, a German compound ending ("Tariff" ends like „Riff“) marks no place, nor does a feature noun left
  alone ("The Ocean Protection Act"); a title-case headline's capitalised words name a venue only when the body
  names it too; a name after "in" completed by a number ("in Budget 2027") is no town.

Every sentence is invented; each rule has a case it must change and a case it must keep.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.extract.doc import Doc


def _doc(text: str, language: str) -> Doc:
    return doc_of(text, language)


def orgs(text: str, language: str = "en") -> set[str]:
    return {o.name for o in _doc(text, language).organizations}


def places(text: str, language: str = "en") -> set[str]:
    return {p.name for p in _doc(text, language).places}


# --- a one-word lexicon body inside a longer name ----------------------------------------------------------

def test_a_lexicon_word_closing_a_longer_name_is_that_body() -> None:
    found = orgs("Voters chose between the Lakeland People's Front and the Northern Democratic Congress on Sunday.")
    assert "Congress" not in found
    assert "Northern Democratic Congress" in found


def test_a_state_or_a_chamber_before_the_word_keeps_the_lexicon_body() -> None:
    assert "Congress" in orgs("The bill now goes to the US Congress, aides said on Tuesday.")
    assert "Democrats" in orgs("Senior House Democrats rejected the offer on Tuesday.")


# --- an acronym in brackets after a name ------------------------------------------------------------------

def test_a_bracketed_acronym_after_a_body_is_its_short_form() -> None:
    found = orgs("Das Bundesamt für Wasserwege (BWW) rechnet mit Mehrkosten. Das BWW prüft die Pläne.", "de")
    assert "BWW" not in found
    assert "Bundesamt für Wasserwege" in found


def test_a_bracketed_acronym_after_a_person_stays_a_party() -> None:
    assert "ODM" in orgs("Opposition leader Peter Odhiambo (ODM) addressed the rally in Kisumu on Sunday.")


# --- places in English text --------------------------------------------------------------------------------

def test_an_english_word_ending_like_a_german_feature_is_no_place() -> None:
    assert places("Court Blocks Tariff Order\n\nThe sheriff said the Sheriff Department would appeal.") == set()


def test_a_feature_noun_left_alone_is_no_place_but_a_named_sea_is() -> None:
    assert "Ocean" not in places("The Ocean Protection Act was cited by the delegation on Tuesday.")
    assert "Coral Sea" in places("The frigate sailed into the Coral Sea on Tuesday.")


def test_a_title_case_headline_venue_counts_only_when_the_body_names_it() -> None:
    text = "Rangers Win as Premier Plans Stadium Deal\n\nThe club said the deal was close on Saturday."
    assert "Premier Plans Stadium" not in places(text)
    kept = "Talks Resume at Lakeside Castle\n\nEnvoys met at Lakeside Castle on Tuesday."
    assert "Lakeside Castle" in places(kept)


def test_a_name_with_its_number_after_in_is_no_town() -> None:
    assert "Budget" not in places("The minister announced the credit in Budget 2027 on Tuesday.")
    assert "Kisumu" in places("The minister announced the credit in Kisumu on Tuesday.")


def test_a_hyphened_head_in_the_genitive_is_given_in_the_nominative() -> None:
    found = orgs("Laut einer Studie des Lindau-Instituts für Seenforschung (LIS) steigt der Pegel.", "de")
    assert "Lindau-Institut für Seenforschung" in found


def test_a_crossing_opening_a_sentence_drops_the_article() -> None:
    found = places("The Lakeside crossing remained closed on Monday, officials said.")
    assert "Lakeside" in found
    assert "The Lakeside" not in found


def sources(text: str, language: str = "en") -> set[str]:
    return {s.name for s in _doc(text, language).sources}


def test_shows_as_a_verb_introduces_no_outlet() -> None:
    assert "Australia" not in sources("The institute's aid map shows Australia remains the largest donor.")
    assert "Insiders" in sources("The minister told the weekly show Insiders on Sunday that the plan was sound.")


def test_a_state_body_only_in_a_title_case_headline_is_no_body() -> None:
    text = ("Tokyo Protests Chinese Coast Guard Incursions Near Islands\n\n"
            "Japan lodged a protest on Thursday after four vessels entered its waters, officials said.")
    assert "Chinese Coast Guard" not in orgs(text)
    kept = ("Japan Protests Chinese Coast Guard Incursions Near Islands\n\n"
            "The Japan Coast Guard said the vessels stayed for two days.")
    assert "Japan Coast Guard" in orgs(kept)


def test_an_ampersand_joins_the_words_of_one_name() -> None:
    found = orgs("The Harbour & Shipping Industry Association criticised the fine on Wednesday.")
    assert "Harbour & Shipping Industry Association" in found
    assert "Shipping Industry Association" not in found


def test_a_title_case_headline_names_a_town_only_when_the_body_does() -> None:
    text = "Opposition Wins Landslide in Island Nation's Snap Poll\n\nThe opposition won 29 seats on Saturday."
    assert places(text) == set()
    kept = "Floods Cut Roads in Lakeside Valley Towns\n\nRoads to Kibworth were cut, residents in Kibworth said."
    assert "Kibworth" in places(kept)


def test_a_quarter_of_the_year_is_no_body() -> None:
    assert orgs("The broker raised its Q4 forecast, while the IMF cut its own.") == {"IMF"}


def test_a_compass_part_inside_a_longer_name_is_no_place() -> None:
    assert "West Texas" not in places("West Texas Intermediate crude gained $2.30 on Thursday.")
    assert "East Jerusalem" in places("Police closed roads in East Jerusalem on Friday.")


def test_a_letter_and_a_number_is_a_road_or_a_line_but_a_listed_group_stays() -> None:
    assert orgs("Die A7 und die Linie U5 waren gesperrt, die ÖVP protestierte.", "de") == {"ÖVP"}
    assert "V4" in orgs("The V4 leaders met in Prague on Monday.")


def test_a_neuter_compound_body_takes_the_neuter_adjective() -> None:
    found = orgs("Das Technische Hilfswerk (THW) ist mit 1.200 Helfern im Einsatz.", "de")
    assert "Technisches Hilfswerk" in found


def test_a_football_club_prefix_alone_is_no_body() -> None:
    assert "FC" not in orgs("Der 1. FC Lakeside sagte das Spiel am Sonntag ab.", "de")


def test_a_building_named_after_a_city_is_the_venue() -> None:
    found = places("The two ministers held talks at Hyderabad House on Friday.")
    assert "Hyderabad House" in found
    assert "Hyderabad" not in found


def test_an_acronym_before_a_treaty_noun_names_the_treaty() -> None:
    found = orgs("The ambassador warned the change could damage the LCTA trade pact, the OAS said.")
    assert "LCTA" not in found
    assert "OAS" in found
