"""The event merge continued from the last build's log (`picture.merge_log`) equals a merge of all
reports again, after any sequence of added, deleted and changed briefings; and a corpus built afresh
or patched under serve replays its merge from the last one's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.briefing.model import Briefing, Event, Place, SourceInfo
from lagebild.picture.corpus import Corpus
from lagebild.picture.corpus_patch import corpus_state, patched
from lagebild.picture.events_merge import EventPicture, merge_events
from lagebild.site import last_good
from lagebild.site.incremental.input_cache import InputCache
from lagebild.site.incremental.page_inputs import page_fingerprints

TODAY = "2025-07-01"
NAMES = ("Selenskyj", "Zelensky", "Putin", "Witkoff", "Umerov", "Merz", "Macron", "Kellogg")
PLACES = (None, "Kiew", "Kyiv", "Moskau", "Genf")
WORDS = ("Treffen der Außenminister", "Gespräch über Waffenruhe", "Gipfel in Genf", "Telefonat", "")
DAYS = ("2025-06-01", "2025-06-02", "2025-06-03", "2025-06", "2025-07-10", None)


def _resolve(name: str, briefing: Briefing) -> tuple[str, str]:
    return (f"person-{name[:3].lower()}", name)  # Selenskyj and Zelensky are two actors here


def _state(picture: EventPicture) -> list[object]:
    return [(m.id, m.date, m.kind, m.status, m.summary, m.place, m.language, m.participants, m.disagreements,
             [(id(r.briefing), id(r.event)) for r in m.reports]) for m in picture.events] + \
        [sorted((key, m.id) for key, m in picture.by_report.items())]


event_strategy = st.builds(
    lambda day, kind, names, place, words, status: (day, kind, names, place, words, status),
    st.sampled_from(DAYS), st.sampled_from(("meeting", "talks", "call", "speech")),
    st.lists(st.sampled_from(NAMES), max_size=3, unique=True), st.sampled_from(PLACES), st.sampled_from(WORDS),
    st.sampled_from(("planned", "past")))
briefing_strategy = st.tuples(st.integers(0, 6), st.lists(event_strategy, min_size=1, max_size=3))


def _briefing(number: int, published: int, events: list[tuple[object, ...]]) -> Briefing:
    return Briefing(slug=f"b{number:03d}", title=f"B{number}", language="de", published=f"2025-06-{published + 1:02d}",
                    source=SourceInfo(file=f"b{number}.txt", outlet=f"O{number % 3}"),
                    events=tuple(Event(id=f"e{i}", date=day, kind=kind, status=status,  # type: ignore[arg-type]
                                       participants=tuple(names), place=place, summary=words)  # type: ignore[arg-type]
                                 for i, (day, kind, names, place, words, status) in enumerate(events)))


edit_strategy = st.one_of(
    st.tuples(st.just("add"), briefing_strategy),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("change"), st.integers(0, 50), briefing_strategy))


@given(st.lists(briefing_strategy, min_size=1, max_size=25), st.lists(edit_strategy, min_size=1, max_size=6),
       st.booleans())
@settings(max_examples=120, deadline=None)
def test_a_replayed_merge_equals_a_merge_of_everything(start: list[tuple[int, list[tuple[object, ...]]]],
                                                      edits: list[tuple[object, ...]], with_links: bool) -> None:
    briefings = [_briefing(n, published, events) for n, (published, events) in enumerate(start)]
    same = (frozenset({("b000", "e0"), ("b001", "e0")}),) if with_links else ()
    apart = (frozenset({("b002", "e0"), ("b003", "e0")}),) if with_links else ()
    picture = merge_events(briefings, _resolve, TODAY, "de", same, apart)
    number = len(briefings)
    for edit in edits:
        if edit[0] == "add":
            published, events = edit[1]  # type: ignore[misc]
            briefings.append(_briefing(number, published, events))
            number += 1
        elif edit[0] == "delete" and len(briefings) > 1:
            del briefings[edit[1] % len(briefings)]  # type: ignore[operator]
        elif edit[0] == "change":
            at = edit[1] % len(briefings)  # type: ignore[operator]
            published, events = edit[2]  # type: ignore[misc]
            briefings[at] = replace(_briefing(0, published, events), slug=briefings[at].slug)
        replayed = merge_events(briefings, _resolve, TODAY, "de", same, apart, earlier=picture)
        fresh = merge_events(briefings, _resolve, TODAY, "de", same, apart)
        assert _state(replayed) == _state(fresh)
        assert picture.log is not None and picture.log.spent  # never replayed twice
        picture = replayed


def test_a_new_newest_briefing_replays_only_its_own_reports() -> None:
    briefings = [_briefing(n, n % 5, [("2025-06-02", "meeting", ["Putin", "Witkoff"], "Moskau", WORDS[0], "past"),
                                      ("2025-06-20", "speech", [f"X{n:02d}"], None, "", "past")])
                 for n in range(40)]
    picture = merge_events(briefings, _resolve, TODAY)
    newest = _briefing(99, 6, [("2025-06-02", "talks", ["Putin"], None, "", "past"),
                               ("2025-06-03", "call", ["Merz"], None, "", "past")])
    replayed = merge_events([*briefings, newest], _resolve, TODAY, earlier=picture)
    assert replayed.log is not None and replayed.log.replayed_from == 80
    assert _state(replayed) == _state(merge_events([*briefings, newest], _resolve, TODAY))
    # The speeches are the very objects of the last merge; the meeting the new report joined is new.
    assert sum(any(m is o for o in picture.events) for m in replayed.events) == 40 == len(replayed.events) - 2
    assert replayed.of(briefings[0], briefings[0].events[0]) is not picture.of(briefings[0], briefings[0].events[0])
    gone = merge_events(briefings, _resolve, TODAY, earlier=replayed)  # deleted again
    assert gone.log is not None and gone.log.replayed_from == 80
    assert _state(gone) == _state(picture)
    other_day = merge_events(briefings, _resolve, "2025-08-01", earlier=gone)  # another build date: all again
    assert other_day.log is not None and other_day.log.replayed_from == 0 and not gone.log.spent


def test_corpora_built_afresh_or_patched_replay_the_last_merge() -> None:
    events = [("2025-06-02", "meeting", ["Putin", "Witkoff"], "Moskau", WORDS[0], "past")]
    briefings = [_briefing(n, n % 5, events) for n in range(12)]
    first = Corpus(briefings)
    first.picture(TODAY)
    grown = [*briefings, _briefing(50, 6, events)]
    second = Corpus(grown)
    second.earlier = dict(first._pictures)  # what corpus_reuse hands a corpus built afresh
    assert corpus_state(second, TODAY) == corpus_state(Corpus(grown), TODAY)
    assert second.picture(TODAY).log.replayed_from == 12  # type: ignore[union-attr]
    moved = replace(grown[-1], events=(replace(grown[-1].events[0], date="2022-06-15"),))
    third = patched(second, {moved.slug: moved}, TODAY, events=False)
    changed = [*briefings, moved]
    assert corpus_state(third, TODAY) == corpus_state(Corpus(changed), TODAY)
    assert third.picture(TODAY).log.replayed_from == 12  # type: ignore[union-attr]
    retitled = replace(moved, title="Anders")
    fourth = patched(third, {moved.slug: retitled}, TODAY, events=True)  # the log goes on with the patch
    assert fourth.picture(TODAY).log is third.picture(TODAY).log
    fifth = Corpus(briefings)
    fifth.earlier = dict(fourth._pictures)
    assert corpus_state(fifth, TODAY) == corpus_state(Corpus(briefings), TODAY)
    assert fifth.picture(TODAY).log.replayed_from == 12  # type: ignore[union-attr]


def test_a_kept_merged_event_gets_a_new_digest_when_its_place_links_differently(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A merged event a replay keeps as the very object may still show another place link (the place
    page's name, chosen from all briefings, changed): its digest is worked out again."""
    monkeypatch.setattr(last_good, "serving", True)
    summit = replace(_briefing(1, 0, [("2025-06-02", "meeting", ["Putin"], "Kiew", WORDS[0], "past")]),
                     places=(Place(id="p1", name="Kiew"),))
    others = [replace(_briefing(n, 1, [("2025-06-10", "call", ["Merz"], None, "", "past")]),
                      places=(Place(id="p1", name="Kyiv"),)) for n in (2, 3)]

    def fingerprints(corpus: Corpus, owns: InputCache) -> dict[str, str]:
        return page_fingerprints(corpus, {b.slug: b.slug for b in corpus.briefings}, {}, TODAY, "global", owns)

    first, owns = Corpus([summit, others[0]]), InputCache()
    fingerprints(first, owns)
    second = Corpus([summit, *others])  # now „Kyiv“ is the place's name: the summit's row links it so
    second.earlier = dict(first._pictures)
    assert second.picture(TODAY).of(summit, summit.events[0]) is first.picture(TODAY).of(summit, summit.events[0])
    assert second.find_place("Kiew").name != first.find_place("Kiew").name  # type: ignore[union-attr]
    assert fingerprints(second, owns) == fingerprints(second, InputCache())


