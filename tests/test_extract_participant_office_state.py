"""A state named only inside a named person's office -- the office in apposition after the name
("X, Minister of Foreign Affairs of the State of Norland"), the office before the name and a comma
(„der Emir von Katar, Scheich X“) or after the state's genitive ("Qatar's Minister of State for Foreign
Affairs, X") --
says whose office it is: the person takes part, not the state (CONVENTIONS §7 participants: a country
only when the text names the country itself as taking part).  Every sentence is invented."""

from __future__ import annotations

from lagebild.article import Article
from lagebild.briefing.model import Event
from lagebild.extract.pipeline import build_doc


def _on(text: str, language: str, day: str) -> Event:
    article = Article(path="x.txt", name="x.txt", text=text, digest="0", published="2026-03-18", language=language)
    found = [e for e in build_doc(article).events if e.date == day]
    assert found, f"no event on {day} in {text!r}"
    return found[0]


def test_an_office_in_apposition_closing_with_a_state_en() -> None:
    text = ("Foreign Minister Lena Hoff met on Monday Dr. Amos Kerr, Minister of Foreign Affairs of the "
            "Federal Democratic Republic of Ethiopia, in Oslo.")
    parts = _on(text, "en", "2026-03-16").participants
    assert "Amos Kerr" in parts and "ET" not in parts


def test_a_president_of_a_state_in_apposition_en() -> None:
    text = ("On Monday, Sheikh Omar bin Zayed, President of the UAE, held a telephone call with Prime Minister "
            "Lena Hoff.")
    parts = _on(text, "en", "2026-03-16").participants
    assert "Omar bin Zayed" in parts and "AE" not in parts


def test_an_office_of_a_state_before_its_holder_de() -> None:
    text = "Am Montag führte Kanzlerin Lena Hoff in Doha Gespräche mit dem Emir von Katar, Scheich Omar Said."
    parts = _on(text, "de", "2026-03-16").participants
    assert "Omar Said" in parts and "QA" not in parts


def test_an_office_of_state_for_affairs_after_a_states_genitive_en() -> None:
    text = ("Foreign Minister Lena Hoff is expected to meet Qatar's Minister of State for Foreign Affairs, "
            "Omar bin Nasser Al-Bakr, in Doha on Monday.")
    parts = _on(text, "en", "2026-03-23").participants
    assert "Omar bin Nasser Al-Bakr" in parts and "QA" not in parts


def test_a_state_that_takes_part_itself_stays_en() -> None:
    text = "Lena Hoff, the German foreign minister, met delegates of Ethiopia and Eritrea in Oslo on Monday."
    parts = _on(text, "en", "2026-03-16").participants
    assert "ET" in parts and "ER" in parts
