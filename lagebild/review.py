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
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lagebild import atomic
from lagebild.briefing.briefing_file import parse_file
from lagebild.briefing.merge import Change, editor_changes
from lagebild.briefing.model import Briefing, Fact
from lagebild.briefing.schema import briefing_to_data
from lagebild.errors import LagebildError, Problem
from lagebild.picture.corpus import Corpus

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


def corrections(corpus: Corpus, state_dir: Path) -> list[Correction]:
    """Every difference between a briefing and its base snapshot, newest first-seen first."""
    seen: dict[str, str] = {}
    for entry in read_log(state_dir):
        seen.setdefault(_key(entry["slug"], Change(entry["keypath"], "", None, entry["new"])),
                        str(entry.get("seen", "")))
    found = []
    for briefing in corpus.briefings:
        for change, key in _changes_since_base(briefing, state_dir / BASE_FOLDER / f"{briefing.slug}.md"):
            found.append(Correction(briefing, change, seen.get(key, "")))
    return sorted(found, key=lambda c: (c.seen or "9999", c.briefing.slug, c.change.keypath), reverse=True)


# Base snapshot path -> (its stat signature, the briefing compared, the changes found).  Under
# `mkdocs serve` every rebuild asks again for every briefing; a snapshot is rewritten only by
# `extract`, and the briefing store hands back the same Briefing object for an unchanged file, so
# both unchanged means the same answer (a base parse is ~2 ms, times every briefing).
_compared: dict[str, tuple[tuple[int, int, int], Briefing, tuple[tuple[Change, str], ...]]] = {}


def _changes_since_base(briefing: Briefing, base_path: Path) -> tuple[tuple[Change, str], ...]:
    """The changes, each with its key in the corrections log (`_key`)."""
    key = str(base_path)
    try:
        stat = base_path.stat()
    except OSError:
        _compared.pop(key, None)
        return ()
    signature = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    known = _compared.get(key)
    if known is not None and known[0] == signature and known[1] is briefing:
        return known[2]
    try:
        base, _ = parse_file(base_path.read_text(encoding="utf-8"), str(base_path), briefing.slug)
    except (OSError, UnicodeDecodeError):
        return ()
    changes = () if base is None else tuple((change, _key(briefing.slug, change)) for change in
                                            editor_changes(briefing_to_data(base), briefing_to_data(briefing)))
    _compared[key] = (signature, briefing, changes)
    return changes


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
