"""Reading a served Lagebild site over HTTP: pages, their links, folders of pages.

The benchmark finds the pages an edit affects only through URL conventions
(``briefings/<slug>/``, ``actors/<slug>/``, ``timeline/YYYY-MM/``) and the
links pages carry, never through the site package's internals, so it keeps
working while the site layer is rebuilt underneath it.
"""

from __future__ import annotations

import html
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass

HREF = re.compile(r'href="([^"]*)"')
FETCH_TIMEOUT_S = 600.0  # the server holds requests while it rebuilds: a long build is not a failure
MAX_FOLDER_PAGES = 80  # a folder crawl (an actor's archives, a month's parts) stops here


@dataclass(frozen=True)
class Page:
    status: int  # HTTP status; 0 when the server did not answer
    text: str


class Site:
    """One served site at base (``http://host:port``)."""

    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")

    def get(self, path: str) -> Page:
        """The page at a site path such as ``briefings/x/`` (no leading slash)."""
        try:
            with urllib.request.urlopen(f"{self.base}/{path}", timeout=FETCH_TIMEOUT_S) as response:
                return Page(int(response.status), response.read().decode("utf-8", "replace"))
        except urllib.error.HTTPError as error:
            return Page(error.code, "")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return Page(0, "")

    def links(self, path: str, text: str) -> Counter[str]:
        """Site paths this page links to (fragment and query dropped), with how often."""
        found: Counter[str] = Counter()
        page_url = f"{self.base}/{path}"
        for href in HREF.findall(text):
            target = urllib.parse.urljoin(page_url, html.unescape(href))
            target = target.split("#", 1)[0].split("?", 1)[0]
            if target.startswith(self.base + "/"):
                found[target[len(self.base) + 1:]] += 1
        return found

    def folder(self, root: str, skip: frozenset[str] = frozenset()) -> dict[str, str]:
        """The page at root and every page under root's folder reachable from it (archives, parts).

        skip: first path segments under root not to follow (the briefing pages below ``briefings/``)."""
        pages: dict[str, str] = {}
        queue = [root]
        while queue and len(pages) < MAX_FOLDER_PAGES:
            path = queue.pop(0)
            if path in pages:
                continue
            page = self.get(path)
            if page.status != 200:
                continue
            pages[path] = page.text
            for target in self.links(path, page.text):
                rest = target[len(root):]
                if (target.startswith(root) and rest and target not in pages and target.endswith("/")
                        and rest.split("/", 1)[0] not in skip):
                    queue.append(target)
        return pages

    def link_count(self, pages: dict[str, str], target: str) -> int:
        """How often these pages link to target (any anchor on it)."""
        return sum(self.links(path, text)[target] for path, text in pages.items())


def shows(text: str, needle: str) -> bool:
    """The needle appears on the page, as typed or HTML-escaped."""
    return needle in text or html.escape(needle, quote=False) in text or html.escape(needle) in text