def test_a_replay_keeps_the_inputs_of_unchanged_reports_while_their_names_resolve_the_same() -> None:
    """A report whose briefing and event are the last merge's very objects keeps its `MergeInput`
    object (not made again); when a name of it resolves otherwise (an alias, a new actor elsewhere)
    its input is made again, and the replay equals a merge of everything with the new resolution."""
    events = [("2025-06-02", "meeting", ["Putin", "Witkoff"], "Moskau", WORDS[0], "past"),
              ("2025-06-03", "call", ["Merz", "Macron"], None, WORDS[3], "past")]
    briefings = [_briefing(n, n % 5, events) for n in range(10)]
    picture = merge_events(briefings, _resolve, TODAY)
    assert picture.log is not None
    before = list(picture.log.inputs)
    retitled = [*briefings[:-1], replace(briefings[-1], title="Anders")]
    same = merge_events(retitled, _resolve, TODAY, earlier=picture)
    assert same.log is not None
    kept = [found for found in same.log.inputs if any(found is old for old in before)]
    assert len(kept) == len(before) - 2  # all but the retitled briefing's two reports
    assert _state(same) == _state(merge_events(retitled, _resolve, TODAY))

    def merz_is_macron(name: str, briefing: Briefing) -> tuple[str, str]:
        return ("person-mac", "Macron") if name == "Merz" else _resolve(name, briefing)

    last = list(same.log.inputs)  # (the replay takes the spent log's lists over)
    resolved = merge_events(retitled, merz_is_macron, TODAY, earlier=same)
    assert resolved.log is not None
    again = [any(found is old for old in last) for found in resolved.log.inputs]
    assert again == ["Merz" not in found.report.event.participants for found in resolved.log.inputs]
    assert _state(resolved) == _state(merge_events(retitled, merz_is_macron, TODAY))
    assert [m.participants for m in resolved.events] != [m.participants for m in same.events]
