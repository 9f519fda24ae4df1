"""Which pages an edit touches: a fingerprint per page unit from exactly the inputs it shows.

A *unit* is what `generated_pages` renders in one go: an actor's page with its archives, a
story page, a timeline page, or any other derived page; and each briefing's own page.  Every
fingerprint holds the global digest (`fingerprints`: mkdocs.yml, templates, build date…); if it
changed, every page is rendered.  Besides, each unit holds what it shows — a briefing's
"own" part is its file, its `updated` day and how each of its names resolves now:

- a briefing page: its own part and every merged event it reports (`merged_signature`: fields,
  participants' and place's links, timeline page, the files of every report);
- an actor unit: its name, country and spellings, the own parts of the briefings that mention it
  (or its events and quotes), and its merged events;
- a story page: its actors' names, the own parts of its briefings, its merged events;
- a timeline page: the list of timeline pages (pager, labels) and its merged events;
- any other derived page (start page, lists, review, later parts): every briefing file, the
  cross-briefing structure and the state the review pages and the feed read.

A derived unit whose fingerprint is unchanged keeps last build's page and is not rendered;
a rendered page that came out the same is not modified either.  The content of a
derived page stays opaque here: only its path and the model's briefings and names count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lagebild.picture.corpus import Actor, Corpus
from lagebild.site.incremental.fingerprints import digest, merged_signature, resolution_signature
from lagebild.site.pages import briefing_path
from lagebild.site.situation_pages import story_path
from lagebild.site.timeline_layout import layout

EVERYTHING = "*"  # the dependency of pages that show the whole corpus


@dataclass(frozen=True)
class Plan:
    full: bool  # the global or structure part changed (or the first build): render everything
    fingerprints: dict[str, str]  # unit key (a page path) -> fingerprint
    render: frozenset[str]  # derived unit keys whose fingerprint changed (EVERYTHING: any other page)
    modified_briefing_pages: frozenset[str]  # briefing page paths whose fingerprint changed

    def wants(self, unit: str) -> bool:
        """For `generated_pages`: render this unit?  A page the planner has no fingerprint for shows
        the whole corpus: it renders whenever anything changed."""
        return self.full or (unit if unit in self.fingerprints else EVERYTHING) in self.render


@dataclass
class Planner:
    """Fingerprints of the previous build; one instance lives as long as the plugin."""

    global_part: str = ""
    structure: str = ""
    fingerprints: dict[str, str] = field(default_factory=dict)
    derived: dict[str, Any] = field(default_factory=dict)  # page path -> what generated_pages gave last build
    unit_paths: dict[str, list[str]] = field(default_factory=dict)  # unit key -> its page paths

    def plan(self, corpus: Corpus, digests: Mapping[str, str], updated: Mapping[str, str], global_part: str,
             structure: str, state: str, today: str) -> Plan:
        prefix = (global_part, structure)
        full = not self.fingerprints or self.global_part != global_part
        fingerprints = unit_fingerprints(corpus, digests, updated, state, today, prefix)
        changed = {key for key, value in fingerprints.items() if self.fingerprints.get(key) != value}
        briefing_pages = {briefing_path(b) for b in corpus.briefings}
        return Plan(full, fingerprints, frozenset(changed - briefing_pages),
                    frozenset(briefing_pages if full else changed & briefing_pages))

    def join(self, plan: Plan, rendered: Mapping[str, Any], actors: list[Actor]) -> dict[str, Any]:
        """Every derived page now: the rendered ones and the kept ones of unchanged units, by path
        (one order however many were rendered: the search index and the sitemap follow it)."""
        units = group_units(rendered, actors)
        pages: dict[str, Any] = dict(rendered)
        if not plan.full:
            for unit, paths in self.unit_paths.items():
                if unit not in units and not plan.wants(unit):
                    for path in paths:
                        pages.setdefault(path, self.derived[path])
                    units[unit] = list(paths)
        return dict(sorted(pages.items()))

    def remember(self, plan: Plan, pages: Mapping[str, Any], actors: list[Actor], global_part: str,
                 structure: str) -> None:
        self.global_part, self.structure = global_part, structure
        self.fingerprints = dict(plan.fingerprints)
        self.derived = dict(pages)
        self.unit_paths = group_units(pages, actors)

    def forget(self) -> None:
        """After a failed build: the next one renders everything."""
        self.fingerprints = {}


def group_units(pages: Mapping[str, Any], actors: list[Actor]) -> dict[str, list[str]]:
    """Page path -> its unit: an actor's archives ('actors/x/2025.md') belong to 'actors/x.md'."""
    folders = {actor.path[:-len(".md")] + "/": actor.path for actor in actors}
    units: dict[str, list[str]] = defaultdict(list)
    for path in pages:
        folder = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        units[folders.get(folder, path)].append(path)
    return dict(units)


