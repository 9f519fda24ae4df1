"""Stage: the outlets and news agencies the article cites.

Reads: Doc.sentences, Doc.article.outlet (the publishing outlet is not a cited
source).  Writes: Doc.sources.  Known outlets (``lang/*.OUTLETS``) count
wherever they stand, except names that are also common words ("Welt",
"Zeit", "Bild", "Presse"), which count only in quotation marks or after an
outlet noun ("die Zeitung „Welt“").  Unknown outlets are found after such
nouns ("der Sender X", "the X news agency"), in a dateline "Brüssel (dpa)",
as web domains ("ntv.de") and in a closing "more on A, B and C" list.  Agency
credits outside the running text (closing „Quelle: …“ lines, also when they
read as a subheading, bracketed marks, a closing "REUTERS", „Blick-Interview“)
come from ``credits``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.briefing.model import Source, fact_id
from lagebild.extract import citing, credits, orgnames
from lagebild.extract.doc import Doc
from lagebild.extract.lang import credits as credit_words
from lagebild.extract.lang import de, en

# Outlet names that are also ordinary words: they need quotes or an outlet noun before them.
AMBIGUOUS = frozenset({"Welt", "Zeit", "Bild", "Presse", "Standard", "Stern", "Focus", "Blick", "Phoenix",
                       "Spiegel", "Kurier", "Krone", "Guardian", "Economist", "Telegraph", "Hill", "profil",
                       "Die Zeit", "Die Presse", "Der Standard", "AP", "ABC", "Fars", "Times", "Independent",
                       "The Standard", "The Australian", "The Age", "Falter", "Kan", "Cicero", "20 Minuten",
                       "Im Zentrum", "Markus Lanz", "Maybrit Illner", "Maischberger", "Caren Miosga", "Anne Will",
                       "Echo der Zeit", "Morning Ireland", "60 Minutes",
                       "PTI", "ANI", "APP", "Dawn", "Mehr"})
# (PTI is Pakistan's Tehreek-e-Insaf too, ANI a word of names, APP an application's name, Dawn a first name and a
# word, Mehr a German word)
# An outlet cited as such: "told PTI", "according to ANI", "PTI reported".
_CITED_BEFORE = re.compile(r"\b(?:told|said\s+to|according\s+to|quoted\s+by|reported\s+by|cited\s+by)\s+$")
_CITED_AFTER = re.compile(r"^\s*(?:reported|reports|quoted|news\s+agency|said\s+in\s+a\s+report)\b")
# Ambiguous names that a citing phrase alone does not make an outlet: they are nouns of their own („sagte er der
# Presse“, „gegenüber der Welt“); quotation marks or an outlet noun still do.
COMMON_NOUN_OUTLETS = frozenset({"Presse", "Welt", "Zeit", "Focus", "Stern", "Blick", "Phoenix", "Times", "Hill"})
# Platforms that carry posts and newsletters: channels, never cited outlets (CONVENTIONS §10).
PLATFORMS = frozenset({"X", "Telegram", "Facebook", "Instagram", "YouTube", "TikTok", "Substack", "Truth Social",
                       "Bluesky", "Threads", "LinkedIn", "WhatsApp", "Twitter"})


@lru_cache(maxsize=2)
def _body_names(language: str) -> frozenset[str]:
    """Organisations the lexicon knows, with their aliases: never an outlet for being told something."""
    lexicon = de.ORGANIZATIONS if language == "de" else en.ORGANIZATIONS
    return frozenset({*lexicon, *(alias for aliases in lexicon.values() for alias in aliases)})


def outlet_names() -> tuple[str, ...]:
    return tuple(sorted({*de.OUTLETS, *en.OUTLETS}, key=len, reverse=True))


def _declined(name: str) -> str:
    """'Deutsche Presse-Agentur' also as 'der Deutschen Presse-Agentur': adjectives take their endings."""
    words = name.split()
    if len(words) > 1 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöü]+e", words[0]):
        return re.escape(words[0]) + "(?:n|r|s|m)?" + re.escape(" " + " ".join(words[1:]))
    if len(words) > 1 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöü]+(?:isch|ch|t)er", words[0]):
        # "Bayerischer Rundfunk" also as "im Bayerischen Rundfunk"
        return re.escape(words[0][:-2]) + "(?:er|en|es|em)" + re.escape(" " + " ".join(words[1:]))
    return re.escape(name)


@lru_cache(maxsize=1)
def _outlet_regex() -> re.Pattern[str]:
    body = "|".join(_declined(n) for n in outlet_names())
    return re.compile(rf"(?<![\w.-])(?P<q>[{citing.OPEN_QUOTES}]?)(?P<radio>(?:Radio|Radio-|TV|Fernsehen)\s)?"
                      rf"(?P<name>{body})(?P<close>[{citing.CLOSE_QUOTES}]?)(?![\w-])")


@lru_cache(maxsize=4096)
def _canonical(surface: str) -> str:
    """The nominative form of a declined outlet name (cached: each name's pattern compiled once)."""
    for name, pattern in _declined_patterns():
        if name == surface or pattern.fullmatch(surface):
            return name
    return surface


@lru_cache(maxsize=1)
def _declined_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(_declined(name))) for name in outlet_names())


