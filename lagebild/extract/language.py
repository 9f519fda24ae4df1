"""Stage: decide the article's language and regional variant.

Reads: Doc.article (metadata and text).  Writes: Doc.language, Doc.locale.
Metadata wins; otherwise function words decide the language and regional
spellings the variant (Austrian month names, Swiss guillemets without ß,
British single quotes and spellings).
"""

from __future__ import annotations

import re

_DE = set("der die das und nicht mit von den dem ist sich auf für eine einen wurde haben hat sagte".split())
_EN = set("the and of to in that with for was were has have said is on by at from".split())


def detect_language(text: str) -> str:
    words = re.findall(r"[A-Za-zÄÖÜäöüß]+", text[:5000].lower())
    german = sum(w in _DE for w in words)
    english = sum(w in _EN for w in words)
    return "de" if german >= english else "en"


def detect_locale(text: str, language: str) -> str | None:
    if language == "de":
        if re.search(r"\b(Jänner|Feber)\b", text):
            return "de-AT"
        if "«" in text and "ß" not in text:
            return "de-CH"
        return None
    if re.search(r"\b(per cent|defence|organisation|programme|centre)\b", text) or re.search(r"‘[^’]{2,}’", text):
        return "en-GB"
    if re.search(r"\b(percent|defense|organization|program|center)\b", text) or "“" in text:
        return "en-US"
    return None
