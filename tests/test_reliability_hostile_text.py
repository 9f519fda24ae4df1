"""Hostile text in names and values (issue 10): one encoder per output format, and actor pages that
never change owner.  A property test throws format characters, confusables, bidi controls and
control characters at names and values; every export stays well-formed."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from markdown.extensions.toc import TocExtension

from lagebild.briefing.model import Briefing, Event, Person, Section, SourceInfo
from lagebild.cli import terminal_text
from lagebild.picture.actor_slugs import clean_name, is_mixed_script, name_warnings
from lagebild.picture.corpus import Corpus
from lagebild.site.briefing_page import briefing_html, mark_blocks
from lagebild.site.exports import export_files
from lagebild.site.markup import escape_markdown, heading_id, neutralise_attr_lists, sanitize_html
from lagebild.site.page_renderer import PageRenderer
from lagebild.site.pages import generated_pages

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
EXTENSIONS = ["tables", "attr_list", "md_in_html", "footnotes", "admonition",  # as in mkdocs.yml
              TocExtension(permalink=True, slugify=heading_id)]

HOSTILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Characters that hide, reorder, look alike or control: the corners random text reaches slowly.
_TRICKS = st.sampled_from([
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",  # zero-width and soft hyphen
    "\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\u200e", "\u200f",  # bidi
    "\u0435", "\u043e", "\u0430", "\u0455", "\u03bf", "\uff33", "\u1d00",  # Cyrillic, Greek, fullwidth look-alikes
    "\x00", "\x07", "\x1b[2J", "\r", "\n", "\r\n", "\x85", "\u2028", "\x7f", "\t",  # controls
    "BEGIN:VALARM", ";", ",", "\\", "<", "&", "]]>", "{ #__drawer }", "{: .md-button }",
])
_HOSTILE_TEXT = st.lists(st.one_of(_TRICKS, st.text(max_size=6)), min_size=1, max_size=12).map("".join)


def _briefing(slug: str, published: str, name: str, summary: str = "Treffen", event_id: str = "ev-1",
              title: str = "Gipfel") -> Briefing:
    person = Person(id=f"person-{slug}", name=name, role="Sondergesandter", evidence=f"{name} sprach.")
    event = Event(id=event_id, date="2026-03-04", kind="meeting", status="planned", summary=summary,
                  participants=(name,), place=summary, evidence=summary)
    return Briefing(slug=slug, title=title, language="de", source=SourceInfo(file=f"{slug}.txt", outlet=summary),
                    published=published, summary=summary, persons=(person,), events=(event,))


TODAY = "2026-01-02"


def _exports(corpus: Corpus) -> dict[str, str]:
    return export_files(corpus, TODAY, lambda path: path.replace(".md", "/"), "Lage;bild\r\nX",
                        "https://example.org/")


def _assert_calendar_well_formed(text: str, events: int) -> None:
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert not re.search(rb"[\x00-\x08\x0b-\x1f\x7f]", raw.replace(b"\r\n", b""))
    calendar = Calendar.from_ical(text)
    assert len(calendar.walk("VEVENT")) == events
    assert calendar.walk("VALARM") == []
    lines = text.replace("\r\n ", "").split("\r\n")
    assert sum(line.startswith("BEGIN:") for line in lines) == events + 1  # no injected component


def _assert_exports_well_formed(corpus: Corpus, events: int) -> None:
    files = _exports(corpus)
    ET.fromstring(files["feed.xml"].encode("utf-8"))
    json.loads(files["data/facts.json"])
    _assert_calendar_well_formed(files["calendar.ics"], events)


def test_cr_lf_in_an_id_or_summary_never_makes_a_calendar_line() -> None:
    injected = "x\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Passwort abgelaufen\r\nEND:VALARM\r\n"
    briefing = _briefing("a", "2025-12-01", "Steve Witkoff", summary=injected, event_id=injected,
                         title=injected)
    _assert_exports_well_formed(Corpus([briefing]), events=1)


def test_control_characters_never_reach_the_feed() -> None:
    briefing = _briefing("a", "2025-12-01", "Steve Witkoff", summary="Gong\x07 \x1b[2J\x00", title="T\x0c")
    feed = _exports(Corpus([briefing]))["feed.xml"]
    ET.fromstring(feed.encode("utf-8"))
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", feed)


def test_terminal_text_escapes_what_could_steer_a_terminal() -> None:
    assert terminal_text("a\x1b[2J\rchecked: 0 errors\u202e\x07") == "a\\x1b[2J\\x0dchecked: 0 errors\\u202e\\x07"
    assert terminal_text("Präsident „Selenskyj“ – ok") == "Präsident „Selenskyj“ – ok"


def test_names_are_cleaned_and_look_alikes_flagged() -> None:
    assert clean_name("Steve Wit\u200dkoff") == "Steve Witkoff"
    assert clean_name("\uff33teve  Witkoff\u200e") == "Steve Witkoff"  # fullwidth, double space, LRM
    assert is_mixed_script("St\u0435ve Witkoff") and not is_mixed_script("Wolodymyr Selenskyj")
    assert not is_mixed_script("Владимир Путин")
    assert name_warnings("Steve Witkoff") == []
    assert any("invisible" in w for w in name_warnings("Steve Wit\u200dkoff"))


def test_attribute_lists_in_article_text_stay_text() -> None:
    body = "## Artikel\n\n### Genf { .md-dialog title=\"x\" }\n\nText { #__drawer }\n\n```\n{ kept }\n```\n"
    html = markdown.markdown(neutralise_attr_lists(body), extensions=["attr_list", "fenced_code"])
    assert 'class="md-dialog"' not in html and 'id="__drawer"' not in html
    assert "{ .md-dialog" in html and "{ #__drawer }" in html and "{ kept }" in html
    assert markdown.markdown(escape_markdown("Titel { #x .y }"), extensions=["attr_list"]) == "<p>Titel { #x .y }</p>"


class _Owner(HTMLParser):
    """Collects tags and attributes, to assert text added no element or attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]


