"""What follows an English role noun before the person's name (``extract.persons``): a complement that
the name comes after — "ambassador to the UN, X", "special envoy on Myanmar X", "the vice-president
responsible for trade, X", "head of the Ukrainian delegation, X", "Governor of Mombasa County X", "MP for
Leeds Central X" — read as token indices, so that the name is read from where the role phrase ends."""

from __future__ import annotations

import re

from lagebild.extract.countries import country_of_word
from lagebild.extract.domesticoffices import portfolio_length, unit_length
from lagebild.extract.lang import en
from lagebild.extract.personnames import Tok, is_given, is_name_token

# ("Special Adviser to the President on Media and Publicity, X", not "… to France on Monday, X")
CALENDAR_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|(?:January|February|March|April|May|June|"
                            r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
                            r"Oct|Nov|Dec)\.?$")


def lower_complement(tokens: list[Tok], j: int, k: int) -> int:
    """"the EU Special Representative for the dialogue, X", "special envoy for hostage affairs, X": a complement
    of one or two lowercase words (after "the" or not) right before the comma that leads to the name (where
    nothing capitalised followed the preposition)."""
    if not ((k == j + 2 and tokens[j + 1].text == "the") or k == j + 1):  # ("special envoy for hostage affairs, X")
        return k
    m = k
    while m < len(tokens) and m - k < 2 and re.fullmatch(r"[a-z]+", tokens[m].text):
        m += 1
    return m if k < m < len(tokens) - 1 and tokens[m].text == "," and tokens[m + 1].text[:1].isupper() else k


def on_state(tokens: list[Tok], j: int) -> int | None:
    """After "on" at ``j``: the index after a state's name ("envoy on Myanmar", "on South Sudan") that a
    name or a comma follows; else None."""
    for size in (2, 1):
        after = j + 1 + size
        name = " ".join(t.text for t in tokens[j + 1:after])
        if after < len(tokens) and name[:1].isupper() and country_of_word(name, "en") \
                and (tokens[after].text == "," or is_name_token(tokens[after].text, "en")):
            return after
    return None


_CHARGE = (("responsible", "for"), ("in", "charge", "of"))


def charge(tokens: list[Tok], j: int) -> int:
    """After a role at ``j``: the index of the comma after "responsible for …" / "in charge of …" (at most six
    words, the name after the comma), "the vice-president responsible for trade, X"; else ``j``."""
    lead = next((len(words) for words in _CHARGE
                 if tuple(t.text for t in tokens[j:j + len(words)]) == words), 0)
    if not lead:
        return j
    comma = next((m for m in range(j + lead + 1, min(j + lead + 7, len(tokens) - 1)) if tokens[m].text == ","), None)
    if comma is None or not tokens[comma + 1].text[:1].isupper() \
            or any(not re.fullmatch(r"[\w'’-]+", t.text) for t in tokens[j + lead:comma]):
        return j
    return comma


def delegation_noun(tokens: list[Tok], j: int, k: int) -> int:
    """"head of the Ukrainian delegation, X": past the group noun after the state's adjective, when a comma
    follows it (the name comes after; without the comma the role phrase ends where it did)."""
    if (k > j + 1 and k + 1 < len(tokens) and tokens[k].text in _GROUP_NOUNS and tokens[k + 1].text == ","
            and country_of_word(tokens[k - 1].text, "en") is not None):
        return k + 1
    return k


# Groups a state sends, whose head is named after the group: "head of the Iranian delegation, X".
_GROUP_NOUNS = frozenset({"delegation", "team", "mission", "contingent"})


# An adjective of a state ("Ukrainian Affairs" is no state; "Myanmar" is both)
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch")
def _name_ends_run(words: list[str]) -> bool:
    """Two or three name words that end the capitalised run after an office's portfolio: the person's name,
    whatever the given name ("of Finance Kabo Sello said"); not when more capitalised words follow."""
    run = 0
    while run < len(words) and run < 4 and re.fullmatch(r"[A-Z][\w'’-]*", words[run]):
        run += 1
    return 2 <= run <= 3 and all(is_name_token(w, "en") for w in words[:run]) \
        and not (run < len(words) and re.fullmatch(r"[A-Z][\w'’-]*", words[run]))


# A one-word state, then a name of two or three capitalised words that no capitalised word follows.
_STATE_THEN_NAME = re.compile(r"[A-Z][a-z]+ (?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+(?: [^A-Z]|$)")


def unit_or_portfolio(tokens: list[Tok], j: int) -> int:
    """After "of" or "for" at ``j``: the index after a sub-national unit ("of Mombasa County") or a
    portfolio ("for Interior and National Administration") that a name follows; else ``j``."""
    if j >= len(tokens) or tokens[j].text not in ("of", "for", "to", "on"):
        return j
    words = [t.text for t in tokens[j + 1:j + 8]]
    if _STATE_THEN_NAME.match(" ".join(words)) and country_of_word(words[0], "en") \
            and not (words[0] in en.DEMONYMS and words[0].endswith(_DEMONYM_ENDINGS)) and is_name_token(words[1], "en"):
        return j + 2  # "special envoy on Myanmar Arif Suryanto", "ambassador to Kenya Jane Ode": a state, then a name
    if tokens[j].text not in ("of", "for"):
        return j
    size = unit_length(words) or (portfolio_length(words) if tokens[j].text == "for" else 0)
    if size and j + 1 + size < len(tokens) and is_name_token(tokens[j + 1 + size].text, "en"):
        return j + 1 + size
    size = portfolio_length(words) if tokens[j].text == "of" else 0
    if size and _name_ends_run(words[size:]):
        return j + 1 + size  # "Minister of Finance Kabo Sello", "Inspector General of Police Ama Owusu": any name
    # "MP for Leeds Central Alex Sobel": an unknown constituency, then a known given name starts the person
    run = 0
    while run < len(words) and re.fullmatch(r"[A-Z][\w'’-]*", words[run]):
        run += 1
    split = next((n for n in range(1, run - 1) if is_given(words[n]) and not is_given(words[n - 1])), None)
    return j + 1 + split if split is not None else j
