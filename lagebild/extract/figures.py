"""Stage: figures, the counted and measured numbers an article reports.

Reads: Doc.sentences, Doc.language, Doc.locale.  Writes: Doc.figures.

A figure is a number with what it counts ("150.000 Soldaten", "$4 billion",
"3.5% of GDP", "zwölf Außenminister", "about four dozen", "41-Milliarden-Defizit").
Dates, years, ordinals ("das 100. Jubiläum"), times, ages and numbers inside
names ("Artikel 5", "G7", "COP 30", "Group of 20") are left out; numbers inside
quotations count like any other (CONVENTIONS §9).  Each value is kept once.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from lagebild.briefing.model import Figure, fact_id
from lagebild.extract.credits import is_editor_note
from lagebild.extract.datefind import find_dates, inside, lang_data
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import figure_words
from lagebild.extract.phonenumbers import phone_spans
from lagebild.extract.placenames import cities

# Longest first: "C$8.3 billion" is Canadian dollars, not "C" and US dollars.
# A currency code before the number counts as its sign ("USD 38.7 billion", "EUR 1.6 billion", "Sh450 million").
# ("$NZ60 million", "$A200 million": the sign before the country's letters; "N1.2 trillion": naira before a scale)
_CURRENCY_SIGNS = (r"US\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|\$NZ|\$A(?=\d)|\$|€|£|₹|₦|\bRs\.?(?=\s?\d)|\bKSh(?=\s?\d)"
                   r"|\bN(?=\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn)\b)"
                   r"|\b(?:USD|EUR|GBP|CHF)(?=\s?\d)|\bSh(?=\d)|\bRM(?=\s?\d)")  # (ringgit: "RM198 billion")


@lru_cache(maxsize=2)
def _number_rx(language: str) -> re.Pattern[str]:
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


_STOP_EN = frozenset({
    "of", "to", "in", "on", "for", "that", "a", "an", "the", "and", "or", "by", "at", "from", "with", "as",
    "than", "is", "are", "was", "were", "be", "who", "which", "this", "these", "their", "its", "before",
    "after", "since", "per", "each",
})
# Plural nouns without "-s" end the counted noun like one with it ("40 people waited" counts people).
_PLURALS_WITHOUT_S = frozenset({"people", "children", "men", "women", "personnel", "staff", "police", "troops",
                                "civilians", "aircraft", "cattle", "sheep", "militia", "crew"})
_LEADING_ADJ = frozenset({"more", "additional", "further", "new", "other", "extra", "weitere", "weiteren",
                          "zusätzliche", "zusätzlichen", "neue", "neuen"})


def _unit_after(text: str, end: int, language: str) -> str:
    """The counted noun after the number: 'Soldaten', 'Patriot batteries', 'metric tons'."""
    window = re.split(r"[(),;:]", text[end:end + 60], maxsplit=1)[0]
    tokens = re.findall(r"[\w'’.-]+", window)
    tokens = [t.rstrip(".") for t in tokens]
    while tokens and tokens[0].lower() in _LEADING_ADJ:
        tokens = tokens[1:]
    if not tokens:
        return ""
    if language == "de":
        while len(tokens) > 1 and re.fullmatch(r"[a-zäöüß-]+(?:e|en|er|es|em)", tokens[0]):
            tokens = tokens[1:]  # "vier südamerikanische Staaten": the noun after the adjectives
        return tokens[0] if tokens[0][:1].isupper() else ""
    unit: list[str] = []
    for token in tokens[:3]:
        if token.lower() in _STOP_EN or token.endswith("ly"):
            break
        unit.append(token)
        if (token.endswith("s") and len(token) > 3) or token.lower() in _PLURALS_WITHOUT_S:
            break
    return " ".join(unit)


def _qualifier(text: str, start: int, language: str) -> str | None:
    before = text[max(0, start - 25):start].lower().rstrip()
    for phrase in sorted(lang_data(language).QUALIFIERS, key=len, reverse=True):
        if before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalpha()):
            return phrase
    return None


def _context(text: str, start: int, end: int) -> str:
    """The clause around the number, short."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind("–", 0, start))
    right_marks = [i for i in (text.find(",", end), text.find(";", end)) if i != -1]
    right = min(right_marks) if right_marks else len(text)
    clause = text[left + 1:right].strip(" .")
    if len(clause) <= 100:
        return clause
    # A long clause: a window of words around the number.
    before = text[left + 1:start].split()[-6:]
    after = text[start:right].split()[:9]
    return " ".join(before + after).strip(" .,")


