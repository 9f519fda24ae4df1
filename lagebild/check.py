"""`build.py check`: every problem in content/, fast enough to run on every save."""

from __future__ import annotations

from pathlib import Path

from lagebild.content import load_content
from lagebild.errors import Problem


def check_content(content_dir: Path, root: Path) -> list[Problem]:
    content = load_content(content_dir, root)
    return content.problems
