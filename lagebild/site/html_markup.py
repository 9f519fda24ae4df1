"""The markup Python-Markdown used to write for generated pages, written directly from the model.

Generated pages (lists, actor pages, timeline, Prüfliste, stories) and the fact blocks of a
briefing are HTML templates; these helpers give them what the toc, footnotes and link rewriting
of Python-Markdown and MkDocs gave before, so the theme treats them the same:

* headings with the toc extension's ids (``heading_id``, unique per page, ``_1``… for repeats)
  and Material's ``headerlink`` permalink, recorded as toc tokens for ``page.toc``;
* evidence footnotes (lagebild.site.evidence_notes) in the footnotes extension's markup;
* links to other pages as MkDocs rewrites them (page URLs relative to this page's URL),
  recorded so that the plugin can still check targets and anchors.

Every value is escaped here or by the templates' autoescape: nothing of the data is markup.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from lagebild.site.markup import heading_id

PERMALINK = {"de": "Dauerhafter Link", "en": "Permanent link"}
_TAG = re.compile(r"<[^>]*>")
_ID_COUNT = re.compile(r"^(.*)_([0-9]+)$")
# Schemes a link may use (the sanitizer's allow-list); anything else loses its href.
SAFE_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]")


def text_of(markup: str) -> str:
    """The visible text of a bit of our own markup (tags dropped, entities decoded)."""
    return html.unescape(_TAG.sub("", markup))


def safe_href(url: str) -> str | None:
    """The URL if a browser would not run it: http(s), mailto or relative; else None.

    Browsers ignore whitespace and control characters inside a scheme („java\\tscript:“), so
    the scheme is read without them.
    """
    found = _SCHEME.match(_INVISIBLE.sub("", url))
    if found is None or found.group(1).lower() in SAFE_SCHEMES:
        return url
    return None


@lru_cache(maxsize=1 << 16)
def file_url(src_path: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives the file at `src_path` ('actors/x.md' -> 'actors/x/')."""
    return File(src_path, "/docs", "/site", directory_urls).url


@lru_cache(maxsize=1 << 16)
def relative_url(target: str, page: str, directory_urls: bool = True) -> str:
    """`target`'s address as a link on `page` (both source paths) writes it, as MkDocs rewrites links."""
    return get_relative_url(file_url(target, directory_urls), file_url(page, directory_urls))


@dataclass
class Headings:
    """A page's headings: unique ids in order, and the toc tokens MkDocs builds `page.toc` from."""

    language: str
    ids: set[str] = field(default_factory=set)
    tokens: list[dict[str, Any]] = field(default_factory=list)

    def unique(self, wanted: str) -> str:
        found = wanted
        if found in self.ids or not found:
            match = _ID_COUNT.match(found)
            base, count = (match.group(1), int(match.group(2))) if match else (found, 0)
            count += 1
            while f"{base}_{count}" in self.ids:
                count += 1
            found = f"{base}_{count}"
        self.ids.add(found)
        return found

    def heading(self, level: int, content: Any, id: str | None = None) -> Markup:
        inner = content if isinstance(content, Markup) else escape(content)
        name = str(_TAG.sub("", str(inner)))  # the toc's title: escaped text
        anchor = self.unique(id) if id else self.unique(heading_id(html.unescape(name), "-"))
        self.tokens.append({"level": level, "id": anchor, "name": name, "children": []})
        title = PERMALINK.get(self.language, PERMALINK["en"])
        return Markup(f'<h{level} id="{anchor}">{inner}<a class="headerlink" href="#{anchor}" '
                      f'title="{title}">¶</a></h{level}>\n')
