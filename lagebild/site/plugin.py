"""The MkDocs plugin: validates content/, adds the derived pages, renders facts into pages.

Derived pages (start page, briefing list, actor pages, timeline) are virtual
files added in ``on_files``; nothing is written into the watched content
folder, so ``mkdocs serve`` rebuilds once per edit and never loops.  Every
page's HTML passes the allow-list sanitizer before the search index sees it.

Under ``mkdocs serve`` the first build is full and later ones are dirty: the plugin keeps its
state across rebuilds (it has ``on_startup``, so MkDocs keeps this object) and marks as modified
only the pages whose fingerprint changed (``lagebild.site.incremental``).  ``LAGEBILD_AUDIT=1``
renders every page it would have kept as well and fails the build if any came out different.
A worker forked in ``on_serve``, before the server's threads exist, renders about two in three of
the re-keyed actors' pages of each dirty build (``incremental.render_worker``; ``LAGEBILD_WORKER=0``
keeps everything in this process).

Split by job: this module has the build's events; `content_files` reads the content folder,
`dirty_plan` decides what a build renders, `page_hooks` has the per-page events, `fork_hooks`
the page fork's, and `plugin_base` the state they share.
"""

from __future__ import annotations

import atexit
import logging
import os
import time
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from lagebild.briefing.model import Briefing
from lagebild.paths import state_dir_for
from lagebild.picture.corpus import ALIASES_FILE, Corpus
from lagebild.picture.event_links import EVENTS_FILE
from lagebild.progress import Progress
from lagebild.review import compare_ahead
from lagebild.site import actor_archive, last_good, todo
from lagebild.site.chrome_memo import ChromeMemo, memoise_partials, theme_own
from lagebild.site.content_files import read_content
from lagebild.site.dirty_plan import DirtyPlan
from lagebild.site.html_pages import HtmlPage
from lagebild.site.incremental import render_worker, serve_hooks
from lagebild.site.incremental.briefing_store import BriefingStore
from lagebild.site.incremental.cell_memo import CellMemo
from lagebild.site.incremental.corpus_reuse import CorpusReuse
from lagebild.site.incremental.export_store import ExportStore
from lagebild.site.incremental.fingerprints import global_digest
from lagebild.site.incremental.link_splice import Link
from lagebild.site.incremental.page_cache import PluginState
from lagebild.site.incremental.planner import Planner
from lagebild.site.incremental.render_worker import RenderWorker
from lagebild.site.incremental.sitemap_memo import forget_sitemap, remember_sitemap
from lagebild.site.page_fork import PageFork
from lagebild.site.page_fork import usable as page_fork_usable
from lagebild.site.page_hooks import PageHooks
from lagebild.site.page_language import NavLanguage
from lagebild.site.page_meta import PageMeta, page_metas
from lagebild.site.render_cache import RenderCache
from lagebild.site.search_index import Entry, SearchStore, attach, skip_needless_cleanup
from lagebild.site.search_synonyms import PageVariants
from lagebild.site.sharing import briefing_updated, write_offline_index

log = logging.getLogger("mkdocs.plugins.lagebild")
# Our only script: the timeline filter. Under assets/javascripts/ beside the theme's own scripts.
SCRIPT = "assets/javascripts/lagebild.js"
# The comparisons' share of the second process while this one builds the corpus beside them
# (review.compare_ahead): at 1,000 briefings ~1.6-1.9 s CPU of comparisons against ~0.5 s of corpus,
# merged events, stories and the Prüfliste's other tasks (at 0.64 this process took 0.2 s longer).
COMPARE_CHILD_SHARE = 0.7


