"""A quote's speaker from the quotes and reported speech around it, when its own frame names nobody."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.briefing.model import Person
from lagebild.extract import mentions, personrefs, speakers, subjects
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import de, en
from lagebild.extract.quotedspans import QuotedSpan, quoted_spans

# Any verb of saying, German or English, as alternatives of a regular expression.
ANY_SPEECH_VERB = "|".join(sorted(de.SPEECH_VERBS | en.SPEECH_VERBS))
# A quote followed by its attribution to someone the persons stage does not know ("…», sagte Anna Muster"):
# it is not the previous speaker's.
_UNKNOWN_ATTRIBUTION = re.compile(rf"^\s*[,.]?\s*(?:{ANY_SPEECH_VERB})\s+(?:[a-zäöü]+\s+){{0,3}}[A-ZÄÖÜ]")
_PRONOUN = re.compile(r"(?<![\w])(er|sie|Er|Sie|he|she|He|She)(?![\w])")
# A quote that is a whole sentence (or more) stands for itself; a short phrase may be a scare quote.
SENTENCE_QUOTE = re.compile(r"^[A-ZÄÖÜ\"'‘“].*\s.*\s.*\S")


@dataclass(frozen=True)
class Said:
    """The speaker of the quote before, while the paragraphs go on quoting."""

    attribution: speakers.Attribution
    sentence: int  # index of the last sentence of that quote
    block: int


# An interview's speaker label opening a paragraph: „Lohse: …“, "Vance: …" (not „Frage: …“, which names nobody)
_LABEL = re.compile(r"(?P<label>[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){0,2}):\s")


def interview_answer(doc: Doc, paragraph: str) -> speakers.Attribution | None:
    """„Lohse: Nein. Ich sage es so: „…““: a quote without a frame of its own inside an interview answer is the
    words of the person the paragraph's label names (a guess)."""
    label = _LABEL.match(paragraph)
    if label is None:
        return None
    names = mentions.name_mentions(doc, label.group("label"))
    if len(names) != 1 or names[0].start != 0 or names[0].end != len(label.group("label")):
        return None
    person = subjects.fuller(doc, names[0].person)
    return speakers.Attribution(person.name, False, person)


def continued(doc: Doc, previous: Said, first: Sentence, block: int, span: QuotedSpan, before: str,
               after: str) -> speakers.Attribution | None:
    """A quote without its own attribution that goes on from the quote before it."""
    # ("„…“, countered Arnaud": a name after the quote is its own speaker's, not the one quoted before)
    alone = not before.strip() and not _UNKNOWN_ATTRIBUTION.match(after) and not any(
        subjects.fuller(doc, m.person) is not previous.attribution.person for m in mentions.name_mentions(doc, after))
    if alone and previous.block == block and not _other_subject_since(doc, previous, first):
        return previous.attribution  # a quote standing alone continues the one before it
    if alone and previous.block == block - 1 and span.start == 0 and SENTENCE_QUOTE.match(span.text) \
            and not speakers.has_speech_verb(after, doc.language) and not _other_subject_since(doc, previous, first):
        return previous.attribution  # wire style: a paragraph that is one more quote of the same speaker
    reported = speakers.lexicon(doc.language).REPORTED
    if (reported and previous.block == block and first.index - previous.sentence <= 1
            and any(w in reported for w in re.findall(r"\w+", before))
            and not _PRONOUN.search(before) and not speakers.has_speech_verb(before + " " + after, doc.language)):
        return previous.attribution  # reported speech (Konjunktiv) that goes on from the quote before
    return None


def _other_subject_since(doc: Doc, previous: Said, first: Sentence) -> bool:
    """„„…“, sagte X. Y sah das anders. „…““: a sentence between the quotes whose subject is another named
    person (the name opens it, after its titles) — the quote standing alone is no longer X's."""
    speaker = previous.attribution.person
    for sentence in doc.sentences[previous.sentence + 1:first.index]:
        names = mentions.name_mentions(doc, sentence.text)
        if names and all(w[:1].isupper() for w in sentence.text[:names[0].start].split()) \
                and subjects.fuller(doc, names[0].person) is not speaker:
            return True
        if not names and _unnamed_subject(doc, sentence.text, speaker):
            return True
    return False


# The opening words of a sentence that may hold its subject: "The French leader disagreed", „Ein Diplomat …“.
_OPENING_WORDS = 4


