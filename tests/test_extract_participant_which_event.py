"""Which event told before a sentence that names no date gets its names: a meeting named after a call
is not the call; "the talks" past a paragraph are the article's talks, not a round told in passing.
Every text here is invented."""

from __future__ import annotations

from support.extraction import events_of


def _participants(text: str, language: str, day: str) -> tuple[str, ...]:
    found = [e for e in events_of(text, language, "2026-06-01") if e.date == day]
    assert found, f"no event on {day}"
    return found[0].participants


def test_a_meeting_named_after_a_call_is_not_the_call() -> None:
    text = ("Georgia and Armenia will resume talks in Vienna on June 15.\n\n"
            "Foreign Minister Karl Brenner held a phone call with his Armenian counterpart Aram Sarkisian on "
            "Saturday. The fifth meeting of the border commission will be led by State Secretary Anna Roth and "
            "Deputy Minister Levon Hakobian.")
    call = _participants(text, "en", "2026-05-30")
    assert "Anna Roth" not in call and "Levon Hakobian" not in call
    assert "Anna Roth" in _participants(text, "en", "2026-06-15")


def test_the_talks_past_a_paragraph_are_the_articles_talks() -> None:
    text = ("Die Gespräche zwischen Georgien und Armenien sollen am 15. Juni in Wien beginnen.\n\n"
            "Eine erste Gesprächsrunde im März in Baku hatte keine Einigung gebracht.\n\n"
            "Vorsitz\n\n"
            "Geleitet werden die Gespräche von Botschafter Paul Egger.")
    assert "Paul Egger" in _participants(text, "de", "2026-06-15")
    assert "Paul Egger" not in _participants(text, "de", "2026-03")


def test_an_act_of_another_sort_later_that_day_is_not_the_callers() -> None:
    text = ("Außenministerin Hanna Kroll hat am Montag mit ihrem litauischen Amtskollegen Tomas Vaitkus "
            "telefoniert.\n\n"
            "Bei russischen Raketenangriffen auf die Stadt Sumy sind in der Nacht drei Menschen getötet worden.")
    found = [e for e in events_of(text, "de", "2026-06-02") if e.date == "2026-06-01" and e.kind == "other"]
    assert found, "no attack told"
    assert "Hanna Kroll" not in found[0].participants and "Tomas Vaitkus" not in found[0].participants
