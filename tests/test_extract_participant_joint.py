"""The sides of joint talks named by a hyphen compound ("US-Russian talks", „EU-China-Gipfel“)."""

from __future__ import annotations

import pytest
from support.extraction import dated

from lagebild.extract.countries import hyphen_chained

CASES = [
    ("en", "Talks\n\nGENEVA – Brazilian-Argentine talks on energy resumed in Geneva on Tuesday.",
     "2026-03-17", {"BR", "AR"}),
    ("en", "Trade\n\nOTTAWA – The latest round of Canada-Mexico trade talks ended in Ottawa on Tuesday.",
     "2026-03-17", {"CA", "MX"}),
    ("en", "Summit\n\nHANOI – The Vietnam-Philippines summit will take place in Hanoi on Friday.",
     "2026-03-20", {"VN", "PH"}),
    ("de", "Gespräche\n\nWien – Die österreichisch-slowakischen Verhandlungen werden am Montag in Wien fortgesetzt.",
     "2026-03-23", {"AT", "SK"}),
    ("de", "Konsultationen\n\nPrag – Am Montag fanden in Prag die tschechisch-polnischen "
           "Regierungskonsultationen statt.",
     "2026-03-16", {"CZ", "PL"}),
    ("de", "Gipfel\n\nBrüssel – Der EU-Indien-Gipfel beginnt am Donnerstag in Brüssel.", "2026-03-19", {"EU", "IN"}),
]


@pytest.mark.parametrize(("language", "text", "day", "sides"), CASES)
def test_a_hyphen_compound_before_talks_names_both_sides(language: str, text: str, day: str, sides: set[str]) -> None:
    assert sides <= set(dated(text, language, day).participants)


def test_talks_only_placed_by_or_talked_about_add_no_sides() -> None:
    ahead = dated("Warnung\n\nKIEV – Novak warned on Monday ahead of the Brazil-Argentina summit in Rio.",
                  "en", "2026-03-16")
    about = dated("Kritik\n\nBerlin – Hans Maier sprach am Montag in Berlin über die tschechisch-polnischen Gespräche.",
                  "de", "2026-03-16")
    assert not {"BR", "AR"} & set(ahead.participants)
    assert not {"CZ", "PL"} & set(about.participants)


def test_relations_and_wars_are_no_talks() -> None:
    event = dated("Treffen\n\nPrag – Hans Maier traf am Montag in Prag Vertreter, die die tschechisch-polnischen "
                  "Beziehungen lobten.", "de", "2026-03-16")
    assert not {"CZ", "PL"} & set(event.participants)


def test_only_a_country_before_the_hyphen_chains_the_next() -> None:
    chained = hyphen_chained("US-Russian talks, pro-Russian groups, EU-India", "en")
    assert [code for _s, _e, code in chained] == ["RU", "IN"]
    assert [code for _s, _e, code in hyphen_chained("der deutsch-polnische Gipfel, Anti-Israel", "de")] == ["PL"]
