"""Agency credits outside the running text: closing lines, bracketed marks, coverage compounds.

Used by the sources stage.  Wire copy credits its agency in ways no sentence
states: a last line „Quelle: dts Nachrichtenagentur“ or "(Source: Reuters)", a
bracketed mark „(Keystone-SDA)“ / "(AP)" at the start or end of a paragraph, an
upper-case "REUTERS" closing the last paragraph, and compounds such as
„Blick-Interview“.  A bracket counts only for a known outlet or a name with an
agency noun, so author initials „(cma)“ and party marks „(CDU)“ do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lagebild.extract.lang import credits, first_names


@lru_cache(maxsize=4)
def _label_line(language: str) -> re.Pattern[str]:
    labels = credits.CREDIT_LABELS.get(language, ())
    with_colon = "|".join(re.escape(label) for label in labels)
    # „Mit Material von dpa“ needs no colon: its "von"/"by"/"from" already says what follows.
    bare = "|".join(re.escape(label) for label in labels
                    if label.endswith((" von", " by", " der", " des", " from"))) or "(?!)"
    # „mit Material der dpa“ in lower case too: the label's first letter may be small
    # ("— With files from The Associated Press": a dash may open the line)
    return re.compile(rf"^(?:[–—-]\s*)?\(?\s*(?:(?i:{with_colon})\s*:|(?i:{bare})\s)\s*"
                      rf"(?P<list>[^():]{{2,80}}?)\s*\)?\.?\s*$")


_BRACKET = re.compile(r"\((?P<name>[^()\d]{2,40})\)")
_LIST_SPLIT = re.compile(r"\s*(?:/|,|;|\bund\b|\band\b|&)\s*")
_TRAILING_CAPS = re.compile(r"(?:^|[.!?”\"’»]\s+|\s[–—-]\s*)(?P<name>[A-Z][A-Z&/-]{1,15})\s*$")


@lru_cache(maxsize=4)
def _editor_note(language: str) -> re.Pattern[str]:
    return re.compile(credits.EDITOR_NOTE.get(language, "(?!)"))


def is_editor_note(text: str, language: str) -> bool:
    """"(Adds Kremlin comment in paragraph 5)", „(NEU: Reaktionen aus Berlin)“: a wire's note on its own text."""
    return bool(_editor_note(language).match(text.strip()))


def credit_line(text: str, language: str) -> list[tuple[int, int, str]]:
    """„Quelle: dts Nachrichtenagentur“, "(Source: Reuters, AP)": each name the credit line lists."""
    match = _label_line(language).match(text.strip())
    if not match:
        return []
    offset = text.find(match.group("list"))
    result = []
    for part in re.finditer(r"[^/,;&]+", match.group("list")):
        for name in _LIST_SPLIT.split(part.group(0)):
            name = name.strip(" .")
            if name and len(name.split()) <= 4 and name.casefold() not in credits.GENERIC_CREDITS \
                    and not _reporter(name):
                start = text.find(name, offset)
                result.append((start, start + len(name), name))
    return result


# "This report by The Canadian Press was first published Feb. 11": the agency whose copy the page runs
_REPORT_BY = re.compile(r"^This\s+(?:report|story|article)\s+by\s+"
                        r"(?P<name>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
                        r"\s+was\s+(?:first\s+|originally\s+)?published\b")


def report_by(text: str) -> list[tuple[int, int, str]]:
    """"This report by The Canadian Press was first published …": the agency credited for the text."""
    match = _REPORT_BY.match(text.strip())
    if not match:
        return []
    start = text.find(match.group("name"))
    return [(start, start + len(match.group("name")), match.group("name"))]


def _reporter(name: str) -> bool:
    """„Mit Informationen von Anna Berger, MDR“: a given name and a surname credit a reporter, no outlet."""
    words = name.split()
    return len(words) == 2 and words[1][:1].isupper() and (words[0] in first_names.FEMALE
                                                             or words[0] in first_names.MALE)


