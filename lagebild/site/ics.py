"""The iCalendar export (RFC 5545), written by the `icalendar` package.

Escaping, line folding and CRLF line ends are the library's job: a summary
or id that contains a line break becomes an escaped ``\\n`` inside its
property and never a line of its own.  What the format cannot hold at all
(control characters other than line breaks and tabs) is removed here first.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, vText
from icalendar import Event as CalendarEvent

from lagebild.i18n import format_date, kind_label, labels
from lagebild.picture.events_merge import MergedEvent

# C0 controls but tab and LF, DEL, C1 controls, and the Unicode line/paragraph separators.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def ics_text(text: str) -> str:
    """Text the calendar may carry: CR/CRLF as LF (the library escapes it), no other control characters."""
    return _UNSAFE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """For values that must stay one token (UID): every line break or control becomes '-'."""
    return re.sub(r"\s", "-", _UNSAFE.sub("-", text))


def month_span(value: str) -> tuple[date, date, bool]:
    """All-day range [start, end) for a date; a month-only date spans its whole month."""
    if len(value) == 7:
        start = date(int(value[:4]), int(value[5:7]), 1)
        end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start, end, True
    start = date.fromisoformat(value)
    return start, start + timedelta(days=1), False


def vevent(merged: MergedEvent, stamp: datetime, url: str | None) -> CalendarEvent:
    """One merged event (every briefing that reports it) as an all-day VEVENT."""
    assert merged.date is not None
    briefing, event = merged.latest.briefing, merged.latest.event
    start, end, month_only = month_span(merged.date)
    words = labels(briefing.language)
    summary = f"{kind_label(merged.kind, briefing.language)}: {event.summary or briefing.title}"
    if month_only:
        summary += f" ({format_date(merged.date, briefing.language, briefing.locale)}, {words['day_open']})"
    reported = [f"{words['briefing']}: {r.briefing.title} ({r.source})" for r in merged.reports]
    description = "\n".join(part for part in (event.evidence, *reported, url) if part)
    language = {"LANGUAGE": briefing.language}
    entry = CalendarEvent()
    entry.add("uid", one_line(f"{merged.id}@lagebild"))
    entry.add("dtstamp", stamp)
    entry.add("dtstart", start)
    entry.add("dtend", end)
    entry.add("summary", ics_text(summary), parameters=language)
    entry.add("description", ics_text(description), parameters=language)
    if merged.place:
        entry.add("location", ics_text(merged.place))
    if url and url.startswith(("http://", "https://")) and not _UNSAFE.search(url) and " " not in url:
        entry.add("url", url)
    # A month-only date is a placeholder: keep it out of free/busy and mark it tentative.
    entry.add("transp", "TRANSPARENT")
    entry.add("status", "TENTATIVE" if month_only or merged.is_guess else "CONFIRMED")
    return entry


def calendar_text(entries: list[tuple[MergedEvent, str | None]], today: str, site_name: str) -> str:
    """Dated merged events as all-day VEVENTs, in the order given; entries: (merged event, page URL)."""
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", f"-//{ics_text(site_name)}//Lagebild//DE")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", vText(ics_text(site_name)))  # a non-standard name: say it is TEXT
    stamp = datetime.combine(date.fromisoformat(today), datetime.min.time(), tzinfo=UTC)
    for merged, url in entries:
        calendar.add_component(vevent(merged, stamp, url))
    return calendar.to_ical().decode("utf-8")
