"""No page grows with the corpus (issues #12 and #14): a site of a few hundred generated briefings
over a year has a small timeline index, one page per month (parts for a dense month), actor pages
with the latest entries and yearly archives, and every link to a timeline row lands on its row."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, build_site_from
from support.pages import read_page

from lagebild.briefing.briefing_file import new_body, render_file
from lagebild.picture.events_merge import MergedEvent
from lagebild.site.actor_archive import ACTOR_LATEST
from lagebild.site.timeline_layout import ROWS_PER_PAGE, layout

BRIEFINGS = 240
TODAY = "2025-07-01"  # mid-way through the generated year: planned and past events
PAGE_LIMIT_KB = 200  # the goal is 300 KB at 1,000 briefings; at 240 the bound must hold with room


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_generate_bounded", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("bounded-content") / "content"
    (content / "briefings").mkdir(parents=True)
    for item in _generator().generate(BRIEFINGS):
        body = new_body(item.briefing, ROOT / "templates")
        (content / "briefings" / f"{item.briefing.slug}.md").write_text(render_file(item.briefing, body),
                                                                        encoding="utf-8")
    return build_site_from(content, tmp_path_factory.mktemp("bounded-project"), today=TODAY)


def follow(page: Path, href: str) -> tuple[Path, str]:
    """The HTML file a relative link from page leads to (directory URLs), and its fragment."""
    address, _, fragment = href.partition("#")
    address = address.partition("?")[0]
    target = (page.parent / address).resolve()
    return (target / "index.html" if target.is_dir() else target), fragment


def rows(path: Path) -> list[str]:
    return re.findall(r'<tr [^>]*\bid="(ev-[0-9a-f]+)"', path.read_text(encoding="utf-8"))


def test_no_page_exceeds_the_limit(site: Path) -> None:
    sizes = {p: p.stat().st_size for p in site.rglob("*.html")}
    largest = max(sizes, key=lambda p: sizes[p])
    assert sizes[largest] < PAGE_LIMIT_KB * 1024, (largest, sizes[largest])
    assert (site / "timeline/index.html").stat().st_size < 60 * 1024  # the index stays small


def test_the_timeline_index_links_every_month_newest_first(site: Path) -> None:
    index = site / "timeline/index.html"
    months = [href.rstrip("/") for href in read_page(index).links if re.fullmatch(r"\d{4}-\d{2}/", href)]
    on_disk = sorted((p.name for p in (site / "timeline").iterdir() if p.is_dir()), reverse=True)
    assert len(months) >= 12 and months == on_disk  # every month, newest first
    # Each row is on exactly one month page; the index repeats only a few planned ones.
    all_rows = [row for month in months for row in rows(site / "timeline" / month / "index.html")]
    assert len(all_rows) == len(set(all_rows)) > len(months)
    assert 0 < len(rows(index)) <= 15 and set(rows(index)) <= set(all_rows)
    # Month pages link each other: from the newest, „Früher“ walks every month.
    page, seen = site / "timeline" / months[0] / "index.html", [months[0]]
    while earlier := [h for h in read_page(page).links if h.startswith("../") and re.search(r"\d{4}-\d{2}/$", h)
                      and h.rstrip("/").rsplit("/", 1)[-1] < page.parent.name]:
        page = follow(page, earlier[0])[0]
        seen.append(page.parent.name)
    assert seen == months


def test_a_merged_event_link_lands_on_the_page_that_holds_its_row(site: Path) -> None:
    followed = 0
    for briefing in sorted((site / "briefings").glob("*/index.html"))[:60]:
        for href in read_page(briefing).links:
            if "timeline/" in href and "#ev-" in href:
                target, fragment = follow(briefing, href)
                assert target.is_file(), href
                assert fragment in rows(target), (briefing, href)
                followed += 1
    assert followed > 60


def test_a_busy_actor_keeps_the_latest_and_archives_the_rest(site: Path) -> None:
    actors = [p for p in (site / "actors").glob("*/index.html") if p.parent.name != "all"]  # not the A-to-Z list
    busiest = max(actors, key=lambda p: len(list(p.parent.iterdir())))
    archives = [follow(busiest, h)[0] for h in read_page(busiest).links if re.fullmatch(r"\d{4}/([^/]+/)?", h)]
    assert archives, "the busiest actor has an archive"
    main_text = busiest.read_text(encoding="utf-8")
    shown_briefings = {h for h in read_page(busiest).links if "/briefings/" in h and "#" not in h}
    assert len(shown_briefings) <= 3 * ACTOR_LATEST  # latest briefings, each role's latest, quotes' sources
    archived_dates = []
    for archive in archives:
        text = archive.read_text(encoding="utf-8")
        assert archive.stat().st_size < PAGE_LIMIT_KB * 1024
        assert read_page(archive).links, archive
        archived_dates += re.findall(r"\d{1,2}\. [A-ZÄ][a-zä]+ (\d{4})", text)
    newest_on_page = re.findall(r"\d{1,2}\. [A-ZÄ][a-zä]+ (\d{4})", main_text)
    assert archived_dates and min(archived_dates) <= min(newest_on_page)  # the archive holds the older ones


def _event(number: int, day: str) -> MergedEvent:
    return MergedEvent(id=f"ev-{number:04d}", date=day, kind="meeting", status="past", summary="",
                       place=None, participants=(), reports=())


def test_a_dense_month_is_split_into_numbered_parts_newest_first() -> None:
    dense = [_event(n, f"2025-03-{1 + n % 28:02d}") for n in range(ROWS_PER_PAGE * 2 + 5)]
    pages = layout([*dense, _event(9999, "2025-02-01"), _event(9998, "")])
    assert [p.path for p in pages] == ["timeline/2025-03/index.md", "timeline/2025-03/2.md", "timeline/2025-03/3.md",
                                       "timeline/2025-02/index.md", "timeline/undated/index.md"]
    assert [len(p.entries) for p in pages[:3]] == [ROWS_PER_PAGE, ROWS_PER_PAGE, 5]
    march = [m.date or "" for p in pages[:3] for m in p.entries]
    assert march == sorted(march, reverse=True)


def test_review_pages_stay_bounded_however_many_facts_need_a_human() -> None:
    """Every person of 300 briefings guessed: the Prüfliste's guessed list runs over pages (by month,
    then between briefings) of at most PAGE_SIZE entries each, none of them large."""
    import dataclasses

    from lagebild.picture.corpus import Corpus
    from lagebild.site.pages import generated_pages
    from lagebild.site.todo import PAGE_SIZE

    briefings = [dataclasses.replace(item.briefing, persons=tuple(dataclasses.replace(p, review="guessed")
                                                                  for p in item.briefing.persons))
                 for item in _generator().generate(300)]
    pages = generated_pages(Corpus(briefings), ROOT / "templates", "de", TODAY)
    guessed = {path: page.html for path, page in pages.items()
               if re.fullmatch(r"review/guessed(/[^/]+/[^/]+)?\.md", path)}
    assert len(guessed) > 2  # more than PAGE_SIZE entries: split
    for path, text in guessed.items():
        assert text.count("<tr>") <= PAGE_SIZE + 1, path  # the rows and the head
        assert len(text.encode()) < 100 * 1024, path


def test_the_index_without_planned_events_lists_only_the_months() -> None:
    from lagebild.picture.corpus import Corpus
    from lagebild.site.pages import generated_pages

    corpus = Corpus([item.briefing for item in _generator().generate(30)])
    pages = generated_pages(corpus, ROOT / "templates", "de", "2030-01-01")  # every event has passed
    index = pages["timeline.md"].html
    assert "<table" not in index and "lb-filter" not in index
    months = re.findall(r'href="(\d{4}-\d{2})/"', index)
    assert months and months == sorted(months, reverse=True)
    assert all(f"timeline/{month}/index.md" in pages for month in months)


def test_list_parts_are_built_titled_and_reachable(site: Path) -> None:
    """The long list of persons continues A to Z on parts the overview links, each titled by its range;
    the briefing list links every month, and every month page lists its briefings."""
    overview = site / "actors/index.html"
    parts = [follow(overview, h)[0] for h in read_page(overview).links if re.fullmatch(r"all/(\d+/)?", h)]
    assert parts and all(p.is_file() for p in parts)
    for part in parts:
        assert re.search(r"<title>Personen [A-ZÄÖÜ](–[A-ZÄÖÜ])? - ", part.read_text(encoding="utf-8")), part
    listing = site / "briefings/index.html"
    months = [follow(listing, h)[0] for h in read_page(listing).links if re.fullmatch(r"\d{4}-\d{2}/", h)]
    assert len(months) >= 12
    listed = [h for month in months for h in read_page(month).links if re.fullmatch(r"\.\./\d{5}-[a-z0-9-]+/", h)]
    assert len(listed) == len(set(listed)) == BRIEFINGS  # every briefing on exactly one month page
