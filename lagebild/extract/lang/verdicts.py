"""Words of court verdicts and of an act told after another (data only, per language; ``eventlater``
reads it)."""

from __future__ import annotations

# "and later", „und später“: what follows is a second act of the same subject, after the first's date.
LATER_JOINS: dict[str, str] = {
    "en": r"\b(?:and|but)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:later|subsequently|eventually)\s+",
    "de": r"\bund\s+(?:[\wäöüß]+\s+){0,2}?(?:später|anschließend|schließlich)\s+",
}

# A verdict: "sentenced", "convicted", „zu acht Jahren Haft verurteilt“ (not „verurteilte den Angriff“:
# condemning is a statement), „freigesprochen“.
VERDICTS: dict[str, str] = {
    "en": r"\b(?:sentenced|convicted|acquitted|jailed)\b",
    "de": r"\bzu\s+[^,;.]{1,40}?\s+verurteilt|\bfreigesprochen\b",
}
