"""Which pages an edit touches: a fingerprint per page unit from exactly the inputs it shows.

A *unit* is what `generated_pages` renders in one go: an actor's page with its archives, a
story page, or any other derived page; and each briefing's own page.  Fingerprints:

- every unit: the global digest and the structure digest (`fingerprints`); if either changed,
  every unit is new;
- a briefing page: its file, its `updated` day, and the files of every briefing that reports one
  of its merged events (the page shows their status and links);
- an actor unit: the files of the briefings that mention it, its events' and quotes' briefings,
  every other report of its merged events, and the briefings of the stories these belong to;
- a story page: its briefings and every report of its events;
- a timeline page of a month (or part): every report of the events it lists;
- any other derived page (start page, lists, timeline, review): every briefing file and the
  state the review pages and the feed read.

A derived unit whose fingerprint is unchanged keeps last build's Markdown and is not rendered;
a rendered page whose Markdown came out the same is not modified either.  The content of a
derived page stays opaque here: only its path and the model's briefings and names count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from lagebild.picture.corpus import Actor, Corpus
from lagebild.site.incremental.fingerprints import digest
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
    derived: dict[str, str] = field(default_factory=dict)  # page path -> Markdown shown last build
    unit_paths: dict[str, list[str]] = field(default_factory=dict)  # unit key -> its page paths

    def plan(self, corpus: Corpus, digests: Mapping[str, str], updated: Mapping[str, str], global_part: str,
             structure: str, state: str, today: str) -> Plan:
        prefix = (global_part, structure)
        full = not self.fingerprints or (self.global_part, self.structure) != prefix
        fingerprints = unit_fingerprints(corpus, digests, updated, state, today, prefix)
        changed = {key for key, value in fingerprints.items() if self.fingerprints.get(key) != value}
        briefing_pages = {briefing_path(b) for b in corpus.briefings}
        return Plan(full, fingerprints, frozenset(changed - briefing_pages),
                    frozenset(briefing_pages if full else changed & briefing_pages))

    def join(self, plan: Plan, rendered: Mapping[str, str], actors: list[Actor]) -> dict[str, str]:
        """Every derived page now: the rendered ones and the kept ones of unchanged units, by path
        (one order however many were rendered: the search index and the sitemap follow it)."""
        units = group_units(rendered, actors)
        pages: dict[str, str] = dict(rendered)
        if not plan.full:
            for unit, paths in self.unit_paths.items():
                if unit not in units and not plan.wants(unit):
                    for path in paths:
                        pages.setdefault(path, self.derived[path])
                    units[unit] = list(paths)
        return dict(sorted(pages.items()))

    def remember(self, plan: Plan, pages: Mapping[str, str], actors: list[Actor], global_part: str,
                 structure: str) -> None:
        self.global_part, self.structure = global_part, structure
        self.fingerprints = dict(plan.fingerprints)
        self.derived = dict(pages)
        self.unit_paths = group_units(pages, actors)

    def forget(self) -> None:
        """After a failed build: the next one renders everything."""
        self.fingerprints = {}


def group_units(pages: Mapping[str, str], actors: list[Actor]) -> dict[str, list[str]]:
    """Page path -> its unit: an actor's archives ('actors/x/2025.md') belong to 'actors/x.md'."""
    folders = {actor.path[:-len(".md")] + "/": actor.path for actor in actors}
    units: dict[str, list[str]] = defaultdict(list)
    for path in pages:
        folder = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        units[folders.get(folder, path)].append(path)
    return dict(units)


def unit_fingerprints(corpus: Corpus, digests: Mapping[str, str], updated: Mapping[str, str], state: str,
                      today: str, prefix: tuple[str, str]) -> dict[str, str]:
    picture = corpus.picture(today)
    reports_of: dict[str, set[str]] = defaultdict(set)  # briefing slug -> slugs reporting the same events
    for merged in picture.events:
        slugs = {r.briefing.slug for r in merged.reports}
        for slug in slugs:
            reports_of[slug] |= slugs
    stories = corpus.stories(today)
    story_of: dict[str, set[str]] = defaultdict(set)  # briefing slug -> the briefings of its stories
    for story in stories:
        members = {b.slug for b in story.briefings} | {r.briefing.slug for m in story.events for r in m.reports}
        for slug in members:
            story_of[slug] |= members

    def of(slugs: set[str]) -> list[tuple[str, str]]:
        return sorted((slug, digests.get(slug, "") + "@" + updated.get(slug, "")) for slug in slugs)

    result: dict[str, str] = {}
    for briefing in corpus.briefings:
        result[briefing_path(briefing)] = digest(prefix, "briefing", of({briefing.slug} | reports_of[briefing.slug]))
    for actor in corpus.actors.values():
        result[actor.path] = digest(prefix, "actor", of(actor_dependencies(actor, reports_of, story_of)))
    for story in stories:
        result[story_path(story)] = digest(prefix, "story", of(
            {b.slug for b in story.briefings} | {r.briefing.slug for m in story.events for r in m.reports}))
    for month in layout(picture.events):  # a timeline page: its events' reports (labels, links: structure)
        result[month.path] = digest(prefix, "timeline", of({r.briefing.slug for m in month.entries for r in m.reports}))
    result[EVERYTHING] = digest(prefix, "everything", state, of(set(digests)))
    return result


def actor_dependencies(actor: Actor, reports_of: Mapping[str, set[str]],
                       story_of: Mapping[str, set[str]]) -> set[str]:
    own = {m.briefing.slug for m in actor.mentions} | {b.slug for b, _ in actor.events} | \
        {b.slug for b, _ in actor.quotes}
    shown = set(own)
    for slug in own:
        shown |= reports_of.get(slug, set())
        shown |= story_of.get(slug, set())
    return shown

__all__ = ["EVERYTHING", "Plan", "Planner", "actor_dependencies", "group_units", "unit_fingerprints"]
