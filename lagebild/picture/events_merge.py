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
Pure functions; the caller passes in how names resolve to actors.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from lagebild.briefing.model import Briefing, Event
from lagebild.picture.identity import identity_key, plain_key

MergedStatus = str  # "past", "planned" or "unconfirmed" (planned, date passed, no report since)
MERGED_STATUSES = ("planned", "past", "unconfirmed")

# Kinds that may name one occurrence: talks are often a meeting in another outlet's words.
_KIND_GROUP = {"meeting": "meet", "talks": "meet", "other": "meet", "call": "call", "speech": "speech",
               "statement": "statement", "announcement": "announcement"}
_SAME_DAY, _NEAR = 2, 3  # evidence needed: same day; month-only or neighbouring days
_STOPWORDS = frozenset("""der die das den dem des ein eine einer eines und oder mit von vom zum zur für über
nach bei aus auf im in am an als auch the a an and or of with for to on at in by from about after over""".split())

ReportKey = tuple[str, str]  # (briefing slug, event id)
# (token, name to show) for a participant as one briefing writes it; None when it names nobody known.
Resolve = Callable[[str, Briefing], tuple[str, str] | None]


def reported_on(briefing: Briefing) -> str:
    """The date a briefing's article speaks from: published, else its reference date."""
    if briefing.published:
        return briefing.published
    return briefing.reference_date.date if briefing.reference_date else ""


@dataclass(frozen=True)
class Report:
    """One briefing's account of an event."""

    briefing: Briefing
    event: Event

    @property
    def source(self) -> str:
        """Who reports it: the outlet, else the briefing's title."""
        return self.briefing.source.outlet or self.briefing.title or self.briefing.slug

    @property
    def key(self) -> ReportKey:
        return (self.briefing.slug, self.event.id)


@dataclass(frozen=True)
class Disagreement:
    """Sources that give one field differently: ((sources, value), ...) in report order."""

    field: str  # "date" or "place"
    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Participant:
    token: str  # the actor's token, or "name:<key>" for a name no actor page knows
    name: str


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


@dataclass
class _Cluster:
    reports: list[Report] = field(default_factory=list)
    slugs: set[str] = field(default_factory=set)
    keys: set[ReportKey] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    kind_group: str = ""


@dataclass(frozen=True)
class EventPicture:
    events: tuple[MergedEvent, ...]
    by_report: dict[tuple[str, str], MergedEvent]

    def of(self, briefing: Briefing, event: Event) -> MergedEvent | None:
        return self.by_report.get((briefing.slug, event.id))


def _words(summary: str) -> set[str]:
    return {w for w in re.findall(r"\w{4,}", summary.casefold()) if w not in _STOPWORDS}


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _neighbours(value: str) -> list[str]:
    day = _day(value)
    return [] if day is None else [(day + timedelta(days=d)).isoformat() for d in (-1, 1)]


def _evidence(cluster: _Cluster, tokens: set[str], place: str | None, words: set[str]) -> int:
    shared = len(tokens & cluster.tokens)
    score = 0
    if shared and (shared >= 2 or tokens <= cluster.tokens or cluster.tokens <= tokens):
        score += 2  # one list of participants holds the other, or two actors in common
    elif shared:
        score += 1
    if place and place in cluster.places:
        score += 1
    common = len(words & cluster.words)
    if common >= 2 or (common and common * 3 >= min(len(words), len(cluster.words))):
        score += 1
    return score


