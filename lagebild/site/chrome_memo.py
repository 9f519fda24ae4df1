"""Material's page chrome rendered once per kind of page, not once per page.

Most of Material's `base.html` does not depend on the page: stylesheets, scripts, the JSON
config, the tabs and the footer depend only on the build, on where the page is (links are
relative: `base_url` and the page's folder) and, on this site, on the page's language (labels,
tabs).  For a page outside the nav (briefings, actors, timeline months …: nothing in the tabs is
active, no previous/next link) the rendered block is the same for every page with the same
key, so `templates/overrides/main.html` asks this memo for it.  Pages in the nav, and anything
that is not a page, render as usual.  The memo lives for one build (`on_env`).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import Any

# The blocks of Material's base.html that `main.html` memoises.
BLOCKS = ("styles", "libs", "fonts", "analytics", "tabs", "footer", "config", "scripts")


class ChromeMemo:
    def __init__(self) -> None:
        self.rendered: dict[tuple[str, str, str, str], Any] = {}
        self.in_nav: set[int] | None = None  # the nav's pages (MkDocs' not_in_nav patterns match some of them)
        self.hits = 0

    def __call__(self, block: str, page: Any, base_url: str, nav: Any, caller: Callable[[], Any]) -> Any:
        if self.in_nav is None:
            self.in_nav = {id(item) for item in getattr(nav, "pages", ())}
        if block not in BLOCKS or getattr(page, "file", None) is None or id(page) in self.in_nav:
            return caller()
        folder = posixpath.dirname(str(page.url).rstrip("/"))
        key = (block, str(base_url), folder, str(getattr(page, "lagebild_language", "")))
        found = self.rendered.get(key)
        if found is None:
            found = self.rendered[key] = caller()
        else:
            self.hits += 1
        return found
