"""Domestic offices, sub-national units and parties that tell whose state a person serves (data only).

General knowledge about offices and places, not about people: a Taoiseach serves Ireland, a
Landeshauptmann Austria, "the Premier of Queensland" Australia, „der hessische Ministerpräsident“
Germany.  ``lagebild.extract.domesticoffices`` reads these tables; nothing here is the outlet's
locale or the country word nearest to a person.
"""

from __future__ import annotations

import re


def _parse(block: str) -> dict[str, str]:
    """'Name:CC' entries, several to a line; names may hold spaces."""
    result: dict[str, str] = {}
    for line in block.strip().splitlines():
        for name, code in re.findall(r"([^:]+?):([A-Z]{2})(?:\s|$)", line.strip() + " "):
            result[name.strip()] = code
    return result


# Sub-national units named with an office ("Premier of Queensland", "Kerala Chief Minister", "Governor of
# Mombasa County"): their office belongs to the country.  Only names no other state's unit or common word
# shares (not Punjab: India's and Pakistan's; not Georgia; not Victoria, a given name too, unless with
# "Premier" — see ``PREMIER_ONLY``).  Not places by themselves: the places stage keeps its own gazetteer.
SUBNATIONAL: dict[str, str] = _parse("""
New South Wales:AU NSW:AU Queensland:AU Western Australia:AU South Australia:AU Tasmania:AU
Northern Territory:AU Australian Capital Territory:AU
Kerala:IN Tamil Nadu:IN Karnataka:IN Maharashtra:IN Gujarat:IN Rajasthan:IN Uttar Pradesh:IN
Madhya Pradesh:IN Bihar:IN West Bengal:IN Odisha:IN Andhra Pradesh:IN Telangana:IN Assam:IN Jharkhand:IN
Chhattisgarh:IN Haryana:IN Himachal Pradesh:IN Uttarakhand:IN Goa:IN Tripura:IN Meghalaya:IN Manipur:IN
Mizoram:IN Nagaland:IN Arunachal Pradesh:IN Sikkim:IN
Mombasa County:KE Nairobi County:KE Mombasa:KE Nairobi:KE
Kisumu:KE Nakuru:KE Kiambu:KE Machakos:KE Kakamega:KE Uasin Gishu:KE
Kilifi:KE Kwale:KE Turkana:KE Garissa:KE Wajir:KE Mandera:KE Marsabit:KE Isiolo:KE Kitui:KE Makueni:KE
Nyandarua:KE Kirinyaga:KE Murang'a:KE Laikipia:KE Samburu:KE Trans Nzoia:KE Elgeyo Marakwet:KE Baringo:KE
Kericho:KE Bomet:KE Narok:KE Kajiado:KE Vihiga:KE Bungoma:KE Busia:KE Siaya:KE Homa Bay:KE Migori:KE
Kisii:KE Nyamira:KE Tana River:KE Taita Taveta:KE West Pokot:KE Tharaka Nithi:KE Lamu:KE Nyeri:KE
British Columbia:CA Manitoba:CA Saskatchewan:CA Nova Scotia:CA New Brunswick:CA Newfoundland:CA
Prince Edward Island:CA
""")
# Units whose name is also a given name or a city elsewhere: they decide only with "Premier".
PREMIER_ONLY: dict[str, str] = _parse("Victoria:AU")

# German adjectives (lower-case stems) of German Länder, Austrian Länder, Swiss cantons and South Tyrol
# before an office: „der hessische Ministerpräsident“, „der Tiroler Landeshauptmann“, „der Zürcher
# Regierungsrat“.  (Not „Berliner“, „Wiener“, „Freiburger“: cities, read by the city rules.)
LAND_ADJECTIVES: dict[str, str] = _parse("""
baden-württembergisch:DE bayerisch:DE brandenburgisch:DE bremisch:DE hamburgisch:DE hessisch:DE
mecklenburg-vorpommersch:DE niedersächsisch:DE nordrhein-westfälisch:DE rheinland-pfälzisch:DE
saarländisch:DE sächsisch:DE sachsen-anhaltisch:DE schleswig-holsteinisch:DE thüringisch:DE thüringer:DE
südtiroler:IT tiroler:AT vorarlberger:AT salzburger:AT kärntner:AT steirisch:AT oberösterreichisch:AT
niederösterreichisch:AT burgenländisch:AT
zürcher:CH berner:CH luzerner:CH urner:CH schwyzer:CH glarner:CH zuger:CH solothurner:CH basler:CH
schaffhauser:CH appenzeller:CH bündner:CH aargauer:CH thurgauer:CH tessiner:CH waadtländer:CH walliser:CH
neuenburger:CH genfer:CH jurassisch:CH
""")
# Names of regions whose Landeshauptmann or Landesrat is not Austria's (South Tyrol's are Italy's).
NOT_AUSTRIAN_LANDS: tuple[str, ...] = ("Südtirol", "South Tyrol", "Bozen", "Trentino")

