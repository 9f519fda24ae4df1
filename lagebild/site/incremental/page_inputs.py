"""What each derived page shows, digested per page: a page's fingerprint changes when what it
shows changes, and not when an edit elsewhere in the corpus leaves it the same.

A briefing is shown in two ways.  A list row (briefing lists, an actor's briefings and roles, the
start page's latest, a story's briefings) shows its title, date and outlet (`listed`).  Anything
more (a quote, an event's footnote, a page of its own) counts its whole file with its `updated`
day and how its names resolve (`own`).  A merged event counts as `merged_signature` (its fields,
participants' and place's links, timeline page, the files of every report).  The layouts (which
page holds what, the pagers) are worked out with the same functions that cut the pages, so every
page carries its neighbours' paths and labels.

Pages this module does not know (any page added later) are not listed here: the planner renders
them whenever anything at all changed.  What is kept of these inputs from one build to the next
is `input_cache`'s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from operator import is_
from pathlib import Path
from typing import Any

from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Actor, Corpus, briefing_date
from lagebild.picture.events_merge import MergedEvent
from lagebild.review import Correction
from lagebild.site import actor_lists, briefing_list
from lagebild.site.actor_archive import view_of
from lagebild.site.incremental.fingerprints import (
    digest,
    merged_context,
    merged_signature,
    resolution_signature,
)
from lagebild.site.incremental.input_cache import BriefingParts, InputCache
from lagebild.site.meetings import MEETING_KINDS
from lagebild.site.page_renderer import briefing_path
from lagebild.site.story_layout import story_index, story_parts
from lagebild.site.timeline_layout import INDEX as TIMELINE_INDEX
from lagebild.site.timeline_layout import UPCOMING_ON_INDEX, layout, timeline_path
from lagebild.site.todo import Task, review_pages


def _fields(actor: Actor) -> tuple[object, ...]:
    """What an actor's key reads of the actor itself (`PageInputs.actor_key`)."""
    return (actor.kind, actor.slug, actor.name, actor.token, actor.country, actor.spellings)


def listed(briefing: Briefing) -> tuple[str, str, str, str | None]:
    """What a list row shows of a briefing: its link (title, else slug), its date and its outlet."""
    return (briefing.slug, briefing.title, briefing_date(briefing), briefing.source.outlet)


def _resolved(actor: Actor | None) -> tuple[str, str, str, str | None] | None:
    return None if actor is None else (actor.path, actor.name, actor.token, actor.country)


