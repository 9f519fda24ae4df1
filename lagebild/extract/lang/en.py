"""English language data for the entity stages: role nouns, demonyms, organisations, outlets.

Data only; the stages in ``lagebild.extract`` hold the logic.  Role heads are
matched case-insensitively as the last words of a role phrase ("NATO
Secretary General", "Defence Minister", "ambassador to the UN").
"""

from __future__ import annotations

from lagebild.extract.lang import states

# Role heads (lower case), multiword heads first so the longest wins.
ROLE_HEADS: tuple[str, ...] = (
    "secretary general", "secretary-general", "director general", "director-general",
    "secretary of state", "minister of state", "chancellor of the exchequer", "prime minister", "vice president",
    "vice premier",
    "crown prince",
    "chief of staff", "national security adviser", "high representative", "senior fellow",
    "foreign minister", "defence minister", "defense minister", "finance minister",
    "president-elect", "president", "chancellor", "minister", "premier", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "adviser", "advisor", "envoy", "ambassador", "negotiator",
    "leader", "king", "queen", "prince", "emir", "sheikh", "pope", "chairman", "chairwoman", "chair",
    "senator", "sen.", "representative", "rep.", "governor", "gov.", "mayor", "general", "gen.",
    "admiral", "commander", "director", "chief", "head", "commissioner", "analyst", "fellow",
    "professor", "economist", "researcher", "diplomat", "official", "speaker", "lawmaker",
    "congressman", "congresswoman", "ceo", "founder", "judge", "prosecutor", "coordinator", "treasurer",
    "representative", "deputy", "counterpart", "son-in-law", "daughter", "son", "wife", "husband",
    "research fellow", "analyst", "mep", "mp", "commissioner", "lieutenant", "colonel", "vice-president",
    "vice-premier", "trade critic", "finance critic", "foreign affairs critic", "health critic", "defence critic",
    "defense critic", "immigration critic", "justice critic", "energy critic", "environment critic",
    "chief justice", "attorney general", "solicitor general", "inspector general", "surgeon general",
    "attorney-general", "solicitor-general", "inspector-general", "auditor-general", "auditor general",
    "first minister", "majority leader", "minority leader", "press secretary", "chief executive",
    "high commissioner", "special rapporteur", "administrator", "ombudsman", "rapporteur", "mediator",
    "chairperson", "aide", "strategist", "historian", "scholar", "expert", "activist", "journalist", "editor",
    "correspondent", "campaigner", "delegate", "candidate", "nominee", "successor", "predecessor", "monarch",
    "sultan", "cleric", "archbishop", "bishop", "cardinal", "imam", "whip", "lawyer", "attorney",
    "vice-minister", "vice minister", "undersecretary", "under-secretary", "scientist", "reporter",
    "laureate", "alderman", "alderwoman", "councilman", "councilwoman", "councillor", "councilor", "assemblyman",
    "assemblywoman", "assemblymember", "state senator", "lieutenant governor", "sheriff", "commissioner",
    # domestic offices of Ireland, India, Kenya ("Taoiseach X", "Fine Gael TD X", "Kerala Chief Minister X")
    "taoiseach", "tánaiste", "tanaiste", "td", "chief minister", "cabinet secretary",
    # an election's outcome as the text's title for a candidate ("Runner-up X said")
    "runner-up",
    # a private person's trade or kin as the text's description ("X, a businessman convicted in …", "his sister, X")
    "businessman", "businesswoman", "sister", "brother", "wife", "husband",
)
# Plural role heads: "Foreign ministers A of Japan and B of South Korea".
PLURAL_ROLE_HEADS: tuple[str, ...] = (
    "foreign ministers", "defence ministers", "defense ministers", "finance ministers", "ministers",
    "leaders", "presidents", "prime ministers", "envoys", "ambassadors", "negotiators",
)
# A group of one state, then its members: "Kenyan officials, including Foreign Minister X", "a Ukrainian
# delegation led by Defence Minister X and Y" (the state word is read in the group "state").
STATE_GROUP_MEMBER = (r"(?<!and )(?<!or )(?<!, )(?P<state>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+"
                      r"(?:government\s+|senior\s+|top\s+|military\s+)?"
                      r"(?:officials|leaders|ministers|delegates|diplomats|lawmakers|politicians|representatives|"
                      r"negotiators|delegation|team|side)\s*,?\s+(?:including|among\s+them|such\s+as|led\s+by|headed\s+by|"
                      r"represented\s+by)"
                      r"\s+(?:[^.;:()]{0,80}?(?:,\s+|\s+and\s+))?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")
