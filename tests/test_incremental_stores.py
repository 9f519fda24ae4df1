"""The stores of the incremental build give what the whole-corpus functions give, byte for byte:
briefings as `load_content` reads them, exports as `export_files` writes them, the search index
as Material's index plus the plugin's synonyms and lean texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.incremental import TODAY, Session, small_project

from lagebild.briefing.content import load_content
from lagebild.picture.corpus import Corpus
from lagebild.site.exports import export_files
from lagebild.site.incremental.briefing_store import BriefingStore
from lagebild.site.incremental.export_store import ExportStore
from lagebild.site.search_lean import lean_text
from lagebild.site.search_synonyms import add_to_index


def _retitle(path: Path, prefix: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("title: '", f"title: '{prefix}", 1), encoding="utf-8")


def test_briefing_store_reads_like_load_content(tmp_path: Path) -> None:
    project = small_project(tmp_path / "project", 6)
    content_dir = project / "content"
    store = BriefingStore()
    first = store.load(content_dir, project)
    assert first.parsed == 6
    expected = load_content(content_dir, project)
    assert first.content.briefings == expected.briefings and first.content.lines == expected.lines
    again = store.load(content_dir, project)
    assert again.content.briefings == expected.briefings and again.digests == first.digests
    path = sorted((content_dir / "briefings").glob("*.md"))[0]
    _retitle(path, "X")
    changed = store.load(content_dir, project)
    assert changed.content.briefings == load_content(content_dir, project).briefings
    assert changed.digests[path.stem] != first.digests[path.stem]
    assert changed.fresh == {path.stem}


def test_export_store_splices_what_export_files_writes(tmp_path: Path) -> None:
    project = small_project(tmp_path / "project", 8)
    content_dir = project / "content"
    store, briefings = ExportStore(), BriefingStore()

    def check() -> int:
        loaded = briefings.load(content_dir, project)
        corpus = Corpus(loaded.content.briefings)
        def url_of(path: str) -> str:
            return path.replace(".md", "/")
        expected = export_files(corpus, TODAY, url_of, "Lagebild", "https://example.org/", {})
        assert store.export_files(corpus, TODAY, url_of, "Lagebild", "https://example.org/", {},
                                  loaded.digests) == expected
        return store.serialised

    assert check() == 8
    _retitle(sorted((content_dir / "briefings").glob("*.md"))[2], "Neu: ")
    assert check() == 1  # only the edited briefing serialised again
    sorted((content_dir / "briefings").glob("*.md"))[0].unlink()
    assert check() == 0


def test_search_index_equals_materials_index_post_processed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)
    project = small_project(tmp_path / "project", 6)
    session = Session(project, tmp_path / "site")
    session.build()
    plugin = session.plugin()
    store = plugin.search_store
    config = next(p for name, p in session.config().plugins.items() if name.endswith("search")).search_index.config
    index = {"config": {key: config[key] for key in ["lang", "separator", "pipeline", "fields"]},
             "docs": [dict(entry) for path in store.order for entry in store.entries.get(path, [])]}
    by_url = {plugin.page_urls[path]: text for path, text in plugin.page_synonyms.items() if path in plugin.page_urls}
    assert add_to_index(index, by_url) > 0
    for entry in index["docs"]:
        entry["text"] = lean_text(entry["text"])
    written = (tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert written == json.dumps(index, ensure_ascii=False, separators=(",", ":"))
