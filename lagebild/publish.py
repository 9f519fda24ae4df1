"""What in content/ is published: pages and the asset types a page may show, nothing else.

MkDocs copies every file of its docs folder into the site.  An editor's
notes (``notizen.txt``), credentials (``secrets.yml``) or the backups that
editors and git leave behind (``x.md~``, ``x.md.orig``) would be published
verbatim.  So the site takes only the types listed here; `check` warns
about every other file with its path, and the build leaves it out.
"""

from __future__ import annotations

from pathlib import Path

from lagebild.errors import Problem
from lagebild.safe_read import is_regular

PAGE_SUFFIXES = frozenset({".md"})
ASSET_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf", ".css"})
# Read by the build, never published (MkDocs' exclude_docs leaves it out too).
CONFIG_FILES = frozenset({"actors.yml"})


def is_published(relative: str) -> bool:
    """Whether a file (path relative to content/, with '/') belongs in the site."""
    parts = relative.split("/")
    if not _utf8(relative):
        return False  # a name the site's URLs cannot carry
    if any(part.startswith(".") for part in parts):
        return False  # hidden files and folders: never part of the site
    suffix = Path(parts[-1]).suffix
    return suffix in PAGE_SUFFIXES or suffix.lower() in ASSET_SUFFIXES


def unpublished_files(content_dir: Path, shown_dir: str) -> list[Problem]:
    """A warning for every file in content/ the site leaves out (hidden files excepted)."""
    problems: list[Problem] = []
    if not content_dir.is_dir():
        return problems
    for path in sorted(content_dir.rglob("*")):
        relative = path.relative_to(content_dir).as_posix()
        if any(part.startswith(".") for part in relative.split("/")) or path.is_symlink() or path.is_dir():
            continue  # hidden: never published; symlinks: refused by their own check
        shown = f"{shown_dir}/{relative}"
        if not is_regular(path):
            if relative.startswith("briefings/") and path.suffix == ".md":
                continue  # a briefing: the content reader reports it as an error
            problems.append(Problem(shown, "is not a regular file (a pipe, device or socket): not published",
                                    severity="warning", hint="move it out of the content folder"))
        elif not _utf8(relative):
            problems.append(Problem(shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"),
                                    "file name is not valid UTF-8: not published", severity="warning",
                                    hint="rename the file"))
        elif not is_published(relative) and relative not in CONFIG_FILES:
            allowed = ", ".join(sorted(PAGE_SUFFIXES | ASSET_SUFFIXES))
            problems.append(Problem(shown, "not published: only pages and images are copied to the site "
                                           f"({allowed})", severity="warning",
                                    hint="move private notes and backups (x.md~, x.md.orig) out of the "
                                         "content folder"))
    return problems


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
