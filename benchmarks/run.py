"""Lagebild at newsroom scale: extraction, site build, and edits under `mkdocs serve`.

    .venv/bin/python benchmarks/run.py --sizes 1000 --json bench.json
    .venv/bin/python benchmarks/run.py --quick          # a tiny corpus, for CI

For each size N it generates N synthetic articles (``benchmarks/generate.py``)
into a fresh project in a temporary folder and measures, each in a fresh
process: extraction cold and again with nothing changed, the full site build
with empty caches, then again with nothing changed; then five edits under one
running `mkdocs serve`, each timed until every page it affects and the search
index show it (``benchmarks/serve_edits.py``); peak memory.  In the same run,
as the yardstick, stock `mkdocs build` with the Material theme over N plain
pages (same text, auto nav).  At the end: the goals of issue #14 with what was
measured and whether each is met (``benchmarks/goals.py``).

The site is built from briefing files holding the facts the generator put
into each article, not from what the extractor found: the build's cost then
does not depend on how far the extraction rules have come.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.generate import Article, generate  # noqa: E402
from benchmarks.goals import check_goals, goals_table, growth  # noqa: E402
from benchmarks.serve_edits import serve_and_edit  # noqa: E402
from lagebild.briefing.briefing_file import new_body, render_file  # noqa: E402

PYTHON = sys.executable
MKDOCS = str(Path(sys.executable).parent / "mkdocs")
TODAY = "2025-07-01"
QUICK_SIZE = 12
EDIT_TIMEOUT_S = 600.0
QUICK_EDIT_TIMEOUT_S = 120.0
# Runs one command and reports its wall time, CPU time and the peak RSS of the largest process
# under it (the rusage of waited-for children covers pool workers too).
METER = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "rc = subprocess.run(sys.argv[2:]).returncode\n"
    "wall = time.perf_counter() - start\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "open(sys.argv[1], 'w').write(json.dumps({'wall_s': wall, 'cpu_s': use.ru_utime + use.ru_stime,\n"
    "                                         'rc': rc, 'rss_kb': use.ru_maxrss}))\n"
)


def measure(cmd: list[str], cwd: Path, log: Path, env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of cmd in a fresh process; fails loudly on a non-zero exit."""
    result = cwd / ".meter.json"
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(cmd)}   (load {load():.2f})\n")
        out.flush()
        subprocess.run([PYTHON, "-c", METER, str(result), *cmd], cwd=cwd, env=env, stdout=out,
                       stderr=subprocess.STDOUT, check=True)
    data = json.loads(result.read_text())
    result.unlink()
    if data["rc"] != 0:
        raise SystemExit(f"benchmark: {' '.join(cmd)} failed (exit {data['rc']}); see {log}")
    return {"wall": data["wall_s"], "cpu": data["cpu_s"], "rss": data["rss_kb"] / 1024}


def load() -> float:
    """The one-minute load average: other processes on the shared cores show up in every timing."""
    return os.getloadavg()[0]


def machine() -> dict[str, Any]:
    uptime = subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()
    return {"cpus": os.cpu_count(), "uptime": uptime, "python": sys.version.split()[0]}


