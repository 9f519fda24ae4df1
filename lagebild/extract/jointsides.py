"""The sides of joint talks named by a hyphen compound: "US-Russian talks", „EU-China-Gipfel“.

A compound of two or more states or bodies before a noun of talks, a summit or consultations names
who talks with whom (CONVENTIONS §7: the states themselves take part), though no single word of it is
a subject or object.  Used by ``eventparts.actors_in``; data in ``lang/participants.py``.
"""

from __future__ import annotations

import re

from lagebild.extract.countries import countries_in, hyphen_chained
from lagebild.extract.doc import Doc
from lagebild.extract.lang import participants
from lagebild.extract.orgmatch import other_forms

Member = tuple[int, int, str]


def joint_sides(doc: Doc, text: str) -> list[str]:
    """Codes and body names of every hyphen compound in ``text`` that names the sides of joint talks."""
    language = doc.language
    nouns = participants.JOINT_NOUNS.get(language)
    if not nouns or "-" not in text:
        return []
    known = {c.code for c in doc.countries}
    members: list[Member] = [m for m in [*countries_in(text, language), *hyphen_chained(text, language)]
                             if m[2] in known]
    for org in doc.organizations:
        # acronyms as written: "EU", "NATO", "ASEAN" — also a body shown by its full name ("European Union")
        # whose acronym the compound uses ("EU-China talks")
        for form in (org.name, *other_forms(org.name, language)):
            if form and form.isupper():
                members += [(m.start(), m.end(), org.name)
                            for m in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])", text)]
    found: list[str] = []
    for chain in _chains(text, sorted(set(members))):
        names = list(dict.fromkeys(name for _s, _e, name in chain))
        if len(names) >= 2 and _before_joint_noun(text[chain[-1][1]:], language, nouns) and not re.search(
                participants.JOINT_ELSEWHERE_BEFORE[language], text[:chain[0][0]]):
            found += [n for n in names if n not in found]
    return found


def _chains(text: str, members: list[Member]) -> list[list[Member]]:
    """Runs of members joined by a single hyphen ("US-China", „russisch-ukrainischen“)."""
    chains: list[list[Member]] = []
    for member in members:
        last = chains[-1][-1] if chains else None
        if last is not None and member[0] == last[1] + 1 and text[last[1]] == "-":
            chains[-1].append(member)
        elif last is None or member[0] >= last[1]:
            chains.append([member])
    return [c for c in chains if len(c) >= 2]


def _before_joint_noun(after: str, language: str, nouns: tuple[str, ...]) -> bool:
    """Whether the compound ends in a noun of talks („-Gipfel“) or stands before one ("trade talks")."""
    tail = re.match(r"-([\wÄÖÜäöüß-]+)", after)
    if tail:
        return tail.group(1).rsplit("-", 1)[-1].lower().endswith(nouns)
    words = re.findall(r"\S+", after[:80])[:participants.JOINT_MODIFIERS[language] + 1]
    for word in words:
        bare = word.strip(",.;:!?)“”\"'")
        if bare.lower().endswith(nouns) and (language != "en" or bare.lower() in nouns):
            return True
        if bare != word or (language == "en" and not re.fullmatch(r"[a-z][a-z-]*", bare)):
            return False  # a comma, or a capital word: the compound qualifies something else
    return False
