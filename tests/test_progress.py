"""Progress of long work: a line with count, rate and ETA on a terminal, silence elsewhere."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from support.project import make_project

from lagebild.progress import Progress, progress_line, wanted

ROOT = Path(__file__).resolve().parent.parent


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_says_count_rate_and_time_left() -> None:
    assert progress_line("extracting", 1, 1000, None) == "extracting 1/1000"
    assert progress_line("extracting", 250, 1000, 50.0) == "extracting 250/1000 · 50/s · ETA 15 s"
    assert progress_line("building pages", 30, 1700, 3.0) == "building pages 30/1700 · 3.0/s · ETA 9 min 17 s"
    assert progress_line("extracting", 1000, 1000, 50.0) == "extracting 1000/1000 · 50/s"


def test_a_terminal_sees_the_line_redrawn_and_wiped() -> None:
    terminal, clock = Terminal(), Clock()
    with Progress("extracting", 100, stream=terminal, clock=clock, enabled=True) as progress:
        clock.now += 0.9  # setting up: not counted in the rate
        progress.advance()  # within the first second: nothing yet
        assert terminal.getvalue() == ""
        for _ in range(49):
            clock.now += 0.05
            progress.advance()
        drawn = terminal.getvalue()
        assert "\rextracting" in drawn and "/100" in drawn and "ETA" in drawn
        assert drawn.count("\r") <= 10  # redrawn a few times a second, not once per item
        clock.now += 5
        progress.advance(50)
        assert terminal.getvalue().rstrip().endswith("extracting 100/100 · 13/s")  # drawn at the end: 99 in 7.45 s
    assert terminal.getvalue().endswith("\r")  # wiped: the next message starts clean
    assert "\n" not in terminal.getvalue()


def test_quiet_in_ci_in_pipes_and_on_dumb_terminals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert wanted(Terminal()) and not wanted(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not wanted(Terminal())
    monkeypatch.delenv("CI")
    monkeypatch.setenv("TERM", "dumb")
    assert not wanted(Terminal())
    silent, clock = io.StringIO(), Clock()
    progress = Progress("extracting", 10, stream=silent, clock=clock)
    clock.now += 5
    progress.advance(10)
    progress.close()
    assert silent.getvalue() == ""


def test_a_build_into_a_pipe_prints_no_progress_line(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "--today", "2026-01-02"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "\r" not in result.stderr and "ETA" not in result.stderr
