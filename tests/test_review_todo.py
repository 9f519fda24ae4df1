"""The Prüfliste as a to-do list: guessed fields named, evidence checked against the article,
one page per kind of task (newest briefing first, split into pages), the corrections log apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.pages import read_page
from support.project import SLUG, TODAY, make_project, run_build

from lagebild.briefing.model import Briefing, Event, Person, ReferenceDate, SourceInfo
from lagebild.picture.corpus import Corpus
from lagebild.site import todo


def text_of(path: Path) -> str:
    return " ".join("".join(read_page(path).chunks).split())


def test_the_guessed_field_is_the_one_its_evidence_does_not_state() -> None:
    resolved = Event(id="e-1", date="2026-01-07", kind="meeting", participants=("Steve Witkoff",),
                     evidence="Witkoff trifft sich am Mittwoch mit Vertretern der Koalition.", review="guessed")
    assert todo.guessed_fields(resolved) == ("date",)
    dated = Event(id="e-2", date="2026-01-03", kind="meeting", participants=("Steve Witkoff", "UA"),
                  place="Kiew", evidence="Am 3. Jänner trifft Witkoff in Kiew ukrainische Vertreter.",
                  review="guessed")
    assert todo.guessed_fields(dated) == ()
    joined = Event(id="e-3", date="2026-01-03", participants=("Donald Trump", "Kyrylo Budanow"),
                   evidence="On 3 January Trump will meet Zelensky.", review="guessed")
    assert todo.guessed_fields(joined) == ("participants",)
    person = Person(id="p-1", name="Pedro Sánchez", role="Ministerpräsident", country="ES",
                    evidence="Der Ministerpräsident Sánchez sagte, man werde helfen.", review="guessed")
    assert todo.guessed_fields(person) == ("country",)
    english = Person(id="p-2", name="Rustem Umerov", role="security chief", country="UA",
                     evidence="Ukrainian security chief Rustem Umerov met Witkoff.", review="guessed")
    assert todo.guessed_fields(english) == ()
    assert todo.guessed_fields(ReferenceDate(date="2025-12-31", review="guessed")) == ("date",)


def _briefing(number: int) -> Briefing:
    day = f"2025-12-{number:02d}"
    return Briefing(slug=f"b{number:02d}", title=f"B {number}", language="de", published=day,
                    source=SourceInfo(file=f"b{number}.txt"),
                    events=(Event(id=f"e-{number}", date=day, evidence="Am Mittwoch.", review="guessed"),))


def test_each_list_is_newest_first_and_split_into_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(todo, "PAGE_SIZE", 4)
    pages = {path: context for path, _, context in todo.review_pages(Corpus([_briefing(n) for n in range(1, 11)]),
                                                                         None)}
    assert [p for p in pages if p.startswith("review/guessed")] == [
        "review/guessed.md", "review/guessed-2.md", "review/guessed-3.md"]
    first = pages["review/guessed.md"]
    assert [t.briefing.slug for t in first["items"]] == ["b10", "b09", "b08", "b07"]
    assert first["pager"]["next"] == "review/guessed-2.md" and first["pager"]["previous"] is None
    assert [t.briefing.slug for t in pages["review/guessed-3.md"]["items"]] == ["b02", "b01"]
    assert pages["review/index.md"]["counts"]["guessed"] == 10


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed extracted, then an editor's evidence that is not the article's, and a corrected role."""
    project = make_project(tmp_path_factory.mktemp("review") / "p")
    assert run_build(project, "--today", TODAY).returncode == 0
    path = project / "content" / "briefings" / f"{SLUG}.md"
    text = path.read_text(encoding="utf-8")
    first_evidence = re.search(r"(?m)^  evidence: (.+)$", text)
    assert first_evidence
    text = text.replace(first_evidence.group(0), "  evidence: Ein Satz, den es im Artikel nicht gibt.", 1)
    path.write_text(text, encoding="utf-8")
    result = run_build(project, "render", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_the_review_start_page_counts_the_open_tasks_and_links_each_list(reviewed: Path) -> None:
    start = read_page(reviewed / "review" / "index.html")
    for name in ("conflicts", "guessed", "evidence", "corrections"):
        assert f"{name}/" in " ".join(start.links), name
        assert (reviewed / "review" / name / "index.html").is_file()
    assert re.search(r"Belege 1 ", text_of(reviewed / "review" / "index.html"))


def test_evidence_not_in_the_article_is_a_task(reviewed: Path) -> None:
    text = text_of(reviewed / "review" / "evidence" / "index.html")
    assert "evidence not found in the article" in text and "Ein Satz, den es im Artikel nicht gibt" in text


def test_guessed_facts_name_their_guessed_field(reviewed: Path) -> None:
    text = text_of(reviewed / "review" / "guessed" / "index.html")
    assert "Bezugsdatum" in text and "Geschätzt" in text
    assert re.search(r"\b(date|participants|country|role|place)\b", text)


def test_the_corrections_log_has_its_own_page(reviewed: Path) -> None:
    log = text_of(reviewed / "review" / "corrections" / "index.html")
    assert "Korrekturen (1)" in log and "evidence" in log
    assert "Korrekturen" not in text_of(reviewed / "review" / "guessed" / "index.html")
