"""Place names in one sentence: gazetteer cities and venues, datelines, marked and free places.

Pure functions over text.  A capital used for its government ("Moscow said")
is no place; ``literal`` tells where a city is named as a location.
"""

from __future__ import annotations

import re
import types
from functools import lru_cache

from lagebild.extract import mentions
from lagebild.extract.countries import LANG, country_names, country_of_word
from lagebild.extract.lang import bodies, de, en, first_names, places

_REGIONS = places.REGIONS

@lru_cache(maxsize=4)
def city_regex(language: str) -> re.Pattern[str]:
    lang = LANG[language]
    gazetteer = places.DE_ONLY if language == "de" else places.EN_ONLY
    names = sorted({*lang.CITIES, *lang.VENUES, *places.SHARED, *gazetteer, *places.REGIONS}, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names).replace("ß", "(?:ß|ss)")  # Swiss spelling: "Weissen Haus"
    suffixes = "|".join(re.escape(s) for s in lang.VENUE_SUFFIXES) if language == "de" else "(?!)"
    return re.compile(
        rf"(?<![\w-])(?:(?P<city>{body})(?:s(?![\w]))?|(?P<venue>[A-ZÄÖÜ][\w]+(?:{suffixes})))(?![\w-])"
        r"|(?P<french>(?:Maison|Palais|Château|Hôtel|Villa|Palazzo)\s+(?:de\s+la|de|du|des)\s+[A-Z][\w-]+)"
    )


@lru_cache(maxsize=4)
@lru_cache(maxsize=2)
def cities(language: str) -> frozenset[str]:
    return frozenset(city_states(language))


@lru_cache(maxsize=2)
def city_states(language: str) -> dict[str, str]:
    """Every city this language's gazetteers know, with its state's code (the language's own list wins)."""
    return {**places.SHARED, **(places.DE_ONLY if language == "de" else places.EN_ONLY), **LANG[language].CITIES}


_LITERAL_BEFORE = re.compile(
    r"(?:\b(?:in|im|nach|aus|bei|von|vor|über|durch|at|to|from|near|via|outside|inside|around|across|of|"
    r"In|Im|Nach|Aus|Bei|At|From|Near)\s+(?:the\s+|der\s+|dem\s+|den\s+)?(?:[a-zäöüA-Z-]+\s+)?)$"
)


# A city coordinated with one a location preposition introduces: "nach Pristina und Belgrad", "between Sanaa,
# Marib and Saudi Arabia's Abha", „von Darfur und Kordofan“, "the people of Juba, Malakal and Wau".
_COORDINATION_HEAD = (r"\b(?:in|nach|aus|von|bei|to|from|of|at|between|zwischen|visit|visits|visited|visiting|toured"
                      r"|besucht|besuchte|besuchten|bereist|bereiste|bereisten)\s+[A-ZÄÖÜ][\w-]+(?:,\s+[A-ZÄÖÜ][\w-]+)*")
_COORDINATED_AFTER = re.compile(_COORDINATION_HEAD + r"\s+(?:und|and|sowie)\s+(?:[A-Z][\w ]+?['’]s\s+)?$")
_LISTED_AFTER = re.compile(_COORDINATION_HEAD + r",\s+$")
# "According to Reuters, Kigali has rejected …": the source named before the comma is no list the city continues
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*,\s+$")
_TRAVEL_FOR = re.compile(r"\b(?:leave|leaves|left|leaving|fly|flies|flew|flying|depart(?:s|ed|ing)?|head(?:s|ed|ing)?"
                         r"|bound|set off|sets off|sail(?:s|ed)?)\s+for\s+$")


_VENUE_COMMA = re.compile(r"(?:House|Villa|Palace|Grounds|Hotel|Airport|Centre|Center|Buildings|Hall"
                          r"|Base\s+[A-Z][\w-]+),\s+$")
_LOWER_APPOSITION = re.compile(r"\s*,\s+[a-z]")


_VISITED = re.compile(r"(?<![\w-])(?:visit|visits|visited|visiting|toured|besucht|besuchte|besuchten|bereist|bereiste"
                      r"|bereisten)\s+$")


