"""Reading a built page as a reader sees it: the main content's text, its links, its language."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


class _Text(HTMLParser):
    """The visible text and the links of a page's main content, and every id on the page."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.chunks: list[str] = []
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "html":
            self.lang = values.get("lang") or ""
        if tag == "article" or self.depth:
            self.depth += 1
        if tag == "a" and self.depth and values.get("href"):
            self.links.append(values["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.chunks.append(data)


def read_page(path: Path) -> _Text:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.text = " ".join(" ".join(parser.chunks).split())  # type: ignore[attr-defined]
    return parser


def timeline_pages(site: Path) -> list[Path]:
    """The timeline's month pages (and parts of dense months), newest month first, as the index lists them."""
    index = read_page(site / "timeline" / "index.html")
    pages = [site / "timeline" / href.rstrip("/") / "index.html"
             for href in index.links if re.fullmatch(r"(\d{4}-\d{2}|undated)/", href)]
    parts: list[Path] = []
    for month in pages:
        parts.append(month)
        parts.extend(sorted((p / "index.html" for p in month.parent.iterdir() if p.is_dir()),
                            key=lambda p: int(p.parent.name)))
    return parts


def timeline_html(site: Path) -> str:
    """Every month page's HTML, one after the other (the whole timeline, as one page used to hold it)."""
    return "\n".join(p.read_text(encoding="utf-8") for p in timeline_pages(site))
