"""Where a dirty rebuild under `mkdocs serve` spends its time, edit by edit, in one process.

    python -m benchmarks.dirty_profile PROJECT WORKDIR [--edits title,new,delete,rename,month]
                                       [--rounds 2] [--profile DIR] [--regions]

Copies PROJECT (a generated benchmark project, e.g. `benchmarks/run.py --keep`: its `content/`,
`seeds/` and `.lagebild/base`) to WORKDIR with this checkout's `mkdocs.yml` and `templates/`
(PROJECT itself is never changed), builds it once as `mkdocs serve` does (one plugin instance,
`tests.support.incremental.Session`), then applies each edit and times the dirty rebuild that
follows: wall and CPU seconds, pages rendered, and with `--profile` a cProfile per edit
(`python -m pstats DIR/<edit>-<round>.prof`; timed in CPU seconds of this process, not in wall
time, which other processes' load inflates).  No HTTP server and no watcher: this is the rebuild
itself, what `serve_edits` waits for minus the watcher's delay.  `--regions`: for the actor and
place pages each rebuild wrote, which parts changed (`benchmarks.page_regions`: table rows,
footnotes, the rest) and the CPU seconds spent rendering them (`pages.actor_pages`, and MkDocs'
`_build_page` for them).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import os
import re
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.cpu_sampler import Sampler
from benchmarks.generate import RECURRING, article
from lagebild.briefing.briefing_file import new_body, render_file
from lagebild.briefing.content import load_content
from lagebild.briefing.model import Briefing, ReferenceDate
from lagebild.site.incremental import serve_hooks

REPO = Path(__file__).resolve().parents[1]
TODAY = "2025-07-01"


def copy_project(project: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shutil.copytree(project / "content", target / "content")
    if (project / "seeds").is_dir():
        shutil.copytree(project / "seeds", target / "seeds")
    if (project / ".lagebild" / "base").is_dir():
        shutil.copytree(project / ".lagebild" / "base", target / ".lagebild" / "base")
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "templates", target / "templates")
    return target


class Edits:
    """The serve benchmark's edit kinds, as file changes (`benchmarks.serve_edits`)."""

    def __init__(self, root: Path) -> None:
        self.folder = root / "content" / "briefings"
        self.briefings = load_content(root / "content").briefings
        self.used: set[str] = set()
        self.added: Briefing | None = None
        self.counter = 0

    def word(self) -> str:
        self.counter += 1
        return f"Prof{chr(ord('a') + self.counter % 26)}{self.counter}"

    def newest_with(self, name: str) -> Briefing:
        found = [b for b in self.briefings if b.slug not in self.used and any(p.name == name for p in b.persons)]
        target = max(found, key=lambda b: (b.published or "", b.slug))
        self.used.add(target.slug)
        return target

    def _rewrite(self, slug: str, pattern: str, replacement: str) -> None:
        path = self.folder / f"{slug}.md"
        text = path.read_text(encoding="utf-8")
        new, count = re.subn(pattern, replacement, text, count=1, flags=re.M)
        if not count:
            raise SystemExit(f"dirty_profile: {pattern!r} not in {path}")
        path.write_text(new, encoding="utf-8")

    def title(self) -> None:
        leader = RECURRING[0][0]
        target = self.newest_with(leader)
        word = self.word()
        self._rewrite(target.slug, r"^title: .*$", f"title: Titel {word}")
        self._rewrite(target.slug, rf"^(- name: {re.escape(leader)}\n  role: ).*$", rf"\g<1>Rolle {word}")

    def month(self) -> None:
        target = self.newest_with(RECURRING[1][0])
        event = target.events[0]
        day = f"{int((event.date or '2025')[:4]) - 3}-{(event.date or '2025-06')[5:7]}-15"
        self._rewrite(target.slug, rf"^(- date: )'?{event.date}'?$", rf"\g<1>'{day}'")

    def rename(self) -> None:
        target = self.newest_with(RECURRING[2][0])
        old = target.persons[-1].name
        self._rewrite(target.slug, rf"^- name: {re.escape(old)}$", f"- name: Quirin {self.word()}")

    def new(self) -> None:
        newest = max(self.briefings, key=lambda b: (b.published or "", b.slug))
        fresh = article(len(self.briefings) + 10_000 + self.counter).briefing
        briefing = dataclasses.replace(fresh, title=f"Neu {self.word()}", published=newest.published,
                                       reference_date=ReferenceDate(newest.published or "", evidence="published"))
        (self.folder / f"{briefing.slug}.md").write_text(
            render_file(briefing, new_body(briefing, self.folder.parents[1] / "templates")), encoding="utf-8")
        self.added = briefing

    def delete(self) -> None:
        if self.added is None:
            self.new()
        assert self.added is not None
        (self.folder / f"{self.added.slug}.md").unlink()
        self.added = None


