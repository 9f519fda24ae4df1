"""Drafts made final (one stage helper of ``events``): an event dated only roughly joins the same
event the article dates exactly, and each draft becomes an ``Event`` record with its stable id."""

from __future__ import annotations

from datetime import date

from lagebild.briefing.model import Event, EventKind, EventStatus, fact_id
from lagebild.extract.eventdraft import Draft


def snap_approximate(events: list[Draft]) -> list[Draft]:
    """An event dated only roughly ("ten weeks after the election") is the same-kind event the
    article dates exactly within two weeks of that, when there is one."""
    kept: list[Draft] = []
    for draft in events:
        target = None
        if draft.approx_day is not None:
            approx = draft.approx_day
            target = next((e for e in events if e is not draft and e.approx_day is None and e.kind == draft.kind
                           and e.date and len(e.date) == 10
                           and abs((date.fromisoformat(e.date) - approx).days) <= 14), None)
        if target is None:
            kept.append(draft)
        else:
            target.add(draft.participants)
    return kept


def fold_month_into_day(events: list[Draft], countries: dict[str, str]) -> list[Draft]:
    """A meeting or talks still to come dated only to a month ("will meet in Belfast next month", "talks
    in Lima next week") is the one of that sort the article dates to a day of that month ("due to
    convene on 9 November"), when they share a party — a person counting for the state they act for
    (``countries``: name → ISO code) — or the next sentence gives the day and no one else."""
    kept: list[Draft] = []
    for draft in events:
        target = None
        if draft.date and len(draft.date) == 7 and draft.status == "planned" and draft.kind in ("meeting", "talks"):
            mine = _parties(draft, countries)
            target = next((e for e in events if e is not draft and e.date and len(e.date) == 10
                           and e.date.startswith(draft.date) and e.status == "planned"
                           and e.kind in ("meeting", "talks")
                           and (mine & _parties(e, countries) or _next_told(draft, e))), None)
        if target is None:
            kept.append(draft)
        else:
            target.add(draft.participants)
    return kept


def fold_into_chronology(events: list[Draft], chronology: set[int], persons: set[str]) -> list[Draft]:
    """An event the body dates only to a month that a line of the article's chronology (``chronology``:
    its sentence numbers) dates to a day of that month, with a person in common („reiste Anfang Dezember
    nach Bogotá und traf dort X“ … „4. Dezember: Gerber bei X in Bogotá“): one occurrence told twice
    (CONVENTIONS §7.5), dated by the day."""
    kept: list[Draft] = []
    for draft in events:
        target = None
        if draft.date and len(draft.date) == 7 and draft.sentence not in chronology:
            target = next((e for e in events if e.sentence in chronology and e.date and len(e.date) == 10
                           and e.date.startswith(draft.date) and e.status == draft.status
                           and set(draft.participants) & set(e.participants) & persons), None)
        if target is None:
            kept.append(draft)
        else:
            target.add(draft.participants)
    return kept


def _next_told(draft: Draft, day: Draft) -> bool:
    """The day told in the very next sentence for an event of that same sort that names no one: the
    lead's meeting given its day ("will meet next month" … "is due to convene on 9 November")."""
    return day.kind == draft.kind and not day.participants and day.sentence == draft.sentence + 1


def _parties(draft: Draft, countries: dict[str, str]) -> set[str]:
    return set(draft.participants) | {countries[n] for n in draft.participants if n in countries}


def to_event(draft: Draft) -> Event:
    kind: EventKind = draft.kind if draft.kind in (
        "meeting", "call", "talks", "speech", "statement", "announcement", "other") else "other"  # type: ignore[assignment]
    status: EventStatus = "planned" if draft.status == "planned" else "past"
    identity = (draft.date or "", kind, draft.summary if draft.date is None else "")
    return Event(
        id=fact_id("event", *identity), evidence=draft.evidence,
        review="guessed" if draft.guessed else "extracted", date=draft.date, kind=kind, status=status,
        summary=draft.summary, participants=tuple(draft.participants), place=draft.place,
    )
