"""Passages in quotation marks, and which of them are names or terms rather than quotations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.extract.lang import de, en

_QUOTE = re.compile(
    r"„(?P<a>[^“”„\n]+)[“”]"
    r"|“(?P<b>[^”“\n]+)”"
    r"|«(?P<c>[^»\n]+)»"
    r"|»(?P<d>[^«\n]+)«"
    r"|(?<![\w])‘(?P<e>[^‘\n]+?)’(?![A-Za-z])"
    r"|(?<![\w])\"(?P<f>[^\"\n]+)\""
    r"|‚(?P<g>[^‘’‚\n]+)[‘’]"
    r"|›(?P<h>[^‹›\n]+)‹"
    r"|‹(?P<i>[^‹›\n]+)›"
    # a plain apostrophe as a single quotation mark: opened before a letter, closed before no letter
    # ("'We are close,' Vance said"; "Vance's", "leaders' talks" and "don't" open nothing)
    r"|(?<![\w'])'(?P<j>[A-Za-zÄÖÜäöü](?:[^'\n]|(?<=\w)'(?=\w))*?[^\s'])'(?![A-Za-z\d])"
)
# Words after which a capitalised phrase in quotation marks is a name, not a quotation.
_NAME_BEFORE = re.compile(
    r"(?:\b(?:der|die|das|des|dem|den|Der|Die|Das|Des|Dem|Den|the|The|so-called|sogenannten?|genannten?|im|beim|vom|zum)"
    r"|[Nn]amens|[Tt]itel|[Mm]otto)\s*$"
)
# Words after which anything in quotation marks is a term or a nickname, whatever its case.
_TERM_BEFORE = re.compile(r"(?:\b(?:so-called|so called|sogenannte[nmrs]?|genannt|called|dubbed|known as|alias|"
                          r"Spitzname|nicknamed|titled|entitled|betitelt)"
                          r"|(?:[Ss]endung|[Pp]rogramme?|[Ss]how|[Mm]agazin[e]?|[Pp]odcast|[Kk]olumne|[Tt]alkshow|Begriff[se]*|Schlagwort[se]*|Stichwort[se]*|Wort[se]*|"
                          r"Unwort[se]*|Motto|Slogan|Buch[se]*|Film[se]*|Roman[se]*|Lied[se]*|Album[s]*|\bterm|\bword|"
                          r"\bphrase|\bslogan|\bmotto|\bbook|\bfilm|\bnovel|\bsong|\blabel))\s*$")

# "in what he called “very productive” talks": someone calls it so — a quote, not a term.
# A verb of naming or saying just before: what follows in quotation marks is someone's word, not a name.
_NAMING_VERB_BEFORE = re.compile(r"\b(?:nannte|nennt|nannten|nennen|bezeichnete|bezeichnet|bezeichneten|sprach|spricht|"
                                 r"sprachen|kritisierte|lobte|warnte)\s+(?:[\w-]+\s+){0,3}$")
_SAID_CALLED = re.compile(r"\b(?:what|which|he|she|they|we|I|[A-Z][a-z]+)\s+(?:\w+\s+)?called\s*$")

_HEADS = tuple(h.casefold() for h in (*de.ORG_HEADS, *en.ORG_HEADS))


@dataclass(frozen=True)
class QuotedSpan:
    start: int  # offset of the opening mark in the paragraph text
    end: int  # offset after the closing mark
    text: str  # the words inside the marks


def quoted_spans(text: str) -> list[QuotedSpan]:
    spans = []
    for match in _QUOTE.finditer(text):
        inner = next(g for g in match.groups() if g is not None)
        spans.append(QuotedSpan(match.start(), match.end(), inner.strip()))
    return spans


def is_quoted_name(text: str, span: QuotedSpan) -> bool:
    """„Koalition der Willigen“, des „Spiegel“, the “Board of Peace”: a name, not a quotation."""
    words = span.text.split()
    if words and len(words) <= 3 and re.search(r"\w-$", text[: span.start]):
        return True  # ZDF-„Morgenmagazin“: the quoted part of a compound is a programme's name
    if words and len(words) <= 5 and _TERM_BEFORE.search(text[: span.start]) \
            and not _SAID_CALLED.search(text[: span.start]):
        return True  # the so-called "shuttle diplomacy", genannt „Hemeti“
    if not words or not words[0][:1].isupper() or len(words) > 5 or re.search(r"[,.!?;:]$", span.text):
        return False
    if sum(w[:1].isupper() for w in words) < (len(words) + 1) // 2:
        return False
    if _NAMING_VERB_BEFORE.search(text[: span.start]) and not any(
            re.sub(r"e?s$", "", w.casefold()).endswith(_HEADS) for w in words):
        return False  # „nannte das „Wunschdenken““: the word someone used, a quotation
    return _NAME_BEFORE.search(text[: span.start]) is not None


def quoted_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of names in quotation marks, in nominative ("Friedensrats" -> "Friedensrat")."""
    result = []
    for span in quoted_spans(text):
        term = _TERM_BEFORE.search(text[: span.start]) is not None
        if term and not any(w[:1].isupper() and re.sub(r"e?s$", "", w.casefold()).endswith(_HEADS)
                            for w in span.text.split()):
            continue  # the so-called “Baku to Belém Roadmap”, genannt „Hemeti“: a term, no organisation
        if is_quoted_name(text, span):
            name = span.text
            if re.search(r"\bdes\s*(?:sogenannten\s*)?$", text[: span.start]) and re.search(r"[^s]s$", name):
                name = name[:-1]
            result.append((span.start, name))
    return result


_OPENERS = {"“": "”", "\"": "\"", "«": "»", "„": "“"}


def runs_on(paragraph: str, spans: list[QuotedSpan]) -> str | None:
    """Wire style quotes over paragraphs: “First part. (no closing mark) ¶ “Second part,” he said.
    The words of a paragraph that opens a quote and never closes it."""
    opener = paragraph[:1]
    closer = _OPENERS.get(opener)
    if closer is None or any(span.start == 0 for span in spans):
        return None
    rest = paragraph[1:]
    if closer in rest if closer != opener else rest.count(opener) % 2 == 1:
        return None
    return rest.strip() if len(rest.split()) >= 4 else None


def open_tail(paragraph: str, spans: list[QuotedSpan], next_opening: str) -> QuotedSpan | None:
    """Wire style: „… sagte X: „First part. ¶ „Second part“, so X. — a quote opened inside a paragraph and not
    closed before its end, when the next paragraph opens with a quotation mark (the paragraph break stands for
    the closing mark): the words from the mark to the paragraph's end."""
    if next_opening not in _OPENERS:
        return None
    done = spans[-1].end if spans else 0
    for opener, closer in _OPENERS.items():
        at = paragraph.find(opener, done)
        if at <= 0 or paragraph[at - 1].isalnum():
            continue
        rest = paragraph[at + 1:]
        if closer in rest:
            continue
        text = rest.strip()
        if len(text.split()) >= 4 and text.endswith((".", "!", "?")) and text[:1].isupper():
            return QuotedSpan(at, len(paragraph), text)
    return None
