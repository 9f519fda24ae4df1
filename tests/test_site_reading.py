"""The site as an analyst reads it (issue #12): titles from names, each evidence sentence once per
page, shareable addresses, short event lines, a legible who-met-whom picture, the review list as a
to-do list.  Built from the hand-written fixtures (German and English briefings).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import FIXTURE_TODAY, ROOT, SITE_FIXTURES, build_site_from

from lagebild.site.textfit import shorten


def _title(site: Path, url: str) -> str:
    text = (site / url / "index.html").read_text(encoding="utf-8")
    found = re.search(r"<title>(.*?)</title>", text, re.S)
    assert found, url
    return html.unescape(found.group(1).strip())


def _description(site: Path, url: str) -> str:
    text = (site / url / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<meta name="description" content="([^"]*)"', text)
    assert found, url
    return html.unescape(found.group(1))


# --- titles from names -------------------------------------------------------------------------

def test_every_page_is_titled_by_the_name_as_written(fixture_site: Path) -> None:
    facts = json.loads((fixture_site / "data/facts.json").read_text(encoding="utf-8"))
    for entry in facts["briefings"]:
        assert _title(fixture_site, entry["url"]) == f"{entry['title']} - Lagebild"
    for actor in facts["actors"]:
        assert _title(fixture_site, actor["url"]) == f"{actor['name']} - Lagebild", actor["url"]
    assert _title(fixture_site, "countries/ua/") == "Ukraine - Lagebild"  # not „Ua“
    assert _title(fixture_site, "actors/wolodymyr-selenskyj/") == "Wolodymyr Selenskyj - Lagebild"
    assert _title(fixture_site, "organizations/europaeische-kommission/") == "Europäische Kommission - Lagebild"
    assert _title(fixture_site, "") == "Lagebild"  # the start page: the site's name, once


def test_search_results_are_titled_by_names(fixture_site: Path) -> None:
    index = json.loads((fixture_site / "search/search_index.json").read_text(encoding="utf-8"))
    titles = {doc["location"]: doc["title"] for doc in index["docs"]}
    assert titles["actors/guenter-sautter/"] == "Günter Sautter"
    assert titles["countries/us/"] == "Vereinigte Staaten"


def test_each_briefing_and_actor_page_describes_itself(fixture_site: Path) -> None:
    facts = json.loads((fixture_site / "data/facts.json").read_text(encoding="utf-8"))
    descriptions = [_description(fixture_site, entry["url"]) for entry in facts["briefings"] + facts["actors"]]
    assert len(set(descriptions)) == len(descriptions)  # none shares the site-wide description
    assert all(0 < len(d) <= 160 for d in descriptions)
    assert _description(fixture_site, "briefings/en-miami-talks/").startswith("US envoy Steve Witkoff met")
    assert "US-Sondergesandter" in _description(fixture_site, "actors/steve-witkoff/")


def test_a_long_summary_is_cut_at_a_sentence_or_word() -> None:
    assert shorten("Kurz.", 160) == "Kurz."
    long = "Erster Satz mit einigen Worten darin, der lang ist. " * 2 + "Dritter " * 30
    assert shorten(long, 120) == "Erster Satz mit einigen Worten darin, der lang ist. " \
                                 "Erster Satz mit einigen Worten darin, der lang ist."
    cut = shorten("wort " * 60, 50)
    assert cut.endswith("wort…") and len(cut) <= 50


# --- each evidence sentence once per page ------------------------------------------------------

def _footnotes(site: Path, path: str) -> tuple[list[str], set[str]]:
    """The page's footnote texts (without back-links) and the footnotes referenced from the page."""
    page = (site / path).read_text(encoding="utf-8")
    texts = [" ".join(html.unescape(re.sub(r"<[^>]+>", "", re.sub(r'<a class="footnote-backref".*?</a>', "", t)))
                      .split())
             for t in re.findall(r'<li id="fn:ev\d+">(.*?)</li>', page, re.S)]
    return texts, set(re.findall(r'href="#fn:(ev\d+)"', page))


