"""The cross-briefing model as pure functions: name identity across spellings, event merging by date."""

from __future__ import annotations

import time

import pytest

from lagebild.briefing.model import Briefing, Event, SourceInfo
from lagebild.picture.events_merge import merge_events, status_on
from lagebild.picture.identity import Sighting, identity_key, kept_apart, role_key


@pytest.mark.parametrize("spellings", [
    ["Selenskyj", "Zelensky", "Zelenskyy", "Zelenskiy", "Selenskij"],
    ["Wolodymyr Selenskyj", "Volodymyr Zelensky"],
    ["Umjerow", "Umerov", "Umerow"],
    ["Kirill Dmitrijew", "Kirill Dmitriev"],
    ["Sergej Lawrow", "Sergei Lavrov"],
    ["Kreml", "Kremlin"],
    ["Koalition der Willigen", "Coalition of the Willing"],
    ["Europäischer Rat", "European Council"],
    ["Kiew", "Kyiv", "Kiev"],
    ["Steve Witkoff", "Steve Witkof"],
])
def test_spellings_of_one_actor_share_one_key(spellings: list[str]) -> None:
    assert len({identity_key(s) for s in spellings}) == 1


@pytest.mark.parametrize("first, second", [
    ("Friedrich Merz", "Friedrich März"), ("Kiew", "Moskau"), ("Kreml", "Weißes Haus"), ("Umerov", "Umarov"),
    ("Wertx", "Wertxxxx"),  # a run of letters is no doubled letter
])
def test_different_names_keep_different_keys(first: str, second: str) -> None:
    assert identity_key(first) != identity_key(second)


def test_roles_in_both_languages_are_one_role() -> None:
    assert len({role_key(r) for r in ("Präsident", "President", "Staatschef", "president",
                                      "ukrainischer Präsident")}) == 1
    assert role_key("US-Sondergesandter") == role_key("special envoy")
    assert role_key("Vizepräsident") != role_key("Präsident")


def test_contradicting_countries_keep_a_folded_name_apart() -> None:
    apart, duplicates = kept_apart([Sighting("Sergej Iwanow", "RU", "a"), Sighting("Sergei Ivanov", "UA", "b"),
                                    Sighting("Kirill Dmitrijew", "RU", "a"), Sighting("Kirill Dmitriev", None, "b")])
    assert apart == {"sergej iwanow", "sergei ivanov"}
    assert [(d.names, d.reason, d.countries) for d in duplicates] == [
        (("Sergei Ivanov", "Sergej Iwanow"), "countries", ("RU", "UA"))]


def _briefing(slug: str, published: str, *events: Event, language: str = "de") -> Briefing:
    return Briefing(slug=slug, title=slug, language=language, published=published,
                    source=SourceInfo(file=f"{slug}.txt", outlet=slug.upper()), events=events)


def _event(key: str, date: str | None, *participants: str, kind: str = "meeting", status: str = "planned",
           place: str | None = None, summary: str = "") -> Event:
    return Event(id=f"e-{key}", date=date, kind=kind, status=status,  # type: ignore[arg-type]
                 participants=participants, place=place, summary=summary)


def _by_name(name: str, briefing: Briefing) -> tuple[str, str]:
    return (identity_key(name), name)


def _groups(briefings: list[Briefing], today: str = "2026-01-01") -> list[list[str]]:
    picture = merge_events(briefings, _by_name, today)
    return sorted(sorted(f"{r.briefing.slug}:{r.event.id}" for r in m.reports) for m in picture.events)


def test_same_day_and_a_participant_list_inside_the_other_is_one_occurrence() -> None:
    groups = _groups([_briefing("a", "2025-12-30", _event("1", "2026-01-03", "Koalition der Willigen")),
                      _briefing("b", "2026-01-02", _event("2", "2026-01-03", "Coalition of the Willing", "Umerov"))])
    assert groups == [["a:e-1", "b:e-2"]]


def test_other_meetings_on_the_same_day_stay_apart() -> None:
    groups = _groups([_briefing("a", "2026-01-02", _event("1", "2026-01-03", "Merz", "Selenskyj")),
                      _briefing("b", "2026-01-02", _event("2", "2026-01-03", "Macron", "Selenskyj")),
                      _briefing("c", "2026-01-02", _event("3", "2026-01-03", "Merz", "Selenskyj", kind="call"))])
    assert len(groups) == 3  # one shared person is not enough; a call is no meeting


