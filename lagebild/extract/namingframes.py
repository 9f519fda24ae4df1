"""Attribution frames that name a quote's speaker without a plain verb of saying before or after it
(``extract.speakers``, frames 0–2, 4 and 6): a name and a colon („Merz: „…““, „X wies das zurück: Es gehe
„…““), a remark named as someone's („der „…“-Sager von X“, "Y's charge that …"), a passive label and its
agent ("was described as "…" by X"), the one quoted („zitierte X mit den Worten“), a labelling verb ("a
charge Mr Lam dismissed as "…""), a relative clause of naming, „so X“, and "according to X"."""

from __future__ import annotations

import re

from lagebild.extract import mentions
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.speechclause import (
    clause_head,
    clause_tail,
    has_speech_verb,
    indefinite_person,
    relative_antecedent,
    with_apposition,
)
from lagebild.extract.subjects import NOBODY, Attribution, classify, lexicon

_BOUNDARY_SENTENCE = re.compile(r"[.!?]\s+")


def colon_frame(doc: Doc, sentence: Sentence, before: str) -> Attribution | None:
    """„Berg: „Wir stehen zusammen““: a name (or title) and a colon, nothing else, before the quote."""
    # („Vance: „…“ – Arnaud: „…““: the name after the dash before the second quote, not the first colon's)
    match = re.fullmatch(r"\s*(?:[^:]*:\s+[–—-]\s+)?((?:[^\s:]+\s+){0,3}[^\s:]+)\s*:\s*", before)
    if match and has_speech_verb(match.group(1), doc.language):
        return None  # „Sie sagten danach: …“ has its verb: the verb's frame reads its subject
    return classify(doc, sentence, match.group(1)) if match else None


def lead_colon_frame(doc: Doc, sentence: Sentence, before: str) -> Attribution | None:
    """„Kritik kam von der Kreisvorsitzenden X: Die Ministerin komme „…““, „X wies das zurück: Die Regeln
    seien „…““: a clause naming one person, a colon, then their reported words (no verb of saying of its
    own) — the person named just before the colon, or the clause's subject named at its start."""
    match = re.fullmatch(r"(?P<head>.*\S)\s*:\s+(?P<rest>[^:]+)", before, re.DOTALL)
    if not match:
        # "One EU official blamed the delay on Beijing: "…"": an unnamed person's words
        lead = re.fullmatch(r"(?P<head>.*\S)\s*:\s*", before, re.DOTALL)
        return NOBODY if lead and not has_speech_verb(lead.group("head"), doc.language) \
            and indefinite_person(doc, _BOUNDARY_SENTENCE.split(lead.group("head"))[-1]) else None
    if has_speech_verb(match.group("rest"), doc.language):
        return None
    head = re.sub(r"\s*\([^)]*\)\s*$", "", match.group("head"))  # „Sander (CDU):“
    names = mentions.name_mentions(doc, head)
    if not names:
        # „Ein Huthi-Sprecher wies den Bericht zurück: Es gehe „…““: an unnamed person's words
        return NOBODY if indefinite_person(doc, head) else None
    last = names[-1]
    first = names[0]
    if len(names) > 1 and all(w[:1].isupper() for w in head[:first.start].split()) \
            and _LOWER_VERB.match(head, first.end) and not _PASSIVE_DE.search(head):
        # „Weber lobte Dubois: Er habe „…““: the head's subject goes on in reported speech, not its object
        return classify(doc, sentence, head[first.start:first.end])
    if not head[last.end:].strip():
        return classify(doc, sentence, head[last.start:])
    # „Der transnistrische Chefverhandler X wies das zurück:“: one name, at the start, then its verb
    opening = head[:last.start]
    if len(names) == 1 and all(w[:1].isupper() or re.fullmatch(r"[a-zäöüß]+(?:e|en|er)", w) for w in opening.split()) \
            and re.fullmatch(r"\s+[a-zäöüß]+(?:\s+[a-zäöüß]+){0,3}", head[last.end:]):
        return classify(doc, sentence, head[:last.end])
    return None


