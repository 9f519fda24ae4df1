"""The date expressions of a sentence that can date an event (one stage helper of ``events``).

Not those inside quotations, broadcast or publishing stamps or attributions; of a range or a span
told with its end ("from Monday to Wednesday", "begann am Montag und dauert bis Samstag", "began on
Monday, ended on Wednesday"), only the first day; not the date of a side meeting's occasion, nor a
first plan beside its new date, nor one told as given up ("had been set for Saturday").  And the
months the article places in a given year.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from lagebild.extract.datefind import DateMention, find_dates, inside, lang_data, quote_spans
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventdates import dates_the_occasion, ends_a_dated_event, ends_span, superseded_plan
from lagebild.extract.eventdraft import DATED, clause_of, split_clauses
from lagebild.extract.eventreports import attributed_date
from lagebild.extract.stamps import stamp_spans


def date_mentions(sentence: Sentence, language: str) -> list[DateMention]:
    """Date expressions outside quotations and outside broadcast or publishing stamps; the second
    day of a range ("on Jan 13 and Jan 14", "vom 3. bis 5. Mai") belongs to the first."""
    text = sentence.text
    skip = quote_spans(text) + stamp_spans(text, language)
    found = [m for m in find_dates(text, language) if not inside(m.start, skip)
             and not attributed_date(text, m.start, m.end, language)]
    kept: list[DateMention] = []
    for m in found:
        prev = kept[-1] if kept else None
        if prev is not None and prev.kind == "relweek" and m.kind == "weekday" and re.fullmatch(
                r"\s*,?\s*(?:am|von|ab|on|from)?\s*", text[prev.end:m.start]):
            # "kommende Woche von Montag bis Mittwoch": the weekday of that week names the day.
            kept[-1] = replace(m, direction=prev.direction)
            continue
        if prev is not None and prev.kind == m.kind and m.kind in ("date", "weekday") and re.fullmatch(
                r"\s*(?:and|und|bis|to|through|until|–|-)\s*(?:zum\s+|the\s+)?", text[prev.end:m.start]):
            continue  # "from Monday to Wednesday", "Montag bis Mittwoch": one event, dated by its first day
        if any(k.kind in DATED for k in kept) and ends_span(text, m, language):
            continue  # "hatten am Donnerstag begonnen und dauern bis Samstag": the end of the event told
        if any(k.kind in DATED for k in kept) and dates_the_occasion(text, m, language):
            continue  # "met X on Thursday on the sidelines of the summit, which ends on Friday"
        if any(k.kind in DATED for k in kept) and ends_a_dated_event(text, m, language):
            continue  # "The talks, which began on Monday, ended on Wednesday": its last day
        kept.append(m)
    if len([m for m in kept if m.kind in DATED]) > 1:
        # "Der ursprünglich für Mai geplante Gipfel soll nun am 3. Juni stattfinden": the first plan
        kept = [m for m in kept if m.kind not in DATED or not superseded_plan(text, m, language)]
    # „Die Unterzeichnung war für Oktober angesetzt gewesen“: the day of a plan given up, no event then
    return [m for m in kept if m.kind not in DATED or not past_plan(text, m, language)]


def past_plan(text: str, mention: DateMention, language: str) -> bool:
    """The date is the one of a plan told in the pluperfect, in the same clause (which says the plan no
    longer holds), not the day something else happened."""
    lo, hi = clause_of(mention.start, split_clauses(text))
    return any(lo + m.start() < mention.start for m in re.finditer(lang_data(language).PAST_PLAN, text[lo:hi], re.I))


def known_years_of(doc: Doc, ref: date | None) -> dict[int, int]:
    """Months the article places in a given year ("im Mai 2025", "May last year"), when unambiguous."""
    if ref is None:
        return {}
    years: dict[int, set[int]] = {}
    for sentence in doc.sentences:
        for m in date_mentions(sentence, doc.language):
            if m.month and m.kind in ("month", "date") and (m.year or m.rel_year is not None):
                year = m.year if m.year else ref.year + (m.rel_year or 0)
                years.setdefault(m.month, set()).add(year)
    return {month: next(iter(ys)) for month, ys in years.items() if len(ys) == 1}
