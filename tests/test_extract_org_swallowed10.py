"""Bodies whose names the persons stage used to swallow: a company introduced by what it runs or supplies
(„der Netzbetreiber Westgrid“) and a body's name that opens with a role word ("the Official Creditor Committee").

Every sentence here is invented.  Each rule has a case it must change and a neighbour it must keep.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.extract.doc import Doc


def _doc(text: str, language: str) -> Doc:
    return doc_of(text, language)


def test_an_operator_introduces_a_company() -> None:
    doc = _doc("Der staatliche Netzbetreiber Westgrid meldete am Montag neue Schäden.", "de")
    assert "Westgrid" in {o.name for o in doc.organizations}
    assert not doc.persons


def test_a_supplier_compound_is_no_persons_name() -> None:
    doc = _doc("Der Energieversorger Westenergo kündigte am Dienstag Abschaltungen an.", "de")
    assert not doc.persons
    assert "Westenergo" in {o.name for o in doc.organizations}


def test_a_role_before_a_persons_name_stays() -> None:
    doc = _doc("Der Netzbetreiber-Chef Hans Maier sagte am Montag, die Leitung sei repariert.", "de")
    assert "Hans Maier" in {p.name for p in doc.persons}


def test_a_body_named_with_a_role_word_is_no_person() -> None:
    doc = _doc("The Official Creditor Committee met in Paris on Tuesday to discuss the debt.", "en")
    assert not doc.persons
    assert "Official Creditor Committee" in {o.name for o in doc.organizations}


def test_a_role_before_a_name_without_a_body_head_stays() -> None:
    doc = _doc("Minister Jane Roe said on Tuesday that the talks would go on.", "en")
    assert [(p.name, p.role) for p in doc.persons] == [("Jane Roe", "Minister")]
