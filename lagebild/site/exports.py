"""Machine-readable exports of the whole corpus: facts as JSON (with its JSON Schema),
an Atom feed of briefings and an iCalendar file of planned dates.

Pure functions from the corpus to text; the plugin adds the results as
generated files.  Nothing here reads the clock: ``today`` (the build date)
stamps the feed and the calendar, so the same content gives byte-identical
files.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urljoin

from lagebild.briefing.model import FACT_LISTS, Briefing
from lagebild.briefing.schema import fact_to_data
from lagebild.picture.corpus import ACTOR_KINDS, Corpus
from lagebild.picture.events_merge import MERGED_STATUSES, MergedEvent
from lagebild.site.atom import FEED_PATH, atom_feed
from lagebild.site.ics import calendar_text
from lagebild.site.timeline_layout import timeline_path

FACTS_PATH = "data/facts.json"
SCHEMA_PATH = "data/facts.schema.json"
CALENDAR_PATH = "calendar.ics"
SCHEMA_ID = "https://lagebild.invalid/facts.schema.json"  # a name, not a place: the file ships beside the data

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

def briefing_entry(briefing: Briefing, url_of: UrlOf) -> dict[str, Any]:
    """One briefing's part of facts.json: its visible facts (rejected facts stay out, as on the site)."""
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
    return entry


def facts_document(corpus: Corpus, today: str, url_of: UrlOf, briefings: Any = None,
                   events: Any = None) -> dict[str, Any]:
    """All visible facts of all briefings, and the actors they make up.

    `briefings` and `events`, if given, stand in for the lists of briefing and merged-event entries
    (the incremental build splices them in from kept fragments)."""
    if briefings is None:
        briefings = [briefing_entry(briefing, url_of) for briefing in corpus.briefings]
    actors = [{
        "kind": actor.kind, "slug": actor.slug, "name": actor.name, "url": url_of(actor.path),
        "country": actor.country, "spellings": sorted(actor.spellings),
        "briefings": [b.slug for b in actor.briefings],
    } for actor in sorted(corpus.actors.values(), key=lambda a: (a.kind, a.slug))]
    return {"$schema": "facts.schema.json", "version": 1, "built": today, "briefings": briefings, "actors": actors,
            "events": [merged_event_data(m, corpus, today, url_of) for m in corpus.merged_events(today)]
            if events is None else events}


def merged_event_data(merged: MergedEvent, corpus: Corpus, today: str, url_of: UrlOf) -> dict[str, Any]:
    """One occurrence across briefings: its best date, status as of the build date, every report."""
    return {
        "id": merged.id, "date": merged.date, "kind": merged.kind, "status": merged.status,
        "summary": merged.summary, "place": merged.place,
        "participants": [p.name for p in merged.participants],
        "briefings": [b.slug for b in merged.briefings],
        "url": f"{url_of(timeline_path(corpus.picture(today), merged.id))}#{merged.id}",
        "reports": [{"briefing": r.briefing.slug, "event": r.event.id, "source": r.source, "date": r.event.date,
                     "status": r.event.status, "place": r.event.place} for r in merged.reports],
        "disagreements": [{"field": d.field, "values": [{"source": s, "value": v} for s, v in d.values]}
                          for d in merged.disagreements],
    }


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
    "quotes": {"speaker": _nullable("string"), "co_speakers": {"type": "array", "items": _TEXT}, "text": _TEXT},
    "figures": {"value": {"type": "number"}, "unit": _TEXT, "qualifier": _TEXT, "context": _TEXT},
    "sources": {"name": _TEXT},
}
_OPTIONAL = {"aliases", "qualifier", "co_speakers"}


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
    "required": ["version", "built", "briefings", "actors", "events"],
    "properties": {
        "$schema": _TEXT,
        "version": {"const": 1},
        "built": {**_DATE, "description": "the build date that decided what counts as upcoming"},
        "briefings": {"type": "array", "items": {"$ref": "#/$defs/briefing"}},
        "actors": {"type": "array", "items": {"$ref": "#/$defs/actor"}},
        "events": {"type": "array", "items": {"$ref": "#/$defs/merged_event"},
                   "description": "one entry per occurrence: the events of all briefings that report the same "
                                  "meeting, merged"},
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
            "properties": {"kind": {"enum": list(ACTOR_KINDS)}, "slug": _TEXT, "name": _TEXT,
                           "url": _TEXT, "country": _nullable("string"),
                           "spellings": {"type": "array", "items": _TEXT},
                           "briefings": {"type": "array", "items": _TEXT}},
        },
        "merged_event": {
            "type": "object", "additionalProperties": False,
            "required": ["id", "date", "kind", "status", "summary", "place", "participants", "briefings", "url",
                         "reports", "disagreements"],
            "properties": {
                "id": {"type": "string", "description": "stable while its first report stays"},
                "date": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}(-\d{2})?$",
                         "description": "the most precise date, from the most recent source"},
                "kind": _FACT_FIELDS["events"]["kind"],
                "status": {"enum": list(MERGED_STATUSES),
                           "description": "as of `built`: unconfirmed = planned, date passed, no report since"},
                "summary": _TEXT, "place": _nullable("string"),
                "participants": {"type": "array", "items": _TEXT},
                "briefings": {"type": "array", "items": _TEXT, "description": "slugs of the briefings reporting it"},
                "url": _TEXT,
                "reports": {"type": "array", "items": {
                    "type": "object", "required": ["briefing", "event", "source", "date", "status", "place"],
                    "properties": {"briefing": _TEXT, "event": _TEXT, "source": _TEXT,
                                   "date": _nullable("string"), "status": {"enum": ["past", "planned"]},
                                   "place": _nullable("string")}}},
                "disagreements": {"type": "array", "items": {
                    "type": "object", "required": ["field", "values"],
                    "properties": {"field": {"enum": ["date", "place"]},
                                   "values": {"type": "array", "items": {
                                       "type": "object", "required": ["source", "value"],
                                       "properties": {"source": _TEXT, "value": _TEXT}}}}}},
            },
        },
        **{name: _fact_schema(name) for name in FACT_LISTS},
    },
}


# --- Atom and iCalendar: one encoder per format, in lagebild.site.atom and lagebild.site.ics ------------------

def calendar(corpus: Corpus, today: str, url_of: UrlOf, site_name: str, site_url: str | None) -> str:
    """Upcoming merged events as all-day VEVENTs (RFC 5545), in timeline order: one per occurrence,
    planned as of the build date (a date that has passed is no longer in the calendar)."""
    return calendar_text(calendar_entries(corpus, today, url_of, site_url), today, site_name)


def calendar_entries(corpus: Corpus, today: str, url_of: UrlOf,
                     site_url: str | None) -> list[tuple[MergedEvent, str | None]]:
    """The calendar's merged events, in timeline order, each with its timeline URL."""
    entries = []
    for merged in corpus.upcoming(today, limit=None):
        page = f"{url_of(timeline_path(corpus.picture(today), merged.id))}#{merged.id}"
        entries.append((merged, urljoin(site_url, page) if site_url else None))
    return entries
