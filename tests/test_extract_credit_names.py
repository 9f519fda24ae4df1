"""Names in a picture's or text's credit are no persons of the news; names with an office stay."""

from __future__ import annotations

import pytest

from tests.support.extraction import doc_of


def _names(text: str, language: str) -> list[str]:
    return [p.name for p in doc_of(text, language, "2027-02-10").persons]


@pytest.mark.parametrize(("text", "language", "credited"), [
    ("Grenzmission vereinbart\n\n„Ein erster Schritt“, sagte Außenministerin Lena Hofer nach dem Treffen. "
     "Foto: APA/Georg Hochmuth", "de", "Georg Hochmuth"),
    ("Border mission agreed\n\n\"A first step,\" said Foreign Minister Lena Hofer after the talks. "
     "Photo: Georg Hochmuth/Reuters", "en", "Georg Hochmuth"),
    ("Grenzmission vereinbart\n\nAußenministerin Lena Hofer reiste am Dienstag nach Wien.\n\n© Georg Hochmuth",
     "de", "Georg Hochmuth"),
])
def test_a_credited_name_is_no_person(text: str, language: str, credited: str) -> None:
    names = _names(text, language)
    assert "Lena Hofer" in names and credited not in names


def test_an_office_holder_in_a_caption_stays_a_person() -> None:
    names = _names("Grenzmission vereinbart\n\nDie Gespräche dauerten bis in die Nacht. "
                   "Foto: Außenministerin Lena Hofer bei der Ankunft in Wien.", "de")
    assert "Lena Hofer" in names
