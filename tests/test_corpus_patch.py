"""The last build's corpus patched with briefings whose edit changed only text equals a corpus built
afresh (`picture.corpus_patch`); a structural edit is never patched; under serve a text edit takes
the patched corpus and the site still equals a clean build."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from support.incremental import TODAY, Session, clean_build, differences, small_project

from lagebild.briefing.content import load_content
from lagebild.briefing.model import Briefing
from lagebild.picture import corpus_patch
from lagebild.picture.corpus import Corpus
from lagebild.picture.corpus_patch import changed_names_only, corpus_state, events_kept, patched
from lagebild.site import last_good
from lagebild.site.incremental import page_inputs
from lagebild.site.incremental.input_cache import InputCache
from lagebild.site.incremental.page_inputs import page_fingerprints

Edit = Callable[[Briefing], Briefing]


def _retitle(b: Briefing) -> Briefing:
    return replace(b, title=f"Neu: {b.title}", summary="Anders zusammengefasst.")


def _role(b: Briefing) -> Briefing:
    return replace(b, persons=tuple(replace(p, role=f"Rolle {i}", evidence=f"Satz {i}.")
                                    for i, p in enumerate(b.persons)))


def _event_evidence(b: Briefing) -> Briefing:
    return replace(b, events=tuple(replace(e, evidence=f"Beleg {i}.", review="verified")
                                   for i, e in enumerate(b.events)))


def _quote_text(b: Briefing) -> Briefing:
    return replace(b, quotes=tuple(replace(q, text=f"Zitat {i}", review="guessed") for i, q in enumerate(b.quotes)))


TEXT_EDITS: tuple[Edit, ...] = (_retitle, _role, _event_evidence, _quote_text)


def _rename(b: Briefing) -> Briefing:
    return replace(b, persons=tuple(replace(p, name=f"Quirin {p.name}") for p in b.persons[:1]) + b.persons[1:])


def _event_date(b: Briefing) -> Briefing:
    return replace(b, events=tuple(replace(e, date="2019-01-15") for e in b.events[:1]) + b.events[1:])


def _event_summary(b: Briefing) -> Briefing:  # summary words decide merges
    return replace(b, events=tuple(replace(e, summary="Treffen der Fischer") for e in b.events[:1]) + b.events[1:])


def _event_kind(b: Briefing) -> Briefing:
    return replace(b, events=tuple(replace(e, kind="call", status="planned") for e in b.events))


# The names stay, the event merge must run again (the corpus is patched, its merged events are not).
EVENT_EDITS: tuple[Edit, ...] = (_event_date, _event_summary, _event_kind)


def _reject(b: Briefing) -> Briefing:
    return replace(b, persons=tuple(replace(p, review="rejected") for p in b.persons[:1]) + b.persons[1:])


def _published(b: Briefing) -> Briefing:
    return replace(b, published="2001-01-01")


def _reject_event(b: Briefing) -> Briefing:
    return replace(b, events=tuple(replace(e, review="rejected") for e in b.events[:1]) + b.events[1:])


def _participant(b: Briefing) -> Briefing:
    return replace(b, events=tuple(replace(e, participants=(*e.participants, "Quirin Neu")) for e in b.events[:1])
                   + b.events[1:])


STRUCTURAL_EDITS: tuple[Edit, ...] = (_rename, _reject, _published, _reject_event, _participant)


@pytest.fixture(scope="module")
def briefings(tmp_path_factory: pytest.TempPathFactory) -> list[Briefing]:
    project = small_project(tmp_path_factory.mktemp("patch") / "project", 14)
    return load_content(project / "content").briefings


def _built(briefings: list[Briefing]) -> Corpus:
    corpus = Corpus(briefings)
    corpus.stories(TODAY)  # what a build leaves worked out
    return corpus


@pytest.mark.parametrize("edit", TEXT_EDITS, ids=lambda e: e.__name__)
def test_a_text_edit_patches_to_the_fresh_corpus(briefings: list[Briefing], edit: Edit) -> None:
    last = _built(briefings)
    for index in range(len(briefings)):  # each briefing in turn, and two at once
        now = list(briefings)
        for target in {index, (index * 5 + 3) % len(now)}:
            now[target] = edit(now[target])
        changed = changed_names_only(last, now)
        assert changed is not None and set(changed) == {b.slug for b, old in zip(now, briefings) if b is not old}
        assert events_kept(last, changed)
        assert corpus_state(patched(last, changed, TODAY), TODAY) == corpus_state(Corpus(now), TODAY)


@pytest.mark.parametrize("edit", EVENT_EDITS, ids=lambda e: e.__name__)
def test_an_event_edit_patches_the_corpus_and_merges_again(briefings: list[Briefing], edit: Edit) -> None:
    last = _built(briefings)
    for index in (i for i, b in enumerate(briefings) if b.events):
        now = list(briefings)
        now[index] = edit(now[index])
        changed = changed_names_only(last, now)
        assert changed is not None and list(changed) == [now[index].slug]
        assert not events_kept(last, changed)
        assert corpus_state(patched(last, changed, TODAY, events=False), TODAY) == corpus_state(Corpus(now), TODAY)


def test_patches_build_on_patches(briefings: list[Briefing]) -> None:
    corpus, now = _built(briefings), list(briefings)
    for step, edit in enumerate((TEXT_EDITS + EVENT_EDITS) * 2):
        target = (step * 3) % len(now)
        now[target] = edit(now[target])
        changed = changed_names_only(corpus, now)
        assert changed is not None
        corpus = patched(corpus, changed, TODAY, events_kept(corpus, changed))
        assert corpus_state(corpus, TODAY) == corpus_state(Corpus(now), TODAY)


def test_kept_actor_keys_equal_fresh_ones_through_patches(briefings: list[Briefing],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """An actor kept by a patched corpus keeps its key (`PageInputs.actor_key`) only while it would
    digest the same: every page's fingerprint equals one worked out with nothing kept."""
    monkeypatch.setattr(last_good, "serving", True)

    def fingerprints(corpus: Corpus, owns: InputCache) -> dict[str, str]:
        digests = {b.slug: f"file {b.slug} {hash(b)}" for b in corpus.briefings}
        return page_fingerprints(corpus, digests, {}, TODAY, "global", owns)

    corpus, now, owns = _built(briefings), list(briefings), InputCache()
    fingerprints(corpus, owns)
    reused = 0
    for step, edit in enumerate((TEXT_EDITS + EVENT_EDITS) * 2):
        target = (step * 3) % len(now)
        now[target] = edit(now[target])
        changed = changed_names_only(corpus, now)
        assert changed is not None
        last_inputs = dict(owns.actor_inputs)
        corpus = patched(corpus, changed, TODAY, events_kept(corpus, changed))
        assert fingerprints(corpus, owns) == fingerprints(corpus, InputCache()), f"step {step}: a kept key is stale"
        reused += sum(found[0] is owns.actor_inputs[path][0] for path, found in last_inputs.items()
                      if path in owns.actor_inputs)
        assert all(found[0] is corpus.actors[key] for key, found in
                   zip(corpus.actors, (owns.actor_inputs[a.path] for a in corpus.actors.values())))
    assert reused, "no actor object was kept by a patch: the shortcut was never tried"