_NOUNS = "|".join(re.escape(n) for n in sorted({*de.OUTLET_NOUNS, *en.OUTLET_NOUNS}, key=len, reverse=True))
_AFTER_NOUN = re.compile(
    rf"(?:{_NOUNS})s?\s+[„“\"»«‘]?(?P<name>[A-ZÄÖÜ][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})"
)
_BEFORE_NOUN = re.compile(r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+(?:public\s+|state\s+|state-run\s+)?"
                          r"(?:news agency|newspaper|broadcaster|newsletter|news site)\b")
# An outlet noun that is a verb in the third person: "the survey shows Australia ahead".
_VERB_FORM = re.compile(r"(?<![\w-])shows\s+[„“\"»«‘]?$")
_NOUN_AFTER = re.compile(rf"\s+(?:public\s+|state\s+|state-run\s+)?(?:{_NOUNS})\b")
# Agencies whose name says what they are: "the state-run Oman News Agency", "the Press Trust of India".
_AGENCY_NAME = re.compile(r"(?P<name>(?:[A-Z][\w-]*\s+){1,3}(?:News Agency|Press Agency|Broadcasting Corporation|"
                          r"Broadcasting Company|Telegraph Agency)|Press Trust of [A-Z]\w+"
                          r"|Agence [A-Z][\w-]+(?:\s[A-Z]\w+)?)")
_DOMAIN = re.compile(r"(?<![\w@/.-])(?P<name>[a-z][\w-]*\.(?:de|at|ch|com|net|org|co\.uk|fr|it|eu))(?![\w/-])")
# "Paris (AFP) –", "BRÜSSEL/WASHINGTON (dpa-AFX) –", "WASHINGTON, April 3 (Meridian Wire) -": the agency of a dateline
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\wÄÖÜäöüß.',/ -]{1,40}?\s*\((?P<name>[\w-]{2,12}(?: [A-Z][\w-]{1,12}){0,2})\)"
                       r"\s*[–—-]")
# "Accra, Feb. 9, GNA – …": a dateline whose agency follows the date after a comma
_COMMA_DATELINE = re.compile(r"^[A-ZÄÖÜ][\wÄÖÜäöüß.' -]{1,30}?,\s*"
                             r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\.\s*[A-ZÄÖÜ][a-zä]+),\s*(?P<name>[A-Z][A-Za-z]{1,7})\s+[–—-]\s")
