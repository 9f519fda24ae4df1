"""Generated pages are HTML from the templates, not Python-Markdown output — and show the same.

`golden/markdown-path-digest.json` is what every page of the fixture site showed when the
generated pages and fact blocks were still Markdown converted by Python-Markdown (commit
7776e93, main with the bounded listings): visible text, link targets, heading ids, title and description per page
(tests/support/page_digest.py).  The HTML path must show exactly that; only the markup may
differ (footnote reference numbering, attribute order, whitespace).  After an intended change
of what pages show, run `pytest tests/test_site_html_first.py --update-golden` and review the diff.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURE_TODAY, SITE_FIXTURES
from support.page_digest import site_digest
from support.project import ROOT

from lagebild.site.html_markup import Headings, safe_href

GOLDEN = Path(__file__).resolve().parent / "golden" / "markdown-path-digest.json"


def test_every_page_shows_what_the_markdown_path_showed(fixture_site: Path, update_golden: bool) -> None:
    actual = site_digest(fixture_site)
    if update_golden:
        GOLDEN.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert sorted(actual) == sorted(expected)
    for path, digest in expected.items():
        for key, value in digest.items():
            assert actual[path][key] == value, f"{path}: {key} differs"


def test_generated_pages_have_a_table_of_contents_and_permalinks(fixture_site: Path) -> None:
    """page.toc comes from the emitted headings: Material's sidebar lists them, each with its link."""
    page = (fixture_site / "timeline" / "2025-12" / "index.html").read_text(encoding="utf-8")
    toc = page[page.index('data-md-component="toc"'):]
    assert 'href="#past"' in toc
    assert '<h2 id="past">' in page and 'class="headerlink" href="#past" title="Dauerhafter Link"' in page
    briefing = (fixture_site / "briefings" / "en-miami-talks" / "index.html").read_text(encoding="utf-8")
    toc = briefing[briefing.index('data-md-component="toc"'):]
    # The fact blocks' headings and the article's own, in page order.
    assert toc.index('href="#overview"') < toc.index('href="#actors"') < toc.index('href="#the-article"')


def test_only_briefing_bodies_pass_python_markdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An in-process build of the fixture site converts Markdown once per briefing page, nothing else."""
    import markdown
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(SITE_FIXTURES, tmp_path / "content")
    converted: list[str] = []
    original = markdown.Markdown.convert

    def convert(self: markdown.Markdown, source: str) -> str:
        converted.append(source)
        return original(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", convert)
    monkeypatch.setenv("LAGEBILD_TODAY", FIXTURE_TODAY)
    monkeypatch.chdir(tmp_path)
    build(load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    briefings = len(list((tmp_path / "content" / "briefings").glob("*.md")))
    assert len(converted) == briefings
    assert (tmp_path / "site" / "timeline" / "index.html").is_file()


def test_a_link_from_the_data_keeps_only_schemes_a_browser_does_not_run() -> None:
    assert safe_href("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_href("mailto:desk@example.org") == "mailto:desk@example.org"
    assert safe_href("relative/page") == "relative/page"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,x",
                "vbscript:x", "\x01javascript:x"):
        assert safe_href(bad) is None, bad


def test_headings_get_the_toc_extensions_ids() -> None:
    headings = Headings("en")
    first = headings.heading(2, "Über <Uns> & mehr")
    assert first.startswith('<h2 id="uber-uns-mehr">Über &lt;Uns&gt; &amp; mehr<a class="headerlink"')
    assert 'id="uber-uns-mehr_1"' in headings.heading(2, "Über <Uns> & mehr")
    assert 'id="abschnitt"' in headings.heading(3, "__")  # never one of the theme's ids
    assert [t["id"] for t in headings.tokens] == ["uber-uns-mehr", "uber-uns-mehr_1", "abschnitt"]


def test_memoised_theme_blocks_leave_every_file_byte_identical(fixture_site: Path, tmp_path: Path) -> None:
    """main.html renders Material's page-independent blocks (and the head's meta tags, with the page's
    description and address put in) once per kind of page (chrome_memo); the site built without that
    memo is the same, file for file and byte for byte."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(SITE_FIXTURES, tmp_path / "content")
    main = tmp_path / "templates" / "overrides" / "main.html"
    plain, count = re.subn(r"\{% block (\w+) %\}\{% call lagebild_chrome\(.*?\{% endblock %\}\n", "",
                           main.read_text(encoding="utf-8"))
    assert count == 9
    main.write_text(plain, encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "render", "--today", FIXTURE_TODAY],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    unmemoised = tmp_path / "site"
    files = sorted(p.relative_to(fixture_site) for p in fixture_site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(unmemoised) for p in unmemoised.rglob("*") if p.is_file())
    different = [str(f) for f in files if (fixture_site / f).read_bytes() != (unmemoised / f).read_bytes()]
    assert different == []


