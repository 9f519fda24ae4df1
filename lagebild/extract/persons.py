"""Stage: the persons an article names, with their role and the country they act for.

Reads: Doc.sentences, Doc.language, Doc.locale.  Writes: Doc.persons.

German capitalises every noun, so a capitalised word is no name by itself.  A
person is found by evidence around a name: a role noun before it ("Der
US-Sondergesandte Steve Witkoff"), an apposition after it ("Günter Sautter,
der außenpolitische Berater ..."), a known given name ("Lena Marquardt"), a
party in brackets ("Merz (CDU)"), an honorific ("Mr Grossi") or a speech verb
("said Rachel Dunmore").  The country comes, most reliable first, from the
role phrase ("ukrainische", "Britain's", "US-"), the party, a small lexicon of
offices, a person inside the role ("Berater von Bundeskanzler Friedrich
Merz"), a "Bundes-" office (the locale's state) and finally the countries
named in the same sentence; a country from that last guess or from the
locale marks the person ``review: guessed``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lagebild.briefing.model import Person, fact_id
from lagebild.extract import mentions, notnames
from lagebild.extract.countries import country_of_word
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.domesticoffices import portfolio_length, unit_length
from lagebild.extract.introducedroles import introduced_role
from lagebild.extract.lang import credits as credit_words
from lagebild.extract.lang import de, en, holders, names
from lagebild.extract.partystates import party_country, party_named_after
from lagebild.extract.personcandidate import Candidate
from lagebild.extract.personcountry import (
    INTERNATIONAL,
    finish_countries,
    institution_state,
    role_country,
    state_group,
)
from lagebild.extract.personcues import (
    group_member_state,
    listed_holder,
    of_country,
    possessive_country,
    possessor_before,
    represented_state,
    us_label_before,
)
from lagebild.extract.personnames import (
    HONORIFICS,
    Tok,
    is_given,
    is_name_token,
    nominative_de,
    rank_title,
    read_name,
    role_phrase,
    split_tokens,
    trim_object_noun,
)
from lagebild.extract.personroles import (
    after_final_verb,
    apposition,
    apposition_country,
    complement_state,
    coordinated_states,
    de_complement,
    earlier_national_office,
    earlier_office,
    genitive_state,
    left_context,
    truncated_start,
)
from lagebild.extract.placenames import cities
from lagebild.extract.roleoffices import now_international
from lagebild.extract.rolerefs import link_role_references, referred_role

__all__ = ["is_given", "is_name_token", "read_name", "run"]

_BYLINE = re.compile(r"^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Berichterstattung|Redaktion)"
                     r"(?:\s+[\w-]+){0,2}\s+by\b|^\((?:Reporting|Editing) by", re.IGNORECASE)

# A picture's or text's credit inside a paragraph: the names after the label made the article, they
# are not in the news („Foto: APA/Georg Roe“, "Photo: Jane Roe/Reuters", "© dpa", „Mitarbeit: X“).
_CREDIT = re.compile(r"(?:(?<=^)|(?<=[\s.!?»«“”\"(]))(?:Fotos?|Bilder?|Bildquelle|Photos?|Pictures?|Images?|Credit"
                     r"|Grafik|Mitarbeit|Autorin|Autor)\s*:\s*[^.!?:]*|©\s*[^.!?]*")


def _find(doc: Doc, sentence: Sentence, found: dict[str, Candidate]) -> None:
    language = doc.language
    text = sentence.text
    if _BYLINE.search(text):
        return  # "(Reporting by ...; Editing by ...)": the writers are no persons of the news
    credits = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    tokens = split_tokens(text)
    used_until = -1
    for i in range(len(tokens)):
        if i < used_until:
            continue
        cand: Candidate | None = None
        plural = False
        pair: list[str] = []
        span = role_phrase(tokens, i, language)
        if span:
            start, end = span
            j = end
            complement = None
            if language == "en" and j < len(tokens) and tokens[j].text in ("to", "of", "for"):
                k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text == "the")
                while k < len(tokens) and (tokens[k].text[:1].isupper()
                                           or (tokens[k].text in ("of", "for", "and", "on") and k + 1 < len(tokens)
                                               and tokens[k + 1].text[:1].isupper()
                                               and not _CALENDAR_WORD.match(tokens[k + 1].text))):
                    k += 1  # "ambassador to the UN, Sir Nicholas Pemberton", "head of the Bank of England, X"
                if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
                    k += 3  # "head of the International Atomic Energy Agency (IAEA), Rafael Grossi"
                k = _delegation_noun(tokens, j, k)
                k = _lower_complement(tokens, j, k)
                # (without the comma: "Premier of Queensland Steven Miles", "Cabinet Secretary for Interior X")
                j = k if k < len(tokens) and tokens[k].text == "," and k > j + 1 else _unit_or_portfolio(tokens, j)
            elif language == "en" and j < len(tokens) and tokens[j].text == "on":
                # "special envoy on Myanmar X", "envoy on South Sudan, X"; "spokesperson on foreign affairs, X"
                j = _on_state(tokens, j) or _lower_complement(tokens, j, j + 1)
            elif language == "en":
                j = _charge(tokens, j)  # "the Commission vice-president responsible for trade, X"
            comma_at = de_complement(tokens, j, language)
            if comma_at is not None:
                complement = text[tokens[j].start:tokens[comma_at - 1].end]
                j = comma_at
            comma = j < len(tokens) and tokens[j].text == ","
            k, words, honor = read_name(tokens, j + 1 if comma else max(j, end), language, after_role=True)
            words, k = trim_object_noun(words, k, doc.text, language)
            if words and not comma and k < len(tokens) and language == "en" and tokens[k].text in en.ORG_HEADS:
                words = []  # "the Official Creditor Committee met": the role word opens a body's name, no person's
            if comma and len(words) < 2 and not (complement and words and k < len(tokens)
                                                 and tokens[k].text == ","):
                words = []  # "der Präsident des Verbands, Entrup, sagte": a lone name between commas
            if words:
                cand = Candidate(" ".join(words), sentence, tokens[i].start)
                first = truncated_start(tokens, start, language)  # „Außen- und Handelsminister“
                det, adjectives = left_context(tokens, first, language, cand)
                cand.country = cand.country or possessive_country(tokens, first, language)
                if not cand.country:  # "Kenyan officials, including Foreign Minister X"
                    cand.country = group_member_state(text[:tokens[first].start], language)
                pair = coordinated_states(tokens, first, language)
                if pair:  # "the Armenian and Azerbaijani foreign ministers, X and Y": X is Armenia's
                    cand.country = pair[0]
                head = " ".join(t.text for t in tokens[start:j if complement is None else end])
                if first < start:
                    head = text[tokens[first].start:tokens[start].start] + head
                if language == "de":
                    role = nominative_de(det, adjectives, head)
                    if complement:
                        role = f"{role} {complement}"
                        # „der Präsident Kenias, X“, „ihr Amtskollege aus Aserbaidschan, X“
                        state = genitive_state(complement, language) or complement_state(complement, language)
                        if state:
                            cand.country = cand.country or state
                        else:
                            cand.relation = re.sub(r"^(?:von|vom|des|der)\s+", "", complement)
                else:
                    phrase = text[tokens[start].start:tokens[j - 1].end]
                    phrase = rank_title(en.ROLE_ABBREVIATIONS.get(phrase.rstrip("."), phrase))
                    plural = any(phrase.casefold().endswith(h) for h in en.PLURAL_ROLE_HEADS)
                    if plural:
                        phrase = phrase[:-1]
                    role = " ".join([*adjectives, phrase])
                earlier = (earlier_office(text[:tokens[start].start], language)
                           or earlier_national_office(text[:tokens[first].start], language, cand))
                if earlier:  # "Der Ecowas-Sondergesandte, der ehemalige nigerianische Präsident X"
                    role = f"{earlier}, {role}"
                    cand.international = cand.international or bool(INTERNATIONAL.search(earlier))
                cand.role = role
                role_country(role, doc, cand)
                owner = possessor_before(tokens, first, language)
                if owner and not cand.relation and re.search((de if language == "de" else en).AIDE_ROLES,
                                                              role.casefold()):
                    cand.relation = owner  # "Putin's spokesman X": the aide serves Putin's state
                if now_international(text[:tokens[start].start], None):
                    cand.country, cand.international = None, True  # "the AU's envoy, former Kenyan minister X"
                if len(tokens) > start - 1 >= 0 and tokens[start - 1].text in ("Deren", "deren", "Dessen", "dessen"):
                    cand.relation = "deren"
                end_index = k
                if complement is not None:
                    used_until = start + 1
        if cand is None:
            k, words, honor = read_name(tokens, i, language)
            words, k = trim_object_noun(words, k, doc.text, language)
            if not words:
                continue
            if any(lo <= tokens[i].start < hi for lo, hi in credits):
                used_until = k  # "Foto: APA/Georg Roe", "Photo: Jane Roe/Reuters": who took the picture
                continue
            known = _known(doc, found, [*honor, *words])
            if notnames.names_no_person(tokens, i, words) or " ".join(words) in cities(language):
                # "the BRP Teresa Magbanua", "Southern California Edison said", "White House said", "the US
                # Embassy in Kuala Lumpur said": a gazetteer city is no person
                used_until = k
                continue
            listed = listed_holder(words, language)
            if listed:
                words = listed.split()
            nxt = tokens[k].text if k < len(tokens) else ""
            prev = tokens[i - 1].text.casefold() if i > 0 else ""
            party = re.match(r"\s*\(([^)]+)\)", text[tokens[k - 1].end:]) if k > i else None
            strong = (is_given(words[0]) or bool(honor) or bool(listed)
                      or (party is not None and party.group(1) in {**de.PARTIES, **en.PARTIES})
                      or (len(words) >= 2 and (prev in de.SPEECH_VERBS or prev in en.SPEECH_VERBS
                                               or nxt.casefold() in en.SPEECH_VERBS | de.SPEECH_VERBS))
                      or (len(words) >= 2 and apposition(text, after_final_verb(text, tokens[k - 1].end, language),
                                                          language) is not None)
                      # "Rachel Moss, who chairs the committee, said": "who" refers to a person
                      or (len(words) >= 2 and language == "en" and re.match(r"\s*,\s*who\s", text[tokens[k - 1].end:])
                          is not None))
            if known is not None and not known.role and k > i:
                later = apposition(text, tokens[k - 1].end, language)  # "Mr X, the minister for ...,"
                if later:
                    known.role = later
                    apposition_country(later, known, language)
            if known is not None or not strong or (len(words) < 2 and not honor and not listed) \
                    or (not honor and not is_given(words[0]) and notnames.context_names_no_person(tokens, i, language)):
                used_until = k
                continue
            cand = Candidate(" ".join(words), sentence, tokens[i].start)
            cand.country = (possessive_country(tokens, i, language) or us_label_before(tokens, i, language)
                            or group_member_state(text[:tokens[i].start], language))  # "…, including X"
            end_index = k
        _complete(doc, cand, tokens, end_index, found)
        if (plural or pair) and end_index < len(tokens):
            _coordinated(doc, cand, tokens, end_index, found, pair[1] if len(pair) == 2 else None)
        if used_until <= i:
            used_until = end_index


# ("Special Adviser to the President on Media and Publicity, X", not "… to France on Monday, X")
_CALENDAR_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|(?:January|February|March|April|May|June|"
                            r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
                            r"Oct|Nov|Dec)\.?$")


def _lower_complement(tokens: list[Tok], j: int, k: int) -> int:
    """"the EU Special Representative for the dialogue, X", "special envoy for hostage affairs, X": a complement
    of one or two lowercase words (after "the" or not) right before the comma that leads to the name (where
    nothing capitalised followed the preposition)."""
    if not ((k == j + 2 and tokens[j + 1].text == "the") or k == j + 1):  # ("special envoy for hostage affairs, X")
        return k
    m = k
    while m < len(tokens) and m - k < 2 and re.fullmatch(r"[a-z]+", tokens[m].text):
        m += 1
    return m if k < m < len(tokens) - 1 and tokens[m].text == "," and tokens[m + 1].text[:1].isupper() else k


def _on_state(tokens: list[Tok], j: int) -> int | None:
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


def _charge(tokens: list[Tok], j: int) -> int:
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


def _delegation_noun(tokens: list[Tok], j: int, k: int) -> int:
    """"head of the Ukrainian delegation, X": past the group noun after the state's adjective, when a comma
    follows it (the name comes after; without the comma the role phrase ends where it did)."""
    if (k > j + 1 and k + 1 < len(tokens) and tokens[k].text in _GROUP_NOUNS and tokens[k + 1].text == ","
            and country_of_word(tokens[k - 1].text, "en") is not None):
        return k + 1
    return k


# Groups a state sends, whose head is named after the group: "head of the Iranian delegation, X".
_GROUP_NOUNS = frozenset({"delegation", "team", "mission", "contingent"})


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


# An adjective of a state ("Ukrainian Affairs" is no state; "Myanmar" is both)
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch")
# A one-word state, then a name of two or three capitalised words that no capitalised word follows.
_STATE_THEN_NAME = re.compile(r"[A-Z][a-z]+ (?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+(?: [^A-Z]|$)")


def _unit_or_portfolio(tokens: list[Tok], j: int) -> int:
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
    # "MP for Leeds Central Alex Sobel": an unknown constituency, then a known given name starts the person
    run = 0
    while run < len(words) and re.fullmatch(r"[A-Z][\w'’-]*", words[run]):
        run += 1
    split = next((n for n in range(1, run - 1) if is_given(words[n]) and not is_given(words[n - 1])), None)
    return j + 1 + split if split is not None else j


def _complete(doc: Doc, cand: Candidate, tokens: list[Tok], end_index: int, found: dict[str, Candidate]) -> None:
    """Party in brackets, 'of Japan', an apposition after the name; then add the person."""
    language, text = doc.language, cand.sentence.text
    party_match = re.match(r"\s*\(([^)]+)\)", text[tokens[end_index - 1].end:])
    if party_match:  # "(CDU)", "(Mitte/BL)": a party, also beside its member's canton or state
        for party in party_match.group(1).split("/"):
            cand.country = cand.country or party_country(party.strip(), doc, text)
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
        for word in appo.split()[:3]:
            cand.country = cand.country or (country_of_word(word, language) if word[:1].islower()
                                            or language == "en" else None)
    elif cand.role and _styled(cand.role):
        cand.role = None  # "His Highness Sheikh X": a style of address, no office
    member = re.match(r"\s*,\s+an?\s+(?:[A-Z][\w.]*\s+){0,3}(\w+)", text[after:])
    if member and member.group(1) in en.PARTY_MEMBERS:
        cand.country = cand.country or en.PARTY_MEMBERS[member.group(1)]  # "a South Carolina Republican"
    _add(found, cand, doc)


def _styled(role: str) -> bool:
    """A "role" that is only a style of address before the name ("Highness Sheikh", "Excellency")."""
    words = [w.strip(".") for w in role.split()]
    return all(w in en.STYLES for w in words) and any(w in en.ADDRESS_STYLES for w in words)


# "X, who heads Ukraine's military intelligence,", "X, who led the Kenyan delegation,"
_HEADS_CLAUSE = re.compile(r"\s*,\s*who\s+(?:heads|headed|leads|led|chairs|chaired|runs|ran|commands|commanded)\s+"
                           r"(?P<body>[^,;.]+)")


def _coordinated(doc: Doc, first: Candidate, tokens: list[Tok], end_index: int,
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
                             country=second_state)
            _complete(doc, cand, tokens, stop, found)




def _known(doc: Doc, found: dict[str, Candidate], words: list[str]) -> Candidate | None:
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
    old = _known(doc, found, cand.name.split())
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


def run(doc: Doc) -> None:
    found: dict[str, Candidate] = {}
    for sentence in doc.sentences:
        _find(doc, sentence, found)
    for cand in found.values():
        role = introduced_role(doc, cand, found)  # "…, the Foreign Secretary said. Anna Berg told MPs …"
        if role:
            cand.role = role
            role_country(role, doc, cand)
    finish_countries(doc, found)
    staff = _staff(doc)
    ordered = sorted((c for c in found.values() if c.name.upper() not in staff and not _author_only(doc, c)),
                     key=lambda c: (c.sentence.index, c.position))
    doc.persons = [Person(id=fact_id("person", c.name), evidence=c.sentence.text, review=c.review,
                          name=c.name, role=c.role, country=c.country) for c in ordered]
    _collect_aliases(doc)
    link_role_references(doc)


def _staff(doc: Doc) -> set[str]:
    """Names a transcript labels as the outlet's staff ("RACHEL ROE, HOST:"): journalists, no persons of the news."""
    labels = credit_words.STAFF_LABELS.get(doc.language)
    if not labels:
        return set()
    return set(re.findall(rf"(?m)^\s*((?:[A-ZÄÖÜ][A-ZÄÖÜ'’-]+ )+[A-ZÄÖÜ][A-ZÄÖÜ'’-]+),\s*(?:{labels})\s*:", doc.text))


def _author_only(doc: Doc, cand: Candidate) -> bool:
    """A commentary's closing author line ("Jane Roe is a senior fellow at …. Views expressed are the author's
    own.") first names the author: a byline (CONVENTIONS §1), no person of the news."""
    last = next((s for s in doc.sentences if doc.sentences and s.block == doc.sentences[-1].block), None)
    return last is not None and cand.sentence.index == last.index and cand.position == 0 \
        and re.match(credit_words.AUTHOR_BIO.get(doc.language, "(?!)"), last.text) is not None


def _collect_aliases(doc: Doc) -> None:
    """Store the other spellings each person has in the article ("Selenskyjs", "Merz'")."""
    aliases: dict[str, list[str]] = {p.name: [] for p in doc.persons}
    for sentence in doc.sentences:
        for mention in mentions.name_mentions(doc, sentence.text):
            surface = sentence.text[mention.start:mention.end]
            if surface != mention.person.name and surface not in aliases[mention.person.name]:
                aliases[mention.person.name].append(surface)
    doc.persons = [replace(p, aliases=tuple(aliases[p.name])) for p in doc.persons]
