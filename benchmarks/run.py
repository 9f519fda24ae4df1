"""Lagebild at newsroom scale: extraction, site build, and one edit under `mkdocs serve`.

    .venv/bin/python benchmarks/run.py --sizes 100,1000 --json bench.json

For each size N it generates N synthetic articles (``benchmarks/generate.py``)
into a fresh project in a temporary folder and measures, each in a fresh
process: extraction cold and again with nothing changed, the full site build
(with empty caches, then again with nothing changed),
the time from saving one YAML edit to `mkdocs serve` showing it on the
briefing page *and* on the derived pages it affects, and peak memory.  In the
same run, as the yardstick, stock `mkdocs build` with the Material theme over N
plain pages (same text, auto nav).

The site is built from briefing files holding the facts the generator put
into each article, not from what the extractor found: the build's cost then
does not depend on how far the extraction rules have come.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.generate import RECURRING, Article, generate  # noqa: E402
from lagebild.briefing.briefing_file import new_body, render_file  # noqa: E402
from lagebild.briefing.model import slugify  # noqa: E402

PYTHON = sys.executable
MKDOCS = str(Path(sys.executable).parent / "mkdocs")
TODAY = "2025-07-01"
SERVE_TIMEOUT_S = 1800.0
# Runs one command and reports its wall time and the peak RSS of the largest
# process under it (ru_maxrss of waited-for children covers pool workers too).
METER = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "rc = subprocess.run(sys.argv[2:]).returncode\n"
    "wall = time.perf_counter() - start\n"
    "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "open(sys.argv[1], 'w').write(json.dumps({'wall_s': wall, 'rc': rc, 'rss_kb': rss}))\n"
)


def measure(cmd: list[str], cwd: Path, log: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of cmd in a fresh process; fails loudly on a non-zero exit."""
    result = cwd / ".meter.json"
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(cmd)}\n")
        out.flush()
        subprocess.run([PYTHON, "-c", METER, str(result), *cmd], cwd=cwd, env=env, stdout=out,
                       stderr=subprocess.STDOUT, check=True)
    data = json.loads(result.read_text())
    result.unlink()
    if data["rc"] != 0:
        raise SystemExit(f"benchmark: {' '.join(cmd)} failed (exit {data['rc']}); see {log}")
    return data["wall_s"], data["rss_kb"] / 1024


def lagebild_env() -> dict[str, str]:
    return {**os.environ, "LAGEBILD_TODAY": TODAY}


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=SERVE_TIMEOUT_S) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, needles: list[str], deadline: float) -> float:
    """Poll url until every needle shows; the time it took (the server holds requests during a rebuild)."""
    start = time.perf_counter()
    while time.perf_counter() < deadline:
        html = fetch(url)
        if html is not None and all(n in html for n in needles):
            return time.perf_counter() - start
        time.sleep(0.02)
    raise SystemExit(f"benchmark: {url} never showed {needles}")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def serve_edit(root: Path, articles: list[Article], log: Path) -> dict[str, Any]:
    """Start `mkdocs serve`, save one YAML edit, time until every affected page shows it."""
    leader = RECURRING[0][0]  # the most mentioned actor: the biggest page that has to change
    target = next(a for a in articles if a.briefing.persons[0].name == leader)
    path = root / "content" / "briefings" / f"{target.briefing.slug}.md"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with open(log, "a", encoding="utf-8") as out:
        server = subprocess.Popen([MKDOCS, "serve", "-a", f"127.0.0.1:{port}"], cwd=root, env=lagebild_env(),
                                  stdout=out, stderr=subprocess.STDOUT)
    try:
        start = time.perf_counter()
        deadline = start + SERVE_TIMEOUT_S
        wait_for(f"{base}/", ["Lagebild"], deadline)
        started = time.perf_counter() - start
        nonce = f"Bench{int(time.time() * 1000) % 10**9}"
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"^title: .*$", f"title: Titel {nonce}", text, count=1, flags=re.MULTILINE)
        text = re.sub(r"^(\s+role: ).*$", rf"\g<1>Rolle {nonce}", text, count=1, flags=re.MULTILINE)
        time.sleep(1.0)  # let the watcher settle, so the edit is the only change it sees
        saved = time.perf_counter()
        path.write_text(text, encoding="utf-8")
        deadline = saved + SERVE_TIMEOUT_S
        wait_for(f"{base}/briefings/{target.briefing.slug}/", [f"Titel {nonce}", f"Rolle {nonce}"], deadline)
        edit = time.perf_counter() - saved
        # Derived pages: the actor page lists the role and links the briefing by its title;
        # the briefing list shows the title.
        wait_for(f"{base}/actors/{slugify(leader)}/", [f"Rolle {nonce}", f"Titel {nonce}"], deadline)
        wait_for(f"{base}/briefings/", [f"Titel {nonce}"], deadline)
        everything = time.perf_counter() - saved
        return {"serve_start_s": started, "serve_edit_s": edit, "serve_edit_all_pages_s": everything,
                "serve_peak_rss_mb": peak_rss_mb(server.pid)}
    finally:
        server.terminate()
        server.wait(timeout=30)


