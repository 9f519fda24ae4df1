"""Fact ids: no list of an extracted briefing ever holds one id twice."""

from __future__ import annotations

from lagebild.article import parse_article
from lagebild.briefing.model import Event, Quote
from lagebild.extract import extract
from lagebild.extract.ids import unique_facts


def test_the_same_fact_told_twice_is_kept_once() -> None:
    first = Quote(id="quote-1", evidence="first sentence", speaker="Anna Muster", text="Wir bleiben dabei")
    again = Quote(id="quote-1", evidence="a later sentence", speaker="Anna Muster", text="Wir bleiben dabei")
    assert unique_facts([first, again]) == (first,)


def test_different_facts_with_one_id_get_distinct_ids_and_the_first_keeps_its_own() -> None:
    one = Event(id="event-1", date="2026-03-02", summary="Treffen", participants=("A",))
    two = Event(id="event-1", date="2026-03-02", summary="Treffen", participants=("B",))
    three = Event(id="event-1", date="2026-03-02", summary="Treffen", participants=("C",))
    kept = unique_facts([one, two, three])
    assert [e.id for e in kept] == ["event-1", "event-1-2", "event-1-3"]
    assert [e.participants for e in kept] == [("A",), ("B",), ("C",)]


def test_an_article_repeating_a_quote_gives_one_quote_fact() -> None:
    text = ("Ministerin trifft Amtskollegen\n\n"
            "„Wir stehen fest zusammen“, sagte Außenministerin Anna Muster am Montag in Berlin.\n\n"
            "Die Gespräche dauerten zwei Stunden. „Wir stehen fest zusammen“, sagte Außenministerin Anna Muster.\n")
    article, _ = parse_article(text.encode(), "seed.txt", "seed.txt")
    briefing = extract(article)
    for list_name in ("persons", "events", "quotes", "figures", "sources", "organizations", "places"):
        ids = [fact.id for fact in getattr(briefing, list_name)]
        assert len(ids) == len(set(ids)), list_name
    assert [q.text for q in briefing.quotes] == ["Wir stehen fest zusammen"]
