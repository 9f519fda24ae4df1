"""Edits under a running `mkdocs serve`, each timed until every page it affects is served.

Five kinds of edit an editor makes, saved one after the other into the same
running server: a title and a role (in a briefing of the busiest actor), an
event moved to another month, a new briefing, that briefing deleted again, a
person renamed.  Each is timed from the file write until the briefing page,
every actor/organisation/country/place page and briefing-list page that showed
the briefing, the timeline month pages and ``search/search_index.json`` all
show it (or, for a delete, no longer show it).

Pages are found through URL conventions and links only (``site_probe``).  A
page kind that is not where the convention puts it is left out of that edit's
checks and reported as ``n/a`` with the reason, instead of failing the run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from babel.dates import format_date

from benchmarks.generate import RECURRING, Article, article
from benchmarks.site_probe import Page, Site, shows
from lagebild.briefing.briefing_file import new_body, render_file
from lagebild.briefing.model import Briefing, ReferenceDate, slugify

ENTITY_FOLDERS = ("actors/", "organizations/", "countries/", "places/")
SETTLE_S = 1.0  # quiet time before each save, so the watcher sees one change at a time
POLL_S = 0.02


class EditFailed(Exception):
    """An edit never showed everywhere in time, or the server died: the message says which page and why."""


@dataclass
class Check:
    """One thing that must hold once the edit is served; ``then`` adds checks that need this one's page."""

    label: str
    probe: Callable[[], bool]
    then: Callable[[], list[Check]] = lambda: []
    last: bool = False  # probed only when every other check passed (the large search index)


@dataclass
class Edit:
    kind: str
    apply: Callable[[], None]  # the file write (timed from here)
    checks: list[Check]
    not_checked: list[str] = field(default_factory=list)  # page kinds left out, with the reason


@dataclass
class Corpus:
    """What the benchmark knows about the project it serves (from the generator, not from the site)."""

    root: Path
    articles: list[Article]
    slugs: frozenset[str]

    def path(self, slug: str) -> Path:
        return self.root / "content" / "briefings" / f"{slug}.md"

    def newest_with(self, name: str, exclude: set[str]) -> Briefing:
        candidates = [a.briefing for a in self.articles
                      if a.briefing.slug not in exclude and any(p.name == name for p in a.briefing.persons)]
        if not candidates:
            candidates = [a.briefing for a in self.articles if a.briefing.slug not in exclude]
        return max(candidates, key=lambda b: (b.published or "", b.slug))


def nonce(counter: list[int]) -> str:
    """A fresh word of letters only (slugs, escaping and search tokenising leave it alone)."""
    counter[0] += 1
    value = int(time.time() * 1000) * 100 + counter[0]
    letters = ""
    for _ in range(8):
        value, digit = divmod(value, 26)
        letters += chr(ord("a") + digit)
    return "Bench" + letters


def briefing_page(slug: str) -> str:
    return f"briefings/{slug}/"


def actor_page(name: str) -> str:
    """Where the URL convention puts a person's page (``actors/<slug>/``)."""
    return f"actors/{slugify(name)}/"


def entity_pages(site: Site, page_path: str, text: str) -> list[str]:
    """The actor, organisation, country and place pages a briefing page links to."""
    return sorted(t for t in site.links(page_path, text) if t.startswith(ENTITY_FOLDERS) and t.count("/") == 2)


