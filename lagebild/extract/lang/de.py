"""German language data for the entity stages: role nouns, demonyms, organisations, outlets.

Data only; the stages in ``lagebild.extract`` hold the logic.  Role nouns are
matched as the *end* of a (possibly hyphenated) compound, so "Minister" also
covers "Bundesverteidigungsminister" and "Europaministerin".
"""

from __future__ import annotations

from lagebild.extract.lang import states

# Heads of role compounds, lower case, nominative singular (masculine forms;
# "-in" feminines are derived by the stage).  Longest first is not needed.
ROLE_HEADS: tuple[str, ...] = (
    "präsident", "kanzler", "minister", "premier", "sekretär", "sprecher", "berater", "gesandter", "gastgeber",
    "beauftragter", "unterhändler", "chef", "politiker", "experte", "analyst", "koordinator",
    "botschafter", "könig", "kronprinz", "prinz", "emir", "scheich", "papst", "vorsitzender",
    "abgeordneter", "senator", "gouverneur", "bürgermeister", "general", "kommandeur",
    "oberbefehlshaber", "führer", "direktor", "leiter", "richter", "ankläger", "staatsanwalt",
    "diplomat", "forscher", "professor", "ökonom", "korrespondent", "journalist", "aktivist",
    "vorsteher", "stellvertreter", "kommissar", "admiral", "oberst", "obmann", "obfrau", "rektor",
    "landeshauptmann", "landeshauptfrau", "bundesrat", "bundesrätin", "vizepremier", "kandidat",
    "schwiegersohn", "schwiegertochter", "sohn", "tochter", "ehefrau", "ehemann", "witwe",
    "generalsekretär", "staatssekretär", "vertreter", "mitarbeiter", "ministerpräsident",
    "regierungschef", "staatschef", "parteichef", "wissenschaftler", "historiker", "ökonomin",
    "herausforderer", "nachfolger", "vorgänger", "moderator", "gründer", "geschäftsführer",
    "unternehmer", "investor", "anwalt", "verteidiger", "bischof", "patriarch", "ayatollah",
    "kronprinzessin", "königin", "kaiser", "präsidentin", "chefdiplomat", "chefankläger", "kollege",
    "verhandler",  # („Chefverhandler“: Austrian and Swiss for „Unterhändler“)
    "volkswirt", "kenner", "leutnant", "vize", "informateur", "wissenschaftler", "fachmann", "sekretärin",
    "exekutivdirektor", "abteilungsleiter", "delegationsleiter", "parteivorsitzender", "fraktionschef",
    "hochkommissar", "sondergesandter", "staatsminister", "landesrat", "stadtrat", "gemeinderat",
    "regierungssprecher", "oppositionsführer", "spitzenkandidat", "kommentator", "publizist", "beobachter",
    "machthaber", "nationalrat", "nationalrätin", "ständerat", "ständerätin", "regierungsrat", "regierungsrätin",
    # cantonal and local offices: „der Walliser Staatsrat X“, „Landrat Y“, „Stadtpräsidentin Z“
    "staatsrat", "staatsrätin", "grossrat", "grossrätin", "großrat", "großrätin", "kantonsrat", "kantonsrätin",
    "landrat", "landrätin", "landammann", "landesrätin", "stadträtin", "gemeinderätin", "klubobmann",
    "klubobfrau", "gemeindepräsident", "stadtpräsident", "vorstandsmitglied", "vorstand",
    "mandatar",  # (Austrian for a member of parliament: „Grünen-Mandatarin“)
    "parlamentarier", "rechtler",  # („der Parlamentarier X“, „die Bürgerrechtlerin Y“, „Menschenrechtler Z“)
)
# Titles and honorifics that stand before a name but are neither part of it nor its role.
# (the Austrian academic titles „Mag.“, „DI“, „Ing.“ stand before the name too: „Mag. Eva Lindner“)
TITLES: tuple[str, ...] = ("Prinz", "Prinzessin", "Scheich", "Ajatollah", "Ayatollah", "Dr", "Prof", "Herr", "Frau",
                           "Mag", "MMag", "DI", "Ing")
# Capitalised words that never belong to a person's name ("Der Wahlverlierer Geert Wilders").
# Military ranks written out: after an office and its comma the rank stands before the name („Der
# Armeechef, General X“), and the office stays the role (English: en.FULL_RANKS).
FULL_RANKS: tuple[tuple[str, ...], ...] = tuple((r,) for r in (
    "General", "Generalleutnant", "Generalmajor", "Brigadegeneral", "Oberst", "Admiral", "Vizeadmiral",
    "Konteradmiral", "Feldmarschall", "Generaloberst", "Oberstleutnant",
))
NOT_NAME_WORDS: frozenset[str] = frozenset(
    "Wahlverlierer Wahlsieger Wahlgewinner Parteifreund Parteifreundin Parteikollege Parteikollegin "
    "Amtsinhaber Amtsinhaberin Regierungschef Regierungschefin Oppositionsführer Oppositionsführerin "
    # words that start the names of groups and campaigns: „Pro Asyl“, „Aktion Mensch“, „Team Kärnten“
    "Pro Contra Aktion Team Bündnis Netzwerk Verein Initiative Plattform".split()
)
# Adjectival role nouns: "der Gesandte" / "ein Gesandter" / "des Gesandten".
ADJECTIVAL_ROLES: tuple[str, ...] = (
    "gesandte", "beauftragte", "vorsitzende", "abgeordnete", "angestellte", "delegierte", "wirtschaftsweise",
    "bevollmächtigte", "vertraute", "verantwortliche", "bedienstete",
)
# Weak nouns take -en outside the nominative: "dem Präsidenten" -> "Präsident".
WEAK_ROLES: tuple[str, ...] = (
    "präsident", "diplomat", "kandidat", "experte", "analyst", "ökonom", "korrespondent",
    "journalist", "aktivist", "prinz", "kronprinz", "assistent", "bürokrat", "demokrat", "soldat",
    "kollege", "verhandler",  # („Chefverhandler“: Austrian and Swiss for „Unterhändler“)
)
# Roles that are offices of a state: a person holding one gets a country guess from context.
OFFICE_HEADS: tuple[str, ...] = (
    "präsident", "kanzler", "minister", "premier", "sekretär", "sprecher", "gesandter", "gesandte",
    "unterhändler", "verhandler", "botschafter", "könig", "prinz", "emir", "chef", "vizepremier", "bundesrat",
    "diplomat", "vertreter", "general", "kommandeur", "machthaber", "nationalrat", "ständerat",
)
# Roles of domestic politics: their holders take the country a domestic-politics article is about.
POLITICAL_HEADS: tuple[str, ...] = (
    "politiker", "abgeordnete", "vorsitzende", "informateur", "fraktion", "vize", "parteichef", "opposition",
    "landeshauptmann", "landeshauptfrau", "bürgermeister", "könig",
    "senator",  # („Finanzsenator“, „Innensenatorin“: a minister of Berlin, Hamburg or Bremen)
)
# Role words of companies, associations, unions, churches, universities and charities: their holders
# act for no state (CONVENTIONS §3), so they never take the country an article is about as a guess
# („ÖGB-Präsident“, „Präsident des Bauernverbands“, „Volkswagen-Vorstandschef“, „Rektor der Universität“).
NON_STATE_ROLE_PARTS: tuple[str, ...] = (
    "verband", "verbände", "gewerkschaft", "kammer", "konzern", "vorstand", "aufsichtsrat", "unternehm",
    "firma", "firmen", "geschäftsführer", "geschäftsführung", "manager", "industrie", "caritas", "diakonie",
    "roten kreuz",
    "rotes kreuz", "universität", "hochschule", "stiftung", "rektor", "bischof", "aktivist", "denkfabrik",
    "hersteller", "fluggesellschaft", "ögb", "dgb", "ihk", "amnesty", "greenpeace", "ohne grenzen", "vereins",
    "ceo", "gruppe", "group", "chefredakt", "redakteur", "inlandchef", "auslandchef", "ressortleiter",
    "kolumnist", "kommentator",
    # Institute, Forschung, eine Konferenz und ihre Stiftung, die Presse („Direktor des Instituts für …“,
    # „Vorsitzender der Münchner Sicherheitskonferenz“, „Korrespondentin“)
    "institut", "thinktank", "think tank", "sicherheitskonferenz", "analyst", "forscher", "journalist",
    "korrespondent", "ökonom",
    "vda", "vdma", "bdi", "bdew", "bitkom", "zdh",  # business associations by their acronyms („VDA-Präsidentin“)
)
# („geschäftsführender Ministerpräsident“ is a caretaker head of government, no company's manager.)
# ... unless the word belongs to a party or a state body („Parteivorstand“, „Bundeskammer“ is no such word).
STATE_ROLE_PARTS: tuple[str, ...] = ("partei", "fraktion", "bundesrat", "nationalrat")
# A group of one state, then its members: „ukrainische Regierungsvertreter, darunter Außenminister X“, „die
# kenianische Delegation, angeführt von Außenminister X“ (the state word is read in the group "state").
STATE_GROUP_MEMBER = (r"(?<!und )(?<!oder )(?<!, )(?P<state>[A-ZÄÖÜa-zäöüß][a-zäöüß]+(?:e|en|er))\s+"
                      r"(?:Regierungsvertreter|Vertreter|Politiker|Minister|"
                      r"Diplomaten|Abgeordneten?|Delegation|Regierungsmitglieder|Spitzenpolitiker|Unterhändler|Seite)\s*,?\s+"
                      r"(?:darunter|unter\s+ihnen|angeführt\s+von|geleitet\s+von|vertreten\s+durch)"
                      r"\s+(?:[^.;:()]{0,80}?(?:,\s+|\s+und\s+))?(?:de[rnm]\s+|die\s+)?(?:[a-zäöüß-]+\s+)?$")
