"""Organisations: a generic ministry inside a spokesperson's title ("an Energy Ministry spokesman") is no
organisation (CONVENTIONS §4); the same ministry acting, or speaking through an official, stays one.  Every
sentence is invented; each test fails without it."""

from __future__ import annotations

from support.extraction import doc_of


def _orgs(text: str) -> list[str]:
    doc = doc_of(text, "en", "2026-03-04")
    return [o.name for o in doc.organizations]


def test_a_generic_ministry_inside_a_title_is_no_body() -> None:
    assert _orgs("Grid\nAn Energy Ministry spokesman and a Tourism Ministry spokeswoman briefed reporters.") == []


def test_the_ministry_acting_stays_a_body() -> None:
    assert _orgs("Grid\nThe Energy Ministry said the grid was stable.") == ["Energy Ministry"]
    assert _orgs("Grid\nA senior Energy Ministry official said the grid was stable.") == ["Energy Ministry"]


def test_a_lexicon_ministry_inside_a_title_is_no_body() -> None:
    assert _orgs("Grid\nA State Department spokesman said the talks would resume.") == []
