"""The MkDocs plugin: validates content/, adds the derived pages, renders facts into pages.

Derived pages (start page, briefing list, actor pages, timeline) are virtual
files added in ``on_files``; nothing is written into the watched content
folder, so ``mkdocs serve`` rebuilds once per edit and never loops.  Every
page's HTML passes the allow-list sanitizer before the search index sees it.
"""

from __future__ import annotations

import json
import logging
import os
import re
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
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from lagebild import atomic
from lagebild.briefing.content import load_content
from lagebild.briefing.model import Briefing
from lagebild.errors import LagebildError
from lagebild.paths import state_dir_for
from lagebild.picture.corpus import ALIASES_FILE, Aliases, Corpus
from lagebild.picture.event_links import EVENTS_FILE, EventLinks
from lagebild.progress import Progress
from lagebild.publish import is_published
from lagebild.safe_read import is_regular
from lagebild.site import last_good
from lagebild.site.chrome_memo import ChromeMemo
from lagebild.site.exports import export_files
from lagebild.site.html_pages import HtmlPage, finish_briefing, install
from lagebild.site.markup import neutralise_attr_lists, sanitize_html
from lagebild.site.page_language import NavLanguage, localise_markdown_chrome
from lagebild.site.page_meta import PageMeta, page_metas
from lagebild.site.pages import BRIEFINGS_FOLDER, PageRenderer, briefing_html, generated_pages, mark_blocks
from lagebild.site.render_cache import RenderCache, SearchCache
from lagebild.site.search_lean import lean_search_index
from lagebild.site.search_synonyms import SynonymTable, add_to_index, page_variants
from lagebild.site.sharing import briefing_updated, write_offline_index

