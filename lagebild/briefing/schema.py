"""The briefing file's front matter: validation into records, and back to data.

Reading turns the string-typed YAML (see ``frontmatter``) into typed records,
collecting every problem with its file line and field path.  Writing turns
records into plain data in a fixed key order, so the same briefing always
gives byte-identical YAML.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from lagebild.briefing.frontmatter import Document
from lagebild.briefing.model import (
    EVENT_KINDS,
    EVENT_STATUSES,
    LANGUAGES,
    REVIEW_STATES,
    Briefing,
    Country,
    Event,
    Fact,
    Figure,
    Organization,
    Person,
    Place,
    Quote,
    ReferenceDate,
    Source,
    SourceInfo,
    fact_id,
)
from lagebild.errors import Problem

TOP_LEVEL_KEYS = (
    "title", "language", "locale", "published", "reference_date", "source", "summary",
    "persons", "organizations", "countries", "places", "events", "quotes", "figures", "sources",
)
COMMON_FACT_KEYS = ("evidence", "review", "id")
FACT_KEYS: dict[str, tuple[str, ...]] = {
    "persons": ("name", "role", "country", "aliases"),
    "organizations": ("name",),
    "countries": ("code", "name"),
    "places": ("name",),
    "events": ("date", "kind", "status", "summary", "participants", "place"),
    "quotes": ("speaker", "co_speakers", "text"),
    "figures": ("value", "unit", "qualifier", "context"),
    "sources": ("name",),
}
ID_PREFIX = {"persons": "p", "organizations": "o", "countries": "c", "places": "pl",
             "events": "e", "quotes": "q", "figures": "f", "sources": "s"}
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
_SAFE_URL = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
_PARTIAL_DATE = re.compile(r"^\d{4}-\d{2}$")


@dataclass
class _Reader:
    """Validates one file's data, collecting problems instead of stopping at the first."""

    doc: Document
    path: str
    problems: list[Problem]

    def problem(self, field: str, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.path, message, line=self.doc.line_of(field) or 1,
                                     field=field, hint=hint))

    def text(self, data: dict[str, Any], key: str, field: str, *, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                self.problem(field, "missing", hint=f"add '{key}: …'")
            return None
        if not isinstance(value, str):
            self.problem(field, f"expected text, got a {_kind(value)}", hint="write a single value")
            return None
        return value

    def choice(self, data: dict[str, Any], key: str, field: str, allowed: tuple[str, ...],
               default: str) -> str:
        value = self.text(data, key, field)
        if value is None:
            return default
        if value not in allowed:
            self.problem(field, f"'{value}' is not allowed", hint=f"use one of: {', '.join(allowed)}")
            return default
        return value

    def text_list(self, data: dict[str, Any], key: str, field: str) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(field, f"expected a list, got {_kind(value)}", hint="write [a, b] or one '- item' per line")
            return ()
        items = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                self.problem(f"{field}[{index}]", f"expected text, got {_kind(item)}")
                continue
            items.append(item)
        return tuple(items)


def _kind(value: object) -> str:
    return {dict: "mapping", list: "list", str: "text", type(None): "nothing"}.get(type(value), "value")


# Dates are shifted by days and months (spans, plausibility): keep a margin inside what Python's
# date can hold, so year 0 or 9999 is the editor's error, not an internal one.
YEARS = (1, 9998)


def validate_date(value: str, *, allow_month: bool) -> str | None:
    """The problem with a date string, or None when it is a real ISO date."""
    if re.match(r"^\d{4}-", value) and not YEARS[0] <= int(value[:4]) <= YEARS[1]:
        return f"year out of range ({YEARS[0]:04d}–{YEARS[1]}) in date"
    if allow_month and _PARTIAL_DATE.match(value):
        _year, month = value.split("-")
        return None if 1 <= int(month) <= 12 else "invalid month"
    try:
        date.fromisoformat(value)
    except ValueError:
        return "invalid date"
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return "invalid date"
    return None


def parse_number(text: str) -> int | float | None:
    """A plain number as editors write it: 150000, 2500000000, 3.5 (not '150.000')."""
    cleaned = text.strip().replace("_", "")
    if re.fullmatch(r"-?\d+", cleaned):
        return int(cleaned)
    if re.fullmatch(r"-?\d+\.\d+", cleaned) and not re.fullmatch(r"-?\d{1,3}\.\d{3}", cleaned):
        return float(cleaned)
    return None


def read_briefing(doc: Document, path: str, slug: str) -> tuple[Briefing | None, list[Problem]]:
    """Validate a parsed briefing file; return the record and every problem found."""
    problems: list[Problem] = []
    reader = _Reader(doc, path, problems)
    data = doc.data
    if not doc.has_front_matter:
        return None, [Problem(path, "no front matter", line=1, column=1,
                              hint="a briefing starts with '---', its facts, and '---'")]
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            reader.problem(key, f"unknown field '{key}'", hint=_suggest(key, TOP_LEVEL_KEYS))
    title = reader.text(data, "title", "title", required=True) or ""
    language = reader.choice(data, "language", "language", LANGUAGES, "de")
    if data.get("language") is None:
        reader.problem("language", "missing", hint="add 'language: de' or 'language: en'")
    locale = reader.text(data, "locale", "locale")
    if locale is not None and not re.fullmatch(r"(de|en)(-[A-Z]{2})?", locale):
        reader.problem("locale", f"'{locale}' is not a locale", hint="write e.g. de-AT, de-CH, en-GB")
        locale = None
    published = reader.text(data, "published", "published")
    if published is not None and validate_date(published, allow_month=False):
        reader.problem("published", f"invalid date '{published}'", hint="write YYYY-MM-DD, or null")
        published = None
    reference = _reference_date(reader, data.get("reference_date"))
    source = _source(reader, data.get("source"))
    summary = reader.text(data, "summary", "summary") or ""
    facts: dict[str, tuple[Fact, ...]] = {}
    for list_name, builder in _BUILDERS.items():
        facts[list_name] = _fact_list(reader, data.get(list_name), list_name, builder)
    if problems:
        return None, problems
    briefing = Briefing(
        slug=slug, title=title, language=language, locale=locale, published=published,
        reference_date=reference, source=source, summary=summary, body=doc.body,
        **facts,  # type: ignore[arg-type]
    )
    return briefing, problems


def _suggest(key: str, allowed: tuple[str, ...]) -> str:
    import difflib

    close = difflib.get_close_matches(key, allowed, n=1)
    return f"did you mean '{close[0]}'?" if close else f"allowed: {', '.join(allowed)}"


def _reference_date(reader: _Reader, value: Any) -> ReferenceDate | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        reader.problem("reference_date", "expected a mapping with date, review, evidence")
        return None
    when = reader.text(value, "date", "reference_date.date", required=True)
    if when and validate_date(when, allow_month=False):
        reader.problem("reference_date.date", f"invalid date '{when}'", hint="write YYYY-MM-DD")
        return None
    review = reader.choice(value, "review", "reference_date.review", REVIEW_STATES, "extracted")
    evidence = reader.text(value, "evidence", "reference_date.evidence") or ""
    return ReferenceDate(when or "", review, evidence) if when else None  # type: ignore[arg-type]


def _source(reader: _Reader, value: Any) -> SourceInfo:
    if value is None:
        return SourceInfo(file="")
    if not isinstance(value, dict):
        reader.problem("source", "expected a mapping with file, url, outlet")
        return SourceInfo(file="")
    for key in value:
        if key not in ("file", "url", "outlet"):
            reader.problem(f"source.{key}", f"unknown field '{key}'", hint="allowed: file, url, outlet")
    url = reader.text(value, "url", "source.url")
    if url is not None and not _SAFE_URL.match(url):
        reader.problem("source.url", "only http, https and mailto links are allowed",
                       hint="write the full address starting with https://")
        url = None
    return SourceInfo(file=reader.text(value, "file", "source.file") or "", url=url,
                      outlet=reader.text(value, "outlet", "source.outlet"))


def _fact_list(reader: _Reader, value: Any, list_name: str,
               builder: Callable[[_Reader, dict[str, Any], str, dict[str, Any]], Fact | None]) -> tuple[Fact, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        reader.problem(list_name, f"expected a list, got {_kind(value)}",
                       hint="write one '- name: …' entry per fact")
        return ()
    facts: list[Fact] = []
    seen_ids: dict[str, int] = {}
    for index, item in enumerate(value):
        field = f"{list_name}[{index}]"
        if not isinstance(item, dict):
            reader.problem(field, f"expected a mapping, got {_kind(item)}", hint="write '- name: …'")
            continue
        allowed = FACT_KEYS[list_name] + COMMON_FACT_KEYS
        for key in item:
            if key not in allowed:
                reader.problem(f"{field}.{key}", f"unknown field '{key}'", hint=_suggest(key, allowed))
        common = {
            "evidence": reader.text(item, "evidence", f"{field}.evidence") or "",
            "review": reader.choice(item, "review", f"{field}.review", REVIEW_STATES, "extracted"),
        }
        fact = builder(reader, item, field, common)
        if fact is None:
            continue
        if fact.id in seen_ids:
            reader.problem(f"{field}.id", f"duplicate id '{fact.id}' (also {list_name}[{seen_ids[fact.id]}])",
                           hint="give each fact its own id, or delete the id line to get a fresh one")
        seen_ids[fact.id] = index
        facts.append(fact)
    return tuple(facts)


def _id(reader: _Reader, item: dict[str, Any], field: str, list_name: str, *parts: object) -> str:
    given = reader.text(item, "id", f"{field}.id")
    return given or fact_id(ID_PREFIX[list_name], *parts)


def _person(reader: _Reader, item: dict[str, Any], field: str, common: dict[str, Any]) -> Fact | None:
    name = reader.text(item, "name", f"{field}.name", required=True)
    country = reader.text(item, "country", f"{field}.country")
    if country is not None and not _COUNTRY_CODE.match(country):
        reader.problem(f"{field}.country", f"'{country}' is not an ISO 3166 alpha-2 code",
                       hint="write two capital letters in quotes, e.g. 'NO' for Norway, or null")
    if not name:
        return None
    return Person(id=_id(reader, item, field, "persons", name), name=name,
                  role=reader.text(item, "role", f"{field}.role"), country=country,
                  aliases=reader.text_list(item, "aliases", f"{field}.aliases"), **common)


def _named(cls: type[Organization] | type[Place] | type[Source], list_name: str) -> Callable[..., Fact | None]:
    def build(reader: _Reader, item: dict[str, Any], field: str, common: dict[str, Any]) -> Fact | None:
        name = reader.text(item, "name", f"{field}.name", required=True)
        if not name:
            return None
        return cls(id=_id(reader, item, field, list_name, name), name=name, **common)
    return build


def _country(reader: _Reader, item: dict[str, Any], field: str, common: dict[str, Any]) -> Fact | None:
    code = reader.text(item, "code", f"{field}.code", required=True)
    if code is None:
        return None
    if not _COUNTRY_CODE.match(code):
        reader.problem(f"{field}.code", f"'{code}' is not an ISO 3166 alpha-2 code",
                       hint="write two capital letters in quotes, e.g. 'NO'")
        return None
    return Country(id=_id(reader, item, field, "countries", code), code=code,
                   name=reader.text(item, "name", f"{field}.name") or code, **common)


def _event(reader: _Reader, item: dict[str, Any], field: str, common: dict[str, Any]) -> Fact | None:
    when = reader.text(item, "date", f"{field}.date")
    if when is not None:
        problem = validate_date(when, allow_month=True)
        if problem:
            reader.problem(f"{field}.date", f"{problem} '{when}'",
                           hint="write YYYY-MM-DD, YYYY-MM when only the month is known, or null")
            when = None
    kind = reader.choice(item, "kind", f"{field}.kind", EVENT_KINDS, "other")
    status = reader.choice(item, "status", f"{field}.status", EVENT_STATUSES, "past")
    summary = reader.text(item, "summary", f"{field}.summary") or ""
    return Event(id=_id(reader, item, field, "events", when, kind, summary), date=when,
                 kind=kind, status=status, summary=summary,  # type: ignore[arg-type]
                 participants=reader.text_list(item, "participants", f"{field}.participants"),
                 place=reader.text(item, "place", f"{field}.place"), **common)


def _quote(reader: _Reader, item: dict[str, Any], field: str, common: dict[str, Any]) -> Fact | None:
    text = reader.text(item, "text", f"{field}.text", required=True)
    if not text:
        return None
    return Quote(id=_id(reader, item, field, "quotes", text), text=text,
                 speaker=reader.text(item, "speaker", f"{field}.speaker"),
                 co_speakers=reader.text_list(item, "co_speakers", f"{field}.co_speakers"), **common)


def _figure(reader: _Reader, item: dict[str, Any], field: str, common: dict[str, Any]) -> Fact | None:
    raw = reader.text(item, "value", f"{field}.value", required=True)
    if raw is None:
        return None
    value = parse_number(raw)
    if value is None:
        reader.problem(f"{field}.value", f"'{raw}' is not a plain number",
                       hint="write digits only, e.g. 150000 or 2.5 (no thousands separators)")
        return None
    unit = reader.text(item, "unit", f"{field}.unit") or ""
    context = reader.text(item, "context", f"{field}.context") or ""
    return Figure(id=_id(reader, item, field, "figures", raw, unit, context), value=value, unit=unit,
                  context=context, qualifier=reader.text(item, "qualifier", f"{field}.qualifier"), **common)


_BUILDERS: dict[str, Callable[[_Reader, dict[str, Any], str, dict[str, Any]], Fact | None]] = {
    "persons": _person,
    "organizations": _named(Organization, "organizations"),
    "countries": _country,
    "places": _named(Place, "places"),
    "events": _event,
    "quotes": _quote,
    "figures": _figure,
    "sources": _named(Source, "sources"),
}


def briefing_to_data(briefing: Briefing) -> dict[str, Any]:
    """Plain data for the front matter, keys in the documented order."""
    data: dict[str, Any] = {
        "title": briefing.title,
        "language": briefing.language,
        "locale": briefing.locale,
        "published": briefing.published,
    }
    if briefing.reference_date is not None:
        ref = briefing.reference_date
        data["reference_date"] = {"date": ref.date, "review": ref.review, "evidence": ref.evidence}
    data["source"] = {"file": briefing.source.file, "url": briefing.source.url, "outlet": briefing.source.outlet}
    data["summary"] = briefing.summary
    for list_name in FACT_KEYS:
        data[list_name] = [fact_to_data(list_name, fact) for fact in getattr(briefing, list_name)]
    return data


def fact_to_data(list_name: str, fact: Fact) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for key in FACT_KEYS[list_name]:
        value = getattr(fact, key)
        if isinstance(value, tuple):
            value = list(value)
            if key in ("aliases", "co_speakers") and not value:
                continue
        elif key == "value":
            value = format_number(value)
        elif key == "qualifier" and value is None:
            continue
        item[key] = value
    item["evidence"] = fact.evidence
    item["review"] = fact.review
    item["id"] = fact.id
    return item


def format_number(value: int | float) -> int | float:
    """Whole numbers as ints (150000, not 150000.0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