def test_memoised_theme_partials_leave_every_file_byte_identical(fixture_site: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Material's navigation, search form, header (title put in), table of contents and content partial
    (content put in) go through the memo by name (chrome_memo.PARTIALS); the site built with none
    memoised is the same, file for file and byte for byte."""
    from lagebild.site import chrome_memo
    from lagebild.site.site_build import build_site

    assert set(chrome_memo.PARTIALS) == {"partials/nav.html", "partials/search.html", "partials/header.html",
                                         "partials/toc.html", "partials/content.html"}
    monkeypatch.setattr(chrome_memo, "PARTIALS", {})
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(SITE_FIXTURES, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    build_site(tmp_path / "mkdocs.yml", tmp_path / "site", FIXTURE_TODAY)
    plain = tmp_path / "site"
    files = sorted(p.relative_to(fixture_site) for p in fixture_site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(plain) for p in plain.rglob("*") if p.is_file())
    assert [str(f) for f in files if (fixture_site / f).read_bytes() != (plain / f).read_bytes()] == []


def test_a_template_link_to_a_missing_page_or_anchor_fails_the_strict_build(tmp_path: Path) -> None:
    """Generated pages skip MkDocs' link rewriting, not its checks: the plugin reports what they link."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(SITE_FIXTURES, tmp_path / "content")
    index = tmp_path / "templates" / "pages" / "index.html.j2"
    index.write_text(index.read_text(encoding="utf-8") + '<p>{{ link("x", "nowhere.md") }} '
                     '{{ link("y", "timeline.md", fragment="no-such-row") }}</p>\n', encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "render", "--today", FIXTURE_TODAY],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "nowhere.md" in result.stderr and "no-such-row" in result.stderr, result.stderr


def test_pages_that_open_with_breadcrumbs_are_titled_by_their_heading() -> None:
    """MkDocs titles a page from an h1 only when it opens the page; ours open with breadcrumbs, and
    an actor's archive part would be titled „2025 2“ from its address."""
    from test_site_bounded import TODAY, _generator

    from lagebild.picture.corpus import Corpus
    from lagebild.site.pages import generated_pages

    corpus = Corpus([item.briefing for item in _generator().generate(120)])
    pages = generated_pages(corpus, ROOT / "templates", "de", TODAY)
    archives = [path for path in pages if re.fullmatch(r"(actors|countries|organizations|places)/[^/]+/\d{4}.*\.md",
                                                       path)]
    assert archives
    for path in archives:
        actor = next(a for a in corpus.actors.values() if path.startswith(a.path.removesuffix(".md") + "/"))
        year = path.split("/")[2][:4]
        assert pages[path].title() == f"{actor.name}: Archiv {year}" or \
            str(pages[path].title()).startswith(f"{actor.name}: Archiv {year} (bis "), path
    assert pages["timeline.md"].title() == "Zeitleiste" and pages["index.md"].title() == "Lagebild"
