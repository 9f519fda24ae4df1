"""The last build's corpus with one briefing added, removed or replaced (`picture.corpus_insert`)
equals a corpus built afresh — every table a page reads, in the order a fresh build fills it, and
the tables the next patch starts from — at every position in the newest-first order; under serve a
new or deleted briefing takes the patched corpus and the site still equals a clean build."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.incremental import TODAY, Session, clean_build, differences, small_project

from lagebild.briefing.content import load_content
from lagebild.briefing.model import Briefing, Person
from lagebild.picture.corpus import Corpus
from lagebild.picture.corpus_insert import patched_for
from lagebild.picture.corpus_patch import corpus_state


def _built(briefings: list[Briefing]) -> Corpus:
    corpus = Corpus(briefings)
    corpus.stories(TODAY)  # what a build leaves worked out
    return corpus


def _tables(corpus: Corpus) -> tuple[object, ...]:
    """What the next patch starts from, besides `corpus_state`."""
    return (sorted(corpus._apart), sorted((k, sorted(v)) for k, v in corpus._surnames.items() if v),
            sorted(corpus.surname_counts.items()),
            sorted((k, sorted((n, tuple(v)) for n, v in names.items())) for k, names in corpus.name_counts.items()),
            sorted(corpus._preferred.items()),
            [(slug, [(k, a.token) for k, a in trace[0]], list(trace[1])) for slug, trace in corpus.traces.items()],
            list(corpus._lookup), list(corpus.actors))


def _same(patched: Corpus, briefings: list[Briefing]) -> None:
    fresh = _built(briefings)
    assert corpus_state(patched, TODAY) == corpus_state(fresh, TODAY)
    assert _tables(patched) == _tables(fresh)


@pytest.fixture(scope="module")
def briefings(tmp_path_factory: pytest.TempPathFactory) -> list[Briefing]:
    project = small_project(tmp_path_factory.mktemp("insert") / "project", 30)
    return load_content(project / "content").briefings


def _positions(corpus: Corpus) -> list[int]:
    count = len(corpus.briefings)
    return sorted({0, 1, count // 3, count // 2, count - 2, count - 1})


def test_a_removed_and_added_briefing_patches_to_the_fresh_corpus_at_every_position(
        briefings: list[Briefing]) -> None:
    last = _built(briefings)
    patched_somewhere = []
    for position in _positions(last):
        gone = last.briefings[position]
        rest = [b for b in briefings if b is not gone]
        without = patched_for(last, rest)
        if without is not None:
            _same(without, rest)
            patched_somewhere.append(("removed", position))
            back = patched_for(without, briefings)  # the same briefing added again, at its place
            if back is not None:
                _same(back, briefings)
                patched_somewhere.append(("added", position))
    # The newest and the oldest briefing of the benchmark's articles are patched both ways.
    assert {("removed", 0), ("added", 0), ("removed", len(briefings) - 1),
            ("added", len(briefings) - 1)} <= set(patched_somewhere), patched_somewhere


def test_a_new_newest_briefing_is_patched(briefings: list[Briefing]) -> None:
    older = sorted(briefings, key=lambda b: (b.published or "", b.slug))
    last = _built(older[:-1])
    added = patched_for(last, older)
    assert added is not None
    _same(added, older)
    assert added.briefings[0] is older[-1]


def _bare_surname(b: Briefing) -> Briefing:
    """A recurring person named by surname alone (resolves through `_surnames`)."""
    return replace(b, persons=tuple(replace(p, name=p.name.split()[-1]) for p in b.persons[:1]) + b.persons[1:])


def _namesake(b: Briefing) -> Briefing:
    """A new person sharing a recurring person's surname: that surname names two people now."""
    first = b.persons[0]
    return replace(b, persons=(*b.persons, Person(id="p-namesake", name=f"Quirin {first.name.split()[-1]}",
                                                  evidence=first.evidence)))


