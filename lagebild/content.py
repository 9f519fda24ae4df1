"""Reading the editors' content folder: every briefing, validated, all problems at once."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.article import decode, normalise
from lagebild.briefing_file import parse_file
from lagebild.errors import LagebildError, Problem
from lagebild.model import Briefing, slugify

BRIEFINGS_DIR = "briefings"
MAX_BRIEFING_BYTES = 5_000_000


@dataclass
class Content:
    briefings: list[Briefing] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def display_path(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def briefing_paths(content_dir: Path) -> list[Path]:
    folder = content_dir / BRIEFINGS_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".md" and not p.name.startswith("."))


def slug_for(path: Path) -> str:
    return slugify(unicodedata.normalize("NFC", path.stem))


def read_briefing_file(path: Path, shown: str) -> tuple[Briefing | None, list[Problem]]:
    """One briefing file from disk; never raises for bad content, returns problems."""
    if path.is_symlink():
        return None, [Problem(shown, "symlink refused", hint="replace the link by the file itself")]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, f"cannot read: {exc.strerror}")]
    if len(raw) > MAX_BRIEFING_BYTES:
        return None, [Problem(shown, f"too large ({len(raw)} bytes, limit {MAX_BRIEFING_BYTES})")]
    try:
        text, warnings = normalise(decode(raw, shown), shown)
    except LagebildError as error:
        return None, error.problems
    briefing, problems = parse_file(text, shown, slug_for(path))
    return briefing, warnings + problems


def load_content(content_dir: Path, root: Path | None = None) -> Content:
    """Every briefing under content/briefings/, with every problem of every file."""
    root = root or content_dir.parent
    content = Content()
    slugs: dict[str, str] = {}
    for path in briefing_paths(content_dir):
        shown = display_path(path, root)
        briefing, problems = read_briefing_file(path, shown)
        content.problems.extend(problems)
        if briefing is None:
            continue
        if briefing.slug in slugs:
            content.problems.append(Problem(shown, f"same page address as {slugs[briefing.slug]}",
                                            hint="rename one of the two files"))
            continue
        slugs[briefing.slug] = shown
        content.briefings.append(briefing)
    return content
