"""Persons a stretch of text names or takes up: by name, by pronoun ("er", "she") or by a role
noun pointing back to a named person ("der Kanzler", "the minister")."""

from __future__ import annotations

import re

from lagebild.briefing.model import Person
from lagebild.extract.doc import Doc
from lagebild.extract.mentions import name_mentions, resolve_person, role_mentions
from lagebild.extract.mentions import persons_in as named_persons


def persons_in(doc: Doc, text: str) -> list[Person]:
    """Persons named in ``text`` (full name, surname, genitive), by the persons stage's matcher."""
    return named_persons(doc, text)


def referred_persons(doc: Doc, text: str, sentence_index: int) -> list[Person]:
    """Persons a text refers to without their name: "der Kanzler", "er", "the minister"."""
    found: list[Person] = []
    named = name_mentions(doc, text)
    for start, end, _noun in role_mentions(doc, text):
        if any(0 <= m.start - end <= 3 for m in named):
            continue  # "der kanadische Premierminister Mark Carney": the name follows
        if _plural_role(text[start:end], doc.language):
            continue  # "die Außenminister", "den Abgeordneten": a group, not one person
        if _names_the_body(doc, text[start:end]):
            continue  # „Der Bundesrat hat an seiner Sitzung beschlossen“: the council, not one of its members
        person = resolve_person(doc, text[start:end], sentence_index)
        if person is not None and person not in found:
            found.append(person)
    for m in re.finditer(r"\b(er|sie|Er|he|she|He|She)\b", text):
        if m.group(1) == "sie" and doc.language == "de" and not _singular_verb_beside(text, m.start(), m.end()):
            continue  # mostly plural or formal; "will sie", "sie hat" are one woman
        person = pronoun_person(doc, m.group(1), sentence_index)
        if person is not None and person not in found:
            found.append(person)
    return found


# A definite article before a bare title: "der Bundesrat", "the Council" (no name after it).
_DEFINITE = re.compile(r"(?i)(?:der|die|das|des|dem|den|the)\s+")


def _names_the_body(doc: Doc, mention: str) -> bool:
    """A definite title that is the whole name of a body the article names: „der Bundesrat“, „der
    Nationalrat“ where the Federal Council or the house is an organization of the article; the title of
    one of its members is written with the name („Bundesrat X“) or in the feminine („die Bundesrätin“)."""
    lead = _DEFINITE.match(mention)
    if lead is None:
        return False
    bare = mention[lead.end():].strip().lower()
    return any(o.name.lower() == bare for o in doc.organizations)


def first_person(doc: Doc, text: str, sentence_index: int) -> Person | None:
    """The person ``text`` names or takes up first (by name, pronoun or role noun): in a clause
    before its verb, its subject."""
    found: list[tuple[int, Person]] = [(m.start, m.person) for m in name_mentions(doc, text)]
    for m in re.finditer(r"\b(er|sie|Er|Sie|he|she|He|She)\b", text):
        person = pronoun_person(doc, m.group(1), sentence_index)
        if person is not None:
            found.append((m.start(), person))
    for start, end, _noun in role_mentions(doc, text):
        person = resolve_person(doc, text[start:end], sentence_index)
        if person is not None:
            found.append((start, person))
    return min(found, key=lambda f: f[0])[1] if found else None


def pronoun_person(doc: Doc, pronoun: str, sentence_index: int) -> Person | None:
    """'Berger traf Novak. Am Dienstag reiste er nach Paris': the pronoun takes up the subject of the
    nearest sentence naming someone (its first fitting person), not the last name mentioned."""
    from lagebild.extract.subjects import previous_subject
    if 0 <= sentence_index < len(doc.sentences) and doc.sentences[sentence_index].index == sentence_index:
        person = previous_subject(doc, doc.sentences[sentence_index], pronoun.casefold())
        # ("X and Y met. … he said": previous_subject's nameless stand-in for "either of them" — nobody here)
        return person if person is None or person.name else None
    return resolve_person(doc, pronoun, sentence_index)


def _plural_role(phrase: str, language: str) -> bool:
    """'die Außenminister', 'den Ministern', 'die Vorsitzenden': German plural (the feminine singular
    ends in -in or, for adjectival roles, -e: 'die Außenministerin', 'die Vorsitzende'; plural -innen)."""
    words = phrase.split()
    if language != "de" or len(words) < 2:
        return False
    article, noun = words[0].lower(), words[-1]
    if article == "die":
        return noun.endswith("innen") or not noun.endswith(("in", "e"))
    return article == "den" and noun.endswith("ern")  # "den Ministern" (but "den Minister" is one)


_SINGULAR_DE = frozenset({"will", "kann", "soll", "muss", "darf", "möchte", "ist", "hat", "wird", "war", "hatte",
                          "wurde", "sagte", "sprach", "traf", "reiste", "kündigte", "nahm"})


def _singular_verb_beside(text: str, start: int, end: int) -> bool:
    before = re.findall(r"[\wäöüß]+", text[max(0, start - 20):start])
    after = re.findall(r"[\wäöüß]+", text[end:end + 20])
    return bool((before and before[-1].lower() in _SINGULAR_DE) or (after and after[0].lower() in _SINGULAR_DE))
