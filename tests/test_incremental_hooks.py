"""One test per MkDocs / Material internal the incremental build relies on, so an upgrade fails here
loudly instead of serving stale pages (see lagebild/site/incremental/)."""

from __future__ import annotations

import inspect
import logging
from pathlib import Path
from typing import Any

import mkdocs.commands.build as build_module
import mkdocs.commands.serve as serve_command
import pytest
from material.plugins.search.plugin import SearchIndex, SearchPlugin
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from support.incremental import Session, small_project

from lagebild.site.incremental import serve_hooks
from lagebild.site.search_index import SearchStore, attach


def test_serve_looks_build_up_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """serve.py's builder calls the module global `build`, so substituting it makes rebuilds dirty."""
    assert "build(config, serve_url=" in inspect.getsource(serve_command.serve)
    calls: list[bool] = []
    monkeypatch.setattr(serve_command, "build", lambda config, *, serve_url=None, dirty=False: calls.append(dirty))
    assert serve_hooks.rebuild_dirty(lambda: True)
    serve_command.build(None, serve_url="http://x/")  # type: ignore[arg-type]
    serve_hooks.restore_build()
    serve_command.build(None, serve_url="http://x/")  # type: ignore[arg-type]
    assert calls == [True, False]


def test_dirty_builds_skip_pages_by_is_modified() -> None:
    """build.py skips reading and writing a page when `File.is_modified()` is False (checked per instance)."""
    source = inspect.getsource(build_module._populate_page) + inspect.getsource(build_module._build_page)
    assert source.count("dirty and not page.file.is_modified()") == 2
    assert callable(File.is_modified)


def test_dirty_builds_copy_generated_files_by_is_modified(tmp_path: Path) -> None:
    """build.py copies the non-page files with `copy_static_files(dirty=dirty)`, and a dirty copy is
    skipped when `File.is_modified()` is False (checked per instance; a generated file's content
    always counts as modified otherwise): the plugin leaves an unchanged export so."""
    assert "files.copy_static_files(dirty=dirty" in inspect.getsource(build_module.build)
    assert "file.copy_file(dirty)" in inspect.getsource(Files.copy_static_files)
    assert "if dirty and not self.is_modified():" in inspect.getsource(File.copy_file)
    file = File("data/x.json", src_dir=None, dest_dir=str(tmp_path / "site"), use_directory_urls=True)
    file.content_string = "new"  # as `File.generated(config, path, content=…)` makes it
    assert file.is_modified()
    file.is_modified = lambda: False  # type: ignore[method-assign]
    Files([file]).copy_static_files(dirty=True)
    assert not (tmp_path / "site" / "data" / "x.json").exists()
    Files([file]).copy_static_files(dirty=False)
    assert (tmp_path / "site" / "data" / "x.json").read_text(encoding="utf-8") == "new"


def test_the_dirty_warning_is_dropped_exactly(caplog: pytest.LogCaptureFixture) -> None:
    """build.py warns once per dirty build (strict turns it into an abort); only that record goes."""
    assert serve_hooks.DIRTY_WARNING in inspect.getsource(build_module.build)
    assert build_module.log.name == serve_hooks.BUILD_LOGGER
    serve_hooks.drop_dirty_warning()
    with caplog.at_level(logging.WARNING, logger=serve_hooks.BUILD_LOGGER):
        build_module.log.warning(serve_hooks.DIRTY_WARNING + ", this will likely lead to …")
        build_module.log.warning("another warning")
    assert [r.getMessage() for r in caplog.records] == ["another warning"]


def test_plugins_with_on_startup_survive_rebuilds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MkDocs keeps plugin objects that define on_startup across serve's config reloads."""
    project = small_project(tmp_path / "project", 2)
    session = Session(project, tmp_path / "site")
    first = session.config().plugins["lagebild"]
    assert session.config().plugins["lagebild"] is first
    assert session.config().plugins["material/search"] is session.config().plugins["material/search"]


def test_material_search_index_is_the_one_we_replace() -> None:
    """Material's SearchIndex: entries list, add_entry_from_context(page), generate_search_index(prev)
    writing {"config": lang/separator/pipeline/fields, "docs": entries} compactly."""
    index = SearchIndex(lang=["de"], separator="x", pipeline=[], fields={})
    assert index.entries == []
    assert list(inspect.signature(index.add_entry_from_context).parameters) == ["page"]
    assert list(inspect.signature(index.generate_search_index).parameters) == ["prev"]
    assert index.generate_search_index(None) == \
        '{"config":{"lang":["de"],"separator":"x","pipeline":[],"fields":{}},"docs":[]}'
    plugin: Any = SearchPlugin()
    plugin.search_index = SearchIndex(lang=["de"], separator="x", pipeline=[], fields={})
    assert attach(plugin, SearchStore(), lambda page: [])
    assert plugin.search_index.generate_search_index(None) == index.generate_search_index(None)
    assert "self.search_index = SearchIndex(" in inspect.getsource(SearchPlugin.on_config)  # new every build


