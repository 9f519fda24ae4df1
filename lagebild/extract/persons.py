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
from lagebild.extract.countries import countries_in, country_of_word
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import de, de_speech, en, en_speech, holders, names, places
from lagebild.extract.personcountry import (
    INTERNATIONAL,
    Candidate,
    body_country,
    finish_countries,
    party_country,
    role_country,
)
from lagebild.extract.personnames import (
    HONORIFICS,
    STOP,
    Tok,
    bare,
    is_given,
    is_name_token,
    nominative_de,
    read_name,
    role_phrase,
    split_tokens,
)

__all__ = ["is_given", "is_name_token", "read_name", "run"]

_BYLINE = re.compile(r"^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Berichterstattung|Redaktion)"
                     r"(?:\s+[\w-]+){0,2}\s+by\b|^\((?:Reporting|Editing) by", re.IGNORECASE)


def _left_context(tokens: list[Tok], start: int, language: str, cand: Candidate) -> tuple[str, list[str]]:
    """Walk left from a role head over adjectives, demonyms and possessives; set the country."""
    det, kept = "", list[str]()
    k = start - 1
    while k >= 0:
        word = tokens[k].text
        pair = country_of_word(f"{tokens[k - 1].text} {word}", language) if language == "en" and k else None
        if pair:  # "South Korean President": a two-word demonym is the country, not an adjective
            cand.country = cand.country or pair
            k -= 2
            continue
        code = country_of_word(word, language)
        if code and (language == "en" or word[0].islower() or word.endswith("s")):
            cand.country = cand.country or code
            if tokens[start].text.casefold() in _REFERENCE_ROLES or tokens[start].text.casefold().rstrip("n") in \
                    _REFERENCE_ROLES:
                kept.insert(0, word)  # "seinen deutschen Amtskollegen": the literal role keeps its country
        elif language == "de" and word.islower() and re.fullmatch(r"[a-zäöüß-]+(e|en|er|es|em)", word) \
                and word not in de.DETERMINERS:
            kept.insert(0, word)
        elif language == "en" and word in en.ROLE_MODIFIERS:
            kept.insert(0, word)  # "host president", "interim leader"
        elif language == "en" and word.casefold() in en.INTERNATIONAL:
            cand.international = True  # "European Commission spokesperson": an international body's official
            kept.insert(0, word)
        elif language == "en" and word[:1].isupper() and word not in STOP and word not in ("The",) \
                and not word.endswith(("’s", "'s")):
            kept.insert(0, word)
        else:
            if language == "en" and _international_owner(tokens, k):
                cand.international = True  # "the African Union's Sudan envoy": the body's official, no state's
            if word.casefold() in de.DETERMINERS or word.casefold() in en.DETERMINERS:
                det = word
                if word.casefold() in ("whose", "dessen", "deren") and k >= 2 and tokens[k - 1].text == ",":
                    # "China, whose trade representative X": the state before the relative pronoun
                    cand.country = cand.country or country_of_word(tokens[k - 2].text, language)
            break
        k -= 1
    if language == "de" and not det:
        kept = []  # "leitete Chefunterhändler X": a verb, not an adjective
    return det, kept




def _international_owner(tokens: list[Tok], k: int) -> bool:
    """'UN's', 'African Union's' at token k: an international body owns the office after it."""
    word = tokens[k].text
    if not word.endswith(("'s", "’s")):
        return False
    owner = word[:-2].casefold()
    return owner in en.INTERNATIONAL or (k > 0 and f"{tokens[k - 1].text.casefold()} {owner}" in en.INTERNATIONAL)


_APPOSITION_END = re.compile(r"[,;:]|$")


def _apposition(text: str, after: int, language: str) -> str | None:
    """The role in ', der außenpolitische Berater von ...,' / ', a senior fellow at ...,' after a name."""
    rest = text[after:]
    match = re.match(r"\s*,\s*(.+?)(?=,\s|;|:|\.\s*$|\.$|$)", rest)
    if not match:
        return None
    phrase = re.split(r"\s+(?:who|which|that|whose)\s+", match.group(1).strip())[0]
    words = phrase.split()
    if language == "en" and any(w in _EN_VERBS for w in words):
        return None  # ", Uruguay's president X will also attend": a clause about someone else
    while words and (words[0] in de.DETERMINERS or words[0].casefold() in en.DETERMINERS):
        words.pop(0)
    for index, word in enumerate(words[:4]):
        toks = split_tokens(" ".join(words[index:]))
        topical = language == "en" and word.casefold() in _TOPIC_HEADS  # "a Korea expert", "a Gulf analyst"
        if toks and role_phrase(toks, 0, language) and all(_is_modifier(w, language) or (topical and w[:1].isupper())
                                                            for w in words[:index]):
            if language == "de":
                female = phrase.split()[0] in ("die", "eine")
                head = nominative_de("die" if female else "der", words[:index], word)
                return " ".join([head, *words[index + 1:]])
            return " ".join(words)
    return None


