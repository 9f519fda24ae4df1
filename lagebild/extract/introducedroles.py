"""A role reported in one sentence, its holder named at the start of the next.

"Britain will hand over land, the Foreign Secretary said on Tuesday. Anna Berg told MPs …";
„Das Land bleibt neutral, sagte die Außenministerin am Montag. Anna Berg betonte …“: news
introduces an office holder by the office alone and names them as the subject of the next sentence.
The role is theirs only when the sentence before names nobody (no other holder to take it), its
reporting clause is the role and a verb of saying, and the named person opens their sentence as its
subject, goes on speaking (no contrast: "X disagreed") and has no role of their own.  The role's own
words then give the state as any role does.
"""

from __future__ import annotations

import re

from lagebild.extract import mentions
from lagebild.extract.doc import Doc
from lagebild.extract.personcandidate import Candidate
from lagebild.extract.personnames import role_phrase, split_tokens

# The reporting clause that closes a sentence: ", the Foreign Secretary said on Tuesday."
_REPORTED = {
    "en": re.compile(r",\s+the\s+(?P<role>[\w'’ -]{3,40}?)\s+(?:has\s+|had\s+)?(?:said|says|told\s+[\w' ]{2,30}?)"
                     r"(?:\s+(?:on|in|at|late|earlier)\b[^,;:\"“”‘’]{0,30})?"
                     r"(?:,\s+(?:as|while|after|before|when)\b[^;\"“”‘’]{0,120})?[.!]$"),
    "de": re.compile(r",\s+(?:sagte|erklärte|betonte|so)\s+(?:der|die)\s+(?P<role>[A-ZÄÖÜ][\wäöüß-]{3,40})"
                     r"(?:\s+(?:am|in|im|auf|bei|nach)\b[^,;:„“”»«]{0,30})?"
                     r"(?:,\s+(?:als|während|nachdem|bevor)\b[^;„“”»«]{0,120})?[.!]$"),
}
# The holder goes on speaking: a plain verb of saying, no contrast with what the sentence before reported.
_GOES_ON = {"en": re.compile(r"\b(?:said|says|told|added)\b"),
            "de": re.compile(r"\b(?:sagte|betonte|erklärte|fügte)\b")}
_CONTRAST = {"en": re.compile(r"\b(?:however|but|disagreed|rejected|countered)\b", re.IGNORECASE),
             "de": re.compile(r"\b(?:dagegen|jedoch|aber|widersprach|hingegen)\b", re.IGNORECASE)}
_APPOSITION = re.compile(r",\s+(?:a|an|the|der|die|das|ein|eine)\b")
# What may stand before the subject in its sentence: nothing, an honorific, or an English participle
# clause ("Speaking at the summit on Wednesday, X, who …, said").
_SUBJECT_OPENING = {
    "en": re.compile(r"(?:(?:Speaking|Writing|Asked)\b[^,;\"“”]{0,80},\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$"),
    "de": re.compile(r"$"),
}


def introduced_role(doc: Doc, cand: Candidate, found: dict[str, Candidate]) -> str | None:
    """The role the sentence before gives the person who opens this one (see the module)."""
    language = "de" if doc.language == "de" else "en"
    sentence = cand.sentence
    if cand.role or sentence.index == 0 or not _SUBJECT_OPENING[language].fullmatch(sentence.text[:cand.position]):
        return None
    previous = doc.sentences[sentence.index - 1].text.strip()
    match = _REPORTED[language].search(previous)
    if not match:
        return None
    if not _GOES_ON[language].search(sentence.text) or _CONTRAST[language].search(sentence.text):
        return None  # "John Kerr disagreed", "X, however, said": another voice, not the one reported
    if _APPOSITION.match(sentence.text[sentence.text.find(cand.name, cand.position) + len(cand.name):]):
        return None  # "John Kerr, a farmer, disagreed": the sentence says what the person is
    role = match.group("role")
    tokens = split_tokens(role)
    # the head closes the phrase; capitalised portfolio words may open it ("Foreign Secretary")
    heads = [k for k in range(len(tokens)) if role_phrase(tokens, k, language) == (k, len(tokens))
             and all(t.text[:1].isupper() and t.text.isalpha() for t in tokens[:k])]
    if not heads or (language == "de" and not mentions.is_role_noun(role, language)):
        return None  # not wholly an office ("the company's chief executive", "the report")
    # nobody named in the sentence before: another holder would take the role
    if any(mentions.surname_of(other.name) in previous for other in found.values() if other is not cand):
        return None
    return role