# A lowercase finite verb right after the subject's name („Weber lobte …“, "Weber praised …")
_LOWER_VERB = re.compile(r"\s+(?!(?:von|vom|und|and|of|from|by|aus)\b)[a-zäöüß]+\b")
# A passive or an origin: „Weber wurde von Dubois kritisiert:“, "Kritik kam von X:"
_PASSIVE_DE = re.compile(r"\b(?:wurde|wurden|was|were|kam|kamen|came|von|vom|by|from)\b")


def remark_frame(doc: Doc, sentence: Sentence, after: str) -> Attribution | None:
    """„der „…“-Sager von Innenminister X“: a quote named as someone's remark is that person's."""
    match = re.match(lexicon(doc.language).REMARK_OF, after)
    return classify(doc, sentence, with_apposition(doc, after[match.end():])) if match else None


def so_frame(doc: Doc, sentence: Sentence, before: str, after: str) -> Attribution | None:
    """„so Merz“, „so der Kanzler weiter“: German attribution without a verb."""
    if doc.language != "de":
        return None
    for part in (after, before):
        for match in re.finditer(r"(?:^|[,–—-]\s*|\s-\s)so\s+(?=\S)", part):
            found = classify(doc, sentence, clause_head(part[match.end():]))
            if found is not None:
                return found
    return None


def according_frame(doc: Doc, sentence: Sentence, text: str) -> Attribution | None:
    """"according to a White House official", „laut Regierungssprecher Hille“, „Diplomaten zufolge“ — the
    source is whoever follows; one that is neither a person nor an organization of the article
    („nach Angaben des Weißen Hauses“ when no body was recognised) still names no speaker."""
    lex = lexicon(doc.language)
    match = re.search(lex.ACCORDING_TO + r"\s+", text)
    if match:
        source = re.sub(r"^(?:des|der|dem|den|von)\s+", "", clause_head(text[match.end():]))
        opening = source.split()[0].casefold() if source.split() else ""
        if opening in lex.UNNAMED_NOUNS or opening in lex.INDEFINITE:
            return NOBODY  # „nach Angaben aus Regierungskreisen will X …“: the circles speak, not X
        return classify(doc, sentence, source) or NOBODY
    match = re.search(lex.ACCORDING_AFTER, text)
    if match:
        return classify(doc, sentence, clause_tail(text[: match.start()])) or NOBODY
    return None


# A German relative clause closing with a participle of naming and its auxiliary: „, der den Plan „…“ genannt hatte“
_NAMING_PARTICIPLE = re.compile(r"\s*(?:genannt|bezeichnet|beschrieben)\s+(?:hatte|hat|habe|hätte|hatten|haben)\b")
_RELATIVE_OPENING = re.compile(r",\s*(?:der|die)\s+[^,;:]*$")


def relative_naming_frame(doc: Doc, sentence: Sentence, before: str, after: str) -> Attribution | None:
    """„Arnaud antwortete Vance, der den Plan zuvor „…“ genannt hatte“: the relative clause's verb of naming is
    said by the person it hangs on, not by the main clause's subject."""
    if doc.language != "de" or not _NAMING_PARTICIPLE.match(after):
        return None
    opening = _RELATIVE_OPENING.search(before)
    if opening is None:
        return None
    # (an antecedent that is no name, „der Ministerin, die …“: nobody named rather than the main clause's subject)
    return relative_antecedent(doc, sentence, before, before[opening.start() + 1:]) or Attribution(None, False)


