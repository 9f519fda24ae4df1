"""Who only says that an event happens is no party to it (CONVENTIONS §7: not who only announced or
reported the event).  Two clause shapes tell it:

- a clause of saying that closes the sentence ("…, Governor X reported.", „…, sagte Berger.“), kept
  when it carries a date of its own ("…, X said on Monday": the telling is the dated event) or when
  what comes before it has neither a date nor an event word nor a cue of taking part (a quotation,
  an opinion: then the saying is the event and its speaker takes part);
- a verb of saying followed by what was said as a clause of its own ("X said leaders had agreed to
  meet in March"), kept when the saying is dated or what was said takes up the sayer ("he would").
"""

from __future__ import annotations

import re

from lagebild.extract.lang import participants


def without_trailing_sayer(text: str, language: str) -> str:
    """``text`` with a closing clause of saying blanked (same length) when the clause before it has a
    date or an event word and the clause itself has no date."""
    pattern = participants.TRAILING_SAYER.get(language)
    found = re.search(pattern, text) if pattern else None
    if found is None or found.start() == 0:
        return text
    opening = re.match(r",\s*(?:said|says)\s+", found.group(0))
    verb = participants.SAID_CLAUSE_VERB.get(language)
    if opening and verb and re.match(verb, found.group(0)[opening.end():]):
        return text  # "X, which organized the trip, said a mission is planned": the sentence's main verb
    from lagebild.extract.datefind import find_dates
    from lagebild.extract.eventdraft import (  # (eventdraft imports eventparts, which imports this)
        find_triggers,
        takes_part,
    )
    head = text[:found.start()]
    dates = find_dates(head, language)
    undated = "".join(" " if any(d.start <= i < d.end for d in dates) else c for i, c in enumerate(head))
    if len(re.findall(r"[\wÄÖÜäöüß]+", undated)) < 3:
        return text  # "On Thursday, X said …": a fronted time, no clause of its own before the comma
    # („Dazu soll X per Video zugeschaltet werden, kündigte Y an“: who takes part is told, Y only announces it)
    if find_dates(found.group(0), language) or not (dates or find_triggers(head, language) or takes_part(
            head, language, patterns=True)):
        return text
    return text[:found.start()] + re.sub(r"\S", " ", found.group(0))


# What may stand between a verb of saying and a date of the saying: "said on Monday", „sagte am Montag“.
_BEFORE_A_DATE = r"(?i)[\s,]*(?:(?:that|dass|on|am|at|in|im|last|next|this|early|late|late\s+on)\s+)*"


def without_leading_sayer(text: str, language: str) -> str:
    """``text`` with the words before a verb of saying blanked (same length) when what was said follows
    as a clause with a subject of its own that does not take up the sayer, and every date of the
    sentence stands in it: "X said leaders had agreed to meet in March" tells a meeting X only
    reports.  "X said on Monday …" (the saying is dated) and "X said he would travel …" keep X.  With no
    date anywhere, only a plan of others ("X said a similar mission is planned") is X's report."""
    pattern = participants.LEADING_SAYER.get(language)
    found = re.search(pattern, text) if pattern else None
    if found is None:
        return text
    from lagebild.extract.datefind import find_dates
    content = found.start("content")
    words = re.findall(r"[\wÄÖÜäöüß]+", text[content:content + 40].lower())
    if not words or words[0] in participants.SAYER_TAKEN_UP.get(language, frozenset()) or (
            len(words) > 1 and words[1] in ("two", "beiden")):
        return text  # "said his government would …", "said the two leaders would …"
    verb = participants.SAID_CLAUSE_VERB.get(language)
    clause_verb = re.match(verb, text[content:]) if verb else None
    if verb and clause_verb is None:
        return text  # "announced the pact last September": what was said is no clause
    verb_end = content + clause_verb.end() if clause_verb else content
    dates = find_dates(text, language)
    if any(content <= d.start < verb_end for d in dates):
        return text  # "told reporters in La Paz on Tuesday that …": the saying is dated
    if not dates:
        plan = participants.SAID_PLAN.get(language)
        if plan is None or not re.match(plan, text[content:]):
            return text  # "X said the talks had been useful": undated, X may well have held them
    elif any(d.start < content or re.fullmatch(_BEFORE_A_DATE, text[content:d.start]) for d in dates):
        return text  # "X said on Monday (that) …": the saying is dated
    clause_start = max(text.rfind(c, 0, found.start()) for c in ".;:!?") + 1
    return text[:clause_start] + re.sub(r"[^\s,]", " ", text[clause_start:found.start()]) + text[found.start():]