def _other_country(b: Briefing) -> Briefing:
    return replace(b, persons=tuple(replace(p, country="NO") for p in b.persons))


def _renamed(b: Briefing) -> Briefing:
    return replace(b, persons=tuple(replace(p, name=f"Quirin {p.name}") for p in b.persons[:1]) + b.persons[1:])


def _participant(b: Briefing) -> Briefing:
    """An event naming someone of another briefing (resolved by the first-come order)."""
    return replace(b, events=tuple(replace(e, participants=(*e.participants, "Quirin Fremd")) for e in b.events))


def _stranger(b: Briefing) -> Briefing:
    return replace(b, persons=(*b.persons, Person(id="p-fremd", name="Quirin Fremd", evidence=b.persons[0].evidence)))


def _alias(b: Briefing) -> Briefing:
    """A person's spelling list naming a recurring person (the first-come alias table)."""
    return replace(b, persons=tuple(replace(p, aliases=(*p.aliases, "Quirin Fremd", b.persons[-1].name.split()[-1]))
                                    for p in b.persons[:1]) + b.persons[1:])


def _rejected(b: Briefing) -> Briefing:
    return replace(b, persons=tuple(replace(p, review="rejected") for p in b.persons[:1]) + b.persons[1:])


def _undated(b: Briefing) -> Briefing:
    return replace(b, published=None, reference_date=None)


def _oldest(b: Briefing) -> Briefing:
    return replace(b, published="2001-01-01", reference_date=None)


def _same_slug(b: Briefing) -> Briefing:
    """Another person whose address is that of "Quirin Fremd" (one slug group: -2 by first sighting)."""
    return replace(b, persons=(*b.persons, Person(id="p-punkt", name="Quirin.Fremd", evidence=b.persons[0].evidence)))


def _numbered_slug(b: Briefing) -> Briefing:
    """A person whose own address is a number of another's ("quirin-fremd-2")."""
    return replace(b, persons=(*b.persons, Person(id="p-zwei", name="Quirin Fremd 2", evidence=b.persons[0].evidence)))


VARIANTS = (_same_slug, _numbered_slug, _bare_surname, _namesake, _other_country, _renamed, _participant,
            _stranger, _alias, _rejected, _undated, _oldest)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_additions_removals_and_versions_equal_fresh_corpora(briefings: list[Briefing],
                                                                     data: st.DataObject) -> None:
    pool = list(briefings[:16])
    variants = {(b.slug, v.__name__): v(b) for b in briefings[:16] if b.persons and b.events for v in VARIANTS}
    now = data.draw(st.lists(st.sampled_from(pool), min_size=4, max_size=12, unique_by=lambda b: b.slug))
    last = _built(now)
    for _ in range(data.draw(st.integers(2, 6))):
        kind = data.draw(st.sampled_from(["add", "remove", "version"]))
        slugs = {b.slug for b in now}
        if kind == "add" and len(slugs) < len(pool):
            now = [*now, data.draw(st.sampled_from([b for b in pool if b.slug not in slugs]))]
        elif kind == "remove" and len(now) > 2:
            gone = data.draw(st.sampled_from(now))
            now = [b for b in now if b is not gone]
        else:
            slug, name = data.draw(st.sampled_from(sorted(variants)))
            version = variants[(slug, name)]
            original = next(b for b in pool if b.slug == slug)
            if slug in slugs:
                current = next(b for b in now if b.slug == slug)
                now = [b for b in now if b.slug != slug] + [original if current is version else version]
            else:
                now = [*now, version]
        found = patched_for(last, now)
        if found is not None:
            _same(found, now)
        last = found if found is not None else _built(now)