class PageInputs:
    """Fingerprints of derived pages for one build; `prefix` goes into every one (the global part)."""

    def __init__(self, corpus: Corpus, digests: Mapping[str, str], updated: Mapping[str, str], today: str,
                 prefix: str, owns: InputCache | None = None) -> None:
        self.corpus, self.digests, self.updated, self.today, self.prefix = corpus, digests, updated, today, prefix
        self.picture = corpus.picture(today)
        self.by_slug = {b.slug: b for b in corpus.briefings}
        self._own: dict[str, str] = {}
        self.own_cache = owns if owns is not None else InputCache()
        self.merged = self._merged_digests(digests)
        self.own_cache.start(corpus)
        self.rows_seen: dict[tuple[object, ...], tuple[tuple[object, ...], object]] = {}
        self.briefing_parts: dict[str, BriefingParts] = {}  # briefing page -> its fingerprint's two parts
        self.actor_inputs: dict[str, tuple[Actor, tuple[str, ...], tuple[object, ...], str]] = {}  # this build's
        self.pages_seen: dict[str, tuple[tuple[object, ...], str]] = {}  # this build's (`page_fingerprint`)

    def _merged_digests(self, digests: Mapping[str, str]) -> dict[str, str]:
        """Merged event id -> digest of what a page shows of it.  A merged event that is the very
        object of last build is one a patched corpus or a replayed merge kept (`picture.corpus_patch`,
        `picture.merge_log`: none of its reports changed): its digest is kept too while its place,
        participants and timeline page link where they did (a corpus built afresh may move them)."""
        kept, now = self.own_cache.merged, {}
        known, signatures = self.own_cache.signatures, {}
        for merged in self.picture.events:
            found = kept.get(merged.id)
            context = merged_context(self.corpus, merged, self.picture)
            if found is None or found[0] is not merged or found[2] != context:
                signature = merged_signature(self.corpus, merged, self.picture, digests)
                made = known.get(signature)
                found = (merged, made if made is not None else digest(signature), context)
                signatures[signature] = found[1]
            now[merged.id] = found
        self.own_cache.merged = now
        # Only the signatures worked out this build: a patched corpus keeps its objects (and digests).
        self.own_cache.signatures = signatures or known
        return {key: value[1] for key, value in now.items()}

    def own(self, slug: str) -> str:
        """A briefing's file, its updated day, and how its names resolve (computed once per build)."""
        found = self._own.get(slug)
        if found is None:
            briefing = self.by_slug.get(slug)
            file = (self.digests.get(slug, ""), self.updated.get(slug, ""))
            found = self.own_cache.get(slug, file)
            if found is None:
                reads: set[tuple[str, object]] = set()
                if briefing is None:
                    signature = None
                elif self.own_cache.follows_reads():
                    with self.corpus.reads_recorded(reads):
                        signature = resolution_signature(self.corpus, briefing)
                else:
                    signature = resolution_signature(self.corpus, briefing)
                found = digest(*file, signature)
                self.own_cache.put(slug, file, found, frozenset(reads) if self.own_cache.follows_reads() else None)
            self._own[slug] = found
        return found

    def events(self, merged: Iterable[MergedEvent]) -> list[str]:
        return [self.merged[m.id] for m in merged]

    def token(self, token: str) -> tuple[str, Any]:
        return (token, _resolved(self.corpus.by_token(token)))

    def fingerprint(self, *parts: object) -> str:
        return digest(self.prefix, *parts)

    def page_fingerprint(self, path: str, *parts: object) -> str:
        """`fingerprint(*parts)` of the page at `path`, kept under serve while its parts compare equal
        to last build's (a comparison of tuples that are mostly the same objects costs far less than
        their `repr` and its digest: a story's or a month's list of briefings runs to thousands)."""
        inputs = (self.prefix, *parts)
        if not self.own_cache.follows_reads():
            return digest(*inputs)
        kept = self.own_cache.pages.get(path)
        found = kept[1] if kept is not None and kept[0] == inputs else digest(*inputs)
        self.pages_seen[path] = (inputs, found)
        return found

    # The page kinds ------------------------------------------------------------------------------

    def briefing_pages(self, result: dict[str, str]) -> None:
        reports_of: dict[str, list[MergedEvent]] = defaultdict(list)
        for merged in self.picture.events:
            for slug in {r.briefing.slug for r in merged.reports}:
                reports_of[slug].append(merged)
        kept, now = self.own_cache.briefing_pages, {}
        # A merged event's link once per build, not once per briefing that reports it: a recurring
        # event reported by hundreds of briefings counts its briefings (`MergedEvent.briefings`,
        # a walk of its reports) once, not hundreds of times (at 3,000 briefings ~0.5 CPU-s an edit).
        links_of: dict[str, tuple[str, int, str, str]] = {}
        for briefing in self.corpus.briefings:
            path, own = briefing_path(briefing), self.own(briefing.slug)
            links = tuple(links_of.get(m.id) or links_of.setdefault(m.id, self.link_of(m))
                          for m in reports_of[briefing.slug])
            inputs = (self.prefix, (own, links))
            found = kept.get(path)
            result[path] = found[1] if found is not None and found[0] == inputs else \
                self.fingerprint("briefing", own, list(links))
            now[path] = (inputs, result[path])
            self.briefing_parts[path] = (own, links)
        self.own_cache.briefing_pages = now

    def link_of(self, merged: MergedEvent) -> tuple[str, int, str, str]:
        """What a briefing page shows of a merged event it reports (blocks/events.html.j2 through
        `situation_pages`: `merged_link`, `merged_status`): the link to its timeline row, with how
        many briefings report it, and its status.  Not its other reports' text: a co-reporter's new
        title, evidence or summary leaves this page as it was."""
        return (merged.id, len(merged.briefings), merged.status, timeline_path(self.picture, merged.id))

    def actor_key(self, actor: Actor, events: list[MergedEvent]) -> str:
        """Everything an actor's pages are drawn from: its own fields and where its country links,
        the own part (file, updated day, how each of its names resolves) of every briefing that
        mentions it, reports its events or quotes it, its merged events; with the global part.
        Whatever else its pages link (a meeting's participants, a quote's co-speakers) is a name
        of one of those briefings, so a change of how names resolve elsewhere keeps the key.

        The very actor object of the last build (a patched corpus kept it, unchanged) has the same
        fields and briefings: its key is kept while the rest it read compares equal; so is another
        actor object's whose fields and briefings compare equal to it."""
        kept = self.own_cache.actor_inputs.get(actor.path)
        same = kept is not None and kept[0] is actor
        if same:
            assert kept is not None
            slugs = kept[1]
        else:
            slugs = tuple(sorted({m.briefing.slug for m in actor.mentions} | {b.slug for b, _ in actor.events} |
                                 {b.slug for b, _ in actor.quotes}))
        country = _resolved(self.corpus.find(actor.country)) if actor.country else None
        read = (self.prefix, country, tuple(map(self.own, slugs)), tuple(self.events(events)))
        # Another object (a corpus built afresh: a new, deleted or renamed briefing) with the same
        # fields and briefings digests the same too.
        if kept is not None and kept[2] == read and (same or (kept[1] == slugs and _fields(kept[0]) == _fields(actor))):
            key = kept[3]
        else:
            key = digest(self.prefix, actor.kind, actor.slug, actor.name, actor.token, actor.country, country,
                         sorted(actor.spellings), list(zip(slugs, read[2])), list(read[3]))
        self.actor_inputs[actor.path] = (actor, slugs, read, key)
        return key

    def actor_pages(self, actor: Actor, result: dict[str, str]) -> None:
        """An actor's page and each archive part on its own: an edit re-renders the parts that show it."""
        events = self.corpus.events_of(actor, self.today)
        key = self.actor_key(actor, events)
        kept = self.own_cache.actors.get(actor.path)
        if kept is not None and kept[0] == key:
            result.update(kept[1])
            return
        pages: dict[str, str] = {}
        self._actor_pages(actor, events, pages)
        self.own_cache.actors[actor.path] = (key, pages)
        result.update(pages)

    def _actor_pages(self, actor: Actor, events: list[MergedEvent], result: dict[str, str]) -> None:
        view = view_of(self.corpus, actor, events)
        # Under serve each page's inputs are kept with its fingerprint (`InputCache.actor_parts`): a
        # re-keyed actor (a new or deleted briefing names it) changes one or two of its archive parts,
        # and comparing the others' inputs with last build's costs far less than their `repr` and digest.
        kept = self.own_cache.actor_parts.get(actor.path, {}) if self.own_cache.follows_reads() else None
        seen: dict[str, tuple[tuple[object, ...], str]] = {}

        def fingerprint(path: str, *parts: object) -> str:
            inputs = (self.prefix, *parts)
            if kept is None:
                return digest(*inputs)
            found = kept.get(path)
            value = found[1] if found is not None and found[0] == inputs else digest(*inputs)
            seen[path] = (inputs, value)
            return value

        head = (actor.kind, actor.slug, actor.name, actor.token, actor.country, sorted(actor.spellings),
                _resolved(self.corpus.find(actor.country)) if actor.country else None,
                [(a.path, a.year, a.part, a.parts) for a in view.archives])
        quotes = [(b.slug, q.id, self.own(b.slug)) for b, q in view.quotes]
        timeline = timeline_path(self.picture, view.events[0].id) if view.events else TIMELINE_INDEX
        # The page's description counts every briefing and event of the actor (page_meta.actor_meta).
        counts = (len({m.briefing.slug for m in actor.mentions}), len(actor.events))
        result[actor.path] = fingerprint(
            actor.path, "actor", head, counts,
            [(role, [listed(b) for b in found], more) for role, found, more in view.roles],
            [listed(b) for b in view.briefings], self.events(view.events), quotes, timeline,
            self._meetings(actor))
        # An archive part shows its neighbours' addresses and labels (part numbers), not every part.
        around = [(a.path, a.year, a.part == 1, a.newest if a.newest[:4].isdigit() else a.part) for a in view.archives]
        for index, archive in enumerate(view.archives):
            result[archive.path] = fingerprint(
                archive.path, "actor-archive", head[:-1], around[max(0, index - 1):index + 2],
                [listed(b) for b in archive.briefings], self.events(archive.events),
                [(b.slug, q.id, self.own(b.slug)) for b, q in archive.quotes])
        if kept is not None:
            self.own_cache.actor_parts[actor.path] = seen

    def _meetings(self, actor: Actor) -> str:
        """What the who-met-whom picture on a person's page is drawn from, as a digest: its meetings,
        with how each participant resolves (actor_pages.actor_pages draws it), in a stable order.  Under
        serve each meeting's entry is kept while it is the same (briefing, event) objects and none of
        the table entries its names read answers differently: a new briefing's meeting resolves its
        own names only, not the thousand other meetings of a busy person."""
        if actor.kind != "person":
            return ""
        cache = self.own_cache
        if not cache.follows_reads():
            return _meetings_digest([repr(entry) for entry in self._meeting_entries(actor.events)])
        pairs = tuple((b, e) for b, e in actor.events if e.kind in MEETING_KINDS)
        kept = cache.meetings.get(actor.path)
        if kept is not None and kept[0] is not None and len(kept[0]) == len(pairs) \
                and all(a is b and c is d for (a, c), (b, d) in zip(kept[0], pairs)):
            return kept[2]  # (`InputCache.start` dropped the meetings that read a changed entry)
        rows = kept[3] if kept is not None else {}
        now: dict[int, tuple[object, object, frozenset[tuple[str, object]], str]] = {}
        entries: list[str] = []
        every: set[tuple[str, object]] = set()
        for briefing, event in pairs:
            found = rows.get(id(event))
            if found is None or found[0] is not briefing or found[1] is not event:
                reads: set[tuple[str, object]] = set()
                with self.corpus.reads_recorded(reads):
                    entry = self._meeting_entries(((briefing, event),))[0]
                found = (briefing, event, frozenset(reads), repr(entry))
            now[id(event)] = found
            entries.append(found[3])
            every |= found[2]
        value = _meetings_digest(entries)
        cache.meetings[actor.path] = (pairs, frozenset(every), value, now)
        return value

    def _meeting_entries(self, pairs: Iterable[tuple[Briefing, Any]]) -> list[object]:
        found: list[object] = []
        for briefing, event in pairs:
            if event.kind in MEETING_KINDS:
                names = [(name, _resolved(self.corpus.find(name, briefing))) for name in event.participants]
                found.append((briefing.slug, event.id, event.date, event.status, names))
        return found

    def story_pages(self, result: dict[str, str]) -> None:
        stories = self.corpus.stories(self.today)
        for story in stories:
            parts = story_parts(story)
            about = (story.id, story.actors, story.countries, story.leads, listed(story.latest),
                     [self.token(t) for t in (*story.leads, *story.actors)], [p.path for p in parts],
                     bool(story.events))
            for part in parts:
                result[part.path] = self.page_fingerprint(
                    part.path, "story", about, part.path, self.events(part.planned), self.events(part.past),
                    [listed(b) for b in part.briefings])
        if stories:
            index = story_index(stories)
            paths = [listing.path for listing in index]
            for listing in index:
                result[listing.path] = self.page_fingerprint(
                    listing.path, "stories", paths, listing.path,
                    [(s.id, s.leads, s.actors[:1], s.countries[:1], [self.token(t) for t in (*s.leads, *s.actors[:1])],
                      listed(s.latest), len(s.briefings)) for s in listing.items])

    def timeline_pages(self, result: dict[str, str]) -> None:
        months = layout(self.picture.events)
        pages = [(t.path, t.month, t.part, t.parts, len(t.entries)) for t in months]  # the index shows counts
        labelled = [page[:4] for page in pages]
        for index, month in enumerate(months):  # its events, and the pages around it (pager, labels)
            result[month.path] = self.page_fingerprint(month.path, "timeline", _around(labelled, index),
                                                       self.events(month.entries))
        upcoming = [m for m in self.picture.events if m.status == "planned"][:UPCOMING_ON_INDEX]
        result[TIMELINE_INDEX] = self.page_fingerprint(TIMELINE_INDEX, "timeline-index", pages, self.events(upcoming))

    def briefing_list_pages(self, result: dict[str, str]) -> None:
        months = briefing_list.layout(self.corpus.briefings)
        pages = [(m.path, m.month, m.part, m.parts, len(m.briefings)) for m in months]
        newest = self.corpus.briefings[:briefing_list.LATEST_ON_INDEX]
        result[briefing_list.INDEX] = self.page_fingerprint(briefing_list.INDEX, "briefings", pages,
                                                             [listed(b) for b in newest])
        labelled = [page[:4] for page in pages]
        for index, month in enumerate(months):
            result[month.path] = self.page_fingerprint(month.path, "briefings-month", _around(labelled, index),
                                                       month.path, [listed(b) for b in month.briefings])

    def actor_list_pages(self, counts: Mapping[str, int], result: dict[str, str]) -> None:
        """The lists of actors show names and how many briefings name each."""
        shown = self.page_fingerprint(actor_lists.INDEX, "actor-lists", sorted((a.kind, a.path, a.name, counts[a.path])
                                                      for a in self.corpus.actors.values()))
        result[actor_lists.INDEX] = shown
        for kind_list in actor_lists.kind_lists(self.corpus):
            # An A-to-Z part shows its actors' names (no counts) and every part's label and address.
            labels = [(part.path, actor_lists.part_range(part)) for part in kind_list.parts]
            for part in kind_list.parts:
                result[part.path] = self.page_fingerprint(part.path, "actor-list-part", kind_list.kind, labels,
                                                          part.path, [(a.path, a.name) for a in part.items])

    def review_pages(self, state_dir: Path | None, result: dict[str, str]) -> None:
        """The Prüfliste: each page its rows (a row shows the briefing's link and the fact or change)
        and what `todo` says it shows besides them (`shown`: counts, sections, pager, state)."""
        pages: dict[str, tuple[tuple[str, str, str, str], tuple[object, ...], str]] = {}
        for path, template, context in review_pages(self.corpus, state_dir):
            shown = (self.prefix, path, template, repr(context["shown"]))
            rows = tuple(context.get("items", ()))
            kept = self.own_cache.review.get(path)
            # The same row objects show the same (`_row`): a page of unchanged briefings is not digested again.
            if kept is not None and kept[0] == shown and len(kept[1]) == len(rows) and all(map(is_, kept[1], rows)):
                result[path] = kept[2]
            else:
                result[path] = self.fingerprint("review", path, template, shown[3], [self._row(item) for item in rows])
            pages[path] = (shown, rows, result[path])
        self.own_cache.rows, self.rows_seen = self.rows_seen, {}
        self.own_cache.review = pages

    def _row(self, item: object) -> object:
        """`_review_row`, kept per row object (a correction: per its briefing and change objects and
        when it was seen).  The objects are held with the signature, so their ids stay theirs."""
        correction = isinstance(item, Correction)
        parts: tuple[object, ...] = (item.briefing, item.change) if isinstance(item, Correction) else (item,)
        key = (*(id(part) for part in parts), item.seen if isinstance(item, Correction) else None, correction)
        kept = self.own_cache.rows.get(key)
        if kept is not None and all(a is b for a, b in zip(kept[0], parts)):
            self.rows_seen[key] = kept
            return kept[1]
        signature = self._review_row(item)
        self.rows_seen[key] = (parts, signature)
        return signature

    def _review_row(self, item: object) -> object:
        """What a Prüfliste row shows: the briefing as a link; of a task, the fact as its file holds it
        (its list, id, guessed fields and note); of a correction, the change and when it was seen;
        anything else as it is."""
        if isinstance(item, Task):
            return (listed(item.briefing), self.digests.get(item.briefing.slug, ""), item.list_name,
                    getattr(item.fact, "id", ""), item.fields, item.note)
        if isinstance(item, Correction):
            change = item.change
            return (listed(item.briefing), change.keypath, change.label, repr(change.old), repr(change.new),
                    change.kind, item.seen)
        return repr(item)

    def start_page(self, counts: Mapping[str, int], result: dict[str, str]) -> None:
        stories = self.corpus.stories(self.today)[:8]
        top = self.corpus.most_mentioned()
        result["index.md"] = self.page_fingerprint(
            "index.md", "start", [listed(b) for b in self.corpus.briefings[:10]],
            self.events(self.corpus.upcoming(self.today)),
            [(a.path, a.name, counts[a.path], len(self.corpus.events_of(a, self.today))) for a in top],
            [(s.id, s.actors, s.countries, s.leads, listed(s.latest), [self.token(t) for t in (*s.leads, *s.actors)],
              self.events(s.events)) for s in stories])


