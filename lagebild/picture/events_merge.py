"""One event per occurrence: reports of the same meeting from different briefings become one merged event.

Two reports are the same occurrence when their dates are compatible (the same
day; a day and the month-only date that contains it; with stronger evidence,
neighbouring days, which is how a misdated copy or a time-zone difference
looks) and enough else agrees: their participants (one list contains the
other, or two actors shared), their place, words of their summaries.  Their
kinds must fit (a call is no meeting).  A report is only ever compared with
the merged events of its own and neighbouring dates, never with all others,
so merging stays linear in the number of events.  Within a date the
candidates are looked up by what they share (a participant, the place, a
summary word): without a shared feature the evidence cannot be reached.

The merged event takes the most precise date, from the most recent source
when precise dates differ; its status is decided against the build date:
planned while its date lies ahead, past once a report says it took place,
and past-unconfirmed (``unconfirmed``) when a planned date has passed without
a report.  Where sources disagree on date or place, the merged event says so,
source by source.

Undated events are never merged: without a date no evidence is strong enough.
Pure functions; the caller passes in how names resolve to actors.  The greedy pass itself, and how
a later build continues it from the first report that changed, is `picture.merge_log`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from lagebild.briefing.model import Briefing, Event
from lagebild.picture.identity import identity_key, plain_key
from lagebild.picture.merge_log import (
    MergeInput,
    MergeLog,
    Participant,
    Report,
    ReportKey,
    merge_inputs,
    reported_on,
)

MergedStatus = str  # "past", "planned" or "unconfirmed" (planned, date passed, no report since)
MERGED_STATUSES = ("planned", "past", "unconfirmed")

# (token, name to show) for a participant as one briefing writes it; None when it names nobody known.
Resolve = Callable[[str, Briefing], tuple[str, str] | None]


@dataclass(frozen=True)
class Disagreement:
    """Sources that give one field differently: ((sources, value), ...) in report order."""

    field: str  # "date" or "place"
    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class MergedEvent:
    id: str  # stable while its first report stays: new reports joining later keep the id
    date: str | None
    kind: str
    status: MergedStatus
    summary: str
    place: str | None
    participants: tuple[Participant, ...]
    reports: tuple[Report, ...]  # oldest report first
    disagreements: tuple[Disagreement, ...] = ()
    language: str = "de"  # the language of the summary shown

    @property
    def briefings(self) -> list[Briefing]:
        seen: dict[str, Briefing] = {}
        for report in self.reports:
            seen.setdefault(report.briefing.slug, report.briefing)
        return list(seen.values())

    @cached_property  # asked for each row that shows the event (its footnote); the reports never change
    def latest(self) -> Report:
        return max(self.reports, key=lambda r: (reported_on(r.briefing), r.briefing.slug))

    @property
    def is_guess(self) -> bool:
        """Every report inferred the event (e.g. its date) rather than stating it."""
        return all(r.event.review == "guessed" for r in self.reports)


@dataclass(frozen=True)
class EventPicture:
    events: tuple[MergedEvent, ...]
    by_report: dict[tuple[str, str], MergedEvent]
    # How the greedy merge went, for a later build's replay (`merge_log`); never compared.
    log: MergeLog | None = field(default=None, compare=False, repr=False)
    # actor path -> (the actor object, its merged events): `Corpus.events_of`, once per actor and picture.
    events_of_actor: dict[str, tuple[Any, tuple[MergedEvent, ...]]] = field(
        default_factory=dict, compare=False, repr=False)

    def of(self, briefing: Briefing, event: Event) -> MergedEvent | None:
        return self.by_report.get((briefing.slug, event.id))


def merge_events(briefings: Iterable[Briefing], resolve: Resolve, today: str, language: str = "de",
                 same: Iterable[frozenset[ReportKey]] = (), apart: Iterable[frozenset[ReportKey]] = (),
                 earlier: EventPicture | None = None) -> EventPicture:
    """Every visible event of the briefings, merged across briefings into one event per occurrence.

    Editors' groups decide over the evidence: reports in one ``apart`` group never share an event,
    reports in one ``same`` group always do (``content/events.yml``).  ``earlier``: the picture of
    the last build, whose merge is continued from the first report that differs (`merge_log`; the
    result is the same as merging all again).
    """
    same, apart = tuple(same), tuple(apart)
    log = earlier.log if earlier is not None else None
    replay = earlier is not None and log is not None and not log.spent and log.terms == (today, language, same, apart)
    # A replay's report whose briefing and event are the very objects of the last merge, and whose
    # participants resolve as they did, is the very `MergeInput` of the last merge (its other fields
    # are the briefing's and event's): not made again, and `MergeLog.replayed` compares it by identity.
    before = {found.key: found for found in log.inputs} if replay and log is not None else {}
    reports: list[Report] = []
    people_of: dict[ReportKey, tuple[Participant, ...]] = {}
    places: dict[str, str] = {}
    reused: list[MergeInput] = []
    for briefing in briefings:
        for event in briefing.events:
            if not event.is_visible:
                continue
            key = (briefing.slug, event.id)
            resolved_people = []
            for name in event.participants:
                resolved = resolve(name, briefing)
                resolved_people.append(Participant(*resolved) if resolved else
                                       Participant("name:" + plain_key(name), name))
            people = tuple(resolved_people)
            found = before.get(key)
            if found is not None and found.report.briefing is briefing and found.report.event is event \
                    and found.people == people:
                reused.append(found)
                continue
            reports.append(Report(briefing, event))
            people_of[key] = people
            if (place := event.place) and place not in places:
                places[place] = identity_key(place)
    inputs = merge_inputs(reports, people_of, places, reused)
    kept: dict[ReportKey, MergedEvent] = {}
    if replay and earlier is not None and log is not None:
        log = log.replayed(inputs)
        kept = earlier.by_report
    else:
        log = MergeLog(today, language, same, apart)
        for found in inputs:
            log.add(found)
    participants = {found.key: found.people for found in inputs}
    merged = [_kept(kept.get(reports[0].key), reports, log.differs) or _finish(reports, participants, today, language)
              for reports in _join(log.groups(), same)]
    merged.sort(key=lambda m: (m.date or "9999", m.id))
    by_report = {report.key: m for m in merged for report in m.reports}
    return EventPicture(tuple(merged), by_report, log)


def _kept(merged: MergedEvent | None, reports: list[Report], differs: set[ReportKey]) -> MergedEvent | None:
    """The last build's merged event, if it has the very same reports, none of whose inputs changed:
    it is what `_finish` would make again (the same build date and language: `MergeLog.terms`)."""
    if merged is None or len(merged.reports) != len(reports):
        return None
    for old, new in zip(merged.reports, reports):
        if old.briefing is not new.briefing or old.event is not new.event or (differs and new.key in differs):
            return None
    return merged


def _join(groups: list[list[Report]], same: Iterable[frozenset[ReportKey]]) -> list[list[Report]]:
    """Clusters (their reports) holding reports an editor declared one event become one cluster."""
    owner = {report.key: index for index, reports in enumerate(groups) for report in reports}
    parent = list(range(len(groups)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for group in same:
        found = sorted({root(owner[key]) for key in group if key in owner})
        for other in found[1:]:
            parent[other] = found[0]
    if all(parent[i] == i for i in range(len(groups))):
        return groups
    joined: dict[int, list[Report]] = {}
    for index, reports in enumerate(groups):
        joined.setdefault(root(index), []).extend(reports)
    for reports in joined.values():
        reports.sort(key=lambda r: (reported_on(r.briefing), r.briefing.slug, r.event.id))
    return list(joined.values())


def _finish(reports: list[Report], participants: Mapping[ReportKey, Sequence[Participant]], today: str,
            language: str) -> MergedEvent:
    newest_first = sorted(reports, key=lambda r: (reported_on(r.briefing), r.briefing.slug), reverse=True)
    dated = [r for r in newest_first if r.event.date]
    precise = [r for r in dated if len(r.event.date or "") == 10]
    best_date = (precise or dated)[0].event.date if dated else None
    kinds = Counter(r.event.kind for r in reports)
    kind = max(kinds, key=lambda k: (kinds[k], k == newest_first[0].event.kind, k))
    in_language = [r for r in newest_first if r.briefing.language == language and r.event.summary]
    told = (in_language or [r for r in newest_first if r.event.summary] or newest_first)[0]
    placed = [r for r in newest_first if r.event.place]
    place = placed[0].event.place if placed else None
    people: dict[str, Participant] = {}
    for report in reports:
        for person in participants[report.key]:
            people.setdefault(person.token, person)
    anchor = reports[0]
    digest = hashlib.sha1(f"{anchor.briefing.slug}|{anchor.event.id}".encode(), usedforsecurity=False).hexdigest()
    return MergedEvent(
        id=f"ev-{digest[:10]}", date=best_date, kind=kind,
        status=status_on(best_date, [r.event.status for r in reports], today),
        summary=told.event.summary, language=told.briefing.language, place=place,
        participants=tuple(people.values()), reports=tuple(reports),
        disagreements=_disagreements(reports))


def refinished(merged: MergedEvent, reports: tuple[Report, ...], today: str, language: str) -> MergedEvent:
    """The merged event again from new versions of its reports, when only their text changed
    (`picture.corpus_patch`): the same occurrence, reports in the same order, the same
    participants; its summary, sources and disagreements are worked out again."""
    people = list(merged.participants)  # the first report brings them all, in their order
    return _finish(list(reports), {report.key: people for report in reports}, today, language)


def status_on(value: str | None, reported: list[str], today: str) -> MergedStatus:
    """The status as of the build date: planned while ahead, past when reported so, else unconfirmed.

    A month-only date counts as ahead for its whole month.  A report of "past" for a date after
    the build date is ignored: as of that date it has not happened.
    """
    said_past = "past" in reported
    if not value:
        return "past" if said_past else "planned"
    now = today if len(value) == 10 else today[:7]
    if value > now:
        return "planned"
    if said_past:
        return "past"
    return "planned" if value == now else "unconfirmed"


def _disagreements(reports: list[Report]) -> tuple[Disagreement, ...]:
    found = []
    days = {r.event.date for r in reports if r.event.date and len(r.event.date) == 10}
    if len(days) > 1:
        found.append(Disagreement("date", _by_source((r.source, r.event.date or "") for r in reports
                                                     if r.event.date and len(r.event.date) == 10)))
    places = {r.event.place for r in reports if r.event.place}
    if len(places) > 1:
        found.append(Disagreement("place", _by_source((r.source, r.event.place or "") for r in reports
                                                      if r.event.place)))
    return tuple(found)


def _by_source(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """(sources, value) per value, in report order: ('APA, Reuters', '2026-01-06'), ('dpa', '2026-01-05')."""
    sources: dict[str, list[str]] = {}
    for source, value in pairs:
        named = sources.setdefault(value, [])
        if source not in named:
            named.append(source)
    return tuple((", ".join(named), value) for value, named in sources.items())
