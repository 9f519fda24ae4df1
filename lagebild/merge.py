"""Deciding what a briefing file becomes when the extractor runs again.

Three inputs: the machine output of the last run (the *base*, kept under
``.lagebild/base/``), the file as the editor left it, and the fresh machine
output.  What the editor changed stays; what only the machine changed is
applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lagebild.article import decode, normalise
from lagebild.briefing_file import parse_file
from lagebild.errors import LagebildError, Problem


@dataclass
class MergeOutcome:
    text: str | None  # the new file text, or None to leave the file as it is
    conflicts: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def merge_file(target: Path, base_path: Path, machine_text: str, shown: str,
               force: bool = False) -> MergeOutcome:
    if not target.exists():
        return MergeOutcome(machine_text)
    editor_text, _ = normalise(decode(target.read_bytes(), shown), shown)
    _, problems = parse_file(editor_text, shown, target.stem)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        # Never "repair" an editor's broken file by regenerating it.
        raise LagebildError(errors)
    if not base_path.exists():
        warning = Problem(shown, "no base snapshot: the file is treated as the editor's and left as it is",
                          severity="warning", hint="run 'build.py extract --force' to replace it")
        return MergeOutcome(machine_text if force else None, warnings=[warning])
    base_text = base_path.read_text(encoding="utf-8")
    if editor_text == base_text:
        return MergeOutcome(None if machine_text == editor_text else machine_text)
    warning = Problem(shown, "edited by hand: left as the editor wrote it", severity="warning")
    return MergeOutcome(machine_text if force else None, warnings=[warning])
