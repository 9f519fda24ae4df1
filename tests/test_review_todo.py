"""The Prüfliste as a to-do list: guessed fields named, evidence checked against the article,
one page per kind of task (newest briefing first, split into pages), the corrections log apart."""

from __future__ import annotations

import dataclasses
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


def _month_briefing(number: int, month: str, guesses: int = 1) -> Briefing:
    day = f"{month}-{1 + number % 28:02d}"
    return Briefing(slug=f"m{number:03d}", title=f"M {number}", language="de", published=day,
                    source=SourceInfo(file=f"m{number}.txt"),
                    events=tuple(Event(id=f"e-{number}-{n}", date=day, evidence="Am Mittwoch.", review="guessed")
                                 for n in range(guesses)))


def test_a_short_list_stays_whole_on_its_own_page() -> None:
    pages = {path: context for path, _, context in todo.review_pages(Corpus([_briefing(n) for n in range(1, 11)]),
                                                                         None)}
    assert [p for p in pages if p.startswith("review/guessed")] == ["review/guessed.md"]
    assert [t.briefing.slug for t in pages["review/guessed.md"]["items"]][:3] == ["b10", "b09", "b08"]
    assert pages["review/guessed.md"]["count"] == 10 and pages["review/index.md"]["counts"]["guessed"] == 10


def test_a_long_list_is_cut_by_month_newest_first_each_page_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(todo, "PAGE_SIZE", 8)
    briefings = [_month_briefing(n, "2025-03" if n < 40 else "2025-04", guesses=1 + n % 3) for n in range(60)]
    pages = {path: context for path, _, context in todo.review_pages(Corpus(briefings), None)}
    listed = [p for p in pages if p.startswith("review/guessed/")]
    assert listed[0] == "review/guessed/2025-04/index.md"
    assert "review/guessed/2025-03/index.md" in listed
    months = [p.split("/")[2] for p in listed]
    assert months == sorted(months, reverse=True)  # newest month first, its pages together
    rows = [t for p in listed for t in pages[p]["items"]]
    assert [t.briefing.slug for t in rows] == [t.briefing.slug for t in todo.guessed_tasks(Corpus(briefings))]
    assert all(0 < len(pages[p]["items"]) <= 8 for p in listed)
    for path in listed:  # one briefing's rows on one page (none has more than a page)
        assert len({t.briefing.slug for t in pages[path]["items"]} & {
            t.briefing.slug for other in listed if other != path for t in pages[other]["items"]}) == 0
    own = pages["review/guessed.md"]
    assert own["count"] == len(rows) and not own["items"]
    assert [s.key for s in own["sections"]] == ["2025-04", "2025-03"]
    assert sum(s.rows for s in own["sections"]) == len(rows)
    chain = [pages[p]["pager"] for p in listed]
    assert chain[0].previous is None and chain[-1].next is None
    assert all(a.next == b_path and b.previous == a_path
               for (a_path, a), (b_path, b) in zip(zip(listed, chain), zip(listed[1:], chain[1:])))


def _shown(context: dict[str, object]) -> object:
    items = context.get("items", ())
    assert isinstance(items, (list, tuple))
    return (context["shown"], [(t.briefing.slug, t.fact.id, t.fact.evidence) for t in items])


def _changed(before: dict[str, dict[str, object]], after: dict[str, dict[str, object]]) -> set[str]:
    return {p for p in set(before) | set(after)
            if p not in before or p not in after or _shown(before[p]) != _shown(after[p])}


def _holder(pages: dict[str, dict[str, object]], slug: str) -> str:
    return next(p for p, c in pages.items() if p.startswith("review/guessed/") and any(
        t.briefing.slug == slug for t in c["items"]))  # type: ignore[attr-defined]


def test_a_changed_row_changes_only_the_page_that_holds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cut by keys, not by count, and no count on a list's pages: a fact's evidence corrected leaves
    every other page of the Prüfliste as it was, the list's own page and the start page too."""
    monkeypatch.setattr(todo, "PAGE_SIZE", 8)
    briefings = [_month_briefing(n, "2025-03", guesses=1 + n % 2) for n in range(80)]
    before = {path: context for path, _, context in todo.review_pages(Corpus(briefings), None)}
    edited = list(briefings)
    event = briefings[37].events[0]
    edited[37] = dataclasses.replace(briefings[37], events=(dataclasses.replace(event, evidence="Am Dienstag."),
                                                            *briefings[37].events[1:]))
    after = {path: context for path, _, context in todo.review_pages(Corpus(edited), None)}
    assert _changed(before, after) == {_holder(after, "m037")}
    assert len([p for p in after if p.startswith("review/guessed/")]) > 8