# A clause after the name saying which state the person acts for: "X, who represented Kenya at the talks,",
# "X, representing Kenya,", "X, speaking on behalf of Kenya,".
REPRESENTS_AFTER = (r"\s*,\s*(?:who\s+(?:also\s+)?(?:represents|represented|is\s+representing|was\s+representing|"
                    r"speaks\s+for|spoke\s+for)|representing|speaking\s+(?:for|on\s+behalf\s+of))\s+"
                    r"(?P<state>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
# The person's own verb of acting for a state right after the name: "X represented Kenya at the talks".
REPRESENTS_VERB = (r"\s+(?:represented|represents|will\s+represent|is\s+representing|was\s+representing)\s+"
                   r"(?P<state>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
# A US member of Congress's party and state after the name: "Sen. X, R-Texas," "Rep. X (D-Calif.)".
US_PARTY_LABEL = r"\s*(?:,\s*|\()[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?:[,)]|\s*$)"
# Offices that serve the person whose genitive precedes them: "Putin's spokesman", "Trump's envoy" act for
# that person's state (not "his counterpart", "her rival", "Macron's host": another side).
AIDE_ROLES = (r"(?:spokes(?:man|woman|person)|press\s+secretary|(?:senior\s+|top\s+|chief\s+|national\s+security\s+|"
              r"foreign[- ]policy\s+|diplomatic\s+|security\s+)?(?:adviser|advisor|aide)|(?:special\s+|peace\s+)?envoy|"
              r"chief\s+of\s+staff|(?:chief\s+)?negotiator|(?:foreign|defen[cs]e|finance|interior)\s+minister)$")
# Roles that are offices of a state: a holder gets a country guess from context.
OFFICE_HEADS: tuple[str, ...] = (
    "president", "chancellor", "minister", "premier", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "envoy", "ambassador", "negotiator", "leader", "king", "queen", "prince", "emir",
    "senator", "governor", "general", "admiral", "commander", "official", "diplomat", "speaker",
    "vice-minister", "undersecretary", "under-secretary", "representative",
)
# Roles of domestic politics: their holders take the country a domestic-politics article is about.
POLITICAL_HEADS: tuple[str, ...] = (
    "politician", "lawmaker", "mp", "legislator", "opposition", "party chief", "chairman", "mayor",
)
# Roles of companies, unions, associations, churches, universities and charities: their holders act
# for no state (CONVENTIONS §3) and take no country guess from the article ("Tata Steel chief
# executive", "president of the Confederation of Indian Industry", "union leader").  Whole words.
NON_STATE_ROLE_WORDS: tuple[str, ...] = (
    "chief executive", "ceo", "chief operating officer", "executive director", "managing director",
    "chairman of the board", "board", "founder", "co-founder", "businessman", "businesswoman", "tycoon",
    "industrialist", "billionaire", "entrepreneur", "activist", "campaigner", "trade union", "union leader",
    "union chief", "union boss", "union president", "association", "chamber of commerce", "industry",
    "industries", "university", "college", "professor", "institute", "foundation", "charity", "ngo",
    "red cross", "red crescent", "amnesty", "human rights watch", "oxfam", "greenpeace", "bishop",
    "archbishop", "imam", "rabbi", "company", "corporation", "airline", "airlines", "inc", "ltd", "plc",
    "confederation of", "federation of", "congress of trade unions", "trade union congress",
    # think tanks, research, a conference's foundation and the press ("director of a think tank",
    # "senior fellow", "chairman of the Munich Security Conference", "correspondent")
    "think tank", "think-tank", "security conference", "analyst", "researcher",
    "fellow", "journalist", "correspondent", "economist",
)
# Offices of a state's domestic politics that foreign leaders do not hold: in a domestic report their
# holders are the home state's ("Treasurer", "Deputy President", "Majority Leader").
DOMESTIC_OFFICES: tuple[str, ...] = (
    "treasurer", "deputy president", "vice president", "senator", "majority leader", "minority leader",
    "cabinet secretary", "governor", "premier", "chief minister", "deputy prime minister", "whip", "speaker",
    "attorney-general", "attorney general", "home minister", "interior minister", "finance minister",
    "health minister", "education minister", "shadow", "backbencher", "councillor", "taoiseach", "tánaiste",
)
# Offices that belong to one state in any article (world knowledge about offices, not people).
OFFICES: dict[str, str] = {
    "treasury secretary": "US", "commerce secretary": "US", "secretary of state": "US",
    "defense secretary": "US", "secretary of defense": "US", "attorney general": "US",
    "house speaker": "US", "senate majority leader": "US", "national security adviser": "US",
    "defence secretary": "GB", "foreign secretary": "GB", "home secretary": "GB",
    "chancellor of the exchequer": "GB", "vice premier": "CN", "vice-premier": "CN",
    "taoiseach": "IE", "bundesrat": "CH", "homeland security secretary": "US",
    "energy secretary": "US", "interior secretary": "US", "white house press secretary": "US",
}
# National bodies whose names other states' bodies share ("Senate Minority Leader" in Kenya, the
# Philippines; "Ministry of Defence" in many states): their state holds only when the article names it.
SHARED_BODIES: frozenset[str] = frozenset({
    "Senate Majority", "Senate Minority", "House Majority", "House Minority", "House of Representatives",
    "Ministry of Defence", "Foreign Office", "Home Office",
})
# Institutions of one state named inside a role ("the director of the Office of Management and Budget"):
# the holder acts for that state.  World knowledge about institutions, not about people.
NATIONAL_BODIES: dict[str, str] = {
    "Office of Management and Budget": "US", "OMB": "US", "Congressional Budget Office": "US",
    "Federal Reserve": "US", "FBI": "US", "CIA": "US", "NSA": "US", "Pentagon": "US", "State Department": "US",
    "Department of Homeland Security": "US", "Homeland Security": "US", "National Security Council": "US",
    "Joint Chiefs of Staff": "US", "Justice Department": "US", "Department of Justice": "US",
    "Treasury Department": "US", "US Senate": "US", "U.S. Senate": "US", "House of Representatives": "US",
    "Senate Majority": "US", "Senate Minority": "US", "House Minority": "US", "House Majority": "US",
    "Bank of England": "GB", "House of Commons": "GB", "House of Lords": "GB", "Foreign Office": "GB",
    "Home Office": "GB", "Ministry of Defence": "GB", "MI5": "GB", "MI6": "GB", "Downing Street": "GB",
    "Bundestag": "DE", "Bundesbank": "DE", "Bundeswehr": "DE", "Élysée": "FR", "Quai d'Orsay": "FR",
    "Knesset": "IL", "Mossad": "IL", "Duma": "RU", "Kremlin": "RU", "Politburo": "CN",
    "People's Liberation Army": "CN", "Lok Sabha": "IN", "Rajya Sabha": "IN", "Diet": "JP",
    "Bank of Japan": "JP", "Reserve Bank of India": "IN", "Sejm": "PL", "Verkhovna Rada": "UA",
    "Malacañang": "PH", "An Garda Síochána": "IE", "Gardaí": "IE", "Dewan Rakyat": "MY", "Dewan Negara": "MY",
    "Number 10": "GB",
    "Riksdag": "SE", "Storting": "NO", "Folketing": "DK", "Eduskunta": "FI", "Oireachtas": "IE", "Dáil": "IE",
    "Environmental Protection Agency": "US", "EPA": "US", "FEMA": "US", "NASA": "US", "Department of Defense": "US",
    "Department of State": "US", "Department of Energy": "US", "Department of Commerce": "US",
    "Securities and Exchange Commission": "US", "Food and Drug Administration": "US",
    "Supreme Court of the United States": "US", "Centers for Disease Control": "US",
    "Federal Communications Commission": "US", "Federal Bureau of Investigation": "US",
    "Philippine Coast Guard": "PH", "Revolutionary Guards": "IR", "Revolutionary Guard": "IR", "IRGC": "IR",
}
# Words (lower case) that mark a role as international: its holder acts for no state.
INTERNATIONAL: frozenset[str] = frozenset({
    "nato", "eu", "un", "u.n.", "european", "iaea", "osce", "who", "imf", "wto", "g7", "opec", "asean",
    "unhcr", "unicef", "icrc", "african union", "arab league", "world bank", "icc",
})
# Lower-case words that belong to a role before its head: "host president", "junta leader".
# Nouns of a person's relation to a state, no office of it: "Ukraine's staunch backer X", "Israel's fiercest critic
# X", "Kenya's guest X" — the state's genitive before them gives the person no state.
RELATION_NOUNS: frozenset[str] = frozenset({
    "backer", "backers", "critic", "critics", "ally", "allies", "guest", "guests", "friend", "friends", "foe", "foes",
    "rival", "rivals", "enemy", "enemies", "opponent", "opponents", "partner", "partners", "supporter", "supporters",
    "admirer", "detractor", "nemesis", "champion", "defender", "hostage", "hostages", "prisoner", "captive",
    "victim", "victims", "target", "visitor", "visitors", "lobbyist", "donor", "creditor", "creditors",
})
# Role nouns that a state's NAME before them makes a topic, not the state served: "China expert", "Russia analyst",
# "Ukraine envoy" (an envoy FOR Ukraine), "Iran correspondent" — unlike a demonym or possessive ("Chinese", "Iran's").
TOPIC_ROLE_HEADS: frozenset[str] = frozenset({
    "expert", "experts", "analyst", "analysts", "researcher", "researchers", "specialist", "specialists", "scholar",
    "scholars", "correspondent", "correspondents", "watcher", "watchers", "hand", "hands", "observer", "observers",
    "commentator", "historian", "reporter", "editor", "envoy", "czar", "tsar", "adviser", "advisor", "hawk", "hawks",
    "dove", "doves", "desk",
})
ROLE_MODIFIERS: frozenset[str] = frozenset(
    "host interim caretaker senior top chief deputy foreign climate trade military opposition junta rebel army "
    "defence defense finance security energy economy interior justice health environment agriculture education "
    "labour labor transport digital culture policy intelligence police party spy nuclear migration budget "
    "competition special presidential executive".split()
)
DETERMINERS: frozenset[str] = frozenset(
    "the a an its his her their our whose former then acting outgoing incoming new now currently also still".split()
)
PRONOUNS: dict[str, str] = {"he": "m", "she": "f"}
# Kinship roles say a person's gender ("His wife, Dana Harlan"), unlike "spokesman" or "chairman".
GENDERED_ROLES: dict[str, str] = {
    **dict.fromkeys("wife widow mother daughter sister grandmother aunt niece girlfriend".split(), "f"),
    **dict.fromkeys("husband widower father son brother grandfather uncle nephew boyfriend".split(), "m"),
}
# Titles that stand before a name but are neither part of it nor its role ("Supreme Leader Ayatollah Ali Khamenei").
TITLES: tuple[str, ...] = ("Ayatollah", "Sheikh", "Sheik", "Prince", "Princess", "Imam", "Rev", "Hon")
# Styles of address and titles before a name: no office ("His Highness Sheikh X, Deputy Prime Minister").
ADDRESS_STYLES: frozenset[str] = frozenset({"Highness", "Excellency", "Majesty", "Royal", "Exzellenz", "Hoheit"})
STYLES: frozenset[str] = frozenset((*TITLES, *ADDRESS_STYLES, "His", "Her", "Seine", "Ihre"))
# Abbreviated titles before a name: "Sen. Lindsey Graham" is a senator.
ROLE_ABBREVIATIONS: dict[str, str] = {
    "Sen": "Senator", "Rep": "Representative", "Gov": "Governor", "Gen": "General", "Lt": "Lieutenant",
    "Col": "Colonel", "Adm": "Admiral", "Amb": "Ambassador", "Pres": "President",
}
# Military ranks as British, Asian and agency copy abbreviate them, often without a stop: "Gen Prasert X",
# "Lt Gen Y", "Maj. Gen. Z".  One or two of them before a name are the person's role.
MILITARY_RANKS: dict[str, str] = {
    "Gen": "General", "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major", "Brig": "Brigadier",
    "Adm": "Admiral", "Capt": "Captain", "Cmdr": "Commander", "Sgt": "Sergeant",
}
# Military ranks written out, as word sequences, longest first: after an office and its comma the rank stands
# before the name ("The Chief of Defence Forces, General X"), and the office stays the role.
FULL_RANKS: tuple[tuple[str, ...], ...] = tuple(sorted((tuple(r.split()) for r in (
    "General", "Lieutenant General", "Major General", "Brigadier General", "Brigadier", "Colonel",
    "Lieutenant Colonel", "Admiral", "Vice Admiral", "Rear Admiral", "Air Marshal", "Air Vice Marshal",
    "Air Chief Marshal", "Field Marshal", "Commodore", "Major", "Captain", "Lieutenant",
)), key=len, reverse=True))
# Capitalised office and institution words: never part of a person's name ("Deputy Prime Minister ...").
OFFICE_WORDS: frozenset[str] = frozenset(
    "Minister Ministers Secretary Secretaries Assembly Affairs Prime Deputy Chief Cabinet Foreign Defence "
    "Defense President Presidents Vice Council Ministry Department Office Commissioner Ambassador Senator "
    "Governor Chancellor Premier Spokesman Spokeswoman Spokesperson Leader Leaders Supreme Envoy Director "
    "Chairman Chairwoman Secretary-General External Interior Finance Treasury Commerce Climate Environment "
    "Energy Justice Health Agriculture Economy Federal Parliament Parliamentary Opposition Commission "
    "General Attorney Speaker Majority Minority Whip Chiefs Staff Joint Committee Army Navy Forces".split()
)
HONORIFICS: frozenset[str] = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Prof Prof. Herr Frau".split()
)
# Honorifics that go with a given name ("Sir Nicholas"), not the surname.
GIVEN_NAME_HONORIFICS: frozenset[str] = frozenset({"Sir", "Dame", "Lord", "Lady"})

DEMONYMS: dict[str, str] = {
    "American": "US", "U.S.": "US", "US": "US", "British": "GB", "UK": "GB", "French": "FR",
    "German": "DE", "Ukrainian": "UA", "Russian": "RU", "Chinese": "CN", "Japanese": "JP",
    "Israeli": "IL", "Iranian": "IR", "Iraqi": "IQ", "Syrian": "SY", "Lebanese": "LB",
    "Egyptian": "EG", "Qatari": "QA", "Saudi": "SA", "Emirati": "AE", "Jordanian": "JO",
    "Turkish": "TR", "Polish": "PL", "Hungarian": "HU", "Slovak": "SK", "Czech": "CZ",
    "Austrian": "AT", "Swiss": "CH", "Italian": "IT", "Spanish": "ES", "Portuguese": "PT",
    "Dutch": "NL", "Belgian": "BE", "Danish": "DK", "Swedish": "SE", "Norwegian": "NO",
    "Finnish": "FI", "Estonian": "EE", "Latvian": "LV", "Lithuanian": "LT", "Belarusian": "BY",
    "Moldovan": "MD", "Romanian": "RO", "Bulgarian": "BG", "Greek": "GR", "Serbian": "RS",
    "Kosovan": "XK", "Kosovar": "XK", "Albanian": "AL", "Bosnian": "BA", "Croatian": "HR",
    "Slovenian": "SI", "Macedonian": "MK", "Georgian": "GE", "Armenian": "AM",
    "Azerbaijani": "AZ", "Kazakh": "KZ", "Indian": "IN", "Pakistani": "PK", "Afghan": "AF",
    "Canadian": "CA", "Mexican": "MX", "Brazilian": "BR", "Argentine": "AR", "Venezuelan": "VE",
    "Cuban": "CU", "Colombian": "CO", "Australian": "AU", "South African": "ZA", "Nigerian": "NG",
    "Ethiopian": "ET", "Kenyan": "KE", "Sudanese": "SD", "Libyan": "LY", "Tunisian": "TN",
    "Algerian": "DZ", "Moroccan": "MA", "Yemeni": "YE", "Palestinian": "PS", "Taiwanese": "TW",
    "Vietnamese": "VN", "Thai": "TH", "Indonesian": "ID", "Filipino": "PH", "Irish": "IE",
    "South Korean": "KR", "North Korean": "KP", "Korean": "KR", "New Zealand": "NZ",
    "Chilean": "CL", "Peruvian": "PE", "Icelandic": "IS", "Cypriot": "CY", "Maltese": "MT",
    "Omani": "OM", "Kuwaiti": "KW", "Bahraini": "BH", "Bangladeshi": "BD", "Sri Lankan": "LK",
    "Nepali": "NP", "Nepalese": "NP", "Burmese": "MM", "Myanmar": "MM", "Malaysian": "MY",
    "Singaporean": "SG", "Cambodian": "KH", "Mongolian": "MN", "Uzbek": "UZ", "Turkmen": "TM",
    "Kyrgyz": "KG", "Tajik": "TJ", "Ghanaian": "GH", "Senegalese": "SN", "Malian": "ML",
    "Nigerien": "NE", "Chadian": "TD", "Somali": "SO", "Eritrean": "ER", "Rwandan": "RW",
    "Ugandan": "UG", "Tanzanian": "TZ", "Congolese": "CD", "Angolan": "AO", "Zimbabwean": "ZW",
    "Zambian": "ZM", "Mozambican": "MZ", "Namibian": "NA", "Cameroonian": "CM", "Ivorian": "CI",
    "Ecuadorian": "EC", "Bolivian": "BO", "Paraguayan": "PY", "Uruguayan": "UY", "Panamanian": "PA",
    "Guatemalan": "GT", "Honduran": "HN", "Salvadoran": "SV", "Nicaraguan": "NI", "Dominican": "DO",
    "Haitian": "HT", "Jamaican": "JM", "Greenlandic": "GL", "Luxembourgish": "LU", "Montenegrin": "ME",
    "Scottish": "GB", "Welsh": "GB", "Saudi Arabian": "SA", "Philippine": "PH", "Bruneian": "BN",
    "Laotian": "LA", "Lao": "LA", "Timorese": "TL", "Hong Kong": "CN",
    "Malawian": "MW", "Burkinabe": "BF", "Burkinabè": "BF", "Guinean": "GN", "Liberian": "LR",
    "Sierra Leonean": "SL", "Togolese": "TG", "Beninese": "BJ", "Gabonese": "GA", "Mauritanian": "MR",
    "Gambian": "GM", "Burundian": "BI", "South Sudanese": "SS", "Botswanan": "BW", "Djiboutian": "DJ",
    "Fijian": "FJ", "Samoan": "WS", "Tongan": "TO", "Vanuatuan": "VU", "Tuvaluan": "TV",
    "Papua New Guinean": "PG", "Solomon Islander": "SB", "Maldivian": "MV", "Bhutanese": "BT",
    "Malagasy": "MG", "Mauritian": "MU", "Trinidadian": "TT", "Barbadian": "BB", "Guyanese": "GY",
    "Surinamese": "SR", "Argentinian": "AR", "Costa Rican": "CR",
}
# States whose names are also given names: before a surname they name a person ("Chad Miller", "Israel
# Katz"), elsewhere the state ("refugees crossed into Chad", "Chad's president").
GIVEN_NAME_COUNTRIES: frozenset[str] = frozenset({"Chad", "Jordan", "Israel"})
# Capitalised words after such a state's name that make it the state's institution, not a person's given
# name ("Israel Police", "Jordan Valley"); organisations' heads (ORG_HEADS) count as well.
STATE_NAME_FOLLOWERS: frozenset[str] = frozenset(
    "Government Police Embassy Lake Basin Valley River Airways Airlines Armed Defense Defence Army Navy Air "
    "National State Central Post Radio Television News Times".split())
# A state's name or adjective that only starts or ends a geographical name references no state (CONVENTIONS §5): "the
# Indian Ocean", "British Columbia", "the Niger Delta", "Mexico City" (the word after it: a city does not add its
# country either), "New Mexico" (the word before it).
STATE_IN_PLACE_AFTER: str = r"\s+(?:Ocean|Columbia|Delta|City)(?![\w-])"
STATE_IN_PLACE_BEFORE: str = r"(?<![\w-])New\s+$"
# "Georgia" is the US state beside words of US state politics ("Georgia Gov. Jane Roe", "a Georgia Republican",
# "Atlanta, Georgia"): no reference to the Caucasus state.
US_STATE_NAMES: frozenset[str] = frozenset({"Georgia"})
US_STATE_CUES: str = (r"\b(?:Gov\.|Sen\.|Rep\.|[Gg]overnor|[Ss]enators?|[Cc]ongress(?:wo)?man|Republicans?|Democrats?"
                      r"|Democratic|GOP|Atlanta|Savannah"
                      r"|[Cc]ounty|[Ss]ecretary of [Ss]tate|state legislature|statehouse|[Ss]tate [Ss]enate)\b")
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US", "US": "US", "USA": "US", "America": "US", "United States": "US", "UK": "GB",
    "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB", "Kosovo": "XK",
    "Russia": "RU", "South Korea": "KR", "North Korea": "KP", "Taiwan": "TW", "Iran": "IR",
    "Syria": "SY", "Turkey": "TR", "Türkiye": "TR", "Turkiye": "TR", "Czech Republic": "CZ", "Palestine": "PS",
    "the Netherlands": "NL", "Holland": "NL", "UAE": "AE", "Vatican": "VA", "Ivory Coast": "CI",
    "Congo": "CD", "DRC": "CD", "DR Congo": "CD", "Burma": "MM", "Moldova": "MD", "Vietnam": "VN", "Laos": "LA",
    "Bolivia": "BO",
}
# Every other state's adjectives and short names (lang/states.py); the entries above win.
DEMONYMS.update({word: code for word, code in states.DEMONYMS_EN.items() if word not in DEMONYMS})
COUNTRY_ALIASES.update({name: code for name, code in states.NAMES_EN.items() if name not in COUNTRY_ALIASES})
CITIES: dict[str, str] = {
    "Washington": "US", "New York": "US", "Los Angeles": "US", "Chicago": "US", "Miami": "US",
    "Palm Beach": "US", "Mar-a-Lago": "US", "London": "GB", "Edinburgh": "GB", "Paris": "FR",
    "Berlin": "DE", "Munich": "DE", "Frankfurt": "DE", "Hamburg": "DE", "Bonn": "DE",
    "Brussels": "BE", "The Hague": "NL", "Amsterdam": "NL", "Luxembourg": "LU",
    "Strasbourg": "FR", "Geneva": "CH", "Zurich": "CH", "Bern": "CH", "Davos": "CH",
    "Vienna": "AT", "Rome": "IT", "Milan": "IT", "Madrid": "ES", "Lisbon": "PT", "Warsaw": "PL",
    "Prague": "CZ", "Budapest": "HU", "Bratislava": "SK", "Kyiv": "UA", "Kiev": "UA",
    "Kharkiv": "UA", "Odesa": "UA", "Lviv": "UA", "Moscow": "RU", "St Petersburg": "RU",
    "St. Petersburg": "RU", "Minsk": "BY", "Beijing": "CN", "Shanghai": "CN", "Hong Kong": "CN",
    "Tokyo": "JP", "Seoul": "KR", "Busan": "KR", "Pyongyang": "KP", "Taipei": "TW",
    "New Delhi": "IN", "Islamabad": "PK", "Kabul": "AF", "Tehran": "IR", "Baghdad": "IQ",
    "Damascus": "SY", "Beirut": "LB", "Jerusalem": "IL", "Tel Aviv": "IL", "Gaza": "PS",
    "Gaza Strip": "PS", "West Bank": "PS", "Ramallah": "PS", "Cairo": "EG", "Doha": "QA",
    "Riyadh": "SA", "Jeddah": "SA", "Dubai": "AE", "Abu Dhabi": "AE", "Amman": "JO",
    "Ankara": "TR", "Istanbul": "TR", "Belgrade": "RS", "Pristina": "XK", "Sarajevo": "BA",
    "Zagreb": "HR", "Ljubljana": "SI", "Skopje": "MK", "Tirana": "AL", "Sofia": "BG",
    "Bucharest": "RO", "Athens": "GR", "Stockholm": "SE", "Oslo": "NO", "Helsinki": "FI",
    "Copenhagen": "DK", "Tallinn": "EE", "Riga": "LV", "Vilnius": "LT", "Chisinau": "MD",
    "Tbilisi": "GE", "Yerevan": "AM", "Baku": "AZ", "Ottawa": "CA", "Toronto": "CA",
    "Canberra": "AU", "Sydney": "AU", "Dublin": "IE", "Brasilia": "BR", "Mexico City": "MX",
    "Caracas": "VE", "Havana": "CU", "Nairobi": "KE", "Addis Ababa": "ET", "Khartoum": "SD",
    "Tripoli": "LY", "Crimea": "UA", "Donbas": "UA", "Kherson": "UA", "Zaporizhzhia": "UA",
    "Singapore": "SG", "Bangkok": "TH", "Jakarta": "ID", "Manila": "PH", "Hanoi": "VN",
}
VENUES: tuple[str, ...] = (
    "White House", "Oval Office", "Downing Street", "Capitol Hill", "Kremlin", "Elysee Palace", "Élysée Palace",
    "Camp David", "Situation Room", "Rose Garden", "Chequers", "Lancaster House", "Berlaymont",
    "West Wing", "East Wing", "Cabinet Room", "Roosevelt Room", "Blair House", "Mansion House", "Élysée",
    "Number 10", "Malacañang", "Malacanang",
    # seats of government known by a name of their own: New Zealand's executive wing, the Dutch premier's residence,
    # Kenya's national venue
    "Beehive", "Catshuis", "Bomas of Kenya",
)
ORGANIZATIONS: dict[str, tuple[str, ...]] = {
    "EU": ("European Union",), "NATO": ("Nato", "North Atlantic Treaty Organization"),
    "UN": ("United Nations", "U.N."), "UN Security Council": ("Security Council", "United Nations Security Council"),
    "UN General Assembly": ("General Assembly", "United Nations General Assembly"), "European Commission": (),
    "European Council": (), "European Parliament": (), "European Central Bank": ("ECB",),
    "International Atomic Energy Agency": ("IAEA",), "International Criminal Court": ("ICC",),
    "International Court of Justice": ("ICJ",), "International Monetary Fund": ("IMF",),
    "World Bank": (), "World Health Organization": ("WHO",), "World Trade Organization": ("WTO",),
    # a body known by its acronym, also written in full without it (one entry, shown in full: CONVENTIONS §4)
    "OSCE": ("Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in "
             "Europe", "Organisation for Security and Co-operation in Europe"),
    "G7": ("Group of Seven",), "G20": ("Group of 20", "Group of Twenty"), "BRICS": (),
    "ASEAN": ("Asean", "Association of Southeast Asian Nations", "Association of South East Asian Nations"),
    "OPEC": ("Organization of the Petroleum Exporting Countries",), "African Union": ("AU",), "Commonwealth": (),
    "Arab League": (), "White House": (), "Pentagon": (), "Kremlin": (), "State Department": (),
    "Treasury Department": (), "Justice Department": (), "Commerce Department": (),
    "Congress": (), "Senate": (), "House of Representatives": (), "Parliament": (),
    "Bundestag": (), "Knesset": (), "Duma": (), "Hamas": (), "Hezbollah": (), "Houthis": (),
    "Taliban": (), "Fatah": (), "Palestinian Authority": (), "UNRWA": (), "UNHCR": (),
    "UNICEF": (), "OCHA": (), "Red Cross": ("ICRC",), "Wagner Group": (), "E3": (),
    # groups of states named by a letter and their number (a bare letter and number is a road, a line, a model)
    "V4": (), "P5": (), "C5": (), "B9": (), "KFOR": (),
    "Europol": (), "Frontex": (), "Federal Reserve": ("Fed",), "CIA": (), "FBI": (),
    "House of Commons": ("Commons",), "House of Lords": (), "Bundesrat": (), "Nationalrat": (), "Sejm": (),
    "House of Assembly": (), "House of Delegates": (), "House of Councillors": (), "House of Keys": (),
    "Riksdag": (),
    "Storting": (), "Folketing": (), "Verkhovna Rada": (), "Lok Sabha": (), "Rajya Sabha": (),
    "Dáil": ("Dail", "Dáil Éireann"), "Seanad": ("Seanad Éireann",), "Oireachtas": (),
    "Council of Europe": (), "Organisation for Economic Co-operation and Development": ("OECD",),
    "International Committee of the Red Cross": ("ICRC",), "World Food Programme": ("WFP",),
    "Gulf Cooperation Council": ("GCC",), "Shanghai Cooperation Organisation": ("SCO",),
    "Mercosur": (), "ECOWAS": ("Economic Community of West African States",),
    "SADC": ("Southern African Development Community",), "EFTA": ("European Free Trade Association",),
    "APEC": ("Asia-Pacific Economic Cooperation",), "Kuomintang": ("KMT",), "MINUSMA": (),
    "CARICOM": ("Caribbean Community",),
    "Inatsisartut": (),
    "Althing": ("Alþingi",), "Eduskunta": (), "Joint Chiefs of Staff": (), "Majlis": (),
    "Tweede Kamer": (), "Bundeswehr": (), "AUKUS": (),
    # A state's own security council: never the UN's "Security Council" alias inside it
    "National Security Council": (),
    # Central banks, NGOs, think tanks, armed groups and companies that act in the news.
    "Bundesbank": (), "European Investment Bank": ("EIB",), "Bank of England": (), "Bank of Japan": (),
    "People's Bank of China": (), "Amnesty International": (), "Human Rights Watch": (), "Greenpeace": (),
    "Doctors Without Borders": ("MSF", "Medecins Sans Frontieres", "Médecins Sans Frontières"),
    "Transparency International": (), "Oxfam": (), "Save the Children": (), "Chatham House": (),
    "Bruegel": (), "Brookings Institution": ("Brookings",), "International Crisis Group": (),
    "Carnegie Endowment for International Peace": ("Carnegie Endowment",),
    "European Council on Foreign Relations": ("ECFR",), "Council on Foreign Relations": (),
    "Islamic State": ("ISIS", "ISIL"), "al-Qaeda": ("al Qaeda", "Al-Qaeda"), "al-Shabaab": ("Al-Shabaab",),
    "Boko Haram": (), "PKK": (), "Quad": (), "Volkswagen": ("VW",), "Siemens": (), "Deutsche Bank": (),
    "Lufthansa": (), "Rheinmetall": (), "Airbus": (), "Boeing": (), "Gazprom": (), "Rosneft": (), "Huawei": (),
    "Microsoft": (), "Google": (), "OpenAI": (), "Nvidia": (), "TSMC": (), "Samsung": (),
    "Toyota": (), "BP": (), "TotalEnergies": (), "ExxonMobil": (), "Mercedes-Benz": (),
    # Groups with members that act, and seats of government used for their government (CONVENTIONS §4).
    "Coalition of the Willing": ("coalition of the willing",), "Élysée": ("Elysee", "Élysée Palace", "Elysee Palace"),
    "Downing Street": (), "Foreign Office": (), "Home Office": (), "Cabinet Office": (), "Number 10": (),
    "Malacañang": ("Malacanang", "Malacañang Palace", "Malacanang Palace"),
    # Ireland's police, named by its members ("Gardaí have advised motorists")
    "An Garda Síochána": ("Garda Síochána", "Gardaí", "Gardai"),
    # Malaysia's two houses of parliament
    "Dewan Rakyat": (), "Dewan Negara": (),
    # Intelligence services named in titles ("Mossad chief"): the body the title names (CONVENTIONS §4).
    "Mossad": (), "Shin Bet": (), "MI5": (), "MI6": (), "GCHQ": (), "FSB": (), "SVR": (), "GRU": (),
    "Vatican": ("Holy See",),
    "Intergovernmental Panel on Climate Change": ("IPCC",),
    # International bodies and UN agencies and missions (general knowledge): the long name and its acronym are one
    "Interpol": (), "Organization of American States": ("OAS", "Organisation of American States"), "IGAD": (),
    "Pacific Islands Forum": (), "Organisation of Islamic Cooperation": ("OIC", "Organization of Islamic Cooperation"),
    "International Organization for Migration": ("IOM",),
    "UN Development Programme": ("UNDP", "United Nations Development Programme"), "UNESCO": (),
    "Food and Agriculture Organization": ("FAO",), "International Labour Organization": ("ILO",),
    "UNIFIL": (), "MONUSCO": (), "UNMISS": (), "African Development Bank": ("AfDB",),
    "European Bank for Reconstruction and Development": ("EBRD",),
    "Asian Infrastructure Investment Bank": ("AIIB",), "Collective Security Treaty Organization": ("CSTO",),
    "SAARC": (), "CELAC": (), "Organisation for the Prohibition of Chemical Weapons": ("OPCW",),
    "East African Community": ("EAC",), "European External Action Service": ("EEAS",),
    "African Union Commission": ("AU Commission", "AUC"),
}
# Titles that name their specific body (CONVENTIONS §4): pattern -> the body's name in ORGANIZATIONS.
TITLE_BODIES: tuple[tuple[str, str], ...] = (
    # ("the Commission vice-president responsible for trade": the title also in lower case)
    (r"(?:European\s+|EU\s+)?Commission(?=\s+(?:[Pp]resident|[Vv]ice-[Pp]resident|[Vv]ice [Pp]resident|chief)\b)",
     "European Commission"),
)
PARTIES: dict[str, str] = {
    "Democrats": "US", "Republicans": "US", "Democratic Party": "US", "Republican Party": "US",
    "GOP": "US", "Labour": "GB", "Conservatives": "GB", "Tories": "GB", "Liberal Democrats": "GB",
    "Reform UK": "GB", "SNP": "GB", "CDU": "DE", "CSU": "DE", "SPD": "DE", "AfD": "DE",
    "Likud": "IL", "Fidesz": "HU", "Law and Justice": "PL", "National Rally": "FR",
    "BJP": "IN", "Bharatiya Janata Party": "IN", "Indian National Congress": "IN", "PTI": "PK",
    "Pakistan Tehreek-e-Insaf": "PK", "PML-N": "PK", "Pakistan Peoples Party": "PK",
    "Liberal Democratic Party": "JP", "LDP": "JP", "Democratic Party of Korea": "KR",
    "People Power Party": "KR", "D66": "NL", "VVD": "NL", "CDA": "NL", "PVV": "NL", "Fianna Fáil": "IE",
    "Fine Gael": "IE", "Sinn Féin": "IE", "Greens": "DE", "FPÖ": "AT", "ÖVP": "AT", "SPÖ": "AT",
    "AKP": "TR", "CHP": "TR", "ANC": "ZA", "Morena": "MX", "Workers' Party": "BR",
    "Tisza": "HU", "Jobbik": "HU", "Civic Coalition": "PL", "Civic Platform": "PL",
    "ANO": "CZ", "GERB": "BG", "Chega": "PT", "Podemos": "ES", "Vox": "ES", "PSOE": "ES", "Vlaams Belang": "BE",
    "Sweden Democrats": "SE", "Finns Party": "FI", "Yesh Atid": "IL", "Shas": "IL", "Awami League": "BD",
    "Plaid Cymru": "GB", "DUP": "GB", "Conservative Party": "GB", "Labour Party": "GB",
    "Georgian Dream": "GE", "United Russia": "RU", "Servant of the People": "UA", "Brothers of Italy": "IT",
    "Five Star Movement": "IT", "Kuomintang": "TW", "KMT": "TW", "DPP": "TW",
    "Constitutional Democratic Party": "JP", "Komeito": "JP", "Pheu Thai": "TH",
    "UMNO": "MY", "Pakatan Harapan": "MY", "PDI-P": "ID", "Gerindra": "ID",
}
# A party member named by the party ("a South Carolina Republican"): the country of their politics.
PARTY_MEMBERS: dict[str, str] = {
    "Republican": "US", "Democrat": "US", "Tory": "GB", "Conservative": "GB", "Labour": "GB",
}
OUTLETS: tuple[str, ...] = (
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "dpa", "BBC",
    "CNN", "CNBC", "NBC", "NBC News", "CBS", "CBS News", "ABC", "ABC News", "Fox News", "NPR",
    "PBS", "MSNBC", "Sky News", "ITV", "Channel 4", "Politico", "Axios", "The Hill",
    "New York Times", "The New York Times", "Washington Post", "The Washington Post",
    "Wall Street Journal", "The Wall Street Journal", "Financial Times", "The Guardian",
    "Guardian", "The Times", "The Telegraph", "Telegraph", "The Economist", "Economist",
    "Xinhua", "Xinhua News Agency", "TASS", "Tass", "RIA Novosti", "Interfax", "Al Jazeera",
    "Al Arabiya", "Kyiv Independent", "Ukrainska Pravda", "Haaretz", "Times of Israel",
    "Yonhap", "Kyodo", "NHK", "Anadolu", "Anadolu Agency", "Global Times", "People's Daily",
    "Der Spiegel", "Spiegel", "Le Monde", "Deutsche Welle", "DW", "Euronews", "Semafor",
    "Bloomberg News", "Nikkei", "South China Morning Post", "IRNA", "Tasnim", "Fars", "Times", "Independent",
    # agencies and outlets of English-language news beyond the US and UK
    "AAP", "Australian Associated Press", "SBS", "Sydney Morning Herald", "The Sydney Morning Herald", "RNZ",
    "Radio New Zealand", "IANS", "Asian News International", "ANI", "PTI", "Press Trust of India",
    "NDTV", "The Hindu", "Hindustan Times",
    # Pakistan: the state agency and the large dailies ("the state-run APP reported")
    "APP", "Associated Press of Pakistan", "Dawn", "The Express Tribune", "Geo News",
    "Times of India", "The Times of India", "Indian Express", "The Indian Express", "The Irish Times",
    "Irish Times", "Irish Independent", "RTÉ", "Daily Nation", "Citizen TV", "KBC", "The East African",
    "Daily Maverick", "News24", "SABC", "CBC", "CTV", "Globe and Mail", "The Globe and Mail", "Toronto Star",
    "Straits Times", "The Straits Times", "Channel NewsAsia", "Bernama", "Jakarta Post", "The Jakarta Post",
    "Antara", "Philippine Daily Inquirer", "Rappler", "Arab News", "Gulf News", "Ahram Online", "Daily Sabah",
    "Kathimerini", "Ukrinform", "Meduza", "Kommersant", "Jerusalem Post", "The Jerusalem Post", "Premium Times",
    "Le Figaro", "El País", "Corriere della Sera", "La Repubblica", "Euractiv", "Radio Free Europe",
    # India: the wires that close most stories ("— PTI", "(ANI)") and the large dailies and channels
    "UNI", "India Today", "ThePrint", "The Print", "Economic Times", "The Economic Times",
    "Deccan Herald", "News18", "WION", "DD News", "All India Radio", "Zee News",
    # Australia, Ireland, the UK and the US
    "The Australian", "Australian Financial Review", "The Age", "ABC Radio National", "Sky News Australia",
    "Irish Examiner", "Sunday Independent", "TheJournal.ie", "Newstalk", "Morning Ireland", "PA Media",
    "Press Association", "LBC", "Times Radio", "BBC Radio 4", "Newsnight", "The Spectator", "New Statesman",
    "Evening Standard", "Daily Mail", "The Atlantic", "The New Yorker", "Newsweek", "USA Today",
    "Los Angeles Times", "Punchbowl News", "Face the Nation", "Meet the Press", "Fox News Sunday",
    "60 Minutes", "Voice of America", "VOA", "RFE/RL", "Newsmax", "HuffPost",
    # Kenya, Israel, Ukraine
    "The Standard", "Standard", "KTN", "NTV Kenya", "Capital FM", "Kenya News Agency", "Ynet",
    "Yedioth Ahronoth", "Maariv", "Israel Hayom", "Army Radio", "i24NEWS", "Kan", "Suspilne", "Hromadske",
    "RBC-Ukraine", "Kyiv Post", "Der Standard",
    # state news agencies and broadcasters that wire copy cites by their short names ("WAM said", "carried by
    # SPA", "KUNA reported"): sources, never bodies (CONVENTIONS §4); ambiguous letters (PAP, PNA, MENA) are left out
    "SPA", "Saudi Press Agency", "WAM", "QNA", "KUNA", "KCNA", "SANA", "ISNA", "Mehr", "TRT", "CTK", "ČTK",
    "MTI", "EFE", "Lusa", "ANSA", "Belga", "ANP", "Ritzau", "Tanjug", "HINA", "Agerpres", "BelTA", "Kazinform",
    "NAN", "Jiji", "Jiji Press", "CGTN", "Press TV", "Al Mayadeen", "Al-Manar", "Asharq Al-Awsat", "Sputnik",
    "Prensa Latina", "Channels TV", "Channels Television", "Arise TV", "TOLOnews", "Pajhwok", "ARY News",
    "Samaa TV", "Malaysiakini", "ABS-CBN", "GMA News", "Philstar", "Manila Bulletin", "Focus Taiwan",
    "Asahi Shimbun", "Yomiuri Shimbun", "Mainichi Shimbun", "Chosun Ilbo", "Caixin", "Daily Trust",
    "Daily Monitor", "New Vision", "Khaleej Times", "Tehran Times", "Pakistan Observer", "Radio Pakistan",
)
OUTLET_NOUNS: tuple[str, ...] = (
    "news agency", "newspaper", "broadcaster", "television", "TV", "radio", "outlet", "daily",
    "magazine", "website", "wire service", "state media", "channel", "programme", "program", "show",
    "news site", "news portal", "portal", "newsletter", "podcast", "public broadcaster", "state broadcaster",
)
# Last words that make a capitalised name a newspaper's: "Philippine Daily Inquirer", "The Daily Telegraph".
OUTLET_HEADS: tuple[str, ...] = ("Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Mirror", "Inquirer",
                                 "Telegraph", "Chronicle", "Courier", "Observer", "Express", "Daily Mail",
                                 "Dispatch", "Examiner", "Globe and Mail")
