"""A bare state office in an outlet of a known state is that state's, as a guess (issue #13).

Invented sentences.  National news names its own ministers bare and qualifies foreign ones; the home state
comes from the address's country domain, a language tag that is more than a spelling, or the city the
outlet names.  Not for a delegation's member, not under a foreign dateline, not by "en-GB" or ".com".
"""

from __future__ import annotations

from lagebild.article import Article
from lagebild.extract.pipeline import build_doc


def persons(text: str, language: str = "en", url: str | None = None,
            locale: str | None = None, outlet: str | None = None) -> dict[str, tuple[str | None, str]]:
    article = Article(path="x.txt", name="x.txt", text=text, digest="0", published="2026-03-18",
                      language=language, url=url, locale=locale, outlet=outlet)
    return {p.name: (p.country, p.review) for p in build_doc(article).persons}


HOME = ("Ireland will vote against the trade agreement next week, the Government said. "
        "The Minister for Agriculture, Ciaran Walsh, met farmers' leaders on Monday. "
        "France and Austria are expected to vote against, and Irish farmers plan a protest.")


def test_a_bare_office_in_a_national_outlet_is_the_home_states_guess() -> None:
    assert persons(HOME, url="https://paper.example.ie/news/1")["Ciaran Walsh"] == ("IE", "guessed")
    assert persons(HOME, locale="en-IE")["Ciaran Walsh"] == ("IE", "guessed")


def test_no_home_from_a_spelling_tag_or_a_generic_address() -> None:
    assert persons(HOME, url="https://paper.example.com/news/1", locale="en-GB")["Ciaran Walsh"][0] is None


def test_a_delegations_minister_is_not_the_home_states() -> None:
    text = ("Kenya hosted the talks between Sudan's government and Sudanese rebels in Nairobi. "
            "The government delegation is led by Presidential Affairs Minister Ali Osman Taha.")
    assert persons(text, url="https://paper.example.co.ke/x")["Ali Osman Taha"][0] != "KE"


def test_a_foreign_dateline_keeps_the_home_state_out() -> None:
    text = ("JOHANNESBURG (AP) — India and South Africa signed a trade deal. India's trade minister was present. "
            "Foreign Minister Thabo Nkosi said the deal was fair.")
    assert persons(text, url="https://paper.example.in/x")["Thabo Nkosi"][0] != "IN"


def test_the_outlet_names_its_city() -> None:
    assert persons(HOME, outlet="The Liffey Times (Dublin)")["Ciaran Walsh"] == ("IE", "guessed")


def test_a_sentence_about_another_state_keeps_the_home_state_out() -> None:
    text = ("Ukraine's foreign minister met Polish officials in Kyiv on Monday. "
            "Foreign Ministry spokeswoman Irina Volkova said Moscow would not take part.")
    assert persons(text, url="https://paper.example.com.ua/x")["Irina Volkova"][0] != "UA"


def test_a_home_institutions_commissioner_is_the_home_states() -> None:
    text = ("Ukraine and Russia swapped prisoners on Sunday. Ukrainian officials welcomed the exchange. "
            "Parliament's human rights commissioner, Pavlo Bondar, said more exchanges were being prepared.")
    assert persons(text, url="https://paper.example.com.ua/x")["Pavlo Bondar"] == ("UA", "guessed")
