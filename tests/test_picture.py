"""The situation picture, built from invented articles that report the same meetings in different
outlets, languages and spellings (tests/fixtures/picture/content): one merged event per occurrence
with every source and where they disagree, one page per person, body and place across spellings,
and what is upcoming as of two different build dates.  Assertions are on the built HTML and JSON.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, build_site_from
from support.pages import read_page, timeline_html, timeline_pages
from support.schema_check import validate

CONTENT = ROOT / "tests" / "fixtures" / "picture" / "content"
EARLY, LATE = "2026-01-02", "2026-01-25"


@pytest.fixture(scope="module")
def early(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site_from(CONTENT, tmp_path_factory.mktemp("picture-early"), today=EARLY)


@pytest.fixture(scope="module")
def late(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site_from(CONTENT, tmp_path_factory.mktemp("picture-late"), today=LATE)


def facts(site: Path) -> dict:
    return json.loads((site / "data/facts.json").read_text(encoding="utf-8"))


def merged(site: Path, date: str) -> dict:
    found = [e for e in facts(site)["events"] if e["date"] == date]
    assert len(found) == 1, found
    return found[0]


def test_one_merged_event_per_occurrence_with_every_source(early: Path) -> None:
    events = facts(early)["events"]
    assert len(events) == 5  # 11 reports: 3 of the advisers' meeting, 4 of the summit, 2 of the Vienna talks, 2 alone
    advisers = merged(early, "2026-01-03")
    assert advisers["briefings"] == ["apa-kiew-beratung", "reuters-kyiv-advisers", "dpa-sicherheitsberater-kiew"]
    assert [r["source"] for r in advisers["reports"]] == ["APA", "Reuters", "dpa"]
    summit = merged(early, "2026-01-06")  # dpa's 5 January is outvoted by precision and the latest source (AP)
    assert len(summit["briefings"]) == 4
    vienna = merged(early, "2026-01-20")
    assert vienna["briefings"] == ["orf-iran-atomgespraeche", "bbc-iran-vienna"]
    undated = [e for e in events if e["date"] is None]
    assert len(undated) == 1 and undated[0]["briefings"] == ["dpa-sicherheitsberater-kiew"]


def test_disagreements_are_stated_source_by_source(early: Path) -> None:
    assert merged(early, "2026-01-06")["disagreements"] == [{"field": "date", "values": [
        {"source": "APA, Reuters, AP", "value": "2026-01-06"}, {"source": "dpa", "value": "2026-01-05"}]}]
    assert merged(early, "2026-01-03")["disagreements"] == [{"field": "place", "values": [
        {"source": "APA, dpa", "value": "Kiew"}, {"source": "Reuters", "value": "Kyiv"}]}]
    timeline = " ".join(read_page(p).text for p in timeline_pages(early))
    assert "laut APA, Reuters, AP 6. Januar 2026, laut dpa 5. Januar 2026" in timeline
    assert "APA, dpa: Kiew · Reuters: Kyiv" in timeline


def test_timeline_has_one_row_per_occurrence_linking_every_briefing(early: Path) -> None:
    html = timeline_html(early)
    rows = re.findall(r'<tr [^>]*\bid="(ev-[0-9a-f]+)"', html)
    assert len(rows) == 5 and len(set(rows)) == 5
    advisers = merged(early, "2026-01-03")["id"]
    row = html[html.index(f'id="{advisers}"'):]
    row = row[:row.index("</tr>")]
    for slug in ("apa-kiew-beratung", "reuters-kyiv-advisers", "dpa-sicherheitsberater-kiew"):
        assert f"briefings/{slug}/" in row


def test_a_briefing_page_keeps_its_own_events_each_linked_to_its_merged_event(early: Path) -> None:
    page = read_page(early / "briefings/dpa-sicherheitsberater-kiew/index.html")
    assert "5. Januar 2026" in page.text  # the article's own date stays on its page
    summit = merged(early, "2026-01-06")["id"]
    advisers = merged(early, "2026-01-03")["id"]
    # each to the month page that holds its row
    assert f"../../timeline/2026-01/#{summit}" in page.links and f"../../timeline/2026-01/#{advisers}" in page.links
    for target in (summit, advisers):
        assert f'id="{target}"' in (early / "timeline/2026-01/index.html").read_text(encoding="utf-8")
    assert "4 Quellen" in page.text and "3 Quellen" in page.text


def test_one_page_per_person_body_and_place_across_spellings_and_languages(early: Path) -> None:
    def pages(folder: str) -> list[str]:
        return sorted(p.name for p in (early / folder).iterdir() if p.is_dir())

    # Selenskyj / Selenskij / Zelenskiy / Zelensky; Umjerow / Umerow / Umerov; Dmitrijew / Dmitriev.
    # Sergej Iwanow (RU) and Sergei Ivanov (UA) fold to one key but act for different countries: kept apart.
    assert pages("actors") == ["kirill-dmitrijew", "rustem-umerow", "sergei-ivanov", "sergej-iwanow",
                               "wolodymyr-selenskij"]
    assert pages("organizations") == ["international-atomic-energy-agency", "koalition-der-willigen", "kreml"]
    assert pages("places") == ["geneva", "kiew", "paris", "wien"]
    selenskyj = read_page(early / "actors/wolodymyr-selenskij/index.html").text
    for spelling in ("Volodymyr Zelenskiy", "Volodymyr Zelensky", "Wolodymyr Selenskyj", "Wolodymyr Selenskij"):
        assert spelling in selenskyj
    assert "President / Präsident / Staatschef" in selenskyj  # one role, however worded
    kiew = read_page(early / "places/kiew/index.html").text
    assert "Kyiv" in kiew and "Beratung der Sicherheitsberater" in kiew
    kremlin = facts(early)["actors"]
    assert [a["spellings"] for a in kremlin if a["slug"] == "kreml"] == [["Kreml", "Kremlin"]]


def test_the_review_page_lists_possible_duplicates_it_did_not_join(early: Path) -> None:
    review = read_page(early / "review/duplicates/index.html").text  # the Prüfliste's page for them
    assert "Mögliche Doppelungen (1)" in review
    assert "Sergei Ivanov · Sergej Iwanow" in review and "RU, UA" in review


def _upcoming(site: Path) -> str:
    text = read_page(site / "index.html").text
    return text[text.index("Nächste Termine"):text.index("Meistgenannte Akteure")]


def test_upcoming_is_relative_to_the_build_date(early: Path, late: Path) -> None:
    before = _upcoming(early)
    assert (before.index("3. Januar 2026") < before.index("6. Januar 2026") < before.index("20. Januar 2026")
            < before.index("Februar 2026"))
    assert before.count("Beratung der Sicherheitsberater") == 1  # one row, not one per report
    after = _upcoming(late)
    assert "Januar" not in after and "Februar 2026" in after
    statuses = {e["date"]: e["status"] for e in facts(late)["events"]}
    # 3 and 6 January: a later article reports them; 20 January: planned, passed, nobody reported it.
    assert statuses == {"2026-01-03": "past", "2026-01-06": "past", "2026-01-20": "unconfirmed",
                        "2026-02": "planned", None: "past"}
    assert {e["date"]: e["status"] for e in facts(early)["events"]}["2026-01-06"] == "planned"
    index = read_page(late / "timeline/index.html").text
    planned = index[index.index("Geplant"):index.index("Monate")]  # the index: planned rows, then the months
    timeline = " ".join(read_page(p).text for p in timeline_pages(late))
    # The English report's event on the German timeline: who – what in German (issue #12's event lines).
    assert "Kirill Dmitrijew – Gespräche" in planned and "Atomgespräche" not in planned
    assert "vergangen, unbestätigt" in timeline


def test_calendar_has_each_upcoming_occurrence_once(early: Path, late: Path) -> None:
    def vevents(site: Path) -> list[str]:
        ics = (site / "calendar.ics").read_text(encoding="utf-8").replace("\r\n ", "")
        return ics.split("BEGIN:VEVENT")[1:]

    found = vevents(early)
    assert [re.search(r"DTSTART;VALUE=DATE:(\d+)", e).group(1) for e in found] == [  # type: ignore[union-attr]
        "20260103", "20260106", "20260120", "20260201"]
    assert len({re.search(r"UID:(\S+)", e).group(1) for e in found}) == 4  # type: ignore[union-attr]
    assert [len(vevents(late))] == [1]  # what has passed is no longer in the calendar


def test_facts_json_events_follow_the_schema(early: Path) -> None:
    schema = json.loads((early / "data/facts.schema.json").read_text(encoding="utf-8"))
    document = facts(early)
    assert validate(document, schema, schema) == []
    assert "events" in schema["required"]
    assert validate({**document, "events": [{"date": "3 Jan"}]}, schema, schema)


def test_editors_split_a_wrong_join_and_join_what_the_machine_missed(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "actors.yml").write_text(
        "persons:\n"
        "  - name: Kirill Dmitriev\n    distinct: true\n"
        "  - name: Sergej Iwanow\n    aliases: [Sergei Ivanov]\n", encoding="utf-8")
    # dpa's summit report (5 January) is another meeting after all; the Vienna talks are one with Geneva's.
    (content / "events.yml").write_text(
        "apart:\n  - [dpa-sicherheitsberater-kiew:e-0000001c, apa-kiew-beratung:e-00000009]\n"
        "same:\n  - [orf-iran-atomgespraeche:e-0000002d, ap-paris-summit:e-00000028]\n", encoding="utf-8")
    site = build_site_from(content, tmp_path / "project", today=EARLY)
    actors = sorted(p.name for p in (site / "actors").iterdir() if p.is_dir())
    assert "kirill-dmitriev" in actors and "kirill-dmitrijew" in actors  # split
    assert "sergej-iwanow" in actors and "sergei-ivanov" not in actors  # joined by the editor
    events = {e["date"]: e["briefings"] for e in facts(site)["events"]}
    assert events["2026-01-05"] == ["dpa-sicherheitsberater-kiew"]
    assert events["2026-01-06"] == ["apa-kiew-beratung", "reuters-kyiv-advisers", "ap-paris-summit"]
    assert events["2026-01-20"] == ["ap-paris-summit", "orf-iran-atomgespraeche", "bbc-iran-vienna"]
    assert "2026-02" not in events


def test_a_broken_events_file_names_file_and_line(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "events.yml").write_text("apart:\n  - [only-one:e-1]\n", encoding="utf-8")
    project = tmp_path / "project"
    with pytest.raises(AssertionError, match=r"content/events.yml:2.*apart\[0\].*two or more"):
        build_site_from(content, project, today=EARLY)


def test_search_finds_spelling_and_language_variants(early: Path) -> None:
    index = json.loads((early / "search/search_index.json").read_text(encoding="utf-8"))
    def words(page: str) -> set[str]:  # every entry of the page: the page itself and its sections
        return set(re.findall(r"\w+", " ".join(d["text"] for d in index["docs"]
                                                if d["location"].split("#")[0] == page)))

    apa = words("briefings/apa-kiew-beratung/")
    # The APA page says Kiew, Selenskyj and Jänner; a reader typing Kyiv, Zelensky or January finds it.
    assert {"Kyiv", "Zelensky", "January", "Januar", "Kremlin", "Coalition"} <= apa
    reuters = words("briefings/reuters-kyiv-advisers/")
    assert {"Kiew", "Selenskyj", "Umjerow", "Jänner"} <= reuters
    # The pages themselves are unchanged: the variants live only in the index.
    assert "Zelensky" not in read_page(early / "briefings/apa-kiew-beratung/index.html").text


def test_the_start_page_tells_the_situation_story_by_story(early: Path, late: Path) -> None:
    start = read_page(late / "index.html")
    text = start.text
    assert text.startswith("Lagebild") and "Stand: 25. Januar 2026" in text
    situation = text[text.index("Die Lage"):text.index("Neueste Briefings")]
    # Two stories, the most recently reported first, each with its latest development, next dates, main actors.
    assert situation.index("Iran: International Atomic Energy Agency") < situation.index(
        "Ukraine: Koalition der Willigen")
    ukraine = situation[situation.index("Ukraine: Koalition der Willigen"):]
    assert "Zuletzt: 6. Januar 2026 — Gipfel der Koalition der Willigen" in ukraine
    assert "Als Nächstes: Februar 2026 — Talks with Kirill Dmitriev" in ukraine
    assert "Hauptakteure: Koalition der Willigen" in ukraine and "Rustem Umerow" in ukraine
    iran = situation[:situation.index("Ukraine: Koalition der Willigen")]
    assert "vergangen, unbestätigt" in iran and "Als Nächstes" not in iran
    assert "../stories/apa-kiew-beratung/" not in start.links and "stories/apa-kiew-beratung/" in start.links


def test_a_story_page_has_its_own_timeline_and_briefings(early: Path) -> None:
    story = read_page(early / "stories/apa-kiew-beratung/index.html")
    text = story.text
    assert text.startswith("Start › Alle Themen Ukraine: Koalition der Willigen und ")  # named after what it is about
    planned = text[text.index("Geplant"):text.index("Briefings zum Thema")]
    assert planned.index("3. Januar 2026") < planned.index("6. Januar 2026") < planned.index("Februar 2026")
    assert "Atomgespräche" not in text  # another story's event
    briefings = [h for h in story.links if "/briefings/" in h]
    assert len(set(briefings)) == 4
    assert not (early / "stories/bbc-iran-vienna").exists()  # a story is named after its oldest briefing
