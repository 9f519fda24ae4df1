"""Extracting a folder of seeds into briefing files: cached, parallel, never losing edits.

For each seed: read it, extract (or take the cached result for the same bytes
and extractor version), then hand the result to ``merge`` which decides what
the briefing file becomes given what an editor may have changed.  Problems of
one seed never stop the others; the run reports them all.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import hashlib
import json
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lagebild import atomic, review, safe_read
from lagebild.article import SEED_SUFFIXES, parse_article
from lagebild.briefing import merge
from lagebild.briefing.briefing_file import new_body, parse_file, render_file
from lagebild.briefing.content import BRIEFINGS_DIR, display_path, page_slug
from lagebild.briefing.controls import CONTROL
from lagebild.briefing.model import FACT_LISTS, Briefing
from lagebild.briefing.schema import briefing_to_data
from lagebild.errors import LagebildError, Problem
from lagebild.extract import EXTRACTOR_FINGERPRINT, extract
from lagebild.paths import state_dir_for
from lagebild.progress import Progress

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARALLEL_THRESHOLD = 8  # below this, starting worker processes costs more than it saves


@dataclass
class ExtractionReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    conflicts: list[Problem] = field(default_factory=list)
    changes: list[tuple[str, merge.Change]] = field(default_factory=list)  # (slug, what an editor changed)


def seed_paths(seeds_dir: Path, root: Path) -> tuple[list[Path], list[Problem]]:
    """The seed files to extract, and a problem for every entry of the folder that is not one:
    nothing in seeds/ is skipped without a message."""
    if not seeds_dir.is_dir():
        return [], [Problem(str(seeds_dir), "no such folder", hint="create it and put articles (.txt) in it")]
    paths, problems = [], []
    for path in sorted(seeds_dir.iterdir(), key=lambda p: os.fsencode(p.name)):
        raw_name = os.fsencode(path.name)
        try:
            raw_name.decode("utf-8")
        except UnicodeDecodeError:
            shown = display_path(seeds_dir, root) + "/" + raw_name.decode("utf-8", "backslashreplace")
            problems.append(Problem(shown, "file name is not valid UTF-8: skipped",
                                    hint="rename the file (its name was saved in another encoding)"))
            continue
        shown = display_path(path, root)
        if CONTROL.search(path.name):
            problems.append(Problem(shown, "file name contains control characters: skipped",
                                    hint="rename the file (its name is written into the briefing)"))
            continue
        if path.suffix not in SEED_SUFFIXES:
            problems.append(Problem(shown, f"not an article file ({' or '.join(SEED_SUFFIXES)}): skipped",
                                    severity="warning", hint="rename it to .txt to extract it, or move it away"))
            continue
        if path.name.startswith("."):
            # Editors' tools hide backups this way, but a dropped article must not vanish silently.
            problems.append(Problem(shown, "hidden file skipped", severity="warning",
                                    hint="rename it without the leading '.' to extract it"))
            continue
        if path.is_symlink():
            problems.append(Problem(shown, "symlink refused",
                                    hint="copy the article into seeds/ instead of linking it"))
            continue
        if not safe_read.is_regular(path):
            problems.append(safe_read.not_regular(shown))
            continue
        paths.append(path)
    return paths, problems


def _die_with_parent() -> None:
    """Worker start: end this worker when the main process dies, even by `kill -9` (Linux), so no
    orphan keeps computing for a run that is gone."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


@functools.lru_cache(maxsize=1)
def renderer_version() -> str:
    """What turns front-matter data into file text: the YAML writer's code and PyYAML's version.
    A cached text made by another version is rendered again."""
    import yaml

    from lagebild.briefing import frontmatter

    source = Path(frontmatter.__file__).read_bytes()
    return hashlib.sha256(source + f"pyyaml {yaml.__version__}".encode()).hexdigest()[:16]