def test_livereload_server_observer_can_be_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """server.observer, server.build_delay and the watch bookkeeping are plain attributes before serve()."""
    monkeypatch.delenv("LAGEBILD_POLL", raising=False)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    watched = tmp_path / "mkdocs.yml"
    watched.write_text("x", encoding="utf-8")
    server.watch(str(tmp_path))
    server.watch(str(watched))
    assert serve_hooks.use_change_observer(server)
    assert type(server.observer).__name__ == "InotifyObserver"
    assert server.build_delay == serve_hooks.BUILD_DELAY
    assert set(server._watched_paths) == {str(tmp_path), str(watched)}
    monkeypatch.setenv("LAGEBILD_POLL", "1")
    assert not serve_hooks.use_change_observer(server)


def test_sitemap_uses_each_page_update_date() -> None:
    """Skipped pages get their sitemap date from the plugin (on_env); Material's sitemap reads update_date."""
    sitemap = Path(build_module.__file__).parents[1] / "templates" / "sitemap.xml"
    assert "update_date" in sitemap.read_text(encoding="utf-8")


def test_theme_files_are_listed_once_while_the_theme_stays(tmp_path: Path) -> None:
    """files.py lists the theme's files on every build; the kept list adds the same files, and a file
    that appears in the project's own theme folder is listed again."""
    project = small_project(tmp_path / "project", 2)
    config = Session(project, tmp_path / "site").config()
    env = config.theme.get_env()
    original = Files([])
    original.add_files_from_theme(env, config)
    try:
        assert serve_hooks.keep_theme_files(str(project))
        for _ in range(2):
            kept = Files([])
            kept.add_files_from_theme(env, config)
            assert [(f.src_uri, f.abs_src_path, f.dest_uri) for f in kept] == \
                [(f.src_uri, f.abs_src_path, f.dest_uri) for f in original]
        (project / "templates" / "overrides" / "extra.css").write_text("x", encoding="utf-8")
        config = Session(project, tmp_path / "site").config()
        added = Files([])
        added.add_files_from_theme(config.theme.get_env(), config)
        assert "extra.css" in {f.src_uri for f in added}
    finally:
        serve_hooks.forget_theme_files()
    assert not getattr(Files.add_files_from_theme, "lagebild_kept", False)


def test_page_canonical_urls_are_joined_through_the_remembered_join(tmp_path: Path) -> None:
    """pages.py joins each page's canonical URL with its module-level `urljoin`; remembered, the
    pages get the same URLs, and forgetting puts the standard library's function back."""
    import mkdocs.structure.pages as pages_module
    from mkdocs.structure.pages import Page

    assert "urljoin(base, self.url)" in inspect.getsource(Page._set_canonical_url)
    assert "urlsplit(canonical_url).path" in inspect.getsource(Page._set_canonical_url)
    project = small_project(tmp_path / "project", 2)
    config = Session(project, tmp_path / "site").config()
    files = [File(f"{name}.md", str(project / "content"), str(tmp_path / "site"), True)
             for name in ("index", "a b/ü", "x/y")]

    def urls() -> list[tuple[str | None, str | None]]:
        return [(page.canonical_url, page.abs_url) for page in (Page(None, file, config) for file in files)]

    before = urls()
    try:
        assert serve_hooks.remember_url_joins()
        assert pages_module.urljoin is serve_hooks.joined and pages_module.urlsplit is serve_hooks.split
        assert urls() == before == urls()
    finally:
        serve_hooks.forget_url_joins()
    assert pages_module.urljoin is not serve_hooks.joined and pages_module.urlsplit is not serve_hooks.split


