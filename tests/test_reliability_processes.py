"""Processes that die, are interrupted or start in the wrong environment (issue 10).

Locks die with their holder (a `kill -9` of a parallel extraction leaves no worker holding the
lock), an interrupt reports truthfully what was written, `build.py` finds the project's
environment when started with another Python, and extraction work is bounded for a 1 MB article.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.project import ROOT, SEED, TODAY, make_project, run_build

# Invented news paragraphs (no real article text): enough names, dates and quotes to keep every
# extraction stage busy.
PARAGRAPHS = (
    "Der Sondergesandte Paul Beispiel traf am Dienstag in Genf den Außenminister Karl Muster, "
    "wie das Ministerium mitteilte.",
    "„Wir sind einem Abkommen näher als je zuvor“, sagte Muster nach dem Treffen. Die Gespräche sollen "
    "am 14. März in Wien fortgesetzt werden.",
    "Nach Angaben der Vereinten Nationen wurden mehr als 12.000 Menschen vertrieben; rund 3,5 Millionen "
    "Euro Hilfe seien zugesagt.",
    "Die Regierung in Berlin begrüßte die Einigung. Kanzlerin Erika Probe kündigte an, im April nach "
    "Kiew zu reisen.",
)


def invented_article(size: int) -> str:
    parts, total, index = ["---\ntitle: Testartikel\npublished: 2025-03-10\nlanguage: de\n---\n"], 0, 0
    while total < size:
        if index % 40 == 0:
            parts.append(f"Abschnitt {index // 40}\n")
        paragraph = PARAGRAPHS[index % len(PARAGRAPHS)]
        parts.append(paragraph + "\n")
        total += len(paragraph.encode()) + 1
        index += 1
    return "".join(parts)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc (Linux)")
def test_kill_9_during_parallel_extraction_leaves_no_lock_holder(tmp_path: Path) -> None:
    from lagebild.lock import project_lock

    project = make_project(tmp_path / "p", seeds=[])
    for number in range(10):
        (project / "seeds" / f"artikel-{number}.txt").write_text(invented_article(40_000), encoding="utf-8")
    main = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "extract", "--jobs", "2", "--today", TODAY],
                            cwd=project, stderr=subprocess.DEVNULL, start_new_session=True)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline and main.poll() is None:
            time.sleep(0.2)
            workers = [c for c in _children(main.pid) if "python" in Path(f"/proc/{c}/cmdline").read_text()]
        assert len(workers) >= 2, "the extraction did not start its workers"
        os.kill(main.pid, signal.SIGKILL)
        main.wait()
        # The next run gets the lock at once: no orphan worker holds it.
        with project_lock(project / ".lagebild"):
            pass
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)], "workers outlived the killed extraction"
    finally:
        for pid in [main.pid, *workers]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_a_lock_whose_holder_is_gone_is_taken_over(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An orphan still holds the flock of a dead build (its pid recorded): taken over with a note."""
    from lagebild.lock import project_lock

    state = tmp_path / ".lagebild"
    state.mkdir()
    orphan = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time\n"
         "handle = open(sys.argv[1], 'a+')\nfcntl.flock(handle, fcntl.LOCK_EX)\n"
         "handle.write('999999999 12345'); handle.flush()\nprint('locked', flush=True)\ntime.sleep(60)",
         str(state / "lock")], stdout=subprocess.PIPE, text=True)
    try:
        assert orphan.stdout is not None and orphan.stdout.readline().strip() == "locked"
        with project_lock(state):
            recorded = (state / "lock").read_text().split()
            assert recorded[0] == str(os.getpid())
        assert "the lock was held by pid 999999999, which no longer runs: taken over" in capsys.readouterr().err
    finally:
        orphan.kill()
        orphan.wait()


def test_interrupt_during_extraction_says_how_many_briefings_were_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from lagebild import atomic
    from lagebild.cli import main

    project = make_project(tmp_path / "p")
    for name in ("zweiter.txt", "dritter.txt"):
        (project / "seeds" / name).write_bytes(SEED.read_bytes())
    original = atomic.write_text
    calls = {"n": 0}

    def interrupt_on_the_third_briefing(path: Path, *args: object, **kwargs: object) -> None:
        if path.parent == project / "content" / "briefings":
            calls["n"] += 1
            if calls["n"] == 3:  # two briefings are written, then Ctrl-C
                raise KeyboardInterrupt
        original(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic, "write_text", interrupt_on_the_third_briefing)
    monkeypatch.chdir(project)
    assert main(["extract", "--jobs", "1", "--today", TODAY], root=project) == 130
    message = capsys.readouterr().err
    written = sorted(p.name for p in (project / "content" / "briefings").glob("*.md"))
    assert len(written) == 2
    assert "interrupted: 2 briefing(s) were written completely before the interrupt" in message, message
    assert "content/ and site/ are as they were" not in message


