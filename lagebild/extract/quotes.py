"""Stage: direct quotations and who said them.

Reads: Doc.sentences, Doc.headline, Doc.persons, Doc.organizations, Doc.sources
(an outlet in quotes is no quotation).  Writes: Doc.quotes.  Quotations are
found per paragraph, so one may run over several sentences (and, opened and
not closed, over two paragraphs); the evidence is the text of the sentences
it spans.  Quote marks: „…“ “…” "…" «…» »…« ‘…’ (in British text ’ is also the
apostrophe, so a closing ’ must not be followed by a letter).  A name, term or
title in quotation marks („Koalition der Willigen“, des „Spiegel“, the
so-called "…", der Begriff „…“) is not a quote.

Who said it (CONVENTIONS §8): the attribution frame of the sentence
(``speakers``) — which may name nobody („hieß es“, "a senior official said":
a quote with speaker null); else a quote that goes on from the one before (a
quote standing alone, a paragraph that is one more quote, Konjunktiv reported
speech, a plain title right after the quote: „betonte die
Delegationsleiterin“); else the person the sentence refers to first (a
guess).  A quote nobody is said to say is a scare quote and left out.
Unsure speakers are ``review: guessed``; a quote the article repeats is kept
once; joint statements give ``co_speakers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.briefing.model import Person, Quote, fact_id
from lagebild.extract import mentions, personrefs, speakers, subjects
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import de, en

_QUOTE = re.compile(
    r"„(?P<a>[^“”„\n]+)[“”]"
    r"|“(?P<b>[^”“\n]+)”"
    r"|«(?P<c>[^»\n]+)»"
    r"|»(?P<d>[^«\n]+)«"
    r"|(?<![\w])‘(?P<e>[^‘\n]+?)’(?![A-Za-z])"
    r"|(?<![\w])\"(?P<f>[^\"\n]+)\""
    r"|‚(?P<g>[^‘’‚\n]+)[‘’]"
    r"|›(?P<h>[^‹›\n]+)‹"
    r"|‹(?P<i>[^‹›\n]+)›"
    # a plain apostrophe as a single quotation mark: opened before a letter, closed before no letter
    # ("'We are close,' Vance said"; "Vance's", "leaders' talks" and "don't" open nothing)
    r"|(?<![\w'])'(?P<j>[A-Za-zÄÖÜäöü](?:[^'\n]|(?<=\w)'(?=\w))*?[^\s'])'(?![A-Za-z\d])"
)
# Words after which a capitalised phrase in quotation marks is a name, not a quotation.
_NAME_BEFORE = re.compile(
    r"(?:\b(?:der|die|das|des|dem|den|Der|Die|Das|Des|Dem|Den|the|The|so-called|sogenannten?|genannten?|im|beim|vom|zum)"
    r"|[Nn]amens|[Tt]itel|[Mm]otto)\s*$"
)
# Words after which anything in quotation marks is a term or a nickname, whatever its case.
_TERM_BEFORE = re.compile(r"(?:\b(?:so-called|so called|sogenannte[nmrs]?|genannt|called|dubbed|known as|alias|"
                          r"Spitzname|nicknamed|titled|entitled|betitelt)"
                          r"|(?:[Ss]endung|[Pp]rogramme?|[Ss]how|[Mm]agazin[e]?|[Pp]odcast|[Kk]olumne|[Tt]alkshow|Begriff[se]*|Schlagwort[se]*|Stichwort[se]*|Wort[se]*|"
                          r"Unwort[se]*|Motto|Slogan|Buch[se]*|Film[se]*|Roman[se]*|Lied[se]*|Album[s]*|\bterm|\bword|"
                          r"\bphrase|\bslogan|\bmotto|\bbook|\bfilm|\bnovel|\bsong|\blabel))\s*$")

# "in what he called “very productive” talks": someone calls it so — a quote, not a term.
# A verb of naming or saying just before: what follows in quotation marks is someone's word, not a name.
_NAMING_VERB_BEFORE = re.compile(r"\b(?:nannte|nennt|nannten|nennen|bezeichnete|bezeichnet|bezeichneten|sprach|spricht|"
                                 r"sprachen|kritisierte|lobte|warnte)\s+(?:[\w-]+\s+){0,3}$")
_SAID_CALLED = re.compile(r"\b(?:what|which|he|she|they|we|I|[A-Z][a-z]+)\s+(?:\w+\s+)?called\s*$")


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
    if words and len(words) <= 3 and re.search(r"\w-$", text[: span.start]):
        return True  # ZDF-„Morgenmagazin“: the quoted part of a compound is a programme's name
    if words and len(words) <= 5 and _TERM_BEFORE.search(text[: span.start]) \
            and not _SAID_CALLED.search(text[: span.start]):
        return True  # the so-called "shuttle diplomacy", genannt „Hemeti“
    if not words or not words[0][:1].isupper() or len(words) > 5 or re.search(r"[,.!?;:]$", span.text):
        return False
    if sum(w[:1].isupper() for w in words) < (len(words) + 1) // 2:
        return False
    if _NAMING_VERB_BEFORE.search(text[: span.start]) and not any(
            re.sub(r"e?s$", "", w.casefold()).endswith(_HEADS) for w in words):
        return False  # „nannte das „Wunschdenken““: the word someone used, a quotation
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


_VERBS = "|".join(sorted(de.SPEECH_VERBS | en.SPEECH_VERBS))
# A quote followed by its attribution to someone the persons stage does not know ("…», sagte Anna Muster"):
# it is not the previous speaker's.
_UNKNOWN_ATTRIBUTION = re.compile(rf"^\s*[,.]?\s*(?:{_VERBS})\s+(?:[a-zäöü]+\s+){{0,3}}[A-ZÄÖÜ]")
_PRONOUN = re.compile(r"(?<![\w])(er|sie|Er|Sie|he|she|He|She)(?![\w])")
# A sentence that is only the attribution of the quote before it, split off after its „?“ or „!“: "Dubois asked.",
# "asked Dubois.", "the minister replied."
_TRAILING_ATTRIBUTION = re.compile(rf"\s*(?:(?:[A-ZÄÖÜ][\w'’.-]*\s+){{1,3}}|(?:the|der|die)\s+(?:[\w-]+\s+){{1,2}})?"
                                   rf"(?:{_VERBS})\b")
_HEADS = tuple(h.casefold() for h in (*de.ORG_HEADS, *en.ORG_HEADS))
# A quote that is a whole sentence (or more) stands for itself; a short phrase may be a scare quote.
_SENTENCE_QUOTE = re.compile(r"^[A-ZÄÖÜ\"'‘“].*\s.*\s.*\S")



@dataclass(frozen=True)
class _Said:
    """The speaker of the quote before, while the paragraphs go on quoting."""

    attribution: speakers.Attribution
    sentence: int  # index of the last sentence of that quote
    block: int


def run(doc: Doc) -> None:
    doc.quotes = []
    blocks: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        blocks.setdefault(sentence.block, []).append(sentence)
    outlets = {s.name.casefold() for s in doc.sources}
    seen: set[str] = set()
    previous: _Said | None = None
    running: tuple[int, str, str] | None = None  # (block, text, evidence) of a quote that runs on
    for block, sentences in blocks.items():
        base = sentences[0].start
        paragraph = doc.text[base: sentences[-1].start + len(sentences[-1].text)]
        spans = quoted_spans(paragraph)
        following = blocks.get(block + 1)
        tail = _open_tail(paragraph, spans, following[0].text[:1] if following else "")
        if tail is not None:
            spans.append(tail)
        if running is not None and (running[0] != block - 1 or not spans or spans[0].start != 0):
            running = None  # the next paragraph does not go on quoting: no speaker to give it
        open_quote = _runs_on(paragraph, spans)
        if open_quote is not None:
            running = (block, open_quote, paragraph)
            continue
        # („schrieb die „Global Times““: a name in quotation marks stays readable as the subject)
        said_spans = [s for s in spans if not (is_quoted_name(paragraph, s) or s.text.casefold() in outlets)]
        for span in spans:
            if is_quoted_name(paragraph, span) or span.text.casefold() in outlets or len(span.text) < 2 \
                    or not re.search(r"[^\W\d_]", span.text):
                continue  # (the "2+2" format: no word, nothing anyone is quoted as saying)
            first = next(s for s in reversed(sentences) if s.start - base <= span.start)
            last = next((s for s in reversed(sentences) if s.start - base < span.end), first)
            before = _masked(first, said_spans, first.start - base)[: span.start - (first.start - base)]
            after = _masked(last, said_spans, last.start - base)[span.end - (last.start - base):]
            if not after.strip() and span.text.endswith(("?", "!")) \
                    and not speakers.has_speech_verb(before, doc.language) and last.index + 1 < len(doc.sentences) \
                    and doc.sentences[last.index + 1].block == block \
                    and _TRAILING_ATTRIBUTION.match(doc.sentences[last.index + 1].text):
                # "„Why now?“ Dubois asked.": the sentence split after the question mark holds the attribution
                after = " " + _masked(doc.sentences[last.index + 1], spans, doc.sentences[last.index + 1].start - base)
            said = speakers.attribute(doc, first, before, last, after)
            if said is not None and said.speaker is None:
                said = _holder_introduced_next(doc, first, last, before + " " + after) or said
            if (said is None or said.speaker is None) and speakers.has_speech_verb(before, doc.language):
                said = _styled_subject(doc, first, before) or said
            said = _the_latter(doc, first, before, after) or said  # "the latter said": not the first one named
            if said is not None and said.description and previous is not None:
                said = _described(doc, previous, said, first)
            if said is None:
                said = _interview_answer(doc, paragraph)
            if said is None and previous is not None:
                said = _continued(doc, previous, first, block, span, before, after)
            if said is None:
                said = _after_reported_speech(doc, first, span, before, after)
            if said is None:
                said = _in_reported_speech(doc, first, before, after)
            if said is None and not before.strip(" ,:–—-") and not after.strip(" .!?") \
                    and last.index + 1 < len(doc.sentences) and doc.sentences[last.index + 1].block == block:
                said = speakers.named_after(doc, doc.sentences[last.index + 1])  # „„…“ Das sagte X.“
            if said is None:
                said = speakers.nearest(doc, first, before, last, after)
            if said is None and span.start == 0 and _SENTENCE_QUOTE.match(span.text) and len(span.text.split()) >= 5 \
                    and not speakers.has_speech_verb(after, doc.language):
                said = speakers.Attribution(None, certain=False)  # a paragraph that is a quote, of someone unnamed
            if said is None:
                continue  # nobody is said to say it: a scare quote or a term
            previous = _Said(said, last.index, block)
            if running is not None:  # the paragraph before opened this speaker's quote without closing it
                if running[1].casefold() not in seen:
                    seen.add(running[1].casefold())
                    doc.quotes.append(_quote(said, running[1], running[2]))
                running = None
            text = span.text.rstrip(",")
            if text.casefold() in seen:
                continue  # the article repeats a quote it gave before
            seen.add(text.casefold())
            evidence = doc.text[first.start: last.start + len(last.text)]
            doc.quotes.append(_quote(said, text, evidence))
    if doc.headline:  # after the body, so that a quote the body repeats keeps the body's sentence as evidence
        _headline_quotes(doc, outlets, seen)


_OPENERS = {"“": "”", "\"": "\"", "«": "»", "„": "“"}


def _runs_on(paragraph: str, spans: list[QuotedSpan]) -> str | None:
    """Wire style quotes over paragraphs: “First part. (no closing mark) ¶ “Second part,” he said.
    The words of a paragraph that opens a quote and never closes it."""
    opener = paragraph[:1]
    closer = _OPENERS.get(opener)
    if closer is None or any(span.start == 0 for span in spans):
        return None
    rest = paragraph[1:]
    if closer in rest if closer != opener else rest.count(opener) % 2 == 1:
        return None
    return rest.strip() if len(rest.split()) >= 4 else None


def _open_tail(paragraph: str, spans: list[QuotedSpan], next_opening: str) -> QuotedSpan | None:
    """Wire style: „… sagte X: „First part. ¶ „Second part“, so X. — a quote opened inside a paragraph and not
    closed before its end, when the next paragraph opens with a quotation mark (the paragraph break stands for
    the closing mark): the words from the mark to the paragraph's end."""
    if next_opening not in _OPENERS:
        return None
    done = spans[-1].end if spans else 0
    for opener, closer in _OPENERS.items():
        at = paragraph.find(opener, done)
        if at <= 0 or paragraph[at - 1].isalnum():
            continue
        rest = paragraph[at + 1:]
        if closer in rest:
            continue
        text = rest.strip()
        if len(text.split()) >= 4 and text.endswith((".", "!", "?")) and text[:1].isupper():
            return QuotedSpan(at, len(paragraph), text)
    return None