# A clause after the name saying which state the person acts for: „X, der Kenia bei den Gesprächen vertrat,“,
# „X, die im Namen Kenias sprach,“.
REPRESENTS_AFTER = (r"\s*,\s*(?:der|die)\s+(?:(?P<state>[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?)\s+"
                    r"(?:[\wäöüß-]+\s+){0,5}?(?:vertritt|vertrat|vertreten\s+hat|vertreten\s+hatte)\b|"
                    r"im\s+Namen\s+(?P<genitive>[A-ZÄÖÜ][\wäöüß-]*s)\s)")
# The person's own verb of acting for a state right after the name: „X vertrat Kenia bei den Gesprächen“.
REPRESENTS_VERB = r"\s+(?:vertritt|vertrat)\s+(?P<state>[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?)"
# Offices that serve the person whose genitive precedes them: „Putins Sprecher“, „Trumps Sondergesandter“ act for
# that person's state (not „sein Amtskollege“, „Macrons Gastgeber“: another side).
AIDE_ROLES = (r"(?:sprecher(?:in)?|(?:sicherheits|außenpolitische[rn]?\s+|aussenpolitische[rn]?\s+)?berater(?:in)?|"
              r"(?:sonder)?gesandte[rn]?|sonderbeauftragte[rn]?|stabschef(?:in)?|büroleiter(?:in)?|"
              r"(?:chef)?unterhändler(?:in)?|(?:außen|aussen|verteidigungs|finanz|innen)?minister(?:in)?)$")
# Offices of the EU and other international bodies: their holders act for no state.
INTERNATIONAL_ROLES = r"(kommissionspräsident|ratspräsident|kommissar|außenbeauftragte|generalsekretär)"
# Offices whose holder acts for the state of the article's locale (DE/AT/CH).
DOMESTIC_PREFIXES: tuple[str, ...] = ("bundes", "vize", "kanzler", "landes")
# Role words that are never followed by a person name of their own.
NOT_ROLES: frozenset[str] = frozenset({
    "chefsache", "informationen", "mitarbeitern", "vertretern",
})

# Determiners and pronouns that can stand before a role noun.
DETERMINERS: frozenset[str] = frozenset(
    "der die das des dem den ein eine einer eines einem einen deren dessen sein seine seinem "
    "seinen seiner ihr ihre ihrem ihren ihrer unser unsere mit von vom zum zur".split()
)
# Pronouns that refer to a person, by grammatical gender.
PRONOUNS: dict[str, str] = {"er": "m", "sie": "f"}