def test_each_evidence_sentence_appears_once_per_page(fixture_site: Path) -> None:
    pages = [p.relative_to(fixture_site).as_posix() for p in fixture_site.rglob("index.html")]
    assert len(pages) > 20
    for path in pages:
        texts, referenced = _footnotes(fixture_site, path)
        assert len(texts) == len(set(texts)), path
        assert referenced == {f"ev{n}" for n in range(1, len(texts) + 1)}, path
    # The English item: five sentences support its 19 facts (persons, countries, places, events, ...).
    texts, _ = _footnotes(fixture_site, "briefings/en-miami-talks/index.html")
    facts = json.loads((fixture_site / "data/facts.json").read_text(encoding="utf-8"))
    english = next(b for b in facts["briefings"] if b["slug"] == "en-miami-talks")
    sentences = {" ".join(f["evidence"].split()) for name in ("persons", "countries", "places", "events")
                 for f in english[name]}
    assert sentences <= set(texts)
    assert len(texts) == len({" ".join(f["evidence"].split()) for name in
                              ("persons", "organizations", "countries", "places", "events", "quotes",
                               "figures", "sources") for f in english[name]})


# --- sharing: site_url -------------------------------------------------------------------------

ATOM = {"a": "http://www.w3.org/2005/Atom"}
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(scope="module")
def shared_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixtures built with --site-url, after a correction of the English briefing was seen on 2026-01-01."""
    project = tmp_path_factory.mktemp("shared-project")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copytree(SITE_FIXTURES, project / "content")
    (project / ".lagebild").mkdir()
    (project / ".lagebild" / "corrections.jsonl").write_text(json.dumps(
        {"slug": "en-miami-talks", "keypath": "persons.p-a6ed480a.role", "label": "role", "old": "a",
         "new": "US special envoy", "kind": "changed", "seen": "2026-01-01"}) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "render", "--today", FIXTURE_TODAY,
                             "--site-url", "https://example.org/lagebild"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return project / "site"


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("index.html"))


def test_with_site_url_sitemap_canonical_links_and_feed_are_absolute(shared_site: Path) -> None:
    sitemap = ET.fromstring((shared_site / "sitemap.xml").read_bytes())
    locations = [loc.text or "" for loc in sitemap.findall("s:url/s:loc", SITEMAP)]
    folders = [p.relative_to(shared_site).parent.as_posix() for p in _pages(shared_site)]
    expected = {"https://example.org/lagebild/" + ("" if folder == "." else folder + "/") for folder in folders}
    assert sorted(locations) == sorted(expected)
    for path in _pages(shared_site):
        page = path.read_text(encoding="utf-8")
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', page)
        assert canonical and canonical.group(1).startswith("https://example.org/lagebild/"), path
    feed = ET.fromstring((shared_site / "feed.xml").read_bytes())
    links = [link.get("href") or "" for link in feed.iter("{http://www.w3.org/2005/Atom}link")]
    assert links and all(link.startswith("https://example.org/lagebild/") for link in links)


def test_a_corrected_briefing_is_updated_in_the_feed(shared_site: Path, fixture_site: Path) -> None:
    def updated(site: Path) -> dict[str, str]:
        feed = ET.fromstring((site / "feed.xml").read_bytes())
        return {e.findtext("a:title", namespaces=ATOM) or "": e.findtext("a:updated", namespaces=ATOM) or ""
                for e in feed.findall("a:entry", ATOM)}

    before, after = updated(fixture_site), updated(shared_site)
    english = "Witkoff and Umerov discuss security guarantees in Miami"
    assert before[english] == "2025-12-21T00:00:00Z" and after[english] == "2026-01-01T00:00:00Z"
    german = "USA, Ukraine und Europäer beraten über Sicherheitsgarantien"
    assert before[german] == after[german] == "2025-12-31T00:00:00Z"
    feed = ET.fromstring((shared_site / "feed.xml").read_bytes())
    assert feed.findtext("a:updated", namespaces=ATOM) == "2026-01-01T00:00:00Z"
    sitemap = (shared_site / "sitemap.xml").read_text(encoding="utf-8")
    assert re.search(r"briefings/en-miami-talks/</loc>\s*<lastmod>2026-01-01</lastmod>", sitemap)


def test_without_site_url_nothing_claims_an_absolute_address(fixture_site: Path) -> None:
    assert "<url>" not in (fixture_site / "sitemap.xml").read_text(encoding="utf-8")
    for path in _pages(fixture_site):
        assert 'rel="canonical"' not in path.read_text(encoding="utf-8"), path
    feed = ET.fromstring((fixture_site / "feed.xml").read_bytes())
    assert not [link for link in feed.iter("{http://www.w3.org/2005/Atom}link")
                if "://" in (link.get("href") or "")]


def test_a_site_url_that_is_no_web_address_is_refused(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "render", "--site-url", "example.org"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "--site-url: 'example.org' is not the site's public address" in result.stderr
    assert not (tmp_path / "site").exists()


# --- event lines: who – what – where -------------------------------------------------------------

def _event_cells(site: Path, path: str) -> list[str]:
    """The text of every event cell (the column after date and kind) of a page's event tables."""
    page = (site / path).read_text(encoding="utf-8")
    cells = []
    for row in re.findall(r"<tr[^>]*>\s*(.*?)</tr>", page, re.S):
        tds = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        if len(tds) >= 4:
            text = re.sub(r"<sup.*?</sup>", "", tds[2], flags=re.S)
            cells.append(" ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split()))
    return cells


def test_event_cells_are_short_lines_of_who_what_where(fixture_site: Path) -> None:
    pages = ["timeline/index.html", "timeline/2025-12/index.html", "timeline/2026-01/index.html",
             "briefings/seed-ukraine-gespraeche/index.html",
             "briefings/en-miami-talks/index.html", "actors/steve-witkoff/index.html"]
    for path in pages:
        cells = _event_cells(fixture_site, path)
        assert cells, path
        assert all(0 < len(cell) <= 120 for cell in cells), (path, cells)
    timeline = [cell for month in ("2025-12", "2026-01")  # the month pages hold the rows
                for cell in _event_cells(fixture_site, f"timeline/{month}/index.html")]
    assert "Steve Witkoff und Rustem Umjerow – Treffen · Miami" in timeline  # the place: a link of its own
    assert "Koalition der Willigen – Treffen der Staatschefs der Koalition der Willigen" in timeline
    # On the English page: English words and the article's own spelling of the name.
    english = _event_cells(fixture_site, "briefings/en-miami-talks/index.html")
    assert "Steve Witkoff and Rustem Umerov – Meeting – Miami" in english
    assert "Rustem Umerov – meeting with European national security advisers – Paris" in english
    # The English topic stays off the German timeline: there the kind names the event.
    assert "Rustem Umjerow – Treffen · Paris" in timeline


def test_a_briefing_page_names_bodies_as_its_article_writes_them(tmp_path: Path) -> None:
    """The European Commission of an English report is „Europäische Kommission“ on the German pages (one
    actor), but on the English briefing's own page it keeps the article's English name."""
    content = tmp_path / "content"
    shutil.copytree(SITE_FIXTURES, content)
    english = content / "briefings" / "en-miami-talks.md"
    text = english.read_text(encoding="utf-8")
    text = text.replace("organizations:\n", "organizations:\n- name: European Commission\n"
                        "  evidence: NATO Secretary General Mark Rutte welcomed the progress.\n"
                        "  review: extracted\n  id: o-00c0ffee\n", 1)
    text = text.replace("  participants:\n  - Rustem Umerov\n  place: Paris",
                        "  participants:\n  - Rustem Umerov\n  - European Commission\n  place: Paris", 1)
    english.write_text(text, encoding="utf-8")
    site = build_site_from(content, tmp_path / "project")
    cells = _event_cells(site, "briefings/en-miami-talks/index.html")
    assert any(cell.startswith("Rustem Umerov and European Commission – ") for cell in cells), cells
    assert "Europäische Kommission" not in " ".join(cells)


def test_event_line_parts() -> None:
    from lagebild.briefing.model import Event
    from lagebild.site.event_line import event_line, topic, who

    assert who(["A", "B", "C", "D", "E"], "de") == "A, B, C und 2 weitere"
    assert who(["A", "B"], "en") == "A and B"
    assert topic("Präsident Selenskyj kündigte ein Treffen der Sicherheitsberater am 3. Jänner in Kiew an",
                 "de") == "Treffen der Sicherheitsberater"
    assert topic("In einer weiteren Wendung stellte Putin in seiner Neujahrsansprache fest", "de") == \
        "Neujahrsansprache"
    assert topic("schrieb er am Donnerstag in sozialen Medien", "de") == ""
    assert topic("flew to Washington D.C. on Wednesday for talks with his U.S. counterparts, the Commission said",
                 "en") == "talks with his U.S. counterparts"  # an abbreviation's stops close no phrase
    fragment = Event(id="e-1", kind="statement", participants=("Wolodymyr Selenskyj",),
                     summary="schrieb er am Donnerstag in sozialen Medien")
    assert event_line(fragment, "de", lambda name: name) == "Wolodymyr Selenskyj – Erklärung"
    edited = Event(id="e-2", kind="meeting", participants=("A",), summary="Gipfel in Genf", review="edited")
    assert event_line(edited, "de", lambda name: name) == "Gipfel in Genf"
    many = Event(id="e-3", kind="talks", participants=tuple(f"Person Nummer {n}" for n in range(9)),
                 place="Ein sehr langer Ortsname " * 5, summary="")
    assert len(event_line(many, "de", lambda name: name)) <= 120


# --- who met whom ------------------------------------------------------------------------------

def _diagram(site: Path, path: str) -> tuple[list[str], list[tuple[str, str]], dict[str, str]]:
    """(node labels, edges as name pairs, node label -> link) of a page's who-met-whom picture."""
    page = (site / path).read_text(encoding="utf-8")
    svg = re.search(r'<div class="lb-diagram">(.*?)</svg>', page, re.S)
    assert svg, path
    labels = [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg.group(1))]
    edges = [tuple(html.unescape(t).split(" (")[0].split(" – ")) for t in
             re.findall(r"<line[^>]*><title>([^<]*)</title>", svg.group(1))]
    links = {html.unescape(text): href for href, text in
             re.findall(r'<a href="([^"]*)">.*?<text[^>]*>([^<]*)</text></a>', svg.group(1))}
    return labels, edges, links  # type: ignore[return-value]


