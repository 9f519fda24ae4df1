"""Stage placeholder: being written (see pipeline.STAGES)."""

from lagebild.extract.doc import Doc


def run(doc: Doc) -> None:
    return None
