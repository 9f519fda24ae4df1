"""Who and where, for the events stage: the persons, organizations, countries and
places a stretch of text names, using what the earlier stages found.

Names in German are inflected ("des Europäischen Rates" for "Europäischer
Rat", "französischen" for FR), so organization and place names match by word
stem and countries also by their adjective (data from ``lang/de.py`` and
``lang/en.py``, owned by the entities stage).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.briefing.model import Person
from lagebild.extract import mentions
from lagebild.extract.clausecues import (
    GROUP,
    STATE_GROUP,
    agent_of_a_thing,
    agent_of_attribute,
    author_of_a_thing,
    judged,
    modifies_a_noun,
    name_as_adjective,
    names_a_topic_event,
    one_person_after,
    owner_of,
    person_topic,
    spatial,
    without_contrast_clause,
)
from lagebild.extract.doc import Doc
from lagebild.extract.jointsides import joint_sides
from lagebild.extract.lang import de, en, participants
from lagebild.extract.mentions import Mention, name_mentions, resolve_person, role_mentions
from lagebild.extract.mentions import persons_in as named_persons
from lagebild.extract.patterns import standalone


def _stem_pattern(name: str) -> str:
    """'Europäischer Rat' -> a pattern that also matches 'Europäischen Rates'."""
    parts = []
    for word in name.split():
        keep = word if len(word) <= 4 else word[: len(word) - 2]
        parts.append(re.escape(keep) + r"[\wäöüß]*")
    return r"(?<![\w-])" + r"[\s-]+".join(parts) + r"(?![\w])"


@lru_cache(maxsize=2048)
def _name_rx(name: str, ignore_case: bool) -> re.Pattern[str]:
    return re.compile(_stem_pattern(name), re.IGNORECASE if ignore_case else 0)


def persons_in(doc: Doc, text: str) -> list[Person]:
    """Persons named in ``text`` (full name, surname, genitive), by the persons stage's matcher."""
    return named_persons(doc, text)


def referred_persons(doc: Doc, text: str, sentence_index: int) -> list[Person]:
    """Persons a text refers to without their name: "der Kanzler", "er", "the minister"."""
    found: list[Person] = []
    named = name_mentions(doc, text)
    for start, end, _noun in role_mentions(doc, text):
        if any(0 <= m.start - end <= 3 for m in named):
            continue  # "der kanadische Premierminister Mark Carney": the name follows
        if _plural_role(text[start:end], doc.language):
            continue  # "die Außenminister", "den Abgeordneten": a group, not one person
        person = resolve_person(doc, text[start:end], sentence_index)
        if person is not None and person not in found:
            found.append(person)
    for m in re.finditer(r"\b(er|sie|Er|he|she|He|She)\b", text):
        if m.group(1) == "sie" and doc.language == "de" and not _singular_verb_beside(text, m.start(), m.end()):
            continue  # mostly plural or formal; "will sie", "sie hat" are one woman
        person = _pronoun_person(doc, m.group(1), sentence_index)
        if person is not None and person not in found:
            found.append(person)
    return found


def first_person(doc: Doc, text: str, sentence_index: int) -> Person | None:
    """The person ``text`` names or takes up first (by name, pronoun or role noun): in a clause
    before its verb, its subject."""
    found: list[tuple[int, Person]] = [(m.start, m.person) for m in name_mentions(doc, text)]
    for m in re.finditer(r"\b(er|sie|Er|Sie|he|she|He|She)\b", text):
        person = _pronoun_person(doc, m.group(1), sentence_index)
        if person is not None:
            found.append((m.start(), person))
    for start, end, _noun in role_mentions(doc, text):
        person = resolve_person(doc, text[start:end], sentence_index)
        if person is not None:
            found.append((start, person))
    return min(found, key=lambda f: f[0])[1] if found else None


def _pronoun_person(doc: Doc, pronoun: str, sentence_index: int) -> Person | None:
    """'Berger traf Novak. Am Dienstag reiste er nach Paris': the pronoun takes up the subject of the
    nearest sentence naming someone (its first fitting person), not the last name mentioned."""
    from lagebild.extract.subjects import previous_subject
    if 0 <= sentence_index < len(doc.sentences) and doc.sentences[sentence_index].index == sentence_index:
        return previous_subject(doc, doc.sentences[sentence_index], pronoun.casefold())
    return resolve_person(doc, pronoun, sentence_index)