def _compact_unit(text: str, end: int, data: object) -> str:
    """The scale or unit written onto a number ('bn', 'm', 'km'), or ''."""
    m = re.match(r"([a-zA-Z]{1,3})(?![\w])", text[end:end + 4])
    if not m:
        return ""
    word = m.group(1)
    units = set(getattr(data, "SCALES", {})) | set(getattr(data, "COMPACT_UNITS", ()))
    return word if word in units else ""


def _range_end(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
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


def _is_part_of_name(text: str, start: int, end: int, language: str) -> bool:
    """'G7', 'E3', 'IRIS-T 2', 'ZIB2', 'Artikel 5', 'COVID-19', '5G', ordinals '4.', '1st'."""
    data = lang_data(language)
    if start > 0 and (text[start - 1].isalpha() or (text[start - 1] in "-." and start > 1
                                                    and text[start - 2].isalpha())):
        return True  # ("ID.3", "IRIS-T": letters glued to the number by a dot or a hyphen name a product)
    following = text[end:end + 3]
    if _compact_unit(text, end, data):
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


def figures_in(sentence: Sentence, language: str) -> list[Figure]:
    data = lang_data(language)
    text = sentence.text
    date_spans = [(m.start, m.end) for m in find_dates(text, language) if m.kind != "year"]
    blocked = [(m.start, m.end) for m in find_dates(text, language)]  # numbers inside quotes count too
    blocked += phone_spans(text, language)  # "Tel. +41 31 322 21 11": digits that dial count nothing
    found: list[Figure] = []
    matches = list(_number_rx(language).finditer(text))
    for index, m in enumerate(matches):
        shared = _shared_scale(text, m, matches[index + 1] if index + 1 < len(matches) else None)
        group = "num" if m["num"] else ("word" if m["word"] else "one")
        start, end = m.start(group), m.end(group)
        counted = _hyphen_count(text, end, data) if m["num"] or m["word"] else ""
        if inside(start, blocked):
            continue
        tally = _TALLY.match(text, start) or _TALLY_SECOND.search(text[:end])
        if m["num"] and tally and not m["sign"] and not (shared or m["scale"] or m["pct"]):
            if _about_a_vote(text, language):
                found.append(_figure(text, start, end, int(text[start:end]), str(data.VOTE_UNIT)))
            continue  # "passed 68-32": the votes for and against, or a score that counts nothing said
        name_start = m.start("sign") if m["sign"] else start  # "Sh450 million": the letters are the currency's
        if (not counted and _is_part_of_name(text, name_start, end, language)) or _range_end(
                text, start, end, date_spans) or _is_age(text, start, end):
            continue
        if m["num"] and (_SLASHED.match(text, end) or _SLASHED_BEFORE.search(text, 0, start)):
            continue  # "9/11", "24/7": a name or a rate written with a slash, nothing counted
        if m["num"] and not (m["sign"] or m["pct"] or m["scale"]) and (
                (not text[:start].strip() and _LIST_MARK.match(text, end))
                or (text[start - 1:start] == "(" and text[end:end + 1] == ")")):
            continue  # "3. Rail deal": a list item's number; "Fotos: Jane Roe (3)": a credit's count of pictures
        if m["num"] and language == "en" and not (m["sign"] or m["pct"] or m["scale"]) \
                and (_between_name_words(text, start, end) or _CAPITALS_BEFORE.search(text, 0, start)):
            continue  # "Channel 4 News", "the S&P 500 slipped", "FTSE 100": the number inside a name
        raw = m["num"] or ""
        multipliers = figure_words.MULTIPLIERS.get(language, {})
        before = re.search(r"(\w+)\s+$", text[:start])
        if m["word"] and m["word"].lower() in multipliers and before and (
                before.group(1).isdigit() or before.group(1).lower() in data.NUMBER_WORDS):
            continue  # "dozen" in "four dozen" belongs to the number before it
        value = parse_number(raw, language) if raw else Decimal(
            int(data.NUMBER_WORDS[m["word"].lower()]) if m["word"] else 1)
        if value is None:
            continue
        tail_end = m.end()
        times = re.match(r"\s+(\w+)", text[tail_end:])
        if times and times.group(1).lower() in multipliers and not m["scale"] and not m["pct"]:
            value *= multipliers[times.group(1).lower()]  # "about four dozen" = 48
            tail_end += times.end()
        unit = ""
        pct = m["pct"] or (shared["pct"] if shared else None)  # "zwischen 20 und 30 Prozent": both ends are %
        if pct:
            unit = str(data.PERCENT.get(pct.lower(), pct))
            if re.match(r"\s+(?:of GDP|des BIP|der Wirtschaftsleistung)", text[tail_end:]):
                unit = "% of GDP" if language == "en" else "% des BIP"
        compact = _compact_unit(text, end, data) if m["num"] and not m["scale"] and not pct else ""
        if m["scale"]:
            value *= int(data.SCALES[m["scale"].lower().rstrip(".")])
        elif shared and shared["scale"]:
            value *= int(data.SCALES[shared["scale"].lower().rstrip(".")])  # "20 to 30 million": 20 million
        elif compact in data.SCALES:
            value *= int(data.SCALES[compact])
            tail_end = end + len(compact)
        elif compact:
            unit = compact
        if counted:
            unit = counted
        if m["sign"]:
            unit = str(data.CURRENCIES.get(m["sign"].lower(), "USD"))
        degrees = re.match(r"\s?°\s?([CF]?)", text[tail_end:])
        if not unit and degrees:
            unit = "°" + degrees.group(1)  # "1.5°C"
        if not unit:
            unit = _unit_after(text, tail_end, language)
            currency = data.CURRENCIES.get(unit.lower())
            if currency:
                unit = str(currency)
            elif _POSTCODE.fullmatch(raw) and text[tail_end:tail_end + 1] == " " and unit[:1].isupper() and (
                    unit in cities(language) or _HOUSE_NUMBER_BEFORE.search(text, 0, start)):
                continue  # "39100 Bozen", „Hauptplatz 3, 39042 Brixen“: a postcode before its town, no count
            elif _names_a_place_or_title(unit, language):
                continue  # "10 Downing Street", "Route 66 Diner": the number belongs to a name
        # ("seven million people": a scaled number word counts; "two people familiar with …" describes sources)
        if m["word"] and not counted and not (m["scale"] and unit) and not _countable_word(text, start, unit, data):
            continue
        if m["word"] and language == "en" and m["word"][0].isupper() and not _SENTENCE_START.search(text, 0, start):
            continue  # "the Nordic-Baltic Eight welcomed it": a capitalised number word inside a sentence, a name
        if m["word"] and _SOURCES_SAID.match(text, tail_end):
            continue  # "two Egyptian security sources told Reuters": who told, not a count the news reports
        if not unit and m["num"] and _after_a_name(text, start, data):
            continue  # "Boeing 747", "Flug LH 400", "ORF 2": the number completes a name
        first_word = unit.lower().split(" ")[0]
        if unit.lower() in data.NOT_COUNTED or first_word in data.NOT_COUNTED or first_word in figure_words.DURATIONS:
            continue
        number: int | float = int(value) if value == value.to_integral_value() else float(value)
        found.append(Figure(
            id=fact_id("figure", number, unit), evidence=text, value=number, unit=unit,
            context=_context(text, start, tail_end), qualifier=_qualifier(text, m.start(), language),
        ))
    return found


# A range's joiner: the first end shares the second's scale or percent sign ("20 to 30 million", "5-10%",
# „20 bis 30 Milliarden“, „von 20 auf 30 Millionen“).
_RANGE_JOINER = re.compile(r"\s*(?:-|–|to|bis|and|und|or|oder|auf)\s*")


def _shared_scale(text: str, m: re.Match[str], following: re.Match[str] | None) -> re.Match[str] | None:
    """The next number of a range when it carries the scale or percent sign this bare number leaves out."""
    if (not m["num"] and not m["word"]) or m["scale"] or m["pct"] or following is None:
        return None
    if not (following["scale"] or following["pct"]) or not (following["num"] or following["word"]):
        return None
    start = following.start("sign") if following["sign"] else following.start("num" if following["num"] else "word")
    return following if _RANGE_JOINER.fullmatch(text, m.end(), start) else None


# "(235-193)", "passed 68-32": a vote's tally (years and ranges of years are dates, read before).
_TALLY = re.compile(r"(?<![\d.,:-])\d{1,3}[-:]\d{1,3}(?![\d:-]|[.,]\d|\w)")
_TALLY_SECOND = re.compile(r"(?<![\d.,:-])\d{1,3}[-:]\d{1,3}$")
# "Smith, 58, said", "Merz (69) sagte": an age beside a name.
_AGE_AFTER_NAME = re.compile(r"[A-ZÄÖÜ][\w'’-]+(?:, |\s\()$")


# "the minister, 62, said", "a retired teacher, 71,": an age after a lowercase title led in by its article
_AGE_AFTER_TITLE = re.compile(r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}[a-z][\w-]+, $", re.IGNORECASE)
# "aged 62", "at the age of 62", „im Alter von 62“: an age said with its own word before the number.
# (also the second end of a span of ages: "aged 18 to 25", „im Alter von 18 bis 25“)
_AGE_WORD_BEFORE = re.compile(r"(?:\baged|\bages of|\bage of|\bAlter von)\s+(?:\d{1,2}\s?(?:to|and|bis|und|-|–)\s?)?$")


def _is_age(text: str, start: int, end: int) -> bool:
    if end - start <= 3 and _AGE_WORD_BEFORE.search(text, 0, start):
        return True
    return (end - start == 2 and bool(_AGE_AFTER_NAME.search(text[:start]) or _AGE_AFTER_TITLE.search(text[:start]))
            and text[end:end + 1] == ("(" if text[start - 1] == "(" else ",").replace("(", ")"))


# The number of a list item at the start of its line: "1. Border talks", "2) Tariffs"
_LIST_MARK = re.compile(r"[.)](?:\s|$)")
# "9/11", "24/7", "2025/26", "90/Die Grünen": a number joined by a slash is a name, a rate or a span, no count.
_SLASHED = re.compile(r"/\w")  # ("Bündnis 90/Die Grünen": a party's name)
_SLASHED_BEFORE = re.compile(r"\d/$")
# A capitalised word before the number and one after it: the number is inside a name ("Channel 4 News").
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\n\"“„])\s([A-Z][a-z]+)\s$")
_NAME_WORD_AFTER = re.compile(r"\s[A-Z](?:[a-z]+|[A-Z]+)\b")  # ("Boeing 737 MAX": a model's name goes on in capitals)


