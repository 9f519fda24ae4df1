"""What a shared link needs: the site's public address, and when each briefing last changed.

`site_url` is set once — in mkdocs.yml or with `python build.py render --site-url URL` — and
then MkDocs writes absolute addresses into sitemap.xml and each page's canonical link, and the
Atom feed links absolutely.  Without it nothing claims an address it does not know: the feed
links relative to itself, the sitemap stays empty, pages have no canonical link.

Opened from disk (file://), the site still navigates and searches: templates/assets/javascripts/
offline.js adds "index.html" to folder links and runs Material's search worker in a frame, and
`write_offline_index` gives it the index as a script.

A briefing's Atom `updated` is the later of its own date and the day a correction of it was
first seen (the corrections log every extraction appends to), so a feed reader shows a
corrected briefing again.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from lagebild.errors import Problem
from lagebild.picture.corpus import Corpus, briefing_date
from lagebild.review import read_log


def site_url_problem(url: str, where: str = "--site-url") -> Problem | None:
    """None when url is an absolute http(s) address a reader's browser can open."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc and not parts.query and not parts.fragment:
        return None
    return Problem(where, f"'{url}' is not the site's public address",
                   hint="give an absolute http(s) address such as https://example.org/lagebild/")


def normalise_site_url(url: str) -> str:
    """The address as a folder ('https://x.org/lagebild' -> 'https://x.org/lagebild/'): pages resolve below it."""
    return url if url.endswith("/") else url + "/"


def briefing_updated(corpus: Corpus, state_dir: Path | None) -> dict[str, str]:
    """slug -> YYYY-MM-DD the briefing last changed: its date, or a later correction's first sighting."""
    corrected: dict[str, str] = {}
    for entry in read_log(state_dir) if state_dir is not None else []:
        seen = str(entry.get("seen") or "")
        slug = str(entry["slug"])
        if len(seen) == 10 and seen > corrected.get(slug, ""):
            corrected[slug] = seen
    updated = {}
    for briefing in corpus.briefings:
        own = briefing_date(briefing)
        later = corrected.get(briefing.slug, "")
        if own or later:
            updated[briefing.slug] = max(own, later)
    return updated


def write_offline_index(site_dir: Path, text: str | None = None) -> None:
    """search/search_index.js beside the JSON index: over file:// Material loads the index as a script
    (a page opened from disk may not fetch files), reading it from the global `__index`.  `text`: the
    JSON index's text as this build wrote it (else it is read from the file)."""
    index = site_dir / "search" / "search_index.json"
    if index.is_file():
        if text is None:
            text = index.read_text(encoding="utf-8")
        (site_dir / "search" / "search_index.js").write_text(f"var __index = {text};\n", encoding="utf-8")
