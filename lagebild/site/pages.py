"""Every page derived from all briefings (``generated_pages``): what each shows, rendered as jobs.

The page families live in their own modules: ``page_renderer`` (one page's HTML), ``briefing_page``,
``actor_pages``, ``timeline_pages``, ``situation_pages``, ``listing_pages``, ``todo`` (review pages).
No generated page passes through Python-Markdown; only a briefing's body (the article and editors'
text) does."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lagebild.picture.corpus import Corpus
from lagebild.site.actor_pages import actor_pages, actor_unit
from lagebild.site.fork_pool import run_jobs
from lagebild.site.html_pages import HtmlPage
from lagebild.site.incremental.render_worker import MIN_ACTORS, worker_side
from lagebild.site.listing_pages import actor_list_pages, briefing_list_pages
from lagebild.site.page_renderer import PageRenderer
from lagebild.site.situation_pages import story_pages
from lagebild.site.timeline_pages import timeline_pages
from lagebild.site.todo import review_pages

if TYPE_CHECKING:
    from lagebild.site.incremental.cell_memo import CellMemo
    from lagebild.site.incremental.render_worker import RenderWorker


# The child's share of the generated pages while this process works out a cold build's fingerprints
# beside them, compiles the theme for the page fork (plugin `_warm_theme`) and then takes the
# child's pages over (unpickling them).  Measured from the fork to the child's report at 1,000
# briefings (h-cold5, the child's CPU taken from the kernel's account of waited-for children):
# with 0.76 this process spent ~2.4 s CPU against the child's ~3.1 s (so it waited), with 0.64
# ~2.6 s against ~2.4 s: both end about together at ~0.66 (session 6 had measured 0.76; the
# work on either side has changed since).  Session 8 (h-cold6, CPU of each side from its own clock, up
# to the parent's wait): at 0.66 the child took 0.1-0.3 s longer (parent 1.81-1.97, child 1.91-2.28 s).
# Session 11 (h-cold11, same clocks): at 0.64 this process took 0.11-0.24 s longer (parent 1.24-1.42,
# child 1.10-1.23 s, five runs); at 0.68 parent 1.15 / 1.28, child 1.17 / 1.31 s.
BESIDE_CHILD_SHARE = 0.68


def generated_pages(corpus: Corpus, template_dir: Path, language: str, today: str,
                    state_dir: Path | None = None, directory_urls: bool = True,
                    workers: int = 1, wanted: Callable[[str], bool] | None = None,
                    beside: Callable[[], object] | None = None, cells: CellMemo | None = None,
                    worker: RenderWorker | None = None, worker_wants: Callable[[str], bool] | None = None,
                    ) -> dict[str, HtmlPage]:
    """Every page derived from all briefings: path -> its HTML.

    What each page shows is worked out here; the rendering runs as jobs, on two cores when
    `workers` is 2 and forking is safe (fork_pool).  `beside()` runs in this process meanwhile
    (a cold build's fingerprints), and the child renders that much more of the pages.
    `wanted(path)`, if given, picks the pages to render (the incremental planner keeps the
    rest); for an actor it is asked first with
    `actor_unit` (any of its pages?), then for its page and each archive part.  `cells`: the
    merged-event cells of earlier builds (`CellMemo`, under `mkdocs serve`).  `worker`: the resident
    worker of `mkdocs serve` (render_worker), which renders its side's actors' pages meanwhile,
    asked with `worker_wants` (`wanted` in a form it can take)."""
    if cells is not None:
        cells.start()
    jobs: list[Callable[[], list[tuple[str, HtmlPage]]]] = []

    def page(path: str, template: str, **context: Any) -> None:
        if wanted is not None and not wanted(path):
            return

        def render() -> list[tuple[str, HtmlPage]]:
            renderer = PageRenderer(corpus, path, language, template_dir, today=today, directory_urls=directory_urls,
                                    cells=cells)
            return [(path, renderer.finish(renderer.render(template, corpus=corpus, **context)))]
        jobs.append(render)

    page("index.md", "pages/index.html.j2", upcoming=corpus.upcoming(today), stories=corpus.stories(today)[:8],
         top=corpus.most_mentioned(), latest=corpus.briefings[:10])
    story_pages(corpus, today, page, language)
    briefing_list_pages(corpus, language, page)
    actor_list_pages(corpus, language, page)
    timeline_pages(corpus, today, language, page)
    for path, template, context in review_pages(corpus, state_dir, workers):  # state: .lagebild/
        page(path, template, **context)
    theirs: list[tuple[int, tuple[str, str]]] = []  # the worker's actors: (job index, corpus key)
    for key, actor in corpus.actors.items():
        if wanted is not None and not wanted(actor_unit(actor)):
            continue
        if worker is not None and worker_side(actor.path):
            theirs.append((len(jobs), key))
        jobs.append(partial(actor_pages, corpus, actor, template_dir, language, today, directory_urls, wanted,
                            cells))
    corpus.picture(today)  # the merged events, worked out once before any fork
    if worker is not None and worker.pending is not None:  # asked already, by the planner (`ask_worker`)
        if worker.pending == [key for _, key in theirs]:
            return _beside_worker(jobs, theirs, worker)
        worker.drop()  # (asked for other actors than this plan picks: its answer is not used)
    elif worker is not None and len(theirs) >= MIN_ACTORS and worker_wants is not None \
            and worker.ask([key for _, key in theirs], worker_wants, template_dir, language, today, directory_urls):
        return _beside_worker(jobs, theirs, worker)
    share = BESIDE_CHILD_SHARE if beside is not None else 0.5
    return {path: rendered for done in run_jobs(jobs, workers, beside, share) for path, rendered in done}


def ask_worker(corpus: Corpus, worker: RenderWorker, wanted: Callable[[str], bool],
               worker_wants: Callable[[str], bool], template_dir: Path, language: str, today: str,
               directory_urls: bool) -> None:
    """Ask the worker for its side's actors' pages as soon as the planner knows the actor pages' part
    of the plan (`Planner.plan`'s `early`), so it renders while this process fingerprints the other
    pages: `generated_pages` then takes the answer if it picks the same actors (else it renders them)."""
    theirs = [key for key, actor in corpus.actors.items() if worker_side(actor.path) and wanted(actor_unit(actor))]
    if len(theirs) >= MIN_ACTORS:
        worker.ask(theirs, worker_wants, template_dir, language, today, directory_urls)


def _beside_worker(jobs: list[Callable[[], list[tuple[str, HtmlPage]]]], theirs: list[tuple[int, tuple[str, str]]],
                   worker: RenderWorker) -> dict[str, HtmlPage]:
    """This process's jobs while the worker renders its actors' pages; then the worker's pages in their
    jobs' places (its jobs run here if it failed)."""
    at = {index for index, _ in theirs}
    done: dict[int, list[tuple[str, HtmlPage]]] = {}
    try:
        for index, job in enumerate(jobs):
            if index not in at:
                done[index] = job()
    finally:
        answer = worker.answer()  # (taken even if a job failed: the worker's next answer is the next build's)
    if answer is None:
        answer = [jobs[index]() for index, _ in theirs]
    for (index, _), pages in zip(theirs, answer, strict=True):
        done[index] = pages
    return {path: rendered for index in range(len(jobs)) for path, rendered in done[index]}
