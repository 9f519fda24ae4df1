"""Reading persons' names and role heads from tokens (German and English news).

A name is a run of name words (not roles, places, organisations or common words),
with particles ("von der Leyen"), initials, abbreviated given names and honorifics
that are left out; a role head is a role noun (German compounds) or a multi-word
English head ("Chief Justice").  Pure functions used by the persons stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.extract import mentions
from lagebild.extract.countries import country_names, country_of_word, family_name_after, given_name_before
from lagebild.extract.lang import de, de_speech, en, holders, names, places

_TOKEN = re.compile(r"U\.S\.|U\.K\.|U\.N\.|\w+(?:[-'’.]\w+)*['’]?|\S")
_NOUN_SUFFIX = re.compile(r"(ung|heit|keit|schaft|tion|tät|ismus|nis|tum|ungen|ierung|lich|isch)s?$")
_ROMAN = re.compile(r"[IVX]{1,4}")
# German words that are no name: inflected adjectives ("Demokratischen") and organisation compounds
# ("Fortschrittspartei", "Volksbewegung").
_DE_NOT_NAME = re.compile(r"(?:ische[nrms]?|liche[nrms]?|partei|bewegung|allianz|front|union)$")
STOP = de.NAME_STOPWORDS | en.NAME_STOPWORDS
_GIVEN = de.GIVEN_NAMES | en.GIVEN_NAMES | names.GIVEN_NAMES
HONORIFICS = frozenset(h.rstrip(".") for h in (*en.HONORIFICS, *de.TITLES, *en.TITLES))
_NOT_NAME = en.OFFICE_WORDS | de.NOT_NAME_WORDS | frozenset(en.MILITARY_RANKS)
# Nouns of idioms with "zu" after a name: „bei Anna Will zu Gast“, „war Karl Strand zu Besuch“ (not
# the particle of a name like „zu Guttenberg“).
_ZU_IDIOMS = frozenset({"Gast", "Besuch", "Hause", "Beginn", "Ende", "Recht", "Wort", "Fuß", "Protokoll"})
# "e" (Portuguese) and "y" (Spanish) join two surnames, after a particle of the same language:
# "Pedro da Costa e Silva", "Juan de la Torre y Ruiz".
_NAME_JOINERS = {"e": frozenset({"da", "de", "do", "dos", "das"}), "y": frozenset({"de", "del", "la"})}
# Members' party labels before a name ("a Texas Democrat", "Republican Senator X").
_PARTY_LABELS = frozenset({"Republican", "Republicans", "Democrat", "Democrats", "Democratic", "GOP"})
# English role heads, most words first: "Chief Justice" before "Chief"
_EN_HEADS = tuple(sorted((*en.PLURAL_ROLE_HEADS, *en.ROLE_HEADS), key=lambda h: -len(h.split())))
# The heads by their first word, longest first as above: a token is compared only with the heads it can start
# (comparing it with every head was the stage's largest cost).
_EN_HEADS_BY_FIRST: dict[str, tuple[list[str], ...]] = {}
for _head in _EN_HEADS:
    _EN_HEADS_BY_FIRST[_head.split()[0]] = (*_EN_HEADS_BY_FIRST.get(_head.split()[0], ()), _head.split())


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int


def split_tokens(text: str) -> list[Tok]:
    return [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


# Outlets' names casefolded once (the set was built again for every word read).
_OUTLETS_FOLDED = frozenset(o.casefold() for o in (*de.OUTLETS, *en.OUTLETS))


@lru_cache(maxsize=16384)
def is_name_token(word: str, language: str) -> bool:
    """A word that can be part of a person's name (not a role, place, organisation or common word).
    Remembered per word: the persons stage asks about the same few hundred words of an article
    tens of thousands of times."""
    if re.match(r"(al|el|ad|as|ash)-[A-Z]", word):
        return True
    word = bare(word)
    if re.fullmatch(r"[OD]['’][A-Z]\w+", word):  # "O'Brien", "D'Alema"
        return True
    if len(word) < 2 or not word[0].isupper() or word.isupper() or not word[1:2].isalpha():
        return False
    if word in _NOT_NAME or word in HONORIFICS:
        return False
    if word in STOP or word in de.PARTIES or word in en.PARTIES or word in country_names(language):
        return False
    if word in de.CITIES or word in en.CITIES or word in de.ORGANIZATIONS or word in en.ORGANIZATIONS:
        return False
    if word in places.US_STATES or word in _PARTY_LABELS:
        return False  # "Florida Republican Rick Scott": a state and a party label describe, they name no one
    if country_of_word(word, language) or mentions.is_role_noun(word, language):
        return False
    if language == "de" and (_NOUN_SUFFIX.search(word) or _DE_NOT_NAME.search(word)):
        return False
    if re.match(r"[A-ZÄÖÜ]{2,}-[A-ZÄÖÜ]", word):
        return False  # „DGB-Vorstandsmitglied“, „EU-Diplomat“: an acronym-led compound describes, it names no one
    if language == "de" and word.endswith("er") and (word[:-2] in de.CITIES or word[:-2] in places.SHARED
                                                     or word[:-2] in places.DE_ONLY):
        return False  # „Grazer Burg“, „Wiener Zeitung“: an adjective of a city starts no person's name
    return word.casefold() not in _OUTLETS_FOLDED


def _is_initial(tokens: list[Tok], j: int, language: str) -> bool:
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


_HONORIFIC_FIRST = frozenset(sequence[0] for sequence in names.HONORIFIC_SEQUENCES)


def _honorific_at(tokens: list[Tok], i: int) -> int:
    """Number of tokens of a multi-word honorific at i ("Datuk Seri", "Tan Sri"), 0 when none."""
    if tokens[i].text not in _HONORIFIC_FIRST:
        return 0
    for sequence in names.HONORIFIC_SEQUENCES:
        if len(sequence) > 1 or sequence[0] not in HONORIFICS:
            span = tokens[i:i + len(sequence)]
            if len(span) == len(sequence) and all(t.text == w for t, w in zip(span, sequence)) \
                    and i + len(sequence) < len(tokens) and tokens[i + len(sequence)].text[:1].isupper():
                return len(sequence)
    return 0


def read_name(tokens: list[Tok], i: int, language: str, after_role: bool = False) -> tuple[int, list[str], list[str]]:
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
        ranks = _ranks(tokens, i) if language == "en" and tokens[i].text in en.MILITARY_RANKS else None
        if after_role and not ranks and tokens[i].text in _RANK_FIRST.get(language, ()):
            ranks = _full_rank(tokens, i, language)  # "The Chief of Defence Forces, General X": the office is the role
        if ranks:  # "his Cambodian counterpart, Gen Sok Vannak": the rank is no part of the name
            honorifics += [t.text for t in tokens[i:ranks[1]] if t.text != "."]
            i = ranks[1]
            continue
        if tokens[i].text.rstrip(".") not in HONORIFICS:
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
        # "Kommissionspräsidentin von der Leyen" (a particle) but „ein Sprecher von Harrow“: a title that
        # relates its holder to someone takes „von“ as a preposition
        relational = j > 0 and re.fullmatch(de_speech.RELATIONAL + r"\w*", tokens[j - 1].text) is not None
        if not words and after_role and not relational and word in ("von", "van", "de", "di", "da", "al", "el"):
            k = j
            while k < len(tokens) and tokens[k].text in mentions.PARTICLES:
                k += 1
            if k < len(tokens) and k - j <= 3 and is_name_token(tokens[k].text, language) and not (
                    language == "de" and k - j == 1 and re.search(de.PLURAL_NOUN_AFTER_VON, tokens[k].text.lower())):
                # („Gastgeberin von Gesprächen“: „von“ and a plural noun are what she hosts, no family name)
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
        if _state_name_in_name(tokens, j, words, language):
            words.append(bare(word))  # "Rep. Jim Jordan", "Chad Miller": a state's name inside a person's name
            j += 1
            if bare(word) != word:
                break
            continue
        if (not words and is_given(word) and j + 1 < len(tokens) and is_name_token(tokens[j + 1].text, language)
                and not is_given(tokens[j + 1].text) and tokens[j + 1].text[:1].isupper()):
            words.append(word)  # "Sofia Marchetti": a given name that is also a city
            j += 1
            continue
        if (word in en.ROLE_ABBREVIATIONS and j + 2 < len(tokens) and tokens[j + 1].text == "."
                and is_name_token(tokens[j + 2].text, language)):
            break  # "California Gov. Gavin Newsom": an abbreviated title starts the role, it ends a name
        if chinese or is_name_token(word, language):
            words.append(bare(word) if words or bare(word) != word else word)
            j += 1
            if bare(word) != word:
                break
            if len(words) >= 2 and " ".join(words) in holders.HOLDERS and j < len(tokens) \
                    and tokens[j].text[:1].isupper() and " ".join([*words, tokens[j].text]) not in holders.HOLDERS:
                break  # „mit US-Präsident Donald Trump Sicherheitsgarantien“: a known holder's name is complete
            continue
        if (len(words) == 1 and language == "de" and (is_given(words[0]) or after_role)
                and tokens[j - 1].end + 1 == tokens[j].start
                and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{0,5}(?:ung|ischer)", word)):
            # „Sven Hartung“, „Joschka Fischer“, „Corinne Aebischer“: after a given name these endings close a
            # surname, not a noun or an adjective
            words.append(word)
            j += 1
            continue
        if _is_initial(tokens, j, language) and (words or word not in ("A", "I")):
            dotted = j + 1 < len(tokens) and tokens[j + 1].text == "."
            words.append(word + ("." if dotted else ""))
            j += 2 if dotted else 1
            continue
        if (word in _NAME_JOINERS and j + 1 < len(tokens) and is_name_token(tokens[j + 1].text, language)
                and any(w in _NAME_JOINERS[word] for w in words)):
            words += [word, bare(tokens[j + 1].text)]  # "Pedro da Costa e Silva": one Portuguese name
            j += 2
            continue
        k = j
        while k < len(tokens) and tokens[k].text.lower() in mentions.PARTICLES and tokens[k].text[0].islower():
            k += 1
        after_particle = bool(words) and words[-1].casefold() in ("van", "von", "de", "da", "di", "del", "dos")
        if (words and k > j and k < len(tokens) and is_name_token(tokens[k].text, language)
                and (tokens[j].text not in ("der", "den", "das", "la", "le") or after_particle)
                and not (tokens[j].text == "zu" and tokens[k].text in _ZU_IDIOMS)):
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
    if words and _venue_named(words, tokens, j):
        words = []  # "King Khalid International Airport", "Nelson Mandela Boulevard": a venue named after a person
    return j, words, honorifics


def _venue_named(words: list[str], tokens: list[Tok], j: int) -> bool:
    """The name's words, or the capitalised words right after them, end in a venue's head ("Queen Elizabeth
    Hospital", "King Abdulaziz International Conference Center")."""
    after: list[str] = []
    while (j < len(tokens) and len(after) < 4 and tokens[j].text[:1].isupper()
           and tokens[j].start <= tokens[j - 1].end + 1):
        after.append(tokens[j].text)
        j += 1
    return any(word in en.VENUE_NAME_HEADS for word in (*words[1:], *after))


def _state_name_in_name(tokens: list[Tok], j: int, words: list[str], language: str) -> bool:
    """A state's name as a family name right after a given name, or as a given name before a family name."""
    word = bare(tokens[j].text)
    if word not in country_names(language):
        return False
    if len(words) == 1 and is_given(words[0]) and tokens[j].start == tokens[j - 1].end + 1:
        return family_name_after(words[0])
    follower = tokens[j + 1].text if j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end + 1 else ""
    return not words and given_name_before(word, follower, language)


_THEN = re.compile(r"^(?:[Tt]hen|[Ee]x)-(?=[A-Za-z])")


def role_phrase(tokens: list[Tok], i: int, language: str) -> tuple[int, int] | None:
    """(start, end) token span of a role head at i (multiword heads in English)."""
    if language == "en":
        word = tokens[i].text
        if word in en.MILITARY_RANKS:
            return _ranks(tokens, i)
        if word in en.ROLE_ABBREVIATIONS and i + 1 < len(tokens) and tokens[i + 1].text == ".":
            return i, i + 2
        # "then-President X", "Ex-President X": the time prefix is part of the role, not of its head
        head_word = _THEN.sub("", word) if tokens[i].text[:1] in "TtEe" else word
        for parts in _EN_HEADS_BY_FIRST.get(head_word.casefold(), ()):
            span = tokens[i:i + len(parts)]
            if len(span) == len(parts) and [head_word.casefold(), *(t.text.casefold() for t in span[1:])] == parts:
                if _portfolio_follows(tokens, i + len(parts), language):
                    return None  # "Deputy Human Rights Minister X": the role ends at "Minister"
                return i, i + len(parts)
        return None
    word = tokens[i].text
    if re.fullmatch(r"[\w-]+", word) and mentions.is_role_noun(word, language):
        return i, i + 1
    return None


def _ranks(tokens: list[Tok], i: int) -> tuple[int, int] | None:
    """One or two abbreviated military ranks, with or without stops, before a name: "Gen", "Lt Gen",
    "Maj. Gen."; None when no name follows."""
    j = i
    for _ in range(2):
        if j < len(tokens) and tokens[j].text in en.MILITARY_RANKS:
            j += 2 if j + 1 < len(tokens) and tokens[j + 1].text == "." else 1
    if j < len(tokens) and is_name_token(tokens[j].text, "en"):
        return i, j
    return None


_FULL_RANKS = {"en": en.FULL_RANKS, "de": de.FULL_RANKS}
_RANK_FIRST = {language: frozenset(rank[0] for rank in ranks) for language, ranks in _FULL_RANKS.items()}


def _full_rank(tokens: list[Tok], i: int, language: str) -> tuple[int, int] | None:
    """A rank written out ("Lieutenant General", „Generalmajor“) at i that a name follows; None when none."""
    for rank in _FULL_RANKS[language]:
        end = i + len(rank)
        if end < len(tokens) and tuple(t.text for t in tokens[i:end]) == rank \
                and is_name_token(tokens[end].text, language):
            return i, end
    return None


def rank_title(phrase: str) -> str:
    """The ranks written out: "Lt Gen" -> "Lieutenant General", "Maj. Gen." -> "Major General"."""
    words = phrase.replace(".", " ").split()
    if words and all(w in en.MILITARY_RANKS for w in words):
        return " ".join(en.MILITARY_RANKS[w] for w in words)
    return phrase


def _portfolio_follows(tokens: list[Tok], j: int, language: str) -> bool:
    """Capitalised portfolio words and another role head after a role word: 'Deputy Human Rights Minister'."""
    k = j
    while k < len(tokens) and k - j < 3 and re.fullmatch(r"[A-Z][a-z]+", tokens[k].text) \
            and not is_given(tokens[k].text) and tokens[k].text not in STOP:
        if k > j and tokens[k].text[:1].isupper() and role_phrase(tokens, k, language) is not None:
            return True
        k += 1
    return False


def nominative_de(det: str, adjectives: list[str], noun: str) -> str:
    """'Der US-Sondergesandte' -> 'US-Sondergesandter', 'dem französischen Präsidenten' -> 'Präsident'."""
    lower = noun.casefold()
    # „Fraktionsvorsitzende Mira X“ without an article: the strong form of a man's adjectival title ends in
    # "-er" („Fraktionsvorsitzender Jan Y“), so a bare "-e" is a woman's
    bare_female = not det and lower.endswith("e") and any(lower.endswith(a) for a in de.ADJECTIVAL_ROLES)
    female = det.casefold() in ("die", "eine") or noun.endswith(("in", "innen")) or bare_female
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


# Words that stand before a German common noun but never before a person's surname.
_DE_NOUN_BEFORE = r"(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|keine|keinen|neue|neuen|weitere|weiteren)"


_CAPITAL_NEXT = re.compile(r"\s+[A-ZÄÖÜ]")
# How far before a word a name standing right before it can begin (a long surname and its spacing).
_NEAR = 200


def trim_object_noun(words: list[str], end: int, text: str, language: str) -> tuple[list[str], int]:
    """(name words, end index) without a German object noun read as a third name word.

    After a finite verb in second position the subject comes first, its object right after it:
    „Am Montag kündigte Petra Lindqvist Gespräche an“.  German nouns are capitalised, so „Gespräche“
    looks like a surname.  The article itself tells: the word stands elsewhere after an article or
    determiner („die Gespräche“), or the surname before it stands alone elsewhere („Lindqvist sagte“)
    while the word never does.  A real third name word („Recep Tayyip Erdogan“, later „Erdogan“) keeps."""
    if language != "de" or len(words) < 3 or not all(w[:1].isupper() and len(w) > 2 for w in words):
        return words, end  # („Ursula von der Leyen“, „Mohammed bin … Al Thani“: particles bind the name)
    if _object_noun(words[-1], words[-2], text):
        return words[:-1], end - 1
    return words, end


@lru_cache(maxsize=1024)
def _object_noun(last_word: str, surname_word: str, text: str) -> bool:
    """Whether last_word, told after surname_word, is an object noun rather than a third name word (see
    trim_object_noun).  Each search goes over the whole text: remembered per word pair, or a long article
    that names the same person many times searched it again at every mention (quadratic)."""
    last, surname = re.escape(last_word), re.escape(surname_word)
    if re.search(rf"(?<!von )\b{_DE_NOUN_BEFORE}\s+{last}(?![\w-])", text):
        return True
    # the surname alone: not before the word, nor before any other capitalised word („Al Jazeera“)
    alone = [m for m in re.finditer(rf"(?<![\w-]){surname}(?![\w-])", text)
             if not _CAPITAL_NEXT.match(text, m.end())]  # (not a slice: a copy of the rest at every match)
    # (the surname looked for only just before each use of the word: a search over the whole text up to
    # every use made long articles quadratic)
    surname_before = re.compile(rf"(?<![\w-]){surname}\s+$")
    last_alone = [m for m in re.finditer(rf"(?<![\w-]){last}(?![\w-])", text)
                  if not surname_before.search(text[max(0, m.start() - _NEAR):m.start()])]
    return bool(alone) and not last_alone
