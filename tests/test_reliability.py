"""Bad input and hostile input (docs: shared reliability-tests.md T01–T28, T42, T43).

One parametrised runner: each case is a folder ``tests/fixtures/bad/<id>/``
with ``content/``, ``seeds/`` and/or ``templates/`` laid over a copy of a
project built once (so ``site/`` holds a last good build), and an
``expected.yml`` giving the exit code, stderr patterns and what must stay
byte-identical.  Cases whose inputs git cannot hold portably (huge files,
symlinks, odd file names) are made by a PREPARE function; cases with more
to assert than exit code and stderr have an EXTRA function.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from support.cases import CaseHooks, built_project, fixture_cases
from support.project import ROOT, SEED, file_digests, leftovers, run_build, tree_digest
from support.sitecheck import scan_site, search_index_markup, unexpected_scripts

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bad"
CASES = fixture_cases(FIXTURES)
BASE_SLUG = "000-3a99068f7abffe5f"
SEED_TEXT = SEED.read_bytes()

HOOKS = CaseHooks()
prepare, extra = HOOKS.prepare, HOOKS.extra
PREPARE, EXTRA = HOOKS.prepare_steps, HOOKS.extra_checks


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_project(tmp_path_factory, "baseline")


def _copy_project(baseline: Path, target: Path) -> Path:
    shutil.copytree(baseline, target, symlinks=True)
    return target


@pytest.mark.parametrize("case", CASES)
def test_bad_input(case: str, baseline: Path, tmp_path: Path) -> None:
    fixture = FIXTURES / case
    expected = yaml.safe_load((fixture / "expected.yml").read_text(encoding="utf-8"))
    project = _copy_project(baseline, tmp_path / "project")
    for part in ("content", "seeds", "templates"):
        if (fixture / part).is_dir():
            shutil.copytree(fixture / part, project / part, dirs_exist_ok=True)
    if case in PREPARE:
        PREPARE[case](project)
    content_before = file_digests(project / "content")
    site_before = tree_digest(project / "site")

    started = time.monotonic()
    result = run_build(project, *expected.get("args", []), timeout=expected.get("timeout", 120))
    elapsed = time.monotonic() - started

    report = f"exit {result.returncode} after {elapsed:.1f}s\nstderr:\n{result.stderr}"
    assert result.returncode == expected["exit"], report
    for pattern in expected.get("stderr", []):
        assert re.search(pattern, result.stderr), f"missing /{pattern}/\n{report}"
    for pattern in expected.get("not_stderr", []):
        assert not re.search(pattern, result.stderr), f"unexpected /{pattern}/\n{report}"
    assert "Traceback" not in result.stderr, report
    assert "internal error" not in result.stderr, report
    unchanged = expected.get("unchanged", [])
    if "content" in unchanged:
        after = file_digests(project / "content")
        changed = [name for name, digest in content_before.items() if after.get(name) != digest]
        assert not changed, f"changed or lost: {changed}\n{report}"
    if "site" in unchanged:
        assert tree_digest(project / "site") == site_before, report
    assert not leftovers(project), leftovers(project)
    assert not [p for p in (project / "content").rglob("*") if p.is_file() and p.stat().st_size == 0]
    if case in EXTRA:
        EXTRA[case](project, result)


# ---------------------------------------------------------------- front matter and YAML

@extra("T05")
def _t05(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    from lagebild.briefing import frontmatter

    page = (project / "site" / "briefings" / "t05" / "index.html").read_text(encoding="utf-8")
    assert "10:00" in page
    assert "01234" in page or "NO" in page
    document = frontmatter.parse((project / "content" / "briefings" / "t05.md").read_text(), "t05.md")
    person = document.data["persons"][0]
    assert (person["country"], person["role"], person["evidence"]) == ("NO", "1.20", "01234")
    assert document.data["title"] == "yes" and document.data["summary"] == "10:00"
    dumped = frontmatter.dump({"country": "NO", "ok": "yes", "time": "10:00", "plz": "01234", "v": "1.20"})
    assert dumped == "country: 'NO'\nok: 'yes'\ntime: '10:00'\nplz: '01234'\nv: '1.20'\n"


@extra("T07")
def _t07(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    assert not Path("/tmp/lagebild-pwned").exists()
    unsafe = re.compile(r"yaml\.(load|load_all)\((?![^)]*SafeLoader)|FullLoader|UnsafeLoader|yaml\.Loader\b"
                        r"|unsafe_load|full_load")
    offenders = [f"{p}:{n}" for p in sorted((ROOT / "lagebild").rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if unsafe.search(line)]
    assert not offenders, offenders


@extra("T08")
def _t08(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    from lagebild.briefing import frontmatter
    from lagebild.errors import LagebildError

    bomb = (FIXTURES / "T08" / "content" / "briefings" / "t08.md").read_text()
    started = time.monotonic()
    with pytest.raises(LagebildError, match="too many YAML"):
        frontmatter.parse(bomb, "t08.md")
    assert time.monotonic() - started < 1.0
    legit = "---\ntitle: x\nbase: &b {k: v}\nx: &c [*b]\ny: &d [*c, *b]\n---\n"
    assert frontmatter.parse(legit, "ok.md").data["y"] == [[{"k": "v"}], {"k": "v"}]


@prepare("T09")
def _t09_prepare(project: Path) -> None:
    briefings = project / "content" / "briefings"
    (briefings / "t09-big.md").write_text("---\ntitle: " + "a" * 10_000_000 + "\nlanguage: de\n---\n")
    (briefings / "t09-deep.md").write_text("---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n")
    with open(project / "seeds" / "t09-huge.txt", "wb") as stream:
        stream.write(b"Der Gipfel in Genf. " * 2_500_000)


# ---------------------------------------------------------------- encodings, Unicode and seeds

def _front_matter_without_source(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return re.sub(r"\n  file: [^\n]*", "", text)


@prepare("T12")
def _t12_prepare(project: Path) -> None:
    (project / "seeds" / "t12-plain.txt").write_bytes(SEED_TEXT)


@extra("T12")
def _t12(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    briefings = project / "content" / "briefings"
    assert _front_matter_without_source(briefings / "t12-bom.md") == \
        _front_matter_without_source(briefings / "t12-plain.md")
    assert "Gipfel in Genf" in (project / "site" / "briefings" / "t12" / "index.html").read_text()


@prepare("T13")
def _t13_prepare(project: Path) -> None:
    (project / "seeds" / "t13-lf.txt").write_bytes(SEED_TEXT)


@extra("T13")
def _t13(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    briefings = project / "content" / "briefings"
    written = (briefings / "t13-crlf.md").read_bytes()
    assert b"\r" not in written
    assert _front_matter_without_source(briefings / "t13-crlf.md") == \
        _front_matter_without_source(briefings / "t13-lf.md")
    page = (project / "site" / "briefings" / "t13" / "index.html").read_text()
    assert "Sondergesandter" in page and "\r" not in page


@prepare("T15")
def _t15_prepare(project: Path) -> None:
    shutil.copy(project / "seeds" / SEED.name, project / "seeds" / unicodedata.normalize("NFD", "Übersicht.txt"))


@extra("T15")
def _t15(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    from lagebild.briefing.content import load_content

    actors = [p.name for p in (project / "site" / "actors").iterdir() if "sautter" in p.name]
    assert actors == ["guenter-sautter"], actors
    assert (project / "content" / "briefings" / "uebersicht.md").is_file()
    # A hand-made content file with an NFD (or any non-slug) name: refused with the name to use.
    folder = project / "nfd" / "briefings"
    folder.mkdir(parents=True)
    (folder / unicodedata.normalize("NFD", "Übersicht.md")).write_text("---\ntitle: x\nlanguage: de\n---\n")
    problems = load_content(project / "nfd", project).errors
    assert [p.hint for p in problems] == ["rename it to uebersicht.md (lower-case letters, digits and '-')"]


@extra("T16")
def _t16(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    from lagebild.briefing.content import load_content

    written = (project / "content" / "briefings" / "t16.md").read_text(encoding="utf-8")
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", written)
    assert "Gespräche waren gut" in written
    (project / "content" / "briefings" / "t16-edit.md").write_text(
        "---\ntitle: Gipfel\x07\nlanguage: de\n---\nText\n", encoding="utf-8")
    problems = load_content(project / "content", project).errors
    assert [(p.path, p.line, p.message) for p in problems] == [
        ("content/briefings/t16-edit.md", 2, "invisible control character")]


@extra("T17")
def _t17(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    assert not list((project / "content" / "briefings").glob("t17*"))


# ---------------------------------------------------------------- slugs and paths

@prepare("T18")
def _t18_prepare(project: Path) -> None:
    for name in ("%2e%2e%2f%2e%2e%2fetc.txt", "a..\\..\\win.txt", "..%2f..%2fx.txt"):
        (project / "seeds" / name).write_bytes(SEED_TEXT)
    (project / "seeds" / "t18-title.txt").write_bytes(b"---\ntitle: ../../etc/passwd\n---\n" + SEED_TEXT)


@extra("T18")
def _t18(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    content = (project / "content").resolve()
    written = sorted(p.name for p in (project / "content" / "briefings").iterdir())
    for name in written:
        assert (content / "briefings" / name).resolve().is_relative_to(content)
    assert {"2e-2e-2f-2e-2e-2fetc.md", "a-win.md", "t18-title.md"} <= set(written), written
    outside = [p for p in project.parent.rglob("*") if not p.is_relative_to(project)]
    assert outside == [], outside


@prepare("T19")
def _t19_prepare(project: Path) -> None:
    compound = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenauszahlungsstelle" * 3
    for name in ("CON.txt", "aux.txt", "nul.md", "Gipfel..txt", compound[:240] + ".txt"):
        (project / "seeds" / name).write_bytes(SEED_TEXT)


@extra("T19")
def _t19(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    names = {p.name for p in (project / "content" / "briefings").iterdir()}
    assert {"con-1.md", "aux-1.md", "nul-1.md", "gipfel.md"} <= names, names
    long_names = [n for n in names if n.startswith("donau")]
    assert len(long_names) == 1 and len(long_names[0].encode()) <= 200
    assert re.search(r"-[0-9a-f]{8}\.md$", long_names[0])
    assert (project / "site" / "briefings" / "con-1" / "index.html").is_file()


@prepare("T20")
def _t20_prepare(project: Path) -> None:
    for name in ("Gipfel in Genf.txt", "Gipfel in Genf!.txt", "Müller.txt", "Mueller.txt"):
        (project / "seeds" / name).write_bytes(SEED_TEXT)


@extra("T20")
def _t20(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    names = {p.name for p in (project / "content" / "briefings").iterdir()}
    assert not names & {"gipfel-in-genf.md", "mueller.md"}


@prepare("T21")
def _t21_prepare(project: Path) -> None:
    outside = project.parent / "outside.md"
    outside.write_text("---\ntitle: geheim\nlanguage: de\n---\nroot:x:0:0\n")
    (project / "seeds" / "t21-link.txt").symlink_to(outside)
    (project / "content" / "briefings" / "t21-link.md").symlink_to(outside)
    (project / "content" / "passwd.md").symlink_to("/etc/passwd")


@prepare("T22")
def _t22_prepare(project: Path) -> None:
    (project / "seeds" / "Außenminister Müller.txt").write_bytes(SEED_TEXT)


@extra("T22")
def _t22(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    from lagebild.briefing.content import page_slug

    assert page_slug("Außenminister Müller") == "aussenminister-mueller"
    assert page_slug(unicodedata.normalize("NFD", "Außenminister Müller")) == "aussenminister-mueller"
    assert (project / "content" / "briefings" / "aussenminister-mueller.md").is_file()
    assert (project / "site" / "briefings" / "aussenminister-mueller" / "index.html").is_file()


# ---------------------------------------------------------------- injection and rendering

@pytest.fixture(scope="module")
def clean_site(baseline: Path) -> Path:
    return baseline / "site"


_CLEAN_SITE: list[Path] = []


@pytest.fixture(autouse=True, scope="module")
def _remember_clean_site(baseline: Path) -> None:
    _CLEAN_SITE[:] = [baseline / "site"]


@extra("T23")
def _t23(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    site = project / "site"
    findings = scan_site(site)
    assert unexpected_scripts(site, _CLEAN_SITE[0]) == []
    assert findings.handlers == []
    assert findings.bad_urls == []
    assert search_index_markup(site) == []
    page = (site / "briefings" / "t23" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(17)&lt;/script&gt;" in page or "alert(17)" not in page
    text = " ".join(findings.text)
    for payload in ("<script>alert(9)</script>", "<img src=x onerror=alert(12)>", "<script>alert(16)</script>",
                    "Gipfel </title><script>alert(7)</script>"):
        assert payload in text, payload  # shown as the characters it is
    assert "&lt;" not in text and "&amp;" not in text  # and escaped once, not twice
    assert (site / "briefings" / "t23" / "index.html").is_file()


@extra("T24")
def _t24(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    briefings = project / "content" / "briefings"
    (briefings / "t24-data.md").unlink()
    (briefings / "t24.md").write_text(
        "---\ntitle: Gipfel\nlanguage: de\nsource:\n  url: https://example.org/a\n---\n"
        "<!-- lagebild:overview -->\n\n<!-- lagebild:sources -->\n\n"
        "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](data:text/html;base64,PHNjcmlwdD4=)"
        " ![e](data:image/svg+xml,<svg/onload=alert(4)>)"
        " <a href=' javascript:alert(5)'>f</a>\n", encoding="utf-8")
    rerun = run_build(project, "render")
    assert rerun.returncode == 0, rerun.stderr
    findings = scan_site(project / "site")
    assert findings.bad_urls == [] and findings.handlers == []
    page = (project / "site" / "briefings" / "t24" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/a"' in page


@prepare("T25")
def _t25_prepare(project: Path) -> None:
    template = project / "templates" / "pages" / "index.html.j2"
    lines = template.read_text(encoding="utf-8").splitlines(keepends=True)
    template.write_text("".join([lines[0], "{{ no_such_variable }}\n", *lines[1:]]), encoding="utf-8")


@extra("T25")
def _t25(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    shutil.copy(ROOT / "templates" / "pages" / "index.html.j2", project / "templates" / "pages" / "index.html.j2")
    rerun = run_build(project, "render")
    assert rerun.returncode == 0, rerun.stderr
    findings = scan_site(project / "site" / "briefings" / "t25")
    text = " ".join(findings.text)
    assert "Gipfel {{ 7*7 }}" in text
    assert "{% include 'x' %} und {# Kommentar" in text
    assert "{{ config }}" in text
    assert "49" not in text


class _Structure(HTMLParser):
    """The elements inside the article body, to see whether a value made any."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.tags: list[str] = []
        self.headings: list[str] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1
        if self.depth:
            self.tags.append(tag)
            if re.fullmatch(r"h[1-6]", tag):
                self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        if self._heading is not None and re.fullmatch(r"h[1-6]", tag):
            self.headings.append("".join(self._heading).strip())
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)


