"""The three-way merge: an editor's correction is never lost to re-extraction (T36–T44)."""

from __future__ import annotations

import copy
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from lagebild.briefing import frontmatter
from lagebild.briefing.merge import accept_rule, merge_file, plan_merge
from lagebild.errors import LagebildError

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "merge" / "seed-briefing.md"


@pytest.fixture(scope="module")
def machine() -> tuple[dict[str, Any], str]:
    """The extractor's output for the seed, frozen, so these tests do not move with the extractor."""
    text = FIXTURE.read_text(encoding="utf-8")
    return frontmatter.parse(text, "x.md").data, frontmatter.split(text, "x.md")[2]


def render(data: dict[str, Any], body: str) -> str:
    return frontmatter.render(data, body)


def person(data: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in data["persons"] if p["name"] == name)


def setup(tmp_path: Path, base_text: str, editor_text: str) -> tuple[Path, Path]:
    target, base = tmp_path / "x.md", tmp_path / "base.md"
    target.write_bytes(editor_text.encode())
    base.write_text(base_text, encoding="utf-8")
    return target, base


def read(text: str) -> dict[str, Any]:
    return frontmatter.parse(text.replace("\r\n", "\n"), "x.md").data


def test_t36_role_correction_survives_and_machine_changes_elsewhere_apply(machine, tmp_path: Path) -> None:
    data, body = machine
    base_text = render(data, body)
    editor_text = base_text.replace("  role: US-Sondergesandter\n",
                                    "  role: Sonderbeauftragter  # laut Weißem Haus\n", 1)
    assert editor_text != base_text
    fresh = copy.deepcopy(data)
    person(fresh, "Boris Pistorius")["role"] = "Verteidigungsminister"
    target, base = setup(tmp_path, base_text, editor_text)
    outcome = merge_file(target, base, render(fresh, body), "x.md")
    assert outcome.text is not None and not outcome.conflicts
    merged = read(outcome.text)
    assert person(merged, "Steve Witkoff")["role"] == "Sonderbeauftragter"
    assert person(merged, "Steve Witkoff")["review"] == "edited"
    assert person(merged, "Boris Pistorius")["role"] == "Verteidigungsminister"
    # Untouched regions byte-identical: only the two changed lines (and the review mark) differ.
    before, after = editor_text.splitlines(), outcome.text.splitlines()
    assert len(before) == len(after)
    differing = [(a, b) for a, b in zip(before, after) if a != b]
    assert differing == [("  review: extracted", "  review: edited"),
                         ("  role: Bundesverteidigungsminister", "  role: Verteidigungsminister")]
    assert "# laut Weißem Haus" in outcome.text


def test_t37_conflict_keeps_the_file_and_names_both_values(machine, tmp_path: Path) -> None:
    data, body = machine
    base_text = render(data, body)
    editor = copy.deepcopy(data)
    person(editor, "Steve Witkoff")["role"] = "Sonderbeauftragter"
    fresh = copy.deepcopy(data)
    person(fresh, "Steve Witkoff")["role"] = "Sondergesandter der USA"
    target, base = setup(tmp_path, base_text, render(editor, body))
    outcome = merge_file(target, base, render(fresh, body), "x.md")
    assert outcome.text is None and not outcome.adopt_base
    (conflict,) = outcome.conflicts
    text = str(conflict)
    assert "x.md:" in text and "persons[0].role" in text
    assert "'Sonderbeauftragter'" in text and "'Sondergesandter der USA'" in text and "'US-Sondergesandter'" in text
    keypath = text.split("--accept-machine '")[1].split("'")[0]
    accepted = merge_file(target, base, render(fresh, body), "x.md", accept=accept_rule((f"x:{keypath}",), "x"))
    assert accepted.text is not None
    assert person(read(accepted.text), "Steve Witkoff")["role"] == "Sondergesandter der USA"
    forced = merge_file(target, base, render(fresh, body), "x.md", force=True)
    assert forced.text is not None and not forced.conflicts
    assert accept_rule(("other:persons",), "x")("persons.a.role") is False