def literal(text: str, start: int, end: int) -> bool:
    """A city named as a place ('in Islamabad', 'talks in Genf'), not as its government ('Moscow said')."""
    before = text[:start]
    if text[start:end] in places.CAPITALS and _governments(text, start, end):
        return False
    if _VIEW_FROM.search(before) or _SIDES_BETWEEN.search(before):
        return False  # „die Antwort aus Brüssel“, "a ceasefire between Kinshasa and the M23": a government
    if _GROUP_IN.search(before):
        return False  # „auch wir in Berlin nicht“, "we in Washington must": the people there, no location of the news
    if _government_act(text, end):
        return False  # "reeling from Beijing's decision", "at Moscow's request": the government's act
    if _FROM_FRONTED.search(before) and _VIEW_CAME.match(text, end):
        return False  # „Auch aus Moskau kam scharfe Kritik“: the view fronted, the noun after the verb
    if re.search(r"(?:\b(?:in|im|nach|aus|bei|at|to|from|near|around|über|between|zwischen|outside|inside|into|"
                 r"across|within|In|Im|At|From|Outside|Inside)\s+(?:the\s+|der\s+|dem\s+|den\s+)?)$", before):
        return True
    if re.search(r"(?:Hauptstadt|Hafenstadt|Stadt|capital|city|town|port)\s+$", before):
        return True  # "in der georgischen Hauptstadt Tiflis"
    if _COORDINATED_AFTER.search(before):
        return True  # "nach Pristina und Belgrad", "between Sanaa, Marib and Saudi Arabia's Abha", "von Darfur und X"
    if _LISTED_AFTER.search(before) and not _ACCORDING_TO.search(before):
        return True  # "between Sanaa, Marib ...", "the people of Juba, Malakal and ..."
    if _VENUE_COMMA.search(before):
        return True  # "at State House, Nairobi", "Joint Base Andrews, Maryland": the venue's town or state
    if _TRAVEL_FOR.search(before) or _VISITED.search(before):
        return True  # "is to leave for Mumbai on Thursday", "visited Pristina", „besuchte Riga“: a trip's destination
    possessive = re.search(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$", before)
    if possessive and country_of_word(possessive.group(1), "en"):
        return True  # "Saudi Arabia's Abha": a city of a country, named as a place
    if re.match(r"\s+(?:would|will|to)?\s*(?:host|hosts|hosted)\b", text[end:]):
        return True  # "Berlin would host a meeting": the place of an event
    # a dateline-like start "Kabul, 3 March –"; not a capital before a lower-case apposition ("Moscow, long the
    # region's power broker, has …", "Washington, too, has …"): its government
    if re.search(r"(?:\b(?:of|von|der|dem|des)\s+)$", before) or (
            start == 0 and re.match(r"\s*[,(—–-]", text[end:])
            and not (text[start:end] in places.CAPITALS and _LOWER_APPOSITION.match(text, end))):
        return True
    listed = re.match(r"\s*,\s*([A-Z][a-z]+)\b", text[end:])
    return bool(re.search(r"\b(?:in|im|at|nach)\s+(?:the\s+|der\s+|dem\s+)?[\w-]+\s+$", before)) \
        or bool(listed and listed.group(1) not in places.CAPITALS)  # ("Berlin, Paris und London": governments)


_GROUP_IN = re.compile(r"(?<![\w-])(?:[Ww]ir|[Ii]hr|[Ww]e|[Yy]ou)\s+(?:alle\s+|all\s+)?in\s+$")
_POSSESSED = re.compile(r"['’]s\s+([a-z]+)(?:\s+([a-z]+))?\b")


def _government_act(text: str, end: int) -> bool:
    """"Beijing's decision", "Moscow's new sanctions": the city's government acts (its first or second word after
    the possessive is a noun of a government's act)."""
    possessed = _POSSESSED.match(text, end)
    return possessed is not None and any(word in places.GOVERNMENT_ACT_NOUNS_EN
                                         for word in possessed.groups() if word)


def _governments(text: str, start: int, end: int) -> bool:
    """'zwischen Washington und Pjöngjang', 'recognise Taipei rather than Beijing', 'a critic of Beijing':
    capitals that stand for their governments, not for places."""
    before, after = text[:start], text[end:]
    pair = re.search(r"\b(?:zwischen|between)\s+([A-ZÄÖÜ][\w-]+)\s+(?:und|and)\s+$", before)
    if pair and pair.group(1) in places.CAPITALS:
        return True
    partner = re.match(r"\s+(?:und|and)\s+([A-ZÄÖÜ][\w-]+)", after)
    if partner and partner.group(1) in places.CAPITALS and re.search(r"\b(?:zwischen|between)\s+$", before):
        return True
    if _RECOGNITION_TO.search(before):
        return True  # "switched diplomatic recognition from Taipei to Beijing": the government recognised
    if _addressed(before) or (_AGENT_VON.search(before) and _AGENT_VERB.match(after)):
        return True  # "outsourcing its policy to London"; „sich von Moskau lähmen lassen“: the government
    return bool(re.search(r"\b(?:critic|ally|allies|enemy|rival|recogni[sz]e[sd]?|rather than)\s+(?:of\s+)?$", before))


# „die Antwort aus Brüssel“, „nach Angaben aus Jerewan und Baku“: a view or response from the city's government
_VIEW_NOUNS = sorted({*places.GOVERNMENT_VIEW_NOUNS, *(n[0].upper() + n[1:] for n in places.GOVERNMENT_VIEW_NOUNS)})
# „Aus Moskau kam Kritik“, „Auch aus Peking kamen keine Signale“: the city fronted before a verb of coming and the
# view noun at most three words later
_FROM_FRONTED = re.compile(r"(?:^\s*|[,;:–—„\"]\s*|(?<![\w-])(?:[Aa]uch|[Ss]elbst|[Nn]ur)\s+)[Aa]us\s+$")
_VIEW_CAME = re.compile(r"\s+(?:kam|kamen|kommt|kommen)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(_VIEW_NOUNS)
                        + r")(?![\w-])")
_VIEW_FROM = re.compile(r"(?<![\w-])(?:" + "|".join(_VIEW_NOUNS) + r")\s+(?:aus|in|vor|von"
                        r"|from|in|of)\s+(?:[A-ZÄÖÜ][\w-]+(?:,\s+|\s+(?:und|and)\s+))*$")
# "a ceasefire between Kinshasa and …", „Gespräche zwischen Belgrad und Pristina“: the sides of a relation
_SIDES_BETWEEN = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(places.SIDES_NOUNS)) + r")\s+(?:between|zwischen)"
                            r"\s+(?:(?:the\s+)?[A-ZÄÖÜ][\w-]+\s+(?:und|and)\s+)?$")
