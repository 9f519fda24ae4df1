"""What a statement reports is not who made it: the parts of a sentence that are the content of
reported speech (one stage helper of ``events``).

"The group will adopt a declaration despite warnings from the United States, the president
said Thursday": the statement dated Thursday is the president's; the group and the United
States are what he spoke about, not parties to his statement.  Likewise "X said on Monday that
…" and "X sagte am Montag, …": what follows the speech verb's clause is its content.
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import DateMention, inside, lang_data
from lagebild.extract.eventdraft import STRONG, Trigger, clause_of, find_triggers, split_clauses

# English verbs of saying whose next noun phrase can only be what was said ("told the council" names
# whom it was told).
_SAY_WITHOUT_OBJECT = frozenset({"said", "says", "added", "noted", "warned", "insisted", "argued", "stressed"})
# Words that open the content of reported speech right after the verb's clause.
_THAT = {"en": r"\bthat\b", "de": r"\bdass\b"}


def reported_content(text: str, trigger: Trigger, language: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are the content of what the speech verb ``trigger`` reports.

    The verb closes the sentence (", the president said Thursday", ", sagte Merz am Montag"): the
    clauses before its own are the content.  The verb opens it ("X said Thursday that …", "Merz
    sagte am Montag, …"): what follows "that"/"dass" or the verb's clause is.  A sentence where the
    verb's clause is neither (one clause, or a list of names around it) has no content to drop.
    """
    clauses = split_clauses(text)
    home = clause_of(trigger.start, clauses)
    index = clauses.index(home) if home in clauses else 0
    before = re.findall(r"[\wÄÖÜäöüß'’-]+", text[home[0]:trigger.start])
    that = re.search(_THAT.get(language, _THAT["en"]), text[trigger.end:home[1]])
    if that:  # "said on Monday that …": the rest of the sentence is what was said
        return [(trigger.end + that.start(), len(text))]
    if language == "en" and text[trigger.start:trigger.end].lower() in _SAY_WITHOUT_OBJECT \
            and re.match(r"\s+(?:the|a|an|his|her|their|its|this|these|those)\s", text[trigger.end:]):
        return [(trigger.end, len(text))]  # "said the reimposition last September had been illegal"
    if index > 0 and not before and _after_named_apposition(text, clauses, index):
        # „Der Gesandte der AU, Mohamed Lebatt, sagte am Montag in Khartum, der Sudan …“: the speaker
        # is the subject before the verb; what was said follows the verb's clause
        return [(home[1], len(text))] if home[1] < len(text) else []
    if index > 0 and _closing(text, home, before, language):
        return [(0, home[0])]
    if index == 0 and len(clauses) > 1 and text[home[1] - 2:home[1]].startswith(","):
        return [(home[1], len(text))]  # "Merz sagte am Montag, die Reform komme"
    return []


def _after_named_apposition(text: str, clauses: list[tuple[int, int]], index: int) -> bool:
    """The clause before the verb's is a name set off between commas, after the sentence's subject:
    „Der Sprecher des Amts, Max Muster, sagte …“, "The trade chief, Maroš Šefčovič, said …"."""
    if index < 2:
        return False
    words = re.findall(r"[^\s,]+", text[clauses[index - 1][0]:clauses[index - 1][1]])
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and text[:clauses[index - 1][0]].rstrip(
        ).endswith(",")


def _closing(text: str, home: tuple[int, int], before: list[str], language: str) -> bool:
    """The verb's clause ends the sentence as its attribution: ", sagte Merz", ", wie X mitteilte",
    ", the president said".  Not an apposition ("The trade chief, Maroš Šefčovič, said …"), where
    the verb's clause starts with the verb and the content follows it."""
    rest = text[home[1]:].strip()
    attribution = len(re.findall(r"\S+", text[home[0]:home[1]])) <= len(before) + 5
    if rest and not re.fullmatch(r"[.!?\"“”»«„]*", rest) and not attribution:
        return False  # more clauses follow, and this one says more than who spoke
    if language == "de":
        return True  # ", sagte Merz am Montag", ", teilte das Amt mit", ", wie X mitteilte"
    return 1 <= len(before) <= 6  # ", the president said": the speaker comes before the verb