def _plural_role(phrase: str, language: str) -> bool:
    """'die Außenminister', 'den Ministern', 'die Vorsitzenden': German plural (the feminine singular
    ends in -in or, for adjectival roles, -e: 'die Außenministerin', 'die Vorsitzende'; plural -innen)."""
    words = phrase.split()
    if language != "de" or len(words) < 2:
        return False
    article, noun = words[0].lower(), words[-1]
    if article == "die":
        return noun.endswith("innen") or not noun.endswith(("in", "e"))
    return article == "den" and noun.endswith("ern")  # "den Ministern" (but "den Minister" is one)


_SINGULAR_DE = frozenset({"will", "kann", "soll", "muss", "darf", "möchte", "ist", "hat", "wird", "war", "hatte",
                          "wurde", "sagte", "sprach", "traf", "reiste", "kündigte", "nahm"})


def _singular_verb_beside(text: str, start: int, end: int) -> bool:
    before = re.findall(r"[\wäöüß]+", text[max(0, start - 20):start])
    after = re.findall(r"[\wäöüß]+", text[end:end + 20])
    return bool((before and before[-1].lower() in _SINGULAR_DE) or (after and after[0].lower() in _SINGULAR_DE))


def organizations_in(doc: Doc, text: str) -> list[str]:
    """Organizations named in ``text``, also by acronym ("IAEA") or short form ("die Kommission")."""
    found = []
    for org in doc.organizations:
        if not org.name:
            continue
        # Short upper-case names (EU, NATO, SPD) must match as written; long names by stem.
        if _name_rx(org.name, not org.name.isupper()).search(text) or any(
                re.search(p, text) for p in _short_forms(org.name)) or any(
                _variant_matches(org.name, text, doc.language)):
            found.append(org.name)
    return found


def _variant_matches(name: str, text: str, language: str) -> list[re.Match[str]]:
    """Where ``text`` names the organization by another of its names ("UN-Sicherheitsrat" is not the UN)."""
    return [m for form in _other_forms(name, language)
            for m in re.finditer(_stem_pattern(form) + "(?!-)", text, 0 if form.isupper() else re.IGNORECASE)]


@lru_cache(maxsize=1024)
def _other_forms(name: str, language: str) -> tuple[str, ...]:
    """The lexicon's other names of an organization: "Europäische Union" for "EU", "IAEA" for the
    agency's full name (an article names one body in both ways)."""
    lexicon: dict[str, tuple[str, ...]] = getattr(_lang_module(language), "ORGANIZATIONS", {}) or {}
    for canonical, variants in lexicon.items():
        forms = (canonical, *variants)
        if name in forms:
            return tuple(f for f in forms if f != name and len(f) >= 2)
    return ()


@lru_cache(maxsize=1024)
def _short_forms(name: str) -> tuple[str, ...]:
    forms: list[str] = []
    capitals = [w for w in name.split() if w[:1].isupper()]
    if len(capitals) >= 3:
        forms.append(rf"\b{''.join(w[0] for w in capitals)}\b")
    if "-" in name and " " not in name:
        tail = name.rsplit("-", 1)[1]
        if len(tail) >= 6:
            forms.append(rf"\b(?:[Dd]ie|der|den|des|dem|[Tt]he)\s+{re.escape(tail)}\w*")
    return tuple(forms)


def _lang_module(language: str) -> object | None:
    try:
        from lagebild.extract.lang import de, en
    except ImportError:
        return None
    return de if language == "de" else en


def _country_patterns(doc: Doc) -> list[tuple[str, re.Pattern[str]]]:
    """(code, pattern) for each country the entities stage found: its name, aliases and adjective."""
    data = _lang_module(doc.language)
    demonyms: dict[str, str] = dict(getattr(data, "DEMONYMS", {}) or {})
    aliases: dict[str, str] = dict(getattr(data, "COUNTRY_ALIASES", {}) or {})
    result: list[tuple[str, re.Pattern[str]]] = []
    for country in doc.countries:
        names = [country.name] + [a for a, c in aliases.items() if c == country.code]
        names = [n for n in names if n]
        # The name as inflected, not its stem: "Chi…" would take "chinakritischen" and "Chile" for China.
        endings = _NAME_ENDINGS.get(doc.language, _NAME_ENDINGS["en"])
        alternatives = [r"(?<![\w-])" + _inflected_name(n, endings) + r"(?![\w])" for n in names]
        stems = [d for d, c in demonyms.items() if c == country.code]
        if doc.language == "de":
            alternatives += [rf"(?<![\w-]){re.escape(s)}\w*" for s in stems]
        else:
            alternatives += [rf"(?<![\w-]){re.escape(s)}(?:['’]s)?\b" for s in stems]
        if alternatives:
            result.append((country.code, re.compile("|".join(f"(?:{a})" for a in alternatives),
                                                     re.IGNORECASE)))
    return result


