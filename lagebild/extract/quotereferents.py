"""A quote's speaker named by an office, a style of address or „dieser“/"the latter" instead of a name."""

from __future__ import annotations

import re

from lagebild.briefing.model import Person
from lagebild.extract import mentions, speakers, subjects
from lagebild.extract.doc import Doc, Sentence

# An office held by one person: the role's phrase before its complement ("Special Representative" of "Special
# Representative of the Secretary-General"), used with a definite article and up to three words of its own before it.
_COMPLEMENT = re.compile(r"\s+(?:des|der|den|von|vom|in|im|bei|beim|für|am|zur|zum|of|for|to|at|on)\s")


def _office_phrase(role: str) -> str:
    part = role.split(",")[0].strip()
    return " ".join(_COMPLEMENT.split(" " + part + " ", maxsplit=1)[0].split())


_SPEECH = {lang: "|".join(sorted(speakers.lexicon(lang).SPEECH_VERBS, key=len, reverse=True)) for lang in ("de", "en")}


def _office_speaks(frame: str, match: re.Match[str], language: str) -> bool:
    """Whether the office phrase is the subject of the verb of saying: the verb right after it (a complement of up
    to five words between: "the Special Representative for the country told") or, inverted, right before it
    („sagte die Sondergesandte“, "said the envoy"; not "told the envoy", whose envoy is spoken to)."""
    verbs = _SPEECH[language]
    if re.match(rf"(?:\s+[\w.-]+){{0,5}}?\s+(?:{verbs})\b", frame[match.end():]):
        return True
    inverted = re.search(rf"\b(?:{verbs})\s*$", frame[: match.start()])
    return inverted is not None and not re.search(r"\b(?:told|tells|asked|asks|urged)\s*$", frame[: match.start()])


def _same_complement(rest: str, role: str) -> bool:
    """Whether a complement after the office ("… of the Russian Federation") names nothing the holder's role does
    not: its capitalised words must all be in the role."""
    complement = re.match(r"\s+(?:of|for|des|der|von)\s+(?:the\s+)?((?:[A-ZÄÖÜ][\w-]*\s*)+)", rest)
    return complement is None or all(w in role for w in complement.group(1).split())


def holder_introduced_next(doc: Doc, first: Sentence, last: Sentence, frame: str) -> speakers.Attribution | None:
    """"The parties have "…", the United Nations Special Representative told the Council. ¶ Briefing the Council,
    Lina Varo, Special Representative of the Secretary-General, said …": a quote said by an office alone, whose
    one holder the next sentences introduce by name (no one named before holds it), is that holder's — a guess."""
    if not speakers.has_speech_verb(frame, doc.language):
        return None
    window = [s for s in doc.sentences[last.index + 1: last.index + 4] if s.block <= last.block + 2]
    found: list[Person] = []
    for person in doc.persons:
        office = _office_phrase(person.role or "")
        if len(office) < 4 or " " not in office:
            continue  # ("the representative of the Russian Federation": a one-word office may be anyone's)
        if not any(_office_speaks(frame, m, doc.language) and _same_complement(frame[m.end():], person.role or "")
                   for m in re.finditer(rf"\b(?:the|der|die)\s+(?:[\w.-]+\s+){{0,3}}{re.escape(office)}\b", frame,
                                        re.IGNORECASE)):
            continue
        if not any(m.person is person for s in window for m in mentions.name_mentions(doc, s.text)):
            continue
        if any(m.person is person for s in doc.sentences[: first.index + 1]
               for m in mentions.name_mentions(doc, s.text)):
            continue  # named before: the frame's own reference rules had their chance
        found.append(person)
    if len(found) != 1 or any(p is not found[0] and _office_phrase(p.role or "").casefold()
                              == _office_phrase(found[0].role or "").casefold() for p in doc.persons):
        return None
    return speakers.Attribution(found[0].name, False, found[0])


# A style of address standing for the person ("His Highness affirmed", „Seine Exzellenz betonte“): the style, then a
# lower-case word (the verb), not a name.
_STYLE = (r"(?:His|Her|Seine|Ihre)\s+(?:Royal\s+|Königliche\s+)?"
          r"(?:Highness|Excellency|Majesty|Hoheit|Exzellenz|Majestät)")
_STYLE_SUBJECT = re.compile(rf"(?:^|[.;:]\s+|,\s+|\b(?:and|und)\s+)(?P<style>{_STYLE})\s+(?:also\s+|auch\s+)?[a-zäöü]")


