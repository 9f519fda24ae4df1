"""`build.py check`: the warnings beyond the schema, each with path:line:field, and the exit code.

The briefing is the frozen extraction of the seed (tests/fixtures/merge/seed-briefing.md), so
these tests do not move with the extractor; the article is the real seed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lagebild.briefing import frontmatter
from lagebild.briefing.schema import read_briefing
from lagebild.check import check_briefing, check_content
from lagebild.errors import Problem
from lagebild.picture.corpus import Aliases

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "merge" / "seed-briefing.md"
SEED = ROOT / "seeds" / "000_3a99068f7abffe5f.txt"
SLUG = "000-3a99068f7abffe5f"
TEXT = FIXTURE.read_text(encoding="utf-8")
ARTICLE = SEED.read_text(encoding="utf-8")


def warnings(text: str, article: str | None = ARTICLE, aliases: Aliases | None = None) -> list[Problem]:
    document = frontmatter.parse(text, "b.md")
    briefing, problems = read_briefing(document, "b.md", SLUG)
    assert briefing is not None and not problems, problems
    return check_briefing(briefing, "b.md", document.line_of, article, aliases)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_the_extractors_own_output_has_no_warnings() -> None:
    assert warnings(TEXT) == []


def test_evidence_that_left_the_article_is_named_with_line_and_field() -> None:
    edited = TEXT.replace("  evidence: Der US-Sondergesandte Steve Witkoff bezeichnete",
                          "  evidence: Der US-Sondergesandte Steve Witkoff nannte", 1)
    (problem,) = warnings(edited)
    assert problem.severity == "warning" and problem.field == "persons[0].evidence"
    assert problem.line == line_of(edited, "  evidence: Der US-Sondergesandte Steve Witkoff nannte")
    assert str(problem).startswith(f"b.md:{problem.line}: warning: persons[0].evidence: evidence not found")


def test_evidence_compares_whitespace_and_nfc_normalised_and_checks_each_joined_part() -> None:
    # Line breaks and decomposed umlauts in the article do not count as a difference.
    import unicodedata

    reflowed = unicodedata.normalize("NFD", ARTICLE).replace(" Witkoff bezeichnete", "\n  Witkoff\tbezeichnete")
    assert warnings(TEXT, reflowed) == []
    # A reference date's evidence joins several sentences with " … ": every part must be there.
    text = TEXT.replace("gefolgt von einem weiteren Treffen der Staatschefs am 6. Jänner. … Rustem",
                        "gefolgt von einem weiteren Treffen der Staatschefs am 7. Jänner. … Rustem", 1)
    assert text != TEXT
    (problem,) = warnings(text)
    assert problem.field == "reference_date.evidence"
    assert "evidence part 1 of 3 not found in the article" in problem.message


def test_unknown_participants_and_speakers_but_not_surnames_codes_or_alias_file_names() -> None:
    text = TEXT.replace("  participants:\n  - Wladimir Putin\n",
                        "  participants:\n  - Wladimir Putin\n  - Putin\n  - RU\n  - Zelensky\n"
                        "  - Russland\n  - Emmanuel Macron\n", 1)
    text = text.replace("- speaker: Steve Witkoff\n  text: fruchtbar", "- speaker: Steve Witkof\n  text: fruchtbar", 1)
    aliases = Aliases(canonical={("person", "zelensky"): "Wolodymyr Selenskyj"})
    found = {p.field: p for p in warnings(text, aliases=aliases)}
    assert set(found) == {"events[4].participants[4]", "events[4].participants[5]", "quotes[0].speaker"}
    assert "write the country code 'RU'" in str(found["events[4].participants[4]"])
    assert "'Emmanuel Macron' is not an actor of this briefing" in str(found["events[4].participants[5]"])
    assert found["quotes[0].speaker"].line == line_of(text, "- speaker: Steve Witkof")
    # Without the alias file Zelensky is unknown too.
    assert "events[4].participants[3]" in {p.field for p in warnings(text)}


def test_dates_that_cannot_be_true_for_the_status() -> None:
    # The briefing's date is 2025-12-31 (reference date): a past meeting in February is not past.
    text = TEXT.replace("- date: '2025-12-15'\n  kind: meeting\n  status: past",
                        "- date: '2026-02-15'\n  kind: meeting\n  status: past", 1)
    text = text.replace("- date: '2026-01-06'\n  kind: meeting\n  status: planned",
                        "- date: 2025-11\n  kind: meeting\n  status: planned", 1)
    text = text.replace("- date: '2026-01-03'\n", "- date: '2026-01-02'\n", 1)  # within a few days: fine
    found = {p.field: p for p in warnings(text)}
    assert set(found) == {"events[3].date", "events[2].date"}
    assert "a past event dated 2026-02-15, 46 days after the briefing's date 2025-12-31" in str(found["events[3].date"])
    assert "status: planned" in str(found["events[3].date"])
    assert "a planned event dated 2025-11, 31 days before" in str(found["events[2].date"])
    assert found["events[2].date"].line == line_of(text, "- date: 2025-11")


def test_duplicates_of_persons_events_and_quotes() -> None:
    data = frontmatter.parse(TEXT, "b.md").data
    witkoff = {**data["persons"][0], "name": "steve  witkoff", "id": "p-twice"}
    event = {**data["events"][1], "id": "e-twice"}
    quote = {**data["quotes"][0], "speaker": "Witkoff", "id": "q-twice"}
    data["persons"].append(witkoff)
    data["events"].append(event)
    data["quotes"].append(quote)
    text = frontmatter.render(data, "")
    found = {p.field: str(p) for p in warnings(text)}
    assert set(found) == {"persons[11]", "events[5]", "quotes[3]"}
    assert re.search(r"b\.md:\d+: warning: persons\[11\]: the same as persons\[0\] \(line 1[0-9]\)",
                     found["persons[11]"])
    assert "the same as events[1]" in found["events[5]"] and "the same as quotes[0]" in found["quotes[3]"]


def test_rejected_facts_are_not_checked() -> None:
    text = TEXT.replace("  evidence: Der US-Sondergesandte Steve Witkoff bezeichnete das Gespräch als „fruchtbar“.\n"
                        "  review: extracted", "  evidence: Erfunden.\n  review: rejected", 1)
    assert "Erfunden." in text
    # Its evidence is not checked; where the rejected person is still named, the editor hears of it.
    found = warnings(text)
    assert {p.field for p in found} == {"events[0].participants[3]", "events[3].participants[1]",
                                        "quotes[0].speaker", "quotes[1].speaker"}
    assert all("'Steve Witkoff' is rejected in this briefing" in p.message or "'Witkoff' is rejected" in p.message
               for p in found)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "content" / "briefings").mkdir(parents=True)
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")  # marks the project folder for build.py
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    shutil.copy(ROOT / "content" / "actors.yml", tmp_path / "content" / "actors.yml")
    return tmp_path


def run_check(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "check"], cwd=project, capture_output=True,
                          text=True, timeout=60)


def test_check_exits_0_on_warnings_and_1_on_errors(project: Path) -> None:
    briefing = project / "content" / "briefings" / f"{SLUG}.md"
    briefing.write_text(TEXT.replace("- speaker: Steve Witkoff\n  text: fruchtbar",
                                     "- speaker: Steve Witkof\n  text: fruchtbar", 1), encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 0, result.stderr
    assert re.search(rf"content/briefings/{SLUG}\.md:\d+: warning: quotes\[0\]\.speaker: 'Steve Witkof'",
                     result.stderr)
    assert "checked: 0 errors, 1 warnings" in result.stderr
    (project / "content" / "actors.yml").write_text("persons: yes\n", encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 1
    assert "content/actors.yml:1: persons: expected a list" in result.stderr
    assert "checked: 1 errors, 1 warnings" in result.stderr


def test_a_missing_seed_skips_the_evidence_check(project: Path) -> None:
    (project / "content" / "briefings" / f"{SLUG}.md").write_text(
        TEXT.replace("  evidence: Der US-Sondergesandte Steve Witkoff bezeichnete", "  evidence: Witkoff nannte", 1),
        encoding="utf-8")
    assert len(check_content(project / "content", project, project / "seeds")) == 1
    (project / "seeds" / SEED.name).unlink()
    assert check_content(project / "content", project, project / "seeds") == []
