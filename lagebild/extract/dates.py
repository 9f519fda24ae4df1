"""Stage: the reference date, and resolving date expressions against it.

Reads: Doc.article.published, Doc.sentences, Doc.language.
Writes: Doc.reference_date.

With a publication date in the metadata that date is the reference.  Without
one, every candidate day in the years the article names is scored against all
time cues the article gives (absolute dates told as past or planned, "am
heutigen Dienstag", past weekdays, a New Year's address, "im neuen Jahr"), and
the day that contradicts the fewest cues wins; the result is "guessed", with
the deciding sentences as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from lagebild.briefing.model import ReferenceDate
from lagebild.extract.datefind import DateMention, find_dates, inside, lang_data, quote_spans
from lagebild.extract.doc import Doc
from lagebild.extract.tense import tense_at


def _month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_day(mention: DateMention, ref: date, tense: int, use_weekday: bool = True,
                near: bool = False) -> date | None:
    """The calendar day a day-precise mention names, or None when it names no single day.

    ``near``: a day without a year that the tense puts far away is taken on the near side
    (see ``FAR_DAYS``); used when dating events, not when inferring the day of writing."""
    if mention.kind == "date" and mention.month and mention.day:
        if mention.year:
            return _safe_date(mention.year, mention.month, mention.day)
        if mention.rel_year is not None:  # "on 14 February last year", „am 3. Mai des Vorjahres“
            return _safe_date(ref.year + mention.rel_year, mention.month, mention.day)
        options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
                   if (d := _safe_date(y, mention.month, mention.day)) is not None]
        if use_weekday and mention.weekday is not None:
            matching = [d for d in options if d.weekday() == mention.weekday]
            if matching:
                options = matching
        return _pick(options, ref, tense, near)
    if mention.kind == "monthday" and mention.day:  # "on the 22nd": of this month or a neighbour
        months = [(ref.year * 12 + ref.month - 1 + step) for step in (-1, 0, 1)]
        options = [d for m in months if (d := _safe_date(m // 12, m % 12 + 1, mention.day)) is not None]
        return _pick(options, ref, tense)
    if mention.kind == "named" and mention.month and mention.day:
        options = [d for y in (ref.year - 1, ref.year) if (d := _safe_date(y, mention.month, mention.day))]
        return _pick(options, ref, tense)
    if mention.kind == "relday" or (mention.kind == "span" and not mention.approx):
        return ref + timedelta(days=mention.offset)
    if mention.kind == "weekday" and mention.weekday is not None and mention.week is not None:
        return ref + timedelta(days=7 * mention.week + mention.weekday - ref.weekday())  # that week's day
    if mention.kind == "weekday" and mention.weekday is not None:
        back = (ref.weekday() - mention.weekday) % 7
        ahead = (mention.weekday - ref.weekday()) % 7
        if mention.direction == -1:
            return ref - timedelta(days=back or 7)
        if mention.direction == 1:
            return ref + timedelta(days=ahead + mention.offset if mention.offset else ahead or 7)
        if mention.direction == 2 or back == 0:
            return ref + timedelta(days=ahead)  # "am heutigen Dienstag"; the weekday of the day itself
        if tense < 0:
            return ref - timedelta(days=back)
        return ref + timedelta(days=ahead)
    return None


# A day without a year that the tense would put this far away, while the other side of the
# reference date has it within NEAR_DAYS, is the near one: news tells of days close to its own
# ("stimmten am Freitag … für eine Unterzeichnung am 12. Jänner" three days ahead).
FAR_DAYS = 200
NEAR_DAYS = 45


def _pick(options: list[date], ref: date, tense: int, near: bool = False) -> date | None:
    """The option nearest the reference date on the side the tense points to."""
    if not options:
        return None
    nearest = min(options, key=lambda d: (abs((d - ref).days), d))
    if tense < 0:
        before = [d for d in options if d <= ref]
        options = before or options
    elif tense > 0:
        after = [d for d in options if d >= ref]
        options = after or options
    chosen = min(options, key=lambda d: (abs((d - ref).days), d))
    if near and abs((chosen - ref).days) > FAR_DAYS and abs((nearest - ref).days) <= NEAR_DAYS:
        return nearest
    return chosen


def year_is_unsure(mention: DateMention, ref: date, tense: int) -> bool:
    """A day without a year that the tense and nearness do not place on one side for sure:
    the other year's day lies within FAR_DAYS too, or the tense contradicts the near day.  A month
    without a year and without a tense ("Der Vertrag läuft im Dezember aus") is unsure unless it is
    the month of writing or its neighbour: the nearest December may be last year's or this one's."""
    if mention.kind == "month" and mention.month and not mention.year and mention.rel_year is None \
            and not mention.direction and tense == 0:
        return min((mention.month - ref.month) % 12, (ref.month - mention.month) % 12) > 1
    if mention.kind != "date" or mention.year or mention.rel_year is not None or not mention.month or not mention.day:
        return False
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
               if (d := _safe_date(y, mention.month, mention.day)) is not None]
    close = [d for d in options if abs((d - ref).days) <= FAR_DAYS]
    if len(close) > 1:
        return True
    chosen = resolve_day(mention, ref, tense, near=True)
    if chosen is not None and abs((chosen - ref).days) > FAR_DAYS and any(
            abs((d - ref).days) < abs((chosen - ref).days) for d in options):
        return True  # the tense put it in the far year while the near one is nearer: a guess
    return chosen is not None and ((tense < 0 and chosen > ref) or (tense > 0 and chosen < ref))


def resolve(mention: DateMention, ref: date, tense: int) -> str | None:
    """ISO date (YYYY-MM-DD or YYYY-MM) a mention names relative to ``ref``; None when vague."""
    day = resolve_day(mention, ref, tense, near=True)
    if day is not None:
        return day.isoformat()
    if mention.kind == "month" and mention.month:
        if mention.year:
            return f"{mention.year:04d}-{mention.month:02d}"
        if mention.rel_year is not None:
            return f"{ref.year + mention.rel_year:04d}-{mention.month:02d}"
        here = ref.year * 12 + ref.month - 1
        options = [(y * 12 + mention.month - 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
        direction = mention.direction or tense
        if mention.direction == -1:
            options = [o for o in options if o < here]
        elif mention.direction == 1:  # (a target month may be the month of writing: "für Ende November")
            options = [o for o in options if o > here or (mention.target and o == here)]
        elif direction < 0:
            options = [o for o in options if o <= here]
        elif direction > 0:
            options = [o for o in options if o >= here]
        best = min(options, key=lambda o: (abs(o - here), o))
        return f"{best // 12:04d}-{best % 12 + 1:02d}"
    if mention.kind == "relweek":
        # The month the named week starts in: its Monday ("kommende Woche" on a Friday, 27 March -> March).
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * mention.direction)
        return monday.strftime("%Y-%m")
    if mention.kind == "weekend":
        # The month of that weekend's Saturday: this week's, the last one before or the next one to come
        # ("kommendes Wochenende" on a Thursday is the one two days on), or (direction 2, "over the
        # weekend") the last one in a past clause and the coming one otherwise.
        saturday = ref + timedelta(days=5 - ref.weekday())
        weekend_now = ref.weekday() >= 5
        step = {0: 0, -1: -1, 1: 1 if weekend_now else 0}.get(
            mention.direction, -1 if tense < 0 and not weekend_now else 0)
        return (saturday + timedelta(days=7 * step)).strftime("%Y-%m")
    if mention.kind == "relmonth":
        year, month = _month_add(ref.year, ref.month, mention.direction)
        return f"{year:04d}-{month:02d}"
    if mention.kind == "thismonth":
        return ref.strftime("%Y-%m")
    if mention.kind == "span":  # "in drei Wochen": about then; only the month is meant
        return (ref + timedelta(days=mention.offset)).strftime("%Y-%m")
    return None


@dataclass(frozen=True)
class Cue:
    """A time expression in the article, with the tense around it and its sentence."""

    mention: DateMention
    tense: int
    sentence: str


def article_cues(doc: Doc) -> list[Cue]:
    cues: list[Cue] = []
    for sentence in doc.sentences:
        spans = quote_spans(sentence.text)
        for mention in find_dates(sentence.text, doc.language):
            if inside(mention.start, spans):
                continue
            cues.append(Cue(mention, tense_at(sentence.text, mention.start, doc.language), sentence.text))
    return cues


def _new_year_future(doc: Doc) -> list[str]:
    phrases = lang_data(doc.language).NEW_YEAR_FUTURE
    return [s.text for s in doc.sentences if any(p in s.text.lower() for p in phrases)]


def _penalty(cue: Cue, day: date) -> float:
    """How badly one cue fits the article being written on ``day`` (0 = perfectly)."""
    m, tense = cue.mention, cue.tense
    if m.kind == "date" and m.year:
        resolved = resolve_day(m, day, tense)
        if resolved is None:
            return 0.0
        wrong_side = (tense < 0 and resolved > day) or (tense > 0 and resolved < day)
        # Articles recall old events freely: the distance only breaks ties.
        distance = 0.0005 * abs((resolved - day).days) + 0.5 * abs(m.year - day.year)
        return (5.0 if wrong_side else 0.0) + distance
    if m.kind in ("date", "named"):
        resolved = resolve_day(m, day, tense, use_weekday=False)
        if resolved is None:
            return 0.0
        distance = abs((resolved - day).days)
        if m.weekday is not None:
            # "Thursday, September 17": the weekday pins the year, and such a pair is told
            # only of days close to the time of writing.
            mismatch = resolved.weekday() != m.weekday
            return (10.0 if mismatch else 0.0) + 0.05 * distance + (0.5 if tense > 0 and resolved == day else 0.0)
        # A date without a year is near; planned things lie a little ahead, not on the day itself.
        if tense > 0:
            return 0.005 * distance + (0.5 if resolved == day else 0.0)
        # A past date recalls an earlier event, often months back: it bounds the day of writing
        # (not before it) more than it fixes it.
        return 0.002 * distance
    if m.kind == "weekday" and m.weekday is not None:
        if m.direction == 2:
            return 0.0 if day.weekday() == m.weekday else 10.0
        resolved = resolve_day(m, day, tense)
        return 0.1 * abs((resolved - day).days) if resolved else 0.0
    if m.kind == "year" and m.year:
        return 0.2 * abs(m.year - day.year)  # a bare year is mostly the current one, or near it
    if m.kind == "month" and m.month and m.year:
        if tense < 0:
            # "since the swap of April 2023": an earlier event bounds the day of writing (not before
            # it) but does not fix its year.
            told = m.year * 12 + m.month
            return 5.0 if told > day.year * 12 + day.month else 0.1 * (day.year - m.year)
        return 0.5 * abs(m.year - day.year)
    if m.kind == "month" and m.month and not m.year:
        iso = resolve(m, day, tense)
        if iso is None:
            return 0.0
        months = abs((int(iso[:4]) * 12 + int(iso[5:7])) - (day.year * 12 + day.month))
        return 0.05 * months
    return 0.0


_DECISIVE = ("date", "named", "weekday")
_ANCHOR_GAP = re.compile(r"\s*,?\s*(?:am|on|the|den|dem)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Anchor:
    """'the day after tomorrow, Saturday, September 26', 'in zehn Tagen, am Montag, 30. November':
    a day told both as an offset from the day of writing and as a calendar date."""

    mention: DateMention
    offset: int
    sentence: str


def _anchors(doc: Doc) -> list[Anchor]:
    found: list[Anchor] = []
    for sentence in doc.sentences:
        spans = quote_spans(sentence.text)
        mentions = [m for m in find_dates(sentence.text, doc.language) if not inside(m.start, spans)]
        for first, second in pairwise(mentions):
            exact_span = first.kind == "span" and not first.approx and not first.other_event
            if not (first.kind == "relday" or exact_span) or second.kind != "date" or not second.day:
                continue
            if _ANCHOR_GAP.fullmatch(sentence.text[first.end:second.start]):
                found.append(Anchor(second, first.offset, sentence.text))
    return found


def _anchor_penalty(anchor: Anchor, day: date) -> float:
    m = anchor.mention
    assert m.month is not None and m.day is not None
    options = [d for y in ((m.year,) if m.year else (day.year - 1, day.year, day.year + 1))
               if y and (d := _safe_date(y, m.month, m.day)) is not None
               and (m.weekday is None or d.weekday() == m.weekday)]
    if not options:
        return 4.0
    distance = min(abs((d - timedelta(days=anchor.offset) - day).days) for d in options)
    return 0.0 if distance == 0 else 4.0 + 0.05 * distance


def _pinned_days(cues: list[Cue], anchors: list[Anchor], years: list[int]) -> set[date]:
    """Days worth scoring beyond the years the article names: near each year in which a weekday
    and date pair ("Saturday, September 26") holds, the anchored day itself when there is one."""
    days: set[date] = set()
    offsets = {id(a.mention): a.offset for a in anchors}
    pairs = [c.mention for c in cues if c.mention.kind == "date" and c.mention.weekday is not None
             and not c.mention.year] + [a.mention for a in anchors if a.mention.weekday is not None]
    for m in pairs:
        assert m.month is not None and m.day is not None
        for year in range(years[0] - 2, years[-1] + 8):
            d = _safe_date(year, m.month, m.day)
            if d is None or d.weekday() != m.weekday:
                continue
            if id(m) in offsets:
                days.add(d - timedelta(days=offsets[id(m)]))
            else:
                days.update(d + timedelta(days=k) for k in range(-45, 46))
    return days


def infer_reference(doc: Doc) -> ReferenceDate | None:
    """The most plausible day of writing for an article without a publication date."""
    cues = article_cues(doc)
    years = sorted({c.mention.year for c in cues if c.mention.year and c.mention.kind in ("date", "month")})
    if not years:
        years = sorted({c.mention.year for c in cues if c.mention.year})
    if not years:
        return None  # nothing ties the article to a year: leave relative dates unresolved
    scored = [c for c in cues if c.mention.kind in ("date", "named", "weekday", "month", "year")]
    anchors = _anchors(doc)
    new_year = _new_year_future(doc)
    first, last = date(years[0], 1, 1), date(min(years[-1] + 1, years[0] + 6), 12, 31)
    span = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    candidates = sorted(set(span) | _pinned_days(scored, anchors, years))
    best: tuple[float, date] | None = None
    for day in candidates:
        total = sum(_penalty(c, day) for c in scored) + sum(_anchor_penalty(a, day) for a in anchors)
        if new_year:  # "im neuen Jahr" said before New Year: late December
            total += 0.0 if day.month == 12 else 3.0
            total += 0.02 * (date(day.year + 1, 1, 1) - day).days if day.month == 12 else 0.0
        if best is None or total < best[0] - 1e-9:
            best = (total, day)
    if best is None:
        return None
    chosen = best[1]
    evidence = _evidence(scored, chosen, new_year, [a.sentence for a in anchors])
    return ReferenceDate(chosen.isoformat(), review="guessed", evidence=evidence)


def _evidence(cues: list[Cue], day: date, new_year: list[str], anchored: list[str]) -> str:
    """The sentences whose cues decided the date, in article order (at most three)."""
    ranked: list[tuple[int, str]] = [(4, s) for s in anchored]
    for cue in cues:
        m = cue.mention
        strength = 3 if (m.kind == "date" and m.weekday is not None) or m.direction == 2 else (
            2 if m.kind in ("date", "named") else 1)
        if m.kind in _DECISIVE:
            ranked.append((strength, cue.sentence))
    ranked += [(1, s) for s in new_year]
    chosen: list[str] = []
    for _strength, sentence in sorted(ranked, key=lambda r: -r[0]):
        if sentence not in chosen:
            chosen.append(sentence)
        if len(chosen) == 3:
            break
    order = {s: i for i, s in enumerate(c.sentence for c in cues)}
    chosen.sort(key=lambda s: order.get(s, len(order)))
    return " … ".join(chosen)


def reference_day(doc: Doc) -> date | None:
    if doc.reference_date is None:
        return None
    return date.fromisoformat(doc.reference_date.date[:10])


def run(doc: Doc) -> None:
    published = doc.article.published
    if published:
        doc.reference_date = ReferenceDate(published[:10], review="extracted", evidence="")
        return
    doc.reference_date = infer_reference(doc)