def test_t38_deleted_fact_stays_deleted_and_t39_added_fact_stays(machine, tmp_path: Path) -> None:
    data, body = machine
    editor = copy.deepcopy(data)
    editor["persons"] = [p for p in editor["persons"] if p["name"] != "Jared Kushner"]
    editor["persons"].append({"name": "Kaja Kallas", "role": "EU-Außenbeauftragte", "country": None})
    fresh = copy.deepcopy(data)
    person(fresh, "Jared Kushner")["evidence"] = "changed by the machine"
    target, base = setup(tmp_path, render(data, body), render(editor, body))
    outcome = merge_file(target, base, render(fresh, body), "x.md")
    assert outcome.text is not None
    merged = read(outcome.text)
    names = [p["name"] for p in merged["persons"]]
    assert "Jared Kushner" not in names
    assert person(merged, "Kaja Kallas")["review"] == "edited"
    kinds = {c.kind for c in outcome.changes}
    assert {"added", "deleted"} <= kinds


def test_verified_and_rejected_facts_are_never_touched(machine, tmp_path: Path) -> None:
    data, body = machine
    editor = copy.deepcopy(data)
    person(editor, "Marco Rubio")["review"] = "verified"
    person(editor, "Jared Kushner")["review"] = "rejected"
    fresh = copy.deepcopy(data)
    person(fresh, "Marco Rubio")["role"] = "Außenminister"
    fresh["persons"] = [p for p in fresh["persons"] if p["name"] != "Jared Kushner"]
    target, base = setup(tmp_path, render(data, body), render(editor, body))
    outcome = merge_file(target, base, render(fresh, body), "x.md")
    merged = read(outcome.text) if outcome.text else read(target.read_text())
    assert person(merged, "Marco Rubio")["role"] == "US-Außenminister"
    assert person(merged, "Jared Kushner")["review"] == "rejected"


def test_t40_second_run_changes_nothing(machine, tmp_path: Path) -> None:
    data, body = machine
    editor = copy.deepcopy(data)
    person(editor, "Steve Witkoff")["role"] = "Sonderbeauftragter"
    fresh = copy.deepcopy(data)
    person(fresh, "Boris Pistorius")["role"] = "Verteidigungsminister"
    target, base = setup(tmp_path, render(data, body), render(editor, body))
    first = merge_file(target, base, render(fresh, body), "x.md")
    assert first.text is not None
    target.write_text(first.text, encoding="utf-8")
    base.write_text(render(fresh, body), encoding="utf-8")
    assert merge_file(target, base, render(fresh, body), "x.md").text is None


def test_t41_missing_base_leaves_the_file_and_rebase_adopts(machine, tmp_path: Path) -> None:
    data, body = machine
    editor = copy.deepcopy(data)
    person(editor, "Steve Witkoff")["role"] = "Sonderbeauftragter"
    target = tmp_path / "x.md"
    target.write_text(render(editor, body), encoding="utf-8")
    outcome = merge_file(target, tmp_path / "missing.md", render(data, body), "x.md")
    assert outcome.text is None and not outcome.adopt_base
    assert "no base" in str(outcome.warnings[0]) and "--rebase" in str(outcome.warnings[0])
    adopted = merge_file(target, tmp_path / "missing.md", render(data, body), "x.md", rebase=True)
    assert adopted.text is None and adopted.adopt_base


def test_t42_broken_yaml_is_refused_with_line(machine, tmp_path: Path) -> None:
    data, body = machine
    broken = render(data, body).replace("  role: US-Sondergesandter", "  role: [US-Sondergesandter", 1)
    target, base = setup(tmp_path, render(data, body), broken)
    with pytest.raises(LagebildError) as error:
        merge_file(target, base, render(data, body), "x.md")
    assert "x.md:" in str(error.value.problems[0])
    assert target.read_text() == broken


def test_body_is_the_editors_once_touched(machine, tmp_path: Path) -> None:
    data, body = machine
    target, base = setup(tmp_path, render(data, body), render(data, body + "\nMeine Notiz.\n"))
    outcome = merge_file(target, base, render(data, body.replace("Der Artikel", "Artikel")), "x.md")
    assert outcome.text is None
    target.write_text(render(data, body), encoding="utf-8")
    outcome = merge_file(target, base, render(data, body.replace("Der Artikel", "Artikel")), "x.md")
    assert outcome.text is not None and "## Artikel" in outcome.text