def lagebild_env() -> dict[str, str]:
    """As a user runs Lagebild: Python keeps its compiled modules (a session that sets
    PYTHONDONTWRITEBYTECODE would make every step compile the whole code again, ~0.5 s)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "LAGEBILD_TODAY": TODAY}


def edit_one_title(root: Path) -> tuple[Path, str]:
    """A title changed in the middle briefing file (an editor's correction); the file and its text before."""
    files = sorted((root / "content" / "briefings").glob("*.md"))
    path = files[len(files) // 2]
    text = path.read_text(encoding="utf-8")
    edited = text.replace("\ntitle: '", "\ntitle: 'Korrigiert: ", 1)  # write_briefings quotes every title
    if edited == text:
        raise SystemExit(f"benchmark: no quoted title in {path}")
    path.write_text(edited, encoding="utf-8")
    return path, text


def make_project(root: Path, articles: list[Article]) -> None:
    """A Lagebild project as an editor would have it: config, templates, seeds."""
    root.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "seeds").mkdir()
    (root / "content").mkdir()
    for item in articles:
        (root / "seeds" / item.name).write_text(item.text, encoding="utf-8")


def write_briefings(root: Path, articles: list[Article]) -> None:
    """Briefing files with the generator's facts (what a reviewed extraction would hold)."""
    folder = root / "content" / "briefings"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for item in articles:
        body = new_body(item.briefing, root / "templates")
        (folder / f"{item.briefing.slug}.md").write_text(render_file(item.briefing, body), encoding="utf-8")


def make_plain_project(root: Path, articles: list[Article]) -> None:
    """The yardstick: N plain Markdown pages, stock Material, navigation generated from the files."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    (root / "mkdocs.yml").write_text("site_name: Plain\ntheme:\n  name: material\n", encoding="utf-8")
    (docs / "index.md").write_text("# Plain\n", encoding="utf-8")
    for item in articles:
        body = item.text.split("---\n", 2)[2]
        (docs / f"{item.briefing.slug}.md").write_text(f"# {item.briefing.title}\n\n{body}", encoding="utf-8")


def site_sizes(site: Path) -> dict[str, Any]:
    """What every reader downloads: the largest page (and which) and the search index, in KB."""
    pages = [(path.stat().st_size, path.relative_to(site).as_posix()) for path in site.rglob("*.html")]
    size, largest = max(pages, default=(0, ""))
    index = site / "search" / "search_index.json"
    return {"largest_page_kb": size / 1024, "largest_page": largest,
            "search_index_kb": index.stat().st_size / 1024 if index.is_file() else 0.0}


def run_size(n: int, workdir: Path, baseline_max: int, profile: bool, edit_timeout: float) -> dict[str, Any]:
    articles = generate(n)
    root = workdir / f"lagebild-{n}"
    log = workdir / f"log-{n}.txt"
    make_project(root, articles)
    env = lagebild_env()
    build_py = str(REPO / "build.py")
    render = [PYTHON, build_py, "render", "--today", TODAY]
    result: dict[str, Any] = {"articles": n, "log": str(log), "load_at": {}}

    def timed(step: str, cmd: list[str], cwd: Path = root, step_env: dict[str, str] | None = env) -> dict[str, float]:
        result["load_at"][step] = round(load(), 2)
        return measure(cmd, cwd, log, step_env)

    print(f"[{n}] extraction (cold, then unchanged)   load {load():.2f}", file=sys.stderr)
    cold = timed("extract_cold", [PYTHON, build_py, "extract"])
    warm = timed("extract_warm", [PYTHON, build_py, "extract"])
    result["extract_cold_s"], result["extract_cold_cpu_s"] = cold["wall"], cold["cpu"]
    result["extract_warm_s"] = warm["wall"]
    result["extract_articles_per_s"] = n / cold["wall"]
    result["extract_articles_per_s_per_core"] = n / cold["cpu"]
    write_briefings(root, articles)
    print(f"[{n}] site build (cold, then unchanged)", file=sys.stderr)
    build = timed("build", render)
    result["build_s"], result["build_cpu_s"] = build["wall"], build["cpu"]
    result["pages"] = sum(1 for _ in (root / "site").rglob("index.html"))
    result.update(site_sizes(root / "site"))
    # Again, nothing changed: what the caches under .lagebild/cache/ save a repeated build.
    warm_build = timed("build_warm", render)
    result["build_warm_s"], result["build_warm_cpu_s"] = warm_build["wall"], warm_build["cpu"]
    # One title corrected, then `render` again: what the page cache renders after an edit.
    edited, before = edit_one_title(root)
    edit_build = timed("build_edit", render)
    result["build_edit_s"], result["build_edit_cpu_s"] = edit_build["wall"], edit_build["cpu"]
    edited.write_text(before, encoding="utf-8")  # the serve edits start from the generated files
    result["build_ms_per_briefing"] = 1000 * result["build_s"] / n
    if profile:
        stats = workdir / f"build-{n}.prof"
        timed("profile", [PYTHON, "-m", "cProfile", "-o", str(stats), *render[1:]])
        result["profile"] = str(stats)
    print(f"[{n}] mkdocs serve: five edits", file=sys.stderr)
    result["load_at"]["serve"] = round(load(), 2)
    result.update(serve_and_edit(MKDOCS, root, articles, log, env, edit_timeout))
    result["peak_rss_mb"] = max(m["rss"] for m in (cold, warm, build, warm_build, edit_build))
    result["peak_rss_mb"] = max(result["peak_rss_mb"], result.get("serve_peak_rss_mb", 0.0))
    if n <= baseline_max:
        print(f"[{n}] baseline: stock mkdocs build, Material, {n} plain pages", file=sys.stderr)
        plain = workdir / f"plain-{n}"
        make_plain_project(plain, articles)
        stock = timed("baseline", [MKDOCS, "build", "-q"], plain, None)
        result["baseline_build_s"], result["baseline_peak_rss_mb"] = stock["wall"], stock["rss"]
        result["baseline_build_cpu_s"] = stock["cpu"]
        result["build_vs_baseline"] = result["build_s"] / result["baseline_build_s"]
        result["build_vs_baseline_cpu"] = result["build_cpu_s"] / result["baseline_build_cpu_s"]
    else:
        for key in ("baseline_build_s", "baseline_build_cpu_s", "build_vs_baseline", "build_vs_baseline_cpu"):
            result[key] = None
    result["load_at"]["end"] = round(load(), 2)
    return result


def _num(value: Any, digits: int) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def table(results: dict[str, dict[str, Any]]) -> str:
    head = ("size", "extract cold s", "art/s/core", "extract warm s", "build s", "build warm s", "build edit s",
            "pages", "ms/briefing", "stock Material s", "build/stock", "build/stock CPU", "serve start s",
            "edit median s", "edit max s", "peak RSS MB", "largest page KB", "search index KB", "load")
    rows = [head]
    for size, r in results.items():
        loads = r.get("load_at", {}).values()
        rows.append((size, _num(r["extract_cold_s"], 1), _num(r["extract_articles_per_s_per_core"], 1),
                     _num(r["extract_warm_s"], 2), _num(r["build_s"], 1), _num(r["build_warm_s"], 2),
                     _num(r.get("build_edit_s"), 2),
                     str(r["pages"]), _num(r["build_ms_per_briefing"], 1), _num(r.get("baseline_build_s"), 1),
                     _num(r.get("build_vs_baseline"), 2), _num(r.get("build_vs_baseline_cpu"), 2),
                     _num(r.get("serve_start_s"), 1),
                     _num(r.get("serve_edit_median_s"), 2), _num(r.get("serve_edit_max_s"), 2),
                     _num(r["peak_rss_mb"], 0), _num(r["largest_page_kb"], 0), _num(r["search_index_kb"], 0),
                     f"{min(loads):.1f}–{max(loads):.1f}" if loads else "—"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["| " + " | ".join(cell.rjust(w) for cell, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for size, r in results.items():
        for edit in r.get("serve_edits", []):
            gaps = f"  (not checked: {'; '.join(edit['not_checked'])})" if edit["not_checked"] else ""
            lines.append(f"[{size}] edit {edit['kind']}: {edit['seconds']:.2f} s, {len(edit['checks'])} checks{gaps}")
        if r.get("serve_error"):
            lines.append(f"[{size}] serve edits FAILED: {r['serve_error']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000", help="comma-separated article counts (default 1000)")
    parser.add_argument("--quick", action="store_true",
                        help=f"one tiny corpus ({QUICK_SIZE} articles): checks the benchmark itself in seconds")
    parser.add_argument("--json", type=Path, help="write the results here (see docs/benchmark.md for every key)")
    parser.add_argument("--workdir", type=Path, help="where generated projects go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument("--baseline-max", type=int, default=2000,
                        help="skip the stock Material baseline above this size (it grows quadratically)")
    parser.add_argument("--edit-timeout", type=float,
                        help="seconds an edit under mkdocs serve may take before the series is abandoned "
                             f"(default {EDIT_TIMEOUT_S:.0f}, with --quick {QUICK_EDIT_TIMEOUT_S:.0f})")
    parser.add_argument("--profile", action="store_true", help="also write a cProfile of each site build")
    args = parser.parse_args(argv)
    edit_timeout = args.edit_timeout or (QUICK_EDIT_TIMEOUT_S if args.quick else EDIT_TIMEOUT_S)
    sizes = [QUICK_SIZE] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="lagebild-bench-"))
    if args.workdir:
        workdir.mkdir(parents=True, exist_ok=True)
    if (REPO / "content") in (workdir.resolve(), *workdir.resolve().parents):
        raise SystemExit("benchmark: refusing to generate projects inside content/")
    report: dict[str, Any] = {"machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                              "sizes": {}}
    results: dict[str, dict[str, Any]] = report["sizes"]
    try:
        for n in sizes:
            results[str(n)] = run_size(n, workdir, args.baseline_max, args.profile, edit_timeout)
            report["growth_vs_1000"] = growth(results)
            report["goals"] = check_goals(results)
            report["machine"]["uptime_end"] = machine()["uptime"]
            if args.json:
                args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    finally:
        if not args.keep and not args.profile and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print(f"projects and logs kept in {workdir}", file=sys.stderr)
    print(f"machine: {report['machine']['cpus']} cores; at start: {report['machine']['uptime']}")
    print(table(results))
    for size, ratio in report.get("growth_vs_1000", {}).items():
        print(f"per-briefing cold build cost {size} vs 1000: {ratio:.2f}x")
    print()
    print(goals_table(report.get("goals", [])))
    return 1 if any(r.get("serve_error") for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