_EN_VERBS = frozenset("met meets meet spoke speaks held holds led leads took takes gave gives made makes went goes saw "
                      "sees won wins lost loses sent sends left leaves flew flies came comes became wrote writes told "
                      "tells said says is was has had will would can could may might must shall should".split())
_NOT_MODIFIERS = frozenset("sowie bzw und oder aber wie ohne also auch nur noch who which that and or but "
                           "said says told".split())


def _is_modifier(word: str, language: str) -> bool:
    """An adjective inside an apposition before its role noun ("der außenpolitische Berater")."""
    if word.casefold() in _NOT_MODIFIERS or (language == "en" and (word in _EN_VERBS or word.endswith("ed"))):
        return False  # ", met Sheikh X in Doha": a verb, no apposition
    if not word[:1].islower():
        # "the UN special envoy", "a German MEP": an international body or a country before the role noun
        return language == "en" and (country_of_word(word, language) is not None
                                     or word.casefold() in en.INTERNATIONAL)
    return language == "en" or re.fullmatch(r"[a-zäöüß-]+(e|en|er|es|em)", word) is not None


# Role nouns that a topic may precede in English: "a Korea expert", "a Middle East correspondent".
_TOPIC_HEADS = frozenset("expert experts analyst specialist scholar correspondent reporter researcher historian "
                         "economist watcher hand".split())


# Words that open a complement of a role: "der Präsident des ...", "der Botschafter in der Schweiz".
_COMPLEMENT_START = frozenset("von des der vom in im bei beim für am an zur zum".split())


def _de_complement(tokens: list[Tok], j: int, language: str) -> int | None:
    """'der Afrika-Berater von US-Präsident Donald Trump, Massad Boulos': the comma after the complement."""
    if language != "de" or j >= len(tokens) or tokens[j].text not in _COMPLEMENT_START:
        return None
    k = j + 1
    while k < len(tokens) and k - j <= 9 and tokens[k].text != ",":
        word = tokens[k].text
        if not (word[:1].isupper() or word in mentions.PARTICLES or word in _COMPLEMENT_START
                or word in ("(", ")", "und") or re.fullmatch(r"[a-zäöü]+(e|en|er|es)", word)):
            return None
        k += 1
    return k if k < len(tokens) and tokens[k].text == "," and k > j + 1 else None


def _of_country(text: str, pos: int, language: str) -> tuple[str | None, int]:
    """'Toshimitsu Motegi of Japan': the country after a name, and where it ends."""
    match = re.match(r"\s+(?:of|from)\s+(?:the\s+)?" if language == "en" else r"\s+aus\s+", text[pos:])
    if not match:
        return None, pos
    found = countries_in(text[pos + match.end():], language)
    if found and found[0][0] == 0:
        return found[0][2], pos + match.end() + found[0][1]
    return None, pos


def _us_label_before(tokens: list[Tok], i: int, language: str) -> str | None:
    """'Florida Republican Rick Scott', 'Texas Democrat X': a US state with a party label right before
    the name says whom the person serves."""
    if language != "en" or i < 2:
        return None
    state, label = tokens[i - 2].text, tokens[i - 1].text
    return "US" if state in places.US_STATES and label in ("Republican", "Democrat") else None


def _possessive_country(tokens: list[Tok], i: int, language: str) -> str | None:
    """'Sweden's Pål Jonson', "Pakistan's Indus waters commissioner": a country in the genitive before."""
    k = i - 1
    while language == "en" and k > 0 and i - k <= 3 and re.fullmatch(r"[a-z]+|[A-Z][a-z]+", tokens[k].text) \
            and tokens[k].text.casefold() not in en.DETERMINERS and tokens[k].text not in STOP:
        k -= 1  # over "Indus waters"
    if k < 0:
        return None
    word = tokens[k].text
    if language == "en" and not word.endswith(("'s", "’s")):
        return None
    if language == "de" and not word.endswith("s"):
        return None
    if not word[:1].isupper():
        return None
    # "Wales's First Minister", "Bayerns Ministerpräsident": a region stands for its country
    region = places.REGIONS.get(re.sub(r"(?:['’]s?|s)$", "", word)) or places.REGIONS.get(bare(word))
    return country_of_word(word, language) or region