def test_a_fact_whose_id_changed_is_matched_by_name(machine) -> None:
    data, _ = machine
    editor = copy.deepcopy(data)
    person(editor, "Steve Witkoff")["role"] = "Sonderbeauftragter"
    fresh = copy.deepcopy(data)
    person(fresh, "Steve Witkoff")["id"] = "person-new"
    plan = plan_merge(data, editor, fresh)
    assert not plan.conflicts
    witkoffs = [p for p in plan.data["persons"] if p["name"] == "Steve Witkoff"]
    assert len(witkoffs) == 1 and witkoffs[0]["role"] == "Sonderbeauftragter"


# --- T44: random edits, then re-extraction -------------------------------------------------

TRICKY = st.sampled_from([
    "a: b", "# no comment", "---", "- item", "NO", "yes", "10:00", "150.000", "null", "~", "'quoted'",
    '"dq"', "Mu\u0308ller Sta\u0308dte", "x\r\ny", "trailing ", " leading", "[list]", "{map}", "&anchor",
    "*alias", "!tag", "%", "@at", "`tick`", "a | b", "ok", "2026-01-02", "0x1F", "1_000", "key:", "tab\there",
])
TEXT = st.one_of(TRICKY, st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                                 max_size=12).filter(lambda s: s.strip() == s and s.strip()))
FIELDS = ("role", "evidence", "name")


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)  # the reader's NFC; a CR in a value is a YAML escape
    return value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # shrinking a whole file takes minutes
@given(edits=st.lists(st.tuples(st.integers(0, 30), st.sampled_from(FIELDS), TEXT), max_size=5),
       deletions=st.lists(st.integers(0, 30), max_size=3), crlf=st.booleans(),
       machine_touch=st.lists(st.tuples(st.integers(0, 30), TEXT), max_size=3))
def test_t44_random_edits_survive_reextraction(machine, tmp_path_factory, edits, deletions, crlf,
                                               machine_touch) -> None:
    data, body = machine
    persons = data["persons"]
    editor = copy.deepcopy(data)
    edited: dict[str, dict[str, str]] = {}
    for index, key, value in edits:
        fact = editor["persons"][index % len(persons)]
        if key == "name" and any(_nfc(p["name"]) == _nfc(value) for p in editor["persons"]):
            continue  # two persons of one name is a different test (check's duplicates)
        fact[key] = value
        edited.setdefault(fact["id"], {})[key] = value
    deleted = {persons[i % len(persons)]["id"] for i in deletions} - set(edited)
    editor["persons"] = [p for p in editor["persons"] if p["id"] not in deleted]
    fresh = copy.deepcopy(data)
    # Machine-only changes: on facts the editor left alone (both changing one field is T37).
    new_values = {persons[i % len(persons)]["id"]: value for i, value in machine_touch}
    touched = set(new_values) - set(edited) - deleted
    for fact in fresh["persons"]:
        if fact["id"] in touched:
            fact["evidence"] = new_values[fact["id"]]  # written by us: quoting must be right
    editor_text = render(editor, body)
    if crlf:
        editor_text = editor_text.replace("\n", "\r\n")
    tmp = tmp_path_factory.mktemp("t44")
    target, base = setup(tmp, render(data, body), editor_text)
    outcome = merge_file(target, base, render(fresh, body), "x.md")
    assert not outcome.conflicts
    final_text = outcome.text if outcome.text is not None else editor_text
    merged = read(final_text)  # still parses
    by_id = {p["id"]: p for p in merged["persons"]}
    for fact_id, fields in edited.items():
        for key, value in fields.items():
            assert by_id[fact_id][key] == _nfc(value)
        assert by_id[fact_id]["review"] == "edited"
    assert not deleted & set(by_id)
    for fact_id in touched - set(edited) - deleted:
        assert by_id[fact_id]["evidence"] == unicodedata.normalize("NFC", new_values[fact_id])
    assert (final_text.count("\r\n") > 0) == crlf
    # Idempotence: the next run with the same machine output changes nothing.
    target.write_bytes(final_text.encode())
    base.write_text(render(fresh, body), encoding="utf-8")
    assert merge_file(target, base, render(fresh, body), "x.md").text is None
