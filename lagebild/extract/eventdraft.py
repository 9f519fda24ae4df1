"""The pieces events are built from: event words (triggers), the draft of an event, and the
clauses, summary, participants and place of the text that tells it.

Shared by the dated events stage (``events``), undated events (``undated``) and the lead event's
speakers (``eventspeakers``); merging drafts into events is in ``draftmerge``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from lagebild.extract.datefind import inside, lang_data, quote_spans
from lagebild.extract.doc import Doc
from lagebild.extract.eventparts import actors_in, countries_in, places_in
from lagebild.extract.lang import participants
from lagebild.extract.patterns import bounded, compiled

_Day = date  # Draft has a field named 'date'

DATED = ("date", "monthday", "month", "weekday", "relday", "relweek", "relmonth", "named", "thismonth", "span",
         "weekend", "later")
# Kinds that come from a noun are certain; those from a verb or from nothing may be corrected.
STRONG = "noun"


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    kind: str
    source: str  # "noun" or "verb"
    travel: bool = False  # "reist", "will travel": the journey is the event
    definite: bool = False  # "the call" (English): points back rather than naming a new event


@dataclass
class Draft:
    """An event being assembled from one or more mentions."""

    date: str | None
    kind: str
    kind_source: str
    status: str
    summary: str
    evidence: str
    sentence: int
    block: int
    guessed: bool
    participants: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)  # persons named where the event is dated
    approx_day: _Day | None = None  # "zehn Wochen nach der Wahl": about when, to meet its exact date
    place: str | None = None
    told_block: int = -1
    word: str = ""  # the event noun that names it ("EU-Gipfels"), to know it again when told again
    travel: bool = False  # a trip or visit: what "am zweiten Tag" counts from
    status_from_context: bool = False  # an undated line without a verb of its time: status only guessed
    until: str | None = None  # the last day of an event that lasts several days ("from Monday to Wednesday")
    # The sentence outside its clause of reporting, when the date is the report's ("Erwartet werden X und Y,
    # wie die Regierung am Dienstag mitteilte"): what it reports goes on about the event told before.
    reported: str | None = None
    counted_from: bool = False  # dated only as what another event came after ("a day after X"): X
    # a saying dated by a time of day on an occasion of its own („sagte am Abend im Staatsfernsehen“) by a
    # speaker who took no part in the day's event: not a remark made at that event
    said_apart: bool = False
    # dated only by a time of day or "on the same day" after another event of that day („Am Nachmittag traf
    # X mit Y zusammen“): a later occurrence of that day, not the first told again
    later_in_day: bool = False
    # a report of the sentence before that names it only by a pronoun ("Das teilte X am Mittwoch mit"):
    # what follows still goes on about the event reported, not about the reporting
    points_back: bool = False

    def add(self, names: list[str]) -> None:
        for name in names:
            if name not in self.participants:
                self.participants.append(name)


def same_word(a: str, b: str) -> bool:
    """'EU-Gipfel' and 'EU-Gipfels', 'Treffen' and 'Treffens', 'summit' and 'summits': one noun."""
    a, b = a.lower(), b.lower()
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(long) - len(short) <= 2


# A named guest right after a verb of receiving: capitalised words that end the clause or meet a
# preposition ("received President Ana Costa at the Vatican", "welcomed Xi Jinping to Paris").
_GUEST = re.compile(r"\s+(?:(?:the|his|her|their)\s+)?(?P<guest>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w-]*)"
                    r"(?=\s*(?:[,.;]|$)|\s+(?:to|at|in|on|for|and|with|as|during|who|from|after|before)\b)")
# ... not a day, a month or a thing owned ("welcomed Monday's decision", "welcomed EU support").
_GUEST_NOT = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                        r"April|May|June|July|August|September|October|November|December|The|This|That)\b")


def _names_a_guest(text: str, end: int) -> bool:
    guest = _GUEST.match(text, end)
    return guest is not None and not _GUEST_NOT.match(guest.group("guest"))


def find_triggers(text: str, language: str) -> list[Trigger]:
    """Event nouns (also at the end of German compounds) and event verbs, outside quotations."""
    return list(_triggers_in(text, language))


_TRIGGER_WORD = re.compile(r"[\wÄÖÜäöüß-]+")
_WORDS_BEFORE = re.compile(r"[\wäöüß]+")
_WORDS_JUST_BEFORE = re.compile(r"[\w']+")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _process_before(language: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(lang_data(language).PROCESS_WORDS)})\s+$")


# Remembered per text: a sentence's triggers are asked for by about six stages; the triggers are frozen,
# every caller gets a list of its own.  Bounded: a run's memory does not grow.
@lru_cache(maxsize=4096)
def _triggers_in(text: str, language: str) -> tuple[Trigger, ...]:
    data = lang_data(language)
    quotes = quote_spans(text)
    process_before = _process_before(language)
    found: list[Trigger] = []
    for m in _TRIGGER_WORD.finditer(text):
        word = m.group(0)
        lower = word.lower()
        if inside(m.start(), quotes):
            continue
        if process_before.search(text[max(0, m.start() - 30):m.start()].lower()):
            continue  # "laufende Gespräche", "ongoing talks": a process, not one occurrence
        kind = None
        if set(_WORDS_BEFORE.findall(text[max(0, m.start() - 24):m.start()].lower())[-2:]) & \
                data.NEGATING_DETERMINERS and (word[:1].isupper() or lower in data.EVENT_NOUNS):
            continue  # "no meeting was planned", „kein weiteres Treffen“: no event
        if language == "de" and word[:1].isupper():
            last = lower.rsplit("-", 1)[-1]
            if last not in data.NOT_EVENT_NOUNS and not last.endswith(data.NOT_EVENT_SUFFIXES):
                kind = _compound_kind(last, language)
            if kind:
                found.append(Trigger(m.start(), m.end(), kind, "noun"))
                continue
        before = _WORDS_JUST_BEFORE.findall(text[max(0, m.start() - 12):m.start()].lower())
        if language == "en" and lower in data.EVENT_NOUNS and not (word[:1].isupper() and not _segment_start(
                text, m.start())) and not (
                before and before[-1] in data.VERB_MARKERS and lower in data.EVENT_VERBS):  # "to visit": a verb
            definite = bool(_THE_BEFORE.search(text[max(0, m.start() - 5):m.start()]))
            found.append(Trigger(m.start(), m.end(), data.EVENT_NOUNS[lower], "noun", definite=definite))
            continue
        if len(word) > 1 and word.isupper():
            continue  # "RACHEL OSTROWSKI, HOST:": a transcript's label or an acronym, not a verb
        particle = data.PHRASAL_EVENT_VERBS.get(lower)
        if particle is not None and compiled(rf"\s+{particle[0]}\b", re.IGNORECASE).match(text[m.end():]):
            found.append(Trigger(m.start(), m.end(), particle[1], "verb"))  # "was sworn in", "took over"
            continue
        if lower in data.VERBS_WITH and lower not in data.EVENT_VERBS and has_preposition(
                text, m.start(), m.end(), data.VERBS_WITH):
            found.append(Trigger(m.start(), m.end(), "meeting", "verb"))  # "mit Erdogan gesprochen"
            continue
        if lower in data.GUEST_VERBS and _names_a_guest(text, m.end()):
            found.append(Trigger(m.start(), m.end(), "meeting", "verb"))  # "received President Ana Costa"
            continue
        verbs, particle_after = data.ARRIVING_WITH_PARTICLE
        if lower in verbs and word[:1].islower() and compiled(particle_after, re.IGNORECASE).match(text, m.end()):
            found.append(Trigger(m.start(), m.end(), "other", "verb", travel=True))  # „traf … in Wien ein“: arrived
            continue
        if lower in data.EVENT_VERBS and (language == "en" or word[:1].islower() or m.start() == 0):
            # (German verbs are lower-case but at the head of a sentence: „Verhandelt wird seit dem 8. Februar“)
            found.append(Trigger(m.start(), m.end(), data.EVENT_VERBS[lower], "verb",
                                 travel=lower in data.TRAVEL_VERBS))
            continue
        going_on = next((p for p in data.GOING_ON_PREFIXES if lower.startswith(p)), "")
        if going_on and word[:1].islower() and lower[len(going_on):] in data.EVENT_VERBS:
            # „sollen in Istanbul weiterverhandeln“: the verb with a particle of going on is the same event verb
            stem = lower[len(going_on):]
            found.append(Trigger(m.start(), m.end(), data.EVENT_VERBS[stem], "verb", travel=stem in data.TRAVEL_VERBS))
    return tuple(found)


def _segment_start(text: str, start: int) -> bool:
    """The word opens the sentence or the part after a dateline's dash or a colon ("NAIROBI – Talks
    between …", "January 4: The talks collapse"): capitalised there, it is no name."""
    before = text[:start]
    return not before.strip() or (before[-1:].isspace() and before.rstrip()[-1:] in ("–", "—", ":"))


