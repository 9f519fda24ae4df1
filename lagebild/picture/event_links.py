"""The editors' corrections of event merging: `content/events.yml`.

The machine merges reports of one occurrence by date, participants, place
and wording.  When it joins two different meetings, or misses that two
reports are the same one, an editor says so here, naming each report as
``<briefing slug>:<event id>`` (the id is the event's ``id:`` in the briefing
file; ``data/facts.json`` lists both for every merged event):

```yaml
apart:   # never one event, whatever the evidence
  - [dpa-sicherheitsberater-kiew:e-00000018, reuters-kyiv-advisers:e-0000000e]
same:    # always one event, whatever the dates say
  - [apa-kiew-beratung:e-00000006, ap-paris-summit:e-00000023]
```

Read here (the I/O edge); applied by ``picture.events_merge``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lagebild.briefing import frontmatter
from lagebild.errors import LagebildError, Problem

EVENTS_FILE = "events.yml"
_REPORT = re.compile(r"^[^:\s]+:[^:\s]+$")

ReportKey = tuple[str, str]  # (briefing slug, event id)


@dataclass(frozen=True)
class EventLinks:
    same: tuple[frozenset[ReportKey], ...] = ()
    apart: tuple[frozenset[ReportKey], ...] = ()

    @classmethod
    def load(cls, path: Path, shown: str) -> EventLinks:
        if not path.is_file():
            return cls()
        data, lines = frontmatter.load_mapping(path.read_text(encoding="utf-8-sig"), shown)
        document = frontmatter.Document({})
        document.lines = lines
        problems: list[Problem] = []
        groups: dict[str, list[frozenset[ReportKey]]] = {"same": [], "apart": []}
        for section in data:
            if section not in groups:
                problems.append(Problem(shown, f"unknown section '{section}'", line=lines.get(section),
                                        field=section, hint="write 'same:' or 'apart:'"))
        for section, found in groups.items():
            entries = data.get(section) or []
            if not isinstance(entries, list):
                problems.append(Problem(shown, "expected a list of lists", line=lines.get(section), field=section))
                continue
            for index, entry in enumerate(entries):
                where = f"{section}[{index}]"
                if (not isinstance(entry, list) or len(entry) < 2
                        or not all(isinstance(k, str) and _REPORT.match(k) for k in entry)):
                    problems.append(Problem(shown, "expected a list of two or more 'slug:event-id'",
                                            line=document.line_of(where), field=where,
                                            hint="e.g. [apa-kiew-beratung:e-5e6f7a8b, ap-paris-summit:e-1a2b3c4d]"))
                    continue
                found.append(frozenset((k.split(":", 1)[0], k.split(":", 1)[1]) for k in entry))
        if problems:
            raise LagebildError(problems)
        return cls(tuple(groups["same"]), tuple(groups["apart"]))

    def unknown(self, known: set[ReportKey]) -> list[str]:
        """Reports this file names that no briefing has (a typo, or a fact since removed)."""
        named = {key for group in (*self.same, *self.apart) for key in group}
        return sorted(f"{slug}:{event}" for slug, event in named - known)