ORG_HEADS: tuple[str, ...] = (
    "Agency", "Council", "Centre", "Center", "Group", "Institute", "Institution", "Foundation",
    "Board", "Committee", "Party", "Ministry", "Department", "Fund", "Bank", "Union", "Court",
    "Organization", "Organisation", "Alliance", "Forum", "Commission", "Office", "Service",
    "Authority", "Assembly", "Parliament", "Association", "Federation", "Coalition", "Programme",
    "Program", "Network", "University", "School", "Society", "Initiative", "Tribunal", "Force",
    "Forces", "Command", "Corps", "Movement", "Front", "Guard", "Brigade", "Conference",
    "Bureau", "Administration", "Secretariat", "Directorate", "Inspectorate",
    "Community",  # "Andean Community", "East African Community": a bloc of states
    "Chamber", "Lab", "Laboratory", "Headquarters",  # "Canadian Chamber of Commerce", "Caucasus Policy Lab"
    "Company", "Corporation",  # "Shahab Rotor Systems Company"
    "Caucus",  # "the Minority Caucus in Parliament", "the Congressional Black Caucus"
)
NOT_PLACES: frozenset[str] = frozenset(
    "Europe Asia Africa America Americas Oceania Antarctica Arctic Middle East West East North "
    "South January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Congress Parliament Person Touch "
    "Office Government Power Charge Place Time Total Fact General Particular Addition Response "
    "Spring Summer Autumn Fall Winter Christmas Easter Thanksgiving Ramadan Eid Hanukkah Diwali Passover "
    # a digest's or a column's headings and idioms after "In": "In Brief", "In Other News", "In Depth", "in Cabinet"
    "Brief Depth Focus Short Other News Cabinet Stake Summary Detail Practice Theory Principle Return Contrast "
    "Effect Order Public Private Camera Session Conclusion Comparison Context Review Numbers Pictures "
    # languages, faiths, platforms and bodies' common nouns after "in": "said in Swahili", "In Islam, …", "viral in
    # Telegram channels", "debated in Committee", "then in Opposition" name no place
    "English Arabic Swahili Kiswahili Hindi Urdu Bengali Bangla Tamil Telugu Punjabi Sindhi Pashto Dari Farsi Persian "
    "Mandarin Cantonese Hebrew Amharic Somali Hausa Yoruba Igbo Zulu Xhosa Afrikaans Tagalog Filipino Malay Bahasa "
    "Sinhala Nepali Burmese Khmer Kurdish Sorani Kurmanji Tigrinya Oromo Lingala Kinyarwanda Luganda Latin Creole "
    "Islam Christianity Judaism Hinduism Buddhism Sikhism Telegram WhatsApp Facebook Instagram TikTok YouTube "
    "Committee Opposition Division Plenary Chambers Hansard".split()
)
# Labels before a colon that open a line like a broadcaster's dateline ("Correction: An earlier version …",
# "UPDATE: …", "Analysis: …"): no city.
COLON_LABELS: frozenset[str] = frozenset(
    "Correction Corrections Clarification Update Updated Analysis Exclusive Breaking Watch Opinion Factbox "
    "Explainer Comment Commentary Editorial Interview Review Background Context Note Summary Timeline Live Video "
    "Photos Listen Read Related Advertisement Sponsored Warning Source Sources Contact Disclosure Editor Editors "
    "Meanwhile Elsewhere Separately Earlier Later Previously Plus Quote Question Answer Why What How Who When Where "
    "Today Tonight Tomorrow Yesterday Also Reaction Reactions Recap Preview Verdict Fact Facts Numbers".split())
