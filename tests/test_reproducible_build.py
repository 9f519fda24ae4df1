"""Two builds of the same content write the same bytes, whatever Python's string hashing: everything that
reaches a file is ordered, never left in a set's or dict's hash order (one actor page listed "NATO, Nato"
in one build and "Nato, NATO" in the next)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "tests" / "fixtures" / "picture" / "content"


def _build(project: Path, hash_seed: str) -> dict[str, bytes]:
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copytree(CONTENT, project / "content")
    # one outlet writes the body in capitals: its page then lists spellings that differ only in case
    shouted = project / "content" / "briefings" / "ap-paris-summit.md"
    shouted.write_text(shouted.read_text(encoding="utf-8").replace("Kremlin", "KREMLIN"), encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "render", "--today", "2026-01-02"],
                            cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    return {str(path.relative_to(site)): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def test_builds_under_different_string_hashing_are_byte_identical(tmp_path: Path) -> None:
    first = _build(tmp_path / "one", "1")
    second = _build(tmp_path / "two", "4")  # seeds that order {"Kremlin", "KREMLIN"} differently
    assert first.keys() == second.keys()
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