# " ZB" after "Newstalk": call letters closing a station's name
_STATION_LETTERS = re.compile(r" [A-Z]{2,4}(?![\w-])")
# "(Picture: Reuters/Jane Roe)", „(Foto: dpa)“: a photo credit (CONVENTIONS §1: no article text)
_PHOTO_CREDIT = re.compile(r"\((?:Picture|Pictures|Photo|Photos|Image|Foto|Fotos|Bild|Bilder)\s*:[^()]*\)")
# "(SVP/SZ)": a party and a canton after a politician's name, no agency credit
_LABEL_SLASH = re.compile(r"\([A-ZÄÖÜ][\w-]{1,8}/$")
# "a reporter for a Chicago newspaper": an unnamed paper, described by its town
_INDEFINITE = re.compile(r"(?<![\w-])(?:a|an)\s+$")
_STATE_MEDIA = re.compile(r"(?<![\w-])(?:state-run|state-controlled)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
                          r"\s+(?:reported|reports|quoted|cited|broadcast|aired|carried)\b")
# An acronym that carries a statement or quotes someone "as saying" is a medium, not a body: "a statement carried by
# PNA", "MENA quoted the minister as saying", „Irna zitierte den Minister mit den Worten“
_CARRIED_BY = re.compile(r"(?<![\w-])(?:carried|broadcast|aired)\s+by\s+(?:the\s+)?(?P<name>[A-Z][A-Z]{1,6})(?![\w-])")
_QUOTED_AS = re.compile(r"(?<![\w-])(?P<name>[A-Z][A-Z]{1,6})\s+(?:quoted\s+(?:[\w'’-]+\s+){1,6}?as\s+saying"
                        r"|zitierte\s+(?:[\w-]+\s+){1,6}?mit\s+den\s+Worten)\b")
_MORE_ON = re.compile(r"^(?:Weitere|Mehr|More|Further|Read more|Details)\b.*?\b(?:auf|bei|on|at)\s+(?P<list>[^.]+)\.?$")


_HEADS = "|".join(sorted({*de.OUTLET_HEADS, *en.OUTLET_HEADS}, key=len, reverse=True))
_SUFFIXES = "|".join(de.OUTLET_SUFFIXES)
_HEADED_NAME = re.compile(rf"^(?:[A-ZÄÖÜ][\w.-]*\s+){{0,3}}(?:[A-ZÄÖÜ][\w-]*(?:{_SUFFIXES})|(?:{_HEADS}))$")
# "told the Philippine Daily Inquirer", ", The Daily Telegraph reported": capitalised words ending in an outlet word
_EN_HEADS = "|".join(en.OUTLET_HEADS)
_HEADED = re.compile(rf"(?<![\w-])(?P<name>(?:The\s+)?(?:[A-Z][\w.-]*\s+){{1,3}}(?:{_EN_HEADS}))(?![\w-])")
_QUOTED = re.compile(r"[„“\"»«‘](?P<name>[A-ZÄÖÜ][^„“”\"»«‘’]{1,40}?)[“”\"«»’]")
_SUFFIXED = re.compile(r"(?P<name>(?:News|Online|TV|Today|Radio)(?![\w-]))")
_KNOWN = "|".join(re.escape(n) for n in sorted({*de.OUTLETS, *en.OUTLETS}, key=len, reverse=True))
_NOUN_BEFORE = re.compile(rf"(?:{_NOUNS})s?\s*$")
_THE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
_GLUED = re.compile(rf"(?<![\w-])(?P<outlet>{_KNOWN})-$")
_PROGRAMME = re.compile(rf"(?:{_KNOWN})-[A-ZÄÖÜ]\w+$")
# („ließ dem „Telegraaf“ ausrichten“: a message sent through the paper)
_TOLD = re.compile(r"\b(?:sagte|sagt|erklärte|betonte|bestätigte|ließ|ließen|lässt|told|said to)\s+"
                   r"(?:(?:er|sie|es)\s+)?(?:der|dem|the)\s+$")
