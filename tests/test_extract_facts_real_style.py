"""Organisations, places, sources and figures in real-style text (issue #13, session 8).

Invented sentences only.  Each case is one general construction: an outlet cited by its shape or by its
programme, a reporter in a credit line, a body defined by its bracketed acronym, a sea, a place joined
to a known one, a number inside a name that is no figure.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import doc_of


def sources_of(text: str, language: str) -> list[str]:
    return sorted(s.name for s in doc_of(text, language).sources)


@pytest.mark.parametrize(("text", "language", "expected"), [
    # an unquoted name with an outlet's last word right after a citing phrase
    ("Tarvia welcomed the plan, according to the Marsden Mail.", "en", ["Marsden Mail"]),
    ("The envoy landed on Monday, according to Al-Varesh News.", "en", ["Al-Varesh News"]),
    # an outlet's possessive before its programme: both are cited
    ("We will stay, Harrow told Kestrel Radio's Dawnline program.", "en", ["Dawnline", "Kestrel Radio"]),
    ("It came late, Harrow told RTÉ's Country Hour.", "en", ["Country Hour", "RTÉ"]),
    # a common time word as a programme's name tells nothing: the station alone
    ("It was wrong, Harrow told BBC Radio 4's Today programme.", "en", ["BBC Radio 4"]),
    # a broadcaster glued to its programme after „im“: the programme as one name
    ("Das sei ein Fehler, sagte sie im Ö1-Abendjournal.", "de", ["Ö1-Abendjournal"]),
    # „in einem Interview mit der «X»“ cites X whatever verb follows
    ("Rinaldi hatte den Plan in einem Interview mit der «Gazzetta di Varenna» verteidigt.", "de",
     ["Gazzetta di Varenna"]),
])
def test_cited_outlets(text: str, language: str, expected: list[str]) -> None:
    assert sources_of(text, language) == expected


@pytest.mark.parametrize("text", [
    "We will not back down, Harrow told CNN's Dana Bash on Sunday.",  # a journalist by a given name
    "It is over, Harrow told CNN's Wolf Blitzer.",  # two names without a programme's word
])
def test_journalist_after_outlet_possessive_is_no_source(text: str) -> None:
    assert sources_of(text, "en") == ["CNN"]


def test_body_after_according_to_is_no_source() -> None:
    assert sources_of("The plan is sound, according to the Foreign Ministry.", "en") == []


def test_reporter_in_a_credit_line_is_no_source() -> None:
    text = "Die Fraktion stimmte zu.\n\nMit Informationen von Anna Keller, MDR"
    assert sources_of(text, "de") == ["MDR"]


def test_quoted_outlet_in_interview_is_no_organisation() -> None:
    doc = doc_of("Rinaldi hatte den Plan in einem Interview mit der «Gazzetta di Varenna» verteidigt.", "de")
    assert [o.name for o in doc.organizations] == []


def names(items: list) -> list[str]:
    return [item.name for item in items]


@pytest.mark.parametrize(("text", "expected"), [
    # a remit list with commas before the bracketed acronym: the head noun keeps the whole name
    ("Das teilte das Eidgenössische Departement für Wald, Wasser, Wetter und Wiesen (EDWWW) mit.",
     "Eidgenössisches Departement für Wald, Wasser, Wetter und Wiesen"),
    # armed forces named with their acronym: the full name, in the nominative
    ("Die Varonischen Streitkräfte (VAF) blieben den Gesprächen fern.", "Varonische Streitkräfte"),
])
def test_bodies_defined_by_acronym(text: str, expected: str) -> None:
    assert names(doc_of(text, "de").organizations) == [expected]


@pytest.mark.parametrize(("text", "language"), [
    ("NUKU'ALOFA: Pacific island leaders ended their summit on Friday.", "en"),  # one shouted city name
    ("UPDATE 2-Harbour talks to resume in Varna as envoys push for a deal", "en"),  # a wire's header
    ("Alle Zeitangaben in MESZ. Der Ticker wird laufend aktualisiert.", "de"),  # a time zone
    ("The International Community must act now, she said.", "en"),  # all states, no body
])
def test_capitals_that_name_no_body(text: str, language: str) -> None:
    assert names(doc_of(text, language).organizations) == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a sea named by its adjective, in the nominative
    ("Die Reedereien brachten Bauteile über das Kaspische Meer nach Russland.", "de", "Kaspisches Meer"),
    ("Die Miliz griff Frachter im Roten Meer an.", "de", "Rotes Meer"),
    ("Der Streit um Fangquoten im Südwestatlantik geht weiter.", "de", "Südwestatlantik"),
    # a region after a state's possessive; a territory with no government of its own, wherever named
    ("He discussed the corridor through Armenia's Varsik province on Monday.", "en", "Varsik"),
    ("The balance shifted since Azerbaijan retook Nagorno-Karabakh in an offensive.", "en", "Nagorno-Karabakh"),
    # a city that is no capital, before an apposition, stays a place
    ("Mariupol, once a thriving port, lies in ruins.", "en", "Mariupol"),
    # the destination of a trip after "leave for"
    ("Hartono is scheduled to leave for Mumbai on Thursday.", "en", "Mumbai"),
    # a town name with a plural-looking ending after „aus“
    ("Die Kutter aus Bremerhaven bräuchten Planungssicherheit.", "de", "Bremerhaven"),
])
def test_places_by_their_form(text: str, language: str, expected: str) -> None:
    assert expected in names(doc_of(text, language).places)


@pytest.mark.parametrize(("text", "language", "expected"), [
    # places coordinated with one a location preposition introduces
    ("Das Hilfswerk warnt vor einer Hungersnot in weiten Teilen von Darfur und Kordofan.", "de",
     ["Darfur", "Kordofan"]),
    ("We will wait, but the people of Juba, Malakal and Kassala cannot.", "en", ["Juba", "Malakal", "Kassala"]),
])
def test_coordinated_places(text: str, language: str, expected: list[str]) -> None:
    assert names(doc_of(text, language).places) == expected


def test_plural_noun_after_in_is_no_place() -> None:
    assert names(doc_of("Wir sprachen in Dingen, die niemand versteht.", "de").places) == []


def figures_of(text: str, language: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in doc_of(text, language).figures]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a currency code before the number is its sign
    ("The fund, worth roughly EUR 1.6 billion, is due.", "en", [(1600000000, "EUR")]),
    ("The government has set aside Sh450 million for the talks.", "en", [(450000000, "KES")]),
    # "2025-26": a fiscal year's second half, no figure
    ("Trade had touched USD 38.7 billion in 2025-26.", "en", [(38700000000, "USD")]),
    # the states counted, after an article
    ("Officials from the four countries will meet again next week.", "en", [(4, "countries")]),
    ("Die Teilnehmer schrieben an die acht Mitgliedstaaten einen Brief.", "de", [(8, "Mitgliedstaaten")]),
    # persons listed beside bodies (a sanctions list) are counted; persons who are sources are not
    ("Der Rat hat Maßnahmen gegen neun weitere Personen und drei Organisationen verhängt.", "de",
     [(9, "Personen"), (3, "Organisationen")]),
    ("Two people familiar with the plan said so.", "en", []),
])
def test_figures_counted(text: str, language: str, expected: list[tuple[float, str]]) -> None:
    assert figures_of(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Ministers were wrong, he told BBC Radio 4's Today programme.", "en"),  # a name's number
    ("Sie einigten sich nicht auf ein 21. Sanktionspaket gegen Russland.", "de"),  # an ordinal after „ein“
    ("Anschließend führten die beiden ein Gespräch unter vier Augen.", "de"),  # an idiom
    ("The three countries withdrew from the bloc in January.", "en"),  # the states just named, again
    ("Negotiators insisted on a two-state solution.", "en"),  # a settlement's name
    ("Talks are held in the informal '5+UN' format.", "en"),  # a format's name
])
def test_numbers_that_are_no_figures(text: str, language: str) -> None:
    assert figures_of(text, language) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a treaty defined by its acronym is no body; the bloc inside its name is one
    ("Talks on the ASEAN-Varia Trade in Goods Agreement (AVTIGA) resume. AVTIGA covers goods.", ["ASEAN"]),
    # a bloc of states by its head noun
    ("Peru will ask the Varonian Community's court to strike down the duties.", ["Varonian Community"]),
    # a second "of the" complement belongs to the name
    ("Peru filed the case with the Court of Justice of the Varonian Community in Quito.",
     ["Court of Justice of the Varonian Community"]),
])
def test_bodies_by_structure(text: str, expected: list[str]) -> None:
    assert names(doc_of(text, "en").organizations) == expected


def test_treaty_name_is_no_place() -> None:
    text = "Talks on the ASEAN-Varia Trade in Goods Agreement (AVTIGA) resume in Kuala Lumpur."
    assert names(doc_of(text, "en").places) == ["Kuala Lumpur"]


@pytest.mark.parametrize(("text", "language"), [
    ("Dass ein Land die Union in Geiselhaft nimmt, ist bedauerlich.", "de"),  # a noun after „in“
    ("Europa drohe Südamerika an China zu verlieren.", "de"),  # a part of a continent
    ("Moscow, long the region's power broker, has been quiet.", "en"),  # a capital for its government
    ("Washington, too, has a role.", "en"),
    ("The islands switched diplomatic recognition from Taiwan to Beijing in 2019.", "en"),  # a government
    ("The Conservative Party's Northern Ireland spokesman, Peter Ash, welcomed it.", "en"),  # a portfolio
    ("Talks were postponed.\n\nAP writer Lena Hart in Dubai contributed to this report.", "en"),  # a reporter's seat
])
def test_no_places(text: str, language: str) -> None:
    assert names(doc_of(text, language).places) == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    # venues by their last words or their "X of Y" form
    ("Speaking at Government Buildings on Wednesday, she said so.", "en", ["Government Buildings"]),
    ("Fortin said at a news conference on Parliament Hill that talks go on.", "en", ["Parliament Hill"]),
    ("He laid flowers at the Wall of Remembrance and visited a hospital.", "en", ["Wall of Remembrance"]),
    ("The land around the Varosi Dečani monastery is disputed.", "en", ["Varosi Dečani monastery"]),
    # an official seat named after its noun
    ("Das sagte Holmgaard am Abend vor ihrem Amtssitz Marienborg.", "de", ["Marienborg"]),
])
def test_venues(text: str, language: str, expected: list[str]) -> None:
    doc = doc_of(text, language)
    assert names(doc.places) == expected
    assert names(doc.organizations) == []  # "Parliament Hill": a place, no parliament acting


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphenated body compound after an article; the body before the hyphen counts too
    ("Die Ständigen Teilnehmer, darunter der Saami-Rat, schrieben einen Brief.", ["Saami-Rat"]),
    ("Der EU-Hauptausschuss hat heute die Position beschlossen.", ["EU", "EU-Hauptausschuss"]),
    # a party's group in parliament names the party only
    ("Die SPD-Fraktion stimmte zu.", ["SPD"]),
])
def test_hyphenated_bodies(text: str, expected: list[str]) -> None:
    assert sorted(names(doc_of(text, "de").organizations)) == sorted(expected)


def sources_for(outlet: str, text: str, language: str) -> list[str]:
    return [s.name for s in doc_of(text, language, "2026-11-04", outlet=outlet).sources]


@pytest.mark.parametrize(("outlet", "text", "language", "expected"), [
    # the publishing agency credits itself in its dateline, by its short name or its initials
    ("Kestrel News Agency", "Rail deal signed\n\nSKOPJE, Nov 4 (Kestrel) - The states signed a deal.", "en", []),
    ("Landtagskorrespondenz", "Mehrheit für Antrag\n\nGraz (LK) – Der Ausschuss hat heute beraten.", "de", []),
    # another agency's credit stays a source
    ("Der Standard", "Mehrheit für Antrag\n\nWien (APA) – Der Ausschuss hat heute beraten.", "de", ["APA"]),
])
def test_publisher_credits_itself(outlet: str, text: str, language: str, expected: list[str]) -> None:
    assert sources_for(outlet, text, language) == expected


def test_quoted_first_part_of_a_compound_is_no_body() -> None:
    text = 'Die Freilassung der "Nordwind Star"-Besatzung ist das Ziel.'
    assert names(doc_of(text, "de").organizations) == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a name hyphened to a feature noun
    ("Der Grenzverlauf betrifft Weideland rund um den Žabor-Pass.", "de", ["Žabor-Pass"]),
    ("Usbekistan verlangt, dass der Kallai-Stausee mehr Wasser freigibt.", "de", ["Kallai-Stausee"]),
    ("Trucks queued at the Varn Pass on Monday.", "en", ["Varn Pass"]),
    # a known pass after a preposition of location; the same word as a surname is none
    ("Es geht um den Transitverkehr über den Brenner.", "de", ["Brenner"]),
    ("Das sagte Carolin Brenner am Abend. Brenner verließ danach die Bar.", "de", []),
])
def test_passes_and_features(text: str, language: str, expected: list[str]) -> None:
    assert names(doc_of(text, language).places) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Every week costs jobs, the Varonian Chamber of Commerce said.", ["Varonian Chamber of Commerce"]),
    ("Gohar Sargsyan, a researcher at the Kestrel Policy Lab, said so.", ["Kestrel Policy Lab"]),
    ("The swap returned 150 soldiers, the Coordination Headquarters for the Care of Prisoners of War said.",
     ["Coordination Headquarters for the Care of Prisoners of War"]),
    # the head of a name, said again, is the same body
    ("The Coordination Headquarters for the Care of Prisoners of War said so. The Coordination Headquarters "
     "added that it was glad.", ["Coordination Headquarters for the Care of Prisoners of War"]),
    # a lower house by its "House of" name
    ("The party won nine of the 17 seats in the House of Assembly on Monday.", ["House of Assembly"]),
    # a state after a second "of" is the owner, no part of the name
    ("The Ministry of Defence of Ukraine said so.", ["Ministry of Defence"]),
    # a state's embassy acting; inside a title it names no body
    ("Whitcombe spoke to both leaders, the US Embassy in Varna said.", ["US Embassy"]),
    ("A US Embassy spokesman declined to comment.", []),
])
def test_english_bodies_by_head(text: str, expected: list[str]) -> None:
    assert names(doc_of(text, "en").organizations) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Morning Brief: Harbour vote on Tuesday, summit postponed", None),  # a newsletter's title, no city
    ("Johannesburg: Leaders met on Sunday.", "Johannesburg"),
    ("KUALA LUMPUR: Leaders met on Sunday.", "KUALA LUMPUR"),
])
def test_colon_datelines(line: str, expected: str | None) -> None:
    from lagebild.extract.placenames import dateline
    assert dateline(line, "en") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a family's name that starts a company's, after the person of that name
    ("Geschäftsführer Jens Varholt zeigte die Fertigung. Die Ministerin besuchte den Transformatorenhersteller "
     "Varholt Energietechnik.", "de", ["Varholt Energietechnik"]),
    # an English company's head noun inside a German text
    ("Gelistet wurde außerdem die Kestrel Rotor Systems Company.", "de", ["Kestrel Rotor Systems Company"]),
    ("Das Bundesheer stellt heuer rund 180 Soldaten.", "de", ["Bundesheer"]),
])
def test_companies_and_armies(text: str, language: str, expected: list[str]) -> None:
    assert names(doc_of(text, language).organizations) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title names its specific body
    ("EU states agreed. Commission President Hanne Vestergaard said so.", ["EU", "European Commission"]),
    # another commission's title names that one
    ("EU observers came. The Independent Electoral Commission chief resigned.",
     ["EU", "Independent Electoral Commission"]),
])
def test_english_title_bodies(text: str, expected: list[str]) -> None:
    assert names(doc_of(text, "en").organizations) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # „die Union“ said of the EU is no CDU/CSU bloc
    ("Die CDU lehnte ab. Es ist bedauerlich, dass ein Land die Handlungsfähigkeit der Union lähmt, sagte die "
     "EU-Außenbeauftragte.", ["CDU", "EU"]),
    ("Der Rat tagte. Die Handlungsfähigkeit der Union steht nach dem Veto in Brüssel auf dem Spiel.", []),
    # beside its parties it is the bloc
    ("Union und SPD einigten sich. Die CDU begrüßte das.", ["Union", "SPD", "CDU"]),
    ("Die Unterhändler von Union und SPD haben sich geeinigt.", ["Union", "SPD"]),
])
def test_union_in_eu_articles(text: str, expected: list[str]) -> None:
    assert names(doc_of(text, "de").organizations) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare „Kommission“ beside an EU commissioner is the European one
    ("EU-Handelskommissar Henrik Varga telefonierte. Der Abgeordnete warf der Kommission Nachgiebigkeit vor.",
     ["EU", "EU-Kommission"]),
    # beside a national commission it stays unnamed
    ("Die Regierung setzte eine Rentenkommission ein. Die Kommission soll bis Juni berichten.", []),
])
def test_bare_commission(text: str, expected: list[str]) -> None:
    assert names(doc_of(text, "de").organizations) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Sprecher wollte nach der Nationalratsdebatte informieren.", ["Nationalrat"]),
    ("Die Partei scheiterte mit ihrer Forderung nach einer Bundesratsinitiative.", ["Bundesrat"]),
    ("Drei Wochen nach der Landtagswahl steht die Koalition.", ["Landtag"]),
])
def test_parliament_compounds(text: str, expected: list[str]) -> None:
    assert names(doc_of(text, "de").organizations) == expected