# An interview's speaker label opening a paragraph: „Lohse: …“, "Vance: …" (not „Frage: …“, which names nobody)
_LABEL = re.compile(r"(?P<label>[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){0,2}):\s")


def _interview_answer(doc: Doc, paragraph: str) -> speakers.Attribution | None:
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


def _continued(doc: Doc, previous: _Said, first: Sentence, block: int, span: QuotedSpan, before: str,
               after: str) -> speakers.Attribution | None:
    """A quote without its own attribution that goes on from the quote before it."""
    # ("„…“, countered Arnaud": a name after the quote is its own speaker's, not the one quoted before)
    alone = not before.strip() and not _UNKNOWN_ATTRIBUTION.match(after) and not any(
        subjects.fuller(doc, m.person) is not previous.attribution.person for m in mentions.name_mentions(doc, after))
    if alone and previous.block == block and not _other_subject_since(doc, previous, first):
        return previous.attribution  # a quote standing alone continues the one before it
    if alone and previous.block == block - 1 and span.start == 0 and _SENTENCE_QUOTE.match(span.text) \
            and not speakers.has_speech_verb(after, doc.language) and not _other_subject_since(doc, previous, first):
        return previous.attribution  # wire style: a paragraph that is one more quote of the same speaker
    reported = speakers.lexicon(doc.language).REPORTED
    if (reported and previous.block == block and first.index - previous.sentence <= 1
            and any(w in reported for w in re.findall(r"\w+", before))
            and not _PRONOUN.search(before) and not speakers.has_speech_verb(before + " " + after, doc.language)):
        return previous.attribution  # reported speech (Konjunktiv) that goes on from the quote before
    return None


