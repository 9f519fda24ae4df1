"""Cues of unseen text that tie a person to a state (issue #13), on invented sentences.

An apposition naming the state right before the person ("her Peruvian counterpart, Trade Minister X",
"Chile's negotiator, former minister X"), the side the person leads ("on the Peruvian side by negotiator X"),
the person's own verb ("X represented Samoa"), nationality words of small states ("Tongan"), the federal
government's spokesperson without a locale, and the false ties that gave wrong states: a lexicon office in a
report set in another state, the person someone spoke *with*, a newspaper's desk head.
"""

from __future__ import annotations

from tests.support.extraction import doc_of


def countries(text: str, language: str = "en", locale: str | None = None) -> dict[str, str | None]:
    return {p.name: p.country for p in doc_of(text, language, locale=locale).persons}


def test_a_counterpart_apposition_names_the_persons_state() -> None:
    text = ("The minister spoke on Tuesday after a call with her Peruvian counterpart, Trade Minister Rosa Quispe, "
            "about copper exports.")
    assert countries(text)["Rosa Quispe"] == "PE"


def test_a_counterpart_apposition_in_german() -> None:
    text = ("Die Ministerin telefonierte am Dienstag mit ihrem chilenischen Amtskollegen, Handelsminister "
            "Tomás Ibarra, über Kupfer.")
    assert countries(text, "de")["Tomás Ibarra"] == "CL"


def test_a_states_genitive_office_in_apposition() -> None:
    text = "The envoy will fly to Lima next week for talks with Chile's negotiator, former minister Tomás Ibarra."
    assert countries(text)["Tomás Ibarra"] == "CL"


def test_the_side_the_person_leads() -> None:
    text = "The round, led on the Peruvian side by chief negotiator Rosa Quispe, closed four chapters."
    assert countries(text)["Rosa Quispe"] == "PE"


def test_the_persons_own_verb_of_representing() -> None:
    text = "Fisheries Minister Tala Leaupepe represented Samoa; the Prime Minister stayed in Samoa for the budget."
    assert countries(text)["Tala Leaupepe"] == "WS"


def test_a_small_states_nationality_word() -> None:
    text = "The envoy met Tongan Prime Minister Sione Fifita, the host, on Monday to settle the fund's size."
    assert countries(text)["Sione Fifita"] == "TO"


def test_a_lexicon_office_in_a_report_set_in_another_state() -> None:
    text = ("NAIROBI — Talks on the electoral commission resumed in Nairobi on Monday. Kenya's opposition wants "
            "new commissioners; Kenya's government refuses. A US observer attended. The government side is led "
            "by Attorney General Mercy Achieng.")
    assert countries(text)["Mercy Achieng"] != "US"


def test_the_federal_governments_spokeswoman_without_a_locale() -> None:
    text = ("Der Austausch fand in Vilnius statt. Die Bundesregierung sei „eng eingebunden“ gewesen, teilte "
            "Regierungssprecherin Petra Lindner mit.")
    assert countries(text, "de")["Petra Lindner"] == "DE"


def test_whom_someone_spoke_with_is_not_the_opening_states_voice() -> None:
    text = ("Washington und Minsk hatten sich vergangene Woche verständigt. Der US-Gesandte Tom Bright hatte zuvor "
            "in Minsk mit Machthaber Aljaksandr Sawitsch gesprochen.")
    assert countries(text, "de")["Aljaksandr Sawitsch"] != "US"


def test_a_spokesman_after_a_seat_of_government_acting() -> None:
    text = ("The Kremlin has rejected the proposal. Spokesman Pavel Gromov told reporters that any troops "
            "would be a target.")
    assert countries(text)["Pavel Gromov"] == "RU"


def test_a_newspapers_desk_head_acts_for_no_state() -> None:
    text = ("Die Schweiz und die Sanktionen\n\nDie Schweiz streitet über Sanktionen. In der Schweiz wächst der Unmut, "
            "in Bern berät der Bundesrat.\n\n«Der Bundesrat hat gezögert», schreibt Inlandchefin Vreni Ammann.")
    assert countries(text, "de", "de-CH")["Vreni Ammann"] is None


