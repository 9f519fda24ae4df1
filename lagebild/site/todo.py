"""The Prüfliste as a to-do list: what needs a human now, one page per kind of task.

* open conflicts of the last extraction (resolved ones disappear);
* guessed facts, naming the field that was guessed — a value the evidence sentence does not
  state (a date resolved from „am Mittwoch“, a country taken from the sentence before); set
  `review: verified` when it is right and it leaves the list;
* evidence that is missing or no longer found in the article;
* possible duplicate actors (names that may mean one person, not joined);
* apart from these, the corrections log: what editors changed, newest first — a record, not a task.

Every list runs newest briefing first (corrections: newest first seen).  A short list is shown
whole on its own page (`review/guessed/`); a long one is cut by stable keys — the month of its
briefing (or of when a correction was first seen), then between briefings where their slugs'
hashes say (`pager.keyed_split`) — into pages of at most PAGE_SIZE rows:
`review/guessed/2025-03/`, `review/guessed/2025-03/<slug of the first briefing>/`.  Only the
list's own page and the Prüfliste's start page show counts, so an edit re-renders the page that
holds its rows and these two, however long the list is.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from lagebild.briefing.model import FACT_LISTS, Briefing, Country, Event, Fact, Person, ReferenceDate, slugify
from lagebild.check import article_text, evidence_problems
from lagebild.i18n import country_name, format_date, labels
from lagebild.picture.corpus import Corpus, briefing_date, name_key
from lagebild.picture.identity import PossibleDuplicate
from lagebild.review import ConflictEntry, Correction, corrections, describe, open_conflicts, show
from lagebild.site.pager import Chunk, SplitMemo, keyed_split_kept

FOLDER = "review"
PAGE_SIZE = 200  # rows at most on a page; half of it on average, and a list this short stays on its own page
UNDATED = "undated"  # the section of rows without a month
ALL = "all"  # the one section of lists without dates (conflicts, duplicates)
_MONTHS = {
    1: ("januar", "jänner", "january", "jan"), 2: ("februar", "feber", "february", "feb"),
    3: ("märz", "maerz", "march", "mär", "mar"), 4: ("april", "apr"), 5: ("mai", "may"),
    6: ("juni", "june", "jun"), 7: ("juli", "july", "jul"), 8: ("august", "aug"),
    9: ("september", "sept", "sep"), 10: ("oktober", "october", "okt", "oct"),
    11: ("november", "nov"), 12: ("dezember", "december", "dez", "dec"),
}


@dataclass(frozen=True)
class Task:
    briefing: Briefing
    list_name: str  # "persons", "events", … or "reference_date"
    fact: Fact | ReferenceDate
    fields: tuple[str, ...] = ()  # the guessed fields, as named in the briefing file
    note: str = ""  # why it is listed (e.g. the evidence check's message)


def _stated_date(value: str, evidence: str) -> bool:
    """Whether the evidence writes this date ('2026-01-03': '3. Jänner', 'January 3', '03.01.', ISO)."""
    text = evidence.casefold()
    if value in text:
        return True
    parts = value.split("-")
    month = int(parts[1])
    month_named = any(re.search(rf"\b{re.escape(name)}\b", text) for name in _MONTHS[month])
    if len(parts) == 2:
        return month_named
    day = int(parts[2])
    numeric = re.search(rf"\b0?{day}\.\s?0?{month}\.", text) is not None
    return numeric or (month_named and re.search(rf"\b0?{day}\b", text) is not None)


def _stated_name(name: str, evidence: str) -> bool:
    """A name is stated when its last word is (surnames, 'Koalition der Willigen', 'NATO')."""
    words = name_key(name).split()
    return bool(words) and words[-1][:6] in name_key(evidence)


def _stated_words(text: str, evidence: str) -> bool:
    """Words stated in any inflection: their form less the ending („US-Sondergesandter“ in „der
    US-Sondergesandte“)."""
    key = name_key(text)
    return key[:max(4, len(key) - 3)] in name_key(evidence)


def _stated_country(code: str, evidence: str) -> bool:
    """A country is stated by its code ('US-Gesandter') or by its name's stem in either language
    („Ukraine“, „ukrainische“, “Ukrainian”)."""
    if re.search(rf"\b{re.escape(code)}\b", evidence):
        return True
    text = name_key(evidence)
    return any(name_key(country_name(code, language))[:5] in text for language in ("de", "en"))


def guessed_fields(fact: Fact | ReferenceDate) -> tuple[str, ...]:
    """The fields of a guessed fact whose value its evidence sentence does not state."""
    evidence = fact.evidence or ""
    if isinstance(fact, ReferenceDate):
        return ("date",)
    found: list[str] = []
    if isinstance(fact, Event):
        if fact.date and not _stated_date(fact.date, evidence):
            found.append("date")
        if any(not (_stated_country(p, evidence) if len(p) == 2 and p.isupper() else _stated_name(p, evidence))
               for p in fact.participants):
            found.append("participants")
        if fact.place and not _stated_name(fact.place, evidence):
            found.append("place")
    elif isinstance(fact, Person):
        if not _stated_name(fact.name, evidence):
            found.append("name")
        if fact.role and not _stated_words(fact.role, evidence):
            found.append("role")
        if fact.country and not _stated_country(fact.country, evidence):
            found.append("country")
    elif isinstance(fact, Country) and not _stated_country(fact.code, evidence):
        found.append("code")
    return tuple(found)


# Briefing slug -> (the briefing asked about, its tasks).  Under `mkdocs serve` every rebuild asks
# again for every briefing, and the briefing store hands back the same object for an unchanged file.
_guessed: dict[str, tuple[Briefing, tuple[Task, ...]]] = {}
_evidence: dict[str, tuple[Briefing, tuple[int, int], tuple[Task, ...]]] = {}


def guessed_tasks(corpus: Corpus) -> list[Task]:
    tasks: list[Task] = []
    for briefing in corpus.briefings:  # newest first
        known = _guessed.get(briefing.slug)
        if known is None or known[0] is not briefing:
            known = _guessed[briefing.slug] = (briefing, tuple(_guessed_of(briefing)))
        tasks += known[1]
    return tasks


def _guessed_of(briefing: Briefing) -> list[Task]:
    tasks = []
    reference = briefing.reference_date
    if reference is not None and reference.review == "guessed":
        tasks.append(Task(briefing, "reference_date", reference, guessed_fields(reference)))
    for list_name in FACT_LISTS:
        for fact in briefing.visible(list_name):
            if fact.is_guess:
                tasks.append(Task(briefing, list_name, fact, guessed_fields(fact)))
    return tasks


@lru_cache(maxsize=4096)
def _article(seeds_dir: Path, name: str, stamp: tuple[int, int]) -> str | None:
    """The seed's text, read again only when the file changed (`mkdocs serve` rebuilds on every edit)."""
    del stamp  # part of the cache key only
    return article_text(seeds_dir, name)


