"""Which folders a command may write, and where a content folder keeps its state.

The site folder is replaced as a whole on every build, so it must never be a
folder that holds anything else: not the project, not the editors' content,
seeds or templates, nor a folder above or inside one of them (``--site .``
or ``--site content`` would otherwise swap the whole project for a website).

Each content folder has its own state (base snapshots, corrections log):
two content folders side by side must not share what the merge believes
the machine wrote last.
"""

from __future__ import annotations

from pathlib import Path

from lagebild.errors import LagebildError, Problem

DEFAULT_CONTENT = "content"
STATE_DIR = ".lagebild"
# A site folder that exists and is not empty is replaced only when MkDocs built it.
SITE_SIGNATURE = ("index.html", "sitemap.xml")


class UsageError(LagebildError):
    """The command line asks for something that cannot be done safely (exit 2)."""

    exit_code = 2


def state_dir_for(content_dir: Path) -> Path:
    """The state folder of a content folder: ``.lagebild/`` beside ``content/``; any other
    folder name gets its own ``.lagebild/content-folders/<name>/``."""
    content_dir = content_dir.resolve()
    state = content_dir.parent / STATE_DIR
    if content_dir.name == DEFAULT_CONTENT:
        return state
    return state / "content-folders" / content_dir.name


def _overlaps(site: Path, protected: Path) -> bool:
    return site == protected or protected.is_relative_to(site) or site.is_relative_to(protected)


def _shown(folder: Path, root: Path) -> str:
    """The folder as the user sees it: relative to the project where it lies inside it."""
    try:
        return str(folder.absolute().relative_to(root.absolute())) or "."
    except ValueError:
        return str(folder)


def site_problem(site_dir: Path, root: Path, protected: dict[str, Path]) -> Problem | None:
    """Why the site may not be built into site_dir, or None when it may.

    ``protected`` names the folders whose files must survive (content, seeds, …).
    """
    site = site_dir.resolve()
    shown = _shown(site_dir, root)
    hint = "choose a folder of its own, such as --site site"
    if site == root.resolve() or root.resolve().is_relative_to(site):
        return Problem(shown, "refusing to build the site into the project folder or above it "
                              "(the build replaces the whole site folder)", hint=hint)
    for name, folder in protected.items():
        if _overlaps(site, folder.resolve()):
            return Problem(shown, f"refusing to build the site into, above or inside the {name} folder "
                                  f"{folder.name}/ (the build replaces the whole site folder)", hint=hint)
    if site_dir.exists() and not site_dir.is_symlink() and not site_dir.is_dir():
        return Problem(shown, "refusing to replace a file by the site", hint=hint)
    if site.is_dir() and not site.is_symlink() and any(site.iterdir()) and not all(
            (site / name).is_file() for name in SITE_SIGNATURE):
        return Problem(shown, "refusing to replace a folder that is not a built site (it has no "
                              f"{' and '.join(SITE_SIGNATURE)})", hint=f"{hint}, or empty the folder first")
    return None


def check_site_dir(site_dir: Path, root: Path, protected: dict[str, Path]) -> None:
    problem = site_problem(site_dir, root, protected)
    if problem is not None:
        raise UsageError(problem)


def content_problem(content_dir: Path, root: Path, others: dict[str, Path]) -> Problem | None:
    """Why briefings may not be written into content_dir, or None when they may.

    Not the project folder or above it (its state would land outside the project), and not
    the site, the seeds or the project's own folders (a build would replace or mix them)."""
    content = content_dir.resolve()
    shown = _shown(content_dir, root)
    hint = "choose a folder of its own, such as --content content"
    if content == root.resolve() or root.resolve().is_relative_to(content):
        return Problem(shown, "refusing to use the project folder or a folder above it as the content folder",
                       hint=hint)
    for name, folder in others.items():
        if _overlaps(content, folder.resolve()):
            return Problem(shown, f"refusing to use a folder in, above or inside the {name} folder "
                                  f"{folder.name}/ as the content folder", hint=hint)
    return None


def check_content_dir(content_dir: Path, root: Path, others: dict[str, Path]) -> None:
    problem = content_problem(content_dir, root, others)
    if problem is not None:
        raise UsageError(problem)
