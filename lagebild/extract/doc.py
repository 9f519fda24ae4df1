"""The document that extraction stages read and enrich, in order.

An article is split once into blocks (subheadings and paragraphs) and
sentences with character offsets.  Each stage in ``pipeline.STAGES`` reads
some fields of the ``Doc`` and writes others (its docstring says which), so a
stronger component can later replace one stage without touching the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lagebild.article import Article
from lagebild.briefing.model import (
    Country,
    Event,
    Figure,
    Organization,
    Person,
    Place,
    Quote,
    ReferenceDate,
    Section,
    Source,
)


@dataclass(frozen=True)
class Sentence:
    index: int  # position in the article, 0-based
    text: str  # verbatim, as it stands in the article: the evidence
    start: int  # character offset in Doc.text
    block: int  # index of the paragraph it belongs to


@dataclass
class Doc:
    article: Article
    language: str  # "de" or "en"
    locale: str | None = None  # "de-AT", "en-US", ...
    text: str = ""
    headline: str | None = None  # the article's own first-line headline, if it has one
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    reference_date: ReferenceDate | None = None
    title: str = ""
    summary: str = ""
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    # an organization's shown name -> the acronym the text defines for it ("Alliance of Sahel States (AES)"):
    # a later bare "AES" names that body (as a participant too)
    org_acronyms: dict[str, str] = field(default_factory=dict)
    countries: list[Country] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset("""
    z.B bzw ca Dr Prof Nr St Hr Fr usw etc vgl ggf inkl evtl bzw u.a o.ä d.h z.T Abs Art Jh Mio Mrd
    Mr Mrs Ms Dr Sen Rep Gen Col Lt Gov Jr Sr Inc Ltd Co Corp U.S U.K U.N vs No Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec St Mt Ft Ma Md Mohd Muhd Maj Brig Capt Cmdr Sgt Adm Mag MMag Ing
    Hon Rt Rev Amb Msgr
""".split())
_SENTENCE_END = re.compile(r"""[.!?…]+["“”»«'’)\]]*(?=\s+|$)""")
_HEADING_MAX_WORDS = 12
# An article's first line is its headline up to this length: news headlines run longer than the
# subheadings inside a text ("India, Indonesia sign six pacts, set USD 50 bn trade target after Joint
# Commission talks").
_HEADLINE_MAX_WORDS = 20
# A paragraph that closes with a photo credit and reads as a caption — a position mark for who stands where („Jane
# Roe (l.) im Gespräch mit …“, "(SPD, r.)", "(left)") or a short label before a colon at its start („Gruppenbild am
# Hafen: …“, „Weitere Bilder: …“) — is no article text (CONVENTIONS §1): it gives no sentence to any stage.  A
# paragraph of news that merely ends with its picture's credit stays (the credit's names are dropped by the persons
# stage), and so does a credit in brackets after a sentence ("(Picture: Reuters/Jane Roe)", a gallery's text).
_CAPTION_MARK = re.compile(r"\((?:[^()]{0,40},\s*)?(?:l|r|M|li|re|v\.\s?l|v\.\s?r|left|right|centre|center|front)\.?\)"
                           r"|^[A-ZÄÖÜ][^.:!?„“\"»«]{0,40}:\s")
_CAPTION_CREDIT = re.compile(r"(?:^|[.!?…][\"“”»«]?\s+)(?:Fotos?|Bilder?|Bildquelle|Photos?|Pictures?|Images?)\s*:"
                             r"\s*[^.!?:()\s][^.!?:()]{0,80}(?:\(\d+\)[^.!?:()]{0,80})*$")


def is_subheading(line: str, max_words: int = _HEADING_MAX_WORDS) -> bool:
    """A short line without a final stop: a subheading in pasted web articles."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > max_words:
        return False
    return stripped[-1] not in ".!?:;,\"“”»«'’…)"


def timeline_entry(line: str, language: str) -> bool:
    """A line of a chronology, a day or month and what happened then, without a final stop
    („9. Juni 2023: Unterzeichnung eines Waffenstillstands in Havanna“, "March 4 – Talks resume"):
    text of the article, not a subheading."""
    from lagebild.extract.datefind import find_dates  # (datefind reads no Doc; imported late all the same)

    stripped = line.strip().lstrip("-–•* ")
    first = next(iter(find_dates(stripped, language)), None)
    return first is not None and first.start == 0 and first.kind in ("date", "month", "weekday") and re.match(
        r"\s*[:–—]\s*\S+\s+\S+", stripped[first.end:]) is not None


def split_sentences(paragraph: str, language: str = "de") -> list[tuple[int, str]]:
    """(offset, sentence) pairs; ordinals ("15. Dezember") and abbreviations do not split.  English
    writes no ordinal with a stop: there "on Jan. 14. Asante will …" ends after the number."""
    result: list[tuple[int, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end()
        before = paragraph[start:match.start()]
        following = paragraph[end:].lstrip()
        if not following:
            continue
        last_word = re.search(r"(\S+)$", before)
        token = last_word.group(1) if last_word else ""
        if match.group(0).startswith(".") and len(match.group(0)) == 1:
            if token.strip("(\"„“") in _ABBREVIATIONS or re.fullmatch(r"[A-ZÄÖÜ]", token) or re.fullmatch(
                    r"(?:[A-Z]\.)+[A-Z]", token):  # "Washington D.C. Wednesday": an initialism like "U.S."
                continue
            if (re.fullmatch(r"\d{1,2}", token) and language != "en") or re.fullmatch(r"[IVX]+", token):
                continue  # "15. Dezember", "Abdullah II. treffen"
        if not re.match(r"""[\"„“”»«'‘’(\[]?[A-ZÄÖÜÀ-Þ0-9]""", following):
            continue
        text = paragraph[start:end].strip()
        if text:
            result.append((start + (len(paragraph[start:end]) - len(paragraph[start:end].lstrip())), text))
        start = end
    tail = paragraph[start:].strip()
    if tail:
        result.append((start + (len(paragraph[start:]) - len(paragraph[start:].lstrip())), tail))
    return result


def segment(article: Article, language: str, locale: str | None) -> Doc:
    """Split the article into sections, paragraphs and sentences."""
    doc = Doc(article=article, language=language, locale=locale, text=article.text)
    lines = article.text.split("\n")
    offset = 0
    blocks: list[tuple[int, str, bool]] = []  # (offset, text, is_heading)
    for line in lines:
        if line.strip():
            blocks.append((offset, line, is_subheading(line) and not timeline_entry(line, language)))
        offset += len(line) + 1
    # A first line that is a heading is the article's own headline.
    if len(blocks) > 1 and is_subheading(blocks[0][1], _HEADLINE_MAX_WORDS):
        doc.headline = blocks[0][1].strip()
        blocks = blocks[1:]
    heading: str | None = None
    paragraphs: list[str] = []
    block_index = 0
    for block_offset, text, heading_line in blocks:
        if heading_line:
            if paragraphs or heading is not None:
                doc.sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = text.strip(), []
            continue
        paragraphs.append(text.strip())
        if _CAPTION_CREDIT.search(text.strip()) and _CAPTION_MARK.search(text.strip()):
            block_index += 1
            continue  # a photo caption, not article text
        for rel, sentence in split_sentences(text, language):
            doc.sentences.append(Sentence(len(doc.sentences), sentence, block_offset + rel, block_index))
        block_index += 1
    if paragraphs or heading is not None:
        doc.sections.append(Section(heading, tuple(paragraphs)))
    return doc