# "… to London": "to" closes the text before the capital, with no other punctuation in the words before it
_TO_BEFORE = re.compile(r"(?<![\w-])to\s+$")
# „von Moskau lähmen lassen“, „der von Peking kontrollierte Konzern“, „von Washington gefordert“: the agent of a
# passive or of „lassen“ — a participle or an infinitive before „(zu) lassen“ right after the capital
_AGENT_VON = re.compile(r"(?<![\w-])von\s+$")
# (not a participle of moving: „ist von Moskau gekommen“, „von Kiew gereist“ name where someone came from)
_AGENT_VERB = re.compile(r"\s+(?!ge(?:kommen|flogen|fahren|reist|laufen|zogen|flohen|gangen|segelt|startet|landet)\b)"
                         r"(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert)(?:e[nmrs]?)?(?![\w-])"
                         r"|\s+[a-zäöüß]{3,}en\s+(?:zu\s+)?lassen\b")


def _addressed(before: str) -> bool:
    """"outsourcing its Northern Ireland policy to London", "a letter to Beijing": a cue of addressing at most
    four words before "to", with no word between that starts another act, makes the capital the receiver."""
    if not _TO_BEFORE.search(before):
        return False
    words = re.findall(r"[\w'’-]+|[^\w\s]", before[-120:].casefold())[:-1]
    for word in reversed(words[-5:]):
        if word in places.ADDRESSEE_CUES_EN:
            return True
        if word in places.ADDRESSEE_BREAKS_EN or not word[0].isalnum():
            return False
    return False


_RECOGNITION_TO = re.compile(r"\brecogni(?:tion|[sz]ed|[sz]ing)\b[^.;]{0,40}\bto\s+$")


# A dateline's day: "Feb 12", "February 16, 2027", "16th February, 2027", „21.04.2027“.
_LINE_DAY = (r"(?:[A-Z][a-z]{2,8}\.?\s*\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?"
             r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?(?:\s+\d{4})?|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})")
_DATELINE = re.compile(r"^([A-ZÄÖÜ][\wÄÖÜäöüß.' -]{1,30}?)"
                       # "BRUSSELS, Feb 12 -", "Accra, Feb. 9, GNA –", „Bern, 21.04.2027 –“
                       r"(?:,\s*" + _LINE_DAY + r")?(?:,\s*[A-Z]{2,5}(?=\s*[–—-]))?"
                       # "CARACAS, Venezuela (AP) —", "MANILA, Philippines —" (a country's name, checked below)
                       r"(?:,\s*(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\s*[(–—-]))?\s*"
                       # ("ABU DHABI, 16th February, 2027 (WAM) --": agency copy's double hyphen)
                       r"(?P<agency>\([^)]{1,30}\))?\s*(?:--|[–—-])\s")
# Agency copy without a dash: "New Delhi, Jan 20 (PTI) India and …" (a day and an agency's capitals in brackets).
_AGENCY_DATELINE = re.compile(r"^([A-Z][\w.' -]{1,30}?),\s*" + _LINE_DAY + r"\s*\([A-Z][A-Za-z]{1,9}\)\s+(?=[A-Z\"“])")
# A city and a full stop before the report, as East African dailies open: "Arusha. Heads of State …" (a known
# city only): as a sentence of its own a dateline (`dateline`), before the first sentence a place (`stop_dateline`).
_STOPPED_CITY = r"^([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\."
_CITY_SENTENCE = re.compile(_STOPPED_CITY + r"$")
_STOP_DATELINE = re.compile(_STOPPED_CITY + r"(?:\s+[A-Z\"“„]|\s*$)")