class LagebildPlugin(PageHooks, DirtyPlan):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.corpus: Corpus | None = None
        self.briefings: dict[str, Briefing] = {}
        self.root = Path.cwd()
        self.template_dir = self.root / "templates"
        self.today = ""
        self.render_cache: RenderCache | None = None
        self.search_store = SearchStore()  # search entries per page URL, written by the theme's plugin
        self.dirty = False  # `mkdocs serve --dirty`: only changed pages are built (and indexed again)
        self.metas: dict[str, PageMeta] = {}  # page source path -> title and description
        self.nav_language = NavLanguage("de")  # the tabs in each page's language
        self.progress: Progress | None = None  # pages built, on a watched terminal
        self.updated: dict[str, str] = {}  # briefing slug -> day it last changed (feed, sitemap)
        self.page_synonyms: PageVariants | dict[str, tuple[str, ...]] = {}  # source path -> variants to index
        self.page_urls: dict[str, str] = {}  # page source path -> its URL, as the search index names it
        # Incremental builds: what the previous build of this process left, and what this one does.
        self.briefing_store = BriefingStore()
        self.planner = Planner()
        self.export_store = ExportStore()
        self.corpus_reuse = CorpusReuse()  # the last build's corpus, patched when an edit changed only text
        self.global_part = ""  # this build's (fingerprints.global_digest)
        self.dirty = False  # this build is dirty (only modified pages are rendered and written)
        self.built_once = False  # a build of this process succeeded: later serve builds may be dirty
        self.outputs: set[str] = set()  # files of the last successful build (dest URIs)
        self.pending_outputs: set[str] = set()  # files of this build
        self.search_store_installed = False
        self.search_order: list[str] = []  # page URLs in build order (the index lists them so)
        self.rendered_pages = 0  # pages the last dirty build rendered (tests, benchmark)
        self.previous_derived: dict[str, tuple[HtmlPage, PageMeta | None]] = {}  # last build's, with its meta
        self.derived_metas: dict[str, PageMeta | None] = {}  # derived page -> its title and description
        self.audit = os.environ.get("LAGEBILD_AUDIT") == "1"
        self.splice_off = os.environ.get("LAGEBILD_SPLICE") == "0"  # render co-reporters' pages instead
        # Entries of a spliced page worked out again even when the replaced links are not indexed.
        self.splice_reindex = os.environ.get("LAGEBILD_SPLICE_REINDEX") == "1"
        # Merged-event cells of the pages rendered in this `mkdocs serve` process (cell_memo).
        self.cell_memo = CellMemo()
        self.cells_off = os.environ.get("LAGEBILD_CELLS") == "0"
        self.audit_expected: dict[str, bytes] = {}  # page source path -> output it would have kept
        self.audit_entries: dict[str, str | None] = {}  # page URL -> search entries it would have kept
        self.audit_differences: list[str] = []
        self.audit_markdown: list[str] = []  # derived pages whose kept HTML differs from a fresh render
        self.html_pages: dict[str, HtmlPage] = {}  # generated page source path -> its HTML (no Markdown)
        self.index_text: str | None = None  # this build's search index file, as the theme wrote it
        self.export_texts: dict[str, str] = {}  # export path -> its text as this process last wrote it
        # Briefing page -> its body as last rendered or spliced in this process (link_splice), and the
        # pages this build may splice instead of render, with their links of last build.
        self.bodies: dict[str, str] = {}
        self.splice_candidates: dict[str, tuple[Link, ...]] = {}
        self.spliced_pages = 0  # briefing pages the last dirty build spliced (tests, benchmark)
        self.block_tokens: dict[str, dict[str, str]] = {}  # briefing page -> token -> fact block marker
        self.resumed = False  # a warm `build.py render`: stores from disk, old pages linked into the site folder
        self.page_outputs: list[str] = []  # this build's page files (dest URIs), for the page cache
        # `build.py render`: every other page outside the nav is built by a forked child (page_fork).
        self.fork_pages = False
        self.processes = 2  # `build.py render --jobs 1` sets 1: no fork at all (fork_pool, page_fork)
        self.page_fork: PageFork | None = None
        self.worker: RenderWorker | None = None  # under serve: the resident render worker (render_worker)
        self.nav: Any = None
        self.files_of_build: Files | None = None
        self.env: jinja2.Environment | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        self.template_dir = (self.root / self.config.templates).resolve()
        today = self.config.today or os.environ.get("LAGEBILD_TODAY") or date.today().isoformat()
        try:
            date.fromisoformat(today)
        except ValueError:
            raise PluginError(f"lagebild: today '{today}' is not a date; write YYYY-MM-DD") from None
        self.today = today
        self.index_text = None  # set when the theme's search plugin asks for this build's index
        if last_good.serving and self.dirty:
            serve_hooks.pause_collector()  # resumed when the build ends, whichever way
        self.nav_language = NavLanguage(self.config.language)
        if SCRIPT not in config.extra_javascript:
            config.extra_javascript.append(SCRIPT)
        # Converted pages from earlier processes (the cache on disk); within a `mkdocs serve`
        # process this object lives on (on_startup) with its in-memory stores.
        self.render_cache = RenderCache(self._cache_dir("render"), config)
        # The theme's search plugin (configured before this one) indexes with our scanner and policy.
        if not self.dirty:
            self.search_store.clear()  # a full build indexes every page again; a dirty one only the changed
        search = next((p for name, p in config.plugins.items() if name.split("/")[-1] == "search"), None)
        self.search_store_installed = search is not None and attach(search, self.search_store, self._search_entries)
        if self.search_store_installed:
            skip_needless_cleanup(config.plugins, search)
        if search is not None and last_good.serving:
            serve_hooks.remember_translations(search, str(self.root))  # from the next build on
        if search is not None and not self.search_store_installed:
            log.warning("lagebild: the search plugin is not Material's; its index stays as the theme makes it")
            if self.resumed:  # the theme indexes only the pages rendered: render every page
                self.planner.forget()
        elif search is not None:
            index = search.search_index
            settings = {key: index.config[key] for key in ("lang", "separator", "pipeline", "fields")
                        if key in index.config}
            # In build order, not in the order pages were indexed: a dirty build indexes only some.
            index.generate_search_index = lambda prev: self._index_text(settings)
        return config

    def _index_text(self, settings: dict[str, Any]) -> str:
        """The search index file's text, kept for its offline copy (`write_offline_index`), which
        need not read back what the theme has just written."""
        self.index_text = self.search_store.index_json(settings, self.search_order)
        return self.index_text

    def _search_entries(self, page: Page) -> list[Entry]:
        search = page.meta.get("search") or {}
        return self._entries(page.file.src_uri, page.url, page.content or "", str(page.meta.get("title", page.title)),
                             page.meta.get("tags"), search.get("boost") if isinstance(search, dict) else None)

    def _cache_dir(self, name: str) -> Path:
        return self.root / ".lagebild" / "cache" / name

    def on_startup(self, *, command: str, dirty: bool) -> None:
        last_good.serving = command == "serve"
        self.dirty = dirty

    def snapshot(self) -> PluginState:
        """What a later `build.py render` needs to build only what changed (page_cache)."""
        return PluginState(self.briefing_store, self.planner, self.export_store, self.search_store, set(self.outputs),
                           dict(self.derived_metas))

    def resume(self, state: PluginState) -> None:
        """Continue from the last build's stores (page_cache): this build is dirty, as under serve."""
        self.briefing_store, self.planner = state.briefing_store, state.planner
        self.export_store, self.search_store = state.export_store, state.search_store
        self.outputs, self.derived_metas = set(state.outputs), dict(state.derived_metas)
        self.built_once = self.dirty = self.resumed = True

    def split_pages(self) -> bool:
        """For `build.py render`: build pages in two processes if this process may fork (page_fork).
        The caller then runs MkDocs' build dirty into a fresh folder, so the parent can skip the
        child's pages."""
        self.fork_pages = page_fork_usable()
        return self.fork_pages

    def may_build_dirty(self) -> bool:
        """For the serve builder: dirty if the last build succeeded and the search store works."""
        self.dirty = self.built_once and self.search_store_installed
        if self.dirty:
            serve_hooks.drop_dirty_warning()  # else `strict: true` aborts every dirty build
        return self.dirty

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        started = time.perf_counter()
        content_dir = Path(config.docs_dir)
        loaded, content, digests, aliases, event_links = read_content(files, config, self.briefing_store,
                                                                      self.root, self._workers())
        def model() -> None:
            """The corpus and what every page needs of it (a full build: beside the comparisons)."""
            global_part = global_digest(Path(config.config_file_path or "mkdocs.yml"), config.site_url or "",
                                        self.today, self.config.language, self.template_dir,
                                        (content_dir / ALIASES_FILE, content_dir / EVENTS_FILE))
            briefings = content.briefings
            if self.worker is not None and self.dirty and not self.resumed:  # it makes its corpus meanwhile
                self.worker.sync(briefings, aliases, event_links, self.config.language, global_part, self.today,
                                 True)
            self.corpus = self.corpus_reuse.corpus(
                briefings, lambda: Corpus(briefings, aliases, language=self.config.language, event_links=event_links),
                global_part, self.today, self.dirty and not self.resumed, self.audit)
            self.global_part = global_part
            known = {(b.slug, e.id) for b in content.briefings for e in b.events}
            for report in event_links.unknown(known):
                log.warning(f"lagebild: {Path(content_dir.name) / EVENTS_FILE}: no briefing has the event {report}; "
                            "check the slug and the event's id")
            self.briefings = {b.slug: b for b in content.briefings}
            self.metas = page_metas(self.corpus, self.config.language)
            self.updated = briefing_updated(self.corpus, state_dir_for(content_dir))
            self.page_synonyms = PageVariants(self.corpus, self.today)  # worked out for the pages indexed
            if full_build:  # memoised, for the generated pages: merged events, stories, the Prüfliste's tasks
                self.corpus.stories(self.today)
                todo.prepare_lists(self.corpus, state_dir_for(content_dir))

        # A full build compares the briefings with their snapshots (the Prüfliste) on two cores
        # while this process builds the corpus (review.compare_ahead); otherwise in order.
        workers = self._workers()
        full_build = not self.dirty and workers > 1
        if full_build:
            compare_ahead(content.briefings, state_dir_for(content_dir), workers, beside=model,
                          child_share=COMPARE_CHILD_SHARE)
        else:
            model()
        global_part = self.global_part
        self.page_urls = {}  # every page's, set again in on_env
        self.html_pages = {}
        plan, derived = self._plan(config, content_dir, digests, global_part)
        for path, rendered in derived.items():
            if files.get_file_from_path(path) is not None:
                log.warning(f"lagebild: {path} in {content_dir.name}/ replaces the generated page")
                continue
            self.html_pages[path] = rendered
            # A Prüfliste list's pages are never in the nav, whatever an older mkdocs.yml's not_in_nav says.
            # So are an actor archive year's later parts (one folder deeper than older not_in_nav patterns).
            below = todo.below_a_list(path) or actor_archive.below_a_year(path)
            where = InclusionLevel.NOT_IN_NAV if below else InclusionLevel.UNDEFINED
            files.append(File.generated(config, path, content=rendered.html, inclusion=where))
        assets = self.template_dir / "assets"
        if assets.is_dir():
            for asset in sorted(assets.rglob("*")):
                if asset.is_file() and not asset.name.startswith("."):
                    path = f"assets/{asset.relative_to(assets).as_posix()}"
                    files.append(File.generated(config, path, abs_src_path=str(asset)))
        self._add_exports(files, config, digests)
        self.pending_outputs = {file.dest_uri for file in files}
        pages = files.documentation_pages()  # (a walk over every file: once here)
        self.page_outputs = [file.dest_uri for file in pages]
        if self.dirty:
            self._mark_modified(files, pages, config, plan, derived)
            log.info(f"lagebild: rendering {self.rendered_pages} of {len(pages)} pages "
                     f"({'everything changed' if plan.full else f'{loaded.parsed} briefing file(s) read'}; "
                     f"planned in {time.perf_counter() - started:.2f} s)")
        self.progress = Progress("building pages", len(pages))
        return files

    @event_priority(-100)  # last: every other plugin's navigation is final
    def on_nav(self, nav: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self.nav, self.files_of_build = nav, files
        self.page_fork = None
        if self.fork_pages and not self.dirty:
            self._warm_theme(config)  # done already beside the generated pages (_plan), unless they were few
            self.page_fork = PageFork.start(config, files, nav, self._noted_in_child, self._in_child)
        return nav

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """The theme's templates compiled once, not on every build (Jinja checks each template's source);
        Material's page-independent blocks rendered once per kind of page (chrome_memo)."""
        self._every_page(files)  # MkDocs has made a Page for every page by now
        self.env = env
        env.globals["lagebild_chrome"] = ChromeMemo(plain_content=theme_own(env))
        memoise_partials(env)
        if last_good.serving:
            remember_sitemap(env)
        self._bytecode_cache(env)
        return env

    def _every_page(self, files: Files) -> None:
        """What pages a dirty build skips still need: their sitemap date, URL and place in the search index."""
        order = []
        for file in files.documentation_pages():
            if file.page is None:
                continue
            order.append(file.page.url)
            briefing = self._briefing_of(file.page)
            file.page.update_date = (self.updated.get(briefing.slug) if briefing else None) or self.today
            self.page_urls[file.src_uri] = file.page.url
        self.search_order = order
        for gone in set(self.search_store.urls()) - set(order):  # pages that vanished
            self.search_store.drop(gone)

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._join_page_fork(config)  # joined after the parent's last page; here only if that never came
        if self.progress is not None:
            self.progress.close()
        for url, entries in self.audit_entries.items():
            if self.search_store.text(url) != entries:
                self.audit_differences.append(f"{url}: search entries differ")
        self.audit_differences += self.audit_markdown + self.corpus_reuse.differences
        if self.audit_differences:
            self.built_once = False
            raise PluginError("lagebild audit: pages kept by the incremental build differ from a fresh "
                              "render:\n  " + "\n  ".join(self.audit_differences))
        self.outputs = self.pending_outputs
        self.built_once = True
        self.corpus_reuse.built(self.corpus, self.global_part)
        if last_good.serving:
            serve_hooks.resume_collector(full_build=not self.dirty, later=serve_hooks.COLLECT_AFTER)
        write_offline_index(Path(config.site_dir), self.index_text)
        self.index_text = None
        if self.render_cache is not None and not self.dirty:
            # Only a full build uses every entry it needs: a dirty one would drop all the kept pages'.
            self.render_cache.store.prune()
        if self.render_cache is not None:
            log.debug(f"lagebild: render cache {self.render_cache.hits} hits, {self.render_cache.misses} misses")

    def on_build_error(self, *, error: Exception) -> None:
        if self.page_fork is not None:
            self.page_fork.abort()
            self.page_fork = None
        if self.progress is not None:
            self.progress.close()  # the error message starts on a line of its own
        self.built_once = False  # the next build is clean and full
        self.corpus_reuse.forget()
        serve_hooks.resume_collector(full_build=False)
        self.planner.forget()
        self.search_store.clear()

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        if self.template_dir.is_dir():
            server.watch(str(self.template_dir))
        if serve_hooks.rebuild_dirty(self.may_build_dirty):
            self._start_worker(server)  # before the server's threads exist (and before the inotify observer)
            serve_hooks.use_change_observer(server)
            serve_hooks.keep_theme_files(str(self.root))
            serve_hooks.remember_url_joins()
            serve_hooks.remember_build_date()
            serve_hooks.remember_exclusions()
        return server

    def _start_worker(self, server: Any) -> None:
        """The render worker, forked from the first build's state (render_worker); none if it cannot be."""
        if self.worker is not None or not render_worker.usable() or not self.built_once or self.corpus is None:
            return
        close = getattr(server, "server_close", None)
        self.worker = RenderWorker.start(self.briefings, self.corpus_reuse, self._cells(),
                                         close_in_child=close if callable(close) else lambda: None)
        atexit.register(self._stop_worker)

    def _stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    def on_shutdown(self) -> None:
        self._stop_worker()
        serve_hooks.restore_build()
        serve_hooks.forget_theme_files()
        serve_hooks.forget_url_joins()
        serve_hooks.forget_build_date()
        serve_hooks.forget_exclusions()
        forget_sitemap()