def _find(doc: Doc, sentence: Sentence, found: dict[str, Candidate]) -> None:
    language = doc.language
    text = sentence.text
    if _BYLINE.search(text):
        return  # "(Reporting by ...; Editing by ...)": the writers are no persons of the news
    tokens = split_tokens(text)
    used_until = -1
    for i in range(len(tokens)):
        if i < used_until:
            continue
        cand: Candidate | None = None
        plural = False
        span = role_phrase(tokens, i, language)
        if span:
            start, end = span
            j = end
            complement = None
            if language == "en" and j < len(tokens) and tokens[j].text in ("to", "of", "for"):
                k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text == "the")
                while k < len(tokens) and (tokens[k].text[:1].isupper()
                                           or (tokens[k].text in ("of", "for", "and") and k + 1 < len(tokens)
                                               and tokens[k + 1].text[:1].isupper())):
                    k += 1  # "ambassador to the UN, Sir Nicholas Pemberton", "head of the Bank of England, X"
                if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
                    k += 3  # "head of the International Atomic Energy Agency (IAEA), Rafael Grossi"
                if k < len(tokens) and tokens[k].text == "," and k > j + 1:
                    j = k
            comma_at = _de_complement(tokens, j, language)
            if comma_at is not None:
                complement = text[tokens[j].start:tokens[comma_at - 1].end]
                j = comma_at
            comma = j < len(tokens) and tokens[j].text == ","
            k, words, honor = read_name(tokens, j + 1 if comma else end, language, after_role=True)
            if comma and len(words) < 2 and not (complement and words and k < len(tokens)
                                                 and tokens[k].text == ","):
                words = []  # "der Präsident des Verbands, Entrup, sagte": a lone name between commas
            if words:
                cand = Candidate(" ".join(words), sentence, tokens[i].start)
                first = _truncated_start(tokens, start, language)  # „Außen- und Handelsminister“
                det, adjectives = _left_context(tokens, first, language, cand)
                cand.country = cand.country or _possessive_country(tokens, first, language)
                head = " ".join(t.text for t in tokens[start:j if complement is None else end])
                if first < start:
                    head = text[tokens[first].start:tokens[start].start] + head
                if language == "de":
                    role = nominative_de(det, adjectives, head)
                    if complement:
                        role = f"{role} {complement}"
                        cand.relation = re.sub(r"^(?:von|vom|des|der)\s+", "", complement)
                else:
                    phrase = text[tokens[start].start:tokens[j - 1].end]
                    phrase = en.ROLE_ABBREVIATIONS.get(phrase.rstrip("."), phrase)
                    plural = any(phrase.casefold().endswith(h) for h in en.PLURAL_ROLE_HEADS)
                    if plural:
                        phrase = phrase[:-1]
                    role = " ".join([*adjectives, phrase])
                earlier = _earlier_office(text[:tokens[start].start], language)
                if earlier:  # "Der Ecowas-Sondergesandte, der ehemalige nigerianische Präsident X"
                    role = f"{earlier}, {role}"
                    cand.international = cand.international or bool(INTERNATIONAL.search(earlier))
                cand.role = role
                role_country(role, doc, cand)
                if len(tokens) > start - 1 >= 0 and tokens[start - 1].text in ("Deren", "deren", "Dessen", "dessen"):
                    cand.relation = "deren"
                end_index = k
                if complement is not None:
                    used_until = start + 1
        if cand is None:
            k, words, honor = read_name(tokens, i, language)
            if not words:
                continue
            known = _known(doc, found, [*honor, *words])
            if notnames.names_no_person(tokens, i, words):
                used_until = k  # "the BRP Teresa Magbanua", "Southern California Edison said", "White House said"
                continue
            listed = _listed_holder(words, language)
            if listed:
                words = listed.split()
            nxt = tokens[k].text if k < len(tokens) else ""
            prev = tokens[i - 1].text.casefold() if i > 0 else ""
            party = re.match(r"\s*\(([^)]+)\)", text[tokens[k - 1].end:]) if k > i else None
            strong = (is_given(words[0]) or bool(honor) or bool(listed)
                      or (party is not None and party.group(1) in {**de.PARTIES, **en.PARTIES})
                      or (len(words) >= 2 and (prev in de.SPEECH_VERBS or prev in en.SPEECH_VERBS
                                               or nxt.casefold() in en.SPEECH_VERBS | de.SPEECH_VERBS))
                      or (len(words) >= 2 and _apposition(text, _after_final_verb(text, tokens[k - 1].end, language),
                                                          language) is not None)
                      # "Rachel Moss, who chairs the committee, said": "who" refers to a person
                      or (len(words) >= 2 and language == "en" and re.match(r"\s*,\s*who\s", text[tokens[k - 1].end:])
                          is not None))
            if known is not None and not known.role and k > i:
                later = _apposition(text, tokens[k - 1].end, language)  # "Mr X, the minister for ...,"
                if later:
                    known.role = later
                    _apposition_country(later, known, language)
            if known is not None or not strong or (len(words) < 2 and not honor and not listed) \
                    or (not honor and not is_given(words[0]) and notnames.context_names_no_person(tokens, i, language)):
                used_until = k
                continue
            cand = Candidate(" ".join(words), sentence, tokens[i].start)
            cand.country = _possessive_country(tokens, i, language) or _us_label_before(tokens, i, language)
            end_index = k
        _complete(doc, cand, tokens, end_index, found)
        if plural and end_index < len(tokens):
            _coordinated(doc, cand, tokens, end_index, found)
        if used_until <= i:
            used_until = end_index


