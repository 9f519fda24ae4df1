"""Under `mkdocs serve`: the last build's corpus taken over when an edit changed only text.

The plugin asks `CorpusReuse.corpus` for each build's corpus.  A dirty build whose global part
(mkdocs.yml, templates, build date, language, alias and events files…) is that of the last
successful build, and whose briefings differ from that build's only in the text of some, or in
their events' dates, kinds, statuses or summaries (`picture.corpus_patch.changed_names_only`),
gets the last corpus patched (its merged events and stories too if only text changed); any
other build gets a corpus built from scratch.  A dirty build's corpus, patched or built afresh,
that merges its events again continues the last build's merge from the first report that changed
(`picture.merge_log`), keeping the merged events it does not touch as the very objects.  In
audit mode a patched or replayed corpus is compared with a fresh one (`corpus_state`) and every
difference is reported.  `LAGEBILD_PATCH=0` always builds afresh (and merges all events again).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Corpus
from lagebild.picture.corpus_insert import patched_for
from lagebild.picture.corpus_patch import changed_names_only, corpus_state, events_kept, patched


@dataclass
class CorpusReuse:
    last: tuple[Corpus, str] | None = None  # the corpus of the last successful build, with its global part
    patched_last: bool = False  # this build's corpus is a patched one (tests, benchmark)
    inserted_last: bool = False  # … patched for an added or removed briefing (corpus_insert)
    differences: list[str] = field(default_factory=list)  # audit: a patched corpus differs from a fresh one
    off: bool = field(default_factory=lambda: os.environ.get("LAGEBILD_PATCH") == "0")

    def corpus(self, briefings: list[Briefing], fresh: Callable[[], Corpus], global_part: str, today: str,
               dirty: bool, audit: bool) -> Corpus:
        """This build's corpus: the last one patched if only text changed, else `fresh()`."""
        self.patched_last, self.inserted_last, self.differences = False, False, []
        last = self.last
        if self.off or not dirty or last is None or last[1] != global_part:
            return fresh()
        changed = changed_names_only(last[0], briefings)
        if changed is None:  # one briefing added or removed: patched if nothing else moves (corpus_insert)
            inserted = patched_for(last[0], briefings)
            if inserted is not None:
                self.inserted_last = True
                if audit and corpus_state(inserted, today) != corpus_state(fresh(), today):
                    self.differences.append("the corpus patched for an added or removed briefing differs "
                                            "from a fresh one")
                return inserted
        if changed is None:  # built afresh, its events merged again from the first report that changed
            corpus = fresh()
            corpus.earlier = dict(last[0]._pictures)
            if audit and corpus_state(corpus, today) != corpus_state(fresh(), today):
                self.differences.append("the merged events replayed from the last build's differ from a fresh merge")
            return corpus
        corpus = patched(last[0], changed, today, events_kept(last[0], changed))
        self.patched_last = True
        if audit and corpus_state(corpus, today) != corpus_state(fresh(), today):
            self.differences.append(f"the corpus patched for {', '.join(sorted(changed))} differs from a fresh one")
        return corpus

    def built(self, corpus: Corpus | None, global_part: str) -> None:
        """After a successful build: its corpus may be patched by the next one."""
        self.last = (corpus, global_part) if corpus is not None else None

    def forget(self) -> None:
        """After a failed build: the next one builds its corpus afresh."""
        self.last = None


__all__ = ["CorpusReuse"]