# Adjective stems (lower case) of countries; endings e/en/er/es/em follow.
DEMONYMS: dict[str, str] = {
    "deutsch": "DE", "französisch": "FR", "britisch": "GB", "ukrainisch": "UA", "russisch": "RU",
    "amerikanisch": "US", "us-amerikanisch": "US", "chinesisch": "CN", "ungarisch": "HU",
    "slowakisch": "SK", "polnisch": "PL", "italienisch": "IT", "spanisch": "ES",
    "österreichisch": "AT", "schweizerisch": "CH", "israelisch": "IL", "ägyptisch": "EG",
    "katarisch": "QA", "jordanisch": "JO", "türkisch": "TR", "iranisch": "IR", "irakisch": "IQ",
    "syrisch": "SY", "libanesisch": "LB", "saudisch": "SA", "saudi-arabisch": "SA",
    "emiratisch": "AE", "serbisch": "RS", "kosovarisch": "XK", "albanisch": "AL", "bosnisch": "BA",
    "kroatisch": "HR", "slowenisch": "SI", "nordmazedonisch": "MK", "mazedonisch": "MK",
    "montenegrinisch": "ME", "bulgarisch": "BG", "rumänisch": "RO", "griechisch": "GR",
    "tschechisch": "CZ", "niederländisch": "NL", "belgisch": "BE", "dänisch": "DK",
    "schwedisch": "SE", "norwegisch": "NO", "finnisch": "FI", "estnisch": "EE", "lettisch": "LV",
    "litauisch": "LT", "belarussisch": "BY", "weißrussisch": "BY", "moldauisch": "MD",
    "georgisch": "GE", "armenisch": "AM", "aserbaidschanisch": "AZ", "kasachisch": "KZ",
    "japanisch": "JP", "südkoreanisch": "KR", "nordkoreanisch": "KP", "indisch": "IN",
    "pakistanisch": "PK", "afghanisch": "AF", "kanadisch": "CA", "mexikanisch": "MX",
    "brasilianisch": "BR", "argentinisch": "AR", "venezolanisch": "VE", "kubanisch": "CU",
    "kolumbianisch": "CO", "australisch": "AU", "neuseeländisch": "NZ", "südafrikanisch": "ZA",
    "nigerianisch": "NG", "äthiopisch": "ET", "kenianisch": "KE", "sudanesisch": "SD",
    "libysch": "LY", "tunesisch": "TN", "algerisch": "DZ", "marokkanisch": "MA",
    "jemenitisch": "YE", "palästinensisch": "PS", "taiwanisch": "TW", "vietnamesisch": "VN",
    "thailändisch": "TH", "indonesisch": "ID", "philippinisch": "PH", "irisch": "IE",
    "portugiesisch": "PT", "luxemburgisch": "LU", "zyprisch": "CY", "maltesisch": "MT",
    "isländisch": "IS", "venezuelanisch": "VE", "chilenisch": "CL", "peruanisch": "PE",
    "omanisch": "OM", "kuwaitisch": "KW", "bahrainisch": "BH", "bangladeschisch": "BD", "nepalesisch": "NP",
    "malaysisch": "MY", "singapurisch": "SG", "kambodschanisch": "KH", "mongolisch": "MN", "usbekisch": "UZ",
    "kirgisisch": "KG", "tadschikisch": "TJ", "turkmenisch": "TM", "ghanaisch": "GH", "senegalesisch": "SN",
    "malisch": "ML", "somalisch": "SO", "eritreisch": "ER", "ruandisch": "RW", "ugandisch": "UG",
    "tansanisch": "TZ", "kongolesisch": "CD", "angolanisch": "AO", "simbabwisch": "ZW", "sambisch": "ZM",
    "mosambikanisch": "MZ", "namibisch": "NA", "kamerunisch": "CM", "ivorisch": "CI", "ecuadorianisch": "EC",
    "bolivianisch": "BO", "paraguayisch": "PY", "uruguayisch": "UY", "panamaisch": "PA",
    "guatemaltekisch": "GT", "honduranisch": "HN", "nicaraguanisch": "NI", "haitianisch": "HT",
    "grönländisch": "GL", "schottisch": "GB", "walisisch": "GB", "myanmarisch": "MM",
    "sri-lankisch": "LK", "katalanisch": "ES", "flämisch": "BE",
    "malawisch": "MW", "burkinisch": "BF", "nigrisch": "NE", "guineisch": "GN", "liberianisch": "LR",
    "togoisch": "TG", "beninisch": "BJ", "gabunisch": "GA", "mauretanisch": "MR", "tschadisch": "TD",
    "gambisch": "GM", "burundisch": "BI", "südsudanesisch": "SS", "sierra-leonisch": "SL",
    "fidschianisch": "FJ", "samoanisch": "WS", "tongaisch": "TO", "maledivisch": "MV", "bhutanisch": "BT",
    "madagassisch": "MG", "costa-ricanisch": "CR", "guyanisch": "GY", "surinamisch": "SR",
}
# Nationality nouns ("sagte die Bulgarin"): they refer to a person already named, and name a country.
NATIONALITY_NOUNS: dict[str, str] = {
    "Bulgare": "BG", "Bulgarin": "BG", "Franzose": "FR", "Französin": "FR", "Brite": "GB", "Britin": "GB",
    "Amerikaner": "US", "Amerikanerin": "US", "Russe": "RU", "Russin": "RU", "Ukrainer": "UA",
    "Ukrainerin": "UA", "Österreicher": "AT", "Österreicherin": "AT", "Schweizerin": "CH",
    "Italiener": "IT", "Italienerin": "IT", "Spanier": "ES", "Spanierin": "ES", "Pole": "PL", "Polin": "PL",
    "Ungar": "HU", "Ungarin": "HU", "Niederländer": "NL", "Niederländerin": "NL", "Chinesin": "CN",
    "Japaner": "JP", "Japanerin": "JP", "Inder": "IN", "Inderin": "IN", "Türke": "TR", "Türkin": "TR",
    "Iraner": "IR", "Iranerin": "IR", "Brasilianer": "BR", "Brasilianerin": "BR", "Argentinier": "AR",
    "Argentinierin": "AR", "Kanadier": "CA", "Kanadierin": "CA", "Belgier": "BE", "Belgierin": "BE",
    "Däne": "DK", "Dänin": "DK", "Schwede": "SE", "Schwedin": "SE", "Norweger": "NO", "Norwegerin": "NO",
    "Finne": "FI", "Finnin": "FI", "Grieche": "GR", "Griechin": "GR", "Rumäne": "RO", "Rumänin": "RO",
    "Serbe": "RS", "Serbin": "RS", "Kroatin": "HR", "Kroate": "HR", "Portugiese": "PT", "Portugiesin": "PT",
    "Irin": "IE", "Tscheche": "CZ", "Tschechin": "CZ", "Slowake": "SK", "Slowakin": "SK", "Georgierin": "GE",
    "Armenierin": "AM", "Aserbaidschaner": "AZ", "Aserbaidschanerin": "AZ", "Israelin": "IL", "Ägypter": "EG",
    "Ägypterin": "EG", "Saudi": "SA", "Pakistaner": "PK", "Pakistanerin": "PK", "Mexikaner": "MX",
    "Mexikanerin": "MX", "Kolumbianer": "CO", "Kolumbianerin": "CO", "Estin": "EE", "Litauerin": "LT",
    "Lettin": "LV", "Slowenin": "SI", "Luxemburgerin": "LU", "Deutsche": "DE",
}
# A rubric or a label before a line's dash, where a dateline's city would stand („Kommentar – Die Regierung …“,
# „Liveticker – …“): no city (the English labels are ``en.COLON_LABELS``).
LINE_LABELS: frozenset[str] = frozenset(
    "Kommentar Analyse Hintergrund Exklusiv Liveblog Liveticker Ticker Newsblog Pressestimmen Presseschau Interview "
    "Meinung Leitartikel Glosse Gastbeitrag Gastkommentar Eilmeldung Update Korrektur Berichtigung Faktencheck "
    "Reportage Porträt Nachruf Kolumne Wochenvorschau Vorschau Rückblick Überblick Zusammenfassung Chronologie "
    "Erklärstück Einordnung Standpunkt Kurzmeldung Meldung Nachrichten Video Audio Podcast Bildergalerie "
    "Fotostrecke Dokumentation Wortlaut Zitat Zitate Reaktionen Fragen Antworten Exklusivinterview".split())
# Endings of plural nouns in the dative after „von“ that no family name has: „Gastgeberin von Gesprächen“,
# „Vermittler von Verhandlungen“ name what the role holder hosts or mediates, no noble „von“ name.
PLURAL_NOUN_AFTER_VON: str = (r"(?:ungen|heiten|keiten|schaften|ionen|täten|nissen|ismen|gesprächen|treffen"
                               r"|gipfeln|konferenzen|plänen|reisen|besuchen|wahlen|kriegen|gefechten|angriffen"
                               r"|waffen|truppen|soldaten|staaten|ländern|firmen|unternehmen)$")