def has_preposition(text: str, start: int, end: int, needs: dict[str, str]) -> bool:
    """A verb that names a meeting only with its preposition has it in its clause."""
    preposition = needs[text[start:end].lower()]
    return _followed_by(text, end, preposition) or preceded_by(text, start, preposition)


def _followed_by(text: str, end: int, preposition: str) -> bool:
    """The preposition a verb needs follows it within its clause ("spoke with", "sprach mit")."""
    rest = re.split(r"[,;:.]", text[end:end + 80])[0]
    return bool(re.search(rf"\b{re.escape(preposition)}\b", rest, re.IGNORECASE))


def preceded_by(text: str, start: int, preposition: str) -> bool:
    """The preposition stands before the verb in its clause ("mit Erdogan gesprochen")."""
    rest = re.split(r"[,;:.]", text[max(0, start - 80):start])[-1]
    return bool(re.search(rf"\b{re.escape(preposition)}\b", rest, re.IGNORECASE))


@lru_cache(maxsize=4)
def _noun_lengths(language: str) -> tuple[int, ...]:
    """The lengths of the event nouns, longest first (at most one noun of each length ends a word)."""
    return tuple(sorted({len(noun) for noun in lang_data(language).EVENT_NOUNS if noun}, reverse=True))


@lru_cache(maxsize=16384)
def _compound_kind(word: str, language: str) -> str | None:
    """'koalitionsausschuss' -> meeting; inflected endings (-s, -es, -n, -en) are allowed.  The longest
    event noun that ends the word (or the word without its ending) decides."""
    nouns: dict[str, str] = lang_data(language).EVENT_NOUNS
    for ending in ("", "s", "es", "n", "en"):
        base = word[: len(word) - len(ending)] if ending and word.endswith(ending) else (word if not ending else "")
        if not base:
            continue
        for length in _noun_lengths(language):
            # (a compound's first part has two letters or more: "Zwahlen" is a name, not „Z-Wahlen“)
            if (length == len(base) or length <= len(base) - 2) and base[-length:] in nouns:
                return nouns[base[-length:]]
        if "" in nouns:
            return nouns[""]
    return None


