"""What the last `build.py render` read and what it left in the site folder, to know when a build
has nothing to do.

A record holds the digest of the build's inputs, taken just before the build read them, and a
manifest of the site folder it produced: every file with size, mtime, ctime and inode, and every
folder.  A render whose inputs digest the same over a site folder that still matches the manifest
would write the same bytes again (it is the same build), so it keeps the site as it is.

Inputs: this package's code, the installed distributions and the Python version (a new version
of any of them may render differently); mkdocs.yml as written, its path, the site folder, the
served address, the build date, `SOURCE_DATE_EPOCH`; and every file below the folders the build
reads (content, templates, the state folder except its caches, seeds) by name, size and the
digest of its bytes.  The site folder is compared by size, mtime, ctime and inode — ctime changes
with every write, and no program can set it back.  A config that reads the environment (`!ENV`),
inherits another file or loads hooks is never taken as unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import lagebild
from lagebild import safe_read
from lagebild.errors import LagebildError

FORMAT = 1
RECORD = "site.json"  # in .lagebild/cache/pages/
Stat = tuple[int, int, int, int]  # size, st_mtime_ns, st_ctime_ns, st_ino
# Under the state folder: what builds write (caches, the lock, serve's last good copies), read by no page.
SKIPPED_STATE = frozenset({"cache", "lock", "last_good"})
_UNPREDICTABLE_CONFIG = (b"!ENV", b"INHERIT", b"hooks")


def _stat(entry: os.DirEntry[str]) -> Stat:
    found = entry.stat(follow_symlinks=False)
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)


def walk(folder: Path, skip: frozenset[str] = frozenset()) -> Iterator[tuple[str, Stat | None]]:
    """(path relative to folder, its stat) for every entry below it, folders with None; `skip`
    names entries of the top folder left out."""
    pending = [("", str(folder))]
    while pending:
        relative, path = pending.pop()
        with os.scandir(path) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if not relative and entry.name in skip:
                    continue
                name = f"{relative}{entry.name}"
                if entry.is_dir(follow_symlinks=False):
                    yield name + "/", None
                    pending.append((name + "/", entry.path))
                else:
                    yield name, _stat(entry)


def _content(folder: Path, name: str) -> str:
    """The digest of a file's bytes; a FIFO, socket or device is named, never read (reading a FIFO
    would wait for a writer forever — the build names it as not a regular file itself)."""
    try:
        return hashlib.blake2b(safe_read.read_bytes(folder / name, name), digest_size=16).hexdigest()
    except LagebildError:
        return "<not a regular file>"
    except OSError as exc:
        return f"<unreadable {exc.errno}>"


def folder_signature(folder: Path, skip: frozenset[str] = frozenset()) -> list[Any]:
    """Every entry below the folder by name, and every file by size and the digest of its bytes:
    by content, not by time stamps, so no edit at any moment (even during a build, within one
    clock tick) can go unseen."""
    if not folder.is_dir():
        return [str(folder)]  # as an empty folder: the build finds nothing in either (the first build makes .lagebild/)
    try:
        return [str(folder), *((name, None if stat is None else (stat[0], _content(folder, name)))
                               for name, stat in walk(folder, skip))]
    except OSError as exc:
        return [str(folder), f"<unreadable {exc.errno}>"]


@lru_cache(maxsize=1)
def code_key() -> str:
    """This package's code by content; every installed distribution by name and version; Python."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"site-record {FORMAT} {sys.version}".encode())
    package = Path(lagebild.__file__).parent
    for source in sorted(package.rglob("*")):
        if source.suffix in (".py", ".yml", ".yaml", ".json", ".txt", ".j2", ".html") and source.is_file():
            h.update(source.relative_to(package).as_posix().encode())
            h.update(source.read_bytes())
    installed: set[str] = set()
    for entry in sys.path:
        if not entry:
            continue  # the working folder: not an installation
        try:
            installed.update(name for name in os.listdir(entry)
                             if name.endswith((".dist-info", ".egg-info", ".egg-link", ".pth")))
        except OSError:
            continue
    for name in sorted(installed):
        h.update(name.encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def inputs_digest(config_file: Path, site_dir: Path, today: str, site_url: str | None,
                  folders: Iterable[tuple[Path, frozenset[str]]]) -> str | None:
    """The digest of everything a build reads; None if the config may read what it does not show."""
    try:
        config_text = config_file.read_bytes()
    except OSError:
        return None
    if any(marker in config_text for marker in _UNPREDICTABLE_CONFIG):
        return None
    parts: list[Any] = [code_key(), str(config_file), str(site_dir), today, site_url,
                        os.environ.get("SOURCE_DATE_EPOCH"), hashlib.sha256(config_text).hexdigest()]
    parts += [folder_signature(folder, skip) for folder, skip in folders]
    return hashlib.blake2b(json.dumps(parts).encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()


@dataclass(frozen=True)
class Record:
    inputs: str  # inputs_digest before the build
    folders: tuple[tuple[str, tuple[str, ...]], ...]  # the input folders it covered, with skipped names
    site: Mapping[str, Stat | None]  # the site folder as the build left it (walk)
    pages: tuple[str, ...]  # the site's page files (documentation pages' outputs)
    token: str  # the state saved beside it (page_cache) belongs to this build

    def input_folders(self) -> list[tuple[Path, frozenset[str]]]:
        return [(Path(folder), frozenset(skip)) for folder, skip in self.folders]

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "code": code_key(), "inputs": self.inputs, "folders": self.folders,
                           "site": {path: list(stat) if stat else None for path, stat in self.site.items()},
                           "pages": self.pages, "token": self.token})

    @staticmethod
    def from_json(text: str) -> Record | None:
        """The record, or None if it was written by other code; ValueError/TypeError if damaged."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("code") != code_key():
            return None
        site: dict[str, Stat | None] = {}
        for path, stat in dict(data["site"]).items():
            if stat is not None:
                size, mtime, ctime, inode = (int(n) for n in stat)  # ValueError if of another shape
                site[str(path)] = (size, mtime, ctime, inode)
            else:
                site[str(path)] = None
        folders = tuple((str(folder), tuple(str(name) for name in skip)) for folder, skip in data["folders"])
        return Record(str(data["inputs"]), folders, site, tuple(str(p) for p in data["pages"]), str(data["token"]))


def read_record(folder: Path, notes: list[str]) -> Record | None:
    """The record in `folder`, or None: missing, of other code, or damaged (then with a note)."""
    path = folder / RECORD
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        notes.append(f"{path} could not be read ({exc}); building every page")
        return None
    try:
        return Record.from_json(text)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        notes.append(f"{path} is damaged ({type(exc).__name__}); building every page")
        return None


def site_manifest(site_dir: Path) -> dict[str, Stat | None]:
    return dict(walk(site_dir))


def site_matches(site_dir: Path, record: Record) -> bool:
    """Whether the site folder is exactly as the recorded build left it (nothing changed, added or gone)."""
    try:
        return site_dir.is_dir() and not site_dir.is_symlink() and site_manifest(site_dir) == dict(record.site)
    except OSError:
        return False


def up_to_date(record: Record, config_file: Path, site_dir: Path, today: str, site_url: str | None) -> bool:
    inputs = inputs_digest(config_file, site_dir, today, site_url, record.input_folders())
    return inputs is not None and inputs == record.inputs and site_matches(site_dir, record)


__all__ = [
    "RECORD",
    "SKIPPED_STATE",
    "Record",
    "Stat",
    "code_key",
    "folder_signature",
    "inputs_digest",
    "read_record",
    "site_manifest",
    "site_matches",
    "up_to_date",
    "walk",
]