def _stamp(path: Path | str) -> tuple[int, int]:
    try:
        status = os.stat(path)
    except OSError:
        return (0, 0)
    return (status.st_mtime_ns, status.st_size)


@lru_cache(maxsize=8192)
def _plain_name(name: str) -> bool:
    """A file name without folders: only a file inside seeds/ is read."""
    return bool(name) and Path(name).name == name


def evidence_tasks(corpus: Corpus, seeds_dir: Path | None) -> list[Task]:
    """Facts without evidence, and evidence the article (seeds/<source.file>) no longer holds."""
    tasks: list[Task] = []
    seeds = os.fspath(seeds_dir) if seeds_dir is not None else ""  # (joined as text: ~1,000 seeds a rebuild)
    for briefing in corpus.briefings:
        name = briefing.source.file
        inside = seeds_dir is not None and _plain_name(name)
        stamp = _stamp(os.path.join(seeds, name)) if seeds_dir is not None and inside else (0, 0)
        known = _evidence.get(briefing.slug)
        if known is None or known[0] is not briefing or known[1] != stamp:
            article = _article(seeds_dir, name, stamp) if seeds_dir is not None and inside else None
            known = _evidence[briefing.slug] = (briefing, stamp, tuple(_evidence_of(briefing, article)))
        tasks += known[2]
    return tasks


