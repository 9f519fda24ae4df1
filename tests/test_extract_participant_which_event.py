"""Which event told before a sentence gets its names: an act of another sort later the same day is not the
caller's.  Every text here is invented."""

from __future__ import annotations

from support.extraction import events_of


def test_an_act_of_another_sort_later_that_day_is_not_the_callers() -> None:
    text = ("Außenministerin Hanna Kroll hat am Montag mit ihrem litauischen Amtskollegen Tomas Vaitkus "
            "telefoniert.\n\n"
            "Bei russischen Raketenangriffen auf die Stadt Sumy sind in der Nacht drei Menschen getötet worden.")
    found = [e for e in events_of(text, "de", "2026-06-02") if e.date == "2026-06-01" and e.kind == "other"]
    assert found, "no attack told"
    assert "Hanna Kroll" not in found[0].participants and "Tomas Vaitkus" not in found[0].participants
