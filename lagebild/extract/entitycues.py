"""Cues around a candidate body or place name in one sentence: the words before and after it.

Pure helpers of the entities stage: a treaty noun after an acronym, a building noun after a body's name, a
preposition of location before a venue, a role noun before a genitive, an author's closing line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lagebild.extract import mentions
from lagebild.extract.doc import Doc
from lagebild.extract.lang import credits as credit_words
from lagebild.extract.lang import en, places
from lagebild.extract.lang import places as places_data
from lagebild.extract.orggeneric import MEETING_HEADS
from lagebild.extract.placenames import cities

_REGIONS = places.REGIONS
# A treaty noun after an unknown acronym: "the USMCA trade pact", „das CETA-Abkommen“ names a treaty, no body.
TREATY_NOUN_AFTER = re.compile(r"[\s-]+(?:(?:free[- ])?trade\s+|peace\s+|arms\s+|nuclear\s+)?"
                                r"(?:pact|agreement|treaty|deal|accord|Abkommen|Vertrag|Pakt)(?![\w-])", re.IGNORECASE)
BUILDING_AFTER_CITY = re.compile(r" (?:House|Palace|Castle|Hall)(?![\w-])")
# Capitalised words ending in a meeting's or a body's head after a city: "the Munich Security Conference", "the
# Berlin Energy Transition Dialogue" (CONVENTIONS §6: a place inside a meeting's or an organisation's name).
NAMED_AFTER_CITY = re.compile(r"(?:\s+[A-Z][\w-]+){0,3}?\s+(?:" + "|".join(sorted({*MEETING_HEADS, *en.ORG_HEADS}))
                               + r")(?![\w-])")
def author_line(doc: Doc, language: str) -> int | None:
    """The index of a commentary's closing author line ("Jane Roe is a senior fellow at …"), if the last paragraph
    opens with one: bodies and towns named first there are the author's, no facts of the news."""
    if not doc.sentences:
        return None
    last = next(s for s in doc.sentences if s.block == doc.sentences[-1].block)
    return last.index if re.match(credit_words.AUTHOR_BIO.get(language, "(?!)"), last.text) else None


# "Leila Hamadi in Dubai contributed to this report": where a reporter sat, no place of the news.
CONTRIBUTOR_LINE = re.compile(credit_words.CONTRIBUTED)
# A building noun after a body's name: "Parliament House", "Parliament Buildings", "Senate Chamber".
# "the Senate foreign relations committee": a chamber's committee named by its remit in lower case
CHAMBER_COMMITTEE = re.compile(
    r"(?:\s+(?!(?:and|or|the|a|an|of|to|on|in|at|by|for|with|its|their|his|her|has|had|have|was|is|will|would"
    r"|said|says|that|which|who)\b)[a-z]+(?:-[a-z]+)?){1,4}\s+(?:committee|subcommittee|panel)(?![\w-])")
CHAMBERS = frozenset({"Senate", "House", "House of Representatives", "Congress", "Parliament", "Senado"})
# Last words of a building's name that are no body's head: "the Supreme Court Building", "Aga Khan University Hospital"
BUILDING_WORDS = frozenset({"Building", "Buildings", "Hospital", "Stadium", "Hotel", "Airport", "Campus", "Complex",
                            "Grounds"})
BUILDING_AFTER = re.compile(r"\s+(?:House|Buildings?|Hall|Palace|Chamber|Square|Complex|Grounds|Hill|Hospital|Stadium"
                            r"|Hotel|Airport|Campus)(?![\w-])")
# Lexicon bodies of the UN whose short alias a state's own council shares, and the genitive that names the state.
INTERNATIONAL_ALIASED = frozenset({"UN Security Council", "UN-Sicherheitsrat"})
STATE_OWNER_AFTER = re.compile(r"\s+(?:of|der|des)\s+(?:the\s+)?")
# A parliament named as the venue of its own debate is the body too (CONVENTIONS §6: "it can be both").
PARLIAMENT_VENUES = frozenset({"Bundestag", "Parliament"})
# "met at Parliament", "protested outside Parliament": a parliament without an article named as the location
BARE_AT = re.compile(r"(?<![\w-])(?:at|outside|inside)\s+$")
# A noun right before „im“ that the phrase describes („der Grünen-Fraktionsspitze im Bundestag“), not a time noun
# („heute Vormittag im Bundestag“, „am Dienstag im Bundestag“) or a sentence's first word
NOUN_IM = re.compile(r"(?<=\s)([A-ZÄÖÜ][\w-]*[a-zäöüß])\s+im\s+$")
TIME_NOUN_ENDINGS = ("tag", "mittag", "morgen", "abend", "nacht", "woche", "wochen", "monat", "jahr", "sitzung",
                      "sitzungswoche")


