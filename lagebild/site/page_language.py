"""Every page speaks one language: the theme's labels and our own follow the page's language.

The site is one edition with German site-wide pages (start, lists, timeline, Prüfliste) and each
briefing in its article's language.  Material's labels („Suche“, „Inhaltsverzeichnis“) come
from one `theme.language`; `templates/overrides/partials/language.html` makes them follow
`page.lagebild_language` instead, which the plugin sets per page.  What remains is done here,
per page:

* the tabs (the nav's titles in mkdocs.yml are the site language's): on a page in another
  language each known tab gets that language's label, and its own title back on the next page;
* Python-Markdown's fixed English titles on footnote back-links and heading permalinks.
"""

from __future__ import annotations

import re
from typing import Any

from lagebild.i18n import labels

# Nav entries (by page source path) and the label that names them in any language.
NAV_LABELS = {"index.md": "home", "briefings/index.md": "briefings", "actors/index.md": "actors",
              "timeline.md": "timeline", "review/index.md": "review"}
_BACKLINK = re.compile(r'title="Jump back to footnote (\d+) in the text"')
_PERMALINK = 'title="Permanent link"'
CHROME = {
    "de": {"backlink": "Zurück zu Fußnote {n} im Text", "permalink": "Dauerhafter Link"},
    "en": {"backlink": "Back to footnote {n} in the text", "permalink": "Permanent link"},
}


def localise_markdown_chrome(html: str, language: str) -> str:
    """The footnote back-link and permalink titles Python-Markdown writes in English, in `language`."""
    words = CHROME.get(language, CHROME["en"])
    html = _BACKLINK.sub(lambda m: 'title="{}"'.format(words["backlink"].format(n=m.group(1))), html)
    return html.replace(_PERMALINK, 'title="{}"'.format(words["permalink"]))


class NavLanguage:
    """Relabels the top-level nav for each page, keeping the configured titles for the site's language."""

    def __init__(self, site_language: str) -> None:
        self.site_language = site_language
        self.configured: dict[int, str] = {}  # id(nav item) -> its title in mkdocs.yml

    def apply(self, nav: Any, language: str) -> None:
        for item in getattr(nav, "items", []):
            file = getattr(item, "file", None)
            key = NAV_LABELS.get(file.src_uri) if file is not None else None
            if key is None:
                continue
            configured = self.configured.setdefault(id(item), item.title)
            item.title = configured if language == self.site_language else labels(language)[key]
