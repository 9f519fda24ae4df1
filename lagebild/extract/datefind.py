"""Finding date expressions in one sentence, and the tense around them.

Pure functions over text: no reference date is needed to *find* a date
("am 3. Jänner", "vergangenen Freitag", "next month"); resolving it against a
reference date lives in ``dates``.  Language data come from
``lang/de_time.py`` and ``lang/en_time.py`` (each gathering its job modules, ``lang/de_dates.py`` …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from lagebild.extract.datepatterns import alternation, date_patterns
from lagebild.extract.lang import de_time, en_time

# A programme named after a relative day ("the Today programme", „die Sendung Heute-Journal“).
_PROGRAMME = re.compile(r"[\s-]+(?:programme|program|show|podcast|[Jj]ournal|Sendung)\b")

# What a mention names (DateMention.kind; "monthday" too): "date" (a day, year maybe missing), "month", "weekday",
# "relday" (heute, yesterday), "relweek", "relmonth", "named" (Neujahrsansprache),
# "sameday" (am Abend: the day of the previous sentence), "vague", "year", "thismonth" ("later this
# month": the month of writing), "span" ("in zwei Wochen", "two weeks ago", "a fortnight after": days
# from the day of writing; approximate unless counted in days from it).
# "tripday" ("am zweiten Tag seiner Reise", "on the first day"): counted from the first day of the trip told.
# "weekend" ("this weekend", "over the weekend"): the month of that Saturday.  "later" ("zwei Tage
# später", "a week later"): counted from the day of the event told before.


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0  # relday: days from the reference date
    direction: int = 0  # -1 "vergangenen"/"last", +1 "kommende"/"next", 0 none, 2 "heutigen"/"this"
    rel_year: int | None = None  # "June last year": -1; "this year": 0
    approx: bool = False  # span: only the month is meant ("in drei Wochen", "a fortnight after")
    other_event: bool = False  # span "a fortnight after X": the date is X's, counted back from the event told
    target: bool = False  # month after a preposition of a target („für Ende November“): this month or a later one
    week: int | None = None  # weekday of a named week („Mittwoch kommender Woche“): weeks on from the week of writing


def lang_data(language: str) -> ModuleType:
    """The language's time, event and number words as one namespace (English for any language but German)."""
    return de_time if language == "de" else en_time


def _modifier(word: str | None, data: ModuleType) -> int:
    if not word:
        return 0
    word = word.lower()
    if word in data.PAST_MODIFIERS:
        return -1
    if word in data.FUTURE_MODIFIERS:
        return 1
    return 2


def _relative_year(words: str | None) -> int | None:
    """'last year' -1, 'next year' +1, 'this year' 0; None when the text says no year."""
    if not words:
        return None
    lower = words.lower()
    if any(w in lower for w in ("last", "vergangen", "letzt", "vorjahr")):
        return -1
    return 1 if ("next" in lower or "nächst" in lower) else 0


def find_dates(text: str, language: str) -> list[DateMention]:
    """Every date expression in ``text``, left to right, without overlaps."""
    return list(_dates_in(text, language))