# A list of places after one preposition: "in Irland und China", "in Mali, Niger and Chad".
_PLACE_LIST = r"(?:[A-ZÄÖÜ][\wÄÖÜäöüß'’-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß'’-]*)?(?:\s*,\s*|\s+(?:und|and|sowie|or|oder)\s+))*"
_LOCATIVE = {
    # "aus Großbritannien", "from Britain": where participants come from, not where the event is.
    # The object of a visit is its destination too ("will visit Japan", "besucht China"): a place.
    # A border, island or city "zu"/"of" a country names a place too ("im Grenzgebiet zu Südkorea").
    "de": re.compile(r"\b(?:(?:in|im|nach|bei|vor)\s+|(?:besucht|besuchte|besuchen|bereist|bereiste)\s+"
                     r"(?:(?:am|heute|morgen|kommende\w*|nächste\w*|\w+tag\w*|Woche)\s+){0,3}"
                     r"|\w*grenz\w*\s+(?:zu|mit)\s+)"
                     rf"(?:der\s+|die\s+|den\s+|dem\s+)?{_PLACE_LIST}$", re.IGNORECASE),
    "en": re.compile(r"\b(?:in|to|at|visit|visits|visited|visiting|tour|tours|toured"
                     r"|(?:border|island|city|capital|province|region)\s+(?:with|of))\s+"
                     rf"(?:the\s+)?{_PLACE_LIST}$", re.IGNORECASE),
}


def countries_in(doc: Doc, text: str) -> tuple[list[str], list[str]]:
    """(codes named as actors, country names named as locations: 'in der Ukraine', 'nach Polen')."""
    actors: list[str] = []
    locations: list[str] = []
    locative = _LOCATIVE.get(doc.language, _LOCATIVE["en"])
    for code, rx in _country_patterns(doc):
        for m in rx.finditer(text):
            if m.group(0)[:1].isupper() and locative.search(text[:m.start()]):
                name = next((c.name for c in doc.countries if c.code == code), m.group(0))
                if name not in locations:
                    locations.append(name)
            elif code not in actors:
                actors.append(code)
    return actors, locations


def places_in(doc: Doc, text: str) -> list[str]:
    """Places from the entities stage that ``text`` names, venues before cities (more precise)."""
    found: list[tuple[int, int, str]] = []
    for place in doc.places:
        if not place.name:
            continue
        m = _name_rx(place.name, True).search(text)
        if m:
            locative = _LOCATIVE.get(doc.language, _LOCATIVE["en"]).search(text[:m.start()])
            found.append((0 if locative else 1, m.start(), place.name))
    return [name for _rank, _pos, name in sorted(found)]


# --- who took part: names the text ties to an event, not every name it mentions -----------------

# "für die Ukraine", "against Russia", "über Iran": a topic, not a party to the event; "zum EU-Gipfel"
# names what a speech is about or where a trip goes, not who takes part.
_TOPIC = {"de": re.compile(de.TOPIC_BEFORE), "en": re.compile(en.TOPIC_BEFORE)}
# "Schwiegersohn von Präsident X", "adviser to President X": X only names whose relative or aide it is;
# so does an envoy's, successor's or ally's ("the envoy of Prime Minister X", „Nachfolger von X“): the
# person named in that role takes part, the one it is named after does not.
_RELATIONAL = re.compile(
    r"(?i)(?:berater(?:in)?|sprecher(?:in)?|schwieger\w*|sohn|tochter|ehefrau|ehemann|witwe|vertraute[rn]?"
    r"|gesandte[nr]?|beauftragte[nr]?|nachfolger(?:in)?|vorgänger(?:in)?|verbündete[nr]?|rivalen?"
    r"|stellvertreter(?:in)?"
    r"|adviser|advisor|aide|son-in-law|daughter-in-law|son|daughter|wife|husband|widow|spokes\w+"
    r"|envoy|emissary|successor|predecessor|ally|rival|deputy)"
    r"\s+(?:von|vom|des|der|of|to)\s+(?:[\w.’'-]+\s+){0,4}$")
