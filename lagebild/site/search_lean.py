"""A lean search index: what a reader searches for, once.

Every visitor's browser downloads `search/search_index.json` on the first page.  The theme
indexes each page's HTML whole, so the evidence footnotes (each sentence again on every actor
page and the timeline, with its „↩“ back-links) and the footnote marks were a fifth of it.  The
sentences stay searchable where they belong — in the text of their article on the briefing page.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_FOOTNOTE_ITEM = re.compile(r"<li>\s*<p>[^<]*?(?:\s*\u21a9)+\s*</p>\s*</li>")
_FOOTNOTE_MARK = re.compile(r"<sup>\d+</sup>")
_EMPTY_LIST = re.compile(r"<ol>\s*</ol>")


def lean_text(text: str) -> str:
    """An index entry's text without evidence footnotes and footnote marks."""
    text = _FOOTNOTE_ITEM.sub("", text)
    text = _FOOTNOTE_MARK.sub("", text)
    return _EMPTY_LIST.sub("", text).strip()


def lean_search_index(site_dir: Path) -> None:
    """Rewrite the built site's search index in place, as lean as `lean_text` makes each entry."""
    path = site_dir / "search" / "search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    for entry in index.get("docs", []):
        if isinstance(entry, dict) and isinstance(entry.get("text"), str):
            entry["text"] = lean_text(entry["text"])
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
