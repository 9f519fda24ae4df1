"""Putting HTML written by the templates onto MkDocs pages, without Python-Markdown.

A generated page (start page, lists, actor pages, timeline, Prüfliste, stories) is HTML from
the start: its `Page.render` is replaced by one that sets what MkDocs' conversion would have
set — content, table of contents, title, anchor ids, links to other pages' anchors — and
warns, as MkDocs does, about a link to a page that does not exist (a strict build fails).

A briefing page keeps its body (the editors' and the article's text) in Markdown; its fact
blocks are HTML put in place of marker paragraphs after the conversion and the sanitizer
(`place_blocks`).  The table of contents is then read from the page's final headings.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

log = logging.getLogger("mkdocs.plugins.lagebild")
_HEADING = re.compile(r'<h([1-6]) id="([^"]*)">(.*?)</h\1>', re.DOTALL)
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
_FNREF = re.compile(r'<sup id="fnref[^"]*">.*?</sup>', re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
# `id="…"` where no word character comes before (as `\bid=` would say): searched for its literal start,
# which `re` finds fast, and the character before checked here (`\b` in front made `re` try every position).
_ID = re.compile(r'id="([^"]*)"')


@dataclass(frozen=True)
class HtmlPage:
    """A rendered page: its HTML, its headings as toc tokens, the pages (and anchors) it links to,
    and the ids of its own anchors."""

    html: str
    headings: tuple[dict[str, Any], ...]
    targets: Mapping[str, Mapping[str, str]]
    anchors: frozenset[str]

    def title(self) -> str | None:
        """The page's first level-1 heading, as HTML text; also on a page that opens with its
        breadcrumbs, which MkDocs would title from its address („00055 gefangenenaustausch“, „2“)."""
        return next((str(h["name"]) for h in self.headings if h["level"] == 1), None)


def ids_of(content: str) -> set[str]:
    """Every id in a bit of HTML: the anchors a link may point at."""
    found: set[str] = set()
    position = 0
    while (match := _ID.search(content, position)) is not None:
        start = match.start()
        if start and (content[start - 1].isalnum() or content[start - 1] == "_"):
            position = start + 1  # `uid="…"`: no id; one may start inside it, as with `\b`
            continue
        found.add(html.unescape(match.group(1)))
        position = match.end()
    return found


def toc_tokens(headings: tuple[dict[str, Any], ...] | list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flat headings nested as the toc extension nests them (a level below the previous is a child)."""
    nested: list[dict[str, Any]] = []
    stack: list[dict[str, Any]] = []
    for heading in headings:
        item = {**heading, "children": []}
        while stack and stack[-1]["level"] >= item["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else nested).append(item)
        stack.append(item)
    return nested


def _check_targets(page: Page, targets: Mapping[str, Mapping[str, str]], files: Files) -> dict[File, dict[str, str]]:
    """The pages linked to with an anchor (for MkDocs' anchor check); a warning for a missing page."""
    found: dict[File, dict[str, str]] = {}
    for target, anchors in targets.items():
        # Our targets are written as source paths already: a look-up without get_file_from_path's
        # PurePath (one per link, tens of thousands a build); anything else goes the long way.
        target_file = files.src_uris.get(target) or files.get_file_from_path(target)
        if target_file is None:
            log.warning(f"Doc file '{page.file.src_uri}' contains a link '{target}', "
                        "but the target is not found among documentation files.")
            continue
        if anchors:
            found[target_file] = dict(anchors)
    return found


def install(page: Page, rendered: HtmlPage) -> None:
    """Make the page's coming `render()` put `rendered` on it instead of converting Markdown."""

    def render(config: MkDocsConfig, files: Files) -> None:
        page.__dict__.pop("render", None)
        page.content = rendered.html
        page.toc = get_toc(toc_tokens(rendered.headings))  # type: ignore[arg-type]
        page._title_from_render = rendered.title()
        page.present_anchor_ids = set(rendered.anchors)
        links = _check_targets(page, rendered.targets, files)
        if logging.getLogger("mkdocs").getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = links

    page.render = render  # type: ignore[method-assign]


def block_token(marker: str, body: str) -> str:
    """The paragraph that holds a fact block's place in a briefing's Markdown.

    Made from the body itself, so article text cannot contain it (it would have to contain its
    own digest), and stable while the body is, so the render cache keeps hitting.
    """
    digest = hashlib.blake2b(body.encode("utf-8"), digest_size=8).hexdigest()
    return f"lagebild-block-{marker}-{digest}"


def place_blocks(content: str, blocks: Mapping[str, str]) -> str:
    """The converted (and sanitized) body with each block's HTML in place of its token."""
    for token, block in blocks.items():
        paragraph = f"<p>{token}</p>"
        content = content.replace(paragraph, block) if paragraph in content else content.replace(token, block)
    return content


def headings_of(content: str) -> list[dict[str, Any]]:
    """A page's headings, read from its final HTML (prose and blocks), as toc tokens."""
    found = []
    for level, anchor, inner in _HEADING.findall(content):
        name = _TAG.sub("", _FNREF.sub("", _PERMALINK.sub("", inner))).strip()
        found.append({"level": int(level), "id": html.unescape(anchor), "name": name, "children": []})
    return found


def finish_briefing(page: Page, content: str, rendered: HtmlPage, files: Files) -> str:
    """After the blocks are placed: the page's toc, anchors and anchor links cover them too."""
    page.toc = get_toc(toc_tokens(headings_of(content)))  # type: ignore[arg-type]
    page.present_anchor_ids = set(page.present_anchor_ids or ()) | ids_of(content) | rendered.anchors
    links = _check_targets(page, rendered.targets, files)
    if logging.getLogger("mkdocs").getEffectiveLevel() > logging.DEBUG:
        merged = dict(page.links_to_anchors or {})
        for target, anchors in links.items():
            merged[target] = {**merged.get(target, {}), **anchors}
        page.links_to_anchors = merged
    return content