def _with_text(payload: dict) -> dict:
    """The payload plus its file text.  The text is kept in the cache entry beside the data:
    dumping YAML was most of what an unchanged re-run cost (4 of 5 s at 1,000 articles)."""
    from lagebild.briefing import frontmatter

    if isinstance(payload.get("text"), str) and payload.get("renderer") == renderer_version():
        return payload
    return {**payload, "text": frontmatter.render(payload["data"], payload["body"]), "renderer": renderer_version()}


def _extract_one(job: tuple[str, str, str, str]) -> tuple[str, dict | None, list[Problem]]:
    """Worker: one seed to front-matter data (plain, so it crosses processes and the cache)."""
    path, shown, cache_dir, template_dir = job
    try:
        raw = safe_read.read_bytes(Path(path), shown)
        article, warnings = parse_article(raw, shown, Path(path).name)
        # The file name is part of the output (slug, source.file), so it is part of the key.
        name_digest = hashlib.sha256(article.name.encode()).hexdigest()[:8]
        key = f"{article.digest[:32]}-{name_digest}-{EXTRACTOR_FINGERPRINT}"
        cache_file = Path(cache_dir) / f"{key}.json"
        if cache_file.is_file():
            try:
                cached = json.loads(cache_file.read_text(encoding="utf-8"))
                if isinstance(cached, dict) and isinstance(cached.get("data"), dict) \
                        and isinstance(cached.get("body"), str):
                    payload = _with_text(cached)
                    if payload is not cached:  # an entry of an older writer: keep its text from now on
                        _store(cache_file, payload)
                    return path, payload, warnings
            except (OSError, ValueError):
                pass  # a damaged cache entry is simply recomputed
        briefing = extract(article)
        payload = _with_text({"data": briefing_to_data(briefing), "body": new_body(briefing, Path(template_dir))})
        _store(cache_file, payload)
        return path, payload, warnings
    except LagebildError as error:
        return path, None, error.problems
    except OSError as exc:
        return path, None, [Problem(shown, f"cannot read: {exc.strerror}")]


def _store(cache_file: Path, payload: dict) -> None:
    with contextlib.suppress(LagebildError):  # a cache we cannot write only costs time
        atomic.write_text(cache_file, json.dumps(payload, ensure_ascii=False), sync=False)


def extract_folder(seeds_dir: Path, content_dir: Path, root: Path, state_dir: Path,
                   template_dir: Path, jobs: int | None = None, force: bool = False,
                   accept: tuple[str, ...] = (), rebase: bool = False) -> ExtractionReport:
    report = ExtractionReport()
    paths, report.problems = seed_paths(seeds_dir, root)
    cache_dir = state_dir / "cache" / "extract"
    work = [(str(p), display_path(p, root), str(cache_dir), str(template_dir)) for p in paths]
    workers = jobs or min(2, os.cpu_count() or 1)
    results = []
    with Progress("extracting", len(work)) as progress:
        if len(work) >= PARALLEL_THRESHOLD and workers > 1:
            with ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent) as pool:
                for result in pool.map(_extract_one, work, chunksize=16):
                    results.append(result)
                    progress.advance()
        else:
            for job in work:
                results.append(_extract_one(job))
                progress.advance()
    atomic.remove_stale_temp_files(content_dir)
    atomic.remove_stale_temp_files(state_dir)
    sources: dict[str, list[str]] = {}
    for job in work:
        sources.setdefault(page_slug(Path(job[0]).stem), []).append(job[1])
    try:
        _write_all(results, work, sources, content_dir, root, state_dir, report, force, accept, rebase)
        report.problems.extend(_orphans(set(sources), content_dir, root))
        review.record_extraction(base_dir(content_dir).parent.parent, report.changes, report.conflicts)
    except KeyboardInterrupt as interrupt:
        # The files written so far are complete and stay: the message must say so.
        interrupt.written = list(report.written)  # type: ignore[attr-defined]
        raise
    return report


