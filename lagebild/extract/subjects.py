"""Who the subject of an attribution is: a person, an organization, or nobody.

Used by ``speakers`` once a frame has found the subject phrase of a verb of
saying.  A person by name (also a word of a fuller name: "Lula"), by pronoun
(the first fitting person of the nearest sentence before: the subject, not
the last name mentioned), by a role noun an earlier mention ties to a person,
or by age („der 64-Jährige“); an organization of the article, also inflected
(„das Auswärtige Amt“); two persons for a joint subject („erklärten X und Y“,
"the two leaders").  Nobody for an impersonal „es“ / "it", an indefinite „ein
Diplomat“ / "a senior official", a group („aus Regierungskreisen“,
"officials"), an institution of a person ("Lee's office", „sein Büro“), states
("China and the Philippines described …"), and an office no mention ties to a
person ("the Kremlin's top adviser"; a plain title keeps its role noun so the
quotes stage may still give it to the speaker just quoted, as a guess).  A name
that is only the complement of the subject („der Berater von Kremlchef
Putin“, "Putin's adviser") is not the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from lagebild.briefing.model import Person
from lagebild.extract import mentions
from lagebild.extract.countries import country_of_word
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import de, de_speech, en, en_speech, first_names, past_forms
from lagebild.extract.orgmatch import other_forms


@dataclass(frozen=True)
class Attribution:
    speaker: str | None  # a person's or an organization's name; None: the source names nobody
    certain: bool = True  # False: the speaker is a guess (review: guessed)
    person: Person | None = None  # the person, when the speaker is one
    description: str | None = None  # a role noun no mention ties to a person („betonte die Delegationsleiterin“)
    co_speakers: tuple[str, ...] = ()  # the others of a joint attribution


NOBODY = Attribution(None)
_PRONOUN = re.compile(r"(?<![\w])(er|sie|Er|Sie|he|she|He|She)(?![\w])")
# The personal pronouns of each language: in German text "He" is a name („Sprecherin He Yun“).
_PRONOUNS = {"de": re.compile(r"(?<![\w])(er|sie|Er|Sie)(?![\w])"),
             "en": re.compile(r"(?<![\w])(he|she|He|She)(?![\w])")}
# A person's office, ministry, party or government speaks, not the person.
_INSTITUTION_AFTER = re.compile(r"(?:['’]s|s)?\s+(?:office|ministry|government|party|administration|camp|team|"
                                r"spokes\w+|Büro|Ministerium|Regierung|Partei|Lager|Team|Sprecher\w*)\b")
_ARTICLE = re.compile(r"(?:des|der|dem|den|the)\s+")
# („aus dem Umfeld Webers hieß es“: the circle around him speaks, unnamed)
_GENITIVE_AFTER_ROLE = re.compile(r"\b(?:[Bb]erater|[Ss]precher|[Mm]itarbeiter|[Vv]ertraute|Umfeld|Lager|Kreisen)"
                                  r"\w*\s+$")
_COMPLEMENT_BEFORE = re.compile(r"(?:\b(?:von|vom|des|der|of|for|to)\s+(?:\S+\s+){0,2})$")
_NATIONALITY = re.compile(r"\b(?:der|die|Der|Die)\s+([A-ZÄÖÜ][a-zäöüß]+)\b")
SUBJECT_START = re.compile(r"^\s*(?:[A-ZÄÖÜ]|\d|(?:der|die|das|den|dem|ein|eine|einer|es|er|sie|man|the|a|an|it|he|"
                            r"she|they|one|some|several|two|three|mehrere|einige|his|her|its|their|sein|seine|ihr|ihre)\b)")


def lexicon(language: str) -> ModuleType:
    return de_speech if language == "de" else en_speech


def classify(doc: Doc, sentence: Sentence, subject: str) -> Attribution | None:
    """Who a subject phrase names: a person, an organization, nobody — or None when it is no subject."""
    lex = lexicon(doc.language)
    words = [w.strip(".,;:„“\"'’") for w in subject.split()]
    words = [w for w in words if w]
    if not words or not SUBJECT_START.match(subject):
        return None
    head = words[0].casefold()
    if subject.strip().casefold() == "they":
        return joint_subject(doc, sentence)  # "they said": the persons named together before
    if head in lex.IMPERSONAL or (re.match(lex.OWN_INSTITUTION, subject.strip())
                                  and not mentions.name_mentions(doc, subject)):
        return NOBODY  # „hieß es“, "it said", "his office said" (not "his spokesman Paul Wendt")
    pair = re.match(lex.PAIR, subject.strip())
    if pair is None and doc.language == "de" and not mentions.name_mentions(doc, subject):
        # „Nach dem Treffen hatten beide von „…“ gesprochen“: „beide“ standing alone (no noun after it) is the subject
        pair = re.search(rf"(?<![\w-]){lex.PAIR}(?=\s+[a-zäöü]|\s*$)", subject.strip())
    if pair:  # "the two leaders reaffirmed", „die beiden erklärten“: the two persons last named together
        both = _last_pair(doc, sentence, subject[: pair.start()])
        if both:
            return Attribution(both[0].name, False, both[0], co_speakers=(both[1].name,))
    outlet = _outlet(doc, subject)
    if outlet is not None:
        return Attribution(outlet)  # "The state-run Global Times called it": a paper as the only source named
    if _unnamed_head(doc, subject):
        return NOBODY  # "a source familiar with Vance's thinking", "critics of Vance", „Gegner Arnauds“
    person = reference(doc, sentence, subject)
    if person is not None:
        if person is NOBODY_PERSON:
            return NOBODY
        if _rival_holders(doc, sentence, subject, person):
            return Attribution(None, certain=False)  # "the minister said" after two ministers: null, not a guess
        return Attribution(person.name, _unambiguous(doc, sentence, subject), person,
                           co_speakers=tuple(p.name for p in _joined(doc, subject, person)))
    if head in lex.INDEFINITE or any(w.casefold() in lex.UNNAMED_NOUNS for w in words[:5]):
        return NOBODY
    if head in de.PRONOUNS or head in en.PRONOUNS:
        return Attribution(None, certain=False)  # "he said" of someone the text names nowhere we can find
    if re.match(lex.PARTY_MEMBER, subject):
        return Attribution(None, certain=False)  # „sagte der Republikaner“: a person no rule ties to a name
    organization = _organization(doc, subject) or _named_body(doc, subject)
    if organization is not None:
        return Attribution(organization)
    by_word = _person_by_word(doc, words) if not mentions.name_mentions(doc, subject) else None
    if by_word is not None:
        return Attribution(by_word.name, True, by_word)
    age = re.match(lex.AGE_NOUN, subject.strip())
    if age:
        subject_person = previous_subject(doc, sentence, None)
        return Attribution(subject_person.name, True, subject_person) if subject_person else None
    if any(country.name and subject.strip().startswith(country.name) for country in doc.countries):
        return NOBODY  # "China and the Philippines described …": states, no named speaker
    if head in ("der", "die", "das", "the") and len(words) > 1:
        # An office or description no earlier mention ties to a person.  Only a plain title („die
        # Delegationsleiterin“) may still be the speaker just quoted; an office tied to someone else
        # ("the Kremlin's adviser", „der Sprecher des Ministers“) never is.
        roles = mentions.role_mentions(doc, subject)
        plain = roles and not re.search(r"['’]s?\s|\b(?:von|vom|des|of)\b", subject) \
            and not re.search(lex.RELATIONAL, roles[0][2])
        return Attribution(None, True, None, roles[0][2] if plain else None)
    return None


# A name as the complement of the head noun: after a preposition, in a relative clause, as a genitive or a
# possessive of a lower-case noun ("critics of Vance", "an official who travelled with Vance", „Gegner Arnauds“,
# "one of Arnaud's advisers", "a member of Vance's delegation").
_COMPLEMENT_LEAD = re.compile(r"(?:\b(?:of|to|with|for|from|about|near|behind|around|von|vom|mit|um|für|aus|gegenüber|"
                              r"nahe|who|which|that|whom)\s+|,\s*(?:der|die|das|dem|den)\s+(?:[\w-]+\s+)*)"
                              r"(?:(?:the|der|die|dem|den|des)\s+)?$", re.IGNORECASE)


def _unnamed_head(doc: Doc, subject: str) -> bool:
    """Whether the subject's head is an unnamed person or group ("a source", "critics", „Gegner“, "one of") and
    the first name in it only its complement: the named person does not speak."""
    lex = lexicon(doc.language)
    text = subject.strip()
    words = re.findall(r"[\w'’-]+", text)
    names = mentions.name_mentions(doc, text)
    if not words or not names:
        return False
    first = names[0]
    owned = re.match(r"(?:['’]s?)?\s+(?:[a-z]+\s+)?([a-z]+)\b", text[first.end:]) if doc.language == "en" else None
    if first.start == 0 and owned and owned.group(1) in lex.UNNAMED_NOUNS:
        return True  # "Arnaud's opponents said": the group speaks
    if not (words[0].casefold() in lex.INDEFINITE or words[0].casefold() in lex.UNNAMED_NOUNS):
        return False
    lead, rest = text[:first.start], text[first.end:]
    if re.search(r",\s*$", lead):
        return False  # "a senior researcher, Ines Carvalho": the apposition names the speaker
    if _COMPLEMENT_LEAD.search(lead):
        return True
    if doc.language == "en" and re.match(r"['’]s?\s+[a-z]", rest):
        return True  # "one of Arnaud's advisers", "Arnaud's opponents"
    return doc.language == "de" and bool(lead.strip()) and _genitive(text[first.start:first.end], first.person)


_JOINT = re.compile(r"\s*(?:,|und|and|sowie|&)\s+(?:(?:der|die|the)\s+)?(?:[\w-]+\s+){0,2}$")


def _joined(doc: Doc, subject: str, speaker: Person) -> list[Person]:
    """„erklärten Macron und Bundeskanzler Merz gemeinsam“: the persons joined to the speaker, in text order."""
    names = mentions.name_mentions(doc, subject)
    start = next((i for i, m in enumerate(names) if fuller(doc, m.person) is speaker), None)
    if start is None:
        return []
    chain: list[tuple[str, Person]] = []
    for earlier, mention in zip(names[start:], names[start + 1:], strict=False):
        between = subject[earlier.end: mention.start]
        if not _JOINT.fullmatch(between):
            break
        chain.append((between, fuller(doc, mention.person)))
    if not any(re.search(r"\b(?:und|and|sowie)\b|&", between) for between, _p in chain):
        return []  # "Macron, Merz' adviser": a list needs its "and"
    others: list[Person] = []
    for _between, person in chain:
        if person is not speaker and person not in others:
            others.append(person)
    return others


def joint_subject(doc: Doc, sentence: Sentence) -> Attribution:
    """"they said", „erklärten sie“: the persons the nearest sentence before names, all of them — a guess;
    nobody when that sentence names only one (the group may be anyone)."""
    for index in range(sentence.index - 1, max(sentence.index - 4, -1), -1):
        named: list[Person] = []
        for mention in mentions.name_mentions(doc, doc.sentences[index].text):
            person = fuller(doc, mention.person)
            if person not in named:
                named.append(person)
        if len(named) >= 2:
            return Attribution(named[0].name, False, named[0], co_speakers=tuple(p.name for p in named[1:]))
        if named:
            break
    return Attribution(None, certain=False)


def _last_pair(doc: Doc, sentence: Sentence, own: str) -> list[Person]:
    """The two persons named together most recently: in this sentence before the subject, else earlier."""
    texts = [own] + [doc.sentences[i].text for i in range(sentence.index - 1, max(sentence.index - 5, -1), -1)]
    for text in texts:
        found: list[Person] = []
        for mention in mentions.name_mentions(doc, text):
            person = fuller(doc, mention.person)
            if person not in found:
                found.append(person)
        if len(found) >= 2:
            return found[:2]
    return []


def _person_by_word(doc: Doc, words: list[str]) -> Person | None:
    """"Lula said" when the persons are "Luiz Inácio Lula da Silva": a capitalised word of exactly one name."""
    for word in words:
        bare = re.sub(r"['’]s?$", "", word)
        if len(bare) < 4 or not bare[:1].isupper():
            continue
        owners = [p for p in doc.persons if bare in p.name.split()]
        if len(owners) == 1:
            return fuller(doc, owners[0])
    return None


NOBODY_PERSON = Person(id="", name="")


def reference(doc: Doc, sentence: Sentence, part: str) -> Person | None:
    """The person a subject phrase refers to: by name, pronoun, role noun; NOBODY_PERSON for an institution."""
    candidates: list[tuple[int, Person]] = []
    names = mentions.name_mentions(doc, part)
    for index, mention in enumerate(names):
        institution = _INSTITUTION_AFTER.match(part[mention.end:])
        if institution:
            named_next = any(re.fullmatch(r"[\s,]*", part[mention.end + institution.end():m.start])
                             for m in names[index + 1:])
            if not named_next:  # "Harrow's spokesman Tom Berg said": Berg speaks, named next
                candidates.append((mention.start, NOBODY_PERSON))  # "Lee's office said": no person speaks
            continue
        if mention.start > 0 and _COMPLEMENT_BEFORE.search(part[: mention.start]) and _role_before(doc, part,
                                                                                                  mention.start):
            continue  # „der Berater von Kremlchef Putin“: Putin does not speak
        if _GENITIVE_AFTER_ROLE.search(part[: mention.start]) and _genitive(part[mention.start:mention.end],
                                                                            mention.person):
            continue  # „eine Sprecherin Harrows“: the spokeswoman speaks, not Harrow
        if _possessor(doc, part, mention):
            if not any(m.start > mention.end for m in names):
                candidates.append((mention.start, NOBODY_PERSON))  # "Putin's adviser said": the adviser, unnamed
            continue  # "Putin's adviser Yuri Ushakov said": the adviser, named next
        following = names[index + 1] if index + 1 < len(names) else None
        if following is not None and re.fullmatch(r"\s*,\s*", part[mention.end:following.start]):
            continue  # "der Berater von Präsident X, Y": Y speaks
        candidates.append((mention.start, fuller(doc, mention.person)))
    for match in _NATIONALITY.finditer(part):
        if match.group(1) in de.NATIONALITY_NOUNS:
            person = mentions.resolve_person(doc, "sie" if match.group(1).endswith("in") else "er", sentence.index)
            if person is not None:
                candidates.append((match.start(), person))
    recent: list[Person] | None = None
    for start, end, noun in mentions.role_mentions(doc, part):
        article = _ARTICLE.match(part, start, end)
        noun_at = article.end() if article else start
        if noun_at > 0 and _COMPLEMENT_BEFORE.search(part[:noun_at]) and _role_before(doc, part, noun_at):
            continue  # „ein Berater des Außenministers“: the minister does not speak
        institution = _INSTITUTION_AFTER.match(part[end:])
        if institution and not any(re.fullmatch(r"[\s,]*", part[end + institution.end():m.start]) for m in names):
            candidates.append((start, NOBODY_PERSON))  # "the prime minister's spokesperson said": not the PM
            continue
        named = next((m.person for m in names if end <= m.start <= end + 90 and mentions.role_matches(m.person, noun)),
                     None)
        if named is None and recent is None:
            recent = mentions.recent_persons(doc, sentence.index)
        state = _phrase_state(doc, part[start:end], noun)
        pool = [p for p in recent or [] if p.country in (None, state)] if state else recent
        person = named or (mentions.resolve_role(doc, noun, pool) if pool else None)
        if person is None and named is None:
            person = _described_subject(doc, sentence, part[start:end], noun)
        if person is not None and named is None and (_unnamed_holder_since(doc, sentence, noun, person)
                                                     or _unnamed_subject_since(doc, sentence, person)):
            # "…, according to an Egyptian official. "…," the official said": not X; "The Ukrainian leader
            # thanked … "…," the president said": not the president named before the unnamed leader
            person = NOBODY_PERSON
        if person is not None:
            candidates.append((start, person))
    for match in _PRONOUNS.get(doc.language, _PRONOUN).finditer(part):
        word = match.group(1)
        if word in ("Sie", "sie") and re.match(r"\s+(haben|sind|werden|wollen|sollen|können|müssen)\b",
                                               part[match.end():]):
            continue  # plural "sie"
        person = previous_subject(doc, sentence, word.casefold())
        if person is not None and (_unnamed_subject_since(doc, sentence, person, word.casefold())
                                   or _indefinite_holder_since(doc, sentence, person, word.casefold())
                                   or _owned_holder_opening(doc, sentence, person)):
            person = NOBODY_PERSON  # „Der ukrainische Präsident zeigte sich zuversichtlich. Er sprach von …“
        if person is not None:
            candidates.append((match.start(), person))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


# (an English adjective of a state is capitalized: "The Ukrainian leader")
_DEFINITE_OPENING = re.compile(r"\s*(?:Der|Die|The)\s+(?:(?:[a-zäöü][\w-]*|[A-Z][a-z]+(?:an|ian|ese|ish|i))\s+){0,2}"
                               r"([A-ZÄÖÜa-z][\w-]*)")
# An opening with a possessive determiner: „Ihr Sprecher nannte …“, "His deputy said …" — an unnamed holder too.
_OWNED_OPENING = re.compile(r"\s*(?:Sein|Seine|Ihr|Ihre|His|Her|Their)\s+(?:[a-zäöü][\w-]*\s+){0,2}"
                            r"([A-ZÄÖÜa-z][\w-]*)")


def _unnamed_subject_since(doc: Doc, sentence: Sentence, person: Person, pronoun: str | None = None) -> bool:
    """Whether a sentence after the person's last mention opens with an unnamed holder of an office that
    is not theirs („Der ukrainische Präsident zeigte sich …“, "The president thanked …", „Ihr Sprecher nannte
    den Plan …“): a pronoun then takes up that unnamed holder, not the person named before.  (After a
    possessive opening only a German pronoun of the holder's gender does: „Seine Sprecherin …“ is no „er“.)"""
    for index in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        text = doc.sentences[index].text
        if any(fuller(doc, m.person) == person for m in mentions.name_mentions(doc, text)):
            return False
        opening = _DEFINITE_OPENING.match(text)
        owned = opening is None
        opening = opening or _OWNED_OPENING.match(text)
        if opening is None:
            continue
        # ("The president looked tired": the role noun may be the first word after the article, not the third)
        noun = next((w for w in opening.group(0).split()[1:] if mentions.is_role_noun(w, doc.language)), None)
        if owned and noun and doc.language == "de" and pronoun in ("er", "sie") \
                and (pronoun == "sie") != bool(re.search(r"in(?:nen)?$", noun)):
            continue
        if person.country and person.country in {country_of_word(w, doc.language) for w in opening.group(0).split()}:
            continue  # "The American leader …" after President Trump: the same person, told by state
        if noun and not mentions.name_mentions(doc, text[:opening.end() + 40]) \
                and not mentions.role_matches(person, noun):
            return True
    return False


def _owned_holder_opening(doc: Doc, sentence: Sentence, person: Person) -> bool:
    """"Arnaud's spokeswoman said … "…," she said": the sentence before opens with the person's unnamed holder
    of a role as its subject — the pronoun takes up that holder, not the person."""
    if sentence.index == 0:
        return False
    text = doc.sentences[sentence.index - 1].text
    names = mentions.name_mentions(doc, text)
    if not names or fuller(doc, names[0].person) is not person \
            or not all(w[:1].isupper() for w in text[:names[0].start].split()):
        return False
    return _possessor(doc, text, names[0]) and not any(m.start > names[0].end for m in names[1:2]
                                                        if text[names[0].end:m.start].count(" ") <= 3)


_INDEFINITE_ONE = re.compile(r"(?<![\w-])(?:ein|eine|eines|einem|einer|einen|a|an|A|An|Ein|Eine)\s+"
                             r"(?:[\w-]+\s+){0,2}?([\w-]+)")


def _indefinite_holder_since(doc: Doc, sentence: Sentence, person: Person, pronoun: str) -> bool:
    """„Nach Angaben eines Diplomaten stockten die Gespräche. „…“, sagte er.“: a sentence after the person's last
    mention that brings in one unnamed holder of a role of fitting gender (and names nobody) — the pronoun takes
    up that unnamed one, not the person named before."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
        text = doc.sentences[index].text
        if mentions.name_mentions(doc, text):
            return False
        for match in _INDEFINITE_ONE.finditer(text):
            noun = match.group(1)
            if not mentions.is_role_noun(noun, doc.language):
                continue
            if doc.language != "de" or (pronoun == "sie") == bool(re.search(r"in(?:nen)?$", noun)):
                return True
    return False


def _described_subject(doc: Doc, sentence: Sentence, phrase: str, noun: str) -> Person | None:
    """„sagte der CDU-Politiker“, „sagte der General“, "the politician said": a definite description that
    names no office anyone holds takes up the person the text is about, like a pronoun (the first fitting
    person of the nearest sentence that names one) — unless an unnamed one was brought in since."""
    head = noun.split()[-1].split("-")[-1].casefold()
    if head not in lexicon(doc.language).DESCRIBED_PERSONS:
        return None
    article = phrase.split()[0].casefold()
    if doc.language == "de":
        pronoun = "sie" if article == "die" and head.endswith("in") else "er" if article == "der" else None
        if pronoun is None:
            return None  # „die Politiker“: several
    else:
        pronoun = None
    person = previous_subject(doc, sentence, pronoun)
    if person is not None and _unnamed_holder_since(doc, sentence, noun, person):
        return NOBODY_PERSON
    if person is not None and _other_party(doc, phrase, person):
        return NOBODY_PERSON  # „Klingbeil (SPD) … „…“, sagte der CDU-Politiker“: not Klingbeil
    return person


def _other_party(doc: Doc, phrase: str, person: Person) -> bool:
    """Whether a description names a party („der CDU-Politiker“, "the Conservative MP") while the person it would
    take up is tied to another one only (their role, or a party in brackets or before their name where they are
    named: „SPD-Chef X“).  A person of no known party may well be the one the description tells more of."""
    lexicon_parties = de.PARTIES if doc.language == "de" else en.PARTIES
    named = {p for p in lexicon_parties if re.search(rf"(?<![\w-]){re.escape(p)}(?=[-\s]|$)", phrase)}
    if not named:
        return False
    told = person.role or ""
    for mention in mentions.name_mentions(doc, doc.text):
        if fuller(doc, mention.person) is person:
            told += " " + doc.text[max(0, mention.start - 30):mention.end + 30]
    tied = {p for p in lexicon_parties if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w])", told)}
    return bool(tied) and not tied & named


_INDEFINITE_BEFORE = r"\b(?i:a|an|another|ein|eine|einen|einem|einer|eines)\s+(?:[\w-]+\s+){0,2}"


def _unnamed_holder_since(doc: Doc, sentence: Sentence, noun: str, person: Person) -> bool:
    """Whether an unnamed holder of the role ("an Egyptian official", „ein westlicher Diplomat“) was
    mentioned after the named person last was: "the official" then takes up the unnamed one."""
    head = noun.split()[-1]
    indefinite = re.compile(_INDEFINITE_BEFORE + re.escape(head) + r"\b")
    for index in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        text = doc.sentences[index].text
        if indefinite.search(text):
            return True
        if any(m.person == person for m in mentions.name_mentions(doc, text)):
            return False
    return False


def _phrase_state(doc: Doc, phrase: str, noun: str) -> str | None:
    """The state an adjective in a role phrase names: "the Ethiopian minister", „der äthiopische Minister“."""
    for word in re.findall(r"[\w-]+", phrase):
        if word != noun and word.casefold() not in ("the", "der", "die", "den", "dem", "des"):
            code = country_of_word(word, doc.language)
            if code:
                return code
    return None


# A role someone held before („der frühere Kanzler“, "former prime minister"): no rival of the holder now
_FORMER = re.compile(r"(?i)\b(?:former|ex|früher\w*|ehemalig\w*|einstig\w*|Alt|late|outgoing|scheidend\w*)\b")


def _rival_holders(doc: Doc, sentence: Sentence, subject: str, person: Person) -> bool:
    """Whether a bare role noun ("the minister said", „sagte die Ministerin“) that took up ``person`` fits another
    person named just before as well (this sentence and the two before): two holders of the role in play."""
    if mentions.name_mentions(doc, subject):
        return False
    roles = mentions.role_mentions(doc, subject)
    pronoun = _PRONOUNS.get(doc.language, _PRONOUN).search(subject)
    if not roles or (pronoun is not None and pronoun.start() < roles[0][0]):
        return False
    noun = roles[0][2]
    state = _phrase_state(doc, subject[roles[0][0]:roles[0][1]], noun)  # "the Ethiopian minister": not Eritrea's
    wanted = None
    if doc.language == "de":
        wanted = "f" if re.search(r"in(?:nen)?$", noun) else "m"
    holders: dict[str, bool] = {}  # name: whether the role is one held before
    for index in range(max(0, sentence.index - 2), sentence.index + 1):
        for mention in mentions.name_mentions(doc, doc.sentences[index].text):
            other = fuller(doc, mention.person)
            fits = wanted is None or _gender(other, doc.language) in (None, wanted)
            if fits and mentions.role_matches(other, noun) and (state is None or other.country in (None, state)):
                holders[other.name] = bool(_FORMER.search(other.role or "")) and not _FORMER.search(subject)
    if person.name not in holders:
        return len(holders) >= 2
    # „den früheren Kanzler Y … sagte der Kanzler“: the holder now is no rival of a former one, but not the reverse
    rivals = holders if holders[person.name] else {n: f for n, f in holders.items() if not f}
    return len(rivals) >= 2


def _unambiguous(doc: Doc, sentence: Sentence, subject: str) -> bool:
    """Whether a subject that names nobody by name still leaves one candidate: "the minister said" with
    two ministers in the article, or "he said" after a sentence naming two men, is a guess."""
    if mentions.name_mentions(doc, subject):
        return True
    roles = mentions.role_mentions(doc, subject)
    if roles:
        return sum(mentions.role_matches(p, roles[0][2]) for p in doc.persons) <= 1
    pronoun = _PRONOUNS.get(doc.language, _PRONOUN).search(subject)
    if pronoun:
        for index in range(sentence.index - 1, -1, -1):
            if _opens_with_pronoun(doc.sentences[index].text, pronoun.group(1).casefold()):
                continue
            named = {fuller(doc, m.person).name for m in mentions.name_mentions(doc, doc.sentences[index].text)}
            if named:
                candidates = fitting(doc, [p for p in doc.persons if p.name in named], pronoun.group(1).casefold())
                return len(candidates) <= 1
        return False  # nobody named before: the pronoun looks ahead, a guess
    return True


def _genitive(surface: str, person: Person) -> bool:
    """„Harrows“, „Harrow’“: a name with a genitive ending — not „Anna Rees“, whose own name ends in s."""
    last = surface.split()[-1]
    stem = re.sub(r"(?:s|['’]s?)$", "", last)
    return stem != last and stem in person.name.split()


def _possessor(doc: Doc, part: str, mention: mentions.Mention) -> bool:
    """"Putin's adviser", „Putins Berater“: a name in the genitive before a role noun owns the role."""
    surface = part[mention.start:mention.end]
    if not re.search(r"(?:['’]s?|s)$", surface):
        return False
    # ("Vance's French counterpart", „Vances französischer Amtskollege“: an adjective of any case before the noun)
    following = re.match(r"\s+((?:[a-zäöü][\w-]*\s+|[A-ZÄÖÜ][a-zäöüß]+(?:e|er|es|en|an|ian|ish|ese|ch)\s+){0,3})"
                         r"([\w-]+)", part[mention.end:])
    if following is None:
        return False
    # "Lindqvist's chief of staff said": a role noun among the words that follow, not only the last
    return any(mentions.is_role_noun(word, doc.language) or re.fullmatch(_OWNED_NOUNS, word)
               for word in [*following.group(1).split(), following.group(2)])


_OWNED_NOUNS = r"(?i:chief|stabschef\w*|aide|aides|staff|staffer|vertraute\w*|umfeld|entourage|camp)"


def _role_before(doc: Doc, part: str, start: int) -> bool:
    """Whether a role noun stands before a name's complement: „der Berater von Putin“, "the adviser of X"."""
    return any(end <= start for _s, end, _n in mentions.role_mentions(doc, part[:start])) or _RELATION_BEFORE.search(
        part[:start]) is not None


# „ein enger Mitarbeiter von X“, "an official close to X", "a senior adviser to X": X is whom the speaker serves.
_RELATION_BEFORE = re.compile(
    rf"(?:(?:{de_speech.RELATIONAL}|{en_speech.RELATIONAL}|aide|Vertraute|Stabschef|chief of staff|Umfeld|entourage)\w*"
    r"\s+(?:von|vom|des|der|of|for|to)|\b(?:close|closest|near)\s+to|\bnahe\s+(?:stehend\w*\s+)?(?:von|vom|des|der)?)"
    r"\s+(?:\S+\s+){0,2}$")


def fuller(doc: Doc, person: Person) -> Person:
    """'Lula' listed beside 'Luiz Inácio Lula da Silva': the fuller name of the same person."""
    if " " in person.name:
        return person
    for other in doc.persons:
        if other is not person and person.name in other.name.split():
            return other
    return person


def previous_subject(doc: Doc, sentence: Sentence, pronoun: str | None) -> Person | None:
    """The person a pronoun (or "der 64-Jährige") takes up: the first fitting person of the nearest
    sentence, this one's text first, that names one — the subject, not the last name mentioned."""
    for index in range(sentence.index - 1, -1, -1):
        if _opens_with_pronoun(doc.sentences[index].text, pronoun):
            continue  # "Er traf Gouverneur X. „…“, sagte er": both "er" are the same man, X is the object
        found = []
        text = doc.sentences[index].text
        told = mentions.name_mentions(doc, text)
        objects: set[str] = set()  # persons named only after a preposition or an object's article
        spans: dict[str, tuple[int, int]] = {}
        for at, mention in enumerate(told):
            if at + 1 < len(told) and _possessor(doc, text, mention):
                continue  # "Arnaud's spokeswoman Lea Berg said …": the spokeswoman, not Arnaud
            person = fuller(doc, mention.person)
            if person not in found:
                found.append(person)
                spans[person.name] = (mention.start, mention.end)
                if _OBJECT_BEFORE.search(text[max(0, mention.start - 60):mention.start]) and \
                        not _clause_subject_after(text, mention.start, mention.end):
                    objects.add(person.name)
        candidates = fitting(doc, found, pronoun)
        if candidates:
            # "After meeting X, Y said …", „Nach dem Treffen mit X sagte Y …": the subject, not the object
            subjects_only = [p for p in candidates if p.name not in objects] or candidates
            if pronoun is not None and len(subjects_only) >= 2 and re.fullmatch(
                    _COORDINATED, text[spans[subjects_only[0].name][1]:spans[subjects_only[1].name][0]]):
                return NOBODY_PERSON  # "X and Y met in Lyon. "…," he said": either of them, nobody named
            return subjects_only[0]
    if pronoun is None:
        return None
    # No earlier sentence names anyone ("South Africa's president said … He said"): the first fitting
    # person a later sentence names (this one's other names are what it is about, not who speaks) — only
    # one whose role an earlier office noun takes up ("… President Cyril Ramaphosa"): a later name of another
    # role ("the UN envoy said … she warned. Salma Ben Ali, founder of …") is someone else, not the "she".
    nouns = {w for s in doc.sentences[: sentence.index + 1] for w in re.findall(r"[\w-]+", s.text)
             if mentions.is_role_noun(w, doc.language)}
    if not nouns:
        return None
    for later in doc.sentences[sentence.index + 1:]:
        named = [fuller(doc, m.person) for m in mentions.name_mentions(doc, later.text)]
        candidates = [p for p in fitting(doc, named, pronoun) if any(mentions.role_matches(p, n) for n in nouns)]
        if candidates:
            return candidates[0]
    return None


# A preposition or an object's article (and up to four title words) right before a name: an object, no subject
# („Nach dem Treffen sagte Präsident X“: a verb between them, X is the subject)
_OBJECT_BEFORE = re.compile(r"\b(?i:with|after|meeting|met|by|against|than|mit|nach|bei|gegen|den|dem)\s+"
                            r"(?:(?i:the|a|an|his|her|their|der|dem|den|des|seinem|seiner|ihrem|ihrer|einem|einer)\s+"
                            r"(?:[a-zäöüß]+(?:en|em|er|es|e)\s+)?)?(?:[A-ZÄÖÜ][\w.'’-]*\s+){0,3}$")
# "comes after X spoke to Y": 'after' opening a clause whose verb follows the name (X its subject)
_CLAUSE_OPENER = re.compile(r"\b(?:after|before)\s+$", re.IGNORECASE)


def _clause_subject_after(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` follows an English 'after'/'before' and is followed by a finite
    verb ("… comes after Šefčovič spoke to Lutnick"): the subject of that clause, no object of a preposition
    ("After meeting X, Y said" stays an object: no verb after X)."""
    if not _CLAUSE_OPENER.search(text[max(0, start - 10):start]):
        return False
    verb = re.match(r"\s+([a-z]+)\b", text[end:])
    return verb is not None and (verb.group(1) in _EN_FINITE or verb.group(1) in past_forms.EN_IRREGULAR_PAST
                                 or (verb.group(1).endswith("ed") and len(verb.group(1)) > 4))


_EN_FINITE = frozenset({"is", "was", "are", "were", "has", "had", "will", "would", "could", "can", "did"})
# Two names joined as one subject: "X and Y", „X und Präsident Y“
_COORDINATED = r"\s*,?\s*(?:and|und|sowie|&)\s+(?:[\w.'’-]+\s+){0,4}"


def _opens_with_pronoun(text: str, pronoun: str | None) -> bool:
    """Whether a sentence opens with the same personal pronoun ("Er traf …", "She met …"): its subject is
    the pronoun's own referent, so the names in it are others (objects), not whom a later pronoun means."""
    return pronoun in ("er", "he", "she") and re.match(rf"\s*{pronoun}\s", text, re.IGNORECASE) is not None


def fitting(doc: Doc, persons: list[Person], pronoun: str | None) -> list[Person]:
    """The persons a pronoun of this gender may stand for (any person for no pronoun)."""
    wanted = (de.PRONOUNS.get(pronoun) or en.PRONOUNS.get(pronoun)) if pronoun else None
    return [fuller(doc, p) for p in persons if wanted is None or _gender(p, doc.language) in (None, wanted)]


def _gender(person: Person, language: str) -> str | None:
    if language == "en":  # English role nouns ("spokesman" for a woman) do not say who someone is
        if any(a in ("Ms", "Mrs") for a in person.aliases):
            return "f"
        if any(a == "Mr" for a in person.aliases):
            return "m"
        kin = en.GENDERED_ROLES.get((person.role or "").split(",")[0].strip().split(" ")[-1].casefold())
        return kin or first_names.gender_of_given_name(person.name)
    return mentions.gender(person, language)


# What may stand before an outlet that is the subject: its article and a description („die chinesische Staatszeitung“)
# (not „die Analystin der Nachrichtenagentur dpa“: a second article or a preposition starts a complement)
_OUTLET_LEAD = re.compile(r"\s*(?:(?:the|der|die|das|The|Der|Die|Das)\s+"
                          r"(?:(?!(?:der|die|das|des|dem|den|the|of|to|for|von|vom)\b)[\w-]+\s+){0,3})?[„“\"»«‚‘]?")


def _outlet(doc: Doc, subject: str) -> str | None:
    """The outlet of the article's sources a subject names at its head ("the state-run Global Times")."""
    for source in doc.sources:
        match = re.search(rf"(?<![\w-]){re.escape(source.name)}(?![\w-])", subject) if source.name else None
        lead = subject[:match.start()] if match else ""
        if match and _OUTLET_LEAD.fullmatch(lead) and not mentions.name_mentions(doc, lead) \
                and not any(mentions.is_role_noun(w, doc.language) for w in re.findall(r"[\w-]+", lead)):
            return source.name
    return None


def _organization(doc: Doc, subject: str) -> str | None:
    """The organization of the article a subject names, also inflected („das Auswärtige Amt“)."""
    for organization in doc.organizations:
        name = organization.name
        # "the Kremlin's adviser": the organization only owns the office of whoever speaks; „teilte die EU mit“
        # names the body shown as „Europäische Union“ by another of its names (CONVENTIONS §4: shown once, in full)
        for form in (name, *(f for f in other_forms(name, doc.language) if f.isupper())):
            match = re.search(rf"(?<![\w-]){_inflected(form)}(?![\w'’-])", subject) if len(form) >= 2 else None
            if match and not _AFFILIATION.search(subject[: match.start()]) \
                    and not _office_after(doc, subject[match.end():]):
                return name
    # „Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE)“ … „nannte die OSZE“: the acronym the text
    # gives in brackets after the full name
    for word in re.findall(r"(?<![\w-])[A-ZÄÖÜ]{2,8}(?![\w-])", subject):
        for organization in doc.organizations:
            if f"{organization.name} ({word})" in doc.text and not _AFFILIATION.search(subject[: subject.find(word)]):
                return organization.name
    return None


def _office_after(doc: Doc, rest: str) -> bool:
    """"the United Nations Special Representative told …", "the EU foreign policy chief said": the name is the
    attribute of an office whose holder speaks — a person, not the organization."""
    words = re.match(r"\s+((?:[\w-]+\s+){0,2}[\w-]+)", rest)
    return words is not None and any(mentions.is_role_noun(w, doc.language) for w in words.group(1).split())


# "Economist X of the University of Nairobi said", „ein Sprecher des Ministeriums“, „die Delegationsleiterin
# im Europaparlament“: a body after a word and "of"/"at"/"in"/„des“/„im“ is where the speaker works, not who
# speaks.
_AFFILIATION = re.compile(r"\w[\w.'’-]*\s+(?:of|at|from|for|in|within|von|vom|des|der|beim|bei|im|in\s+der)\s+"
                          r"(?:the\s+|dem\s+)?$")


_EN_BODY = re.compile(r"\s*(?:the|The)\s+(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}(?:"
                      + "|".join(re.escape(h) for h in en.ORG_HEADS) + r"))(?![\w-])\s*$")


def _named_body(doc: Doc, subject: str) -> str | None:
    """"The Foreign Office said", "the State Department said": a body named in capitals speaks, even when
    the entities stage did not list it ("the foreign ministry said" in lower case names no body)."""
    match = _EN_BODY.match(subject) if doc.language == "en" else None
    return match.group("name") if match else None


def _inflected(name: str) -> str:
    """A pattern for a name whose words may take case endings: 'Auswärtiges Amt' ~ 'Auswärtigen Amtes'."""
    words = []
    for word in name.split():
        stem = re.sub(r"(?<=[a-zäöüß])(?:es|en|er|em|e|s)$", "", word) if len(word) > 4 else word
        words.append(re.escape(stem) + ("(?:e|es|en|er|em|s|n)?" if stem != word or len(word) > 4 else "(?:s|es)?"))
    return r"\s+".join(words)
