"""Names a sentence ties to an event it takes no part in: who tells it in mid-sentence, the owner of
a named person's office, who asks about it or filed what it debates, the body it is about (invented
sentences)."""

from __future__ import annotations

from support.extraction import dated, events_of


def test_the_body_that_owns_an_envoys_office_takes_no_part() -> None:
    event = dated("Envoy\n\nOn Monday, the Foreign Office's special envoy for detainees, Paul Mercer, met the "
                  "family in Leeds.", "en", "2026-03-16")
    assert "Paul Mercer" in event.participants
    assert "Foreign Office" not in event.participants


def test_the_state_whose_mediator_is_named_takes_no_part() -> None:
    events = events_of("Talks\n\nMr Okafor is due to travel to Accra next week for talks with Ghana's mediator, "
                       "former foreign minister Kofi Mensah.", "en", "2026-03-18")
    talks = [e for e in events if "Kofi Mensah" in e.participants]
    assert talks and "GH" not in talks[0].participants


def test_who_says_so_in_the_middle_of_the_sentence_takes_no_part() -> None:
    event = dated("Swap\n\nCanada and Peru exchanged four prisoners in Lima on Saturday, the White House said, in "
                  "the largest swap between the two countries in years.", "en", "2026-03-14")
    assert set(event.participants) == {"CA", "PE"}


def test_who_filed_the_motion_a_council_debates_takes_no_part() -> None:
    event = dated("Motion\n\nDer Nationalrat berät kommende Woche eine Motion von Nationalrätin Anna Berger.",
                  "de", "2026-03")
    assert "Anna Berger" not in event.participants


def test_who_asks_about_a_conference_takes_no_part_in_it() -> None:
    events = events_of("Fragestunde\n\nNationalrat Beat Imfeld erkundigte sich nach der angekündigten "
                       "Folgekonferenz zur Ukraine.", "de", "2026-03-18")
    assert events and all("Beat Imfeld" not in e.participants for e in events)


def test_the_body_talks_are_about_reforming_takes_no_part() -> None:
    event = dated("Talks\n\nNAIROBI – Talks between the government and the opposition on reforming the Independent "
                  "Electoral and Boundaries Commission (IEBC) collapsed on Monday.", "en", "2026-03-16")
    assert "Independent Electoral and Boundaries Commission" not in event.participants


def test_who_reports_the_event_told_before_takes_no_part() -> None:
    event = dated("Gespräche\n\nIstanbul (dpa) – Die Außenminister Russlands und der Ukraine trafen sich am Montag "
                  "in Istanbul zu Gesprächen. Das teilte das türkische Außenministerium am Abend mit.",
                  "de", "2026-03-16")
    assert set(event.participants) == {"RU", "UA"}


def test_who_reports_from_the_event_takes_part() -> None:
    event = dated("Gipfel\n\nBrüssel (dpa) – Die Regierungschefs der EU-Staaten haben sich am Donnerstag in Brüssel "
                  "auf neue Sanktionen geeinigt. Das teilte EU-Ratspräsident Pablo Ortega nach langen Beratungen "
                  "mit.", "de", "2026-03-12")
    assert "Pablo Ortega" in event.participants


def test_a_quoted_remark_on_the_event_adds_no_state() -> None:
    event = dated("Zölle\n\nBrüssel – Die EU hatte am Montag Zölle auf Solarmodule aus Indien verhängt. „Damals hat "
                  "man uns allein gelassen“, sagt ein spanischer Diplomat.", "de", "2026-03-16")
    assert "ES" not in event.participants


def test_who_remarks_after_the_meeting_brings_his_state_to_it() -> None:
    event = dated("Treffen\n\nBrüssel – Die Außenminister Frankreichs und Italiens trafen sich am Montag in Brüssel. "
                  "„Wir sind sehr zufrieden“, sagte der polnische Außenminister nach dem Treffen.", "de", "2026-03-16")
    assert "PL" in event.participants


def test_a_headline_over_a_done_event_adds_nobody_to_the_next_one() -> None:
    events = events_of("Pacific leaders end Samoa summit without fisheries deal\n\nAPIA – Pacific leaders ended "
                       "their summit without agreeing on a fisheries deal, officials said. Next year's summit is "
                       "set to take place in Fiji.", "en", "2026-03-18")
    later = [e for e in events if "Fiji" in e.summary]
    assert later and "WS" not in later[0].participants


def test_both_sides_are_those_between_whom_talks_were_told_paragraphs_before() -> None:
    event = dated("Zölle\n\nGenf – Die Gespräche zwischen Kanada und Mexiko über Stahlzölle sind am Montag vertagt "
                  "worden.\n\nDie Wirtschaft reagierte enttäuscht. Ein Verband sprach von einem schlechten Signal. "
                  "Die Börsen gaben nach. Ein Sprecher der Industrie warnte vor Folgen.\n\nBereits im Februar "
                  "hatten beide Seiten eine Verhandlungsrunde in Genf abgebrochen.", "de", "2026-02")
    assert {"CA", "MX"} <= set(event.participants)


def test_on_both_sides_of_the_border_names_no_sides() -> None:
    events = events_of("Tariffs\n\nOTTAWA – Talks between Canada and Mexico on steel tariffs stalled on Monday. "
                       "Exporters were disappointed. Markets fell. Analysts were divided. Banks cut forecasts.\n\n"
                       "\"Every week of uncertainty costs jobs on both sides of the border,\" the Steel Workers Union "
                       "said in a statement on Tuesday, urging both governments to return to talks.",
                       "en", "2026-03-18")
    said = [e for e in events if e.date == "2026-03-17"]
    assert said and all("MX" not in e.participants for e in said)
