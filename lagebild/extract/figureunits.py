"""What a number counts and how it is said: the counted noun after it, a count written as a compound
("an 11-member bloc"), the qualifier before it ("about"), the clause around it, and whether a number word is a
fresh count or points back ("the three countries").

Lexical lists are data in ``lang/figure_words.py`` and the language modules' ``lang_data``.
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import lang_data
from lagebild.extract.lang import figure_words


def counted_noun_after(text: str, end: int, language: str) -> str:
    """The counted noun after the number: 'Soldaten', 'Patriot batteries', 'metric tons'."""
    window = re.split(r"[(),;:]", text[end:end + 60], maxsplit=1)[0]
    tokens = re.findall(r"[\w'’.-]+", window)
    tokens = [t.rstrip(".") for t in tokens]
    while tokens and tokens[0].lower() in figure_words.LEADING_ADJECTIVES:
        tokens = tokens[1:]
    if not tokens:
        return ""
    if language == "de":
        while len(tokens) > 1 and re.fullmatch(r"[a-zäöüß-]+(?:e|en|er|es|em)", tokens[0]):
            tokens = tokens[1:]  # "vier südamerikanische Staaten": the noun after the adjectives
        return tokens[0] if tokens[0][:1].isupper() else ""
    unit: list[str] = []
    for token in tokens[:3]:
        if token.lower() in figure_words.UNIT_STOPS_EN or token.endswith("ly"):
            break
        unit.append(token)
        if (token.endswith("s") and len(token) > 3) or token.lower() in figure_words.PLURALS_WITHOUT_S:
            break
    return " ".join(unit)


def qualifier_before(text: str, start: int, language: str) -> str | None:
    before = text[max(0, start - 25):start].lower().rstrip()
    for phrase in sorted(lang_data(language).QUALIFIERS, key=len, reverse=True):
        if before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalpha()):
            return phrase
    return None


def clause_around(text: str, start: int, end: int) -> str:
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


def hyphen_count(text: str, end: int, data: object) -> str:
    """'an 11-member bloc', 'the 27-nation union': a count written as a compound -> 'members'."""
    m = re.match(r"-([a-zäöü]+)\b", text[end:end + 20])
    if not m or _SOLUTION_AFTER.match(text, end + m.end()):
        return ""  # ("a two-state solution": the name of a settlement, no count)
    counts: dict[str, str] = getattr(data, "HYPHEN_COUNTS", {})
    return counts.get(m.group(1), "")


def countable_word(text: str, start: int, unit: str, data: object) -> bool:
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


_SOLUTION_AFTER = re.compile(r"\s+solution\b")
# „neun weitere Personen und drei Organisationen“: people counted beside bodies in a list (a sanctions list)
_LISTED_PEOPLE = re.compile(r"\w+\s+(?:weitere\s+|more\s+|other\s+)?(\w+)\s+(?:und|and|sowie|as well as)\s+"
                            r"(?:\w+\s+)?(?:\w+\s+)?(?:Organisationen|Unternehmen|Firmen|Einrichtungen|entities"
                            r"|companies|organi[sz]ations)\b")
