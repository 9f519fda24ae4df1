"""Machine-readable exports of the whole corpus: facts as JSON (with its JSON Schema),
an Atom feed of briefings and an iCalendar file of planned dates.

Pure functions from the corpus to text; the plugin adds the results as
generated files.  Nothing here reads the clock: ``today`` (the build date)
stamps the feed and the calendar, so the same content gives byte-identical
files.
"""

from __future__ import annotations

import json
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any
from urllib.parse import urljoin

from lagebild.corpus import Corpus, briefing_date
from lagebild.i18n import format_date, kind_label, labels
from lagebild.model import FACT_LISTS, Briefing, Event
from lagebild.schema import fact_to_data

FACTS_PATH = "data/facts.json"
SCHEMA_PATH = "data/facts.schema.json"
FEED_PATH = "feed.xml"
CALENDAR_PATH = "calendar.ics"
SCHEMA_ID = "https://lagebild.invalid/facts.schema.json"  # a name, not a place: the file ships beside the data
_NAMESPACE = uuid.UUID("6f1c1a7e-6b0a-4d57-9a3c-0d7c2b1e5a10")  # fixed: feed and calendar ids stay stable

UrlOf = Callable[[str], str]  # a page's source path ("briefings/x.md") -> its URL relative to the site root


def export_files(corpus: Corpus, today: str, url_of: UrlOf, site_name: str = "Lagebild",
                 site_url: str | None = None, updated: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every export: site path -> text.  `updated`: slug -> day the briefing last changed (its feed entry's date)."""
    return {
        FACTS_PATH: json.dumps(facts_document(corpus, today, url_of), ensure_ascii=False, indent=1) + "\n",
        SCHEMA_PATH: json.dumps(FACTS_SCHEMA, ensure_ascii=False, indent=1) + "\n",
        FEED_PATH: atom_feed(corpus, today, url_of, site_name, site_url, updated or {}),
        CALENDAR_PATH: calendar(corpus, today, url_of, site_name, site_url),
    }


# --- JSON --------------------------------------------------------------------------------------

def facts_document(corpus: Corpus, today: str, url_of: UrlOf) -> dict[str, Any]:
    """All visible facts of all briefings, and the actors they make up. Rejected facts stay out, as on the site."""
    briefings = []
    for briefing in corpus.briefings:
        entry: dict[str, Any] = {
            "slug": briefing.slug, "url": url_of(f"briefings/{briefing.slug}.md"), "title": briefing.title,
            "language": briefing.language, "locale": briefing.locale, "published": briefing.published,
            "reference_date": None if briefing.reference_date is None else {
                "date": briefing.reference_date.date, "review": briefing.reference_date.review,
                "evidence": briefing.reference_date.evidence},
            "source": {"file": briefing.source.file, "url": briefing.source.url, "outlet": briefing.source.outlet},
            "summary": briefing.summary,
        }
        for list_name in FACT_LISTS:
            entry[list_name] = [fact_to_data(list_name, fact) for fact in briefing.visible(list_name)]
        briefings.append(entry)
    actors = [{
        "kind": actor.kind, "slug": actor.slug, "name": actor.name, "url": url_of(actor.path),
        "country": actor.country, "spellings": sorted(actor.spellings),
        "briefings": [b.slug for b in actor.briefings],
    } for actor in sorted(corpus.actors.values(), key=lambda a: (a.kind, a.slug))]
    return {"$schema": "facts.schema.json", "version": 1, "built": today, "briefings": briefings, "actors": actors}


def _nullable(kind: str) -> dict[str, Any]:
    return {"type": [kind, "null"]}


_TEXT: dict[str, Any] = {"type": "string"}
_DATE: dict[str, Any] = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_FACT_COMMON: dict[str, Any] = {
    "id": {"type": "string", "description": "stable id that ties the fact to its next extraction"},
    "evidence": {"type": "string", "description": "the article's sentence the fact came from"},
    "review": {"enum": ["extracted", "guessed", "edited", "verified"],
               "description": "guessed: inferred, not stated verbatim"},
}
_FACT_FIELDS: dict[str, dict[str, Any]] = {
    "persons": {"name": _TEXT, "role": _nullable("string"),
                "country": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
                "aliases": {"type": "array", "items": _TEXT}},
    "organizations": {"name": _TEXT},
    "countries": {"code": {"type": "string", "pattern": "^[A-Z]{2}$"}, "name": _TEXT},
    "places": {"name": _TEXT},
    "events": {"date": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}(-\d{2})?$"},
               "kind": {"enum": ["meeting", "call", "talks", "speech", "statement", "announcement", "other"]},
               "status": {"enum": ["past", "planned"]}, "summary": _TEXT,
               "participants": {"type": "array", "items": _TEXT}, "place": _nullable("string")},
    "quotes": {"speaker": _nullable("string"), "text": _TEXT},
    "figures": {"value": {"type": "number"}, "unit": _TEXT, "qualifier": _TEXT, "context": _TEXT},
    "sources": {"name": _TEXT},
}
_OPTIONAL = {"aliases", "qualifier"}


def _fact_schema(list_name: str) -> dict[str, Any]:
    fields = {**_FACT_FIELDS[list_name], **_FACT_COMMON}
    return {"type": "object", "additionalProperties": False, "properties": fields,
            "required": sorted(k for k in fields if k not in _OPTIONAL)}


FACTS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": SCHEMA_ID,
    "title": "Lagebild facts",
    "description": "Every briefing with its facts and evidence, and every actor across briefings.",
    "type": "object",
    "required": ["version", "built", "briefings", "actors"],
    "properties": {
        "$schema": _TEXT,
        "version": {"const": 1},
        "built": {**_DATE, "description": "the build date that decided what counts as upcoming"},
        "briefings": {"type": "array", "items": {"$ref": "#/$defs/briefing"}},
        "actors": {"type": "array", "items": {"$ref": "#/$defs/actor"}},
    },
    "$defs": {
        "briefing": {
            "type": "object", "additionalProperties": False,
            "required": ["slug", "url", "title", "language", "locale", "published", "reference_date", "source",
                         "summary", *FACT_LISTS],
            "properties": {
                "slug": _TEXT, "url": _TEXT, "title": _TEXT, "language": {"enum": ["de", "en"]},
                "locale": _nullable("string"), "published": {"type": ["string", "null"], "pattern": _DATE["pattern"]},
                "reference_date": {"type": ["object", "null"], "required": ["date", "review", "evidence"],
                                   "properties": {"date": _DATE, "review": _TEXT, "evidence": _TEXT}},
                "source": {"type": "object", "required": ["file", "url", "outlet"],
                           "properties": {"file": _TEXT, "url": _nullable("string"), "outlet": _nullable("string")}},
                "summary": _TEXT,
                **{name: {"type": "array", "items": {"$ref": f"#/$defs/{name}"}} for name in FACT_LISTS},
            },
        },
        "actor": {
            "type": "object", "additionalProperties": False,
            "required": ["kind", "slug", "name", "url", "country", "spellings", "briefings"],
            "properties": {"kind": {"enum": ["person", "organization", "country"]}, "slug": _TEXT, "name": _TEXT,
                           "url": _TEXT, "country": _nullable("string"),
                           "spellings": {"type": "array", "items": _TEXT},
                           "briefings": {"type": "array", "items": _TEXT}},
        },
        **{name: _fact_schema(name) for name in FACT_LISTS},
    },
}


