"""A throw-away copy of the project, built with `build.py` as a user would run it."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_3a99068f7abffe5f.txt"
SLUG = "000-3a99068f7abffe5f"  # the seed's briefing and page name
TODAY = "2026-01-02"
LEFTOVER_GLOBS = ("site.tmp-*", "site.old-*", "**/.lagebild-tmp-*")


def make_project(target: Path, seeds: list[Path] | None = None) -> Path:
    """mkdocs.yml, templates/, the alias file and the given seeds: the smallest buildable project."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", target / "templates")
    # mkdocs.yml names templates/overrides; git does not keep it while it is empty.
    (target / "templates" / "overrides").mkdir(exist_ok=True)
    (target / "seeds").mkdir()
    (target / "content").mkdir()
    aliases = ROOT / "content" / "actors.yml"
    if aliases.exists():
        shutil.copy(aliases, target / "content" / "actors.yml")
    for seed in seeds if seeds is not None else [SEED]:
        shutil.copy(seed, target / "seeds" / seed.name)
    return target


def run_build(project: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *args, "--today", TODAY], cwd=project,
                          capture_output=True, text=True, timeout=timeout)


def file_digests(folder: Path) -> dict[str, str]:
    """sha256 of every file under folder, by relative path (symlinks are not followed)."""
    if not folder.is_dir():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for name, value in file_digests(folder).items():
        digest.update(f"{name}\0{value}\n".encode())
    return digest.hexdigest()


def leftovers(project: Path) -> list[str]:
    found: list[str] = []
    for pattern in LEFTOVER_GLOBS:
        found += [str(p.relative_to(project)) for p in project.glob(pattern)]
    return sorted(found)