def written(site: Path) -> dict[str, int]:
    """Page -> mtime of its index.html: which pages a rebuild wrote."""
    return {p.parent.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("index.html")}


ACTOR_FOLDERS = ("actors", "places")


class ActorRenderTimer:
    """CPU seconds of the actor and place pages' renders in one rebuild: our HTML (`pages.actor_pages`)
    and MkDocs' theme around it (`_build_page`), by wrapping both (the rebuild runs in this process)."""

    def __init__(self) -> None:
        import mkdocs.commands.build as mkdocs_build
        from mkdocs.structure.pages import Page

        from lagebild.site import pages
        self.html = self.theme = 0.0
        self.themed = 0
        html_of, page_of = pages.actor_pages, mkdocs_build._build_page

        def actor_pages(*args: object, **kwargs: object) -> object:
            started = time.process_time()
            try:
                return html_of(*args, **kwargs)  # type: ignore[arg-type]
            finally:
                self.html += time.process_time() - started

        def build_page(page: Page, *args: object, **kwargs: object) -> object:
            started = time.process_time()
            try:
                return page_of(page, *args, **kwargs)  # type: ignore[arg-type]
            finally:
                spent = time.process_time() - started
                if page.file.src_uri.split("/")[0] in ACTOR_FOLDERS and spent > 0.0005:  # rendered
                    self.theme += spent
                    self.themed += 1

        pages.actor_pages = actor_pages  # type: ignore[assignment]
        mkdocs_build._build_page = build_page  # type: ignore[assignment]

    def reset(self) -> None:
        self.html = self.theme = 0.0
        self.themed = 0


def actor_outputs(site: Path) -> dict[str, str]:
    """Actor and place page -> its written HTML."""
    found = {}
    for folder in ACTOR_FOLDERS:
        for path in (site / folder).rglob("index.html"):
            found[path.parent.relative_to(site).as_posix()] = path.read_text(encoding="utf-8")
    return found


def print_regions(before: dict[str, str], after: dict[str, str], timer: ActorRenderTimer) -> None:
    from benchmarks.page_regions import changed_regions, label
    kinds: dict[str, list[str]] = {}
    for path, text in after.items():
        if before.get(path) != text:
            kinds.setdefault("new" if path not in before else label(changed_regions(before[path], text)),
                             []).append(path)
    kinds["gone"] = [path for path in before if path not in after]
    print(f"   actor/place pages: html {timer.html:.3f} CPU-s, theme {timer.theme:.3f} CPU-s "
          f"({timer.themed} pages); changed in " +
          ", ".join(f"{kind} {len(paths)}" for kind, paths in sorted(kinds.items()) if paths), flush=True)


def process_cpu(pid: int) -> float:
    """CPU seconds (user and system) another process has spent so far (Linux: /proc); 0 elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory(pid: int) -> str:
    """A process's resident and proportional set size (Linux: /proc; pages shared after a fork count
    in full in each RSS, and split between the sharers in PSS)."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return "?"
    found = dict(re.findall(r"^(Rss|Pss):\s+(\d+) kB", rollup, re.M))
    return f"RSS {int(found.get('Rss', 0)) // 1024} MB, PSS {int(found.get('Pss', 0)) // 1024} MB"