def test_removing_the_alias_a_later_briefing_found_its_person_under_builds_afresh(
        briefings: list[Briefing]) -> None:
    """One briefing's spelling list sets "Quirin Fremd" as another name of its person; a briefing read after
    it names a Quirin Fremd and finds that person.  Without the first briefing's list he is a person of his
    own, so putting its plain version back must not keep him merged (found by hypothesis, session 12)."""
    by_number = {b.slug[:5]: b for b in briefings}
    others = [by_number[n] for n in ("00001", "00002", "00003")]
    first, aliased, stranger = by_number["00000"], _alias(by_number["00000"]), _stranger(by_number["00008"])
    last = _built([*others, aliased])
    now = [*others, aliased, stranger]
    last = patched_for(last, now) or _built(now)
    plain = [*others, first, stranger]
    found = patched_for(last, plain)
    if found is not None:
        _same(found, plain)
    fremd = _built(plain).find("Quirin Fremd")
    assert fremd is not None and fremd.name == "Quirin Fremd"


def test_a_version_read_before_the_alias_it_was_found_under_builds_afresh(briefings: list[Briefing]) -> None:
    """The other direction: a briefing now naming a Quirin Fremd comes in at a place read before the
    spelling list that made "Quirin Fremd" another name of someone else; there he is a person of his own."""
    by_number = {b.slug[:5]: b for b in briefings}
    aliased = _alias(by_number["00000"])
    now = [aliased, by_number["00001"], by_number["00002"], by_number["00003"]]
    last = _built(now)
    then = [aliased, by_number["00001"], by_number["00002"], _stranger(by_number["00003"])]
    found = patched_for(last, then)
    if found is not None:
        _same(found, then)

# Under serve ---------------------------------------------------------------------------------------


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def test_serve_patches_the_corpus_for_new_and_deleted_briefings(workdir: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")  # the patched corpus and kept pages compared with fresh ones
    project = small_project(workdir / "project", 14)
    folder = project / "content" / "briefings"
    files = sorted(folder.glob("*.md"))
    texts = {path: path.read_text(encoding="utf-8") for path in files}
    dated = sorted(files, key=lambda p: (re.search(r"^published: '?([\d-]+)", texts[p], re.M) or [""])[1] or "")
    newest, oldest, middle = dated[-1], dated[0], dated[len(dated) // 2]
    for path in (newest, oldest, middle):
        path.unlink()
    session = Session(project, workdir / "site")
    session.build()
    steps = [("new newest", newest, True), ("new oldest", oldest, True), ("new in the middle", middle, True),
             ("delete newest", newest, False), ("delete oldest", oldest, False), ("delete middle", middle, False)]
    inserted = []
    for name, path, adding in steps:
        if adding:
            path.write_text(texts[path], encoding="utf-8")
        else:
            path.unlink()
        assert session.build(), name
        plugin = session.plugin()
        assert not plugin.corpus_reuse.differences, name
        inserted.append(plugin.corpus_reuse.inserted_last)
        found = differences(workdir / "site", clean_build(project, workdir))
        assert not found, f"after {name}: {found[:10]}"
    assert inserted[0] and inserted[3], inserted  # the newest briefing added and deleted: patched
    # A rename: the old version out, the new one in (a new actor, the old one gone).
    text = texts[middle]
    middle.write_text(text, encoding="utf-8")
    assert session.build()
    middle.write_text(re.sub(r"^- name: (.*)$", r"- name: Quirin \1", text, count=1, flags=re.M), encoding="utf-8")
    assert session.build()
    assert not session.plugin().corpus_reuse.differences
    found = differences(workdir / "site", clean_build(project, workdir))
    assert not found, f"after the rename: {found[:10]}"


def test_a_renamed_briefing_continues_the_last_merge(briefings: list[Briefing]) -> None:
    """A rename is the old version out and the new one in: the merge still continues from the last
    build's log (not from its first report), and the result equals a fresh corpus."""
    last = _built(briefings)
    newest = max((b for b in briefings if b.events), key=lambda b: (b.published or "", b.slug))
    now = [_renamed(b) if b is newest else b for b in briefings]
    found = patched_for(last, now)
    assert found is not None and TODAY in found.earlier
    log = found.picture(TODAY).log
    assert log is not None and log.replayed_from > 0
    _same(found, now)
