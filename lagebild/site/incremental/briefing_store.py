"""Briefing files parsed once per version: a rebuild reads only the files that changed.

A file's version is its stat signature (mtime, size, inode); an unchanged signature reuses the
parsed briefing, a changed one reads the bytes, and equal bytes (a `touch`, a save without
change) still reuse it.  A signature is trusted only if the file was already older than
`RACY_NS` when it was read (as git does): two saves within one timestamp tick keep size and
mtime, so a recent file is compared by its bytes.  The result equals `load_content` on the same folder (tests compare).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from lagebild.briefing.content import Content, briefing_paths, display_path, load_content, read_briefing_file, slug_for
from lagebild.briefing.model import Briefing
from lagebild.errors import Problem
from lagebild.site.fork_pool import MIN_JOBS, run_jobs

Signature = tuple[int, int, int]  # st_mtime_ns, st_size, st_ino
RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class ParsedFile:
    signature: Signature
    digest: str  # blake2b of the bytes; "" if the file could not be read
    briefing: Briefing | None
    problems: tuple[Problem, ...]
    # Field -> file line.  Handed to every build as it is (a copy per file and build was ~0.06 CPU-s an
    # edit at 3,000 briefings): readers never change it.  (A store pickled before holds a tuple of items.)
    lines: dict[str, int] | tuple[tuple[str, int], ...]
    read_ns: int = 0  # wall clock when the file was read


def file_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _signature(path: Path) -> Signature | None:
    try:
        stat = path.lstat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


@dataclass
class LoadedContent:
    content: Content
    digests: dict[str, str] = field(default_factory=dict)  # briefing slug -> digest of its file
    parsed: int = 0  # files read and parsed in this load (the rest came from the store)
    fresh: set[str] = field(default_factory=set)  # slugs of the briefings parsed in this load


class BriefingStore:
    """Absolute path -> the last parse of that file; lives as long as the plugin instance."""

    def __init__(self) -> None:
        self._files: dict[str, ParsedFile] = {}

    def _trusted(self, key: str, signature: Signature | None) -> ParsedFile | None:
        """The last parse of the file, if its signature says it is unchanged."""
        known = self._files.get(key)
        if known is not None and signature is not None and known.signature == signature \
                and signature[0] < known.read_ns - RACY_NS:
            return known
        return None

    def _same_bytes(self, path: Path) -> bool:
        """Whether the file still holds the bytes of its last parse (a store saved without time
        stamps, page_cache, trusts digests only: `_parse` will reuse the parse, so none is needed ahead)."""
        known = self._files.get(str(path))
        if known is None or not known.digest or not path.is_file() or path.is_symlink():
            return False
        try:
            return file_digest(path.read_bytes()) == known.digest
        except OSError:
            return False

    def _parse(self, path: Path, shown: str,
               ready: dict[str, tuple[Briefing | None, list[Problem], dict[str, int]]]) -> tuple[ParsedFile, bool]:
        key = str(path)
        signature = _signature(path)
        trusted = self._trusted(key, signature)
        if trusted is not None:
            return trusted, False
        known = self._files.get(key)
        now = time.time_ns()
        try:
            digest = file_digest(path.read_bytes()) if path.is_file() and not path.is_symlink() else ""
        except OSError:
            digest = ""
        if known is not None and digest and known.digest == digest and signature is not None:
            known = ParsedFile(signature, digest, known.briefing, known.problems, known.lines, now)
            self._files[key] = known
            return known, False
        briefing, problems, lines = ready.pop(key) if key in ready else _read(path, shown)
        parsed = ParsedFile(signature or (0, 0, 0), digest, briefing, tuple(problems), lines, now)
        if signature is not None and digest:
            self._files[key] = parsed
        else:
            self._files.pop(key, None)  # unreadable now: read again next time
        return parsed, True

    def load(self, content_dir: Path, root: Path, workers: int = 1) -> LoadedContent:
        """Every briefing under content/briefings/ with every problem: `load_content` with this store as reader.

        With `workers` 2 the files to parse are parsed on two cores first (fork_pool)."""
        seen: dict[str, tuple[ParsedFile, bool]] = {}  # shown path -> its parse, and whether it was read now
        ready = self._parse_ahead(content_dir, root, workers) if workers > 1 else {}

        def read(path: Path, shown: str) -> tuple[Briefing | None, list[Problem], dict[str, int]]:
            parsed, fresh = self._parse(path, shown, ready)
            seen[shown] = (parsed, fresh)
            kept.add(str(path))
            lines = parsed.lines
            return parsed.briefing, list(parsed.problems), lines if isinstance(lines, dict) else dict(lines)

        kept: set[str] = set()
        loaded = LoadedContent(load_content(content_dir, root, read))
        loaded.parsed = sum(fresh for _, fresh in seen.values())
        for slug, (shown, _lines) in loaded.content.lines.items():
            parsed, fresh = seen[shown]
            loaded.digests[slug] = parsed.digest
            if fresh:
                loaded.fresh.add(slug)
        for gone in set(self._files) - kept:
            del self._files[gone]
        return loaded

    def _parse_ahead(self, content_dir: Path, root: Path,
                     workers: int) -> dict[str, tuple[Briefing | None, list[Problem], dict[str, int]]]:
        """Absolute path -> its parse, for every file the store cannot trust: parsed by `workers` processes."""
        todo = [path for path in briefing_paths(content_dir)
                if self._trusted(str(path), _signature(path)) is None and not self._same_bytes(path)]
        if len(todo) < MIN_JOBS:
            return {}
        parses = run_jobs([partial(_read, path, display_path(path, root)) for path in todo], workers)
        return {str(path): parse for path, parse in zip(todo, parses)}


def _read(path: Path, shown: str) -> tuple[Briefing | None, list[Problem], dict[str, int]]:
    lines: dict[str, int] = {}
    briefing, problems = read_briefing_file(path, shown, lines)
    return briefing, problems, lines


__all__ = ["BriefingStore", "LoadedContent", "ParsedFile", "file_digest", "slug_for"]
