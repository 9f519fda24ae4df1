"""The generated pages on two cores: same pages, same order, errors raised as in a serial run."""

from __future__ import annotations

import os

import pytest
from support.project import ROOT

from lagebild.site.fork_pool import MIN_JOBS, run_jobs, usable_workers


@pytest.fixture(autouse=True)
def _forking_possible() -> None:
    """Checked when each test runs: a thread an earlier test left behind rules out forking."""
    if usable_workers(2) < 2:
        pytest.skip("needs fork, two cores and no other thread")


def _pid_of(index: int) -> tuple[int, int]:
    return index, os.getpid()


def test_half_the_jobs_run_in_a_forked_child_and_come_back_in_order() -> None:
    jobs = [lambda index=index: _pid_of(index) for index in range(MIN_JOBS + 1)]
    results = run_jobs(jobs, workers=2)
    assert [index for index, _ in results] == list(range(MIN_JOBS + 1))
    assert {pid for _, pid in results[0::2]} == {os.getpid()}
    assert os.getpid() not in {pid for _, pid in results[1::2]}


def test_a_job_failing_in_the_child_fails_in_the_parent_as_it_would_serially() -> None:
    def broken() -> tuple[int, int]:
        raise ValueError("template broken")

    jobs = [lambda index=index: _pid_of(index) for index in range(MIN_JOBS + 1)]
    jobs[1] = broken  # an odd job: the child's half
    with pytest.raises(ValueError, match="template broken"):
        run_jobs(jobs, workers=2)


def test_generated_pages_on_two_cores_equal_those_on_one() -> None:
    from test_site_bounded import TODAY, _generator

    from lagebild.picture.corpus import Corpus
    from lagebild.site.pages import generated_pages

    briefings = [item.briefing for item in _generator().generate(40)]
    serial = generated_pages(Corpus(briefings), ROOT / "templates", "de", TODAY, workers=1)
    assert len(serial) > MIN_JOBS
    parallel = generated_pages(Corpus(briefings), ROOT / "templates", "de", TODAY, workers=2)
    assert list(parallel) == list(serial)
    assert parallel == serial


def test_child_share_spreads_the_childs_jobs_evenly() -> None:
    from lagebild.site.fork_pool import child_indices

    assert child_indices(10, 0.5) == [1, 3, 5, 7, 9]  # the odd jobs, as before
    assert len(child_indices(100, 0.62)) == 62
    assert child_indices(4, 1.0) == [0, 1, 2, 3]
    assert child_indices(4, 0.0) == []


def test_beside_runs_here_while_the_child_takes_its_share_and_order_is_kept() -> None:
    ran: list[int] = []
    jobs = [lambda index=index: _pid_of(index) for index in range(MIN_JOBS * 2)]
    results = run_jobs(jobs, workers=2, beside=lambda: ran.append(os.getpid()), child_share=0.75)
    assert [index for index, _ in results] == list(range(MIN_JOBS * 2))
    assert ran == [os.getpid()]
    in_child = sum(pid != os.getpid() for _, pid in results)
    assert in_child == MIN_JOBS * 2 * 3 // 4


def test_beside_runs_first_when_nothing_forks() -> None:
    order: list[str] = []
    results = run_jobs([lambda: order.append("job")], workers=2, beside=lambda: order.append("beside"))
    assert order == ["beside", "job"]
    assert results == [None]
