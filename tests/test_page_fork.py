"""MkDocs' page loop on two processes (lagebild.site.page_fork): the same site byte for byte as one
process builds; a child's failure is the build's failure, naming the page; a child that dies
without a word costs time, not pages; a broken link in a child's page still fails the strict build.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURE_TODAY, ROOT
from mkdocs.structure.pages import Page
from test_render_cache import make_content, snapshot

from lagebild.errors import LagebildError
from lagebild.site import page_fork
from lagebild.site.site_build import build_site


@pytest.fixture(autouse=True)
def _forking_possible(request: pytest.FixtureRequest) -> None:
    """Checked when each test runs: a thread an earlier test left behind rules out forking (the
    last test then runs the others in a fresh process)."""
    if "fresh_process" not in request.node.name and not page_fork.usable():
        pytest.skip("needs fork, two cores and no other thread")


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_content(tmp_path_factory.mktemp("page-fork-content"))


def project_with(content: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", folder / "templates")
    shutil.copytree(content, folder / "content")
    return folder


def build(project: Path, jobs: int, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    monkeypatch.chdir(project)
    build_site(project / "mkdocs.yml", project / "site", FIXTURE_TODAY, jobs=jobs)
    return snapshot(project / "site")


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[page_fork.PageFork]:
    """Fork even for a small site; note every fork started."""
    monkeypatch.setattr(page_fork, "MIN_PAGES", 1)
    started: list[page_fork.PageFork] = []
    original = page_fork.PageFork.start.__func__  # type: ignore[attr-defined]

    def start(cls: type[page_fork.PageFork], *args: Any, **kwargs: Any) -> page_fork.PageFork | None:
        fork = original(cls, *args, **kwargs)
        if fork is not None:
            started.append(fork)
        return fork

    monkeypatch.setattr(page_fork.PageFork, "start", classmethod(start))
    return started


def in_child(parent: int, action: Callable[[Any], None], monkeypatch: pytest.MonkeyPatch) -> None:
    """Run `action(page)` as each page the child (not the parent) builds is read (in MkDocs' loop)."""
    original = Page.read_source

    def read_source(page: Any, config: Any) -> None:
        if os.getpid() != parent:
            action(page)
        original(page, config)

    monkeypatch.setattr(Page, "read_source", read_source)


def test_two_processes_build_the_site_one_process_builds(content: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         forks: list[page_fork.PageFork]) -> None:
    serial = build(project_with(content, tmp_path / "one"), 1, monkeypatch)
    assert not forks
    split = build(project_with(content, tmp_path / "two"), 2, monkeypatch)
    assert len(forks) == 1 and len(forks[0].theirs) > 10  # the child built a share of the pages
    assert sorted(split) == sorted(serial)
    assert [path for path in serial if split[path] != serial[path]] == []


def test_an_error_in_the_child_fails_the_build_naming_the_page(content: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              forks: list[page_fork.PageFork]) -> None:
    def fail(page: Any) -> None:
        raise ValueError(f"broken template for {page.file.src_uri}")

    in_child(os.getpid(), fail, monkeypatch)
    project = project_with(content, tmp_path / "p")
    with pytest.raises(LagebildError) as caught:
        build(project, 2, monkeypatch)
    shown = "\n".join(str(problem) for problem in caught.value.problems)
    first = forks[0].theirs[0].file.src_uri
    assert f"content/{first}: building the page failed: ValueError: broken template for {first}" in shown
    assert not (project / "site").exists()  # nothing half-built was swapped in


def test_a_child_that_dies_silently_costs_time_not_pages(content: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        forks: list[page_fork.PageFork]) -> None:
    serial = build(project_with(content, tmp_path / "one"), 1, monkeypatch)
    in_child(os.getpid(), lambda page: os._exit(3), monkeypatch)
    split = build(project_with(content, tmp_path / "two"), 2, monkeypatch)
    assert forks, "the child was never started"
    assert split == serial


def test_a_broken_link_in_a_childs_page_fails_the_strict_build(content: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              forks: list[page_fork.PageFork]) -> None:
    project = project_with(content, tmp_path / "p")
    briefings = sorted((project / "content" / "briefings").glob("*.md"))
    for briefing in briefings[:2]:  # neighbours in page order: one is the child's, one the parent's
        briefing.write_text(briefing.read_text(encoding="utf-8") + "\nSiehe [hier](gone.md).\n", encoding="utf-8")
    with pytest.raises(LagebildError) as caught:
        build(project, 2, monkeypatch)
    shown = "\n".join(str(problem) for problem in caught.value.problems)
    assert {page.file.src_uri for page in forks[0].theirs} & {f"briefings/{b.name}" for b in briefings[:2]}
    for briefing in briefings[:2]:
        assert f"briefings/{briefing.name}" in shown and "gone.md" in shown


def test_a_full_disk_in_the_child_is_reported_as_a_full_disk(content: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             forks: list[page_fork.PageFork]) -> None:
    import mkdocs.utils

    parent, original = os.getpid(), mkdocs.utils.write_file

    def write_file(data: bytes, path: str) -> None:
        if os.getpid() != parent:
            raise OSError(errno.ENOSPC, "No space left on device", path)
        original(data, path)

    monkeypatch.setattr(mkdocs.utils, "write_file", write_file)
    project = project_with(content, tmp_path / "p")
    with pytest.raises(LagebildError) as caught:
        build(project, 2, monkeypatch)
    assert forks
    assert "No space left on device while writing" in "\n".join(str(p) for p in caught.value.problems)


def test_the_child_ends_when_the_parent_ends() -> None:
    """A killed build leaves no process writing into the folder the next build removes."""
    read_end, write_end = os.pipe()
    helper = os.fork()
    if helper == 0:  # stands in for the build: forks the child, tells its pid, ends at once
        status = 1
        try:
            me = os.getpid()
            child = os.fork()
            if child == 0:
                page_fork._die_with(me)
                time.sleep(30)
                os._exit(0)
            os.write(write_end, str(child).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        child = int(pipe.read().decode())
    os.waitpid(helper, 0)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(child, signal.SIGKILL)
    pytest.fail("the child outlived its parent")


def test_the_fork_tests_run_in_a_fresh_process_when_a_thread_lingers() -> None:
    """In the whole suite an earlier test can leave a thread behind, which rules out forking, and
    every test above skips; then they run here, in a process of their own, and must all pass."""
    import re
    import subprocess
    import sys
    import threading

    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        pytest.skip("needs fork and two cores")
    if threading.active_count() == 1:
        pytest.skip("no thread lingers: the tests above ran in this process")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                             str(Path(__file__)), "-k", "not fresh_process"],
                            cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    others = sum(1 for name in globals() if name.startswith("test_") and "fresh_process" not in name)
    assert re.search(rf"\b{others} passed\b", summary) and "skipped" not in summary, summary


def test_one_job_builds_in_one_process_throughout(content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  forks: list[page_fork.PageFork]) -> None:
    """`--jobs 1`: neither the page loop nor the parsing and the generated pages (fork_pool) fork."""
    from lagebild.site import fork_pool
    from lagebild.site.incremental import briefing_store

    monkeypatch.setattr(fork_pool, "MIN_JOBS", 1)
    monkeypatch.setattr(briefing_store, "MIN_JOBS", 1)
    real_fork = os.fork
    forked: list[int] = []

    def counting_fork() -> int:
        forked.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counting_fork)
    build(project_with(content, tmp_path / "one"), 1, monkeypatch)
    assert forked == [] and not forks
    build(project_with(content, tmp_path / "two"), 2, monkeypatch)
    assert len(forked) >= 3  # parsing, generated pages, page loop