# English "at the" before an organization's name names where ("at the Pentagon"); before a word it
# names an event or group of that body ("at the NATO summit", "at the EU leaders' meeting").
_VENUE_BEFORE = re.compile(r"\bat\s+the\s+$")
# A list of names after a group noun or "aus"/"from": "Vermittler aus Ägypten, Katar und den USA".
_ITEM = r"(?:(?:der|die|den|dem|des|the)\s+)?[A-ZÄÖÜ][\wÄÖÜäöüß'’-]*"
_LIST_HEAD = re.compile(
    rf"(?:^|[\s(])([\wÄÖÜäöüß-]+)\s+(?:{_ITEM}(?:\s*,\s*|\s+(?:und|and|sowie|or|oder)\s+))*"
    r"(?:(?:der|die|den|dem|des|the)\s+)?$")


def _word_after(text: str, end: int, skip: int = 3) -> list[str]:
    return re.findall(r"[\wÄÖÜäöüß-]+", text[end:end + 60])[:skip]


def _word_before(text: str, start: int) -> str:
    words = re.findall(r"[\wÄÖÜäöüß-]+", text[max(0, start - 40):start])
    return words[-1] if words else ""


def _person_follows(doc: Doc, text: str, end: int) -> bool:
    """'kanadischen Premierminister Mark Carney', 'Britain's Defence Secretary John Healey':
    the country or body only qualifies the named person's office."""
    for m in name_mentions(doc, text):
        between = text[end:m.start]
        # (an office whose title holds "of": "U.S. Secretary of State X", "Minister of Foreign Affairs")
        title = _OFFICE_OF.fullmatch(between) is not None and _role_words(doc, between)
        if m.start >= end and (title or (len(re.findall(r"\S+", between)) <= 4 and not re.search(
                r"[;:]|,(?!\s*$)|\b(?:und|and|mit|with|sowie|of|von|der|des)\b", between) and (
                "," not in between or _role_words(doc, between)))):
            return True  # (also an apposition: "the EU's trade chief, Maroš Šefčovič")
    return False


# Capitalized words of an office around "of"/"for" and nothing else: " Secretary of State ",
# " Minister for Foreign Affairs ", " Secretary of Homeland Security ".
_OFFICE_OF = re.compile(r"\s+(?:[A-Z][\w.-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}")


def _first_in_clause(doc: Doc, text: str, start: int) -> bool:
    """Whether no other person is named before ``start`` in its clause (up to '.', ';' or ':')."""
    clause_start = max(text.rfind(c, 0, start) for c in ".;:")
    return not any(clause_start < m.start < start for m in name_mentions(doc, text))


def _title_of(doc: Doc, text: str, start: int) -> bool:
    """'King Abdullah II of Jordan', „König Abdullah II. von Jordanien“: the country only says whose
    king the named person is; the person takes part."""
    if not re.search(r"\s(?:of|von)\s+(?:the\s+)?$", text[max(0, start - 12):start]):
        return False
    return any(0 <= start - m.end <= 10 for m in name_mentions(doc, text[:start]))


def _role_words(doc: Doc, between: str) -> bool:
    """Whether the words before an apposition's comma hold a role noun ("trade chief,", „Außenminister,“)."""
    return any(mentions.is_role_noun(w, doc.language) for w in re.findall(r"[\wÄÖÜäöüß-]+", between))


