"""Deciding what a briefing file becomes when the extractor runs again: a three-way merge.

Three inputs, all plain front-matter data as our reader returns it (every
scalar a string): the machine output of the last run (the *base*, kept under
``.lagebild/base/``), the file as the editor left it, and the fresh machine
output.  Field by field:

* the editor did not change it            -> the machine's new value;
* only the editor changed it              -> the editor's value;
* both changed it the same way            -> that value;
* both changed it differently             -> the editor's value, and a conflict
  (unless the key path is accepted for the machine, or ``force`` is given).

Facts are matched across the three by ``id``, then by what identifies them
(a person's name, a country's code, an event's date and kind, a quote's
text, a figure's value and unit).  A fact the editor deleted stays deleted;
a fact the editor added stays; a fact marked ``edited``, ``verified`` or
``rejected`` is the editor's and the machine never touches it again.  When
the editor changed a fact but left its review state alone, the fact becomes
``edited`` so that later runs leave it alone as well.

The core (``plan_merge``, ``editor_changes``) is a pure function of the three
data sets; ``merge_file`` is the I/O edge that reads, applies and verifies.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.article import decode, normalise
from lagebild.briefing import frontmatter
from lagebild.briefing.model import EDITOR_OWNED, FACT_LISTS
from lagebild.briefing.schema import read_briefing
from lagebild.briefing.yaml_roundtrip import DeleteKey, Edit, EditorFile, RebuildList, SetValue, apply_edits
from lagebild.errors import LagebildError, Problem


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()  # a key that is not there, as opposed to one set to null
Accept = Callable[[str], bool]
NOT_IDENTITY = ("review", "id")  # bookkeeping: changing these alone does not make a fact the editor's


@dataclass(frozen=True)
class Conflict:
    keypath: str  # stable: persons.<id>.role
    field: str  # where in the editor's file: persons[2].role
    base: Any
    editor: Any
    machine: Any


@dataclass(frozen=True)
class Change:
    """One thing an editor changed relative to the machine's output."""

    keypath: str
    label: str  # what the change is about, for people: "Steve Witkoff: role"
    old: Any
    new: Any
    kind: str = "changed"  # or "added", "deleted" (a whole fact)


@dataclass
class MergePlan:
    edits: list[Edit] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)  # the merged front matter


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.replace("-", " ").split())


def identity(list_name: str, item: dict[str, Any]) -> str | None:
    """What makes two facts the same fact when their ids differ."""
    def text(key: str) -> str:
        value = item.get(key)
        return _norm(value) if isinstance(value, str) else ""

    if list_name == "countries":
        key = text("code")
    elif list_name == "events":
        key = f"{text('date')}|{text('kind')}" if item.get("date") else ""
    elif list_name == "quotes":
        key = text("text")
    elif list_name == "figures":
        key = f"{text('value')}|{text('unit')}"
    else:
        key = text("name")
    return key or None


def _label(list_name: str, item: dict[str, Any]) -> str:
    for key in ("name", "text", "summary", "code", "value"):
        value = item.get(key)
        if isinstance(value, str) and value:
            return value if len(value) <= 60 else value[:59] + "…"
    return list_name


def _match(list_name: str, items: list[Any], base: list[Any]) -> dict[int, int]:
    """items index -> base index: by id first, then by identity among the unmatched."""
    pairs: dict[int, int] = {}
    by_id = {b.get("id"): j for j, b in enumerate(base) if isinstance(b, dict) and b.get("id")}
    for i, item in enumerate(items):
        if isinstance(item, dict) and item.get("id") in by_id:
            pairs[i] = by_id[item["id"]]
    taken = set(pairs.values())
    by_identity: dict[str, int] = {}
    for j, b in enumerate(base):
        key = identity(list_name, b) if isinstance(b, dict) and j not in taken else None
        if key is not None:
            by_identity.setdefault(key, j)
    for i, item in enumerate(items):
        if i in pairs or not isinstance(item, dict):
            continue
        key = identity(list_name, item)
        if key is not None and key in by_identity:
            pairs[i] = by_identity.pop(key)
    return pairs


