"""Organisations that are no organisations (CONVENTIONS §4): meetings, outlets, buildings, a state's own
council under the UN's alias (issue #13).

Every sentence here is invented.  Each rule has a case it must change and a case it must keep.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.extract.doc import Doc
from lagebild.extract.orggeneric import generic_orgs


def _doc(text: str, language: str) -> Doc:
    return doc_of(text, language)


def orgs(text: str, language: str) -> set[str]:
    return {o.name for o in _doc(text, language).organizations}


def sources(text: str, language: str) -> set[str]:
    return {s.name for s in _doc(text, language).sources}


# --- meetings named like bodies -----------------------------------------------------------------------

def test_a_meeting_in_a_coordination_is_no_body() -> None:
    assert orgs("The Lakeside Climate Conference and the Harbour Leaders' Meeting ended on Tuesday.", "en") == set()


def test_a_body_with_an_organisation_head_stays() -> None:
    assert "Harbour Development Authority" in orgs("The Harbour Development Authority approved the plan.", "en")


# --- outlets are sources ---------------------------------------------------------------------------------

def test_a_media_group_is_no_organisation() -> None:
    assert orgs("The Lakeside Media Group said the ministry had not replied.", "en") == set()


def test_a_ministry_of_broadcasting_is_a_body() -> None:
    found = orgs("The Ministry of Information and Broadcasting issued new rules on Tuesday.", "en")
    assert "Ministry of Information and Broadcasting" in found


def test_an_agency_acronym_that_a_party_shares_is_a_source_where_cited() -> None:
    text = "The minister met the delegation on Tuesday, officials told PTI."
    assert "PTI" not in orgs(text, "en")
    assert "PTI" in sources(text, "en")


def test_the_party_of_the_same_acronym_stays_a_party() -> None:
    text = "Imran Khan's PTI staged protests in Lahore on Tuesday."
    assert "PTI" in orgs(text, "en")
    assert "PTI" not in sources(text, "en")


# --- buildings are places, not bodies ---------------------------------------------------------------------

def test_a_body_s_building_is_no_body() -> None:
    assert "Parliament" not in orgs("Protesters gathered outside Parliament House on Tuesday.", "en")
    assert "Parliament" in orgs("Parliament passed the bill on Tuesday.", "en")


# --- a state's own security council is not the UN's -------------------------------------------------------

def test_a_national_security_council_is_not_the_un_security_council() -> None:
    assert orgs("The National Security Council met on Tuesday.", "en") == {"National Security Council"}
    assert orgs("Der Nationale Sicherheitsrat tagte am Dienstag.", "de") == {"Nationaler Sicherheitsrat"}
    assert "UN-Sicherheitsrat" not in orgs("Der Sicherheitsrat der Ukraine tagte am Dienstag.", "de")


def test_the_un_security_council_stays() -> None:
    assert orgs("The Security Council met in New York on Tuesday.", "en") == {"Security Council"}


# --- "and" inside one name, not between two -----------------------------------------------------------

def test_and_inside_a_body_s_name_keeps_the_whole_name() -> None:
    found = orgs("The Independent Electoral and Boundaries Commission announced the results.", "en")
    assert found == {"Independent Electoral and Boundaries Commission"}


def test_and_after_a_country_joins_two_names() -> None:
    found = orgs("Kenya and Electoral Reform Commission officials met.", "en")
    assert "Kenya and Electoral Reform Commission" not in found


def test_a_name_before_a_treaty_word_is_no_body() -> None:
    assert generic_orgs("The Mutual Forces Agreement with Japan remains in force.", "en") == []
    assert generic_orgs("The Regional Security Council met on Monday.", "en") == [(4, "Regional Security Council")]


def test_a_german_article_before_a_head_noun_is_no_part_of_a_name() -> None:
    assert generic_orgs("Die Initiative „Saubere Flüsse“ kritisierte den Plan.", "de") == []


def test_a_name_an_apposition_calls_a_meeting_is_no_body() -> None:
    assert generic_orgs("The Baltic Trade Forum, an annual meeting of business leaders, opens in Riga.", "en") == []
    assert generic_orgs("The Baltic Trade Council, the body of the three states, met in Riga.", "en") == \
        [(4, "Baltic Trade Council")]


def test_title_case_headline_words_are_no_body_unless_the_body_names_them() -> None:
    doc = _doc("Ministers Back Green Shipping Fund at Harbour Talks\n\nMinisters met in Oslo on Tuesday. "
               "The Nordic Shipping Council said the plan was welcome.", "en")
    names = [o.name for o in doc.organizations]
    assert not any("Ministers Back" in n or n == "Green Shipping Fund" for n in names)
    assert "Nordic Shipping Council" in names


def test_two_bodies_joined_by_and_the_are_two_names() -> None:
    text = "The Popular Defence Forces and the Mountain Workers' Party (MWP) met in secret."
    assert (4, "Popular Defence Forces") in generic_orgs(text, "en")
    from lagebild.extract.orgnames import acronym_orgs
    assert [name for _s, name, _a in acronym_orgs(text, "en")] == ["Mountain Workers' Party"]


def test_a_ministry_named_by_its_remit_is_a_body_even_where_the_remit_looks_like_a_name() -> None:
    doc = _doc("Officials met on Monday. The Ministry of Water Resources said the reservoirs were low.", "en")
    assert "Ministry of Water Resources" in [o.name for o in doc.organizations]


def test_peoples_inside_a_name_keeps_the_name_whole() -> None:
    assert generic_orgs("The Ogaden People's Liberation Front, which holds the east, was not invited.", "en") == \
        [(4, "Ogaden People's Liberation Front")]