# Parts of names of world regions: "the Indo-Pacific region", "the Baltic region" name no place of the news.
WORLD_REGION_WORDS: frozenset[str] = frozenset(
    "Indo Pacific Asia Atlantic Arctic Antarctic Baltic Balkan Balkans Caucasus Sahel Gulf Mediterranean Nordic "
    "Euro Eurasian Eurasia Transatlantic Horn Levant Maghreb Caribbean Andean Amazon Himalayan Alpine".split())
NAME_STOPWORDS: frozenset[str] = frozenset(
    "The A An Besides Beside Apart Despite He She It We They I You His Her Its Their Our This That "
    "These Those But And Or If "
    "When While As After Before Since Until In On At By For From With Without Of To Under Over "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept "
    "Oct Nov Dec Mr Mrs Ms Dr Sir Dame Lord Lady Prof Speaking According Pledges No Yes Some "
    "Many Most All Both Each Officials Diplomats Allies Western Eastern European Under Also Now "
    "Every Still There Here What Who Why How Where Instead However Meanwhile Only "
    "Aboard Amid Among Against Across Inside Outside Throughout Toward Towards Via Within Beyond".split()
)
# Common nouns that introduce an organisation's name: "the watchdog group Taxpayers for Common Sense",
# "state nuclear company Rosatom", "the rebel militia M23".  Outlet nouns are not here: "the news agency
# X" names a source.
ORG_CLASSIFIERS: tuple[str, ...] = (
    "company", "firm", "group", "militia", "organisation", "organization", "charity", "watchdog", "party",
    "movement", "alliance", "coalition", "bloc", "union", "think tank", "think-tank", "regulator", "lender",
    "carrier", "airline", "bank", "insurer", "conglomerate", "manufacturer", "maker", "operator", "producer",
    "giant", "consortium", "NGO", "nonprofit", "non-profit", "association", "federation", "institute",
)
# Legal forms that close a company's name: "Northrop Grumman Corp.", "Acme Holdings Ltd".
LEGAL_FORMS: tuple[str, ...] = ("Inc.", "Inc", "Ltd.", "Ltd", "plc", "PLC", "LLC", "Corp.", "Corp", "AG", "SE", "SA",
                                "NV", "N.V.", "S.A.")
