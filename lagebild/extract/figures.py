"""Stage: figures, the counted and measured numbers an article reports.

Reads: Doc.sentences, Doc.language, Doc.locale.  Writes: Doc.figures.

A figure is a number with what it counts ("150.000 Soldaten", "$4 billion",
"3.5% of GDP", "zwölf Außenminister", "about four dozen", "41-Milliarden-Defizit").
Dates, years, ordinals ("das 100. Jubiläum"), times, ages and numbers inside
names ("Artikel 5", "G7", "COP 30", "Group of 20") are left out; numbers inside
quotations count like any other (CONVENTIONS §9).  Each value is kept once.

This module builds the records and keeps each value once; ``numberforms`` reads the numbers,
``notfigures`` says which count nothing, ``figureunits`` what the others count.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from lagebild.briefing.model import Figure, fact_id
from lagebild.extract.credits import is_editor_note
from lagebild.extract.datefind import find_dates, inside, lang_data
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.figureunits import (
    clause_around,
    countable_word,
    counted_noun_after,
    hyphen_count,
    qualifier_before,
)
from lagebild.extract.lang import figure_words
from lagebild.extract.notfigures import (
    CAPITALS_BEFORE,
    HOUSE_NUMBER_BEFORE,
    LIST_MARK,
    POSTCODE,
    SENTENCE_START,
    SLASHED,
    SLASHED_BEFORE,
    SOURCES_SAID,
    TALLY,
    TALLY_SECOND,
    about_a_vote,
    after_a_name,
    between_name_words,
    is_age,
    is_part_of_name,
    is_range_end,
    names_a_place_or_title,
)
from lagebild.extract.numberforms import compact_unit, number_pattern, parse_number, shared_scale
from lagebild.extract.phonenumbers import phone_spans
from lagebild.extract.placenames import cities

__all__ = ["figures_in", "parse_number", "run"]

def figures_in(sentence: Sentence, language: str) -> list[Figure]:
    data = lang_data(language)
    text = sentence.text
    date_spans = [(m.start, m.end) for m in find_dates(text, language) if m.kind != "year"]
    blocked = [(m.start, m.end) for m in find_dates(text, language)]  # numbers inside quotes count too
    blocked += phone_spans(text, language)  # "Tel. +41 31 322 21 11": digits that dial count nothing
    found: list[Figure] = []
    matches = list(number_pattern(language).finditer(text))
    for index, m in enumerate(matches):
        shared = shared_scale(text, m, matches[index + 1] if index + 1 < len(matches) else None)
        group = "num" if m["num"] else ("word" if m["word"] else "one")
        start, end = m.start(group), m.end(group)
        counted = hyphen_count(text, end, data) if m["num"] or m["word"] else ""
        if inside(start, blocked):
            continue
        tally = TALLY.match(text, start) or TALLY_SECOND.search(text[:end])
        if m["num"] and tally and not m["sign"] and not (shared or m["scale"] or m["pct"]):
            if about_a_vote(text, language):
                found.append(_figure(text, start, end, int(text[start:end]), str(data.VOTE_UNIT)))
            continue  # "passed 68-32": the votes for and against, or a score that counts nothing said
        name_start = m.start("sign") if m["sign"] else start  # "Sh450 million": the letters are the currency's
        if (not counted and is_part_of_name(text, name_start, end, language)) or is_range_end(
                text, start, end, date_spans) or is_age(text, start, end):
            continue
        if m["num"] and (SLASHED.match(text, end) or SLASHED_BEFORE.search(text, 0, start)):
            continue  # "9/11", "24/7": a name or a rate written with a slash, nothing counted
        if m["num"] and not (m["sign"] or m["pct"] or m["scale"]) and (
                (not text[:start].strip() and LIST_MARK.match(text, end))
                or (text[start - 1:start] == "(" and text[end:end + 1] == ")")):
            continue  # "3. Rail deal": a list item's number; "Fotos: Jane Roe (3)": a credit's count of pictures
        if m["num"] and language == "en" and not (m["sign"] or m["pct"] or m["scale"]) \
                and (between_name_words(text, start, end) or CAPITALS_BEFORE.search(text, 0, start)):
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
        compact = compact_unit(text, end, data) if m["num"] and not m["scale"] and not pct else ""
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
            unit = counted_noun_after(text, tail_end, language)
            currency = data.CURRENCIES.get(unit.lower())
            if currency:
                unit = str(currency)
            elif POSTCODE.fullmatch(raw) and text[tail_end:tail_end + 1] == " " and unit[:1].isupper() and (
                    unit in cities(language) or HOUSE_NUMBER_BEFORE.search(text, 0, start)):
                continue  # "39100 Bozen", „Hauptplatz 3, 39042 Brixen“: a postcode before its town, no count
            elif names_a_place_or_title(unit, language):
                continue  # "10 Downing Street", "Route 66 Diner": the number belongs to a name
        # ("seven million people": a scaled number word counts; "two people familiar with …" describes sources)
        if m["word"] and not counted and not (m["scale"] and unit) and not countable_word(text, start, unit, data):
            continue
        if m["word"] and language == "en" and m["word"][0].isupper() and not SENTENCE_START.search(text, 0, start):
            continue  # "the Nordic-Baltic Eight welcomed it": a capitalised number word inside a sentence, a name
        if m["word"] and SOURCES_SAID.match(text, tail_end):
            continue  # "two Egyptian security sources told Reuters": who told, not a count the news reports
        if not unit and m["num"] and after_a_name(text, start, data):
            continue  # "Boeing 747", "Flug LH 400", "ORF 2": the number completes a name
        first_word = unit.lower().split(" ")[0]
        if unit.lower() in data.NOT_COUNTED or first_word in data.NOT_COUNTED or first_word in figure_words.DURATIONS:
            continue
        number: int | float = int(value) if value == value.to_integral_value() else float(value)
        found.append(Figure(
            id=fact_id("figure", number, unit), evidence=text, value=number, unit=unit,
            context=clause_around(text, start, tail_end), qualifier=qualifier_before(text, m.start(), language),
        ))
    return found


def _figure(text: str, start: int, end: int, value: int, unit: str) -> Figure:
    return Figure(id=fact_id("figure", value, unit), evidence=text, value=value, unit=unit,
                  context=clause_around(text, start, end), qualifier=None)


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
                                context=clause_around(text, m.start(), m.end()), qualifier=None))
    for m in re.finditer(figure_words.ONE_PERCENT, text):
        unit = str(data.PERCENT.get(m["unit"].lower(), m["unit"]))
        found.append(Figure(id=fact_id("figure", 1, unit), evidence=text, value=1, unit=unit,
                            context=clause_around(text, m.start(), m.end()), qualifier=None))
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
