"""The extractor never writes what `check` refuses: every article of every set, extracted then checked.

A real wire article that repeated one quote once made the extractor write two facts with
one id; `check` refused the file and no site was built.  This test runs the two commands a
user runs, `build.py extract` over one folder holding every article of the shared sets
(read from ../shared at run time, never copied into the repository) and of our own
blind sets in eval/, then `build.py check`,
and asserts that check finds no error.  It skips when the shared sets are not beside the
checkout.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout (CI, the main checkout); ../../shared for a worktree one level deeper.
SHARED_CANDIDATES = (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval")
SET_NAMES = ("dev", "real")
# Our own blind sets (invented articles, in the repository) are extracted and checked alongside.
OWN_SETS = sorted(path for path in (ROOT / "eval").glob("blind*") if (path / "articles").is_dir())
META_KEYS = ("published", "url", "outlet", "language")


def _shared() -> Path | None:
    return next((path for path in SHARED_CANDIDATES if all((path / s / "articles").is_dir() for s in SET_NAMES)),
                None)


def _seed_text(article: Path) -> str:
    """The article as a seed: what its .meta.yaml knows becomes front matter, as the scorer does."""
    meta_path = article.with_suffix(".meta.yaml")
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else None
    front = {key: meta[key] for key in META_KEYS if isinstance(meta, dict) and meta.get(key)}
    body = article.read_text(encoding="utf-8")
    if not front:
        return body
    return "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n" + body


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "build.py", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=900, check=False)


def test_every_shared_article_extracts_to_briefings_that_check_accepts(tmp_path: Path) -> None:
    shared = _shared()
    if shared is None:
        pytest.skip("the shared evaluation sets (../shared/eval) are not beside this checkout")
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    count = 0
    sets = [(name, shared / name) for name in SET_NAMES] + [(own.name, own) for own in OWN_SETS]
    for set_name, folder in sets:
        for article in sorted((folder / "articles").glob("*.txt")):
            # The set's name keeps two sets' articles of the same name apart.
            (seeds / f"{set_name}-{article.name}").write_text(_seed_text(article), encoding="utf-8")
            count += 1
    assert len(OWN_SETS) >= 2 and count > 0

    extracted = _run("extract", "--seeds", str(seeds), "--content", str(content))
    assert extracted.returncode == 0, extracted.stdout + extracted.stderr
    written = list((content / "briefings").glob("*.md"))
    assert len(written) == count, f"{len(written)} briefings for {count} articles:\n{extracted.stdout}"

    checked = _run("check", "--seeds", str(seeds), "--content", str(content))
    report = checked.stdout + checked.stderr
    assert checked.returncode == 0, report
    assert re.search(r"\bchecked: 0 errors\b", report), report
