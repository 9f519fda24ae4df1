"""The search index: our scanner reads pages as the theme's parser does; the policy keeps it lean.

The oracle is Material's own search parser (`material.plugins.search.plugin.Parser`): on every
page of the fixture site, and on generated HTML, `page_sections` must give the same sections
(locations and titles, text up to whitespace) once the elements our policy leaves out are
removed.  Hostile HTML-ish text must never crash the scanner nor leak markup into the index.
"""

from __future__ import annotations

import json
import re
import shutil
from typing import Any

import pytest
from conftest import FIXTURE_TODAY, ROOT, SITE_FIXTURES
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from material.plugins.search.plugin import Parser

from lagebild.briefing.model import Briefing, Event, Person, SourceInfo
from lagebild.picture.corpus import Corpus
from lagebild.site import plugin as lagebild_plugin
from lagebild.site.search_index import (
    LEAN,
    PAGE_RULES,
    Indexed,
    SearchStore,
    attach,
    indexed,
    page_search_entries,
    skip_needless_cleanup,
)
from lagebild.site.search_scan import LeftOut, page_sections
from lagebild.site.search_synonyms import page_variants

# What LEAN leaves out, as plain regexes over the fixture pages' HTML (none of these nests itself there).
_LEAN_ELEMENTS = [re.compile(p, re.DOTALL) for p in (
    r'<div class="footnote">.*?</div>', r'<sup id="fnref[^"]*">.*?</sup>', r"<svg\b.*?</svg>", r"<nav\b.*?</nav>",
    r"<table\b.*?</table>")]
NOTHING_LEFT_OUT = LeftOut()
_KEPT_MARKUP = re.compile(r"</?(?:p|code|pre|li|ol|ul|sub|sup)>")


def _spaces(text: str) -> str:
    return " ".join(text.split())


def material_sections(page_html: str, title: str) -> list[tuple[str | None, str, str]]:
    """(id, title, text) of each section as the theme's parser gives them."""
    parser = Parser()
    parser.feed(page_html)
    parser.close()
    return [(s.id, _spaces("".join(s.title)) or title, _spaces("".join(s.text)))
            for s in parser.data if not s.is_excluded()]


def our_sections(page_html: str, title: str, left_out: LeftOut = NOTHING_LEFT_OUT) -> list[tuple[str | None, str, str]]:
    return [(s.id, _spaces(s.title_text()) or title, _spaces(s.body_text()))
            for s in page_sections(page_html, left_out) if not s.excluded]


@pytest.fixture(scope="module")
def built_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The fixture site built in this process; every page's content as the search plugin saw it."""
    project = tmp_path_factory.mktemp("search-project")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copytree(SITE_FIXTURES, project / "content")
    seen: list[tuple[str, str, str, str]] = []
    original = lagebild_plugin.LagebildPlugin._search_entries

    def recording(self: Any, page: Any) -> Any:
        seen.append((page.file.src_uri, page.url, page.content, str(page.meta.get("title", page.title))))
        return original(self, page)

    from lagebild.site.site_build import build_site
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project)
        patch.setenv("LAGEBILD_TODAY", FIXTURE_TODAY)
        patch.setattr(lagebild_plugin.LagebildPlugin, "_search_entries", recording)
        build_site(project / "mkdocs.yml", project / "site", today=FIXTURE_TODAY)
    index = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {"pages": seen, "index": index}


def test_the_scanner_divides_every_fixture_page_as_the_theme_does(built_pages: dict[str, Any]) -> None:
    pages = built_pages["pages"]
    assert len(pages) > 30
    for _, url, content, title in pages:
        assert our_sections(content, title) == material_sections(content, title), url


def test_the_scanner_leaves_out_what_the_policy_names(built_pages: dict[str, Any]) -> None:
    for _, url, content, title in built_pages["pages"]:
        stripped = content
        for element in _LEAN_ELEMENTS:
            stripped = element.sub("", stripped)
        assert our_sections(content, title, LEAN) == material_sections(stripped, title), url


def test_the_written_index_follows_the_page_rules(built_pages: dict[str, Any]) -> None:
    index = built_pages["index"]
    assert set(index) == {"config", "docs"} and index["config"]["lang"] == ["de", "en"]
    locations = [doc["location"] for doc in index["docs"]]
    assert len(locations) == len(set(locations))
    by_page = {url: [d for d in index["docs"] if d["location"].split("#")[0] == url]
               for _, url, _, _ in built_pages["pages"]}
    for source, url, _, _ in built_pages["pages"]:
        how = indexed(source)
        if how is not Indexed.WHOLE:
            assert [d["location"] for d in by_page[url]] == [url], source  # one entry per page
        if how is Indexed.TITLE:
            assert by_page[url][0]["text"] == "", source
    kinds = {rule.kind: rule.indexed for rule in PAGE_RULES}
    assert kinds["timeline month"] is Indexed.TITLE and kinds["briefing"] is Indexed.PAGE
    assert indexed("notes/editors-page.md") is Indexed.WHOLE
    text = " ".join(d["text"] for d in index["docs"])
    assert "\u21a9" not in text and "<sup>" not in text and "<table" not in text