# Capitalised adjectives of faith, people or creed: "the Islamist militia", "a Kurdish group" name no body
# ("-ist" adjectives are caught by their ending).
CREED_ADJECTIVES: frozenset[str] = frozenset(
    "Sunni Shia Shiite Kurdish Christian Muslim Jewish Catholic Protestant Orthodox Hindu Arab Alawite Druze "
    "Pashtun Baloch Tamil Tuareg Uyghur Uighur Yazidi Coptic Evangelical Islamic Salafi Wahhabi".split())
# Capitalised adjectives that start an organisation's name ("European Bank for Reconstruction ...",
# "Western Union"), although they start no person's name.
# One-word bodies of the lexicon that are common nouns too: after capitalised words they close another body's
# name ("National Democratic Congress", "Social Democrats", "Provincial Parliament").
COMMON_NOUN_BODIES: frozenset[str] = frozenset({"Congress", "Senate", "Parliament", "Commonwealth", "Democrats",
                                                "Republicans", "Conservatives", "Greens", "Labour"})
NAME_ADJECTIVES: frozenset[str] = frozenset({"European", "Western", "Eastern", "Northern", "Southern"})
SPEECH_VERBS: frozenset[str] = frozenset(
    "said says told added noted warned stressed insisted argued urged asked wrote declared "
    "announced called accused claimed tweeted posted explained".split()
)
GIVEN_NAMES: frozenset[str] = frozenset(
    "Adam Alan Albert Alex Alexander Alice Amanda Amy Andrew Angela Ann Anna Anne Anthony Antony "
    "Barack Ben Benjamin Bernie Beth Bill Bob Brian Catherine Charles Chris Christopher Chuck "
    "Claire Daniel David Dean Deborah Dick Donald Douglas Ed Edward Elizabeth Ellen Emily Emma "
    "Eric Gavin George Gordon Grace Hakeem Hannah Harry Helen Henry Hillary Howard Ian Jack Jacob "
    "James Jane Janet Jared Jason Jeff Jeffrey Jennifer Jeremy Jerome Jessica Jill Jim Joe John "
    "Jonathan Joseph Josh Judith Julia Julian Karen Kamala Kate Katherine Keir Kemi Kevin Kim "
    "Kristi Laura Lauren Linda Lisa Liz Lloyd Marco Margaret Maria Mark Martin Mary Matthew "
    "Michael Michelle Mike Mitch Nancy Nicholas Nick Nigel Oliver Pam Patrick Paul Pete Peter "
    "Philip Rachel Rafael Rebecca Richard Rishi Robert Ron Ruth Ryan Sam Samuel Sarah Scott Sean "
    "Simon Stephen Steve Steven Susan Theresa Thomas Tim Timothy Todd Tom Tony Tulsi Victoria "
    "Vivek William Yvette Zoe Emmanuel Olaf Friedrich Ursula Vladimir Volodymyr Sergei Sergey "
    "Dmitry Alexei Andriy Oleksandr Yulia Viktor Recep Benjamin Mohammed Mohammad Muhammad "
    "Ahmed Ali Abdullah Hassan Hussein Khalid Omar Yasser Abbas Mahmoud Ismail Ayman Narendra "
    "Shinzo Fumio Shigeru Moon Yoon Giorgia Pedro Mette Ulf Jens Charles Antonio António Luiz "
    "Javier Emmanuelle Fran Francisco Jose José Juan Carlos Luis Miguel Pablo Ursula Annalena".split()
)

