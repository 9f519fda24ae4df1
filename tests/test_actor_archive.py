"""Actor archives and the A-to-Z actor lists are cut by stable keys (issue #14): a briefing added
or removed changes the archive parts that hold its rows (and the newest part, which takes the row
the actor page no longer shows) — not every part after it, as a cut by count did — and a new
actor changes the A-to-Z part it joins.  The fingerprints of the pages agree."""

from __future__ import annotations

import pytest
from test_site_bounded import _generator

from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Corpus
from lagebild.site import actor_archive, actor_lists
from lagebild.site.actor_archive import ArchivePage, actor_view, below_a_year
from lagebild.site.incremental.page_inputs import page_fingerprints

TODAY = "2025-07-01"
ROWS = 8  # rows per archive part at most: many parts for the busiest actor of a small corpus


@pytest.fixture(scope="module")
def briefings() -> list[Briefing]:
    return [item.briefing for item in _generator().generate(160)]


@pytest.fixture(autouse=True)
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actor_archive, "ACTOR_LATEST", 3)
    monkeypatch.setattr(actor_archive, "ARCHIVE_ITEMS_PER_PAGE", ROWS)
    monkeypatch.setattr(actor_lists, "LIST_ROWS", 6)


def archives(briefings: list[Briefing]) -> tuple[str, dict[str, ArchivePage]]:
    corpus = Corpus(briefings)
    busiest = max((a for a in corpus.actors.values() if a.kind == "person"), key=lambda a: len(a.briefings))
    view = actor_view(busiest, corpus.events_of(busiest, TODAY))
    return busiest.path, {page.path: page for page in view.archives}


def shown(page: ArchivePage) -> tuple[object, ...]:
    return (tuple(b.slug for b in page.briefings), tuple(m.id for m in page.events),
            tuple((b.slug, q.id) for b, q in page.quotes))


def changed(before: dict[str, ArchivePage], after: dict[str, ArchivePage]) -> list[str]:
    return sorted(path for path in before.keys() | after.keys()
                  if path not in before or path not in after or shown(before[path]) != shown(after[path]))


def test_parts_are_bounded_newest_first_and_named_by_year(briefings: list[Briefing]) -> None:
    path, pages = archives(briefings)
    assert len(pages) > 8, "the busiest actor's archive was not cut into parts"
    folder = path.removesuffix(".md")
    years = [page.year for page in pages.values()]
    assert years == sorted(years, reverse=True)
    for page in pages.values():
        rows = len(page.briefings) + len(page.events) + len(page.quotes)
        assert 0 < rows <= ROWS, page.path
        assert page.path == f"{folder}/{page.year}.md" if page.part == 1 else below_a_year(page.path), page.path


@pytest.mark.parametrize("where", [1, 2, 3])
def test_removing_a_briefing_changes_only_the_parts_near_its_rows(briefings: list[Briefing], where: int) -> None:
    """Removing one of the actor's older briefings (a quarter, half, three quarters down its list)
    changes the parts holding its rows and the newest one, not the parts after it."""
    path, before = archives(briefings)
    corpus = Corpus(briefings)
    actor = next(a for a in corpus.actors.values() if a.path == path)
    gone = actor.briefings[len(actor.briefings) * where // 4]
    _, after = archives([b for b in briefings if b.slug != gone.slug])
    found = changed(before, after)
    holding = [p for p, page in before.items() if gone.slug in {b.slug for b in page.briefings}
               | {b.slug for b, _ in page.quotes} | {r.briefing.slug for m in page.events for r in m.reports}]
    assert holding and found, "the removal changed nothing"
    # the parts holding its rows, the newest part, and at most one cut moved next to them
    assert len(found) <= len(holding) + 3, (found, holding)
    assert len(found) < len(before) // 2, f"{len(found)} of {len(before)} parts changed"


def test_adding_a_briefing_changes_only_the_newest_part_and_its_own(briefings: list[Briefing]) -> None:
    _, before = archives(briefings[:-1])
    _, after = archives(briefings)
    found = changed(before, after)
    assert len(found) <= 4, found
    assert len(found) < len(before) // 2


def test_fingerprints_of_far_archive_parts_and_a_to_z_parts_stay(briefings: list[Briefing]) -> None:
    """What the planner sees: after one briefing is removed, few archive and A-to-Z parts of the
    busiest actor have a new fingerprint."""
    def prints(found: list[Briefing]) -> dict[str, str]:
        return page_fingerprints(Corpus(found), {b.slug: b.slug for b in found}, {}, TODAY, "p")

    path, pages = archives(briefings)
    corpus = Corpus(briefings)
    actor = next(a for a in corpus.actors.values() if a.path == path)
    gone = actor.briefings[len(actor.briefings) // 2]
    before, after = prints(briefings), prints([b for b in briefings if b.slug != gone.slug])
    folder = path.removesuffix(".md") + "/"
    renders = [p for p in before.keys() | after.keys() if p.startswith(folder) and before.get(p) != after.get(p)]
    assert 0 < len(renders) < len(pages) // 2, renders
    a_to_z = [p for p in before if p.startswith("actors/all/")]
    assert len(a_to_z) > 4, "the A-to-Z list of persons was not cut"
    moved = [p for p in a_to_z if before.get(p) != after.get(p)]
    assert len(moved) <= 2, moved  # the parts of the actors only that briefing named, if any


def test_a_view_cut_again_from_its_memo_equals_a_fresh_cut(briefings: list[Briefing]) -> None:
    """Under serve each actor's rows and cut are kept (`ArchiveMemo`, `pager.keyed_split_kept`): after
    briefings are removed, added back and replaced by copies, every actor's view equals one cut
    without a memo, and the busiest actor's unchanged runs were not cut again."""
    memos: dict[str, actor_archive.ArchiveMemo] = {}
    middle = len(briefings) // 2
    steps = [briefings, briefings[1:], briefings, [b for i, b in enumerate(briefings) if i != middle],
             [*briefings[:middle], Briefing(**{**briefings[middle].__dict__}), *briefings[middle + 1:]], briefings]
    reused = 0
    for step in steps:
        corpus = Corpus(step)
        for actor in corpus.actors.values():
            events = corpus.events_of(actor, TODAY)
            memo = memos.setdefault(actor.path, actor_archive.ArchiveMemo())
            had = dict(memo.split.sections)
            kept = actor_view(actor, events, memo)
            assert kept == actor_view(actor, events), actor.path
            reused += sum(1 for key, found in memo.split.sections.items() if had.get(key) is found)
    assert reused  # some runs were kept whole