@HOSTILE
@given(_HOSTILE_TEXT, _HOSTILE_TEXT)
def test_hostile_names_and_values_never_take_a_page_or_break_a_format(name: str, value: str) -> None:
    real = _briefing("aaa-real", "2025-01-01", "Steve Witkoff")
    # A newer briefing with the real name disguised, and one with an arbitrary hostile name.
    disguised = _briefing("bbb-disguised", "2026-01-01", "Steve" + name + "Witkoff", summary=value,
                          event_id="ev-" + value, title=value)
    other = _briefing("ccc-other", "2026-02-01", name, summary=value, title=name)
    corpus = Corpus([disguised, real, other])
    owner = corpus.actors[("person", "steve-witkoff")]
    assert "aaa-real" in {b.slug for b in owner.briefings}, "the real person lost actors/steve-witkoff/"
    assert len({a.slug for a in corpus.actors.values()}) == len(corpus.actors)  # one page, one owner
    for actor in corpus.actors.values():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", actor.slug), actor.slug
    # Reports of one occurrence are one calendar entry: as many VEVENTs as upcoming merged events.
    upcoming = len(corpus.upcoming(TODAY, limit=None))
    _assert_exports_well_formed(corpus, events=upcoming)
    # HTML: the value as Markdown text adds no element and no attribute of its own.
    rendered = sanitize_html(markdown.markdown(f"<p>x</p>\n\n{escape_markdown(value)}\n",
                                               extensions=["attr_list", "md_in_html", "footnotes", "tables"]))
    found = _Owner()
    found.feed(rendered)
    assert set(found.tags) <= {"p", "br"} and found.attributes == [], rendered


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HOSTILE_TEXT, _HOSTILE_TEXT)
def test_hostile_text_on_every_page_adds_no_markup(name: str, value: str) -> None:
    """Every page of the site (briefing, actor, timeline, lists) rendered as the plugin does: the hostile
    text adds no script, no event handler, no id or class of its own.  Generated pages and fact
    blocks are HTML from the templates that no sanitizer cleans afterwards; only a briefing's body
    passes Python-Markdown and the sanitizer."""
    real = _briefing("aaa-real", "2025-01-01", "Steve Witkoff")
    hostile = replace(_briefing("bbb-hostile", "2026-01-01", name, summary=value, title=value),
                      sections=(Section(value, (value, f"Text {value}")),))
    corpus = Corpus([real, hostile])
    pages = {path: page.html for path, page in generated_pages(corpus, TEMPLATES, "de", "2026-01-02").items()}
    for briefing in corpus.briefings:
        renderer = PageRenderer(corpus, f"briefings/{briefing.slug}.md", "de", TEMPLATES, today="2026-01-02")
        body, tokens = mark_blocks(neutralise_attr_lists(
            f"<!-- lagebild:overview -->\n\n<!-- lagebild:events -->\n\n<!-- lagebild:actors -->\n\n"
            f"## {escape_markdown(value)}\n\n{escape_markdown(value)} {{ #__drawer }}\n"))
        converted = sanitize_html(markdown.markdown(body, extensions=EXTENSIONS))
        pages[f"briefings/{briefing.slug}.md"], _ = briefing_html(renderer, briefing, converted, tokens, set())
    for path, html in pages.items():
        found = _Attributes()
        found.feed(html)
        assert "script" not in found.tags, path
        assert not [a for a in found.attributes if a.startswith("on")], path
        assert "__drawer" not in found.ids and "md-dialog" not in found.classes, path
        schemes = ("javascript:", "data:", "vbscript:")
        assert not [f for f in found.hrefs if f.lower().lstrip().startswith(schemes)], path


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[str] = []
        self.ids: list[str] = []
        self.classes: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for attribute, content in attrs:
            self.attributes.append(attribute)
            if attribute == "href" and content:
                self.hrefs.append(content)
            if attribute == "id" and content:
                self.ids.append(content)
            if attribute == "class" and content:
                self.classes += content.split()
