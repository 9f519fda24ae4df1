"""Search entries per page, kept across serve rebuilds; the index is their join in page order.

Material's `SearchIndex.generate_search_index(prev)` keeps the previous entries of only the first
rebuilt page under dirty builds (squidfunk/mkdocs-material#7638), so with several pages rebuilt
the index would be wrong.  Installed on the search plugin's index of each build, this store
records the entries each page adds (`page_search_entries`, the one place that computes them)
and writes the index as the entries of every current page in the order MkDocs builds them —
the same JSON a full build writes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from mkdocs.structure.pages import Page

Entry = dict[str, Any]


def page_search_entries(add_entry_from_context: Callable[[Page], None], entries: list[Entry],
                        page: Page) -> list[Entry]:
    """The search entries of one page, computed by the search plugin's own indexer.

    A faster Material-compatible indexer plugs in here (same entries, same order)."""
    before = len(entries)
    add_entry_from_context(page)
    return entries[before:]


class SearchStore:
    """Page source path -> its entries; the page order of the latest build."""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}
        self.order: list[str] = []

    def install(self, plugin: Any) -> bool:
        """Take over the index of Material's search plugin for this build; False if it is not the one we know."""
        index: Any = getattr(plugin, "search_index", None)
        if type(plugin).__module__ != "material.plugins.search.plugin" or not isinstance(
                getattr(index, "entries", None), list) or not callable(getattr(index, "add_entry_from_context", None)) \
                or not callable(getattr(index, "generate_search_index", None)):
            return False
        original = index.add_entry_from_context

        def add_entry_from_context(page: Page) -> None:
            self.entries[page.file.src_uri] = page_search_entries(original, index.entries, page)

        def generate_search_index(prev: Any) -> str:
            config = {key: index.config[key] for key in ["lang", "separator", "pipeline", "fields"]}
            docs = [entry for path in self.order for entry in self.entries.get(path, ())]
            return json.dumps({"config": config, "docs": docs}, separators=(",", ":"), default=str)

        index.add_entry_from_context = add_entry_from_context
        index.generate_search_index = generate_search_index
        return True

    def set_order(self, paths: list[str]) -> None:
        """The pages of this build in build order; entries of pages that vanished are dropped."""
        self.order = list(paths)
        current = set(paths)
        for gone in set(self.entries) - current:
            del self.entries[gone]

    def forget(self) -> None:
        self.entries.clear()


__all__ = ["SearchStore", "page_search_entries"]
