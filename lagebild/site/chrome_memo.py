"""Material's page chrome rendered once per kind of page, not once per page.

Most of Material's `base.html` does not depend on the page: stylesheets, scripts, the JSON
config, the tabs and the footer depend only on the build, on where the page is (links are
relative: `base_url` and the page's folder) and, on this site, on the page's language (labels,
tabs).  For a page outside the nav (briefings, actors, timeline months …: nothing in the tabs is
active, no previous/next link) the rendered block is the same for every page with the same
key, so `templates/overrides/main.html` asks this memo for it.  Pages in the nav, and anything
that is not a page, render as usual.  The memo lives for one build (`on_env`).

Two of Material's partials are memoised the same way without a copy of them: the primary
navigation (`partials/nav.html`: on such a page no item is active, so it depends only on the
key) and the search form (`partials/search.html`).  `memoise_partials` puts a loader in front of
the theme's that answers for each of them a one-line template calling the memo around an include
of the original, which stays reachable under `ORIGINAL` + its name.

Two more partials differ from page to page, but only in what the memo can see:

- the header (`partials/header.html`) prints the page's title once and is otherwise the same for
  every page with the same key: it is rendered once per key with a marker in place of the title
  (`page.meta["title"]`, which our plugin sets on every page and which the theme prefers to
  `page.title`), and each page gets the text around the marker with its own title between;
- the table of contents (`partials/toc.html`) depends only on the page's headings (`page.toc`)
  and the language: briefings of one kind share their sections, so it is rendered once per
  (language, headings) instead of some fifteen includes a page;
- the content partial (`partials/content.html` with tags, edit actions, git dates, feedback and
  comments around `page.content`) prints, for a page with no edit URL, no tags, no git facts, no
  feedback form and only a title and a description as meta, the page's content (after a heading
  with the page's title where the content has no `<h1>`) between text that is the same for every
  such page: rendered once per key with markers in place of the content and the title.  Only
  while those partials are the theme's own (an override may print anything of the page).

The block `site_meta` of `base.html` (meta tags of the page's head) differs from page to page
only in the page's description and canonical address: rendered once per key and kind of page
(which of the two it has) with markers in their place.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import material
from mkdocs.structure.toc import AnchorLink

# The blocks of Material's base.html that `main.html` memoises, and the partials memoised by name.
PARTIALS = {"partials/nav.html": "nav", "partials/search.html": "search", "partials/header.html": "header",
            "partials/toc.html": "toc", "partials/content.html": "content"}
# What a memoised partial reads besides the page: passed to the memo, which renders as usual when any is set.
CONTEXT = {"content": "[tags, git_info, committers, config.extra.analytics]"}
BLOCKS = ("styles", "libs", "fonts", "analytics", "tabs", "footer", "config", "scripts", "nav", "search")
# (`site_meta`, also a block of main.html, is memoised with the page's description and address put in.)
TITLED = "header"  # rendered once per key with TITLE_MARK for the page's title
BY_HEADINGS = "toc"  # rendered once per (language, the page's headings)
ORIGINAL = "lagebild-original/"  # the theme's own template of a memoised partial
TITLE_MARK = "\x00lagebild-page-title\x00"  # no title holds a NUL (the page's title is escaped HTML)
AROUND_CONTENT = "content"  # rendered once per key with CONTENT_MARK for the page's content
# For a page with its own `<h1>` the mark holds '<h1' too (the theme prints a heading only where there
# is none); for a page without, the theme's heading is printed around TITLE_MARK.
CONTENT_MARK = "\x00lagebild-page-content<h1\x00"
PLAIN_CONTENT_MARK = "\x00lagebild-page-content\x00"
CONTENT_MARKS = (CONTENT_MARK, PLAIN_CONTENT_MARK, TITLE_MARK)
CONTENT_PARTIALS = ("partials/content.html", "partials/tags.html", "partials/actions.html",
                    "partials/source-file.html", "partials/feedback.html", "partials/comments.html")
PLAIN_META = frozenset(("title", "description"))  # all the content partial reads of these is nothing
SITE_META = "site_meta"  # rendered once per key and kind of page, with the marks below put in
DESCRIPTION_MARK = "\x00lagebild-page-description\x00"
ADDRESS_MARK = "\x00lagebild-page-address\x00"
Headings = tuple[tuple[str, str, int, "Headings"], ...]


class ChromeMemo:
    def __init__(self, plain_content: bool = False) -> None:
        self.rendered: dict[tuple[str, str, str, str], Any] = {}
        self.titled: dict[tuple[str, str, str], tuple[str, str] | None] = {}  # key -> text around the title
        self.plain_content = plain_content  # the content partials are the theme's own (`theme_own`)
        # key and whether the page has its own <h1> -> the partial's text cut where title and content go
        self.around_content: dict[tuple[str, str, str, bool], list[str] | None] = {}
        # key and kind of page -> the block's text cut where the description and the address go
        self.site_meta: dict[tuple[str, str, str, bool, bool], list[str] | None] = {}
        self.by_headings: dict[tuple[str, Headings], Any] = {}
        self.in_nav: set[int] | None = None  # the nav's pages (MkDocs' not_in_nav patterns match some of them)
        self.hits = 0
        self.translators: dict[str, Callable[[str], Any]] = {}  # language -> its memoised `lang.t`

    def labels(self, language: str, label: Callable[[str], Any]) -> Callable[[str], Any]:
        """Material's `lang.t(key)` for `language`, each key's label worked out once per build.

        `label` is the theme's lookup (the macro in `partials/language.html`): Material calls it
        about eight times a page, and each call builds the language's whole table anew.  A label
        depends only on the language and the key, so the first answer is every later one's."""
        found = self.translators.get(language)
        if found is None:
            known: dict[str, Any] = {}

            def translate(key: str) -> Any:
                value = known.get(key)
                if value is None:
                    value = known[key] = label(key)
                return value

            found = self.translators[language] = translate
        return found

    def known_labels(self, language: str) -> Callable[[str], Any] | None:
        """`labels(language, …)` once it has been made: a page then need not import the theme's
        language files to make the lookup it would not use (each import makes a Jinja module)."""
        return self.translators.get(language)

    def __call__(self, block: str, page: Any, base_url: str, nav: Any, caller: Callable[[], Any], *,
                 context: Any = ()) -> Any:
        if self.in_nav is None:
            self.in_nav = {id(item) for item in getattr(nav, "pages", ())}
        if getattr(page, "file", None) is None or id(page) in self.in_nav:
            return caller()
        language = str(getattr(page, "lagebild_language", ""))
        if block == TITLED:
            return self._titled(page, str(base_url), language, caller)
        if block == AROUND_CONTENT:
            return self._around_content(page, str(base_url), language, context, caller)
        if block == SITE_META:
            return self._site_meta(page, str(base_url), language, caller)
        if block == BY_HEADINGS:
            return self._by_headings(page, language, caller)
        if block not in BLOCKS:
            return caller()
        folder = posixpath.dirname(str(page.url).rstrip("/"))
        key = (block, str(base_url), folder, language)
        found = self.rendered.get(key)
        if found is None:
            found = self.rendered[key] = caller()
        else:
            self.hits += 1
        return found


    def _titled(self, page: Any, base_url: str, language: str, caller: Callable[[], Any]) -> Any:
        """The header: the text around the title rendered once per key, the page's title between."""
        meta = getattr(page, "meta", None)
        if not isinstance(meta, dict):
            return caller()
        title = meta.get("title")
        if not isinstance(title, str) or not title or TITLE_MARK in title:
            return caller()
        key = (base_url, posixpath.dirname(str(page.url).rstrip("/")), language)
        if key not in self.titled:
            meta["title"] = TITLE_MARK
            try:
                probe = str(caller())
            finally:
                meta["title"] = title
            # Only where the title is printed exactly once can the page's own be put in its place.
            before, _, after = probe.partition(TITLE_MARK)
            self.titled[key] = (before, after) if probe.count(TITLE_MARK) == 1 else None
        around = self.titled[key]
        if around is None:
            return caller()
        self.hits += 1
        return around[0] + title + around[1]

    def _around_content(self, page: Any, base_url: str, language: str, context: Any,
                        caller: Callable[[], Any]) -> Any:
        """The content partial: the text around the content rendered once per key, the page's content
        between (and, where the content has no `<h1>` of its own, the page's title in the theme's)."""
        content, meta = getattr(page, "content", None), getattr(page, "meta", None)
        if (not self.plain_content or any(context) or not isinstance(content, str) or getattr(page, "edit_url", None)
                or not isinstance(meta, dict) or not set(meta) <= PLAIN_META):
            return caller()
        heading = "<h1" in content
        title = meta.get("title")
        values = [content] if heading else [title, content]
        if any(not isinstance(value, str) or not value or any(mark in value for mark in CONTENT_MARKS)
               for value in values):
            return caller()  # (an empty title: the theme prints the site's name)
        key = (base_url, posixpath.dirname(str(page.url).rstrip("/")), language, heading)
        if key not in self.around_content:
            marks = [CONTENT_MARK] if heading else [TITLE_MARK, PLAIN_CONTENT_MARK]
            page.content = marks[-1]
            if not heading:
                meta["title"] = TITLE_MARK  # the theme's heading prints `page.title`, i.e. this
            try:
                probe = str(caller())
            finally:
                page.content = content
                meta["title"] = title
            self.around_content[key] = _cut(probe, marks)
        pieces = self.around_content[key]
        if pieces is None:
            return caller()
        self.hits += 1
        return "".join(piece for pair in zip(pieces, [*values, ""], strict=True) for piece in pair)

    def _site_meta(self, page: Any, base_url: str, language: str, caller: Callable[[], Any]) -> Any:
        """The head's meta tags: rendered once per key and kind, the page's description and address put in."""
        meta = getattr(page, "meta", None)
        if (not isinstance(meta, dict) or not set(meta) <= PLAIN_META or getattr(page, "previous_page", None)
                or getattr(page, "next_page", None)):
            return caller()
        description, address = meta.get("description"), getattr(page, "canonical_url", None)
        values = [value for value in (description, address) if value]
        if any(not isinstance(value, str) or DESCRIPTION_MARK in value or ADDRESS_MARK in value for value in values):
            return caller()
        key = (base_url, posixpath.dirname(str(page.url).rstrip("/")), language, bool(description), bool(address))
        if key not in self.site_meta:
            marks = [mark for mark, value in ((DESCRIPTION_MARK, description), (ADDRESS_MARK, address)) if value]
            if description:
                meta["description"] = DESCRIPTION_MARK
            if address:
                page.canonical_url = ADDRESS_MARK
            try:
                probe = str(caller())
            finally:
                if description:
                    meta["description"] = description
                if address:
                    page.canonical_url = address
            self.site_meta[key] = _cut(probe, marks)
        pieces = self.site_meta[key]
        if pieces is None:
            return caller()
        self.hits += 1
        return "".join(piece for pair in zip(pieces, [*values, ""], strict=True) for piece in pair)

    def _by_headings(self, page: Any, language: str, caller: Callable[[], Any]) -> Any:
        """The table of contents: rendered once per (language, headings)."""
        headings = _headings(getattr(page, "toc", None))
        if headings is None:
            return caller()
        key = (language, headings)
        found = self.by_headings.get(key)
        if found is None:
            found = self.by_headings[key] = caller()
        else:
            self.hits += 1
        return found


