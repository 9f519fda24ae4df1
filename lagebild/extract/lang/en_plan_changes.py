"""English words of events called off, postponed or re-planned: the date an event no longer has, and its new one."""

from __future__ import annotations

# --- events called off: a date the event no longer has ------------------------------------------
# "the meeting was called off", "the signing was postponed": what was to happen then does not.
# Matched on the lower-cased clause.
CALLED_OFF: str = (r"\b(?:called\s+off|calls?\s+off|calling\s+off|cancell?ed|cancels?|cancell?ing|scrapped|scraps"
                   r"|shelved|off\s+the\s+table|(?:will|would|did|does|do)\s+not\s+(?:take\s+place|go\s+ahead))\b"
                   # postponed, in the passive: "was postponed" (an actor who postpones on a day acts then)
                   r"|\b(?:was|were|been|be|is|are|being)\s+(?:\w+\s+)?(?:postponed|delayed|put\s+off|pushed\s+back"
                   r"|rescheduled)\b")
# The verb that calls an event off, and where a date stands when it is the day of calling it off: right
# after the verb ("was called off on Monday"), not after the event noun ("the meeting on Monday was
# cancelled") nor as a new date ("postponed to Friday").
CALLED_OFF_VERB: str = (r"\b(?:called\s+off|cancell?ed|scrapped|shelved|postponed|put\s+off|pushed\s+back"
                        r"|rescheduled)\b")
CALLED_OFF_THEN: str = r"\s*(?:on\s+)?"
CALLED_OFF_FRAMES: tuple[tuple[str, str], ...] = ()  # (English puts the day after the verb)
# Only a hard cancellation: a postponed event still takes place, later (undated, planned).
CANCELLED: str = (r"\b(?:called\s+off|calls?\s+off|calling\s+off|cancell?ed|cancels?|cancell?ing|scrapped|scraps"
                  r"|shelved|off\s+the\s+table|fell\s+through|did\s+not\s+take\s+place|never\s+took\s+place)\b")
# The plan as it was before it changed: "had been due to sign on Wednesday", "originally planned for Monday".
ORIGINAL_PLAN: str = (r"\b(?:originally|initially)\s+(?:\w+\s+)?(?:planned|scheduled|set|due|expected|slated)\b"
                      r"|\bhad\s+been\s+(?:due|scheduled|set|expected|planned|slated|supposed)\b"
                      r"|\b(?:was|were)\s+(?:originally|initially|supposed)\b"
                      # "a summit, earlier scheduled for March 6, has been postponed": the plan before the
                      # change, the adverb right before the participle (not "earlier set out", "met earlier")
                      r"|\b(?:earlier|previously)\s+(?:planned|scheduled|slated|set\s+(?:for|to))\b"
                      # a clause of its own that is only the plan ("A visit, planned for this month, has been
                      # pushed back"): the day it no longer has
                      r"|^\W*(?:planned|scheduled|slated|set)\s+for\b")
# The sentence after a first plan that gives the plan now: "The meeting is now planned for July."
PLAN_NOW: str = (r"\b(?:now|instead)\b[^.;]*\b(?:planned|scheduled|set|expected|due|slated|will|moved|postponed)\b"
                 r"|\b(?:planned|scheduled|set|expected|due|slated|will)\b[^.;]*\b(?:now|instead)\b")
# A plan told in the pluperfect, which says it no longer holds: "The talks had been set for Saturday".
PAST_PLAN: str = r"\bhad\s+been\s+(?:due|scheduled|set|planned|slated|supposed)\b"
# A clause that turns against what was told before it ("…, but the signing was postponed").
CONTRAST: str = r"\b(?:but|however|yet)\b"
# Before the new date of a postponed event ("postponed to Friday", "moved to next week").
NEW_DATE_PREPOSITIONS: frozenset[str] = frozenset({"to"})

# Postponed, in any form (headlines drop the auxiliary: "Talks postponed"): the event is still to come.
POSTPONED: str = r"\b(?:postponed|postpones|delayed|put\s+off|pushed\s+back|rescheduled)\b"