def test_pages_ask_the_remembered_build_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pages.py stamps each new Page with its module-level `get_build_date()`; remembered per second
    of the clock and SOURCE_DATE_EPOCH, it answers as MkDocs' own does, follows a changed
    SOURCE_DATE_EPOCH and the clock's next day, and forgetting puts MkDocs' function back."""
    import mkdocs.structure.pages as pages_module
    import mkdocs.utils as mkdocs_utils
    from mkdocs.structure.pages import Page

    assert "get_build_date()" in inspect.getsource(Page.__init__)
    project = small_project(tmp_path / "project", 2)
    config = Session(project, tmp_path / "site").config()
    file = File("index.md", str(project / "content"), str(tmp_path / "site"), True)
    try:
        assert serve_hooks.remember_build_date()
        assert pages_module.get_build_date is serve_hooks.build_date
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
        assert Page(None, file, config).update_date == mkdocs_utils.get_build_date()
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")  # 1970-01-02
        assert Page(None, file, config).update_date == "1970-01-02" == mkdocs_utils.get_build_date()
        monkeypatch.delenv("SOURCE_DATE_EPOCH")
        clock = [86400 * 3 - 0.5]  # the last half second of 1970-01-03, then the next day
        monkeypatch.setattr(serve_hooks.time, "time", lambda: clock[0])
        assert Page(None, file, config).update_date == "1970-01-03"
        clock[0] += 1
        assert Page(None, file, config).update_date == "1970-01-04"
    finally:
        serve_hooks.forget_build_date()
    assert pages_module.get_build_date is mkdocs_utils.get_build_date


def test_search_translations_are_remembered_until_the_overrides_change(tmp_path: Path) -> None:
    """Material's search plugin asks `_translate(config, value)` on every build; remembered, it answers
    the same, and again from the theme once a file of the project's overrides changes."""
    project = small_project(tmp_path / "project", 2)
    session = Session(project, tmp_path / "site")
    config = session.config()
    plugin: Any = config.plugins["material/search"]
    assert list(inspect.signature(SearchPlugin._translate).parameters) == ["self", "config", "value"]
    assert "self._translate(" in inspect.getsource(SearchPlugin.on_config)
    expected = plugin._translate(config, "search.config.separator")
    calls: list[str] = []
    real = plugin._translate

    def counting(config: Any, value: str) -> Any:
        calls.append(value)
        return real(config, value)

    plugin._translate = counting
    assert serve_hooks.remember_translations(plugin, str(project))
    answers = [plugin._translate(session.config(), "search.config.separator") for _ in range(3)]
    assert answers == [expected] * 3 and calls == ["search.config.separator"]
    override = project / "templates" / "overrides" / "partials" / "language.html"
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text('{% macro t(key) %}{{ {"search.config.separator": "[-]+"}[key] }}{% endmacro %}',
                        encoding="utf-8")
    assert plugin._translate(session.config(), "search.config.separator") == "[-]+" and len(calls) == 2
    assert serve_hooks.remember_translations(plugin, str(project))  # already remembering: unchanged


def test_the_collector_comes_back_after_a_dirty_build_unless_another_began() -> None:
    import gc
    import time
    try:
        serve_hooks.pause_collector()
        serve_hooks.resume_collector(full_build=False, later=0.05)
        assert not gc.isenabled()  # not at once: the waiting requests are answered first
        for _ in range(100):
            if gc.isenabled():
                break
            time.sleep(0.01)
        assert gc.isenabled()
        serve_hooks.pause_collector()
        serve_hooks.resume_collector(full_build=False, later=0.05)
        serve_hooks.pause_collector()  # the next build began before the collector came back
        time.sleep(0.2)
        assert not gc.isenabled()  # that build resumes it when it ends
    finally:
        gc.enable()


def test_inclusion_levels_are_remembered_per_page_while_the_patterns_stay(tmp_path: Path) -> None:
    """files.py and build.py both call `set_exclusions` by their module-level name; remembered, every
    page gets the level MkDocs' own function gives, also after the patterns change."""
    import mkdocs.structure.files as files_module
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import InclusionLevel

    assert "set_exclusions(files, config)" in inspect.getsource(build_module.build)
    original = files_module.set_exclusions
    names = ("index.md", "drafts/a.md", "hidden/b.md", "c.md", ".x/d.md", "hidden/e.txt")

    def levels(not_in_nav: str, drafts: str) -> list[InclusionLevel]:
        config = MkDocsConfig()
        config.load_dict({"site_name": "x", "docs_dir": str(tmp_path), "not_in_nav": not_in_nav,
                          "draft_docs": drafts})
        assert not config.validate()[0]
        found = [File(name, str(tmp_path), str(tmp_path / "site"), True) for name in names]
        build_module.set_exclusions(found, config)
        return [file.inclusion for file in found]

    settings = [("hidden/*\n", "drafts/\n"), ("c.md\n", ""), ("hidden/*\n", "drafts/\n")]
    before = [levels(*setting) for setting in settings]
    try:
        assert serve_hooks.remember_exclusions()
        assert files_module.set_exclusions is build_module.set_exclusions is not original
        assert [levels(*setting) for setting in settings] == before
        assert before[0] != before[1]  # the patterns matter: a memo that ignored them would fail
    finally:
        serve_hooks.forget_exclusions()
    assert files_module.set_exclusions is build_module.set_exclusions is original
