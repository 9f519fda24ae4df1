"""What a built page shows, independent of how its HTML was written.

The site's generated pages were once Markdown converted by Python-Markdown and are now HTML
written by the templates; both must show the same thing.  A page's digest is its main content's
visible text (whitespace normalised, entities decoded), its link targets (footnote back-link
numbering normalised: `fnref2:ev1` and `fnref:ev1` are the same place), its heading ids in
order, its title and description — not attribute order, quoting or whitespace.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_FNREF = re.compile(r"fnref\d*:")


class _Digest(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text: list[str] = []
        self.links: list[str] = []
        self.headings: list[str] = []
        self.title = ""
        self.description = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "title" and not self.depth:
            self._in_title = True
        if tag == "meta" and values.get("name") == "description":
            self.description = values.get("content") or ""
        if tag == "article":
            self.depth = 1
            return
        if not self.depth:
            return
        if tag not in _VOID:
            self.depth += 1
        if tag == "a" and values.get("href"):
            self.links.append(_FNREF.sub("fnref:", values["href"] or ""))
        if re.fullmatch(r"h[1-6]", tag) and values.get("id"):
            self.headings.append(values["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif self.depth and tag not in _VOID:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self.depth:
            self.text.append(data)


def page_digest(html: str) -> dict[str, Any]:
    parser = _Digest()
    parser.feed(html)
    return {"title": " ".join(parser.title.split()), "description": parser.description,
            "text": " ".join(" ".join(parser.text).split()), "links": sorted(parser.links),
            "headings": parser.headings}


def site_digest(site: Path) -> dict[str, dict[str, Any]]:
    """Every HTML page of a built site (the 404 page and the offline copy aside) -> its digest."""
    return {path.relative_to(site).as_posix(): page_digest(path.read_text(encoding="utf-8"))
            for path in sorted(site.rglob("*.html")) if path.name == "index.html"}
