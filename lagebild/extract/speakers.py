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
"""

from __future__ import annotations

import re

from lagebild.briefing.model import Person
from lagebild.extract import mentions
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import de_speech, en
from lagebild.extract.subjects import (
    NOBODY,
    NOBODY_PERSON,
    SUBJECT_START,
    Attribution,
    classify,
    fitting,
    joint_subject,
    lexicon,
    reference,
)

__all__ = ["Attribution", "attribute", "has_speech_verb", "indefinite_person", "lexicon", "named_after", "nearest"]

_CLAUSE = re.compile(r"[;,]\s+(?:while|whereas|but|während|wohingegen|doch)\s+")
_BOUNDARY = re.compile(r"[,;:–—(]|\s-\s|\bthat\b|\bdass\b")
_BOUNDARY_SENTENCE = re.compile(r"[.!?]\s+")
_STOP = re.compile(r"[,.;:!?–—()]|\s-\s")
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


def _verbs(language: str) -> str:
    verbs = lexicon(language).SPEECH_VERBS
    return "|".join(sorted(verbs, key=len, reverse=True))


_VERB_RE: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"(?<![\w-])(?:{_verbs(lang)})(?![\w-])", re.IGNORECASE) for lang in ("de", "en")
}


def has_speech_verb(text: str, language: str) -> bool:
    return _VERB_RE[language].search(text) is not None


def indefinite_person(doc: Doc, clause: str) -> bool:
    """Whether a clause opens with an indefinite person as its subject: „Ein Huthi-Sprecher wies …“,
    "One EU official blamed …" (a determiner, up to two words, a role noun) — someone nobody names."""
    words = re.findall(r"[\w-]+", clause[:80])
    if not words or words[0].casefold() not in lexicon(doc.language).INDEFINITE:
        return False
    nouns = words[1:4]
    return any(mentions.is_role_noun(w, doc.language) for w in nouns) and not mentions.name_mentions(doc, clause)


def attribute(doc: Doc, first: Sentence, before: str, last: Sentence, after: str) -> Attribution | None:
    """The speaker an attribution frame gives the quote between ``before`` and ``after`` (masked sentence
    parts), or None when the sentence has no frame."""
    question = re.search(lexicon(doc.language).QUESTION_BEFORE, before)
    if question:
        # „Auf die Frage „…“ antwortete X“: the question is the asker's (unnamed: nobody), not X's;
        # "X was asked: "…"" names whom it was asked
        return NOBODY if question.group("passive") else _before_frame(doc, first, before) or NOBODY
    clause = re.search(lexicon(doc.language).QUESTION_CLAUSE, before)
    if clause and not has_speech_verb(clause.group("rest"), doc.language):
        return NOBODY  # "Asked whether the deal was "…", X said": a word of the question, the asker's
    frames = (lambda: _relative_naming_frame(doc, first, before, after),
              lambda: _possessed_remark_frame(doc, first, before), lambda: _passive_frame(doc, first, before, after),
              lambda: _quoted_as_frame(doc, first, before, after), lambda: _labelled_frame(doc, first, before),
              lambda: _colon_frame(doc, first, before), lambda: _lead_colon_frame(doc, first, before),
              lambda: _remark_frame(doc, last, after),
              lambda: _after_frame(doc, last, before, after), lambda: _so_frame(doc, first, before, after),
              lambda: _before_frame(doc, first, before), lambda: _according_frame(doc, first, before + " " + after))
    return next((found for found in (frame() for frame in frames) if found is not None), None)


def nearest(doc: Doc, first: Sentence, before: str, last: Sentence, after: str) -> Attribution | None:
    """No frame: the first person the text before the quote refers to, else the one after it — a guess
    (a verb of saying in the sentence may well be someone else's)."""
    gapped = _GAPPED.search(before)
    if gapped:  # "X spoke of "…", Y of "…"": the subject of the clause that leaves out its verb
        return classify(doc, first, gapped.group("subject")) or Attribution(None, certain=False)
    person = _nearest_subject(doc, first, last, before, after)
    if person is NOBODY_PERSON:
        return Attribution(None, certain=False)  # „Er sprach von „…““ after an unnamed president: nobody named
    return Attribution(person.name, False, person) if person is not None else None


def _after_frame(doc: Doc, sentence: Sentence, before: str, after: str) -> Attribution | None:
    """„…“, sagte X / "…," X said / "…," said X — the verb's subject after (or, in English, before) it;
    „Ecowas hatte sich als „…“ geäußert“: a German participle closing the clause has its subject before."""
    verbs = _VERB_RE[doc.language]
    for match in verbs.finditer(after):
        gap = after[: match.start()]
        if doc.language == "de" and not gap.strip() and not re.match(r"\s*\w+\s*[:,]?\s*$", after[match.end():]) \
                and before.strip():
            # („Weber wies zurück, was Dubois „…“ nannte“: the clause's subject after its opening word)
            subject = _SUBORDINATOR.sub("", _clause_tail(_unbracketed(before)))
            found = _relative_antecedent(doc, sentence, before, subject) or classify(doc, sentence, subject)
            # „Berg sagte, man habe von einem „…“ gesprochen“: an impersonal subject leaves it to the outer frame
            if found is not None and not re.match(r"\s*(?:man|es)\b", subject):
                return found
        if doc.language == "en":
            subject = _clause_tail(gap)
            if subject.strip() and SUBJECT_START.match(subject) and not re.search(r"[.!?]", gap):
                found = classify(doc, sentence, subject) or _unknown_name(gap, subject)
                if found is not None:
                    return found
            if not re.fullmatch(r"[\s,]*", gap):
                continue
        elif not re.search(r"(?:^|,)\s*$", gap):
            continue  # a German inverted frame follows a comma: "…“ ansprechen, sagte Hille"
        inverted = _with_apposition(doc, after[match.end():])
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


def _relative_antecedent(doc: Doc, sentence: Sentence, before: str, subject: str) -> Attribution | None:
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


def _plural_pronoun(doc: Doc, verb: str, subject: str) -> bool:
    """„erklärten sie“, „Sie sagten“: German „sie“ with a plural verb is "they"."""
    return re.match(r"\s*[Ss]ie\b", subject) is not None and re.fullmatch(
        lexicon(doc.language).PLURAL_VERB, verb) is not None


def named_after(doc: Doc, following: Sentence) -> Attribution | None:
    """„„…“ Das sagte Außenminister X am Freitag.“, "Those were the words of X": a quote standing alone
    whose speaker the next sentence names."""
    match = re.match(lexicon(doc.language).NAMED_AFTER, following.text)
    if not match:
        return None
    found = classify(doc, following, _with_apposition(doc, following.text[match.end():]))
    return found if found is not None and found.speaker is not None else None


def _unknown_name(gap: str, subject: str) -> Attribution | None:
    """"…," said Rutte — a name right at the quote that the persons stage does not know: the quote is
    attributed, but to no speaker this briefing can show (a guess, never a wrong name)."""
    if re.fullmatch(r"[\s,]*(?:[A-ZÄÖÜ][\w'’-]+\s*)?", gap) and re.match(r"\s*[A-ZÄÖÜ][a-zäöüß'’-]+", subject):
        return Attribution(None, certain=False)
    return None


def _with_apposition(doc: Doc, text: str) -> str:
    """„sagte der Berater von Präsident Trump, Peter Grauer, am Abend“: the subject with its named apposition."""
    head = _clause_head(text)
    comma = re.match(r"\s*,\s*", text[len(head):])
    if comma:
        rest = text[len(head) + comma.end():]
        names = mentions.name_mentions(doc, rest)
        if names and names[0].start == 0:
            return head + ", " + rest[: names[0].end]
    return head


def _colon_frame(doc: Doc, sentence: Sentence, before: str) -> Attribution | None:
    """„Berg: „Wir stehen zusammen““: a name (or title) and a colon, nothing else, before the quote."""
    # („Vance: „…“ – Arnaud: „…““: the name after the dash before the second quote, not the first colon's)
    match = re.fullmatch(r"\s*(?:[^:]*:\s+[–—-]\s+)?((?:[^\s:]+\s+){0,3}[^\s:]+)\s*:\s*", before)
    if match and has_speech_verb(match.group(1), doc.language):
        return None  # „Sie sagten danach: …“ has its verb: the verb's frame reads its subject
    return classify(doc, sentence, match.group(1)) if match else None


def _lead_colon_frame(doc: Doc, sentence: Sentence, before: str) -> Attribution | None:
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


def _remark_frame(doc: Doc, sentence: Sentence, after: str) -> Attribution | None:
    """„der „…“-Sager von Innenminister X“: a quote named as someone's remark is that person's."""
    match = re.match(lexicon(doc.language).REMARK_OF, after)
    return classify(doc, sentence, _with_apposition(doc, after[match.end():])) if match else None


def _so_frame(doc: Doc, sentence: Sentence, before: str, after: str) -> Attribution | None:
    """„so Merz“, „so der Kanzler weiter“: German attribution without a verb."""
    if doc.language != "de":
        return None
    for part in (after, before):
        for match in re.finditer(r"(?:^|[,–—-]\s*|\s-\s)so\s+(?=\S)", part):
            found = classify(doc, sentence, _clause_head(part[match.end():]))
            if found is not None:
                return found
    return None


def _according_frame(doc: Doc, sentence: Sentence, text: str) -> Attribution | None:
    """"according to a White House official", „laut Regierungssprecher Hille“, „Diplomaten zufolge“ — the
    source is whoever follows; one that is neither a person nor an organization of the article
    („nach Angaben des Weißen Hauses“ when no body was recognised) still names no speaker."""
    lex = lexicon(doc.language)
    match = re.search(lex.ACCORDING_TO + r"\s+", text)
    if match:
        source = re.sub(r"^(?:des|der|dem|den|von)\s+", "", _clause_head(text[match.end():]))
        opening = source.split()[0].casefold() if source.split() else ""
        if opening in lex.UNNAMED_NOUNS or opening in lex.INDEFINITE:
            return NOBODY  # „nach Angaben aus Regierungskreisen will X …“: the circles speak, not X
        return classify(doc, sentence, source) or NOBODY
    match = re.search(lex.ACCORDING_AFTER, text)
    if match:
        return classify(doc, sentence, _clause_tail(text[: match.start()])) or NOBODY
    return None


# The capitalised words opening a clause, before its first lower-case word (the verb): "the EAC directed …"
_CLAUSE_NAME = re.compile(r"\s*(?:(?:the|The|der|die|das|Der|Die|Das)\s+)?(?:[A-ZÄÖÜ][\w&.’'-]*\s+){1,6}?"
                          r"(?=[a-zäöü])(?!(?:and|und|or|oder|of|von|vom|aus|from|with|mit)\b)")


def _coordinated_subject(doc: Doc, sentence: Sentence, left: str) -> Attribution | None:
    """"In a communiqué, the EAC directed its secretariat to … and said "…"": a verb of saying joined by „and“ to
    a verb of another kind has the clause's subject — a name or organization opening the clause, or nothing."""
    segments = [seg for seg in _BOUNDARY.split(left) if seg.strip() and not _RELATIVE.match(seg)]
    opening = _CLAUSE_NAME.match(segments[-1]) if segments else None
    if opening is None or re.search(r"(?:['’]s?|s['’])\s*$", opening.group(0)):
        return None  # ("Vance's spokesman denied … and said": the owner is not the subject)
    following = re.match(r"[\w-]+", segments[-1][opening.end():])
    if following and mentions.is_role_noun(following.group(0), doc.language):
        return None  # ("Harbour Council officials rejected … and said": the officials, unnamed)
    found = classify(doc, sentence, opening.group(0))
    return found if found is not None and found.speaker is not None else None


def _before_frame(doc: Doc, sentence: Sentence, before: str) -> Attribution | None:
    """Merz sagte: „…“ / Lula said the deal was "…" / in what he called "…": the last verb of saying
    before the quote and its subject (German also inverted: „Dazu sagte der Kanzler: …“)."""
    clauses = _CLAUSE.split(before)
    part = clauses[-1] if len(clauses) > 1 and clauses[-1].strip() else before
    for match in reversed(list(_VERB_RE[doc.language].finditer(part))):
        gapped = _GAPPED.search(part, match.end())
        if gapped:
            # „X sprach von einem „…“, Y dagegen von einer „…““: the second clause leaves out the verb, not its subject
            return classify(doc, sentence, gapped.group("subject")) or Attribution(None, certain=False)
        left = _unbracketed(part[: match.start()])
        if re.search(r"(?<![\w])(?:and|und|but|aber|sowie)\s*$", left):
            if not _VERB_RE[doc.language].search(left):
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
                return classify(doc, sentence, _clause_head(part[agent.end():])) or NOBODY
            if re.match(r"\s+to\s", part[match.end():]):
                continue  # "Vance is said to be "…", according to aides": the subject is talked about, not talking
        antecedent = _relative_speaker(doc, sentence, left)
        if antecedent is not None:
            return antecedent  # "criticism from Dubois, who had called the plan "…"": Dubois speaks
        # „Der Kanzler, der am Montag in Paris war, sagte“: a relative clause is no subject
        segments = [seg for seg in _BOUNDARY.split(left) if seg.strip() and not _RELATIVE.match(seg)]
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
            segments[-1] = _VERB_RE[doc.language].split(segments[-1])[-1]
        tail = pronoun.group(1) if pronoun else _CONJUNCTION.sub("", segments[-1]) if segments else ""
        if not pronoun and len(segments) >= 2 and _APPOSITION.match(segments[-1]) and \
                not mentions.name_mentions(doc, tail) and _opens_with_name(doc, segments[-2]):
            tail = segments[-2]  # "Ines Carvalho, a senior researcher at …, said": the name before its apposition
        sides = [tail]
        if doc.language == "de":
            inverted = _clause_head(part[match.end():])  # „Dazu sagte der Kanzler: …“
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


# A clause that leaves out the verb of saying of the clause before: ", Y dagegen von einer „…“", ", Y of "…""
_GAPPED = re.compile(r",\s+(?P<subject>(?:[A-ZÄÖÜ][\w.'’-]*\s+){0,3}[A-ZÄÖÜ][\w'’-]*"
                     r"|(?:sein|seine|ihr|ihre|his|her|its)\s+(?:[\w-]+\s+){0,1}[\w-]+)\s+"
                     r"(?:(?:dagegen|hingegen|wiederum|jedoch|ebenfalls|aber|however|in\s+turn|meanwhile)\s+)?"
                     r"(?:von|vom|of|als|as)\s+(?:[\w-]+\s+){0,2}$")
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


# A German relative clause closing with a participle of naming and its auxiliary: „, der den Plan „…“ genannt hatte“
_NAMING_PARTICIPLE = re.compile(r"\s*(?:genannt|bezeichnet|beschrieben)\s+(?:hatte|hat|habe|hätte|hatten|haben)\b")
_RELATIVE_OPENING = re.compile(r",\s*(?:der|die)\s+[^,;:]*$")


def _relative_naming_frame(doc: Doc, sentence: Sentence, before: str, after: str) -> Attribution | None:
    """„Arnaud antwortete Vance, der den Plan zuvor „…“ genannt hatte“: the relative clause's verb of naming is
    said by the person it hangs on, not by the main clause's subject."""
    if doc.language != "de" or not _NAMING_PARTICIPLE.match(after):
        return None
    opening = _RELATIVE_OPENING.search(before)
    if opening is None:
        return None
    # (an antecedent that is no name, „der Ministerin, die …“: nobody named rather than the main clause's subject)
    return _relative_antecedent(doc, sentence, before, before[opening.start() + 1:]) or Attribution(None, False)


def _possessed_remark_frame(doc: Doc, sentence: Sentence, before: str) -> Attribution | None:
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


def _passive_frame(doc: Doc, sentence: Sentence, before: str, after: str) -> Attribution | None:
    """"The plan was described as "…" by X", „Vance wurde von X als „…“ gelobt“: the agent speaks, not the
    subject (an agent who is no person or body of the article: nobody named)."""
    if doc.language == "en":
        by = _BY_AFTER.match(after) if _PASSIVE_AS_EN.search(before) else None
        return (classify(doc, sentence, _clause_head(after[by.end():])) or NOBODY) if by else None
    agent = _PASSIVE_AS_DE.search(before)
    if agent and _PARTICIPLE_AFTER.match(after):
        return classify(doc, sentence, agent.group("subject")) or NOBODY
    return None


def _quoted_as_frame(doc: Doc, sentence: Sentence, before: str, after: str) -> Attribution | None:
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


def _labelled_frame(doc: Doc, sentence: Sentence, before: str) -> Attribution | None:
    """"…, a charge Mr Lam dismissed as "…"": the name right before the labelling verb says the quote."""
    if doc.language != "en":
        return None
    match = _LABELLED_BEFORE.search(before)
    if not match or not mentions.name_mentions(doc, match.group("subject")):
        return None
    return classify(doc, sentence, match.group("subject"))


def _unbracketed(text: str) -> str:
    """"Hou von der Kuomintang (KMT) sagte": an aside in brackets is not the subject."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)


def _clause_head(text: str) -> str:
    """The words after a verb up to the next punctuation: the inverted subject ("said Sen. Roger Wicker":
    the full stop of an abbreviated title ends nothing)."""
    masked = _TITLE_STOP.sub(lambda m: m.group(0)[:-1] + " ", text)
    return text[: len(_STOP.split(masked, maxsplit=1)[0])]


# "Sen.", "Gov.", "Dr.", "St.": abbreviations whose full stop is no sentence or clause end
_TITLE_STOP = re.compile(r"(?<![\w.])(?:{})\.(?=\s+[A-ZÄÖÜ])".format(
    "|".join(sorted({*en.ROLE_ABBREVIATIONS, *(h.rstrip(".") for h in en.HONORIFICS), "St"}, key=len, reverse=True))))


def _clause_tail(text: str) -> str:
    """The words before a verb back to the last clause boundary: the subject."""
    return _BOUNDARY.split(text)[-1]


def _nearest_subject(doc: Doc, first: Sentence, last: Sentence, before: str, after: str) -> Person | None:
    """No frame: the first person the text before the quote refers to, else the one after it."""
    clauses = _CLAUSE.split(before)
    if len(clauses) > 1 and clauses[-1].strip():
        before = " " * (len(before) - len(clauses[-1])) + clauses[-1]
    order = ((first, before), (last, after)) if before.strip(" ,:–—-") else ((last, after), (first, before))
    for sentence, part in order:
        person = reference(doc, sentence, part)
        if person is not None:
            return person
    return None