def unit_fingerprints(corpus: Corpus, digests: Mapping[str, str], updated: Mapping[str, str], state: str,
                      today: str, prefix: tuple[str, str]) -> dict[str, str]:
    """Unit key -> fingerprint; `prefix` is (global digest, structure digest)."""
    global_part, structure = prefix
    picture = corpus.picture(today)
    merged_sig = {m.id: digest(merged_signature(corpus, m, picture, digests)) for m in picture.events}
    reports_of: dict[str, set[str]] = defaultdict(set)  # briefing slug -> ids of the merged events it reports
    for merged in picture.events:
        for report in merged.reports:
            reports_of[report.briefing.slug].add(merged.id)
    stories = corpus.stories(today)
    by_slug = {b.slug: b for b in corpus.briefings}
    owns: dict[str, str] = {}

    def own(slug: str) -> str:
        """A briefing's file, its updated day, and how its names resolve (computed once per build)."""
        found = owns.get(slug)
        if found is None:
            briefing = by_slug.get(slug)
            found = owns[slug] = digest(digests.get(slug, ""), updated.get(slug, ""),
                                        resolution_signature(corpus, briefing) if briefing is not None else None)
        return found

    def of(slugs: set[str]) -> str:
        return ",".join(f"{slug}={own(slug)}" for slug in sorted(slugs))

    def events(ids: set[str]) -> str:
        return ",".join(merged_sig[i] for i in sorted(ids))

    result: dict[str, str] = {}
    for briefing in corpus.briefings:
        result[briefing_path(briefing)] = digest(global_part, "briefing", of({briefing.slug}),
                                                 events(reports_of[briefing.slug]))
    for actor in corpus.actors.values():
        shown = actor_dependencies(actor)
        result[actor.path] = digest(global_part, "actor", (actor.kind, actor.slug, actor.name, actor.country,
                                                           sorted(actor.spellings)), of(shown),
                                    events({m.id for m in corpus.events_of(actor, today)}))
    for story in stories:
        members = {b.slug for b in story.briefings} | {r.briefing.slug for m in story.events for r in m.reports}
        result[story_path(story)] = digest(global_part, "story", (story.id, story.actors, story.countries),
                                           [(token, _resolved_token(corpus, token)) for token in story.actors],
                                           of(members), events({m.id for m in story.events}))
    months = layout(picture.events)
    pages = [(t.path, t.month, t.part, t.parts) for t in months]
    for month in months:  # a timeline page: its events, and the pages around it (pager, labels)
        result[month.path] = digest(global_part, "timeline", pages, events({m.id for m in month.entries}))
    result[EVERYTHING] = digest(global_part, structure, "everything", state, of(set(digests)))
    return result


def _resolved_token(corpus: Corpus, token: str) -> tuple[str, str] | None:
    actor = corpus.by_token(token)
    return None if actor is None else (actor.path, actor.name)


def actor_dependencies(actor: Actor) -> set[str]:
    """The briefings whose text an actor's pages show (besides its merged events' reports): those
    that mention it, report its events or quote it."""
    return {m.briefing.slug for m in actor.mentions} | {b.slug for b, _ in actor.events} | \
        {b.slug for b, _ in actor.quotes}


__all__ = ["EVERYTHING", "Plan", "Planner", "actor_dependencies", "group_units", "unit_fingerprints"]
