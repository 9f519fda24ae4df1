"""Attribution frames built on a verb of saying (``extract.speakers``, frames 3 and 5): the verb after
the quote („…“, sagte Merz / "…," Rutte said / "…," said Rutte; a German participle closing the clause:
„Ecowas hatte sich als „…“ geäußert“) and the last verb before it (Merz sagte: „…“ / Lula said the deal was
"…" / in what he called "…"), each with its subject — past relative clauses, asides and appositions."""

from __future__ import annotations

import re

from lagebild.extract import mentions
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import de_speech
from lagebild.extract.speechclause import (
    BOUNDARY,
    CLAUSE,
    GAPPED,
    VERB_RE,
    clause_head,
    clause_tail,
    relative_antecedent,
    with_apposition,
)
from lagebild.extract.subjects import NOBODY, SUBJECT_START, Attribution, classify, fitting, joint_subject, lexicon

# A relative clause: English by its pronoun; German also by its final verb („der am Montag in Paris war“),
# which sets it apart from a subject („der stellvertretende Sprecher Paul Wendt“).
# („Weber, der Dubois am Montag traf, nannte …“: a name may open the relative clause when its verb closes it)
_RELATIVE = re.compile(r"\s*(?:(?:who|which|whose)\s"
                       r"|(?:der|die|das|dem|den|deren|dessen)\s+[a-zäöü\d].*\s[a-zäöü]+\s*$"
                       r"|(?:der|die|dem|den|deren|dessen)\s+[A-ZÄÖÜ][\w-]+(?:\s+[\w-]+){1,6}\s+[a-zäöü]+\s*$)")
# (also a subordinating one: "…," X told reporters, before Y added: "…" — Y speaks)
_CONJUNCTION = re.compile(r"^\s*(?:und|and|aber|but|sowie|doch|while|während|before|after|when|then|until|bevor|nachdem"
                          r"|ehe|dann)\s+")
_APPOSITION = re.compile(r"\s*(?:a|an|the|der|die|ein|eine)\s", re.IGNORECASE)
# A participle aside between a subject and its verb of saying: ", speaking on condition of anonymity,",
# ", citing security concerns,", „, sichtlich verärgert,“ is not who speaks.
_ASIDE = re.compile(r"\s*(?:[a-z]+ing|sichtlich|offenbar|offensichtlich|hörbar)\b(?!\s+(?:said|says|told))")


def after_frame(doc: Doc, sentence: Sentence, before: str, after: str) -> Attribution | None:
    """„…“, sagte X / "…," X said / "…," said X — the verb's subject after (or, in English, before) it;
    „Ecowas hatte sich als „…“ geäußert“: a German participle closing the clause has its subject before."""
    verbs = VERB_RE[doc.language]
    for match in verbs.finditer(after):
        gap = after[: match.start()]
        if doc.language == "de" and not gap.strip() and not re.match(r"\s*\w+\s*[:,]?\s*$", after[match.end():]) \
                and before.strip():
            # („Weber wies zurück, was Dubois „…“ nannte“: the clause's subject after its opening word)
            subject = _SUBORDINATOR.sub("", clause_tail(_unbracketed(before)))
            found = relative_antecedent(doc, sentence, before, subject) or classify(doc, sentence, subject)
            # „Berg sagte, man habe von einem „…“ gesprochen“: an impersonal subject leaves it to the outer frame
            if found is not None and not re.match(r"\s*(?:man|es)\b", subject):
                return found
        if doc.language == "en":
            subject = clause_tail(gap)
            if subject.strip() and SUBJECT_START.match(subject) and not re.search(r"[.!?]", gap):
                found = classify(doc, sentence, subject) or _unknown_name(gap, subject)
                if found is not None:
                    return found
            if not re.fullmatch(r"[\s,]*", gap):
                continue
        elif not re.search(r"(?:^|,)\s*$", gap):
            continue  # a German inverted frame follows a comma: "…“ ansprechen, sagte Hille"
        inverted = with_apposition(doc, after[match.end():])
        if _QUOTED_SUBJECT.match(inverted):
            return NOBODY  # „…“, schrieb die „Global Times“ über X: a paper in quotation marks speaks, not X
        if _plural_pronoun(doc, match.group(0), inverted):  # „…“, erklärten sie: both, not the woman named last
            return joint_subject(doc, sentence)
        found = classify(doc, sentence, inverted) or _unknown_name(gap, inverted)
        if found is not None:
            return found
    return None