def pages_linking(site: Site, roots: list[str], target: str, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """Of the pages in each root's folder, those linking target."""
    found: dict[str, str] = {}
    for root in roots:
        for path, text in site.folder(root, skip).items():
            if site.links(path, text)[target]:
                found[path] = text
    return found


def page_check(site: Site, path: str, label: str, test: Callable[[Page], bool],
               then: Callable[[Page], list[Check]] | None = None) -> Check:
    seen: list[Page] = []

    def probe() -> bool:
        page = site.get(path)
        if test(page):
            seen.append(page)
            return True
        return False

    return Check(f"{label} ({path})", probe, (lambda: then(seen[-1])) if then else (lambda: []))


def links_to(site: Site, path: str, target: str) -> Callable[[Page], bool]:
    return lambda page: page.status == 200 and bool(site.links(path, page.text)[target])


def no_link_to(site: Site, path: str, target: str) -> Callable[[Page], bool]:
    """Gone counts as not linking (an actor page that loses its only briefing disappears)."""
    return lambda page: page.status == 404 or (page.status == 200 and not site.links(path, page.text)[target])


def in_index(text: str, needle: str) -> bool:
    """The needle is in the search index as written, HTML-escaped or JSON-escaped (``M\\u00e4rz``)."""
    return shows(text, needle) or json.dumps(needle)[1:-1] in text


def search_check(site: Site, present: list[str], absent: list[str], any_of: list[str] | None = None) -> Check:
    def probe() -> bool:
        text = site.get("search/search_index.json").text
        return (bool(text) and all(in_index(text, n) for n in present) and not any(in_index(text, n) for n in absent)
                and (any_of is None or any(in_index(text, n) for n in any_of)))

    wanted = ", ".join([*(f"shows {n!r}" for n in present), *(f"lacks {n!r}" for n in absent),
                        *([f"shows one of {any_of}"] if any_of else [])])
    return Check(f"search/search_index.json {wanted}", probe, last=True)


def list_pages(site: Site, corpus: Corpus, slug: str) -> dict[str, str]:
    """The briefing-list pages (``briefings/`` and its parts) linking this briefing."""
    return pages_linking(site, ["briefings/"], briefing_page(slug), corpus.slugs)


def replace_once(text: str, pattern: str, replacement: str, what: str) -> str:
    new, count = re.subn(pattern, replacement, text, count=1, flags=re.MULTILINE)
    if count != 1:
        raise EditFailed(f"the benchmark could not find {what} in the briefing file to edit")
    return new


def title_and_role(site: Site, corpus: Corpus, used: set[str], word: str) -> Edit:
    """A briefing of the busiest actor gets a new title and that actor a new role in it."""
    leader = RECURRING[0][0]
    target = corpus.newest_with(leader, used)
    used.add(target.slug)
    bpage = briefing_page(target.slug)
    first = site.get(bpage)
    if first.status != 200:
        raise EditFailed(f"{bpage} answered {first.status} before the edit: briefing pages moved?")
    title, role = f"Titel {word}", f"Rolle {word}"
    checks = [page_check(site, bpage, "briefing page shows title and role",
                         lambda p: shows(p.text, title) and shows(p.text, role))]
    not_checked: list[str] = []
    entities = entity_pages(site, bpage, first.text)
    actor = actor_page(leader)
    if actor in entities:
        checks.append(page_check(site, actor, "actor page shows the role", lambda p: shows(p.text, role)))
    else:
        not_checked.append(f"actor page of {leader}: {bpage} does not link {actor}")
    showing = {path: text for path, text in pages_linking(site, entities, bpage).items() if shows(text, target.title)}
    listing = list_pages(site, corpus, target.slug)
    if not listing:
        not_checked.append(f"briefing list: no page under briefings/ links {bpage}")
    for path in sorted({**showing, **{p: t for p, t in listing.items() if shows(t, target.title)}}):
        checks.append(page_check(site, path, "shows the new title", lambda p: shows(p.text, title)))
    checks.append(search_check(site, [title], []))

    def apply() -> None:
        path = corpus.path(target.slug)
        text = path.read_text(encoding="utf-8")
        text = replace_once(text, r"^title: .*$", f"title: {title}", "the title")
        text = replace_once(text, rf"^(- name: {re.escape(leader)}\n  role: ).*$", rf"\g<1>{role}", "the role")
        path.write_text(text, encoding="utf-8")

    return Edit("title and role", apply, checks, not_checked)


def month_folder(month: str) -> str:
    return f"timeline/{month}/"


def event_to_other_month(site: Site, corpus: Corpus, used: set[str], word: str) -> Edit:
    """A briefing's first event moves to its month in the year before the corpus begins: a month page appears
    (and its date is nowhere else in the site, so the search index shows exactly this change)."""
    target = corpus.newest_with(RECURRING[1][0], used)
    used.add(target.slug)
    bpage = briefing_page(target.slug)
    event = target.events[0]
    old_day = date.fromisoformat(event.date or "2025-06-15")
    earliest = min(date.fromisoformat(d) for a in corpus.articles
                   for d in (a.briefing.published, *(e.date for e in a.briefing.events)) if d)
    new_day = date(earliest.year - 1, old_day.month, 15)
    old_month, new_month = old_day.isoformat()[:7], new_day.isoformat()[:7]
    old_folder, new_folder = month_folder(old_month), month_folder(new_month)
    checks = [page_check(site, bpage, f"briefing page links {new_folder}",
                         lambda p: any(t.startswith(new_folder) for t in site.links(bpage, p.text)))]
    not_checked: list[str] = []
    old_pages = site.folder(old_folder)
    before_old = site.link_count(old_pages, bpage)
    before_new = site.link_count(site.folder(new_folder), bpage)
    if not old_pages:
        not_checked.append(f"timeline: {old_folder} does not exist before the edit (month pages moved?)")
    elif not before_old:
        not_checked.append(f"timeline: {old_folder} does not link {bpage} before the edit")
    else:
        checks.append(Check(f"{old_folder} links {bpage} less often than {before_old}",
                            lambda: site.link_count(site.folder(old_folder), bpage) < before_old))
        checks.append(Check(f"{new_folder} links {bpage} more often than {before_new}",
                            lambda: site.link_count(site.folder(new_folder), bpage) > before_new))
    index = site.get("search/search_index.json").text
    spellings = [new_day.isoformat(), format_date(new_day, "long", locale="de"),
                 format_date(new_day, "long", locale="en_GB"), format_date(new_day, "long", locale="en")]
    if any(in_index(index, s) for s in spellings):
        not_checked.append(f"search index: {new_day} is already in it before the edit")
    else:
        checks.append(search_check(site, [], [], any_of=spellings))

    def apply() -> None:
        path = corpus.path(target.slug)
        text = path.read_text(encoding="utf-8")
        text = replace_once(text, rf"^(- date: )'?{event.date}'?$", rf"\g<1>'{new_day.isoformat()}'",
                            f"the event date {event.date}")
        path.write_text(text, encoding="utf-8")

    del word  # the date itself is the change this edit makes visible
    return Edit("event to another month", apply, checks, not_checked)


def newest_briefing(corpus: Corpus) -> Briefing:
    return max((a.briefing for a in corpus.articles), key=lambda b: (b.published or "", b.slug))


def new_briefing(corpus: Corpus) -> Briefing:
    """A briefing the corpus does not have, published on the newest one's day (lists show the two together)."""
    fresh = article(len(corpus.articles) + 10_000).briefing
    published = newest_briefing(corpus).published
    return dataclasses.replace(fresh, published=published,
                               reference_date=ReferenceDate(published or "", evidence="published"))


def add_briefing(site: Site, corpus: Corpus, word: str, added: dict[str, Any]) -> Edit:
    """A new briefing file; its page, the pages it links to, the list and the index must show it."""
    briefing = dataclasses.replace(new_briefing(corpus), title=f"Neu {word}")
    bpage = briefing_page(briefing.slug)
    added.update(slug=briefing.slug, title=briefing.title, pages={})
    not_checked: list[str] = []

    def back_links(page: Page) -> list[Check]:
        """Every entity and timeline page the new briefing page links to must link back."""
        targets = [t for t in site.links(bpage, page.text)
                   if t.startswith((*ENTITY_FOLDERS, "timeline/")) and t.count("/") >= 2]
        checks = []
        for path in sorted(set(targets)):
            def linked(p: Page, path: str = path) -> bool:
                if p.status == 200 and site.links(path, p.text)[bpage]:
                    added["pages"][path] = True
                    return True
                return False
            checks.append(page_check(site, path, "links the new briefing", linked))
        return checks

    checks = [page_check(site, bpage, "new briefing page shows its title",
                         lambda p: p.status == 200 and shows(p.text, briefing.title), back_links)]
    # The list page that shows the newest briefing (``briefings/`` or one of its parts) must show this one too.
    newest = newest_briefing(corpus)
    listing = sorted(list_pages(site, corpus, newest.slug))
    if listing:
        checks.append(page_check(site, listing[0], "list links the new briefing", links_to(site, listing[0], bpage)))
        added["pages"][listing[0]] = True
    else:
        not_checked.append(f"briefing list: no page under briefings/ links the newest briefing {newest.slug}")
    checks.append(search_check(site, [briefing.title], []))

    def apply() -> None:
        corpus.path(briefing.slug).write_text(render_file(briefing, new_body(briefing, corpus.root / "templates")),
                                              encoding="utf-8")

    return Edit("new briefing", apply, checks, not_checked)


def delete_briefing(site: Site, corpus: Corpus, added: dict[str, Any]) -> Edit:
    """The briefing the benchmark added is deleted: its page and every link to it disappear."""
    slug, title = added["slug"], added["title"]
    bpage = briefing_page(slug)
    checks = [page_check(site, bpage, "briefing page is gone", lambda p: p.status == 404)]
    for path in sorted(added["pages"]):
        checks.append(page_check(site, path, "no longer links the deleted briefing",
                                 no_link_to(site, path, bpage)))
    checks.append(search_check(site, [], [title]))
    return Edit("delete briefing", lambda: corpus.path(slug).unlink(), checks)


def rename_person(site: Site, corpus: Corpus, used: set[str], word: str) -> Edit:
    """The minor person of a briefing gets another name: a new actor page, the old one no longer links it."""
    target = corpus.newest_with(RECURRING[2][0], used)
    used.add(target.slug)
    bpage = briefing_page(target.slug)
    old = target.persons[-1].name
    new = f"Quirin {word}"
    first = site.get(bpage)
    before = set(entity_pages(site, bpage, first.text))
    old_actor = actor_page(old)
    old_pages = pages_linking(site, [old_actor], bpage) if old_actor in before else {}
    not_checked = [] if old_pages else [f"old actor page: {old_actor} is not linked from {bpage} or does not link it"]

    def new_actor_pages(page: Page) -> list[Check]:
        fresh = [e for e in entity_pages(site, bpage, page.text) if e.startswith("actors/") and e not in before]
        if not fresh:
            return [Check(f"{bpage} links a new actors/ page", lambda: False)]
        return [page_check(site, path, "new actor page links the briefing",
                           links_to(site, path, bpage)) for path in fresh]

    checks = [page_check(site, bpage, "briefing page shows the new name",
                         lambda p: shows(p.text, new) and not shows(p.text, f"{old}</a>"), new_actor_pages)]
    for path in sorted(old_pages):
        checks.append(page_check(site, path, "old actor page no longer links the briefing",
                                 no_link_to(site, path, bpage)))
    checks.append(search_check(site, [new], []))

    def apply() -> None:
        path = corpus.path(target.slug)
        text = path.read_text(encoding="utf-8")
        text = replace_once(text, rf"^- name: {re.escape(old)}$", f"- name: {new}", f"the person {old}")
        path.write_text(text, encoding="utf-8")

    return Edit("rename person", apply, checks, not_checked)


def wait_until_served(edit: Edit, server: subprocess.Popen[bytes], timeout: float) -> tuple[float, list[str]]:
    """Seconds from the file write until every check holds (each check's first pass, the latest of them),
    and the checks that held (the edit's own and those its pages added)."""
    saved = time.perf_counter()
    edit.apply()
    pending = list(edit.checks)
    latest = 0.0
    passed: list[str] = []
    while pending:
        if time.perf_counter() - saved > timeout:
            failing = [c.label for c in pending if not c.probe()]  # not those that only waited behind them
            raise EditFailed(f"edit '{edit.kind}': not served after {timeout:.0f} s: "
                             + "; ".join(failing or [c.label for c in pending]))
        if server.poll() is not None:
            raise EditFailed(f"edit '{edit.kind}': mkdocs serve exited with code {server.returncode}")
        queue, waiting, blocked = pending, [], False
        while queue:
            check, queue = queue[0], queue[1:]
            if blocked or (check.last and any(not c.last for c in queue)):
                waiting.append(check)
            elif check.probe():
                latest = max(latest, time.perf_counter() - saved)
                passed.append(check.label)
                queue = [*check.then(), *queue]  # checks that needed this page's content, probed right away
            else:
                waiting.append(check)
                blocked = True  # one rebuild serves all pages at once: the rest can wait for this one
        pending = waiting
        if pending:
            time.sleep(POLL_S)
    return latest, passed


def stop(server: subprocess.Popen[bytes]) -> None:
    """Terminate the server's process group (its own and any workers it forked); kill it if it hangs."""
    if server.poll() is not None:
        return
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=30)


