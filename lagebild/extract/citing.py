"""Outlets found by the construction that cites them, not by the name alone.

Used by the sources stage.  A name is an outlet when the sentence cites it as
one: it follows a citing phrase ("told The Australian", "in an interview with
Der Standard", „laut ‚Kathimerini‘“, „gegenüber der „Weltwoche““), or a verb of
reporting follows it („wie der „Falter“ berichtet“, "Punchbowl News reported").
A wire closes its copy with its agency in forms no sentence states: "— PTI",
"… gescheitert. /APA", a line "APA/Reuters" or „dpa/AFP/bz“ (agencies and the
editor's initials), "Reuters contributed reporting".  Unquoted, only names
with an outlet's shape ("The …" mid-sentence, "… News") or the lexicon's names
count, so a person ("told Harrow") or a body ("according to the Foreign
Ministry") never becomes a source; a quoted name must close the citing phrase
(„sagte er der „Zeit“, …“, not „sagte der „X“ Hilfe zu“) and not be a plan, law
or coalition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lagebild.extract.lang import credits, en, first_names

Span = tuple[int, int, str]

OPEN_QUOTES = "„“\"»«‘‚‹›"
CLOSE_QUOTES = "“”\"«»’‘›‹"


@lru_cache(maxsize=4)
def citing_before(language: str) -> re.Pattern[str] | None:
    """The citing phrase that ends right before a name (matched against the text before it)."""
    words = credits.CITING_BEFORE.get(language)
    if words is None:
        return None
    article = r"(?:the\s+)?" if language == "en" else ""
    # "speaking on RTÉ's Morning Ireland": a possessive outlet before its programme is cited too
    return re.compile(rf"{words}\s+{article}[{OPEN_QUOTES}]?$")


@lru_cache(maxsize=4)
def _preposition(language: str) -> re.Pattern[str] | None:
    words = credits.CITING_PREPOSITIONS.get(language)
    return re.compile(rf"{words}\s+[{OPEN_QUOTES}]$") if words else None


def is_cited(before: str, language: str) -> bool:
    regex = citing_before(language)
    return regex is not None and regex.search(before) is not None


@lru_cache(maxsize=4)
def _reporting_after(language: str) -> re.Pattern[str] | None:
    verbs, close = credits.REPORTING_AFTER.get(language), credits.REPORTING_CLOSE.get(language)
    return re.compile(rf"^[{CLOSE_QUOTES}]?,?\s+{verbs}(?:{close})") if verbs and close else None


# „wie die „Weltwoche“ am Sonntag berichtete“: "wie" leaves room for a few words before the verb.
_WIE = re.compile(r"\b[Ww]ie\s+(?:der|die|das)\s+$")
_WIE_AFTER = re.compile(rf"^[{CLOSE_QUOTES}]\s+(?:[^\s,.;:]+\s+){{0,4}}?{credits.REPORTING_AFTER['de']}")
_QUOTED = re.compile(rf"[{OPEN_QUOTES}](?P<name>[A-ZÄÖÜ0-9][^{OPEN_QUOTES}{CLOSE_QUOTES}]{{1,40}}?)[{CLOSE_QUOTES}]")
# Quoted names that are plans, laws or reports, not outlets: „laut „Friedensplan““.
_NOT_OUTLET = re.compile(r"(?:plan|papier|bericht|abkommen|gesetz|initiative|vertrag|erklärung|strategie|resolution"
                         r"|konvention|charta|koalition)(?:e?s)?\b|\b(?:agreement|accord|deal|treaty|act|declaration"
                         r"|coalition|roadmap|framework|strategy|report|memo)s?\b", re.IGNORECASE)
# A bare quoted name stands after an article or at the start: „die Partei „Die Linke““, „die sogenannte „X““
# name a body or a term, not an outlet.
_BARE = re.compile(r"(?:^|[.:;!?]\s+|\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en|[Tt]he)\s+)$")
# After a citing verb the outlet closes the phrase: „sagte er der „Zeit“, …“, not „sagte der „X“ Hilfe zu“.
_PHRASE_END = re.compile(rf"^[{CLOSE_QUOTES}](?:\s*[,.;:)]|\s+(?:am|im|zufolge|und|vom|von|in|zu(?:vor)?|bereits|nun"
                         r"|ausrichten|mitteilen|wissen)\b"
                         r"|\s*$)")


def ends_phrase(after: str) -> bool:
    return _PHRASE_END.match(after) is not None


def quoted_cited(text: str, language: str) -> list[Span]:
    """„sagte er der „Weltwoche““, „laut ‚Kathimerini‘“, „wie der „Falter“ berichtet“: a quoted name cited."""
    after_regex = _reporting_after(language)
    result = []
    for match in _QUOTED.finditer(text):
        name = match.group("name").strip()
        if _NOT_OUTLET.search(name) or len(name.split()) > 5:
            continue
        before, after = text[: match.start()], text[match.end("name"):]
        opening = before + text[match.start()]
        preposition = _preposition(language)
        cited = (is_cited(opening, language) and _PHRASE_END.match(after) is not None) or (
            preposition is not None and preposition.search(opening) is not None)
        reported = _BARE.search(before) is not None and after_regex is not None and after_regex.match(after)
        told = language == "de" and _WIE.search(before) and _WIE_AFTER.match(after)
        if cited or reported or told:
            result.append((match.start("name"), match.end("name"), name))
    return result


# "told The Australian", "according to The Hindu": a capitalised "The" mid-sentence starts a title.
_THE_TITLE = re.compile(r"(?P<name>The(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&'’-]*){1,3})")
_NOT_TITLES = frozenset({"The Hague"})
_BODY_AFTER = re.compile(rf"\s+(?:{'|'.join(en.ORG_CLASSIFIERS)}|[A-Z])")


def the_titles(text: str, language: str) -> list[Span]:
    if language != "en":
        return []
    result = []
    for match in _THE_TITLE.finditer(text):
        if match.start() == 0 or not is_cited(text[: match.start()], language):
            continue
        name = match.group("name").removesuffix("'s").removesuffix("’s")
        # "told The Elders group": a body named by its classifier noun, no outlet
        words = name.split()
        if words[1].startswith("Hague") or words[-1] in en.ORG_HEADS:
            continue  # "according to The Hague-based court", "The Washington Institute": a place, a body
        if name not in _NOT_TITLES and not _BODY_AFTER.match(text, match.end("name")):
            result.append((match.start("name"), match.start("name") + len(name), name))
    return result


# "Punchbowl News reported", "Israel's Channel 12 reported": a newsroom-shaped name before a reporting verb.
# ("The Des Moines Register first reported": a paper's head noun as well)
_NEWSROOM_REPORTED = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w.&-]*\s+){1,3}(?:"
                                + "|".join(sorted({*credits.CITED_OUTLET_HEADS, "Television", "Media"}, key=len,
                                                  reverse=True))
                                + r"))(?![\w-]),?\s+(?:first\s+|previously\s+|also\s+|earlier\s+)?"
                                  r"(?:reported|reports)\b")
# "Israel's Channel 12", „der Sender Channel 14“: a numbered channel is a broadcaster.
_CHANNEL = re.compile(r"(?<![\w-])(?P<name>Channel\s+\d{1,2})(?![\w-])")
_NOT_NEWSROOM_FIRST = frozenset({"The", "A", "An", "Local", "State", "Russian", "Ukrainian", "Israeli", "Iranian"})


def newsrooms(text: str) -> list[Span]:
    result = [(m.start("name"), m.end("name"), m.group("name")) for m in _CHANNEL.finditer(text)]
    for match in _NEWSROOM_REPORTED.finditer(text):
        words = match.group("name").split()
        while words and (words[0] in _NOT_NEWSROOM_FIRST or words[0].endswith(("'s", "’s"))):
            words.pop(0)
        if len(words) >= 2:
            name = " ".join(words)
            start = match.end("name") - len(name)
            result.append((start, match.end("name"), name))
    return result


# "… gescheitert. /APA", "… said. — PTI", a last line "APA/Reuters" or „dpa/AFP/bz“: agencies (and the
# editor's lower-case initials) closing a paragraph.
_CLOSING_MARKS = re.compile(r"(?:^|[.!?“”\"’»]\s*|\s)(?:[–—-]\s*|/\s*)?"
                            r"(?P<list>[\w-]{2,15}(?:\s*/\s*[\w-]{1,15})*)\s*$")
_INITIALS = re.compile(r"[a-zäöü]{1,4}")


def closing_marks(text: str, known: Iterable[str]) -> list[Span]:
    stripped = text.rstrip()
    match = _CLOSING_MARKS.search(stripped)
    if not match:
        return []
    lead = stripped[: match.start("list")]
    slashed = "/" in match.group("list") or lead.rstrip().endswith(("/", "–", "—", "-"))
    if not slashed or (lead.strip() and not re.search(r"[.!?“”\"’»/–—-]\s*$", lead)):
        return []  # a bare last word is no credit; "Harrow said. AP" is ``closing_caps``' case
    lookup = {name.casefold(): name for name in known}
    parts = [p.strip() for p in match.group("list").split("/")]
    if not all(p.casefold() in lookup or _INITIALS.fullmatch(p) for p in parts) \
            or not any(p.casefold() in lookup for p in parts):
        return []
    result = []
    for part in parts:
        if part.casefold() in lookup:
            start = stripped.find(part, match.start("list"))
            result.append((start, start + len(part), lookup[part.casefold()]))
    return result


_CONTRIBUTED = re.compile(rf"^(?:The\s+)?(?P<list>[A-Z][\w .&/-]{{1,60}}?)\s+{credits.CONTRIBUTED}")


def contributed(text: str, known: Iterable[str]) -> list[Span]:
    """"Reuters contributed reporting": only agencies the lexicon knows (a reporter may contribute too)."""
    match = _CONTRIBUTED.match(text.strip())
    if not match:
        return []
    lookup = {name.casefold(): name for name in known}
    offset = text.find(match.group("list"))
    result = []
    for part in re.split(r"\s*(?:,|/|\band\b)\s*", match.group("list")):
        if part.casefold() in lookup:
            start = text.find(part, offset)
            result.append((start, start + len(part), lookup[part.casefold()]))
    return result


@lru_cache(maxsize=1)
def _shaped_name() -> re.Pattern[str]:
    heads = "|".join(credits.CITED_OUTLET_HEADS)
    return re.compile(rf"(?P<name>(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:{heads}))(?![\w-])")


def shaped_cited(text: str, language: str) -> list[Span]:
    """"according to the Cyprus Mail", "according to Al-Qahera News": an unquoted name with an outlet's last
    word right after a citing phrase (a body there, "according to the Foreign Ministry", has no such word)."""
    # "told Radio Kiskeya", „im Interview mit Radio Tirol“: a station named after "Radio", cited
    radio = [(m.start("name"), m.end("name"), m.group("name")) for m in _RADIO_FIRST.finditer(text)
             if is_cited(text[: m.start()], language) or _TOLD_DIRECT.search(text, 0, m.start())]
    if language == "de":
        return radio + _shaped_cited_de(text)
    if language != "en":
        return radio
    result = radio
    for match in _shaped_name().finditer(text):
        words = match.group("name").split()
        if words[0] == "The" or not is_cited(text[: match.start()], language):
            continue
        result.append((match.start("name"), match.end("name"), match.group("name")))
    return result


_RADIO_FIRST = re.compile(r"(?<![\w-])(?P<name>Radio\s+[A-ZÄÖÜ][\w'’-]+)(?![\w-])")


# „laut der Leipziger Volkszeitung“, „Der Norddeutsche Rundfunk hatte zuerst berichtet“: capitalised adjectives
# before a noun that ends like a paper's or a broadcaster's, cited by the phrase before it or by a reporting verb
# in its clause (an unquoted „Rundschau“ or „Zeitung“ alone is a common noun and needs an adjective, „der Seestädter
# Rundschau“)
_DE_SHAPED = re.compile(r"(?<![\w-])(?!(?:Der|Die|Das|Des|Dem|Den|Einer|Eine)\s)"
                        r"(?P<name>(?:[A-ZÄÖÜ][a-zäöüß]+(?:er|e|en|es)\s+){1,2}"
                        r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:zeitung|blatt|kurier|anzeiger|rundschau)|Rundfunk"
                        r"|Zeitung|Rundschau|Kurier|Anzeiger|Tagblatt))(?![\w-])")
_DE_REPORTS_LATER = re.compile(r"[^.;:!?]{0,60}?\b(?:berichtete?n?|berichtet|meldete?n?|gemeldet|schrieb|"
                               r"geschrieben)\b")


def _shaped_cited_de(text: str) -> list[Span]:
    result = []
    for match in _DE_SHAPED.finditer(text):
        if is_cited(text[: match.start()], "de") or _DE_REPORTS_LATER.match(text, match.end()):
            words = match.group("name").split()
            head = words[-1]  # the nominative ending follows the head's gender: „Mitteldeutscher Rundfunk“
            ending = "e" if head.endswith(("zeitung", "rundschau")) else "es" if head.endswith("blatt") else "er"
            shown = " ".join([*(w if w.endswith("er") else re.sub(r"(?:e|en|es|em)$", "", w) + ending
                                for w in words[:-1]), head])
            result.append((match.start("name"), match.end("name"), shown))
    return result


# "told RTÉ's Morning Ireland", "told ABC Radio's AM program": an outlet's possessive before its programme.
_POSSESSED_PROGRAMME = re.compile(
    r"(?P<outlet>[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|\d{1,2})){0,2})['’]s\s+"
    # ("CNN's State of the Union", "CBS's Face the Nation": a programme's name goes on over "of" and "the")
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:of\s+the\s+|of\s+|the\s+)?[A-Z][\w-]*){0,2})"
    r"(?P<noun>\s+(?:program|programme|show)\b)?")


def possessed_programmes(text: str, language: str) -> list[Span]:
    if language != "en":
        return []
    result = []
    for match in _POSSESSED_PROGRAMME.finditer(text):
        name = match.group("name")
        if name in credits.COMMON_PROGRAMME_WORDS or not is_cited(text[: match.start("outlet")], language):
            continue
        words = name.split()
        if words[0] in first_names.FEMALE or words[0] in first_names.MALE:
            continue  # "told CNN's Dana Bash": the outlet's journalist, no programme
        if len(words) > 1 and not match.group("noun") and not credits.PROGRAMME_WORDS & set(words):
            continue  # "told CNN's Wolf Blitzer": two names, no programme's word
        result.append((match.start("name"), match.end("name"), name))
    return result


def glued_programmes(text: str, language: str, known: Iterable[str]) -> list[Span]:
    """„sagte sie im Ö1-Morgenjournal“: a known broadcaster's name glued to its programme's, cited as one
    (a coverage noun after the hyphen, „Blick-Interview“, names the outlet alone: ``credits``)."""
    before = credits.PROGRAMME_BEFORE.get(language)
    if before is None or "-" not in text:
        return []
    regex = _glued_regex(tuple(known))
    nouns = set(credits.COVERAGE_NOUNS.get(language, ()))
    result = []
    for match in regex.finditer(text):
        if match.group("programme") in nouns or not re.search(before, text[: match.start()]):
            continue
        result.append((match.start(), match.end(), match.group(0)))
    return result


@lru_cache(maxsize=2)
def _glued_regex(known: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(known, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})-(?P<programme>[A-ZÄÖÜ][a-zäöüß]+)(?![\w-])")


# "told NRK on Tuesday", "in an interview with RTL.": an acronym that closes a citing phrase is the outlet
# cited (a body there is told something: "told NATO allies"); acronyms of bodies the lexicon knows stay bodies.
_ACRONYM = re.compile(r"(?<![\w-])(?P<name>[A-Z][A-Z0-9]{1,5})"
                      r"(?=\s*(?:[,.;:]|\s(?:on|in|that|the|he|she|it|they|we|am|im)\b"
                      # „Gegenüber RTL sagte sie“: the verb of saying right after the outlet, in German word order
                      r"|\s(?:sagte|sagten|erklärte|erklärten|betonte|äußerte|bestätigte|kündigte|räumte|meinte)\b))")


def cited_acronyms(text: str, language: str, bodies: Iterable[str]) -> list[Span]:
    known = set(bodies)
    return [(m.start("name"), m.end("name"), m.group("name")) for m in _ACRONYM.finditer(text)
            if m.group("name") not in known and _TOLD_DIRECT.search(text, 0, m.start())]


_TOLD_DIRECT = re.compile(r"\b(?:told|in an interview with|[Ss]peaking to|[Gg]egenüber|[Ii]m Interview mit)\s+$")
