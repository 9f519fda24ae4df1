"""German lines about the item, not its news: publishing and broadcast stamps, format labels, correction notes."""

from __future__ import annotations

# Broadcast, publishing and archive stamps: when the item went out, not what it reports.
# A standfirst's format label, a whole sentence that says what sort of piece follows („Ein Überblick.“,
# „Eine Analyse.“, „Die wichtigsten Fragen und Antworten“, „Ein Gespräch über Zölle und …“): the
# paragraph it closes sums up the body, whose sentences tell and date its events; an undated event
# named there is one of those told again (and „Gespräch“ in the label is the interview itself).
FORMAT_LABEL_PATTERNS: tuple[str, ...] = (
    r"^(?:Ein|Eine)\s+(?:Überblick|Analyse|Einordnung|Chronologie|Rückblick|Kommentar|Interview)\s*[.:]?\s*$",
    r"^(?:Die\s+)?(?:wichtigsten\s+)?Fragen\s+und\s+Antworten\s*[.:]?\s*$",
    r"^(?:Ein|Das)\s+(?:Gespräch|Interview)\s+(?:über|mit|zu)\s.*$",
)

# Regular expressions, matched anywhere in a sentence ("Sendung: BR24, 29.10.2023 21:00 Uhr",
# "Diese Nachricht wurde am … im Programm … gesendet", a trailing "| 15.11.2016 23:00 Uhr").
STAMP_PATTERNS: tuple[str, ...] = (
    r"^(?:Sendung|Stand|Veröffentlicht|Aktualisiert|Erstellt|Zuletzt aktualisiert|Erstausstrahlung)\s*(?:am\s*)?:?"
    r"\s.*$",
    r"\b(?:Diese[rs]?|Der|Die|Das)\s+(?:Nachricht|Beitrag|Artikel|Sendung|Text|Meldung)\s+wurde\s+am\b.*?"
    r"\b(?:gesendet|veröffentlicht|ausgestrahlt|aktualisiert|publiziert)\b\.?",
    r"\|\s*\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?",
    r"\b\d{1,2}\.\d{1,2}\.\d{4},?\s+(?:um\s+)?\d{1,2}[:.]\d{2}\s*Uhr\s*$",
    # The interviewer's credit line: „Das Gespräch führte Anna Muster am Dienstag in Berlin.“
    r"^(?:Das|Dieses)\s+(?:Gespräch|Interview)\s+führten?\b.*$",
    # „Dieser Artikel erschien zuerst am 17. März in der Printausgabe“: when the outlet published it
    r"\b(?:Diese[rs]?|Der|Die|Das)\s+(?:Nachricht|Beitrag|Artikel|Text|Meldung|Interview|Kommentar|Gastbeitrag)"
    r"\s+(?:erschien|ist\s+(?:zuerst|erstmals|ursprünglich)\b.*?\berschienen)\b.*$",
    r"^(?:Zuerst|Erstmals)\s+erschienen\b.*$",
    # The publication of legal acts in the official journal: a publishing line, part of the decision
    # („Die Rechtsakte wurden heute im Amtsblatt der EU veröffentlicht“)
    r"^.*\bAmtsblatt\b.*\bveröffentlicht\b.*$",
    # A correction note: what an earlier version said and what is right is about the text, not news
    # („Korrektur: In einer früheren Fassung hieß es, … Richtig ist, dass …“).
    r"^(?:Korrektur|Berichtigung|Richtigstellung|Anmerkung der Redaktion|Hinweis der Redaktion)\s*:.*$",
    r"^In\s+einer\s+(?:früheren|vorherigen|älteren)\s+(?:Fassung|Version)\b.*$",
    r"^Richtig\s+ist\b.*$",
    # A live ticker's label lines: what the page gathers, not news („Die wichtigsten Entwicklungen vom
    # Sonntag im Überblick“, „Alle Zeitangaben in MESZ“, „Dieser Ticker wird laufend aktualisiert“).
    r"^(?:Die\s+)?(?:wichtigsten\s+|neuesten\s+|aktuellen\s+)?(?:Entwicklungen|Ereignisse|Meldungen|Nachrichten)\b"
    r"[^.]*\b(?:im\s+Überblick|zum\s+Nachlesen)\b.*$",
    r"^Alle\s+(?:Zeitangaben|Uhrzeiten)\b.*$",
    r"^(?:Dieser|Der|Unser)\s+(?:Live-?[Tt]icker|Ticker|Liveblog|Newsblog|Newsticker)\s+wird\b.*$",
    # A record's title, a noun and its full date and nothing else („Regierungspressekonferenz vom 3. März
    # 2027“, „Plenarprotokoll vom 12. Mai 2026“): the occasion the transcript is of, not news it reports.
    r"^[A-ZÄÖÜ][\wäöüß-]+(?:\s+[\wäöüß-]+){0,2}\s+vom\s+\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+\.?\s+\d{4}\s*$",
)
