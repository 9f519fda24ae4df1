"""Person countries from domestic offices, sub-national units and parties (issue #13).

Every sentence here is invented.  Each rule has a case it must change and a case it must keep: the
outlet's locale alone and the nearest country word never decide.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.briefing.model import Person


def persons(text: str, language: str, locale: str | None = None) -> dict[str, Person]:
    return {p.name: p for p in doc_of(text, language, locale=locale).persons}


def country(text: str, language: str, name: str, locale: str | None = None) -> tuple[str | None, str]:
    person = persons(text, language, locale)[name]
    return person.country, person.review


# --- (a) offices that exist in one state only ---------------------------------------------------------

def test_irish_offices_give_ireland_in_any_outlet() -> None:
    text = "Taoiseach Aidan Keane said the talks went well. Tánaiste Niamh Brennan agreed."
    assert country(text, "en", "Aidan Keane", "en-GB") == ("IE", "extracted")
    assert country(text, "en", "Niamh Brennan", "en-GB") == ("IE", "extracted")
    assert persons(text, "en")["Aidan Keane"].role == "Taoiseach"


def test_a_td_is_irish_but_a_bare_senator_stays_open() -> None:
    assert country("Independent TD Ciaran Doyle said the vote was close.", "en", "Ciaran Doyle") == ("IE", "extracted")
    assert country("Senator Molly Danes said she would oppose the bill.", "en", "Molly Danes", "en-AU") == (None,
                                                                                                         "extracted")


def test_austrian_and_swiss_offices_hold_in_a_german_outlet() -> None:
    assert country("Landeshauptmann Georg Hofer kritisierte den Plan.", "de", "Georg Hofer", "de-DE")[0] == "AT"
    assert country("Klubobfrau Maria Leitner widersprach.", "de", "Maria Leitner", "de-DE")[0] == "AT"
    assert country("Ständerätin Vreni Ammann widersprach.", "de", "Vreni Ammann", "de-DE")[0] == "CH"
    assert country("Landesrätin Maria Leitner widersprach.", "de", "Maria Leitner", "de-AT")[0] == "AT"


def test_south_tyrol_has_a_landeshauptmann_too() -> None:
    text = "Der Südtiroler Landeshauptmann Georg Hofer kritisierte den Plan."
    assert country(text, "de", "Georg Hofer", "de-AT")[0] == "IT"
    text = "Landeshauptmann Georg Hofer kritisierte in Bozen den Plan."
    assert country(text, "de", "Georg Hofer", "de-AT")[0] != "AT"


def test_a_swiss_federal_councillor_is_swiss_unless_austria_is_named() -> None:
    assert country("Bundesrätin Vreni Ammann verteidigte den Entscheid.", "de", "Vreni Ammann", "de-DE") == (
        "CH", "guessed")
    text = "In Österreich kritisierte Bundesrätin Vreni Ammann den Entscheid."
    assert country(text, "de", "Vreni Ammann", "de-DE")[0] == "AT"


def test_a_nationalrat_member_needs_austria_or_switzerland_named() -> None:
    assert country("Nationalrätin Vreni Ammann widersprach.", "de", "Vreni Ammann", "de-DE")[0] is None
    text = "Im Parlament in Bern widersprach Nationalrätin Vreni Ammann."
    assert country(text, "de", "Vreni Ammann", "de-DE")[0] == "CH"


# --- (b) sub-national units named with the office -----------------------------------------------------

def test_a_state_or_county_named_with_the_office_gives_its_country() -> None:
    assert country("Premier of Queensland Tom Baxter said the state would act.", "en", "Tom Baxter") == (
        "AU", "extracted")
    assert persons("Premier of Queensland Tom Baxter said the state would act.", "en")["Tom Baxter"].role == (
        "Premier of Queensland")
    assert country("Kerala Chief Minister Ravi Menon met the delegation.", "en", "Ravi Menon")[0] == "IN"
    assert country("Governor of Kisumu County Peter Otieno welcomed the visitors.", "en", "Peter Otieno")[0] == "KE"


def test_a_bare_premier_or_chief_minister_stays_open() -> None:
    assert country("Premier Tom Baxter said the state would act.", "en", "Tom Baxter", "en-AU")[0] is None
    assert country("Chief Minister Ravi Menon met the delegation.", "en", "Ravi Menon", "en-IN")[0] is None


def test_a_land_adjective_gives_the_land_s_country() -> None:
    assert country("Der hessische Ministerpräsident Karl Brandner kritisierte den Plan.", "de", "Karl Brandner",
                   "de-CH") == ("DE", "extracted")
    assert country("Der Zürcher Regierungsrat Beat Wyss kritisierte den Plan.", "de", "Beat Wyss", "de-DE")[0] == "CH"
    assert country("Ministerpräsident Karl Brandner kritisierte den Plan.", "de", "Karl Brandner", "de-CH")[0] is None


# --- (c) parties named with the person ----------------------------------------------------------------

def test_a_party_of_one_state_gives_its_country() -> None:
    assert country("Fine Gael TD Aoife Byrne said the Dáil would vote.", "en", "Aoife Byrne")[0] == "IE"
    assert country("ODM leader Peter Otieno criticised the budget.", "en", "Peter Otieno") == ("KE", "extracted")


def test_a_party_name_two_states_share_is_a_guess_and_yields_to_the_other_state() -> None:
    assert country("Labor senator Molly Danes backed the bill.", "en", "Molly Danes") == ("AU", "guessed")
    text = "In Israel, Labor leader Avi Mizrahi backed the bill."
    assert country(text, "en", "Avi Mizrahi")[0] != "AU"


def test_an_ambiguous_party_word_decides_nothing() -> None:
    assert country("Congress MP Ravi Menon said the bill was flawed.", "en", "Ravi Menon")[0] is None


# --- offices that one state's news mostly means: only when the article names that state -----------------

def test_a_cabinet_secretary_is_kenyan_only_in_an_article_about_kenya() -> None:
    text = "Interior Cabinet Secretary Jane Wanjiru said police would be deployed in Nairobi."
    assert country(text, "en", "Jane Wanjiru") == ("KE", "guessed")
    text = "Cabinet Secretary for Interior Jane Wanjiru said police would be deployed."
    assert persons(text, "en")["Jane Wanjiru"].role == "Cabinet Secretary for Interior"
    assert country(text, "en", "Jane Wanjiru")[0] is None


# --- more units and offices: "for" a unit, unit adjectives, Kenya's woman representative, the Bundestag ----

def test_a_senator_for_a_state_and_a_unit_adjective_give_its_country() -> None:
    assert country("Senator for Tasmania Molly Danes opposed the bill.", "en", "Molly Danes")[0] == "AU"
    assert country("Victorian Premier Molly Danes opposed the bill.", "en", "Molly Danes")[0] == "AU"
    assert country("Premier of Victoria Molly Danes opposed the bill.", "en", "Molly Danes")[0] == "AU"


def test_a_union_minister_is_guessed_indian_unless_myanmar_is_named() -> None:
    assert country("Union Home Minister Ravi Menon said the state would act.", "en", "Ravi Menon") == ("IN", "guessed")
    text = "In Myanmar, Union Home Minister Min Aung Thein said the state would act."
    assert country(text, "en", "Min Aung Thein")[0] != "IN"


def test_a_bundestag_member_is_german_in_a_swiss_outlet() -> None:
    text = "Der Bundestagsabgeordnete Karl Brandner sagte in Bern, man müsse handeln."
    assert country(text, "de", "Karl Brandner", "de-CH") == ("DE", "extracted")


def test_a_constituency_ends_where_a_known_given_name_starts() -> None:
    found = persons("Labour MP for Leeds Central Alex Sobel said the vote was close.", "en")
    assert set(found) == {"Alex Sobel"}
    assert found["Alex Sobel"].role == "Labour MP for Leeds Central"
    found = persons("The head of the Bank of England, Andrew Bailey, said the vote was close.", "en")
    assert found["Andrew Bailey"].role == "head of the Bank of England"


# --- parties in an apposition or a complement; parties several German-speaking states share -------------

def test_a_party_before_the_role_noun_in_an_english_apposition() -> None:
    found = persons("Peter Otieno, the ODM leader, said the budget was unfair.", "en")
    assert (found["Peter Otieno"].role, found["Peter Otieno"].country) == ("ODM leader", "KE")
    found = persons("Aoife Byrne, the Fine Gael Minister for Finance, said the budget was fair.", "en")
    assert found["Aoife Byrne"].country == "IE"


def test_a_party_in_the_complement_is_no_international_office() -> None:
    assert country("Der Generalsekretär der ÖVP, Georg Hofer, kritisierte den Plan.", "de", "Georg Hofer",
                   "de-DE")[0] == "AT"
    assert country("Georg Hofer, Generalsekretär der ÖVP, kritisierte den Plan.", "de", "Georg Hofer",
                   "de-DE")[0] == "AT"
    assert country("Der Generalsekretär der Vereinten Nationen, Georg Hofer, kritisierte den Plan.", "de",
                   "Georg Hofer", "de-DE")[0] is None


def test_a_shared_party_name_goes_only_to_states_that_have_the_party_and_the_office() -> None:
    assert country("Die Mitte-Präsidentin Anna Bührer kritisierte den Plan.", "de", "Anna Bührer", "de-DE")[0] == "CH"
    assert country("Die FDP-Nationalrätin Anna Bührer kritisierte den Plan.", "de", "Anna Bührer", "de-DE")[0] == "CH"
    assert country("Der FDP-Abgeordnete Karl Brandner kritisierte den Plan.", "de", "Karl Brandner", "de-DE")[0] == "DE"


def test_a_city_in_the_genitive_gives_its_office_s_country() -> None:
    assert country("Wiens Bürgermeister Georg Hofer kritisierte den Plan.", "de", "Georg Hofer", "de-DE")[0] == "AT"


def test_a_land_adjective_before_an_expert_gives_no_country() -> None:
    assert country("Der Genfer Experte Beat Wyss kritisierte den Plan.", "de", "Beat Wyss", "de-DE")[0] is None


def test_a_party_in_brackets_after_the_name_gives_its_country() -> None:
    text = "Senator Peter Otieno (ODM) said the budget was unfair."
    assert country(text, "en", "Peter Otieno") == ("KE", "extracted")