def actors_in(doc: Doc, text: str, sentence_index: int, event_words: frozenset[str] = frozenset()) -> list[str]:
    """Persons, organizations and countries ``text`` names as acting parties.

    Left out: a name inside another's role ("Schwiegersohn von Präsident Donald Trump"), an owner
    ("Takaichi's home region", "Russlands Krieg"), a country or body that only qualifies a named
    person's office ("der kanadische Premierminister Mark Carney"), a party in brackets after a
    name ("Merz (CDU)"), topics ("Militärhilfe für die Ukraine") and places ("in der Ukraine").
    """
    language = doc.language
    topic = _TOPIC.get(language, _TOPIC["en"])
    text = without_contrast_clause(text, language)
    names: list[str] = []
    for mention in name_mentions(doc, text):
        person = mention.person
        if person.name in names:
            continue
        if _genitive_owner(doc, text, mention.start, mention.end, person.name, event_words) or \
                _RELATIONAL.search(text[:mention.start]) or _observer(person, language) or \
                owner_of(text[:mention.start], language, event_words) or \
                person_topic(text, mention, language, event_words) or \
                agent_of_a_thing(text[:mention.start], language, event_words) or \
                author_of_a_thing(text[:mention.start], language, event_words) or judged(
                text, mention.start, language, _first_in_clause(doc, text, mention.start)):
            continue
        names.append(person.name)
    for person in _referred(doc, text, sentence_index):
        if person.name not in names and not _observer(person, language):
            names.append(person.name)
    people = [m for m in name_mentions(doc, text) if m.person.name in names]
    orgs = organizations_in(doc, text)
    spans = [(m.start(), m.end()) for org in orgs for m in _name_rx(org, not org.isupper()).finditer(text)]
    spans += [(m.start(), m.end()) for org in orgs for m in _variant_matches(org, text, language)]
    for org in orgs:
        rx = _name_rx(org, not org.isupper())
        keep = False
        found = [*rx.finditer(text), *_variant_matches(org, text, language)]
        for m in found:
            before, after = text[:m.start()], text[m.end():]
            if any(lo <= m.start() and m.end() <= hi and hi - lo > m.end() - m.start() for lo, hi in spans):
                continue  # "EU" inside "Rat der EU-Staaten": the longer name is the actor
            if " " not in org and not org.isupper() and _NAMED_BEFORE.search(before):
                continue  # "Christlich-Soziale Union", "Junge Union": a longer name, not "die Union"
            if org.isupper() and language == "en" and modifies_a_noun(after, event_words):
                continue  # "EU goods", "EU capitals": the acronym qualifies a thing
            if org.isupper() and names_a_topic_event(after, event_words):
                continue  # "UN Climate Conference", „UN-Klimakonferenz“: the event's name, not a party
            if re.search(r"\(\s*$", before) and re.match(r"\s*[)/]", after):
                continue  # "Merz (CDU)", "Meier (Mitte/BL)": the person's party
            if after.startswith("-"):
                tail = re.match(r"-([\wÄÖÜäöüß-]+)", after)
                if tail and not GROUP.match(tail.group(1).rsplit("-", 1)[-1]) and not any(
                        tail.group(1).lower().endswith(w) for w in event_words):
                    continue  # "EU-Kommissionspräsidentin", "US-Präsident"
                if tail and _names_a_body(doc, tail.group(1)):
                    continue  # "EU-Kommission": the Commission acts, a body of its own
            if topic.search(before) or _person_follows(doc, text, m.end()) or agent_of_a_thing(
                    before, language, event_words) or author_of_a_thing(before, language, event_words):
                continue
            if language == "en" and _VENUE_BEFORE.search(before) and not any(
                    GROUP.match(w) or w.lower() in event_words for w in _word_after(after, 0, 2)):
                continue  # "met at the Pentagon", "at the State Department": the building, not a party
            if _in_a_named_role(doc, text, m.start(), m.end(), org, people):
                continue  # "der Generaldirektor der IAEA, Rafael Grossi": the person acts, not the body
            keep = True
        if keep or not found:
            names.append(org)
    names += [c for c in _acting_countries(doc, text, event_words) if c not in names]
    names += [c for c in joint_sides(doc, text) if c not in names]  # "US-Russian talks"
    return [n for n in names if not _only_in_dates(n, text, language)]


# A capitalised adjective right before a one-word name makes it part of a longer one (not an article).
_NAMED_BEFORE = re.compile(r"(?<![\w-])(?!(?:Diese|Jede|Keine|Meine|Seine|Ihre|Unsere|Eine)[nrs]?\s)"
                           r"[A-ZÄÖÜ][\wäöüß-]{3,}(?:e|en)\s+$")