def _evidence_of(briefing: Briefing, article: str | None) -> list[Task]:
    tasks = []
    by_field = {}
    if article is not None:
        by_field = dict(evidence_problems(briefing, article))
    reference = briefing.reference_date
    if reference is not None and "reference_date.evidence" in by_field:
        tasks.append(Task(briefing, "reference_date", reference, note=by_field["reference_date.evidence"]))
    for list_name in FACT_LISTS:
        for index, fact in enumerate(getattr(briefing, list_name)):
            if not fact.is_visible or fact.review == "verified":
                continue
            if not fact.evidence.strip():
                tasks.append(Task(briefing, list_name, fact, note="—"))
            elif (message := by_field.get(f"{list_name}[{index}].evidence")) is not None:
                tasks.append(Task(briefing, list_name, fact, note=message))
    return tasks


def list_label(list_name: str, language: str = "de") -> str:
    """'events' -> 'Ereignisse': the list's name as the site says it."""
    words = labels(language)
    return words.get({"events": "events_of", "reference_date": "reference_date"}.get(list_name, list_name), list_name)


def describe_task(task: Task) -> str:
    """The fact in a few words; an event with its date, a reference date as itself."""
    fact = task.fact
    if isinstance(fact, ReferenceDate):
        return fact.date
    if isinstance(fact, Event):
        return f"{fact.date or '—'}: {describe(fact)}"
    return describe(fact)


@dataclass(frozen=True)
class ReviewPager:
    """A Prüfliste page's neighbours in its list (newest first) and the list's own page."""
    up: str
    previous: str | None
    next: str | None


@dataclass(frozen=True)
class Section:
    """One key of a list on the list's page: its rows and the pages that hold them."""
    key: str  # 'YYYY-MM', UNDATED, or ALL
    rows: int
    paths: tuple[str, ...]


def section_of(name: str, item: Any) -> str:
    """The stable key a row is filed under: the month of its briefing (tasks), the month it was first
    seen (corrections); conflicts and duplicates have none."""
    if isinstance(item, Task):
        return briefing_date(item.briefing)[:7] or UNDATED
    if isinstance(item, Correction):
        return item.seen[:7] or UNDATED
    return ALL


def group_of(item: Any) -> str:
    """Rows of one thing stay on one page: a briefing's (by its slug), a conflict's file, a duplicate."""
    if isinstance(item, (Task, Correction)):
        return item.briefing.slug
    if isinstance(item, ConflictEntry):
        return slugify(item.path)
    if isinstance(item, PossibleDuplicate):
        return slugify(" ".join(item.names))
    return slugify(repr(item))


def below_a_list(path: str) -> bool:
    """A page of a list's months ('review/guessed/2025-03/index.md'), which no nav lists."""
    return path.startswith(f"{FOLDER}/") and path.count("/") >= 3


def list_path(name: str) -> str:
    return f"{FOLDER}/{name}.md"


def chunk_path(name: str, chunk: Chunk[Any]) -> str:
    folder = f"{FOLDER}/{name}/{chunk.section}"
    return f"{folder}/index.md" if not chunk.anchor else f"{folder}/{chunk.anchor}.md"


# List name -> its chunks per section, kept while a section's rows are the same objects (`mkdocs
# serve` cuts every list again on each rebuild; the rows of unchanged briefings are kept objects).
_splits: dict[str, SplitMemo[Any]] = {}