def test_an_actor_page_is_found_by_name_role_and_spelling(built_pages: dict[str, Any]) -> None:
    docs = {d["location"]: d for d in built_pages["index"]["docs"]}
    witkoff = docs["actors/steve-witkoff/"]
    assert witkoff["title"] == "Steve Witkoff"
    assert "Sondergesandter" in witkoff["text"]
    assert "Umerov" in docs["actors/rustem-umjerow/"]["text"]  # the English briefings' spelling
    assert "Umerov" in docs["briefings/seed-ukraine-gespraeche/"]["text"]  # the German page says Umjerow


def test_each_sentence_is_indexed_once_per_page() -> None:
    sentence = "Die Gespräche in Genf dauerten bis in die Nacht."
    page = (f"<h1>Titel</h1><p>{sentence} Weiter.</p><h2 id='a'>A</h2><p>{sentence}</p>"
            f"<h2 id='b'>B</h2><ul><li>{sentence}</li></ul><h2 id='c'>C</h2><p>Anderes.</p>")
    entries = page_search_entries(page, url="x/", title="Titel")
    assert [e["location"] for e in entries] == ["x/", "x/#c"]  # A and B say nothing new
    assert sum(e["text"].count(sentence) for e in entries) == 1
    merged = page_search_entries(page, url="x/", title="Titel", how=Indexed.PAGE, variants=("Kyiv", "Zelensky"))
    assert merged == [{"location": "x/", "title": "Titel",
                       "text": f"Titel<p>{sentence} Weiter.</p> <p>Anderes.</p> Kyiv Zelensky"}]


def test_summary_and_title_entries_escape_what_they_hold() -> None:
    [entry] = page_search_entries("<p>ignored</p>", url="actors/x/", title="A &amp; B", how=Indexed.SUMMARY,
                                  description="A & B — <Präsident>", variants=("Ä<b>",))
    assert entry == {"location": "actors/x/", "title": "A &amp; B", "text": "A &amp; B — &lt;Präsident&gt; Ä&lt;b&gt;"}
    [entry] = page_search_entries("<h2 id='x'>X</h2><p>y</p>", url="t/", title="T", how=Indexed.TITLE)
    assert entry == {"location": "t/", "title": "T", "text": ""}


def test_the_store_keeps_page_order_and_a_page_put_again_keeps_its_place() -> None:
    store = SearchStore()
    store.put("a/", [{"location": "a/", "title": "A", "text": "ä"}])
    store.put("b/", [{"location": "b/", "title": "B", "text": ""}, {"location": "b/#x", "title": "X", "text": "x"}])
    store.put("c/", [])
    store.put("a/", [{"location": "a/", "title": "A2", "text": ""}])
    written = json.loads(store.index_json({"lang": ["de"]}))
    assert written["config"] == {"lang": ["de"]}
    assert [d["title"] for d in written["docs"]] == ["A2", "B", "X"]
    store.drop("b/")
    assert [d["location"] for d in json.loads(store.index_json({}))["docs"]] == ["a/"]
    assert json.loads(store.index_json({}, order=["c/", "a/", "gone/"]))["docs"][0]["title"] == "A2"
    assert "\\u00e4" not in SearchStore().index_json({"x": "ä"})


def test_only_materials_search_plugin_is_taken_over() -> None:
    class Other:
        search_index = None

    assert attach(Other(), SearchStore(), lambda page: []) is False


def test_the_theme_hook_cleans_only_the_pages_that_hold_search_attributes() -> None:
    """Material's `on_page_context` indexes the page, then removes `data-search-…` attributes with a
    regex tried at every character; our hook in its place skips that where there is none."""
    from types import SimpleNamespace

    from material.plugins.search.plugin import SearchPlugin

    theme = SearchPlugin()
    theme.load_config({})
    indexed_pages: list[Any] = []
    theme.search_index = SimpleNamespace(add_entry_from_context=indexed_pages.append)

    def other(context: Any, **kwargs: Any) -> None:
        return None

    plugins = SimpleNamespace(events={"page_context": [other, theme.on_page_context]}, _event_origins={})
    assert skip_needless_cleanup(plugins, theme) and skip_needless_cleanup(plugins, theme)
    hooks = plugins.events["page_context"]
    assert len(hooks) == 2 and hooks[0] is other and hooks[1] != theme.on_page_context
    for content in ['<p data-search-exclude="x">a</p> <h2 data-search-boost="2" id="b">B</h2>', "<p>plain</p>",
                    "data-search- without a value", ""]:
        ours, theirs = SimpleNamespace(content=content), SimpleNamespace(content=content)
        hooks[1](None, page=ours, config=None, nav=None)
        theme.on_page_context(None, page=theirs, config=None, nav=None)
        assert ours.content == theirs.content
        assert indexed_pages[-2:] == [ours, theirs]
    theme.config.enabled = False
    hooks[1](None, page=SimpleNamespace(content="<p>x</p>"), config=None, nav=None)
    assert len(indexed_pages) == 8
    assert skip_needless_cleanup(SimpleNamespace(events={"page_context": [other]}), theme) is False
    assert skip_needless_cleanup(plugins, SimpleNamespace()) is False


