"""Digests of what reaches pages: the global part every page shares, the cross-briefing structure,
and what each briefing page shows besides its own file.

Global part: mkdocs.yml as written, the served address, the build date, the site language, every
file under templates/ (Jinja templates, theme overrides, assets), the alias and events files,
the versions of MkDocs, Material and this package.  Any change there re-renders every page.

Structure: everything a page can link to or name, without article text: each actor's kind,
address, shown name, country, and which briefings, events and quotes it has; each merged event
without its summary (date, status, kind, place, participants, reports, disagreements); the
timeline's pages; the stories; the briefings' order; the possible duplicates.  If it is
unchanged, an edit can only change the text of pages that show an edited briefing.  Pages that
show a part of the structure carry that part in their own fingerprint: how each name of a
briefing resolves (`resolution_signature`), what a merged event shows (`merged_signature`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Actor, Corpus
from lagebild.picture.events_merge import EventPicture, MergedEvent
from lagebild.site.timeline_layout import layout, timeline_path

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




def _resolved(actor: Actor | None) -> tuple[str, str, str, str | None] | None:
    return None if actor is None else (actor.path, actor.name, actor.token, actor.country)


def resolution_signature(corpus: Corpus, briefing: Briefing) -> tuple[object, ...]:
    """How every name a briefing writes resolves now: the actor page each links to, with its name."""
    names: list[str] = []
    for list_name in ("persons", "organizations"):
        for fact in briefing.visible(list_name):
            names += [fact.name, *getattr(fact, "aliases", ())]  # type: ignore[attr-defined]
    names += [getattr(country, "code", "") for country in briefing.visible("countries")]
    for event in briefing.events:
        names += event.participants
    for quote in briefing.quotes:
        names += [n for n in (quote.speaker, *quote.co_speakers) if n]
    places = [getattr(p, "name", "") for p in briefing.visible("places")]
    places += [e.place for e in briefing.events if e.place]
    return (tuple((name, _resolved(corpus.find(name, briefing))) for name in names),
            tuple((name, _resolved(corpus.find_place(name))) for name in places))


def merged_signature(corpus: Corpus, merged: MergedEvent, picture: EventPicture,
                     digests: Mapping[str, str]) -> tuple[object, ...]:
    """What a page shows of a merged event: its fields, where its participants and place link, its
    timeline page, and of its reports what the rows show: each source (outlet, else title) with
    its briefing's address, each report's review state (the *erschlossen* badge), and the latest
    report's evidence sentence (the footnote).  Not the reports' whole files: a new title of a
    briefing with an outlet leaves every row of its events as it was."""
    del digests  # kept in the signature for callers; the rows show only the fields below
    latest = merged.latest
    place, people, page = merged_context(corpus, merged, picture)
    return (merged.id, merged.date, merged.kind, merged.status, merged.summary, merged.place, merged.language,
            place, tuple((p.token, p.name, link) for p, link in zip(merged.participants, people)),
            tuple((r.briefing.slug, r.event.id, r.source, r.event.review) for r in merged.reports),
            (latest.briefing.slug, latest.event.id, latest.event.evidence),
            tuple((d.field, d.values) for d in merged.disagreements), page)


MergedContext = tuple[tuple[str, str, str, str | None] | None, tuple[tuple[str, str, str, str | None] | None, ...], str]


def merged_context(corpus: Corpus, merged: MergedEvent, picture: EventPicture) -> MergedContext:
    """What `merged_signature` reads of a merged event beside the event itself: where its place and
    participants link, its timeline page.  A merged event kept as the very object (a patched
    corpus's, a replayed merge's) has the same signature while this is the same."""
    return (_resolved(corpus.find_place(merged.place)) if merged.place else None,
            tuple(_resolved(corpus.by_token(p.token)) for p in merged.participants), timeline_path(picture, merged.id))


__all__ = ["digest", "folder_digest", "global_digest", "merged_context", "merged_signature", "resolution_signature",
           "state_signature", "structure_digest"]