def list_pages(name: str, items: list[Any], helpers: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """A list's own page (its count; all rows when few, else its sections) and one page per chunk.

    Chunks are cut by stable keys (`pager.keyed_split`: month, then content-defined cuts between
    briefings), and a chunk page shows no count and no page number, so an edit re-renders the
    chunk that holds its rows, the list's page and the Prüfliste's start page, not every page after
    it."""
    template = f"pages/review-{name}.html.j2"
    helpers = {**helpers, "section_label": partial(section_label, name)}
    shown = (helpers["has_state"], len(items))
    if len(items) <= max(1, PAGE_SIZE // 2):
        return [(list_path(name), template, {**helpers, "items": items, "count": len(items), "part": None,
                                             "pager": None, "sections": (), "shown": shown})]
    memo = _splits.setdefault(name, SplitMemo())
    chunks = keyed_split_kept(items, partial(section_of, name), group_of, max(1, PAGE_SIZE // 2), PAGE_SIZE, memo)
    paths = [chunk_path(name, chunk) for chunk in chunks]
    sections: list[Section] = []
    for chunk, path in zip(chunks, paths):
        if sections and sections[-1].key == chunk.section:
            last = sections[-1]
            sections[-1] = Section(last.key, last.rows + len(chunk.items), (*last.paths, path))
        else:
            sections.append(Section(chunk.section, len(chunk.items), (path,)))
    pages = [(list_path(name), template, {**helpers, "items": (), "count": len(items), "part": None,
                                          "pager": None, "sections": tuple(sections),
                                          "shown": (*shown, tuple(sections))})]
    for index, (chunk, path) in enumerate(zip(chunks, paths)):
        pager = ReviewPager(list_path(name), paths[index - 1] if index > 0 else None,
                            paths[index + 1] if index + 1 < len(paths) else None)
        part = {"section": chunk.section, "first": not chunk.anchor}
        pages.append((path, template, {**helpers, "items": chunk.items, "count": None, "part": part,
                                       "pager": pager, "sections": (),
                                       "shown": (helpers["has_state"], sorted(part.items()), pager)}))
    return pages


def section_label(name: str, key: str) -> str:
    """„März 2025“; „ohne Datum“ for rows without one — for corrections, those no extraction has
    seen yet (the log names no day)."""
    if key == ALL:
        return ""
    if key[:4].isdigit():
        return format_date(key, "de")
    return "von keiner Extraktion gesehen" if name == "corrections" else labels("de")["undated"]


# The last answer: the incremental planner and the page renderer ask twice in one build.
_last: list[tuple[Corpus, Path | None, object, list[tuple[str, str, dict[str, Any]]]]] = []


def review_pages(corpus: Corpus, state_dir: Path | None, workers: int = 2) -> list[tuple[str, str, dict[str, Any]]]:
    """(page path, template, context) of every review page; seeds are looked up beside `.lagebild/`.
    `workers`: processes that may compare briefings with their snapshots (review.corrections;
    fork_pool stays in one process wherever forking is unsafe, e.g. beside `mkdocs serve`'s threads)."""
    state = _state_stamp(state_dir)
    if _last and _last[0][0] is corpus and _last[0][1] == state_dir and _last[0][2] == state:
        return _last[0][3]
    pages = _review_pages(corpus, state_dir, workers)
    _last[:] = [(corpus, state_dir, state, pages)]
    return pages


def _state_stamp(state_dir: Path | None) -> object:
    """What the review pages read from .lagebild/ besides the briefings and seeds (both stamped per file)."""
    if state_dir is None:
        return None
    return tuple(_stamp(state_dir / name) for name in ("conflicts.json", "corrections.jsonl", "base"))


def prepare_lists(corpus: Corpus, state_dir: Path | None) -> None:
    """Work out the per-briefing tasks of the Prüfliste ahead (kept per briefing object, so
    `review_pages` finds them): a full build does it beside the comparisons (review.compare_ahead)."""
    guessed_tasks(corpus)
    evidence_tasks(corpus, _seeds_dir(state_dir))


def _seeds_dir(state_dir: Path | None) -> Path | None:
    """The project folder holds .lagebild/ (state_dir is it, or a folder inside it) and seeds/."""
    project = next((p.parent for p in (state_dir, *state_dir.parents) if p.name == ".lagebild"), None) \
        if state_dir is not None else None
    return project / "seeds" if project is not None else None


def _review_pages(corpus: Corpus, state_dir: Path | None, workers: int = 1) -> list[tuple[str, str, dict[str, Any]]]:
    seeds_dir = _seeds_dir(state_dir)
    has_state = state_dir is not None and (state_dir / "base" / "briefings").is_dir()
    lists: dict[str, list[Any]] = {
        "conflicts": open_conflicts(state_dir) if state_dir is not None else [],
        "guessed": guessed_tasks(corpus),
        "evidence": evidence_tasks(corpus, seeds_dir),
        "duplicates": list(corpus.possible_duplicates),
        "corrections": corrections(corpus, state_dir, workers) if has_state and state_dir is not None else [],
    }
    counts = {name: len(items) for name, items in lists.items()}
    helpers = {"describe": describe_task, "show": show, "counts": counts, "has_state": has_state,
               "list_label": list_label}
    pages = [(f"{FOLDER}/index.md", "pages/review.html.j2", {**helpers, "shown": (has_state, sorted(counts.items()))})]
    for name, items in lists.items():
        pages += list_pages(name, items, {**helpers, "counts": {}})
    return pages
