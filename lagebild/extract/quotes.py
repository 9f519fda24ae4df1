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

from lagebild.briefing.model import Quote, fact_id
from lagebild.extract import mentions, speakers
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.quotecontext import (
    ANY_SPEECH_VERB,
    SENTENCE_QUOTE,
    Said,
    after_reported_speech,
    continued,
    described,
    in_reported_speech,
    interview_answer,
)
from lagebild.extract.quotedspans import QuotedSpan, is_quoted_name, open_tail, quoted_spans, runs_on
from lagebild.extract.quotereferents import headline_office, holder_introduced_next, styled_subject, the_latter


def _masked(sentence: Sentence, spans: list[QuotedSpan], offset: int) -> str:
    """The sentence with every quotation blanked out: names inside a quote are not speakers."""
    text = list(sentence.text)
    for span in spans:
        s, e = max(span.start - offset, 0), min(span.end - offset, len(text))
        if e > 0 and s < len(text):
            text[s:e] = " " * (e - s)
    return "".join(text)


# A sentence that is only the attribution of the quote before it, split off after its „?“ or „!“: "Dubois asked.",
# "asked Dubois.", "the minister replied."
_TRAILING_ATTRIBUTION = re.compile(rf"\s*(?:(?:[A-ZÄÖÜ][\w'’.-]*\s+){{1,3}}|(?:the|der|die)\s+(?:[\w-]+\s+){{1,2}})?"
                                   rf"(?:{ANY_SPEECH_VERB})\b")


def run(doc: Doc) -> None:
    doc.quotes = []
    blocks: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        blocks.setdefault(sentence.block, []).append(sentence)
    outlets = {s.name.casefold() for s in doc.sources}
    seen: set[str] = set()
    previous: Said | None = None
    running: tuple[int, str, str] | None = None  # (block, text, evidence) of a quote that runs on
    for block, sentences in blocks.items():
        base = sentences[0].start
        paragraph = doc.text[base: sentences[-1].start + len(sentences[-1].text)]
        spans = quoted_spans(paragraph)
        following = blocks.get(block + 1)
        tail = open_tail(paragraph, spans, following[0].text[:1] if following else "")
        if tail is not None:
            spans.append(tail)
        if running is not None and (running[0] != block - 1 or not spans or spans[0].start != 0):
            running = None  # the next paragraph does not go on quoting: no speaker to give it
        open_quote = runs_on(paragraph, spans)
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
                said = holder_introduced_next(doc, first, last, before + " " + after) or said
            if (said is None or said.speaker is None) and speakers.has_speech_verb(before, doc.language):
                said = styled_subject(doc, first, before) or said
            said = the_latter(doc, first, before, after) or said  # "the latter said": not the first one named
            if said is not None and said.description and previous is not None:
                said = described(doc, previous, said, first)
            if said is None:
                said = interview_answer(doc, paragraph)
            if said is None and previous is not None:
                said = continued(doc, previous, first, block, span, before, after)
            if said is None:
                said = after_reported_speech(doc, first, span, before, after)
            if said is None:
                said = in_reported_speech(doc, first, before, after)
            if said is None and not before.strip(" ,:–—-") and not after.strip(" .!?") \
                    and last.index + 1 < len(doc.sentences) and doc.sentences[last.index + 1].block == block:
                said = speakers.named_after(doc, doc.sentences[last.index + 1])  # „„…“ Das sagte X.“
            if said is None:
                said = speakers.nearest(doc, first, before, last, after)
            if said is None and span.start == 0 and SENTENCE_QUOTE.match(span.text) and len(span.text.split()) >= 5 \
                    and not speakers.has_speech_verb(after, doc.language):
                said = speakers.Attribution(None, certain=False)  # a paragraph that is a quote, of someone unnamed
            if said is None:
                continue  # nobody is said to say it: a scare quote or a term
            previous = Said(said, last.index, block)
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
            said = headline_office(doc, headline)
        if said is None:
            continue
        text = span.text.rstrip(",")
        if text.casefold() not in seen:
            seen.add(text.casefold())
            doc.quotes.append(_quote(said, text, line.text))


def _quote(said: speakers.Attribution, text: str, evidence: str) -> Quote:
    return Quote(id=fact_id("quote", said.speaker or "", text), evidence=evidence, speaker=said.speaker,
                 co_speakers=said.co_speakers if said.speaker else (), text=text,
                 review="extracted" if said.certain else "guessed")
