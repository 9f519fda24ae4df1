"""A page's Markdown converted as MkDocs' `Page.render` converts it, with one Markdown object per build.

`Page.render` (MkDocs 1.6) makes a new `markdown.Markdown` for every page: it loads every
extension again and builds every processor registry (at 1,000 briefings ~0.7 s CPU of a cold
build).  Python-Markdown's own way to convert many documents is one object and `reset()`
between them, which clears what a document leaves behind (the HTML stash, link references,
each extension's state: footnotes, the table of contents).  The four page-specific helpers MkDocs
adds (raw HTML anchors, anchor ids, relative links, the title) are registered anew for each
page under their fixed names, which replaces the last page's.  The result is what
`Page.render` gives: `tests/test_page_markdown.py` converts pages both ways and compares.

The object is kept for one config (one build): a new build, with its own config, makes its own.
"""

from __future__ import annotations

import logging
import threading

import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import (
    Page,
    _ExtractAnchorsTreeprocessor,
    _ExtractTitleTreeprocessor,
    _RawHTMLPreprocessor,
    _RelativePathTreeprocessor,
)
from mkdocs.structure.toc import get_toc

_kept = threading.local()  # (config, Markdown) of this thread's build: one conversion at a time each


def _markdown_for(config: MkDocsConfig) -> markdown.Markdown:
    found = getattr(_kept, "pair", None)
    if found is not None and found[0] is config:
        return found[1]
    md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {})
    _kept.pair = (config, md)
    return md


def render_page(page: Page, config: MkDocsConfig, files: Files) -> None:
    """What `Page.render(config, files)` sets on the page, with this build's Markdown object."""
    if page.markdown is None:
        raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
    md = _markdown_for(config)
    md.reset()  # also after a conversion that failed half-way
    raw_html = _RawHTMLPreprocessor()
    raw_html._register(md)
    anchors = _ExtractAnchorsTreeprocessor(page.file, files, config)
    anchors._register(md)
    relative = _RelativePathTreeprocessor(page.file, files, config)
    relative._register(md)
    title = _ExtractTitleTreeprocessor()
    title._register(md)
    page.content = md.convert(page.markdown)
    page.toc = get_toc(getattr(md, "toc_tokens", []))
    page._title_from_render = title.title
    page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
    if logging.getLogger("mkdocs").getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = relative.links_to_anchors
