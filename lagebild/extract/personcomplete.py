"""A person candidate completed from what follows the name, then added to those found (``extract.persons``).

After the name: a party in brackets, "of Japan", a US party label, "who heads …", an apposition (its
country, its office, a style of address such as "His Highness" set apart from an office); a second
person sharing a plural role ("Foreign ministers A of Japan and B of South Korea").  Adding merges the
candidate with a person found before under any spelling (``known_candidate``), keeping the fullest name."""

from __future__ import annotations

import re

from lagebild.briefing.model import Person
from lagebild.extract import mentions
from lagebild.extract.contextcountry import topic_states
from lagebild.extract.countries import countries_in, country_of_word
from lagebild.extract.doc import Doc
from lagebild.extract.lang import domestic, en, holders, names
from lagebild.extract.partystates import AMBIGUOUS_PARTIES, dominant_country, party_country, party_named_after
from lagebild.extract.personcandidate import Candidate
from lagebild.extract.personcountry import institution_state, state_group
from lagebild.extract.personcues import of_country, represented_state
from lagebild.extract.personnames import HONORIFICS, Tok, read_name, role_phrase, split_tokens
from lagebild.extract.personroles import after_final_verb, apposition, apposition_country
from lagebild.extract.roleoffices import now_international
from lagebild.extract.rolerefs import referred_role


def _lists_persons(appo: str, language: str) -> bool:
    """"Albanian Prime Minister Erion Hoxa and Greek …": a role, a name of two words or more and "and" —
    the next items of a list of persons, no apposition (unlike "Minister for Foreign Affairs and Trade")."""
    tokens = split_tokens(appo)
    for i in range(len(tokens)):
        span = role_phrase(tokens, i, language)
        if span:
            k, words, _honor = read_name(tokens, span[1], language, after_role=True)
            if len(words) >= 2 and k < len(tokens) and tokens[k].text in ("and", "und"):
                return True
    return False


def complete_candidate(doc: Doc, cand: Candidate, tokens: list[Tok], end_index: int,
                       found: dict[str, Candidate]) -> None:
    """Party in brackets, 'of Japan', an apposition after the name; then add the person."""
    language, text = doc.language, cand.sentence.text
    party_match = re.match(r"\s*\(([^)]+)\)", text[tokens[end_index - 1].end:])
    if party_match:  # "(CDU)", "(Mitte/BL)": a party, also beside its member's canton or state
        for party in party_match.group(1).split("/"):
            cand.country = cand.country or _bracket_party_state(party.strip(), doc, text)
    after = tokens[end_index - 1].end + (party_match.end() if party_match else 0)
    code, _end = of_country(text, after, language)
    cand.country = cand.country or code or (party_named_after(text, after) if language == "en" else None)
    cand.country = cand.country or represented_state(text, tokens[end_index - 1].end, language)
    heads = re.match(_HEADS_CLAUSE, text[tokens[end_index - 1].end:]) if language == "en" else None
    if heads:  # "X, who heads Ukraine's military intelligence,": the head of that state's body or group
        body = f"head of {heads.group('body')}"
        cand.country = cand.country or institution_state(body, language) or state_group(body, language)
    if language == "en" and re.match(en.US_PARTY_LABEL, text[tokens[end_index - 1].end:]):
        cand.country = cand.country or "US"  # "Sen. X, R-Texas,", "Rep. X (D-Calif.)": a member of Congress
    appo = apposition(text, after_final_verb(text, after, language), language)
    if appo and _lists_persons(appo, language):
        appo = None  # "X, Albanian Prime Minister Y and Greek Minister Z": the next persons of a list
    if now_international("", re.sub(r"^\s*,\s*", "", text[after:])):
        cand.international = True  # "X, a former speaker of Ghana's parliament who led a Commonwealth team"
    if cand.role and cand.role.split()[0] in en.ADDRESS_STYLES and not _styled(cand.role):
        # "Her Majesty Queen X", "His Royal Highness Crown Prince X": the office after the style
        words = cand.role.split()
        while words and words[0] in en.STYLES:
            words.pop(0)
        cand.role = " ".join(words)
    if appo:
        apposition_country(appo, cand, language)
        # "His Highness Sheikh X, Deputy Prime Minister,": a style before the name is no office; the apposition is
        cand.role = f"{cand.role}, {appo}" if cand.role and not _styled(cand.role) else appo
        group = state_group(appo, language)  # "X, head of the Ukrainian delegation": a state's, no person's
        cand.country = cand.country or group
        inner = None if group else re.search(r"\b(?:von|of)\s+(.+)$", appo)
        cand.relation = inner.group(1) if inner else cand.relation
        topics = topic_states(appo, language)  # "X, a China expert at …": China is the topic, not X's state
        for word in appo.split()[:3]:
            code = country_of_word(word, language) if word[:1].islower() or language == "en" else None
            cand.country = cand.country or (code if code not in topics else None)
    elif cand.role and _styled(cand.role):
        cand.role = None  # "His Highness Sheikh X": a style of address, no office
    member = re.match(r"\s*,\s+an?\s+(?:[A-Z][\w.]*\s+){0,3}(\w+)", text[after:])
    if member and member.group(1) in en.PARTY_MEMBERS:
        cand.country = cand.country or en.PARTY_MEMBERS[member.group(1)]  # "a South Carolina Republican"
    _add(found, cand, doc)


