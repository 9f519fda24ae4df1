"""The review data behind the Prüfliste (pages: lagebild/site/todo.py), none of it hand-written:

* merge conflicts of the last extraction run (``.lagebild/conflicts.json``,
  rewritten by every run, so a resolved conflict disappears);
* corrections: what the editors' files say differently from the machine's
  last output, computed at build time as a diff of the base snapshot
  (``.lagebild/base/briefings/<slug>.md``) against the briefing.  The diff is
  the truth — a reverted edit disappears, a new one shows up on the next
  build without extraction.  *When* comes from ``.lagebild/corrections.jsonl``,
  where every extraction appends the corrections it sees for the first time.

Without a ``.lagebild`` folder (a fresh checkout) there are neither, and the
corrections page says that no extraction state is there.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from lagebild import atomic
from lagebild.briefing.briefing_file import parse_file
from lagebild.briefing.merge import Change, editor_changes
from lagebild.briefing.model import Briefing, Fact
from lagebild.briefing.schema import briefing_to_data
from lagebild.errors import LagebildError, Problem
from lagebild.picture.corpus import Corpus
from lagebild.site.fork_pool import MIN_JOBS, run_jobs

CORRECTIONS_LOG = "corrections.jsonl"
CONFLICTS_FILE = "conflicts.json"
BASE_FOLDER = Path("base") / "briefings"


@dataclass(frozen=True)
class Correction:
    briefing: Briefing
    change: Change
    seen: str  # YYYY-MM-DD the extraction first saw it, or "" when not extracted since


@dataclass(frozen=True)
class ConflictEntry:
    path: str
    line: int | None
    field: str
    message: str


def _key(slug: str, change: Change) -> str:
    return json.dumps([slug, change.keypath, change.new], ensure_ascii=False, default=str)


def record_extraction(state_dir: Path, changes: list[tuple[str, Change]], conflicts: list[Problem],
                      today: str | None = None) -> None:
    """Append first-seen corrections to the log and replace the conflict list (I/O edge)."""
    when = today or datetime.now(UTC).date().isoformat()
    log = state_dir / CORRECTIONS_LOG
    known = {_key(e["slug"], Change(e["keypath"], "", None, e["new"])) for e in read_log(state_dir)}
    lines = [json.dumps({"slug": slug, "keypath": c.keypath, "label": c.label, "old": c.old, "new": c.new,
                         "kind": c.kind, "seen": when}, ensure_ascii=False, default=str)
             for slug, c in changes if _key(slug, c) not in known]
    with contextlib.suppress(LagebildError):  # the log only annotates the review page
        if lines:
            previous = log.read_text(encoding="utf-8") if log.is_file() else ""
            atomic.write_text(log, previous + "".join(line + "\n" for line in lines))
        entries = [{"path": p.path, "line": p.line, "field": p.field or "", "message": p.message}
                   for p in conflicts]
        text = json.dumps(entries, ensure_ascii=False, indent=1) + "\n"
        if (entries or (state_dir / CONFLICTS_FILE).is_file()) and _text_of(state_dir / CONFLICTS_FILE) != text:
            # Unchanged, the file stays untouched: a build after an unchanged re-run has nothing to do.
            atomic.write_text(state_dir / CONFLICTS_FILE, text)


def _text_of(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def read_log(state_dir: Path) -> list[dict[str, Any]]:
    entries = []
    try:
        text = (state_dir / CORRECTIONS_LOG).read_text(encoding="utf-8")
    except OSError:
        return []
    for line in text.splitlines():
        with contextlib.suppress(ValueError):
            entry = json.loads(line)
            if isinstance(entry, dict) and {"slug", "keypath", "new"} <= set(entry):
                entries.append(entry)
    return entries


def open_conflicts(state_dir: Path) -> list[ConflictEntry]:
    try:
        data = json.loads((state_dir / CONFLICTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [ConflictEntry(str(e.get("path", "")), e.get("line"), str(e.get("field", "")), str(e.get("message", "")))
            for e in data if isinstance(e, dict)] if isinstance(data, list) else []


def corrections(corpus: Corpus, state_dir: Path, workers: int = 1) -> list[Correction]:
    """Every difference between a briefing and its base snapshot, newest first-seen first.

    With `workers` 2 the snapshots to read are read and compared on two cores (fork_pool).  A
    briefing's Correction objects are the same objects from build to build while its comparison
    and the log are (the incremental planner keys the Prüfliste's pages by them)."""
    log, seen = _seen_log(state_dir)
    folder = state_dir / BASE_FOLDER
    # Each snapshot's stat signature once per build, for the comparisons ahead and the answers both.
    # (paths joined as text and stat'ed with `os.stat`: pathlib costs more than the stat, per briefing)
    prefix = os.path.join(os.fspath(folder), "")
    bases = [(briefing, path, _base_signature(path)) for briefing in corpus.briefings
             for path in (f"{prefix}{briefing.slug}.md",)]
    if workers > 1:
        _compare_ahead(bases, workers)
    groups: dict[str, tuple[Correction, ...]] = {}
    for briefing, base_path, signature in bases:
        changes = _changes_since_base(briefing, base_path, signature)
        if not changes:
            continue
        kept = _made.get(briefing.slug)
        if kept is None or kept[0] is not changes or kept[1] != log:
            kept = (changes, log, tuple(Correction(briefing, change, seen.get(key, "")) for change, key in changes))
            _made[briefing.slug] = kept
        groups[briefing.slug] = kept[2]
    ordered = ordered_corrections(groups, _sorted[0] if _sorted else None)
    _sorted[:] = [(groups, ordered)]
    return list(ordered)


def _order_key(correction: Correction) -> tuple[str, str, str]:
    return (correction.seen or "9999", correction.briefing.slug, correction.change.keypath)


# Briefings whose corrections changed, up to which the last order is patched rather than sorted again.
PATCHED_AT_MOST = 16


def ordered_corrections(groups: dict[str, tuple[Correction, ...]],
                        last: tuple[dict[str, tuple[Correction, ...]], list[Correction]] | None) -> list[Correction]:
    """Every briefing's corrections (`groups`, in the briefings' order), newest first-seen first:
    `sorted(…, key=_order_key, reverse=True)` of them all.  With the last answer (its groups and
    order), the briefings whose correction objects are the same keep their places: only the others'
    leave and come in again at their keys (at 3,000 briefings ~45,000 corrections, one edited).
    Two corrections with equal keys belong to one briefing (the slug is in the key), which comes in
    whole, in the order the stable sort gives them."""
    if last is not None:
        old_groups, old_order = last
        changed = {slug for slug in groups.keys() | old_groups.keys() if groups.get(slug) is not old_groups.get(slug)}
        if not changed:
            return old_order  # the same correction objects (frozen): the same order
        if len(changed) <= PATCHED_AT_MOST:
            order = [c for c in old_order if c.briefing.slug not in changed] \
                if any(slug in old_groups for slug in changed) else list(old_order)
            for slug in sorted(changed):
                for correction in sorted(groups.get(slug, ()), key=_order_key, reverse=True):
                    key, low, high = _order_key(correction), 0, len(order)
                    while low < high:  # the first place whose key is smaller (the order descends)
                        middle = (low + high) // 2
                        if _order_key(order[middle]) >= key:
                            low = middle + 1
                        else:
                            high = middle
                    order.insert(low, correction)
            return order
    return sorted((c for found in groups.values() for c in found), key=_order_key, reverse=True)


# The last answer of `corrections`, each briefing's correction objects and their order: under `mkdocs
# serve` every rebuild asks again, and an edit leaves every other briefing's Correction objects as they were.
_sorted: list[tuple[dict[str, tuple[Correction, ...]], list[Correction]]] = []


# Briefing slug -> (the changes they were made from, the log's signature, the corrections); the
# changes tuple is the one `_compared` keeps for that briefing and snapshot, so identity suffices.
_made: dict[str, tuple[tuple[tuple[Change, str], ...], object, tuple[Correction, ...]]] = {}
# The corrections log's signature and what it says: key -> the day first seen.
_log: list[tuple[object, dict[str, str]]] = []


def _seen_log(state_dir: Path) -> tuple[object, dict[str, str]]:
    """The log's stat signature (with its path) and its first-seen days, read again when it changed."""
    path = state_dir / CORRECTIONS_LOG
    signature = (str(path), _base_signature(path))
    if _log and _log[0][0] == signature and signature[1] is not None:
        return _log[0]
    seen: dict[str, str] = {}
    for entry in read_log(state_dir):
        seen.setdefault(_key(entry["slug"], Change(entry["keypath"], "", None, entry["new"])),
                        str(entry.get("seen", "")))
    _log[:] = [(signature, seen)]
    return signature, seen


# Base snapshot path -> (its stat signature, the briefing compared, the changes found, the digest
# of the snapshot's bytes).  Under `mkdocs serve` every rebuild asks again for every briefing; a
# snapshot is rewritten only by `extract`, and the briefing store hands back the same Briefing
# object for an unchanged file, so both unchanged means the same answer (a base parse is ~2 ms,
# times every briefing).
Compared = tuple[tuple[int, int, int], Briefing, tuple[tuple[Change, str], ...], str]
_compared: dict[str, Compared] = {}
# Answers of an earlier process (the page cache, `resume_comparisons`): base path -> (the digest of
# the snapshot's bytes then, the briefing compared, the changes).  Trusted only for the very
# Briefing object the resumed briefing store hands back and a snapshot whose bytes digest alike:
# a base is read (cheap) but not parsed nor compared again.
Saved = tuple[str, Briefing, tuple[tuple[Change, str], ...]]
_saved: dict[str, Saved] = {}


def saved_comparisons(briefings: Iterable[Briefing]) -> dict[str, Saved]:
    """The answers about these briefing objects (a build's), to keep with the page cache in the same
    pickle as the briefing store, so the objects stay one; a later process resumes them with
    `resume_comparisons`."""
    ours = {id(briefing) for briefing in briefings}
    found = {path: (entry[3], entry[1], entry[2]) for path, entry in _compared.items()
             if id(entry[1]) in ours and entry[3]}
    found.update({path: entry for path, entry in _saved.items() if id(entry[1]) in ours and path not in found})
    return found


def resume_comparisons(saved: object) -> int:
    """Take an earlier process's answers (anything not shaped as `saved_comparisons` makes is left
    out: a damaged cache costs a comparison, never a wrong one).  Returns how many were taken."""
    if not isinstance(saved, dict):
        return 0
    taken = 0
    for path, entry in saved.items():
        if isinstance(path, str) and isinstance(entry, tuple) and len(entry) == 3 and isinstance(entry[0], str) \
                and entry[0] and isinstance(entry[1], Briefing) and isinstance(entry[2], tuple) \
                and all(isinstance(c, tuple) and len(c) == 2 and isinstance(c[0], Change) and isinstance(c[1], str)
                        for c in entry[2]):
            _saved[path] = entry
            taken += 1
    return taken


def _changes_since_base(briefing: Briefing, base_path: str | Path,
                        signature: tuple[int, int, int] | None) -> tuple[tuple[Change, str], ...]:
    """The changes, each with its key in the corrections log (`_key`); `signature`: the snapshot's
    `_base_signature`, taken before."""
    key = str(base_path)
    if signature is None:
        _compared.pop(key, None)
        return ()
    known = _known(key, signature, briefing)
    if known is not None:
        return known
    compared = _compare(briefing, base_path)
    if compared is None:
        return ()
    changes, digest = compared
    _compared[key] = (signature, briefing, changes, digest)
    return changes


def _known(key: str, signature: tuple[int, int, int], briefing: Briefing) -> tuple[tuple[Change, str], ...] | None:
    """The answer kept for this snapshot and briefing: this process's (same stat signature), or an
    earlier process's (same bytes), else None."""
    known = _compared.get(key)
    if known is not None and known[0] == signature and known[1] is briefing:
        return known[2]
    saved = _saved.pop(key, None)
    if saved is None or saved[1] is not briefing:
        return None
    try:
        data = Path(key).read_bytes()
    except OSError:
        return None
    if _digest(data) != saved[0] or _base_signature(Path(key)) != signature:
        return None  # rewritten since (or while being read): compared again
    _compared[key] = (signature, briefing, saved[2], saved[0])
    return saved[2]


def _base_signature(base_path: str | Path) -> tuple[int, int, int] | None:
    try:
        stat = os.stat(base_path)
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _compare(briefing: Briefing, base_path: str | Path) -> tuple[tuple[tuple[Change, str], ...], str] | None:
    """The briefing's changes since its snapshot, and the digest of the snapshot's bytes; None if
    the snapshot cannot be read."""
    try:
        data = Path(base_path).read_bytes()
        base, _ = parse_file(data.decode("utf-8"), str(base_path), briefing.slug)
    except (OSError, UnicodeDecodeError):
        return None
    changes = () if base is None else tuple((change, _key(briefing.slug, change)) for change in
                                            editor_changes(briefing_to_data(base), briefing_to_data(briefing)))
    return changes, _digest(data)


def compare_ahead(briefings: Iterable[Briefing], state_dir: Path, workers: int,
                  beside: Callable[[], object], child_share: float = 0.5) -> None:
    """Compare the briefings with their snapshots now, on `workers` processes, for `corrections`
    to find the answers later; `beside()` runs in this process meanwhile (always, exactly once).

    A full build has work of its own that needs only the briefings (the corpus): done beside
    the comparisons, it no longer waits for them or they for it.  `child_share`: the share of
    the comparisons the second process takes (more than half when `beside` is long)."""
    if not (state_dir / BASE_FOLDER).is_dir():
        beside()
        return
    bases = [(briefing, path, _base_signature(path)) for briefing in briefings
             for path in (state_dir / BASE_FOLDER / f"{briefing.slug}.md",)]
    _compare_ahead(bases, workers, beside, child_share)


def _compare_ahead(bases: Sequence[tuple[Briefing, str | Path, tuple[int, int, int] | None]], workers: int,
                   beside: Callable[[], object] | None = None, child_share: float = 0.5) -> None:
    """Fill `_compared` for every snapshot it has no answer for, on `workers` processes (each with
    its `_base_signature`)."""
    todo = []
    for briefing, base_path, signature in bases:
        if signature is not None and _known(str(base_path), signature, briefing) is None:
            todo.append((briefing, base_path, signature))
    if len(todo) < MIN_JOBS:
        if beside is not None:
            beside()
        return  # `_changes_since_base` compares them one by one
    answers = run_jobs([partial(_compare, briefing, base_path) for briefing, base_path, _ in todo], workers,
                       beside=beside, child_share=child_share)
    for (briefing, base_path, signature), compared in zip(todo, answers):
        if compared is not None:
            _compared[str(base_path)] = (signature, briefing, *compared)


def describe(fact: Fact) -> str:
    """A short, human name for a fact, whatever its kind."""
    for attribute in ("name", "text", "summary", "code"):
        value = getattr(fact, attribute, None)
        if isinstance(value, str) and value:
            return value if len(value) <= 80 else value[:79] + "…"
    value = getattr(fact, "value", None)
    return f"{value} {getattr(fact, 'unit', '')}".strip() if value is not None else fact.id


def show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(" ".join(str(v).split()) for v in value) or "—"
    return " ".join(str(value).split()) or "—"  # one table cell: no line breaks
