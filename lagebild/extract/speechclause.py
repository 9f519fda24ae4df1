"""The parts of a sentence that attribution frames read (``extract.speakers``): verbs of saying, the
clause before or after a verb (its subject), a subject's named apposition, a clause that leaves out its
verb of saying, and an indefinite person („Ein Sprecher“, "One official") whom nobody names."""

from __future__ import annotations

import re

from lagebild.extract import mentions
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import en
from lagebild.extract.subjects import Attribution, classify, lexicon

CLAUSE = re.compile(r"[;,]\s+(?:while|whereas|but|während|wohingegen|doch)\s+")
BOUNDARY = re.compile(r"[,;:–—(]|\s-\s|\bthat\b|\bdass\b")
STOP = re.compile(r"[,.;:!?–—()]|\s-\s")


def _verbs(language: str) -> str:
    verbs = lexicon(language).SPEECH_VERBS
    return "|".join(sorted(verbs, key=len, reverse=True))


VERB_RE: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"(?<![\w-])(?:{_verbs(lang)})(?![\w-])", re.IGNORECASE) for lang in ("de", "en")
}


def has_speech_verb(text: str, language: str) -> bool:
    return VERB_RE[language].search(text) is not None


def indefinite_person(doc: Doc, clause: str) -> bool:
    """Whether a clause opens with an indefinite person as its subject: „Ein Huthi-Sprecher wies …“,
    "One EU official blamed …" (a determiner, up to two words, a role noun) — someone nobody names."""
    words = re.findall(r"[\w-]+", clause[:80])
    if not words or words[0].casefold() not in lexicon(doc.language).INDEFINITE:
        return False
    nouns = words[1:4]
    return any(mentions.is_role_noun(w, doc.language) for w in nouns) and not mentions.name_mentions(doc, clause)


# A clause that leaves out the verb of saying of the clause before: ", Y dagegen von einer „…“", ", Y of "…""
GAPPED = re.compile(r",\s+(?P<subject>(?:[A-ZÄÖÜ][\w.'’-]*\s+){0,3}[A-ZÄÖÜ][\w'’-]*"
                     r"|(?:sein|seine|ihr|ihre|his|her|its)\s+(?:[\w-]+\s+){0,1}[\w-]+)\s+"
                     r"(?:(?:dagegen|hingegen|wiederum|jedoch|ebenfalls|aber|however|in\s+turn|meanwhile)\s+)?"
                     r"(?:von|vom|of|als|as)\s+(?:[\w-]+\s+){0,2}$")


def relative_antecedent(doc: Doc, sentence: Sentence, before: str, subject: str) -> Attribution | None:
    """„Daran nahm auch Kommissar X teil, der von einem „…“ sprach“: a relative clause closing with the
    verb of saying is said by the person it hangs on — the name right before its comma (a separable
    particle such as „teil“ may stand between)."""
    if not re.match(r"\s*(?:der|die)\s", subject):
        return None
    head = before[: len(before) - len(subject)].rstrip()
    if not head.endswith(","):
        return None
    antecedent = re.sub(r"(?:\s+[a-zäöüß]+){0,2}\s*,$", "", head)
    names = mentions.name_mentions(doc, antecedent)
    if not names or antecedent[names[-1].end:].strip():
        return None
    return classify(doc, sentence, antecedent[names[-1].start:])


def with_apposition(doc: Doc, text: str) -> str:
    """„sagte der Berater von Präsident Trump, Peter Grauer, am Abend“: the subject with its named apposition."""
    head = clause_head(text)
    comma = re.match(r"\s*,\s*", text[len(head):])
    if comma:
        rest = text[len(head) + comma.end():]
        names = mentions.name_mentions(doc, rest)
        if names and names[0].start == 0:
            return head + ", " + rest[: names[0].end]
    return head


def clause_head(text: str) -> str:
    """The words after a verb up to the next punctuation: the inverted subject ("said Sen. Roger Wicker":
    the full stop of an abbreviated title ends nothing)."""
    masked = _TITLE_STOP.sub(lambda m: m.group(0)[:-1] + " ", text)
    return text[: len(STOP.split(masked, maxsplit=1)[0])]


# "Sen.", "Gov.", "Dr.", "St.": abbreviations whose full stop is no sentence or clause end
_TITLE_STOP = re.compile(r"(?<![\w.])(?:{})\.(?=\s+[A-ZÄÖÜ])".format(
    "|".join(sorted({*en.ROLE_ABBREVIATIONS, *(h.rstrip(".") for h in en.HONORIFICS), "St"}, key=len, reverse=True))))


def clause_tail(text: str) -> str:
    """The words before a verb back to the last clause boundary: the subject."""
    return BOUNDARY.split(text)[-1]
