"""Sub-headings that are only a date ("Monday", „+++ Donnerstag, 10. Dezember +++“) or only a time of
day ("17.42 GMT", „09:20 Uhr“): a week's review or a live blog dates by its headings what its
paragraphs tell without a date of their own (one stage helper of ``events``).

A time of day alone is the day of writing (CONVENTIONS §7); a bare weekday is the nearest such day in
the direction of the event's tense.  The heading dates the paragraphs below it up to the next heading
(a time heading followed at once by a heading of its topic dates that topic's paragraphs too).
"""

from __future__ import annotations

import re
from datetime import date

from lagebild.extract.datefind import DateMention, find_dates
from lagebild.extract.dates import resolve
from lagebild.extract.doc import Doc

# A time of day, with the zone or „Uhr“ after it: the whole heading of a live blog's entry.
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|GMT|BST|UTC|CET|CEST|MEZ|MESZ|ET|EST|EDT|[ap]\.?m\.?))?",
                    re.IGNORECASE)
# What may stand around a date in a heading that is only a date: rules, signs, commas.
_FRAME = re.compile(r"[\s+*#=–—:,.|-]*")
_DAY_KINDS = ("date", "weekday", "relday")


def _heading_date(heading: str, language: str) -> DateMention | None:
    """The date a heading consists of, or None when it says more than a date."""
    text = heading.strip()
    if _CLOCK.fullmatch(text.strip(" +*#=–—|-")):
        return DateMention(0, len(text), text, "relday")  # the day of writing
    mentions = find_dates(text, language)
    if len(mentions) != 1 or mentions[0].kind not in _DAY_KINDS:
        return None
    rest = text[:mentions[0].start] + " " + text[mentions[0].end:]
    return mentions[0] if _FRAME.fullmatch(rest) else None


def heading_dates(doc: Doc) -> dict[int, DateMention]:
    """The date heading over each paragraph (block index) that stands under one."""
    found: dict[int, DateMention] = {}
    block = 0
    current: DateMention | None = None
    for section in doc.sections:
        mention = _heading_date(section.heading, doc.language) if section.heading else None
        if mention is not None:
            current = mention
        elif section.heading is not None and not (current is not None and _empty_before(doc, section)):
            current = None  # a heading of another kind ends the date's reach
        for _paragraph in section.paragraphs:
            if current is not None:
                found[block] = current
            block += 1
    return found


def _empty_before(doc: Doc, section: object) -> bool:
    """The section before this one is a date heading without paragraphs of its own ("17:15 Uhr" over
    the heading of its entry)."""
    index = next(i for i, s in enumerate(doc.sections) if s is section)
    return index > 0 and not doc.sections[index - 1].paragraphs


def heading_day(mention: DateMention, ref: date, tense: int, status: str) -> str | None:
    """The day a date heading gives an event of this status, read in the tense of the headings'
    events (a week's review looks back, a week's preview ahead); None when the day and the status
    disagree (a plan told under a day gone by is dated by that day's telling, not its own)."""
    iso = resolve(mention, ref, tense)
    if iso is None or len(iso) != 10:
        return None
    day = date.fromisoformat(iso)
    if (status == "past" and day > ref) or (status == "planned" and day < ref):
        return None
    return iso


def headings_tense(statuses: list[str]) -> int:
    """The direction the date headings point: back when most of the events under them are past."""
    return -1 if 2 * statuses.count("past") >= len(statuses) else 1
