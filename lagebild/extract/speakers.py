"""Who said a quotation: the attribution frame that governs it, read from the sentence around it.

Used by the quotes stage.  ``attribute`` tries these frames in order and
returns the first that has a subject:

0. a remark named by its owner's possessive ("Y's charge that he was "…"", „Ys Vorwurf, er sei „…““);
   a passive label and its agent ("was described as "…" by X", „wurde von X als „…“ gelobt“);
   the one quoted: „zitierte X mit den Worten: „…““, "the agency quoted X as saying";
1. a name or title and a colon, nothing else, before the quote: „Merz: „…““;
2. a quote named as someone's remark: „der „…“-Sager von Innenminister X“;
3. a verb of saying after the quote: „…“, sagte Merz / "…," Rutte said /
   "…," said Rutte / "…," it said — also after words that finish the quote's
   clause (Der Kanzler werde „…“ ansprechen, sagte der Sprecher Hille), and a
   German participle closing it („Ecowas hatte sich als „…“ geäußert“);
4. „so X“ anywhere in the sentence (… würden - so Moon wörtlich - „…“);
5. a verb of saying before the quote: Merz sagte: „…“ / Lula said the deal was
   "…" / in what he called "…" / X told Y … and urged "…" (the earlier verb's
   subject) / Ines Carvalho, a researcher, said (the name before its apposition);
6. "according to X", „laut X“, „X zufolge“ (X may be an outlet: then nobody is named).

A quote right after a question word („Auf die Frage „…“ antwortete X“) is the
asker's: only the verb before it counts (an unnamed asker: nobody); so is a quote
inside the question ("Asked whether the deal was "…", X said no").  A clause
that leaves out its verb of saying („X sprach von „…“, Y dagegen von „…““) has
its own subject.  A paper in quotation marks after the verb („schrieb die
„Global Times“ über X“) names no person.  A German
„sie“ with a plural verb („erklärten sie“) is the group named before.  A quote
standing alone may be named by the next sentence („Das sagte X.“: ``named_after``).

``subjects.classify`` then says who the subject is: a person, an organization,
or nobody.  Without a frame, ``nearest`` guesses the first person the text
before (or after) the quote refers to — ``guessed`` unless the sentence has a
verb of saying.

The frames live in ``speechframes`` (a verb of saying before or after the quote) and
``namingframes`` (the others); ``speechclause`` holds the parts of a sentence both read.
"""

from __future__ import annotations

import re

from lagebild.briefing.model import Person
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.namingframes import (
    according_frame,
    colon_frame,
    labelled_frame,
    lead_colon_frame,
    passive_frame,
    possessed_remark_frame,
    quoted_as_frame,
    relative_naming_frame,
    remark_frame,
    so_frame,
)
from lagebild.extract.speechclause import CLAUSE, GAPPED, has_speech_verb, indefinite_person, with_apposition
from lagebild.extract.speechframes import after_frame, before_frame
from lagebild.extract.subjects import NOBODY, NOBODY_PERSON, Attribution, classify, lexicon, reference

__all__ = ["Attribution", "attribute", "has_speech_verb", "indefinite_person", "lexicon", "named_after", "nearest"]


def attribute(doc: Doc, first: Sentence, before: str, last: Sentence, after: str) -> Attribution | None:
    """The speaker an attribution frame gives the quote between ``before`` and ``after`` (masked sentence
    parts), or None when the sentence has no frame."""
    question = re.search(lexicon(doc.language).QUESTION_BEFORE, before)
    if question:
        # „Auf die Frage „…“ antwortete X“: the question is the asker's (unnamed: nobody), not X's;
        # "X was asked: "…"" names whom it was asked
        return NOBODY if question.group("passive") else before_frame(doc, first, before) or NOBODY
    clause = re.search(lexicon(doc.language).QUESTION_CLAUSE, before)
    if clause and not has_speech_verb(clause.group("rest"), doc.language):
        return NOBODY  # "Asked whether the deal was "…", X said": a word of the question, the asker's
    frames = (lambda: relative_naming_frame(doc, first, before, after),
              lambda: possessed_remark_frame(doc, first, before), lambda: passive_frame(doc, first, before, after),
              lambda: quoted_as_frame(doc, first, before, after), lambda: labelled_frame(doc, first, before),
              lambda: colon_frame(doc, first, before), lambda: lead_colon_frame(doc, first, before),
              lambda: remark_frame(doc, last, after),
              lambda: after_frame(doc, last, before, after), lambda: so_frame(doc, first, before, after),
              lambda: before_frame(doc, first, before), lambda: according_frame(doc, first, before + " " + after))
    return next((found for found in (frame() for frame in frames) if found is not None), None)


def nearest(doc: Doc, first: Sentence, before: str, last: Sentence, after: str) -> Attribution | None:
    """No frame: the first person the text before the quote refers to, else the one after it — a guess
    (a verb of saying in the sentence may well be someone else's)."""
    gapped = GAPPED.search(before)
    if gapped:  # "X spoke of "…", Y of "…"": the subject of the clause that leaves out its verb
        return classify(doc, first, gapped.group("subject")) or Attribution(None, certain=False)
    person = _nearest_subject(doc, first, last, before, after)
    if person is NOBODY_PERSON:
        return Attribution(None, certain=False)  # „Er sprach von „…““ after an unnamed president: nobody named
    return Attribution(person.name, False, person) if person is not None else None


def named_after(doc: Doc, following: Sentence) -> Attribution | None:
    """„„…“ Das sagte Außenminister X am Freitag.“, "Those were the words of X": a quote standing alone
    whose speaker the next sentence names."""
    match = re.match(lexicon(doc.language).NAMED_AFTER, following.text)
    if not match:
        return None
    found = classify(doc, following, with_apposition(doc, following.text[match.end():]))
    return found if found is not None and found.speaker is not None else None


def _nearest_subject(doc: Doc, first: Sentence, last: Sentence, before: str, after: str) -> Person | None:
    """No frame: the first person the text before the quote refers to, else the one after it."""
    clauses = CLAUSE.split(before)
    if len(clauses) > 1 and clauses[-1].strip():
        before = " " * (len(before) - len(clauses[-1])) + clauses[-1]
    order = ((first, before), (last, after)) if before.strip(" ,:–—-") else ((last, after), (first, before))
    for sentence, part in order:
        person = reference(doc, sentence, part)
        if person is not None:
            return person
    return None
