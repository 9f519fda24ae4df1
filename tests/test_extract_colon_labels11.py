"""Places: a label before a colon ("Correction:", "UPDATE:", "Analysis:") opens a line like a broadcaster's
dateline but names no city.  Every sentence is invented; each test fails without the label list."""

from __future__ import annotations

from lagebild.extract.placenames import dateline


def test_labels_before_a_colon_are_no_datelines() -> None:
    assert dateline("Correction: An earlier version gave the wrong date.", "en") is None
    assert dateline("UPDATE: The ferry has reached the port.", "en") is None
    assert dateline("Analysis: Why the port deal matters.", "en") is None


def test_a_town_before_a_colon_stays_a_dateline() -> None:
    assert dateline("Kitgum: Elders met the district commissioner on Monday.", "en") == "Kitgum"