def _other_subject_since(doc: Doc, previous: _Said, first: Sentence) -> bool:
    """„„…“, sagte X. Y sah das anders. „…““: a sentence between the quotes whose subject is another named
    person (the name opens it, after its titles) — the quote standing alone is no longer X's."""
    speaker = previous.attribution.person
    for sentence in doc.sentences[previous.sentence + 1:first.index]:
        names = mentions.name_mentions(doc, sentence.text)
        if names and all(w[:1].isupper() for w in sentence.text[:names[0].start].split()) \
                and subjects.fuller(doc, names[0].person) is not speaker:
            return True
    return False


def _after_reported_speech(doc: Doc, first: Sentence, span: QuotedSpan, before: str,
                           after: str) -> speakers.Attribution | None:
    """„X sagte, die Gespräche seien gut verlaufen. „Wir sind auf einem guten Weg.““: a quote standing alone
    right after a named person's reported speech goes on with it (CONVENTIONS §8) — a guess, since
    nothing in its own sentence names the speaker."""
    if before.strip() or not _SENTENCE_QUOTE.match(span.text) or speakers.has_speech_verb(after, doc.language) \
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


def _in_reported_speech(doc: Doc, first: Sentence, before: str, after: str) -> speakers.Attribution | None:
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


# An office held by one person: the role's phrase before its complement ("Special Representative" of "Special
# Representative of the Secretary-General"), used with a definite article and up to three words of its own before it.
_COMPLEMENT = re.compile(r"\s+(?:des|der|den|von|vom|in|im|bei|beim|für|am|zur|zum|of|for|to|at|on)\s")