def _in_a_named_role(doc: Doc, text: str, start: int, end: int, org: str, people: list[Mention]) -> bool:
    """The body is named in the role of a person beside it ("Rafael Grossi, Chef der IAEA", "the head
    of NATO, Mark Rutte"): it says whom the person works for; the person is the participant."""
    rx = _name_rx(org, not org.isupper())
    for mention in people:
        role = mention.person.role or ""
        if not rx.search(role):
            continue
        between = text[end:mention.start] if end <= mention.start else text[mention.end:start]
        if len(between) <= 60 and not re.search(r"[;:.]|\b(?:und|and|mit|with|sowie|traf|met)\b", between):
            return True
    return False


def _names_a_body(doc: Doc, tail: str) -> bool:
    """'Kommission' in 'EU-Kommission' when the article names that body ('Europäische Kommission')."""
    return len(tail) >= 6 and any(o.name != tail and o.name.lower().endswith(tail.lower()) for o in doc.organizations)


def _only_in_dates(name: str, text: str, language: str) -> bool:
    """'Mitte Jänner', 'Ende März': a name whose every mention is part of a date expression."""
    from lagebild.extract.datefind import find_dates
    if " " in name or not re.search(rf"\b{re.escape(name)}\b", text):
        return False
    spans = [(m.start, m.end) for m in find_dates(text, language)]
    return all(any(s <= m.start() < e for s, e in spans) for m in re.finditer(rf"\b{re.escape(name)}\b", text))


def _referred(doc: Doc, text: str, sentence_index: int) -> list[Person]:
    """Role nouns and pronouns; a pronoun after a name in the same text is that name's."""
    named = name_mentions(doc, text)
    found = [p for p in referred_persons(doc, text, sentence_index)]
    pronoun = re.search(r"\b(?:er|sie|Er|Sie|he|she|He|She)\b", text)
    if pronoun and any(m.start < pronoun.start() for m in named):
        resolved = _pronoun_person(doc, pronoun.group(0), sentence_index)
        roles = [resolve_person(doc, text[s:e], sentence_index) for s, e, _n in role_mentions(doc, text)]
        found = [p for p in found if p is not resolved or p in roles]
    return found


def _observer(person: Person, language: str) -> bool:
    from lagebild.extract.datefind import lang_data
    role = (person.role or "").lower()
    return any(o in role for o in lang_data(language).OBSERVER_ROLES)


def _genitive_owner(doc: Doc, text: str, start: int, end: int, name: str, event_words: frozenset[str]) -> bool:
    """'Takaichi's home region', 'Selenskyjs Forderung', 'Merz' Vorschlag': the name owns the next noun.
    An owned event ('Wadephuls Nahost-Reise', 'Lee's visit') keeps its owner as its actor."""
    surface = text[start:end]
    english = re.match(r"['’]s\b|['’](?=\s)", text[end:end + 3]) or surface.endswith(("'s", "’s"))
    german = doc.language == "de" and (surface.endswith(("s", "'", "’")) and not any(
        k.endswith(surface) for k in (name, *name.split())))
    if not (english or german):
        return False
    rest = text[end:]
    rest = re.sub(r"^['’]s?", "", rest)
    following = _owned_phrase(re.findall(r"[\wÄÖÜäöüß-]+", rest[:80]))
    if not following:
        return False
    if doc.language == "de" and not following[0][:1].isupper():
        return False  # "Sieg Russlands sprach": a genitive after its noun
    # The owned noun ends at a preposition: "Lula's role in negotiations" owns a role, not the talks.
    head = following[:next((i for i, w in enumerate(following) if i and w.lower() in _PREPOSITIONS), None)]
    return not any(w.lower().endswith(e) for w in head for e in event_words)


_PREPOSITIONS = frozenset({"in", "on", "at", "with", "about", "over", "during", "im", "bei", "mit", "über", "um",
                           "während", "zu", "zum", "zur", "nach"})


_NAME_GLUE = frozenset({"of", "the", "and", "for", "de", "der", "des", "für", "von", "und"})


def _owned_phrase(words: list[str]) -> list[str]:
    """The noun phrase an owner owns: three words, or a longer name up to its head noun
    ("Trump's State of the Union address")."""
    phrase = words[:3]
    for i, word in enumerate(words[:7]):
        if i >= 3 and word not in phrase:
            phrase.append(word)
        if not (word[:1].isupper() or word.lower() in _NAME_GLUE):
            break
    return phrase


