"""The resident render worker of `mkdocs serve` (render_worker): the pages it renders leave the site
byte for byte as a clean build does, after every kind of edit; a killed worker is replaced by
rendering in process, with the same site; it ends with the server and leaves no process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.incremental import TODAY, Session, clean_build, differences, small_project
from test_incremental import EDITS, clean_equivalent, edit_add, edit_delete, edit_role, edit_title

from lagebild.site import pages
from lagebild.site.incremental import render_worker

pytestmark = pytest.mark.slow


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)
    monkeypatch.delenv("LAGEBILD_AUDIT", raising=False)
    monkeypatch.delenv("LAGEBILD_WORKER", raising=False)
    monkeypatch.setattr(pages, "MIN_ACTORS", 1)  # the small project re-keys a few actors per edit
    small_project(tmp_path / "project")
    yield tmp_path


_skipped_for_threads: list[str] = []  # tests above that could not start the worker beside threads


def _no_worker_here() -> str:
    """Why this process cannot start the worker, or "" (the machine or the process, not the code)."""
    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return "no second core or no fork here"
    # a dirty build's delayed collection (serve_hooks.COLLECT_AFTER) ends soon; threads of other files do not
    deadline = time.monotonic() + (0 if _skipped_for_threads else 5)
    while threading.active_count() > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    if threading.active_count() > 1:  # threads other test files left (servers, timers): forking is unsafe
        _skipped_for_threads.append("skipped")
        return "threads left by other tests: run in a fresh process by test_the_worker_tests_run_in_a_fresh_process"
    return ""


def _started(session: Session) -> render_worker.RenderWorker:
    assert not session.build()
    plugin = session.plugin()
    if reason := _no_worker_here():
        pytest.skip(reason)
    assert render_worker.usable()
    plugin._start_worker(None)  # as on_serve does, after the first build
    assert plugin.worker is not None
    return plugin.worker


def _gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_the_worker_renders_pages_and_every_edit_rebuilds_to_the_clean_site(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    worker = _started(session)
    rendered = {}
    try:
        for name, edit in EDITS:
            edit(project, monkeypatch)
            assert session.build(), f"{name}: the rebuild was not dirty"
            rendered[name] = worker.rendered
            found = differences(site, clean_equivalent(project, workdir, name == "broken file"))
            assert not found, f"after the edit '{name}' (worker rendered {worker.rendered}): {found[:10]}"
        assert worker.alive and worker.failures == 0
        assert rendered["add"] > 0 and rendered["delete"] > 0, rendered  # the worker's path was taken
    finally:
        session.plugin().on_shutdown()
    assert _gone(worker.pid)


def test_a_killed_worker_falls_back_to_rendering_in_process(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    worker = _started(session)
    edit_add(project, monkeypatch)
    session.build()
    assert worker.rendered > 0
    os.kill(worker.pid, signal.SIGKILL)
    edit_delete(project, monkeypatch)
    assert session.build()
    assert not worker.alive and worker.failures == 1 and _gone(worker.pid)
    assert not differences(site, clean_build(project, workdir))
    edit_title(project, monkeypatch)  # later builds render in process too
    assert session.build()
    assert not differences(site, clean_build(project, workdir))
    session.plugin().on_shutdown()


def test_a_worker_that_fails_a_render_is_not_used(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An error in the worker (here: it has no corpus) stops it; the pages come from this process."""
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    worker = _started(session)
    monkeypatch.setattr(render_worker._Replica, "sync", lambda self, *args: (_ for _ in ()).throw(RuntimeError))
    worker.stop()  # started again with the broken sync (forked: the patched method is the child's)
    session.plugin().worker = None
    session.plugin()._start_worker(None)
    worker = session.plugin().worker
    edit_role(project, monkeypatch)
    edit_add(project, monkeypatch)
    assert session.build()
    assert not worker.alive and worker.failures == 1 and worker.rendered == 0
    assert not differences(site, clean_build(project, workdir))
    session.plugin().on_shutdown()


