"""English lines about the item, not its news: publishing and broadcast stamps, format labels, correction notes."""

from __future__ import annotations

# A standfirst's format label, a whole sentence that says what sort of piece follows ("Here is what we
# know so far.", "Here's what you need to know", "An analysis."): the paragraph it closes sums up the
# body, whose sentences tell and date its events; an undated event named there is one told again.
FORMAT_LABEL_PATTERNS: tuple[str, ...] = (
    r"(?i)^here(?:'s|’s|\s+is|\s+are)\s+what\s+(?:we\s+know|you\s+need\s+to\s+know|to\s+know)\b.*$",
    r"(?i)^what\s+we\s+know(?:\s+so\s+far)?\s*[.:]?\s*$",
    r"^An?\s+(?:analysis|explainer|overview|interview)\s*[.:]?\s*$",
)

# Broadcast, publishing and archive stamps: when the item went out, not what it reports.
STAMP_PATTERNS: tuple[str, ...] = (
    r"^(?:Published|Updated|Posted|Last updated|First published|Broadcast|Aired)\s*(?:on\s*)?:?\s.*$",
    # (also with its outlet: "This report by The Canadian Press was first published Feb. 11, 2027")
    r"\bThis\s+(?:story|article|report|item|piece)(?:\s+by\s+[^.,;]{1,40}?)?\s+(?:was|has been)\s+"
    r"(?:first\s+|originally\s+)?"
    r"(?:published|broadcast|updated|aired)\b.*?(?:\.(?=\s|$)|$)",
    # "This article first appeared in …", "A version of this story appeared in print on Monday"
    r"\b(?:This|The|A\s+version\s+of\s+this)\s+(?:story|article|report|item|piece|interview|column)\s+"
    r"(?:first\s+|originally\s+)?appeared\b.*$",
    # The publication of legal acts in the official journal: a publishing line, part of the decision
    # ("The legal acts were published in the Official Journal of the EU today")
    r"^.*\bpublished\s+in\s+the\s+Official\s+Journal\b.*$",
    # The interviewer's credit and editing lines: "Interview by Jane Roe", "This interview has been edited …"
    r"^(?:Interview(?:ed)?\s+by\b|This\s+interview\s+has\s+been\s+(?:edited|condensed)\b).*$",
    r"\|\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?",
    # A correction note: what an earlier version said is about the text, not news.
    r"^(?:Correction|Clarification|Editor['’]s\s+note)\s*:.*$",
    r"^(?:An\s+earlier|A\s+previous|An\s+older)\s+version\s+of\s+this\s+(?:story|article|report)\b.*$",
    # A live blog's label lines: what the page gathers, not news ("The key developments from Sunday at a
    # glance", "All times GMT", "This live blog is being updated").
    r"^(?:Here\s+(?:are|is)\s+)?(?:The\s+|the\s+)?(?:key|latest|main)\s+(?:developments|events|updates)\b"
    r"[^.]*\b(?:at\s+a\s+glance|so\s+far|in\s+brief)\b.*$",
    r"^All\s+times\b.*$",
    r"^(?:This|Our|The)\s+(?:live\s+)?(?:blog|ticker|page)\s+(?:is|will\s+be)\s+(?:being\s+)?updated\b.*$",
)