class _Planner:
    def __init__(self, accept: Accept, force: bool) -> None:
        self.accept = accept
        self.force = force
        self.plan = MergePlan()

    def value(self, path: tuple[str | int, ...], keypath: str, b: Any, e: Any, m: Any,
              order: tuple[str, ...] = ()) -> Any:
        """Three-way merge of one value; returns the merged value (MISSING when absent)."""
        if isinstance(e, dict) and isinstance(m, dict) and e != m:
            base = b if isinstance(b, dict) else {}
            keys = list(e) + [k for k in m if k not in e]
            merged = {}
            for key in keys:
                result = self.value((*path, key), f"{keypath}.{key}", base.get(key, MISSING), e.get(key, MISSING),
                                    m.get(key, MISSING), tuple(m))
                if result is not MISSING:
                    merged[key] = result
            return merged
        if e == m or m == b:
            return e
        if e == b or self.accept(keypath):
            self._set(path, m, order)
            return m
        if self.force:
            self._set(path, m, order)
            return m
        self.plan.conflicts.append(Conflict(keypath, _field(path), b, e, m))
        return e

    def _set(self, path: tuple[str | int, ...], value: Any, order: tuple[str, ...]) -> None:
        if value is MISSING:
            self.plan.edits.append(DeleteKey(path))
        else:
            self.plan.edits.append(SetValue(path, value, order))

    def fact(self, path: tuple[str | int, ...], keypath: str, b: dict[str, Any], e: dict[str, Any],
             m: dict[str, Any] | None) -> dict[str, Any] | None:
        """One fact present in base and editor file; None when it should go."""
        owned = e.get("review") in EDITOR_OWNED
        changed = any(e.get(k, MISSING) != b.get(k, MISSING) for k in set(e) | set(b) if k not in NOT_IDENTITY)
        if m is None:
            if e == b:
                return None  # the machine dropped it and the editor never touched it
            merged = dict(e)
        elif owned:
            merged = dict(e)
            for key in m:  # only what the editor explicitly hands back to the machine
                if self.accept(f"{keypath}.{key}") and e.get(key, MISSING) != m[key]:
                    self._set((*path, key), m[key], tuple(m))
                    merged[key] = m[key]
        else:
            merged = self.value(path, keypath, b, e, m)
            if not isinstance(merged, dict):  # identical facts need no work
                merged = dict(e)
        if changed and not owned and merged.get("review") != "edited":
            # The editor changed what the fact says: from now on it is theirs.
            self._set((*path, "review"), "edited", tuple(m or e))
            merged["review"] = "edited"
        return merged

    def fact_list(self, name: str, b: Any, e: Any, m: Any) -> Any:
        if not all(isinstance(x, list) or x is None for x in (b, e, m)) or (e is None and b not in (None, [])):
            return self.value((name,), name, b, e, m)
        base, editor, machine = b or [], e or [], m or []
        editor_to_base = _match(name, editor, base)
        machine_to_base = _match(name, machine, base)
        base_to_machine = {j: i for i, j in machine_to_base.items()}
        items: list[int | dict[str, Any]] = []
        merged: list[Any] = []
        for i, item in enumerate(editor):
            j = editor_to_base.get(i)
            if j is None or not isinstance(item, dict):
                result = item
                if isinstance(item, dict) and item.get("review") in (None, "extracted"):
                    self._set((name, i, "review"), "edited", tuple(item))  # added by hand: the editor's
                    result = {**item, "review": "edited"}
            else:
                m_item = machine[base_to_machine[j]] if j in base_to_machine else None
                result = self.fact((name, i), f"{name}.{base[j].get('id') or j}", base[j], item, m_item)
            if result is not None:
                items.append(i)
                merged.append(result)
        known_ids = {x.get("id") for x in editor if isinstance(x, dict)} - {None}
        known = {identity(name, x) for x in editor if isinstance(x, dict)} - {None}
        for i, item in enumerate(machine):
            if i in machine_to_base or item.get("id") in known_ids or identity(name, item) in known:
                continue  # known to the base (kept, edited or deleted), or already in the editor's file
            items.append(dict(item))
            merged.append(item)
        if e is None and not machine:
            return e
        if items != list(range(len(editor))) or e is None:
            self.plan.edits.append(RebuildList((name,), tuple(items)))
        return merged


