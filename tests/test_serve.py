"""`mkdocs serve` as an editor uses it: edit, save, reload — and a typo never takes the preview down.

A real `mkdocs serve` on a free port, in a copy of the project with the seed extracted; the test
edits the briefing file on disk and reads the served HTML over HTTP.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.project import SLUG, TODAY, make_project, run_build

pytestmark = pytest.mark.slow

NEW_ROLE = "Sonderbeauftragter des Weißen Hauses"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    def __init__(self, project: Path) -> None:
        self.project = project
        self.port = free_port()
        self.log_path = project.parent / "serve.log"
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=project, stdout=self.log, stderr=subprocess.STDOUT, env={**os.environ, "LAGEBILD_TODAY": TODAY})

    def text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def builds(self) -> int:
        return self.text().count("Building documentation")

    def get(self, path: str) -> tuple[int, str]:
        """Status and page, without the live-reload script's build stamps (they change on every build)."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=5) as response:
                return response.status, re.sub(r"reload\(\d+, \d+\)", "", response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            return error.code, ""
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return 0, ""

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"mkdocs serve exited:\n{self.text()}"
            if condition():
                return
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}:\n{self.text()}")

    def wait_for_build_after(self, builds: int) -> None:
        """Until a rebuild that started after `builds` builds has finished, well or badly."""
        def done() -> bool:
            log = self.text()
            after = log.split("Building documentation")[builds + 1:] if log.count("Building documentation") > builds \
                else []
            return bool(after) and any(mark in after[-1] for mark in ("Reloading browsers", "error happened"))
        self.wait_for(done, f"rebuild number {builds + 1}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    project = make_project(tmp_path / "p")
    extracted = run_build(project, "extract")
    assert extracted.returncode == 0, extracted.stderr
    running = Server(project)
    try:
        running.wait_for(lambda: running.get(f"briefings/{SLUG}/")[0] == 200, "the first build")
        yield running
    finally:
        running.stop()


def test_serve_survives_a_typo_shows_fixes_and_corrections_and_does_not_loop(server: Server) -> None:
    briefing = server.project / "content" / "briefings" / f"{SLUG}.md"
    original = briefing.read_text(encoding="utf-8")
    title = re.search(r"^title: (.*)$", original, re.MULTILINE)
    assert title is not None
    _, good_page = server.get(f"briefings/{SLUG}/")

    # A typo: an unquoted colon in the title (line 2). The log names file and line; the last good
    # site stays served.
    builds = server.builds()
    briefing.write_text(original.replace(title.group(0), "title: Gipfel: Genf", 1), encoding="utf-8")
    server.wait_for_build_after(builds)
    assert re.search(rf"content/briefings/{SLUG}\.md:2:\d+: mapping values are not allowed", server.text())
    status, page = server.get(f"briefings/{SLUG}/")
    assert status == 200 and page == good_page
    assert server.get("")[0] == 200

    # Fixed: the next build serves the fixed page.
    builds = server.builds()
    briefing.write_text(original.replace(title.group(0), "title: 'Gipfel: Genf'", 1), encoding="utf-8")
    server.wait_for_build_after(builds)
    status, page = server.get(f"briefings/{SLUG}/")
    assert status == 200 and "Gipfel: Genf" in page

    # A corrected role shows on the actor page without a restart.
    person = re.search(r"^- name: (.+)\n  role: (.+)$", original, re.MULTILINE)
    assert person is not None
    name, role = person.groups()
    actor = "actors/" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") + "/"
    assert role in server.get(actor)[1]
    builds = server.builds()
    briefing.write_text(original.replace(person.group(0), f"- name: {name}\n  role: {NEW_ROLE}", 1),
                        encoding="utf-8")
    server.wait_for_build_after(builds)
    status, page = server.get(actor)
    assert status == 200 and NEW_ROLE in page and f">{role}<" not in page

    # Idle: no rebuild loop (a build writing into the watched folders would trigger the next one).
    builds = server.builds()
    time.sleep(3)
    assert server.builds() == builds
    assert server.process.poll() is None
