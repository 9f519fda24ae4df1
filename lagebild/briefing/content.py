"""Reading the editors' content folder: every briefing, validated, all problems at once."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lagebild import safe_read
from lagebild.article import decode, normalise
from lagebild.briefing import frontmatter
from lagebild.briefing.controls import control_problems
from lagebild.briefing.model import Briefing, slugify
from lagebild.briefing.schema import read_briefing
from lagebild.errors import LagebildError, Problem

BRIEFINGS_DIR = "briefings"
MAX_BRIEFING_BYTES = 5_000_000
# Names Windows cannot create as files (whatever the extension): a site built here must
# still check out there, so such slugs get a suffix.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


@dataclass
class Content:
    briefings: list[Briefing] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # slug -> (the file as shown, field path -> line): where `check` points its findings
    lines: dict[str, tuple[str, dict[str, int]]] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def display_path(path: Path, root: Path) -> str:
    """The path as the editor sees it: relative to the project, without following links."""
    absolute, base = str(path.absolute()), str(root.absolute())
    # What `relative_to` answers for a path below the root, without its object per call
    # (a serve rebuild names every briefing file: ~3,000 calls at 3,000 briefings).
    prefix = base if base.endswith(os.sep) else base + os.sep
    if absolute.startswith(prefix) and len(absolute) > len(prefix):
        return absolute[len(prefix):]
    try:
        return str(path.absolute().relative_to(root.absolute()))
    except ValueError:
        try:
            return str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            return str(path)


def page_slug(name: str) -> str:
    """The page address for a file stem or title: NFC, transliterated, never a reserved device name."""
    slug = slugify(unicodedata.normalize("NFC", name))
    return f"{slug}-1" if slug in _RESERVED else slug


def briefing_paths(content_dir: Path) -> list[Path]:
    folder = content_dir / BRIEFINGS_DIR
    if not folder.is_dir():
        return []
    # One folder: ordered by name, which is the paths' order, without comparing Path objects.
    return sorted((p for p in folder.iterdir() if p.suffix == ".md" and not p.name.startswith(".")),
                  key=lambda p: p.name)


def slug_for(path: Path) -> str:
    return page_slug(path.stem)


def outside_links(content_dir: Path, root: Path) -> list[Problem]:
    """Symlinks anywhere in content/: MkDocs would follow them and publish what they point at."""
    problems = []
    if content_dir.is_symlink():
        return [Problem(display_path(content_dir, root), "symlink refused",
                        hint="make content/ a real folder")]
    for path in sorted(map(Path, _links_below(str(content_dir)))):
        problems.append(Problem(display_path(path, root), "symlink refused",
                                hint="replace the link by a copy of the file"))
    return problems


def _links_below(folder: str) -> list[str]:
    """Every symlink below `folder`, as `Path.rglob('*')` would find them (a linked folder is named,
    never entered; an unreadable folder is skipped), from the folders' entries without a stat of each
    file (a serve rebuild looks at every briefing file)."""
    found, folders = [], [folder]
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_symlink():
                        found.append(entry.path)
                    elif entry.is_dir(follow_symlinks=False):
                        folders.append(entry.path)
        except OSError:
            continue
    return found


def read_briefing_file(path: Path, shown: str,
                       lines: dict[str, int] | None = None) -> tuple[Briefing | None, list[Problem]]:
    """One briefing file from disk; never raises for bad content, returns problems.

    `lines`, when given, receives the file line of every field."""
    if path.is_symlink():
        return None, []  # reported once by outside_links
    slug = slug_for(path)
    if path.stem != slug:
        # MkDocs derives the URL from the file name, our links from the slug: they must agree.
        return None, [Problem(shown, "file name is not a page address",
                              hint=f"rename it to {slug}.md (lower-case letters, digits and '-')")]
    if path.is_dir():
        return None, [Problem(shown, "is a folder, expected a briefing file", hint="move the folder away")]
    try:
        raw = safe_read.read_bytes(path, shown, MAX_BRIEFING_BYTES)
    except LagebildError as error:
        return None, error.problems
    except OSError as exc:
        return None, [Problem(shown, f"cannot read: {exc.strerror}")]
    if len(raw) > MAX_BRIEFING_BYTES:
        return None, [Problem(shown, f"too large ({path.stat().st_size} bytes, limit {MAX_BRIEFING_BYTES})",
                              hint="a briefing holds one article's facts; split it or remove pasted material")]
    try:
        text, cleaned = normalise(decode(raw, shown), shown)
    except LagebildError as error:
        return None, error.problems
    # In an editor's file an invisible character is a typo to fix, not noise to drop silently.
    problems = [Problem(p.path, "invisible control character", line=p.line,
                        hint="delete it (retype the line)") for p in cleaned]
    try:
        document = frontmatter.parse(text, shown)
    except LagebildError as error:
        return None, problems + error.problems
    if lines is not None:
        lines.update(document.lines)
    problems += control_problems(document.data, shown, document.line_of)
    briefing, parse_problems = read_briefing(document, shown, slug)
    return (None if problems else briefing), problems + parse_problems


# Reads one briefing file: (briefing or None, its problems, field -> line).
Reader = Callable[[Path, str], tuple[Briefing | None, list[Problem], dict[str, int]]]


def _read_file(path: Path, shown: str) -> tuple[Briefing | None, list[Problem], dict[str, int]]:
    lines: dict[str, int] = {}
    briefing, problems = read_briefing_file(path, shown, lines)
    return briefing, problems, lines


def load_content(content_dir: Path, root: Path | None = None, read: Reader = _read_file) -> Content:
    """Every briefing under content/briefings/, with every problem of every file.

    `read` parses one file; the serve-time store passes one that reuses unchanged files.
    """
    root = root or content_dir.parent
    content = Content()
    content.problems.extend(outside_links(content_dir, root))
    slugs: dict[str, str] = {}
    for path in briefing_paths(content_dir):
        shown = display_path(path, root)
        briefing, problems, lines = read(path, shown)
        content.problems.extend(problems)
        if briefing is None:
            continue
        if briefing.slug in slugs:
            content.problems.append(Problem(shown, f"same page address as {slugs[briefing.slug]}",
                                            hint="rename one of the two files"))
            continue
        slugs[briefing.slug] = shown
        content.lines[briefing.slug] = (shown, lines)
        content.briefings.append(briefing)
    return content
