"""Numbers that count nothing: parts of names ("G7", "Channel 4 News", "Boeing 747"), ends of date ranges,
ages, vote tallies, list marks, postcodes, and number words that say who told (CONVENTIONS §9).

Each test reads the sentence around one number; the figures stage (``figures``) skips the number when one
holds.  Lexical lists are data in ``lang/figure_words.py`` and the language modules' ``lang_data``.
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import lang_data
from lagebild.extract.lang import figure_words
from lagebild.extract.numberforms import compact_unit


def is_range_end(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
    """'1910-1945', 'November 9 to 20': a range of years or days, no figure."""
    year = re.compile(r"1[5-9]\d\d|20\d\d")
    if year.fullmatch(text[start:end]) and (
            re.match(r"\s?[-–]\s?(?:1[5-9]\d\d|20\d\d)\b", text[end:end + 8])
            or re.search(r"(?:1[5-9]\d\d|20\d\d)\s?[-–]\s?$", text[max(0, start - 8):start])):
        return True
    if end - start == 2 and _YEAR_DASH.search(text[max(0, start - 5):start]):
        return True  # "in 2025-26": a fiscal year's second half
    joiner = re.compile(r"\s*(?:to|until|till|bis|and|und|[-–])\s*")
    # ("from 8 to 10 September", „vom 8. bis 10. Mai“: the first day of a span whose second end is a date)
    day = text[start:end].isdigit() and int(text[start:end]) <= 31
    return any(joiner.fullmatch(text[e:start]) for _s, e in dates if e <= start) or (day and any(
        joiner.fullmatch(text[end:s]) for s, _e in dates if s >= end))


def is_part_of_name(text: str, start: int, end: int, language: str) -> bool:
    """'G7', 'E3', 'IRIS-T 2', 'ZIB2', 'Artikel 5', 'COVID-19', '5G', ordinals '4.', '1st'."""
    data = lang_data(language)
    if start > 0 and (text[start - 1].isalpha() or (text[start - 1] in "-." and start > 1
                                                    and text[start - 2].isalpha())):
        return True  # ("ID.3", "IRIS-T": letters glued to the number by a dot or a hyphen name a product)
    following = text[end:end + 3]
    if compact_unit(text, end, data):
        pass  # "5bn", "£370m", "1,340km": a scale or unit written onto the number
    elif following[:1].isalpha() or re.match(r"-[A-Za-z]", following):
        return True
    if re.match(r"\.\s+\S", text[end:end + 3]) and not re.match(r"\.\s+[A-ZÄÖÜ]\w*\s", text[end:end + 40]):
        return True  # German ordinal "4. Tag" (a sentence ending "… 30. Die" is not one)
    if _POSSESSIVE.match(following):
        return True  # "BBC Radio 4's Today programme": a name's number, possessive
    if re.match(r"(?:st|nd|rd|th)\b", text[end:end + 3]) or re.match(r"[:.]\d\d\b", text[end:end + 4]):
        return True  # "1st", times "10:30"
    if re.search(r"\d:$", text[:start]):
        return True  # the minutes of "10:30 a.m."
    if re.search(figure_words.NAME_BEFORE.get(language, "(?!)"), text[:start]):
        return True  # "COP 30", "the Group of 20 nations"
    if re.match(r"\+[\dA-Z]", text[end:end + 2]) or re.search(r"\d\+$", text[:start]):
        return True  # "the 5+1 format", "P5+1", "the 5+UN format": a group's name
    if language == "de" and text[end:end + 1] == "." and re.search(figure_words.ORDINAL_BEFORE, text[:start],
                                                                    re.IGNORECASE):
        return True  # "das 100. Jubiläum": an ordinal, even before a capitalised noun
    previous = re.search(r"([\w.]+)\s*$", text[:start])
    return bool(previous and (previous.group(1).lower() in data.NAME_PREFIXES
                              or previous.group(1) in data.NUMBERED_NAMES))


# "(235-193)", "passed 68-32": a vote's tally (years and ranges of years are dates, read before).
TALLY = re.compile(r"(?<![\d.,:-])\d{1,3}[-:]\d{1,3}(?![\d:-]|[.,]\d|\w)")
TALLY_SECOND = re.compile(r"(?<![\d.,:-])\d{1,3}[-:]\d{1,3}$")

# "Smith, 58, said", "Merz (69) sagte": an age beside a name.
_AGE_AFTER_NAME = re.compile(r"[A-ZÄÖÜ][\w'’-]+(?:, |\s\()$")
# "the minister, 62, said", "a retired teacher, 71,": an age after a lowercase title led in by its article
_AGE_AFTER_TITLE = re.compile(r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}[a-z][\w-]+, $", re.IGNORECASE)
# "aged 62", "at the age of 62", „im Alter von 62“: an age said with its own word before the number.
# (also the second end of a span of ages: "aged 18 to 25", „im Alter von 18 bis 25“)
_AGE_WORD_BEFORE = re.compile(r"(?:\baged|\bages of|\bage of|\bAlter von)\s+(?:\d{1,2}\s?(?:to|and|bis|und|-|–)\s?)?$")
# "the minister, who is 58, said", "who turned 70 in May": an age told in a relative clause, with nothing counted
# after the number
_AGE_WHO_BEFORE = re.compile(r"\bwho\s+(?:is|was|turns|turned|will\s+be)\s+$")
_AGE_WHO_AFTER = re.compile(r"\s*(?:[,;.)]|years?\b|in\b|on\b|this\b|last\b|next\b)")


def is_age(text: str, start: int, end: int) -> bool:
    if end - start <= 3 and _AGE_WORD_BEFORE.search(text, 0, start):
        return True
    if end - start <= 3 and _AGE_WHO_BEFORE.search(text, 0, start) and _AGE_WHO_AFTER.match(text, end):
        return True
    return (end - start == 2 and bool(_AGE_AFTER_NAME.search(text[:start]) or _AGE_AFTER_TITLE.search(text[:start]))
            and text[end:end + 1] == ("(" if text[start - 1] == "(" else ",").replace("(", ")"))


# The number of a list item at the start of its line: "1. Border talks", "2) Tariffs"
LIST_MARK = re.compile(r"[.)](?:\s|$)")
# "9/11", "24/7", "2025/26", "90/Die Grünen": a number joined by a slash is a name, a rate or a span, no count.
SLASHED = re.compile(r"/\w")  # ("Bündnis 90/Die Grünen": a party's name)
SLASHED_BEFORE = re.compile(r"\d/$")


# A capitalised word before the number and one after it: the number is inside a name ("Channel 4 News").
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\n\"“„])\s([A-Z][a-z]+)\s$")
_NAME_WORD_AFTER = re.compile(r"\s[A-Z](?:[a-z]+|[A-Z]+)\b")  # ("Boeing 737 MAX": a model's name goes on in capitals)


def between_name_words(text: str, start: int, end: int) -> bool:
    """English only by its shape (German capitalises every noun): "Channel 4 News", "Radio 4 Today"; not
    "On Monday 12 Britons", where the word before is a day or a month."""
    before = _NAME_WORD_BEFORE.search(text, 0, start)
    if not before or not _NAME_WORD_AFTER.match(text, end) or before.start(1) == 0:
        return False
    return (before.group(1) not in figure_words.DAYS_AND_MONTHS_EN
            and not text[:before.start(1)].rstrip().endswith((".", ":")))


# An index or a channel in capitals right before a bare number: "S&P 500", "FTSE 100", "ITV 1" (a poll's "AfD 20
# Prozent" has its percent sign and is read before).
CAPITALS_BEFORE = re.compile(r"(?<![\w&])[A-Z][A-Z&]{1,5}\s$")


def about_a_vote(text: str, language: str) -> bool:
    words = set(re.findall(r"[\wäöü]+", text.lower()))
    return bool(words & lang_data(language).VOTE_WORDS)


def after_a_name(text: str, start: int, data: object) -> bool:
    """The word right before the number is a capitalised name, not a sentence start or function word."""
    before = re.search(r"(?:^|\s)(\S+)\s$", text[:start])
    if not before or not before.group(1)[:1].isupper():
        return False
    word = before.group(1).lower()
    if before.start(1) == 0:
        # "Reactor 4 was hit", "Line 2 of the metro": a sentence that opens with a noun and its number, while
        # "About 40 ...", "Some 300 ..." open with a qualifier (whose count has its noun anyway)
        qualifiers = {w for phrase in getattr(data, "QUALIFIERS", ()) for w in phrase.split()}
        return word.isalpha() and word not in qualifiers and word not in figure_words.SENTENCE_OPENERS
    return word not in getattr(data, "NAME_PREFIXES", frozenset())


def names_a_place_or_title(unit: str, language: str) -> bool:
    """An English 'unit' of capitalised words is a name the number is part of, not what it counts.

    German capitalises every noun, so only English can tell a name this way."""
    words = unit.split()
    return (language == "en" and bool(words) and all(w[:1].isupper() for w in words)
            and not words[-1].endswith("s")  # "a dozen Democrats", "40 ICBMs" count people and things
            and not (len(words) == 1 and words[0].isupper()))  # "120 MW" is a unit


SENTENCE_START = re.compile(r"(?:^|[.!?:;(\"“„‘—–-])\s*$")
# Unnamed informants counted in their own attribution: "two people familiar with ... said" is handled by
# GENERIC_PEOPLE; here the noun says it ("three Western diplomats told", „zwei Quellen sagten“).
SOURCES_SAID = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:sources|diplomats|insiders|Quellen|Diplomaten|Insider)"
                          r"\s+(?:told|said|say|says|confirmed|sagten|berichteten|bestätigten)\b")
# Four or five digits without a thousands mark: the shape of a postcode („39100 Bozen“)
POSTCODE = re.compile(r"\d{4,5}")
HOUSE_NUMBER_BEFORE = re.compile(r"\s\d{1,4}[a-z]?,\s+$")  # „Hauptplatz 3, “: the street's number before it
# "2025-26": the first year of a fiscal year written before the number
_YEAR_DASH = re.compile(r"(?:1[5-9]\d\d|20\d\d)[-–/]$")
_POSSESSIVE = re.compile(r"['’]s\b")
