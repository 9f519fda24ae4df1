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
from collections import Counter
from dataclasses import dataclass, field, replace

from lagebild.extract import entities, mentions
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import de, en, holders, names, places
from lagebild.model import Person, ReviewState, fact_id

_TOKEN = re.compile(r"U\.S\.|U\.K\.|U\.N\.|\w+(?:[-'’.]\w+)*['’]?|\S")
_NOUN_SUFFIX = re.compile(r"(ung|heit|keit|schaft|tion|tät|ismus|nis|tum|ungen|ierung|lich|isch)s?$")
_ROMAN = re.compile(r"[IVX]{1,4}")
# German words that are no name: inflected adjectives ("Demokratischen") and organisation compounds
# ("Fortschrittspartei", "Volksbewegung").
_DE_NOT_NAME = re.compile(r"(?:ische[nrms]?|liche[nrms]?|partei|bewegung|allianz|front|union)$")
_STOP = de.NAME_STOPWORDS | en.NAME_STOPWORDS
_GIVEN = de.GIVEN_NAMES | en.GIVEN_NAMES | names.GIVEN_NAMES
_HONORIFICS = frozenset(h.rstrip(".") for h in (*en.HONORIFICS, *de.TITLES, *en.TITLES))
_NOT_NAME = en.OFFICE_WORDS | de.NOT_NAME_WORDS
# English role heads, most words first: "Chief Justice" before "Chief"
_EN_HEADS = tuple(sorted((*en.PLURAL_ROLE_HEADS, *en.ROLE_HEADS), key=lambda h: -len(h.split())))
_BYLINE = re.compile(r"^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Berichterstattung|Redaktion)"
                     r"(?:\s+[\w-]+){0,2}\s+by\b|^\((?:Reporting|Editing) by", re.IGNORECASE)
_LOCALE_COUNTRY = {"de-AT": "AT", "de-CH": "CH", "de-DE": "DE", "en-GB": "GB", "en-US": "US"}
_INTERNATIONAL = re.compile(r"^(EU|UN|UNO|Nato|NATO|OSZE|OSCE|IAEA|IWF|WHO)\b|^(EU|UN|NATO|Nato)-")
_SEATS = {"White House": "US", "Weißen Haus": "US", "Weiße Haus": "US", "Kremlin": "RU", "Kreml": "RU",
          "Pentagon": "US", "Downing Street": "GB", "Élysée": "FR", "State Department": "US",
          "Außenamt": "DE", "Auswärtigen Amt": "DE", "Quai d'Orsay": "FR", "Zhongnanhai": "CN"}


@dataclass
class _Candidate:
    name: str
    sentence: Sentence
    position: int
    role: str | None = None
    country: str | None = None
    international: bool = False
    review: ReviewState = "extracted"
    aliases: list[str] = field(default_factory=list)
    relation: str | None = None  # the person a role refers to: "Berater von Bundeskanzler Friedrich Merz"


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


def is_name_token(word: str, language: str) -> bool:
    """A word that can be part of a person's name (not a role, place, organisation or common word)."""
    if re.match(r"(al|el|ad|as|ash)-[A-Z]", word):
        return True
    word = _bare(word)
    if re.fullmatch(r"[OD]['’][A-Z]\w+", word):  # "O'Brien", "D'Alema"
        return True
    if len(word) < 2 or not word[0].isupper() or word.isupper() or not word[1:2].isalpha():
        return False
    if word in _NOT_NAME or word in _HONORIFICS:
        return False
    if word in _STOP or word in de.PARTIES or word in en.PARTIES or word in entities.country_names(language):
        return False
    if word in de.CITIES or word in en.CITIES or word in de.ORGANIZATIONS or word in en.ORGANIZATIONS:
        return False
    if entities.country_of_word(word, language) or mentions.is_role_noun(word, language):
        return False
    if language == "de" and (_NOUN_SUFFIX.search(word) or _DE_NOT_NAME.search(word)):
        return False
    return word.casefold() not in {o.casefold() for o in (*de.OUTLETS, *en.OUTLETS)}


def _is_initial(tokens: list[_Tok], j: int, language: str) -> bool:
    """'O.' in 'Tore O. Sandvik', 'S' in 'S Jaishankar': an initial followed by a name word."""
    word = tokens[j].text
    if not re.fullmatch(r"[A-ZÄÖÜ]", word):
        return False
    k = j + 2 if j + 1 < len(tokens) and tokens[j + 1].text == "." else j + 1
    return k < len(tokens) and is_name_token(tokens[k].text, language) and tokens[k].start - tokens[j].end <= 2


