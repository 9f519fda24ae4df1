"""The command line: `build.py` (extract + render), `extract`, `render`, `check`.

Exit codes: 0 ok, 1 input or validation problem, 2 usage, 3 merge conflict,
130 interrupted.  Problems are printed as ``path:line:col: field: message —
hint``, all of them, and no traceback unless ``--debug``.
"""

from __future__ import annotations

import argparse
import re
import sys
import traceback
from datetime import date
from pathlib import Path

from lagebild.errors import LagebildError, MergeConflict, Problem
from lagebild.paths import check_content_dir, check_site_dir, state_dir_for

EXAMPLES = {
    None: "examples:\n  python build.py                      # extract seeds/ into content/, then build site/\n"
          "  python build.py --today 2026-01-02   # the same, counting 'upcoming' from that date",
    "extract": "example:\n  python build.py extract --seeds seeds --content content",
    "render": "example:\n  python build.py render --today 2026-01-02",
    "check": "example:\n  python build.py check            # validate content/, build nothing",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build.py", description="Lagebild: turn news articles into a briefing website.",
        epilog=EXAMPLES[None], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_common(parser)
    commands = parser.add_subparsers(dest="command", metavar="{extract,render,check}")
    extract = commands.add_parser("extract", help="only extract seeds into briefing files",
                                  description="Extract every article in the seeds folder into "
                                              "content/briefings/<slug>.md, keeping editors' changes.",
                                  epilog=EXAMPLES["extract"], formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_common(extract)
    render = commands.add_parser("render", help="only build the website from content/",
                                 description="Validate content/ and build the site into site/ "
                                             "(swapped in only when the build succeeded).",
                                 epilog=EXAMPLES["render"], formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_common(render)
    check = commands.add_parser("check", help="validate content/ and report every problem",
                                description="Report every problem in content/ with file and line; build nothing.",
                                epilog=EXAMPLES["check"], formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_common(check)
    return parser


def _add_common(parser: argparse.ArgumentParser) -> None:
    default = argparse.SUPPRESS
    parser.add_argument("--seeds", type=Path, default=default, help="folder of articles (default: seeds)")
    parser.add_argument("--content", type=Path, default=default, help="briefing folder (default: content)")
    parser.add_argument("--site", type=Path, default=default, help="output folder (default: site)")
    parser.add_argument("--config", type=Path, default=default, help="MkDocs config (default: mkdocs.yml)")
    parser.add_argument("--today", type=_valid_today, default=default,
                        help="build date YYYY-MM-DD for 'upcoming' (default: today)")
    parser.add_argument("--site-url", default=default, metavar="URL",
                        help="render: the site's public address, e.g. https://example.org/lagebild/ (default: "
                             "mkdocs.yml's site_url); makes sitemap, feed and canonical links absolute")
    parser.add_argument("--jobs", type=_positive, default=default,
                        help="worker processes of extraction and of the site build (default: 2; a build uses 1 or 2)")
    parser.add_argument("--force", action="store_true", default=default,
                        help="extract: resolve every merge conflict with the extractor's value (editors' "
                             "other changes stay)")
    parser.add_argument("--accept-machine", action="append", metavar="KEYPATH", default=default,
                        help="extract: take the extractor's value at this key path, e.g. "
                             "'persons.person-a6ed480a.role' or 'SLUG:title' (repeatable)")
    parser.add_argument("--rebase", action="store_true", default=default,
                        help="extract: adopt briefings that have no base snapshot as they are")
    parser.add_argument("--debug", action="store_true", default=default, help="show tracebacks")


_printed: set[str] = set()  # one run may meet the same problem twice (extract, then check)
# Control characters in a message would let a value clear the screen or fake a report line.
_TERMINAL_UNSAFE = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F]} | {
    c: f"\\u{c:04x}" for c in [*range(0x80, 0xA0), *range(0x200B, 0x2010), 0x2028, 0x2029,
                                *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}


def terminal_text(text: str) -> str:
    """The text with every control and bidi-override character shown as an escape."""
    return text.translate(_TERMINAL_UNSAFE)


def _print_problems(problems: list[Problem]) -> None:
    for problem in sorted(problems, key=Problem.sort_key):
        line = terminal_text(str(problem))
        if line not in _printed:
            _printed.add(line)
            print(line, file=sys.stderr)


def _valid_today(value: str) -> str:
    """YYYY-MM-DD, a real day in the years the site can show (no import here: parsing stays instant)."""
    try:
        valid = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and 1 <= date.fromisoformat(value).year <= 9998
    except ValueError:
        valid = False
    if not valid:
        raise argparse.ArgumentTypeError(f"'{terminal_text(value)}' is not a date; write YYYY-MM-DD")
    return value


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{terminal_text(value)}' is not a positive whole number")
    return int(value)


def main(argv: list[str] | None = None, root: Path | None = None, *, exits_after: bool = False) -> int:
    """Run a command; `exits_after`: the process ends when this returns (build.py), so the site build
    leaves the garbage collector off (`site_build.build_site`'s `collect_after`)."""
    stage = "start"
    try:
        args = _parser().parse_args(argv)
    except KeyboardInterrupt:
        print(_interrupted_message(stage, KeyboardInterrupt()), file=sys.stderr)
        return 130
    _printed.clear()
    root = (root or Path.cwd()).resolve()
    options = vars(args)  # also records what the run has done ("written"), for an interrupt's message
    seeds = root / options.get("seeds", Path("seeds"))
    content = root / options.get("content", Path("content"))
    site = root / options.get("site", Path("site"))
    config = root / options.get("config", Path("mkdocs.yml"))
    state = state_dir_for(content)
    debug = options.get("debug", False)
    if "site_url" in options:  # before any work: a wrong address is a usage error
        from lagebild.site.sharing import site_url_problem

        if (problem := site_url_problem(options["site_url"])) is not None:
            _print_problems([problem])
            return 2
    try:
        stage = "extract"
        if args.command in (None, "render"):
            check_site_dir(site, root, {"content": content, "seeds": seeds, "templates": root / "templates",
                                        "state": root / ".lagebild", "git": root / ".git"})
        if args.command in (None, "extract"):
            check_content_dir(content, root, {"site": site, "seeds": seeds, "templates": root / "templates",
                                              "state": root / ".lagebild", "git": root / ".git"})
            code = _extract(seeds, content, root, state, options)
            if code == 1 and args.command is None:
                # The site is not built, but the editor still hears about every broken briefing.
                return max(code, _check(content, root, seeds, quiet=True))
            if code or args.command == "extract":
                return code
        if args.command == "check":
            return _check(content, root, seeds)
        stage = "render"
        return _render(config, site, root / ".lagebild", options.get("today"), options.get("site_url"),
                       options.get("jobs") or 2, collect_after=not exits_after)
    except KeyboardInterrupt as interrupt:
        print(terminal_text(_interrupted_message(stage, interrupt, options.get("written", 0))), file=sys.stderr)
        return 130
    except LagebildError as error:
        if debug:
            traceback.print_exc()
        _print_problems(error.problems)
        return error.exit_code
    except OSError as exc:
        # A folder we may not write or a full disk outside the atomic writers: say which path.
        from lagebild.site.site_build import os_problem

        if debug:
            traceback.print_exc()
        _print_problems([os_problem(exc, exc.filename or root)])
        return 1
    except ModuleNotFoundError as exc:
        if debug:
            raise
        print(f"missing dependency '{exc.name}': run 'make site' once, or start Lagebild with "
              ".venv/bin/python build.py", file=sys.stderr)
        return 1
    except Exception:
        if debug:
            raise
        print("internal error: this is a bug in Lagebild; run again with --debug and report the output",
              file=sys.stderr)
        print(terminal_text(traceback.format_exc().strip().splitlines()[-1]), file=sys.stderr)
        return 1


def _interrupted_message(stage: str, interrupt: KeyboardInterrupt, written_before: int = 0) -> str:
    """What an interrupt left behind, truthfully: finished briefing files stay written."""
    if stage == "render":
        extracted = (f"the extraction before it wrote {written_before} briefing(s), which stay; "
                     if written_before else "content/ is unchanged; ")
        return f"interrupted while building the site: {extracted}site/ is as the last good build left it"
    written = getattr(interrupt, "written", [])
    if stage == "start" or not written:
        return "interrupted: no briefing was written; content/ and site/ are as they were"
    return (f"interrupted: {len(written)} briefing(s) were written completely before the interrupt "
            f"(e.g. {written[0]}); every other file in content/ is as it was, site/ is unchanged. "
            "Run the same command again to finish.")


def _extract(seeds: Path, content: Path, root: Path, state: Path, options: dict) -> int:
    from lagebild.extraction import extract_folder
    from lagebild.lock import project_lock

    with project_lock(root / ".lagebild"):
        report = extract_folder(seeds, content, root, state, root / "templates",
                                jobs=options.get("jobs"), force=options.get("force", False),
                                accept=tuple(options.get("accept_machine", ())), rebase=options.get("rebase", False))
    _print_problems(report.problems + report.conflicts)
    options["written"] = len(report.written)  # for the message if the render after it is interrupted
    print(f"extracted: {len(report.written)} written, {len(report.unchanged)} unchanged", file=sys.stderr)
    if report.conflicts and not options.get("force"):
        raise MergeConflict([])
    return 1 if any(p.severity == "error" for p in report.problems) else 0


def _check(content: Path, root: Path, seeds: Path, quiet: bool = False) -> int:
    from lagebild.check import check_content

    problems = check_content(content, root, seeds)
    _print_problems(problems)
    errors = [p for p in problems if p.severity == "error"]
    if not quiet:
        print(f"checked: {len(errors)} errors, {len(problems) - len(errors)} warnings", file=sys.stderr)
    return 1 if errors else 0


def _render(config: Path, site: Path, state: Path, today: str | None, site_url: str | None = None,
            jobs: int = 2, *, collect_after: bool = True) -> int:
    from lagebild.lock import project_lock
    from lagebild.site.sharing import normalise_site_url
    from lagebild.site.site_build import build_site

    if site_url is not None:
        site_url = normalise_site_url(site_url)
    if not config.is_file():
        raise LagebildError(Problem(str(config), "no such file", hint="run from the project folder"))
    with project_lock(state):
        outcome = build_site(config, site, today, site_url, jobs, collect_after)
    for note in outcome.notes:
        print(f"note: {terminal_text(note)}", file=sys.stderr)
    if outcome.kept:
        print(f"site up to date: {site}/index.html (nothing changed since the last build)", file=sys.stderr)
    elif outcome.rendered is not None:
        print(f"site built: {site}/index.html ({outcome.rendered} of {outcome.pages} pages rendered, "
              "the rest kept from the last build)", file=sys.stderr)
    else:
        print(f"site built: {site}/index.html", file=sys.stderr)
    return 0
