"""Who took part, for the events stage: which of the persons, organizations and countries a
stretch of text names are acting parties of the event it tells (``actors_in``), not every name
it mentions.

Finding the names is done by modules with one job each, re-exported here for the event modules:
``personrefs`` (persons by name, pronoun or role noun), ``orgmatch`` (organizations by stem,
acronym or short form), ``countrymatch`` (countries and places, as actors or as locations),
``officequalifier`` (a name that only qualifies a person's office) and ``actingcountries``
(countries that act).
"""

from __future__ import annotations

import re

from lagebild.briefing.model import Person
from lagebild.extract.actingcountries import TOPIC, acting_countries, word_after
from lagebild.extract.actingcountries import acting_groups as acting_groups
from lagebild.extract.actingcountries import directed_at as directed_at
from lagebild.extract.clausecues import (
    GROUP,
    agent_of_a_thing,
    author_of_a_thing,
    judged,
    modifies_a_noun,
    names_a_topic_event,
    owner_of,
    owner_of_offered,
    person_topic,
    talks_under_its_roof,
    without_contrast_clause,
)
from lagebild.extract.countrymatch import countries_in as countries_in
from lagebild.extract.countrymatch import places_in as places_in
from lagebild.extract.doc import Doc
from lagebild.extract.jointsides import joint_sides
from lagebild.extract.lang import participants
from lagebild.extract.mentions import Mention, is_role_noun, name_mentions, resolve_person, role_mentions
from lagebild.extract.officequalifier import person_follows
from lagebild.extract.orgmatch import name_rx, variant_matches
from lagebild.extract.orgmatch import organizations_in as organizations_in
from lagebild.extract.personrefs import first_person as first_person
from lagebild.extract.personrefs import persons_in as persons_in
from lagebild.extract.personrefs import pronoun_person
from lagebild.extract.personrefs import referred_persons as referred_persons
from lagebild.extract.sayers import without_leading_sayer, without_trailing_sayer

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


def _first_in_clause(doc: Doc, text: str, start: int) -> bool:
    """Whether no other person is named before ``start`` in its clause (up to '.', ';' or ':')."""
    clause_start = max(text.rfind(c, 0, start) for c in ".;:")
    return not any(clause_start < m.start < start for m in name_mentions(doc, text))


def actors_in(doc: Doc, text: str, sentence_index: int, event_words: frozenset[str] = frozenset()) -> list[str]:
    """Persons, organizations and countries ``text`` names as acting parties.

    Left out: a name inside another's role ("Schwiegersohn von Präsident Donald Trump"), an owner
    ("Takaichi's home region", "Russlands Krieg"), a country or body that only qualifies a named
    person's office ("der kanadische Premierminister Mark Carney"), a party in brackets after a
    name ("Merz (CDU)"), topics ("Militärhilfe für die Ukraine") and places ("in der Ukraine").
    """
    language = doc.language
    topic = TOPIC.get(language, TOPIC["en"])
    text = _without_sayer_after_blank(without_leading_sayer(without_trailing_sayer(
        without_contrast_clause(text, language), language), language), language)
    text = _without_speaker_label(doc, text)
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
    named = name_mentions(doc, text)
    people = [m for m in named if m.person.name in names]
    orgs = organizations_in(doc, text)
    spans = [(m.start(), m.end()) for org in orgs for m in name_rx(org, not org.isupper()).finditer(text)]
    spans += [(m.start(), m.end()) for org in orgs for m in variant_matches(org, text, language, doc)]
    for org in orgs:
        rx = name_rx(org, not org.isupper())
        keep = False
        found = [*rx.finditer(text), *variant_matches(org, text, language, doc)]
        for m in found:
            before, after = text[:m.start()], text[m.end():]
            if any(lo <= m.start() and m.end() <= hi and hi - lo > m.end() - m.start() for lo, hi in spans):
                continue  # "EU" inside "Rat der EU-Staaten": the longer name is the actor
            if any(hi <= m.start() and re.fullmatch(r"\s+(?:des|der|of\s+the|of)\s+", text[hi:m.start()])
                   for lo, hi in spans):
                continue  # "der EU-Hauptausschuss des Nationalrats": the committee acts, its house only owns it
            if " " not in org and not org.isupper() and _NAMED_BEFORE.search(before):
                continue  # "Christlich-Soziale Union", "Junge Union": a longer name, not "die Union"
            # (an acronym also where the text writes one for a long name: "an IEBC amendment bill")
            acronym = org.isupper() or (len(m.group(0)) >= 2 and m.group(0).isupper())
            if acronym and language == "en" and modifies_a_noun(after, event_words):
                continue  # "EU goods", "EU capitals": the acronym qualifies a thing
            if language == "en" and _unnamed_office(after):
                continue  # "the UN Secretary-General", "a G20 ambassador": the office's holder, not the body
            if org.isupper() and (names_a_topic_event(after, event_words) or talks_under_its_roof(org, after)):
                continue  # "UN Climate Conference", „UN-Klimakonferenz“: the event's name, not a party
            if re.search(r"\(\s*$", before) and re.match(r"\s*[)/]", after):
                continue  # "Merz (CDU)", "Meier (Mitte/BL)": the person's party
            if _its_election(org, text[m.start():], language):
                continue  # „nach der Landtagswahl“: the house is what is elected, no party
            if after.startswith("-"):
                tail = re.match(r"-([\wÄÖÜäöüß-]+)", after)
                if tail and not GROUP.match(tail.group(1).rsplit("-", 1)[-1]) and not any(
                        tail.group(1).lower().endswith(w) for w in event_words):
                    continue  # "EU-Kommissionspräsidentin", "US-Präsident"
                if tail and _names_a_body(doc, tail.group(1)):
                    continue  # "EU-Kommission": the Commission acts, a body of its own
            if owner_of_offered(before, after, language):
                continue  # „die Unterstützung der EU zugesagt“: whose help is promised, no party of the act
            if _body_owns_a_thing(before, after, language, event_words):
                continue  # „die Zukunft der OSZE“, "the mandate of the X Force": whose thing, no party
            if topic.search(before) or person_follows(doc, text, m.end()) or agent_of_a_thing(
                    before, language, event_words) or author_of_a_thing(before, language, event_words):
                continue
            if language == "en" and _VENUE_BEFORE.search(before) and not any(
                    GROUP.match(w) or w.lower() in event_words for w in word_after(after, 0, 2)):
                continue  # "met at the Pentagon", "at the State Department": the building, not a party
            if _in_a_named_role(doc, text, m.start(), m.end(), org, people):
                continue  # "der Generaldirektor der IAEA, Rafael Grossi": the person acts, not the body
            if any(_AFFILIATION.fullmatch(text[p.end:m.start()]) for p in named if p.end <= m.start()):
                continue  # "opposition leader X of the Umoja Alliance", „X von der CDU“: whose member X is
            keep = True
        if keep or not found:
            names.append(org)
    names += [c for c in acting_countries(doc, text, event_words) if c not in names]
    names += [c for c in joint_sides(doc, text) if c not in names]  # "US-Russian talks"
    return [n for n in names if not _only_in_dates(n, text, language)]


