"""An offline link checker for the built site: every internal link and anchor must resolve.

``python -m lagebild.site.linkcheck site`` reads every HTML file under ``site/``,
and for each ``href``/``src`` that stays inside the site checks that the file
exists and that a ``#fragment`` names an ``id`` (or ``<a name>``) on the
target page.  External links (http, https, mailto) are not fetched: CI has no
network, and a briefing's sources may go offline without the site being wrong.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lagebild.errors import Problem

_LINK_ATTRIBUTES = {"href", "src"}
_EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel"}


@dataclass
class _Page:
    ids: set[str] = field(default_factory=set)
    links: list[tuple[int, str]] = field(default_factory=list)  # (line, url)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = _Page()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.page.ids.add(value)
            elif name in _LINK_ATTRIBUTES and tag != "base":
                self.page.links.append((line, value))


def _read(path: Path) -> _Page:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8", errors="replace"))
    collector.close()
    return collector.page


def _target(site: Path, page: Path, url: str) -> tuple[Path | None, str]:
    """The file a relative URL points at (None if it leaves the site) and its fragment."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if path.startswith("/"):
        candidate = site / path.lstrip("/")
    elif path:
        candidate = page.parent / path
    else:
        candidate = page
    candidate = Path(*candidate.parts)  # keep '..' for the containment check below
    resolved = candidate.resolve()
    if not resolved.is_relative_to(site.resolve()):
        return None, parts.fragment
    if resolved.is_dir():
        resolved = resolved / "index.html"
    return resolved, unquote(parts.fragment)


def check_site(site: Path) -> list[Problem]:
    """Every broken internal link or anchor in the built site."""
    site = site.resolve()
    pages = {path: _read(path) for path in sorted(site.rglob("*.html"))}
    problems: list[Problem] = []
    for page, data in pages.items():
        shown = str(page.relative_to(site.parent)) if site.parent in page.parents else str(page)
        for line, url in data.links:
            scheme = urlsplit(url).scheme.lower()
            if scheme in _EXTERNAL_SCHEMES or url.startswith("//"):
                continue
            if scheme:
                problems.append(Problem(shown, f"link with scheme '{scheme}:' ({url[:60]})", line=line,
                                        hint="only http, https and mailto links may leave the site"))
                continue
            target, fragment = _target(site, page, url)
            if target is None:
                problems.append(Problem(shown, f"link leaves the site: {url}", line=line))
            elif not target.is_file():
                problems.append(Problem(shown, f"broken link: {url}", line=line))
            elif fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _read(target).ids
                if fragment not in ids:
                    problems.append(Problem(shown, f"missing anchor: {url}", line=line))
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    site = Path(args[0] if args else "site")
    if not site.is_dir():
        print(f"{site}: no such folder — build the site first (python build.py)", file=sys.stderr)
        return 2
    problems = check_site(site)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"linkcheck: {len(problems)} broken link(s) in {site}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
