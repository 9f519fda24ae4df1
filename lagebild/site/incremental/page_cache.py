"""Warm `build.py render` from disk: the last build's incremental state and its pages, reused.

`mkdocs serve` keeps the plugin's stores in memory between rebuilds; a new `build.py render`
process gets them from here (``.lagebild/cache/pages/``):

- ``site.json`` — the last build's record (`site_record`): its inputs and the site it left;
- ``state.pickle`` — the plugin's stores after that build: parsed briefings (checked against
  each file's bytes by digest, never by its time stamps), the planner's fingerprints and derived
  pages, the search entries per page, the export fragments, the list of outputs, and the
  Prüfliste's comparisons of briefings with their base snapshots (each trusted again only for the
  same briefing object and a snapshot whose bytes digest alike).

A build then goes one of three ways:

1. nothing to do: the inputs digest as recorded and the site folder is as the build left it;
2. warm: the state belongs to the recorded build (same token) and to this code; every page of the
   old site that is still exactly as recorded is hard-linked (copied where links fail) into the
   new temporary folder, and MkDocs runs dirty there — the planner renders only pages whose
   fingerprint changed, as under `mkdocs serve`.  A linked page that is rendered again is unlinked
   first (`unshare`), so the old site's file is never written through;
3. cold: anything else — no state, another code version, a damaged file (a note says so), a
   search plugin that is not Material's.

Whatever happens, the new site equals a cold build's byte for byte (tests compare) and the old site
is never changed: the build swaps folders as always.  Nothing here deletes a file it did not write.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import secrets
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lagebild import review
from lagebild.atomic import write_bytes, write_text
from lagebild.errors import LagebildError
from lagebild.site.incremental import site_record
from lagebild.site.incremental.briefing_store import BriefingStore
from lagebild.site.incremental.export_store import ExportStore
from lagebild.site.incremental.planner import Planner
from lagebild.site.incremental.site_record import Record
from lagebild.site.search_index import SearchStore

STATE = "state.pickle"
FORMAT = 4  # bump when PluginState or what it holds changes shape


@dataclass
class PluginState:
    """What the plugin keeps between builds (see `LagebildPlugin.snapshot`)."""

    briefing_store: BriefingStore
    planner: Planner
    export_store: ExportStore
    search_store: SearchStore
    outputs: set[str]
    derived_metas: dict[str, Any] = field(default_factory=dict)  # derived page -> its title and description
    # The Prüfliste's comparisons of briefings with their base snapshots (review.saved_comparisons):
    # pickled with the briefing store, so a resumed briefing is the very object they were made for.
    comparisons: dict[str, Any] = field(default_factory=dict)


def without_time_stamps(store: BriefingStore) -> BriefingStore:
    """The store with every file's stat signature blanked: a later process compares each file's
    bytes with the digest it was parsed from, so an edit that keeps size and mtime is still seen."""
    copy = BriefingStore()
    copy._files = {path: replace(parsed, signature=(0, 0, 0), read_ns=0)
                   for path, parsed in store._files.items()}
    return copy


@dataclass
class PageCache:
    folder: Path  # .lagebild/cache/pages
    notes: list[str] = field(default_factory=list)  # for the user: a cache that could not be used
    record: Record | None = None
    linked: list[str] = field(default_factory=list)  # pages linked from the last site into this build

    def _shown(self, name: str) -> str:
        return str(self.folder / name)

    def load_state(self) -> PluginState | None:
        """The state saved with the recorded build, or None (with a note if it is damaged)."""
        if self.record is None:
            return None
        try:
            with open(self.folder / STATE, "rb") as stream:
                data = pickle.load(stream)  # noqa: S301  # written by this code, in the project's own state folder
        except FileNotFoundError:
            return None
        except Exception as exc:  # a damaged pickle raises almost anything
            self.notes.append(f"{self._shown(STATE)} is damaged ({type(exc).__name__}); building every page")
            return None
        if not (isinstance(data, dict) and data.get("format") == FORMAT and data.get("code") == site_record.code_key()
                and data.get("token") == self.record.token and isinstance(data.get("state"), PluginState)):
            return None  # another build's or another version's: not ours to trust
        state: PluginState = data["state"]
        if not (isinstance(state.briefing_store, BriefingStore) and isinstance(state.planner, Planner)
                and isinstance(state.export_store, ExportStore) and isinstance(state.search_store, SearchStore)
                and isinstance(state.outputs, set) and isinstance(state.derived_metas, dict)):
            self.notes.append(f"{self._shown(STATE)} is damaged (unexpected content); building every page")
            return None
        review.resume_comparisons(state.comparisons)  # each checked again against its snapshot's bytes
        return state

    def link_pages(self, site_dir: Path, temp: Path) -> int:
        """Hard-link (or copy) into `temp` every page of the old site still exactly as recorded."""
        if self.record is None or not site_dir.is_dir():
            return 0
        recorded = self.record.site
        made: set[str] = set()
        for page in self.record.pages:
            parts = page.split("/")
            if page.startswith("/") or any(part in ("", ".", "..") for part in parts):
                continue  # not a path our builds write
            source, target = site_dir / page, temp / page
            try:
                found = os.lstat(source)
            except OSError:
                continue
            if (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino) != recorded.get(page):
                continue  # changed or replaced since the build: rendered again
            folder = "/".join(parts[:-1])
            try:
                if folder not in made:
                    (temp / folder).mkdir(parents=True, exist_ok=True)
                    made.add(folder)
                try:
                    os.link(source, target)
                except OSError:
                    shutil.copy2(source, target)  # another file system, or no hard links there
            except OSError:
                continue
            self.linked.append(page)
        return len(self.linked)

    def after_failure(self, site_dir: Path) -> None:
        """After a failed warm build: the pages it linked got a new ctime (a link made and removed),
        nothing else.  Renew those in the record, for each file whose size, mtime and inode are still
        as recorded, so the next build (after the fix) still reuses the old pages."""
        if self.record is None or not self.linked:
            return
        site = dict(self.record.site)
        for page in self.linked:
            known = site.get(page)
            try:
                found = os.lstat(site_dir / page)
            except OSError:
                continue
            if known is not None and (found.st_size, found.st_mtime_ns, found.st_ino) == (known[0], known[1], known[3]):
                site[page] = (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)
        self.record = replace(self.record, site=site)
        with contextlib.suppress(OSError, LagebildError):
            write_text(self.folder / site_record.RECORD, self.record.to_json(), sync=False)

    def save(self, state: PluginState, inputs: str | None, folders: Iterable[tuple[Path, frozenset[str]]],
             site_dir: Path, pages: Iterable[str]) -> None:
        """After a successful build and swap: the state, then the record that vouches for it."""
        token = secrets.token_hex(8)
        record_path = self.folder / site_record.RECORD
        try:
            briefings = [parsed.briefing for parsed in state.briefing_store._files.values()
                         if parsed.briefing is not None]
            saved = PluginState(without_time_stamps(state.briefing_store), state.planner, state.export_store,
                                state.search_store, set(state.outputs), dict(state.derived_metas),
                                review.saved_comparisons(briefings))
            data = pickle.dumps({"format": FORMAT, "code": site_record.code_key(), "token": token, "state": saved},
                                protocol=pickle.HIGHEST_PROTOCOL)
            write_bytes(self.folder / STATE, data, sync=False)
            record = Record(inputs or "", tuple((str(folder), tuple(sorted(skip))) for folder, skip in folders),
                            site_record.site_manifest(site_dir), tuple(sorted(pages)), token)
            write_text(record_path, record.to_json(), sync=False)
        except (OSError, LagebildError, pickle.PicklingError) as exc:
            self.notes.append(f"the page cache in {self.folder} could not be written ({exc}); "
                              "the next build renders every page")
            with contextlib.suppress(OSError):
                if record_path.is_file() and not record_path.is_symlink():
                    record_path.unlink()  # ours: a record must never vouch for another site


def unshare(paths: Iterable[str]) -> None:
    """Before MkDocs writes these outputs: remove a linked old copy, so the write makes a new file
    instead of changing the old site's through the shared link."""
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            if os.lstat(path).st_nlink > 1:
                os.unlink(path)


def search_is_ours(plugins: Any) -> bool:
    """A warm build keeps search entries per page: only with Material's search plugin (or none)."""
    for name, plugin in plugins.items():
        if name.split("/")[-1] == "search" and type(plugin).__module__ != "material.plugins.search.plugin":
            return False
    return True


__all__ = ["FORMAT", "STATE", "PageCache", "PluginState", "search_is_ours", "unshare", "without_time_stamps"]