def is_given(word: str) -> bool:
    """A known given name, also a hyphenated pair of them ("Pierre-Yves", "Hans-Jörg")."""
    if word in _GIVEN:
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(p in _GIVEN for p in parts)


def _honorific_at(tokens: list[_Tok], i: int) -> int:
    """Number of tokens of a multi-word honorific at i ("Datuk Seri", "Tan Sri"), 0 when none."""
    for sequence in names.HONORIFIC_SEQUENCES:
        if len(sequence) > 1 or sequence[0] not in _HONORIFICS:
            span = tokens[i:i + len(sequence)]
            if len(span) == len(sequence) and all(t.text == w for t, w in zip(span, sequence)) \
                    and i + len(sequence) < len(tokens) and tokens[i + len(sequence)].text[:1].isupper():
                return len(sequence)
    return 0


def read_name(tokens: list[_Tok], i: int, language: str, after_role: bool = False) -> tuple[int, list[str], list[str]]:
    """(end index, name words, honorifics) of a name starting at token i; no words when none.

    After a role noun a given name that is also a common word ("Klubobmann August Wöginger") counts.
    """
    honorifics: list[str] = []
    while i < len(tokens):
        sequence = _honorific_at(tokens, i)
        if sequence:
            honorifics += [t.text for t in tokens[i:i + sequence]]
            i += sequence
            continue
        if tokens[i].text.rstrip(".") not in _HONORIFICS:
            break
        honorifics.append(tokens[i].text.rstrip("."))
        i += 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." else 1
    words: list[str] = []
    j = i
    while j < len(tokens) and len(words) < 6:
        word = tokens[j].text
        if (not words and word in names.ABBREVIATED_GIVEN and j + 2 < len(tokens) and tokens[j + 1].text == "."
                and tokens[j + 2].start == tokens[j + 1].end + 1 and is_name_token(tokens[j + 2].text, language)):
            words.append(word + ".")  # "Ma. Theresa Lazaro": an abbreviated given name stays in the name
            j += 2
            continue
        if not words and after_role and word in ("von", "van", "de", "di", "da", "al", "el"):
            k = j
            while k < len(tokens) and tokens[k].text in mentions.PARTICLES:
                k += 1
            if k < len(tokens) and k - j <= 3 and is_name_token(tokens[k].text, language):
                words += [t.text for t in tokens[j:k + 1]]  # "EU-Kommissionspräsidentin von der Leyen"
                j = k + 1
                break
        if (not words and after_role and word in names.AMBIGUOUS_GIVEN and j + 1 < len(tokens)
                and is_name_token(tokens[j + 1].text, language)):
            words.append(word)
            j += 1
            continue
        chinese = (not words and (word in mentions.CHINESE_SURNAMES or word in names.KOREAN_SURNAMES)
                   and j + 1 < len(tokens)
                   and is_name_token(tokens[j + 1].text, language) and tokens[j + 1].text.isascii())
        if (not words and is_given(word) and j + 1 < len(tokens) and is_name_token(tokens[j + 1].text, language)
                and not is_given(tokens[j + 1].text) and tokens[j + 1].text[:1].isupper()):
            words.append(word)  # "Sofia Marchetti": a given name that is also a city
            j += 1
            continue
        if chinese or is_name_token(word, language):
            words.append(_bare(word) if words or _bare(word) != word else word)
            j += 1
            if _bare(word) != word:
                break
            continue
        if _is_initial(tokens, j, language) and (words or word not in ("A", "I")):
            dotted = j + 1 < len(tokens) and tokens[j + 1].text == "."
            words.append(word + ("." if dotted else ""))
            j += 2 if dotted else 1
            continue
        k = j
        while k < len(tokens) and tokens[k].text.lower() in mentions.PARTICLES and tokens[k].text[0].islower():
            k += 1
        after_particle = bool(words) and words[-1].casefold() in ("van", "von", "de", "da", "di", "del", "dos")
        if (words and k > j and k < len(tokens) and is_name_token(tokens[k].text, language)
                and (tokens[j].text not in ("der", "den", "das", "la", "le") or after_particle)):
            follows = tokens[k + 1].text if k + 1 < len(tokens) else ""
            if (follows[:1].isupper() and not is_name_token(follows, language)
                    and tokens[j].text in ("von", "van", "de", "der")):
                break  # "Lena Marquardt von der Brüsseler Denkfabrik": not part of the name
            if follows[:1].isupper() and tokens[j].text in ("von", "der") and not after_particle:
                break
            words += [t.text for t in tokens[j:k]]
            j = k
            continue
        if words and _ROMAN.fullmatch(word):
            words.append(word + ("." if j + 1 < len(tokens) and tokens[j + 1].text == "." else ""))
            j += 2 if words[-1].endswith(".") else 1
        break
    if (len(words) == 2 and words[0] in names.KOREAN_SURNAMES and len(words[1]) <= 4 and j < len(tokens)
            and re.fullmatch(r"[A-Z][a-z]{1,4}", tokens[j].text) and tokens[j].start == tokens[j - 1].end + 1):
        words.append(tokens[j].text)  # "Moon Jae In": the third syllable of a Korean name, even "In"
        j += 1
    if words and words[0] in ("Van", "Von", "De") and len(words) == 1:
        words = []
    return j, words, honorifics


