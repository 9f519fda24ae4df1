"""Stories: groups of briefings about one ongoing matter, found from what they share.

Two briefings belong to one story when they report the same occurrence (a
merged event with both among its reports), or when they share at least three
specific actors — persons or bodies that appear in few briefings, so that
the leaders who are everywhere do not tie every story into one (two are not
enough: a minister and her ministry, a chancellor and his party come together
in any article about either).  A story's
name comes from its most-named country and its most-named actor
(„Ukraine: Koalition der Willigen“); its page address from its oldest
briefing, so it stays while new briefings join.

Pure functions over briefings and merged events.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from lagebild.briefing.model import Briefing
from lagebild.picture.events_merge import MergedEvent, reported_on

MIN_SHARED_ACTORS = 3
MOST_SPECIFIC = 8  # per briefing, only its rarest actors form the combinations looked up: linear in briefings
SPECIFIC_SHARE = 0.2  # an actor in more than this share of all briefings ties no two of them together


@dataclass(frozen=True)
class Story:
    id: str  # the oldest briefing's slug: stable while new briefings join
    briefings: tuple[Briefing, ...]  # newest first
    events: tuple[MergedEvent, ...]  # by date
    actors: tuple[str, ...]  # actor tokens, most briefings first
    countries: tuple[str, ...]  # ISO codes, most briefings first

    @property
    def latest(self) -> Briefing:
        return self.briefings[0]


def find_stories(briefings: Sequence[Briefing], events: Sequence[MergedEvent],
                 actors_of: Mapping[str, frozenset[str]]) -> list[Story]:
    """Stories of two or more briefings, the most recently reported first.

    ``actors_of`` gives each briefing's actor tokens (persons and bodies; countries and places
    are too broad to tie briefings together).
    """
    slugs = [b.slug for b in briefings]
    parent = {slug: slug for slug in slugs}

    def root(slug: str) -> str:
        while parent[slug] != slug:
            parent[slug] = parent[parent[slug]]
            slug = parent[slug]
        return slug

    def join(first: str, second: str) -> None:
        a, b = root(first), root(second)
        if a != b:
            parent[max(a, b)] = min(a, b)

    for event in events:
        reporting = [b.slug for b in event.briefings if b.slug in parent]
        for other in reporting[1:]:
            join(reporting[0], other)
    spread = Counter(token for slug in slugs for token in actors_of.get(slug, ()))
    limit = max(5, int(len(slugs) * SPECIFIC_SHARE))  # small corpora: only the ubiquitous are left out
    by_group: dict[tuple[str, ...], list[str]] = defaultdict(list)  # specific actors -> briefings naming all
    for slug in slugs:
        rarest = sorted((t for t in actors_of.get(slug, ()) if spread[t] <= limit),
                        key=lambda t: (spread[t], t))[:MOST_SPECIFIC]
        for group in combinations(sorted(rarest), MIN_SHARED_ACTORS):
            by_group[group].append(slug)
    for together in by_group.values():
        for other in together[1:]:
            join(together[0], other)
    groups: dict[str, list[Briefing]] = defaultdict(list)
    for briefing in briefings:
        groups[root(briefing.slug)].append(briefing)
    event_index: dict[str, list[MergedEvent]] = defaultdict(list)
    for event in events:
        for briefing in event.briefings:
            event_index[briefing.slug].append(event)
    stories = [_story(members, event_index, actors_of, spread) for members in groups.values() if len(members) > 1]
    return sorted(stories, key=lambda s: (reported_on(s.latest), s.id), reverse=True)


def _story(members: list[Briefing], event_index: Mapping[str, list[MergedEvent]],
           actors_of: Mapping[str, frozenset[str]], spread: Mapping[str, int]) -> Story:
    members = sorted(members, key=lambda b: (reported_on(b), b.slug), reverse=True)
    found: dict[str, MergedEvent] = {}
    for briefing in members:
        for event in event_index.get(briefing.slug, ()):
            found.setdefault(event.id, event)
    actors = Counter(token for b in members for token in actors_of.get(b.slug, ()))
    countries = Counter(code for b in members for code in {c.code for c in b.countries if c.is_visible})
    return Story(
        id=members[-1].slug, briefings=tuple(members),
        events=tuple(sorted(found.values(), key=lambda m: (m.date or "9999", m.id))),
        # most briefings of the story first; among equals the one rarer elsewhere, which says more
        actors=tuple(sorted(actors, key=lambda t: (-actors[t], spread.get(t, 0), t))),
        countries=tuple(sorted(countries, key=lambda c: (-countries[c], c))))
