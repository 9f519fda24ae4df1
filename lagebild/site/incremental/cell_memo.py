"""Merged-event cells kept between the builds of one `mkdocs serve` process.

A new or deleted briefing changes the rows of the merged events it reports, and with them every
actor, place, country and story page and timeline month that lists one of those events: ~50 pages
render again, each with up to 25 event rows of which usually one changed.  The costly parts of a
row are made by Python helpers (`MergedView.sources`, `MergedView.disagreements`,
`PageRenderer.merged_line`: links, escaping, dates); this memo keeps what each gave, per page,
so a page rendered again makes only its changed rows' cells anew.

A cell is keyed by the page (its path: links are relative to it; its language and locale), the
helper and its arguments, and the merged event's `merged_signature`: everything a page shows of
the event (its fields, where its participants and place link, its timeline page, each report's
source, briefing and review state, the latest evidence).  A cell also records the links it made
(`PageRenderer.url`), which are registered again when it is reused, so MkDocs' link checks and the
page's record of what it links stay those of a fresh render.

An actor page's event row is kept whole (`PageRenderer.merged_rows`: the row macro of
templates/pages/merged_row.html.j2), its footnote mark left open: the mark's number depends on the
rows before it, so it is set again each time, in the row's place, as a fresh render sets it.  Since a
row comes from a template, the memo is kept only while the global part (templates, mkdocs.yml, the
build date) is the same (`within`).

Only `mkdocs serve` keeps one (the plugin passes it to `generated_pages`); a full render and the
audit's fresh render of every page go without, and the audit compares the two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lagebild.picture.events_merge import MergedEvent
from lagebild.site.incremental.fingerprints import merged_signature

if TYPE_CHECKING:
    from lagebild.site.page_renderer import PageRenderer

Calls = tuple[tuple[str, str], ...]  # the links a cell made: (target, fragment) as `PageRenderer.url` got them
LIMIT = 200_000  # cells kept at most (~60 MB); past it the memo starts afresh (every edit adds a few)


class CellMemo:
    def __init__(self) -> None:
        self.cells: dict[tuple[object, ...], tuple[str, Calls]] = {}
        self.tokens: dict[tuple[object, ...], int] = {}  # merged signature -> a short stand-in for keys
        self.seen: dict[int, tuple[MergedEvent, int]] = {}  # this build: id(merged event) -> (it, its token)
        self.hits = self.made = 0
        self.hits_of: dict[str, int] = {}  # this build: cells reused per helper
        self.scope = ""  # the global part the cells were made under

    def within(self, global_part: str) -> None:
        """Before a build: cells made under another global part (a template changed) are dropped."""
        if global_part != self.scope:
            self.cells, self.tokens, self.seen, self.scope = {}, {}, {}, global_part

    def start(self) -> None:
        """Before a build's pages: its merged events are new objects (or patched ones)."""
        self.seen = {}
        self.hits = self.made = 0
        self.hits_of = {}
        if len(self.cells) > LIMIT:
            self.cells, self.tokens = {}, {}

    def _token(self, renderer: PageRenderer, merged: MergedEvent) -> int:
        found = self.seen.get(id(merged))
        if found is not None and found[0] is merged:
            return found[1]
        corpus = renderer.corpus
        signature = merged_signature(corpus, merged, corpus.picture(renderer.today), {})
        token = self.tokens.setdefault(signature, len(self.tokens))
        self.seen[id(merged)] = (merged, token)
        return token

    def cell(self, renderer: PageRenderer, helper: str, merged: MergedEvent, args: tuple[object, ...],
             make: Callable[[], str], keep: Callable[[str], bool] | None = None) -> str:
        """What `make()` gives for this page, helper, arguments and merged event: kept, or made now
        (and kept unless `keep(text)` says no)."""
        if not renderer.today:  # (no picture to key the event by)
            return make()
        key = (renderer.page_path, renderer.language, renderer.locale, renderer.directory_urls, helper, args,
               self._token(renderer, merged))
        found = self.cells.get(key)
        if found is not None:
            self.hits += 1
            self.hits_of[helper] = self.hits_of.get(helper, 0) + 1
            renderer.register(found[1])
            return found[0]
        calls: list[tuple[str, str]] = []
        text = renderer.recording_links(calls, make)
        if keep is None or keep(text):
            self.cells[key] = (text, tuple(calls))
        self.made += 1
        return text


__all__ = ["CellMemo"]
