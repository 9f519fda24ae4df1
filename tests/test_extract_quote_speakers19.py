"""Quote speakers and roles, session 19: a style of address abbreviated with a full stop ("Hon.", "Rev.") ends no
sentence, so the office before it stays the person's role and the quote keeps its speaker; a quote attributed to an
office alone whose holder the next paragraph introduces.  Every sentence is invented for the test; each test fails
without its rule."""

from __future__ import annotations

from tests.support.extraction import doc_of


def test_an_abbreviated_style_of_address_ends_no_sentence() -> None:
    doc = doc_of('Speaking after the summit, the Minister for Foreign Affairs and Regional Cooperation, Hon. Mara Tolu '
                 'Benga, said Westland would not "take sides in a quarrel".', "en")
    assert [(p.name, p.role) for p in doc.persons] == [
        ("Mara Tolu Benga", "Minister for Foreign Affairs and Regional Cooperation")]
    assert [(q.speaker, q.text) for q in doc.quotes] == [("Mara Tolu Benga", "take sides in a quarrel")]
    doc = doc_of("Finance Minister Hon. Peter Okoth Malu opened the meeting in Lusaka on Monday. The Minister of "
                 "Health, Rev. Anna Mwale Tembo, spoke after him.", "en")
    assert [(p.name, p.role) for p in doc.persons] == [("Peter Okoth Malu", "Finance Minister"),
                                                        ("Anna Mwale Tembo", "Minister of Health")]