@pytest.mark.parametrize("edit", STRUCTURAL_EDITS, ids=lambda e: e.__name__)
def test_a_structural_edit_is_never_patched(briefings: list[Briefing], edit: Edit) -> None:
    last = _built(briefings)
    # a briefing with persons, events and a date, so that each edit changes something
    target = next(i for i, b in enumerate(briefings) if b.persons and b.events and b.published)
    now = list(briefings)
    now[target] = edit(now[target])
    assert changed_names_only(last, now) is None


def test_a_briefing_added_or_removed_is_never_patched(briefings: list[Briefing]) -> None:
    last = _built(briefings)
    assert changed_names_only(last, briefings[1:]) is None
    assert changed_names_only(last, [*briefings[1:], replace(briefings[0], slug="anders")]) is None


# Under serve ---------------------------------------------------------------------------------------


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def _edit(project: Path, pattern: str, new: str, index: int = 0) -> None:
    path = sorted((project / "content" / "briefings").glob("*.md"))[index]
    text, count = re.subn(pattern, new, path.read_text(encoding="utf-8"), count=1, flags=re.MULTILINE)
    assert count
    path.write_text(text, encoding="utf-8")


def test_serve_takes_the_patched_corpus_for_text_edits_only(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")  # kept pages and the patched corpus compared with fresh ones
    project = small_project(workdir / "project", 10)
    session = Session(project, workdir / "site")
    session.build()
    steps: list[tuple[str, str, str, int, bool]] = [
        ("title", r"^title: .*$", "title: 'Neu'", 0, True),
        ("role", r"^(  role: ).*$", r"\g<1>Rolle neu", 2, True),
        ("review", r"^(  review: )extracted$", r"\g<1>verified", 3, True),
        ("event month", r"^(- date: '\d{4})-\d\d", r"\g<1>-11", 5, True),  # the events merged again
        ("rename", r"^- name: (.*)$", r"- name: Quirin \1", 4, False),
        ("title again", r"^title: .*$", "title: 'Wieder'", 4, True),
    ]
    for name, old, new, index, takes_patch in steps:
        _edit(project, old, new, index)
        assert session.build()
        assert session.plugin().corpus_reuse.patched_last is takes_patch, name
        found = differences(workdir / "site", clean_build(project, workdir))
        assert not found, f"after {name}: {found[:10]}"


def test_audit_mode_catches_a_wrong_patch(workdir: Path, monkeypatch: pytest.MonkeyPatch,
                                          caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")
    project = small_project(workdir / "project", 8)
    session = Session(project, workdir / "site")
    session.build()
    # A patch that keeps the old merged events (and so the old briefing in their reports).
    monkeypatch.setattr(corpus_patch, "refinished", lambda merged, reports, today, language: merged)
    index = next(i for i, path in enumerate(sorted((project / "content" / "briefings").glob("*.md")))
                 if "\nevents:\n- " in path.read_text(encoding="utf-8"))
    _edit(project, r"^title: .*$", "title: 'Neu'", index)
    with pytest.raises(Exception, match="Aborted"):
        session.build()
    assert "corpus patched for" in caplog.text and "differs from a fresh one" in caplog.text


@pytest.mark.parametrize("edit", TEXT_EDITS, ids=lambda e: e.__name__)
def test_page_metas_of_a_patched_corpus_equal_a_fresh_corpus(briefings: list[Briefing], edit: Edit) -> None:
    """page_metas keeps an actor's meta by the actor object: after a patch it keeps those of the
    actors the patch kept, and every meta equals the one of a corpus built afresh."""
    from lagebild.site import page_meta

    last = _built(briefings)
    for index in range(0, len(briefings), 3):
        now = list(briefings)
        now[index] = edit(now[index])
        changed = changed_names_only(last, now)
        assert changed is not None
        patched_corpus = patched(last, changed, TODAY)
        before = page_meta.page_metas(last, "de")
        metas = page_meta.page_metas(patched_corpus, "de")
        old = {id(actor) for actor in last.actors.values()}
        untouched = [a.path for a in patched_corpus.actors.values() if id(a) in old]
        assert untouched and all(metas[path] is before[path] for path in untouched)
        page_meta._actor_metas.clear()
        assert metas == page_meta.page_metas(Corpus(now), "de")


def test_corpora_built_afresh_replay_the_merge_and_keep_digests_only_while_links_hold(
        briefings: list[Briefing], monkeypatch: pytest.MonkeyPatch) -> None:
    """A corpus built afresh (a new, deleted or renamed briefing) continues the last merge
    (`picture.merge_log`) and keeps its untouched merged events as the very objects; their digests
    (`PageInputs._merged_digests`) are kept only while their place, participants and timeline page
    link as before: every page's fingerprint equals one worked out with nothing kept."""
    monkeypatch.setattr(last_good, "serving", True)

    def fingerprints(corpus: Corpus, owns: InputCache) -> dict[str, str]:
        digests = {b.slug: f"file {b.slug} {hash(b)}" for b in corpus.briefings}
        return page_fingerprints(corpus, digests, {}, TODAY, "global", owns)

    corpus, now, owns = _built(briefings), list(briefings), InputCache()
    fingerprints(corpus, owns)
    kept = 0
    steps: list[Callable[[list[Briefing]], list[Briefing]]] = [
        lambda b: b[1:], lambda b: [*b, briefings[0]],  # deleted, added again (the newest and the oldest)
        *(lambda b, edit=edit, at=at: [edit(x) if i == at else x for i, x in enumerate(b)]
          for at, edit in enumerate(STRUCTURAL_EDITS + EVENT_EDITS)),
        lambda b: b[:-3], lambda b: [*b, *briefings[-3:]]]
    for step, change in enumerate(steps):
        now = change(now)
        fresh = Corpus(now)
        fresh.earlier = dict(corpus._pictures)  # what corpus_reuse hands a corpus built afresh
        before = {id(m) for m in corpus.picture(TODAY).events}
        assert corpus_state(fresh, TODAY) == corpus_state(Corpus(now), TODAY), f"step {step}"
        kept += sum(id(m) in before for m in fresh.picture(TODAY).events)
        assert fingerprints(fresh, owns) == fingerprints(fresh, InputCache()), f"step {step}: a kept digest is stale"
        corpus = fresh
    assert kept, "no merged event was kept by a replay: the shortcut was never tried"


def test_an_actor_built_again_keeps_its_key_while_its_fields_read_the_same(
        briefings: list[Briefing], monkeypatch: pytest.MonkeyPatch) -> None:
    """A corpus built afresh has new actor objects: an actor whose fields, briefings and the rest its
    key reads compare equal keeps the last key without digesting it again; one with another spelling
    (a field no briefing's own part shows) gets its key worked out again."""
    monkeypatch.setattr(last_good, "serving", True)
    digests = {b.slug: f"file {b.slug}" for b in briefings}
    owns = InputCache()
    page_fingerprints(Corpus(briefings), digests, {}, TODAY, "global", owns)
    real, made = page_inputs.digest, []

    def counted(*parts: object) -> str:
        made.append(tuple(map(str, parts[1:3])))
        return real(*parts)

    for step in ("same", "spelled"):
        again = Corpus(briefings)
        changed = next(a for a in again.actors.values() if a.kind == "person")
        if step == "spelled":
            changed.spellings.add("Quirin")
        made.clear()
        monkeypatch.setattr(page_inputs, "digest", counted)
        kept = page_fingerprints(again, digests, {}, TODAY, "global", owns)
        monkeypatch.setattr(page_inputs, "digest", real)
        assert kept == page_fingerprints(again, digests, {}, TODAY, "global", InputCache())
        keys = [parts for parts in made if parts in {(a.kind, a.slug) for a in again.actors.values()}]
        assert keys == ([] if step == "same" else [(changed.kind, changed.slug)])


def test_page_metas_of_corpora_built_afresh_equal_fresh_ones(briefings: list[Briefing]) -> None:
    """A corpus built afresh has new actor objects: an actor's meta is kept while what it reads
    (name, events, each mention's briefing and role) compares equal, and equals a fresh one."""
    from lagebild.site import page_meta

    page_meta.page_metas(Corpus(briefings), "de")
    for now in (briefings[1:], briefings, [*briefings[:3], _role(briefings[3]), *briefings[4:]]):
        before = dict(page_meta._actor_metas)
        metas = page_meta.page_metas(Corpus(now), "de")
        assert any(metas[path] is found[3] for path, found in before.items() if path in metas)  # kept
        page_meta._actor_metas.clear()
        assert metas == page_meta.page_metas(Corpus(now), "de")