# An inverted subject that opens with a name in quotation marks (blanked): „schrieb die „Global Times““
_QUOTED_SUBJECT = re.compile(r"\s*(?:(?:der|die|das|des|dem|den|the)\s)?\s{4,}\S?", re.IGNORECASE)


def _plural_pronoun(doc: Doc, verb: str, subject: str) -> bool:
    """„erklärten sie“, „Sie sagten“: German „sie“ with a plural verb is "they"."""
    return re.match(r"\s*[Ss]ie\b", subject) is not None and re.fullmatch(
        lexicon(doc.language).PLURAL_VERB, verb) is not None


def _unknown_name(gap: str, subject: str) -> Attribution | None:
    """"…," said Rutte — a name right at the quote that the persons stage does not know: the quote is
    attributed, but to no speaker this briefing can show (a guess, never a wrong name)."""
    if re.fullmatch(r"[\s,]*(?:[A-ZÄÖÜ][\w'’-]+\s*)?", gap) and re.match(r"\s*[A-ZÄÖÜ][a-zäöüß'’-]+", subject):
        return Attribution(None, certain=False)
    return None


# The capitalised words opening a clause, before its first lower-case word (the verb): "the EAC directed …"
_CLAUSE_NAME = re.compile(r"\s*(?:(?:the|The|der|die|das|Der|Die|Das)\s+)?(?:[A-ZÄÖÜ][\w&.’'-]*\s+){1,6}?"
                          r"(?=[a-zäöü])(?!(?:and|und|or|oder|of|von|vom|aus|from|with|mit)\b)")


def _coordinated_subject(doc: Doc, sentence: Sentence, left: str) -> Attribution | None:
    """"In a communiqué, the EAC directed its secretariat to … and said "…"": a verb of saying joined by „and“ to
    a verb of another kind has the clause's subject — a name or organization opening the clause, or nothing."""
    segments = [seg for seg in BOUNDARY.split(left) if seg.strip() and not _RELATIVE.match(seg)]
    opening = _CLAUSE_NAME.match(segments[-1]) if segments else None
    if opening is None or re.search(r"(?:['’]s?|s['’])\s*$", opening.group(0)):
        return None  # ("Vance's spokesman denied … and said": the owner is not the subject)
    following = re.match(r"[\w-]+", segments[-1][opening.end():])
    if following and mentions.is_role_noun(following.group(0), doc.language):
        return None  # ("Harbour Council officials rejected … and said": the officials, unnamed)
    found = classify(doc, sentence, opening.group(0))
    return found if found is not None and found.speaker is not None else None


