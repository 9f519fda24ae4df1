"""The plugin's dirty-build part: every page fingerprinted, the generated pages whose fingerprint
changed rendered, the briefing pages marked for MkDocs to render, splice or keep, the exports."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from lagebild.paths import state_dir_for
from lagebild.site import exports
from lagebild.site.atom import FEED_PATH
from lagebild.site.deferred_files import deferred_files
from lagebild.site.fork_hooks import ForkHooks
from lagebild.site.html_pages import HtmlPage
from lagebild.site.incremental.dirty_build import mark_modified, remove_outputs
from lagebild.site.incremental.fingerprints import state_signature, structure_digest
from lagebild.site.incremental.link_splice import RowLink, indexed_anywhere, keep_bodies, splice_pages
from lagebild.site.incremental.page_cache import unshare
from lagebild.site.incremental.planner import Plan, worker_plan
from lagebild.site.page_renderer import PageRenderer
from lagebild.site.pages import ask_worker, generated_pages
from lagebild.site.situation_pages import MergedView

# What `ExportStore.export_files` writes, in its order (a deferred export checks it gets these).
EXPORT_PATHS = (exports.FACTS_PATH, exports.SCHEMA_PATH, FEED_PATH, exports.CALENDAR_PATH)


class DirtyPlan(ForkHooks):
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
        cells = self._cells()
        if cells is not None:
            cells.within(global_part)  # rows come from templates (CellMemo)

        def make_plan(early: Callable[[Plan], None] | None = None) -> Plan:
            return previous.plan(corpus, digests, self.updated, global_part, structure, state, self.today, state_dir,
                                 early)

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
                                       config.use_directory_urls, workers, beside=beside, cells=cells)
            plan = planned[0]
        else:
            # Under serve a resident worker renders some actors' pages meanwhile (render_worker), asked
            # as soon as the actor pages' fingerprints are known (the other pages' are worked out meanwhile).
            worker = self.worker if self.worker is not None and self.worker.synced else None

            def early(partial: Plan) -> None:
                assert worker is not None
                ask_worker(corpus, worker, partial.wants, worker_plan(partial).wants, self.template_dir,
                           self.config.language, self.today, config.use_directory_urls)

            plan = make_plan(early if worker is not None else None)
            worker = worker if not plan.full else None
            rendered = generated_pages(corpus, self.template_dir, self.config.language, self.today, state_dir,
                                       config.use_directory_urls, workers, wanted=plan.wants, cells=cells,
                                       worker=worker, worker_wants=worker_plan(plan).wants if worker else None)
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
        written, self.export_texts = self.export_texts, make()
        for path, text in self.export_texts.items():
            file = File.generated(config, path, content=text)
            # A dirty build leaves an export as it is when this process wrote the same text last time
            # (MkDocs writes every generated file again: facts.json alone is ~18 MB at 3,000 briefings).
            if self.dirty and not self.resumed and written.get(path) == text and os.path.isfile(file.abs_dest_path):
                file.is_modified = lambda: False  # type: ignore[method-assign]
            files.append(file)