def _cut(text: str, marks: list[str]) -> list[str] | None:
    """`text` cut at each of `marks`, in their order, each printed exactly once; None otherwise."""
    if any(text.count(mark) != 1 for mark in marks):
        return None
    pieces = []
    for mark in marks:
        before, _, text = text.partition(mark)
        if any(other in before for other in marks):
            return None  # printed in another order
        pieces.append(before)
    return [*pieces, text]


def _headings(items: Any) -> Headings | None:
    """Everything the theme's toc partial reads of a page's headings (title, anchor, level,
    children), as a key; None when an item is not MkDocs' plain anchor link (e.g. it has a
    `typeset` title of Material's typeset plugin)."""
    if items is None:
        return None
    found = []
    for item in items:
        if type(item) is not AnchorLink or "typeset" in vars(item):
            return None
        children = _headings(item.children)
        if children is None:
            return None
        found.append((item.title, item.id, item.level, children))
    return tuple(found)


class _MemoisingLoader(jinja2.BaseLoader):
    """The theme's loader, with each partial of `PARTIALS` wrapped in a call of the memo."""

    def __init__(self, inner: jinja2.BaseLoader) -> None:
        self.inner = inner

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        block = PARTIALS.get(template)
        if block is not None:
            _, _, uptodate = self.inner.get_source(environment, template)  # missing: reported as such
            context = f", context={CONTEXT[block]}" if block in CONTEXT else ""
            # One line, no whitespace around the include: the output is the partial's, byte for byte.
            return (f'{{% call lagebild_chrome("{block}", page, base_url, nav{context}) %}}'
                    f'{{% include "{ORIGINAL}{template}" %}}{{% endcall %}}', None, uptodate)
        return self.inner.get_source(environment, template.removeprefix(ORIGINAL))

    def list_templates(self) -> list[str]:
        return self.inner.list_templates()


def memoise_partials(env: jinja2.Environment) -> None:
    """Route `PARTIALS` through the memo (once per environment; the memo itself is set in `on_env`)."""
    if env.loader is not None and not isinstance(env.loader, _MemoisingLoader):
        env.loader = _MemoisingLoader(env.loader)


def theme_own(env: jinja2.Environment, names: tuple[str, ...] = CONTENT_PARTIALS) -> bool:
    """Whether each of `names` is Material's own template (no override in the project's folder)."""
    loader = env.loader.inner if isinstance(env.loader, _MemoisingLoader) else env.loader
    if loader is None:
        return False
    theme = os.path.realpath(Path(material.__file__).parent / "templates")
    for name in names:
        try:
            _, filename, _ = loader.get_source(env, name)
        except jinja2.TemplateNotFound:
            continue  # nothing printed: the theme's include would fail the same way on every page
        if filename is None or os.path.commonpath([os.path.realpath(filename), theme]) != theme:
            return False
    return True
