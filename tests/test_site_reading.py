"""The site as an analyst reads it (issue #12): titles from names, each evidence sentence once per
page, shareable addresses, short event lines, a legible who-met-whom picture, the review list as a
to-do list.  Built from the hand-written fixtures (German and English briefings).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from lagebild.page_meta import shorten


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
    assert shorten("Kurz.") == "Kurz."
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