# Offices that exist in one state only, as words of the role (lower case, whole words).
ONE_STATE_OFFICES_EN: dict[str, str] = {
    "taoiseach": "IE", "tánaiste": "IE", "tanaiste": "IE", "td": "IE", "teachta dála": "IE",
    "lok sabha": "IN", "rajya sabha": "IN", "ceann comhairle": "IE", "woman representative": "KE",
    "women representative": "KE", "woman rep": "KE",
    # the State Department's ranks below the Secretary: no other state's ministry has these titles
    # (Britain's "Secretary of State for …" has no deputies or assistants of that name)
    "deputy secretary of state": "US", "assistant secretary of state": "US", "under secretary of state": "US",
    "northern ireland secretary": "GB", "chancellor of the exchequer": "GB",
}
# Offices whose words two states use, the first far more often in English news: a guess for the first
# unless the article names the other ("Union Minister": India's, but Myanmar's too).
SHARED_NAME_OFFICES_EN: dict[str, tuple[str, ...]] = {
    r"union\s+(?:[\w-]+\s+){0,3}minister": ("IN", "MM"),
}
# Adjectives of sub-national units before an office ("Victorian Premier", "Tasmanian Senator").
UNIT_ADJECTIVES: dict[str, str] = {"Victorian": "AU", "Tasmanian": "AU", "Queensland": "AU",
                                   # "Bavarian Premier X", "the Saxon state premier", "Tyrolean governor"
                                   "Bavarian": "DE", "Saxon": "DE", "Hessian": "DE", "Thuringian": "DE",
                                   "Tyrolean": "AT", "Styrian": "AT", "Carinthian": "AT", "Ticinese": "CH",
                                   "Quebec": "CA", "Ontario": "CA", "Albertan": "CA", "Catalan": "ES",
                                   "Basque": "ES", "Andalusian": "ES", "Scottish": "GB", "Welsh": "GB",
                                   "Flemish": "BE", "Walloon": "BE", "Sicilian": "IT", "Lombard": "IT"}
ONE_STATE_OFFICES_DE: dict[str, str] = {
    "landeshauptmann": "AT", "landeshauptfrau": "AT", "landesrat": "AT", "landesrätin": "AT",
    "klubobmann": "AT", "klubobfrau": "AT", "bezirkshauptmann": "AT", "bezirkshauptfrau": "AT",
    "ständerat": "CH", "ständerätin": "CH", "regierungsrat": "CH", "regierungsrätin": "CH",
    "grossrat": "CH", "grossrätin": "CH", "großrat": "CH", "großrätin": "CH", "kantonsrat": "CH",
    "kantonsrätin": "CH", "landammann": "CH", "stadtpräsident": "CH", "stadtpräsidentin": "CH",
    "gemeindepräsident": "CH", "gemeindepräsidentin": "CH",
    "bundestagsabgeordneter": "DE", "bundestagsabgeordnete": "DE", "bundestagspräsident": "DE",
    "bundestagspräsidentin": "DE", "bundestagsvizepräsident": "DE", "bundestagsvizepräsidentin": "DE",
    "oberbürgermeister": "DE", "oberbürgermeisterin": "DE",
}
# Honorifics that one state's order of titles confers, right before a name: "Foreign Minister Datuk Seri X"
# (Malaysia's federal and state titles; Brunei's differ — „Pehin“, „Dato Seri Setia“ — so it stays a guess).
HONORIFIC_STATES: dict[str, str] = {"Datuk Seri": "MY", "Datuk": "MY", "Dato' Sri": "MY", "Dato’ Sri": "MY",
                                    "Dato' Seri": "MY", "Tan Sri": "MY", "Datin Paduka": "MY"}
