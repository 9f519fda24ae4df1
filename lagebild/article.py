"""Reading a seed article: bytes in, a clean Article record out.

Article text comes from the web, so it is decoded strictly (UTF-8, with or
without BOM), line endings are normalised, Unicode is put in NFC so the same
name typed on two systems is one name, and control characters are removed
with a warning.  An article may start with YAML front matter giving
``published``, ``url``, ``outlet``, ``language`` and ``title``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from lagebild.briefing import frontmatter
from lagebild.briefing.controls import CONTROL
from lagebild.errors import LagebildError, Problem

MAX_ARTICLE_BYTES = 5_000_000
# Extraction reads at most this many characters of an article (a long news article has 30,000):
# beyond it, work would grow faster than the text (events are merged pairwise), so a pasted
# dossier is cut at a paragraph with a warning instead of running for hours.
MAX_EXTRACT_CHARS = 100_000
SEED_SUFFIXES = (".txt", ".md")
META_KEYS = ("published", "url", "outlet", "language", "title", "locale")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")


@dataclass(frozen=True)
class Article:
    path: str  # as shown to the user, e.g. "seeds/000_3a99068f7abffe5f.txt"
    name: str  # the file name
    text: str  # the article body, normalised
    digest: str  # sha256 of the raw bytes: the extraction cache key
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    locale: str | None = None
    title: str | None = None

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0]


def decode(raw: bytes, path: str) -> str:
    """UTF-8 (BOM allowed) or a clear error naming the line and the byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        byte = raw[exc.start]
        raise LagebildError(Problem(
            path, f"not valid UTF-8 (byte 0x{byte:02x} at offset {exc.start})", line=line,
            hint="re-save the file as UTF-8 (in most editors: 'Save with encoding')",
        )) from None


def normalise(text: str, path: str) -> tuple[str, list[Problem]]:
    """LF line endings, NFC, no control characters (each removal is reported)."""
    warnings: list[Problem] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    for number, line in enumerate(text.split("\n"), start=1):
        if _CONTROL.search(line):
            warnings.append(Problem(path, "control characters removed", line=number,
                                    severity="warning", hint="check the file's encoding"))
    return _CONTROL.sub("", text), warnings


def parse_article(raw: bytes, path: str, name: str) -> tuple[Article, list[Problem]]:
    """Turn a seed file's bytes into an Article; warnings are returned, errors raised."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise LagebildError(Problem(path, f"too large ({len(raw)} bytes, limit {MAX_ARTICLE_BYTES})",
                                    hint="split the article or remove pasted material"))
    text, warnings = normalise(decode(raw, path), path)
    document = frontmatter.parse(text, path)
    meta = _meta(document, path, warnings)
    body = document.body.strip("\n")
    if len(body) > MAX_EXTRACT_CHARS:
        body, cut_line = _cut(body, MAX_EXTRACT_CHARS)
        warnings.append(Problem(path, f"article longer than {MAX_EXTRACT_CHARS:,} characters: facts are taken "
                                      f"from the text before line {document.body_line + cut_line - 1} only",
                                line=document.body_line + cut_line - 1, severity="warning",
                                hint="split the article into several seed files to extract all of it"))
    if not body.strip():
        raise LagebildError(Problem(path, "empty article: no text to extract from",
                                    line=document.body_line,
                                    hint="paste the article text below the front matter, or delete the file"))
    article = Article(
        path=path, name=name, text=body, digest=hashlib.sha256(raw).hexdigest(),
        published=meta.get("published"), url=meta.get("url"), outlet=meta.get("outlet"),
        language=meta.get("language"), locale=meta.get("locale"), title=meta.get("title"),
    )
    return article, warnings


def _cut(body: str, limit: int) -> tuple[str, int]:
    """The body up to the last paragraph (or line) break within limit, and the line where it was cut."""
    end = body.rfind("\n", 0, limit)
    if end <= 0:
        end = limit
    return body[:end].rstrip("\n"), body.count("\n", 0, end) + 2


def _meta(document: frontmatter.Document, path: str, warnings: list[Problem]) -> dict[str, str]:
    problems: list[Problem] = []
    meta: dict[str, str] = {}
    for key, value in document.data.items():
        line = document.lines.get(key)
        if key not in META_KEYS:
            problems.append(Problem(path, f"unknown key '{key}'", line=line, field=key,
                                    hint=f"allowed: {', '.join(META_KEYS)}"))
            continue
        if value is None:
            continue
        if not isinstance(value, str):
            problems.append(Problem(path, "expected a single value", line=line, field=key))
            continue
        if CONTROL.search(value):
            # A YAML escape made it: the briefing must never hold what `check` refuses.
            warnings.append(Problem(path, "control characters removed", line=line, field=key, severity="warning",
                                    hint="remove escapes such as \\x1b from the value"))
        meta[key] = CONTROL.sub("", value).strip()
    if "published" in meta and not _is_iso_date(meta["published"]):
        problems.append(Problem(path, f"invalid date '{meta['published']}'",
                                line=document.lines.get("published"), field="published",
                                hint="write the date as YYYY-MM-DD"))
    if "language" in meta:
        language = meta["language"].replace("_", "-")
        base = language.split("-")[0].lower()
        if base not in ("de", "en"):
            problems.append(Problem(path, f"unsupported language '{meta['language']}'",
                                    line=document.lines.get("language"), field="language",
                                    hint="use de or en (a region such as de-AT is allowed)"))
        else:
            meta["language"] = base
            if "-" in language and "locale" not in meta:
                meta["locale"] = f"{base}-{language.split('-', 1)[1].upper()}"
    if problems:
        raise LagebildError(problems)
    return meta


def _is_iso_date(text: str) -> bool:
    from lagebild.briefing.schema import validate_date

    return validate_date(text, allow_month=False) is None