def attributed_date(text: str, start: int, end: int, language: str) -> bool:
    """Whether the date at ``start``–``end`` only dates a source named in a phrase of attribution
    ("…, according to media reports on Monday.", "laut einem Bericht vom Montag"): no verb lies
    between, and the date closes its clause, so it says when the source spoke, not when the event was."""
    if not re.search(lang_data(language).ATTRIBUTION_BEFORE_DATE, text[max(0, start - 80):start]):
        return False
    return re.match(r"\s*(?:[.,;:)]|$)", text[end:]) is not None


def report_clause(text: str, start: int, language: str) -> tuple[int, int, int, int] | None:
    """(clause start, clause end, verb start, verb end) when the position ``start`` lies in a clause of
    reporting ("…, wie das Außenamt am Mittwoch mitteilte", "…, as the ministry said on Monday"):
    a date there dates the report, not the event it reports."""
    data = lang_data(language)
    clauses = split_clauses(text)
    lo, hi = clause_of(start, clauses)
    words = list(re.finditer(r"[\wÄÖÜäöüß]+", text[lo:hi]))
    if not words or words[0].group(0).lower() not in data.REPORT_OPENERS:
        return None
    verb = next((w for w in words[1:] if w.group(0).lower() in data.REPORT_VERBS | {"hieß"}), None)
    if verb is None:
        return None
    return lo, min(hi, len(text)), lo + verb.start(), lo + verb.end()


def trailing_report(text: str, start: int, trigger: Trigger | None,
                    language: str) -> tuple[int, int, int, int] | None:
    """(clause start, clause end, verb start, verb end) when the date at ``start`` stands in a short
    attribution that closes the sentence after the event it tells ("X will meet Y, her office
    confirmed on Thursday", „X reist nach Paris, bestätigte ihr Büro am Donnerstag“): the date is
    the confirming's, and whom the event names are not parties to it."""
    if trigger is None or trigger.kind in ("statement", "announcement"):
        return None  # the verb of saying is the event itself: its own clause handles it
    clauses = split_clauses(text)
    lo, hi = clause_of(start, clauses)
    if lo == 0 or trigger.start >= lo or not text[:lo].rstrip().endswith(","):
        return None
    if re.sub(r"[\s.!?\"“”»«„]", "", text[hi:]):
        return None  # more follows: not the closing attribution
    words = list(re.finditer(r"[\wÄÖÜäöüß'’-]+", text[lo:hi]))
    verbs = lang_data(language).REPORT_VERBS
    at = next((i for i, w in enumerate(words[:5]) if w.group(0).lower() in verbs), None)
    if at is None and language == "de" and len(words) > 1 and \
            words[-1].group(0).lower() + words[0].group(0).lower() in verbs:
        at = 0  # a split verb: „teilte das Amt am Dienstag mit“ (mitteilte)
    if at is None or (language == "de" and at != 0) or (language != "de" and at == 0):
        return None  # English names the teller first ("her office confirmed"), German after („bestätigte ihr Büro“)
    if len(words) - at - 1 > 6 or re.search(_THAT.get(language, _THAT["en"]), text[lo:hi]):
        return None  # "confirmed on Thursday that …": content of its own follows
    verb = words[at]
    return lo, min(hi, len(text)), lo + verb.start(), lo + verb.end()


def without_content(text: str, mention: DateMention, trigger: Trigger | None, language: str) -> str:
    """The sentence without what a dated statement reports ("…, the president said Thursday"): who
    spoke is its party, not whom the words are about.  Unchanged when the date is not the verb's."""
    if trigger is None or trigger.kind != "statement" or trigger.source == STRONG:
        told = _without_report(text, mention, trigger, language)
        return told if trigger is None else _blank(told, _said_after(text, mention, trigger, language))
    spans = reported_content(text, trigger, language)
    if not spans or inside(mention.start, spans):
        return text
    return _blank(text, spans)


def _without_report(text: str, mention: DateMention, trigger: Trigger | None, language: str) -> str:
    """The sentence without what reports an event that is not itself a statement."""
    # "X told reporters that the summit opens Saturday": the date is in what X said; X only reports.
    for verb in find_triggers(text, language):
        if verb.kind == "statement" and verb.source != STRONG and verb is not trigger:
            spans = reported_content(text, verb, language)
            if inside(mention.start, spans):
                return _blank(text, [(0, len(text))], keep=spans)
        if (verb.kind == "announcement" and verb.source != STRONG and trigger is not None
                and trigger.kind != "announcement" and verb.end <= min(trigger.start, mention.start)):
            # "Selenskyj kündigte ein Treffen der Berater am 3. Jänner an": who announces a
            # meeting is not said to attend it (CONVENTIONS §7).
            return _blank(text, [(clause_of(verb.start, split_clauses(text))[0], verb.end)])
    spans = _content_of_speech_before(text, mention, language)
    if spans and (trigger is None or inside(trigger.start, spans)):
        return _blank(text, spans)
    return text


