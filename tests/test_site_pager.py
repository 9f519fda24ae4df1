"""Every listing is cut by rows, not only by calendar (issues #12, #14): with small rows-per-page
set for a small generated corpus, each part of the briefing list, the actor lists, the stories,
the story list, actor archives and timeline months stays within its bound, each part links the
next until the last, and links from elsewhere land on the part that holds what they point at."""

from __future__ import annotations

import html
import operator
import posixpath
import re
from functools import cache
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from test_site_bounded import _generator

from lagebild.picture.corpus import Corpus
from lagebild.site import actor_archive, actor_lists, briefing_list, story_layout, timeline_layout
from lagebild.site.html_markup import file_url
from lagebild.site.pager import Link, chain, free_name, numbered, split
from lagebild.site.pages import generated_pages

TODAY = "2025-07-01"
BOUNDS = {"briefings": 7, "actors": 10, "story": 4, "stories": 3, "archive": 5, "timeline": 6}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus([item.briefing for item in _generator().generate(150)])


@pytest.fixture(scope="module")
def pages(corpus: Corpus) -> dict[str, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(briefing_list, "ROWS_PER_PAGE", BOUNDS["briefings"])
        patch.setattr(briefing_list, "LATEST_ON_INDEX", 5)
        patch.setattr(actor_lists, "LIST_ROWS", BOUNDS["actors"])
        patch.setattr(actor_lists, "TOP_ON_INDEX", 3)
        patch.setattr(story_layout, "STORY_ROWS", BOUNDS["story"])
        patch.setattr(story_layout, "STORIES_PER_PAGE", BOUNDS["stories"])
        patch.setattr(actor_archive, "ARCHIVE_ITEMS_PER_PAGE", BOUNDS["archive"])
        patch.setattr(timeline_layout, "ROWS_PER_PAGE", BOUNDS["timeline"])
        return {path: page.html for path, page in generated_pages(corpus, ROOT / "templates", "de", TODAY).items()}


@cache
def _sources(paths: frozenset[str]) -> dict[str, str]:
    return {file_url(path): path for path in paths}


def target_of(pages: dict[str, str], path: str, href: str) -> str:
    """The source path a link on page `path` points at (as MkDocs wrote it: relative page URLs)."""
    address = href.split("#")[0].split("?")[0]
    url = posixpath.normpath(posixpath.join(file_url(path), address))
    url = "./" if url == "." else url + ("/" if address.endswith("/") else "")
    known = _sources(frozenset(pages)).get(url)
    if known is not None or not url.endswith("/"):
        return known or url
    return "index.md" if url == "./" else url[:-1] + ".md"  # a page not generated here: a briefing


def links(pages: dict[str, str], path: str) -> list[tuple[str, str]]:
    """(label, target source path) of every link to a page on a page."""
    found = [(html.unescape(re.sub(r"<[^>]*>", "", label)), target_of(pages, path, href))
             for href, label in re.findall(r'<a href="([^"]*)">(.*?)</a>', pages[path], re.DOTALL)]
    return [(label, target) for label, target in found if target.endswith(".md")]


def walk(pages: dict[str, str], first: str, word: str) -> list[str]:
    """From `first`, follow the pager's „<word>: …“ link to the last part."""
    seen = [first]
    while True:
        after = re.search(rf'{word}: <a href="([^"]+)">[^<]*</a> →', pages[seen[-1]])
        if after is None:
            return seen
        target = target_of(pages, seen[-1], after.group(1))
        assert target in pages and target not in seen, (seen[-1], target)
        seen.append(target)


def table_rows(page: str, containing: str = "") -> int:
    """Table rows of a page (the header row too) that contain `containing`."""
    return len([row for row in page.split("<tr")[1:] if containing in row.split("</tr>")[0]])


def test_split_keeps_order_bounds_every_part_and_numbers_the_addresses() -> None:
    parts = split(list(range(11)), 4, numbered("x/index.md", "x"))
    assert [p.items for p in parts] == [(0, 1, 2, 3), (4, 5, 6, 7), (8, 9, 10)]
    assert [p.path for p in parts] == ["x/index.md", "x/2.md", "x/3.md"] and {p.count for p in parts} == {3}
    assert [p.items for p in split([], 4, numbered("x/index.md", "x"))] == [()]  # an empty list keeps its page
    with pytest.raises(ValueError):
        split([1], 0, numbered("x/index.md", "x"))
    pagers = chain([Link("a", "a.md"), Link("b", "b.md"), Link("c", "c.md")])
    assert [(p.before, p.after) for p in pagers][1] == (Link("a", "a.md"), Link("c", "c.md"))
    assert pagers[0].before is None and pagers[2].after is None and pagers[1].current == 2
    assert free_name("2025-03", {"2025-03"}) == "2025-03-" and free_name("2025-04", {"2025-03"}) == "2025-04"


def test_the_briefing_list_is_the_newest_and_every_briefing_on_its_month_part(
        corpus: Corpus, pages: dict[str, str]) -> None:
    index = pages["briefings/index.md"]
    assert table_rows(index) - 1 == 5  # the latest 5 (the header row aside)
    months = [target for label, target in links(pages, "briefings/index.md") if target.endswith("/index.md")
              and re.fullmatch(r"briefings/\d{4}-\d{2}/index\.md", target)]
    assert months == sorted(months, reverse=True) and len(months) >= 12
    walked = walk(pages, months[0], "Früher")  # the pager runs through every month's parts, newest first
    assert [p for p in walked if p.endswith("/index.md")] == months
    listed: list[str] = []
    for part in walked:
        rows = [t for _, t in links(pages, part) if re.fullmatch(r"briefings/[^/]+\.md", t)
                and t != "briefings/index.md"]
        assert 0 < len(rows) <= BOUNDS["briefings"], part
        listed += rows
    assert sorted(listed) == sorted(f"briefings/{b.slug}.md" for b in corpus.briefings)  # each exactly once
    # A busy month's second part says so in its heading (the page title).
    busy = next(p for p in pages if re.fullmatch(r"briefings/\d{4}-\d{2}/2\.md", p))
    count = len([p for p in pages if p.startswith(busy.removesuffix("2.md")) and p.endswith(".md")])
    assert re.search(rf'<h1 id="[^"]*">Briefings – \w+ \d{{4}} \(Teil 2/{count}\)<a', pages[busy]), pages[busy][:300]


def test_long_actor_lists_show_the_most_named_and_continue_a_to_z(corpus: Corpus, pages: dict[str, str]) -> None:
    overview = links(pages, "actors/index.md")
    parts = [t for _, t in overview if re.fullmatch(r"actors/all/[^/]+\.md", t)]
    assert parts and parts[0] == "actors/all/index.md"
    walked = walk(pages, parts[0], "Weiter")
    assert walked == parts  # the overview links every part, the pager walks them in order
    names = []
    for part in walked:
        shown = [label for label, t in links(pages, part) if re.fullmatch(r"actors/[^/]+\.md", t)
                 and t != "actors/index.md"]
        assert 0 < len(shown) <= BOUNDS["actors"], part
        names += shown
    assert len(names) == len(corpus.by_kind("person"))  # every person once, alphabetically across parts
    assert pages["actors/index.md"].count("<li><a") < 3 + 3 * BOUNDS["actors"] + 30  # the overview stays short


def test_story_pages_show_the_latest_and_archive_the_rest(corpus: Corpus, pages: dict[str, str]) -> None:
    stories = corpus.stories(TODAY)
    big = max(stories, key=lambda s: len(s.events))
    assert len(big.events) > BOUNDS["story"]  # the corpus has a story that needs parts
    first = story_layout.story_path(big)
    walked = walk(pages, first, "Früher")
    assert len(walked) == -(-max(len(big.events), len(big.briefings)) // BOUNDS["story"])
    seen: list[str] = []
    for part in walked:
        assert table_rows(pages[part], 'class="footnote-ref"') <= BOUNDS["story"], part
        seen += re.findall(r"<li><a", pages[part])
    assert len(seen) == len(big.briefings)
    # The story's oldest event is on its last part with events; the story list reaches every story.
    oldest = min((m for m in big.events if m.date), key=lambda m: m.date or "")
    holder = story_layout.story_part_path(big, oldest.id, BOUNDS["story"])
    with_events = [part.path for part in story_layout.story_parts(big, BOUNDS["story"]) if part.planned or part.past]
    assert holder == with_events[-1] and holder in walked  # the oldest event is on the last part with events
    index = walk(pages, "stories/index.md", "Früher")
    assert len(index) == -(-len(stories) // BOUNDS["stories"]) > 1
    listed = {t for part in index for _, t in links(pages, part) if t not in index}
    assert listed == {story_layout.story_path(s) for s in stories} | {"index.md"}  # and the crumb home
    assert "stories/index.md" in [t for _, t in links(pages, "index.md")]


def test_archive_parts_and_timeline_months_stay_within_their_rows(pages: dict[str, str]) -> None:
    archives = [p for p in pages if re.fullmatch(r"actors/[^/]+/\d{4}(/[^/]+)?\.md", p)]
    assert any(p.count("/") == 3 for p in archives)  # a dense year is cut
    for path in archives:
        text = pages[path]  # rows: briefings listed, event rows, quotes (each names its briefing after '— ')
        rows = len(re.findall(r'<li><a href="[^"]*briefings/', text)) + text.count("<tr>") - text.count("<thead>")
        assert rows + text.count("\n— <a") <= BOUNDS["archive"], path
    for path in (p for p in pages if p.startswith("timeline/")):
        assert pages[path].count("<tr id=") <= BOUNDS["timeline"], path
    newest = max(p for p in pages if re.fullmatch(r"timeline/\d{4}-\d{2}/index\.md", p))
    walked = walk(pages, newest, "Früher")
    assert len(walked) == len([p for p in pages if p.startswith("timeline/") and p != "timeline.md"])


def test_links_from_elsewhere_land_on_the_part_that_holds_their_target(corpus: Corpus, pages: dict[str, str]) -> None:
    # merged-event links (briefing pages, actor pages) name the timeline part whose rows hold them
    for path in ("index.md", *[p for p in pages if re.fullmatch(r"actors/[^/]+\.md", p)][:20]):
        for target, anchor in re.findall(r'<a href="([^"]*timeline/[^"#]*)#(ev-[0-9a-f]+)"', pages[path]):
            held = target_of(pages, path, target)
            assert f'id="{anchor}"' in pages[held], (path, held, anchor)
    # every month part is where briefing_list says each of its briefings is
    months = briefing_list.layout(corpus.briefings, BOUNDS["briefings"])
    some = corpus.briefings[::17]
    for briefing in some:
        held = briefing_list.list_path(months, briefing.slug)
        assert f"briefings/{briefing.slug}.md" in [target for _, target in links(pages, held)], held


def test_a_month_folder_never_takes_a_briefings_address() -> None:
    import dataclasses

    generated = [item.briefing for item in _generator().generate(3)]
    clash = dataclasses.replace(generated[0], slug=generated[1].published[:7])  # a briefing called '2025-03'
    paths = [page.path for page in briefing_list.layout([clash, *generated[1:]])]
    assert f"briefings/{clash.slug}/index.md" not in paths and f"briefings/{clash.slug}-/index.md" in paths


def test_each_part_has_its_own_title_and_description(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.site.page_meta import page_metas

    monkeypatch.setattr(briefing_list, "ROWS_PER_PAGE", BOUNDS["briefings"])
    monkeypatch.setattr(actor_lists, "LIST_ROWS", BOUNDS["actors"])
    german, english = page_metas(corpus, "de"), page_metas(corpus, "en")
    month = next(p for p in german if re.fullmatch(r"briefings/\d{4}-\d{2}/2\.md", p))
    parts = len([p for p in german if p.startswith(month.removesuffix("2.md"))])
    assert re.fullmatch(rf"Briefings – \w+ \d{{4}} \(Teil 2/{parts}\)", german[month].title), german[month]
    assert re.fullmatch(rf"Briefings – \w+ \d{{4}} \(Part 2/{parts}\)", english[month].title), english[month]
    assert german[month].description.startswith(german[month].title) and german[month].language == "de"
    assert german["actors/all/index.md"].title.startswith("Personen A") and \
        english["actors/all/index.md"].title.startswith("People A")


def test_search_variants_name_pages_that_exist(corpus: Corpus, pages: dict[str, str]) -> None:
    """The search index's extra spellings go to pages by source path: a story's first part keeps its address."""
    from lagebild.site.search_synonyms import page_variants

    variants = page_variants(corpus, TODAY)
    stories = [path for path in variants if path.startswith("stories/")]
    assert stories and all(path in pages for path in stories)
    generated = [path for path in variants if not path.startswith("briefings/")]
    assert all(path in pages for path in generated)


def _rows(groups: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """(section, group id, row number) rows, each group with as many rows as said."""
    return [(section, group, n) for section, group, count in groups for n in range(count)]


def _keyed(rows: list[tuple[str, str, int]], target: int = 4, limit: int = 8) -> list[Any]:
    from lagebild.site.pager import keyed_split
    return keyed_split(rows, lambda row: row[0], lambda row: row[1], target, limit)


def test_keyed_split_keeps_sections_in_order_groups_whole_and_pages_bounded() -> None:
    rows = _rows([("2025-04", f"a{n}", 1 + n % 3) for n in range(30)] + [("2025-03", f"b{n}", 2) for n in range(20)])
    chunks = _keyed(rows)
    assert [row for chunk in chunks for row in chunk.items] == rows  # nothing lost, nothing moved
    assert [c.section for c in chunks] == sorted((c.section for c in chunks), reverse=True)
    assert [c.anchor for c in chunks if c.anchor == ""] == ["", ""]  # each section's first page
    assert all(c.anchor == c.items[0][1] for c in chunks if c.anchor)  # named by the group it starts with
    assert all(0 < len(c.items) <= 8 for c in chunks)
    pages_of: dict[str, set[int]] = {}
    for number, chunk in enumerate(chunks):
        for row in chunk.items:
            pages_of.setdefault(row[1], set()).add(number)
    assert all(len(pages) == 1 for pages in pages_of.values())  # no group on two pages


def test_keyed_split_cuts_a_group_longer_than_a_page_and_names_each_piece() -> None:
    chunks = _keyed(_rows([("m", "first", 2), ("m", "huge", 20), ("m", "after", 1)]))
    pieces = [c for c in chunks if any(row[1] == "huge" for row in c.items)]
    assert [len(c.items) for c in pieces] == [8, 8, 4]
    assert [c.anchor for c in pieces][1:] == ["huge--2", "huge--3"]
    assert len({(c.section, c.anchor) for c in chunks}) == len(chunks)


def test_keyed_split_a_group_more_moves_no_cut_far_away() -> None:
    """Rows added to one group change the pages near it only: every page more than two pages away
    keeps its name and its rows."""
    groups = [("m", f"g{n:03d}", 1 + n % 4) for n in range(200)]
    before = {(c.anchor, c.items) for c in _keyed(_rows(groups))}
    grown = list(groups)
    grown[100] = ("m", "g100", 7)
    after = _keyed(_rows(grown))
    at = next(n for n, c in enumerate(after) if any(row[1] == "g100" for row in c.items))
    far = [c for n, c in enumerate(after) if abs(n - at) > 2]
    assert len(far) > 30 and all((c.anchor, c.items) in before for c in far)


@given(st.lists(st.tuples(st.sampled_from("abcd"), st.integers(0, 12), st.integers(1, 5)), max_size=60),
       st.lists(st.tuples(st.sampled_from(["drop", "add", "renew"]), st.integers(0, 59),
                          st.sampled_from("abcd"), st.integers(0, 12)), max_size=6))
@settings(max_examples=150, deadline=None)
def test_keyed_split_kept_cuts_as_keyed_split_after_every_edit(start: list[tuple[str, int, int]],
                                                                edits: list[tuple[str, int, str, int]]) -> None:
    """The memo's chunks equal a fresh cut after every edit (rows dropped, added, renewed as new
    objects; a section may come back after another one), a section whose rows are the same
    objects keeps its very span objects, and a changed one keeps those away from the change."""
    from lagebild.site.pager import SplitMemo, keyed_split, keyed_split_kept

    def cut(rows: list[tuple[str, str, int]], memo: SplitMemo[Any]) -> list[Any]:
        return keyed_split_kept(rows, lambda row: row[0], lambda row: row[1], 3, 5, memo)

    rows = _rows([(section, f"g{group}", count) for section, group, count in start])
    memo: SplitMemo[Any] = SplitMemo()
    for action, at, section, group in [("keep", 0, "a", 0), *edits]:
        at = min(at, len(rows))
        if action == "drop" and rows:
            del rows[min(at, len(rows) - 1)]
        elif action == "add":
            rows.insert(at, (section, f"g{group}", 99))
        elif action == "renew" and rows:
            old = rows[min(at, len(rows) - 1)]
            rows[min(at, len(rows) - 1)] = (old[0], old[1], old[2] + 1000)
        before = {id(span) for _, made in memo.sections.values() for span in made}
        kept_sections = {key: found[0] for key, found in memo.sections.items()}
        chunks = cut(rows, memo)
        fresh = keyed_split(rows, lambda row: row[0], lambda row: row[1], 3, 5)
        assert chunks == fresh
        assert all(a.anchor == b.anchor and all(map(operator.is_, a.items, b.items)) for a, b in zip(chunks, fresh))
        for key, (run, made) in memo.sections.items():  # an unchanged section's spans are the same objects
            old_run = kept_sections.get(key)
            if old_run is not None and len(old_run) == len(run) and all(a is b for a, b in zip(old_run, run)):
                assert all(id(span) in before for span in made)


def test_keyed_split_kept_cuts_again_only_around_an_edit() -> None:
    """One big section (as the corrections no extraction has seen: thousands of rows) with one
    group renewed, one added and one dropped: the cut equals a fresh one, and only the spans
    around each edit are cut again."""
    from lagebild.site.pager import SplitMemo, keyed_split, keyed_split_kept

    rows = _rows([("undated", f"g{n:04d}", 1 + n % 5) for n in range(2000)])
    memo: SplitMemo[Any] = SplitMemo()

    def cut() -> list[Any]:
        return keyed_split_kept(rows, lambda row: row[0], lambda row: row[1], 25, 50, memo)

    cut()
    spans = memo.spans_cut
    assert spans > 100
    for edit in ("renew", "add", "drop", "renew first", "renew last"):
        at = {"renew first": 0, "renew last": len(rows) - 1}.get(edit, 1000)
        if edit.startswith("renew"):
            rows[at] = (rows[at][0], rows[at][1], rows[at][2] + 1000)
        elif edit == "add":
            rows.insert(at, ("undated", "g1000", 77))
        else:
            del rows[at:at + 3]
        assert cut() == keyed_split(rows, lambda row: row[0], lambda row: row[1], 25, 50)
        assert 0 < memo.spans_cut <= 4, edit
