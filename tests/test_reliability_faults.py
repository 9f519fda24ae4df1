"""Faults while running (docs: shared reliability-tests.md T30–T34): nothing lost, site intact.

Faults are injected in-process (monkeypatched MkDocs page builds, fsync, rename) where
timing must be exact, and with real signals to real processes where it need not be.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from support.project import ROOT, SEED, TODAY, file_digests, leftovers, make_project, run_build, tree_digest

BASE_SLUG = "000-3a99068f7abffe5f"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("faults") / "project")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture
def project(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    copy = tmp_path / "project"
    shutil.copytree(built, copy, symlinks=True)
    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)  # build_site sets it; restored afterwards
    monkeypatch.chdir(copy)
    yield copy


def run_main(project: Path, *args: str) -> int:
    from lagebild.cli import main

    return main([*args, "--today", TODAY], root=project)


def snapshot(project: Path) -> tuple[dict[str, str], str]:
    return file_digests(project / "content"), tree_digest(project / "site")


def fail_on_call(number: int, error: BaseException, original: Callable[..., Any]) -> Callable[..., Any]:
    calls = {"n": 0}

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == number:
            raise error
        return original(*args, **kwargs)
    return wrapper


def assert_intact(project: Path, before: tuple[dict[str, str], str]) -> None:
    content, site = snapshot(project)
    assert content == before[0]
    assert site == before[1]
    assert not leftovers(project), leftovers(project)
    assert not [p for p in (project / "content").rglob("*") if p.is_file() and p.stat().st_size == 0]


def make_rewrite_needed(project: Path) -> None:
    """The briefing and its base snapshot agree but differ from the machine: extraction rewrites it."""
    target = project / "content" / "briefings" / f"{BASE_SLUG}.md"
    text = target.read_text(encoding="utf-8").replace("summary: ", "summary: 'älter' #", 1)
    target.write_text(text, encoding="utf-8")
    (project / ".lagebild" / "base" / "briefings" / f"{BASE_SLUG}.md").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- T30

def test_T30_exception_while_rendering_page_n(project: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import mkdocs.commands.build as mkdocs_build

    before = snapshot(project)
    monkeypatch.setattr(mkdocs_build, "_build_page",
                        fail_on_call(3, RuntimeError("boom on page 3"), mkdocs_build._build_page))
    assert run_main(project, "render") == 1
    assert "internal error" in capsys.readouterr().err
    assert_intact(project, before)
    monkeypatch.undo()
    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)
    assert run_main(project, "render") == 0
    assert tree_digest(project / "site") == before[1]  # the same input builds the same site


# ---------------------------------------------------------------- T31

def test_T31_interrupt_during_extraction(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lagebild.extraction as extraction

    before = snapshot(project)
    shutil.rmtree(project / ".lagebild" / "cache")
    monkeypatch.setattr(extraction, "extract", fail_on_call(1, KeyboardInterrupt(), extraction.extract))
    assert run_main(project) == 130
    assert_intact(project, before)


def test_T31_interrupt_while_writing_a_briefing(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_rewrite_needed(project)
    before = snapshot(project)
    monkeypatch.setattr(os, "fsync", fail_on_call(1, KeyboardInterrupt(), os.fsync))
    assert run_main(project, "extract") == 130
    assert_intact(project, before)
    monkeypatch.undo()
    assert run_main(project, "extract") == 0  # the next run completes the write
    assert snapshot(project)[0] != before[0]


def test_T31_interrupt_during_site_build(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mkdocs.commands.build as mkdocs_build

    before = snapshot(project)
    monkeypatch.setattr(mkdocs_build, "_build_page",
                        fail_on_call(2, KeyboardInterrupt(), mkdocs_build._build_page))
    assert run_main(project, "render") == 130
    assert_intact(project, before)


def test_T31_real_sigint_leaves_old_or_new_site(project: Path) -> None:
    (project / "content" / "briefings" / "neu.md").write_text("---\ntitle: Neu\nlanguage: de\n---\nText\n")
    old_site = tree_digest(project / "site")
    seen = set()
    for delay in (0.3, 0.6, 0.9):
        process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "render", "--today", TODAY],
                                   cwd=project, stderr=subprocess.PIPE, text=True)
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode in (0, 130), stderr
        assert "Traceback" not in stderr
        assert not leftovers(project)
        seen.add(tree_digest(project / "site"))
    assert run_build(project, "render").returncode == 0
    assert seen <= {old_site, tree_digest(project / "site")}  # never a mix of the two
    assert not leftovers(project)


def test_T31_a_sigint_right_after_the_report_is_no_crash(project: Path) -> None:
    """A Ctrl-C just after "site built" is printed (worker processes being joined, the interpreter
    shutting down) exits 0 or 130 — never killed by the signal with a traceback."""
    briefing = project / "content" / "briefings" / "neu.md"
    for round_ in range(3):
        briefing.write_text(f"---\ntitle: Neu {round_}\nlanguage: de\n---\nText\n")
        process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "render", "--today", TODAY],
                                   cwd=project, stderr=subprocess.PIPE, text=True)
        assert process.stderr is not None
        line = process.stderr.readline()
        while line and not line.startswith("site built"):
            line = process.stderr.readline()
        process.send_signal(signal.SIGINT)  # the moment the report is out
        _, rest = process.communicate(timeout=60)
        assert line, rest
        assert process.returncode in (0, 130), rest
        assert "Traceback" not in rest
        assert not leftovers(project)


# ---------------------------------------------------------------- T32

def test_T32_disk_full_while_writing_content(project: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    make_rewrite_needed(project)
    before = snapshot(project)
    monkeypatch.setattr(os, "fsync", fail_on_call(1, OSError(errno.ENOSPC, "No space left on device"), os.fsync))
    assert run_main(project, "extract") == 1
    err = capsys.readouterr().err
    assert f"content/briefings/{BASE_SLUG}.md: No space left on device while writing" in err, err
    assert_intact(project, before)


def test_T32_disk_full_while_writing_the_site(project: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import mkdocs.utils

    before = snapshot(project)

    def full(content: bytes, output_path: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", output_path)

    monkeypatch.setattr(mkdocs.utils, "write_file", full)
    assert run_main(project, "render") == 1
    err = capsys.readouterr().err
    assert "No space left on device while writing" in err and "Traceback" not in err, err
    assert_intact(project, before)


# ---------------------------------------------------------------- T33

def test_T33_content_folder_not_writable(project: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    import tempfile

    make_rewrite_needed(project)
    before = snapshot(project)

    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", kwargs.get("dir"))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    assert run_main(project, "extract") == 1
    err = capsys.readouterr().err
    assert f"content/briefings/{BASE_SLUG}.md: permission denied while writing" in err, err
    assert_intact(project, before)


def test_T33_site_folder_not_replaceable(project: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    import lagebild.site.site_build as site_build

    before = snapshot(project)
    monkeypatch.setattr(site_build, "_exchange", lambda a, b: False)  # take the two-rename path
    original = os.replace

    def replace(source: Any, target: Any) -> None:
        if Path(source).name.startswith("site.tmp-") and Path(target).name == "site":
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        original(source, target)

    monkeypatch.setattr(site_build.os, "replace", replace)
    assert run_main(project, "render") == 1
    err = capsys.readouterr().err
    assert "site: permission denied" in err, err
    assert_intact(project, before)


def test_T33_target_is_a_folder(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(SEED, project / "seeds" / "ordner.txt")
    (project / "content" / "briefings" / "ordner.md").mkdir()
    before = snapshot(project)
    assert run_main(project, "extract") == 1
    assert "content/briefings/ordner.md: is not a regular file" in capsys.readouterr().err
    assert_intact(project, before)
    assert (project / "content" / "briefings" / "ordner.md").is_dir()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere; the monkeypatched tests cover it")
def test_T33_real_read_only_content(project: Path) -> None:
    make_rewrite_needed(project)
    before = snapshot(project)
    folder = project / "content" / "briefings"
    folder.chmod(0o555)
    try:
        result = run_build(project, "extract")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1 and "permission denied" in result.stderr
    assert_intact(project, before)


# ---------------------------------------------------------------- T34

def test_T34_second_build_while_one_runs(project: Path) -> None:
    before = snapshot(project)
    lock = project / ".lagebild" / "lock"
    with open(lock, "a+", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        handle.seek(0)
        handle.truncate()
        # A live holder: this test process, with its pid and start time as project_lock records them.
        from lagebild.lock import _start_time

        handle.write(f"{os.getpid()} {_start_time(os.getpid())}")
        handle.flush()
        result = run_build(project)
    assert result.returncode == 1
    assert f"another build is running (lock .lagebild/lock held by pid {os.getpid()})" in result.stderr
    assert_intact(project, before)


def test_T34_build_after_a_killed_one(project: Path) -> None:
    # A lock holder killed with SIGKILL: the kernel drops its flock, the next build proceeds.
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from lagebild.site.site_build import project_lock\n"
         "with project_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(60)",
         str(project / ".lagebild")], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    holder.kill()
    holder.wait()
    # A build killed half-way leaves its temporary site behind; the next run removes it.
    (project / "content" / "briefings" / "neu.md").write_text("---\ntitle: Neu\nlanguage: de\n---\nText\n")
    build = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "render", "--today", TODAY], cwd=project,
                             stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    build.kill()
    build.wait()
    stale = project / "site.tmp-999999-0123456789abcdef"
    stale.mkdir(exist_ok=True)
    (stale / "half.html").write_text("<p>half")
    result = run_build(project, "render")
    assert result.returncode == 0, result.stderr
    assert not leftovers(project)
    assert (project / "site" / "briefings" / "neu" / "index.html").is_file()
    assert not (project / "site" / "half.html").exists()


def test_T34_killed_between_the_two_renames(project: Path) -> None:
    """Where the atomic exchange is unavailable, a kill after 'site -> site.old' is repaired."""
    good = tree_digest(project / "site")
    os.replace(project / "site", project / "site.old-12345-0123456789abcdef")
    (project / "site.tmp-12345-fedcba9876543210").mkdir()
    from lagebild.site.site_build import remove_stale_builds

    remove_stale_builds(project / "site")
    assert tree_digest(project / "site") == good
    assert not leftovers(project)
