"""chrome_memo's page-dependent partials: the header with the title put in, the toc by headings.

Whole sites built with and without the memo are compared in test_site_html_first.py; these tests
pin the rules that keep that comparison true for pages the fixtures do not have."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.structure.toc import get_toc

from lagebild.site.chrome_memo import (
    CONTENT_MARK,
    DESCRIPTION_MARK,
    PLAIN_CONTENT_MARK,
    TITLE_MARK,
    ChromeMemo,
    _headings,
    memoise_partials,
    theme_own,
)


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


@dataclass
class ContentPage(FakePage):
    content: str = ""
    edit_url: str | None = None


def _content_partial(page: ContentPage, rendered: list[str]) -> Any:
    """The theme's content partial as it renders for a plain page: fixed text around the content
    (a heading of its own only where the content has none)."""
    def caller() -> str:
        rendered.append(page.content)
        heading = "" if "<h1" in page.content else f"<h1>{page.meta.get('title')}</h1>"
        return f"\n  {heading}{page.content}\n  <aside></aside>\n"
    return caller


def test_the_content_partial_is_rendered_once_per_key_with_each_pages_content() -> None:
    memo = ChromeMemo(plain_content=True)
    rendered: list[str] = []
    pages = [ContentPage(f"briefings/{n}/", {"title": n, "description": "d"}, content=f"<h1>{n}</h1><p>{n}</p>")
             for n in ("a", "b")]
    out = [memo("content", page, "../..", None, _content_partial(page, rendered), context=[None, None, None, None])
           for page in pages]
    assert out == ["\n  <h1>a</h1><p>a</p>\n  <aside></aside>\n", "\n  <h1>b</h1><p>b</p>\n  <aside></aside>\n"]
    assert rendered == [CONTENT_MARK] and pages[0].content == "<h1>a</h1><p>a</p>"
    plain = [ContentPage(f"briefings/{n}/", {"title": f"{n} &amp; co"}, content=f"<p>{n}</p>") for n in ("c", "d")]
    out = [memo("content", page, "../..", None, _content_partial(page, rendered)) for page in plain]
    assert out == [f"\n  <h1>{n} &amp; co</h1><p>{n}</p>\n  <aside></aside>\n" for n in ("c", "d")]
    assert rendered == [CONTENT_MARK, PLAIN_CONTENT_MARK]  # the title put in too, where the theme prints it
    assert plain[0].meta["title"] == "c &amp; co" and plain[0].content == "<p>c</p>"


def test_a_page_the_content_partial_prints_more_of_renders_as_usual() -> None:
    def plain(**changes: Any) -> ContentPage:
        return ContentPage("briefings/x/", {"title": "x"}, **{"content": "<h1>x</h1>", **changes})

    unusual = [
        (ContentPage("briefings/x/", {}, content="<p>no heading, no title: the theme prints the site's name</p>"), ()),
        (plain(edit_url="https://example.org/edit/x.md"), ()),
        (ContentPage("briefings/x/", {"title": "x", "tags": ["a"]}, content="<h1>x</h1>"), ()),
        (plain(), ["a tag"]),  # Material's tags, git facts, committers or a feedback form
        (plain(content=f"<h1>x</h1>{CONTENT_MARK}"), ()),
    ]
    for page, context in unusual:
        rendered: list[str] = []
        memo = ChromeMemo(plain_content=True)
        content = page.content
        assert memo("content", page, "..", None, _content_partial(page, rendered), context=context) is not None
        assert rendered == [content], page
    rendered = []
    memo = ChromeMemo()  # an override of one of the content partials: never memoised
    page = plain()
    memo("content", page, "..", None, _content_partial(page, rendered))
    assert rendered == ["<h1>x</h1>"]


def test_only_the_themes_own_content_partials_are_memoised(tmp_path: Path) -> None:
    import jinja2
    import material

    theme = Path(material.__file__).parent / "templates"
    own = jinja2.Environment(loader=jinja2.FileSystemLoader([str(theme)]))
    assert theme_own(own)
    memoise_partials(own)
    assert theme_own(own)
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "comments.html").write_text("{{ page.url }}", encoding="utf-8")
    overridden = jinja2.Environment(loader=jinja2.FileSystemLoader([str(tmp_path), str(theme)]))
    assert not theme_own(overridden)


@dataclass
class HeadPage(FakePage):
    canonical_url: str | None = None
    previous_page: Any = None
    next_page: Any = None


def _site_meta(page: HeadPage, rendered: list[str]) -> Any:
    """The head's meta tags as the theme prints them: description (else the site's), then the address."""
    def caller() -> str:
        rendered.append(page.url)
        description = page.meta.get("description") or "site"
        address = f'<link rel="canonical" href="{page.canonical_url}">' if page.canonical_url else ""
        return f'<meta name="description" content="{description}">{address}<link rel="icon">'
    return caller


def test_the_head_meta_is_rendered_once_per_kind_with_each_pages_description_and_address() -> None:
    memo = ChromeMemo()
    rendered: list[str] = []
    pages = [HeadPage(f"briefings/{n}/", {"title": n, "description": f"about {n}"},
                      canonical_url=f"https://x.org/briefings/{n}/") for n in "ab"]
    pages += [HeadPage("briefings/c/", {"title": "c"}, canonical_url="https://x.org/briefings/c/"),
              HeadPage("briefings/d/", {"title": "d"}, canonical_url="https://x.org/briefings/d/"),
              HeadPage("briefings/e/", {"title": "e", "description": "about e"})]
    expected = [_site_meta(page, [])() for page in pages]
    assert [memo("site_meta", page, "../..", None, _site_meta(page, rendered)) for page in pages] == expected
    assert rendered == ["briefings/a/", "briefings/c/", "briefings/e/"]  # one probe per kind
    assert pages[0].meta["description"] == "about a" and pages[0].canonical_url == "https://x.org/briefings/a/"


def test_head_meta_of_an_unusual_page_renders_as_usual() -> None:
    unusual = [HeadPage("x/", {"title": "x", "author": "someone"}),
               HeadPage("x/", {"title": "x"}, previous_page=object()),
               HeadPage("x/", {"title": "x", "description": f"a{DESCRIPTION_MARK}"})]
    for page in unusual:
        memo = ChromeMemo()
        rendered: list[str] = []
        memo("site_meta", page, "..", None, _site_meta(page, rendered))
        memo("site_meta", page, "..", None, _site_meta(page, rendered))
        assert rendered == ["x/", "x/"], page
    memo = ChromeMemo()
    twice = HeadPage("y/", {"title": "y", "description": "d"})
    rendered = []

    def printing_it_twice() -> str:
        rendered.append("y")
        return f"{twice.meta['description']}|{twice.meta['description']}"

    assert memo("site_meta", twice, "..", None, printing_it_twice) == "d|d"
    assert memo("site_meta", twice, "..", None, printing_it_twice) == "d|d" and len(rendered) == 3