def log_tail(log: Path, lines: int = 20) -> str:
    text = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(text[-lines:])


def summarise(edits: list[dict[str, Any]]) -> dict[str, Any]:
    times = [e["seconds"] for e in edits if e.get("seconds") is not None]
    return {"serve_edits": edits,
            "serve_edit_median_s": statistics.median(times) if times else None,
            "serve_edit_max_s": max(times) if times else None}




def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def serve_and_edit(mkdocs: str, root: Path, articles: list[Article], log: Path, env: dict[str, str],
                   timeout: float) -> dict[str, Any]:
    """Start `mkdocs serve` in root, make the five edits one after the other, stop the server.

    An edit that is not served within timeout (or a server that dies) ends the series: the result then
    carries ``serve_error`` with the reason and the server log's last lines; the server is always stopped."""
    port = free_port()
    site = Site(f"http://127.0.0.1:{port}")
    corpus = Corpus(root, articles, frozenset(a.briefing.slug for a in articles))
    result: dict[str, Any] = {}
    edits: list[dict[str, Any]] = []
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n$ {mkdocs} serve -a 127.0.0.1:{port}\n")
        out.flush()
        server = subprocess.Popen([mkdocs, "serve", "-a", f"127.0.0.1:{port}"], cwd=root, env=env,
                                  stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        start = time.perf_counter()
        while not shows(site.get("").text, "Lagebild"):
            if server.poll() is not None:
                raise EditFailed(f"mkdocs serve exited with code {server.returncode} before serving")
            if time.perf_counter() - start > timeout:
                raise EditFailed(f"mkdocs serve did not serve the start page within {timeout:.0f} s")
            time.sleep(0.1)
        result["serve_start_s"] = time.perf_counter() - start
        used: set[str] = set()
        counter = [0]
        added: dict[str, Any] = {}
        makers: list[Callable[[], Edit]] = [
            lambda: title_and_role(site, corpus, used, nonce(counter)),
            lambda: event_to_other_month(site, corpus, used, nonce(counter)),
            lambda: add_briefing(site, corpus, nonce(counter), added),
            lambda: delete_briefing(site, corpus, added),
            lambda: rename_person(site, corpus, used, nonce(counter)),
        ]
        for make in makers:
            time.sleep(SETTLE_S)
            edit = make()
            with open(log, "a", encoding="utf-8") as out:
                out.write(f"\n[benchmark] edit '{edit.kind}': {len(edit.checks)} checks\n")
            seconds, passed = wait_until_served(edit, server, timeout)
            edits.append({"kind": edit.kind, "seconds": seconds, "checks": passed,
                          "not_checked": edit.not_checked})
    except EditFailed as error:
        result["serve_error"] = f"{error}\n--- last lines of {log} ---\n{log_tail(log)}"
    finally:
        result["serve_peak_rss_mb"] = peak_rss_mb(server.pid)
        stop(server)
    result.update(summarise(edits))
    return result
