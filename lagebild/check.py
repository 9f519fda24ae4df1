"""`build.py check`: every problem in content/, fast enough to run on every save.

Two severities, and the line between them is whether the site can be right:

* **errors** (exit 1) — the build cannot be right, so it refuses: YAML that
  does not parse, a field the schema does not allow or a value it cannot read
  (an invalid date, `NO` where a code belongs), two facts with one id, two
  files with one page address, a broken alias file.
* **warnings** (exit 0) — the site builds, but a human should look: evidence
  that no longer occurs in its article, a participant or speaker who is none
  of the briefing's actors, a `past` event dated after the briefing or a
  `planned` one dated well before it, the same fact listed twice.

Every finding carries ``path:line: field:``.  The checks of one briefing are a
pure function of the briefing, its field lines and its article's text; the
only I/O is reading content/ and each briefing's seed once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from lagebild import safe_read
from lagebild.article import _CONTROL
from lagebild.briefing import frontmatter
from lagebild.briefing.content import display_path, load_content
from lagebild.briefing.model import FACT_LISTS, Briefing, Event, Fact
from lagebild.errors import LagebildError, Problem
from lagebild.picture.actor_slugs import name_warnings
from lagebild.picture.corpus import ALIASES_FILE, Aliases, briefing_date, name_key
from lagebild.picture.event_links import EVENTS_FILE, EventLinks
from lagebild.publish import unpublished_files

# A report filed on the 2nd may call the meeting of the 4th past (time zones, late
# updates, a reference date guessed from a weekday); beyond this it is a wrong date or status.
PLAUSIBLE_DAYS = 3
EVIDENCE_JOIN = " … "  # how the extractor joins several sentences into one evidence

LineOf = Callable[[str], int | None]
_key = lru_cache(maxsize=1 << 16)(name_key)  # the same names recur in every briefing


def check_content(content_dir: Path, root: Path, seeds_dir: Path | None = None) -> list[Problem]:
    """Every problem of every briefing: the reader's errors, then the checks' warnings."""
    content = load_content(content_dir, root)
    problems = list(content.problems)
    problems.extend(unpublished_files(content_dir, display_path(content_dir, root)))
    aliases = Aliases()
    aliases_path = content_dir / ALIASES_FILE
    try:
        aliases = Aliases.load(aliases_path, str(Path(content_dir.name) / ALIASES_FILE))
    except LagebildError as error:
        problems.extend(error.problems)
    events_shown = str(Path(content_dir.name) / EVENTS_FILE)
    try:
        links = EventLinks.load(content_dir / EVENTS_FILE, events_shown)
        known = {(b.slug, e.id) for b in content.briefings for e in b.events}
        problems.extend(Problem(events_shown, f"no briefing has the event {report}", severity="warning",
                                hint="check the slug and the event's id")
                        for report in links.unknown(known))
    except LagebildError as error:
        problems.extend(error.problems)
    for briefing in content.briefings:
        shown, lines = content.lines[briefing.slug]
        article = _article_text(seeds_dir, briefing.source.file) if seeds_dir is not None else None
        problems.extend(check_briefing(briefing, shown, frontmatter.Document({}, lines).line_of, article, aliases))
    return problems


def _article_text(seeds_dir: Path, name: str) -> str | None:
    """The seed's text as the extractor read it, or None when there is none to compare with."""
    if not name or Path(name).name != name or "\\" in name:
        return None  # only a plain file name inside seeds/ is looked up
    path = seeds_dir / name
    try:
        text = safe_read.read_bytes(path, str(path)).decode("utf-8-sig")
        # Only the text matters here, not the front matter's meaning: splitting it off is enough.
        _, _, body, _ = frontmatter.split(text.replace("\r\n", "\n"), str(path))
    except (OSError, UnicodeDecodeError, LagebildError):
        return None  # a missing seed is the extraction's warning (orphan), a broken one its error
    return _CONTROL.sub("", body)  # the extractor never sees control characters either


def article_text(seeds_dir: Path, name: str) -> str | None:
    """The seed's text (None when there is none): for the review page's evidence list."""
    return _article_text(seeds_dir, name)


def evidence_problems(briefing: Briefing, article: str) -> list[tuple[str, str]]:
    """(field, message) for every evidence the article does not hold, as `check` warns of them."""
    found: list[tuple[str, str]] = []
    _check_evidence(briefing, _plain(article), lambda field, message, _hint: found.append((field, message)))
    return found


def check_briefing(briefing: Briefing, path: str, line_of: LineOf, article: str | None,
                   aliases: Aliases | None = None) -> list[Problem]:
    """The warnings for one valid briefing (pure: no I/O)."""
    def warn(field: str, message: str, hint: str) -> None:
        problems.append(Problem(path, message, line=line_of(field) or 1, field=field, hint=hint,
                                severity="warning"))

    problems: list[Problem] = []
    if article is not None:
        _check_evidence(briefing, _plain(article), warn)
    _check_actors(briefing, aliases or Aliases(), warn)
    _check_names(briefing, warn)
    _check_dates(briefing, warn)
    _check_duplicates(briefing, line_of, warn)
    return problems