# Event nouns of travel: an adjective of nationality before them ("chinesischer Besuch", "the Chinese
# visit") does not say that the state takes part (it may be the destination or loose usage).
TRAVEL_NOUNS: frozenset[str] = frozenset({"visit", "visits", "trip", "trips", "tour"})
# A preposition of topic before a name: "Hilfe für die Ukraine", "aid for Ukraine" names what something
# is about, not who takes part in it or whom a person nearby acts for.
# (also after a gerund: "talks on reforming the Electoral Commission")
# (also the other side of a dispute named as the setting of what is told: "Amid the trade dispute with the
# US, the Commission will …" -- the dispute's side, not a party of the act)
TOPIC_BEFORE: str = (r"(?i)(?:\b(?:for|against|over|about|on|into|toward|towards|regarding)\s+(?:[a-z]+ing\s+)?"
                     r"(?:the\s+)?|\b(?:in|amid)\s+(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?:dispute|row|standoff"
                     r"|feud|spat)\s+with\s+(?:the\s+)?)$")

# A visit to the person's sentence's place: a domestic report's state is not the visitor's (personcountry).
ARRIVAL = r"(?i)\b(?:arriv\w*|landed|visiting|on\s+a\s+visit|state\s+visit|guests?|visitors?)\b"

# Nouns after a nationality adjective that make it the state acting: "the Czech government". Any other
# noun ("Russian diplomats", "German-made tanks") says nothing about whom a person near it serves.
STATE_NOUNS: frozenset[str] = frozenset(
    "government administration leadership delegation side authorities ministry cabinet state".split()
)
# Bodies of the lexicon that a city's name completes (none in English news so far; see de.CITY_NAMED_BODIES)
CITY_NAMED_BODIES: frozenset[str] = frozenset()
# Last words of a venue's name: a bracketed acronym after one names the building, no body ("the Arusha
# International Conference Centre (AICC)", "the Kenyatta International Convention Centre (KICC)")
VENUE_HEADS: frozenset[str] = frozenset({"Centre", "Center", "Hall", "Stadium", "Hotel", "Palace", "Airport",
                                         "Arena", "Building", "Complex"})