def _field(path: tuple[str | int, ...]) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def plan_merge(base: dict[str, Any], editor: dict[str, Any], machine: dict[str, Any],
               accept: Accept = lambda _: False, force: bool = False) -> MergePlan:
    """The edits that turn the editor's front matter into the merged one (pure)."""
    planner = _Planner(accept, force)
    merged: dict[str, Any] = {}
    order = tuple(machine)
    for key in list(editor) + [k for k in machine if k not in editor]:
        b, e, m = base.get(key, MISSING), editor.get(key, MISSING), machine.get(key, MISSING)
        if key in FACT_LISTS:
            result = planner.fact_list(key, None if b is MISSING else b, None if e is MISSING else e,
                                       None if m is MISSING else m) if e is not MISSING else e
            if e is MISSING and m is not MISSING and b is MISSING:
                result = planner.value((key,), key, b, e, m, order)
        elif key == "reference_date" and isinstance(e, dict) and isinstance(b, dict):
            result = planner.fact((key,), key, b, e, m if isinstance(m, dict) else None)
            if result is None:
                planner.plan.edits.append(DeleteKey((key,)))
                result = MISSING
        else:
            result = planner.value((key,), key, b, e, m, order)
        if (result is not MISSING and result is not None) or (result is None and e is not MISSING):
            merged[key] = result
    planner.plan.data = merged
    return planner.plan


def editor_changes(base: dict[str, Any], editor: dict[str, Any]) -> list[Change]:
    """What the editor's file says differently from the machine's last output (pure)."""
    changes: list[Change] = []
    for key in list(base) + [k for k in editor if k not in base]:
        b, e = base.get(key, MISSING), editor.get(key, MISSING)
        if key in FACT_LISTS and isinstance(b, list | None) and isinstance(e, list | None):
            changes += _list_changes(key, b or [], e or [])
        elif isinstance(b, dict) and isinstance(e, dict):
            for sub in list(b) + [k for k in e if k not in b]:
                if sub != "review" and b.get(sub, MISSING) != e.get(sub, MISSING):
                    changes.append(Change(f"{key}.{sub}", f"{key}: {sub}", b.get(sub), e.get(sub)))
        elif b != e:
            changes.append(Change(key, key, None if b is MISSING else b, None if e is MISSING else e))
    return changes


def _list_changes(name: str, base: list[Any], editor: list[Any]) -> list[Change]:
    changes = []
    pairs = _match(name, editor, base)
    for i, item in enumerate(editor):
        if not isinstance(item, dict):
            continue
        j = pairs.get(i)
        if j is None:
            # Keyed by what identifies it: an added fact's id may be missing or derived.
            changes.append(Change(f"{name}.new:{identity(name, item) or i}", _label(name, item), None, None, "added"))
            continue
        old = base[j]
        for key in list(old) + [k for k in item if k not in old]:
            if key not in ("id", "review") and old.get(key, MISSING) != item.get(key, MISSING):
                changes.append(Change(f"{name}.{old.get('id') or j}.{key}", f"{_label(name, old)}: {key}",
                                      old.get(key), item.get(key)))
        if item.get("review") == "rejected" and old.get("review") != "rejected":
            changes.append(Change(f"{name}.{old.get('id') or j}.review", f"{_label(name, old)}: review",
                                  old.get("review"), "rejected"))
    for j in sorted(set(range(len(base))) - set(pairs.values())):
        if isinstance(base[j], dict):
            changes.append(Change(f"{name}.{base[j].get('id') or j}", _label(name, base[j]), None, None, "deleted"))
    return changes


@dataclass
class MergeOutcome:
    text: str | None  # the new file text, or None to leave the file as it is
    conflicts: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)  # what the editor changed, for the corrections log
    adopt_base: bool = True  # False: keep the old base, so the same conflict is found again