# A state's adjective that only starts a geographical name references no state (CONVENTIONS §5): „der Indische
# Ozean“, „Britisch-Kolumbien“, „Mexiko-Stadt“ (a city does not add its country either); „das Nigerdelta“ is one
# word already.
STATE_IN_PLACE_AFTER: str = r"(?:\s+Ozean|-Kolumbien|-Stadt)(?![\w-])"
STATE_IN_PLACE_BEFORE: str = r"(?!)"
US_STATE_NAMES: frozenset[str] = frozenset()
US_STATE_CUES: str = r"(?!)"
# States whose names are also given names: before a surname they name a person („Israel Katz“).
GIVEN_NAME_COUNTRIES: frozenset[str] = frozenset({"Israel"})
# Capitalised words after such a name that make it the state's institution („Israel Defense Forces“).
STATE_NAME_FOLLOWERS: frozenset[str] = frozenset("Defense Police Airlines Hayom".split())
# Country names beyond Babel's list (which gives "Vereinigte Staaten", "Ungarn", ...).
COUNTRY_ALIASES: dict[str, str] = {
    "USA": "US", "US": "US", "Amerika": "US", "Großbritannien": "GB", "Britannien": "GB", "England": "GB",
    "Holland": "NL", "Tschechei": "CZ", "Weißrussland": "BY", "Kongo": "CD", "Elfenbeinküste": "CI",
    "Vereinigte Arabische Emirate": "AE", "Emirate": "AE", "Saudi-Arabien": "SA", "Kosovo": "XK",
    "Palästina": "PS", "Schweiz": "CH", "Türkei": "TR", "Slowakei": "SK", "Ukraine": "UA",
    "Mongolei": "MN", "Nordmazedonien": "MK", "Mazedonien": "MK", "Burma": "MM", "Birma": "MM",
    "Moldau": "MD", "Moldawien": "MD",  # the short names of the „Republik Moldau“
}
# Every other state's adjective stems and short names (lang/states.py); the entries above win.
DEMONYMS.update({stem: code for stem, code in states.DEMONYMS_DE.items() if stem not in DEMONYMS})
COUNTRY_ALIASES.update({name: code for name, code in states.NAMES_DE.items() if name not in COUNTRY_ALIASES})
# Cities, regions and venues (nominative, as the article writes them) -> country.
CITIES: dict[str, str] = {
    "Berlin": "DE", "München": "DE", "Hamburg": "DE", "Frankfurt": "DE", "Köln": "DE", "Bonn": "DE",
    "Dresden": "DE", "Leipzig": "DE", "Stuttgart": "DE", "Düsseldorf": "DE", "Hannover": "DE",
    "Wien": "AT", "Graz": "AT", "Linz": "AT", "Salzburg": "AT", "Innsbruck": "AT",
    "Bern": "CH", "Zürich": "CH", "Genf": "CH", "Basel": "CH", "Lausanne": "CH", "Davos": "CH",
    "Brüssel": "BE", "Paris": "FR", "Straßburg": "FR", "London": "GB", "Rom": "IT", "Madrid": "ES",
    "Den Haag": "NL", "Amsterdam": "NL", "Luxemburg": "LU", "Warschau": "PL", "Prag": "CZ",
    "Budapest": "HU", "Bratislava": "SK", "Kiew": "UA", "Charkiw": "UA", "Odessa": "UA",
    "Lwiw": "UA", "Moskau": "RU", "Sankt Petersburg": "RU", "Minsk": "BY", "Washington": "US",
    "New York": "US", "Peking": "CN", "Shanghai": "CN", "Tokio": "JP", "Seoul": "KR",
    "Kairo": "EG", "Doha": "QA", "Amman": "JO", "Jerusalem": "IL", "Tel Aviv": "IL",
    "Gaza": "PS", "Gazastreifen": "PS", "Westjordanland": "PS", "Ramallah": "PS", "Beirut": "LB",
    "Damaskus": "SY", "Bagdad": "IQ", "Teheran": "IR", "Riad": "SA", "Dubai": "AE",
    "Abu Dhabi": "AE", "Ankara": "TR", "Istanbul": "TR", "Belgrad": "RS", "Pristina": "XK",
    "Sarajevo": "BA", "Zagreb": "HR", "Ljubljana": "SI", "Skopje": "MK",
    "Tirana": "AL", "Podgorica": "ME", "Sofia": "BG", "Bukarest": "RO", "Athen": "GR",
    "Stockholm": "SE", "Oslo": "NO", "Helsinki": "FI", "Kopenhagen": "DK", "Tallinn": "EE",
    "Riga": "LV", "Vilnius": "LT", "Chisinau": "MD", "Tiflis": "GE", "Eriwan": "AM", "Baku": "AZ",
    "Ottawa": "CA", "Neu-Delhi": "IN", "Islamabad": "PK", "Kabul": "AF", "Dublin": "IE",
    "Lissabon": "PT", "Tirol": "AT", "Vorarlberg": "AT", "Kärnten": "AT", "Steiermark": "AT",
    "Burgenland": "AT", "Niederösterreich": "AT", "Oberösterreich": "AT", "Bayern": "DE", "Sachsen": "DE",
    "Krim": "UA", "Donbass": "UA", "Cherson": "UA", "Saporischschja": "UA",
    "Mailand": "IT", "Venedig": "IT", "Barcelona": "ES", "Marseille": "FR", "Lyon": "FR",
}
# Venues and buildings named literally.
VENUES: tuple[str, ...] = (
    "Kanzleramt", "Bundeskanzleramt", "Weißen Haus", "Kreml", "Élysée-Palast", "Elysée-Palast",
    "Ballhausplatz", "Hofburg", "Bundeshaus", "Reichstag", "Reichstagsgebäude", "Oval Office",
    "Downing Street", "Schloss Bellevue", "Bürgenstock", "Bundestag", "Bundespressekonferenz", "Verbotene Stadt",
    "Elysee-Palast", "Weißes Haus",
    # the Dutch premier's residence, New Zealand's executive wing
    "Catshuis", "Beehive",
    # a German Land's head of government sits there (a place where named as a location: LITERAL_VENUES)
    "Staatskanzlei",
)
# Venues named by a common noun: a place only where named as a location („in der Staatskanzlei in Magdeburg“),
# not where the office acts („die Staatskanzlei teilte mit“)
LITERAL_VENUES: frozenset[str] = frozenset({"Staatskanzlei"})
# First parts that make a venue compound a common noun, no name (CONVENTIONS §6: named venues only): „seinen
# Arbeitsplatz“, „die Bundesstraße“, „in einer Sackgasse“, „das Regierungsgebäude“ — while „Schwarzenbergplatz“,
# „Europagebäude“ name one place.  Keyed by the compound's last part; the first part in lower case.
GENERIC_VENUE_STEMS: dict[str, frozenset[str]] = {
    "platz": frozenset("arbeits park spiel sport stell sitz studien ausbildungs kita krippen pflege camping vor "
                       "schau exerzier appell halte liege steh lager rast fest bau unfall kinder schul heim "
                       "wohn sammel fuß handels finanz börsen industrie wirtschafts werk".split()),
    "straße": frozenset("bundes land haupt seiten neben umgehungs schnell durchgangs einkaufs zufahrts küsten "
                        "wasser verbindungs kreis gemeinde staats fern zubringer nachschub versorgungs "
                        "schmuggel flucht handels".split()),
    "gasse": frozenset("sack rettungs seiten neben".split()),
    "gebäude": frozenset("regierungs verwaltungs parlaments landtags gerichts bahnhofs ministeriums haupt neben "
                         "wohn büro schul geschäfts krankenhaus universitäts botschafts konsulats rathaus kasernen "
                         "fabrik lager nachbar hoch amts polizei bank kirchen gemeinde".split()),
    "kaserne": frozenset("bundeswehr armee militär polizei".split()),
}
# Suffixes that make a capitalised compound a venue: "Berlaymont-Gebäude".
VENUE_SUFFIXES: tuple[str, ...] = ("-Gebäude", "-Palast", "-Zentrum", "-Hotel", "-Platz", "-Residenz")