# Remembered per text: the stages ask for the dates of one sentence (or clause) about five times each;
# the mentions are frozen, every caller gets a list of its own.  Bounded: a run's memory does not grow.
@lru_cache(maxsize=4096)
def _dates_in(text: str, language: str) -> tuple[DateMention, ...]:
    data = lang_data(language)
    pat = date_patterns(language, data)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], mention: DateMention) -> None:
        if any(s < match.end() and match.start() < e for s, e in taken):
            return
        taken.append((match.start(), match.end()))
        found.append(mention)

    def month_of(word: str) -> int:
        return int(data.MONTHS[word.lower().rstrip(".")])

    def weekday_of(word: str | None) -> int | None:
        return int(data.WEEKDAYS[word.lower()]) if word else None

    for rx in (pat.iso, pat.numeric):
        for m in rx.finditer(text):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                add(m, DateMention(m.start(), m.end(), m[0], "date", y, mo, d))
    for wordy in (pat.full, pat.mdy):
        for m in wordy.finditer(text) if wordy is not None else ():
            d = int(m["d"])
            if 1 <= d <= 31:
                add(m, DateMention(m.start(), m.end(), m[0], "date", int(m["y"]) if m["y"] else None,
                                   month_of(m["m"]), d, weekday_of(m["wd"]),
                                   rel_year=None if m["y"] else _relative_year(m["ly"])))
    for m in re.finditer(data.DAY_OF_MONTH, text) if data.DAY_OF_MONTH else ():
        add(m, DateMention(m.start(), m.end(), m[0], "monthday", day=int(m["d"])))  # "on the 22nd"
    for m in pat.month.finditer(text):
        if not (m["pre"] or m["part"] or m["y"] or m["ly"]) and not (
                language == "en" and re.search(data.POSTPONED + r"\s+to\s+$", text[max(0, m.start() - 30):m.start()])):
            continue  # a bare "March" or "Mai" is too often something else (not in "pushed back to September")
        year = int(m["y"]) if m["y"] else None
        pre = (m["pre"] or "").lower()
        direction = _modifier(pre, data) if pre in data.PAST_MODIFIERS + data.FUTURE_MODIFIERS else (
            1 if pre in data.TARGET_PREPOSITIONS else 0)  # "für Februar angesetzt": a month ahead
        add(m, DateMention(m.start(), m.end(), m[0], "month", year, month_of(m["m"]),
                           direction=direction, rel_year=_relative_year(m["ly"]),
                           target=pre in data.TARGET_PREPOSITIONS))
    for m in re.finditer(rf"(?i)\b(?:{alternation(data.WEEKENDS)})\b", text):
        add(m, DateMention(m.start(), m.end(), m[0], "weekend", direction=int(data.WEEKENDS[m[0].lower()])))
    for m in pat.thismonth.finditer(text):
        add(m, DateMention(m.start(), m.end(), m[0], "thismonth", direction=int(data.THIS_MONTH[m[0].lower()])))

    def count_of(word: str) -> int:
        low = word.lower()
        return int(low) if low.isdigit() else (1 if low in data.SPAN_ONE else int(data.NUMBER_WORDS[low]))

    for m in pat.later.finditer(text):
        # "einen Tag später", "two days later": counted from the day of the event told before
        unit = int(data.SPAN_UNITS[m["u"].lower()])
        add(m, DateMention(m.start(), m.end(), m[0], "later", offset=count_of(m["n"]) * unit, approx=unit != 1))
    for m in pat.earlier.finditer(text):  # "zwei Tage zuvor", "a day earlier": back from that day
        unit = int(data.SPAN_UNITS[m["u"].lower()])
        add(m, DateMention(m.start(), m.end(), m[0], "later", offset=-count_of(m["n"]) * unit, approx=unit != 1))
    for m in pat.daystep.finditer(text):  # "am Vortag", "the next day"
        add(m, DateMention(m.start(), m.end(), m[0], "later", offset=int(data.DAY_STEPS[m[0].lower()])))
    spans: tuple[tuple[re.Pattern[str] | None, int], ...] = (
        (pat.span_rel, 0), (pat.span_ago, -1), (pat.span_back, -1), (pat.span_fwd, 1))
    for span_rx, sign in spans:
        for m in span_rx.finditer(text) if span_rx is not None else ():
            days = count_of(m["n"]) * int(data.SPAN_UNITS[m["u"].lower()])
            # Counted in days ("in zehn Tagen") it names a day; in months only about then.  Weeks counted
            # back from the day of writing ("vor zwei Wochen", "two weeks ago") name that day too, as
            # "three days ago" does (§7); weeks ahead or around another event stay about then.
            unit = int(data.SPAN_UNITS[m["u"].lower()])
            exact = unit == 1 or (unit == 7 and sign < 0)
            if sign == 0:  # "a fortnight after X": X lies that long before the event told
                offset = int(data.SPAN_RELATIONS[m["rel"].lower()]) * days
                add(m, DateMention(m.start(), m.end(), m[0], "span", offset=offset, approx=not exact,
                                   other_event=True))
            else:
                add(m, DateMention(m.start(), m.end(), m[0], "span", offset=sign * days, approx=not exact))
    for m in pat.phrases.finditer(text):
        kind = "sameday" if m[0].lower() in data.SAME_DAY else "vague"
        if kind == "sameday" and data.SAME_DAY_NAMING and re.match(data.SAME_DAY_NAMING, text[m.end():]):
            continue  # „im Anschluss an die Wahl“: after the occasion it names, not the event just told
        add(m, DateMention(m.start(), m.end(), m[0], kind))
    for rx_text in data.TRIP_DAYS:
        for m in re.finditer(rx_text, text):
            number = (m.groupdict().get("n") or "").lower()
            add(m, DateMention(m.start(), m.end(), m[0], "tripday", offset=int(data.ORDINAL_DAYS.get(number, 1)) - 1))
    for m in pat.weekday.finditer(text):
        if data.OCCASION_WEEKDAY and not m["mod"] and re.search(data.OCCASION_WEEKDAY[0], text[:m.start()]) \
                and re.match(data.OCCASION_WEEKDAY[1], text[m.end():]):
            add(m, DateMention(m.start(), m.end(), m[0], "vague"))  # "the Friday before Christmas"
            continue
        week_on = re.match(data.WEEKDAY_WEEK_ON, text[m.end():]) if data.WEEKDAY_WEEK_ON and not m["mod"] else None
        if week_on is not None:  # "on Tuesday week": the Tuesday a week after the coming one
            end = m.end() + week_on.end()
            add(m, DateMention(m.start(), end, text[m.start():end], "weekday", weekday=weekday_of(m["wd"]),
                               direction=1, offset=7))
            continue
        of_week = re.match(data.WEEKDAY_OF_WEEK, text[m.end():]) if not m["mod"] else None
        if of_week is not None:  # „am Mittwoch kommender Woche“, "on Monday last week": that week's day
            end = m.end() + of_week.end()
            add(m, DateMention(m.start(), end, text[m.start():end], "weekday", weekday=weekday_of(m["wd"]),
                               week=int(data.WEEKS_OF_WEEKDAY[of_week["w"].lower()])))
            taken.append((m.end(), end))  # (the week is no date of its own)
            continue
        add(m, DateMention(m.start(), m.end(), m[0], "weekday", weekday=weekday_of(m["wd"]),
                           direction=_modifier(m["mod"], data)))
    for rx, kind in ((pat.relweek, "relweek"), (pat.relmonth, "relmonth")):
        for m in rx.finditer(text):
            this = bool(m.groupdict().get("t"))  # "this week", "diese Woche": the week of writing
            add(m, DateMention(m.start(), m.end(), m[0], kind, direction=0 if this else (1 if m["f"] else -1)))
    for m in pat.relday.finditer(text):
        word = m["w"]
        if word[:1].isupper() and word.lower() in data.CAPITAL_NOT_RELATIVE and not re.match(
                rf"\s+(?i:{alternation(data.DAYPARTS)}|früh)\b", text[m.end():]):
            continue  # "Am Morgen" is a part of the day; "Morgen Abend" is tomorrow evening
        if word[:1].isupper() and (re.search(r"\w['’]s\s*$", text[:m.start()]) or _PROGRAMME.match(text, m.end())):
            continue  # capitalised as a name: "BBC Radio 4's Today programme", "the Today show"
        if " " in word and re.search(r"(?i)\bthe\s+$", text[:m.start()]):
            continue  # "the last night of the summit": a night counted in an event, not the one before writing
        add(m, DateMention(m.start(), m.end(), m[0], "relday", offset=int(data.RELATIVE_DAYS[word.lower()])))
    for m in re.finditer(rf"(?i)\b(?:{alternation(data.NOW_PHRASES)})\b", text):
        # "zur Stunde" (under way now: past, §7), "in Kürze" (later today: planned): the day of writing
        add(m, DateMention(m.start(), m.end(), m[0], "relday", direction=int(data.NOW_PHRASES[m[0].lower()])))
    for m in pat.named.finditer(text):
        month, day = data.DATED_NOUNS[m["w"].lower()]
        add(m, DateMention(m.start(), m.end(), m[0], "named", month=month, day=day))
    for m in pat.year.finditer(text):
        add(m, DateMention(m.start(), m.end(), m[0], "year", year=int(m[0])))
    for rx_text in data.CLOCK_TIMES:
        for m in re.finditer(rx_text, text):
            if not any(re.fullmatch(r"[^,;.:]{0,25}", text[min(m.end(), f.end):max(m.start(), f.start)])
                       for f in found):
                # "um 16 Uhr" alone is a time of that day (CONVENTIONS §7); "am Freitag um 16 Uhr" is Friday's
                add(m, DateMention(m.start(), m.end(), m[0], "sameday"))
    found.sort(key=lambda x: x.start)
    return tuple(found)


_QUOTE_SPANS = re.compile(r"„[^“”\"]*[“”\"]|“[^”]*”|«[^»]*»|»[^«]*«|‘[^‘]*?’(?![a-zA-Z])|\"[^\"]*\"")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages: dates and numbers inside a quote belong to the quote."""
    return [(m.start(), m.end()) for m in _QUOTE_SPANS.finditer(text)]


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)
