"""An undated sentence that goes on about an event told before: it adds names to that event.

"Anwesend waren …", "des Treffens", "the meeting", "zugeschaltet": a sentence that points back to an
event, or continues the dated event of its paragraph, gives that event its participants.  A
sentence that only talks about an event ("said the summit had failed") or objects to it adds no
one.  Used by the events stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lagebild.extract.clausecues import without_told_event
from lagebild.extract.datefind import inside, lang_data, quote_spans
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventdraft import (
    STRONG,
    Draft,
    event_words,
    find_triggers,
    masked,
    participants_in,
    same_word,
    takes_part,
    tells_the_future,
)
from lagebild.extract.eventparts import acting_groups, first_person, persons_in
from lagebild.extract.lang import participants
from lagebild.extract.mentions import name_mentions
from lagebild.extract.patterns import bounded
from lagebild.extract.tense import irregular_past, weak_past


def anaphor_kind(text: str, language: str) -> str | None:
    lower = text.lower()
    for phrase, kind in lang_data(language).ANAPHORA.items():
        if bounded(phrase).search(lower):
            return kind or "any"
    return None


def comments_on(text: str, language: str) -> bool:
    """The event is named only inside what someone says about it ("said the summit had failed"), as
    what they judge ("begrüßte die Gespräche", "welcomed the talks") or want of it ("the US wants a
    statement to cap the summit"), not as where they spoke
    ("told reporters after the talks")."""
    data = lang_data(language)
    if re.search(data.AT_EVENT, text, re.IGNORECASE) or takes_part(text, language):
        return False
    lower = text.lower()
    first = min((m.start() for phrase in data.ANAPHORA
                 if (m := re.search(rf"\b{re.escape(phrase)}\b", lower))), default=-1)
    words = re.findall(r"[\wäöüß]+", lower[:max(first, 0)])
    wanting = participants.WANTING_VERBS.get(language, frozenset())  # "the US wants … to cap the summit"
    commenting = participants.COMMENTING_VERBS.get(language, frozenset())  # "questioned the timing of the visit"
    return first >= 0 and bool(set(words) & (data.SPEECH_PAST | data.JUDGING_VERBS | wanting | commenting))


def _placed_by_the_event(text: str, language: str) -> bool:
    """The sentence places what it tells some time before or after the event it points back to
    ("hours before the meeting", „kurz nach dem Treffen“): another act, not a part of the event (a
    speaker there is still tied by ``eventspeakers``)."""
    pattern = participants.OTHER_EVENT_TIME.get(language)
    anaphora = lang_data(language).ANAPHORA
    for m in re.finditer(pattern, text) if pattern else ():
        phrase = m.group(0).lower()
        if any(re.search(rf"\b(?:after|before|nach|vor)\s+{re.escape(a)}\b", phrase) for a in anaphora):
            return True
    return False


def _done_for_the_event(text: str, language: str) -> bool:
    """The event is named only as what money or means are given for ("set aside Sh450 million for the
    talks", „stellt für die Ausrichtung der Gespräche 2,4 Millionen Franken zur Verfügung“): whoever
    pays or prepares is not placed at it (not a host: „ist Gastgeber für die Gespräche“)."""
    before = participants.FOR_THE_EVENT.get(language)
    means = participants.MEANS_FOR.get(language)
    if before is None or means is None or takes_part(text, language, patterns=True):
        return False
    lower = text.lower()
    found = [m for phrase in lang_data(language).ANAPHORA for m in bounded(phrase).finditer(lower)]
    # (the money or means in the phrase or right before it: "set aside Sh450 million for the talks", „für
    # die Ausrichtung der Gespräche“; not „stellt für die Gespräche Räumlichkeiten bereit und hat 3,5
    # Millionen für Korridore zugesagt“: who gives the rooms hosts)
    phrases = [re.search(before, lower[:m.start()]) for m in found]
    return bool(found) and all(p is not None and re.search(means, lower[max(0, p.start() - 25):found[i].end()])
                               for i, p in enumerate(phrases))


def _told_apart(candidates: Iterable[Draft]) -> bool:
    """Whether events of one kind were told in two months ("im Februar" and "vom 10. bis 12. Mai"; not
    "im Mai" and "am 10. Mai", nor "began on Thursday" and "ended on Saturday": one event told in parts)."""
    return len({event.date[:7] for event in candidates if event.date}) >= 2


def _not_a_call(text: str, language: str) -> bool:
    """A sentence that names a meeting or talks by their noun ("The 26th meeting … will be led by X")
    or someone joining by video tells no phone call: whom it names is no party to one told before."""
    if joins_by_video(text, language):
        return True
    return any(t.source == STRONG and t.kind in ("meeting", "talks") for t in find_triggers(text, language))


def joins_by_video(text: str, language: str) -> bool:
    """„per Video zugeschaltet“, "joined by video": someone joins a meeting from afar (never a phone call)."""
    remote = participants.REMOTE_JOINING.get(language)
    return remote is not None and re.search(remote, text) is not None


def _objects(text: str, language: str) -> bool:
    """A sentence that opens with a contrast and reports speech: someone objecting from outside."""
    data = lang_data(language)
    words = re.findall(r"[\wäöüß]+", text.lower())
    return bool(words) and words[0] in data.CONTRAST_OPENERS and bool(set(words) & data.SPEECH_PAST)


def _at_the_event(doc: Doc, text: str, sentence_index: int, event: Draft) -> bool:
    """A sentence that goes on about an event without a cue of taking part ties its people to it
    only when it places them there: speaking at or after it ("sagte … nach der Sitzung", "told
    reporters after the talks") or one of its participants meeting someone in it ("Dort traf er X",
    "he also met X").  Someone else's act ("Erdogan spoke with Al Thani by phone", "Pope Leo called
    for peace") and a call beside a meeting are events of their own."""
    language = doc.language
    if re.search(lang_data(language).AT_EVENT, text, re.IGNORECASE):
        return True
    discussing = participants.DISCUSSING.get(language)
    if event.kind in _TALKING and discussing and re.search(discussing, text) and not _another_time(
            text, language, event):
        return True  # "The two leaders met on Monday. X and Y discussed trade": what they did there
    verbs = [t for t in find_triggers(text, language) if t.kind in ("meeting", "talks", "call") and t.source != STRONG]
    if not verbs or not any((t.kind == "call") == (event.kind == "call") for t in verbs):
        return False
    if _another_time(text, language, event):
        return False  # "Lula later met business leaders", "Starmer later spoke with X": a meeting of its own
    subject = first_person(doc, text[:verbs[0].start] if _subject_before(text, verbs[0].start) else text,
                           sentence_index)
    return subject is None or subject.name in event.participants


_TALKING = frozenset({"meeting", "talks", "call"})
# An announcement or statement: its only party is who told it, named in its own sentence (CONVENTIONS §7).
_TELLING = frozenset({"statement", "announcement"})


def _another_time(text: str, language: str, event: Draft) -> bool:
    """A meeting told as before the event, or after it when the event is no trip (a trip goes on
    through its stops: „Anschließend traf er X“ on a state visit)."""
    data = participants.EARLIER if event.travel else participants.EARLIER_OR_LATER
    pattern = data.get(language) or data["en"]
    return re.search(pattern, text) is not None


def _tells_an_act_of_its_own(text: str, language: str, event: Draft) -> bool:
    """"Russian forces launched a drone attack overnight" after a visit: the group does something
    else, so it is no party to the visit ("Vermittler aus Katar hatten versucht, …" names no other act)."""
    same = _TALKING if event.kind in _TALKING else frozenset()  # (an attack after a visit: both "other")
    return any(t.kind not in same and t.kind not in ("statement", "announcement")
               for t in find_triggers(text, language))


def _quotes_a_remark(text: str, language: str) -> bool:
    """A quotation with its verb of saying outside it („„Damals hat man uns allein gelassen“, sagt ein
    spanischer Diplomat“), whose speaker is not placed at the event: a remark on it, and the states it
    names (the speaker's, the quotation's) are no parties."""
    spans = [(lo, hi) for lo, hi in quote_spans(text) if len(text[lo:hi].split()) >= 3]
    if not spans:
        return False
    outside = "".join(" " if inside(i, spans) else c for i, c in enumerate(text.lower()))
    return bool(set(re.findall(r"[\wäöüß]+", outside)) & lang_data(language).REPORTED_CUES)


def _subject_before(text: str, start: int) -> bool:
    """Whether a person is named or taken up before the verb ("Erdogan spoke", "Dort traf er")."""
    return bool(re.search(r"[A-ZÄÖÜ]\w+|\b(?:er|sie|he|she)\b", text[:start]))


def attach(doc: Doc, sentence: Sentence, last: Draft | None, main: Draft | None, events: list[Draft]) -> None:
    """An undated sentence adds its names to the event it continues or points back to; not whom it
    names as the other side of another event it tells about ("sprach über sein Treffen mit X")."""
    text = without_told_event(sentence.text, doc.language, event_words(doc.language))
    if not takes_part(text, doc.language) and takes_part(text, doc.language, patterns=True) and \
            _attends_another_thing(text, doc.language):
        return  # "Y will attend the funeral", „Y nimmt an der Trauerfeier teil“: another occasion
    if _an_earlier_act(text, doc.language):
        return  # „Österreich hatte die Gespräche seit dem Frühjahr vermittelt“: before the event, no part of it
    going_on = last if last is not None and last.told_block == sentence.block else main
    if going_on is not None and len(going_on.participants) >= 2 and _reports_what_was_told(text, doc.language):
        return  # „Das teilte das Außenministerium am Abend mit“: who reports an event whose sides are told is no side
    target: Draft | None = None
    # (a cue of taking part only in the clause of who stays away is none: "…, while Vietnam declined to take
    # part" tells no one joining the event)
    # (nor one only inside what someone said: „X bedauerte die Absage und betonte, Österreich stehe als
    # Gastgeber zur Verfügung“ tells no one taking part)
    cue_text = masked(without_what_was_said(text, doc.language), doc.language)
    anaphor = anaphor_kind(text, doc.language)
    if anaphor and comments_on(text, doc.language):
        return  # "The Liberal Democrats said the summit had not gone far enough": talk about it
    if anaphor and _placed_by_the_event(text, doc.language):
        return  # "North Korea fired a missile hours before the meeting": an act of its own, timed by it
    if anaphor and _done_for_the_event(text, doc.language):
        return  # "The government set aside Sh450 million for the talks": who pays for it is not there
    if anaphor:
        earlier = [e for e in reversed(events) if e.sentence < sentence.index]
        target = next((e for e in earlier if anaphor == "any" or e.kind == anaphor), None)
        if target is not None and anaphor != "any" and not (target is last and last.told_block == sentence.block) \
                and _told_apart(e for e in earlier if e.kind == anaphor):
            return  # "the talks" after talks told on two dates, none in this paragraph: which ones is not clear
        if target is None and main is not None and main.kind_source != STRONG and anaphor != "any":
            target = main
            target.kind, target.kind_source = anaphor, STRONG  # "des Telefonats": now we know
        if target is None:  # "das Treffen" for talks just told: the same event in other words
            target = last if last is not None and last.told_block == sentence.block else main
    elif last is not None and last.date and last.told_block == sentence.block and last.sentence < sentence.index:
        # Only a dated event is told on in its paragraph; an undated one takes names by reference.
        target = last
        if last.status == "past" and tells_the_future(text, doc.language):
            return  # "He will meet X separately": a later event of its own, not the one told
        if _objects(text, doc.language):
            return  # "But the First Minister said the deal sold them out": a critic, not a party
        if not takes_part(cue_text, doc.language, patterns=True):
            # A sentence that only goes on about the event: its people, not every country it names;
            # and only people it places there ("Goïta verschleppt seitdem die Wahlen" does not).
            there = _at_the_event(doc, text, sentence.index, target)
            if there:
                people = {p.name for p in doc.persons}
                target.add([n for n in participants_in(doc, text, sentence.index) if n in people])
            if not _tells_an_act_of_its_own(text, doc.language, target) and (
                    there or not _quotes_a_remark(text, doc.language)):
                # (not who stayed away, nor the states a speaker talks of: „X sagte, Polen stehe zur Ukraine“)
                target.add(acting_groups(doc, masked(without_what_was_said(text, doc.language), doc.language)))
            return
    elif takes_part(cue_text, doc.language, patterns=True):
        going_on = last if last is not None and last.told_block == sentence.block else None
        fixed = takes_part(text, doc.language)  # (a fixed cue: "anwesend", "zugeschaltet")
        target = _named_event(text, doc.language, events) or going_on
        if target is None and fixed:
            target = main or last
        future = participants.FUTURE_TAKING_PART.get(doc.language)
        if target is None and future and re.search(future, text):
            # "Die EU und die USA sollen als Beobachter teilnehmen": the event still to come told last
            target = next((e for e in reversed(events) if e.status == "planned" and e.sentence < sentence.index), None)
    if target is None:
        return
    if target.kind == "call" and _not_a_call(text, doc.language):
        return  # "The meeting will be led by X", „per Video zugeschaltet“ after a call: not the call
    present = participants.PRESENT_TAKING_PART.get(doc.language)
    if target.status == "past" and present and re.search(present, text):
        return  # „Die OSZE nimmt als Beobachterin teil“ after a visit told as done: a later event, not it
    if target.kind in _TELLING:
        return  # "X teilte am Montag mit, …" then who meets: the announced event's parties, not the teller's
    if target.status == "planned" and _told_as_to_come(target, doc.language) and told_as_done(text, doc.language):
        return  # "…, sagte X nach dem Treffen", "Support came from Y": done already, not at an event to come
    if target.status == "past" and _future_in_own_words(text, doc.language):
        return  # „Auch Kanzler X wird die Delegationen empfangen“ after an act told as done: a later event
    told = {n for e in events if e is not target and e.sentence < sentence.index for n in e.participants}
    told -= set(target.participants)
    target.add(participants_in(doc, _without_instructed(_without_told_side(doc, without_what_was_said(
        _without_circumstance(text, doc.language), doc.language), sentence.index, told), doc.language),
        sentence.index))


def _without_told_side(doc: Doc, text: str, sentence_index: int, told: set[str]) -> str:
    """``text`` with the other side of an event it points back to blanked („sagte Stocker nach dem Treffen mit
    von der Leyen“) when that side is a party of another event told before (``told``, not the one attached
    to): the sentence goes on about that meeting."""
    side = _named_other_side(text, doc.language)
    if not set(participants_in(doc, side, sentence_index)) & told:
        return text
    return "".join("_" if c != " " else t for c, t in zip(side, text))


def _without_instructed(text: str, language: str) -> str:
    """"In a communiqué, the summit directed the Secretariat to set up a fund", „forderte die EU auf, …“: whom
    a later sentence tells to do something afterwards is blanked (same length); not at the event."""
    pattern = participants.INSTRUCTED.get(language)
    for m in re.finditer(pattern, text) if pattern else ():
        text = text[:m.start("obj")] + re.sub(r"\S", "_", m.group("obj")) + text[m.end("obj"):]
    return text


def _future_in_own_words(text: str, language: str) -> bool:
    """The sentence (outside what someone says in it) tells something still to come: „Auch Kanzler X wird die
    Delegationen am Eröffnungstag empfangen“, "Y is expected to attend"."""
    pattern = participants.FUTURE_AUXILIARY.get(language)
    return tells_the_future(text, language) or bool(
        pattern and re.search(pattern, without_what_was_said(text, language)))


def _named_other_side(text: str, language: str) -> str:
    """Only the names the sentence gives as the other side of an event it points back to („sagte Stocker nach
    dem Treffen mit von der Leyen“, "after the meeting with X"), the rest blanked (same length): when X is a
    party of another event told before, the sentence goes on about that meeting, and the event it is
    attached to (a meeting with Y told since) does not get X."""
    pattern = participants.EVENT_WITH_NAMED.get(language)
    kept = [" "] * len(text)
    words = event_words(language)
    for m in re.finditer(pattern, text) if pattern else ():
        if not any(m.group("noun").lower().endswith(w) for w in words):
            continue
        # (the names right after "mit"/"with", up to the last capitalized word of the next six: „mit von der
        # Leyen“, "with President X"; not the clause's own verb and object after them)
        names = list(re.finditer(r"\S+", m.group("side")))[:6]
        last = max((i for i, w in enumerate(names) if w.group(0)[:1].isupper()), default=-1)
        if last >= 0:
            end = m.start("side") + names[last].end()
            kept[m.start("side"):end] = text[m.start("side"):end]
    return "".join(kept)


def _without_circumstance(text: str, language: str) -> str:
    """A later sentence with its clause of circumstance blanked, a date in it too ("The mission … comes as
    growers are still reeling from Beijing's decision in October to slap tariffs on U.S. soybeans"): what
    goes on around the event it goes on about is no part of it (an undated sentence tells no event of its
    own in that clause; ``without_contrast_clause`` keeps a dated one, which may be a dated sentence's event)."""
    pattern = participants.CIRCUMSTANCE_CLAUSE.get(language)
    if pattern is None:
        return text
    # (an abbreviation's points do not end the clause: "U.S.", "E.U.")
    pattern = pattern.replace("[^.;]*", r"(?:[^.;]|(?<=\b[A-Z])\.)*")
    return re.sub(pattern, lambda m: re.sub(r"\S", "_", m.group(0)), text)


def _an_earlier_act(text: str, language: str) -> bool:
    """A sentence in the pluperfect with a time of its own before the event („hatte sich im Herbst als
    Gastgeber angeboten“, "had offered to host the talks months earlier"): an earlier act of its own."""
    tense, time = participants.PLUPERFECT.get(language), participants.EARLIER_TIME_OF_ITS_OWN.get(language)
    standing = participants.STANDING_FOR.get(language)  # („Er verlangt seit Monaten …“: a state, any tense)
    return bool(tense and time and re.search(tense, text) and re.search(time, text)) or bool(
        standing and re.search(standing, text))


def reports_on(doc: Doc, sentence: Sentence, text: str, event: Draft) -> None:
    """What a sentence dated by its report clause reports, when it tells who takes part („Erwartet werden
    Vertreter von acht Staaten, darunter Polen und Dänemark, wie die Regierung am Dienstag mitteilte“),
    adds them to the event told before it in the paragraph."""
    if takes_part(text, doc.language, patterns=True):
        event.add(participants_in(doc, without_what_was_said(text, doc.language), sentence.index))


def _told_as_to_come(event: Draft, language: str) -> bool:
    """Whether the event's own sentence tells it as still to come ("will meet", „soll … stattfinden“)."""
    pattern = participants.FUTURE_TOLD.get(language)
    return pattern is not None and re.search(pattern, event.evidence) is not None


def _reports_what_was_told(text: str, language: str) -> bool:
    """A sentence that only reports the one before it, naming it by a pronoun („Das teilte das
    Außenministerium am Abend mit“, "That was said by the ministry"), from outside the event: not
    who reports from it („Das teilte X nach mehrstündigen Beratungen mit“) nor who it says took part."""
    words = re.findall(r"[\wäöüß]+", text.lower())
    if len(words) < 3 or words[0] not in participants.REPORT_OPENERS.get(language, frozenset()):
        return False
    verb = words[2] if words[1] in _AUXILIARIES else words[1]  # (the pronoun, then the verb: „Das teilte“)
    return verb in lang_data(language).REPORTED_CUES and not takes_part(text, language, patterns=True) and \
        not re.search(lang_data(language).AT_EVENT, text, re.IGNORECASE)


_AUXILIARIES = frozenset({"was", "is", "has", "had", "wurde", "wird", "hat", "hatte"})


def told_as_done(text: str, language: str) -> bool:
    """A sentence that tells what was said or done already ("sagte X nach dem Treffen", "Support came
    from Y") and no cue of taking part: whom it names was not at an event still to come."""
    if takes_part(text, language, patterns=True) or tells_the_future(text, language):
        return False
    words = re.findall(r"[\wäöüß]+", text)
    return any(w.lower() in lang_data(language).SPEECH_PAST or irregular_past(w, language) or (
        weak_past(w, language) and not w.startswith("ge")) for w in words)


def _attends_another_thing(text: str, language: str) -> bool:
    """Whether a cue of taking part names as attended something other than an event ("will attend the
    funeral", „nimmt an der Trauerfeier teil“), an occasion of its own."""
    pattern = participants.ATTENDED.get(language)
    found = re.search(pattern, text) if pattern else None
    if found is None:
        return False
    words = found.group("phrase").lower().split()
    return not any(word.endswith(w) for word in words for w in event_words(language))


def _named_event(text: str, language: str, events: list[Draft]) -> Draft | None:
    """The latest event told by the noun this sentence names ("Y will also attend the signing" after a
    meeting told since): whom it names joins that event, not the one told last."""
    nouns = [text[t.start:t.end] for t in find_triggers(text, language) if t.source == STRONG]
    for event in reversed(events):
        if event.word and any(same_word(event.word, noun) for noun in nouns):
            return event
    return None


def without_what_was_said(text: str, language: str) -> str:
    """"Ushakov, who joined Lavrov, said a summit between Trump and Putin could happen soon": whom
    the reported content names is what was said, not who took part; the clause after the verb of
    saying is blanked (a closing "…, Lavrov said." keeps its speaker)."""
    verbs = lang_data(language).SPEECH_PAST
    for m in re.finditer(r"[\wäöüß]+", text):
        if m.group(0).lower() not in verbs:
            continue
        rest = text[m.end():]
        if language == "de":
            comma = re.search(r",\s", rest)  # "sagte X, Europa wolle …": the content follows the comma
            start = m.end() + comma.end() if comma else len(text)
        else:
            start = m.end()
        if len(re.findall(r"\w+", text[start:])) < 3:
            return text  # the verb closes the sentence: nothing reported after it
        return text[:start] + re.sub(r"\S", "_", text[start:])
    return text


def visitors(doc: Doc, previous: Draft, span: str) -> list[str]:
    """Who of the event just told goes on to "am Nachmittag …": all of them, unless this sentence
    names its own counterpart ("ein Gespräch mit Präsident X"); then only the protagonist, the
    person of the earlier event the article names most (not whoever received them before)."""
    own = persons_in(doc, span)
    people = [p for p in doc.persons if p.name in previous.participants and p not in own]
    if not own or not people:
        return previous.participants
    counts = {p.name: len([m for m in name_mentions(doc, doc.text) if m.person is p]) for p in people}
    most = max(counts.values())
    return [name for name, count in counts.items() if count == most]
