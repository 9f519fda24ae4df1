"""The greedy event merge, report by report, with what each report did kept so it can be undone.

`picture.events_merge` merges reports in one deterministic order (oldest article first): each
report joins the best earlier cluster or starts one.  What a report does depends only on the
reports before it, so a later build whose reports agree with the last one's up to a position
(`MergeInput`: everything the merge reads of a report) needs the state after that prefix, not
the whole merge again: `MergeLog.replayed` undoes the reports from the first one that differs
(each report's appends to the candidate index are noted; the clusters they joined are worked out
again from their earlier reports) and merges only the rest.  Under `mkdocs serve` an edit touches
the newest briefings, whose reports come last: a new, deleted or renamed briefing replays a few
reports of thousands.

A replay leaves the same clusters, with the same reports in the same order, as a merge of all
reports would (`tests/test_merge_replay.py` compares them after random edits).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache

from lagebild.briefing.model import Briefing, Event

# Kinds that may name one occurrence: talks are often a meeting in another outlet's words.
_KIND_GROUP = {"meeting": "meet", "talks": "meet", "other": "meet", "call": "call", "speech": "speech",
               "statement": "statement", "announcement": "announcement"}
_SAME_DAY, _NEAR = 2, 3  # evidence needed: same day; month-only or neighbouring days
_STOPWORDS = frozenset("""der die das den dem des ein eine einer eines und oder mit von vom zum zur für über
nach bei aus auf im in am an als auch the a an and or of with for to on at in by from about after over""".split())

ReportKey = tuple[str, str]  # (briefing slug, event id)


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
class Participant:
    token: str  # the actor's token, or "name:<key>" for a name no actor page knows
    name: str


@dataclass(frozen=True)
class MergeInput:
    """Everything the greedy merge reads of one report (equal inputs: the report acts the same)."""

    on: str  # the date its article speaks from (the merge's order)
    key: ReportKey
    date: str | None
    people: tuple[Participant, ...]
    place: str | None  # identity key of the place
    words: frozenset[str]  # of the summary
    group: str  # kind group
    report: Report = field(compare=False)

    @cached_property
    def tokens(self) -> frozenset[str]:
        return frozenset(p.token for p in self.people)

    @cached_property
    def features(self) -> frozenset[str]:
        found = {"t:" + t for t in self.tokens} | {"w:" + w for w in self.words}
        return frozenset(found | {"p:" + self.place}) if self.place else frozenset(found)


@lru_cache(maxsize=1 << 14)  # summaries recur (a recurring event, each report of it)
def summary_words(summary: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w{4,}", summary.casefold()) if w not in _STOPWORDS)


def kind_group(kind: str) -> str:
    return _KIND_GROUP.get(kind, kind)


@dataclass
class _Cluster:
    kind_group: str
    first: int  # the position of the report that started it
    positions: list[int] = field(default_factory=list)
    slugs: set[str] = field(default_factory=set)
    keys: set[ReportKey] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)

    def take(self, report: MergeInput, position: int) -> None:
        self.positions.append(position)
        self.slugs.add(report.key[0])
        self.keys.add(report.key)
        self.tokens |= report.tokens
        self.words |= report.words
        if report.place:
            self.places.add(report.place)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _neighbours(value: str) -> list[str]:
    day = _day(value)
    return [] if day is None else [(day + timedelta(days=d)).isoformat() for d in (-1, 1)]


def _evidence(cluster: _Cluster, tokens: frozenset[str], place: str | None, words: frozenset[str]) -> int:
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


class MergeLog:
    """The greedy merge's clusters and candidate index, with each report's part in them."""

    def __init__(self, today: str, language: str, same: tuple[frozenset[ReportKey], ...],
                 apart: tuple[frozenset[ReportKey], ...]) -> None:
        self.terms = (today, language, same, apart)  # what a replay must share with the merge it continues
        self.kept_from: dict[ReportKey, set[ReportKey]] = defaultdict(set)
        for kept in apart:
            for key in kept:
                self.kept_from[key] |= kept - {key}
        self.inputs: list[MergeInput] = []
        self.chosen: list[int] = []  # per report: the cluster it joined
        self.appended: list[list[list[int]]] = []  # per report: the index lists it appended its cluster to
        self.clusters: list[_Cluster] = []
        # (date block, kind group, feature) -> clusters.  Date blocks: a day 'YYYY-MM-DD', 'M:YYYY-MM' for
        # month-only reports, 'D:YYYY-MM' for day reports of that month.  Features: 't:' a participant,
        # 'p:' a place, 'w:' a summary word.  Without a shared feature two reports cannot reach the evidence
        # needed, so only clusters found here are ever compared.
        self.index: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        self.spent = False  # replayed into another log (which shares its lists): never used again
        self.replayed_from = 0  # the first report merged again by the replay that made this log (tests)
        self.differs: set[ReportKey] = set()  # reports whose inputs that replay found changed or new

    def add(self, report: MergeInput) -> None:
        position = len(self.inputs)
        chosen = self._best(report) if report.date else None
        if chosen is None:
            self.clusters.append(_Cluster(report.group, position))
            chosen = len(self.clusters) - 1
        self.clusters[chosen].take(report, position)
        appended: list[list[int]] = []
        if report.date:
            value = report.date
            blocks = [value, "D:" + value[:7]] if len(value) == 10 else ["M:" + value[:7]]
            for block in blocks:
                for feature in report.features:
                    found = self.index[(block, report.group, feature)]
                    if not found or found[-1] != chosen:
                        found.append(chosen)
                        appended.append(found)
        self.inputs.append(report)
        self.chosen.append(chosen)
        self.appended.append(appended)

    def _best(self, report: MergeInput) -> int | None:
        """The cluster this report joins, if one is the same occurrence beyond doubt."""
        value = report.date or ""
        month = value[:7]
        if len(value) == 10:
            blocks = [(value, _SAME_DAY), *((near, _NEAR) for near in _neighbours(value)), ("M:" + month, _NEAR)]
        else:
            blocks = [("M:" + month, _NEAR), ("D:" + month, _NEAR)]
        needed: dict[int, int] = {}  # cluster -> the least evidence it needs (the closest date block wins)
        index, group = self.index, report.group
        for block, evidence in blocks:
            for feature in report.features:
                for candidate in index.get((block, group, feature), ()):
                    if evidence < needed.get(candidate, 99):
                        needed[candidate] = evidence
        kept_from = self.kept_from.get(report.key)
        best: tuple[int, int] | None = None  # (score, -cluster) of the best so far
        for candidate, evidence in needed.items():
            cluster = self.clusters[candidate]
            if report.key[0] in cluster.slugs or (kept_from and kept_from & cluster.keys):
                continue  # one article's events were told apart by the article itself, or by an editor
            score = _evidence(cluster, report.tokens, report.place, report.words)
            if score >= evidence and (best is None or (score, -candidate) > best):
                best = (score, -candidate)
        return None if best is None else -best[1]

    def rewind(self, position: int) -> None:
        """The state before the report at `position`: every later report undone."""
        touched = set(self.chosen[position:])
        for at in range(len(self.inputs) - 1, position - 1, -1):
            for found in self.appended[at]:  # appended in order: its entries are the lists' last ones
                found.pop()
        del self.inputs[position:], self.chosen[position:], self.appended[position:]
        while self.clusters and self.clusters[-1].first >= position:
            self.clusters.pop()
        for number in touched:
            if number < len(self.clusters):
                old = self.clusters[number]
                cluster = self.clusters[number] = _Cluster(old.kind_group, old.first)
                for at in old.positions:
                    if at < position:
                        cluster.take(self.inputs[at], at)

    def replayed(self, inputs: list[MergeInput]) -> MergeLog:
        """A log of a merge of `inputs`, continued from this one's state where its inputs agree
        (this log is spent: the new one owns its lists)."""
        self.spent = True
        log = MergeLog.__new__(MergeLog)
        log.__dict__.update(self.__dict__)
        log.spent = False
        kept = 0
        for old, new in zip(self.inputs, inputs):
            if old is not new and old != new:
                break
            kept += 1
        before = {found.key: found for found in self.inputs[kept:]}
        log.differs = {found.key for found in inputs[kept:]
                       if (earlier := before.get(found.key)) is not found and earlier != found}
        log.rewind(kept)
        log.inputs[:kept] = inputs[:kept]  # the same as far as the merge reads, maybe newer objects
        for report in inputs[kept:]:
            log.add(report)
        log.replayed_from = kept
        return log

    def groups(self) -> list[list[Report]]:
        """Each cluster's reports, in merge order."""
        return [[self.inputs[at].report for at in cluster.positions] for cluster in self.clusters]


def merge_inputs(reports: Iterable[Report], people_of: dict[ReportKey, tuple[Participant, ...]],
                 place_key: dict[str, str], made: Iterable[MergeInput] = ()) -> list[MergeInput]:
    """The inputs of the reports, with `made` (inputs worked out before), in the merge's order
    (oldest article first)."""
    found = [MergeInput(reported_on(r.briefing), r.key, r.event.date, people_of[r.key],
                        place_key[r.event.place] if r.event.place else None, summary_words(r.event.summary),
                        kind_group(r.event.kind), r) for r in reports]
    found += made
    found.sort(key=lambda i: (i.on, i.key))
    return found


__all__ = ["MergeInput", "MergeLog", "Participant", "Report", "ReportKey", "kind_group", "merge_inputs",
           "reported_on", "summary_words"]