def _role_phrase(tokens: list[_Tok], i: int, language: str) -> tuple[int, int] | None:
    """(start, end) token span of a role head at i (multiword heads in English)."""
    if language == "en":
        word = tokens[i].text
        if word in en.ROLE_ABBREVIATIONS and i + 1 < len(tokens) and tokens[i + 1].text == ".":
            return i, i + 2
        for head in _EN_HEADS:
            parts = head.split()
            span = tokens[i:i + len(parts)]
            if len(span) == len(parts) and [t.text.casefold() for t in span] == parts:
                if _portfolio_follows(tokens, i + len(parts), language):
                    return None  # "Deputy Human Rights Minister X": the role ends at "Minister"
                return i, i + len(parts)
        return None
    word = tokens[i].text
    if re.fullmatch(r"[\w-]+", word) and mentions.is_role_noun(word, language):
        return i, i + 1
    return None


def _portfolio_follows(tokens: list[_Tok], j: int, language: str) -> bool:
    """Capitalised portfolio words and another role head after a role word: 'Deputy Human Rights Minister'."""
    k = j
    while k < len(tokens) and k - j < 3 and re.fullmatch(r"[A-Z][a-z]+", tokens[k].text) \
            and not is_given(tokens[k].text) and tokens[k].text not in _STOP:
        if k > j and tokens[k].text[:1].isupper() and _role_phrase(tokens, k, language) is not None:
            return True
        k += 1
    return False


def _nominative_de(det: str, adjectives: list[str], noun: str) -> str:
    """'Der US-Sondergesandte' -> 'US-Sondergesandter', 'dem französischen Präsidenten' -> 'Präsident'."""
    female = det.casefold() in ("die", "eine") or noun.endswith(("in", "innen"))
    lower = noun.casefold()
    for adjectival in de.ADJECTIVAL_ROLES:
        if re.search(rf"{adjectival}[nr]?$", lower):
            noun = re.sub(r"e[nr]?$", "e" if female else "er", noun)
            break
    else:
        if any(lower.endswith(w + "en") or lower.endswith(w + "n") for w in de.WEAK_ROLES):
            weak_e = any(lower.endswith(w + "n") for w in de.WEAK_ROLES if w.endswith("e"))
            noun = noun[:-1] if weak_e else re.sub(r"e?n$", "", noun)  # "Kollegen" -> "Kollege"
        elif lower.endswith("s") and mentions.is_role_noun(noun[:-1], "de"):
            noun = noun[:-1]
    ending = "e" if female else "er"
    words = [re.sub(r"(e|en|er|es|em)$", "", a) + ending for a in adjectives]
    return " ".join([*words, noun])


def _left_context(tokens: list[_Tok], start: int, language: str, cand: _Candidate) -> tuple[str, list[str]]:
    """Walk left from a role head over adjectives, demonyms and possessives; set the country."""
    det, kept = "", list[str]()
    k = start - 1
    while k >= 0:
        word = tokens[k].text
        pair = entities.country_of_word(f"{tokens[k - 1].text} {word}", language) if language == "en" and k else None
        if pair:  # "South Korean President": a two-word demonym is the country, not an adjective
            cand.country = cand.country or pair
            k -= 2
            continue
        code = entities.country_of_word(word, language)
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
        elif language == "en" and word[:1].isupper() and word not in _STOP and word not in ("The",) \
                and not word.endswith(("’s", "'s")):
            kept.insert(0, word)
        else:
            if word.casefold() in de.DETERMINERS or word.casefold() in en.DETERMINERS:
                det = word
            break
        k -= 1
    if language == "de" and not det:
        kept = []  # "leitete Chefunterhändler X": a verb, not an adjective
    return det, kept


