"""Properties of extraction that hold for any article text, however odd.

Article text is untrusted: whatever it holds, extraction must finish, and
every fact it reports must carry evidence that stands verbatim in the
article (the promise that lets a reader check every fact).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.article import parse_article
from lagebild.briefing.model import FACT_LISTS
from lagebild.errors import LagebildError
from lagebild.extract.pipeline import build_doc

WORDS = [
    "Die", "USA", "haben", "am", "Mittwoch", "in", "Berlin", "beraten", "Präsident", "Wolodymyr", "Selenskyj",
    "sagte", "„Wir", "sind", "bereit“", "Bundeskanzler", "Friedrich", "Merz", "(CDU)", "traf", "3.", "Jänner",
    "2026", "etwa", "150.000", "Soldaten", "NATO", "EU-Ratspräsident", "Reuters", "berichtete", "dpa", "The",
    "Secretary", "General", "said", "on", "Thursday", "“We", "agreed”", "more", "than", "$4", "billion",
    "next", "month", "Brussels,", "Feb", "12", "-", "Mr", "O'Brien", "‘look", "away’", "«Schweiz»", "4'500",
    "von", "der", "Leyen", "Merz'", "Selenskyjs", ".", ",", "?", "!", ":", "—", "…", "<script>", "{{", "}}",
    "#", "|", "*", "\u00a0", "A.", "Dr.", "z.", "B.", "II.", "15.", "Dezember", "vergangenen", "Freitag",
]

sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)
paragraphs = st.lists(sentences, min_size=1, max_size=4).map(". ".join)
articles = st.lists(st.one_of(paragraphs, st.text(min_size=1, max_size=80)), min_size=1, max_size=6).map("\n".join)


def _occurs(group: str, text: str) -> bool:
    # A sentence that ends in "…" loses that ellipsis to the " … " joiner when split again.
    return any(candidate in text for candidate in (group, group.removeprefix("… "), group + " …"))


def _stands_in(evidence: str, text: str) -> bool:
    """Evidence is sentences joined by " … "; a sentence may itself hold " … ", so try every grouping."""
    parts = [" ".join(p.split()) for p in evidence.split(" … ")]
    reachable = [True] + [False] * len(parts)  # reachable[i]: parts[:i] are covered
    for end in range(1, len(parts) + 1):
        reachable[end] = any(reachable[start] and _occurs(" … ".join(parts[start:end]), text) for start in range(end))
    return reachable[-1]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_extraction_finishes_and_every_fact_has_verbatim_evidence(text: str) -> None:
    try:
        article, _ = parse_article(text.encode("utf-8"), "seeds/x.txt", "x.txt")
    except LagebildError:
        return  # an empty or unreadable article is refused with our own clear error (tested elsewhere)
    doc = build_doc(article)
    normalised = " ".join(article.text.split())
    for list_name in FACT_LISTS:
        for fact in getattr(doc, list_name):
            assert fact.evidence, f"{list_name}: {fact} has no evidence"
            assert _stands_in(fact.evidence, normalised), f"{list_name}: evidence not in the article: {fact.evidence!r}"
    if doc.reference_date is not None:
        assert _stands_in(doc.reference_date.evidence, normalised)
