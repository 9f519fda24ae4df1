"""Drafts of one article merged into events: one event per date and kind, a statement on a meeting's day
part of the meeting, drafts of one month compared only when one sentence or one event noun ties them.
Used by the dated events stage (``events``) and the per-sentence drafts (``sentenceevents``).
"""

from __future__ import annotations

import bisect

from lagebild.extract.eventdraft import STRONG, Draft, same_word

_TALKS = ("meeting", "talks")  # kinds one meeting is told as ("the talks", "the session")


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One event per date and kind; a statement on a meeting's day is part of the meeting."""
    merged: list[Draft] = []
    by_date: dict[str | None, list[Draft]] = {}  # only drafts of one date can merge: linear, not quadratic
    # Drafts of one month merge only when told in one sentence or named by one event noun (_two_in_a_month):
    # where they are, by sentence and by noun kind, so that many events of a month are not each compared
    # with all the others (an article of many paragraphs "im März").
    in_month = _MonthIndex()
    for draft in drafts:
        candidates = by_date.get(draft.date, [])
        pool = in_month.pool(draft, merged) if draft.date and len(draft.date) == 7 else candidates
        same = next((m for m in pool if draft.date and (
            m.kind == draft.kind or "statement" in (m.kind, draft.kind)) and _same_people(m, draft)
            and not _two_in_a_month(m, draft) and not _said_beside_a_happening(m, draft)
            and not _later_with_others(m, draft)), None)
        if same is None and draft.date is None:
            same = next((m for m in candidates if m.kind == draft.kind and m.summary == draft.summary), None)
        if same is None and draft.date and not draft.participants and draft.kind_source == STRONG \
                and draft.kind in _TALKS:
            # "talks next week in Ottawa" … "will not attend next week's session": a meeting noun of the
            # same date that brings nobody of its own is the talks told before, not a second event
            same = next((m for m in candidates if m.kind in _TALKS and m.kind_source == STRONG
                         and m.sentence < draft.sentence), None)
        if same is None and draft.travel and draft.date and len(draft.date) == 10 and draft.participants:
            # "X ist am Freitag mit Y zusammengetroffen. X absolviert am Freitag seine erste Reise …": a trip
            # told after a meeting of that day among the same people is the trip to that meeting
            same = next((m for m in candidates if m.kind in ("meeting", "talks") and m.sentence < draft.sentence
                         and set(draft.participants) <= set(m.participants)), None)
        if same is None:
            if draft.date and len(draft.date) == 7:
                in_month.add(draft, len(merged))
            merged.append(draft)
            by_date.setdefault(draft.date, []).append(draft)
            continue
        if same.kind == "statement" and draft.kind != "statement":
            in_month.rekind(same, draft.kind, draft.kind_source)
            same.kind, same.kind_source = draft.kind, draft.kind_source
        same.add(draft.participants)
        same.speakers += [p for p in draft.speakers if p not in same.speakers]
        same.place = same.place or draft.place
        same.until = same.until or draft.until
        same.guessed = same.guessed and draft.guessed
    return merged


class _MonthIndex:
    """Where the month-dated drafts of a merge are (their places in its list), by date and sentence and,
    for those named by an event noun, by date and kind: the only ones _two_in_a_month lets merge."""

    def __init__(self) -> None:
        self.by_sentence: dict[tuple[str, int], list[int]] = {}
        self.by_kind: dict[tuple[str, str], list[int]] = {}
        self.place: dict[int, int] = {}  # id(draft) -> its place in the merged list

    def add(self, draft: Draft, place: int) -> None:
        assert draft.date is not None
        self.place[id(draft)] = place
        self.by_sentence.setdefault((draft.date, draft.sentence), []).append(place)
        if draft.kind_source == STRONG:
            self.by_kind.setdefault((draft.date, draft.kind), []).append(place)

    def rekind(self, draft: Draft, kind: str, kind_source: str) -> None:
        """A statement merged into something else takes its kind (see merge_drafts)."""
        place = self.place.get(id(draft))
        if place is None or draft.date is None:
            return
        if draft.kind_source == STRONG:
            self.by_kind[(draft.date, draft.kind)].remove(place)
        if kind_source == STRONG:
            bisect.insort(self.by_kind.setdefault((draft.date, kind), []), place)

    def pool(self, draft: Draft, merged: list[Draft]) -> list[Draft]:
        """The month's drafts that draft may merge with, in the order they were first told."""
        assert draft.date is not None
        places = set(self.by_sentence.get((draft.date, draft.sentence), ()))
        if draft.kind_source == STRONG:
            places.update(self.by_kind.get((draft.date, draft.kind), ()))
        return [merged[place] for place in sorted(places)]


def _said_beside_a_happening(a: Draft, b: Draft) -> bool:
    """„Die Herausforderer gestanden am Samstag ihre Niederlage ein“ … „«Ich danke …», sagte Lai am
    Samstag“: a statement is part of a meeting, talks, a call or a visit of its day (§7.3), not of a
    happening of another sort (a concession, a vote, a strike) told in another sentence — two events."""
    if a.sentence == b.sentence or {a.kind, b.kind} != {"statement", "other"}:
        return False
    other = a if a.kind == "other" else b
    return not other.travel


def _later_with_others(a: Draft, b: Draft) -> bool:
    """„… begrüßte seinen Gast am Vormittag“ … „Am Nachmittag traf der Gast mit dem Kanzler zusammen“,
    "arrived in Kyiv on Dec. 29" … "On the same day, he and the prime minister signed …": an event told
    later that day in a sentence of its own, with someone the first did not have, is a second occurrence
    (§7.5); a remark or announcement later that day still belongs to the day's event (§7.3)."""
    if a.sentence == b.sentence:
        return False
    later, first = (b, a) if b.sentence > a.sentence else (a, b)
    if not later.later_in_day or later.kind in ("statement", "announcement"):
        return False
    return any(n not in first.participants and not (len(n) == 2 and n.isupper()) for n in later.participants)


def _two_in_a_month(a: Draft, b: Draft) -> bool:
    """'kommende Woche … treffen' and 'Ein Beschluss soll Ende März fallen': two things in one month
    told in different sentences, neither named by an event noun of the same kind, stay two."""
    if not a.date or len(a.date) != 7 or a.sentence == b.sentence:
        return False
    return not (a.kind_source == STRONG and b.kind_source == STRONG and a.kind == b.kind)


def _same_people(a: Draft, b: Draft) -> bool:
    """Two mentions of one day are one event unless each names its own, different people
    (a summit in Tokyo and a spokesperson's statement in Beijing on the same Monday)."""
    if a.speakers and b.speakers and not set(a.speakers) & set(b.speakers):
        return False
    for said, other in ((a, b), (b, a)):
        if said.said_apart and not set(said.speakers) & set(other.participants + other.speakers):
            return False  # a saying apart joins only an event its speaker took part in
    if a.kind == b.kind == "statement" and a.sentence != b.sentence and a.participants and b.participants \
            and not set(a.participants) & set(b.participants):
        return False  # "X said on Tuesday …", "the Chamber of Commerce said on Tuesday …": two speakers, two statements
    # "Die indische und die indonesische Delegation trafen sich am Dienstag" and "Frankreich empfing am
    # Dienstag eine Delegation aus Marokko": two meetings told by their verbs, each between its own parties.
    # (An event noun may tell the first again with other names: „für das Treffen am 3. Jänner“.)
    return (a.sentence == b.sentence or "statement" in (a.kind, b.kind)
            or bool(a.word and b.word and same_word(a.word, b.word)) or not a.participants
            or not b.participants or bool(set(a.participants) & set(b.participants)))
