"""tools/fact_origins.py: each shown fact's origin (the extractor's rule) and the scorer's verdict.

Runs the tool on one dev article (read from ../shared at run time; skipped when the shared sets are
not beside the checkout) and checks the table's shape, that right / wrong / missing per class add up
to the scorer's own counts for that article, that ``--summary-only`` shows neither the article nor any
fact, and that the watched functions are put back afterwards.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_CANDIDATES = (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval")
ARTICLE = "08-us-china-trade-call"
ACCURACY = {"event_status", "roles", "person_countries", "quote_speakers"}


def _tool() -> Any:
    shared = next((p for p in SHARED_CANDIDATES if (p / "dev" / "gold" / f"{ARTICLE}.yaml").is_file()), None)
    if shared is None:
        pytest.skip("the shared evaluation sets (../shared/eval) are not beside this checkout")
    spec = importlib.util.spec_from_file_location("fact_origins", ROOT / "tools" / "fact_origins.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["fact_origins"] = module
    spec.loader.exec_module(module)
    return module


def test_origins_add_up_to_the_scorers_counts() -> None:
    from lagebild.extract import eventdraft, personcandidate, quotes

    fo = _tool()
    add, quote, setter = eventdraft.Draft.add, quotes._quote, personcandidate.Candidate.__setattr__
    rows, score = fo.run_article(fo.set_dir("dev"), fo.set_dir("dev") / "gold" / f"{ARTICLE}.yaml")
    assert eventdraft.Draft.add is add and quotes._quote is quote  # the extractor is put back
    assert personcandidate.Candidate.__setattr__ is setter
    assert rows and all(r[0] in fo.CLASSES + fo.MARGINALS and r[2] in ("right", "wrong", "missing") for r in rows)
    assert not any(r[1].startswith("?") for r in rows), "a fact whose origin was not seen"
    for cls in fo.CLASSES:
        got = Counter(r[2] for r in rows if r[0] == cls)
        right, wrong, missed = score.counts[cls]
        if cls in ACCURACY:
            assert (got["right"], got["wrong"] + got["missing"]) == (right, wrong), cls
        else:
            assert (got["right"], got["wrong"], got["missing"]) == (right, wrong, missed), cls
    assert sum(r[2] == "wrong" for r in rows if r[0] in fo.CLASSES) <= score.misleading  # each one misleads


def test_summary_only_prints_the_table_alone(capsys: pytest.CaptureFixture[str]) -> None:
    fo = _tool()
    logging_off = logging.root.manager.disable
    assert fo.main(["--summary-only", "--set", "dev", "--article", ARTICLE]) == 0
    assert logging.root.manager.disable == logging_off  # (the summary silences logging only while it runs)
    out = capsys.readouterr()
    lines = out.out.strip().splitlines()
    assert lines[0].split() == ["class", "origin", "right", "wrong", "miss", "prec", "sets"]
    body = [line for line in lines[1:] if line.strip()]
    assert body and all(line.split()[0] in fo.CLASSES + fo.MARGINALS for line in body)
    assert all(all(w.isdigit() for w in line.split()[-5:-2]) for line in body)  # right, wrong, missing
    assert {line.split()[0] for line in body if "= all" in line} >= {"events", "event_participants", "roles"}
    assert ARTICLE not in out.out + out.err and "\t" not in out.out
    rows, _score = fo.run_article(fo.set_dir("dev"), fo.set_dir("dev") / "gold" / f"{ARTICLE}.yaml")
    names = {r[3] for r in rows if r[0] in ("organizations", "places")}
    assert names and not any(name in out.out for name in names)  # no fact is shown
