"""The regular expressions that find date expressions, compiled once per language from its time words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType


def alternation(words: object) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


@dataclass(frozen=True)
class DatePatterns:
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
def date_patterns(language: str, data: ModuleType) -> DatePatterns:
    """The patterns of ``language``, whose time words are ``data`` (``datefind.lang_data``)."""
    months, days = _cap(data.MONTHS), _cap(data.WEEKDAYS)
    mods = alternation(data.PAST_MODIFIERS + data.FUTURE_MODIFIERS + data.TODAY_MODIFIERS)
    parts = alternation(data.MONTH_PARTS)
    preps = alternation(data.MONTH_PREPOSITIONS)
    if language == "de":
        full = (rf"(?:(?P<wd>{days}),?\s+(?:(?:dem|den)\s+)?)?(?P<d>\d{{1,2}})\.(?:\s*(?:und|bis|–|-|/)\s*"
                rf"\d{{1,2}}\.)?\s*(?P<m>{months})\b\.?(?:\s+(?P<y>\d{{4}}))?")
        mdy = None
        weekday = rf"(?:\b(?P<mod>(?i:{mods}))\s+)?\b(?P<wd>{days})(?:{alternation(data.DAYPARTS)})?s?\b"
        year_tail = r"(?:\s+(?P<ly>des Vorjahres|vergangenen Jahres|letzten Jahres|nächsten Jahres|dieses Jahres))?"
    else:
        # (a span of days names its first day: "July 7-8", "from 8 to 10 September", CONVENTIONS §7)
        full = (rf"(?:(?P<wd>{days}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                rf"(?:(?:\s*[-–]\s*|\s+(?:to|and)\s+(?:the\s+)?)\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<m>{months})\b\.?(?:,?\s+(?P<y>\d{{4}}))?")
        mdy = (rf"(?:(?P<wd>{days}),?\s+)?\b(?P<m>{months})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
               rf"(?:\s*[-–]\s*\d{{1,2}}\b)?(?:,?\s+(?P<y>\d{{4}}))?")
        weekday = (rf"(?:\b(?P<mod>(?i:{mods}))\s+)?\b(?P<wd>{days})\b(?:\s+(?:{alternation(data.DAYPARTS)})\b)?")
        year_tail = r"(?:\s+(?P<ly>last year|next year|this year))?"
    # "on 14 February last year", „am 3. Mai des Vorjahres“: a day whose year the text gives relatively
    day_year = year_tail.replace("\\s+", ",?\\s+")
    full, mdy = full + day_year, (mdy + day_year) if mdy else None
    month = (rf"(?:\b(?P<pre>(?i:{preps}))\s+)?(?:\b(?P<part>(?i:{parts}))[\s-]+)?\b(?P<m>{months})\b\.?"
             rf"(?:\s+(?P<y>\d{{4}}))?{year_tail}")
    week_words, month_words = alternation(data.WEEK_WORDS), alternation(data.MONTH_WORDS)
    fut, past = alternation(data.FUTURE_MODIFIERS), alternation(data.PAST_MODIFIERS)
    phrases = alternation(data.VAGUE + data.SAME_DAY)
    count = alternation(tuple(data.NUMBER_WORDS) + data.SPAN_ONE) + r"|\d{1,2}"
    units = alternation(data.SPAN_UNITS)
    rel = alternation(data.SPAN_RELATIONS)
    return DatePatterns(
        full=re.compile(full),
        numeric=re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
        iso=re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        mdy=re.compile(mdy) if mdy else None,
        month=re.compile(month),
        weekday=re.compile(weekday),
        relweek=re.compile(rf"(?i)\b(?:(?P<f>{fut})|(?P<p>{past})|(?P<t>{alternation(data.THIS_WEEK_MODIFIERS)}))"
                           rf"\s+(?:{week_words})\b"),
        relmonth=re.compile(rf"(?i)\b(?:(?P<f>{fut})|(?P<p>{past}))\s+(?:{month_words})\b"),
        # Capitalised too, at the start of a sentence ("Heute trifft …", "Yesterday, …").
        relday=re.compile(rf"\b(?P<w>(?i:{alternation(w for w in data.RELATIVE_DAYS if ' ' in w)})|"
                          rf"{alternation(w for w in data.RELATIVE_DAYS if ' ' not in w)}|"
                          rf"{_cap(w for w in data.RELATIVE_DAYS if ' ' not in w)})\b"),
        phrases=re.compile(rf"(?i)\b(?:{phrases})\b"),
        named=re.compile(rf"(?i)(?P<w>{alternation(data.DATED_NOUNS)})"),
        year=re.compile(r"\b(?:19[5-9]\d|20\d\d|21\d\d)\b"),
        thismonth=re.compile(rf"(?i)\b(?:{alternation(data.THIS_MONTH)})\b"),
        span_rel=re.compile(rf"(?i)\b(?P<n>{count})\s+(?P<u>{units})\s+(?P<rel>{rel})\b"),
        span_fwd=re.compile(rf"(?i)\b(?:{alternation(data.SPAN_FORWARD)})\s+(?P<n>{count})\s+(?P<u>{units})\b"),
        span_back=re.compile(rf"(?i)\b(?:{alternation(data.SPAN_BACK)})\s+(?P<n>{count})\s+(?P<u>{units})\b")
        if data.SPAN_BACK else None,
        span_ago=re.compile(rf"(?i)\b(?P<n>{count})\s+(?P<u>{units})\s+ago\b") if language == "en" else None,
        later=re.compile(rf"(?i)\b(?P<n>{count})\s+(?P<u>{units})\s+(?:{alternation(data.LATER_WORDS)})\b"),
        earlier=re.compile(rf"(?i)\b(?P<n>{count})\s+(?P<u>{units})\s+(?:{alternation(data.EARLIER_WORDS)})\b"),
        # (not before a noun phrase or a name: "the day before the vote", "the day after Christmas"; nor
        # "the day after tomorrow", "the day before yesterday": counted from the day of writing)
        daystep=re.compile(rf"\b(?i:{alternation(data.DAY_STEPS)})\b" + (
            r"(?!\s+(?:(?i:the|a|an|his|her|its|their|this|tomorrow|yesterday)\b|[A-Z\d]))"
            if language == "en" else "")),
    )