# --- Atom --------------------------------------------------------------------------------------

_ATOM = "http://www.w3.org/2005/Atom"


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def atom_feed(corpus: Corpus, today: str, url_of: UrlOf, site_name: str, site_url: str | None,
              updated: Mapping[str, str] | None = None) -> str:
    """RFC 4287 feed, newest briefing first; links are relative to the feed unless site_url is known.

    An entry's `updated` is the day its briefing last changed (`updated`, e.g. corrected), else its date.
    """
    changed = {b.slug: (updated or {}).get(b.slug) or briefing_date(b) for b in corpus.briefings}
    def href(path: str) -> str:
        return urljoin(site_url, path) if site_url else path

    ET.register_namespace("", _ATOM)
    feed = ET.Element(f"{{{_ATOM}}}feed")
    ET.SubElement(feed, f"{{{_ATOM}}}title").text = site_name
    ET.SubElement(feed, f"{{{_ATOM}}}id").text = f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'feed:' + site_name)}"
    newest = max((day for day in changed.values() if day), default=today)
    ET.SubElement(feed, f"{{{_ATOM}}}updated").text = _stamp(newest)
    ET.SubElement(feed, f"{{{_ATOM}}}link", rel="self", href=href(FEED_PATH))
    ET.SubElement(feed, f"{{{_ATOM}}}link", rel="alternate", href=href("./"))
    ET.SubElement(ET.SubElement(feed, f"{{{_ATOM}}}author"), f"{{{_ATOM}}}name").text = site_name
    for briefing in corpus.briefings:
        entry = ET.SubElement(feed, f"{{{_ATOM}}}entry")
        entry.set("xml:lang", briefing.locale or briefing.language)
        ET.SubElement(entry, f"{{{_ATOM}}}title").text = briefing.title or briefing.slug
        ET.SubElement(entry, f"{{{_ATOM}}}id").text = f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'briefing:' + briefing.slug)}"
        ET.SubElement(entry, f"{{{_ATOM}}}updated").text = _stamp(changed[briefing.slug] or newest)
        ET.SubElement(entry, f"{{{_ATOM}}}link", rel="alternate", type="text/html",
                      href=href(url_of(f"briefings/{briefing.slug}.md")))
        if briefing.source.outlet:
            ET.SubElement(ET.SubElement(entry, f"{{{_ATOM}}}author"), f"{{{_ATOM}}}name").text = briefing.source.outlet
        if briefing.summary:
            ET.SubElement(entry, f"{{{_ATOM}}}summary", type="text").text = briefing.summary
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True).replace(
        "<?xml version='1.0' encoding='UTF-8'?>", '<?xml version="1.0" encoding="utf-8"?>') + "\n"


