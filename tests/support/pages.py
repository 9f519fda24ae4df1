"""Reading a built page as a reader sees it: the main content's text, its links, its language."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path


class _Text(HTMLParser):
    """The visible text and the links of a page's main content."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.chunks: list[str] = []
        self.links: list[str] = []
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
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