def test_who_met_whom_draws_only_persons_who_met(fixture_site: Path) -> None:
    facts = json.loads((fixture_site / "data/facts.json").read_text(encoding="utf-8"))
    persons = {a["name"] for a in facts["actors"] if a["kind"] == "person"}
    spellings = {s: a["name"] for a in facts["actors"] if a["kind"] == "person" for s in a["spellings"]}
    # A bare surname among the participants ('Witkoff') names the one person of that surname.
    spellings |= {name.split()[-1]: name for name in persons if sum(n.endswith(name.split()[-1]) for n in persons) == 1}
    for briefing in facts["briefings"]:
        path = f"briefings/{briefing['slug']}/index.html"
        labels, edges, links = _diagram(fixture_site, path)
        assert 2 <= len(labels) <= 12 and len(set(labels)) == len(labels)
        met = set()
        for event in briefing["events"]:
            if event["kind"] in ("meeting", "talks", "call"):
                people = {spellings.get(p, p) for p in event["participants"]} & persons
                met |= {frozenset((a, b)) for a in people for b in people if a != b}
        for first, second in edges:
            assert frozenset((spellings.get(first, first), spellings.get(second, second))) in met, (first, second)
        page = (fixture_site / path).read_text(encoding="utf-8")
        for label in labels:
            assert spellings.get(label, label) in persons, label  # no country, no body
            assert links[label].startswith("#ev-") and f'id="{links[label][1:]}"' in page
    english, _, _ = _diagram(fixture_site, "briefings/en-miami-talks/index.html")
    assert "Rustem Umerov" in english and "Rustem Umjerow" not in english  # the article's own spelling
    labels, edges, links = _diagram(fixture_site, "actors/steve-witkoff/index.html")
    assert all("Steve Witkoff" in edge for edge in edges)
    assert "Vereinigtes Königreich" not in labels and "Deutschland" not in labels
    for label, href in links.items():
        target = (fixture_site / "actors/steve-witkoff" / href.split("#")[0] / "index.html").resolve()
        assert target.is_file() and f'id="{href.split("#")[1]}"' in target.read_text(encoding="utf-8"), label