def _bracket_party_state(party: str, doc: Doc, sentence: str) -> str | None:
    """The state of a party in brackets after a name.  An English party name several states' parties share
    ("(Labour)", "(Greens)", "(Conservatives)") is the lexicon's state only where the article names that state,
    is about it or comes from it (its locale): "Ann Lee (Greens)" in an Australian paper is no German Green."""
    code = party_country(party, doc, sentence)
    if code is None or doc.language == "de" or (party not in AMBIGUOUS_PARTIES
                                                and party not in domestic.SHARED_NAME_PARTIES):
        return code
    home = (doc.locale or "").partition("-")[2].upper()
    if not home or home == code or dominant_country(doc) == code \
            or any(found == code for _s, _e, found in countries_in(doc.text, doc.language)):
        return code
    return None


def _styled(role: str) -> bool:
    """A "role" that is only a style of address before the name ("Highness Sheikh", "Excellency")."""
    words = [w.strip(".") for w in role.split()]
    return all(w in en.STYLES for w in words) and any(w in en.ADDRESS_STYLES for w in words)


# "X, who heads Ukraine's military intelligence,", "X, who led the Kenyan delegation,"
_HEADS_CLAUSE = re.compile(r"\s*,\s*who\s+(?:heads|headed|leads|led|chairs|chaired|runs|ran|commands|commanded)\s+"
                           r"(?P<body>[^,;.]+)")


def add_coordinated(doc: Doc, first: Candidate, tokens: list[Tok], end_index: int,
                 found: dict[str, Candidate], second_state: str | None = None) -> None:
    """'Foreign ministers A of Japan and B of South Korea': the second person shares the plural role
    (and serves ``second_state`` where the role named two: "the Armenian and Azerbaijani foreign ministers")."""
    text = first.sentence.text
    _code, pos = of_country(text, tokens[end_index - 1].end, doc.language)
    k = next((n for n, t in enumerate(tokens) if t.start >= pos), len(tokens))
    if k < len(tokens) and tokens[k].text in ("and", "und"):
        stop, words, _honor = read_name(tokens, k + 1, doc.language)
        if len(words) >= 2:
            cand = Candidate(" ".join(words), first.sentence, tokens[k + 1].start, role=first.role,
                             country=second_state, both_states=first.both_states)
            complete_candidate(doc, cand, tokens, stop, found)


def known_candidate(doc: Doc, found: dict[str, Candidate], words: list[str]) -> Candidate | None:
    """A person found before: by any mention, or by a multi-word surname ('Mr Lund Poulsen')."""
    person = mentions.resolve_person(_as_doc(doc, found), " ".join(words))
    if person is not None and person.name in found:
        return found[person.name]
    bare = " ".join(w for w in words if w not in HONORIFICS)
    if " " in bare:
        fuller = next((c for c in found.values() if c.name.endswith(" " + bare)), None)
        if fuller is not None:
            return fuller
        # "President Lee" before "President Lee Jae Myung", "Trump" before "Donald Trump": the same person
        first, last = bare.split()[0], bare.split()[-1]
        surname_first = first in mentions.CHINESE_SURNAMES or first in names.KOREAN_SURNAMES
        shorter = next((c for c in found.values() if c.name == (first if surname_first else last)), None)
        if shorter is not None:
            return shorter
    listed = holders.holder(bare)
    return next((c for c in found.values() if listed and holders.holder(c.name) == listed), None)


def _as_doc(doc: Doc, found: dict[str, Candidate]) -> Doc:
    shadow = Doc(article=doc.article, language=doc.language, locale=doc.locale)
    shadow.persons = [Person(id="", name=c.name, aliases=tuple(c.aliases)) for c in found.values()]
    return shadow


def _add(found: dict[str, Candidate], cand: Candidate, doc: Doc) -> None:
    old = known_candidate(doc, found, cand.name.split())
    if old is not None:
        if len(cand.name.split()) > len(old.name.split()) and cand.name not in found:
            del found[old.name]  # the fullest form the article gives is the person's name
            old.name = cand.name
            found[old.name] = old
        if cand.role and cand.role != old.role:
            old.sightings.append((cand.sentence, cand.position, cand.role))
        old.role = old.role or cand.role
        old.country = old.country or cand.country
        old.international = old.international or cand.international
        return
    if cand.name.split()[0] in ("Sir", "Dame"):
        cand.name = cand.name.split(" ", 1)[1]
    cand.role = referred_role(cand.role, found, doc.language)
    found[cand.name] = cand
