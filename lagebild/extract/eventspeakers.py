"""Who spoke after the article's lead event and took part in it (used by the events stage)."""

from __future__ import annotations

import re
from collections.abc import Callable

from lagebild.briefing.model import Person
from lagebild.extract.countries import countries_in as country_spans
from lagebild.extract.datefind import find_dates, lang_data
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventattach import comments_on, joins_by_video, without_what_was_said
from lagebild.extract.eventdraft import Draft, find_triggers, participants_in, takes_part, tells_the_future
from lagebild.extract.eventparts import countries_in, organizations_in, persons_in, places_in, referred_persons
from lagebild.extract.eventtelling import told_an_outlet
from lagebild.extract.lang import de, en, participants
from lagebild.extract.tense import irregular_past, weak_past


def add_speakers(doc: Doc, main: Draft, own_statement: Callable[[Doc, Sentence], bool]) -> None:
    """Who spoke (past tense) after the lead event was told took part in it when the text ties them
    to it: they speak at or after it ("sagte … nach der Sitzung", "told the council"), their office
    is one of the group that met ("NATO defence ministers" - "Defence Minister"), their role or party
    names a body that took part ("CSU-Chef", "NATO Secretary General"), or they hold the same office
    as someone already tied ("Russia's ambassador" beside "Britain's ambassador").  Critics,
    analysts, whoever only says what the event was ("said the meeting showed …") and people quoted
    on a day of their own are left out."""
    if main.kind in ("statement", "announcement"):
        return  # who else speaks later took no part in telling it: its one party is its teller
    data = lang_data(doc.language)
    group = _group_roles(doc, main)
    bodies = [n for n in main.participants if any(o.name == n for o in doc.organizations)]
    # Sharing an office ties a speaker only to a gathering of many (a council's ambassadors, a summit's
    # leaders): after two presidents met, a third country's president speaking is no party to it.
    gathering = len(main.participants) >= 3 or bool(group)
    peers = {_role_key(p.role) for p in doc.persons if p.name in main.participants and p.role} if gathering else set()
    candidates: list[tuple[Person, bool, bool]] = []
    topics = _topic_countries(doc, main.evidence)
    away: set[str] = set()
    for sentence in doc.sentences[main.sentence + 1:]:
        if tells_another_meeting(doc, sentence, main):
            break  # "X met Y last week. X said after the meeting …": what follows is about that meeting
        if main.kind == "call" and joins_by_video(sentence.text, doc.language):
            # „X, der per Video zugeschaltet war, rief … auf“: at a meeting, not on the call (nor in the
            # next sentence: „…, sagte er.“)
            away |= {p.name for p in persons_in(doc, sentence.text)}
            continue
        words = set(re.findall(r"[\wäöüß]+", sentence.text.lower()))
        if not words & data.SPEECH_PAST:
            continue
        # (a cue of taking part only in what the speaker says is none: „X bedauerte die Absage und betonte,
        # Österreich stehe als Gastgeber zur Verfügung“)
        at_event = spoken_at_event(doc, sentence.text) or takes_part(
            without_what_was_said(sentence.text, doc.language), doc.language)
        if own_statement(doc, sentence) and not at_event:
            continue  # "told reporters on Wednesday": a statement of its own
        # "X said the meeting showed …": judges the event from outside, so sharing an office with
        # those who met ties nobody (one of their own side or body still joins)
        commenting = not at_event and comments_on(sentence.text, doc.language)
        if main.status == "past" and tells_the_future(sentence.text, doc.language):
            continue  # "He will meet X and Y, his office said": a later event, not the one told
        acting = set(participants_in(doc, without_what_was_said(sentence.text, doc.language), sentence.index))
        elsewhere = placed_elsewhere(doc, without_what_was_said(sentence.text, doc.language), main)
        for person in persons_in(doc, sentence.text) + referred_persons(doc, sentence.text, sentence.index):
            if person.name not in acting or person.name in main.participants:
                continue  # an analyst, or a name inside another's role
            if person.name in away and not at_event:
                continue
            if not at_event and (elsewhere or (person.country and person.country in topics)):
                continue  # „In Washington sagte US-Außenminister X“, Iran's minister on "sanctions on Iran"
            near = sentence.block <= main.block + 1 and person.country in main.participants
            negotiator = main.kind in ("talks", "meeting") and _negotiator(person, doc.language)
            tied = at_event or near or _in_group(person, group) or _of_body(doc, person, bodies) or negotiator
            if negotiator:
                main.add(_negotiators_side(doc, sentence.text))
            candidates.append((person, tied, commenting))
    changed = True
    while changed:
        changed = False
        for person, tied, commenting in candidates:
            if person.name in main.participants:
                continue
            if tied or (not commenting and person.role and _role_key(person.role) in peers):
                main.add([person.name])
                if person.role:
                    peers.add(_role_key(person.role))
                changed = True


def spoken_at_event(doc: Doc, text: str) -> bool:
    """The sentence places its speaker at or right after the event ("told reporters after the talks"); an
    interview given to an outlet the article cites ("Speaking to the Daily News after the summit, X said")
    is given apart, also when the event times it."""
    return _spoken_at_event(text, doc.language) and not told_an_outlet(doc, text)


def _spoken_at_event(text: str, language: str) -> bool:
    """"told reporters after the talks", „sagte … nach der Sitzung“: a speaker at or right after the event;
    not "In a statement released after the session, X said" (a written statement, timed by the event)."""
    written = participants.WRITTEN_BEFORE_EVENT_TIME.get(language)
    return any(written is None or not re.search(written, text[max(0, m.start() - 60):m.start()])
               for m in re.finditer(lang_data(language).AT_EVENT, text, re.IGNORECASE))


