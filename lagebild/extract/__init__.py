"""Turning one article into the facts of a briefing, offline, with evidence."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lagebild.article import Article
    from lagebild.briefing.model import Briefing

EXTRACTOR_VERSION = "1"  # bump on a change of output format


def _code_digest() -> str:
    """A digest of the extractor's own code and data: changing a rule invalidates cached results."""
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


EXTRACTOR_FINGERPRINT = _code_digest()


def extract(article: Article) -> Briefing:
    """The stages of `pipeline` over one article.  Imported on first use: a re-run whose every
    seed is cached never needs the rules (their import was a tenth of an unchanged re-run)."""
    from lagebild.extract.pipeline import extract as run

    return run(article)


__all__ = ["EXTRACTOR_FINGERPRINT", "EXTRACTOR_VERSION", "extract"]