def stop_dateline(text: str, language: str) -> str | None:
    """"Arusha. Heads of State …": a known city and a full stop open the report.  A place of the news only: unlike
    a wire's dateline it says nothing of the outlet's home, so it gives no person a country."""
    stop = _STOP_DATELINE.match(text)
    return stop.group(1) if stop and stop.group(1) in cities(language) else None


# A broadcaster's dateline with a colon: "Abuja: Bundeskanzler ...", "Garmisch-Partenkirchen: Zur Stunde ..."
_COLON_DATELINE = re.compile(r"^([A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*(?: [A-ZÄÖÜ][\wäöüß]+)?):\s+[A-ZÄÖÜ\"„“]")


def dateline(text: str, language: str = "de") -> str | None:
    match = _DATELINE.match(text)
    other = None if match else _AGENCY_DATELINE.match(text) or _CITY_SENTENCE.match(text)
    if other and (other.re is _AGENCY_DATELINE or other.group(1) in cities(language)):
        name = other.group(1).strip()
        return name.title() if name.isupper() else name
    if not match:
        colon = _COLON_DATELINE.match(text)
        if colon and (colon.group(1) in cities(language) or "-" in colon.group(1) or (
                language == "en" and (colon.group(1).isupper() or " " not in colon.group(1))
                and colon.group(1).title() not in en.COLON_LABELS)):  # ("Correction: …" is a label)
            # ("Morning Brief: …" is a newsletter's title, no city)
            return colon.group(1)  # a German noun ("Kritik: ...") is no dateline; a known or compound city is
        return None
    if re.match(r"(?:und|oder|sowie|bzw\.)\s", text[match.end():]) \
            and re.fullmatch(r"\w-\s", text[match.end() - 3:match.end()]):
        return None  # „Auch die Industrie- und Handelskammer …“: a truncated compound's hyphen, no dateline's dash
    country = match.group("country")
    if country and not match.group("agency") and country not in country_names(language):
        return None  # "MANILA, Philippines —" is a dateline; "Berlin, Paris —" is none
    name = match.group(1).strip()
    if len(name.split()) > 3 or _line_label(name, language):
        return None
    return name.title() if name.isupper() else name


def _line_label(name: str, language: str) -> bool:
    """„Kommentar –“, "UPDATE 2 -", „Von Anna Roe –“: a rubric, an update's number or a byline before a line's
    dash, where a dateline's city would stand."""
    first = name.split()[0].title()
    labels = de.LINE_LABELS if language == "de" else en.COLON_LABELS
    return first in labels or first in ("Von", "By") or any(c.isdigit() for c in name)


# (not after "je": „je nach Modell“ means "depending on", no destination; not after an apostrophe: „SRS'in Muster:“ is a
# title's feminine ending)
_FREE_DE = re.compile(r"(?<![\w'’])(?<![Jj]e )(?:in|nach|aus)\s+((?:Nord|Süd|Ost|West)[a-zäöü]+"
                      r"|[A-ZÄÖÜČŠŽĆŁŚ][a-zäöüßà-ÿčćšžđłńśźżğışřěů]+(?:-[A-ZÄÖÜ][\w]+)?)(?![\w-])(?!\s+(?:der|des)\b)")
_FREE_EN = re.compile(r"(?<![\w])(?:[Ii]n|to|from|at|near|outside)\s+"
                      r"((?:The\s+|St\.\s+)?[A-Z][^\W\d_A-Z]+(?:\s+[A-Z][^\W\d_A-Z]+)?)"
                      r"(?![\w-])")