def _write_all(results: list[tuple[str, dict | None, list[Problem]]], work: list[tuple[str, str, str, str]],
               sources: dict[str, list[str]], content_dir: Path, root: Path, state_dir: Path,
               report: ExtractionReport, force: bool, accept: tuple[str, ...], rebase: bool) -> None:
    for (path, payload, problems), job in zip(results, work, strict=True):
        report.problems.extend(problems)
        slug = page_slug(Path(path).stem)
        if len(sources[slug]) > 1:
            # Writing either one would silently hide the other: write neither, name both.
            others = ", ".join(s for s in sources[slug] if s != job[1])
            report.problems.append(Problem(job[1], f"gives the same briefing name '{slug}' as {others}",
                                           hint="rename one of the seed files"))
            continue
        if payload is None:
            continue
        if not any(payload["data"].get(name) for name in FACT_LISTS):
            report.problems.append(Problem(job[1], "no facts found: the briefing shows only the article text",
                                           severity="warning", hint="check the article's language and text"))
        _write_briefing(slug, payload, content_dir, root, state_dir, report, force,
                        merge.accept_rule(accept, slug), rebase)


def _orphans(slugs: set[str], content_dir: Path, root: Path) -> list[Problem]:
    """Briefings the extractor once wrote whose seed is gone: reported, never deleted."""
    bases = base_dir(content_dir)  # where _write_briefing keeps them: beside the content folder
    if not bases.is_dir():
        return []
    problems = []
    for base in sorted(bases.glob("*.md")):
        target = content_dir / BRIEFINGS_DIR / base.name
        if base.stem not in slugs and target.is_file():
            problems.append(Problem(display_path(target, root), "orphaned (seed missing): kept as it is",
                                    severity="warning", hint="delete the file yourself if it should go"))
    return problems


def base_dir(content_dir: Path) -> Path:
    """Where the last machine output for a content folder is kept: in that folder's own state
    beside it (never shared with another content folder), not in it."""
    return state_dir_for(content_dir) / "base" / BRIEFINGS_DIR


def _write_briefing(slug: str, payload: dict, content_dir: Path, root: Path, state_dir: Path,
                    report: ExtractionReport, force: bool, accept: merge.Accept = lambda _: False,
                    rebase: bool = False) -> None:
    from lagebild.briefing import frontmatter

    target = content_dir / BRIEFINGS_DIR / f"{slug}.md"
    shown = display_path(target, root)
    machine_text = payload.get("text") or frontmatter.render(payload["data"], payload["body"])
    base_path = base_dir(content_dir) / f"{slug}.md"
    if target.is_symlink() or (target.exists() and not target.is_file()):
        report.problems.append(Problem(shown, "is not a regular file: left alone",
                                       hint="move it away so the briefing can be written"))
        return
    if _holds(target, machine_text) and _holds(base_path, machine_text):
        # Nothing changed since the last run: skip the merge, which would parse the YAML of
        # all three texts only to find that out (most of an unchanged re-run's time).
        report.unchanged.append(shown)
        return
    try:
        outcome = merge.merge_file(target, base_path, machine_text, shown, force=force, accept=accept,
                                   rebase=rebase)
    except LagebildError as error:
        report.problems.extend(error.problems)
        return
    except OSError as exc:
        report.problems.append(Problem(shown, f"cannot read: {exc.strerror}"))
        return
    report.problems.extend(outcome.warnings)
    report.conflicts.extend(outcome.conflicts)
    report.changes.extend((slug, change) for change in outcome.changes)
    if not outcome.adopt_base:
        return  # the file stays as it is, and the old base finds the same conflict next time
    try:
        if outcome.text is not None:
            atomic.write_text(target, outcome.text, shown)
            report.written.append(shown)
        else:
            report.unchanged.append(shown)
        atomic.write_text(base_path, machine_text, display_path(base_path, root))
    except LagebildError as error:
        report.problems.extend(error.problems)


def _holds(path: Path, text: str) -> bool:
    """Whether the file's bytes are exactly this text (a missing or unreadable file does not)."""
    try:
        return path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def render_machine_file(briefing: Briefing, template_dir: Path) -> str:
    return render_file(briefing, new_body(briefing, template_dir))


__all__ = ["ExtractionReport", "extract_folder", "parse_file", "render_machine_file", "seed_paths"]
