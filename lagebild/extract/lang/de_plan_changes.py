"""German words of events called off, postponed or re-planned: the date an event no longer has, and its new one."""

from __future__ import annotations

# --- events called off: a date the event no longer has ------------------------------------------
# "Das Treffen wurde abgesagt", "sagte die Reise ab", "wurde verschoben": what was to happen then
# does not.  Matched on the lower-cased clause.
CALLED_OFF: str = (r"\b(?:abgesagt|absagen|abgeblasen|gestrichen|geplatzt|fällt\s+aus|fiel\s+aus|ausgefallen"
                   r"|storniert|(?:findet|finden|fand|fanden)\s+nicht\s+statt|nicht\s+stattfinden|vom\s+tisch)\b"
                   # „findet nicht wie vorgesehen statt“: not on the day planned (postponed, not cancelled)
                   r"|\b(?:findet|finden|fand|fanden)\b[^,;.]{0,60}?\bnicht\s+wie\s+(?:geplant|vorgesehen)\s+statt\b"
                   r"|\bsag(?:t|te|ten|en)\b[^,;.]*\sab\s*(?:[,;.]|$)"
                   # postponed, in the passive: "wurde … verschoben" (an actor who postpones on a day acts then)
                   # (a day's ordinal stop does not end the clause: „wurde auf den 3. Juni verschoben“)
                   r"|\b(?:wurde|wurden|wird|werden|worden|ist|sind|sei|seien)\b(?:[^,;.]|(?<=\d)\.)*\b(?:verschoben"
                   r"|vertagt|aufgeschoben)\b")
# The verb that calls an event off, and where a date stands when it is the day of calling it off: first in
# the clause before the finite verb („Am Montag sagte X den Termin ab“) or inside the verb bracket („wurde am
# Montag abgesagt“); not after an event noun („das Treffen am Montag wurde abgesagt“).
CALLED_OFF_VERB: str = (r"\b(?:abgesagt|abgeblasen|gestrichen|storniert|verschoben|vertagt)\b"
                        r"|\bsag(?:t|te|ten)\b(?=[^,;.]*\sab\s*(?:[,;.]|$))")
CALLED_OFF_THEN: str = r"(?!)"  # (German puts the day before the participle)
_FINITE = r"(?:wurde|wurden|hat|hatte|haben|hatten|ist|war)"
CALLED_OFF_FRAMES: tuple[tuple[str, str], ...] = (
    (r"\s*(?:am|an)?\s*", rf"\s*(?:{_FINITE}\b[^,;.]*)?"),  # before the date, after it up to the verb
    (rf".*\b{_FINITE}\s+(?:[\wäöüß-]+\s+)?(?:am|an)?\s*", r"(?:\s+[\wäöüß-]+){0,3}\s+"),
)
# Only a hard cancellation: a postponed event still takes place, later (undated, planned).
CANCELLED: str = (r"\b(?:abgesagt|absagen|abgeblasen|gestrichen|geplatzt|platzte|platzten|fällt\s+aus|fiel\s+aus"
                  r"|ausgefallen|storniert|nicht\s+zustande|vom\s+tisch"
                  r"|(?:findet|finden|fand|fanden)\s+nicht\s+statt|nicht\s+stattfinden)\b")
# The plan as it was before it changed: "Ursprünglich hatte der Besuch im Januar stattfinden sollen",
# "sollte eigentlich am Freitag beginnen".
ORIGINAL_PLAN: str = (r"\b(?:ursprünglich|eigentlich|zunächst)\b[^,;]*\b(?:sollte|sollten|sollen|war|waren"
                      r"|geplant(?:e[nmrs]?)?|vorgesehen(?:e[nmrs]?)?|angesetzt(?:e[nmrs]?)?)\b"
                      r"|\b(?:sollte|sollten|war|waren|wollte|wollten)\b[^,;]*\b(?:ursprünglich|eigentlich)\b"
                      r"|\bhatten?\b[^,;]*\bsollen\b")
# The sentence after a first plan that gives the plan now: „Das Treffen ist nun für Juli geplant.“
PLAN_NOW: str = (r"\b(?:nun|jetzt|inzwischen|stattdessen|neu)\b[^.;]*\b(?:geplant|vorgesehen|angesetzt|terminiert"
                 r"|soll|sollen|verschoben|verlegt)\b")
# A plan told in the pluperfect, which says it no longer holds: „war für Oktober angesetzt gewesen“.
PAST_PLAN: str = r"\b(?:war|waren)\b[^,;.]*\b(?:angesetzt|geplant|vorgesehen|terminiert|anberaumt)\s+gewesen\b"
# A clause that turns against what was told before it ("…, er wurde aber verschoben").
CONTRAST: str = r"\b(?:aber|doch|jedoch|allerdings|dann\s+aber)\b"
# Before the new date of a postponed event ("auf Freitag verschoben", "auf den 12. März vertagt").
NEW_DATE_PREPOSITIONS: frozenset[str] = frozenset({"auf"})

# Postponed, in any form (headlines drop the auxiliary: "Gespräche vertagt"): the event is still to come.
POSTPONED: str = r"\b(?:verschoben|verschiebt|vertagt|aufgeschoben)\b"