def _role_country(role: str, doc: Doc, cand: _Candidate) -> None:
    language = doc.language
    prefix = re.match(r"^([\w.]+)-", role)
    party_office = prefix is not None and _party_country(prefix.group(1), doc) is not None  # "CDU-Generalsekretär"
    national = entities.countries_in(role.split(" ", 1)[1], language) if " " in role else []
    if _INTERNATIONAL.search(role) or (language == "de" and re.search(de.INTERNATIONAL_ROLES, role.casefold())
                                       and not party_office and not national):
        cand.international = True
    elif national and language == "de" and re.search(de.INTERNATIONAL_ROLES, role.casefold()):
        cand.country = cand.country or national[0][2]  # "Generalsekretär der Wirtschaftskammer Österreich"
    if prefix:
        party = prefix.group(1)
        code = _party_country(party, doc) or entities.country_of_word(party, language)
        cand.country = cand.country or code
    before = cand.sentence.text[max(0, cand.position - 40):cand.position]
    # "Kremlin spokesperson", "State Department policy planning director"
    seat = next((code for seat, code in _SEATS.items()
                 if seat.casefold() in role.casefold() or seat.casefold() in before.casefold()), None)
    cand.country = cand.country or seat
    cand.country = cand.country or en.OFFICES.get(role.casefold().split(",")[0].strip()) or _body_country(role)


def _body_country(role: str) -> str | None:
    """'director of the Office of Management and Budget': a state's own institution inside the role."""
    return next((code for body, code in en.NATIONAL_BODIES.items()
                 if re.search(rf"(?<![\w-]){re.escape(body)}(?![\w-])", role)), None)


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
        toks = _tokens(" ".join(words[index:]))
        if toks and _role_phrase(toks, 0, language) and all(_is_modifier(w, language) for w in words[:index]):
            if language == "de":
                female = phrase.split()[0] in ("die", "eine")
                head = _nominative_de("die" if female else "der", words[:index], word)
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
        return language == "en" and (entities.country_of_word(word, language) is not None
                                     or word.casefold() in en.INTERNATIONAL)
    return language == "en" or re.fullmatch(r"[a-zäöüß-]+(e|en|er|es|em)", word) is not None


# Words that open a complement of a role: "der Präsident des ...", "der Botschafter in der Schweiz".
_COMPLEMENT_START = frozenset("von des der vom in im bei beim für am an zur zum".split())


def _de_complement(tokens: list[_Tok], j: int, language: str) -> int | None:
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
    found = entities.countries_in(text[pos + match.end():], language)
    if found and found[0][0] == 0:
        return found[0][2], pos + match.end() + found[0][1]
    return None, pos


def _possessive_country(tokens: list[_Tok], i: int, language: str) -> str | None:
    """'Sweden's Pål Jonson', "Pakistan's Indus waters commissioner": a country in the genitive before."""
    k = i - 1
    while language == "en" and k > 0 and i - k <= 3 and re.fullmatch(r"[a-z]+|[A-Z][a-z]+", tokens[k].text) \
            and tokens[k].text.casefold() not in en.DETERMINERS and tokens[k].text not in _STOP:
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
    region = places.REGIONS.get(re.sub(r"(?:['’]s?|s)$", "", word)) or places.REGIONS.get(_bare(word))
    return entities.country_of_word(word, language) or region


def _find(doc: Doc, sentence: Sentence, found: dict[str, _Candidate]) -> None:
    language = doc.language
    text = sentence.text
    if _BYLINE.search(text):
        return  # "(Reporting by ...; Editing by ...)": the writers are no persons of the news
    tokens = _tokens(text)
    used_until = -1
    for i in range(len(tokens)):
        if i < used_until:
            continue
        cand: _Candidate | None = None
        plural = False
        span = _role_phrase(tokens, i, language)
        if span:
            start, end = span
            j = end
            complement = None
            if language == "en" and j < len(tokens) and tokens[j].text in ("to", "of"):
                k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text == "the")
                while k < len(tokens) and tokens[k].text[:1].isupper():
                    k += 1  # "ambassador to the UN, Sir Nicholas Pemberton"
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
                cand = _Candidate(" ".join(words), sentence, tokens[i].start)
                det, adjectives = _left_context(tokens, start, language, cand)
                cand.country = cand.country or _possessive_country(tokens, start, language)
                head = " ".join(t.text for t in tokens[start:j if complement is None else end])
                if language == "de":
                    role = _nominative_de(det, adjectives, head)
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
                cand.role = role
                _role_country(role, doc, cand)
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
            if _looks_like_org(words) or (i > 0 and tokens[i - 1].text in _SHIP_PREFIXES):
                used_until = k  # "the BRP Teresa Magbanua": a ship named after a person
                used_until = k
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
                      or (len(words) >= 2 and _apposition(text, tokens[k - 1].end, language) is not None))
            if known is not None and not known.role and k > i:
                later = _apposition(text, tokens[k - 1].end, language)  # "Mr X, the minister for ...,"
                if later:
                    known.role = later
                    _apposition_country(later, known, language)
            if known is not None or not strong or (len(words) < 2 and not honor and not listed):
                used_until = k
                continue
            cand = _Candidate(" ".join(words), sentence, tokens[i].start)
            cand.country = _possessive_country(tokens, i, language)
            end_index = k
        _complete(doc, cand, tokens, end_index, found)
        if plural and end_index < len(tokens):
            _coordinated(doc, cand, tokens, end_index, found)
        if used_until <= i:
            used_until = end_index