def _office_phrase(role: str) -> str:
    part = role.split(",")[0].strip()
    return " ".join(_COMPLEMENT.split(" " + part + " ", maxsplit=1)[0].split())


_SPEECH = {lang: "|".join(sorted(speakers.lexicon(lang).SPEECH_VERBS, key=len, reverse=True)) for lang in ("de", "en")}


def _office_speaks(frame: str, match: re.Match[str], language: str) -> bool:
    """Whether the office phrase is the subject of the verb of saying: the verb right after it (a complement of up
    to five words between: "the Special Representative for the country told") or, inverted, right before it
    („sagte die Sondergesandte“, "said the envoy"; not "told the envoy", whose envoy is spoken to)."""
    verbs = _SPEECH[language]
    if re.match(rf"(?:\s+[\w.-]+){{0,5}}?\s+(?:{verbs})\b", frame[match.end():]):
        return True
    inverted = re.search(rf"\b(?:{verbs})\s*$", frame[: match.start()])
    return inverted is not None and not re.search(r"\b(?:told|tells|asked|asks|urged)\s*$", frame[: match.start()])


def _same_complement(rest: str, role: str) -> bool:
    """Whether a complement after the office ("… of the Russian Federation") names nothing the holder's role does
    not: its capitalised words must all be in the role."""
    complement = re.match(r"\s+(?:of|for|des|der|von)\s+(?:the\s+)?((?:[A-ZÄÖÜ][\w-]*\s*)+)", rest)
    return complement is None or all(w in role for w in complement.group(1).split())