def before_frame(doc: Doc, sentence: Sentence, before: str) -> Attribution | None:
    """Merz sagte: „…“ / Lula said the deal was "…" / in what he called "…": the last verb of saying
    before the quote and its subject (German also inverted: „Dazu sagte der Kanzler: …“)."""
    clauses = CLAUSE.split(before)
    part = clauses[-1] if len(clauses) > 1 and clauses[-1].strip() else before
    for match in reversed(list(VERB_RE[doc.language].finditer(part))):
        gapped = GAPPED.search(part, match.end())
        if gapped:
            # „X sprach von einem „…“, Y dagegen von einer „…““: the second clause leaves out the verb, not its subject
            return classify(doc, sentence, gapped.group("subject")) or Attribution(None, certain=False)
        left = _unbracketed(part[: match.start()])
        if re.search(r"(?<![\w])(?:and|und|but|aber|sowie)\s*$", left):
            if not VERB_RE[doc.language].search(left):
                coordinated = _coordinated_subject(doc, sentence, left)
                if coordinated is not None:
                    return coordinated  # "the EAC directed … and said "…"": the clause's named subject
            continue  # "X told Y … and urged": the subject of the verb before
        # (each language's own pronouns: in German text "He" is a name, „Sprecherin He Yun sagte“)
        pronoun = re.search(r"(?<![\w])(er|sie|es)\s+(?:\w+\s+)?$" if doc.language == "de"
                            else r"(?<![\w])(he|she|it)\s+(?:\w+\s+)?$", left, re.IGNORECASE)
        if doc.language == "en" and _PASSIVE_BEFORE.search(left) and not match.group(0).endswith("ing"):
            agent = _PASSIVE_AGENT.match(part, match.end())
            # "Dubois was told by Weber that the offer was "…"": the agent speaks, not the subject
            if agent:
                return classify(doc, sentence, clause_head(part[agent.end():])) or NOBODY
            if re.match(r"\s+to\s", part[match.end():]):
                continue  # "Vance is said to be "…", according to aides": the subject is talked about, not talking
        antecedent = _relative_speaker(doc, sentence, left)
        if antecedent is not None:
            return antecedent  # "criticism from Dubois, who had called the plan "…"": Dubois speaks
        # „Der Kanzler, der am Montag in Paris war, sagte“: a relative clause is no subject
        segments = [seg for seg in BOUNDARY.split(left) if seg.strip() and not _RELATIVE.match(seg)]
        while len(segments) >= 2 and _ASIDE.match(segments[-1]):
            segments.pop()  # "A senior official, speaking on condition of anonymity, said": the aside is no subject
        # "The US ambassador, Mike Waltz, said": the apposition just before the verb
        if pronoun and _plural_pronoun(doc, match.group(0), pronoun.group(1)):
            return joint_subject(doc, sentence)  # „Sie sagten danach: …“
        if pronoun:  # "Rubio met Wang in what he called …": the pronoun takes up the sentence's own subject
            own = fitting(doc, [m.person for m in mentions.name_mentions(doc, left[: pronoun.start()])],
                           pronoun.group(1).casefold())
            if own:
                return Attribution(own[0].name, True, own[0])
        if segments:  # "Zelensky said Trump had called it …": the subject after the earlier verb of saying
            segments[-1] = VERB_RE[doc.language].split(segments[-1])[-1]
        tail = pronoun.group(1) if pronoun else _CONJUNCTION.sub("", segments[-1]) if segments else ""
        if not pronoun and len(segments) >= 2 and _APPOSITION.match(segments[-1]) and \
                not mentions.name_mentions(doc, tail) and _opens_with_name(doc, segments[-2]):
            tail = segments[-2]  # "Ines Carvalho, a senior researcher at …, said": the name before its apposition
        sides = [tail]
        if doc.language == "de":
            inverted = clause_head(part[match.end():])  # „Dazu sagte der Kanzler: …“
            # „Nach dem Treffen mit seinem Amtskollegen X sagte Y: …“: a fronted adverbial's name is no subject
            fronted = not pronoun and re.match(de_speech.FRONTED, tail) is not None
            if re.fullmatch(r"hie(?:ß|ss)|hei(?:ß|ss)t", match.group(0), re.IGNORECASE) \
                    and re.match(r"\s*es\b", inverted):
                return NOBODY  # „Aus Kreisen der Regierung X hieß es, …“: impersonal, whoever the adverbial names
            sides = [inverted, tail] if fronted else [tail, inverted]
        for side in sides:
            if side.strip() and SUBJECT_START.match(side):
                found = classify(doc, sentence, side)
                if found is not None:
                    return found
    return None


# The word opening a German subordinate clause before its subject: „was Dubois „…“ nannte“, „wie X sagte“
_SUBORDINATOR = re.compile(r"^\s*(?:was|wie|dass|weil|wenn|ob|obwohl|nachdem|als)\s+(?=[A-ZÄÖÜ])")
# A passive verb of saying and its agent: "X was told by Y", "it was described by Y as"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$")
_PASSIVE_AGENT = re.compile(r"\s+by\s+")
# The opening of an English relative clause whose verb of saying follows: ", who had called"
_WHO_SAID = re.compile(r",\s*who\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ly\s+|also\s+)?$")


def _relative_speaker(doc: Doc, sentence: Sentence, left: str) -> Attribution | None:
    """"Weber responded to criticism from Dubois, who had called the plan "…"": the verb of saying right after
    the relative pronoun is said by the person named right before its comma."""
    match = _WHO_SAID.search(left)
    if match is None:
        return None
    names = mentions.name_mentions(doc, left[:match.start()])
    if not names or left[names[-1].end:match.start()].strip():
        return None
    return classify(doc, sentence, left[names[-1].start:match.start()])


def _opens_with_name(doc: Doc, segment: str) -> bool:
    """"Ines Carvalho", "Foreign Minister Ines Carvalho": a segment that is a name (after capitalised titles)
    — not "Speaking after Carvalho", whose name is no subject."""
    names = mentions.name_mentions(doc, segment)
    return bool(names) and all(w[:1].isupper() for w in segment[: names[0].start].split())


def _unbracketed(text: str) -> str:
    """"Hou von der Kuomintang (KMT) sagte": an aside in brackets is not the subject."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)