def test_a_crowded_picture_keeps_the_twelve_best_connected() -> None:
    from lagebild.site.diagram import Edge, meeting_graph_svg

    star = [Edge("Centre", f"Person {n:02d}") for n in range(30)] + [Edge("Person 29", "Person 28")]
    svg = meeting_graph_svg(star, "Wer traf wen", centre_name="Centre")
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert len(labels) == 12 and "Centre" in labels and {"Person 28", "Person 29"} <= set(labels)


# --- one language per page ---------------------------------------------------------------------

class _Words(HTMLParser):
    """Everything a reader sees or hears on a page: text, and titles, labels and placeholders."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.lang = ""
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang") or ""
        if tag in ("script", "style"):
            self._skip += 1
        self.parts += [v for k, v in attrs if k in ("title", "aria-label", "placeholder", "alt") and v]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _words(site: Path, path: str) -> tuple[str, str]:
    parser = _Words()
    parser.feed((site / path).read_text(encoding="utf-8"))
    return parser.lang, " ".join(" ".join(parser.parts).split())


GERMAN_CHROME = ("Suche", "Inhaltsverzeichnis", "Akteure", "Zeitleiste", "Prüfliste", "Kopfzeile",
                 "Hauptnavigation", "Zurücksetzen", "Seitenanfang", "Dauerhafter Link", "Fußnote", "erschlossen",
                 "Brotkrumen", "Überblick", "Treffen", "„")
ENGLISH_CHROME = ("Made with", "Search", "Table of contents", "Permanent link", "Jump back", "footnote", "Header",
                  "Clear", "inferred", "Home", "Actors", "Timeline", "Review", "Overview", "Meeting")


def test_an_english_briefing_has_no_german_label_and_a_german_page_no_english_one(fixture_site: Path) -> None:
    lang, english = _words(fixture_site, "briefings/en-miami-talks/index.html")
    assert lang == "en"
    assert [w for w in GERMAN_CHROME if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", english)] == []
    for label in ("Search", "Table of contents", "Home", "Actors", "Timeline", "Review", "“constructive”"):
        assert label in english, label
    for path in ("briefings/seed-ukraine-gespraeche/index.html", "index.html", "actors/index.html",
                 "timeline/index.html", "review/index.html", "actors/steve-witkoff/index.html"):
        lang, german = _words(fixture_site, path)
        assert lang == "de", path
        assert [w for w in ENGLISH_CHROME if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", german)] == [], path
    assert "Zeitleiste" in _words(fixture_site, "index.html")[1]  # the tabs are German again


def test_the_search_index_holds_no_footnote_walls(fixture_site: Path) -> None:
    index = json.loads((fixture_site / "search/search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"])
    assert "\u21a9" not in text and "<sup>" not in text
    sentence = "Officials estimate that reconstruction will cost more than 500 billion US dollars"
    assert [doc["location"] for doc in index["docs"] if sentence in doc["text"]] == [
        "briefings/en-miami-talks/"]  # once: in the article, not in every page's footnotes
    offline = (fixture_site / "search/search_index.js").read_text(encoding="utf-8")
    assert json.loads(offline.removeprefix("var __index = ").rstrip().rstrip(";")) == index