log = logging.getLogger("mkdocs.plugins.lagebild")
# Our only script: the timeline filter. Under assets/javascripts/ beside the theme's own scripts.
SCRIPT = "assets/javascripts/lagebild.js"


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
        self.search_cache: SearchCache | None = None
        self.metas: dict[str, PageMeta] = {}  # page source path -> title and description
        self.nav_language = NavLanguage("de")  # the tabs in each page's language
        self.progress: Progress | None = None  # pages built, on a watched terminal
        self.updated: dict[str, str] = {}  # briefing slug -> day it last changed (feed, sitemap)
        self.page_synonyms: dict[str, str] = {}  # page source path -> spelling variants for the search index
        self.page_urls: dict[str, str] = {}  # page source path -> its URL, as the search index names it
        self.html_pages: dict[str, HtmlPage] = {}  # generated page source path -> its HTML (no Markdown)
        self.block_tokens: dict[str, dict[str, str]] = {}  # briefing page -> token -> fact block marker

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        self.template_dir = (self.root / self.config.templates).resolve()
        today = self.config.today or os.environ.get("LAGEBILD_TODAY") or date.today().isoformat()
        try:
            date.fromisoformat(today)
        except ValueError:
            raise PluginError(f"lagebild: today '{today}' is not a date; write YYYY-MM-DD") from None
        self.today = today
        self.nav_language = NavLanguage(self.config.language)
        if SCRIPT not in config.extra_javascript:
            config.extra_javascript.append(SCRIPT)
        # Converted pages and search entries from earlier builds (this plugin is new on every
        # `mkdocs serve` rebuild; the caches on disk are not).
        self.render_cache = RenderCache(self._cache_dir("render"), config)
        self.search_cache = SearchCache(self._cache_dir("search"))
        search = next((p for name, p in config.plugins.items() if name.split("/")[-1] == "search"), None)
        if search is None or not self.search_cache.wrap(search):
            self.search_cache = None
        return config

    def _cache_dir(self, name: str) -> Path:
        return self.root / ".lagebild" / "cache" / name

    def on_startup(self, *, command: str, dirty: bool) -> None:
        last_good.serving = command == "serve"

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        content_dir = Path(config.docs_dir)
        docs = os.path.abspath(config.docs_dir)
        for file in list(files):
            if file.generated_by is not None or file.src_dir is None or os.path.abspath(file.src_dir) != docs:
                continue  # the theme's files and other plugins' pages
            # Only pages and images are published (lagebild.publish); `check` names the rest.
            if not (is_published(file.src_uri) and is_regular(Path(file.abs_src_path or ""))):
                log.info(f"lagebild: {content_dir.name}/{file.src_uri} is not published")
                files.remove(file)
        content = load_content(content_dir, self.root)
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
            last_good.remember(content, content_dir, self.root)
            for uri, text in replaced.items():
                if (broken := files.get_file_from_path(uri)) is not None:
                    files.remove(broken)
                if text is not None:
                    files.append(File.generated(config, uri, content=text))
        self.corpus = Corpus(content.briefings, aliases, language=self.config.language, event_links=event_links)
        known = {(b.slug, e.id) for b in content.briefings for e in b.events}
        for report in event_links.unknown(known):
            log.warning(f"lagebild: {Path(content_dir.name) / EVENTS_FILE}: no briefing has the event {report}; "
                        "check the slug and the event's id")
        self.briefings = {b.slug: b for b in content.briefings}
        self.metas = page_metas(self.corpus, self.config.language)
        self.updated = briefing_updated(self.corpus, state_dir_for(content_dir))
        self.page_synonyms = page_variants(self.corpus, SynonymTable.from_corpus(self.corpus), self.today)
        self.page_urls = {}
        self.html_pages = {}
        # Two cores for the generated pages, except beside `mkdocs serve`'s threads (fork_pool).
        workers = 1 if last_good.serving else 2
        for path, rendered in generated_pages(self.corpus, self.template_dir, self.config.language, self.today,
                                              state_dir_for(content_dir), config.use_directory_urls,
                                              workers).items():
            if files.get_file_from_path(path) is not None:
                log.warning(f"lagebild: {path} in {content_dir.name}/ replaces the generated page")
                continue
            self.html_pages[path] = rendered
            files.append(File.generated(config, path, content=rendered.html))
        assets = self.template_dir / "assets"
        if assets.is_dir():
            for asset in sorted(assets.rglob("*")):
                if asset.is_file() and not asset.name.startswith("."):
                    path = f"assets/{asset.relative_to(assets).as_posix()}"
                    files.append(File.generated(config, path, abs_src_path=str(asset)))
        self._add_exports(files, config)
        self.progress = Progress("building pages", len(files.documentation_pages()))
        return files

    def _add_exports(self, files: Files, config: MkDocsConfig) -> None:
        """JSON, JSON Schema, Atom and iCalendar files, linked from the start page."""
        assert self.corpus is not None

        def url_of(path: str) -> str:
            found = files.get_file_from_path(path)
            return found.url if found is not None else path

        for path, text in export_files(self.corpus, self.today, url_of, config.site_name,
                                       config.site_url or None, self.updated).items():
            files.append(File.generated(config, path, content=text))

    def _briefing_of(self, page: Page) -> Briefing | None:
        match = re.fullmatch(rf"{BRIEFINGS_FOLDER}/([^/]+)\.md", page.file.src_uri)
        return self.briefings.get(match.group(1)) if match else None

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
        self.page_urls[page.file.src_uri] = page.url
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

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if self.progress is not None:
            self.progress.advance()
        briefing = self._briefing_of(page)
        if briefing is not None:
            output = re.sub(r'<html lang="[^"]*"', f'<html lang="{briefing.language}"', output, count=1)
        return output

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """The theme's templates compiled once, not on every build (Jinja checks each template's source);
        Material's page-independent blocks rendered once per kind of page (chrome_memo)."""
        env.globals["lagebild_chrome"] = ChromeMemo()
        folder = self._cache_dir("jinja")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return env  # a read-only project builds without it
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
        return env

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.progress is not None:
            self.progress.close()
        self._add_synonyms(Path(config.site_dir) / "search" / "search_index.json")
        lean_search_index(Path(config.site_dir))
        write_offline_index(Path(config.site_dir))
        for cache in (self.render_cache, self.search_cache):
            if cache is not None:
                cache.store.prune()
        if self.render_cache is not None:
            log.debug(f"lagebild: render cache {self.render_cache.hits} hits, {self.render_cache.misses} misses")

    def on_build_error(self, *, error: Exception) -> None:
        if self.progress is not None:
            self.progress.close()  # the error message starts on a line of its own

    def _add_synonyms(self, index_path: Path) -> None:
        """Other spellings of each page's names and months, invisible, into the search index."""
        if not self.page_synonyms or not index_path.is_file():
            return
        index = json.loads(index_path.read_text(encoding="utf-8"))
        by_url = {self.page_urls[path]: text for path, text in self.page_synonyms.items() if path in self.page_urls}
        if add_to_index(index, by_url):
            atomic.write_text(index_path, json.dumps(index, ensure_ascii=False, separators=(",", ":")))

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        if self.template_dir.is_dir():
            server.watch(str(self.template_dir))
        return server