def merge_events(briefings: Iterable[Briefing], resolve: Resolve, today: str, language: str = "de",
                 same: Iterable[frozenset[ReportKey]] = (), apart: Iterable[frozenset[ReportKey]] = ()) -> EventPicture:
    """Every visible event of the briefings, merged across briefings into one event per occurrence.

    Editors' groups decide over the evidence: reports in one ``apart`` group never share an event,
    reports in one ``same`` group always do (``content/events.yml``).
    """
    kept_from: dict[ReportKey, set[ReportKey]] = defaultdict(set)
    for kept in apart:
        for key in kept:
            kept_from[key] |= kept - {key}
    reports = sorted((Report(b, e) for b in briefings for e in b.events if e.is_visible),
                     key=lambda r: (reported_on(r.briefing), r.briefing.slug, r.event.id))
    clusters: list[_Cluster] = []
    # (date block, kind group, feature) -> clusters.  Date blocks: a day 'YYYY-MM-DD', 'M:YYYY-MM' for
    # month-only reports, 'D:YYYY-MM' for day reports of that month.  Features: 't:' a participant,
    # 'p:' a place, 'w:' a summary word.  Without a shared feature two reports cannot reach the evidence
    # needed, so only clusters found here are ever compared.
    index: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    participants: dict[tuple[str, str], list[Participant]] = {}
    for report in reports:
        event = report.event
        people = []
        for name in event.participants:
            resolved = resolve(name, report.briefing)
            people.append(Participant(*resolved) if resolved else Participant("name:" + plain_key(name), name))
        participants[report.key] = people
        tokens = {p.token for p in people}
        place = identity_key(event.place) if event.place else None
        words = _words(event.summary)
        group = _KIND_GROUP.get(event.kind, event.kind)
        features = {"t:" + t for t in tokens} | {"w:" + w for w in words} | ({"p:" + place} if place else set())
        chosen: int | None = None
        if event.date:
            chosen = _best(event.date, clusters, index, report, tokens, place, words, group, features,
                           kept_from.get(report.key, set()))
        if chosen is None:
            clusters.append(_Cluster(kind_group=group))
            chosen = len(clusters) - 1
        cluster = clusters[chosen]
        cluster.reports.append(report)
        cluster.slugs.add(report.briefing.slug)
        cluster.keys.add(report.key)
        cluster.tokens |= tokens
        cluster.words |= words
        if place:
            cluster.places.add(place)
        if event.date:
            blocks = [event.date, "D:" + event.date[:7]] if len(event.date) == 10 else ["M:" + event.date[:7]]
            for block in blocks:
                for feature in features:
                    found = index[(block, group, feature)]
                    if not found or found[-1] != chosen:
                        found.append(chosen)
    clusters = _join(clusters, same)
    merged = [_finish(c, participants, today, language) for c in clusters]
    merged.sort(key=lambda m: (m.date or "9999", m.id))
    by_report = {report.key: m for m in merged for report in m.reports}
    return EventPicture(tuple(merged), by_report)


def _best(value: str, clusters: list[_Cluster], index: dict[tuple[str, str, str], list[int]], report: Report,
          tokens: set[str], place: str | None, words: set[str], group: str, features: set[str],
          kept_from: set[ReportKey]) -> int | None:
    """The cluster this report joins, if one is the same occurrence beyond doubt."""
    month = value[:7]
    if len(value) == 10:
        blocks = [(value, _SAME_DAY), *((near, _NEAR) for near in _neighbours(value)), ("M:" + month, _NEAR)]
    else:
        blocks = [("M:" + month, _NEAR), ("D:" + month, _NEAR)]
    needed: dict[int, int] = {}  # cluster -> the least evidence it needs (the closest date block wins)
    for block, evidence in blocks:
        for feature in features:
            for candidate in index.get((block, group, feature), ()):
                if evidence < needed.get(candidate, 99):
                    needed[candidate] = evidence
    best: tuple[int, int] | None = None  # (score, -cluster) of the best so far
    for candidate, evidence in needed.items():
        cluster = clusters[candidate]
        if report.briefing.slug in cluster.slugs or (kept_from and kept_from & cluster.keys):
            continue  # one article's events were told apart by the article itself, or by an editor
        score = _evidence(cluster, tokens, place, words)
        if score >= evidence and (best is None or (score, -candidate) > best):
            best = (score, -candidate)
    return None if best is None else -best[1]


def _join(clusters: list[_Cluster], same: Iterable[frozenset[ReportKey]]) -> list[_Cluster]:
    """Clusters holding reports an editor declared one event become one cluster."""
    owner = {key: index for index, cluster in enumerate(clusters) for key in cluster.keys}
    parent = list(range(len(clusters)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for group in same:
        found = sorted({root(owner[key]) for key in group if key in owner})
        for other in found[1:]:
            parent[other] = found[0]
    if all(parent[i] == i for i in range(len(clusters))):
        return clusters
    joined: dict[int, _Cluster] = {}
    for index, cluster in enumerate(clusters):
        target = joined.setdefault(root(index), _Cluster(kind_group=cluster.kind_group))
        target.reports.extend(cluster.reports)
        target.keys |= cluster.keys
    for cluster in joined.values():
        cluster.reports.sort(key=lambda r: (reported_on(r.briefing), r.briefing.slug, r.event.id))
    return list(joined.values())


def _finish(cluster: _Cluster, participants: dict[tuple[str, str], list[Participant]], today: str,
            language: str) -> MergedEvent:
    reports = cluster.reports
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
    return _finish(_Cluster(reports=list(reports)), {report.key: people for report in reports}, today, language)


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
