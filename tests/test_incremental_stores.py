"""The stores of the incremental build give what the whole-corpus functions give, byte for byte:
briefings as `load_content` reads them, exports as `export_files` writes them (the search index is
compared with clean builds in tests/test_incremental.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
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

    assert check() == 8 and store.feed_entries_made == 8
    feed = store.feed
    assert check() == 0 and store.feed is feed  # nothing changed: the Atom feed kept, not built again
    _retitle(sorted((content_dir / "briefings").glob("*.md"))[2], "Neu: ")
    assert check() == 1  # only the edited briefing serialised again
    assert store.feed_entries_made == 1  # and only its feed entry
    sorted((content_dir / "briefings").glob("*.md"))[0].unlink()
    assert check() == 0


@pytest.mark.parametrize("site_url", ["https://example.org/", None])
def test_a_spliced_feed_is_the_whole_feed_with_hostile_text(tmp_path: Path, site_url: str | None) -> None:
    """Entries serialised one by one and spliced into the frame give `atom_feed`'s bytes, also with
    markup, control characters and non-ASCII in titles, outlets and summaries, and no briefing at all."""
    project = small_project(tmp_path / "project", 5)
    paths = sorted((project / "content" / "briefings").glob("*.md"))
    _retitle(paths[0], "<entry>lagebild-entries-slot</entry> & \\u0007 ü ")
    _retitle(paths[1], "]]> \\\"<x>\\\" ")
    store = ExportStore()

    def same() -> None:
        corpus = Corpus(load_content(project / "content", project).briefings)
        expected = export_files(corpus, TODAY, lambda p: p.replace(".md", "/"), "Lage<bild>", site_url, {})
        assert store.export_files(corpus, TODAY, lambda p: p.replace(".md", "/"), "Lage<bild>", site_url, {},
                                  {}) == expected

    same()
    for path in paths:
        path.unlink()
    same()


def test_unchanged_files_hand_over_their_line_maps_without_a_copy(tmp_path: Path) -> None:
    """Each build gets an unchanged file's field -> line map as the store keeps it (no copy per file
    and build), equal to a fresh `load_content`'s; a store pickled with the older tuple of items
    still hands out maps."""
    import dataclasses

    project = small_project(tmp_path / "project", 4)
    content_dir = project / "content"
    store = BriefingStore()
    first = store.load(content_dir, project)
    again = store.load(content_dir, project)
    expected = load_content(content_dir, project)
    assert again.content.lines == expected.lines and again.parsed == 0
    assert all(again.content.lines[slug][1] is first.content.lines[slug][1] for slug in expected.lines)
    for key, parsed in list(store._files.items()):
        assert isinstance(parsed.lines, dict)
        store._files[key] = dataclasses.replace(parsed, lines=tuple(parsed.lines.items()))
    older = store.load(content_dir, project)
    assert older.content.lines == expected.lines
    assert all(isinstance(lines, dict) for _, lines in older.content.lines.values())


def test_a_store_from_disk_parses_ahead_only_the_files_that_changed(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A warm build resumes a store saved without time stamps (page_cache): files whose bytes are
    those of their last parse are reused, so none of them is parsed ahead on the second core."""
    from lagebild.site.incremental import briefing_store
    from lagebild.site.incremental.page_cache import without_time_stamps

    project = small_project(tmp_path / "project", 6)
    content_dir = project / "content"
    store = BriefingStore()
    store.load(content_dir, project)
    monkeypatch.setattr(briefing_store, "MIN_JOBS", 1)  # parse ahead even for a handful of files
    resumed = without_time_stamps(store)
    path = sorted((content_dir / "briefings").glob("*.md"))[0]
    _retitle(path, "X")
    assert set(resumed._parse_ahead(content_dir, project, 2)) == {str(path)}
    loaded = resumed.load(content_dir, project, workers=2)
    assert loaded.fresh == {path.stem}
    assert loaded.content.briefings == load_content(content_dir, project).briefings


def test_kept_merged_events_are_written_again_when_their_address_or_the_day_changes(tmp_path: Path) -> None:
    """facts.json's merged-event entries are kept per event object (a patched corpus keeps them) with
    the build day and the address of their timeline page: the same corpus exported with other
    addresses or another day equals `export_files` each time, and an unchanged export reuses them."""
    project = small_project(tmp_path / "project", 8)
    loaded = BriefingStore().load(project / "content", project)
    corpus = Corpus(loaded.content.briefings)
    assert corpus.merged_events(TODAY)
    store = ExportStore()

    def plain(path: str) -> str:
        return path.replace(".md", "/")

    def moved(path: str) -> str:
        return "elsewhere/" + path.replace(".md", "/")

    texts: list[list[str]] = []
    for url_of, today in ((plain, TODAY), (plain, TODAY), (moved, TODAY), (moved, "2031-01-01")):
        expected = export_files(corpus, today, url_of, "Lagebild", "https://example.org/", {})
        assert store.export_files(corpus, today, url_of, "Lagebild", "https://example.org/", {},
                                  loaded.digests) == expected
        texts.append([found[3] for found in store.event_entries.values()])
    assert all(map(lambda a, b: a is b, texts[0], texts[1]))  # nothing changed: the very texts kept
    assert texts[2] != texts[1]


def test_file_names_and_symlinks_as_pathlib_finds_them(tmp_path: Path) -> None:
    """`display_path` without `relative_to` and the symlink walk without `rglob` answer as those do:
    a path below the project, the project itself, a path elsewhere; links to files, to folders
    (named, not entered), dangling ones, hidden ones, in subfolders."""
    from lagebild.briefing.content import _links_below, briefing_paths, display_path

    root = tmp_path / "project"
    (root / "content" / "briefings" / "deep").mkdir(parents=True)
    (root / "real").mkdir()
    (root / "real" / "inside.md").write_text("x", encoding="utf-8")
    for name in ("b.md", "a.md", "a-b.md", "a0.md", ".hidden.md", "z.txt"):
        (root / "content" / "briefings" / name).write_text("x", encoding="utf-8")
    (root / "content" / "folder-link").symlink_to(root / "real")
    (root / "content" / "briefings" / "file-link.md").symlink_to(root / "real" / "inside.md")
    (root / "content" / "briefings" / "deep" / "dangling").symlink_to(root / "nowhere")
    (root / "content" / ".hidden-link").symlink_to(root / "real")
    expected = sorted(p for p in (root / "content").rglob("*") if p.is_symlink())
    assert sorted(map(Path, _links_below(str(root / "content")))) == expected and len(expected) == 4
    assert briefing_paths(root / "content") == sorted(
        p for p in (root / "content" / "briefings").iterdir() if p.suffix == ".md" and not p.name.startswith("."))
    assert display_path(root / "content" / "briefings" / "a.md", root) == "content/briefings/a.md"
    assert display_path(root, root) == "."
    assert display_path(Path("/x/y"), Path("/")) == "x/y"
    assert display_path(root / "content", root / "content" / "briefings") == str(root / "content")  # not below
    assert display_path(Path(f"{root}-other/a.md"), root) == f"{root}-other/a.md"  # a longer name, not a folder