def _meetings_digest(entries: list[str]) -> str:
    """A person's meetings (their entries' `repr`) in a stable order, digested."""
    return digest("\n".join(sorted(entries)).encode("utf-8", "surrogatepass"))


def _around(pages: list[tuple[str, str, int, int]], index: int) -> list[object]:
    """What a month page's pager shows of the other pages (path, month, part, parts): the page before
    and after it, and every part of its own month — not the other months' counts or parts, so a
    month that appears, vanishes or is cut again elsewhere leaves this page alone."""
    month = pages[index][1]
    return [pages[max(0, index - 1):index + 2], [page for page in pages if page[1] == month]]


def page_fingerprints(corpus: Corpus, digests: Mapping[str, str], updated: Mapping[str, str], today: str,
                      prefix: str, owns: InputCache | None = None, state_dir: Path | None = None,
                      briefing_parts: dict[str, BriefingParts] | None = None,
                      after_actors: Callable[[dict[str, str]], None] | None = None) -> dict[str, str]:
    """Page path -> fingerprint, for every briefing page and every derived page this module knows;
    `briefing_parts`, if given, gets each briefing page's two parts (`BriefingParts`).  `after_actors`,
    if given, is called with the briefing and actor pages' fingerprints (a copy) as soon as they are
    worked out, before the other pages' (the serve planner asks the render worker then)."""
    inputs = PageInputs(corpus, digests, updated, today, prefix, owns)
    if briefing_parts is not None:
        inputs.briefing_parts = briefing_parts
    counts = {a.path: len({m.briefing.slug for m in a.mentions}) for a in corpus.actors.values()}
    result: dict[str, str] = {}
    inputs.briefing_pages(result)
    for actor in corpus.actors.values():
        inputs.actor_pages(actor, result)
    inputs.own_cache.actor_inputs = inputs.actor_inputs  # vanished actors' objects go
    if after_actors is not None:
        after_actors(dict(result))
    inputs.story_pages(result)
    inputs.timeline_pages(result)
    inputs.briefing_list_pages(result)
    inputs.actor_list_pages(counts, result)
    inputs.start_page(counts, result)
    inputs.review_pages(state_dir, result)
    inputs.own_cache.pages = inputs.pages_seen  # vanished pages' inputs go
    return result


__all__ = ["PageInputs", "listed", "page_fingerprints"]