# Capitals that abbreviate a thing, a unit, a title or a place, never a body: a bare "the IED", "500 MW",
# "HIMARS", "the EEZ", "CS Murkomen", "in NSW", "the USSR" is no organisation (whatever the article's language).
ACRONYM_NOUNS: frozenset[str] = frozenset("""
MW GW TW MWh GWh TWh KM MPH BPD
IED IEDs UAV UAVs SUV SUVs ATM ATMs GPS SIM ICU HQ VAT GST FDI IPO ETF LGBT LGBTQ LGBTQI COVID HIV AIDS DNA CCTV
LED LPG CNG VIP SME SMEs IDP IDPs POW POWs WMD ICBM ICBMs MLRS HIMARS ATACMS MANPADS NASAMS RPG RPGs APC APCs
AWACS EEZ ADIZ DMZ MOU FTA CPI PMI GNP PPE AGM AKA ETA BCE
VP DG CS IGP COAS CJ MLA MLAs MD GM
LA NYC DC KZN NCR GTA NSW QLD
GDR USSR
""".split())
# Nouns after "a"/"an" and capitals that name their members: "an ANC councillor", "a PKK fighter" name the body
MEMBER_NOUNS: frozenset[str] = frozenset(
    "member members fighter fighters supporter supporters activist activists militant militants soldier soldiers "
    "delegation delegate delegates candidate MP lawmaker lawmakers official officials veteran cadre".split())
INDEFINITE_ARTICLES: frozenset[str] = frozenset("a an A An".split())
# Last words of a venue's or an institution's name that honours a person: "King Khalid International Airport",
# "Queen Elizabeth Hospital", "Nelson Mandela Boulevard", "Prince Sultan Air Base" name no person (words that are
# surnames too, "Park", "Hall", "Church", "Temple", "Arena", are left out).
VENUE_NAME_HEADS: frozenset[str] = frozenset(
    "Airport Airfield Hospital Clinic Mosque Cathedral Shrine University College School Academy "
    "Institute Center Centre Causeway Bridge Boulevard Avenue Street Road Highway Expressway Stadium Hotel "
    "Museum Library Prison Barracks Base Square Tower Palace Canal Harbour Harbor Terminal Station "
    "Mausoleum Memorial Monument Cemetery Arena Gardens Market Dam Refinery Polytechnic Seminary Pagoda Wharf".split())
