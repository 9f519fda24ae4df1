"""Splitting wrongly merged actors: `distinct: true` in content/actors.yml keeps two persons who
share a surname apart — two different Müllers get two actor pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_site_from
from support.pages import read_page

from lagebild.briefing.briefing_file import render_file
from lagebild.briefing.model import Briefing, Event, Person, Quote, SourceInfo
from lagebild.picture.corpus import Aliases, Corpus

DISTINCT = "persons:\n  - name: Thomas Müller\n    distinct: true\n"


def briefing(slug: str, published: str, person: Person, participant: str) -> Briefing:
    return Briefing(slug=slug, title=f"Briefing {slug}", language="de", source=SourceInfo(f"{slug}.txt"),
                    published=published, persons=(person,),
                    events=(Event(id=f"e-{slug}", date=published, kind="meeting", summary=f"Treffen {slug}",
                                  participants=(participant,)),),
                    quotes=(Quote(id=f"q-{slug}", speaker=participant, text=f"Zitat {slug}"),))


# The minister is named in full (and by surname, as the extractor records it); the coach only as „Müller“.
MINISTER = briefing("a", "2026-01-03", Person(id="p-a", name="Thomas Müller", role="Entwicklungsminister",
                                              country="DE", aliases=("Müller",)), "Müller")
COACH = briefing("b", "2026-01-02", Person(id="p-b", name="Müller", role="Bundestrainer", country="DE"), "Müller")


def persons(corpus: Corpus) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """actor name -> (roles, event ids, quote ids)."""
    return {a.name: ([r for r, _ in a.roles], sorted(e.id for _, e in a.events), sorted(q.id for _, q in a.quotes))
            for a in corpus.by_kind("person")}


def aliases_from(text: str, tmp_path: Path) -> Aliases:
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    return Aliases.load(path, "content/actors.yml")


def test_without_distinct_a_bare_surname_joins_the_only_full_name(tmp_path: Path) -> None:
    found = persons(Corpus([MINISTER, COACH], aliases_from("persons: []\n", tmp_path)))
    assert found == {"Thomas Müller": (["Bundestrainer", "Entwicklungsminister"], ["e-a", "e-b"], ["q-a", "q-b"])}


@pytest.mark.parametrize("order", [(MINISTER, COACH), (COACH, MINISTER)])
def test_distinct_keeps_the_two_muellers_apart_with_their_own_events_and_quotes(order, tmp_path: Path) -> None:
    aliases = aliases_from(DISTINCT, tmp_path)
    assert aliases.distinct == {"thomas muller"}
    found = persons(Corpus(list(order), aliases))
    assert found == {"Thomas Müller": (["Entwicklungsminister"], ["e-a"], ["q-a"]),
                     "Müller": (["Bundestrainer"], ["e-b"], ["q-b"])}


def test_two_full_names_stay_apart_and_an_ambiguous_surname_joins_neither() -> None:
    other = briefing("c", "2026-01-01", Person(id="p-c", name="Gerd Müller", role="Abgeordneter"), "Gerd Müller")
    found = persons(Corpus([briefing("a", "2026-01-03", Person(id="p-a", name="Thomas Müller"), "Thomas Müller"),
                            other, COACH]))
    assert set(found) == {"Thomas Müller", "Gerd Müller", "Müller"}


def test_distinct_gives_two_actor_pages_on_the_site(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "briefings").mkdir(parents=True)
    (content / "actors.yml").write_text(DISTINCT, encoding="utf-8")
    for item in (MINISTER, COACH):
        (content / "briefings" / f"{item.slug}.md").write_text(render_file(item, "<!-- lagebild:actors -->\n"),
                                                                encoding="utf-8")
    site = build_site_from(content, tmp_path / "project")
    minister = " ".join("".join(read_page(site / "actors" / "thomas-mueller" / "index.html").chunks).split())
    coach = " ".join("".join(read_page(site / "actors" / "mueller" / "index.html").chunks).split())
    assert "Entwicklungsminister" in minister and "Bundestrainer" not in minister
    assert "Bundestrainer" in coach and "Entwicklungsminister" not in coach
    links = read_page(site / "briefings" / "b" / "index.html").links
    assert any("actors/mueller/" in link for link in links)
    assert not any("thomas-mueller" in link for link in links)