_LIST_PREFIX = re.compile(r"^(?:in\s+der|in\s+den|in\s+dem|im|bei|beim|auf|in|in\s+the|on|at|the|der|die|dem)\s+")


# "of" and a capitalised place after a newspaper's head word: part of its name ("The Times of Malta")
_OF_PLACE = re.compile(r" of (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w-]+")
_NOT_FIRST = frozenset("He She It We They I You This That These Those But And Or In On At For With From To Of By "
                       "According As When If While After Before Mr Mrs Ms Dr Sir".split())


def is_outlet_name(name: str) -> bool:
    """'Rheinischen Post', 'Wiener Tagblatt', 'Nordkurier': a name whose last word says it is a newspaper."""
    return _HEADED_NAME.match(name.strip()) is not None


@lru_cache(maxsize=1)
def _known_set() -> frozenset[str]:
    return frozenset(outlet_names())


def _outlet_nominative(name: str) -> str:
    """'Rheinischen Post' -> 'Rheinische Post': adjectives of a quoted German outlet name."""
    words = name.split()
    return " ".join(re.sub(r"(?<=[a-zäöü])(?:en|es|em)$", "e", w)
                    if i < len(words) - 1 or re.search(r"(?:isch|lich)en$", w) else w  # "Neuen Westfälischen"
                    for i, w in enumerate(words))