def test_a_ministers_industry_portfolio_is_no_company() -> None:
    text = ("New Delhi: Commerce and Industry Minister Anil Varma met EU officials in Brussels on Friday. India "
            "wants a deal this year. India is ready to cut tariffs.")
    assert countries(text)["Anil Varma"] == "IN"


def test_a_datelined_minister_after_what_they_said() -> None:
    text = ("Ottawa weighs its options\n\nOTTAWA — Canada and Brazil will table a joint offer when the talks with "
            "the United States resume, Trade Minister Anne Dubois said Wednesday. Canada wants a deal. Canada's "
            "farmers are worried.")
    assert countries(text)["Anne Dubois"] == "CA"


def test_a_hyphenated_vice_premier_is_a_visitor_whose_host_is_met() -> None:
    text = ("China's Vice-Premier Wang Dong arrived in Wellington for a three-day visit. Wang met Prime Minister "
            "Hamish Tait at Parliament, where the two sides signed a protocol.")
    found = countries(text)
    assert found["Wang Dong"] == "CN"
    assert found["Hamish Tait"] == "NZ"


def test_a_federal_states_office_in_apposition() -> None:
    text = "Oregon's junior senator, Ellen Marsh, said in a statement that the talks were overdue."
    assert countries(text)["Ellen Marsh"] == "US"


def test_a_bare_rank_the_sentence_puts_in_the_army() -> None:
    text = ("Die sudanesische Armee und die Miliz verhandeln in Dschidda. Für die Armee verhandelt General Yusuf "
            "Bakri, für die Miliz deren Vizechef.")
    assert countries(text, "de")["Yusuf Bakri"] == "SD"


def roles(text: str, language: str = "en") -> dict[str, str | None]:
    return {p.name: p.role for p in doc_of(text, language).persons}


def test_a_role_with_a_lowercase_complement_before_the_name() -> None:
    text = "On Monday, the special envoy for detainee affairs, Paul Ridley, met the family in Toledo."
    assert roles(text)["Paul Ridley"] == "special envoy for detainee affairs"


def test_a_spokesperson_on_a_portfolio_before_the_name() -> None:
    text = "The party welcomed the deal. Its spokesperson on trade, Ama Boateng, told reporters it was rushed."
    assert roles(text)["Ama Boateng"] == "spokesperson on trade"


def test_an_advisers_capitalised_portfolio_after_on() -> None:
    text = "The statement was signed by the Special Adviser to the President on Media and Publicity, Tunde Adebayo."
    assert roles(text)["Tunde Adebayo"] == "Special Adviser to the President on Media and Publicity"


def test_its_secretary_after_a_party_named_in_the_sentence_before() -> None:
    text = ("The Orange Democratic Movement on Monday rejected the bill. In a statement by its National "
            "Organising Secretary, Mary Wambui, the party asked the Senate to block it.")
    assert countries(text)["Mary Wambui"] == "KE"


def test_a_party_groups_head_after_the_group_named_with_its_party() -> None:
    text = ("Die Klausur der SPD-Fraktion ist auf Februar verschoben worden. Fraktionschef Jonas Brenner begründete "
            "das mit Terminen in Brüssel.")
    assert countries(text, "de")["Jonas Brenner"] == "DE"


def test_an_opposition_critic_in_an_apposition_with_a_plural_possessive() -> None:
    text = "Jas Dhillon, the Liberals' finance critic, said on Wednesday that the budget had lost a year."
    assert roles(text)["Jas Dhillon"] == "Liberals' finance critic"


def test_the_side_attacks_came_from_is_not_the_speakers() -> None:
    text = "Overnight the attacks came from the Russian side, Governor Ivan Petrenko said on Monday."
    assert countries(text)["Ivan Petrenko"] != "RU"
