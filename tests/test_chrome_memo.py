"""chrome_memo's page-dependent partials: the header with the title put in, the toc by headings.

Whole sites built with and without the memo are compared in test_site_html_first.py; these tests
pin the rules that keep that comparison true for pages the fixtures do not have."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mkdocs.structure.toc import get_toc

from lagebild.site.chrome_memo import TITLE_MARK, ChromeMemo, _headings


@dataclass
class FakePage:
    url: str
    meta: dict[str, Any]
    toc: Any = None
    lagebild_language: str = "en"
    file: object = field(default_factory=object)


def _header(page: FakePage, rendered: list[str], times: int = 1) -> Any:
    """A header partial as the theme's: prints the page's meta title (`times` times) among fixed text."""
    def caller() -> str:
        rendered.append(page.meta["title"])
        return "<header>" + "<span>" + "</span><span>".join([page.meta["title"]] * times) + "</span></header>"
    return caller


def test_the_header_is_rendered_once_per_folder_and_language_with_each_pages_title() -> None:
    memo = ChromeMemo()
    rendered: list[str] = []
    first = FakePage("briefings/a/", {"title": "A &amp; B"})
    second = FakePage("briefings/b/", {"title": "Zweite"})
    assert memo("header", first, "../..", None, _header(first, rendered)) == "<header><span>A &amp; B</span></header>"
    assert memo("header", second, "../..", None, _header(second, rendered)) == "<header><span>Zweite</span></header>"
    assert rendered == [TITLE_MARK]  # one probe, with the mark in place of the title
    assert first.meta["title"] == "A &amp; B"  # put back after the probe
    other_folder = FakePage("actors/c/", {"title": "C"})
    memo("header", other_folder, "../..", None, _header(other_folder, rendered))
    german = FakePage("briefings/d/", {"title": "D"}, lagebild_language="de")
    memo("header", german, "../..", None, _header(german, rendered))
    assert rendered == [TITLE_MARK] * 3


def test_a_header_printing_the_title_twice_or_a_page_without_a_text_title_renders_as_usual() -> None:
    memo = ChromeMemo()
    rendered: list[str] = []
    twice = [FakePage(f"briefings/{n}/", {"title": n}) for n in ("a", "b")]
    outputs = [memo("header", page, "../..", None, _header(page, rendered, times=2)) for page in twice]
    assert outputs == ["<header><span>a</span><span>a</span></header>",
                       "<header><span>b</span><span>b</span></header>"]
    assert rendered == [TITLE_MARK, "a", "b"]  # after the probe, every page renders itself
    untitled = FakePage("briefings/c/", {})
    assert memo("header", untitled, "../..", None, lambda: "as usual") == "as usual"
    marked = FakePage("briefings/d/", {"title": f"x{TITLE_MARK}"})
    assert memo("header", marked, "../..", None, lambda: "as usual") == "as usual"


def test_pages_in_the_nav_are_never_memoised() -> None:
    memo = ChromeMemo()
    page = FakePage("about/", {"title": "About"})

    class Nav:
        def __init__(self) -> None:
            self.pages = [page]

    calls: list[int] = []
    for _ in range(2):
        memo("toc", page, "..", Nav(), lambda: calls.append(1) or "toc")
        memo("header", page, "..", Nav(), lambda: calls.append(1) or "header")
    assert len(calls) == 4


def _toc(*headings: tuple[int, str, str]) -> Any:
    return get_toc([{"level": level, "id": anchor, "name": name, "children": []}
                    for level, anchor, name in headings])


def test_the_table_of_contents_is_rendered_once_per_language_and_headings() -> None:
    memo = ChromeMemo()
    calls: list[str] = []
    same = [FakePage(f"briefings/{n}/", {"title": n}, toc=_toc((2, "overview", "Overview"), (2, "facts", "Facts")))
            for n in ("a", "b")]
    other = FakePage("briefings/c/", {"title": "c"}, toc=_toc((2, "overview", "Overview"), (2, "quotes", "Quotes")))
    german = FakePage("briefings/d/", {"title": "d"}, toc=same[0].toc, lagebild_language="de")
    for page in (*same, other, german):
        memo("toc", page, "../..", None, lambda page=page: calls.append(page.url) or f"toc of {page.url}")
    assert calls == ["briefings/a/", "briefings/c/", "briefings/d/"]


def test_headings_key_holds_title_anchor_level_and_children() -> None:
    flat = _toc((2, "a", "A"), (2, "b", "B"))
    nested = _toc((2, "a", "A"), (3, "b", "B"))
    assert _headings(flat) == _headings(_toc((2, "a", "A"), (2, "b", "B")))
    assert _headings(flat) != _headings(nested)
    assert _headings(flat) != _headings(_toc((2, "a", "A"), (2, "b", "B<em>!</em>")))
    assert _headings(_toc()) == ()
    assert _headings(None) is None
    typeset = _toc((2, "a", "A"))
    next(iter(typeset)).typeset = {"title": "<b>A</b>"}  # Material's typeset plugin: not memoised
    assert _headings(typeset) is None


def test_a_languages_labels_are_known_once_made() -> None:
    """`templates/overrides/partials/language.html` imports the theme's language files only until the
    language's memoised lookup exists."""
    memo = ChromeMemo()
    asked: list[str] = []
    assert memo.known_labels("de") is None
    made = memo.labels("de", lambda key: asked.append(key) or f"<{key}>")
    assert memo.known_labels("de") is made and memo.known_labels("en") is None
    assert made("search") == made("search") == "<search>" and asked == ["search"]