def _is_country_name(doc: Doc, code: str, surface: str) -> bool:
    """'Turkey', 'Russlands', 'Britain's' name the country; 'Turkish', 'russischen' are adjectives."""
    data = _lang_module(doc.language)
    aliases: dict[str, str] = dict(getattr(data, "COUNTRY_ALIASES", {}) or {})
    names = [c.name for c in doc.countries if c.code == code and c.name] + [a for a, c in aliases.items() if c == code]
    endings = _NAME_ENDINGS.get(doc.language, _NAME_ENDINGS["en"])
    return any(re.fullmatch(_inflected_name(n, endings), surface, re.IGNORECASE) for n in names)


# What a country's name may add when it is inflected: "Russlands", "der Vereinigten Staaten", "Britain's".
# Longer endings make an adjective ("chinesischen", "Schweizer", "Japanese", "Philippine" is shorter
# than "Philippines" and so no name either), which the stem pattern of a name also matches.
_NAME_ENDINGS = {"de": r"(?:s|es|n|en|['’])?", "en": r"(?:['’]s?)?"}


def _inflected_name(name: str, endings: str) -> str:
    return r"[\s-]+".join(re.escape(word) + endings for word in name.split())


def acting_groups(doc: Doc, text: str) -> list[str]:
    """Countries ``text`` names only through a group of theirs ('Vermittler aus Katar',
    'Unterhändler Serbiens'): what a sentence going on about an event adds besides its people."""
    return _acting_countries(doc, text, frozenset(), groups_only=True)


def _acting_countries(doc: Doc, text: str, event_words: frozenset[str], groups_only: bool = False) -> list[str]:
    """Country codes of countries that act: subjects and objects ('Die USA', 'mit der Ukraine',
    'zwischen Serbien und Kosovo'), groups of theirs ('Unterhändler Serbiens', 'Iranian negotiators',
    'Vermittler aus Katar').  Not: places, topics, owners, qualifiers of a named person's office."""
    topic = _TOPIC.get(doc.language, _TOPIC["en"])
    locative = _LOCATIVE.get(doc.language, _LOCATIVE["en"])
    names = {c.code: c.name for c in doc.countries}
    found: list[str] = []
    patterns = _country_patterns(doc)
    # "Israeli and American strikes": in a list of countries the noun comes after the last of them.
    country_words = {w.lower() for _code, rx in patterns for m in rx.finditer(text)
                     for w in re.findall(r"[\wÄÖÜäöüß-]+", m.group(0))}
    # "Sudanese Armed Forces", "Rat der EU-Staaten": a country word inside an organization's name.
    named = [(o.start(), o.end()) for org in organizations_in(doc, text)
             for o in _name_rx(org, not org.isupper()).finditer(text)]
    # "Port Sudan", "Kuwait City", "Guatemala City": a country's name inside a place's is that place.
    named += [(o.start(), o.end()) for place in doc.places if " " in place.name
              for o in standalone(place.name).finditer(text)]
    for code, rx in patterns:
        for m in rx.finditer(text):
            surface = m.group(0)
            before, after = text[:m.start()], text[m.end():]
            if surface[:1].isupper() and (locative.search(before) or spatial(before, doc.language)):
                continue  # ("in der Ukraine", "near Japan": a location)
            if any(lo <= m.start() and m.end() <= hi and (lo, hi) != (m.start(), m.end()) for lo, hi in named):
                continue
            if topic.search(before) and _on_behalf(before, after, doc.language):
                found.append(code)  # „Für Deutschland nimmt X teil“: the state X acts for takes part
                continue
            if topic.search(before) and directed_at(before, text, doc.language):
                found.append(code)  # "a drone attack on Ukraine": the state attacked takes part
                continue
            if topic.search(before) or _person_follows(doc, text, m.end()) or agent_of_attribute(
                    before, after, doc.language) or _title_of(doc, text, m.start()) or agent_of_a_thing(
                    before, doc.language, event_words):
                continue
            if re.match(r"-[\wÄÖÜäöüß]", after):
                continue  # "Ukraine-Kriegs", "US-Präsident"
            head = _LIST_HEAD.search(before[-120:])
            prev = head.group(1) if head else _word_before(text, m.start())
            nxt = [w for w in _word_after(text, m.end(), 6) if w.lower() not in (
                "and", "und", "sowie", "s", "the", "der", "die") and w.lower() not in country_words]
            # "Vermittler aus Katar", "Unterhändler Serbiens" (not "Reparationen von Deutschland")
            group_before = bool(GROUP.match(prev)) or (prev.lower() in ("aus", "from", "of", "von") and bool(
                GROUP.match(_word_before(before, before.rfind(prev)) if prev in before else "")))
            group_after = any(GROUP.match(w) for w in nxt[:3])
            if prev.lower() in ("aus", "from") and not group_before and prev in before:
                noun = _word_before(before, before.rfind(prev)).lower()
                if not any(noun.endswith(e) for e in event_words):
                    continue  # "Importe aus China", "refugees from Syria": where a thing or people come
                    # from (not "Vermittler aus Katar", "a call from Japan")
            base = (names.get(code) or "").lower()
            adjective = not _is_country_name(doc, code, surface)
            genitive = bool(re.match(r"['’]s?\b", after)) or surface.endswith(("'s", "’s")) or (
                doc.language == "de" and surface.endswith("s") and not base.endswith("s") and not adjective)
            if (adjective or not genitive) and one_person_after(before, nxt):
                continue  # „mit seinem ägyptischen Amtskollegen“, "his U.S. counterpart": the minister, not the state
            if adjective:
                # An adjective qualifies the noun it stands before: the state acts only when that noun
                # is a group of its own ("Iranian negotiators", "die französische Regierung") or an act
                # of it ("Russian strikes"); "Japanese seafood", "imports of Japanese seafood",
                # "Chinese business leaders" and "chinesischer Besuch" (who visits is unsaid) do not.
                if nxt and (GROUP.match(nxt[0]) or _acted_by(nxt[0], event_words, doc.language)
                            or any(STATE_GROUP.match(w) for w in nxt[1:3])):
                    found.append(code)
                continue
            if genitive:
                if group_before or group_after or any(
                        w.lower().endswith(e) for w in nxt[:1] for e in event_words):
                    found.append(code)
                continue
            if groups_only and not (group_before or group_after):
                continue
            if doc.language == "en" and name_as_adjective(before, after, event_words):
                continue  # "fly through US territory": the name qualifies a thing, as "American" would
            found.append(code)
    return list(dict.fromkeys(found))


