"""The spellings an actor's page lists come in one order, whatever order the corpus collected them in:
two builds of the same content must write the same bytes (a case-blind sort alone left "NATO" and "Nato"
in a set's hash order)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lagebild.site.actor_pages import spelling_order

_SPELLINGS = st.lists(st.text(alphabet="AaÄäBbNnOoTt ", min_size=1, max_size=6), min_size=1, max_size=6, unique=True)


def test_spellings_differing_only_in_case_have_a_fixed_order() -> None:
    assert spelling_order(["Nato", "NATO"]) == spelling_order(["NATO", "Nato"]) == ["NATO", "Nato"]


def test_spellings_are_listed_alphabetically_regardless_of_case() -> None:
    assert spelling_order(["kyiv", "Kiew", "KYIV", "Kiev"]) == ["Kiev", "Kiew", "KYIV", "kyiv"]


@given(_SPELLINGS, st.randoms())
def test_the_order_does_not_depend_on_the_order_collected(spellings: list[str], shuffler) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(spellings)
    shuffler.shuffle(shuffled)
    assert spelling_order(shuffled) == spelling_order(spellings)
    listed = spelling_order(spellings)
    assert [s.casefold() for s in listed] == sorted(s.casefold() for s in spellings)
