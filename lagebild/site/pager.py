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

import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from operator import is_
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


@dataclass(frozen=True)
class Chunk(Generic[T]):
    """One page of a listing cut by key (`keyed_split`): where it starts, never how many come before."""
    section: str  # the key its rows share, e.g. a month 'YYYY-MM'
    anchor: str  # '' for the section's first chunk, else a name taken from the group it starts with
    items: tuple[T, ...]


def keyed_split(items: Sequence[T], section_of: Callable[[T], str], group_of: Callable[[T], str],
                target: int, limit: int) -> list[Chunk[T]]:
    """`items` (in reading order) cut where their keys say, so one changed row changes few chunks.

    Consecutive items with the same section and group id (one briefing's rows) stay together.  A
    section always starts a chunk.  Inside it a group starts a span when its id hashes below
    rows/`target` (content-defined: a cut does not move when rows are added or removed elsewhere;
    spans hold about `target` rows).  A span over `limit` rows is cut again the same way with a
    hash of its own and a smaller target, level by level, and only as a last resort by count — all
    inside the span, so an edit never shifts rows across a content-defined cut.  A single group
    longer than `limit` is cut into pieces of `limit` rows.  A chunk is named by the group it starts
    with (`anchor`; a name already used in the section gets `--2`, `--3`: ids are slugs, which
    never hold two hyphens in a row), so an edit leaves the names of the other chunks alone.
    """
    if target < 1 or limit < 1:
        raise ValueError(f"rows per page must be at least 1, not {target}/{limit}")
    chunks: list[Chunk[T]] = []
    for section, groups in _sections(items, section_of, group_of):
        _add_chunks(chunks, section, _spans(groups, 0, target, limit), limit)
    return chunks


Group = tuple[str, str, list[T]]


@dataclass(frozen=True)
class Span(Generic[T]):
    """A content-defined span of one section's run (items `start` to `end`, run indices) and the
    pieces `_fit` cut it into: each piece's first group id and its rows."""
    start: int
    end: int
    pieces: tuple[tuple[str, tuple[T, ...]], ...]


def _sections(items: Sequence[T], section_of: Callable[[T], str],
              group_of: Callable[[T], str]) -> list[tuple[str, list[Group[T]]]]:
    """Consecutive items with the same section and group id as groups, per run of one section."""
    groups: list[Group[T]] = []
    for item in items:
        section, group = section_of(item), group_of(item)
        if groups and groups[-1][0] == section and groups[-1][1] == group:
            groups[-1][2].append(item)
        else:
            groups.append((section, group, [item]))
    runs: list[tuple[str, list[Group[T]]]] = []
    for whole in groups:
        if runs and runs[-1][0] == whole[0]:
            runs[-1][1].append(whole)
        else:
            runs.append((whole[0], [whole]))
    return runs


def _spans(groups: Sequence[Group[T]], offset: int, target: int, limit: int) -> list[Span[T]]:
    """The spans of a run's groups (the first of which starts at item `offset`) and their pieces."""
    spans: list[Span[T]] = []
    start = offset
    for span in _cut(groups, target, 0):
        pieces = tuple((piece[0][1], tuple(row for _, _, found in piece for row in found))
                       for piece in _fit(span, target, limit, 1))
        end = start + sum(len(rows) for _, rows in pieces)
        spans.append(Span(start, end, pieces))
        start = end
    return spans


def _add_chunks(chunks: list[Chunk[T]], section: str, spans: Sequence[Span[T]], limit: int) -> None:
    """A run's chunks from its spans: a piece over `limit` rows (a single group) cut by count; the run's
    first chunk unnamed, each other named by the group it starts with, once in the run."""
    used: set[str] = set()
    for span in spans:
        for group, rows in span.pieces:
            for offset in range(0, len(rows), limit):  # more than `limit` only for a single group
                first = not chunks or chunks[-1].section != section
                anchor = "" if first else _name(group, used)
                chunks.append(Chunk(section, anchor, rows[offset:offset + limit]))


class SplitMemo(Generic[T]):
    """`keyed_split`'s spans of each section run of one listing, with the run's items (under `mkdocs
    serve` a listing is cut again on every rebuild, and an edit changes the rows of one or two
    sections: a run of the very same item objects is kept whole, a changed one cut again only
    around what changed)."""

    def __init__(self) -> None:
        self.sections: dict[tuple[str, int, int, int], tuple[tuple[T, ...], list[Span[T]]]] = {}
        self.spans_cut = 0  # spans cut in the last call (tests, benchmark)