def test_a_row_more_changes_its_page_its_neighbours_and_the_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A guessed fact more (or less) in one briefing: its page, pages close to it (a cut that moves
    inside its span, the pager), the list's page and the start page (counts) — not every later page."""
    monkeypatch.setattr(todo, "PAGE_SIZE", 8)
    briefings = [_month_briefing(n, "2025-03", guesses=1 + n % 2) for n in range(80)]
    before = {path: context for path, _, context in todo.review_pages(Corpus(briefings), None)}
    for number in (37, 12, 60):
        for guesses in (3, 4, 1):
            edited = list(briefings)
            edited[number] = _month_briefing(number, "2025-03", guesses=guesses)
            after = {path: context for path, _, context in todo.review_pages(Corpus(edited), None)}
            near = {"review/guessed.md", "review/index.md"}
            for pages in (before, after):  # pages within two pages' rows of the edited rows, either way
                order = [(path, t.briefing.slug) for path, c in pages.items() if path.startswith("review/guessed/")
                         for t in c["items"]]  # type: ignore[attr-defined]
                at = [n for n, (_, slug) in enumerate(order) if slug == f"m{number:03d}"]
                near |= {path for n, (path, _) in enumerate(order) if at[0] - 16 <= n <= at[-1] + 16}
            changed = _changed(before, after)
            assert changed <= near, (number, guesses, sorted(changed - near))
            assert len(changed) <= 8 < len([p for p in after if p.startswith("review/guessed/")]) / 2


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


def test_a_long_corrections_log_is_cut_by_the_month_first_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Corrections no extraction has seen yet are one section, named so; every page renders."""
    from support.incremental import small_project
    from test_page_cache import _with_base_snapshots

    from lagebild.briefing.content import load_content
    from lagebild.site.pages import generated_pages
    monkeypatch.setattr(todo, "PAGE_SIZE", 4)
    project = small_project(tmp_path / "p")
    _with_base_snapshots(project)  # every briefing's title differs from its snapshot's
    corpus = Corpus(load_content(project / "content").briefings)
    pages = generated_pages(corpus, project / "templates", "de", TODAY, project / ".lagebild")
    first = "review/corrections/undated/index.md"
    parts = [first, *sorted(p for p in pages if p.startswith("review/corrections/") and p != first)]
    assert first in pages and len(parts) > 2
    shown = {p: " ".join(re.sub(r"<[^>]+>", " ", pages[p].html).split()) for p in ["review/corrections.md", *parts]}
    assert f"Korrekturen ({len(corpus.briefings)})" in shown["review/corrections.md"]
    assert "von keiner Extraktion gesehen" in shown["review/corrections.md"]
    assert "Korrekturen — von keiner Extraktion gesehen" in shown[parts[0]]
    assert all("(Fortsetzung)" in shown[p] and "Alt: " in shown[p] for p in parts[1:])


def test_comparisons_made_ahead_beside_other_work_are_the_ones_corrections_finds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full build compares briefings with their snapshots on two processes while it builds the
    corpus (review.compare_ahead): `beside` runs once, and the corrections are those compared in order."""
    from support.incremental import small_project
    from test_page_cache import _with_base_snapshots

    from lagebild import review
    from lagebild.briefing.content import load_content
    from lagebild.site import fork_pool
    project = small_project(tmp_path / "p")
    _with_base_snapshots(project)
    state_dir = project / ".lagebild"

    def shown(found: list[review.Correction]) -> list[tuple[str, review.Change, str]]:
        return [(c.briefing.slug, c.change, c.seen) for c in found]

    in_order = shown(review.corrections(Corpus(load_content(project / "content").briefings), state_dir))
    assert len(in_order) >= 12
    monkeypatch.setattr(review, "MIN_JOBS", 1)
    monkeypatch.setattr(fork_pool, "MIN_JOBS", 1)  # a fork even for a dozen briefings
    briefings = load_content(project / "content").briefings  # new objects: nothing compared for them yet
    ran: list[int] = []
    review.compare_ahead(briefings, state_dir, 2, beside=lambda: ran.append(1), child_share=0.64)
    assert ran == [1]

    def no_second_comparison(*args: object) -> None:
        raise AssertionError("compared again")

    monkeypatch.setattr(review, "_compare", no_second_comparison)
    assert shown(review.corrections(Corpus(briefings), state_dir)) == in_order
    review.compare_ahead(briefings, tmp_path / "no-state", 2, beside=lambda: ran.append(2))
    assert ran == [1, 2]  # no snapshots: only `beside`