def _unnamed_subject(doc: Doc, text: str, speaker: Person | None) -> bool:
    """„„…“, sagte X. Der französische Präsident sah das anders. „…““, "… Critics disagreed. "…"": a sentence
    naming nobody that opens with an unnamed holder of another role, or with unnamed people — the quote
    standing alone after it may be theirs, not X's."""
    unnamed = speakers.lexicon(doc.language).UNNAMED_NOUNS
    for word in (w.strip(".,;:!?\"'„“”’") for w in text.split()[:_OPENING_WORDS]):
        if word.casefold() in unnamed:
            return True
        if word and mentions.is_role_noun(word, doc.language) and (speaker is None
                                                                     or not mentions.role_matches(speaker, word)):
            return True
    return False


def after_reported_speech(doc: Doc, first: Sentence, span: QuotedSpan, before: str,
                           after: str) -> speakers.Attribution | None:
    """„X sagte, die Gespräche seien gut verlaufen. „Wir sind auf einem guten Weg.““: a quote standing alone
    right after a named person's reported speech goes on with it (CONVENTIONS §8) — a guess, since
    nothing in its own sentence names the speaker."""
    if before.strip() or not SENTENCE_QUOTE.match(span.text) or speakers.has_speech_verb(after, doc.language) \
            or first.index == 0:
        return None
    told = doc.sentences[first.index - 1]
    if told.block not in (first.block, first.block - 1) or (told.block != first.block and span.start != 0):
        return None
    if quoted_spans(told.text):
        return None  # a sentence with a quote of its own is handled as a quote before
    said = speakers.attribute(doc, told, told.text, told, "")
    if said is not None and (said.person is not None or said.speaker is None):
        # „Ein EU-Diplomat sagte, man suche eine Lösung. „…““ goes on with nobody named
        return speakers.Attribution(said.speaker, False, said.person)
    # „Kremlsprecher Peskow reagiert. „Das ist Propaganda.““: the one person the sentence before names;
    # „Beitrag auf X von Anna Muster, 3. Mai:“ ¶ „…“: a lead-in paragraph closing with a colon (a post's caption)
    people = {subjects.fuller(doc, m.person).name: subjects.fuller(doc, m.person)
              for m in mentions.name_mentions(doc, told.text)}
    if said is None and len(people) == 1 and (told.block == first.block or told.text.rstrip().endswith(":")):
        person = next(iter(people.values()))
        return speakers.Attribution(person.name, False, person)
    if said is None and told.block == first.block and not people:
        # „Ob er reist, ließ der Kommissar offen. „…““: the one person the sentence before takes up by title
        referred = personrefs.referred_persons(doc, told.text, told.index)
        if len(referred) == 1:
            return speakers.Attribution(referred[0].name, False, referred[0])
    if said is None and told.block == first.block and not people and speakers.indefinite_person(doc, told.text):
        return speakers.Attribution(None, certain=False)  # „Ein Diplomat ist skeptisch. „…““: nobody named
    return None


def in_reported_speech(doc: Doc, first: Sentence, before: str, after: str) -> speakers.Attribution | None:
    """„X sagte, die Konferenz solle im Mai stattfinden. Ob Y eingeladen werde, sei „noch offen“.“: a partial
    quote in a Konjunktiv sentence right after a named person's reported speech goes on with that speech
    (CONVENTIONS §8) — a guess."""
    reported = speakers.lexicon(doc.language).REPORTED
    if not reported or first.index == 0 or not any(w in reported for w in re.findall(r"\w+", before)) \
            or _PRONOUN.search(before) or speakers.has_speech_verb(before + " " + after, doc.language):
        return None
    told = doc.sentences[first.index - 1]
    if told.block != first.block or quoted_spans(told.text) or not speakers.has_speech_verb(told.text, doc.language):
        return None
    said = speakers.attribute(doc, told, told.text, told, "")
    if said is None or said.person is None:
        return None
    return speakers.Attribution(said.speaker, False, said.person)


def described(doc: Doc, previous: Said, said: speakers.Attribution, first: Sentence) -> speakers.Attribution:
    """„…“, betonte die Delegationsleiterin: a role noun no mention ties to anyone, right after a quote of a
    person of fitting gender, is most likely that person — a guess."""
    person = previous.attribution.person
    noun = said.description or ""
    if person is None or first.block != previous.block or first.index - previous.sentence > 1:
        return said
    if doc.language == "de" and _gender(person) == ("m" if noun.endswith("in") else "f"):
        return said  # a title of the other gender is someone else
    return speakers.Attribution(person.name, False, person)


def _gender(person: Person) -> str | None:
    """A German role's gender; adjectival titles („Abgeordnete(r)“, „Beauftragte(r)“) do not tell."""
    head = (person.role or "").split(",")[0].strip().split(" ")[-1].casefold() if person.role else ""
    if any(re.search(rf"{stem}[rn]?$", head) for stem in de.ADJECTIVAL_ROLES):
        return None
    return mentions.gender(person, "de")