def _without_sayer_after_blank(text: str, language: str) -> str:
    """A closing clause of saying after a clause the caller blanked with its commas („X und Y hätten sich am
    Dienstag verständigt, [die Gespräche fortzusetzen,] teilte die EU-Kommission mit“): the blank ends a
    clause as its comma did, so the teller is blanked as ``without_trailing_sayer`` blanks it after a comma."""
    last = next(reversed(list(re.finditer(r"(?<=\S)[ _]{3,}(?=\S)", text))), None)
    if last is None or "," in text[last.end():]:
        return text
    restored = text[:last.start()] + "," + text[last.start() + 1:]
    cut = without_trailing_sayer(restored, language)
    if cut == restored:
        return text
    return text[:last.end()] + cut[last.end():]


# A transcript's speaker label opening the text ("Kuhn: Geplant ist …", "Dr Koh: I will be …") and the
# first-person words by which the speaker takes part in what they tell.
_SPEAKER_LABEL = re.compile(r"^\s*(?:[A-ZÄÖÜ][\w.’'-]*\s+){0,3}[A-ZÄÖÜ][\w’'-]*:\s")
_FIRST_PERSON = re.compile(r"(?i)\b(?:ich|wir|mich|mir|uns|mein\w*|unser\w*|I|we|me|us|my|our)\b")


def _without_speaker_label(doc: Doc, text: str) -> str:
    """``text`` with a speaker label that names a person blanked (same length) when what follows never
    takes the speaker up in the first person: a spokesman telling the minister's trip („Kuhn: Geplant
    ist … die Unterzeichnung einer Absichtserklärung“) only tells it; "Koh: I will be in Beijing" takes part."""
    label = _SPEAKER_LABEL.match(text)
    if label is None or not name_mentions(doc, text[:label.end()]):
        return text
    rest = text[label.end():]
    if _FIRST_PERSON.search(rest) if doc.language == "de" else re.search(
            r"\b(?:I|we|We|me|us|my|My|our|Our)\b", rest):
        return text
    return re.sub(r"\S", " ", text[:label.end()]) + rest


# The rest of a closed compound whose first part is a house's name and which names its election
# („Landtagswahl“, „Nationalratswahlen“, „Parlamentswahlkampf“).
_ELECTED_HOUSE = {"de": r"-?s?wahl(?:en|kampf\w*)?\b"}


def _its_election(org: str, text: str, language: str) -> bool:
    """``text`` opens with ``org`` as the first part of a compound naming its election („Landtagswahl“,
    „Nationalratswahlen“)."""
    tail = _ELECTED_HOUSE.get(language)
    return bool(tail and text.startswith(org) and re.match(tail, text[len(org):]))