# "- with Reuters", "With AAP", "— with agencies": a wire's closing line; names only the lexicon knows
# (a line "With John Roe in Kyiv" credits a reporter).
_WITH_LINE = re.compile(r"^[-–—]?\s*(?:with|With|WITH)\s+(?P<list>[A-Za-z][\w .&/-]{1,60}?)\.?\s*$")


def closing_with(text: str, known: Iterable[str]) -> list[tuple[int, int, str]]:
    match = _WITH_LINE.match(text.strip())
    if not match:
        return []
    names = set(known)
    offset = text.find(match.group("list"))
    return [(text.find(name, offset), text.find(name, offset) + len(name), name)
            for name in (part.strip(" .") for part in _LIST_SPLIT.split(match.group("list"))) if name in names]


def bracketed(text: str, known: Iterable[str]) -> list[tuple[int, int, str]]:
    """„(Keystone-SDA) Als erstes …“, "… talks ended. (AP)": a known outlet or an agency in brackets."""
    lookup = {name.casefold(): name for name in known}
    result = []
    for match in _BRACKET.finditer(text):
        inside = match.group("name").strip()
        parts = [p.strip() for p in re.split(r"\s*/\s*", inside)]  # "(dpa/AFP)"
        if all(p.casefold() in lookup for p in parts):
            for part in parts:
                start = text.find(part, match.start())
                result.append((start, start + len(part), lookup[part.casefold()]))
        elif any(inside.endswith(noun) for noun in credits.AGENCY_NOUNS) and len(inside.split()) <= 4:
            result.append((match.start("name"), match.end("name"), inside))
    return result


def closing_caps(text: str, known: Iterable[str]) -> list[tuple[int, int, str]]:
    """"… Mr Lee's office said. REUTERS": an agency in capitals closing a paragraph."""
    match = _TRAILING_CAPS.search(text)
    if not match:
        return []
    lookup = {name.casefold(): name for name in known}
    names = [n for n in re.split(r"[/&]", match.group("name")) if n]
    if not names or not all(n.casefold() in lookup for n in names):
        return []
    result = []
    for name in names:
        start = text.find(name, match.start("name"))
        result.append((start, start + len(name), lookup[name.casefold()]))
    return result


# "told RPP radio", "on NHK television": an acronym before a broadcast noun (a nationality such as
# "Ukrainian television" is no outlet, so only capitals count).
_ACRONYM_BROADCAST = re.compile(
    r"(?<![\w-])(?P<name>(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,6})\s+(?:radio|television|TV|broadcaster|channel)\b")
# "told CBC News", "told Channel 4 News", "told Radio New Zealand": a named newsroom after a verb of telling.
_TOLD_NEWSROOM = re.compile(r"\b(?:told|[Ss]peaking to|[Ii]n an interview with)\s+(?:the\s+)?(?P<name>"
                            r"(?:[A-Z][\w.&-]*\s+){1,3}(?:News|Radio|Television|TV)"
                            r"|Radio\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\b")


def broadcasters(text: str, language: str) -> list[tuple[int, int, str]]:
    """"told RPP radio", "told CBC News": broadcasters the lexicon does not know, by their shape."""
    if language != "en":
        return []
    return [(m.start("name"), m.end("name"), m.group("name"))
            for regex in (_ACRONYM_BROADCAST, _TOLD_NEWSROOM) for m in regex.finditer(text)]


def coverage_compounds(text: str, language: str, known: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """„in einem Blick-Interview“, „laut einem Spiegel-Bericht“: the outlet before the hyphen."""
    regex = _coverage_regex(language, known)
    if regex is None or "-" not in text:
        return []
    return [(m.start("name"), m.end("name"), m.group("name")) for m in regex.finditer(text)]


@lru_cache(maxsize=4)
def _coverage_regex(language: str, known: tuple[str, ...]) -> re.Pattern[str] | None:
    nouns = credits.COVERAGE_NOUNS.get(language, ())
    if not nouns:
        return None
    names = "|".join(re.escape(n) for n in sorted(known, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<name>{names})-(?:{'|'.join(nouns)})(?![\w-])")
