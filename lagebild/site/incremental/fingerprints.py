"""Digests of what reaches pages: the global part every page shares, the cross-briefing structure,
and what each briefing page shows besides its own file.

Global part: mkdocs.yml as written, the served address, the build date, the site language, every
file under templates/ (Jinja templates, theme overrides, assets), the alias and events files,
the versions of MkDocs, Material and this package.  Any change there re-renders every page.

Structure: everything a page can link to or name, without article text: each actor's kind,
address, shown name, country, and which briefings, events and quotes it has; each merged event
without its summary (date, status, kind, place, participants, reports, disagreements); the
timeline's pages; the stories; the briefings' order; the possible duplicates.  If it is
unchanged, an edit can only change the text of pages that show an edited briefing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from lagebild.picture.corpus import Corpus
from lagebild.site.timeline_layout import layout

_DISTRIBUTIONS = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "lagebild")
SKIPPED_STATE = ("cache", "lock", "last_good")  # under .lagebild/: written by builds, shown by no page


def digest(*parts: object) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part if isinstance(part, bytes) else repr(part).encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _versions() -> tuple[str, ...]:
    found = []
    for name in _DISTRIBUTIONS:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=-")
    return tuple(found)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b"<missing>"


def folder_digest(folder: Path) -> str:
    """Names and bytes of every file below the folder (hidden ones too: the theme may load them)."""
    if not folder.is_dir():
        return digest("<no folder>", str(folder))
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return digest(*((p.relative_to(folder).as_posix(), _read(p)) for p in files))


def global_digest(config_file: Path, site_url: str, today: str, language: str, template_dir: Path,
                  data_files: Iterable[Path]) -> str:
    return digest(_versions(), _read(config_file), site_url, today, language, folder_digest(template_dir),
                  *(_read(p) for p in data_files))


def state_signature(folders: Iterable[Path]) -> str:
    """Names, sizes and mtimes of the state the review pages and the feed read (.lagebild/, seeds/)."""
    seen: list[tuple[str, int, int]] = []

    def walk(folder: str, top: bool) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            seen.append((folder, -1, -1))
            return
        for entry in entries:
            if top and entry.name in SKIPPED_STATE:
                continue
            if entry.is_dir(follow_symlinks=False):
                walk(entry.path, False)
            elif entry.is_file():
                stat = entry.stat()
                seen.append((entry.path, stat.st_size, stat.st_mtime_ns))

    for folder in folders:
        walk(str(folder), True)
    return digest(*seen)


def structure_digest(corpus: Corpus, today: str) -> str:
    """The cross-briefing structure (see the module's doc); article text is left out."""
    actors = sorted(
        (a.kind, a.slug, a.name, a.country, a.token, sorted(a.spellings),
         sorted({m.briefing.slug for m in a.mentions}), sorted((b.slug, e.id) for b, e in a.events),
         sorted((b.slug, q.id) for b, q in a.quotes))
        for a in corpus.actors.values())
    picture = corpus.picture(today)
    merged = [(m.id, m.date, m.kind, m.status, m.place, m.language,
               [(p.token, p.name) for p in m.participants],
               [(r.briefing.slug, r.event.id) for r in m.reports],
               [(d.field, d.values) for d in m.disagreements]) for m in picture.events]
    timeline = [(t.path, t.month, t.part, t.parts, [m.id for m in t.entries]) for t in layout(picture.events)]
    stories = [(s.id, [b.slug for b in s.briefings], [m.id for m in s.events], s.actors, s.countries)
               for s in corpus.stories(today)]
    order = [b.slug for b in corpus.briefings]
    return digest(actors, merged, timeline, stories, order, [repr(d) for d in corpus.possible_duplicates])


__all__ = ["digest", "folder_digest", "global_digest", "state_signature", "structure_digest"]