def split_clauses(text: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in re.finditer(r"[,;:]\s|\s[–—]\s", text)] + [len(text) + 1]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def clause_of(pos: int, clauses: list[tuple[int, int]]) -> tuple[int, int]:
    return next((c for c in clauses if c[0] <= pos < c[1]), (0, 0))


def summary_of(text: str, start: int, end: int) -> str:
    """The sentence, or the clauses around the date and its event word when the sentence is long."""
    text = text.strip()
    if len(text) <= 160:
        return text.rstrip(".")
    clauses = split_clauses(text)
    first = clause_of(start, clauses)[0]
    last = clause_of(max(end - 1, start), clauses)[1]
    if len(text[first:last].split()) < 5 and last < len(text):
        last = clause_of(last, clauses)[1]  # "Launched on 15 April, the war between …": say what was
    piece = text[first:last].strip(" ,;:–—.")
    opener = re.match(r"[\wÄÖÜäöüß]+", piece)
    if first > 0 and opener and opener.group(0).lower() in _RELATIVES and text[:first].rstrip().endswith(","):
        # "which will be signed Saturday" says nothing alone: "the deal, which will be signed Saturday"
        antecedent = " ".join(text[:first].rstrip(" ,").split()[-2:])
        piece = f"{antecedent}, {piece}"
    if len(piece) > 160:
        piece = piece[:157].rsplit(" ", 1)[0] + " …"
    return piece