# Parties by the name their parliamentary group goes by in a compound („Unionsfraktion“: CDU and CSU).
GROUP_PARTIES_DE: dict[str, str] = {"Union": "DE"}
# Cities whose datelines mostly report other states' talks, summits and courts: a dateline there says
# nothing about whose officials the report quotes.
INTERNATIONAL_VENUES: frozenset[str] = frozenset({
    "Genf", "Geneva", "Wien", "Vienna", "New York", "Brüssel", "Brussels", "Straßburg", "Strassburg", "Strasbourg",
    "Den Haag", "The Hague", "Luxemburg", "Luxembourg",
})
# Demonyms of a polity that (almost) no state recognises: its officials act for no state (null), not for
# the state whose name the demonym holds.  English two-word forms; German lower-case stems.
STATELESS_DEMONYMS: frozenset[str] = frozenset({"Turkish Cypriot", "zyperntürkisch"})
# Adjectives (lower-case stems) that only one state's institutions carry: „Eidgenössisches Departement“,
# „eidgenössische Räte“ are Switzerland's federal bodies, whose heads serve Switzerland.
ONE_STATE_ADJECTIVES_DE: dict[str, str] = {"eidgenössisch": "CH"}
# Offices with the same words in Austria and Switzerland only: the article's own evidence decides
# between them; „Bundesrat“ as a person's title is Switzerland's government unless Austria is named.
TWO_STATE_OFFICES_DE: dict[str, tuple[str, ...]] = {
    "bundesrat": ("CH", "AT"), "bundesrätin": ("CH", "AT"), "alt-bundesrat": ("CH", "AT"),
    "alt-bundesrätin": ("CH", "AT"), "nationalrat": ("AT", "CH"), "nationalrätin": ("AT", "CH"),
    "nationalratsabgeordneter": ("AT",), "nationalratsabgeordnete": ("AT",),
}
# Offices whose title several states use, but one in the sense news mostly means; the country holds
# only when the article names it, and as a guess: "Cabinet Secretary" (Kenya's ministers; also
# Britain's head of the civil service and Scotland's ministers).
LIKELY_OFFICES_EN: dict[str, str] = {
    "cabinet secretary": "KE", "chief minister": "IN",
    # India's name for its foreign minister (a few other states' too); "Congress MP": the Indian
    # National Congress's members of parliament (the US Congress has no MPs)
    "external affairs minister": "IN", "minister of external affairs": "IN", "congress mp": "IN",
}

