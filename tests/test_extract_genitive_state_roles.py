"""A German role with a state's genitive („der Präsident Kenias, X“) gives role and state.

Invented sentences.  The genitive after the role noun is a complement of its own, like „der
Regierungschef der Slowakei, X“; it names a state, not a person the role relates to.
"""

from __future__ import annotations

from support.extraction import doc_of


def persons(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    return {p.name: (p.role, p.country, p.review) for p in doc_of(text, "de").persons}


def test_a_states_genitive_after_the_role_gives_its_state_for_certain() -> None:
    found = persons("Gestern traf die Ministerin den Präsidenten Kenias, Samuel Ouko, in Nairobi.")
    assert found["Samuel Ouko"] == ("Präsident Kenias", "KE", "extracted")


def test_a_states_genitive_as_subject_apposition() -> None:
    found = persons("Der Außenminister Brasiliens, Mauro Vieira, sagte, man sei zu Gesprächen bereit.")
    assert found["Mauro Vieira"][:2] == ("Außenminister Brasiliens", "BR")


def test_a_persons_genitive_stays_a_relation_and_gives_no_state() -> None:
    found = persons("Der Berater des Präsidenten, Jonas Adler, sagte, man sei zu Gesprächen bereit.")
    assert found["Jonas Adler"][1] is None