# Relative pronouns that open a clause whose noun stands before its comma.
_RELATIVES = frozenset({"which", "who", "whom", "whose", "der", "die", "das", "dem", "den", "deren", "dessen",
                        "welche", "welcher", "welches"})


def participants_in(doc: Doc, text: str, sentence_index: int) -> list[str]:
    """Who ``text`` names as acting: not owners, topics, places or names inside another's role;
    not who the text says is absent ("waren jedoch nicht anwesend", "did not attend") and not who
    only reports the event ("nach Angaben der Bundesregierung", "according to the ministry")."""
    return actors_in(doc, masked(text, doc.language), sentence_index, event_words(doc.language))


# Words that open a clause set off between commas: a relative clause or an apposition.
_SET_OFF_OPENERS = frozenset({"who", "whom", "whose", "which", "a", "an", "der", "die", "das", "dem", "den",
                              "deren", "dessen", "welche", "welcher", "welches", "ein", "eine"})


def _set_off(clause: str) -> bool:
    """A relative clause or an apposition ("which had asked to join", "a former minister")."""
    words = re.findall(r"[\wÄÖÜäöüß'’-]+", clause.lower())
    return bool(words) and words[0] in _SET_OFF_OPENERS


def masked(text: str, language: str) -> str:
    """``text`` with the clauses of absent parties, the phrases of sources, of whoever an event
    goes on without ("ohne die USA", "without the US"), of the occasion of a side meeting ("on the
    sidelines of the APEC summit") and of the parties of a deal the sentence only names ("hailed
    the deal between the EU and Mercosur") blanked out (same length)."""
    data = lang_data(language)
    spans: list[tuple[int, int]] = []
    lower = text.lower()
    clauses = split_clauses(text)
    for index, (lo, hi) in enumerate(clauses):
        clause = lower[lo:hi]
        cue = next((m for c in data.ABSENCE_CUES
                    for m in compiled(rf"(?<!\w){re.escape(c)}(?!\w)").finditer(clause)), None)
        # "nahm nicht an dem Treffen teil", "did not go to the summit": words between negation and verb
        cue = cue or next((m for p in getattr(data, "ABSENCE_CUE_PATTERNS", ()) for m in re.finditer(p, clause)), None)
        if cue is None:
            continue
        spans.append((lo, min(hi, len(text))))
        if index > 0 and not re.search(r"\b[A-ZÄÖÜ]", text[lo:lo + cue.start()]):
            # "The Alliance, which had asked to join, did not attend": the absent subject stands
            # before the clauses set off between commas (a relative clause, an apposition)
            back = index - 1
            while back > 0 and _set_off(text[slice(*clauses[back])]):
                back -= 1
            spans.append((clauses[back][0], lo))
    others_act = participants.OTHERS_ACT_AS.get(language)  # "…, wie X es gefordert hatte": X's act, not this
    for pattern in (*data.SOURCE_PATTERNS, *data.ABSENT_PATTERNS, *data.OCCASION_PATTERNS, *data.QUESTION_PATTERNS,
                    *([others_act] if others_act else [])):
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    # "„Österreich ist ein verlässlicher Partner“, sagte Stocker": who is named inside a quotation is
    # what was said, not who took part (the speaker is outside it).
    spans += _spoken(text)
    spans += _attribute_agents(text, language)
    if not any(w in lower for w in data.SIGNING_WORDS):  # who signs a deal is a party to its signing
        for pattern in data.DEAL_PARTY_PATTERNS:
            spans += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    chars = list(text)
    for lo, hi in spans:
        for i in range(lo, hi):
            if not chars[i].isspace():
                chars[i] = "_"
    return "".join(chars)