# Parties whose name another state's party shares: the first state holds (as a guess) unless the
# article names one of the others ("Labor": Australia's, but Israel's in US spelling; Sinn Féin sits
# in Dublin and in Belfast; "UDA": Kenya's party, Northern Ireland's paramilitaries).
SHARED_NAME_PARTIES: dict[str, tuple[str, ...]] = {
    "Labor": ("AU", "IL"), "Sinn Féin": ("IE", "GB"), "Sinn Fein": ("IE", "GB"), "UDA": ("KE", "GB"),
    "Liberal National": ("AU",), "LNP": ("AU",), "Nationals": ("AU", "NZ"), "One Nation": ("AU",),
    # "the Labour MP X", "a Conservative lawmaker": Britain's in most English news, unless the article names
    # another state with a party of that name (New Zealand's and Ireland's Labour, Canada's Conservatives)
    "Labour": ("GB", "NZ", "IE", "NO", "MT"), "Conservative": ("GB", "CA"), "Conservatives": ("GB", "CA"),
}
# Party names that are also ordinary English words ("the Platinum Jubilee") or other bodies' and treaties'
# acronyms ("the NSC" is a security council, "TPP" a trade pact in English): a party's country when a person
# is tied to them, but never an organisation found by the word alone in the other language's articles.
WORD_PARTIES: frozenset[str] = frozenset({"Jubilee", "Wiper", "NSC", "TPP"})
# Parties of one state (English spellings), beside ``en.PARTIES``.
PARTIES_EN: dict[str, str] = {
    "ODM": "KE", "Orange Democratic Movement": "KE", "United Democratic Alliance": "KE", "Jubilee": "KE",
    "Wiper": "KE", "Azimio": "KE", "Kenya Kwanza": "KE", "Aam Aadmi Party": "IN", "AAP": "IN",
    "Trinamool Congress": "IN", "TMC": "IN", "DMK": "IN", "AIADMK": "IN", "Shiv Sena": "IN",
    "Samajwadi Party": "IN", "Janata Dal": "IN", "Rashtriya Janata Dal": "IN", "Biju Janata Dal": "IN",
    "Fianna Fáil": "IE", "Fianna Fail": "IE", "Fine Gael": "IE",
    # the Nordic states (names in their own language, written so in German and English text)
    "Venstre": "DK", "Moderaterne": "DK", "Socialdemokratiet": "DK", "Dansk Folkeparti": "DK",
    "Sverigedemokraterna": "SE", "Moderaterna": "SE", "Kokoomus": "FI", "Høyre": "NO", "Fremskrittspartiet": "NO",
    # Africa
    "Sudan People's Liberation Movement": "SS", "SPLM": "SS", "SPLM-IO": "SS", "SPLM-N": "SD",
    "All Progressives Congress": "NG", "Peoples Democratic Party": "NG", "African Democratic Congress": "NG",
    "Zanu-PF": "ZW", "ZANU-PF": "ZW",
    "Citizens Coalition for Change": "ZW", "Chama Cha Mapinduzi": "TZ", "Chadema": "TZ",
    "National Resistance Movement": "UG", "National Unity Platform": "UG", "Economic Freedom Fighters": "ZA",
    "Inkatha Freedom Party": "ZA", "MK Party": "ZA", "Ennahda": "TN", "New Patriotic Party": "GH",
    "National Democratic Congress": "GH", "Prosperity Party": "ET", "Frelimo": "MZ", "Renamo": "MZ",
    "MPLA": "AO", "UNITA": "AO", "Swapo": "NA", "SWAPO": "NA", "Rwandan Patriotic Front": "RW",
    # the small states' parties named by acronym (not APC, UDP, UDC, DLP, PNC: other states' parties too)
    "BDP": "BW", "Umbrella for Democratic Change": "BW", "SLPP": "SL", "BLP": "BB", "PUP": "BZ",
    "People's United Party": "BZ", "FijiFirst": "FJ", "SODELPA": "FJ",
    # the Caribbean and the Americas
    "United Workers Party": "LC", "Saint Lucia Labour Party": "LC", "Jamaica Labour Party": "JM",
    "People's National Party": "JM", "People's National Movement": "TT", "United National Congress": "TT",
    "Conservative Party of Canada": "CA", "Liberal Party of Canada": "CA", "New Democratic Party": "CA",
    "Bloc Québécois": "CA", "PRI": "MX", "Institutional Revolutionary Party": "MX", "National Action Party": "MX",
    "La Libertad Avanza": "AR", "Historic Pact": "CO", "Pacto Histórico": "CO", "Movement for Socialism": "BO",
    "PSUV": "VE", "United Socialist Party of Venezuela": "VE",
    # Asia and the Pacific
    "Communist Party of China": "CN", "Chinese Communist Party": "CN", "Workers' Party of Korea": "KP",
    "Communist Party of Vietnam": "VN", "Taiwan People's Party": "TW",
    "Japan Innovation Party": "JP", "Democratic Party for the People": "JP", "Rebuilding Korea Party": "KR",
    "Move Forward Party": "TH", "People's Party of Thailand": "TH", "Bhumjaithai": "TH",
    "Cambodian People's Party": "KH", "Golkar": "ID", "Barisan Nasional": "MY", "Perikatan Nasional": "MY",
    "People's Action Party": "SG", "Lakas-CMD": "PH", "PDP-Laban": "PH", "Nacionalista Party": "PH",
    "Bangladesh Nationalist Party": "BD", "Nepali Congress": "NP", "CPN-UML": "NP",
    "Sri Lanka Podujana Peramuna": "LK", "National People's Power": "LK", "Samagi Jana Balawegaya": "LK",
    "Liberal Party of Australia": "AU", "New Zealand First": "NZ", "NZ First": "NZ", "Te Pāti Māori": "NZ",
    "Pangu Pati": "PG",
    # the Middle East, the Caucasus and Europe
    "Yisrael Beiteinu": "IL", "Otzma Yehudit": "IL", "United Torah Judaism": "IL",
    "Justice and Development Party": "TR", "Republican People's Party": "TR", "Nationalist Movement Party": "TR",
    "MHP": "TR", "DEM Party": "TR", "Kurdistan Democratic Party": "IQ", "Patriotic Union of Kurdistan": "IQ",
    "Civil Contract": "AM", "New Azerbaijan Party": "AZ", "United National Movement": "GE",
    "Party of Action and Solidarity": "MD", "European Solidarity": "UA", "Batkivshchyna": "UA",
    "Les Républicains": "FR", "La France Insoumise": "FR", "France Unbowed": "FR", "Forza Italia": "IT",
    "Partido Popular": "ES", "Sumar": "ES", "Junts": "ES", "Konfederacja": "PL", "Smer": "SK",
    "Progressive Slovakia": "SK", "Alliance for the Union of Romanians": "RO", "Serbian Progressive Party": "RS",
    "Vetëvendosje": "XK", "Vetevendosje": "XK", "VMRO-DPMNE": "MK", "SDSM": "MK", "HDZ": "HR",
    "New Democracy": "GR", "Syriza": "GR", "SYRIZA": "GR", "PASOK": "GR", "GroenLinks": "NL", "N-VA": "BE",
    "Swiss People's Party": "CH",
}
# The German-speaking states that have a party of each shared name: „Mitte“ is Switzerland's only, the
# FDP Germany's and Switzerland's (Austria's liberals are NEOS), „Linke“ Germany's.
SHARED_PARTY_STATES: dict[str, tuple[str, ...]] = {
    "Mitte": ("CH",), "FDP": ("DE", "CH"), "Linke": ("DE",), "Grüne": ("DE", "AT", "CH"),
    "Grünen": ("DE", "AT", "CH"), "Piraten": ("DE", "AT", "CH"),
}

