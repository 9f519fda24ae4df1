"""Progress of long work on a terminal: „extracting 420/1000 · 85/s · ETA 7 s“ on one line.

Extracting a thousand articles or building 1,700 pages takes a minute; on a terminal the
reader should see it move.  In CI, in a pipe or a log file (stderr is no terminal), or with
`CI` set, nothing is printed, so logs stay as they were.  Work that ends within a second
prints nothing either.  The line is redrawn at most a few times a second and wiped at the end.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

SHOW_AFTER_S = 1.0  # quick work stays silent
REDRAW_EVERY_S = 0.2


def progress_line(label: str, done: int, total: int, rate: float | None) -> str:
    """'extracting 420/1000 · 85/s · ETA 7 s' (rate and ETA once there is something to go by)."""
    line = f"{label} {done}/{total}"
    if rate:
        line += f" · {rate:.0f}/s" if rate >= 10 else f" · {rate:.1f}/s"
        if done < total:
            line += f" · ETA {_duration((total - done) / rate)}"
    return line


def _duration(seconds: float) -> str:
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    return f"{whole // 60} min {whole % 60:02d} s"


def wanted(stream: TextIO) -> bool:
    """A person is watching: the stream is a terminal, and neither CI nor a dumb terminal."""
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return interactive and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


class Progress:
    """Counts work done; draws the line on a watched terminal. Use as a context manager."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic, enabled: bool | None = None) -> None:
        self.label = label
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.done = 0
        self.started = clock()
        # The rate counts from the first item done: setting up (worker processes, the
        # derived pages) would otherwise make the first estimates absurd.
        self.first_done_at: float | None = None
        self.drawn_at: float | None = None
        self.width = 0
        self.first_count = 0

    def advance(self, count: int = 1) -> None:
        self.done += count
        if not self.enabled:
            return
        now = self.clock()
        if self.first_done_at is None:
            self.first_done_at, self.first_count = now, self.done
        elapsed = now - self.started
        if elapsed < SHOW_AFTER_S or (self.drawn_at is not None and now - self.drawn_at < REDRAW_EVERY_S
                                      and self.done < self.total):
            return
        since_first = now - self.first_done_at
        rate = (self.done - self.first_count) / since_first if since_first > 0 else None
        line = progress_line(self.label, self.done, self.total, rate)
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)
        self.drawn_at = now

    def close(self) -> None:
        """Wipe the line, so what is printed next starts on a clean one."""
        if self.enabled and self.drawn_at is not None:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.drawn_at = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
