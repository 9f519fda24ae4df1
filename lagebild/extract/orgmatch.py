"""Where a stretch of text names an organization the entities stage found: by word stem
("des Europäischen Rates" for "Europäischer Rat"), acronym ("IAEA"), short form ("die Kommission")
or another of the lexicon's names for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.extract.doc import Doc


def stem_pattern(name: str) -> str:
    """'Europäischer Rat' -> a pattern that also matches 'Europäischen Rates'."""
    parts = []
    for word in name.split():
        keep = word if len(word) <= 4 else word[: len(word) - 2]
        parts.append(re.escape(keep) + r"[\wäöüß]*")
    return r"(?<![\w-])" + r"[\s-]+".join(parts) + r"(?![\w])"


@lru_cache(maxsize=2048)
def name_rx(name: str, ignore_case: bool) -> re.Pattern[str]:
    return re.compile(stem_pattern(name), re.IGNORECASE if ignore_case else 0)


def organizations_in(doc: Doc, text: str) -> list[str]:
    """Organizations named in ``text``, also by acronym ("IAEA") or short form ("die Kommission")."""
    found = []
    for org in doc.organizations:
        if not org.name:
            continue
        # Short upper-case names (EU, NATO, SPD) must match as written; long names by stem.
        if name_rx(org.name, not org.name.isupper()).search(text) or any(
                re.search(p, text) for p in _short_forms(org.name)) or any(
                variant_matches(org.name, text, doc.language, doc)):
            found.append(org.name)
    return found


def variant_matches(name: str, text: str, language: str, doc: Doc | None = None) -> list[re.Match[str]]:
    """Where ``text`` names the organization by another of its names: the lexicon's ("EU" for "Europäische
    Union") and the acronym the article defines for it ("Alliance of Sahel States (AES)", then "AES")."""
    defined = doc.org_acronyms.get(name) if doc is not None else None
    forms = (*_other_forms(name, language), defined) if defined and defined not in _other_forms(name, language) \
        else _other_forms(name, language)
    return [m for form in forms
            for m in re.finditer(stem_pattern(form), text, 0 if form.isupper() else re.IGNORECASE)]


def other_forms(name: str, language: str) -> tuple[str, ...]:
    """The lexicon's other names of the organization shown as ``name`` ("EU" for "European Union")."""
    return _other_forms(name, language)


@lru_cache(maxsize=1024)
def _other_forms(name: str, language: str) -> tuple[str, ...]:
    """The lexicon's other names of an organization: "Europäische Union" for "EU", "IAEA" for the
    agency's full name (an article names one body in both ways)."""
    lexicon: dict[str, tuple[str, ...]] = getattr(lang_module(language), "ORGANIZATIONS", {}) or {}
    for canonical, variants in lexicon.items():
        forms = (canonical, *variants)
        if name in forms:
            return tuple(f for f in forms if f != name and len(f) >= 2)
    return ()


@lru_cache(maxsize=1024)
def _short_forms(name: str) -> tuple[str, ...]:
    forms: list[str] = []
    capitals = [w for w in name.split() if w[:1].isupper()]
    if len(capitals) >= 3:
        forms.append(rf"\b{''.join(w[0] for w in capitals)}\b")
    if "-" in name and " " not in name:
        tail = name.rsplit("-", 1)[1]
        if len(tail) >= 6:
            forms.append(rf"\b(?:[Dd]ie|der|den|des|dem|[Tt]he)\s+{re.escape(tail)}\w*")
    return tuple(forms)


def lang_module(language: str) -> object | None:
    try:
        from lagebild.extract.lang import de, en
    except ImportError:
        return None
    return de if language == "de" else en
