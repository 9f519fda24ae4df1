"""Words of agency credit lines and coverage compounds, per language (data for ``extract.credits``)."""

from __future__ import annotations

# „Quelle: dts Nachrichtenagentur“, "(Source: Reuters)": the label of a closing credit line.
CREDIT_LABELS: dict[str, tuple[str, ...]] = {
    "de": ("Quelle", "Quellen", "Mit Material von", "Material von"),
    "en": ("Source", "Sources", "Credit"),  # not "reporting by": that names reporters
}
# Nouns that make a bracketed name an agency: „(dts Nachrichtenagentur)“, "(Kyodo News Agency)".
AGENCY_NOUNS: tuple[str, ...] = ("Nachrichtenagentur", "Presseagentur", "Agentur", "news agency", "News Agency",
                                 "Press Agency", "wire service")
# „Blick-Interview“, „Spiegel-Bericht“: a compound that cites the outlet before the hyphen.
COVERAGE_NOUNS: dict[str, tuple[str, ...]] = {
    "de": ("Interview", "Bericht", "Recherche", "Recherchen", "Umfrage", "Podcast", "Gespräch", "Artikel",
           "Reportage", "Informationen", "Meldung", "Sendung", "Fernsehen", "Hörfunk", "Radio", "Talkshow",
           "Morgenmagazin", "Programm", "Nachrichten", "Magazin"),
    "en": (),
}