def site_sizes(site: Path) -> dict[str, Any]:
    """What every reader downloads: the largest page (and which) and the search index, in KB."""
    pages = [(path.stat().st_size, path.relative_to(site).as_posix()) for path in site.rglob("*.html")]
    size, largest = max(pages, default=(0, ""))
    index = site / "search" / "search_index.json"
    return {"largest_page_kb": size / 1024, "largest_page": largest,
            "search_index_kb": index.stat().st_size / 1024 if index.is_file() else 0.0}


def run_size(n: int, workdir: Path, baseline_max: int, profile: bool) -> dict[str, Any]:
    articles = generate(n)
    root = workdir / f"lagebild-{n}"
    log = workdir / f"log-{n}.txt"
    make_project(root, articles)
    env = lagebild_env()
    build_py = str(REPO / "build.py")
    result: dict[str, Any] = {"articles": n}
    print(f"[{n}] extraction (cold, then unchanged)", file=sys.stderr)
    result["extract_cold_s"], rss_cold = measure([PYTHON, build_py, "extract"], root, log, env)
    result["extract_warm_s"], rss_warm = measure([PYTHON, build_py, "extract"], root, log, env)
    workers = min(2, os.cpu_count() or 1)
    result["extract_articles_per_s_per_core"] = n / result["extract_cold_s"] / workers
    write_briefings(root, articles)
    print(f"[{n}] site build", file=sys.stderr)
    result["build_s"], rss_build = measure([PYTHON, build_py, "render", "--today", TODAY], root, log, env)
    result["pages"] = sum(1 for _ in (root / "site").rglob("index.html"))
    result.update(site_sizes(root / "site"))
    # Again, nothing changed: what the caches under .lagebild/cache/ save a repeated build.
    result["build_warm_s"], rss_warm_build = measure([PYTHON, build_py, "render", "--today", TODAY], root, log, env)
    result["build_ms_per_briefing"] = 1000 * result["build_s"] / n
    if profile:
        stats = workdir / f"build-{n}.prof"
        measure([PYTHON, "-m", "cProfile", "-o", str(stats), build_py, "render", "--today", TODAY], root, log, env)
        result["profile"] = str(stats)
    print(f"[{n}] mkdocs serve: one YAML edit", file=sys.stderr)
    result.update(serve_edit(root, articles, log))
    result["peak_rss_mb"] = max(rss_cold, rss_warm, rss_build, rss_warm_build, result["serve_peak_rss_mb"])
    if n <= baseline_max:
        print(f"[{n}] baseline: stock mkdocs build, Material, {n} plain pages", file=sys.stderr)
        plain = workdir / f"plain-{n}"
        make_plain_project(plain, articles)
        result["baseline_build_s"], result["baseline_peak_rss_mb"] = measure(
            [MKDOCS, "build", "-q"], plain, log)
        result["build_vs_baseline"] = result["build_s"] / result["baseline_build_s"]
    else:
        result["baseline_build_s"] = None
    return result


def table(results: dict[str, dict[str, Any]]) -> str:
    head = ("size", "extract cold s", "art/s/core", "extract warm s", "build s", "build warm s", "pages", "ms/briefing",
            "stock Material s", "build/stock", "serve start s", "edit→page s", "edit→all s", "peak RSS MB",
            "largest page KB", "search index KB")
    rows = [head]
    for size, r in results.items():
        base = r.get("baseline_build_s")
        rows.append((size, f"{r['extract_cold_s']:.1f}", f"{r['extract_articles_per_s_per_core']:.0f}",
                     f"{r['extract_warm_s']:.2f}", f"{r['build_s']:.1f}",
                     f"{r['build_warm_s']:.1f}" if "build_warm_s" in r else "—", str(r["pages"]),
                     f"{r['build_ms_per_briefing']:.1f}", f"{base:.1f}" if base else "—",
                     f"{r['build_s'] / base:.2f}" if base else "—", f"{r['serve_start_s']:.1f}",
                     f"{r['serve_edit_s']:.2f}", f"{r['serve_edit_all_pages_s']:.2f}", f"{r['peak_rss_mb']:.0f}",
                     f"{r.get('largest_page_kb', 0):.0f}", f"{r.get('search_index_kb', 0):.0f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["| " + " | ".join(cell.rjust(w) for cell, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    sizes = list(results)
    if len(sizes) > 1:
        first, last = results[sizes[0]], results[sizes[-1]]
        growth = last["build_ms_per_briefing"] / first["build_ms_per_briefing"]
        lines.append(f"\nper-briefing build cost {sizes[-1]} vs {sizes[0]}: {growth:.2f}x")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="100,1000", help="comma-separated article counts (default 100,1000)")
    parser.add_argument("--json", type=Path, help="write the results here, keyed by size")
    parser.add_argument("--workdir", type=Path, help="where generated projects go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument("--baseline-max", type=int, default=2000,
                        help="skip the stock Material baseline above this size (it grows quadratically)")
    parser.add_argument("--profile", action="store_true", help="also write a cProfile of each site build")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="lagebild-bench-"))
    if args.workdir:
        workdir.mkdir(parents=True, exist_ok=True)
    if (REPO / "content") in (workdir.resolve(), *workdir.resolve().parents):
        raise SystemExit("benchmark: refusing to generate projects inside content/")
    results: dict[str, dict[str, Any]] = {}
    try:
        for n in sizes:
            results[str(n)] = run_size(n, workdir, args.baseline_max, args.profile)
            if args.json:
                args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    finally:
        if not args.keep and not args.profile and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print(f"projects and logs kept in {workdir}", file=sys.stderr)
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
