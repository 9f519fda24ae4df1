"""A site builds with undated events: the briefing lists them 'ohne Datum', facts.json holds
`date: null`, the calendar leaves them out, and `check` accepts the briefing."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.support.project import make_project, run_build

# Invented: a meeting with no date expression, and a dated planned one.
ARTICLE = """---
published: 2026-03-18
language: de
---
Lindqvist trifft Kalns in Riga

Außenministerin Petra Lindqvist hat in Riga Gespräche mit Präsident Aivars Kalns geführt.
Am 24. März soll ein Treffen der beiden Regierungen in Vilnius stattfinden.
"""


def test_a_site_builds_with_undated_events(tmp_path: Path) -> None:
    seed = tmp_path / "seed" / "undated_events.txt"
    seed.parent.mkdir()
    seed.write_text(ARTICLE, encoding="utf-8")
    project = make_project(tmp_path / "project", [seed])
    built = run_build(project)
    assert built.returncode == 0, built.stderr
    briefing = next((project / "content" / "briefings").glob("*.md"))
    front = yaml.safe_load(briefing.read_text(encoding="utf-8").split("---")[1])
    dates = [e["date"] for e in front["events"]]
    assert None in dates and "2026-03-24" in dates
    checked = run_build(project, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    facts = json.loads((project / "site" / "data" / "facts.json").read_text(encoding="utf-8"))
    events = [e for b in facts["briefings"] for e in b["events"]]
    assert any(e["date"] is None for e in events)
    calendar = (project / "site" / "calendar.ics").read_text(encoding="utf-8")
    assert "20260324" in calendar and calendar.count("BEGIN:VEVENT") == 1
    page = (project / "site" / "briefings" / briefing.stem / "index.html").read_text(encoding="utf-8")
    assert "ohne Datum" in page
