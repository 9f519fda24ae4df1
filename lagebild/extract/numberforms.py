"""Numbers as articles write them: digits with thousands marks, number words, scales, percent and currency signs.

``number_pattern`` finds them, ``parse_number`` reads a number's digits, ``compact_unit`` the scale or unit
written onto it ("5bn", "1,340km"), and ``shared_scale`` the scale a range's first end takes from its second
("20 to 30 million").  The figures stage (``figures``) decides which of them count something.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from lagebild.extract.datefind import lang_data

# Longest first: "C$8.3 billion" is Canadian dollars, not "C" and US dollars.
# A currency code before the number counts as its sign ("USD 38.7 billion", "EUR 1.6 billion", "Sh450 million").
# ("$NZ60 million", "$A200 million": the sign before the country's letters; "N1.2 trillion": naira before a scale)
_CURRENCY_SIGNS = (r"US\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|\$NZ|\$A(?=\d)|\$|€|£|₹|₦|\bRs\.?(?=\s?\d)|\bKSh(?=\s?\d)"
                   r"|\bN(?=\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn)\b)"
                   r"|\b(?:USD|EUR|GBP|CHF)(?=\s?\d)|\bSh(?=\d)|\bRM(?=\s?\d)")  # (ringgit: "RM198 billion")


@lru_cache(maxsize=2)
def number_pattern(language: str) -> re.Pattern[str]:
    data = lang_data(language)
    scales = "|".join(re.escape(s) for s in sorted(data.SCALES, key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(data.NUMBER_WORDS, key=len, reverse=True))
    ones = "|".join(re.escape(w) for w in sorted(data.SPAN_ONE, key=len, reverse=True))  # "Eine Milliarde"
    return re.compile(
        rf"(?P<sign>{_CURRENCY_SIGNS})?\s?"
        rf"(?:(?P<num>\d{{1,3}}(?:(?:[.,'’]|\u202f|\u00a0)\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        rf"|(?P<word>\b(?i:{words})\b)|(?P<one>\b(?i:{ones})\b(?=\s?(?i:{scales})\b(?!-))))"
        rf"(?:\s?(?P<pct>%|(?i:prozent|per cent|percent)\b))?"
        rf"(?:\s?(?P<scale>(?i:{scales}))(?:\.|\b))?"
    )


def parse_number(text: str, language: str) -> Decimal | None:
    """'150.000' -> 150000, '2,5' -> 2.5 (de); '1,500' -> 1500, '3.5' -> 3.5 (en); "4'500" -> 4500."""
    text = text.replace("\u202f", "").replace("\u00a0", "").replace("'", "").replace("’", "")
    groups = re.fullmatch(r"\d{1,3}(?:([.,])\d{3})+(?:([.,])\d+)?", text)
    grouping = "." if language == "de" else ","
    if groups and (groups.group(2) or groups.group(1) == grouping):
        thousands = groups.group(1)
        text = text.replace(thousands, "")
    text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def compact_unit(text: str, end: int, data: object) -> str:
    """The scale or unit written onto a number ('bn', 'm', 'km'), or ''."""
    m = re.match(r"([a-zA-Z]{1,3})(?![\w])", text[end:end + 4])
    if not m:
        return ""
    word = m.group(1)
    units = set(getattr(data, "SCALES", {})) | set(getattr(data, "COMPACT_UNITS", ()))
    return word if word in units else ""


# A range's joiner: the first end shares the second's scale or percent sign ("20 to 30 million", "5-10%",
# „20 bis 30 Milliarden“, „von 20 auf 30 Millionen“).
_RANGE_JOINER = re.compile(r"\s*(?:-|–|to|bis|and|und|or|oder|auf)\s*")


def shared_scale(text: str, m: re.Match[str], following: re.Match[str] | None) -> re.Match[str] | None:
    """The next number of a range when it carries the scale or percent sign this bare number leaves out."""
    if (not m["num"] and not m["word"]) or m["scale"] or m["pct"] or following is None:
        return None
    if not (following["scale"] or following["pct"]) or not (following["num"] or following["word"]):
        return None
    start = following.start("sign") if following["sign"] else following.start("num" if following["num"] else "word")
    return following if _RANGE_JOINER.fullmatch(text, m.end(), start) else None