def _data(text: str, path: str) -> dict[str, Any]:
    return frontmatter.parse(text, path).data


def merge_file(target: Path, base_path: Path, machine_text: str, shown: str, force: bool = False,
               accept: Accept = lambda _: False, rebase: bool = False) -> MergeOutcome:
    """Merge the fresh machine output into the editor's file on disk (reads; the caller writes)."""
    # The reader puts every file in NFC; compare like with like, or an NFD value never settles.
    machine_text = unicodedata.normalize("NFC", machine_text)
    if not target.exists():
        return MergeOutcome(machine_text)
    raw = decode(target.read_bytes(), shown)
    editor_text, _ = normalise(raw, shown)
    document = frontmatter.parse(editor_text, shown)  # raises with path:line on broken YAML
    _, problems = read_briefing(document, shown, target.stem)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise LagebildError(errors)  # never "repair" an editor's broken file by regenerating it
    base_text = None
    if base_path.is_file():
        try:
            base_text = unicodedata.normalize("NFC", base_path.read_text(encoding="utf-8"))
            base = _data(base_text, str(base_path))
        except (LagebildError, OSError, UnicodeDecodeError):
            base_text = None
    if base_text is None:
        if editor_text == machine_text or rebase:
            return MergeOutcome(None)  # adopt: from now on differences to this base are the editor's
        return MergeOutcome(None, adopt_base=False, warnings=[Problem(
            shown, "no base snapshot: treated as the editor's and left as it is", severity="warning",
            hint="run 'build.py extract --rebase' to adopt it (then only new machine changes are merged)")])
    editor, machine = document.data, _data(machine_text, shown)
    plan = plan_merge(base, editor, machine, accept, force)
    outcome = MergeOutcome(None, changes=editor_changes(base, editor))
    if plan.conflicts:
        outcome.conflicts = [_conflict_problem(shown, c, editor_text) for c in plan.conflicts]
        outcome.adopt_base = False
        return outcome
    parts = EditorFile.split(editor_text, shown)
    base_body = EditorFile.split(base_text, str(base_path)).body
    machine_body = EditorFile.split(machine_text, shown).body
    # The body is the machine's only while the editor has never touched it.
    body = machine_body if parts.body == base_body else None
    if not plan.edits and body in (None, parts.body):
        return outcome
    new_text = parts.join(apply_edits(parts.front_matter, plan.edits, shown), body)
    if _data(new_text, shown) != plan.data:
        # A safety net, not a code path: never write a file that does not read back as planned.
        raise LagebildError(Problem(shown, "merged file would not read back as planned: left as it is",
                                    hint="report this with the file; edit the changed fields by hand"))
    if "\r\n" in raw:
        new_text = new_text.replace("\n", "\r\n")
    outcome.text = new_text
    return outcome


def _conflict_problem(shown: str, conflict: Conflict, editor_text: str) -> Problem:
    line = None
    with contextlib.suppress(LagebildError):
        line = frontmatter.parse(editor_text, shown).line_of(conflict.field)
    return Problem(shown, f"conflict: you wrote {_show(conflict.editor)}, the extractor now finds "
                          f"{_show(conflict.machine)} (was {_show(conflict.base)})", line=line,
                   field=conflict.field,
                   hint=f"your value is kept; to take the extractor's: --accept-machine '{conflict.keypath}', "
                        "or set the fact's review to 'verified' to keep yours for good")


def _show(value: Any) -> str:
    if value is MISSING:
        return "nothing (deleted)"
    return "null" if value is None else repr(value)


def accept_rule(patterns: tuple[str, ...], slug: str) -> Accept:
    """Which key paths of one briefing take the machine's value: 'persons.<id>.role' or '<slug>:…'."""
    paths = []
    for pattern in patterns:
        scope, _, keypath = pattern.rpartition(":")
        if not scope or scope == slug:
            paths.append(keypath)
    return lambda keypath: any(keypath == p or keypath.startswith(p + ".") for p in paths)
