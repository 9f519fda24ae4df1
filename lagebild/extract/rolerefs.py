"""Roles that refer to another person: "his Finnish counterpart, A" takes the office of the person
named before; "sagte die Analystin" gives its role to the last-named person who has none."""

from __future__ import annotations

import re
from dataclasses import replace

from lagebild.extract import mentions
from lagebild.extract.contextcountry import SEATS
from lagebild.extract.countries import country_of_word
from lagebild.extract.doc import Doc
from lagebild.extract.lang import de_speech, en, en_speech, holders
from lagebild.extract.personcandidate import Candidate
from lagebild.extract.personnames import nominative_de
from lagebild.extract.personroles import REFERENCE_ROLES


def referred_role(role: str | None, found: dict[str, Candidate], language: str) -> str | None:
    """'his Finnish counterpart, A': A holds the office of the person named before ('defence minister')."""
    if not role or role.split()[-1].casefold() not in REFERENCE_ROLES:
        return role
    referent = next((c.role for c in reversed(found.values())
                     if c.role and c.role.split()[-1].casefold() not in REFERENCE_ROLES), None)
    if referent is None:
        return role
    # the resolved office first, the literal role as its alternative ("Außenminister, deutscher Amtskollege")
    return f"{_resolved_office(role, referent, language)}, {role}"


def _resolved_office(role: str, referent: str, language: str) -> str:
    office = referent.split(",")[0]
    if language == "en":
        words = office.split()
        while len(words) > 1 and country_of_word(words[0], language):
            words.pop(0)
        return " ".join(words)
    head = office.split()[-1]
    federal = re.match(r"Bundes(\w+)", head)
    if federal and mentions.is_role_noun(federal.group(1).capitalize(), language):
        # A counterpart serves another state: „Bundesaußenminister X traf seinen kenianischen Amtskollegen Y“
        # makes Y Außenminister, not Bundesaußenminister (the federal title is X's state's).
        head = federal.group(1).capitalize()
    female = role.split()[-1].casefold().endswith("in")
    if female and not head.endswith("in"):
        return head + "in"
    if not female and head.endswith("in") and mentions.is_role_noun(head[:-2], language):
        return head[:-2]
    return head




def _speaks(text: str, start: int, end: int, language: str) -> bool:
    """The role noun is the subject of a verb of saying beside it ("sagte die Analystin", "the
    analyst said"): only then does it take up the person last named."""
    verbs = (de_speech if language == "de" else en_speech).SPEECH_VERBS
    before = re.findall(r"[\wäöüß]+", text[max(0, start - 30):start].lower())
    after = re.findall(r"[\wäöüß]+", text[end:end + 30].lower())
    return bool((before and before[-1] in verbs) or (after and after[0] in verbs)
                or (len(after) > 1 and after[0] in ("has", "had", "hat", "habe") and after[1] in verbs))


def link_role_references(doc: Doc) -> None:
    """'sagte die Analystin': give the role to the last-mentioned person who has none (and the state its
    adjective names: „sagte der kenianische Präsident“, "the Kenyan president said", „der Kremlsprecher“)."""
    for sentence in doc.sentences:
        for start, end, noun in [*mentions.role_mentions(doc, sentence.text), *_demonym_roles(doc, sentence.text)]:
            if any(mentions.role_matches(p, noun) for p in doc.persons):
                continue
            if not _speaks(sentence.text, start, end, doc.language):
                continue  # "summoned the ambassador": someone else, the object of another's act
            recent = mentions.recent_persons(doc, sentence.index + 1)
            target = next((p for p in reversed(recent) if not p.role), None)
            if target is not None and recent and target is recent[-1]:
                nominative = nominative_de("die" if noun.endswith("in") else "der", [], noun) \
                    if doc.language == "de" else noun
                index = doc.persons.index(target)
                known, _code = holders.country_of(target.name, None)
                state = None if target.country or known else _described_state(sentence.text[start:end], noun,
                                                                                doc.language)
                doc.persons[index] = replace(target, role=nominative, country=target.country or state)


# "the Kenyan president", "the South African foreign minister": a demonym before a role noun (the German
# adjective is inside ``mentions.role_mentions``' match already).
_EN_DEMONYM_ROLE = re.compile(r"\b(?:the|The)\s+(?P<adjective>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
                              r"(?P<noun>[a-z]+(?:\s[a-z]+)?)\b")


def _demonym_roles(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    if doc.language != "en":
        return []
    found = []
    for match in _EN_DEMONYM_ROLE.finditer(text):
        noun = match.group("noun")
        noun = noun if noun in en.ROLE_HEADS else noun.split()[0]
        if match.group("adjective") in en.DEMONYMS and noun in en.ROLE_HEADS:
            found.append((match.start(), match.start("noun") + len(noun), noun))
    return found


def _described_state(phrase: str, noun: str, language: str) -> str | None:
    """The state a role reference names: its nationality adjective („der kenianische Präsident“, "the Kenyan
    president") or a seat of one state's government in its noun („der Kremlsprecher“)."""
    words = phrase.split()[1:-len(noun.split())]
    for word in [" ".join(words), *words] if len(words) > 1 else words:  # "South African" before "African"
        code = country_of_word(word, language)
        if code and (language == "en" or word[:1].islower()):
            return code
    return next((code for seat, code in SEATS.items() if seat.casefold() in noun.casefold()), None)