# Organisations: canonical nominative form -> the forms the article may use (besides the
# inflected canonical one).  Acronyms are matched case-sensitively.
ORGANIZATIONS: dict[str, tuple[str, ...]] = {
    "EU": ("Europäische Union",),
    "NATO": ("Nato", "Nordatlantische Allianz"),
    "Vereinte Nationen": ("UNO", "UN"),
    "Europäische Kommission": ("EU-Kommission",),
    "Europäischer Rat": (),
    "Europäisches Parlament": ("EU-Parlament", "Europaparlament"),
    "Rat der EU": ("Rat der EU-Staaten", "Rat der Europäischen Union", "EU-Ministerrat"),
    "Europäische Zentralbank": ("EZB",),
    "Europäischer Gerichtshof": ("EuGH",),
    "Internationaler Strafgerichtshof": ("IStGH",),
    "Internationaler Gerichtshof": ("IGH",),
    "Internationaler Währungsfonds": ("IWF",),
    "G20": ("Gruppe der 20",), "G7": ("Gruppe der Sieben",),
    "Weltbank": (), "Weltgesundheitsorganisation": ("WHO",), "Welthandelsorganisation": ("WTO",),
    "Internationale Atomenergiebehörde": ("IAEA", "IAEO"),
    "UN-Sicherheitsrat": ("Weltsicherheitsrat", "Sicherheitsrat"),
    "UN-Generalversammlung": (), "UN-Menschenrechtsrat": (),
    # a body known by its acronym, also written in full without it (one entry, shown in full: CONVENTIONS §4)
    "OSZE": ("Organisation für Sicherheit und Zusammenarbeit in Europa",), "KFOR": (), "EUFOR": (), "Europarat": (),
    "BRICS": (), "Afrikanische Union": ("AU",), "Arabische Liga": (),
    "ASEAN": ("Asean", "Verband Südostasiatischer Nationen"), "OPEC": ("Organisation erdölexportierender Länder",),
    "Commonwealth": (),
    "Landtag": (),  # a state's parliament: „der neu gewählte Landtag“
    "Bundestag": (), "Bundesregierung": (), "Bundeswehr": (), "Bundesverfassungsgericht": (),
    "Bundesheer": (), "Swisscoy": (),  # Austria's army; Switzerland's KFOR contingent
    "Nationalrat": (), "Bundesrat": (), "Auswärtiges Amt": (), "Pentagon": (), "Kreml": (),
    # a venue and a body, like the Kreml: a place „im Kanzleramt“, a body when it acts („nannte das Bundeskanzleramt“)
    "Bundeskanzleramt": ("Kanzleramt",),
    "Weißes Haus": (), "Knesset": (), "Kongress": (), "US-Kongress": (), "Senat": (),
    "Repräsentantenhaus": (), "Duma": (), "Hamas": (), "Hisbollah": (), "Huthi": ("Huthis",),
    "Taliban": (), "Fatah": (), "Palästinensische Autonomiebehörde": (), "UNRWA": (),
    "UNHCR": (), "UNICEF": (), "OCHA": (), "Rotes Kreuz": ("IKRK",), "Wagner-Gruppe": (),
    "Europol": (), "Frontex": (),
    # "die Union": in German political news the CDU/CSU bloc ("Union und SPD"); a name before it makes
    # another body ("Europäische Union", "Junge Union": see ``eventparts.organizations_in``)
    "Union": (), "Junge Union": (), "Unionsfraktion": ("Unions-Fraktion",),
    "Minusma": ("MINUSMA",), "Kuomintang": ("KMT",), "Demokratische Fortschrittspartei": ("DPP",),
    "Taiwanische Volkspartei": ("TPP",), "Bundespräsidialamt": (), "Außenamt": (),
    "Gülen-Bewegung": (),
    "Mercosur": (), "ECOWAS": ("Ecowas", "Wirtschaftsgemeinschaft Westafrikanischer Staaten"), "SADC": (),
    "EFTA": (), "APEC": (), "CARICOM": (), "Golf-Kooperationsrat": ("GCC",),
    "Shanghaier Organisation für Zusammenarbeit": ("SOZ",), "OECD": (), "Zweite Kammer": ("Tweede Kamer",),
    "Erste Kammer": ("Eerste Kamer",), "Inatsisartut": (), "Althing": ("Alþingi",), "Storting": (),
    "Folketing": (), "Riksdag": (), "Eduskunta": (), "Sejm": (), "Werchowna Rada": (), "Ständerat": (),
    "Abgeordnetenhaus": (), "Unterhaus": (), "Oberhaus": (), "Kommission für Friedenskonsolidierung": (),
    # Federal institutions, unions, institutes, NGOs, armed groups and companies that act in the news.
    "Bundesbank": (), "Statistisches Bundesamt": (), "Bundesgerichtshof": ("BGH",), "Bundeskartellamt": (),
    "Bundesnetzagentur": (), "Bundesanwaltschaft": (), "Bundesamt für Migration und Flüchtlinge": ("BAMF",),
    "Bundesnachrichtendienst": ("BND",), "Verfassungsschutz": (), "Bundeskriminalamt": ("BKA",),
    "Europäische Investitionsbank": ("EIB",), "Deutscher Gewerkschaftsbund": ("DGB",), "Ver.di": (),
    "IG Metall": (), "Deutscher Städtetag": (), "Bund der Steuerzahler": (), "Ifo-Institut": ("Ifo",),
    "Deutsches Institut für Wirtschaftsforschung": ("DIW",), "Institut für Weltwirtschaft": ("IfW",),
    # Think tanks, also as the first part of a role compound („Bruegel-Ökonomin“, „SWP-Experte“)
    "Bruegel": (), "Stiftung Wissenschaft und Politik": ("SWP",),
    "Deutsche Gesellschaft für Auswärtige Politik": ("DGAP",), "European Council on Foreign Relations": ("ECFR",),
    "Chatham House": (), "Brookings Institution": ("Brookings",), "International Crisis Group": (),
    "Carnegie Endowment for International Peace": ("Carnegie Endowment",),
    "Amnesty International": (), "Human Rights Watch": (), "Greenpeace": (), "Ärzte ohne Grenzen": (),
    "Reporter ohne Grenzen": (), "Transparency International": (), "Oxfam": (), "Caritas": (),
    "Islamischer Staat": ("IS", "IS-Miliz"), "PKK": (), "Al-Kaida": ("al-Kaida",), "Boko Haram": (),
    "Al-Shabaab": (), "Volkswagen": ("VW",), "Siemens": (), "Deutsche Bank": (), "Lufthansa": (),
    "Rheinmetall": (), "Airbus": (), "Boeing": (), "Gazprom": (), "Rosneft": (), "Huawei": (),
    "Microsoft": (), "Google": (), "OpenAI": (), "Nvidia": (), "TSMC": (), "Samsung": (), "Toyota": (),
    "Mercedes-Benz": (), "Thyssenkrupp": (), "Deutsche Bahn": (), "Telekom": (), "UBS": (), "Nestlé": (),
    # Groups with members that act, and seats of government used for their government (CONVENTIONS §4).
    "Koalition der Willigen": (), "Ukraine-Kontaktgruppe": (), "E3": (),
    # groups of states named by a letter and their number (a bare letter and number is a road, a line, a model)
    "V4": (), "P5": (), "C5": (), "B9": (), "Nationalversammlung": (),
    "Vatikan": ("Heiliger Stuhl",), "Kanzleramt": (), "Élysée": ("Elysée", "Élysée-Palast", "Elysée-Palast"),
    "Downing Street": (), "Weltklimarat": (),
    # A state's own security council: never the UN's „Sicherheitsrat“ alias inside it
    "Nationaler Sicherheitsrat": (),
    # International bodies, UN agencies and missions, German federal bodies and business associations (general
    # knowledge): the long name and its acronym are one
    "Interpol": (), "Welternährungsprogramm": ("WFP",), "UNESCO": ("Unesco",),
    "Internationale Organisation für Migration": ("IOM",), "Internationale Arbeitsorganisation": ("ILO",),
    "UNIFIL": ("Unifil",), "MONUSCO": ("Monusco",), "Organisation Amerikanischer Staaten": ("OAS",),
    "Organisation für Islamische Zusammenarbeit": ("OIC",), "Ostafrikanische Gemeinschaft": ("EAC",),
    "OPCW": (), "Internationale Energieagentur": ("IEA",), "IGAD": (), "AUKUS": (),
    "Europäische Bank für Wiederaufbau und Entwicklung": ("EBRD", "EBWE"),
    "Afrikanische Entwicklungsbank": ("AfDB",), "Bundespolizei": (), "Bundesagentur für Arbeit": (),
    "Kommission der Afrikanischen Union": ("AU-Kommission",),
    "Bundesrechnungshof": (), "Industrie- und Handelskammer": ("IHK",),
    "Deutscher Industrie- und Handelskammertag": ("DIHK",), "Bundesverband der Deutschen Industrie": ("BDI",),
}
# Bodies of the lexicon that a city's name completes: „die IHK Dresden“, „die Industrie- und Handelskammer Cottbus“
CITY_NAMED_BODIES: frozenset[str] = frozenset({"Industrie- und Handelskammer", "IHK"})
# Titles that name their specific body (CONVENTIONS §4): pattern -> the body's name in ORGANIZATIONS.
TITLE_BODIES: tuple[tuple[str, str], ...] = (
    (r"(?:EU-)?Kommissionspräsident(?:in|innen|en|s)?", "EU-Kommission"),
    (r"(?:EU-)?Ratspräsident(?:in|innen|en|s)?", "Europäischer Rat"),
    (r"(?:Europaabgeordnete[nrm]?|EU-Abgeordnete[nrm]?|Europaparlamentarier(?:in|innen|n|s)?)",
     "Europäisches Parlament"),
    (r"(?<=EU-)(?:Ratsvorsitz(?:es)?|Ratspräsidentschaft)", "Rat der EU"),  # "EU-" stays: the EU too
)
# Parties: name -> country; they are organisations and give their members a country.
PARTIES: dict[str, str] = {
    "CDU": "DE", "CSU": "DE", "SPD": "DE", "FDP": "DE", "AfD": "DE", "Grünen": "DE", "Grüne": "DE",
    "Linke": "DE", "Linken": "DE", "BSW": "DE", "Freie Wähler": "DE", "ÖVP": "AT", "SPÖ": "AT", "FPÖ": "AT",
    "NEOS": "AT", "KPÖ": "AT", "SVP": "CH", "SP": "CH", "FDP.Die Liberalen": "CH", "Mitte": "CH",
    "GLP": "CH", "Fidesz": "HU", "PiS": "PL", "Likud": "IL", "Labour": "GB", "Tories": "GB",
    "Republikaner": "US", "Demokraten": "US", "Rassemblement National": "FR", "Renaissance": "FR",
    "Les Républicains": "FR", "La France insoumise": "FR",
    "D66": "NL", "VVD": "NL", "CDA": "NL", "PVV": "NL", "GroenLinks-PvdA": "NL", "JA21": "NL", "NSC": "NL",
    "BBB": "NL", "PvdA": "NL", "GroenLinks": "NL", "Vox": "ES", "PSOE": "ES", "Partido Popular": "ES",
    "Fratelli d'Italia": "IT", "Lega": "IT", "Forza Italia": "IT", "BJP": "IN",
    "PTI": "PK", "PML-N": "PK", "LDP": "JP", "Smer": "SK", "Sinn Féin": "IE", "Fianna Fáil": "IE",
    "Fine Gael": "IE", "Syriza": "GR", "AKP": "TR", "CHP": "TR",
    "Tisza": "HU", "Jobbik": "HU", "Mi Hazánk": "HU", "Bürgerkoalition": "PL", "Konfederacja": "PL",
    "ANO": "CZ", "ODS": "CZ", "SPD-Tschechien": "CZ", "Progresívne Slovensko": "SK", "Hlas": "SK",
    "GERB": "BG", "PSD": "RO", "PNL": "RO", "AUR": "RO", "Chega": "PT", "Podemos": "ES", "Sumar": "ES",
    "Vlaams Belang": "BE", "N-VA": "BE", "Schwedendemokraten": "SE", "Wahre Finnen": "FI", "Basisfinnen": "FI",
    "Yesh Atid": "IL", "Shas": "IL", "Awami-Liga": "BD", "Kongresspartei": "IN",
    "Lega Nord": "IT", "Fünf-Sterne-Bewegung": "IT", "Movimento 5 Stelle": "IT", "Partito Democratico": "IT",
    "Reform UK": "GB", "Liberaldemokraten": "GB", "Plaid Cymru": "GB", "DUP": "GB",
    "Georgischer Traum": "GE", "Kuomintang": "TW", "KMT": "TW", "DPP": "TW", "TPP": "TW",
    "Vereintes Russland": "RU", "Diener des Volkes": "UA", "Europäische Solidarität": "UA",
}
# Last parts of nouns that introduce an organisation's name: „die Regulierungsbehörde E-Control“, „der
# Staatskonzern Rosatom“, „die Miliz Rapid Support Forces“.  Outlet nouns („Nachrichtenagentur“) are not
# here: they introduce a source.
ORG_CLASSIFIERS: tuple[str, ...] = (
    "behörde", "konzern", "miliz", "partei", "organisation", "gruppe", "unternehmen", "firma", "gewerkschaft",
    "bewegung", "allianz", "bündnis", "denkfabrik", "netzwerk", "fluggesellschaft",
    "airline", "hersteller", "gruppierung", "rebellengruppe", "terrormiliz", "regulierer", "verband",
    # companies named by what they run or supply: „der Netzbetreiber Ukrenergo“, „der Energieversorger Naftogaz“
    "betreiber", "versorger", "reederei",
)  # not "Stiftung", "Bank": they start names themselves („Stiftung Warentest“, „Bank Austria“)
# Classifier nouns that, standing alone, start a name („der Verband Deutscher Reeder“); only their
# compounds („der Fahrgastverband Pro Bahn“) introduce one.
NAME_FORMING_CLASSIFIERS: frozenset[str] = frozenset({"verband", "gruppe", "bewegung", "allianz", "bündnis"})
# Groups named by their topic, not by a name: „das Treffen der Arbeitsgruppe Verkehr“ (the word after is the remit)
TOPIC_GROUPS: frozenset[str] = frozenset({"arbeitsgruppe", "expertengruppe", "fachgruppe", "projektgruppe",
                                          "untergruppe", "verhandlungsgruppe", "steuerungsgruppe"})
