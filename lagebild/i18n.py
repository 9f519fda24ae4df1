"""What the site says in the reader's language: labels, dates, numbers, country names.

A German briefing gets German labels; an Austrian one ("Jänner") Austrian
month names; an English one English labels.  Babel supplies the locale data,
so nothing here hard-codes a month name.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "home": "Start", "briefings": "Briefings", "briefing": "Briefing", "actors": "Akteure",
        "persons": "Personen", "organizations": "Organisationen", "countries": "Länder",
        "places": "Orte", "timeline": "Zeitleiste", "review": "Prüfliste",
        "overview": "Überblick", "summary": "Zusammenfassung", "meetings": "Treffen und Termine",
        "past": "Vergangen", "planned": "Geplant", "date": "Datum", "kind": "Art", "status": "Status",
        "participants": "Beteiligte", "place": "Ort", "event": "Ereignis", "name": "Name",
        "role": "Rolle", "country": "Land", "quotes": "Zitate", "speaker": "Sprecher",
        "figures": "Zahlen", "value": "Wert", "unit": "Einheit", "context": "Zusammenhang",
        "sources": "Zitierte Quellen", "article": "Der Artikel", "evidence": "Beleg",
        "guessed": "erschlossen", "guessed_note": "erschlossen, nicht wörtlich im Artikel",
        "edited": "redigiert", "verified": "geprüft", "published": "Veröffentlicht",
        "outlet": "Medium", "source_file": "Quelldatei", "undated": "ohne Datum",
        "role_of": "Die Rolle {of}", "no_role": "Der Artikel nennt keine Rolle {of}.",
        "latest": "Neueste Briefings", "upcoming": "Nächste Termine", "most_mentioned": "Meistgenannte Akteure",
        "mentions": "Erwähnungen", "appears_in": "Kommt vor in", "roles_held": "Rollen",
        "events_of": "Ereignisse", "event_one": "Ereignis", "quotes_of": "Zitate", "met_whom": "Wer traf wen",
        "all_briefings": "Alle Briefings", "back_to": "Zurück zu", "reference_date": "Bezugsdatum",
        "none": "Keine Angaben.", "filter": "Filtern", "all": "alle", "calendar": "Kalender (.ics)",
        "exports": "Daten", "qualifier": "Angabe", "aliases": "Schreibweisen",
        "inferred_reference": "Das Veröffentlichungsdatum fehlt; Bezugsdatum erschlossen: {date}.",
        "actor": "Akteur", "all_actors": "alle Akteure", "all_kinds": "alle Arten", "reset": "Zurücksetzen",
        "no_match": "Kein Eintrag passt zum Filter.", "shown": "angezeigt", "in_timeline": "In der Zeitleiste",
        "feed": "Atom-Feed der Briefings", "facts_json": "Alle Fakten als JSON", "facts_schema": "JSON-Schema",
        "calendar_long": "Geplante Termine als Kalender (.ics)", "day_open": "Tag offen",
        "breadcrumbs": "Brotkrumen", "diagram_caption": "Linien: gemeinsame Termine; gestrichelt: geplant.",
        "quote_open": "„", "quote_close": "“", "unnamed_speaker": "ungenannte Quelle",
        "months": "Monate", "earlier": "Früher", "later": "Später", "part": "Teil", "up_to": "bis", "archive": "Archiv",
        "latest_n": "die neuesten {n}; ältere im Archiv",
        "pages": "Seiten", "previous": "Zurück", "next": "Weiter", "all_of_kind": "Alle {kind} von A bis Z",
        "most_named": "Die meistgenannten {n}", "by_month": "Nach Monat",
    },
    "en": {
        "home": "Home", "briefings": "Briefings", "briefing": "Briefing", "actors": "Actors",
        "persons": "People", "organizations": "Organizations", "countries": "Countries",
        "places": "Places", "timeline": "Timeline", "review": "Review",
        "overview": "Overview", "summary": "Summary", "meetings": "Meetings and dates",
        "past": "Past", "planned": "Planned", "date": "Date", "kind": "Kind", "status": "Status",
        "participants": "Participants", "place": "Place", "event": "Event", "name": "Name",
        "role": "Role", "country": "Country", "quotes": "Quotes", "speaker": "Speaker",
        "figures": "Figures", "value": "Value", "unit": "Unit", "context": "Context",
        "sources": "Cited sources", "article": "The article", "evidence": "Evidence",
        "guessed": "inferred", "guessed_note": "inferred, not stated verbatim in the article",
        "edited": "edited", "verified": "verified", "published": "Published",
        "outlet": "Outlet", "source_file": "Source file", "undated": "undated",
        "role_of": "The role {of}", "no_role": "The article gives no role {of}.",
        "latest": "Latest briefings", "upcoming": "Upcoming dates", "most_mentioned": "Most-mentioned actors",
        "mentions": "Mentions", "appears_in": "Appears in", "roles_held": "Roles",
        "events_of": "Events", "event_one": "Event", "quotes_of": "Quotes", "met_whom": "Who met whom",
        "all_briefings": "All briefings", "back_to": "Back to", "reference_date": "Reference date",
        "none": "Nothing stated.", "filter": "Filter", "all": "all", "calendar": "Calendar (.ics)",
        "exports": "Data", "qualifier": "Qualifier", "aliases": "Spellings",
        "inferred_reference": "The publication date is missing; reference date inferred: {date}.",
        "actor": "Actor", "all_actors": "all actors", "all_kinds": "all kinds", "reset": "Reset",
        "no_match": "No entry matches the filter.", "shown": "shown", "in_timeline": "In the timeline",
        "feed": "Atom feed of briefings", "facts_json": "All facts as JSON", "facts_schema": "JSON Schema",
        "calendar_long": "Planned dates as a calendar (.ics)", "day_open": "day not yet known",
        "breadcrumbs": "Breadcrumbs", "diagram_caption": "Lines: shared dates; dashed: planned.",
        "quote_open": "“", "quote_close": "”", "unnamed_speaker": "unnamed source",
        "months": "Months", "earlier": "Earlier", "later": "Later", "part": "Part", "up_to": "up to",
        "archive": "Archive",
        "latest_n": "the latest {n}; older ones in the archive",
        "pages": "Pages", "previous": "Previous", "next": "Next", "all_of_kind": "All {kind} from A to Z",
        "most_named": "The {n} most named", "by_month": "By month",
    },
}

KIND_LABELS: dict[str, dict[str, str]] = {
    "de": {"meeting": "Treffen", "call": "Telefonat", "talks": "Gespräche", "speech": "Rede",
           "statement": "Erklärung", "announcement": "Ankündigung", "other": "Sonstiges"},
    "en": {"meeting": "Meeting", "call": "Call", "talks": "Talks", "speech": "Speech",
           "statement": "Statement", "announcement": "Announcement", "other": "Other"},
}


def babel_locale(language: str, locale: str | None) -> str:
    """'de' + 'de-AT' -> 'de_AT'; a missing region falls back to the language default."""
    if locale and locale.split("-")[0] == language:
        return locale.replace("-", "_")
    return "de_DE" if language == "de" else "en_US"


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


def kind_label(kind: str, language: str) -> str:
    return KIND_LABELS.get(language, KIND_LABELS["en"]).get(kind, kind)


@lru_cache(maxsize=1 << 14)  # pages repeat the same few hundred dates; Babel is slow
def format_date(value: str | None, language: str, locale: str | None = None) -> str:
    """'2026-01-03' -> '3. Jänner 2026' (de-AT); '2026-01' -> 'Januar 2026'; None -> 'ohne Datum'."""
    if not value:
        return labels(language)["undated"]
    where = babel_locale(language, locale)
    parts = value.split("-")
    if len(parts) == 2:
        return babel_format_date(date(int(parts[0]), int(parts[1]), 1), "LLLL y", locale=where)
    return babel_format_date(date.fromisoformat(value), "long", locale=where)


def format_number(value: float | int, language: str, locale: str | None = None) -> str:
    return format_decimal(value, locale=babel_locale(language, locale))


@lru_cache(maxsize=4096)
def country_name(code: str, language: str) -> str:
    """The country's name in the reader's language ('UA' -> 'Ukraine')."""
    territories = Locale.parse(language).territories
    return str(territories.get(code.upper(), code.upper()))


def country_genitive(code: str, language: str) -> str:
    """'der USA' / 'Deutschlands' / 'of the United States' for headings like 'Die Rolle …'."""
    name = country_name(code, language)
    if language == "de":
        plural_or_feminine = {"US": "der USA", "GB": "Großbritanniens", "UA": "der Ukraine",
                              "TR": "der Türkei", "CH": "der Schweiz", "NL": "der Niederlande"}
        return plural_or_feminine.get(code, name + ("s" if not name.endswith(("s", "z", "x")) else ""))
    special = {"US": "the United States", "GB": "the United Kingdom", "NL": "the Netherlands"}
    return "of " + special.get(code, name)