def _listed_holder(words: list[str], language: str) -> str | None:
    """The name as written when it names a well-known office holder: 'Trump', 'Orbans' -> 'Orban'."""
    name = " ".join(words)
    if holders.holder(name):
        return name
    if language == "de" and words[0].endswith("s") and holders.holder(words[0][:-1]):
        return words[0][:-1]  # German genitive "Orbans Vision": the name ends at the genitive
    return None


def _complete(doc: Doc, cand: _Candidate, tokens: list[_Tok], end_index: int, found: dict[str, _Candidate]) -> None:
    """Party in brackets, 'of Japan', an apposition after the name; then add the person."""
    language, text = doc.language, cand.sentence.text
    party_match = re.match(r"\s*\(([^)]+)\)", text[tokens[end_index - 1].end:])
    if party_match:  # "(CDU)", "(Mitte/BL)": a party, also beside its member's canton or state
        for party in party_match.group(1).split("/"):
            cand.country = cand.country or _party_country(party.strip(), doc)
    after = tokens[end_index - 1].end + (party_match.end() if party_match else 0)
    code, _end = _of_country(text, after, language)
    cand.country = cand.country or code
    appo = _apposition(text, after, language)
    if appo:
        _apposition_country(appo, cand, language)
        cand.role = f"{cand.role}, {appo}" if cand.role else appo
        inner = re.search(r"\b(?:von|of)\s+(.+)$", appo)
        cand.relation = inner.group(1) if inner else cand.relation
        for word in appo.split()[:3]:
            cand.country = cand.country or (entities.country_of_word(word, language) if word[:1].islower()
                                            or language == "en" else None)
    member = re.match(r"\s*,\s+an?\s+(?:[A-Z][\w.]*\s+){0,3}(\w+)", text[after:])
    if member and member.group(1) in en.PARTY_MEMBERS:
        cand.country = cand.country or en.PARTY_MEMBERS[member.group(1)]  # "a South Carolina Republican"
    _add(found, cand, doc)


def _apposition_country(appo: str, cand: _Candidate, language: str) -> None:
    """'the UN special envoy for Yemen' acts for no state; 'the director of the OMB' for the US."""
    first = appo.split()[0].casefold().rstrip("-")
    if _INTERNATIONAL.search(appo) or first in en.INTERNATIONAL or (
            language == "de" and re.search(de.INTERNATIONAL_ROLES, appo.casefold())):
        cand.international = True
    cand.country = cand.country or _body_country(appo)


def _coordinated(doc: Doc, first: _Candidate, tokens: list[_Tok], end_index: int,
                 found: dict[str, _Candidate]) -> None:
    """'Foreign ministers A of Japan and B of South Korea': the second person shares the plural role."""
    text = first.sentence.text
    _code, pos = _of_country(text, tokens[end_index - 1].end, doc.language)
    k = next((n for n, t in enumerate(tokens) if t.start >= pos), len(tokens))
    if k < len(tokens) and tokens[k].text in ("and", "und"):
        stop, words, _honor = read_name(tokens, k + 1, doc.language)
        if len(words) >= 2:
            cand = _Candidate(" ".join(words), first.sentence, tokens[k + 1].start, role=first.role)
            _complete(doc, cand, tokens, stop, found)


def _party_country(party: str, doc: Doc) -> str | None:
    """The country of a party; a party that several German-speaking countries have goes by the locale."""
    if party in de.SHARED_PARTIES:
        return _LOCALE_COUNTRY.get(doc.locale or "", "DE")
    return de.PARTIES.get(party) or en.PARTIES.get(party)


