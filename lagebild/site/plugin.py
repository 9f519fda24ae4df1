"""The MkDocs plugin: validates content/, adds the derived pages, renders facts into pages.

Derived pages (start page, briefing list, actor pages, timeline) are virtual
files added in ``on_files``; nothing is written into the watched content
folder, so ``mkdocs serve`` rebuilds once per edit and never loops.  Every
page's HTML passes the allow-list sanitizer before the search index sees it.

Under ``mkdocs serve`` the first build is full and later ones are dirty: the plugin keeps its
state across rebuilds (it has ``on_startup``, so MkDocs keeps this object) and marks as modified
only the pages whose fingerprint changed (``lagebild.site.incremental``).  ``LAGEBILD_AUDIT=1``
renders every page it would have kept as well and fails the build if any came out different.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import escape
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import YAML_RE as YAML_FRONT_MATTER

from lagebild.briefing.content import Content
from lagebild.briefing.model import Briefing
from lagebild.errors import LagebildError
from lagebild.paths import state_dir_for
from lagebild.picture.corpus import ALIASES_FILE, Aliases, Corpus
from lagebild.picture.event_links import EVENTS_FILE, EventLinks
from lagebild.progress import Progress
from lagebild.publish import is_published
from lagebild.review import compare_ahead
from lagebild.safe_read import is_regular
from lagebild.site import actor_archive, exports, last_good, theme_warmup, todo
from lagebild.site.atom import FEED_PATH
from lagebild.site.chrome_memo import ChromeMemo, memoise_partials, theme_own
from lagebild.site.deferred_files import deferred_files
from lagebild.site.html_pages import HtmlPage, finish_briefing, install
from lagebild.site.incremental import serve_hooks
from lagebild.site.incremental.briefing_store import BriefingStore, file_digest
from lagebild.site.incremental.cell_memo import CellMemo
from lagebild.site.incremental.corpus_reuse import CorpusReuse
from lagebild.site.incremental.dirty_build import mark_modified, remove_outputs
from lagebild.site.incremental.export_store import ExportStore
from lagebild.site.incremental.fingerprints import global_digest, state_signature, structure_digest
from lagebild.site.incremental.link_splice import Link, RowLink, indexed_anywhere, keep_bodies, splice_pages
from lagebild.site.incremental.page_cache import PluginState, unshare
from lagebild.site.incremental.planner import Plan, Planner
from lagebild.site.incremental.sitemap_memo import forget_sitemap, remember_sitemap
from lagebild.site.markup import neutralise_attr_lists, sanitize_html
from lagebild.site.page_fork import PageFork, rebuild_here
from lagebild.site.page_fork import usable as page_fork_usable
from lagebild.site.page_language import NavLanguage, localise_markdown_chrome
from lagebild.site.page_meta import PageMeta, page_metas
from lagebild.site.pages import BRIEFINGS_FOLDER, PageRenderer, briefing_html, generated_pages, mark_blocks
from lagebild.site.render_cache import RenderCache
from lagebild.site.search_index import Entry, SearchStore, attach, indexed, page_search_entries, skip_needless_cleanup
from lagebild.site.search_synonyms import PageVariants
from lagebild.site.sharing import briefing_updated, write_offline_index
from lagebild.site.situation_pages import MergedView

log = logging.getLogger("mkdocs.plugins.lagebild")
# MkDocs' own front matter pattern (its `get_data` strips what this matches), and the cheapest
# front matter it parses to a mapping: the Markdown after it is what MkDocs takes from the file.
EMPTY_FRONT_MATTER = "---\n{}\n---\n"
# Our only script: the timeline filter. Under assets/javascripts/ beside the theme's own scripts.
SCRIPT = "assets/javascripts/lagebild.js"
# The comparisons' share of the second process while this one builds the corpus beside them
# (review.compare_ahead): at 1,000 briefings ~1.6-1.9 s CPU of comparisons against ~0.5 s of corpus,
# merged events, stories and the Prüfliste's other tasks (at 0.64 this process took 0.2 s longer).
COMPARE_CHILD_SHARE = 0.7
# What `ExportStore.export_files` writes, in its order (a deferred export checks it gets these).
BRIEFINGS_PREFIX = f"{BRIEFINGS_FOLDER}/"  # a briefing's page: this, its slug (no '/'), '.md'
EXPORT_PATHS = (exports.FACTS_PATH, exports.SCHEMA_PATH, FEED_PATH, exports.CALENDAR_PATH)


class LagebildConfig(Config):
    today = config_options.Optional(config_options.Type(str))  # build date; default: LAGEBILD_TODAY or today
    templates = config_options.Type(str, default="templates")
    language = config_options.Type(str, default="de")  # language of the site-wide pages


class LagebildPlugin(BasePlugin[LagebildConfig]):
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
            index.generate_search_index = lambda prev: self.search_store.index_json(settings, self.search_order)
        return config

    def _search_entries(self, page: Page) -> list[Entry]:
        search = page.meta.get("search") or {}
        return self._entries(page.file.src_uri, page.url, page.content or "", str(page.meta.get("title", page.title)),
                             page.meta.get("tags"), search.get("boost") if isinstance(search, dict) else None)

    def _entries(self, source: str, url: str, content: str, title: str, tags: Any = None,
                 boost: Any = None) -> list[Entry]:
        meta = self.metas.get(source)
        return page_search_entries(
            content, url=url, title=title, how=indexed(source),
            description=meta.description if meta is not None else "",
            variants=self.page_synonyms.get(source, ()), tags=tags, boost=boost)

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

    def _cells(self) -> CellMemo | None:
        """The cell memo under `mkdocs serve` (where pages render again and again); a one-off build has
        nothing to reuse."""
        return self.cell_memo if last_good.serving and not self.cells_off else None

    def _workers(self) -> int:
        """Two processes for parsing and the generated pages, except beside `mkdocs serve`'s threads
        (fork_pool) and when asked for one."""
        return 1 if last_good.serving or self.processes < 2 else 2

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
        docs = os.path.abspath(config.docs_dir)
        for file in list(files):
            if file.generated_by is not None or file.src_dir is None or os.path.abspath(file.src_dir) != docs:
                continue  # the theme's files and other plugins' pages
            # Only pages and images are published (lagebild.publish); `check` names the rest.
            if not (is_published(file.src_uri) and is_regular(Path(file.abs_src_path or ""))):
                log.info(f"lagebild: {content_dir.name}/{file.src_uri} is not published")
                files.remove(file)
        # Two cores for parsing, except beside `mkdocs serve`'s threads (fork_pool).
        loaded = self.briefing_store.load(content_dir, self.root, workers=self._workers())
        content, digests = loaded.content, dict(loaded.digests)
        replaced: dict[str, str | None] = {}
        if last_good.serving and content.errors:  # a typo must not stop the preview (see last_good)
            content, replaced = last_good.substitute(content, content_dir, self.root)
        for warning in content.problems:
            if warning.severity == "warning":
                log.warning(str(warning), extra={"lagebild_problem": warning})
        if content.errors:
            for problem in content.errors:
                log.error(str(problem), extra={"lagebild_problem": problem})
            raise PluginError(f"lagebild: {len(content.errors)} problem(s) in {content_dir.name}/; "
                              "fix them (see above) and build again")
        try:
            aliases = Aliases.load(content_dir / ALIASES_FILE, str(Path(content_dir.name) / ALIASES_FILE))
            event_links = EventLinks.load(content_dir / EVENTS_FILE, str(Path(content_dir.name) / EVENTS_FILE))
        except LagebildError as error:
            for problem in error.problems:
                log.error(str(problem), extra={"lagebild_problem": problem})
            raise PluginError("lagebild: problems in the alias file or events file") from None
        if last_good.serving:
            # Only the files read again can have a new last good version.
            last_good.remember(Content(lines={slug: content.lines[slug] for slug in loaded.fresh
                                              if slug in content.lines}), content_dir, self.root)
            for uri, text in replaced.items():
                if text is not None:
                    digests[Path(uri).stem] = file_digest(("last good\n" + text).encode("utf-8", "surrogatepass"))
                broken = files.get_file_from_path(uri)
                if broken is not None and text is not None:
                    broken.content_string = text  # in its place: the page order stays that of a clean build
                elif broken is not None:
                    files.remove(broken)
                elif text is not None:
                    files.append(File.generated(config, uri, content=text))
        def model() -> None:
            """The corpus and what every page needs of it (a full build: beside the comparisons)."""
            global_part = global_digest(Path(config.config_file_path or "mkdocs.yml"), config.site_url or "",
                                        self.today, self.config.language, self.template_dir,
                                        (content_dir / ALIASES_FILE, content_dir / EVENTS_FILE))
            briefings = content.briefings
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

    def _plan(self, config: MkDocsConfig, content_dir: Path, digests: dict[str, str],
              global_part: str) -> tuple[Plan, dict[str, HtmlPage]]:
        """Fingerprint every page, render the derived pages whose fingerprint changed, keep the rest."""
        assert self.corpus is not None
        state_dir = state_dir_for(content_dir)
        previous = self.planner
        # The whole corpus's digest only while a page of a kind the planner does not know is kept.
        structure = structure_digest(self.corpus, self.today) if previous.keeps_unknown_pages() else ""
        state = state_signature((state_dir, self.root / "seeds")) if structure else ""
        corpus = self.corpus

        def make_plan() -> Plan:
            return previous.plan(corpus, digests, self.updated, global_part, structure, state, self.today, state_dir)

        # Two cores for the generated pages, except beside `mkdocs serve`'s threads (fork_pool).
        workers = self._workers()
        if previous.renders_everything(global_part):
            # Every page renders: the fingerprints (for the next build) are worked out beside the
            # generated pages, while the second process renders more of them; and the theme's
            # templates are compiled for the page fork (on_nav).
            planned: list[Plan] = []

            def beside() -> None:
                planned.append(make_plan())
                self._warm_theme(config)

            rendered = generated_pages(corpus, self.template_dir, self.config.language, self.today, state_dir,
                                       config.use_directory_urls, workers, beside=beside, cells=self._cells())
            plan = planned[0]
        else:
            plan = make_plan()
            rendered = generated_pages(corpus, self.template_dir, self.config.language, self.today, state_dir,
                                       config.use_directory_urls, workers, wanted=plan.wants, cells=self._cells())
        derived = previous.join(plan, rendered)
        self.audit_markdown = []
        if self.audit and not plan.full:  # the kept pages' HTML against a fresh render of all
            fresh = generated_pages(self.corpus, self.template_dir, self.config.language, self.today, state_dir,
                                    config.use_directory_urls, workers)
            self.audit_markdown = [f"{path}: generated page differs" for path in sorted(set(fresh) | set(derived))
                                   if fresh.get(path) != derived.get(path)]
        # A derived page is the same when its HTML and its title and description (metas) are.
        self.previous_derived = {path: (page, self.derived_metas.get(path)) for path, page in previous.derived.items()}
        self.derived_metas = {path: self.metas.get(path) for path in derived}
        self.splice_candidates = previous.links_only(plan) if self.dirty and not self.splice_off else {}
        previous.remember(plan, derived, global_part, structure)
        return plan, derived

    def _mark_modified(self, files: Files, pages: Sequence[File], config: MkDocsConfig, plan: Plan,
                       derived: dict[str, HtmlPage]) -> None:
        """Dirty build: only pages whose fingerprint or Markdown changed are rendered; vanished outputs go.
        `pages`: the documentation pages of `files` (each walk of the files costs a walk of ~6,900)."""
        shown = {path: (page, self.derived_metas.get(path)) for path, page in derived.items()}
        render_handwritten = self.resumed or self.outputs != self.pending_outputs
        # Never into a resumed build's files: they may be links to the old site's (page_cache).
        spliced = self._splice_links(files, config, plan) if not self.resumed else set()
        self.spliced_pages = len(spliced)
        marked = mark_modified(pages, plan, shown, self.previous_derived, self.search_store.text, self.audit,
                               render_handwritten=render_handwritten, spliced=frozenset(spliced))
        self.rendered_pages = marked.rendered
        self.audit_expected, self.audit_entries, self.audit_differences = marked.expected, marked.entries, []
        if self.resumed:  # pages linked from the old site: a file written again gets an inode of its own
            unshare(file.abs_dest_path for file in files
                    if not (file.is_documentation_page() and not file.is_modified()))
        remove_outputs(Path(config.site_dir), self.outputs - self.pending_outputs)

    def _splice_links(self, files: Files, config: MkDocsConfig, plan: Plan) -> set[str]:
        """Briefing pages that changed only in a merged event's source count: their last output and
        body with the counts replaced, and their search entries from the new body (link_splice)."""
        keep_bodies(self.bodies, plan.briefing_parts)
        corpus = self.corpus

        def output_of(path: str) -> str | None:
            file = files.get_file_from_path(path)
            return file.abs_dest_path if file is not None else None

        def row_link_of(path: str) -> RowLink | None:
            briefing = self.briefings.get(Path(path).stem)
            if briefing is None or corpus is None or path not in self.metas:
                return None
            return MergedView(PageRenderer(corpus, path, briefing.language, self.template_dir, locale=briefing.locale,
                                           today=self.today, directory_urls=config.use_directory_urls)).row_link

        def reindex(path: str, body: str, replaced: tuple[str, ...]) -> None:
            file = files.get_file_from_path(path)
            assert file is not None  # output_of found it
            kept = self.search_store.text(file.url)
            if kept is not None and not self.splice_reindex and not indexed_anywhere(replaced, kept):
                return  # the links' words are not in the index (a table): the entries stay as they were
            self.search_store.put(file.url, self._entries(path, file.url, body, str(escape(self.metas[path].title))))

        return splice_pages(self.splice_candidates, plan.briefing_parts, self.bodies, output_of, row_link_of, reindex)

    def _add_exports(self, files: Files, config: MkDocsConfig, digests: dict[str, str]) -> None:
        """JSON, JSON Schema, Atom and iCalendar files, linked from the start page."""
        assert self.corpus is not None

        urls = {file.src_uri: file.url for file in files}  # one look-up per link, not a search of the files

        def url_of(path: str) -> str:
            return urls.get(path, path)

        corpus, updated, store = self.corpus, self.updated, self.export_store

        def make() -> dict[str, str]:
            return store.export_files(corpus, self.today, url_of, config.site_name, config.site_url or None,
                                      updated, digests)

        if self.fork_pages and not self.dirty:  # made while the second process builds pages (deferred_files)
            for file in deferred_files(config, EXPORT_PATHS, make):
                files.append(file)
            return
        for path, text in make().items():
            files.append(File.generated(config, path, content=text))

    def _briefing_of(self, page: Page) -> Briefing | None:
        """The briefing of a page 'briefings/<slug>.md' (asked for every page of every build: no regex)."""
        path = page.file.src_uri
        prefix = BRIEFINGS_PREFIX
        if not (path.startswith(prefix) and path.endswith(".md")) or len(path) <= len(prefix) + 3:
            return None
        slug = path[len(prefix):-3]
        return None if "/" in slug else self.briefings.get(slug)

    def on_page_read_source(self, *, page: Page, config: MkDocsConfig) -> str | None:
        """A briefing with an empty front matter in place of its own, which the briefing store has
        read and validated already: MkDocs' second, pure-Python YAML parse of it (3 ms a page) is
        spared.  Its meta would hold only briefing fields (the schema allows no others), which no
        template reads; the title is set in `on_page_content` from the briefing itself."""
        if self._briefing_of(page) is None:
            return None
        try:
            source = page.file.content_string
        except (OSError, ValueError):
            return None  # MkDocs reads it again and reports the error as usual
        found = YAML_FRONT_MATTER.match(source)
        return None if found is None else EMPTY_FRONT_MATTER + source[found.end():]

    @event_priority(-100)  # last: the render cache is keyed by the page's final Markdown
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        rendered = self.html_pages.get(page.file.src_uri)
        if rendered is not None:
            install(page, rendered)  # HTML from the templates: no Python-Markdown, no sanitizer
            return markdown
        briefing = self._briefing_of(page)
        if briefing is not None:
            # The body is article text: no attr_list there.  The fact blocks are HTML, placed
            # after the conversion where the markers' tokens are (on_page_content).
            markdown, self.block_tokens[page.file.src_uri] = mark_blocks(neutralise_attr_lists(markdown))
        if self.render_cache is not None:
            self.render_cache.attach(page, markdown, files)
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        page.meta["title"] = self._html_title(page)
        language = self._language_of(page)
        page.lagebild_language = language  # type: ignore[attr-defined]  # Material's labels follow it
        if (meta := self.metas.get(page.file.src_uri)) is not None and meta.description:
            page.meta["description"] = str(escape(meta.description))  # the theme prints it unescaped
        # The sitemap's <lastmod>: the day the page's briefing last changed, else the build date
        # (MkDocs would stamp the wall clock, and the same content would give another sitemap).
        briefing = self._briefing_of(page)
        page.update_date = (self.updated.get(briefing.slug) if briefing else None) or self.today
        if page.file.src_uri in self.html_pages:
            return html  # written by our templates, every value escaped
        # Editors' and the article's text: whatever Markdown made of it passes the sanitizer.
        html = sanitize_html(localise_markdown_chrome(html, language))
        if briefing is not None and self.corpus is not None:
            renderer = PageRenderer(self.corpus, page.file.src_uri, briefing.language, self.template_dir,
                                    locale=briefing.locale, today=self.today,
                                    directory_urls=config.use_directory_urls)
            html, rendered = briefing_html(renderer, briefing, html, self.block_tokens.get(page.file.src_uri, {}),
                                           set(page.present_anchor_ids or ()))
            html = finish_briefing(page, html, rendered, files)
        return html

    def _language_of(self, page: Page) -> str:
        """A briefing's page speaks its article's language; every other page the site's."""
        briefing = self._briefing_of(page)
        return briefing.language if briefing is not None else self.config.language

    @event_priority(100)  # before the search plugin reads the titles
    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        self.nav_language.apply(nav, self._language_of(page))
        return context

    def _html_title(self, page: Page) -> str:
        """The page title as HTML for the theme, which prints meta titles unescaped (<title>, nav, h1).

        A front-matter title is plain text (and MkDocs' own YAML reading turns `title: yes` into
        True): take the validated briefing's text and escape it.  A title MkDocs took from the
        rendered heading is already HTML.  Either way the theme's `striptags` path, which
        unescapes entities, is never used.
        """
        if (meta := self.metas.get(page.file.src_uri)) is not None:
            return str(escape(meta.title))  # the name as written, not the slug of the address
        if "title" in page.meta:
            return str(escape(str(page.meta["title"])))
        rendered = getattr(page, "_title_from_render", None)
        return rendered if isinstance(rendered, str) else str(escape(page.title or ""))

    @event_priority(-100)  # last: the audit compares the final output
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if self.progress is not None:
            self.progress.advance()
        briefing = self._briefing_of(page)
        if briefing is not None:
            output = re.sub(r'<html lang="[^"]*"', f'<html lang="{briefing.language}"', output, count=1)
            if last_good.serving and page.content is not None:
                self.bodies[page.file.src_uri] = page.content  # for link_splice in later builds
        expected = self.audit_expected.get(page.file.src_uri)
        if expected is not None and expected != output.encode("utf-8"):
            self.audit_differences.append(f"{page.file.src_uri}: page differs")
        if self.page_fork is not None and page is self.page_fork.last_own:
            self._join_page_fork(config)  # before MkDocs checks anchors and the index is written
        return output

    @event_priority(-100)  # last: every other plugin's navigation is final
    def on_nav(self, nav: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self.nav, self.files_of_build = nav, files
        self.page_fork = None
        if self.fork_pages and not self.dirty:
            self._warm_theme(config)  # done already beside the generated pages (_plan), unless they were few
            self.page_fork = PageFork.start(config, files, nav, self._noted_in_child, self._in_child)
        return nav

    def _warm_theme(self, config: MkDocsConfig) -> None:
        """Before the page fork: the theme's templates compiled once, not in each process (theme_warmup)."""
        if not (self.fork_pages and not self.dirty) or not theme_warmup.is_shared(config.theme):
            return
        env = config.theme.get_env()
        memoise_partials(env)
        self._bytecode_cache(env)
        theme_warmup.keep_every_template(env)
        theme_warmup.warm_once(env)

    def _in_child(self) -> None:
        self.progress = None  # the parent counts the child's pages when it joins

    def _noted_in_child(self, pages: list[Page]) -> dict[str, Any]:
        """What this plugin noted about the child's pages, for the parent (page_fork)."""
        return {"search": {page.url: self.search_store.text(page.url) for page in pages},
                "cache_used": set(self.render_cache.store.used) if self.render_cache is not None else set(),
                "pages": len(pages)}

    def _join_page_fork(self, config: MkDocsConfig) -> None:
        fork, self.page_fork = self.page_fork, None
        if fork is None:
            return
        files = self.files_of_build
        assert files is not None
        fork.join(config, files, self._take_noted,
                  lambda pages: rebuild_here(config, files, self.nav, self.env, pages))

    def _take_noted(self, noted: dict[str, Any]) -> None:
        for url, text in noted["search"].items():
            self.search_store.put_text(url, text)
        if self.render_cache is not None:
            self.render_cache.store.used |= noted["cache_used"]
        if self.progress is not None:
            for _ in range(noted["pages"]):
                self.progress.advance()

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

    def _bytecode_cache(self, env: jinja2.Environment) -> None:
        folder = self._cache_dir("jinja")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # a read-only project builds without it
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))

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
        write_offline_index(Path(config.site_dir))
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
            serve_hooks.use_change_observer(server)
            serve_hooks.keep_theme_files(str(self.root))
            serve_hooks.remember_url_joins()
            serve_hooks.remember_build_date()
            serve_hooks.remember_exclusions()
        return server

    def on_shutdown(self) -> None:
        serve_hooks.restore_build()
        serve_hooks.forget_theme_files()
        serve_hooks.forget_url_joins()
        serve_hooks.forget_build_date()
        serve_hooks.forget_exclusions()
        forget_sitemap()

