"""Search entries per page, kept across serve rebuilds; the index is their join in page order.

Material's `SearchIndex.generate_search_index(prev)` keeps the previous entries of only the first
rebuilt page under dirty builds (squidfunk/mkdocs-material#7638), so with several pages rebuilt
the index would be wrong.  Installed on the search plugin's index of each build, this store
records the entries each page adds (`page_search_entries`, the one place that computes them)
and writes the index as the entries of every current page in the order MkDocs builds them —
the same JSON a full build writes.  `finish(path, entries)` (the plugin's search synonyms and
lean texts) runs per page too, and each page's part of the final JSON is kept until its entries
or its finishing change: the index file is a join of kept texts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol

from mkdocs.structure.pages import Page

from lagebild.site.search_lean import lean_text

Entry = dict[str, Any]


class Finish(Protocol):
    """The post-processing of one page's entries, and a key that changes whenever its result would."""

    def key(self, path: str) -> Any: ...

    def apply(self, path: str, entries: list[Entry]) -> list[Entry]: ...


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


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
        self.texts: dict[str, tuple[Any, str]] = {}  # page path -> (finishing key, its final entries as JSON)

    def install(self, plugin: Any, finish: Finish | None = None) -> bool:
        """Take over the index of Material's search plugin for this build; False if it is not the one we know.

        With `finish`, the index is written finished (ensure_ascii off), as the plugin's post-processing
        of a whole index would leave it."""
        index: Any = getattr(plugin, "search_index", None)
        if type(plugin).__module__ != "material.plugins.search.plugin" or not isinstance(
                getattr(index, "entries", None), list) or not callable(getattr(index, "add_entry_from_context", None)) \
                or not callable(getattr(index, "generate_search_index", None)):
            return False
        original = index.add_entry_from_context

        def add_entry_from_context(page: Page) -> None:
            self.entries[page.file.src_uri] = page_search_entries(original, index.entries, page)
            self.texts.pop(page.file.src_uri, None)

        def generate_search_index(prev: Any) -> str:
            config = {key: index.config[key] for key in ["lang", "separator", "pipeline", "fields"]}
            if finish is None:
                docs = [entry for path in self.order for entry in self.entries.get(path, ())]
                return json.dumps({"config": config, "docs": docs}, separators=(",", ":"), default=str)
            parts = [part for part in (self._text(path, finish) for path in self.order) if part]
            return '{"config":' + _compact(config) + ',"docs":[' + ",".join(parts) + "]}"

        index.add_entry_from_context = add_entry_from_context
        index.generate_search_index = generate_search_index
        return True

    def _text(self, path: str, finish: Finish) -> str:
        key = finish.key(path)
        known = self.texts.get(path)
        if known is not None and known[0] == key:
            return known[1]
        finished = finish.apply(path, [dict(entry) for entry in self.entries.get(path, [])])
        text = ",".join(_compact(entry) for entry in finished)
        self.texts[path] = (key, text)
        return text

    def set_order(self, paths: list[str]) -> None:
        """The pages of this build in build order; entries of pages that vanished are dropped."""
        self.order = list(paths)
        current = set(paths)
        for gone in set(self.entries) - current:
            del self.entries[gone]
        for gone in set(self.texts) - current:
            del self.texts[gone]

    def forget(self) -> None:
        self.entries.clear()
        self.texts.clear()




class SynonymsAndLean:
    """The plugin's search post-processing per page, as `search_synonyms.add_to_index` and
    `search_lean.lean_search_index` do it over the whole index: a page's variants appended to its
    page-level entry, then every entry's text without evidence footnotes."""

    def __init__(self, synonyms: Callable[[], dict[str, str]], urls: Callable[[], dict[str, str]]) -> None:
        self.synonyms, self.urls = synonyms, urls  # page path -> variants, page path -> URL (current build)

    def key(self, path: str) -> Any:
        return (self.synonyms().get(path), self.urls().get(path))

    def apply(self, path: str, entries: list[Entry]) -> list[Entry]:
        extra, url = self.key(path)
        for entry in entries:
            location = str(entry.get("location", ""))
            if extra and url is not None and location == url and "#" not in location:
                entry["text"] = f"{entry.get('text', '')} {extra}".strip()
            if isinstance(entry.get("text"), str):
                entry["text"] = lean_text(entry["text"])
        return entries


__all__ = ["SearchStore", "SynonymsAndLean", "page_search_entries"]
