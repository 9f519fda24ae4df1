"""The editors' alias file (`content/actors.yml`): one canonical name per spelling, names kept apart."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lagebild import safe_read
from lagebild.briefing import frontmatter
from lagebild.briefing.controls import control_problems
from lagebild.errors import LagebildError, Problem
from lagebild.picture.actor_slugs import clean_name


def name_key(name: str) -> str:
    """A name as the alias file and the corpus's lookups compare it: no invisible characters, accents,
    case or hyphens."""
    text = unicodedata.normalize("NFKD", clean_name(name))  # no invisible character splits an actor
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").casefold()
    return " ".join(text.replace("-", " ").split())


@dataclass
class Aliases:
    """Editor-declared spellings: canonical name per kind, and names that must stay apart."""

    canonical: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, name key) -> name
    # name keys never merged by surname: a bare surname alone never joins such a person
    # (list it under `aliases` to join it), and a bare name marked distinct stays its own actor
    distinct: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path, shown: str) -> Aliases:
        aliases = cls()
        if not path.is_file():
            return aliases
        document = frontmatter.Document({})
        raw = safe_read.read_bytes(path, shown)  # never blocks on a pipe named actors.yml
        data, lines = frontmatter.load_mapping(raw.decode("utf-8-sig"), shown)
        document.lines = lines
        problems: list[Problem] = control_problems(data, shown, document.line_of)
        declared: dict[tuple[str, str], tuple[str, int | None]] = {}  # name key -> (its entry's name, line)
        for section, kind in (("persons", "person"), ("organizations", "organization")):
            entries = data.get(section) or []
            if not isinstance(entries, list):
                problems.append(Problem(shown, "expected a list", line=lines.get(section), field=section))
                continue
            for index, entry in enumerate(entries):
                field_path = f"{section}[{index}]"
                if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                    problems.append(Problem(shown, "expected 'name:' and 'aliases:'", field=field_path,
                                            line=document.line_of(field_path)))
                    continue
                names = entry.get("aliases") or []
                if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                    problems.append(Problem(shown, "expected a list of names", field=f"{field_path}.aliases",
                                            line=document.line_of(f"{field_path}.aliases")))
                    continue
                canonical = entry["name"]
                for number, name in enumerate([canonical, *names]):
                    where = f"{field_path}.name" if number == 0 else f"{field_path}.aliases[{number - 1}]"
                    line = document.line_of(where)
                    owner = declared.get((kind, name_key(name)))
                    if owner is not None and name_key(owner[0]) != name_key(canonical):
                        # Two entries claim one name (or alias each other): one of two people would
                        # silently lose their page.
                        problems.append(Problem(shown, f"'{name}' is already a name of '{owner[0]}' (line "
                                                       f"{owner[1]}): one name can belong to one actor only",
                                                line=line, field=where,
                                                hint="merge the two entries into one, or remove the name here"))
                        continue
                    declared.setdefault((kind, name_key(name)), (canonical, line))
                    aliases.canonical[(kind, name_key(name))] = canonical
                if entry.get("distinct") == "true":
                    aliases.distinct.add(name_key(canonical))
        if problems:
            raise LagebildError(problems)
        return aliases


__all__ = ["Aliases", "name_key"]
