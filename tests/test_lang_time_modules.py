"""The time, event and number words are split by job (``lang/de_<job>.py``, ``lang/en_<job>.py``) and gathered
per language by ``lang/de_time.py`` and ``lang/en_time.py``: no job may define a name another job of its
language defines too (a star import would silently keep the last one), and the two languages keep the same
names per job, apart from the few word-form rules only one language needs."""

from __future__ import annotations

import importlib

import pytest

JOBS = ("dates", "tense", "event_words", "event_refs", "event_dating", "plan_changes", "not_events",
        "event_parties", "numbers", "stamps")
ONE_LANGUAGE_ONLY = {"NOT_WEAK_PAST", "ADJECTIVE_ENDINGS", "PRESENT_IN_TEN", "EED_PAST"}


def _names(language: str, job: str) -> dict[str, object]:
    module = importlib.import_module(f"lagebild.extract.lang.{language}_{job}")
    return {k: v for k, v in vars(module).items() if k.isupper() and not k.startswith("_")}


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_name_in_two_jobs(language: str) -> None:
    seen: dict[str, tuple[str, object]] = {}
    for job in JOBS:
        for name, value in _names(language, job).items():
            if name in seen:  # only a name one job imports from another (the same object) may repeat
                assert seen[name][1] is value, f"{name} in {seen[name][0]} and {job}"
            else:
                seen[name] = (job, value)
    gathered = importlib.import_module(f"lagebild.extract.lang.{language}_time")
    assert all(getattr(gathered, name) is value for name, (_, value) in seen.items())


@pytest.mark.parametrize("job", JOBS)
def test_languages_keep_the_same_names_per_job(job: str) -> None:
    assert set(_names("de", job)) - ONE_LANGUAGE_ONLY == set(_names("en", job)) - ONE_LANGUAGE_ONLY