def _said_after(text: str, mention: DateMention, trigger: Trigger, language: str) -> list[tuple[int, int]]:
    """"X told Y in a phone call on Tuesday that Turkey was ready to help": what was said in the call
    follows both the event word and its date; whom it names is no party to the call."""
    for verb in find_triggers(text, language):
        if verb.kind != "statement" or verb.source == STRONG or verb is trigger:
            continue
        spans = reported_content(text, verb, language)
        if spans and spans[0][0] >= max(verb.end, trigger.end, mention.end):
            return spans
    return []


def _content_of_speech_before(text: str, mention: DateMention, language: str) -> list[tuple[int, int]]:
    """"X warned on Monday that Russia could attack", „X warnte am Montag, Russland könne angreifen“:
    the date is the warning's (a verb of saying in its clause before it), and whatever the warning
    names after it is its content, not a party to it — also when the only event word is in there."""
    clauses = split_clauses(text)
    lo, hi = clause_of(mention.start, clauses)
    verbs = lang_data(language).SPEECH_PAST
    words = [m for m in re.finditer(r"[\wÄÖÜäöüß]+", text) if m.group(0).lower() in verbs]
    said = [m for m in words if lo <= m.start() < mention.start]
    if not said and lo == 0 and len(text[lo:hi].split()) <= 4:
        # "On Monday, X warned that …": the opening date is the next clause's saying's
        said = [m for m in words if hi <= m.start() < clause_of(hi, clauses)[1]][:1]
    if not said:
        return []
    verb = Trigger(said[-1].start(), said[-1].end(), "statement", "verb")
    spans = reported_content(text, verb, language)
    return [] if inside(mention.start, spans) or any(lo_ < verb.start for lo_, _ in spans) else spans


def _blank(text: str, spans: list[tuple[int, int]], keep: list[tuple[int, int]] | None = None) -> str:
    """``text`` with the characters in ``spans`` (but not in ``keep``) made spaces, same length."""
    keep = keep or []
    return "".join(" " if inside(i, spans) and not inside(i, keep) and not c.isspace() else c
                   for i, c in enumerate(text))


def without_relative_clauses(text: str, keep: tuple[int, ...], language: str) -> str:
    """``text`` with its relative clauses blanked ("eine Schule, deren Aufbau von Deutschland gefördert
    wurde", "the envoy, who met Rubio"), except one holding a position of ``keep`` (the date or the
    event word: then the relative clause tells the event).  A clause after a verb of saying is what
    was said, not a relative clause ("sagte Merz, die Reform komme")."""
    data = lang_data(language)
    spans = []
    for m in re.finditer(data.RELATIVE_CLAUSE, text):
        if any(m.start() <= k < m.end() for k in keep):
            continue
        before = re.findall(r"[\wäöüß]+", text[max(0, m.start() - 40):m.start()].lower())
        if set(before[-3:]) & data.SPEECH_PAST:
            continue
        spans.append((m.start(), m.end()))
    if not spans:
        return text
    return "".join(" " if inside(i, spans) and not c.isspace() else c for i, c in enumerate(text))


def told_in_reported_speech(text: str, trigger: Trigger, language: str) -> bool:
    """The event word lies in what a verb of saying reports ("sagte, um 16 Uhr werde eine
    Medienkonferenz stattfinden"): an undated event known only from hearsay."""
    return any(verb.kind == "statement" and verb.source != STRONG and verb.start != trigger.start
               and inside(trigger.start, reported_content(text, verb, language))
               for verb in find_triggers(text, language))


def reported_only(text: str, trigger: Trigger, language: str) -> str:
    """``text`` with only the reported content that holds ``trigger`` left (same length)."""
    for verb in find_triggers(text, language):
        if verb.kind == "statement" and verb.source != STRONG and verb.start != trigger.start:
            spans = reported_content(text, verb, language)
            if inside(trigger.start, spans):
                return "".join(c if inside(i, spans) or c.isspace() else " " for i, c in enumerate(text))
    return text