def outlets_in(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the outlets a sentence cites."""
    return list(_outlets_in(text, language))


@lru_cache(maxsize=2048)
def _outlets_in(text: str, language: str) -> tuple[tuple[int, int, str], ...]:
    """Cached: the entities stage (to keep outlets out of the organisations) and this stage read each sentence."""
    return tuple(_find_outlets(text, language))


def _find_outlets(text: str, language: str) -> list[tuple[int, int, str]]:
    result: list[tuple[int, int, str]] = []
    for match in _outlet_regex().finditer(text):
        name = match.group("name")
        quoted = bool(match.group("q")) and bool(match.group("close"))
        before = text[: match.start()]
        introduced = _NOUN_BEFORE.search(before) is not None
        the_paper = language == "en" and _THE_BEFORE.search(before) is not None and name[:1].isupper() \
            and name not in ("AP", "ABC", "Hill", "APP", "PTI") and not re.match(r"\s+[A-Z]", text[match.end("name"):])
        # "told the Times", "the Guardian reported"; not "the Independent Electoral Commission", nor "the PTI"
        # (Pakistan's party; the agency is cited without an article: "told PTI", "(PTI)")
        after = text[match.end():]
        # "in an interview with Der Standard" (not "told the Standard Chartered board", „sagte er der Presse“)
        cited = citing.is_cited(before, language) and not re.match(r"\s+[A-Z]", text[match.end("name"):]) \
            and name not in COMMON_NOUN_OUTLETS
        cited = cited or _CITED_BEFORE.search(before) is not None or _CITED_AFTER.match(after) is not None \
            or (before.endswith("(") and after.startswith(")"))  # "(PTI)": a credit
        # "Israel's Kan public broadcaster", "the Standard newspaper": an outlet noun after the name
        introduced = introduced or _NOUN_AFTER.match(text, match.end()) is not None
        if name in AMBIGUOUS and not (quoted or introduced or the_paper or cited or _DATELINE.match(text)):
            continue
        name = (match.group("radio") or "") + _canonical(name)  # "Radio SRF" is the programme cited
        end = match.end("name")
        place = _OF_PLACE.match(text, end) if name.split()[-1] in en.OUTLET_HEADS else None
        if place:  # "The Times of Malta": a paper named by its head and a place, not "The Times"
            name, end = name + place.group(0), place.end()
        station = _STATION_LETTERS.match(text, end) if not name.isupper() else None
        if station:  # "told Newstalk ZB": a station's call letters after its known name are part of the name
            name, end = name + station.group(0), station.end()
        suffix = _SUFFIXED.match(text[end + 1:]) if text[end:end + 1] == " " and name.isupper() else None
        if suffix:  # "SRF News": the outlet's own product
            name, end = f"{name} {suffix.group('name')}", end + 1 + suffix.end()
        result.append((match.start("radio") if match.group("radio") else match.start("name"), end, name))
    for match in _QUOTED.finditer(text):
        glued = _GLUED.search(text[:match.start()])
        if glued:  # ZDF-„Morgenmagazin“: the outlet's programme, cited as one name
            name = f"{glued.group('outlet')}-{match.group('name')}"
            result.append((glued.start("outlet"), match.end("name"), name))
            continue
        # "sagte sie der „Neuen Westfälischen“, …" (not „sagte der „X“ Hilfe zu“: the outlet closes the phrase)
        told = _TOLD.search(text[:match.start()]) is not None and citing.ends_phrase(text[match.end("name"):])
        programme = _PROGRAMME.match(match.group("name")) is not None  # „Ö1-Morgenjournal“
        if match.group("name") in _known_set():
            continue  # „Kronen Zeitung“: the lexicon found it as written (no "Krone Zeitung" beside it)
        if is_outlet_name(match.group("name")) or told or programme:
            name = match.group("name")
            shown = _outlet_nominative(name) if language == "de" else name
            result.append((match.start("name"), match.end("name"), shown))
    for match in _HEADED.finditer(text) if language == "en" else ():
        name = match.group("name")
        if name.split()[0] in ("The",) and match.start() > 0 and text[match.start() - 1:match.start()] not in (" ", ""):
            continue
        first = name.split()[1] if name.startswith("The ") else name.split()[0]
        if first.casefold() in en.DETERMINERS or first in _NOT_FIRST:
            continue
        result.append((match.start("name"), match.end("name"), name))
    for match in _DOMAIN.finditer(text):  # "das Nachrichtenportal blick.ch": a web address, in lower case
        result.append((match.start("name"), match.end("name"), match.group("name")))
    for match in _STATE_MEDIA.finditer(text) if language == "en" else ():
        # "the state-run SPA reported": a state's outlet carrying a report (not "state-owned": companies report too)
        result.append((match.start("name"), match.end("name"), match.group("name")))
    for match in [*_CARRIED_BY.finditer(text), *_QUOTED_AS.finditer(text)]:
        if match.group("name") not in _body_names(language):  # (a known body's acronym stays the body)
            result.append((match.start("name"), match.end("name"), match.group("name")))
    for regex in (_AGENCY_NAME, _AFTER_NOUN, _BEFORE_NOUN):
        for match in regex.finditer(text):
            name = match.group("name").rstrip(".,")
            words = name.split()
            start = match.start("name")
            if regex is _AFTER_NOUN and _VERB_FORM.search(text, 0, start):
                continue  # "the map shows Australia ahead": the verb, not a show called "Australia"
            if regex is _AGENCY_NAME and words[0] == "The":  # "The Kenya News Agency said"
                start = text.index(words[1], start)
                words.pop(0)
            while words and (words[-1] in de.NAME_STOPWORDS or words[-1] in en.NAME_STOPWORDS
                             or words[-1][0].islower()):
                words.pop()
            while regex is _BEFORE_NOUN and len(words) > 1 and words[0].endswith("-based"):
                start = text.index(words[1], start)  # "the Kenya-based Standard newspaper"
                words.pop(0)
            if regex is _BEFORE_NOUN and words and words[0] in en.DEMONYMS:
                continue  # "the Israeli newspaper Haaretz": the nationality is no outlet
            if regex is _BEFORE_NOUN and _INDEFINITE.search(text, 0, start):
                continue  # "a reporter for a Chicago newspaper": an unnamed paper (CONVENTIONS §10)
            quoted = text[start - 1:start] in citing.OPEN_QUOTES if start > 0 else False
            if words and (quoted or words[0] not in ("The", "Der", "Die", "Das")) and words[0] not in PLATFORMS:
                # „dem Portal „The Pioneer““: a quoted title keeps its article; "his Substack newsletter" is a channel
                name = " ".join(words)
                result.append((start, start + len(name), name))
    known = outlet_names()
    result += credits.coverage_compounds(text, language, known) + credits.broadcasters(text, language) + \
        citing.newsrooms(text) + credit_marks(text, language)
    # names found by their citing construction, unless the lexicon already found them (in another case form)
    for start, end, name in citing.quoted_cited(text, language) + citing.the_titles(text, language) + \
            citing.shaped_cited(text, language) + citing.possessed_programmes(text, language) + \
            citing.glued_programmes(text, language, known) + \
            citing.cited_acronyms(text, language, _body_names(language)):
        if not any(s < end and start < e for s, e, _n in result):
            result.append((start, end, _outlet_nominative(name) if language == "de" else name))
    dateline = _DATELINE.match(text) or _COMMA_DATELINE.match(text)
    if dateline:
        result.append((dateline.start("name"), dateline.end("name"), dateline.group("name")))
    more = _MORE_ON.search(text)
    if more:
        offset = more.start("list")
        for part in re.finditer(r"[^,]+", re.sub(r"\s+(?:und|and|sowie)\s+", ", ", more.group("list"))):
            name = _LIST_PREFIX.sub("", part.group(0).strip().rstrip("."))
            if name and len(name.split()) <= 3:
                start = text.find(name, offset)
                result.append((start, start + len(name), name))
    photos = [(m.start(), m.end()) for m in _PHOTO_CREDIT.finditer(text)]
    result = [(start, end, name) for start, end, name in result
              if not any(s <= start < e for s, e in photos)
              and not (_LABEL_SLASH.search(text, 0, start) and text[end:end + 1] == ")"
                       and not any(e == start - 1 for _s, e, _n in result))]
    result.sort()
    return _outermost(result, text)


def _outermost(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Drop a name inside a longer one ("Puls" in "Puls 24") and an outlet's bracketed acronym right after its
    full name ("Redaktionsnetzwerk Deutschland (RND)")."""
    kept = []
    for start, end, name in spans:
        inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e, _n in spans)
        acronym = any(text[e:start] == " (" and name.isupper() for s, e, _n in spans)
        if not inside and not acronym:
            kept.append((start, end, name))
    return kept


