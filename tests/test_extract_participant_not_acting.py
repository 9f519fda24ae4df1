"""Names a sentence ties to an event without their taking part in it: whoever refuses to come or did not
come, whoever only announces who joins, whose birthday an event marks and whoever is only the agent
of a thing („ein von X ausgehandeltes Abkommen“).  Every text here is invented."""

from __future__ import annotations

import pytest
from support.extraction import dated


@pytest.mark.parametrize(("text", "language", "day", "absent"), [
    ("Die Gespräche zwischen Armenien und Aserbaidschan sollen am 12. Mai in Genf stattfinden. Die OSZE nimmt "
     "als Beobachterin teil; Ungarn hat eine Teilnahme abgelehnt.", "de", "2026-05-12", "HU"),
    ("Die Gespräche zwischen Armenien und Aserbaidschan sollen am 12. Mai in Genf stattfinden. Die OSZE nimmt "
     "als Beobachterin teil, Ungarn lehnte die Einladung ab.", "de", "2026-05-12", "HU"),
    ("Talks between Armenia and Azerbaijan will be held in Geneva on May 12. The OSCE will attend as an "
     "observer, while Hungary declined to take part.", "en", "2026-05-12", "HU"),
    ("Talks between Armenia and Azerbaijan will be held in Geneva on May 12. The OSCE will attend as an "
     "observer; Hungary turned down an invitation.", "en", "2026-05-12", "HU"),
])
def test_who_refuses_to_take_part_is_no_participant(text: str, language: str, day: str, absent: str) -> None:
    assert absent not in dated(text, language, day).participants


def test_who_did_not_take_part_is_absent_also_with_the_joined_verb() -> None:
    text = ("Die Staats- und Regierungschefs der EU haben sich am Montag in Brüssel auf einen Fahrplan geeinigt. "
            "Polen war durch Präsident Adam Nowicki vertreten; Außenministerin Karla Brandt hatte an dem Treffen "
            "nicht teilgenommen.")
    participants = dated(text, "de", "2026-03-16").participants
    assert "Karla Brandt" not in participants


def test_who_announces_who_joins_only_reports_it() -> None:
    text = ("Der Europaausschuss wird sich am 3. April erneut mit dem Fahrplan befassen. Dazu soll auch "
            "Kommissarin Marta Lindqvist per Video zugeschaltet werden, kündigte Ausschussvorsitzender "
            "Peter Hainbuch an.")
    participants = dated(text, "de", "2026-04-03").participants
    assert "Peter Hainbuch" not in participants
    assert "Marta Lindqvist" in participants


def test_whose_numbered_birthday_an_event_marks_is_no_participant() -> None:
    text = ("Am Mittwoch ist der Diplomat Karl Wendtner in Bonn gestorben. Ein für Oktober in Wien geplantes "
            "Symposium zu Wendtners 85. Geburtstag will die OSZE nun als Gedenkveranstaltung abhalten.")
    assert "Karl Wendtner" not in dated(text, "de", "2026-10").participants


def test_the_agent_inside_a_noun_phrase_only_describes_the_thing() -> None:
    text = ("Am 4. März unterzeichneten Vertreter Georgiens und Armeniens in Tiflis ein von Botschafter "
            "Karl Wendtner ausgehandeltes Abkommen über den Abzug von Truppen.")
    assert "Karl Wendtner" not in dated(text, "de", "2026-03-04").participants


def test_the_agent_of_an_event_noun_takes_part() -> None:
    text = "Am 4. März beginnt in Tiflis die nächste Runde des von Botschafter Karl Wendtner vermittelten Dialogs."
    assert "Karl Wendtner" in dated(text, "de", "2026-03-04").participants
