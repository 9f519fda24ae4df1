"""States whose names are also given or family names ("Chad Miller", "Rep. Jim Jordan", "Israel Katz"): the
name of a person is one person, and the state is found only where the text names the state."""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.extract.countries import countries_in


def _codes(text: str, language: str = "en") -> list[str]:
    return [code for _start, _end, code in countries_in(text, language)]


def test_a_family_name_after_a_given_name_is_no_state() -> None:
    assert _codes("Rep. Jim Jordan said the bill would pass.") == []
    doc = doc_of("Rep. Jim Jordan said on Monday the bill would pass.", "en")
    assert [p.name for p in doc.persons] == ["Jim Jordan"]
    assert not doc.countries


def test_a_given_name_before_a_family_name_is_no_state() -> None:
    assert _codes("Chad Miller, a spokesman, agreed.") == []
    assert _codes("Israel Katz said so.") == []
    assert _codes("Israel Katz sagte das.", "de") == []
    doc = doc_of("Chad Miller, a spokesman for the mission, agreed on Tuesday.", "en")
    assert [p.name for p in doc.persons] == ["Chad Miller"]
    assert not doc.countries


def test_the_state_stays_a_state_elsewhere() -> None:
    assert _codes("Sudanese refugees crossed into Chad last week.") == ["SD", "TD"]
    assert _codes("Chad's president met the envoy.") == ["TD"]
    assert _codes("The Israel Police and the Jordan Valley.") == ["IL", "JO"]
    assert _codes("Chad President Mahamat Idriss flew to Jordan.") == ["TD", "JO"]
