"""A state body named with its owner's long name ("the Ministry of Foreign Affairs of the Republic of Kenya")
is the ministry, not a name cut after "the Republic".  Every sentence here is invented."""

from __future__ import annotations

from lagebild.article import Article
from lagebild.extract.pipeline import build_doc


def orgs(text: str) -> set[str]:
    article = Article(path="x.txt", name="x.txt", text=text, digest="0", published="2026-03-18", language="en")
    return {o.name for o in build_doc(article).organizations}


def test_the_owner_states_long_name_is_cut_off() -> None:
    assert orgs("The Ministry of Foreign Affairs of the Republic of Kenya said on Monday the talks would resume.") \
        == {"Ministry of Foreign Affairs"}


def test_a_body_named_only_by_the_states_long_name_stays_whole() -> None:
    assert orgs("The Armed Forces of the Republic of Kenya said on Monday that the border was calm.") == {
        "Armed Forces of the Republic of Kenya"}
