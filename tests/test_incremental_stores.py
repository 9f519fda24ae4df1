"""The stores of the incremental build give what the whole-corpus functions give, byte for byte:
briefings as `load_content` reads them, exports as `export_files` writes them (the search index is
compared with clean builds in tests/test_incremental.py)."""

from __future__ import annotations

from pathlib import Path

from support.incremental import TODAY, small_project

from lagebild.briefing.content import load_content
from lagebild.picture.corpus import Corpus
from lagebild.site.exports import export_files
from lagebild.site.incremental.briefing_store import BriefingStore
from lagebild.site.incremental.export_store import ExportStore


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