# "für"/"for" opening a clause before a country (see ``participants.ON_BEHALF_AFTER``).
_FOR_OPENING = re.compile(r"(?:^|[.;:,–]\s*)(?:[Ff]ür|[Ff]or)\s+(?:(?:die|den|das|the)\s+)?$")


def _on_behalf(before: str, after: str, language: str) -> bool:
    """„Für Deutschland nimmt X teil“, "For Norway signed Minister X": whom someone acts for, no topic."""
    pattern = participants.ON_BEHALF_AFTER.get(language)
    return pattern is not None and _FOR_OPENING.search(before) is not None and re.match(pattern, after) is not None


def directed_at(before: str, text: str, language: str) -> bool:
    """Whether the country after ``before`` is what an act of force or pressure is directed at, in a
    sentence that tells the act rather than judging or reporting it."""
    from lagebild.extract.datefind import lang_data
    pattern = participants.DIRECTED_AT.get(language)
    if not pattern or not re.search(pattern, before):
        return False
    data = lang_data(language)
    judging = data.SPEECH_PAST | data.JUDGING_VERBS | participants.ACCUSING_VERBS.get(language, frozenset()) | \
        participants.COMMENTING_VERBS.get(language, frozenset())
    return not set(re.findall(r"[\wäöüß]+", text.lower())) & judging


def _acted_by(noun: str, event_words: frozenset[str], language: str) -> bool:
    """'Angriffe', 'talks', 'strikes': an event noun whose adjective of nationality names who acts.
    Not a visit or trip: "chinesischer Besuch" says who comes only loosely, "the Chinese visit" may
    be a visit to China."""
    lower = noun.lower()
    travel: frozenset[str] = getattr(_lang_module(language), "TRAVEL_NOUNS", frozenset())
    if any(lower.endswith(t) for t in travel):
        return False
    return any(lower.endswith(e) for e in event_words)