def _holder_introduced_next(doc: Doc, first: Sentence, last: Sentence, frame: str) -> speakers.Attribution | None:
    """"The parties have "…", the United Nations Special Representative told the Council. ¶ Briefing the Council,
    Lina Varo, Special Representative of the Secretary-General, said …": a quote said by an office alone, whose
    one holder the next sentences introduce by name (no one named before holds it), is that holder's — a guess."""
    if not speakers.has_speech_verb(frame, doc.language):
        return None
    window = [s for s in doc.sentences[last.index + 1: last.index + 4] if s.block <= last.block + 2]
    found: list[Person] = []
    for person in doc.persons:
        office = _office_phrase(person.role or "")
        if len(office) < 4 or " " not in office:
            continue  # ("the representative of the Russian Federation": a one-word office may be anyone's)
        if not any(_office_speaks(frame, m, doc.language) and _same_complement(frame[m.end():], person.role or "")
                   for m in re.finditer(rf"\b(?:the|der|die)\s+(?:[\w.-]+\s+){{0,3}}{re.escape(office)}\b", frame,
                                        re.IGNORECASE)):
            continue
        if not any(m.person is person for s in window for m in mentions.name_mentions(doc, s.text)):
            continue
        if any(m.person is person for s in doc.sentences[: first.index + 1]
               for m in mentions.name_mentions(doc, s.text)):
            continue  # named before: the frame's own reference rules had their chance
        found.append(person)
    if len(found) != 1 or any(p is not found[0] and _office_phrase(p.role or "").casefold()
                              == _office_phrase(found[0].role or "").casefold() for p in doc.persons):
        return None
    return speakers.Attribution(found[0].name, False, found[0])


# A style of address standing for the person ("His Highness affirmed", „Seine Exzellenz betonte“): the style, then a
# lower-case word (the verb), not a name.
_STYLE = (r"(?:His|Her|Seine|Ihre)\s+(?:Royal\s+|Königliche\s+)?"
          r"(?:Highness|Excellency|Majesty|Hoheit|Exzellenz|Majestät)")
_STYLE_SUBJECT = re.compile(rf"(?:^|[.;:]\s+|,\s+|\b(?:and|und)\s+)(?P<style>{_STYLE})\s+(?:also\s+|auch\s+)?[a-zäöü]")


# Titles between a style and the name: "His Highness Sheikh X", "Her Excellency Dr. Y"
_TITLES_ONLY = re.compile(r"(?:(?:Sheikh|Sheikha|Sheik|Dr\.?|Prince|Princess|Scheich|Prinz|Prinzessin)\s+)*")


def _styled_subject(doc: Doc, first: Sentence, before: str) -> speakers.Attribution | None:
    """"His Highness Sheikh X, Deputy Prime Minister, received … His Highness affirmed "…"": a style of address as
    the subject is the one person the text before introduced with that same style (a guess; two such persons, or
    none: nobody)."""
    match = _STYLE_SUBJECT.search(before)
    if match is None:
        return None
    style = " ".join(match.group("style").split())
    holders: dict[str, Person] = {}
    text = doc.text[: first.start + match.start("style")]
    for styled in re.finditer(r"\s+".join(map(re.escape, style.split())) + r"\s+", text):
        names = mentions.name_mentions(doc, text[styled.end(): styled.end() + 120])
        if names and _TITLES_ONLY.fullmatch(text[styled.end(): styled.end() + names[0].start]):
            person = subjects.fuller(doc, names[0].person)
            holders[person.name] = person
    if len(holders) != 1:
        return None
    person = next(iter(holders.values()))
    return speakers.Attribution(person.name, False, person)


_LATTER_BEFORE = {
    "de": re.compile(r"(?:^|[.;:]\s+|,\s+|\b(?:und|doch|aber)\s+)(?P<w>Dieser|Diese|dieser|diese)\s+"
                     rf"(?:[a-zäöü]+\s+)?(?P<v>{_SPEECH['de']})\b"),
    "en": re.compile(r"(?:^|[.;:]\s+|,\s+|\b(?:and|but)\s+)(?P<w>[Tt]he latter)\s+"
                     rf"(?:[a-z]+\s+)?(?P<v>{_SPEECH['en']})\b"),
}
_LATTER_AFTER = {
    "de": re.compile(rf"\s*,?\s*(?P<v>{_SPEECH['de']})\s+(?P<w>dieser|diese)\b(?!\s+[A-ZÄÖÜ])"),
    "en": re.compile(rf"\s*,?\s*(?P<v>{_SPEECH['en']})\s+(?P<w>the latter)\b"),
}


