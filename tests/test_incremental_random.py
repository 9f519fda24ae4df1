"""Random edit sequences on a small corpus: after every step the serve session's dirty rebuild
equals a fresh full build, byte for byte (hypothesis picks the edits, the briefings and the values)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.incremental import TODAY, Session, clean_build, differences, small_project

pytestmark = pytest.mark.slow

# title, role, verify and evidence change only text: the serve session keeps its corpus (corpus_patch)
KINDS = ("title", "role", "event month", "summary", "delete", "revive", "review", "verify", "evidence")


def _apply(project: Path, removed: Path, kind: str, which: int, value: int) -> None:
    folder = project / "content" / "briefings"
    files = sorted(folder.glob("*.md"))
    if kind == "revive":
        for gone in sorted(removed.glob("*.md"))[:1]:
            shutil.move(str(gone), folder / gone.name)
        return
    path = files[which % len(files)]
    if kind == "delete":
        if len(files) > 3:
            shutil.move(str(path), removed / path.name)
        return
    text = path.read_text(encoding="utf-8")
    if kind == "title":
        text = re.sub(r"^title: .*$", f"title: 'Titel {value}'", text, count=1, flags=re.MULTILINE)
    elif kind == "role":
        text = re.sub(r"^(  role: ).*$", rf"\g<1>Rolle {value}", text, count=1, flags=re.MULTILINE)
    elif kind == "event month":
        text = re.sub(r"^(- date: '\d{4})-\d\d", rf"\g<1>-{value % 12 + 1:02d}", text, count=1, flags=re.MULTILINE)
    elif kind == "summary":
        text = re.sub(r"^(  summary: ).*$", rf"\g<1>'Gespräch {value}'", text, count=1, flags=re.MULTILINE)
    elif kind == "verify":
        text = re.sub(r"^(  review: )extracted$", r"\g<1>verified", text, count=1 + value % 3, flags=re.MULTILINE)
    elif kind == "evidence":  # of the facts (the reference date's is a fixed word)
        head, facts = text.split("\npersons:\n", 1)
        facts = re.sub(r"^(  evidence: ).*$", rf"\g<1>'Beleg {value}.'", facts, count=1 + value % 2, flags=re.MULTILINE)
        text = f"{head}\npersons:\n{facts}"
    elif kind == "review":
        text = re.sub(r"^(  review: )extracted$", r"\g<1>rejected", text, count=1 + value % 3, flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 20), st.integers(0, 99)), min_size=3, max_size=3))
def test_random_edits_rebuild_to_the_clean_site(tmp_path_factory: pytest.TempPathFactory,
                                                monkeypatch: pytest.MonkeyPatch,
                                                steps: list[tuple[str, int, int]]) -> None:
    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")  # every kept page is rendered again and compared, too
    workdir = tmp_path_factory.mktemp("random")
    project = small_project(workdir / "project", 8)
    removed = workdir / "removed"
    removed.mkdir()
    session = Session(project, workdir / "site")
    session.build()
    for kind, which, value in steps:
        _apply(project, removed, kind, which, value)
        assert session.build()
        found = differences(workdir / "site", clean_build(project, workdir))
        assert not found, f"after {kind} of briefing {which} ({value}): {found[:10]}"