def credit_marks(text: str, language: str) -> list[tuple[int, int, str]]:
    """Agency credits outside the running text: closing lines, brackets, "— PTI", "Reuters contributed …"."""
    known = outlet_names()
    return credits.credit_line(text, language) + credits.bracketed(text, known) + credits.report_by(text) + \
        credits.closing_caps(text, known) + credits.closing_with(text, known) + \
        citing.closing_marks(text, known) + citing.contributed(text, known)


def publisher_names(outlet: str | None) -> set[str]:
    """The names the publishing outlet goes by: 'ORF (orf.at)' is ORF and orf.at.  A bracketed agency
    ('salzburg24.at (APA)') is the agency whose copy it runs — a source when the text credits it."""
    if not outlet:
        return set()
    main = outlet.split(" (")[0].strip()
    names = {outlet, main, re.sub(r"^(?:The|Die|Der|Das)\s+", "", main)}
    # "Meridian News Agency" credits itself as "(Meridian)"
    names.add(re.sub(r"\s+(?:News Agency|Press Agency|Nachrichtenagentur|Presseagentur)$", "", main))
    names |= {m.group("name") for m in _DOMAIN.finditer(outlet)}
    return {name.casefold() for name in names if name}


def own_programmes(publishers: set[str]) -> frozenset[str]:
    """The channels and programmes of the publishing broadcaster ('orf.at' runs Ö1 and the ZIB2): cited in its own
    article they are the publisher, no source (CONVENTIONS §10)."""
    heads = {re.split(r"[. (]", name)[0] for name in publishers} | publishers
    return frozenset().union(*(programmes for names, programmes in credit_words.OWN_PROGRAMMES if names & heads))