def _between_name_words(text: str, start: int, end: int) -> bool:
    """English only by its shape (German capitalises every noun): "Channel 4 News", "Radio 4 Today"; not
    "On Monday 12 Britons", where the word before is a day or a month."""
    before = _NAME_WORD_BEFORE.search(text, 0, start)
    if not before or not _NAME_WORD_AFTER.match(text, end) or before.start(1) == 0:
        return False
    return before.group(1) not in _NOT_NAME_WORDS and not text[:before.start(1)].rstrip().endswith((".", ":"))


# An index or a channel in capitals right before a bare number: "S&P 500", "FTSE 100", "ITV 1" (a poll's "AfD 20
# Prozent" has its percent sign and is read before).
_CAPITALS_BEFORE = re.compile(r"(?<![\w&])[A-Z][A-Z&]{1,5}\s$")
_NOT_NAME_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
                            "May June July August September October November December".split())


def _about_a_vote(text: str, language: str) -> bool:
    words = set(re.findall(r"[\wäöü]+", text.lower()))
    return bool(words & lang_data(language).VOTE_WORDS)


def _figure(text: str, start: int, end: int, value: int, unit: str) -> Figure:
    return Figure(id=fact_id("figure", value, unit), evidence=text, value=value, unit=unit,
                  context=_context(text, start, end), qualifier=None)


