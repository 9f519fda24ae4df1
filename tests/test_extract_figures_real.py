"""Figures as real news writes them: dozens, scaled compounds, quotes, names and ordinals.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from support.extraction import doc_of


def _values(text: str, language: str) -> list[float]:
    doc = doc_of(text, language, published=None)
    return [f.value for f in doc.figures]


def test_dozens_multiply() -> None:
    assert _values("The plan is backed by about four dozen other nations.", "en") == [48]
    assert _values("The bill passed with about a dozen Democrats voting in favor.", "en") == [12]


def test_a_number_completing_a_name_is_no_figure() -> None:
    assert _values("The Group of 20 nations will meet at COP 30 next month.", "en") == []
    assert _values("Auf der COP 30 drohten rund 25 Länder mit einem Veto.", "de") == [25]


def test_a_german_ordinal_before_a_capitalised_noun_is_no_figure() -> None:
    assert _values("Anlass sei das 75. Jubiläum der Beziehungen, hieß es.", "de") == []


def test_numbers_inside_quotes_count() -> None:
    assert _values('"Our 31 countries did not cause this," said the envoy.', "en") == [31]


def test_a_scaled_compound_and_one_percent_are_read() -> None:
    values = _values("«Wir haben ein 12-Milliarden-Defizit», sagte er. Zölle von einem Prozent seien zu wenig.", "de")
    assert sorted(values) == [1, 12_000_000_000]


def test_the_counted_noun_after_german_adjectives() -> None:
    doc = doc_of("Der Fonds unterstützt 120 kleine ländliche Gemeinden im Norden.", "de", published=None)
    assert [(f.value, f.unit) for f in doc.figures] == [(120, "Gemeinden")]


def test_decades_are_a_duration() -> None:
    assert _values("The rule has worked for almost three decades, the envoy said.", "en") == []


def test_clock_times_and_zones_are_no_figures() -> None:
    assert _values("The 10:30 a.m. meeting was delayed.", "en") == []
    assert _values("Talks resume at 0900 GMT.", "en") == []


def test_an_age_beside_a_name_is_no_figure() -> None:
    assert _values("Jane Roe, 45, declined to comment.", "en") == []
    assert _values("Die Ministerin Anna Berg (52) sagte nichts.", "de") == []


def test_a_vote_tally_is_two_counts_of_votes() -> None:
    doc = doc_of("T\n\nThe bill passed 68-32 in the Senate.", "en", published=None)
    assert [(f.value, f.unit) for f in doc.figures] == [(68, "votes"), (32, "votes")]
    assert _values("Der Antrag wurde mit 7:2 Stimmen angenommen.", "de") == [7, 2]
    assert _values("The final score was 3-1 after extra time.", "en") == []


def test_a_number_completing_a_name_after_a_capitalised_word_is_no_figure() -> None:
    assert _values("He flew to Doha on a Boeing 747 on Monday.", "en") == []
    assert _values("Der Flug LH 400 landete verspätet.", "de") == []
    assert _values("Die Gespräche im Format 5+1 gehen weiter.", "de") == []
    assert _values("He spoke outside 10 Downing Street.", "en") == []
    assert _values("The plan was backed by about a dozen Democrats.", "en") == [12]


def test_fractions_are_shares_not_counts() -> None:
    assert _values("Zwei Drittel der Abgeordneten stimmten zu.", "de") == []
    assert _values("Two thirds of lawmakers backed the bill.", "en") == []


def test_currency_signs_with_a_country_prefix() -> None:
    doc = doc_of("T\n\nCanada offered C$2.5 billion in aid.", "en", published=None)
    assert [(f.value, f.unit) for f in doc.figures] == [(2_500_000_000, "CAD")]


def test_degrees_keep_their_unit() -> None:
    doc = doc_of("T\n\nThe 1.5°C limit is almost out of reach, scientists said.", "en", published=None)
    assert [(f.value, f.unit) for f in doc.figures] == [(1.5, "°C")]


def test_a_sentence_initial_ordinal_is_no_figure() -> None:
    assert _values("Zum 75. Jahrestag kamen 32 Staats- und Regierungschefs.", "de") == [32]
