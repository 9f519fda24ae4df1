"""Making untrusted text safe to place in Markdown and HTML.

Article text and fact values are data, never markup: a value like
``# Heading``, ``<script>``, ``[x](javascript:…)`` or ``{{ 7*7 }}`` must come
out as the characters it is.  Markdown is escaped where text goes into the
body; HTML is escaped by Jinja's autoescape; and every page is finally run
through an allow-list sanitizer (nh3) as a second line of defence.
"""

from __future__ import annotations

import re
from functools import lru_cache

import nh3

# Characters that form Markdown anywhere in a line; block markers only matter at a line start.
# Braces: `{ #id .class key="…" }` is the attr_list syntax, which only templates may use.
_INLINE = re.compile(r"([\\`*_\[\]{}])")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;", "^": "&#94;"}
_ENTITY_TABLE = str.maketrans(_ENTITIES)
_BLOCK_START = re.compile(r"^(\s*)([#+\-=:>])", re.MULTILINE)
_LINE_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
_ORDERED_LIST = re.compile(r"^(\s*\d+)([.)])(?=\s|$)", re.MULTILINE)


@lru_cache(maxsize=65536)  # names, roles and titles recur on hundreds of pages
def escape_markdown(text: str) -> str:
    """Text that Markdown renders as exactly these characters, staying in its paragraph."""
    text = text.replace("&", "&amp;")
    text = _LINE_INDENT.sub("", text)  # a tab or four spaces at a line start would open a code block
    text = _INLINE.sub(r"\\\1", text)
    text = text.translate(_ENTITY_TABLE)
    text = _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _ORDERED_LIST.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


_UNESCAPED_BRACE = re.compile(r"(?<!\\)([{}])")
_FENCE = re.compile(r"^\s*(```|~~~)")


def neutralise_attr_lists(body: str) -> str:
    """A briefing body (article text, editors' notes) with every brace escaped outside code blocks.

    Python-Markdown's attr_list reads `{ .md-dialog title="…" }` or `{ #__drawer }` at the end of
    a heading or paragraph as classes, ids and attributes for the HTML: article text must not
    choose them (only templates may), and an id the theme uses would break the page.
    """
    lines, in_code = [], False
    for line in body.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
        lines.append(line if in_code else _UNESCAPED_BRACE.sub(r"\\\1", line))
    return "\n".join(lines)


def heading_id(value: str, separator: str) -> str:
    """The toc extension's id for a heading, never one of the theme's own ids.

    Material names its page controls ``__drawer``, ``__search``, ``__toc``…; an article subheading
    reading „__drawer“ (or „{ #__drawer }“) would otherwise give a second element that id and
    break the page.  Our ids never start with '_'.
    """
    from markdown.extensions.toc import slugify

    return slugify(value, separator).lstrip("_" + separator) or "abschnitt"


ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "details", "div", "dl",
    "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
    "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "label",
    "select", "option", "nav", "section", "svg", "line", "circle", "text", "title", "g",
}
_GENERIC_ATTRIBUTES = {"class", "id", "title", "lang", "role", "aria-label", "aria-hidden",
                       "data-kind", "data-actors", "data-status", "data-date", "datetime", "open"}
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": _GENERIC_ATTRIBUTES,
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "option": {"value", "selected"},
    "select": {"name"},
    "label": {"for"},
    "svg": {"viewBox", "width", "height"},
    "line": {"x1", "y1", "x2", "y2"},
    "circle": {"cx", "cy", "r"},
    "text": {"x", "y", "text-anchor"},
}


def sanitize_html(html: str) -> str:
    """Keep only harmless elements, attributes and link schemes (http, https, mailto, relative)."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
        strip_comments=True,
    )
