"""Which pages an edit touches: a fingerprint per page from exactly the inputs it shows.

Every briefing page and every derived page that `page_inputs` knows has a fingerprint of its own:
an actor's page and each of its archive parts, each story part, each timeline page, each list
page, the start page.  Every fingerprint holds the global digest (`fingerprints`: mkdocs.yml,
templates, build date…); if that changed, every page is rendered.  A derived page whose
fingerprint is unchanged keeps last build's HTML and is not rendered; a rendered page that came
out the same is not modified either.

Pages `page_inputs` does not know (anything added later) show the whole corpus:
they share the fingerprint `EVERYTHING` (every briefing file, the cross-briefing structure, the
state the review pages and the feed read) and are rendered whenever any of that changed.  The
content of a derived page stays opaque here: only its path and the model's briefings and names
count.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lagebild.picture.corpus import Corpus
from lagebild.site.incremental.fingerprints import digest
from lagebild.site.incremental.input_cache import BriefingParts, InputCache
from lagebild.site.incremental.page_inputs import page_fingerprints
from lagebild.site.page_renderer import briefing_path

EVERYTHING = "*"  # the dependency of pages that show the whole corpus
UNIT_SUFFIX = "/"  # `generated_pages` asks with 'actors/x/' whether any page of that actor renders


@dataclass(frozen=True)
class Plan:
    full: bool  # the global part changed (or the first build): render everything
    fingerprints: dict[str, str]  # page path (or EVERYTHING) -> fingerprint
    render: frozenset[str]  # derived page paths whose fingerprint changed (EVERYTHING: any other page)
    modified_briefing_pages: frozenset[str]  # briefing page paths whose fingerprint changed
    units: frozenset[str] = frozenset()  # 'actors/x/' for every actor with a page in `render`
    briefing_parts: Mapping[str, BriefingParts] = field(default_factory=dict)  # briefing page -> its parts

    def wants(self, path: str) -> bool:
        """For `generated_pages`: render this page?  A page the planner has no fingerprint for shows
        the whole corpus: it renders whenever anything changed.  A unit key ('actors/x/') asks
        whether any page of that actor renders."""
        if self.full:
            return True
        if path.endswith(UNIT_SUFFIX):
            return path in self.units
        return (path if path in self.fingerprints else EVERYTHING) in self.render


def worker_plan(plan: Plan) -> Plan:
    """What the serve process's render worker needs of a plan to answer `wants` (render_worker): the
    same answers, without the briefing pages' parts."""
    return replace(plan, modified_briefing_pages=frozenset(), briefing_parts={})


