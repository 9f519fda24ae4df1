"""Abbreviated military ranks before a name, with or without stops (agency and Asian copy), and German
„Gastgeber“: a role, never part of the person's name."""

from __future__ import annotations

from support.extraction import doc_of


def _persons(text: str, language: str = "en") -> dict[str, str | None]:
    return {p.name: p.role for p in doc_of(text, language).persons}


def test_an_undotted_rank_is_the_role() -> None:
    found = _persons("Lt Gen Soren Vallin met reporters in Oslo on Monday. Maj. Gen. Ilse Berndt attended.")
    assert found == {"Soren Vallin": "Lieutenant General", "Ilse Berndt": "Major General"}


def test_a_rank_after_an_office_keeps_the_office() -> None:
    found = _persons("Defence Minister Gen Tomas Varga and his Slovak counterpart, Gen Pavol Hrnko, met on Friday.")
    assert set(found) == {"Tomas Varga", "Pavol Hrnko"}
    assert found["Tomas Varga"] == "Defence Minister"
    assert "counterpart" in (found["Pavol Hrnko"] or "")


def test_gen_z_is_no_general() -> None:
    assert _persons("Gen Z voters stayed at home, the survey found.") == {}


def test_a_host_is_a_role() -> None:
    assert _persons("Gastgeber Lukas Pichler begrüßte am Montag die Delegationen.", "de") == {
        "Lukas Pichler": "Gastgeber"}
