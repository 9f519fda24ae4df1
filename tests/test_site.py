"""The briefing website, built from the hand-written fixtures (tests/fixtures/site/content):
what each page says, where its links go, and the machine-readable exports.

Assertions are on meaning (text, links, attributes), not on bytes; the byte
level is the golden test's job (test_site_golden.py).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import ROOT, build_site_from
from support.pages import timeline_pages
from support.schema_check import validate as _validate

from lagebild.briefing.model import Briefing, Event, SourceInfo
from lagebild.picture.corpus import Corpus
from lagebild.site.linkcheck import check_site

DE = "briefings/seed-ukraine-gespraeche/index.html"
EN = "briefings/en-miami-talks/index.html"


class Page(HTMLParser):
    """The visible text and the links of a page's content region (<article>), and <html lang>."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.links: list[str] = []
        self.all_links: list[str] = []
        self.rows: list[dict[str, str]] = []
        self._depth = 0
        self._chunks: list[str] = []
        self.feed(path.read_text(encoding="utf-8"))
        self.text = " ".join(" ".join(self._chunks).split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = values.get("lang", "")
        if tag == "article" or self._depth:
            self._depth += 1
        if tag == "a" and values.get("href"):
            self.all_links.append(values["href"])
            if self._depth:
                self.links.append(values["href"])
        if tag == "tr" and "data-kind" in values:
            self.rows.append(values)

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self._chunks.append(data)


def page(site: Path, path: str) -> Page:
    return Page(site / path)


def target(site: Path, page_path: str, href: str) -> Path:
    """The file a relative link on page_path points at."""
    url = urljoin("http://x/" + page_path, href)
    path = urlsplit(url).path.lstrip("/")
    return site / (path + "index.html" if path.endswith("/") or not path else path)


# --- the start page ----------------------------------------------------------------------------

def test_start_page_lists_latest_briefings_upcoming_dates_and_top_actors(fixture_site: Path) -> None:
    start = page(fixture_site, "index.html")
    assert start.lang == "de"
    text = start.text
    assert text.index("Neueste Briefings") < text.index("Nächste Termine") < text.index("Meistgenannte Akteure")
    # Built on 2026-01-02: the planned January dates are upcoming, in date order.
    upcoming = text[text.index("Nächste Termine"):text.index("Meistgenannte Akteure")]
    assert upcoming.index("Januar 2026") < upcoming.index("3. Januar 2026") < upcoming.index("6. Januar 2026")
    assert "15. Dezember" not in upcoming
    # Witkoff and Umjerow/Umerov appear in both briefings: they lead the most-mentioned list.
    top = text[text.index("Meistgenannte Akteure"):]
    assert top.index("Rustem Umjerow") < top.index("Donald Trump")
    assert top.index("Steve Witkoff") < top.index("Donald Trump")
    # Counts agree with their noun: „1 Briefing“, „2 Briefings“, „1 Ereignis“.
    assert re.search(r"\b2 Briefings\b", top) and re.search(r"\b1 Briefing,", top)
    assert not re.search(r"\b1 (Briefings|Ereignisse)\b", top)
    for export in ("calendar.ics", "feed.xml", "data/facts.json", "data/facts.schema.json"):
        assert export in start.links
        assert (fixture_site / export).is_file()


def test_upcoming_counts_from_the_build_date() -> None:
    def briefing(slug: str, *dates: str) -> Briefing:
        events = tuple(Event(id=f"e-{d}", date=d, status="planned", kind="meeting") for d in dates)
        return Briefing(slug=slug, title=slug, language="de", source=SourceInfo(file=f"{slug}.txt"), events=events)

    corpus = Corpus([briefing("a", "2026-01-03", "2026-02"), briefing("b", "2025-12-30", "2026-01-10")])
    assert [m.date for m in corpus.upcoming("2026-01-04")] == ["2026-01-10", "2026-02"]
    assert [m.date for m in corpus.upcoming("2026-01-31")] == ["2026-02"]
    assert [m.date for m in corpus.upcoming("2026-02-15")] == ["2026-02"]  # month-only: the whole month
    assert corpus.upcoming("2026-03-01") == []


# --- briefing pages ----------------------------------------------------------------------------

def test_german_briefing_shows_every_kind_of_fact_in_austrian_german(fixture_site: Path) -> None:
    briefing = page(fixture_site, DE)
    assert briefing.lang == "de"
    text = briefing.text
    for heading in ("Überblick", "Treffen und Termine", "Geplant", "Vergangen", "Wer traf wen", "Akteure",
                    "Die Rolle der USA", "Zitate", "Zahlen", "Zitierte Quellen", "Der Artikel",
                    "Koalition der Willigen und Sicherheitsgarantien"):
        assert heading in text, heading
    assert "3. Jänner 2026" in text and "6. Jänner 2026" in text  # de-AT month names
    assert "etwa 150.000" in text  # German number format
    assert "Bezugsdatum: 31. Dezember 2025 erschlossen" in text  # a guessed fact is marked as inferred
    assert "„fruchtbar“" in text and "Steve Witkoff" in text  # quote with its speaker
    assert "oe24" in text and "Tagesschau" in text
    # Planned meetings come before past ones, each in its own table.
    assert text.index("Geplant") < text.index("3. Jänner 2026") < text.index("Vergangen")


def test_every_fact_has_its_evidence_sentence_as_a_footnote(fixture_site: Path) -> None:
    html = (fixture_site / DE).read_text(encoding="utf-8")
    references = set(re.findall(r'href="#fn:(ev\d+)"', html))
    definitions = set(re.findall(r'<li id="fn:(ev\d+)"', html))
    assert references and references == definitions
    assert "Bereits am 15. Dezember 2025 trafen sich Selenskyj und Witkoff in Berlin" in page(fixture_site, DE).text


def test_briefing_links_its_actors_and_back_to_the_lists(fixture_site: Path) -> None:
    briefing = page(fixture_site, DE)
    targets = {target(fixture_site, DE, href) for href in briefing.links if not href.startswith(("#", "http"))}
    for actor in ("actors/steve-witkoff", "actors/wladimir-putin", "organizations/nato", "countries/ua"):
        assert fixture_site / actor / "index.html" in targets, actor
    assert fixture_site / "index.html" in targets  # breadcrumb: Start
    assert fixture_site / "briefings" / "index.html" in targets  # breadcrumb: Briefings


def test_english_briefing_speaks_english(fixture_site: Path) -> None:
    briefing = page(fixture_site, EN)
    assert briefing.lang == "en"
    text = briefing.text
    for label in ("Overview", "Meetings and dates", "Planned", "Past", "Actors", "The role of the United States",
                  "Quotes", "Figures", "Cited sources", "The article", "inferred"):
        assert label in text, label
    assert "more than 500,000,000,000" in text
    assert "Published: 21 December 2025" in text
    assert "January 2026" in text


# --- actor pages -------------------------------------------------------------------------------

def test_one_actor_page_per_person_across_spellings_and_languages(fixture_site: Path) -> None:
    assert not (fixture_site / "actors" / "rustem-umerov").exists()
    actor = page(fixture_site, "actors/rustem-umjerow/index.html")
    text = actor.text
    assert "Sicherheitsratssekretär" in text and "security chief" in text  # roles, with their briefings
    assert "Schreibweisen: Rustem Umerov, Rustem Umjerow" in text
    for slug in ("seed-ukraine-gespraeche", "en-miami-talks"):
        assert any(slug in link for link in actor.links)
    assert "Land: Ukraine" in text
    # to the month of the actor's latest event, filtered to the actor
    assert re.search(r"timeline/\d{4}-\d{2}/\?actor=person-rustem-umjerow", " ".join(actor.links))


def test_actor_page_lists_events_quotes_and_meetings(fixture_site: Path) -> None:
    text = page(fixture_site, "actors/steve-witkoff/index.html").text
    assert "„fruchtbar“" in text and "„produktiv“" in text and "„constructive“" in text
    assert "15. Dezember 2025" in text and "20. Dezember 2025" in text
    assert "Wer traf wen" in text
    html = (fixture_site / "actors/steve-witkoff/index.html").read_text(encoding="utf-8")
    assert html.count('class="lb-edge') >= 5


# --- timeline ----------------------------------------------------------------------------------

def test_timeline_lists_every_event_filterably_and_links_briefings(fixture_site: Path) -> None:
    months = timeline_pages(fixture_site)
    assert [p.parent.name for p in months] == ["2026-01", "2025-12"]  # newest month first
    shown = [page(fixture_site, str(month.relative_to(fixture_site))) for month in months]
    rows = [row for month in shown for row in month.rows]
    assert len(rows) == 8 and len({row["id"] for row in rows}) == 8
    for month_page in shown:
        statuses = [row["data-status"] for row in month_page.rows]
        assert statuses == sorted(statuses, key=lambda s: s != "planned")  # planned first, apart from the past
    for row in rows:
        assert re.fullmatch(r"[a-z]+", row["data-kind"])
        assert all(re.fullmatch(r"(person|organization|country)-[a-z0-9-]+", t) for t in row["data-actors"].split())
    briefing_links = [href for month in shown for href in month.links if "/briefings/" in href]
    assert len(briefing_links) == 8
    # The index: the planned rows only (as of the build date), and every month.
    index = page(fixture_site, "timeline/index.html")
    assert {row["data-status"] for row in index.rows} == {"planned"}
    assert {row["id"] for row in index.rows} == {row["id"] for row in rows if row["data-status"] == "planned"}
    for month in months:
        assert f"{month.parent.name}/" in index.links
    for path in [fixture_site / "timeline/index.html", *months]:
        html = path.read_text(encoding="utf-8")
        assert re.search(r'<script src="(\.\./)+assets/javascripts/lagebild\.js', html)


# --- exports -----------------------------------------------------------------------------------

def test_facts_json_follows_its_published_schema(fixture_site: Path) -> None:
    facts = json.loads((fixture_site / "data/facts.json").read_text(encoding="utf-8"))
    schema = json.loads((fixture_site / "data/facts.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert _validate(facts, schema, schema) == []
    assert [b["slug"] for b in facts["briefings"]] == ["seed-ukraine-gespraeche", "en-miami-talks"]
    seed = facts["briefings"][0]
    assert len(seed["persons"]) == 11 and len(seed["events"]) == 5
    assert {"value": 150000, "unit": "Soldaten"}.items() <= seed["figures"][0].items()
    for entry in facts["briefings"] + facts["actors"]:
        assert (fixture_site / entry["url"] / "index.html").is_file(), entry["url"]
    # The validator itself catches a wrong document.
    assert _validate({**facts, "version": 2, "briefings": [{"slug": 1}]}, schema, schema)


def test_atom_feed_lists_every_briefing(fixture_site: Path) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring((fixture_site / "feed.xml").read_bytes())
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert feed.findtext("a:updated", namespaces=ns) == "2025-12-31T00:00:00Z"
    entries = feed.findall("a:entry", ns)
    assert [e.findtext("a:title", namespaces=ns) for e in entries] == [
        "USA, Ukraine und Europäer beraten über Sicherheitsgarantien",
        "Witkoff and Umerov discuss security guarantees in Miami"]
    for entry in entries:
        assert entry.findtext("a:id", namespaces=ns).startswith("urn:uuid:")
        href = entry.find("a:link", ns).get("href")
        assert (fixture_site / href / "index.html").is_file()
    start = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert 'rel="alternate" type="application/atom+xml"' in start


def _unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_calendar_holds_planned_dates_as_all_day_events(fixture_site: Path) -> None:
    raw = (fixture_site / "calendar.ics").read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded at 75 octets
    lines = _unfold(raw.decode("utf-8"))
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"] and lines[-2:] == ["END:VCALENDAR", ""]
    events = "\n".join(lines).split("BEGIN:VEVENT")[1:]
    assert len(events) == 3
    starts = [re.search(r"DTSTART;VALUE=DATE:(\d{8})", e).group(1) for e in events]  # type: ignore[union-attr]
    ends = [re.search(r"DTEND;VALUE=DATE:(\d{8})", e).group(1) for e in events]  # type: ignore[union-attr]
    assert starts == ["20260101", "20260103", "20260106"]
    assert ends == ["20260201", "20260104", "20260107"]  # a month-only date spans its month
    assert "January 2026\\, day not yet known" in events[0] and "STATUS:TENTATIVE" in events[0]
    assert "SUMMARY;LANGUAGE=de:Treffen: Treffen der nationalen Sicherheitsberater" in events[1]
    assert len({re.search(r"UID:(\S+)", e).group(1) for e in events}) == 3  # type: ignore[union-attr]


# --- the site as a whole -----------------------------------------------------------------------

def test_no_broken_internal_link(fixture_site: Path) -> None:
    assert check_site(fixture_site) == []


def test_every_page_is_reachable_from_the_start_page(fixture_site: Path) -> None:
    pages = {p for p in fixture_site.rglob("*.html") if p.name != "404.html"}
    seen = {fixture_site / "index.html"}
    queue = deque(seen)
    while queue:
        current = queue.popleft()
        rel = current.relative_to(fixture_site).as_posix()
        for href in Page(current).all_links:
            if urlsplit(href).scheme or href.startswith("#"):
                continue
            found = target(fixture_site, rel, href.split("#")[0].split("?")[0])
            if found.suffix == ".html" and found.is_file() and found not in seen:
                seen.add(found)
                queue.append(found)
    assert sorted(str(p.relative_to(fixture_site)) for p in pages - seen) == []


def test_search_index_knows_the_words_readers_look_for(fixture_site: Path) -> None:
    index = json.loads((fixture_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["de", "en"]
    text = " ".join(doc["text"] + " " + doc["title"] for doc in index["docs"])
    for word in ("Witkoff", "Sicherheitsgarantien", "Jänner"):
        assert word in text, word


HOSTILE = """---
title: '<script>alert(1)</script> Gipfel'
language: de
locale: de-AT
published: '2026-01-01'
source: {file: x.txt, url: null, outlet: '<b>Blatt</b>'}
summary: '[klick](javascript:alert(1)) <img src=x onerror=alert(2)> {{ 7*7 }}'
persons:
- name: '<svg onload=alert(3)>Eve'
  role: '**fett** [x](javascript:alert(4))'
  country: US
  evidence: '<iframe src=javascript:alert(5)>'
events:
- date: '2026-01-05'
  kind: meeting
  status: planned
  summary: '# Überschrift <a href="javascript:alert(6)">x</a>'
  participants: ['<svg onload=alert(3)>Eve', '"><script>alert(7)</script>']
  place: '| Tabelle |'
quotes:
- speaker: '<svg onload=alert(3)>Eve'
  text: '</blockquote><script>alert(8)</script>'
---
<!-- lagebild:overview -->

<!-- lagebild:events -->

<!-- lagebild:actors -->

<!-- lagebild:quotes -->
"""


class _Tags(HTMLParser):
    """Every real element and its attributes (escaped text is not an element)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


@pytest.mark.slow
def test_article_text_cannot_inject_markup(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "briefings").mkdir(parents=True)
    (content / "briefings" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    site = build_site_from(content, tmp_path / "project")
    for html_file in site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        body = html[html.index("<article"):html.index("</article>")] if "<article" in html else ""
        tags = _Tags()
        tags.feed(body)
        assert not {"script", "iframe", "img", "b"} & {tag for tag, _ in tags.found}, html_file
        assert [(tag, name) for tag, attrs in tags.found for name, value in attrs
                if name.startswith("on") or "javascript:" in (value or "").lower()] == [], html_file
    text = page(site, "briefings/hostile/index.html").text
    assert "{{ 7*7 }}" in text and "<script>alert(1)</script> Gipfel" in text
    assert "**fett**" in text
    calendar = (site / "calendar.ics").read_text(encoding="utf-8")
    assert "SUMMARY;LANGUAGE=de:Treffen: # Überschrift" in calendar.replace("\r\n ", "")
    json.loads((site / "data/facts.json").read_text(encoding="utf-8"))
    ET.fromstring((site / "feed.xml").read_bytes())


def test_fixture_content_is_valid() -> None:
    from lagebild.briefing.content import load_content

    content = load_content(ROOT / "tests/fixtures/site/content", ROOT)
    assert [p for p in content.problems] == []
    assert sorted(b.slug for b in content.briefings) == ["en-miami-talks", "seed-ukraine-gespraeche"]