_OUTLET_WORDS = frozenset(credit_words.CITED_OUTLET_HEADS) | {"Radio", "TV", "Television", "Zeitung", "Post"}


def _abbreviates(name: str, outlet: str | None) -> bool:
    """'PK' for „Parlamentskorrespondenz“: a short upper-case credit whose letters the publisher's one-word
    name holds in order, from its first letter on — the publisher crediting itself."""
    if not outlet or not name.isupper() or not 2 <= len(name) <= 4:
        return False
    main = re.sub(r"^(?:The|Die|Der|Das)\s+", "", outlet.split(" (")[0].strip()).casefold()
    if " " in main or not main.startswith(name[0].casefold()):
        return False
    rest = iter(main[1:])
    return all(letter in rest for letter in name[1:].casefold())


_PARTY_HEADS = frozenset({"Partei", "Party", "Bewegung", "Movement", "Front", "Bündnis", "Alliance", "Allianz",
                          "Kongress", "Congress", "Liga", "League"})


def run(doc: Doc) -> None:
    publishers = publisher_names(doc.article.outlet)
    own_names = own_programmes(publishers)
    seen: dict[str, Source] = {}
    # A closing credit without a full stop („Quelle: dts Nachrichtenagentur“) reads as a subheading.
    found = [(s.text, outlets_in(s.text, doc.language)) for s in doc.sentences]
    found += [(heading, credit_marks(heading, doc.language))
              for heading in (section.heading for section in doc.sections) if heading]
    own = "|".join(re.escape(name) for name in sorted(publishers, key=len, reverse=True))
    # „im Nordfunk-Magazin „Küstenblick““: the publisher's own programme is the publisher, no source
    own_programme = re.compile(rf"(?i:{own})-\w+\s*[„“\"«»‘]?\s*$") if own else None
    # "the Armed Forces of the Philippines (AFP)": an acronym the article defines names that body, no agency
    defined = set().union(*(orgnames.defined_acronyms(s.text, doc.language) for s in doc.sentences))
    # „der Partei der Demokratischen Aktion (SDA)“: a party's acronym in its own language spells no initials of
    # the translated name, yet names the party, not the agency of the same letters
    defined |= {acronym for s in doc.sentences for _start, name, acronym in orgnames.acronym_orgs(s.text, doc.language)
                if set(name.split()) & _PARTY_HEADS}
    for line, names in found:
        for start, _end, name in names:
            if own_programme is not None and own_programme.search(line[:start]):
                continue
            if name in defined and not _DATELINE.match(line):
                continue
            if not set(name.split()) & _OUTLET_WORDS and any(
                    name == person.name or person.name.endswith(" " + name) for person in doc.persons):
                continue  # "told CNN's Jake Tapper": a person the persons stage found, no outlet
            key = re.sub(r"\W+", " ", name.casefold()).strip()
            if not key or name.casefold() in publishers or _abbreviates(name, doc.article.outlet):
                continue
            if name in own_names or name.split("-")[0] in own_names:
                continue  # „sagte sie im Ö1-Morgenjournal“ on ORF.at: the publisher's own programme (CONVENTIONS §10)
            # "Xinhua News Agency" and a later "Xinhua" are one source; so are "AP" and "Associated Press",
            # "dpa" and "Deutsche Presse-Agentur" (an acronym of the other's initials)
            if any(key in other or other in key for other in seen) or any(
                    orgnames.initials_match(other.name.split(), name)
                    or orgnames.initials_match(name.split(), other.name) for other in seen.values()):
                continue
            seen[key] = Source(id=fact_id("source", key), evidence=line, name=name)
    doc.sources = list(seen.values())
