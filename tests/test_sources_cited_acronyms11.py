"""Sources: an unknown broadcaster cited at a German clause's start („Gegenüber XTV sagte sie“, „Im Interview mit
Radio Tirol“) is the outlet, not a body or a place.  Every sentence is invented; each test fails without the
rule it names."""

from __future__ import annotations

from support.extraction import doc_of


def _facts(text: str) -> tuple[list[str], list[str]]:
    doc = doc_of(text, "de", "2026-03-04")
    return [o.name for o in doc.organizations], [s.name for s in doc.sources]


def test_an_acronym_after_gegenueber_at_the_start_is_a_source() -> None:
    assert _facts("Kopf\nGegenüber XTV sagte die Ministerin, der Plan sei gut.") == ([], ["XTV"])


def test_an_acronym_after_im_interview_mit_at_the_start_is_a_source() -> None:
    assert _facts("Kopf\nIm Interview mit XTV erklärte die Ministerin, der Plan sei gut.") == ([], ["XTV"])


def test_a_station_named_after_radio_is_the_cited_outlet_and_no_place() -> None:
    assert _facts("Kopf\nIm Interview mit Radio Tirol sagte die Ministerin, der Plan sei gut.") == ([], ["Radio Tirol"])