# --- iCalendar ---------------------------------------------------------------------------------

def _ics_text(text: str) -> str:
    """RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return "\\n".join(text.splitlines()) if text else ""


def _fold(line: str) -> str:
    """RFC 5545 3.1: lines of at most 75 octets, continued with CRLF + space, never inside a UTF-8 character."""
    parts: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > (75 if not parts else 74):
            parts.append(current)
            current, size = "", 0
        current += ch
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _span(value: str) -> tuple[date, date, bool]:
    """All-day range [start, end) for a date; a month-only date spans its whole month."""
    if len(value) == 7:
        start = date(int(value[:4]), int(value[5:7]), 1)
        end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start, end, True
    start = date.fromisoformat(value)
    return start, start + timedelta(days=1), False


def _vevent(briefing: Briefing, event: Event, stamp: str, url: str | None) -> list[str]:
    assert event.date is not None
    start, end, month_only = _span(event.date)
    words = labels(briefing.language)
    summary = f"{kind_label(event.kind, briefing.language)}: {event.summary or briefing.title}"
    if month_only:
        summary += f" ({format_date(event.date, briefing.language, briefing.locale)}, {words['day_open']})"
    description = "\n".join(part for part in (event.evidence, f"{words['briefing']}: {briefing.title}", url) if part)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.id}.{briefing.slug}@lagebild",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end:%Y%m%d}",
        f"SUMMARY;LANGUAGE={briefing.language}:{_ics_text(summary)}",
        f"DESCRIPTION;LANGUAGE={briefing.language}:{_ics_text(description)}",
    ]
    if event.place:
        lines.append(f"LOCATION:{_ics_text(event.place)}")
    if url and url.startswith(("http://", "https://")):
        lines.append(f"URL:{url}")
    # A month-only date is a placeholder: keep it out of free/busy and mark it tentative.
    lines += ["TRANSP:TRANSPARENT", f"STATUS:{'TENTATIVE' if month_only or event.is_guess else 'CONFIRMED'}",
              "END:VEVENT"]
    return lines


def calendar(corpus: Corpus, today: str, url_of: UrlOf, site_name: str, site_url: str | None) -> str:
    """Planned dated events as all-day VEVENTs (RFC 5545), in timeline order."""
    stamp = today.replace("-", "") + "T000000Z"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{_ics_text(site_name)}//Lagebild//DE",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{_ics_text(site_name)}"]
    for briefing, event in corpus.timeline():
        if event.status == "planned" and event.date:
            page = url_of(f"briefings/{briefing.slug}.md")
            lines += _vevent(briefing, event, stamp, urljoin(site_url, page) if site_url else None)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