def attributive(text: str, start: int) -> bool:
    """„Haushaltsberatungen im Bundestag“: „im Bundestag“ describes the noun before it, it names no location."""
    noun = NOUN_IM.search(text, 0, start)
    return bool(noun and not noun.group(1).casefold().endswith(TIME_NOUN_ENDINGS))
# "at the White House", "im Bundestag": a venue named as the location, not the body acting
AT_VENUE = re.compile(r"\b(?:in|im|ins|at|to|into|nach|zum|outside|inside|near|in\s+front\s+of"
                      # „protestierten vor dem Kanzleramt“ (not „Angst vor dem Kreml“, „warnte vor dem Weißen Haus“:
                      # what one fears or warns of)
                      r"|(?<!Angst )(?<!Sorge )(?<!Respekt )(?<!warnte )(?<!warnt )(?<!warnten )(?<!gewarnt )vor)"
                      r"\s+(?:the\s+|dem\s+|das\s+)?$",
                      re.IGNORECASE)  # („Im Kanzleramt berieten …“ opens a sentence)
# A role noun and a genitive before a venue: „Sprecherin des Bundeskanzleramts“, "spokesman for the Kremlin"
ROLE_OF_BEFORE = re.compile(r"(?<![\w-])(\w+)\s+(?:des|der|vom|of\s+the|for\s+the)\s+$")


PORTFOLIO_BEFORE = re.compile(r"(?:['’]s|\b[Tt]he|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+$")
# „die Union“ is the CDU/CSU bloc only in an article that names its parties
UNION_PARTIES = re.compile(r"\b(?:CDU|CSU|Unionsfraktion|Unionsparteien)\b")
EU_WORD = re.compile(r"(?<![\w-])(?:EU|Europäische|Europäischen|Brüssel)(?![\w])")
EU_COMMISSIONER = re.compile(r"(?<![\w-])EU-[A-ZÄÖÜ]?[a-zäöü]*[Kk]ommissar")
BARE_COMMISSION = re.compile(r"\b(?:der|die|Der|Die)\s+Kommission(?![\w-])")
NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\n])\s[A-Z][\w-]*\s+$")
LOCATION_BEFORE = re.compile(r"\b(?:in|at|from|to|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)


REMIT = re.compile(r"(?P<head>(?:[A-Z][\w-]+\s+)*(?:" + "|".join(en.ORG_HEADS) + r"))\s+(?:of|for)\s+[A-Z]")


def gazetteer_place(language: str) -> Callable[[str], bool]:
    """A city, region or territory the gazetteer knows (no country: "South Africa" is a state's own name)."""
    return lambda name: name in cities(language) or name in _REGIONS or name in places_data.TERRITORIES


def in_role_complement(text: str, start: int, language: str) -> bool:
    """A region named inside a title ('Parteisekretär der Provinz X', 'Gouverneur des Kantons X') is no place."""
    match = re.search(r"([\w-]+)\s+(?:der|des)\s+(?:Provinz|Region|Stadt|Gemeinde|Kantons?|Bundeslandes|Bezirks?)\s+$",
                      text[:start])
    return bool(match and mentions.is_role_noun(match.group(1), language))


def eu_article(doc: Doc) -> bool:
    """Whether the article is about the EU: only then is a bare "Ratspräsident" the European Council's."""
    return bool(re.search(r"(?<![\w])(?:EU|Europäische|Europa|Brüssel)", doc.text))


def title_case(headline: str) -> bool:
    """A headline in title case ("Tokyo Protests Chinese Coast Guard Incursions") capitalises every longer word,
    so its capitals tell no name from a common noun."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", headline) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def role_before_name(doc: Doc, text: str, end: int) -> bool:
    """'Bundesrat Ignazio Cassis': an organisation word used as a person's title."""
    rest = text[end:].lstrip()
    return any(rest.startswith(p.name) for p in doc.persons)


# „der "Sea Falcon"-Besatzung“: a closing quote glued to the rest of a compound
GLUED_CLOSE = re.compile(r"[“”\"»«’]-\w")


_COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "north-eastern", "north-western",
                                 "south-eastern", "south-western"})


def shorter_compass_part(name: str, names: list[str]) -> bool:
    """"eastern Congo" after "the eastern Democratic Republic of Congo": the same region, given once in its fuller
    form."""
    words = name.split()
    return len(words) == 2 and words[0] in _COMPASS_ADJECTIVES and any(
        other.startswith(words[0] + " ") and other.endswith(" " + words[1]) and len(other) > len(name)
        for other in names)