def _truncated_start(tokens: list[Tok], start: int, language: str) -> int:
    """The first token of a truncated coordination before a German role head: „Außen- und Handelsminister“
    is one role (the hyphen stands for the head the two share)."""
    if (language == "de" and start >= 3 and tokens[start - 1].text in ("und", "oder", "sowie")
            and tokens[start - 2].text == "-" and tokens[start - 3].text[:1].isupper()
            and tokens[start - 2].start == tokens[start - 3].end):
        return start - 3
    return start


_EARLIER_OFFICE = re.compile(r"(?:^|\b(?:Der|Die|der|die|The|the)\s+)(?P<office>[A-Za-zÄÖÜ]+-[A-ZÄÖÜ][a-zäöüß]+)\s*,"
                             r"\s*(?:der|die|the|a|an)?(?:\s+[a-zäöüß]+)*\s*$")


def _earlier_office(before: str, language: str) -> str | None:
    """The office named before an apposition that introduces the holder: 'Der UN-Gesandte, der frühere ...'."""
    match = _EARLIER_OFFICE.search(before)
    if not match or (not mentions.is_role_noun(match.group("office").split("-")[-1], language) and \
            match.group("office").split("-")[-1].casefold() not in en.ROLE_HEADS):
        return None
    office = match.group("office")
    return nominative_de("der", [], office) if language == "de" else office


def _after_final_verb(text: str, after: int, language: str) -> int:
    """'mit Wang Hao zusammentreffen, dem Parteisekretär ...': the apposition after a clause-final verb.

    Only a dative "dem" opens it (it agrees with "mit X"); "der" after a comma mostly opens a relative clause.
    """
    if language != "de":
        return after
    verb = re.match(r"\s+[a-zäöüß]+(?:\s+[a-zäöüß]+)?(?=\s*,\s*dem\s)", text[after:])
    return after + verb.end() if verb else after


def _listed_holder(words: list[str], language: str) -> str | None:
    """The name as written when it names a well-known office holder: 'Trump', 'Orbans' -> 'Orban'."""
    name = " ".join(words)
    if holders.holder(name):
        return name
    if language == "de" and words[0].endswith("s") and holders.holder(words[0][:-1]):
        return words[0][:-1]  # German genitive "Orbans Vision": the name ends at the genitive
    return None


