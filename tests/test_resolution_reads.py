"""Under `mkdocs serve` a briefing's own part (how its names resolve) is kept while none of the
corpus entries its names were looked up in answers differently (`Corpus.resolution_view`,
`Corpus.reads_recorded`, `InputCache`): the fingerprints of every page then equal those worked out
with nothing kept, after edits that change how other briefings' names resolve."""

from __future__ import annotations

from dataclasses import replace

import pytest
from support.incremental import TODAY, small_project

from lagebild.briefing.content import load_content
from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Corpus
from lagebild.site import last_good
from lagebild.site.incremental.input_cache import InputCache
from lagebild.site.incremental.page_inputs import PageInputs, page_fingerprints
from lagebild.site.meetings import MEETING_KINDS


@pytest.fixture(scope="module")
def briefings(tmp_path_factory: pytest.TempPathFactory) -> list[Briefing]:
    project = small_project(tmp_path_factory.mktemp("reads") / "project", 14)
    return load_content(project / "content").briefings


def _fingerprints(corpus: Corpus, owns: InputCache) -> dict[str, str]:
    digests = {b.slug: f"file {b.slug} {hash(b)}" for b in corpus.briefings}
    return page_fingerprints(corpus, digests, {}, TODAY, "global", owns)


def _own(corpus: Corpus, owns: InputCache, slug: str) -> str:
    digests = {b.slug: f"file {b.slug} {hash(b)}" for b in corpus.briefings}
    return PageInputs(corpus, digests, {}, TODAY, "global", owns).own(slug)


def test_kept_own_parts_follow_every_change_of_how_names_resolve(
        briefings: list[Briefing], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(last_good, "serving", True)
    with_event = next(b for b in briefings if any(e.kind in MEETING_KINDS for e in b.events))
    person = next(p for b in briefings for p in b.persons if " " in p.name and p.is_visible)
    surname = person.name.split()[-1]
    event = next(e for e in with_event.events if e.kind in MEETING_KINDS)  # on who-met-whom pictures too
    # A bare surname that names exactly one person resolves to them ...
    asking = replace(with_event, events=tuple(replace(e, participants=(*e.participants, surname)) if e is event
                                              else e for e in with_event.events))
    base = [asking if b is with_event else b for b in briefings]
    # ... until a second person with that surname appears; a renamed person; a briefing removed.
    other = next(b for b in briefings if b.slug != asking.slug and b.persons)
    rival = replace(other, slug="zz-rival", title="Rivale",
                    persons=(replace(other.persons[0], name=f"Quirin {surname}"),))
    renamed = replace(other, persons=(replace(other.persons[0], name="Quirin Neuname"), *other.persons[1:]))
    steps = [base, [*base, rival], base, [renamed if b is other else b for b in base],
             [b for b in base if b is not other], base]
    owns = InputCache()
    owns_before = None
    for step in steps:
        corpus = Corpus(step)
        kept = _fingerprints(corpus, owns)
        assert owns.follows_reads()
        assert kept == _fingerprints(corpus, InputCache()), "a kept own part is stale"
        own_now = _own(Corpus(step), InputCache(), asking.slug)
        if owns_before is not None and step is steps[1]:
            assert own_now != owns_before, "the rival did not change how the bare surname resolves"
        owns_before = own_now
    assert any(found[2] for found in owns.known.values())  # reads were recorded
    assert any(kept[1] for kept in owns.meetings.values())  # meetings kept with the entries they read


def test_reads_name_every_table_entry_find_looked_in(briefings: list[Briefing]) -> None:
    corpus = Corpus(briefings)
    name = next(p.name for b in briefings for p in b.persons if " " in p.name)
    reads: set[tuple[str, object]] = set()
    with corpus.reads_recorded(reads):
        found = corpus.find(name.split()[-1], briefings[0])
        corpus.find("DE")
        corpus.find_place("Nirgendwo")
    assert found is not None or reads
    assert any(table == "surnames" for table, _ in reads) or found is not None
    assert ("local", briefings[0].slug) in reads and ("actors", ("country", "de")) in reads
    assert any(table == "lookup" and key[0] == "place" for table, key in reads)  # type: ignore[index]
    assert corpus.find(name) is not None  # the tables are back


def test_a_persons_meetings_resolve_again_only_where_they_changed(
        briefings: list[Briefing], monkeypatch: pytest.MonkeyPatch) -> None:
    """Under serve a person's who-met-whom inputs are kept per meeting (`PageInputs._meetings`): after a
    briefing is added, the meetings of unchanged objects that read no changed entry keep their entries
    (the very objects), the digest equals one worked out with nothing kept, and a meeting whose bare
    surname now names nobody (a namesake appeared) is resolved again."""
    monkeypatch.setattr(last_good, "serving", True)
    owns = InputCache()
    corpus = Corpus(briefings)
    assert _fingerprints(corpus, owns) == _fingerprints(corpus, InputCache())
    before = {path: dict(kept[3]) for path, kept in owns.meetings.items()}
    assert any(before.values())
    newest = max(briefings, key=lambda b: (b.published or "", b.slug))
    extra = replace(newest, slug="zz-extra", title="Zusatz")
    corpus = Corpus([*briefings, extra])
    assert _fingerprints(corpus, owns) == _fingerprints(corpus, InputCache())
    kept = sum(1 for path, rows in before.items() for key, row in rows.items()
               if path in owns.meetings and owns.meetings[path][3].get(key) is row)
    assert kept, "no meeting kept its entry"
