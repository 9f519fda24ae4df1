"""One error type for every problem a user can fix: file, line, field, what, how."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file, located as precisely as we can."""

    path: str
    message: str
    line: int | None = None  # 1-based, counted in the file
    column: int | None = None  # 1-based
    field: str | None = None  # e.g. "persons[2].role"
    hint: str | None = None  # how to fix it
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: "
        if self.severity == "warning":
            text += "warning: "
        if self.field:
            text += f"{self.field}: "
        text += self.message
        if self.hint:
            text += f" — {self.hint}"
        return text

    def sort_key(self) -> tuple[str, int, int]:
        return (self.path, self.line or 0, self.column or 0)


class LagebildError(Exception):
    """Raised with every problem found, so a run reports them all at once."""

    exit_code = 1

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class MergeConflict(LagebildError):
    """The editor and the extractor changed the same field differently."""

    exit_code = 3


class BuildLocked(LagebildError):
    """Another build holds the project lock."""