def _complete(doc: Doc, cand: Candidate, tokens: list[Tok], end_index: int, found: dict[str, Candidate]) -> None:
    """Party in brackets, 'of Japan', an apposition after the name; then add the person."""
    language, text = doc.language, cand.sentence.text
    party_match = re.match(r"\s*\(([^)]+)\)", text[tokens[end_index - 1].end:])
    if party_match:  # "(CDU)", "(Mitte/BL)": a party, also beside its member's canton or state
        for party in party_match.group(1).split("/"):
            cand.country = cand.country or party_country(party.strip(), doc)
    after = tokens[end_index - 1].end + (party_match.end() if party_match else 0)
    code, _end = _of_country(text, after, language)
    cand.country = cand.country or code
    appo = _apposition(text, _after_final_verb(text, after, language), language)
    if appo:
        _apposition_country(appo, cand, language)
        cand.role = f"{cand.role}, {appo}" if cand.role else appo
        inner = re.search(r"\b(?:von|of)\s+(.+)$", appo)
        cand.relation = inner.group(1) if inner else cand.relation
        for word in appo.split()[:3]:
            cand.country = cand.country or (country_of_word(word, language) if word[:1].islower()
                                            or language == "en" else None)
    member = re.match(r"\s*,\s+an?\s+(?:[A-Z][\w.]*\s+){0,3}(\w+)", text[after:])
    if member and member.group(1) in en.PARTY_MEMBERS:
        cand.country = cand.country or en.PARTY_MEMBERS[member.group(1)]  # "a South Carolina Republican"
    _add(found, cand, doc)


def _apposition_country(appo: str, cand: Candidate, language: str) -> None:
    """'the UN special envoy for Yemen' acts for no state; 'the director of the OMB' for the US."""
    first = appo.split()[0].casefold().rstrip("-")
    if INTERNATIONAL.search(appo) or first in en.INTERNATIONAL or (
            language == "de" and re.search(de.INTERNATIONAL_ROLES, appo.casefold())):
        cand.international = True
    cand.country = cand.country or body_country(appo)


def _coordinated(doc: Doc, first: Candidate, tokens: list[Tok], end_index: int,
                 found: dict[str, Candidate]) -> None:
    """'Foreign ministers A of Japan and B of South Korea': the second person shares the plural role."""
    text = first.sentence.text
    _code, pos = _of_country(text, tokens[end_index - 1].end, doc.language)
    k = next((n for n, t in enumerate(tokens) if t.start >= pos), len(tokens))
    if k < len(tokens) and tokens[k].text in ("and", "und"):
        stop, words, _honor = read_name(tokens, k + 1, doc.language)
        if len(words) >= 2:
            cand = Candidate(" ".join(words), first.sentence, tokens[k + 1].start, role=first.role)
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
        old.role = old.role or cand.role
        old.country = old.country or cand.country
        old.international = old.international or cand.international
        return
    if cand.name.split()[0] in ("Sir", "Dame"):
        cand.name = cand.name.split(" ", 1)[1]
    cand.role = _referred_role(cand.role, found, doc.language)
    found[cand.name] = cand


_REFERENCE_ROLES = frozenset({"counterpart", "amtskollege", "amtskollegin", "kollege", "kollegin", "amtskollegen"})


def _referred_role(role: str | None, found: dict[str, Candidate], language: str) -> str | None:
    """'his Finnish counterpart, A': A holds the office of the person named before ('defence minister')."""
    if not role or role.split()[-1].casefold() not in _REFERENCE_ROLES:
        return role
    referent = next((c.role for c in reversed(found.values())
                     if c.role and c.role.split()[-1].casefold() not in _REFERENCE_ROLES), None)
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


def _link_role_references(doc: Doc) -> None:
    """'sagte die Analystin': give the role to the last-mentioned person who has none."""
    for sentence in doc.sentences:
        for start, end, noun in mentions.role_mentions(doc, sentence.text):
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
                doc.persons[index] = replace(target, role=nominative)


def run(doc: Doc) -> None:
    found: dict[str, Candidate] = {}
    for sentence in doc.sentences:
        _find(doc, sentence, found)
    finish_countries(doc, found)
    ordered = sorted(found.values(), key=lambda c: (c.sentence.index, c.position))
    doc.persons = [Person(id=fact_id("person", c.name), evidence=c.sentence.text, review=c.review,
                          name=c.name, role=c.role, country=c.country) for c in ordered]
    _collect_aliases(doc)
    _link_role_references(doc)


def _collect_aliases(doc: Doc) -> None:
    """Store the other spellings each person has in the article ("Selenskyjs", "Merz'")."""
    aliases: dict[str, list[str]] = {p.name: [] for p in doc.persons}
    for sentence in doc.sentences:
        for mention in mentions.name_mentions(doc, sentence.text):
            surface = sentence.text[mention.start:mention.end]
            if surface != mention.person.name and surface not in aliases[mention.person.name]:
                aliases[mention.person.name].append(surface)
    doc.persons = [replace(p, aliases=tuple(aliases[p.name])) for p in doc.persons]