def test_the_audit_checks_the_workers_pages(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")
    project = workdir / "project"
    session = Session(project, workdir / "site")
    worker = _started(session)
    try:
        for _, edit in EDITS[:7]:
            edit(project, monkeypatch)
            assert session.build()  # the audit raises if a page differs from a fresh render
        assert worker.alive
    finally:
        session.plugin().on_shutdown()


def test_a_small_edit_sends_even_one_actor_to_the_worker(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An actor on the worker's side is rendered there however few actors an edit re-keys (its memos are
    the worker's; MIN_ACTORS as shipped, not the fixture's), with the clean site and the worker's timings."""
    monkeypatch.setattr(pages, "MIN_ACTORS", render_worker.MIN_ACTORS)
    asked: list[int] = []
    ask = render_worker.RenderWorker.ask

    def counted(self: render_worker.RenderWorker, actor_keys: list[tuple[str, str]], *args: object) -> bool:
        asked.append(len(actor_keys))
        return ask(self, actor_keys, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(render_worker.RenderWorker, "ask", counted)
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    worker = _started(session)
    try:
        for name, edit in EDITS[:7]:
            edit(project, monkeypatch)
            assert session.build(), name
            if worker.rendered:
                timings = worker.timings
                assert timings is not None and timings.render_wall > 0 and timings.sync_wall > 0, timings
            assert not differences(site, clean_equivalent(project, workdir, name == "broken file")), name
        assert worker.alive and worker.failures == 0
        assert asked and min(asked) < 8, asked  # an edit re-keying a few actors still used the worker
    finally:
        session.plugin().on_shutdown()


def test_the_worker_is_asked_before_the_other_pages_are_fingerprinted(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The planner asks the worker as soon as the actor pages' fingerprints are known (`Planner.plan`'s
    `early`): it renders while this process fingerprints the stories, timeline, lists and Prüfliste."""
    from lagebild.site.incremental.page_inputs import PageInputs
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    worker = _started(session)
    pending: list[bool] = []
    story_pages = PageInputs.story_pages

    def recorded(self: PageInputs, result: dict[str, str]) -> None:
        pending.append(worker.pending is not None)
        story_pages(self, result)

    monkeypatch.setattr(PageInputs, "story_pages", recorded)
    try:
        edit_add(project, monkeypatch)
        assert session.build()
        assert pending == [True] and worker.rendered > 0
        assert not differences(site, clean_build(project, workdir))
    finally:
        session.plugin().on_shutdown()


def test_an_early_ask_for_other_actors_than_the_plan_picks_is_dropped(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the actors asked for early are not those `generated_pages` picks, the worker's answer is taken
    and dropped, and this process renders them: the site is the clean one, the worker stays in use."""
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    worker = _started(session)
    ask = render_worker.RenderWorker.ask

    def fewer(self: render_worker.RenderWorker, actor_keys: list[tuple[str, str]], *args: object) -> bool:
        return ask(self, actor_keys[:-1], *args)  # type: ignore[arg-type]

    monkeypatch.setattr(render_worker.RenderWorker, "ask", fewer)
    try:
        edit_add(project, monkeypatch)
        assert session.build()
        assert worker.rendered == 0 and worker.alive and worker.failures == 0
        assert not differences(site, clean_build(project, workdir))
        monkeypatch.setattr(render_worker.RenderWorker, "ask", ask)
        edit_delete(project, monkeypatch)
        assert session.build()
        assert worker.rendered > 0
        assert not differences(site, clean_build(project, workdir))
    finally:
        session.plugin().on_shutdown()


def test_the_worker_tests_run_in_a_fresh_process() -> None:
    """In a whole test session earlier files leave threads behind, and the worker (rightly) refuses to
    fork beside threads: the tests above would all skip.  So they run once more in a process of their
    own, where nothing may be skipped on a machine with a second core."""
    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        pytest.skip("no second core or no fork here")
    if os.environ.get("LAGEBILD_WORKER_FRESH") == "1" or not _skipped_for_threads:
        pytest.skip("the worker tests above ran in this process")
    here = Path(__file__).resolve()
    env = {**os.environ, "LAGEBILD_WORKER_FRESH": "1"}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", str(here)],
                         cwd=here.parent.parent, env=env, capture_output=True, text=True, timeout=600)
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "7 passed" in summary and "1 skipped" in summary, run.stdout[-3000:]
