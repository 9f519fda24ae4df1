"""The lists of actors, bounded: the overview (`actors/`) and, for a long list, A-to-Z parts.

Every article brings new people, so the list of persons grows with the corpus.  While a kind has
at most `LIST_ROWS` actors the overview lists them all (as a small site always did); beyond that
it shows the `TOP_ON_INDEX` most named and links the kind's alphabetical parts
(`actors/all/`, `actors/all/<slug>/`, …; `organizations/all/`, …), each of at most `LIST_ROWS`,
cut by stable keys (`pager.keyed_split`: before an actor whose slug hashes so, and named after it),
so a new actor changes the part it joins, not every part after it.  The parts show names only: the
counts, which change with every briefing, are on the overview.  The folder `all` never takes an
actor's address (see pager.free_name).
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.picture.corpus import ACTOR_FOLDERS, ACTOR_KINDS, Actor, Corpus, cached_name_key
from lagebild.site.pager import Part, free_name, keyed_split

INDEX = "actors/index.md"
LIST_ROWS = 200  # ~0.2 KB a row: a part stays near 50 KB
TOP_ON_INDEX = 25
HEADINGS = {"person": "persons", "organization": "organizations", "country": "countries", "place": "places"}


@dataclass(frozen=True)
class KindList:
    kind: str
    heading: str  # label key: 'persons', …
    shown: tuple[Actor, ...]  # on the overview: all of them, or the most named when the list is split
    count: int
    parts: tuple[Part[Actor], ...]  # the A-to-Z parts; empty when the overview shows every actor


def part_range(part: Part[Actor]) -> str:
    """„A–D“: the initials of a part's first and last actor."""
    first, last = (cached_name_key(part.items[i].name)[:1].upper() or "?" for i in (0, -1))
    return first if first == last else f"{first}–{last}"


def kind_lists(corpus: Corpus, rows: int | None = None, top: int | None = None) -> list[KindList]:
    rows, top = rows or LIST_ROWS, top or TOP_ON_INDEX
    lists = []
    for kind in ACTOR_KINDS:
        actors = corpus.by_kind(kind)  # alphabetical
        if not actors:
            continue
        if len(actors) <= rows:
            lists.append(KindList(kind, HEADINGS[kind], tuple(actors), len(actors), ()))
            continue
        folder = f"{ACTOR_FOLDERS[kind]}/{free_name('all', {a.slug for a in actors})}"
        chunks = keyed_split(actors, lambda _: "", lambda actor: actor.slug, max(1, rows // 2), rows)
        parts = [Part(f"{folder}/{chunk.anchor or 'index'}.md", number, len(chunks), chunk.items)
                 for number, chunk in enumerate(chunks, start=1)]
        most = sorted(actors, key=lambda a: (-len(a.briefings), cached_name_key(a.name)))[:top]
        lists.append(KindList(kind, HEADINGS[kind], tuple(most), len(actors), tuple(parts)))
    return lists


__all__ = ["INDEX", "LIST_ROWS", "TOP_ON_INDEX", "KindList", "kind_lists", "part_range"]
