"""The corpus of the last build, with new versions of briefings whose edit changed only text.

An editor's most common edit changes a title, a role, an evidence sentence, a quote's wording,
a review state that keeps the fact shown: nothing the cross-briefing model is built from.  Who
is an actor, which names resolve where, which reports make one merged event, which briefings
make a story, in which order briefings come: all that depends only on a briefing's *structure*
(`structure_of`: the briefing with its text fields blanked).  When every changed briefing keeps
its structure, the corpus of the last build is taken over with the new objects put in place of
the old ones (`patched`) instead of being built again — resolution, the greedy event merge and
the stories are not redone.  An edit that also changes events' dates, kinds, statuses or
summaries keeps the names (`names_of`): the corpus is patched the same way, and its merged
events and stories are worked out again from the patched briefings.

What holds a briefing, a fact or a value copied from one is replaced: the corpus's briefing list;
each mention (`Corpus.mentions_made` says which fact made it), event and quote of an actor that
names a changed briefing (such actors are copied, never changed: the old corpus stays whole);
each merged event one of its briefings reports (`refinished`: its summary, sources and
disagreements again); each story.  `corpus_state` lists everything a page can read from a
corpus, so a test (and the plugin's audit mode) can compare a patched corpus with a fresh one.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import replace
from typing import TypeVar

from lagebild.briefing.model import Briefing, Event, Fact, Quote, ReviewState
from lagebild.picture.corpus import Actor, Corpus, Mention, MentionMade
from lagebild.picture.events_merge import EventPicture, MergedEvent, Report, refinished

F = TypeVar("F", Event, Quote)


def _shown(fact: Fact) -> ReviewState:
    return "rejected" if not fact.is_visible else "extracted"  # only whether it is shown counts


def structure_of(briefing: Briefing) -> Briefing:
    """The briefing without what the cross-briefing model never reads: its title (a report's
    source, worked out again), summary, body and sections, figures and sources, how its reference
    date was found, and of each fact
    its evidence, its review state beyond shown or not, a person's role, a quote's text.  Names,
    countries, dates, kinds, places, participants, speakers, ids and the event summaries (which
    decide merges) stay."""
    return replace(
        briefing, title="", summary="", body="", sections=(), figures=(), sources=(),
        reference_date=briefing.reference_date and replace(briefing.reference_date, review="extracted", evidence=""),
        persons=tuple(replace(p, evidence="", review=_shown(p), role=None) for p in briefing.persons),
        organizations=tuple(replace(o, evidence="", review=_shown(o)) for o in briefing.organizations),
        countries=tuple(replace(c, evidence="", review=_shown(c)) for c in briefing.countries),
        places=tuple(replace(p, evidence="", review=_shown(p)) for p in briefing.places),
        events=tuple(replace(e, evidence="", review=_shown(e)) for e in briefing.events),
        quotes=tuple(replace(q, evidence="", review=_shown(q), text="") for q in briefing.quotes))


def names_of(briefing: Briefing) -> Briefing:
    """`structure_of` without what only the event merge reads: each event's date, kind, status and
    summary.  Who is an actor and what each name, event and quote of a briefing belongs to stay."""
    found = structure_of(briefing)
    return replace(found, events=tuple(replace(e, date=None, kind="other", status="past", summary="")
                                       for e in found.events))


def _unique_ids(briefing: Briefing) -> bool:
    return len({e.id for e in briefing.events}) == len(briefing.events) \
        and len({q.id for q in briefing.quotes}) == len(briefing.quotes)


def text_only(old: Briefing, new: Briefing) -> bool:
    """Whether `new` differs from `old` in text only, with ids that name one event and one quote each."""
    return old.slug == new.slug and _unique_ids(new) and structure_of(old) == structure_of(new)


def names_kept(old: Briefing, new: Briefing) -> bool:
    """Whether `new` differs from `old` in text and its events' dates, kinds, statuses and summaries
    only (`names_of`), with ids that name one event and one quote each."""
    return old.slug == new.slug and _unique_ids(new) and names_of(old) == names_of(new)


def events_kept(corpus: Corpus, changed: Mapping[str, Briefing]) -> bool:
    """Whether the changed briefings (of `changed_names_only`) keep their structure for the event
    merge too: then the merged events and stories are patched, else worked out again."""
    old = {b.slug: b for b in corpus.briefings}
    return all(text_only(old[slug], new) for slug, new in changed.items())


def changed_names_only(corpus: Corpus, briefings: list[Briefing]) -> dict[str, Briefing] | None:
    """The briefings (by slug) that are new objects, if the same slugs are there and each new
    one keeps the names of its old version (`names_kept`); else None (the corpus must be built
    again)."""
    old = {b.slug: b for b in corpus.briefings}
    if len(old) != len(briefings) or len(old) != len(corpus.briefings):
        return None
    changed: dict[str, Briefing] = {}
    for briefing in briefings:
        before = old.get(briefing.slug)
        if before is None:
            return None
        if before is not briefing:
            if not names_kept(before, briefing):
                return None
            changed[briefing.slug] = briefing
    return changed


def patched(corpus: Corpus, changed: Mapping[str, Briefing], today: str, events: bool = True) -> Corpus:
    """A new corpus equal to `Corpus(briefings)` for briefings that differ from the corpus's only
    in `changed`, which keep their names (`changed_names_only`), sharing what did not change.
    `events`: they keep their structure for the event merge too (`events_kept`), so the merged
    events and stories are patched; else the new corpus works them out again when asked."""
    new = copy.copy(corpus)
    new.briefings = [changed.get(b.slug, b) for b in corpus.briefings]
    copies: dict[int, Actor] = {}  # id(old actor) -> its copy

    def copy_of(actor: Actor) -> Actor:
        found = copies.get(id(actor))
        if found is None:
            found = copies[id(actor)] = copy.copy(actor)
            found.mentions, found.events, found.quotes = list(actor.mentions), list(actor.events), list(actor.quotes)
            found.spellings, found.event_keys = set(actor.spellings), set(actor.event_keys)
            found._briefings = None
        return found

    new.mentions_made = dict(corpus.mentions_made)
    for slug, briefing in changed.items():
        made = []
        for old in corpus.mentions_made.get(slug, []):
            actor = copy_of(old.actor)
            fact = getattr(briefing, old.list_name)[old.index]
            mention = Mention(briefing, getattr(fact, "role", None), fact.evidence, fact.review)
            actor.mentions[_position(actor.mentions, old.mention)] = mention
            made.append(MentionMade(actor, mention, old.list_name, old.index))
        new.mentions_made[slug] = made
    for actor in list(corpus.actors.values()):
        if any(b.slug in changed for b, _ in actor.events) or any(b.slug in changed for b, _ in actor.quotes):
            mine = copy_of(actor)
            mine.events = [_same(b, e, changed, "events") for b, e in actor.events]
            mine.quotes = [_same(b, q, changed, "quotes") for b, q in actor.quotes]
    _remap_actors(new, corpus, copies)
    picture = corpus._pictures.get(today) if events else None
    new.earlier = {}
    if picture is not None:
        new._pictures = {today: _patched_picture(picture, changed, today, corpus.language)}
        stories = corpus._stories.get(today)
        by_id = {m.id: m for m in new._pictures[today].events}
        new._stories = {} if stories is None else {today: [
            replace(s, briefings=tuple(changed.get(b.slug, b) for b in s.briefings),
                    events=tuple(by_id[m.id] for m in s.events)) for s in stories]}
    else:  # merged again from the first report that changed (`merge_log`)
        new._pictures, new._stories, new.earlier = {}, {}, dict(corpus._pictures)
    return new


def _position(mentions: list[Mention], mention: Mention) -> int:
    for index, found in enumerate(mentions):
        if found is mention:
            return index
    raise LookupError("a mention the corpus made is not in its actor's list")


def _same(briefing: Briefing, fact: F, changed: Mapping[str, Briefing], list_name: str) -> tuple[Briefing, F]:
    """(briefing, event or quote) with the new versions where the briefing changed (by the fact's id)."""
    new = changed.get(briefing.slug)
    if new is None:
        return (briefing, fact)
    by_id: dict[str, F] = {f.id: f for f in getattr(new, list_name)}
    return (new, by_id[fact.id])


def _remap_actors(new: Corpus, old: Corpus, copies: Mapping[int, Actor]) -> None:
    """Every table of the corpus that holds actors, with the copies in place of the originals."""
    if not copies:
        return

    def mapped(actor: Actor) -> Actor:
        return copies.get(id(actor), actor)

    new.actors = {key: mapped(a) for key, a in old.actors.items()}
    new._lookup = {key: mapped(a) for key, a in old._lookup.items()}
    new._local = {slug: {key: mapped(a) for key, a in local.items()} for slug, local in old._local.items()}
    new._tokens = {token: mapped(a) for token, a in old._tokens.items()}
    new.mentions_made = {slug: [made if id(made.actor) not in copies else replace(made, actor=copies[id(made.actor)])
                                for made in all_made] for slug, all_made in new.mentions_made.items()}


def _patched_picture(picture: EventPicture, changed: Mapping[str, Briefing], today: str,
                     language: str) -> EventPicture:
    events: list[MergedEvent] = []
    for merged in picture.events:
        if any(r.briefing.slug in changed for r in merged.reports):
            reports = tuple(Report(*_same(r.briefing, r.event, changed, "events")) for r in merged.reports)
            merged = refinished(merged, reports, today, language)
        events.append(merged)
    # The merge went as before (only text changed): its log goes on to the next build's replay.
    return EventPicture(tuple(events), {report.key: m for m in events for report in m.reports}, picture.log)


def corpus_state(corpus: Corpus, today: str) -> tuple[object, ...]:
    """Everything a page can read from the corpus, with briefings, facts and actors by identity
    where the objects themselves are shown: equal for a patched corpus and a fresh one."""
    def actor(a: Actor) -> tuple[object, ...]:
        return (a.kind, a.slug, a.name, a.country, sorted(a.spellings),
                [(id(m.briefing), m.role, m.evidence, m.review) for m in a.mentions],
                [(id(b), id(e)) for b, e in a.events], sorted(a.event_keys), [(id(b), id(q)) for b, q in a.quotes],
                [id(b) for b in a.briefings])

    picture = corpus.picture(today)
    return (
        [id(b) for b in corpus.briefings],
        [(key, actor(a)) for key, a in corpus.actors.items()],
        [(key, a.token) for key, a in corpus._lookup.items()],
        [(slug, [(key, a.token) for key, a in local.items()]) for slug, local in corpus._local.items()],
        [(token, a.path) for token, a in corpus._tokens.items()],
        sorted((key, sorted(full)) for key, full in corpus._surnames.items()),
        [(slug, [(m.actor.token, id(m.mention.briefing), m.mention.role, m.list_name, m.index) for m in made])
         for slug, made in corpus.mentions_made.items()],
        [(m.id, m.date, m.kind, m.status, m.summary, m.place, m.language, m.participants, m.disagreements,
          [(id(r.briefing), id(r.event)) for r in m.reports]) for m in picture.events],
        [(key, m.id) for key, m in picture.by_report.items()],
        [(s.id, [id(b) for b in s.briefings], [m.id for m in s.events], s.actors, s.countries, s.leads)
         for s in corpus.stories(today)],
        list(corpus.possible_duplicates), corpus.language)


__all__ = ["changed_names_only", "corpus_state", "events_kept", "names_kept", "names_of", "patched", "structure_of",
           "text_only"]