def placed_elsewhere(doc: Doc, text: str, main: Draft) -> bool:
    """„In Washington sagte X …“ after a meeting in Brussels: the sentence (outside what is said)
    places its speaker at another place than the event's, so sharing an office with those who met
    ties nobody."""
    where = places_in(doc, text)
    _actors, lands = countries_in(doc, text)
    named = [p for p in (*where, *lands) if p != main.place]
    return bool(named) and main.place is not None and not any(
        main.place in p or p in main.place for p in (*where, *lands))


def _topic_countries(doc: Doc, text: str) -> set[str]:
    """Countries the lead event's sentence names as its topic or target ("Sanktionen gegen Iran",
    "talks on Ukraine"): that country's officials speaking afterwards did not sit at the table."""
    topic = re.compile((de if doc.language == "de" else en).TOPIC_BEFORE)
    return {code for start, _end, code in country_spans(text, doc.language)
            if topic.search(text[max(0, start - 30):start])}


def tells_another_meeting(doc: Doc, sentence: Sentence, main: Draft) -> bool:
    """A later sentence that tells a dated meeting, call or talks of someone not in the lead event
    ("Rubio met Wang Yi last week", „Wadephul telefonierte am Montagabend mit …“): speakers after it
    ("said after the meeting", „dabei sagte er“) speak of that event, not of the lead event."""
    if not find_dates(sentence.text, doc.language) or tells_the_future(sentence.text, doc.language):
        return False  # ("Berlin would host a meeting in May": announced, nothing told yet)
    text = sentence.text
    verbs = [t for t in find_triggers(text, doc.language) if t.source == "verb" and t.kind in (
        "meeting", "talks", "call") and _past(text[t.start:t.end], doc.language)
        and not _DEMAND_AFTER.match(text[t.end:])]
    if not verbs:
        return False
    people = [p.name for p in persons_in(doc, sentence.text)]
    return bool(people) and any(name not in main.participants for name in people)


# "called on Iran to", "called for calm": a demand, not a call between two sides.
_DEMAND_AFTER = re.compile(r"\s+(?:on|upon|for)\b")


def _past(verb: str, language: str) -> bool:
    """'met', 'held', 'telefonierte', 'traf': told as having happened ("meets on 2 March" is not)."""
    word = verb.split()[0]
    return irregular_past(word, language) or weak_past(word, language) or word in \
        participants.SAME_AS_PARTICIPLE.get(language, frozenset())


def _negotiator(person: Person, language: str) -> bool:
    """'The Houthis' chief negotiator': someone whose office is to sit at the table."""
    role = (person.role or "").lower()
    return any(r in role for r in lang_data(language).NEGOTIATOR_ROLES)


def _negotiators_side(doc: Doc, text: str) -> list[str]:
    """"The rebels' chief negotiator", "Unterhändler der Hamas": the body or country he speaks for."""
    roles = "|".join(re.escape(r) for r in lang_data(doc.language).NEGOTIATOR_ROLES)
    sides: list[str] = []
    for name in organizations_in(doc, text):
        owner = rf"{re.escape(name)}(?:['’]s?|s)?\s+(?:\w+\s+)?(?:{roles})"
        owned = rf"(?:{roles})\w*\s+(?:der|des|von|of|the|\s)*{re.escape(name)}"
        if re.search(owner, text, re.IGNORECASE) or re.search(owned, text, re.IGNORECASE):
            sides.append(name)
    return sides


def _role_key(role: str | None) -> str:
    """The office a role names: 'Bundesverteidigungsminister' -> 'verteidigungsminister',
    'ambassador to the UN' -> 'ambassador', 'EU-Kommissionspräsidentin' -> 'kommissionspräsidentin'."""
    text = (role or "").split(",")[0].lower().replace("ß", "ss")
    text = re.split(r"\s+(?:to|of|at|for|von|des|der|im|in)\s+", text)[0].strip()
    text = text.rsplit("-", 1)[-1]
    return re.sub(r"^bundes", "", text)


def _group_roles(doc: Doc, main: Draft) -> list[str]:
    """Offices of the group the lead event brought together ('defence ministers', 'Aussenminister',
    'Staats- und Regierungschefs'), from its sentence and the sentences before it in its paragraph."""
    data = lang_data(doc.language)
    texts = [s.text for s in doc.sentences[: main.sentence + 1] if s.block == main.block]
    found: list[str] = []
    for text in texts:
        lower = text.lower().replace("ß", "ss")
        for m in re.finditer(r"(?:\b[a-z]+\s+)?\b([\wäöü]*minister|[\wäöü]*ministers)\b", lower):
            key = m.group(0).strip()
            key = key[:-1] if key.endswith("ministers") else key
            words = key.split()
            found.append(" ".join(words[-2:]) if words[0] not in data.GROUP_FILLERS else words[-1])
        for group, offices in data.HEAD_GROUPS.items():
            if group in lower:
                found += list(offices)
    return found


def _in_group(person: Person, group: list[str]) -> bool:
    key = _role_key(person.role)
    male = re.sub(r"(?<=[a-zäöü]{4})in$", "", key)  # „Außenministerin“ is one of „die Außenminister“
    return bool(key) and any(k == g or k.endswith(g) for g in group for k in (key, male))


def _of_body(doc: Doc, person: Person, bodies: list[str]) -> bool:
    """'CSU-Chef', 'NATO Secretary General', 'Merz (CDU)': the person speaks for a body that took part."""
    role = person.role or ""
    surname = person.name.split()[-1]
    for body in bodies:
        if re.search(rf"(?<![\w-]){re.escape(body)}(?![\w])", role):
            return True
        if re.search(rf"{re.escape(surname)}\w*\s*\({re.escape(body)}\)", doc.text):
            return True
    return False


