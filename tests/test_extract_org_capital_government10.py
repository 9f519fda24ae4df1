"""An English article that writes "the Government" or "Cabinet" with a capital inside a sentence names the
state's executive as a body (CONVENTIONS §4: named institutions); a description ("the Kenyan Cabinet"), an
owner ("the Government of Kenya"), a longer name ("Government Buildings") or lower case is no such name.
Every sentence here is invented."""

from __future__ import annotations

from lagebild.article import Article
from lagebild.extract.pipeline import build_doc


def orgs(text: str) -> set[str]:
    article = Article(path="x.txt", name="x.txt", text=text, digest="0", published="2026-03-18", language="en")
    return {o.name for o in build_doc(article).organizations}


def test_a_capitalised_government_inside_a_sentence_is_a_body() -> None:
    assert orgs("The spokesman said the Government's position had not moved an inch.") == {"Government"}


def test_a_cabinet_meeting_names_the_cabinet() -> None:
    assert "Cabinet" in orgs("Ministers spoke to reporters after the first Cabinet meeting of the year.")


def test_descriptions_and_longer_names_are_no_such_body() -> None:
    assert orgs("The government said the Kenyan Cabinet would meet at Government Buildings.") == set()


def test_a_government_with_its_owner_is_not_taken_bare() -> None:
    assert "Government" not in orgs("The Government of Valdoria said on Monday the plan would go ahead.")
