"""What the plugin's parts share: its configuration, the state it keeps across builds (set in
`LagebildPlugin.__init__`, declared here for the parts that read it) and small helpers.

The plugin is split by job: `page_hooks` (MkDocs' per-page events), `dirty_plan` (fingerprints, what
a dirty build renders, splices and writes), `fork_hooks` (the page fork of `build.py render`), and
`plugin` (the build's events that join them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files

from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Corpus
from lagebild.progress import Progress
from lagebild.site import last_good
from lagebild.site.html_pages import HtmlPage
from lagebild.site.incremental.cell_memo import CellMemo
from lagebild.site.incremental.corpus_reuse import CorpusReuse
from lagebild.site.incremental.export_store import ExportStore
from lagebild.site.incremental.link_splice import Link
from lagebild.site.incremental.planner import Planner
from lagebild.site.incremental.render_worker import RenderWorker
from lagebild.site.page_fork import PageFork
from lagebild.site.page_language import NavLanguage
from lagebild.site.page_meta import PageMeta
from lagebild.site.render_cache import RenderCache
from lagebild.site.search_index import Entry, SearchStore, indexed, page_search_entries
from lagebild.site.search_synonyms import PageVariants


class LagebildConfig(Config):
    today = config_options.Optional(config_options.Type(str))  # build date; default: LAGEBILD_TODAY or today
    templates = config_options.Type(str, default="templates")
    language = config_options.Type(str, default="de")  # language of the site-wide pages


class PluginBase(BasePlugin[LagebildConfig]):
    corpus: Corpus | None
    briefings: dict[str, Briefing]
    root: Path
    template_dir: Path
    today: str
    render_cache: RenderCache | None
    search_store: SearchStore
    dirty: bool
    metas: dict[str, PageMeta]
    nav_language: NavLanguage
    progress: Progress | None
    updated: dict[str, str]
    page_synonyms: PageVariants | dict[str, tuple[str, ...]]
    planner: Planner
    export_store: ExportStore
    corpus_reuse: CorpusReuse
    outputs: set[str]
    pending_outputs: set[str]
    rendered_pages: int
    previous_derived: dict[str, tuple[HtmlPage, PageMeta | None]]
    derived_metas: dict[str, PageMeta | None]
    audit: bool
    splice_off: bool
    splice_reindex: bool
    cell_memo: CellMemo
    cells_off: bool
    audit_expected: dict[str, bytes]
    audit_entries: dict[str, str | None]
    audit_differences: list[str]
    audit_markdown: list[str]
    html_pages: dict[str, HtmlPage]
    bodies: dict[str, str]
    splice_candidates: dict[str, tuple[Link, ...]]
    spliced_pages: int
    block_tokens: dict[str, dict[str, str]]
    resumed: bool
    fork_pages: bool
    processes: int
    page_fork: PageFork | None
    worker: RenderWorker | None
    nav: Any
    files_of_build: Files | None
    env: jinja2.Environment | None
    index_text: str | None
    export_texts: dict[str, str]

    def _entries(self, source: str, url: str, content: str, title: str, tags: Any = None,
                 boost: Any = None) -> list[Entry]:
        meta = self.metas.get(source)
        return page_search_entries(
            content, url=url, title=title, how=indexed(source),
            description=meta.description if meta is not None else "",
            variants=self.page_synonyms.get(source, ()), tags=tags, boost=boost)

    def _cache_dir(self, name: str) -> Path:
        return self.root / ".lagebild" / "cache" / name


    def _cells(self) -> CellMemo | None:
        """The cell memo under `mkdocs serve` (where pages render again and again); a one-off build has
        nothing to reuse."""
        return self.cell_memo if last_good.serving and not self.cells_off else None

    def _workers(self) -> int:
        """Two processes for parsing and the generated pages, except beside `mkdocs serve`'s threads
        (fork_pool) and when asked for one."""
        return 1 if last_good.serving or self.processes < 2 else 2
