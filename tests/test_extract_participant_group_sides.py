"""A group noun that points back to the sides just named (invented sentences)."""

from __future__ import annotations

from support.extraction import dated


def test_the_delegations_are_those_of_the_states_between_which_talks_are_held() -> None:
    event = dated("Gespräche\n\nBern – Die Schweiz richtet erneut Gespräche zwischen Norwegen und Island aus. Die "
                  "Delegationen sollen sich am 12. Januar in Genf treffen.", "de", "2027-01-12")
    assert {"NO", "IS"} <= set(event.participants)


def test_the_two_sides_are_the_two_states_just_named() -> None:
    event = dated("Talks\n\nOSLO – Norway and Iceland held fishery talks in Oslo on Monday. The two sides will meet "
                  "again in Reykjavik on Friday.", "en", "2026-03-20")
    assert {"NO", "IS"} <= set(event.participants)


def test_a_count_that_does_not_match_takes_no_sides() -> None:
    event = dated("Talks\n\nOSLO – Norway and Iceland held fishery talks in Oslo on Monday. The three countries "
                  "will meet again in Reykjavik on Friday.", "en", "2026-03-20")
    assert "NO" not in event.participants


def test_the_two_are_the_two_persons_just_named() -> None:
    event = dated("Gespräche\n\nBern – Die Delegationen leiten der norwegische Vizeaußenminister Lars Holm und die "
                  "isländische Sondergesandte Anna Jónsdóttir. Die beiden hatten sich bereits am Montag in Genf "
                  "getroffen.", "de", "2026-03-16")
    assert {"Lars Holm", "Anna Jónsdóttir"} <= set(event.participants)


def test_the_two_parties_are_the_bodies_between_which_talks_were_held_not_the_mediators() -> None:
    text = ("Talks\n\nNorwegian and Swiss mediators suspended talks between the Northern Alliance (NA) and the "
            "Southern Front (SF) in Geneva.\n\nThe mediation of the United Nations, Norway and Switzerland has not "
            "announced the suspension.\n\nOn 7 March, the two parties reached an agreement on humanitarian access.")
    event = dated(text, "en", "2026-03-07")
    assert "NO" not in event.participants and "CH" not in event.participants


def test_who_leads_the_delegations_joins_the_talks_told_before() -> None:
    text = ("Gespräche\n\nBern – Die Delegationen Norwegens und Islands sollen sich am 12. Januar in Genf treffen. "
            "Geleitet werden die Delegationen vom norwegischen Vizeaußenminister Lars Holm und von der isländischen "
            "Sondergesandten Anna Jónsdóttir.")
    assert {"Lars Holm", "Anna Jónsdóttir"} <= set(dated(text, "de", "2027-01-12").participants)


def test_who_signed_a_deal_told_again_joins_its_signing() -> None:
    text = ("Deal\n\nOSLO – Norway, Sweden and Denmark signed a fisheries agreement on Wednesday. The deal was "
            "signed in Oslo by Norwegian Prime Minister Lars Holm and Swedish Prime Minister Anna Berg.")
    assert {"Lars Holm", "Anna Berg"} <= set(dated(text, "en", "2026-03-18").participants)
