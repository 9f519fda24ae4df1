"""Who is not at an event still to come, who stayed away, and who only reports (invented sentences)."""

from __future__ import annotations

from support.extraction import dated


def test_who_spoke_after_a_meeting_is_not_at_a_summit_still_to_come() -> None:
    event = dated("Gipfel\n\nOslo (dpa) – Ein neuer Anlauf soll am Donnerstag beim Nordischen Gipfel in Oslo "
                  "unternommen werden. „Das ist ein schwerer Tag“, sagte die estnische Außenministerin Kadri Tamm "
                  "nach dem Treffen.", "de", "2026-03-19")
    assert "Kadri Tamm" not in event.participants


def test_who_did_something_already_is_not_at_a_meeting_still_to_come() -> None:
    event = dated("Summit\n\nOSLO – Leaders will try again at the Nordic summit in Oslo on Thursday. Estonian "
                  "Foreign Minister Kadri Tamm backed the plan after the meeting.", "en", "2026-03-19")
    assert "Kadri Tamm" not in event.participants


def test_who_will_attend_a_meeting_still_to_come_joins_it() -> None:
    event = dated("Gipfel\n\nOslo (dpa) – Am Donnerstag treffen sich die nordischen Regierungschefs in Oslo. Auch "
                  "die estnische Regierungschefin Kadri Tamm nimmt an dem Treffen teil.", "de", "2026-03-19")
    assert "Kadri Tamm" in event.participants


def test_who_stayed_away_in_a_relative_clause_takes_no_part() -> None:
    event = dated("Treffen\n\nOslo (dpa) – Die nordischen Außenminister trafen sich am Montag in Oslo. Kritik kam "
                  "aus Estland, dessen Außenministerin Kadri Tamm dem Treffen fernblieb.", "de", "2026-03-16")
    assert "Kadri Tamm" not in event.participants


def test_the_office_a_report_came_from_takes_no_part() -> None:
    event = dated("Telefonat\n\nOslo (dpa) – Bundesaußenminister Lars Holm hatte am Sonntag mit seiner estnischen "
                  "Amtskollegin Kadri Tamm telefoniert, wie es aus dem Auswärtigen Amt hieß.", "de", "2026-03-15")
    assert "Kadri Tamm" in event.participants
    assert "Auswärtiges Amt" not in event.participants


def test_who_will_take_part_in_a_later_paragraph_joins_the_event_still_to_come() -> None:
    text = ("Gespräche\n\nBern – Norwegen und Island sollen sich am 12. Januar in Genf treffen. Die beiden hatten "
            "sich bereits im November in Genf getroffen.\n\nDie EU und die USA sollen als Beobachter teilnehmen.")
    assert {"EU", "US"} <= set(dated(text, "de", "2027-01-12").participants)
    assert "US" not in dated(text, "de", "2025-11").participants


def test_who_will_attend_in_english_joins_the_event_still_to_come() -> None:
    text = ("Talks\n\nGENEVA – Norway and Iceland will meet in Geneva on January 12. The two had met in Geneva in "
            "November.\n\nThe European Union and the United States will attend as observers.")
    assert {"European Union", "US"} <= set(dated(text, "en", "2027-01-12").participants)


def test_who_a_report_says_is_expected_joins_the_event_told_before() -> None:
    text = ("Gipfel\n\nOslo (dpa) – Die Regierungschefs der Nordsee-Anrainer kommen am Donnerstag in Oslo zu einem "
            "Energiegipfel zusammen. Erwartet werden Vertreter von sechs Staaten, darunter Dänemark und die "
            "Niederlande, wie die norwegische Regierung am Dienstag mitteilte. Gastgeber ist der norwegische "
            "Ministerpräsident Lars Holm.")
    summit = dated(text, "de", "2026-03-19")
    assert {"DK", "NL", "Lars Holm"} <= set(summit.participants)


def test_the_state_someone_takes_part_for_takes_part() -> None:
    text = ("Gipfel\n\nOslo (dpa) – Die Regierungschefs der Nordsee-Anrainer kommen am Donnerstag in Oslo zu einem "
            "Energiegipfel zusammen. Für Dänemark nimmt Wirtschaftsministerin Anna Berg an dem Treffen teil.")
    assert "DK" in dated(text, "de", "2026-03-19").participants


def test_a_headline_that_says_a_state_stays_away_gives_it_no_part() -> None:
    text = ("Nordic states sign fisheries deal as Iceland stays away\n\nOSLO – Norway, Sweden and Denmark signed a "
            "fisheries agreement on Wednesday.")
    assert "IS" not in dated(text, "en", "2026-03-18").participants
