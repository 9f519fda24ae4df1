"""Person countries from the host of a visit (issue #13, second round), on invented sentences.

The office holder who receives, welcomes or meets a guest serves the state the visit takes place in: the city
the sentence names, else the headline's city, else — in a report about two states — the one not the guest's.
"""

from __future__ import annotations

from tests.support.extraction import doc_of


def countries(text: str, language: str = "en", locale: str | None = None) -> dict[str, str | None]:
    return {p.name: p.country for p in doc_of(text, language, locale=locale).persons}


def test_the_one_in_whose_presence_a_deal_is_signed_in_a_capital() -> None:
    text = ("Trade deal signed\n\nThe protocols were signed at the Palace in Lima in the presence of "
            "President Rosa Quintanilla and her guest.")
    assert countries(text)["Rosa Quintanilla"] == "PE"


def test_the_one_who_receives_the_guest_of_a_two_state_visit() -> None:
    text = ("Peru and Chile sign accords as Ibarra begins visit\n\n"
            "Peru and Chile signed three accords on Monday. Chilean President Tomás Ibarra praised Peru. "
            "President Ibarra arrived at the military airport on Sunday, where he was received by "
            "Vice President Lucía Mamani and a guard of honour. Peru and Chile will meet again in June.")
    assert countries(text)["Lucía Mamani"] == "PE"


def test_the_one_who_welcomes_a_counterpart_in_the_headlines_city() -> None:
    text = ("Regional leaders meet in Lima over border clashes\n\n"
            "President Rosa Quintanilla welcomes her Bolivian counterpart, Evo Tarqui, on the steps of the palace.")
    found = countries(text)
    assert found["Rosa Quintanilla"] == "PE"
    assert found["Evo Tarqui"] == "BO"


def test_the_one_a_visitor_spoke_with_in_a_capital_in_german() -> None:
    text = ("Der US-Sondergesandte Paul Brenner hatte zuvor zweimal in Minsk mit Machthaber Andrej Kowal "
            "gesprochen.")
    assert countries(text, "de")["Andrej Kowal"] == "BY"


def test_no_host_for_a_third_state_named_in_the_sentence() -> None:
    text = ("Leaders meet in Lima\n\nPresident Rosa Quintanilla welcomes her Bolivian counterpart on behalf of "
            "Argentina and Brazil.")
    assert countries(text).get("Rosa Quintanilla") != "PE"


def test_a_person_who_is_also_something_holds_the_bare_title_of_the_sentence_before() -> None:
    text = ("Dublin will back the fisheries plan, the Tánaiste has said.\n\n"
            "Speaking in Galway on Monday, Ciarán Moloney, who is also Minister for Marine Affairs, said the plan "
            "was fair.")
    assert countries(text)["Ciarán Moloney"] == "IE"


def test_no_bare_title_taken_without_who_is_also() -> None:
    text = ("Dublin will back the fisheries plan, the Tánaiste has said.\n\n"
            "Speaking in Galway on Monday, Ciarán Moloney, a fisherman, said the plan was unfair.")
    assert countries(text).get("Ciarán Moloney") != "IE"
