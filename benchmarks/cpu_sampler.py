"""A sampling profiler in CPU time, for `dirty_profile --sample`: every `interval` CPU seconds of this
process (`ITIMER_PROF`) the main thread's stack is recorded.  Unlike cProfile it does not slow small
functions more than large ones, so the shares of a rebuild's phases are about what they cost unprofiled.

`Sampler.report()` gives each function's inclusive share (how many samples had it on the stack) and
`collapsed()` the stacks in the folded format of flame-graph tools.
"""

from __future__ import annotations

import signal
from collections import Counter
from types import FrameType


class Sampler:
    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.stacks: Counter[tuple[str, ...]] = Counter()
        self.samples = 0

    def _on_signal(self, _signum: int, frame: FrameType | None) -> None:
        names = []
        while frame is not None:
            code = frame.f_code
            names.append(f"{code.co_filename.rsplit('/', 2)[-1]}:{code.co_firstlineno}({code.co_name})")
            frame = frame.f_back
        self.stacks[tuple(reversed(names))] += 1
        self.samples += 1

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._on_signal)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *_: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)

    def report(self, top: int = 60) -> str:
        """Functions by inclusive share of the samples (a recursive function counted once a stack)."""
        inclusive: Counter[str] = Counter()
        for stack, count in self.stacks.items():
            for name in set(stack):
                inclusive[name] += count
        total = max(1, self.samples)
        return "\n".join(f"{100 * count / total:5.1f} %  {name}" for name, count in inclusive.most_common(top))

    def collapsed(self) -> str:
        return "\n".join(f"{';'.join(stack)} {count}" for stack, count in self.stacks.items())


__all__ = ["Sampler"]