def _known(doc: Doc, found: dict[str, _Candidate], words: list[str]) -> _Candidate | None:
    """A person found before: by any mention, or by a multi-word surname ('Mr Lund Poulsen')."""
    person = mentions.resolve_person(_as_doc(doc, found), " ".join(words))
    if person is not None and person.name in found:
        return found[person.name]
    bare = " ".join(w for w in words if w not in _HONORIFICS)
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


_SHIP_PREFIXES = frozenset("BRP USS HMS HMAS HMCS INS RFS USNS MV MS SS RV".split())
_ORG_WORDS = frozenset({*en.ORG_HEADS, *de.ORG_HEADS, "House", "News", "Times", "Post", "Street", "Hill"})


def _looks_like_org(words: list[str]) -> bool:
    """'White House said', 'Xinhua News Agency said': capitalised words that name no person."""
    joined = " ".join(words)
    return any(w in _ORG_WORDS for w in words) or joined in _KNOWN_NAMES


_KNOWN_NAMES = frozenset({*de.ORGANIZATIONS, *en.ORGANIZATIONS, *de.VENUES, *en.VENUES, *de.OUTLETS, *en.OUTLETS,
                          *(v for lang in (de, en) for forms in lang.ORGANIZATIONS.values() for v in forms)})


def _as_doc(doc: Doc, found: dict[str, _Candidate]) -> Doc:
    shadow = Doc(article=doc.article, language=doc.language, locale=doc.locale)
    shadow.persons = [Person(id="", name=c.name, aliases=tuple(c.aliases)) for c in found.values()]
    return shadow


def _add(found: dict[str, _Candidate], cand: _Candidate, doc: Doc) -> None:
    old = _known(doc, found, cand.name.split())
    if old is not None:
        if len(cand.name.split()) > len(old.name.split()):
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


def _referred_role(role: str | None, found: dict[str, _Candidate], language: str) -> str | None:
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
        while len(words) > 1 and entities.country_of_word(words[0], language):
            words.pop(0)
        return " ".join(words)
    head = office.split()[-1]
    female = role.split()[-1].casefold().endswith("in")
    if female and not head.endswith("in"):
        return head + "in"
    if not female and head.endswith("in") and mentions.is_role_noun(head[:-2], language):
        return head[:-2]
    return head


def _is_office(role: str | None, language: str) -> bool:
    if not role:
        return True
    lower = role.split(",")[0].casefold()
    if language == "de":
        return any(h in lower for h in (*de.OFFICE_HEADS, *de.POLITICAL_HEADS))
    return any(re.search(rf"\b{re.escape(h)}\b", lower) for h in (*en.OFFICE_HEADS, *en.POLITICAL_HEADS))


_NEAR = 100  # characters: a country further from the person's mention says nothing about them
_LITERAL = re.compile(r"(?:\b(?:in|im|aus|nach|at|from)\s+)$", re.IGNORECASE)


def _sentence_country(doc: Doc, cand: _Candidate, found: dict[str, _Candidate]) -> str | None:
    """A country named close to the person in the sentence, leaving out other persons' countries.

    A city counts only where it is a location ("in Islamabad"), not a government ("Washington said").
    """
    text = cand.sentence.text
    spots = [(start, code) for start, _e, code in entities.countries_in(text, doc.language)]
    for place, code in {**entities.LANG[doc.language].CITIES, **_SEATS}.items():
        spots += [(0 if place in _SEATS else m.start(), code)
                  for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text)
                  if place in _SEATS or _LITERAL.search(text[:m.start()])]
    # "President Donald Trump and Chinese leader Xi Jinping": CN belongs to Xi, not to Trump.
    taken = {c.country for c in found.values() if c.sentence is cand.sentence and c is not cand}
    # "In Pakistan, where ..., Prime Minister X": a sentence-opening frame holds for the whole sentence.
    frame = re.match(r"(?:In|Im|In der|In den)\s+", text)
    previous = doc.sentences[cand.sentence.index - 1] if cand.sentence.index > 0 else None
    if previous is not None and previous.block == cand.sentence.block and cand.role:
        # "In Armenien ist das umstritten. Die Oppositionspolitikerin X ...": the frame carries over.
        opening = re.match(r"(?:In|Im|In der|In den)\s+", previous.text)
        found_codes = entities.countries_in(previous.text, doc.language) if opening else []
        if opening and found_codes and found_codes[0][0] == opening.end() and found_codes[0][2] not in taken:
            spots.append((cand.position, found_codes[0][2]))
    spots = [(0 if (frame and start == frame.end()) or start == 0 else abs(start - cand.position), code)
             for start, code in spots if code not in taken]
    if not cand.role:  # a bare name in a sentence about a country is no evidence of the person's country
        spots = [spot for spot in spots if spot[0] == 0]
    spots = [spot for spot in spots if spot[0] <= _NEAR]
    return min(spots)[1] if spots else None


