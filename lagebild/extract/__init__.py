"""Turning one article into the facts of a briefing, offline, with evidence."""

import hashlib
from pathlib import Path

from lagebild.extract.pipeline import extract

EXTRACTOR_VERSION = "1"  # bump on a change of output format


def _code_digest() -> str:
    """A digest of the extractor's own code and data: changing a rule invalidates cached results."""
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


EXTRACTOR_FINGERPRINT = _code_digest()

__all__ = ["EXTRACTOR_FINGERPRINT", "EXTRACTOR_VERSION", "extract"]