def event_words(language: str) -> frozenset[str]:
    data = lang_data(language)
    return frozenset(w for w in [*data.EVENT_NOUNS, *data.EXTRA_EVENT_WORDS] if " " not in w)


def place_in(doc: Doc, text: str) -> str | None:
    places = places_in(doc, text)
    if places:
        return places[0]
    locations = countries_in(doc, text)[1]
    return locations[0] if locations else None


def _attribute_agents(text: str, language: str) -> list[tuple[int, int]]:
    """„ein von ihm ausgehandeltes Abkommen“, „die von den USA verhängten Zölle“: the agent of a participle
    inside a noun phrase describes the thing; an event noun keeps it („des von der EU vermittelten Dialogs“)."""
    pattern = participants.ATTRIBUTE_AGENT.get(language)
    if pattern is None:
        return []
    found = list(re.finditer(pattern, text))
    words = event_words(language) if found else frozenset()
    return [(m.start("agent"), m.end("verb")) for m in found
            if not any(form.endswith(w) for w in words for form in _inflected(m.group("noun").lower()))]


def _inflected(noun: str) -> tuple[str, ...]:
    """A noun and its forms without a case ending („Dialogs“, „Treffens“, „Gesprächen“)."""
    return (noun, noun[:-1], noun[:-2]) if len(noun) > 5 else (noun,)


def _spoken(text: str) -> list[tuple[int, int]]:
    """Quotations of what someone said; a short one is a name or term in quotation marks
    („Koalition der Willigen“), which names its actor like any other name."""
    return [(lo, hi) for lo, hi in quote_spans(text) if len(text[lo:hi].split()) >= 5]


def takes_part(text: str, language: str, patterns: bool = False) -> bool:
    """A cue of taking part outside quotations ("«… Gastgeberin zu sein», sagte X" is no such cue);
    with ``patterns`` also the cues of ``lang/participants.PARTICIPATION_PATTERNS`` ("will also attend",
    „nimmt am Gipfel teil“), which tell who joins an event told before, not whether one is told."""
    quotes = _spoken(text)
    lower = "".join(" " if inside(i, quotes) else c for i, c in enumerate(text.lower()))
    return any(bounded(c).search(lower) for c in lang_data(language).PARTICIPATION_CUES) or (
        patterns and any(compiled(p).search(lower) for p in participants.PARTICIPATION_PATTERNS.get(language, ())))


# Auxiliaries of the future ("will meet", "wird treffen"); not "would", which reports what was planned.
_FUTURE = re.compile(r"(?i)\b(?:will|shall|wird|werden|soll|sollen)\b(?:\s+[\wÄÖÜäöüß-]+){0,4}\s*$")


def tells_the_future(text: str, language: str) -> bool:
    """Whether the sentence's first event verb (not a verb of saying) is in the future tense:
    "He will meet X and Y separately, Gill said" tells a later event, not the one before it."""
    verbs = [t for t in find_triggers(text, language) if t.source != STRONG and t.kind != "statement"]
    return bool(verbs) and bool(_FUTURE.search(text[max(0, verbs[0].start - 60):verbs[0].start]))


def verb_stem(word: str) -> str:
    """A verb without its ending: 'unterzeichnen', 'unterzeichnet' -> 'unterzeichn'; 'signs', 'signed' -> 'sign'."""
    word = word.lower()
    return re.sub(r"(?:en|et|te|ten|t|n|ed|es|s|ing)$", "", word) if len(word) > 5 else word