def _previous_country(doc: Doc, cand: _Candidate) -> str | None:
    """'North Korea launched missiles. Leader X oversaw the test.': an office holder named in a sentence
    without a country acts for the one country the sentence before (same paragraph) is about."""
    index = cand.sentence.index
    if not cand.role or index == 0 or doc.sentences[index - 1].block != cand.sentence.block:
        return None
    previous = doc.sentences[index - 1].text
    codes = [code for _s, _e, code in entities.countries_in(previous, doc.language)]
    codes += [code for city, code in entities.LANG[doc.language].CITIES.items()
              if re.search(rf"\b(?:in|im|at)\s+{re.escape(city)}(?![\w-])", previous)]
    return codes[0] if codes and len(set(codes)) == 1 else None


def _party_after(doc: Doc, cand: _Candidate) -> str | None:
    """'Geert Wilders, dessen PVV ...', 'X, whose Labour party ...': the party named right after the person."""
    text = cand.sentence.text[cand.position:]
    match = re.search(r",\s+(?:dessen|deren|whose)\s+(?:Partei\s+|party,?\s+)?([\w.-]+(?:\s[\w-]+)?)", text[:160])
    if not match:
        return None
    for party in (match.group(1), match.group(1).split()[0]):
        code = _party_country(party, doc)
        if code:
            return code
    return None


def _party_before(doc: Doc, cand: _Candidate) -> str | None:
    """'die Tisza-Partei von Péter Magyar', 'der Fidesz von Ministerpräsident X', 'the Likud party of X'."""
    before = cand.sentence.text[max(0, cand.position - 60):cand.position]
    match = re.search(r"([\w.'’-]+?)(?:-Partei|\s+[Pp]art(?:ei|y))?\s+(?:von|of)\s+$", before)
    return _party_country(match.group(1), doc) if match else None


# Party names that are also ordinary words, or that several countries share: they say
# nothing about which country an article is about.
_AMBIGUOUS_PARTIES: frozenset[str] = frozenset({
    "Mitte", "Republikaner", "Demokraten", "Republicans", "Democrats", "Grüne", "Grünen", "Greens", "Linke",
    "Renaissance", "Labour", "Conservatives", "Piraten", "SP", "FDP",
})


# National parliaments and seats of government: naming one says which country an article is about
# (only unambiguous ones: "Bundesrat" and "Nationalrat" exist in several countries).
_NATIONAL_BODIES: dict[str, str] = {
    "Bundestag": "DE", "Kanzleramt": "DE", "Hofburg": "AT",
    "Bundeshaus": "CH", "Assemblée nationale": "FR", "Élysée": "FR", "Elysée": "FR", "Matignon": "FR",
    "Sejm": "PL", "Knesset": "IL", "Duma": "RU", "Kreml": "RU", "Kremlin": "RU", "Werchowna Rada": "UA",
    "Verkhovna Rada": "UA", "House of Commons": "GB", "Downing Street": "GB", "Westminster": "GB",
    "Congress": "US", "Kongress": "US", "White House": "US", "Weißes Haus": "US", "Weisses Haus": "US",
    "Capitol Hill": "US", "Tweede Kamer": "NL", "Zweite Kammer": "NL", "Folketing": "DK", "Storting": "NO",
    "Riksdag": "SE", "Eduskunta": "FI", "Cortes": "ES", "Moncloa": "ES", "Palazzo Chigi": "IT",
    "Quirinal": "IT", "Országház": "HU", "Diet": "JP", "Lok Sabha": "IN", "Zhongnanhai": "CN",
}