_T26_VALUES = ("# Heading\\n---\\n| a | b |\\n|---|---|\\n[^1] und\\n- item\\n1. eins", "- Listenpunkt",
              "| Tabelle |", "[^1]: Fußnote", "# Titel", "---")


@extra("T26")
def _t26(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    """The page with Markdown-shaped values has the same element structure as a plain twin."""
    briefings = project / "content" / "briefings"
    text = (briefings / "t26.md").read_text(encoding="utf-8")
    for number, value in enumerate(_T26_VALUES):
        # Distinct stand-ins that no spelling rule folds together ('Wertx' ~ 'Wertxx' would).
        text = text.replace(f'"{value}"', f'"Wert{"abcdef"[number]}"')
    (briefings / "t26-plain.md").write_text(text, encoding="utf-8")
    rerun = run_build(project, "render")
    assert rerun.returncode == 0, rerun.stderr
    structures = []
    for slug in ("t26", "t26-plain"):
        structure = _Structure()
        structure.feed((project / "site" / "briefings" / slug / "index.html").read_text(encoding="utf-8"))
        structures.append(structure.tags)
    assert structures[0] == structures[1]
    shown = " ".join(scan_site(project / "site" / "briefings" / "t26").text)
    for literal in ("# Heading", "| a | b |", "[^1]", "- Listenpunkt", "| Tabelle |"):
        assert literal in shown, literal


# ---------------------------------------------------------------- links and site checks

@extra("T28")
def _t28(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    (project / "content" / "extra.md").unlink()
    rerun = run_build(project, "render")  # every generated page is in the nav or in not_in_nav
    assert rerun.returncode == 0, rerun.stderr
    assert "not included in the" not in rerun.stderr


# ---------------------------------------------------------------- keeping editor corrections

@prepare("T42")
def _t42_prepare(project: Path) -> None:
    (project / "seeds" / "t42-second.txt").write_bytes(SEED_TEXT)


@extra("T42")
def _t42(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    assert (project / "content" / "briefings" / "t42-second.md").is_file()
    assert result.stderr.count("mapping values are not allowed here") == 1, result.stderr


@prepare("T43")
def _t43_prepare(project: Path) -> None:
    (project / "seeds" / SEED.name).unlink()


@extra("T43")
def _t43(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    assert (project / "content" / "briefings" / f"{BASE_SLUG}.md").is_file()
    assert (project / "site" / "briefings" / BASE_SLUG / "index.html").is_file()
