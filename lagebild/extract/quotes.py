"""Stage: direct quotations and who said them.

Reads: Doc.sentences, Doc.persons, Doc.sources (an outlet in quotes is no
quotation).  Writes: Doc.quotes.  Quotations are found per paragraph, so one
may run over several sentences; the evidence is the text of the sentences it
spans.  Quote marks: „…“ “…” "…" «…» »…« ‘…’ (in British text ’ is also the
apostrophe, so a closing ’ must not be followed by a letter).  A name in
quotation marks („Koalition der Willigen“, des „Spiegel“) is not a quote: it
follows an article and is short and capitalised.  The speaker is the person
mentioned in the quote's sentence outside the quote (before it, else after
it), a pronoun or role noun resolved to the last fitting person, or for a
quote standing alone the speaker of the quote before it in the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.extract import mentions
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import de, en
from lagebild.model import Person, Quote, fact_id

_QUOTE = re.compile(
    r"„(?P<a>[^“”„\n]+)[“”]"
    r"|“(?P<b>[^”“\n]+)”"
    r"|«(?P<c>[^»\n]+)»"
    r"|»(?P<d>[^«\n]+)«"
    r"|(?<![\w])‘(?P<e>[^‘\n]+?)’(?![A-Za-z])"
    r"|(?<![\w])\"(?P<f>[^\"\n]+)\""
)
# Words after which a capitalised phrase in quotation marks is a name, not a quotation.
_NAME_BEFORE = re.compile(
    r"(?:\b(?:der|die|das|des|dem|den|Der|Die|Das|Des|Dem|Den|the|The|so-called|sogenannten?|genannten?|im|beim|vom|zum)"
    r"|[Nn]amens|[Tt]itel|[Mm]otto)\s*$"
)
# Words after which anything in quotation marks is a term or a nickname, whatever its case.
_TERM_BEFORE = re.compile(r"(?:\b(?:so-called|so called|sogenannte[nmrs]?|genannt|called|dubbed|known as|alias|"
                          r"Spitzname|nicknamed|what \w+ called)|(?:[Ss]endung|[Pp]rogramme?|[Ss]how))\s*$")


@dataclass(frozen=True)
class QuotedSpan:
    start: int  # offset of the opening mark in the paragraph text
    end: int  # offset after the closing mark
    text: str  # the words inside the marks


def quoted_spans(text: str) -> list[QuotedSpan]:
    spans = []
    for match in _QUOTE.finditer(text):
        inner = next(g for g in match.groups() if g is not None)
        spans.append(QuotedSpan(match.start(), match.end(), inner.strip()))
    return spans


def is_quoted_name(text: str, span: QuotedSpan) -> bool:
    """„Koalition der Willigen“, des „Spiegel“, the “Board of Peace”: a name, not a quotation."""
    words = span.text.split()
    if words and len(words) <= 5 and _TERM_BEFORE.search(text[: span.start]):
        return True  # the so-called "shuttle diplomacy", genannt „Hemeti“
    if not words or not words[0][:1].isupper() or len(words) > 5 or re.search(r"[,.!?;:]$", span.text):
        return False
    if sum(w[:1].isupper() for w in words) < (len(words) + 1) // 2:
        return False
    return _NAME_BEFORE.search(text[: span.start]) is not None


def quoted_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of names in quotation marks, in nominative ("Friedensrats" -> "Friedensrat")."""
    result = []
    for span in quoted_spans(text):
        term = _TERM_BEFORE.search(text[: span.start]) is not None
        if term and not any(w[:1].isupper() and re.sub(r"e?s$", "", w.casefold()).endswith(_HEADS)
                            for w in span.text.split()):
            continue  # the so-called “Baku to Belém Roadmap”, genannt „Hemeti“: a term, no organisation
        if is_quoted_name(text, span):
            name = span.text
            if re.search(r"\bdes\s*(?:sogenannten\s*)?$", text[: span.start]) and re.search(r"[^s]s$", name):
                name = name[:-1]
            result.append((span.start, name))
    return result


def _masked(sentence: Sentence, spans: list[QuotedSpan], offset: int) -> str:
    """The sentence with every quotation blanked out: names inside a quote are not speakers."""
    text = list(sentence.text)
    for span in spans:
        s, e = max(span.start - offset, 0), min(span.end - offset, len(text))
        if e > 0 and s < len(text):
            text[s:e] = " " * (e - s)
    return "".join(text)


def _speaker(doc: Doc, first: Sentence, last: Sentence, before: str, after: str) -> Person | None:
    """The subject before the quote if there is one, else the attribution after it."""
    # "A's rating rose, while B's office said the talks were “...”": the clause of the quote has its own subject.
    clauses = _CLAUSE.split(before)
    if len(clauses) > 1 and clauses[-1].strip():
        before = " " * (len(before) - len(clauses[-1])) + clauses[-1]
    order = ((first, before), (last, after)) if before.strip(" ,:–—-") else ((last, after), (first, before))
    for sentence, part in order:
        person = _first_reference(doc, sentence, part)
        if person is not None:
            return person
    return None


_PRONOUN = re.compile(r"(?<![\w])(er|sie|Er|Sie|he|she|He|She)(?![\w])")
_CLAUSE = re.compile(r"[;,]\s+(?:while|whereas|but|während|wohingegen|doch)\s+")


