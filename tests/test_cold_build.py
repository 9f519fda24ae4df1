"""What makes a cold build cheaper without changing a page: MkDocs reads a briefing's Markdown
without parsing its front matter again; briefing files and base snapshots are parsed on two
cores with the same result as on one.  (The page loop on two cores: test_page_fork.py.)
"""

from __future__ import annotations

import gc
import os
import threading
import time
from pathlib import Path

import pytest
from mkdocs.utils.meta import YAML_RE, get_data
from support.incremental import small_project

from lagebild import review
from lagebild.briefing.content import load_content
from lagebild.picture.corpus import Aliases, Corpus
from lagebild.site import fork_pool, site_build
from lagebild.site.incremental import briefing_store
from lagebild.site.incremental.briefing_store import BriefingStore
from lagebild.site.page_hooks import EMPTY_FRONT_MATTER


def _as_read_by_mkdocs(source: str) -> tuple[str, dict[str, object]]:
    found = YAML_RE.match(source)
    assert found is not None
    return get_data(EMPTY_FRONT_MATTER + source[found.end():])


@pytest.mark.parametrize("body", [
    "\n\nText of the article.\n\n<!-- lagebild:overview -->\n",
    "---\nnot: front matter\n---\n\nA body that opens with a rule.\n",  # MkDocs must not read it as meta
    "Berlin: a first line that looks like MultiMarkdown meta\n\nmore\n",
    "",
])
def test_mkdocs_reads_the_same_markdown_without_parsing_the_front_matter(body: str) -> None:
    source = f"---\ntitle: 'Gipfel: Genf'\npersons:\n- name: A\n  review: extracted\n---\n{body}"
    markdown, meta = _as_read_by_mkdocs(source)
    assert markdown == get_data(source)[0]
    assert meta == {}  # the title comes from the briefing (on_page_content), nothing else is read


def _let_lingering_threads_end(seconds: float = 5.0) -> None:
    """An earlier module's helper threads (the browser tests' HTTP handlers, closing with their keep-alive
    connections) may still be ending: wait for them a little, else these tests would skip in a full run."""
    deadline = time.monotonic() + seconds
    for thread in threading.enumerate():
        if thread is not threading.main_thread():
            thread.join(max(0.0, deadline - time.monotonic()))


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork even for a handful of files, where forking is possible at all."""
    _let_lingering_threads_end()
    if fork_pool.usable_workers(2) < 2:
        alive = ", ".join(t.name for t in threading.enumerate() if t is not threading.main_thread())
        pytest.skip(f"needs fork, two cores and no other thread (alive: {alive or 'none'})")
    for module in (fork_pool, briefing_store, review):
        monkeypatch.setattr(module, "MIN_JOBS", 1)


def test_briefings_parsed_on_two_cores_equal_those_parsed_on_one(tmp_path: Path, two_cores: None) -> None:
    project = small_project(tmp_path / "project", 8)
    content_dir = project / "content"
    broken = sorted((content_dir / "briefings").glob("*.md"))[3]
    broken.write_text(broken.read_text(encoding="utf-8").replace("title:", "title: [unclosed", 1), encoding="utf-8")
    store = BriefingStore()
    loaded = store.load(content_dir, project, workers=2)
    serial = load_content(content_dir, project)
    assert loaded.parsed == 8
    assert loaded.content.briefings == serial.briefings and loaded.content.lines == serial.lines
    assert [str(p) for p in loaded.content.problems] == [str(p) for p in serial.problems]
    assert any(broken.name in str(p) for p in serial.problems)
    again = store.load(content_dir, project, workers=2)  # nothing changed: nothing parsed again
    assert again.parsed == 0 and again.content.briefings == serial.briefings


def test_corrections_compared_on_two_cores_equal_those_compared_on_one(tmp_path: Path, two_cores: None) -> None:
    project = small_project(tmp_path / "project", 8)
    state = project / ".lagebild"
    (state / review.BASE_FOLDER).mkdir(parents=True)
    briefings = sorted((project / "content" / "briefings").glob("*.md"))
    for path in briefings:  # snapshots as extracted; then an editor retitles some briefings
        (state / review.BASE_FOLDER / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    for path in briefings[::3]:
        path.write_text(path.read_text(encoding="utf-8").replace("title: '", "title: 'Neu: ", 1), encoding="utf-8")
    corpus = Corpus(load_content(project / "content", project).briefings, Aliases())
    review._compared.clear()
    parent = os.getpid()
    on_two = review.corrections(corpus, state, workers=2)
    assert os.getpid() == parent
    review._compared.clear()
    on_one = review.corrections(corpus, state, workers=1)
    assert [(c.briefing.slug, c.change) for c in on_two] == [(c.briefing.slug, c.change) for c in on_one]
    assert len({c.briefing.slug for c in on_one}) == len(briefings[::3])


def test_no_cyclic_collection_during_a_build_and_back_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def build(*_args: object) -> site_build.BuildOutcome:
        seen.append(gc.isenabled())
        if len(seen) == 2:
            raise RuntimeError("a build that fails")
        return site_build.BuildOutcome()

    monkeypatch.setattr(site_build, "_build", build)
    monkeypatch.setattr(site_build.site_record, "read_record", lambda *_args: None)
    assert gc.isenabled()
    site_build.build_site(Path("mkdocs.yml"), Path("site"))
    assert seen == [False] and gc.isenabled()
    with pytest.raises(RuntimeError):
        site_build.build_site(Path("mkdocs.yml"), Path("site"))
    assert seen == [False, False] and gc.isenabled()  # back on after a failed build too
    try:
        gc.disable()  # a caller that turned it off itself keeps it off
        site_build.build_site(Path("mkdocs.yml"), Path("site"))
        assert not gc.isenabled()
        gc.enable()  # a process that ends after the build (build.py) leaves it off
        site_build.build_site(Path("mkdocs.yml"), Path("site"), collect_after=False)
        assert seen == [False, False, False, False] and not gc.isenabled()
    finally:
        gc.enable()
