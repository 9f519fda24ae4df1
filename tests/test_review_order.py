"""The Prüfliste's corrections in order: an edit's order patched from the last one equals a sort of all."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.briefing.merge import Change
from lagebild.review import Correction, _order_key, ordered_corrections

SLUGS = [f"b{index:02d}" for index in range(12)]
KEYPATHS = ["title", "persons[0].role", "events[0].date", "events[1]"]  # few: equal keys within a briefing
SEEN = ["", "2025-01-02", "2025-03-04", "2025-03-05"]


def group(slug: str, rows: list[tuple[str, str]]) -> tuple[Correction, ...]:
    briefing: Any = SimpleNamespace(slug=slug)
    return tuple(Correction(briefing, Change(keypath, keypath, None, None), seen) for keypath, seen in rows)


rows = st.lists(st.tuples(st.sampled_from(KEYPATHS), st.sampled_from(SEEN)), min_size=1, max_size=4)
groups_ = st.dictionaries(st.sampled_from(SLUGS), rows, max_size=10)


def flat_sort(groups: dict[str, tuple[Correction, ...]]) -> list[Correction]:
    return sorted((c for found in groups.values() for c in found), key=_order_key, reverse=True)


@settings(max_examples=150, deadline=None)
@given(groups_, st.lists(st.tuples(st.sampled_from(SLUGS), st.none() | rows), max_size=6))
def test_a_patched_order_is_the_sorted_order(first: dict[str, list[tuple[str, str]]],
                                             edits: list[tuple[str, list[tuple[str, str]] | None]]) -> None:
    """Briefings' corrections renewed, added, dropped (None), unchanged: after each step the patched
    order is, object by object, the stable sort of every correction in briefing order."""
    groups = {slug: group(slug, found) for slug, found in sorted(first.items())}
    order = ordered_corrections(groups, None)
    assert all(a is b for a, b in zip(order, flat_sort(groups), strict=True))
    for slug, found in edits:
        now = dict(groups)
        if found is None:
            now.pop(slug, None)
        else:
            now[slug] = group(slug, found)
        now = dict(sorted(now.items()))
        patched = ordered_corrections(now, (groups, order))
        assert all(a is b for a, b in zip(patched, flat_sort(now), strict=True))
        groups, order = now, patched


def test_unchanged_objects_keep_the_last_order_and_many_changes_sort_again() -> None:
    groups = {slug: group(slug, [("title", "2025-01-02")]) for slug in SLUGS}
    order = ordered_corrections(groups, None)
    assert ordered_corrections(dict(groups), (groups, order)) is order
    renewed = {slug: group(slug, [("title", "2025-03-04")]) for slug in SLUGS}
    assert ordered_corrections(renewed, (groups, order)) == flat_sort(renewed)