def _after_a_name(text: str, start: int, data: object) -> bool:
    """The word right before the number is a capitalised name, not a sentence start or function word."""
    before = re.search(r"(?:^|\s)(\S+)\s$", text[:start])
    if not before or not before.group(1)[:1].isupper():
        return False
    word = before.group(1).lower()
    if before.start(1) == 0:
        # "Reactor 4 was hit", "Line 2 of the metro": a sentence that opens with a noun and its number, while
        # "About 40 ...", "Some 300 ..." open with a qualifier (whose count has its noun anyway)
        qualifiers = {w for phrase in getattr(data, "QUALIFIERS", ()) for w in phrase.split()}
        return word.isalpha() and word not in qualifiers and word not in _SENTENCE_OPENERS
    return word not in getattr(data, "NAME_PREFIXES", frozenset())


_SENTENCE_OPENERS = frozenset("the a an all only just another exactly insgesamt nur genau weitere alle die der das "
                              "und and but aber "
                              # a preposition opening the sentence ("Mit 51 zu 49 Stimmen", "Of 40 members, 30 …")
                              "mit bei nach von für auf über unter gegen ohne durch zwischen "
                              "with of by from for over under among between after".split())


def _names_a_place_or_title(unit: str, language: str) -> bool:
    """An English 'unit' of capitalised words is a name the number is part of, not what it counts.

    German capitalises every noun, so only English can tell a name this way."""
    words = unit.split()
    return (language == "en" and bool(words) and all(w[:1].isupper() for w in words)
            and not words[-1].endswith("s")  # "a dozen Democrats", "40 ICBMs" count people and things
            and not (len(words) == 1 and words[0].isupper()))  # "120 MW" is a unit


