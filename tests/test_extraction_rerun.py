"""An unchanged extraction re-run takes the file text from the cache (no YAML written), and still
notices a changed seed and an editor's change, which it never overwrites."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from support.project import ROOT

from lagebild import extraction
from lagebild.briefing import frontmatter


def _project(tmp_path: Path) -> Path:
    """Two of the benchmark's invented articles as seeds."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate
    from benchmarks.run import make_project

    project = tmp_path / "project"
    make_project(project, generate(2))
    return project


def _extract(project: Path) -> extraction.ExtractionReport:
    return extraction.extract_folder(project / "seeds", project / "content", project, project / ".lagebild",
                                     project / "templates", jobs=1)


def _no_yaml_writing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: Any) -> str:
        raise AssertionError("an unchanged re-run wrote YAML")

    monkeypatch.setattr(frontmatter, "render", refuse)


def test_an_unchanged_rerun_writes_no_yaml_and_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path)
    first = _extract(project)
    assert first.written and not first.unchanged
    files = {p: p.read_bytes() for p in (project / "content" / "briefings").glob("*.md")}
    _no_yaml_writing(monkeypatch)
    again = _extract(project)
    assert not again.written and len(again.unchanged) == len(first.written)
    assert {p: p.read_bytes() for p in files} == files


def test_an_old_cache_entry_without_text_is_rendered_and_kept(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _extract(project)
    entries = sorted((project / ".lagebild" / "cache" / "extract").glob("*.json"))
    assert entries
    for entry in entries:  # as an older Lagebild wrote them: data and body only
        data = json.loads(entry.read_text(encoding="utf-8"))
        entry.write_text(json.dumps({"data": data["data"], "body": data["body"]}), encoding="utf-8")
    again = _extract(project)
    assert not again.written and not again.problems
    for entry in entries:
        data = json.loads(entry.read_text(encoding="utf-8"))
        assert data["renderer"] == extraction.renderer_version()
        assert data["text"] == frontmatter.render(data["data"], data["body"])


def test_a_cached_text_of_another_writer_is_not_trusted(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _extract(project)
    for entry in (project / ".lagebild" / "cache" / "extract").glob("*.json"):
        data = json.loads(entry.read_text(encoding="utf-8"))
        entry.write_text(json.dumps({**data, "text": "---\ntitle: stale\n---\n", "renderer": "another"}),
                         encoding="utf-8")
    again = _extract(project)
    assert not again.written and not again.problems  # rendered afresh: the same file text as before


def test_an_editors_change_and_a_changed_seed_are_noticed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path)
    _extract(project)
    briefings = sorted((project / "content" / "briefings").glob("*.md"))
    edited = briefings[0]
    text = edited.read_text(encoding="utf-8")
    assert "\ntitle: " in text
    edited.write_text(text.replace("\ntitle: ", "\ntitle: Redigiert ", 1), encoding="utf-8")
    seed = sorted((project / "seeds").glob("*.txt"))[1]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nEin weiterer Satz am Ende.\n", encoding="utf-8")
    again = _extract(project)
    assert "Redigiert" in edited.read_text(encoding="utf-8")  # the editor's change stays
    assert [Path(p).name for p in again.written] == [briefings[1].name]  # the changed seed's briefing