# --- generated and hostile HTML ---------------------------------------------------------------

# Text as it stands in HTML: characters and entity references ('<' and '&' only escaped).
_TEXT = st.lists(st.sampled_from(["a", "b", " ", "Ä", "\n", "\t", ".", "'", '"', "=", "/", "&amp;", "&lt;", "&gt;",
                                  "&#8617;", "&quot;", "&nbsp;", "¶", "x y"]), max_size=8).map("".join)
_IDS = st.sampled_from(["a", "b-1", "x_y", "ü"])


@st.composite
def _element(draw: st.DrawFn, depth: int = 0) -> str:
    """Well-formed HTML of the kinds our pages hold: nested blocks, headings with ids, permalinks."""
    kind = draw(st.sampled_from(["text", "p", "div", "heading", "list", "inline", "script", "br", "code"]
                                if depth < 3 else ["text", "br"]))
    escaped = draw(_TEXT)
    if kind == "text":
        return escaped
    if kind == "br":
        return "<br>"
    if kind == "script":
        return "<script>if (a < b) { x = '</p>'; }</script>"
    children = "".join(draw(st.lists(_element(depth + 1), max_size=3)))
    if kind == "heading":
        level = draw(st.integers(1, 3))
        ident = draw(st.one_of(st.none(), _IDS))
        attr = f' id="{ident}"' if ident is not None else ""
        link = f'<a class="headerlink" href="#{ident}">¶</a>' if ident and draw(st.booleans()) else ""
        return f"<h{level}{attr}>{escaped}{link}</h{level}>"
    if kind == "list":
        return f"<ul><li>{children}</li><li>{escaped}</li></ul>"
    if kind == "inline":
        return f'<a href="../x/">{escaped}<strong>{children}</strong></a>'
    return f"<{kind}>{children}</{kind}>"


@given(st.lists(_element(), max_size=6))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_generated_pages_are_divided_as_the_theme_does(parts: list[str]) -> None:
    page = "".join(parts)
    try:
        expected = material_sections(page, "T")
    except ValueError:
        assume(False)  # the theme's parser itself fails on a kept tag opened in a heading, closed outside
        raise
    assert our_sections(page, "T") == expected


@given(st.text(alphabet=st.sampled_from(list("<>/=\"' &#;!-ahpdivscrtlmy0123456789\n")), max_size=200))
@settings(max_examples=500, deadline=None)
def test_hostile_text_never_crashes_nor_leaks_markup(text: str) -> None:
    for how in Indexed:
        for entry in page_search_entries(text, url="p/", title="T", how=how):
            for value in (entry["title"], entry["text"]):
                assert "<" not in _KEPT_MARKUP.sub("", value), value  # only the bare kept tags
                assert re.search(r"&(?!amp;|lt;|gt;)", value) is None, value  # entities only as the escapes
            assert entry["location"] == "p/" or entry["location"].startswith("p/#")


# --- spelling variants -----------------------------------------------------------------------

def _briefing(slug: str, language: str, *persons: str) -> Briefing:
    return Briefing(slug=slug, title=f"Briefing {slug}", language=language, source=SourceInfo(f"{slug}.txt"),
                    published="2026-01-03",
                    persons=tuple(Person(id=f"p-{slug}-{i}", name=name) for i, name in enumerate(persons)),
                    events=(Event(id=f"e-{slug}", date="2026-02-11", kind="meeting", summary="Treffen",
                                  participants=persons[:1]),))


def test_variants_belong_to_one_actor_and_the_index_holds_each_word_once() -> None:
    corpus = Corpus([_briefing("a", "de", "Lena Brückner"), _briefing("b", "de", "Lena Voss"),
                     _briefing("c", "en", "Rustem Umerov"), _briefing("d", "de", "Rustem Umjerow")])
    variants = page_variants(corpus, "2026-01-05")
    lena = variants["briefings/a.md"]
    assert "Brückner" in lena and "Voss" not in lena  # another Lena's surname is no variant of this one
    assert "Januar" in lena and "January" in lena and "Jänner" in lena
    # the entry keeps only the words its text does not hold yet
    [entry] = page_search_entries("<p>Lena Brückner sprach.</p>", url="briefings/a/", title="Briefing a",
                                  how=Indexed.PAGE, variants=variants["briefings/a.md"])
    assert entry["text"].startswith("<p>Lena Brückner sprach.</p> ")
    assert entry["text"].count("Brückner") == 1 and "Januar" in entry["text"]
    assert "11. Februar 2026" in entry["text"]  # an event's date as the page's table writes it (tables are left out)