# Legal forms that close a company's name: „die Austrian Power Grid AG“, „der Muster GmbH“.
LEGAL_FORMS: tuple[str, ...] = ("AG", "GmbH", "SE", "KG", "KGaA", "OHG", "SA", "NV", "Ltd.", "Inc.", "plc")
# Quoted names that are ballots, laws or treaties, not organisations: «Kompass-Initiative», „Heizungsgesetz“.
NOT_ORG_ENDINGS: tuple[str, ...] = ("initiative", "abkommen", "paket", "gesetz", "vorlage", "reform", "vertrag",
                                    "referendum", "verordnung", "richtlinie",
                                    # documents: „die Stralsunder Erklärung“, „Nationale Sicherheitsstrategie“
                                    "erklärung", "deklaration", "resolution", "charta", "strategie")
# Party names that are also time words: "Mitte Jänner" is no party.
TIME_NOUN_PARTIES: frozenset[str] = frozenset({"Mitte"})
# Party names that exist in several German-speaking countries: the article's locale decides.
SHARED_PARTIES: frozenset[str] = frozenset({"Grünen", "Grüne", "Linke", "Linken", "Mitte", "Piraten", "FDP"})
# News outlets, agencies and broadcasters (cited sources, never persons or organisations).
OUTLETS: tuple[str, ...] = (
    "dpa", "AFP", "Reuters", "AP", "APA", "KNA", "epd", "Keystone-SDA", "SDA", "ANSA", "Interfax",
    "TASS", "Tass", "RIA Nowosti", "Ria Nowosti", "Xinhua", "Ukrinform", "Unian", "Anadolu",
    "Spiegel", "Der Spiegel", "Zeit", "Die Zeit", "FAZ", "Frankfurter Allgemeine", "SZ",
    "Süddeutsche Zeitung", "Bild", "Welt", "Handelsblatt", "Tagesspiegel", "taz", "Stern", "Focus",
    "RND", "Politico", "Axios", "Bloomberg", "Financial Times", "New York Times", "Washington Post",
    "Wall Street Journal", "Guardian", "BBC", "CNN", "CNBC", "Fox News", "NBC", "CBS", "ABC",
    "Al Jazeera", "Al-Arabija", "ORF", "ZIB2", "ZIB 2", "ZiB2", "Ö1", "Kurier", "Standard",
    "Der Standard", "Krone", "Kronen Zeitung", "Presse", "Die Presse", "profil", "oe24", "watson",
    "Tagesschau", "tagesschau.de", "ARD", "ZDF", "heute journal", "Deutschlandfunk", "ntv", "n-tv",
    "ntv.de", "Phoenix", "SRF", "RTS", "NZZ", "Tages-Anzeiger", "Blick", "Le Monde", "Le Figaro",
    "El País", "Corriere della Sera", "Deutsche Presse-Agentur", "Evangelischer Pressedienst",
    "Kyiv Independent", "Ukrajinska Prawda", "Haaretz",
    "Times of Israel", "Kommersant", "Iswestija", "Prawda", "Euronews", "Deutsche Welle", "DW",
    # public broadcasters by their full names (their short forms are ambiguous: "BR", "HR")
    "Bayerischer Rundfunk", "Norddeutscher Rundfunk", "Westdeutscher Rundfunk", "Mitteldeutscher Rundfunk",
    "Hessischer Rundfunk", "Saarländischer Rundfunk", "Südwestrundfunk", "Rundfunk Berlin-Brandenburg",
    "Radio Bremen", "NDR", "WDR", "MDR", "SWR", "RBB", "Schweizer Radio und Fernsehen", "3sat", "Arte",
    # Sunday editions and newsrooms that syndicate interviews to several papers
    "NZZ am Sonntag", "Neue Zürcher Zeitung", "SonntagsZeitung", "SonntagsBlick", "Welt am Sonntag",
    "Bild am Sonntag", "Frankfurter Allgemeine Sonntagszeitung", "Redaktionsnetzwerk Deutschland",
    "Funke Mediengruppe", "Funke-Mediengruppe", "t-online", "Table.Media", "Table.Briefings",
    "Tagesspiegel Background", "Business Insider", "Cicero", "Deutschlandradio", "BR24",
    # Austrian and Swiss outlets beyond the national broadcasters
    "Kleine Zeitung", "Salzburger Nachrichten", "Oberösterreichische Nachrichten", "Vorarlberger Nachrichten",
    "Tiroler Tageszeitung", "Wiener Zeitung", "Falter", "Puls 24", "Puls24", "ServusTV", "Ö3", "FM4",
    "20 Minuten", "Weltwoche", "Le Temps", "CH Media", "Tamedia", "RSI", "Radio SRF",
    # programmes cited as the place of an interview („sagte im „Bericht aus Berlin““)
    "Tagesthemen", "Bericht aus Berlin", "Berlin direkt", "Morgenmagazin", "Presseclub", "Markus Lanz",
    "Maybrit Illner", "Maischberger", "Caren Miosga", "Hart aber fair", "Anne Will", "ZIB 1", "ZIB1",
    "Morgenjournal", "Mittagsjournal", "Abendjournal", "Pressestunde", "Im Zentrum", "Echo der Zeit",
    "10vor10",
    # outlets of Israel, Ukraine, Greece and others that German reports cite
    "Jerusalem Post", "Kyiv Post", "Ynet", "Jedioth Achronoth", "Maariv", "Israel Hayom", "Suspilne",
    "Kathimerini", "Times of India",
)
# Nouns that introduce an outlet's name: "die Nachrichtenagentur dpa", "der Sender RTS".
OUTLET_NOUNS: tuple[str, ...] = (
    "Nachrichtenagentur", "Agentur", "Sender", "Fernsehsender", "Radiosender", "Nachrichtenportal",
    "Portal", "Zeitung", "Tageszeitung", "Wochenzeitung", "Magazin", "Nachrichtenmagazin",
    "Nachrichtensender", "Staatssender", "Staatsfernsehen", "Nachrichtenseite", "Onlineportal",
    "Sendung", "Fernsehsendung", "Talkshow", "Nachrichtensendung", "Radiosendung", "Newsletter", "Podcast",
    "Zeitschrift", "Blatt", "Boulevardzeitung", "Boulevardblatt", "Sonntagszeitung", "Onlinezeitung", "Wochenmagazin",
)
# Last words that make a name a newspaper's: "Rheinische Post", "Wiener Tagblatt", "Nordkurier".
OUTLET_HEADS: tuple[str, ...] = ("Post", "Zeitung", "Rundschau", "Anzeiger", "Tagblatt", "Nachrichten", "Kurier",
                                 "Allgemeine", "Presse", "Volksblatt", "Abendblatt", "Morgenpost", "Merkur",
                                 "Tagespost", "Tageszeitung", "Zeitung am Sonntag")
