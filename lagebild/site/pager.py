"""Bounded listings: any list cut into numbered parts of at most a given number of rows.

Every listing that grows with the corpus (timeline months, Prüfliste, stories, the briefing
list, actor lists, actor archives) is cut here, so no page grows with the corpus however dense a
month or a year becomes.  Rows per page are data (each layout module says how many of its rows
fit well below 300 KB).  The first part keeps the listing's old address; later parts are numbered
(`…/2/`, `…/3/`).  A `Pager` says what one page links to: the page before and after it in reading
order (newest first for dated listings) and, when a listing has few parts, every part by number.

Pure: items in, parts and pagers out; the templates render `pages/pager.html.j2`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
PART_LINKS_UP_TO = 12  # a listing with more parts shows only its neighbours (its index page lists all)


@dataclass(frozen=True)
class Part(Generic[T]):
    path: str  # source path of the page holding this part
    number: int  # 1, 2, … in reading order
    count: int  # how many parts the listing has
    items: tuple[T, ...]


@dataclass(frozen=True)
class Link:
    label: str
    path: str


@dataclass(frozen=True)
class Pager:
    """What one page of a listing links to; `before`/`after` in reading order, named by `words`."""
    before: Link | None
    after: Link | None
    parts: tuple[Link, ...] = ()  # every part of this page's listing, when it has few
    current: int = 1
    words: tuple[str, str] = ("later", "earlier")  # label keys for before/after (i18n.labels)

    @property
    def shown(self) -> bool:
        return self.before is not None or self.after is not None


def split(items: Sequence[T], rows: int, path_of: Callable[[int], str]) -> list[Part[T]]:
    """`items` in parts of at most `rows`, in the given order; an empty list still has its first page."""
    if rows < 1:
        raise ValueError(f"rows per page must be at least 1, not {rows}")
    chunks = [tuple(items[start:start + rows]) for start in range(0, len(items), rows)] or [()]
    return [Part(path_of(number), number, len(chunks), chunk) for number, chunk in enumerate(chunks, start=1)]


def nth(parts: Sequence[Part[T]], number: int) -> tuple[T, ...]:
    """The items of part `number`, none past the end: lists cut alike (an actor's briefings, events
    and quotes of one year) have as many parts as the longest of them."""
    return parts[number - 1].items if number <= len(parts) else ()


def numbered(first: str, folder: str) -> Callable[[int], str]:
    """Paths of a listing whose first part is `first` and whose later parts are `folder/2.md`, …"""
    return lambda number: first if number == 1 else f"{folder}/{number}.md"


def free_name(name: str, taken: Collection[str]) -> str:
    """`name`, or — when a page of the corpus already has that address ('2025-03' as a briefing's
    slug) — `name` with a trailing hyphen, which no slug has (slugs are trimmed of hyphens)."""
    return f"{name}-" if name in taken else name


def part_label(label: str, part: Part[T], word: str) -> str:
    """„März 2025“, or „März 2025 (Teil 2/3)“ for a part of a listing that has several."""
    return label if part.count == 1 else f"{label} ({word} {part.number}/{part.count})"


def chain(pages: Sequence[Link], words: tuple[str, str] = ("later", "earlier"),
          groups: Sequence[Sequence[Link]] | None = None) -> list[Pager]:
    """A pager for each of `pages` (in reading order), linking its neighbours.

    `groups` gives, per page, the parts of the listing it belongs to (a month's parts within the
    whole timeline); by default all pages are one listing.  Parts are listed by number only when
    there are at most PART_LINKS_UP_TO of them.
    """
    pagers = []
    for index, page in enumerate(pages):
        group = groups[index] if groups is not None else pages
        parts = tuple(group) if 1 < len(group) <= PART_LINKS_UP_TO else ()
        current = next((n for n, link in enumerate(group, start=1) if link.path == page.path), 1)
        pagers.append(Pager(pages[index - 1] if index > 0 else None,
                            pages[index + 1] if index + 1 < len(pages) else None, parts, current, words))
    return pagers


__all__ = ["PART_LINKS_UP_TO", "Link", "Pager", "Part", "chain", "free_name", "nth", "numbered", "part_label", "split"]