def _hyphen_count(text: str, end: int, data: object) -> str:
    """'an 11-member bloc', 'the 27-nation union': a count written as a compound -> 'members'."""
    m = re.match(r"-([a-zäöü]+)\b", text[end:end + 20])
    if not m or _SOLUTION_AFTER.match(text, end + m.end()):
        return ""  # ("a two-state solution": the name of a settlement, no count)
    counts: dict[str, str] = getattr(data, "HYPHEN_COUNTS", {})
    return counts.get(m.group(1), "")


def _countable_word(text: str, start: int, unit: str, data: object) -> bool:
    """Number words count only as fresh counts: not 'the three countries', 'two people familiar'."""
    previous = re.search(r"(\w+)\s*$", text[:start])
    if previous and previous.group(1).lower() in getattr(data, "ANAPHORIC_DETERMINERS", frozenset()):
        # "the four ministers" counts who took part; "the three countries" and "the two
        # leaders" (= both) point back.
        head = unit.lower().split(" ")[-1]
        word = text[start:].split(maxsplit=1)[0].lower()
        count = int(getattr(data, "NUMBER_WORDS", {}).get(word, 0))
        if head.endswith(tuple(getattr(data, "STATE_NOUNS", ()))):
            # "the four Mercosur countries" counts a bloc; "the three countries" mostly names again the
            # states just listed
            return count > 3
        return count > 2 and head.endswith(tuple(getattr(data, "PARTICIPANT_NOUNS", ())))
    if unit.lower().split(" ")[0] in getattr(data, "GENERIC_PEOPLE", frozenset()):
        # "two people familiar with the plan", „zwei Personen aus dem Umfeld“ describe sources; „neun weitere
        # Personen und drei Organisationen“ (a sanctions list) count
        listed = _LISTED_PEOPLE.match(text, start)
        return listed is not None and listed.group(1).lower() in ("personen", "persons", "people")
    after = text[start:].split(maxsplit=2)
    if len(after) > 1 and after[1].lower() in ("of", "von", "der"):
        return True  # "nine of the 32 members"
    return bool(unit)


def _another_holder(figure: Figure, language: str) -> bool:
    """'die PVV errang ebenfalls 26 Sitze': the same value again, said of someone else."""
    words = set(re.findall(r"[\wäöü]+", figure.context.lower()))
    return bool(words & lang_data(language).SAME_VALUE_AGAIN)


def _unit_words(unit: str) -> set[str]:
    return {re.sub(r"s$", "", word) for word in re.findall(r"[^\W\d_]{4,}", unit.lower())}


def _same_thing(figure: Figure, told: dict[float, set[str]]) -> bool:
    """"the 11-member bloc" … "the 11 member states": the same value for the same members again, its unit told
    in other words that share a noun (CONVENTIONS §9: the same value for the same thing once).  ``told`` holds
    the unit words of each value told so far."""
    earlier = told.get(float(figure.value), set())
    # („sechs Westbalkanländer“ … „die sechs Länder“: a German compound's head names the same thing)
    stems = {re.sub(r"e?n$", "", word) for word in _unit_words(figure.unit)}  # („Ländern“ is „Länder“)
    return any(word == other or (min(len(word), len(other)) >= 5 and (word.endswith(other) or other.endswith(word)))
               for word in stems for other in {re.sub(r"e?n$", "", told_word) for told_word in earlier})