Warn = Callable[[str, str, str], None]


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _check_evidence(briefing: Briefing, article: str, warn: Warn) -> None:
    ref = briefing.reference_date
    items: list[tuple[str, str]] = [("reference_date.evidence", ref.evidence)] if ref else []
    for list_name in FACT_LISTS:
        items += [(f"{list_name}[{i}].evidence", f.evidence) for i, f in enumerate(getattr(briefing, list_name))
                  if f.is_visible]
    for field, evidence in items:
        parts = [p for p in (_plain(part) for part in _plain(evidence).split(EVIDENCE_JOIN)) if p]
        missing = [(n, p) for n, p in enumerate(parts, start=1) if p not in article]
        if missing:
            number, part = missing[0]
            shown = part if len(part) <= 60 else part[:59] + "…"
            which = f"part {number} of {len(parts)} " if len(parts) > 1 else ""
            warn(field, f"evidence {which}not found in the article ({briefing.source.file}): „{shown}“",
                 "copy the sentence verbatim from the article, or check the fact against it")


def _check_actors(briefing: Briefing, aliases: Aliases, warn: Warn) -> None:
    """Participants and speakers must be actors of this briefing, or the site links them nowhere."""
    known: set[str] = set()
    for person in briefing.persons:
        if person.is_visible:
            known.update(_key(n) for n in (person.name, *person.aliases))
            known.add(_key(person.name).split(" ")[-1])  # the surname alone
    known.update(_key(o.name) for o in briefing.organizations if o.is_visible)
    codes = {c.code for c in briefing.countries if c.is_visible}
    country_names = {_key(c.name): c.code for c in briefing.countries if c.is_visible}

    def canonical(name: str) -> set[str]:
        """The name, and what the alias file (content/actors.yml) makes of it."""
        key = _key(name)
        return {key, *(_key(aliases.canonical[(kind, key)]) for kind in ("person", "organization")
                       if (kind, key) in aliases.canonical)}

    known |= {k for name in list(known) for k in canonical(name)}
    rejected = {_key(p.name) for p in briefing.persons if not p.is_visible}
    rejected |= {_key(o.name) for o in briefing.organizations if not o.is_visible}

    def unknown(field: str, name: str, hint: str) -> None:
        if name in codes or canonical(name) & known:
            return
        if _key(name) in rejected:
            warn(field, f"'{name}' is rejected in this briefing", "remove the name here too, or un-reject it")
        else:
            warn(field, f"'{name}' is not an actor of this briefing", hint)

    for index, event in enumerate(briefing.events):
        if not event.is_visible:
            continue
        for number, participant in enumerate(event.participants):
            code = country_names.get(_key(participant))
            unknown(f"events[{index}].participants[{number}]", participant,
                    f"write the country code '{code}'" if code else
                    "add them to persons, organizations or countries (codes), or correct the spelling")
    for index, quote in enumerate(briefing.quotes):
        if quote.is_visible and quote.speaker:
            unknown(f"quotes[{index}].speaker", quote.speaker, "add the speaker to persons, or correct the name")
        for number, other in enumerate(quote.co_speakers if quote.is_visible else ()):
            unknown(f"quotes[{index}].co_speakers[{number}]", other, "add them to persons, or correct the name")


def _check_names(briefing: Briefing, warn: Warn) -> None:
    """Names that may be look-alikes of another actor's (their pages never take over a name's URL)."""
    for list_name in ("persons", "organizations"):
        for index, fact in enumerate(getattr(briefing, list_name)):
            for warning in name_warnings(getattr(fact, "name", "")) if fact.is_visible else ():
                warn(f"{list_name}[{index}].name", f"'{fact.name}' {warning}",
                     "retype the name in plain letters of one script")


def _check_dates(briefing: Briefing, warn: Warn) -> None:
    when = briefing_date(briefing)
    if not when:
        return
    reference = date.fromisoformat(when)
    for index, event in enumerate(briefing.events):
        if not event.is_visible or not event.date:
            continue
        first, last = _span(event)
        if event.status == "past" and first > reference + timedelta(days=PLAUSIBLE_DAYS):
            warn(f"events[{index}].date", f"a past event dated {event.date}, {(first - reference).days} days "
                 f"after the briefing's date {when}", "check the date, or set 'status: planned'")
        elif event.status == "planned" and last < reference - timedelta(days=PLAUSIBLE_DAYS):
            warn(f"events[{index}].date", f"a planned event dated {event.date}, {(reference - last).days} days "
                 f"before the briefing's date {when}", "check the date, or set 'status: past'")


def _span(event: Event) -> tuple[date, date]:
    """First and last day an event's date may mean (a whole month for YYYY-MM)."""
    assert event.date is not None
    if len(event.date) == 7:
        first = date.fromisoformat(event.date + "-01")
        following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
        return first, following - timedelta(days=1)
    day = date.fromisoformat(event.date)
    return day, day


def _identity(list_name: str, fact: Fact) -> str:
    """What makes two entries of one list the same fact, written twice."""
    def key(*attributes: str) -> str:
        return "|".join(" ".join(unicodedata.normalize("NFC", str(getattr(fact, a) or "")).casefold().split())
                        for a in attributes)

    return {
        "persons": lambda: key("name"), "countries": lambda: key("code"),
        "events": lambda: key("date", "kind", "summary"), "quotes": lambda: key("text"),
        "figures": lambda: key("value", "unit", "context"),
    }.get(list_name, lambda: key("name"))()


def _check_duplicates(briefing: Briefing, line_of: LineOf, warn: Warn) -> None:
    for list_name in FACT_LISTS:
        first: dict[str, int] = {}
        for index, fact in enumerate(getattr(briefing, list_name)):
            if not fact.is_visible:
                continue
            identity = _identity(list_name, fact)
            if identity.strip("|") == "":
                continue
            if identity in first:
                earlier = f"{list_name}[{first[identity]}]"
                warn(f"{list_name}[{index}]", f"the same as {earlier} (line {line_of(earlier)})",
                     "delete one of the two, or set 'review: rejected' on it")
            else:
                first[identity] = index