def _dominant_country(doc: Doc) -> str | None:
    """The country a domestic-politics article is about: most of its country, capital, body and party mentions.

    The headline counts twice (it says what the article is about); a city or a national body named
    stands for its country; a party only when its name is unambiguous.
    """
    counts: Counter[str] = Counter()
    parties = {**en.PARTIES, **de.PARTIES} if doc.language == "de" else {**de.PARTIES, **en.PARTIES}
    party_regex = re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(parties, key=len, reverse=True)
                                                       if p not in _AMBIGUOUS_PARTIES) + r")(?![\w])")
    cities = de.CITIES if doc.language == "de" else en.CITIES
    city_regex = re.compile(r"(?<![\w-])(" + "|".join(re.escape(c) for c in sorted(cities, key=len, reverse=True))
                            + r")(?![\w-])")
    body_regex = re.compile(r"(?<![\w-])(" + "|".join(re.escape(b) for b in sorted(_NATIONAL_BODIES, key=len,
                                                                                reverse=True)) + r")(?![\w])")
    texts = [(doc.headline, 2)] if doc.headline else []
    texts += [(sentence.text, 1) for sentence in doc.sentences]
    for text, weight in texts:
        for match in body_regex.finditer(text):
            counts[_NATIONAL_BODIES[match.group(1)]] += weight
        for _s, _e, code in entities.countries_in(text, doc.language):
            counts[code] += weight
        for match in city_regex.finditer(text):
            counts[cities[match.group(1)]] += weight
        for match in party_regex.finditer(text):
            party = _party_country(match.group(1), doc)
            if party:
                counts[party] += weight
    if not counts:
        return None
    (code, top), total = counts.most_common(1)[0], sum(counts.values())
    return code if top >= 2 and top >= 0.6 * total else None


def _block_country(doc: Doc, cand: _Candidate) -> str | None:
    """A 'Bundes-' office belongs to DE, AT or CH: whichever the paragraph names (or its capital)."""
    text = " ".join(s.text for s in doc.sentences if s.block == cand.sentence.block and s.index <= cand.sentence.index)
    codes = [code for _s, _e, code in entities.countries_in(text, doc.language)]
    codes += [code for city, code in de.CITIES.items() if re.search(rf"(?<![\w-]){re.escape(city)}(?![\w-])", text)]
    federal = [code for code in codes if code in ("DE", "AT", "CH")]
    home = _LOCALE_COUNTRY.get(doc.locale or "")
    if home in ("AT", "CH") and (not federal or home in federal):
        return home
    return Counter(federal).most_common(1)[0][0] if federal else None


def _finish_countries(doc: Doc, found: dict[str, _Candidate]) -> None:
    names = list(found)
    dominant = _dominant_country(doc)
    # Persons whose role names another person ("Berater von Bundeskanzler Friedrich Merz") go last.
    year = int(doc.reference_date.date[:4]) if doc.reference_date else None
    for cand in sorted(found.values(), key=lambda c: c.relation not in (None, "deren")):
        known, code = holders.country_of(cand.name, year)
        if cand.international or (known and code is None and not cand.country):
            cand.country = None
            continue
        cand.country = cand.country or code
        cand.country = cand.country or _party_before(doc, cand)
        if cand.country:
            continue
        if cand.relation == "deren":
            previous = doc.sentences[cand.sentence.index - 1].text if cand.sentence.index else ""
            parties = [p for p in (*de.PARTIES, *en.PARTIES) if re.search(rf"\b{re.escape(p)}\b", previous)]
            cand.country = (de.PARTIES.get(parties[-1]) or en.PARTIES.get(parties[-1])) if parties else None
        elif cand.relation:
            inner = next((found[n] for n in names if n in cand.relation or mentions.surname_of(n) in cand.relation),
                         None)
            cand.country = inner.country if inner else None
        if cand.country or not _is_office(cand.role, doc.language):
            continue
        role = (cand.role or "").casefold()
        if doc.language == "de" and role.startswith(("bundes", "kanzler", "vizekanzler", "landes")):
            cand.country = _block_country(doc, cand) or _LOCALE_COUNTRY.get(doc.locale or "", "DE")
            continue
        guess = (_party_after(doc, cand) or _sentence_country(doc, cand, found) or dominant
                 or _previous_country(doc, cand))
        if guess:
            cand.country, cand.review = guess, "guessed"


def _link_role_references(doc: Doc) -> None:
    """'sagte die Analystin': give the role to the last-mentioned person who has none."""
    for sentence in doc.sentences:
        for _start, _end, noun in mentions.role_mentions(doc, sentence.text):
            if any(mentions.role_matches(p, noun) for p in doc.persons):
                continue
            recent = mentions.recent_persons(doc, sentence.index + 1)
            target = next((p for p in reversed(recent) if not p.role), None)
            if target is not None and recent and target is recent[-1]:
                nominative = _nominative_de("die" if noun.endswith("in") else "der", [], noun) \
                    if doc.language == "de" else noun
                index = doc.persons.index(target)
                doc.persons[index] = replace(target, role=nominative)


def run(doc: Doc) -> None:
    found: dict[str, _Candidate] = {}
    for sentence in doc.sentences:
        _find(doc, sentence, found)
    _finish_countries(doc, found)
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