def keyed_split_kept(items: Sequence[T], section_of: Callable[[T], str], group_of: Callable[[T], str],
                     target: int, limit: int, memo: SplitMemo[T]) -> list[Chunk[T]]:
    """`keyed_split`, with the spans of a section run that holds the same item objects as last time
    taken from `memo`, and of a changed run those before and after the change.  The same chunks:
    `keyed_split` cuts each run of one section on its own, a span starts at a group whose own id
    and size say so (content-defined) and `_fit` cuts a span by its groups alone, so spans whose
    groups and the groups around them are the same objects come out the same; the anchors are
    named again over the whole run.  Items must be immutable (frozen records): identity stands for
    equal content."""
    if target < 1 or limit < 1:
        raise ValueError(f"rows per page must be at least 1, not {target}/{limit}")
    runs: list[tuple[str, int, int]] = []
    for index, item in enumerate(items):
        section = section_of(item)
        if runs and runs[-1][0] == section:
            runs[-1] = (section, runs[-1][1], index + 1)
        else:
            runs.append((section, index, index + 1))
    repeated = {section for section, count in Counter(run[0] for run in runs).items() if count > 1}
    kept, now = memo.sections, {}
    chunks: list[Chunk[T]] = []
    memo.spans_cut = 0
    for number, (section, start, end) in enumerate(runs):
        run = tuple(items[start:end])
        key = (section, number if section in repeated else -1, target, limit)
        found = kept.get(key)
        if found is None or len(found[0]) != len(run) or not all(map(is_, found[0], run)):
            spans, made = _spans_again(run, found, section_of, group_of, target, limit)
            memo.spans_cut += made
            found = (run, spans)
        now[key] = found
        _add_chunks(chunks, section, found[1], limit)
    memo.sections = now
    return chunks


def _spans_again(run: tuple[T, ...], last: tuple[tuple[T, ...], list[Span[T]]] | None,
                 section_of: Callable[[T], str], group_of: Callable[[T], str], target: int,
                 limit: int) -> tuple[list[Span[T]], int]:
    """A changed run's spans, and how many were cut again: the last spans before the change kept
    while the span after them lies before the change too (so the group starting where they end is
    whole and unchanged); the last spans after it kept while the item before each lies after the
    change (so the group boundary and the group starting there are unchanged); only the spans
    between cut again."""
    def cut(first: int, stop: int) -> list[Span[T]]:
        found = _sections(run[first:stop], section_of, group_of)
        return _spans(found[0][1], first, target, limit) if found else []

    if last is None:
        spans = cut(0, len(run))
        return spans, len(spans)
    old, spans = last
    shortest = min(len(old), len(run))
    same_start = 0
    while same_start < shortest and old[same_start] is run[same_start]:
        same_start += 1
    same_end = 0
    while same_end < shortest - same_start and old[-1 - same_end] is run[-1 - same_end]:
        same_end += 1
    before = 0  # spans kept from the start
    while before + 1 < len(spans) and spans[before + 1].end < same_start:
        before += 1
    middle_start = spans[before - 1].end if before else 0
    after = len(spans)  # spans from `after` on kept (shifted)
    while after - 1 > before and spans[after - 1].start - 1 >= len(old) - same_end \
            and spans[after - 1].start > middle_start:
        after -= 1
    shift = len(run) - len(old)
    middle_end = spans[after].start + shift if after < len(spans) else len(run)
    moved = [Span(span.start + shift, span.end + shift, span.pieces) for span in spans[after:]] if shift \
        else list(spans[after:])
    middle = cut(middle_start, middle_end)
    return [*spans[:before], *middle, *moved], len(middle)


def _cut(groups: Sequence[Group[T]], target: int, level: int) -> list[list[Group[T]]]:
    """`groups` cut before each group (but the first) whose id hashes below its weight/target."""
    spans: list[list[Group[T]]] = []
    for group in groups:
        if not spans or _cuts_before(group[1], len(group[2]), target, level):
            spans.append([group])
        else:
            spans[-1].append(group)
    return spans


def _fit(span: list[Group[T]], target: int, limit: int, level: int) -> list[list[Group[T]]]:
    """A span over `limit` rows cut again, with a finer target at each level; by count at last."""
    if len(span) == 1 or sum(len(group[2]) for group in span) <= limit:
        return [span]
    if level > 8:
        pieces: list[list[Group[T]]] = [[]]
        rows = 0
        for group in span:
            if pieces[-1] and rows + len(group[2]) > limit:
                pieces.append([])
                rows = 0
            pieces[-1].append(group)
            rows += len(group[2])
        return pieces
    finer = max(1, target >> level)
    return [piece for sub in _cut(span, finer, level) for piece in _fit(sub, target, limit, level + 1)]


def _name(group: str, used: set[str]) -> str:
    taken, number = group or "x", 1
    while taken in used or taken == "index":
        number += 1
        taken = f"{group or 'x'}--{number}"
    used.add(taken)
    return taken


def _cuts_before(group: str, rows: int, target: int, level: int = 0) -> bool:
    """Whether a span starts at this group: its id's hash at this level, uniform in [0, 1), below
    rows/target, rows rounded down to a power of two (a row more or less seldom moves a cut)."""
    key = f"{level}:{group}".encode()
    value = int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big") / 2 ** 64
    return value < (1 << (rows.bit_length() - 1)) / target


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


__all__ = ["PART_LINKS_UP_TO", "Chunk", "Link", "Pager", "Part", "SplitMemo", "chain", "free_name", "keyed_split",
           "keyed_split_kept", "nth", "numbered", "part_label", "split"]