def test_interrupt_before_any_write_says_nothing_was_written() -> None:
    from lagebild.cli import _interrupted_message

    assert "no briefing was written" in _interrupted_message("extract", KeyboardInterrupt())
    assert "content/ is unchanged; site/ is as the last good build left it" in _interrupted_message(
        "render", KeyboardInterrupt())
    # `build.py` extracts, then renders: an interrupt in the render does not hide what extraction wrote.
    assert "the extraction before it wrote 3 briefing(s), which stay" in _interrupted_message(
        "render", KeyboardInterrupt(), written_before=3)


def test_build_py_with_a_python_that_lacks_the_dependencies(tmp_path: Path) -> None:
    """`-S` starts the venv's Python without its site-packages: lagebild imports, ruamel and mkdocs
    do not (as with a system Python); build.py re-starts itself in .venv."""
    project = make_project(tmp_path / "p")
    assert run_build(project, "extract").returncode == 0
    result = subprocess.run([sys.executable, "-S", str(ROOT / "build.py"), "check"], cwd=project,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "checked: 0 errors" in result.stderr
    assert "No module named" not in result.stderr


def test_build_py_never_loops_when_the_environment_is_broken(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    env = {**os.environ, "LAGEBILD_REEXEC": "1"}  # as if this were already the re-started process
    result = subprocess.run([sys.executable, "-S", str(ROOT / "build.py"), "check"], cwd=project,
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1
    assert "Lagebild is not installed (no module named 'yaml')" in result.stderr
    assert "make site" in result.stderr


def test_system_python_runs_build_py_too(tmp_path: Path) -> None:
    system = Path("/usr/bin/python3")
    if not system.exists():
        pytest.skip("no system Python")
    project = make_project(tmp_path / "p")
    result = subprocess.run([str(system), str(ROOT / "build.py"), "check"], cwd=project,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr


def test_a_1_mb_article_is_extracted_in_bounded_time() -> None:
    from lagebild.article import MAX_EXTRACT_CHARS, parse_article
    from lagebild.extract import extract

    raw = invented_article(1_000_000).encode("utf-8")
    assert len(raw) > 1_000_000
    started = time.monotonic()
    article, warnings = parse_article(raw, "seeds/gross.txt", "gross.txt")
    briefing = extract(article)
    elapsed = time.monotonic() - started
    assert elapsed < 90, f"{elapsed:.0f}s for 1 MB"
    assert len(article.text) <= MAX_EXTRACT_CHARS
    assert any("article longer than 100,000 characters" in w.message and w.line for w in warnings)
    assert briefing.persons and briefing.events


def test_extraction_grows_linearly_below_the_cut() -> None:
    """Twice the text takes about twice the time (generously: under four times), not four times or more."""
    from lagebild.article import parse_article
    from lagebild.extract import extract
    from lagebild.extract.datefind import _dates_in
    from lagebild.extract.eventdraft import _triggers_in
    from lagebild.extract.personnames import _object_noun
    from lagebild.extract.sources import _outlets_in

    def seconds(size: int) -> float:
        """The faster of two runs: a busy machine slows one run, rarely both.  Results remembered per text
        are forgotten before each run, or the second run would only look them up."""
        article, _ = parse_article(invented_article(size).encode(), "x.txt", "x.txt")
        timings = []
        for _ in range(2):
            for per_text in (_dates_in, _triggers_in, _outlets_in, _object_noun):
                per_text.cache_clear()
            started = time.monotonic()
            extract(article)
            timings.append(time.monotonic() - started)
        return min(timings)

    seconds(5_000)  # warm the caches of the language data
    small, large = seconds(25_000), seconds(50_000)
    assert large < 4 * max(small, 0.05), f"25 KB {small:.2f}s, 50 KB {large:.2f}s"
