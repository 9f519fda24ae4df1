"""A state body named with its owner's long name ("the Ministry of Foreign Affairs of the Republic of Kenya")
is the ministry, not a name cut after "the Republic".  Every sentence here is invented."""

from __future__ import annotations

from support.extraction import doc_of


def orgs(text: str) -> set[str]:
    return {o.name for o in doc_of(text, "en").organizations}


def test_the_owner_states_long_name_is_cut_off() -> None:
    assert orgs("The Ministry of Foreign Affairs of the Republic of Kenya said on Monday the talks would resume.") \
        == {"Ministry of Foreign Affairs"}


def test_a_body_named_only_by_the_states_long_name_stays_whole() -> None:
    assert orgs("The Armed Forces of the Republic of Kenya said on Monday that the border was calm.") == {
        "Armed Forces of the Republic of Kenya"}