# Places that their own words mark: features ("Genfersee", "Barents Sea", "Korean peninsula"), a city or
# region named as such ("der Hauptstadt Asunción", "home region of Nara"), venues ("Villa Moynier",
# "Haus der Industrie", "Schwarzenbergplatz"), a border crossing and "northern Norway".
_MARKED_PLACES = re.compile(
    r"(?<![\w-])(?P<feature>[A-ZÄÖÜ][\wäöüß]+(?:see|meer|gebirge|insel|halbinsel|riff|kanal|bucht|wüste|atlantik"
    r"|pazifik|ozean)"
    # „das Kaspische Meer“, „im Roten Meer“: a sea named by its adjective (shown in the nominative)
    r"|(?P<sea>[A-ZÄÖÜ][a-zäöü]+(?:e|en)\s+Meer(?:es|s)?)"
    # „der Čakor-Pass“, „der Toktogul-Stausee“: a name hyphened to a feature noun
    r"|(?=[A-ZÄÖÜČŠŽĆŁŚ])[^\W\d_]+-(?:Pass|See|Stausee|Talsperre|Gletscher|Massiv|Gebirge|Insel|Halbinsel)"
    r"|(?:the\s+)?(?:[A-Z][\w-]+\s+){1,3}(?:Sea|Ocean|Pass|[Pp]eninsula|[Bb]asin|Strait|Gulf|Mountains|Valley|Islands?|Shoal|Reef|River|"
    r"Atoll|Bay|Canal|Channel|Lake|Desert|Archipelago|County|Province|Governorate|Prefecture|Oblast)"
    r"|(?:Lake|Mount|Mt\.|Cape)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"  # "Lake Geneva", "Mount Sinjar"
    r"|(?:Sea|Gulf|Bay|Strait|Isle)\s+of\s+[A-Z][\w-]+)"  # "the Sea of Azov"
    r"(?![\w-])"
    r"|(?<![\w-])(?:Hauptstadt|Hafenstadt|Stadt|Region|Provinz|Exklave|Enklave|capital|city|town|[Rr]egion|"
    r"[Pp]rovince|village|Ortschaft|Dorf|Gemeinde|Kanton|Landkreis|Bezirk|Bundesland|Gebiet|Oblast|Raum|Großraum|"
    r"[Mm]unicipality|[Dd]istrict|[Cc]ounty|port|enclave|Amtssitz|Amtssitzes|Regierungssitz|[Rr]esidenz"
    r"|Grenzübergang|Grenzübergangs|Insel|[Ii]sland"
    # compounds: „der Kleinstadt Sındırgı“, „die Ägäis-Metropole Izmir“, „die Grenzgemeinde X“
    r"|[A-ZÄÖÜ][a-zäöüß]+-?(?:stadt|[Mm]etropole|gemeinde|dorf)"
    # „das Wasserkraftwerk X“, „der Luftwaffenstützpunkt X“, „das Flüchtlingslager X“: a site named by its kind
    r"|(?:[A-ZÄÖÜ][a-zäöüß]+)?(?:[Kk]raftwerk|[Ss]tützpunkt|[Ff]lüchtlingslager|[Gg]efangenenlager|[Rr]affinerie))"
    r"(?:\s+of)?\s+"
    r"(?P<named>(?:Al-|al-|El-)?[A-ZÄÖÜÇŞİĞÉÁÓÚŁŚŻŹČŠŽ][^\W\d_]+(?:[- ][A-ZÄÖÜ][^\W\d_]+)?)"
    r"|(?P<venue>(?:Villa|Schloss|Palais|Palazzo|Palacio|Haus der|Haus des|Palast der|Palast des"
    r"|Nationalpark|Gewerbegebiet|Industriegebiet)\s+[A-ZÄÖÜ][^\W\d_]+"
    r"|[A-ZÄÖÜ][\wäöüß]+(?:platz|straße|strasse|gasse|palast|kaserne|gebäude)(?![\w-])|(?:Landgut|Bahnhof|Flughafen|Kloster|Hotel)\s+[A-ZÄÖÜ][^\W\d_]+(?:\s+[A-ZÄÖÜ][^\W\d_]+)?)"
    r"|(?:the\s+)?(?P<crossing>[A-Z][\w]+(?:[- ][A-Z]\w+)?)\s+(?:border\s+)?crossing"
    # "the Sheraton Grand hotel", "Tahrir Square", "Ben Gurion Airport": venues by their last word
    r"|(?<![\w-])(?P<building>(?:[A-Z][\w'’-]+\s+){1,3}(?:[Hh]otel|Palace|Castle|Stadium|Arena|Airport|Square"
    r"|Buildings|Hill|[Mm]onastery|Cathedral|Dam|Bridge|Air Base|Naval Base"  # "Parliament Hill", "Mosul Dam"
    r"|Park"  # "at Sabina Park", "Croke Park": grounds and parks
    r"|(?:Convention|Conference|Congress|Exhibition)\s+(?:Centre|Center|Hall))"
    r"|(?:Wall|Tomb|Gate|Palace)\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?![\w-])"  # "Wall of Remembrance"
    # "in the Dnipropetrovsk region": a name before a lower-case administrative noun
    # (or after a state's possessive: "Armenia's Syunik province")
    r"|(?:(?<=the )|(?<='s )|(?<=’s ))(?P<region>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"(?=\s+(?:region|province|oblast|district|governorate|prefecture|(?:nuclear\s+)?(?:power\s+)?plant|refinery"
    r"|air\s+base|naval\s+base|refugee\s+camp)\b)"
    r"|(?<![\w-])(?P<seat>[A-Z][\w-]+)(?=,\s+(?:dem|der|the)\s+(?:Amtssitz|Sitz|Residenz|official residence|seat)\b)"
    r"|(?<![\w-])(?P<compass>(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)"
    r"\s+[A-Z][^\W\d_]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][^\W\d_]+){0,3})"
)


def named_venues(text: str, language: str = "de") -> list[tuple[int, int, str]]:
    """Venues by their last words ("Kenyatta International Convention Centre", "Ben Gurion Airport"):
    a place, found before the organisation rules read "International … Centre" as a body."""
    venues = []
    for start, end, name in marked_places(text, language):
        if re.search(r"\b(?:Centre|Center|Hall|Airport|Palace|Castle|Stadium|Arena|Buildings|Hill)$", name):
            owner = re.match(r"[^\s]+['’]s\s+", name)  # "Nairobi's Kenyatta …": the city is a place of its own
            cut = owner.end() if owner else 0
            venues.append((start + cut, end, name[cut:]))
    return venues


_NOT_FEATURES = ("griff", "sehkanal", "richtenkanal", "sprächskanal", "nikationskanal", "videokanal", "tubekanal",
                 "übersee", "hochsee", "tiefsee")


# „über den Brenner“, „am Gotthard“, "over the Khyber": a pass the gazetteer names, after a preposition of location
_PASS = re.compile(r"\b(?:am|zum|vom|über den|durch den|auf den|unter dem|unter den|at the|over the|via the|across the)"
                   r"\s+(?P<name>" + "|".join(map(re.escape, places.MOUNTAIN_PASSES)) + r")(?![\w-])")


# ("Columbia River treaty talks": a headline may write the head in lower case)
_NAME_CONTINUES = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?i:Treaty|Agreement|Accord|Pact|Protocol|Convention|Commission"
                             r"|Council|Authority|Conference|Summit|Initiative|Forum|Dialogue|Task Force)\b")
_CAPITAL_NEXT = re.compile(r" [A-Z][a-z]")
_COMPASS_BEFORE = re.compile(r"(?<![\w-])(?:Western|Eastern|Northern|Southern|North|South|East|West)\s+$")
_COMPASS_WORDS = frozenset({"Nord", "Süd", "Ost", "West", "Mitte", "North", "South", "East"})  # „Kraftwerk Nord“


# The bare feature nouns: "The Ocean Protection Act" leaves "Ocean" alone once the article is cut off.
_FEATURE_NOUNS = frozenset({"Sea", "Ocean", "Pass", "Peninsula", "Basin", "Strait", "Gulf", "Mountains", "Valley",
                            "Island", "Islands", "Shoal", "Reef", "River", "Atoll", "Bay", "Canal", "Channel", "Lake",
                            "Desert", "Archipelago", "County", "Province", "Governorate", "Prefecture", "Oblast"})


def marked_places(text: str, language: str = "de") -> list[tuple[int, int, str]]:
    """Places their own words mark.  In English text a German compound ending („Genfersee“, „Barriereriff“)
    is no mark: "Tariff" and "Sheriff" end like a reef."""
    result = [(m.start("name"), m.end("name"), m.group("name")) for m in _PASS.finditer(text)]
    for match in _MARKED_PLACES.finditer(text):
        group = next(g for g in ("sea", "feature", "named", "venue", "crossing", "building", "region", "seat",
                                 "compass") if match.group(g))
        if group == "sea":
            adjective = match.group("sea").split()[0]
            result.append((match.start(group), match.end(group), re.sub(r"en?$", "", adjective) + "es Meer"))
            continue
        name = re.sub(r"^[Tt]he\s+", "", match.group(group))  # ("The Rafah crossing" opening a sentence)
        if _NAME_CONTINUES.match(text, match.end(group)):
            continue  # "the Columbia River Treaty", "the Black Sea Grain Initiative": a place inside another name
        if group == "feature" and re.match(r"(?:Lake|Mount|Mt\.|Cape)\s", name) \
                and _CAPITAL_NEXT.match(text, match.end(group)):
            continue  # "Lake Erie Public Radio": the feature opens a longer name (a station's, a body's)
        if group == "feature" and _COMPASS_BEFORE.search(text, 0, match.start(group)):
            continue  # "the Eastern Cape Provincial Legislature": a province's name ends in the feature word
        if group == "feature" and name.casefold().endswith(_NOT_FEATURES):
            continue  # „Angriff“, „Fernsehkanal“: the ending of a feature, in a common noun
        if group == "feature" and language == "en" and " " not in match.group(group):
            continue  # "Court Blocks Tariff Order": an English word, no German compound of a feature
        words = name.split()
        while group in ("feature", "building") and len(words) >= 2 and (words[0] in en.NAME_STOPWORDS
                                                                         or words[0] == "The"):
            words.pop(0)  # "In South China Sea", "The Baltic Sea": the sentence's first word is no part
        if len(words) == 1 and words[0] in _FEATURE_NOUNS:
            continue  # "The Ocean Protection Act": the feature noun alone names no place
        if len(words) < len(name.split()):
            cut = match.group(group).rindex(" ".join(words))
            result.append((match.start(group) + cut, match.end(group), " ".join(words)))
            continue
        if group == "venue" and _generic_compound(name):
            continue  # „seinen Arbeitsplatz“, „in eine Sackgasse“: a common noun, no venue's name
        if group == "named" and (name in de.NOT_PLACES or name in en.NOT_PLACES or name in _COMPASS_WORDS):
            continue  # „im Raum Europa“: a continent, no place of the news
        if group == "region" and (name.split()[0] in en.NAME_STOPWORDS or name.split()[0] in en.NOT_PLACES
                                  or country_of_word(name.split()[0], "en")
                                  or any(part in en.WORLD_REGION_WORDS for part in re.split(r"[\s-]", name))
                                  or name.split()[0] in en.CREED_ADJECTIVES
                                  or re.search(r"(?:ish|ian|ese|ic|ern)$", name.split()[0])):
            continue  # "the Middle East region", "the Kurdish region", "the Indo-Pacific region": no place
        if group == "compass":
            # "eastern Democratic Republic of Congo": the part up to the first known state's or town's name
            # ("northern Syria Turkey" is two names)
            known = next((i for i, w in enumerate(words) if i and (w in country_names("en") or w in en.CITIES)), None)
            if known is None:
                continue
            name = " ".join(words[:known + 1])
            result.append((match.start(group), match.start(group) + len(name), name))
            continue
        result.append((match.start(group), match.end(group), name))
    return result


def _generic_compound(name: str) -> bool:
    """„Arbeitsplatz“, „Bundesstraße“, „Regierungsgebäude“: a venue compound whose first part is a common word."""
    if " " in name:
        return False
    word = name.casefold().replace("strasse", "straße")
    return any(word.endswith(last) and word[:-len(last)] in stems for last, stems in de.GENERIC_VENUE_STEMS.items())


# „nördlich von Bursa“, „nahe der Stadt“ (the noun is handled above), „unweit von Kiew“: a place by its direction
_NEAR_DE = re.compile(r"(?<![\w])(?:[Nn]ördlich|[Ss]üdlich|[Öö]stlich|[Ww]estlich|[Nn]ahe|[Uu]nweit)\s+(?:von\s+)?"
                      r"(?P<name>[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?)(?![\w-])")
_COMPASS = re.compile(r"(?<![\w-])((?:Nord|Süd|Ost|West)(?:[a-zäöü]+))(?![\w-])")
_AFTER_DEMONYM = re.compile(r"(?<![\w])(?:im|in|nach|aus|bei)\s+(?:dem\s+)?(?P<adj>[a-zäöü-]+isch(?:en|e)?)\s+"
                            r"(?P<name>[A-ZÄÖÜ][a-zäöüčćšžđ]+)(?![\w-])")
# „Südamerika“, „Nordafrika“: a part of a continent, no place (CONVENTIONS §5, §6), though "Amerika" is a state's name
_CONTINENT_PARTS = frozenset({"Amerika", "Afrika", "Asien", "Europa", "Amerikas"})
_NOUN_SUFFIX = re.compile(r"(haft|ung|heit|keit|schaft|tion|tät|ismus|nis|tum|ment|enz|anz|ik|ur|ei|chen|lage|gabe"
                          r"|sicht|sieg|krieg|streit|gipfel|wahl|kampf|plan|rede|besuch|reise|treffen|gespräch)$")


# Endings of German town names that look like plural nouns: „aus Cuxhaven“, „in Recklinghausen“, „nach Tübingen“.
_TOWN_ENDING = re.compile(r"(?:haven|hausen|hofen|\w{3}ingen|stetten|leben|kirchen|münden|bergen)$")


def free_places(text: str, language: str) -> list[tuple[int, int, str]]:
    """Places after 'in/nach/aus' (German) or 'in/to/at' (English) that no lexicon knows."""
    lang = LANG[language]
    result = []
    regex = _FREE_DE if language == "de" else _FREE_EN
    for match in regex.finditer(text):
        name = match.group(1)
        if not _free_name(name, match, language) or _NUMBER_AFTER.match(text, match.end(1)) \
                or (language == "en" and _government_act(text, match.end(1))) \
                or _GROUP_IN.search(text[:match.start(1)]):
            continue  # ("in Budget 2027", „in Halle 4“: a name completed by its number, no town)
        result.append((match.start(1), match.end(1), name))
        result += _conjuncts(text, match, language)
    if language == "de":
        result += _more_de(text, lang)
    return result


def _conjuncts(text: str, match: re.Match[str], language: str) -> list[tuple[int, int, str]]:
    """„in Lemgo und Detmold“, "in Tetovo, Gostivar and Kicevo": names coordinated with a free place are places
    too; a comma alone starts a list only when "und"/"and" closes it (else a new clause may start there)."""
    regex = _CONJUNCT_DE if language == "de" else _CONJUNCT_EN
    chain: list[tuple[int, int, str]] = []
    closed, end = False, match.end(1)
    while (more := regex.match(text, end)) and not closed:
        name = more.group("name")
        if not _free_name(name, match, language) or country_of_word(name.split()[0], language) is not None \
                or name.split()[0] in first_names.MALE or name.split()[0] in first_names.FEMALE \
                or _LOCATED_AFTER.match(text, more.end()):
            # "in Kherson, Ukrainian officials said": a demonym starts a clause; "by Anne Roe in Lima and Jeff Doe
            # in Quito": a person, placed by the "in" after the name
            break
        closed = not more.group(0).lstrip().startswith(",") or bool(re.search(r"\s(?:and|or|und|oder|sowie)\s",
                                                                              more.group(0)))
        chain.append((more.start("name"), more.end("name"), name))
        end = more.end("name")
    return chain if closed else []


_NUMBER_AFTER = re.compile(r"\s\d")
_NAME_GOES_ON = re.compile(r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
                           r"|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")
_LOCATED_AFTER = re.compile(r"\s+(?:in|aus|from|at)\s")
_NOUN_NEXT = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]")
_CONJUNCT_DE = re.compile(r"(?:,\s+|\s+(?:und|sowie|oder)\s+)"
                          r"(?P<name>[A-ZÄÖÜČŠŽĆŁŚ][a-zäöüßà-ÿčćšžđłńśźżğışřěů]+(?:-[A-ZÄÖÜ][\w]+)?)"
                          r"(?![\w-])(?!\s+(?:der|des)\b)")