def test_neighbouring_days_and_month_only_dates_need_stronger_evidence() -> None:
    weak = _groups([_briefing("a", "2026-01-02", _event("1", "2026-01-05", "Koalition der Willigen")),
                    _briefing("b", "2026-01-02", _event("2", "2026-01-06", "Koalition der Willigen"))])
    assert len(weak) == 2
    strong = _groups([_briefing("a", "2026-01-02", _event("1", "2026-01-05", "Koalition der Willigen", place="Paris")),
                      _briefing("b", "2026-01-03", _event("2", "2026-01-06", "Koalition der Willigen", place="Paris")),
                      _briefing("c", "2025-12-20", _event("3", "2026-01", "Coalition of the Willing", place="Paris"))])
    assert strong == [["a:e-1", "b:e-2", "c:e-3"]]


def test_one_article_is_never_merged_with_itself_and_undated_events_stay_alone() -> None:
    groups = _groups([_briefing("a", "2026-01-02", _event("1", "2026-01-03", "Merz"), _event("2", "2026-01-03", "Merz"),
                                _event("3", None, "Merz")),
                      _briefing("b", "2026-01-02", _event("4", None, "Merz"))])
    assert groups == [["a:e-1"], ["a:e-2"], ["a:e-3"], ["b:e-4"]]


def test_best_date_is_the_most_precise_from_the_latest_source_and_disagreement_is_kept() -> None:
    picture = merge_events([
        _briefing("dpa", "2026-01-02", _event("1", "2026-01-05", "Koalition der Willigen", place="Paris")),
        _briefing("ap", "2026-01-07", _event("2", "2026-01-06", "Coalition of the Willing", place="Paris",
                                             status="past"), language="en"),
        _briefing("early", "2025-12-01", _event("3", "2026-01", "Koalition der Willigen", place="Paris"))],
        _by_name, "2026-01-10")
    (event,) = picture.events
    assert event.date == "2026-01-06" and event.status == "past"
    assert [(d.field, d.values) for d in event.disagreements] == [
        ("date", (("DPA", "2026-01-05"), ("AP", "2026-01-06")))]
    assert event.reports[0].briefing.slug == "early"  # the id stays with the first report


@pytest.mark.parametrize("date, reported, today, expected", [
    ("2026-01-10", ["planned"], "2026-01-05", "planned"),
    ("2026-01-10", ["planned"], "2026-01-10", "planned"),
    ("2026-01-10", ["planned"], "2026-01-11", "unconfirmed"),
    ("2026-01-10", ["planned", "past"], "2026-01-11", "past"),
    ("2026-01-10", ["past"], "2026-01-05", "planned"),  # a report from after the build date does not count yet
    ("2026-01", ["planned"], "2026-01-31", "planned"),  # a month-only date is ahead all month
    ("2026-01", ["planned"], "2026-02-01", "unconfirmed"),
    (None, ["planned"], "2026-02-01", "planned"),
])
def test_status_is_decided_on_the_build_date(date: str | None, reported: list[str], today: str,
                                             expected: str) -> None:
    assert status_on(date, reported, today) == expected


def test_merging_compares_by_date_block_not_all_pairs() -> None:
    """20,000 events over 400 days: linear, not quadratic (all pairs would be 200 million comparisons)."""
    briefings = [_briefing(f"b{n}", "2025-01-01", *(
        _event(f"{n}-{k}", f"2025-{1 + (n + k) % 12:02d}-{1 + (n * 7 + k) % 28:02d}", f"Person {n % 97}",
               f"Person {(n + k) % 89}") for k in range(10))) for n in range(2000)]
    started = time.perf_counter()
    picture = merge_events(briefings, _by_name, "2025-06-01")
    assert time.perf_counter() - started < 20
    assert sum(len(m.reports) for m in picture.events) == 20000


def test_editors_keep_reports_apart_or_together_whatever_the_evidence() -> None:
    briefings = [_briefing("a", "2026-01-02", _event("1", "2026-01-03", "Koalition der Willigen")),
                 _briefing("b", "2026-01-02", _event("2", "2026-01-03", "Coalition of the Willing")),
                 _briefing("c", "2026-01-02", _event("3", "2026-03-01", "Merz"), _event("4", None, "Merz"))]
    assert _groups(briefings) == [["a:e-1", "b:e-2"], ["c:e-3"], ["c:e-4"]]
    picture = merge_events(briefings, _by_name, "2026-01-01", apart=[frozenset({("a", "e-1"), ("b", "e-2")})],
                           same=[frozenset({("a", "e-1"), ("c", "e-4")})])
    groups = sorted(sorted(f"{r.briefing.slug}:{r.event.id}" for r in m.reports) for m in picture.events)
    assert groups == [["a:e-1", "c:e-4"], ["b:e-2"], ["c:e-3"]]


