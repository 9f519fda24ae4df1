"""The plugin's per-page events: a briefing's source, Markdown, HTML and output (MkDocs calls these
once for each page it renders)."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import YAML_RE as YAML_FRONT_MATTER

from lagebild.briefing.model import Briefing
from lagebild.site import last_good
from lagebild.site.briefing_page import briefing_html, mark_blocks
from lagebild.site.fork_hooks import ForkHooks
from lagebild.site.html_pages import finish_briefing, install
from lagebild.site.markup import neutralise_attr_lists, sanitize_html
from lagebild.site.page_language import localise_markdown_chrome
from lagebild.site.page_renderer import BRIEFINGS_FOLDER, PageRenderer

# MkDocs' own front matter pattern (its `get_data` strips what this matches), and the cheapest
# front matter it parses to a mapping: the Markdown after it is what MkDocs takes from the file.
EMPTY_FRONT_MATTER = "---\n{}\n---\n"
BRIEFINGS_PREFIX = f"{BRIEFINGS_FOLDER}/"  # a briefing's page: this, its slug (no '/'), '.md'


class PageHooks(ForkHooks):
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