_CONJUNCT_EN = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+)(?P<name>[A-Z][^\W\d_A-Z]+(?:\s+[A-Z][^\W\d_A-Z]+)?)(?![\w-])")


def _free_name(name: str, match: re.Match[str], language: str) -> bool:
    """Whether a capitalised name after a preposition of location may be a place no lexicon knows."""
    lang = LANG[language]
    first = name.split()[-1]
    if (name in lang.NOT_PLACES or first in lang.NOT_PLACES or name in country_names(language)
            or name in lang.NAME_STOPWORDS or name.split()[0] in lang.NAME_STOPWORDS):
        return False
    if language == "de" and name.endswith("er") and _NOUN_NEXT.match(match.string, match.end(1)):
        return False  # „nach Berliner Lesart“, „aus Wiener Sicht“: a town's adjective before its noun (§6)
    if language == "de" and (_NOUN_SUFFIX.search(name) or re.search(r"(e|en|ern|eln|s)$", name)) \
            and not _TOWN_ENDING.search(name):
        return False  # "in Drittstaaten", "aus Sicherheitsgründen", „aus EU-Mitteln“: plural nouns, not places
    if language == "de" and name.startswith(("Nord", "Süd", "Ost", "West")):
        rest = re.sub(r"^(Nord|Süd|Ost|West)", "", name).capitalize()
        if rest not in country_names(language) and rest not in lang.CITIES:
            return False
    if language == "en" and match.group(0).split()[0] in ("to", "from", "at") and name not in lang.CITIES:
        return False
    if language == "en" and name not in lang.CITIES and (
            (country_of_word(name.split()[0], language) is not None and name.split()[0] not in country_names(language))
            or _NAME_GOES_ON.match(match.string, match.end(1))):
        return False  # "in Russian captivity", "in Chinese waters": a demonym; "in Foreign Military Financing": a
        # longer name cut off
    # ("Trade in Goods Agreement": a treaty's name)
    return not (mentions.is_role_noun(first, language) or first in LANG[language].ORGANIZATIONS
                or first in bodies.AGREEMENT_WORDS)


