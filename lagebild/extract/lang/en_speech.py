"""English words of attribution: who a quotation is said to come from.

Data for ``extract.speakers``.  Wire style puts the attribution after the
quote ("…," Rutte said / said Rutte / he told reporters) or before it in
indirect speech (Lula said the deal was "very good").  A subject that names
nobody ("it said", "a White House official said", "officials said",
"according to a senior diplomat") leaves the quote without a speaker.
"""

from __future__ import annotations

SPEECH_VERBS: frozenset[str] = frozenset(
    "said says say told tells added adds noted notes warned warns stressed stresses insisted insists "
    "countered counters retorted retorts answered answers observed quipped quips joked jokes lamented laments "
    "mused wondered "
    "argued argues urged urges asked asks wrote writes declared declares announced called calls described "
    "describes accused claimed claims tweeted posted explained explains affirmed reaffirmed pledged vowed "
    "acknowledged admitted recalled replied responded commented remarked cautioned conceded emphasised "
    "emphasized complained predicted promised suggested hailed praised criticised criticized labelled "
    "labeled dubbed termed".split()
)
IMPERSONAL: frozenset[str] = frozenset({"it", "this"})
INDEFINITE: frozenset[str] = frozenset("a an one some several two three many other another".split())
UNNAMED_NOUNS: frozenset[str] = frozenset(
    "officials sources diplomats observers analysts critics experts people insiders aides participants "
    "statement opponents supporters allies rivals members".split()
)
ACCORDING_TO = r"\b[Aa]ccording\s+to"
ACCORDING_AFTER = r"(?!)"  # English has no postposition of attribution
AGE_NOUN = r"\b(?:the|The)\s+\d{2,3}-year-old\b"
REPORTED: frozenset[str] = frozenset()  # English reported speech needs its verb of saying
AND = ("and",)
REMARK_OF = r"(?!)"  # English names a remark with a possessive before the quote, not a compound after it
# "his office said", "her spokesman": a person's institution speaks, no named person.
OWN_INSTITUTION = r"(?i:his|her|its|their)\s+(?:office|ministry|spokes\w+|government|party|team|camp|aides?)\b"
# "the two leaders reaffirmed", "both ministers said": a joint subject of two persons named before.
PAIR = r"(?i:the\s+two|both)\b"
# Titles that relate their holder to someone else: never the person just quoted.
RELATIONAL = r"(?i:advis[eo]r|aide|spokes|official|envoy|ambassador|diplomat|staffer)"

# "said the Republican", "the Labour MP": a party member stands for a person, never the party.
PARTY_MEMBER = r"^\s*(?:the|The)\s+(?:Republican|Democrat|Conservative|Tory|Socialist|Liberal)\b(?!\s+[Pp]arty)"

# A quote right after a question word is the question ("When a reporter asked, "…"", "Asked: "…""): the
# asker's, not the answerer's.
# "X was asked: "…"" (``passive``) names whom it was asked, not who asks.
QUESTION_BEFORE = (r"(?:\b(?:(?P<passive>(?:was|were|is|are|been|being)\s+)?[Aa]sked|asks|asking|questioned"
                   r"|inquired|enquired)"
                   r"|\bwanted\s+to\s+know|\b[Qq]uestion)"
                   r"(?:\s+(?:by\s+)?(?:a|an|the|one|of\s+a|from\s+a)\s+[\w-]+(?:\s+[\w-]+)?"
                   r"|\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s*[,:]?\s*$")
# A quote inside the question itself: "Asked whether the deal was "…", X said no" — the asker's words.
QUESTION_CLAUSE = (r"\b(?:[Aa]sked|[Qq]uestioned)\s+(?:(?:by\s+)?[\w-]+\s+){0,3}?"
                   r"(?:whether|if|why|how|what|when|about)\b(?P<rest>[^.;:!?]*)$")
# A remark named by its owner's possessive: "X's charge that he was "…"" — X said it, not the sentence's subject.
POSSESSED_REMARK = (r"(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w-]*)['’]s?\s+(?:[a-z]+\s+)?"
                    r"(?:charge|claim|accusation|assertion|remark|remarks|comment|comments|description|warning|"
                    r"suggestion|statement|words|allegation|insistence)\b(?:\s+(?:that|of|as)\b)?[^.;:!?]*$")
PLURAL_VERB = r"(?!)"  # English verbs do not show number in the past: "they" says it
# A sentence right after a quote that names its speaker: "Those were the words of X", "So said X".
NAMED_AFTER = (r"^\s*(?:(?:Those|These) were the words of|That was the (?:message|verdict|view|word) (?:of|from)"
               r"|So said|That is how|That was how|This is how)\s+")
# "the agency quoted X as saying: "…"", ""…," the agency quoted X as saying": X speaks, not the agency.
QUOTED_AS_BEFORE = r"\bquot(?:ed|es|ing)\s+(?P<subject>[^,.:;\"“”]{2,60}?)\s+as\s+(?:saying|telling\s+\w+)\s*[,:]?\s*$"
QUOTED_AS_AFTER = r"^[\s,]*(?:[^,.:;\"“”]{1,40}?\s)?quot(?:ed|es)\s+(?P<subject>[^,.:;\"“”]{2,60}?)\s+as\s+saying\b"
# Heads of definite descriptions that name no office but take up the person the text is about, like a
# pronoun: "the Labour politician said", "the general said", "the veteran diplomat added".
DESCRIBED_PERSONS: frozenset[str] = frozenset("politician general veteran officer".split())
