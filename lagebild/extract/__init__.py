"""Turning one article into the facts of a briefing, offline, with evidence."""

from lagebild.extract.pipeline import extract

EXTRACTOR_VERSION = "1"  # bump when rules change: it keys the extraction cache

__all__ = ["EXTRACTOR_VERSION", "extract"]