def _more_de(text: str, lang: types.ModuleType) -> list[tuple[int, int, str]]:
    """„nördlich von Bursa“, „Nordkosovo“, „im nordmazedonischen Ohrid“: German places by their context."""
    language = "de"
    result = []
    for match in _NEAR_DE.finditer(text):
        name = match.group("name")
        if name not in lang.NOT_PLACES and name not in lang.NAME_STOPWORDS and not _NOUN_SUFFIX.search(name) \
                and name not in country_names(language):
            result.append((match.start("name"), match.end("name"), name))
    for match in _COMPASS.finditer(text):  # "Nordkosovo", "Ostukraine"
        rest = match.group(1)[4 if match.group(1).startswith(("Nord", "West")) else 3:].capitalize()
        if (rest in country_names(language) or rest in lang.CITIES) and rest not in _CONTINENT_PARTS:
            result.append((match.start(1), match.end(1), match.group(1)))
    for match in _AFTER_DEMONYM.finditer(text):  # "im nordmazedonischen Ohrid"
        name = match.group("name")
        if (entities_demonym(match.group("adj")) and len(name) <= 9 and name not in lang.NOT_PLACES
                and not re.search(r"(e|en|er|ung|krieg|staat)$", name)
                and not mentions.is_role_noun(name, language)):
            result.append((match.start("name"), match.end("name"), name))
    return result


def entities_demonym(word: str) -> bool:
    return country_of_word(word, "de") is not None and word[:1].islower()
