"""A title named bare in one sentence and the person named in the next: "Ireland will vote against the deal,
the Tánaiste has said. … Niamh Cassidy, who is also Minister for Foreign Affairs, said …".

"who is also" says the person holds another office than the one given beside the name: the bare title that
spoke in the sentence before.  A one-state title ("Tánaiste", „Landeshauptmann“ with its Land) then gives the
person's state.
"""

from __future__ import annotations

import re

from lagebild.extract.doc import Doc
from lagebild.extract.domesticoffices import office_state
from lagebild.extract.personcandidate import Candidate

_ALSO = {"en": re.compile(r"^,\s+who\s+(?:is|was)\s+also\b"),
         "de": re.compile(r"^,\s+(?:der|die)\s+(?:zugleich|auch)\b")}
# The bare title as the subject of a verb of saying: "the Tánaiste has said", „sagte der Tánaiste.“
_TITLE_SAID = {
    "en": re.compile(r"\bthe\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:has\s+|had\s+)?"
                     r"(?:said|says|told|announced|confirmed|warned|insisted)\b"),
    "de": re.compile(r"\b(?:sagte|erklärte|betonte|kündigte)\s+(?:am\s+\w+\s+)?(?:der|die)\s+([A-ZÄÖÜ][\wäöüß-]+)"
                     r"\s*(?:[.,]|$|\s+an\b)"),
}


def title_before(doc: Doc, cand: Candidate) -> str | None:
    """The bare title that spoke in the sentence before the person's, when the person "is also" something."""
    language = "de" if doc.language == "de" else "en"
    text = cand.sentence.text
    at = text.find(cand.name, cand.position)
    index = cand.sentence.index
    if at < 0 or not index or not _ALSO[language].match(text[at + len(cand.name):]):
        return None
    titles = [m.group(1) for m in _TITLE_SAID[language].finditer(doc.sentences[index - 1].text)]
    return titles[-1] if len(titles) == 1 else None


def title_state(doc: Doc, cand: Candidate) -> str | None:
    """The state of that bare title, when its words name one state's office."""
    title = title_before(doc, cand)
    found = office_state(title, "", doc.text, doc.language) if title else None
    return found.code if found and found.code else None