# Titles between a style and the name: "His Highness Sheikh X", "Her Excellency Dr. Y"
_TITLES_ONLY = re.compile(r"(?:(?:Sheikh|Sheikha|Sheik|Dr\.?|Prince|Princess|Scheich|Prinz|Prinzessin)\s+)*")


def styled_subject(doc: Doc, first: Sentence, before: str) -> speakers.Attribution | None:
    """"His Highness Sheikh X, Deputy Prime Minister, received … His Highness affirmed "…"": a style of address as
    the subject is the one person the text before introduced with that same style (a guess; two such persons, or
    none: nobody)."""
    match = _STYLE_SUBJECT.search(before)
    if match is None:
        return None
    style = " ".join(match.group("style").split())
    holders: dict[str, Person] = {}
    text = doc.text[: first.start + match.start("style")]
    for styled in re.finditer(r"\s+".join(map(re.escape, style.split())) + r"\s+", text):
        names = mentions.name_mentions(doc, text[styled.end(): styled.end() + 120])
        if names and _TITLES_ONLY.fullmatch(text[styled.end(): styled.end() + names[0].start]):
            person = subjects.fuller(doc, names[0].person)
            holders[person.name] = person
    if len(holders) != 1:
        return None
    person = next(iter(holders.values()))
    return speakers.Attribution(person.name, False, person)


_LATTER_BEFORE = {
    "de": re.compile(r"(?:^|[.;:]\s+|,\s+|\b(?:und|doch|aber)\s+)(?P<w>Dieser|Diese|dieser|diese)\s+"
                     rf"(?:[a-zäöü]+\s+)?(?P<v>{_SPEECH['de']})\b"),
    "en": re.compile(r"(?:^|[.;:]\s+|,\s+|\b(?:and|but)\s+)(?P<w>[Tt]he latter)\s+"
                     rf"(?:[a-z]+\s+)?(?P<v>{_SPEECH['en']})\b"),
}
_LATTER_AFTER = {
    "de": re.compile(rf"\s*,?\s*(?P<v>{_SPEECH['de']})\s+(?P<w>dieser|diese)\b(?!\s+[A-ZÄÖÜ])"),
    "en": re.compile(rf"\s*,?\s*(?P<v>{_SPEECH['en']})\s+(?P<w>the latter)\b"),
}


def the_latter(doc: Doc, first: Sentence, before: str, after: str) -> speakers.Attribution | None:
    """„Vance traf Arnaud. Dieser antwortete: „…““, "…," said the latter: the demonstrative is the person named last
    before it (in its sentence or the one before) — in German the last of its gender (one of unknown gender
    first: nobody).  A guess; None when the frame has no such demonstrative."""
    match = _LATTER_BEFORE[doc.language].search(before)
    told = before[: match.start("w")] if match else ""
    if match is None:
        match = _LATTER_AFTER[doc.language].match(after)
        told = before
    if match is None or re.fullmatch(speakers.lexicon(doc.language).PLURAL_VERB, match.group("v")):
        return None  # („Diese sagten“: the group, not one person)
    names = mentions.name_mentions(doc, told)
    if not names and first.index > 0 and doc.sentences[first.index - 1].block in (first.block, first.block - 1):
        names = mentions.name_mentions(doc, doc.sentences[first.index - 1].text)
    wanted = None if doc.language != "de" else "m" if match.group("w").casefold() == "dieser" else "f"
    if wanted is None and len({subjects.fuller(doc, m.person).name for m in names}) < 2:
        return speakers.Attribution(None, certain=False)  # "the latter" of one name: someone we did not find
    for mention in reversed(names):
        person = subjects.fuller(doc, mention.person)
        known = mentions.gender(person, "de") if wanted else None
        if known == wanted:
            return speakers.Attribution(person.name, False, person)
        if known is None:
            break
    return speakers.Attribution(None, certain=False)


def headline_office(doc: Doc, headline: str) -> speakers.Attribution | None:
    """"Parties Face 'Narrow Window', Special Representative Tells Council": an office alone as the headline's
    subject of a verb of saying, held by one person of the article — that person (a guess)."""
    verbs = _SPEECH[doc.language]
    found: dict[str, list[Person]] = {}
    for person in doc.persons:
        office = _office_phrase(person.role or "")
        if len(office) >= 4 and re.search(rf"(?<![\w-]){re.escape(office)}\s+(?:{verbs})\b", headline, re.IGNORECASE):
            found.setdefault(office.casefold(), []).append(person)
    if len(found) != 1:
        return None
    holders = next(iter(found.values()))
    return speakers.Attribution(holders[0].name, False, holders[0]) if len(holders) == 1 else None
