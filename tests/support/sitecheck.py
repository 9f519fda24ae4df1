"""What in a built site could run code: scripts, event handlers, javascript:/data: links.

A clean build of the project gives the allow-list (the theme's own scripts);
any script in another build that is not on it came from data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "data"}
_BAD_SCHEME = re.compile(r"^\s*(javascript|data|vbscript):", re.IGNORECASE)
_RELATIVE = re.compile(r"(\.\./)+|\"\.\.?\"|\"(\.\./)*\.\.\"")
_THEME_SCRIPT_SRC = re.compile(r"^(/|(\.\./)*)assets/javascripts/[\w./-]+\.js$")


def normalise_script(text: str) -> str:
    """The theme's inline scripts differ per page only in relative prefixes ('../..')."""
    return _RELATIVE.sub("REL", text.strip())


@dataclass
class Findings:
    scripts: list[tuple[str, str]] = field(default_factory=list)  # (page, src or normalised text)
    handlers: list[tuple[str, str, str]] = field(default_factory=list)  # (page, tag, attribute)
    bad_urls: list[tuple[str, str, str]] = field(default_factory=list)  # (page, attribute, value)
    text: list[str] = field(default_factory=list)  # visible text, to find escaped payloads


class _Scanner(HTMLParser):
    def __init__(self, page: str, findings: Findings) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.findings = findings
        self.in_script = False
        self.script_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.findings.handlers.append((self.page, tag, name))
            if name in _URL_ATTRIBUTES and value and _BAD_SCHEME.match(value):
                self.findings.bad_urls.append((self.page, name, value))
        if tag == "script":
            src = dict(attrs).get("src")
            if src:
                self.findings.scripts.append((self.page, "src:" + src))
            else:
                self.in_script = True
                self.script_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.in_script:
            self.in_script = False
            self.findings.scripts.append((self.page, normalise_script("".join(self.script_text))))

    def handle_data(self, data: str) -> None:
        if self.in_script:
            self.script_text.append(data)
        else:
            self.findings.text.append(data)


def scan_site(site: Path) -> Findings:
    findings = Findings()
    for path in sorted(site.rglob("*.html")):
        scanner = _Scanner(str(path.relative_to(site)), findings)
        scanner.feed(path.read_text(encoding="utf-8"))
        scanner.close()
    return findings


def unexpected_scripts(site: Path, clean_site: Path) -> list[tuple[str, str]]:
    """Scripts in site that neither the theme's assets nor a clean build's inline scripts explain."""
    allowed = {text for _, text in scan_site(clean_site).scripts if not text.startswith("src:")}
    found = []
    for page, text in scan_site(site).scripts:
        if text.startswith("src:"):
            if not _THEME_SCRIPT_SRC.match(text[4:]):
                found.append((page, text))
        elif text not in allowed:
            found.append((page, text[:120]))
    return found


def search_index_markup(site: Path) -> list[str]:
    """Entries of the search index whose title or text holds live markup (escaped text is fine)."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    bad = []
    for doc in index["docs"]:
        for key in ("title", "text"):
            findings = Findings()
            scanner = _Scanner(doc["location"], findings)
            scanner.feed(doc.get(key, ""))
            scanner.close()
            live = [t for _, t in findings.scripts] + [f"{t} {a}" for _, t, a in findings.handlers]
            live += [v for _, _, v in findings.bad_urls]
            if live:
                bad.append(f"{doc['location']} {key}: {live}")
    return bad