OUTLET_SUFFIXES: tuple[str, ...] = ("zeitung", "blatt", "kurier", "anzeiger", "rundschau", "post")
# Head nouns of organisation names and their grammatical gender (for the nominative).
ORG_HEADS: dict[str, str] = {
    "Rat": "m", "Gerichtshof": "m", "Dienst": "m", "Fonds": "m", "Verband": "m", "Ausschuss": "m",
    "Senat": "m", "Bund": "m", "Konzern": "m", "Departement": "n", "Zentrum": "n", "Amt": "n",
    "Institut": "n", "Büro": "n", "Ministerium": "n", "Parlament": "n", "Gericht": "n",
    "Komitee": "n", "Forum": "n", "Kommando": "n", "Kommission": "f", "Stiftung": "f",
    "Agentur": "f", "Behörde": "f", "Union": "f", "Organisation": "f", "Partei": "f", "Bank": "f",
    "Akademie": "f", "Allianz": "f", "Gesellschaft": "f", "Vereinigung": "f", "Versammlung": "f",
    "Liga": "f", "Universität": "f", "Gruppe": "f", "Koalition": "f", "Initiative": "f",
    "Denkfabrik": "f", "Hochschule": "f", "Mission": "f", "Bewegung": "f", "Front": "f",
    "Konferenz": "f", "Kammer": "f", "Sekretariat": "n", "Staatssekretariat": "n", "Direktion": "f",
    "Streitkräfte": "f",  # a plural: its adjectives end in -e like a feminine's („Sudanesische Streitkräfte“)
}
# "in/im/nach X" words that are not places.
NOT_PLACES: frozenset[str] = frozenset(
    "Kraft Frage Zukunft Höhe Richtung Bezug Absprache Anwesenheit Abstimmung Person Teilen Zeiten "
    "Folge Betrieb Gang Haft Kürze Anbetracht Hinblick Rahmen Vorfeld Mittelpunkt Fokus Auftrag "
    "Namen Zuge Anschluss Vergleich Gegensatz Sommer Winter Frühjahr Herbst Frühling Jahr Monat "
    "Europa Asien Afrika Amerika Ozeanien Nahost Nahen Osten Westen Norden Süden Ostens Westens "
    "Schnitt Moment Augenblick Form Summe Verbindung Zusammenarbeit Sachen Art Weise Video Online "
    "Interview Gespräch Rede Brief Telefonat Brüssel-Reise Interesse Interessen Zeit Bereichen "
    "Bereich Fall Falle Sicherheitskreisen Diplomatenkreisen Regierungskreisen Koalitionskreisen "
    # idioms: „nicht in Sicht“, „in Kauf nehmen“, „in Gefahr“, „in Erwägung ziehen“
    "Sicht Aussicht Kauf Gefahr Not Ruhe Erwägung Planung Vorbereitung Arbeit Ordnung Kontakt Verbindung "
    # nouns a demonym describes („im russischen Militär“, „im türkischen Teil“, „im polnischen Luftraum“)
    "Teil Militär Staat Luftraum Kabinett Parlament Fernsehen Hafen Heer Lager Raum Gebiet Amt Volk Regime "
    "Grenzraum Hinterland Umland Markt Handel Export Import Alltag Wahlkampf".split()
)
# Capitalised words that never start or form a person's name.
NAME_STOPWORDS: frozenset[str] = frozenset(
    "Der Die Das Des Dem Den Ein Eine Einer Eines Einem Einen Er Sie Es Wir Ihr Man Auch Doch "
    "Aber Und Oder Nach Vor Bei Mit Von Aus Zu Im In Am An Auf Für Über Unter Zwischen Seit Bis "
    "Wie Als Wenn Dass Ob Weil Denn Noch Schon Nur Erst Bereits Dabei Damit Dazu Deshalb Zudem "
    "Laut Gegen Ohne Um Trotz Während Wegen Statt Diese Dieser Dieses Jene Alle Viele Einige "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Jänner Februar Feber März "
    "April Mai Juni Juli August September Oktober November Dezember Herr Frau Deren Dessen Sein "
    "Seine Ihre Ihren Ihrem Unser Kritik Beim Vom Zum Zur Beide Beiden Außenpolitisch "
    "Weitere Details Staats Regierungschefs Partner Vertreter Fachleute Experten Diplomaten".split()
)
# Speech verbs (lower case, finite forms) that attach a speaker to a quote.
SPEECH_VERBS: frozenset[str] = frozenset(
    "sagte sagt sagten erklärte erklärt betonte betont meinte meint so fügte hinzu sprach spricht "
    "warnte warnt forderte fordert kündigte bezeichnete bezeichnet nannte nennt schrieb schreibt "
    "teilte mahnte kritisierte bekräftigte versicherte unterstrich räumte zitiert".split()
)
# Common given names (German, Austrian, Swiss and others frequent in German news).
GIVEN_NAMES: frozenset[str] = frozenset(
    "Alexander Andreas Anna Annalena Andrea Angela Armin Axel Barbara Bärbel Beate Bernd Birgit "
    "Boris Carsten Christian Christine Christoph Claudia Cem Daniel Dietmar Dirk Doris Dorothee "
    "Elisabeth Erich Frank Franz Friedrich Gabriele Georg Gerhard Gregor Günter Günther Hannes "
    "Hans Harald Heiko Heinz Helmut Herbert Horst Hubert Ingrid Jan Jana Jens Joachim Johann "
    "Johannes Josef Julia Jürgen Karin Karl Karoline Katharina Katja Kevin Klaus Kristina Lars "
    "Lena Leonore Lisa Lukas Manfred Manuela Marcel Maria Marie Markus Martin Matthias Michael "
    "Monika Nancy Norbert Olaf Petra Philipp Rainer Ralf Renate Robert Rolf Ruth Sabine Sahra "
    "Sandra Sebastian Stefan Stephan Steffen Susanne Svenja Thomas Thorsten Tino Ulrich Ursula "
    "Ute Uwe Volker Walter Werner Wolfgang Wladimir Dmitri Sergej Sergei Alexej Olena "
    "Julija Witali Vitali Jewgeni Juri Igor Oleksandr Andrij Denys Ruslan Mychajlo "
    "Aleksandar Viktor Robert Donald Laura Benjamin Johann Jens "
    "Rishi Emmanuel Giorgia Pedro Mette Ulf Roberta Antonio António ".split()
)