def _refers_back(figure: Figure, language: str) -> bool:
    words = re.findall(r"[\wäöü]+", figure.evidence.lower())
    return bool(set(words[:6]) & lang_data(language).PART_OF_WORDS)


def _written_figures(sentence: Sentence, language: str) -> list[Figure]:
    """'41-Milliarden-Defizit' and 'von einem Prozent': figures the number pattern does not read."""
    text = sentence.text
    data = lang_data(language)
    found = []
    for m in re.finditer(figure_words.SCALED_COMPOUND, text):
        value = parse_number(m["num"], language)
        scale = data.SCALES.get(m["scale"].lower().rstrip("."))
        if value is not None and scale:
            number = value * scale
            shown: int | float = int(number) if number == number.to_integral_value() else float(number)
            found.append(Figure(id=fact_id("figure", shown, m["unit"]), evidence=text, value=shown, unit=m["unit"],
                                context=_context(text, m.start(), m.end()), qualifier=None))
    for m in re.finditer(figure_words.ONE_PERCENT, text):
        unit = str(data.PERCENT.get(m["unit"].lower(), m["unit"]))
        found.append(Figure(id=fact_id("figure", 1, unit), evidence=text, value=1, unit=unit,
                            context=_context(text, m.start(), m.end()), qualifier=None))
    return found


def run(doc: Doc) -> None:
    figures: list[Figure] = []
    seen: set[tuple[float, str]] = set()
    told: dict[float, set[str]] = {}
    for sentence in doc.sentences:
        if is_editor_note(sentence.text, doc.language):
            continue  # "(Corrects paragraph 3 …)": paragraph numbers of the text, no figures
        found = figures_in(sentence, doc.language) + _written_figures(sentence, doc.language)
        for i, figure in enumerate(found):
            # "nine of the 32 members", "600 Lastwagen … weniger als 300": a neighbour's unit.
            neighbour = found[i + 1] if i + 1 < len(found) else (found[i - 1] if i else None)
            if not figure.unit and neighbour is None and figures and _refers_back(figure, doc.language):
                neighbour = figures[-1]  # "Eine Milliarde davon": of the sum just told
            if not figure.unit and neighbour is not None:
                unit = neighbour.unit
                figure = replace(figure, unit=unit, id=fact_id("figure", figure.value, unit))
            unit_class = "%" if "%" in figure.unit or "cent" in figure.unit or "rozent" in figure.unit else (
                figure.unit.lower())
            key = (float(figure.value), unit_class)
            if (key in seen or _same_thing(figure, told)) and not _another_holder(figure, doc.language):
                continue
            seen.add(key)
            told.setdefault(float(figure.value), set()).update(_unit_words(figure.unit))
            figures.append(figure)
    doc.figures = figures


_SENTENCE_START = re.compile(r"(?:^|[.!?:;(\"“„‘—–-])\s*$")
# Unnamed informants counted in their own attribution: "two people familiar with ... said" is handled by
# GENERIC_PEOPLE; here the noun says it ("three Western diplomats told", „zwei Quellen sagten“).
_SOURCES_SAID = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:sources|diplomats|insiders|Quellen|Diplomaten|Insider)"
                           r"\s+(?:told|said|say|says|confirmed|sagten|berichteten|bestätigten)\b")
# Four or five digits without a thousands mark: the shape of a postcode („39100 Bozen“)
_POSTCODE = re.compile(r"\d{4,5}")
_HOUSE_NUMBER_BEFORE = re.compile(r"\s\d{1,4}[a-z]?,\s+$")  # „Hauptplatz 3, “: the street's number before it
# "2025-26": the first year of a fiscal year written before the number
_YEAR_DASH = re.compile(r"(?:1[5-9]\d\d|20\d\d)[-–/]$")
_POSSESSIVE = re.compile(r"['’]s\b")
_SOLUTION_AFTER = re.compile(r"\s+solution\b")
_LISTED_PEOPLE = re.compile(r"\w+\s+(?:weitere\s+|more\s+|other\s+)?(\w+)\s+(?:und|and|sowie|as well as)\s+"
                            r"(?:\w+\s+)?(?:\w+\s+)?(?:Organisationen|Unternehmen|Firmen|Einrichtungen|entities"
                            r"|companies|organi[sz]ations)\b")
