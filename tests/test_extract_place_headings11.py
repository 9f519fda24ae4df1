"""Places: a digest's headings and idioms after "In" ("In Brief", "In Other News", "in Cabinet") name no
place.  Every sentence is invented; each test fails without the words it names."""

from __future__ import annotations

from lagebild.extract.placenames import free_places


def _names(text: str) -> list[str]:
    return [name for _s, _e, name in free_places(text, "en")]


def test_digest_headings_after_in_are_no_places() -> None:
    assert _names("In Brief: the council met. In Other News, a ferry ran aground.") == []
    assert _names("The plan was discussed in Cabinet and covered In Depth below.") == []


def test_an_unknown_town_after_in_stays_a_place() -> None:
    assert _names("The elders met in Kitgum on Monday.") == ["Kitgum"]