# Event nouns of travel: an adjective of nationality before them ("chinesischer Besuch", "the Chinese
# visit") does not say that the state takes part (it may be the destination or loose usage).
TRAVEL_NOUNS: frozenset[str] = frozenset({"besuch", "reise", "visite", "staatsbesuch"})
# A preposition of topic before a name: "Hilfe für die Ukraine", "aid for Ukraine" names what something
# is about, not who takes part in it or whom a person nearby acts for.
# (also the other side of a dispute named as the setting of what is told: „Im Handelsstreit mit den USA will
# die Kommission …“ -- the dispute's side, not a party of the act)
TOPIC_BEFORE: str = (r"(?i)(?:\b(?:für|gegen|über|um|wegen|zugunsten|zum|zur)\s+(?:die\s+|den\s+|dem\s+|der\s+|das\s+)?"
                     r"|\b(?:im|in\s+dem|angesichts\s+des)\s+[\w-]*(?:streit|streits|konflikt|konflikts)\s+mit\s+"
                     r"(?:den\s+|dem\s+|der\s+)?)$")

# A visit to the person's sentence's place: a domestic report's state is not the visitor's (personcountry).
ARRIVAL = (r"(?i)\b(?:eingetroffen|trifft\s+\w+\s+ein|traf\s+\w+\s+ein|zu\s+Besuch|zu\s+Gast|Staatsbesuch"
           r"|Gäste?|Besucher\w*)\b")

# Nouns after a nationality adjective that make it the state acting: „die tschechische Regierung“. Any
# other noun („russische Diplomaten“, „amerikanische Kampfjets“) says nothing about whom a person near it serves.
STATE_NOUNS: frozenset[str] = frozenset(
    "regierung regierungschef regierungschefin staatsführung führung delegation seite behörden ministerium "
    "außenministerium staat".split()
)
# Capitals that abbreviate a thing, a unit, an event, a title, a former state or a Land, never a body: „ein
# LKW“, „die WM“, „AKW“, „OB Reiter“, „in der DDR“, „in NRW“ (the English list applies too).
ACRONYM_NOUNS: frozenset[str] = frozenset("""
LKW PKW KFZ ÖPNV MWST WM EM AKW KKW KMU PS GG BGB StGB DSGVO EEG GEG WLAN PIN
OB BM LH LR
DDR BRD
NRW RLP MV
""".split())
# Nouns after „ein“ and capitals that name their members: „ein SPD-Mitglied“ is glued; „ein AfD Politiker“ not
MEMBER_NOUNS: frozenset[str] = frozenset(
    "Mitglied Mitglieder Kämpfer Anhänger Politiker Politikerin Abgeordneter Abgeordnete Delegation Vertreter "
    "Vertreterin Funktionär Funktionärin Kandidat Kandidatin Soldat Soldaten".split())
INDEFINITE_ARTICLES: frozenset[str] = frozenset(
    "ein eine einen einem einer eines kein keine keinen keinem keiner keines Ein Eine Einen Einem Einer Eines".split())
