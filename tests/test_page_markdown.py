"""One Markdown object per build (`lagebild.site.page_markdown`) converts every page as MkDocs'
own `Page.render` does: content, table of contents, title, anchors and links, also for pages
converted one after another (nothing of a page's footnotes, references or headings carries over)
and after a conversion that failed half-way."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from lagebild.site.page_markdown import render_page

CONFIG = """\
site_name: T
docs_dir: docs
use_directory_urls: true
markdown_extensions:
  - tables
  - attr_list
  - md_in_html
  - footnotes
  - admonition
  - toc:
      permalink: true
      slugify: !!python/name:lagebild.site.markup.heading_id
validation:
  anchors: warn
"""

PAGES = {
    "index.md": "# Start\n\nSee [a](a.md#zweiter-teil) and [b](b.md).[^1]\n\n[^1]: A note.\n",
    "a.md": ("# Erster Teil\n\nText with a footnote.[^x] And a [ref][r].\n\n## Zweiter Teil\n\n"
             "| A | B |\n|---|---|\n| 1 | 2 |\n\n!!! note\n    Admonition.\n\n"
             '<div markdown="1" id="raw">**inside**</div>\n\n[^x]: The note.\n\n[r]: b.md\n'),
    "b.md": ("Text without a heading, a footnote[^x] of the same name [^y], [no link][r].\n\n"
             "[^x]: Other.\n[^y]: Third.\n\n## Ende\n"),
    "c.md": "# Erster Teil\n\n## Erster Teil\n\n[missing](nowhere.md) and [self](#erster-teil_1)\n",
}


@pytest.fixture()
def site(tmp_path: Path) -> tuple[object, Files]:
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    files = Files([File(name, str(docs), str(tmp_path / "site"), True) for name in PAGES])
    return config, files


def _converted(config: object, files: Files, name: str, convert: object) -> dict[str, object]:
    file = files.get_file_from_path(name)
    assert file is not None
    page = Page(None, file, config)  # type: ignore[arg-type]
    page.read_source(config)  # type: ignore[arg-type]
    convert(page, config, files)  # type: ignore[operator]
    links = page.links_to_anchors
    return {"content": page.content, "toc": [(item.title, item.id, [c.id for c in item.children]) for item in page.toc],
            "title": page._title_from_render, "anchors": page.present_anchor_ids,
            "links": None if links is None else {f.src_uri: dict(a) for f, a in links.items()}}


def test_same_as_page_render_page_after_page(site: tuple[object, Files]) -> None:
    config, files = site
    expected = {name: _converted(config, files, name, Page.render) for name in PAGES}
    for _ in range(2):  # twice round: the second round starts from the object the first left
        for name in PAGES:
            assert _converted(config, files, name, render_page) == expected[name], name
    assert "fn:x" in str(expected["a.md"]["content"])
    assert (expected["index.md"]["links"] or {})["a.md"] == {"zweiter-teil": "a.md#zweiter-teil"}
    assert "[no link][r]" in str(expected["b.md"]["content"])  # a.md's reference stays a.md's


def test_a_failed_conversion_leaves_nothing_behind(site: tuple[object, Files], monkeypatch: pytest.MonkeyPatch) -> None:
    config, files = site
    expected = _converted(config, files, "b.md", Page.render)
    import markdown

    real = markdown.Markdown.convert
    calls = {"n": 0}

    def failing(self: markdown.Markdown, source: str) -> str:
        calls["n"] += 1
        if calls["n"] == 1:
            self.references["r"] = ("leftover.md", None)  # what a half-done conversion leaves
            raise RuntimeError("boom")
        return real(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", failing)
    with pytest.raises(RuntimeError):
        _converted(config, files, "a.md", render_page)
    assert _converted(config, files, "b.md", render_page) == expected


def test_one_object_per_config(site: tuple[object, Files], tmp_path: Path) -> None:
    from lagebild.site import page_markdown

    config, files = site
    _converted(config, files, "index.md", render_page)
    first = page_markdown._kept.pair[1]
    _converted(config, files, "a.md", render_page)
    assert page_markdown._kept.pair[1] is first
    other = load_config(str(tmp_path / "mkdocs.yml"))
    _converted(other, files, "a.md", render_page)
    assert page_markdown._kept.pair[1] is not first