def test_stories_group_briefings_by_shared_events_and_specific_actors() -> None:
    from lagebild.picture.stories import find_stories

    briefings = [_briefing(s, f"2026-01-0{n}") for n, s in enumerate("abcdefgh", start=1)]
    picture = merge_events([
        _briefing("a", "2026-01-01", _event("1", "2026-01-03", "Koalition der Willigen")),
        _briefing("b", "2026-01-02", _event("2", "2026-01-03", "Coalition of the Willing"))], _by_name, "2026-01-01")
    everywhere = frozenset({"person-trump"})
    actors = {s: everywhere for s in "abcdefgh"}
    actors["c"] = everywhere | {"person-grossi", "organization-iaea", "person-araghchi"}
    actors["d"] = everywhere | {"person-grossi", "organization-iaea", "person-araghchi", "person-witkoff"}
    actors["e"] = everywhere | {"person-grossi", "organization-iaea"}  # two shared actors are not enough
    stories = find_stories(briefings, picture.events, actors)
    assert [[b.slug for b in s.briefings] for s in stories] == [["d", "c"], ["b", "a"]]
    assert [s.id for s in stories] == ["c", "a"]  # named after the oldest briefing


def test_a_story_stops_growing_at_its_cap_and_is_named_after_its_specific_actors(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports that each name two occurrences chain into one component; past the cap a tie no longer
    merges two stories, and a story is named after its most-named actors that are not everywhere."""
    from lagebild.picture import stories

    slugs = [f"b{n:02d}" for n in range(12)]
    reports = [_briefing(slug, f"2026-01-{n + 1:02d}", _event(f"{n}a", f"2026-01-{n + 1:02d}", "Rat"),
                         _event(f"{n}b", f"2026-01-{n + 2:02d}", "Rat")) for n, slug in enumerate(slugs)]
    picture = merge_events(reports, _by_name, "2026-01-01")  # b00-b01 share day 2, b01-b02 day 3, …: a chain
    actors = {slug: frozenset({"person-everywhere", f"person-minor-{n // 4}", "organization-rat"})
              for n, slug in enumerate(slugs)}
    monkeypatch.setattr(stories, "MIN_STORY_CAP", 100)
    assert [len(s.briefings) for s in stories.find_stories(reports, picture.events, actors)] == [12]
    monkeypatch.setattr(stories, "MIN_STORY_CAP", 4)
    found = stories.find_stories(reports, picture.events, actors)
    assert sorted(len(s.briefings) for s in found) == [4, 4, 4]
    assert all(len(s.briefings) <= 4 for s in found)
    first = next(s for s in found if s.id == "b00")
    assert {b.slug for b in first.briefings} == {"b00", "b01", "b02", "b03"}  # along the time line
    assert "person-everywhere" not in first.leads and "person-minor-0" in first.leads


def test_country_codes_are_never_folded_together() -> None:
    from lagebild.briefing.model import Country
    from lagebild.picture.corpus import Corpus

    corpus = Corpus([Briefing(slug="a", title="a", language="de", source=SourceInfo(file="a.txt"),
                              countries=(Country(id="c-1", code="SA", name="Saudi-Arabien"),
                                         Country(id="c-2", code="ZA", name="Südafrika")))])
    assert sorted(a.slug for a in corpus.by_kind("country")) == ["sa", "za"]


def test_pages_list_five_sources_and_link_the_timeline_for_the_rest() -> None:
    from support.project import ROOT

    from lagebild.picture.corpus import Corpus
    from lagebild.site.page_renderer import PageRenderer
    from lagebild.site.situation_pages import MergedView

    briefings = [_briefing(f"b{n}", f"2026-01-0{n}", _event(str(n), "2026-01-20", "Koalition der Willigen",
                                                              place="Paris")) for n in range(1, 8)]
    corpus = Corpus(briefings)
    (merged,) = corpus.merged_events("2026-01-10")
    view = MergedView(PageRenderer(corpus, "actors/x.md", "de", ROOT / "templates", today="2026-01-10"))
    shown = str(view.sources(merged, 5))
    assert shown.count('href="../../briefings/') == 5
    assert f'<a href="../../timeline/2026-01/#{merged.id}">2 weitere</a>' in shown  # the month page with its row
    assert str(view.sources(merged)).count('href="../../briefings/') == 7
