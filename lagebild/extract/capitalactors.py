"""Capitals that stand for their governments as acting parties: „Peking leitete Ermittlungen ein“,
"Washington threatened to double duties", „Gespräche zwischen Washington und Moskau“.  CONVENTIONS §6:
such a capital is no place; §7: the state acts (as with "the government in Ankara")."""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.extract.eventdraft import clause_of, split_clauses
from lagebild.extract.lang import de, en, places
from lagebild.extract.lang.participants import EN_NOT_A_NOUN
from lagebild.extract.placenames import city_states, literal

# Brussels stands for the EU (or NATO), not for Belgium.
_NOT_A_STATE = frozenset({"Brüssel", "Brussels"})
_CAPITAL = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\wäöüß]+)(?![\w-])")
_TOPIC = {"de": re.compile(de.TOPIC_BEFORE), "en": re.compile(en.TOPIC_BEFORE)}
# A determiner or preposition before the capital makes it a place or a modifier ("the Moscow talks").
_MODIFIED = re.compile(r"(?i)\b(?:the|a|an|this|that|der|die|das|den|dem|des|ein|eine|einem|einen)\s+$")
_AND = re.compile(r"\s+(?:und|and|sowie)\s+([A-ZÄÖÜ][\wäöüß]+)(?![\w-])")


@lru_cache(maxsize=2)
def _codes(language: str) -> dict[str, str]:
    cities = city_states(language)
    return {c: cities[c] for c in places.CAPITALS if c in cities and c not in _NOT_A_STATE}


def capitals_acting_in(text: str, positions: list[int], language: str) -> list[str]:
    """``acting_capitals`` of the clauses that hold ``positions`` (an event's date and verb): a capital
    acting in another clause does something else ("…, Washington cut tariffs", "a contest Canberra fears")."""
    clauses = split_clauses(text)
    own = {clause_of(p, clauses) for p in positions}
    kept = "".join(c if any(lo <= i < hi for lo, hi in own) else " " for i, c in enumerate(text))
    return acting_capitals(kept, language)


def acting_capitals(text: str, language: str) -> list[str]:
    """Codes of the states whose capitals ``text`` names as the subject of a verb, or as the two sides
    "between" whom something goes on; not a capital named as a place ("in Moskau", "flew to Washington")."""
    codes = _codes(language)
    topic = _TOPIC.get(language, _TOPIC["en"])
    found: list[str] = []
    for m in _CAPITAL.finditer(text):
        code = codes.get(m.group(1))
        if code is None or code in found:
            continue
        before, after = text[:m.start()], text[m.end():]
        if _MODIFIED.search(before) or topic.search(before):
            continue
        paired = _between_pair(before, after, codes)
        if not paired and literal(text, m.start(), m.end()):
            continue
        partner = _AND.match(after)
        rest = after[partner.end():] if partner and partner.group(1) in codes else after
        if paired or _verb_follows(rest, language):
            found.append(code)
    return found


def _between_pair(before: str, after: str, codes: dict[str, str]) -> bool:
    """„zwischen Washington und Moskau“, "between Beijing and Manila": both capitals are the sides."""
    first = re.search(r"\b(?:zwischen|between)\s+([A-ZÄÖÜ][\wäöüß]+)\s+(?:und|and)\s+$", before)
    if first and first.group(1) in codes:
        return True
    partner = _AND.match(after)
    return bool(partner and partner.group(1) in codes and re.search(r"\b(?:zwischen|between)\s+$", before))


def _verb_follows(after: str, language: str) -> bool:
    """A finite verb right after the name: „Peking leitete“, „Moskau hat“, "Beijing rejected", "Washington
    threatens" (English: a form of "be"/"have"/"say", or a word in -s or -ed)."""
    after = _BETWEEN_SUBJECT_AND_VERB.sub("", after, count=1)  # "Beijing on Tuesday rejected"
    word = re.match(r"\s+([a-zäöüß][\wäöüß]*)\b", after)
    if word is None:
        return False
    verb = word.group(1)
    if language == "de":
        return verb not in ("und", "oder", "sowie", "als", "wie", "in", "im", "am", "an", "bei", "mit", "von", "zu")
    return (verb in EN_NOT_A_NOUN and verb not in _EN_FUNCTION) or (
        len(verb) > 3 and (verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss"))))


# A day or an adverb between the capital and its verb: "Beijing on Tuesday rejected", "Moscow also said".
_BETWEEN_SUBJECT_AND_VERB = re.compile(r"^\s+(?:on\s+[A-Z][a-z]+day|yesterday|today|earlier|also|again|later|quickly"
                                       r"|swiftly|flatly|firmly|already)(?=\s)")
# Words of the not-a-noun list that are no verbs.
_EN_FUNCTION = frozenset({"and", "or", "but", "also", "now", "already", "still", "then", "too", "again", "first",
                          "last", "later", "alone", "itself", "together", "on", "in", "at", "to", "for", "with", "by",
                          "from", "of", "as", "after", "before", "over", "under", "into", "against", "that", "which",
                          "who", "whose", "not", "never"})