def _first_reference(doc: Doc, sentence: Sentence, part: str) -> Person | None:
    """The first person a stretch of text refers to, by name, role noun or pronoun."""
    candidates: list[tuple[int, Person]] = []
    names = mentions.name_mentions(doc, part)
    for index, mention in enumerate(names):
        if _INSTITUTION_AFTER.match(part[mention.end:]):
            candidates.append((mention.start, _NOBODY))  # "Lee's office said": no person speaks
            continue
        following = names[index + 1] if index + 1 < len(names) else None
        if following is not None and re.fullmatch(r"\s*,\s*", part[mention.end:following.start]):
            continue  # "der Berater von Präsident X, Y": Y speaks
        candidates.append((mention.start, mention.person))
    for match in _NATIONALITY.finditer(part):
        noun = match.group(1)
        if noun in de.NATIONALITY_NOUNS:
            person = mentions.resolve_person(doc, "sie" if noun.endswith("in") else "er", sentence.index)
            if person is not None:
                candidates.append((match.start(), person))
    recent = mentions.recent_persons(doc, sentence.index)
    for start, end, noun in mentions.role_mentions(doc, part):
        # "Der Präsident des Verbands, X, sagte": the role introduces the person named right after it
        named = next((m.person for m in names if end <= m.start <= end + 90 and mentions.role_matches(m.person, noun)
                      and not _SPEECH_BETWEEN.search(part[end:m.start])), None)
        person = named or (mentions.resolve_role(doc, noun, recent) if recent else mentions.resolve_role(doc, noun))
        if person is not None:
            candidates.append((start, person))
    for match in _PRONOUN.finditer(part):
        word = match.group(1)
        if word in ("Sie", "sie") and re.match(r"\s+(haben|sind|werden|wollen|sollen|können|müssen)\b",
                                               part[match.end():]):
            continue  # plural "sie"
        person = mentions.resolve_person(doc, word, sentence.index)
        if person is not None:
            candidates.append((match.start(), person))
    if not candidates:
        return None
    person = min(candidates, key=lambda c: c[0])[1]
    return None if person is _NOBODY else person


_NOBODY = Person(id="", name="")
_VERBS = "|".join(sorted(de.SPEECH_VERBS | en.SPEECH_VERBS))
_SPEECH_BETWEEN = re.compile(rf"\b(?:{_VERBS}|hat|habe|ist|sei|has|is|was)\b")
# A quote followed by its attribution to someone the persons stage does not know ("…», sagte Anna Muster"):
# it is not the previous speaker's.
_UNKNOWN_ATTRIBUTION = re.compile(rf"^\s*[,.]?\s*(?:{_VERBS})\s+(?:[a-zäöü]+\s+){{0,3}}[A-ZÄÖÜ]")
# German reported speech (Konjunktiv I) carries on the previous speaker's words:
# "Die Regierung werde die Mittel „bis zum letzten Cent“ einfordern."
_REPORTED = re.compile(r"\b(?:werde|sei|habe|könne|müsse|solle|wolle|dürfe|werden|seien|hätten?|wäre|würden?)\b")
_HEADS = tuple(h.casefold() for h in (*de.ORG_HEADS, *en.ORG_HEADS))
# A person's office, ministry, party or government speaks, not the person.
_INSTITUTION_AFTER = re.compile(r"(?:['’]s|s)?\s+(?:office|ministry|government|party|administration|camp|team|"
                                r"spokes\w+|Büro|Ministerium|Regierung|Partei|Lager|Team|Sprecher\w*)\b")
_NATIONALITY = re.compile(r"\b(?:der|die|Der|Die)\s+([A-ZÄÖÜ][a-zäöüß]+)\b")


def run(doc: Doc) -> None:
    doc.quotes = []
    blocks: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        blocks.setdefault(sentence.block, []).append(sentence)
    outlets = {s.name.casefold() for s in doc.sources}
    for sentences in blocks.values():
        base = sentences[0].start
        paragraph = doc.text[base: sentences[-1].start + len(sentences[-1].text)]
        spans = quoted_spans(paragraph)
        previous: Person | None = None
        previous_sentence = -1
        for span in spans:
            if is_quoted_name(paragraph, span) or span.text.casefold() in outlets or len(span.text) < 2:
                continue
            first = next(s for s in reversed(sentences) if s.start - base <= span.start)
            last = next((s for s in reversed(sentences) if s.start - base < span.end), first)
            before = _masked(first, spans, first.start - base)[: span.start - (first.start - base)]
            after = _masked(last, spans, last.start - base)[span.end - (last.start - base):]
            speaker = _speaker(doc, first, last, before, after)
            if speaker is None and not before.strip() and not _UNKNOWN_ATTRIBUTION.match(after):
                speaker = previous  # a quote standing alone continues the one before it
            if (speaker is None and previous is not None and doc.language == "de" and _REPORTED.search(before)
                    and first.index - previous_sentence <= 1 and not _PRONOUN.search(before)):
                speaker = previous  # reported speech that goes on from the quote before
            if speaker is None:
                continue
            previous, previous_sentence = speaker, last.index
            evidence = doc.text[first.start: last.start + len(last.text)]
            text = span.text.rstrip(",")
            doc.quotes.append(Quote(id=fact_id("quote", speaker.name, text), evidence=evidence,
                                    speaker=speaker.name, text=text))