# What joins a body to the person named right before it as whose member or official the person is.
_AFFILIATION = re.compile(r"\s+(?:of|von)\s+(?:the\s+|der\s+|den\s+)?")
# A capitalised adjective right before a one-word name makes it part of a longer one (not an article).
_NAMED_BEFORE = re.compile(r"(?<![\w-])(?!(?:Diese|Jede|Keine|Meine|Seine|Ihre|Unsere|Eine)[nrs]?\s)"
                           r"[A-ZÄÖÜ][\wäöüß-]{3,}(?:e|en)\s+$")


def _body_owns_a_thing(before: str, after: str, language: str, event_words: frozenset[str]) -> bool:
    """„eine Konferenz zur Zukunft der OSZE“, "the mandate of the Gang Suppression Force": the body named as
    the genitive or "of" complement of a noun owns what the noun names; it takes part when the noun is an
    event ("Treffen der EU-Außenminister"), its people or office ("Vertreter der EU", "Chef der IAEA"), a
    body of its own ("Landesvorstand der Linken") or its act ("Entscheidung des Rates")."""
    pattern = participants.ORG_OWNED_BY.get(language)
    m = re.search(pattern, before[-60:]) if pattern else None
    held = None
    if m is None:
        within = participants.ORG_HOLDS.get(language)
        m = held = re.search(within, before[-60:]) if within else None
    if m is None:
        return False
    if after.startswith("-") or any(GROUP.match(w) or any(w.lower().endswith(e) for e in event_words)
                                    for w in word_after(after, 0, 2)):
        return False  # "the G7 foreign ministers' meeting", „der G7-Gipfel“: the name qualifies the next noun
    noun = m.group(1)
    lower = noun.lower()
    keep = participants.KEEP_BEFORE_ORG.get(language, frozenset()) if held is None else frozenset()
    if lower in participants.ORG_OWNER_NOT_NOUNS or any(lower.endswith(k) for k in keep):
        return False
    singular = noun[:-1] if language == "en" and noun.endswith("s") else noun  # ("the presidents of the X")
    return not (GROUP.match(noun) or is_role_noun(noun, language) or is_role_noun(singular, language) or any(
        lower.endswith(e) for e in event_words))


def _in_a_named_role(doc: Doc, text: str, start: int, end: int, org: str, people: list[Mention]) -> bool:
    """The body is named in the role of a person beside it ("Rafael Grossi, Chef der IAEA", "the head
    of NATO, Mark Rutte"): it says whom the person works for; the person is the participant."""
    rx = name_rx(org, not org.isupper())
    for mention in people:
        role = mention.person.role or ""
        if not rx.search(role):
            continue
        between = text[end:mention.start] if end <= mention.start else text[mention.end:start]
        if len(between) <= 60 and not re.search(r"[;:.]|\b(?:und|and|mit|with|sowie|traf|met)\b", between):
            return True
    return False


def _unnamed_office(after: str) -> bool:
    """"the UN Secretary-General", "a G20 ambassador", "the United Nations Special Representative for the
    country told": an English body's name before the noun of one of its offices (up to two words before
    it) names whose office it is; the unnamed holder acts, the body takes no part (a named holder is
    ``person_follows``'s; German writes „UN-Generalsekretär“, one word)."""
    words = re.match(r"(?:['’]s)?((?:\s+[A-Za-z][\w-]*){1,3})", after)
    return words is not None and any(is_role_noun(w, "en") for w in words.group(1).split())


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
        resolved = pronoun_person(doc, pronoun.group(0), sentence_index)
        roles = [resolve_person(doc, text[s:e], sentence_index) for s, e, _n in role_mentions(doc, text)]
        found = [p for p in found if p is not resolved or p in roles]
    owners: list[Person | None] = []
    acting: list[Person | None] = []
    for start, end, _noun in role_mentions(doc, text):
        person = resolve_person(doc, text[start:end], sentence_index)
        # (a German role mention starts at its article: "Sprecher des Kanzlers" is matched as "des Kanzlers")
        lead = re.match(r"(?i)(?:des|der|dem|den|die|das|the)\s+", text[start:end])
        only_whose = _RELATIONAL.search(text[:start + (lead.end() if lead else 0)]) or _owns_a_thing(
            text, end, doc.language)
        (owners if only_whose else acting).append(person)
    # "ein Sprecher des Kanzlers", "an adviser to the prime minister", "the prime minister's office
    # said": the role noun only says whose aide or office acts; the person it means takes no part
    return [p for p in found if p not in owners or p in acting]


def _owns_a_thing(text: str, end: int, language: str) -> bool:
    """An English role noun in the genitive before a noun that is no event: "the minister's office"
    (not "the minister's visit", whose owner travels)."""
    if language != "en":
        return False
    owned = re.match(r"['’]s\s+([\w-]+)", text[end:end + 40])
    if owned is None:
        return False
    from lagebild.extract.eventdraft import event_words
    return not any(owned.group(1).lower().endswith(w) for w in event_words(language))


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
    # (an ordinal or number before the owned noun: „zu Falkenbergs 85. Geburtstag“, "Lee's 2nd visit")
    following = _owned_phrase([w for w in re.findall(r"[\wÄÖÜäöüß-]+", rest[:80]) if not w.isdigit()])
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