def _the_latter(doc: Doc, first: Sentence, before: str, after: str) -> speakers.Attribution | None:
    """„Vance traf Arnaud. Dieser antwortete: „…““, "…," said the latter: the demonstrative is the person named last
    before it (in its sentence or the one before) — in German the last of its gender (one of unknown gender
    first: nobody).  A guess; None when the frame has no such demonstrative."""
    match = _LATTER_BEFORE[doc.language].search(before)
    told = before[: match.start("w")] if match else ""
    if match is None:
        match = _LATTER_AFTER[doc.language].match(after)
        told = before
    if match is None or re.fullmatch(speakers.lexicon(doc.language).PLURAL_VERB, match.group("v")):
        return None  # („Diese sagten“: the group, not one person)
    names = mentions.name_mentions(doc, told)
    if not names and first.index > 0 and doc.sentences[first.index - 1].block in (first.block, first.block - 1):
        names = mentions.name_mentions(doc, doc.sentences[first.index - 1].text)
    wanted = None if doc.language != "de" else "m" if match.group("w").casefold() == "dieser" else "f"
    if wanted is None and len({subjects.fuller(doc, m.person).name for m in names}) < 2:
        return speakers.Attribution(None, certain=False)  # "the latter" of one name: someone we did not find
    for mention in reversed(names):
        person = subjects.fuller(doc, mention.person)
        known = mentions.gender(person, "de") if wanted else None
        if known == wanted:
            return speakers.Attribution(person.name, False, person)
        if known is None:
            break
    return speakers.Attribution(None, certain=False)


def _described(doc: Doc, previous: _Said, said: speakers.Attribution, first: Sentence) -> speakers.Attribution:
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


def _headline_quotes(doc: Doc, outlets: set[str], seen: set[str]) -> None:
    """«…» – Trump spricht über …, Merz: „…“: a headline quotes with a dash or a colon beside the name."""
    headline = doc.headline or ""
    start = doc.text.find(headline)
    if start < 0:
        return
    line = Sentence(index=0, text=headline, start=start, block=-1)
    for span in quoted_spans(headline):
        if is_quoted_name(headline, span) or span.text.casefold() in outlets or len(span.text) < 2:
            continue
        said: speakers.Attribution | None = None
        dash = re.match(r"\s*[–—-]\s*(.+)", headline[span.end:])
        colon = re.search(r"(?:^|[.!?]\s+)([^.!?:]+):\s*$", headline[: span.start])
        for part in (dash.group(1) if dash else "", colon.group(1) if colon else ""):
            names = mentions.name_mentions(doc, part)
            if names and names[0].start == 0:
                said = speakers.Attribution(names[0].person.name, True, names[0].person)
                break
        if said is None:
            said = _headline_office(doc, headline)
        if said is None:
            continue
        text = span.text.rstrip(",")
        if text.casefold() not in seen:
            seen.add(text.casefold())
            doc.quotes.append(_quote(said, text, line.text))


def _headline_office(doc: Doc, headline: str) -> speakers.Attribution | None:
    """"Parties Face 'Narrow Window', Special Representative Tells Council": an office alone as the headline's
    subject of a verb of saying, held by one person of the article — that person (a guess)."""
    verbs = _SPEECH[doc.language]
    found: dict[str, list[Person]] = {}
    for person in doc.persons:
        office = _office_phrase(person.role or "")
        if len(office) >= 4 and re.search(rf"(?<![\w-]){re.escape(office)}\s+(?:{verbs})\b", headline, re.IGNORECASE):
            found.setdefault(office.casefold(), []).append(person)
    if len(found) != 1:
        return None
    holders = next(iter(found.values()))
    return speakers.Attribution(holders[0].name, False, holders[0]) if len(holders) == 1 else None


def _quote(said: speakers.Attribution, text: str, evidence: str) -> Quote:
    return Quote(id=fact_id("quote", said.speaker or "", text), evidence=evidence, speaker=said.speaker,
                 co_speakers=said.co_speakers if said.speaker else (), text=text,
                 review="extracted" if said.certain else "guessed")