def possessed_remark_frame(doc: Doc, sentence: Sentence, before: str) -> Attribution | None:
    """"X rejected Y's charge that he was "…"", „X reagierte auf Ys Vorwurf, er sei „…““: a remark named by its
    owner's possessive is the owner's, when no verb of saying comes between the remark and the quote."""
    match = re.search(lexicon(doc.language).POSSESSED_REMARK, before)
    if not match or has_speech_verb(before[match.end("owner"):], doc.language):
        return None
    names = mentions.name_mentions(doc, match.group("owner"))
    if not names:
        return None
    return classify(doc, sentence, match.group("owner")[names[-1].start:names[-1].end])


# "was described as "…" by X", „wurde von X als „…“ gelobt“: a passive label and its agent
_PASSIVE_AS_EN = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|called|dubbed|branded|"
                            r"hailed|seen|described|written|spoken\s+of)\s+as\s+(?:an?\s+|the\s+)?$")
_BY_AFTER = re.compile(r"[\s,]*by\s+(?=\S)")
_PASSIVE_AS_DE = re.compile(r"\b(?:wurde|wurden|wird|werden|worden)\b[^,;:]*?\bvon\s+(?P<subject>[^,;:]+?)\s+als\s+"
                            r"(?:[\w-]+\s+){0,2}$")
_PARTICIPLE_AFTER = re.compile(r"\s*(?:ge[a-zäöüß]+t|[a-zäöüß]+iert|bezeichnet|genannt|beschrieben)\b")


def passive_frame(doc: Doc, sentence: Sentence, before: str, after: str) -> Attribution | None:
    """"The plan was described as "…" by X", „Vance wurde von X als „…“ gelobt“: the agent speaks, not the
    subject (an agent who is no person or body of the article: nobody named)."""
    if doc.language == "en":
        by = _BY_AFTER.match(after) if _PASSIVE_AS_EN.search(before) else None
        return (classify(doc, sentence, clause_head(after[by.end():])) or NOBODY) if by else None
    agent = _PASSIVE_AS_DE.search(before)
    if agent and _PARTICIPLE_AFTER.match(after):
        return classify(doc, sentence, agent.group("subject")) or NOBODY
    return None


def quoted_as_frame(doc: Doc, sentence: Sentence, before: str, after: str) -> Attribution | None:
    """„zitierte X mit den Worten: „…““, "…," the agency quoted a diplomat as saying: the one quoted speaks."""
    lex = lexicon(doc.language)
    match = re.search(lex.QUOTED_AS_BEFORE, before) or re.match(lex.QUOTED_AS_AFTER, after)
    return (classify(doc, sentence, match.group("subject")) or NOBODY) if match else None


# "…, a charge Mr Lam dismissed as "…"", "which Tom Reid called "…"": a name right before a
# verb that labels something as the quote — the labeller speaks, whoever said something earlier in the sentence.
_LABELLED_BEFORE = re.compile(
    r"(?:^|[,;:(–—]\s*|\b(?:what|which|that|a|an|the)\s+(?:[a-z]+\s+){0,2})"
    r"(?P<subject>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)(?:,\s[^,\"“”]{3,60},)?\s+(?:has\s+|had\s+)?"
    r"(?:later\s+|once\s+|[a-z]+ly\s+)?"
    r"(?:dismissed|described|called|branded|labell?ed|termed|denounced|derided|characteri[sz]ed|rejected|"
    r"likened\s+\w+\s+to)\s+(?:it\s+|them\s+|this\s+|that\s+)?"
    # ("which Ghosh rejected last week as "…"": a time adverbial before "as")
    r"(?:(?:last|this|on|earlier|in)\s+[A-Za-z]+\s+)?(?:as\s+)?(?:an?\s+|the\s+)?$")


def labelled_frame(doc: Doc, sentence: Sentence, before: str) -> Attribution | None:
    """"…, a charge Mr Lam dismissed as "…"": the name right before the labelling verb says the quote."""
    if doc.language != "en":
        return None
    match = _LABELLED_BEFORE.search(before)
    if not match or not mentions.name_mentions(doc, match.group("subject")):
        return None
    return classify(doc, sentence, match.group("subject"))
