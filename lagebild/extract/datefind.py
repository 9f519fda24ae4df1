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

from lagebild.extract.lang import de_dates, de_tense, de_time, en_tense, en_time, past_forms

# What a mention names: "date" (a day, year maybe missing), "month", "weekday",
# "relday" (heute, yesterday), "relweek", "relmonth", "named" (Neujahrsansprache),
# "sameday" (am Abend: the day of the previous sentence), "vague", "year", "thismonth" ("later this
# month": the month of writing), "span" ("in zwei Wochen", "two weeks ago", "a fortnight after": days
# from the day of writing; approximate unless counted in days from it).
# "tripday" ("am zweiten Tag seiner Reise", "on the first day"): counted from the first day of the trip told.
# "weekend" ("this weekend", "over the weekend"): the month of that Saturday.  "later" ("zwei Tage
# später", "a week later"): counted from the day of the event told before.
# A programme named after a relative day ("the Today programme", „die Sendung Heute-Journal“).
_PROGRAMME = re.compile(r"[\s-]+(?:programme|program|show|podcast|[Jj]ournal|Sendung)\b")
KINDS = ("date", "month", "weekday", "relday", "relweek", "relmonth", "named", "sameday", "tripday", "vague", "year",
         "thismonth", "span", "weekend", "later")


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


def _alt(words: object) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


@dataclass(frozen=True)
class _Patterns:
    full: re.Pattern[str]
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    mdy: re.Pattern[str] | None
    month: re.Pattern[str]
    weekday: re.Pattern[str]
    relweek: re.Pattern[str]
    relmonth: re.Pattern[str]
    relday: re.Pattern[str]
    phrases: re.Pattern[str]
    named: re.Pattern[str]
    year: re.Pattern[str]
    thismonth: re.Pattern[str]
    span_rel: re.Pattern[str]
    span_fwd: re.Pattern[str]
    span_back: re.Pattern[str] | None
    span_ago: re.Pattern[str] | None
    later: re.Pattern[str]
    earlier: re.Pattern[str]
    daystep: re.Pattern[str]


