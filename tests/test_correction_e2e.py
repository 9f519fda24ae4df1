"""One correction, every page: an editor fixes a role and a date in the briefing file, rebuilds,
and sees the new value wherever the fact is shown — and never the old one.

A real project in a temporary folder, the real seed extracted by `build.py`, real HTML read back.
The person and the event to correct are picked from what the extractor wrote (a person whose role
the article never spells out as such, a planned, dated event), so the test does not move with
the extractor's wording.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from support.pages import read_page
from support.project import SLUG, TODAY, make_project, run_build

from lagebild.briefing import frontmatter
from lagebild.i18n import format_date

NEW_ROLE = "Sonderbeauftragter des Weißen Hauses"


def text_of(path: Path) -> str:
    return " ".join("".join(read_page(path).chunks).split())


def facts_json(project: Path) -> dict[str, Any]:
    data = json.loads((project / "site" / "data" / "facts.json").read_text(encoding="utf-8"))
    return next(b for b in data["briefings"] if b["slug"] == SLUG)


def replace_in_block(text: str, fact_id: str, key: str, old: str, new: str) -> str:
    """Set one key of the YAML entry whose id is fact_id, as an editor would: change that line only."""
    end = text.index(f"  id: {fact_id}\n")
    start = text.rindex("\n- ", 0, end)
    block, count = re.subn(rf"(?m)^(- |  ){key}: {re.escape(old)}$", lambda m: f"{m.group(1)}{key}: {new}",
                           text[start:end])
    assert count == 1, (key, old, text[start:end])
    return text[:start] + block + text[end:]


@pytest.fixture(scope="module")
def corrected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    project = make_project(tmp_path_factory.mktemp("correction") / "p")
    first = run_build(project, "--today", TODAY)
    assert first.returncode == 0, first.stderr
    path = project / "content" / "briefings" / f"{SLUG}.md"
    original = path.read_text(encoding="utf-8")
    data = frontmatter.parse(original, "x.md").data
    article = next((project / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    roles = [p["role"] for p in data["persons"] if p.get("role")]
    person = next(p for p in data["persons"] if p.get("role") and roles.count(p["role"]) == 1
                  and p["role"] not in article and p["role"] not in data["title"])
    event = next(e for e in data["events"] if e["status"] == "planned" and e.get("date") and len(e["date"]) == 10
                 and e["date"] > TODAY)
    new_date = (date.fromisoformat(event["date"]) + timedelta(days=2)).isoformat()
    assert new_date not in {e.get("date") for e in data["events"]}
    before = {"briefing": text_of(project / "site" / "briefings" / SLUG / "index.html"),
              "facts": facts_json(project)}
    edited = replace_in_block(original, person["id"], "role", person["role"], NEW_ROLE)
    edited = replace_in_block(edited, event["id"], "date", f"'{event['date']}'", f"'{new_date}'")
    path.write_text(edited, encoding="utf-8")
    checked = run_build(project, "check")
    rebuilt = run_build(project, "--today", TODAY)  # extraction (the merge keeps the edit), then the site
    return {"project": project, "path": path, "person": person, "event": event, "new_date": new_date,
            "before": before, "checked": checked, "rebuilt": rebuilt}


def test_the_fact_was_shown_before_the_correction(corrected: dict[str, Any]) -> None:
    old_role = corrected["person"]["role"]
    assert old_role in corrected["before"]["briefing"]
    assert any(p["role"] == old_role for p in corrected["before"]["facts"]["persons"])


def test_check_and_rebuild_succeed(corrected: dict[str, Any]) -> None:
    assert corrected["checked"].returncode == 0, corrected["checked"].stderr
    assert "0 errors" in corrected["checked"].stderr
    assert corrected["rebuilt"].returncode == 0, corrected["rebuilt"].stderr


def test_new_role_on_the_briefing_page_the_actor_page_and_in_facts_json(corrected: dict[str, Any]) -> None:
    project, person = corrected["project"], corrected["person"]
    old_role = person["role"]
    briefing = text_of(project / "site" / "briefings" / SLUG / "index.html")
    facts = facts_json(project)
    (actor_url,) = [a["url"] for a in json.loads((project / "site" / "data" / "facts.json").read_text())["actors"]
                    if a["kind"] == "person" and a["name"] == person["name"]]
    actor = text_of(project / "site" / actor_url / "index.html")
    for page in (briefing, actor):
        assert NEW_ROLE in page
        assert old_role not in page
    (entry,) = [p for p in facts["persons"] if p["name"] == person["name"]]
    assert entry["role"] == NEW_ROLE
    assert old_role not in json.dumps(facts, ensure_ascii=False)


def test_new_date_on_the_timeline_in_calendar_ics_and_facts_json(corrected: dict[str, Any]) -> None:
    project, event, new_date = corrected["project"], corrected["event"], corrected["new_date"]
    timeline = text_of(project / "site" / "timeline" / "index.html")
    assert format_date(new_date, "de") in timeline
    assert format_date(event["date"], "de") not in timeline
    calendar = (project / "site" / "calendar.ics").read_text(encoding="utf-8")
    assert f"DTSTART;VALUE=DATE:{new_date.replace('-', '')}" in calendar
    assert f"DTSTART;VALUE=DATE:{event['date'].replace('-', '')}" not in calendar
    (entry,) = [e for e in facts_json(project)["events"] if e["id"] == event["id"]]
    assert entry["date"] == new_date


def test_reextraction_keeps_both_edits_and_marks_them_edited(corrected: dict[str, Any]) -> None:
    project, path = corrected["project"], corrected["path"]
    again = run_build(project, "extract")  # a second re-extraction: still the editor's values
    assert again.returncode == 0, again.stderr
    data = frontmatter.parse(path.read_text(encoding="utf-8"), "x.md").data
    person = next(p for p in data["persons"] if p["id"] == corrected["person"]["id"])
    event = next(e for e in data["events"] if e["id"] == corrected["event"]["id"])
    assert (person["role"], person["review"]) == (NEW_ROLE, "edited")
    assert (event["date"], event["review"]) == (corrected["new_date"], "edited")


def test_review_page_logs_old_and_new(corrected: dict[str, Any]) -> None:
    project, person, event = corrected["project"], corrected["person"], corrected["event"]
    review = text_of(project / "site" / "review" / "corrections" / "index.html")
    corrections = review.split("Korrekturen", 1)[1]
    assert re.search(rf"{re.escape(person['name'])}: role {re.escape(person['role'])} {re.escape(NEW_ROLE)}",
                     corrections), corrections
    assert f"date {event['date']} {corrected['new_date']}" in corrections


def test_a_briefing_whose_seed_is_gone_is_reported_and_kept(tmp_path: Path) -> None:
    """The orphan check looks where the base snapshots are kept: .lagebild/ beside the content folder,
    which is not the project's own .lagebild/ when extracting into another folder."""
    project = make_project(tmp_path / "p")
    args = ("extract", "--content", "elsewhere/content")
    assert run_build(project, *args).returncode == 0
    assert (project / "elsewhere" / ".lagebild" / "base" / "briefings" / f"{SLUG}.md").is_file()
    next((project / "seeds").glob("*.txt")).unlink()
    result = run_build(project, *args)
    assert result.returncode == 0, result.stderr
    assert f"elsewhere/content/briefings/{SLUG}.md: warning: orphaned (seed missing): kept as it is" in result.stderr
    assert (project / "elsewhere" / "content" / "briefings" / f"{SLUG}.md").is_file()