@dataclass
class Planner:
    """Fingerprints of the previous build; one instance lives as long as the plugin."""

    global_part: str = ""
    structure: str = ""
    fingerprints: dict[str, str] = field(default_factory=dict)
    derived: dict[str, Any] = field(default_factory=dict)  # page path -> what generated_pages gave last build
    owns: InputCache = field(default_factory=InputCache)  # each briefing's own part, while names resolve alike
    briefing_parts: dict[str, BriefingParts] = field(default_factory=dict)  # last build's, per briefing page

    def plan(self, corpus: Corpus, digests: Mapping[str, str], updated: Mapping[str, str], global_part: str,
             structure: str, state: str, today: str, state_dir: Path | None = None,
             early: Callable[[Plan], None] | None = None) -> Plan:
        """This build's plan.  `early`, if given (and the plan is not full), is called with the plan
        as far as the briefing and actor pages go, before the other pages are fingerprinted: its
        answers for every actor page and archive part are the whole plan's (the same fingerprints,
        and pages it has none for take the same EVERYTHING answer); for an actor's unit key
        ('actors/x/') they may differ, so a caller compares the actors it picked (`generated_pages`)."""
        full = self.renders_everything(global_part)
        parts: dict[str, BriefingParts] = {}
        briefing_pages = {briefing_path(b) for b in corpus.briefings}
        everything = everything_fingerprint(global_part, structure, state, digests, updated)

        def after_actors(found: dict[str, str]) -> None:
            assert early is not None
            found[EVERYTHING] = everything
            early(self._plan_of(full, found, briefing_pages, {}))

        fingerprints = unit_fingerprints(corpus, digests, updated, state, today, (global_part, structure),
                                         owns=self.owns, state_dir=state_dir, briefing_parts=parts,
                                         everything=everything,
                                         after_actors=after_actors if early is not None and not full else None)
        return self._plan_of(full, fingerprints, briefing_pages, parts)

    def _plan_of(self, full: bool, fingerprints: dict[str, str], briefing_pages: set[str],
                 parts: dict[str, BriefingParts]) -> Plan:
        changed = {key for key, value in fingerprints.items() if self.fingerprints.get(key) != value}
        render = frozenset(changed - briefing_pages)
        # An actor's unit key is its page's path without '.md', the folder of its archives (a part
        # of an archive year lies one folder deeper: 'actors/x/2025/<anchor>.md').
        units = frozenset(key + UNIT_SUFFIX for path in render
                          for key in (path.removesuffix(".md"), *_folders(path)))
        return Plan(full, fingerprints, render, frozenset(briefing_pages if full else changed & briefing_pages),
                    units, parts)

    def links_only(self, plan: Plan) -> dict[str, tuple[tuple[str, int, str, str], ...]]:
        """Briefing pages to render again whose own part is unchanged and whose merged-event links
        changed only in how many briefings report each event or on which timeline page its row lies
        (same events, statuses), with the links of last build: their pages can be spliced (link_splice)
        instead of rendered.  (A new report that moves a recurring event's date moves its row to
        another timeline page: every co-reporter's link changes its address, at 3,000 briefings ~240
        pages.)"""
        found = {}
        for path in plan.modified_briefing_pages if not plan.full else ():
            before, now = self.briefing_parts.get(path), plan.briefing_parts.get(path)
            if before is None or now is None or before[0] != now[0] or len(before[1]) != len(now[1]):
                continue
            # By event: the links come in the merged events' order, which a moved date changes; the
            # page shows each beside its own event.
            statuses = {new[0]: new[2] for new in now[1]}
            if len(statuses) == len(now[1]) and all(statuses.get(old[0], "") == old[2] for old in before[1]):
                found[path] = before[1]
        return found

    def renders_everything(self, global_part: str) -> bool:
        """Whether the coming plan is full (first build, or the global part changed): then every
        page renders whatever the fingerprints say, and they are needed only for the next build."""
        return not self.fingerprints or self.global_part != global_part

    def keeps_unknown_pages(self) -> bool:
        """Whether the last build made derived pages the planner has no fingerprint for (pages
        `page_inputs` does not know): only then is the EVERYTHING fingerprint worth working out."""
        return any(path not in self.fingerprints for path in self.derived)

    def join(self, plan: Plan, rendered: Mapping[str, Any]) -> dict[str, Any]:
        """Every derived page now: the rendered ones and the kept ones, by path (one order however
        many were rendered: the search index and the sitemap follow it).  A kept page is one of last
        build whose fingerprint is unchanged; one the planner does not know is kept while nothing
        changed that it could show."""
        pages: dict[str, Any] = dict(rendered)
        if not plan.full:
            for path, page in self.derived.items():
                if path not in pages and (path in plan.fingerprints or path not in self.fingerprints) \
                        and not plan.wants(path):
                    pages[path] = page
        return dict(sorted(pages.items()))

    def remember(self, plan: Plan, pages: Mapping[str, Any], global_part: str, structure: str) -> None:
        self.global_part, self.structure = global_part, structure
        self.briefing_parts = dict(plan.briefing_parts)
        self.fingerprints = dict(plan.fingerprints)
        self.derived = dict(pages)

    def forget(self) -> None:
        """After a failed build: the next one renders everything."""
        self.fingerprints = {}
        self.owns = InputCache()
        self.briefing_parts = {}


def _folders(path: str) -> list[str]:
    """'actors/x/2025/a.md' -> ['actors', 'actors/x', 'actors/x/2025']."""
    parts = path.split("/")[:-1]
    return ["/".join(parts[:end]) for end in range(1, len(parts) + 1)]


def everything_fingerprint(global_part: str, structure: str, state: str, digests: Mapping[str, str],
                           updated: Mapping[str, str]) -> str:
    """The EVERYTHING fingerprint; `structure` '' when not worked out."""
    if structure:
        return digest(global_part, structure, "everything", state,
                      sorted((slug, digests[slug], updated.get(slug, "")) for slug in digests))
    # Not worked out (no unknown page was kept): counts as changed, so any such page renders.
    return f"not worked out {secrets.token_hex(16)}"  # never equal, in any process


def unit_fingerprints(corpus: Corpus, digests: Mapping[str, str], updated: Mapping[str, str], state: str,
                      today: str, prefix: tuple[str, str], owns: InputCache | None = None,
                      state_dir: Path | None = None,
                      briefing_parts: dict[str, BriefingParts] | None = None, everything: str | None = None,
                      after_actors: Callable[[dict[str, str]], None] | None = None) -> dict[str, str]:
    """Page path -> fingerprint, and EVERYTHING (`everything` if worked out already); `prefix` is
    (global digest, structure digest, '' when not worked out); `after_actors`: see `page_fingerprints`."""
    global_part, structure = prefix
    result = page_fingerprints(corpus, digests, updated, today, global_part, owns, state_dir, briefing_parts,
                               after_actors)
    result[EVERYTHING] = everything if everything is not None else \
        everything_fingerprint(global_part, structure, state, digests, updated)
    return result


__all__ = ["EVERYTHING", "Plan", "Planner", "everything_fingerprint", "unit_fingerprints"]