def _cap(words: object) -> str:
    """Month and weekday names as they are written: capitalised (German nouns, English names)."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w[0].upper() + w[1:]) for w in items)


@lru_cache(maxsize=2)
def _patterns(language: str) -> _Patterns:
    data = lang_data(language)
    months, days = _cap(data.MONTHS), _cap(data.WEEKDAYS)
    mods = _alt(data.PAST_MODIFIERS + data.FUTURE_MODIFIERS + data.TODAY_MODIFIERS)
    parts = _alt(data.MONTH_PARTS)
    preps = _alt(data.MONTH_PREPOSITIONS)
    if language == "de":
        full = (rf"(?:(?P<wd>{days}),?\s+(?:(?:dem|den)\s+)?)?(?P<d>\d{{1,2}})\.(?:\s*(?:und|bis|–|-|/)\s*"
                rf"\d{{1,2}}\.)?\s*(?P<m>{months})\b\.?(?:\s+(?P<y>\d{{4}}))?")
        mdy = None
        weekday = rf"(?:\b(?P<mod>(?i:{mods}))\s+)?\b(?P<wd>{days})(?:{_alt(data.DAYPARTS)})?s?\b"
        year_tail = r"(?:\s+(?P<ly>des Vorjahres|vergangenen Jahres|letzten Jahres|nächsten Jahres|dieses Jahres))?"
    else:
        # (a span of days names its first day: "July 7-8", "from 8 to 10 September", CONVENTIONS §7)
        full = (rf"(?:(?P<wd>{days}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                rf"(?:(?:\s*[-–]\s*|\s+(?:to|and)\s+(?:the\s+)?)\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<m>{months})\b\.?(?:,?\s+(?P<y>\d{{4}}))?")
        mdy = (rf"(?:(?P<wd>{days}),?\s+)?\b(?P<m>{months})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
               rf"(?:\s*[-–]\s*\d{{1,2}}\b)?(?:,?\s+(?P<y>\d{{4}}))?")
        weekday = (rf"(?:\b(?P<mod>(?i:{mods}))\s+)?\b(?P<wd>{days})\b(?:\s+(?:{_alt(data.DAYPARTS)})\b)?")
        year_tail = r"(?:\s+(?P<ly>last year|next year|this year))?"
    # "on 14 February last year", „am 3. Mai des Vorjahres“: a day whose year the text gives relatively
    day_year = year_tail.replace("\\s+", ",?\\s+")
    full, mdy = full + day_year, (mdy + day_year) if mdy else None
    month = (rf"(?:\b(?P<pre>(?i:{preps}))\s+)?(?:\b(?P<part>(?i:{parts}))[\s-]+)?\b(?P<m>{months})\b\.?"
             rf"(?:\s+(?P<y>\d{{4}}))?{year_tail}")
    week_words, month_words = _alt(data.WEEK_WORDS), _alt(data.MONTH_WORDS)
    fut, past = _alt(data.FUTURE_MODIFIERS), _alt(data.PAST_MODIFIERS)
    phrases = _alt(data.VAGUE + data.SAME_DAY)
    count = _alt(tuple(data.NUMBER_WORDS) + data.SPAN_ONE) + r"|\d{1,2}"
    units = _alt(data.SPAN_UNITS)
    rel = _alt(data.SPAN_RELATIONS)
    return _Patterns(
        full=re.compile(full),
        numeric=re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
        iso=re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        mdy=re.compile(mdy) if mdy else None,
        month=re.compile(month),
        weekday=re.compile(weekday),
        relweek=re.compile(rf"(?i)\b(?:(?P<f>{fut})|(?P<p>{past})|(?P<t>{_alt(data.THIS_WEEK_MODIFIERS)}))"
                           rf"\s+(?:{week_words})\b"),
        relmonth=re.compile(rf"(?i)\b(?:(?P<f>{fut})|(?P<p>{past}))\s+(?:{month_words})\b"),
        # Capitalised too, at the start of a sentence ("Heute trifft …", "Yesterday, …").
        relday=re.compile(rf"\b(?P<w>(?i:{_alt(w for w in data.RELATIVE_DAYS if ' ' in w)})|"
                          rf"{_alt(w for w in data.RELATIVE_DAYS if ' ' not in w)}|"
                          rf"{_cap(w for w in data.RELATIVE_DAYS if ' ' not in w)})\b"),
        phrases=re.compile(rf"(?i)\b(?:{phrases})\b"),
        named=re.compile(rf"(?i)(?P<w>{_alt(data.DATED_NOUNS)})"),
        year=re.compile(r"\b(?:19[5-9]\d|20\d\d|21\d\d)\b"),
        thismonth=re.compile(rf"(?i)\b(?:{_alt(data.THIS_MONTH)})\b"),
        span_rel=re.compile(rf"(?i)\b(?P<n>{count})\s+(?P<u>{units})\s+(?P<rel>{rel})\b"),
        span_fwd=re.compile(rf"(?i)\b(?:{_alt(data.SPAN_FORWARD)})\s+(?P<n>{count})\s+(?P<u>{units})\b"),
        span_back=re.compile(rf"(?i)\b(?:{_alt(data.SPAN_BACK)})\s+(?P<n>{count})\s+(?P<u>{units})\b")
        if data.SPAN_BACK else None,
        span_ago=re.compile(rf"(?i)\b(?P<n>{count})\s+(?P<u>{units})\s+ago\b") if language == "en" else None,
        later=re.compile(rf"(?i)\b(?P<n>{count})\s+(?P<u>{units})\s+(?:{_alt(data.LATER_WORDS)})\b"),
        earlier=re.compile(rf"(?i)\b(?P<n>{count})\s+(?P<u>{units})\s+(?:{_alt(data.EARLIER_WORDS)})\b"),
        # (not before a noun phrase or a name: "the day before the vote", "the day after Christmas"; nor
        # "the day after tomorrow", "the day before yesterday": counted from the day of writing)
        daystep=re.compile(rf"\b(?i:{_alt(data.DAY_STEPS)})\b" + (
            r"(?!\s+(?:(?i:the|a|an|his|her|its|their|this|tomorrow|yesterday)\b|[A-Z\d]))"
            if language == "en" else "")),
    )


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
    pat = _patterns(language)
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
    for m in re.finditer(rf"(?i)\b(?:{_alt(data.WEEKENDS)})\b", text):
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
                rf"\s+(?i:{_alt(data.DAYPARTS)}|früh)\b", text[m.end():]):
            continue  # "Am Morgen" is a part of the day; "Morgen Abend" is tomorrow evening
        if word[:1].isupper() and (re.search(r"\w['’]s\s*$", text[:m.start()]) or _PROGRAMME.match(text, m.end())):
            continue  # capitalised as a name: "BBC Radio 4's Today programme", "the Today show"
        if " " in word and re.search(r"(?i)\bthe\s+$", text[:m.start()]):
            continue  # "the last night of the summit": a night counted in an event, not the one before writing
        add(m, DateMention(m.start(), m.end(), m[0], "relday", offset=int(data.RELATIVE_DAYS[word.lower()])))
    for m in re.finditer(rf"(?i)\b(?:{_alt(data.NOW_PHRASES)})\b", text):
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


_WORD = re.compile(r"[\wÄÖÜäöüß'-]+")
_CLAUSE_BREAK = re.compile(r";|\s[–—-]\s|:\s")
_COMMA_BREAK = re.compile(r",\s|;|\s[–—-]\s|:\s")
# Two verb groups joined by "and"/"und" with their own auxiliary ("met on Monday and will meet again on
# Friday", "trafen sich am Montag und wollen am Freitag weiterverhandeln"): each date takes its own tense.
_COORD_BREAK = re.compile(
    r",\s|;|\s[–—-]\s|:\s|\s(?:and|but|und|aber)\s+(?=(?:[\w-]+\s+){0,2}?(?:will|would|shall|is|are|was|were|has|have"
    r"|had|wird|werden|wollen|will|soll|sollen|ist|sind|war|waren|hat|haben|hatte|hatten)\b)", re.IGNORECASE)


_PASSIVE_BE = re.compile(r"(?i)\b(?:be|being)\s+$")
# A German clause that ends in an infinitive and a form of "werden" is in the future tense
# ("…, wenn die Minister am Montag zusammentreten werden", "…, weil er dann vertreten sein wird").
_VERB_FINAL_FUTURE = re.compile(r"\s[a-zäöüß]+(?:en|ern|eln|sein)\s+(?:werden|wird|werde)\s*[.!?»“\"]*\s*$")


def tense_at(text: str, pos: int, language: str) -> int:
    """+1 when the words near ``pos`` speak of the future, -1 of the past, 0 when unclear.

    The comma clause around the date decides when it has cues ("Trump said
    afterward that he would travel to Beijing in April, a trip … have not
    confirmed"); otherwise the stretch up to a semicolon or dash.  Nearer cues
    weigh more.
    """
    for breaks in (_COORD_BREAK, _COMMA_BREAK, _CLAUSE_BREAK):
        start, end = 0, len(text)
        for br in breaks.finditer(text):
            if br.end() <= pos:
                start = br.end()
            elif br.start() >= pos:
                end = br.start()
                break
        score = _tense_score(text, start, end, pos, language)
        if score > 0.05:
            return 1
        if score < -0.05:
            return -1
    return 0


def _tense_score(text: str, start: int, end: int, pos: int, language: str) -> float:
    data = lang_data(language)
    score = 0.0
    if language == "de" and _VERB_FINAL_FUTURE.search(text, start, end):
        # "weil sie am 18. März vertreten sein werden": the clause's last verb group is its tense,
        # however far from the date; words between (adjectives in "-enden", "-ten") say nothing.
        score += 2.0
    for m in _WORD.finditer(text, start, end):
        word = m.group(0).lower()
        distance = abs(m.start() - pos) if m.start() > pos else abs(pos - m.end())
        weight = 1.0 / (1.0 + distance / 25.0)
        if word in data.CUES_AS_NOUNS and re.search(r"(?i)\b(?:the|a|an|its|his|her|their|this|that)\s+$",
                                                    text[max(0, m.start() - 8):m.start()]):
            continue  # "rejected the plan": a noun, no plan for the date
        if language == "en" and word.endswith("ed") and word in data.FUTURE_CUES and re.search(
                r"(?i)\b(?:its|his|her|their|our)\s+$", text[max(0, m.start() - 8):m.start()]):
            continue  # "ran nine hours past its scheduled close": a participle of its noun, not the clause's tense
        if word in data.FUTURE_CUES and re.search(r"(?i)\b(?:did|didn't|does|doesn't|do|don't)\s+(?:not\s+)?$",
                                                  text[max(0, m.start() - 16):m.start()]):
            score -= weight  # "did not attend": the base form after "did" is the past, no plan
        elif word in data.FUTURE_CUES and language == "de" and word.endswith("t") and _PLUPERFECT.search(
                text, start, end):
            continue  # „Sie hatte die Hauptstädte im April besucht“: a participle of the pluperfect, no plan
        elif word in data.FUTURE_CUES:
            score += weight
        elif language == "en" and _PASSIVE_BE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "will be held", "to be signed", "being held": a participle, not the past
        elif word in data.PAST_CUES or word in data.SPEECH_PAST:
            score -= weight * (0.5 if word in ("ist", "sind", "has", "have") else 1.0)
        elif irregular_past(m.group(0), language):
            score -= weight  # "Am Montag empfing …", "On Tuesday he flew …": a stem only the past has
        elif weak_past(m.group(0), language) and not (language == "de" and _attributive(text, m)):
            score -= 0.5 * weight
    return score


_PLUPERFECT = re.compile(r"\b(?:hatte|hatten|hattest)\b")
_NOUN_NEXT = re.compile(r"\s+[A-ZÄÖÜ]")
# (between article and participle only adverbs, adjectives or the agent: „des von der EU vermittelten“, not a
# noun that closes the article's phrase: „Bei einer Konferenz in Brüssel unterzeichneten Vertreter“)
DETERMINER_BEFORE = re.compile(r"\b(?i:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|vom|im|zum|zur)\s+"
                                r"(?:(?i:von|vom|durch)\s+(?:(?i:der|dem|den)\s+)?[\wÄÖÜäöüß-]+\s+|[a-zäöüß][\w-]*\s+){0,3}$")


def _attributive(text: str, word: re.Match[str]) -> bool:
    """„des von der EU vermittelten Dialogs“: a declined participle between its article and its noun
    describes the noun; it is no verb of the clause and says nothing of its tense."""
    return (word.group(0).endswith(("en", "em", "er", "es")) and bool(_NOUN_NEXT.match(text, word.end()))
            and bool(DETERMINER_BEFORE.search(text, max(0, word.start() - 60), word.start())))


def irregular_past(word: str, language: str) -> bool:
    """Past forms with a changed stem ("empfing", "teilnahm", "flew"), from the grammar's closed list."""
    if not word[:1].islower():
        return False  # a capitalised German word is a noun ("Verbot", "Band"), or starts the sentence
    if language != "de":
        return word in past_forms.EN_IRREGULAR_PAST
    return _strong_preterite(word, plural=False) or (word.endswith("en") and _strong_preterite(word[:-2], plural=True))


@lru_cache(maxsize=4096)
def _strong_preterite(word: str, plural: bool) -> bool:
    """A strong preterite stem ("fing"), alone or after prefixes only ("emp-fing", "zusammen-kam").

    A plural after a prefix can be the past participle instead ("angeboten", "abgeschlossen",
    "verschoben": a plan in "soll … verschoben werden"), so it counts only when it cannot be one:
    no "ge" right before the stem, and not a stem in -o-, whose participle looks the same."""
    if word in past_forms.DE_STRONG_PRETERITE:
        return True
    for stem in past_forms.DE_STRONG_PRETERITE:
        if not word.endswith(stem) or stem in past_forms.DE_MIXED_WITHOUT_PREFIX:
            continue
        prefixes = word[:-len(stem)]
        if plural and (prefixes.endswith("ge") or "o" in stem):
            continue
        if _prefixes_only(prefixes):
            return True
    return False


def _prefixes_only(text: str) -> bool:
    if not text:
        return True
    return any(text.startswith(prefix) and _prefixes_only(text[len(prefix):]) for prefix in past_forms.DE_PREFIXES)


def weak_past(word: str, language: str) -> bool:
    """Regular past forms without a lexicon: "telefonierte", "urged"."""
    if not word[:1].islower() or len(word) < 5:
        return False
    if language == "de":
        strong = (re.fullmatch(r"ge\w{4,}en", word) and word not in de_tense.NOT_WEAK_PAST
                  and not word.endswith(de_tense.ADJECTIVE_ENDINGS))
        if re.fullmatch(r"ge\w{3,}t", word) or strong:
            return True  # participle: "gebilligt", "gegeben", "getroffen"
        if word in de_dates.RELATIVE_DAYS or word in de_tense.NOT_WEAK_PAST:
            return False  # "heute" ends like "sagte"
        return bool(re.fullmatch(r"\w{3,}(?:te|ten)", word)) and not word.endswith(
            ("ste", "sten", "itte", "itten", "weite", "weiten", "nte", "nten", *de_tense.PRESENT_IN_TEN))
    if word in en_tense.EED_PAST:
        return True  # "freed", "agreed": past forms that end like "need" or "proceed"
    return word.endswith("ed") and not word.endswith(("eed", "need"))
