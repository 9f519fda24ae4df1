"""Stories: groups of briefings about one ongoing matter, found from what they share.

Two briefings belong to one story when they report the same occurrence (a
merged event with both among its reports), or when they share at least three
specific actors — persons or bodies that appear in few briefings, so that the
leaders who are everywhere do not tie every story into one (two are not enough:
a minister and her ministry, a chancellor and his party come together in any
article about either).  Ties are
joined along the time line up to a cap relative to the corpus (STORY_SHARE), so
reports that each name two occurrences cannot chain a year into one story.
A story's name comes from its most-named country and the actors it is about —
its most-named actors that are not everywhere („Ukraine: Koalition der Willigen
und Wolodymyr Selenskyj“); its page address from its oldest briefing, so it
stays while new briefings join.

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
# A story holds at most this share of the corpus, or MIN_STORY_CAP briefings if that is more: ties
# are joined along the time line, and past the cap a tie (one shared event, three shared actors)
# is too loose to make two matters one — without it, reports that each name two occurrences chain
# a whole year of briefings into one "story".
STORY_SHARE = 0.05
MIN_STORY_CAP = 25
LEADS = 2  # the actors a story is named after
SPECIFIC_SHARE = 0.2  # an actor in more than this share of all briefings ties no two of them together


@dataclass(frozen=True)
class Story:
    id: str  # the oldest briefing's slug: stable while new briefings join
    briefings: tuple[Briefing, ...]  # newest first
    events: tuple[MergedEvent, ...]  # by date
    actors: tuple[str, ...]  # actor tokens, most briefings first
    countries: tuple[str, ...]  # ISO codes, most briefings first
    leads: tuple[str, ...] = ()  # what the story is about: its most-named actors that are not everywhere

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
    size = dict.fromkeys(slugs, 1)
    cap = max(MIN_STORY_CAP, int(len(slugs) * STORY_SHARE))

    def root(slug: str) -> str:
        while parent[slug] != slug:
            parent[slug] = parent[parent[slug]]
            slug = parent[slug]
        return slug

    def join(first: str, second: str) -> None:
        a, b = root(first), root(second)
        if a != b and size[a] + size[b] <= cap:  # past the cap a tie is too loose to merge two stories
            keep, gone = min(a, b), max(a, b)
            parent[gone] = keep
            size[keep] += size.pop(gone)

    spread = Counter(token for slug in slugs for token in actors_of.get(slug, ()))
    limit = max(5, int(len(slugs) * SPECIFIC_SHARE))  # small corpora: only the ubiquitous are left out
    for event in sorted(events, key=lambda m: (m.date or "", m.id)):  # a story grows along its time line
        reporting = [b.slug for b in event.briefings if b.slug in parent]
        for other in reporting[1:]:
            join(reporting[0], other)
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
    stories = [_story(members, event_index, actors_of, spread, limit)
               for members in groups.values() if len(members) > 1]
    return sorted(stories, key=lambda s: (reported_on(s.latest), s.id), reverse=True)


def _story(members: list[Briefing], event_index: Mapping[str, list[MergedEvent]],
           actors_of: Mapping[str, frozenset[str]], spread: Mapping[str, int], limit: int) -> Story:
    members = sorted(members, key=lambda b: (reported_on(b), b.slug), reverse=True)
    found: dict[str, MergedEvent] = {}
    for briefing in members:
        for event in event_index.get(briefing.slug, ()):
            found.setdefault(event.id, event)
    actors = Counter(token for b in members for token in actors_of.get(b.slug, ()))
    countries = Counter(code for b in members for code in {c.code for c in b.countries if c.is_visible})
    # most briefings of the story first; among equals the one rarer elsewhere, which says more
    ranked = tuple(sorted(actors, key=lambda t: (-actors[t], spread.get(t, 0), t)))
    leads = tuple(t for t in ranked if spread.get(t, 0) <= limit)[:LEADS] or ranked[:1]
    return Story(
        id=members[-1].slug, briefings=tuple(members),
        events=tuple(sorted(found.values(), key=lambda m: (m.date or "9999", m.id))),
        actors=ranked, countries=tuple(sorted(countries, key=lambda c: (-countries[c], c))), leads=leads)
