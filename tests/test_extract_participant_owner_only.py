"""A state or body named only as the owner of something else takes no part in the act: of the help,
mediation or offer someone gives or welcomes, of the office whose unnamed holder acts (invented sentences)."""

from __future__ import annotations

from support.extraction import dated


def test_whose_mediation_a_minister_offers_is_no_party_de() -> None:
    text = ("Vermittlung\n\nWien – Außenminister Karl Brunner ist am Montag nach Tiflis gereist. Er hatte bereits am "
            "10. März in Tiflis den georgischen Präsidenten Levan Beridse getroffen und ihm die Vermittlung "
            "Norwegens angeboten.")
    meeting = dated(text, "de", "2026-03-10")
    assert "Levan Beridse" in meeting.participants and "NO" not in meeting.participants


def test_whose_support_is_promised_is_no_party_de() -> None:
    text = ("Migration\n\nValletta – Kommissar Sven Lindholm hat am 12. März mit Innenminister Paul Vella "
            "telefoniert und die Unterstützung der Schweiz zugesagt.")
    call = dated(text, "de", "2026-03-12")
    assert "Paul Vella" in call.participants and "CH" not in call.participants


def test_whose_assistance_is_offered_is_no_party_en() -> None:
    text = ("Earthquake\n\nWASHINGTON — Deputy Secretary Tom Carver on March 12 expressed condolences for the "
            "victims of the earthquake in Hokkaido and offered U.S. assistance.")
    event = dated(text, "en", "2026-03-12")
    assert "Tom Carver" in event.participants and "US" not in event.participants


def test_a_mediator_named_without_a_determiner_still_takes_part_de() -> None:
    text = ("Austausch\n\nKiew – Unter Vermittlung Norwegens haben die Ukraine und Russland am 12. März "
            "Gefangene ausgetauscht.")
    swap = dated(text, "de", "2026-03-12")
    assert {"UA", "RU", "NO"} <= set(swap.participants)


def test_a_body_before_an_unnamed_holders_office_is_no_party_en() -> None:
    text = ("Sahel\n\nNEW YORK — The elections in Mali are the last chance for some time, the United Nations "
            "Special Representative for the country told the Security Council on March 12.")
    briefing = dated(text, "en", "2026-03-12")
    assert "Security Council" in briefing.participants and "United Nations" not in briefing.participants


def test_a_body_before_an_unnamed_ambassador_is_no_party_en() -> None:
    text = ("Summit\n\nOSLO — A Norwegian OSCE ambassador said on March 12 that the talks in Vienna would go on.")
    assert all("OSCE" not in e.participants for e in [dated(text, "en", "2026-03-12")])


def test_an_acronym_for_a_long_name_before_a_thing_is_no_party_en() -> None:
    text = ("Island offer\n\nVALLETTA — Malta offered on March 12 to host new talks on the island, the United Nations "
            "said.\n\nA UN plan for the island was rejected by its voters in a referendum in April 2004.")
    vote = dated(text, "en", "2004-04")
    assert "United Nations" not in vote.participants


def test_a_body_owning_the_topic_of_a_conference_is_no_party_de() -> None:
    text = ("Tagung\n\nGraz – Die frühere Ministerin Helene Aistleitner nahm am 12. März in Prag an einer Konferenz "
            "zur Zukunft der OSZE teil.")
    conference = dated(text, "de", "2026-03-12")
    assert "Helene Aistleitner" in conference.participants
    assert not any("OSZE" in p or "Sicherheit" in p for p in conference.participants)


def test_a_body_owning_a_mandate_is_no_party_en() -> None:
    text = ("Haiti\n\nNEW YORK — The Security Council voted on March 12 on extending the mandate of the Coastal "
            "Protection Force for another year.")
    vote = dated(text, "en", "2026-03-12")
    assert "Security Council" in vote.participants and "Coastal Protection Force" not in vote.participants


def test_a_body_whose_people_or_meeting_are_named_still_takes_part() -> None:
    de = dated("Parteien\n\nMagdeburg – Der Landesvorstand der Grünen Liste hat am 12. März in Magdeburg getagt.",
               "de", "2026-03-12")
    assert "Grüne Liste" in de.participants or any("Grün" in p for p in de.participants)
    en = dated("Forum\n\nSUVA — The foreign ministers of the Pacific Islands Forum met in Suva on March 12.",
               "en", "2026-03-12")
    assert "Pacific Islands Forum" in en.participants


def test_a_house_named_as_where_seats_or_a_chair_are_held_is_no_party_de() -> None:
    text = ("Wahl\n\nKopenhagen – Bei der Wahl am 1. März ist die Sozialdemokratische Partei stärkste Kraft geworden, "
            "sie hat aber nur 40 der 179 Sitze im Bundestag.")
    assert "Bundestag" not in dated(text, "de", "2026-03-01").participants
    chair = dated("Vorsitz\n\nWien – Am 1. März übernimmt Portugal für sechs Monate den Vorsitz im Rat der EU.",
                  "de", "2026-03-01")
    assert "PT" in chair.participants and "Rat der EU" not in chair.participants


def test_a_house_after_an_event_noun_still_takes_part_de() -> None:
    text = "Abstimmung\n\nWien – Die Abstimmung im Rat der EU ist für den 12. März angesetzt."
    vote = dated(text, "de", "2026-03-12")
    assert "Rat der EU" in vote.participants


def test_a_house_named_as_where_a_majority_is_held_is_no_party_en() -> None:
    text = ("Vote\n\nWASHINGTON — On March 12 the Democrats lost their majority in the Senate after a special "
            "election in Ohio.")
    assert "Senate" not in dated(text, "en", "2026-03-12").participants