def timings_text(timings: object) -> str:
    """The worker's own account of a rebuild (`render_worker.Timings`; absent from older checkouts)."""
    if timings is None:
        return ""
    t: Any = timings
    return (f" (worker: sync {t.sync_wall:.3f} s wall / {t.sync_cpu:.3f} cpu, idle {t.idle:.3f} s, "
            f"render {t.render_wall:.3f} s wall / {t.render_cpu:.3f} cpu)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("workdir", type=Path, help="emptied and filled with a copy of the project")
    parser.add_argument("--edits", default="title,month,new,delete,rename")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile", type=Path, help="write a cProfile of each dirty rebuild here")
    parser.add_argument("--sample", type=Path, help="write a CPU-time sampling profile of each dirty rebuild "
                        "here (benchmarks.cpu_sampler: inclusive shares, and folded stacks)")
    parser.add_argument("--list", action="store_true", help="print the pages each rebuild wrote")
    parser.add_argument("--worker", action="store_true",
                        help="start the resident render worker after the full build, as the plugin's on_serve "
                        "does (render_worker); its CPU seconds per rebuild are printed as `worker cpu`")
    parser.add_argument("--regions", action="store_true",
                        help="what changed in the actor and place pages each rebuild wrote, and their render cost")
    args = parser.parse_args()
    os.environ["LAGEBILD_TODAY"] = TODAY
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from tests.support.incremental import Session

    root = copy_project(args.project, args.workdir / "project")
    os.chdir(root)
    session = Session(root, args.workdir / "site")
    serve_hooks.keep_theme_files(str(root))  # what the plugin's on_serve sets up
    getattr(serve_hooks, "remember_url_joins", lambda: None)()  # (absent from older checkouts compared)
    getattr(serve_hooks, "remember_exclusions", lambda: None)()
    getattr(serve_hooks, "remember_build_date", lambda: None)()
    started = time.perf_counter()
    session.build()
    serve_hooks.resume_collector(full_build=True)
    print(f"full build: {time.perf_counter() - started:.2f} s", flush=True)
    start_worker = getattr(session.plugin(), "_start_worker", None) if args.worker else None
    if start_worker is not None:
        start_worker(None)
    worker = getattr(session.plugin(), "worker", None)
    edits = Edits(root)
    timer = ActorRenderTimer() if args.regions else None
    kinds: dict[str, Callable[[], None]] = {"title": edits.title, "month": edits.month, "new": edits.new,
                                           "delete": edits.delete, "rename": edits.rename}
    for folder in (args.profile, args.sample):
        if folder:
            folder.mkdir(parents=True, exist_ok=True)
    times: dict[str, list[float]] = {}
    for round_ in range(args.rounds):
        for kind in args.edits.split(","):
            kinds[kind]()
            before = written(session.site) if args.list else {}
            outputs = actor_outputs(session.site) if timer is not None else {}
            if timer is not None:
                timer.reset()
            time.sleep(0.05)
            profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU, not wall
            sampler = Sampler() if args.sample else None
            wall, cpu = time.perf_counter(), time.process_time()
            theirs = process_cpu(worker.pid) if worker is not None else 0.0
            if profiler is not None:
                profiler.enable()
            if sampler is not None:
                with sampler:
                    dirty = session.build()
                (args.sample / f"{kind}-{round_}.txt").write_text(sampler.report(400) + "\n", encoding="utf-8")
                (args.sample / f"{kind}-{round_}.folded").write_text(sampler.collapsed() + "\n", encoding="utf-8")
            else:
                dirty = session.build()
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(str(args.profile / f"{kind}-{round_}.prof"))
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            theirs = process_cpu(worker.pid) - theirs if worker is not None else 0.0
            gc.collect()
            times.setdefault(kind, []).append(cpu)
            reuse = getattr(session.plugin(), "corpus_reuse", None)  # (absent from older checkouts)
            cells = getattr(session.plugin(), "cell_memo", None)
            picture = getattr(session.plugin().corpus, "_pictures", {}).get(TODAY)
            log = getattr(picture, "log", None)  # (absent from older checkouts)
            replayed = f", merge replayed from report {log.replayed_from} of {len(log.inputs)}" if log else ""
            print(f"{kind:7} round {round_}: wall {wall:.3f} s, cpu {cpu:.3f} s, "
                  f"{session.plugin().rendered_pages} pages rendered, "
                  f"{getattr(session.plugin(), 'spliced_pages', 0)} spliced"
                  f"{', corpus patched' if getattr(reuse, 'patched_last', False) else ''}"
                  f"{', corpus patched for it' if getattr(reuse, 'inserted_last', False) else ''}"
                  f"{f', cells {cells.hits} reused, {cells.made} made' if cells is not None else ''}"
                  f"{replayed}"
                  f"{f', worker cpu {theirs:.3f} s, {worker.rendered} pages' if worker else ''}"
                  f"{f', waited {worker.waited:.3f} s' if worker else ''}"
                  f"{timings_text(getattr(worker, 'timings', None))}"
                  f"{'' if dirty else ' (not dirty!)'}",
                  flush=True)
            if args.list:
                after = written(session.site)
                print("   " + " ".join(sorted(p for p in after if before.get(p) != after[p])), flush=True)
            if timer is not None:
                print_regions(outputs, actor_outputs(session.site), timer)
    if worker is not None:
        print(f"memory, serve process / worker: {memory(os.getpid())} / {memory(worker.pid)}")
        session.plugin().on_shutdown()
    every = [t for values in times.values() for t in values]
    print(f"cpu median {statistics.median(every):.3f} s, max {max(every):.3f} s")


if __name__ == "__main__":
    main()
