"""Capitalised words that name no person: an organisation's or a ship's, or a name the context gives away.

Used by the persons stage before it takes an unknown capitalised pair for a person: "Taxpayers for
Common Sense said", "Analysts at Capital Economics said", „in der Grazer Burg sagte“, "Southern
California Edison said" and "the BRP Teresa Magbanua" name no one.  Pure functions over tokens.
"""

from __future__ import annotations

from lagebild.extract import mentions, personnames
from lagebild.extract.countries import country_names, country_of_word
from lagebild.extract.lang import de, en
from lagebild.extract.personnames import Tok


def names_no_person(tokens: list[Tok], i: int, words: list[str]) -> bool:
    """The words themselves name no person: an organisation ("White House", „Fahrgastverband Pro Bahn“),
    a ship after its prefix, a region or company after a compass word."""
    return _looks_like_org(words) or (i > 0 and tokens[i - 1].text in _SHIP_PREFIXES) or words[0] in _COMPASS_WORDS \
        or is_state(words)


def is_state(words: list[str]) -> bool:
    """'said New Zealand would increase its patrols', „sagte Saudi-Arabien“: a state's name after a verb of
    saying is the state speaking, no person (no person's full name is a country's)."""
    joined = " ".join(personnames.bare(w) for w in words)
    # (a name of several words in any case: „die Außenministerin Sierra Leones“, "Papua New Guinea's")
    return joined in country_names("en") or joined in country_names("de") or (
        len(words) > 1 and any(country_of_word(joined, language) for language in ("de", "en")))


def context_names_no_person(tokens: list[Tok], i: int, language: str) -> bool:
    """The words before the name say it is no person's: a longer name it continues ("… for Common Sense"),
    an institution after "at"/„bei“, a place after „in der“."""
    if _inside_name(tokens, i, language) or (i > 0 and tokens[i - 1].text in _AT_INSTITUTION):
        return True
    if language == "de" and _genitive_of_unnamed_noun(tokens, i):
        return True
    return (language == "de" and i > 1 and tokens[i - 2].text.casefold() in _DE_LOCATIVE
            and tokens[i - 1].text in ("der", "dem", "den"))  # „in der Grazer Burg sagte“


def _genitive_of_unnamed_noun(tokens: list[Tok], i: int) -> bool:
    """„Ein Sprecher des Auswärtigen Amts sagte“, „ein Beamter des Weißen Hauses“: capitalised words in the
    genitive after a noun that names no one are what that noun belongs to (an office, an institution), not
    a person; a person in the genitive comes after a role („des Kanzlers Merz“) or with a given name."""
    if i < 2 or tokens[i - 1].text not in _DE_GENITIVE_ARTICLES:
        return False
    noun = tokens[i - 2].text
    if not noun[:1].isupper() or not noun.isalpha() or noun in _DE_GENITIVE_ARTICLES:
        return False
    after_article = i > 2 and tokens[i - 3].text.casefold() in _DE_ARTICLES  # „ein Beamter des …“
    return after_article or not personnames.is_name_token(noun, "de")


def _inside_name(tokens: list[Tok], i: int, language: str) -> bool:
    """'Taxpayers for Common Sense', 'Friends of the Earth': capitalised words after a capitalised word and
    "for"/"of" continue that name (an organisation's), they start no person's."""
    linkers = ("for", "of", "for the", "of the") if language == "en" else ("für", "für die", "für den")
    for width in (1, 2):
        if i - width - 1 >= 0 and " ".join(t.text for t in tokens[i - width:i]) in linkers:
            before = tokens[i - width - 1].text
            return before[:1].isupper() and not mentions.is_role_noun(before, language) \
                and before not in en.OFFICE_WORDS
    return False


# "Analysts at Capital Economics said", „Ökonomen bei Wirtschaft Aktuell“: after "at" an institution is named
_AT_INSTITUTION = frozenset({"at", "bei", "beim"})
_DE_GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer", "vom"})  # („vom“: never a person after it)
_DE_ARTICLES = frozenset("ein eine einer eines einem einen der die das des dem den".split())
_DE_LOCATIVE = frozenset({"in", "aus", "auf", "an", "vor", "hinter", "unter", "über"})
_COMPASS_WORDS = frozenset("Northern Southern Eastern Western Central North South East West Upper Lower".split())
_SHIP_PREFIXES = frozenset("BRP USS HMS HMAS HMCS INS RFS USNS MV MS SS RV".split())
_ORG_WORDS = frozenset({*en.ORG_HEADS, *de.ORG_HEADS, "House", "News", "Times", "Post", "Street", "Hill",
                        "Government", "Executive",  # ("the Kurdistan Regional Government said": no person)
                        # a region's last word: "said Kano State had recorded 40 deaths", "Kherson Oblast"
                        "State", "Province", "Region", "County", "District", "Oblast", "Governorate", "Prefecture",
                        "Territory", "Municipality",
                        # a force's or a carrier's last word: "Victoria Police said", "Nepal Army", "Kenya Airways"
                        "Police", "Army", "Navy", "Airlines", "Airways"})


def _looks_like_org(words: list[str]) -> bool:
    """'White House said', 'Xinhua News Agency said', „Der Fahrgastverband Pro Bahn kritisierte“:
    capitalised words that name no person."""
    joined = " ".join(words)
    return any(w in _ORG_WORDS or w.casefold().endswith(_ORG_COMPOUNDS) for w in words) or joined in _KNOWN_NAMES


# Last parts of German compounds that make a word an organisation's ("Fahrgastverband", "Staatskonzern"):
# long enough that no surname ends in one.
_ORG_COMPOUNDS = ("verband", "partei", "konzern", "behörde", "ministerium", "gewerkschaft", "organisation",
                  "agentur", "kommission", "institut", "stiftung", "miliz", "bündnis", "gruppe",
                  # („der Energieversorger Westenergo kündigte an“: a company)
                  "betreiber", "versorger", "reederei",
                  # chambers of commerce, crafts, labour and physicians: „die Handelskammer Cottbus warnte“
                  "handelskammer", "wirtschaftskammer", "handwerkskammer", "arbeiterkammer", "ärztekammer")


_KNOWN_NAMES = frozenset({*de.ORGANIZATIONS, *en.ORGANIZATIONS, *de.VENUES, *en.VENUES, *de.OUTLETS, *en.OUTLETS,
                          *(v for lang in (de, en) for forms in lang.ORGANIZATIONS.values() for v in forms)})
