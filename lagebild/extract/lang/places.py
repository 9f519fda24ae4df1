"""A gazetteer of cities and regions that news names, with their country (data only).

Both languages share the names that are spelt alike; ``DE_ONLY`` and
``EN_ONLY`` hold the spellings one language uses.  Whether a mention is a
place of the news or a government ("Moskau erklärte") is the entities
stage's decision, not this list's.
"""

from __future__ import annotations

import re

from lagebild.extract.lang import states

_SHARED = """
Aarhus:DK Aberdeen:GB Abuja:NG Accra:GH Adelaide:AU Aden:YE Agadez:NE Ahmedabad:IN Ajaccio:FR Aleppo:SY
Alexandria:EG Almaty:KZ Amritsar:IN Anchorage:US Antalya:TR Antwerpen:BE Aqaba:JO Arbil:IQ Erbil:IQ
Ashgabat:TM Asmara:ER Astana:KZ Asunción:PY Atlanta:US Auckland:NZ Augsburg:DE Avdiivka:UA Bakhmut:UA
Bamako:ML Bandar Abbas:IR Bangalore:IN Bengaluru:IN Bangui:CF Banja Luka:BA Basra:IQ Belém:BR Benghazi:LY
Bergen:NO Bilbao:ES Birmingham:GB Bishkek:KG Bodø:NO Bogotá:CO Bologna:IT Bordeaux:FR Boston:US
Bratislava:SK Brazzaville:CG Bremen:DE Brest:FR Brisbane:AU Bristol:GB Brno:CZ Buenos Aires:AR
Bujumbura:BI Cádiz:ES Calais:FR Cali:CO Cannes:FR Cape Town:ZA Cardiff:GB Casablanca:MA Chennai:IN
Chittagong:BD Colombo:LK Conakry:GN Constanța:RO Córdoba:AR Cork:IE Dakar:SN Dallas:US Dar es Salaam:TZ
Denver:US Derry:GB Detroit:US Dhaka:BD Dili:TL Djibouti:DJ Dnipro:UA Dodoma:TZ Dortmund:DE
Durban:ZA Dushanbe:TJ Düsseldorf:DE Faisalabad:PK Florenz:IT Fukushima:JP Gdańsk:PL Danzig:PL
Gaborone:BW Galway:IE Gdynia:PL Glasgow:GB Göteborg:SE Gothenburg:SE Gomel:BY Granada:ES Grenoble:FR
Guangzhou:CN Guayaquil:EC Haifa:IL Harare:ZW Harbin:CN Hebron:PS Heidelberg:DE Herat:AF Hiroshima:JP
Ho-Chi-Minh-Stadt:VN Ho Chi Minh City:VN Homs:SY Honolulu:US Houston:US Hyderabad:IN Idlib:SY Incheon:KR
Irbid:JO Isfahan:IR Jaffna:LK Jakarta:ID Jalalabad:AF Jenin:PS Johannesburg:ZA Juba:SS Kabul:AF
Kaliningrad:RU Kampala:UG Kandahar:AF Kano:NG Karachi:PK Kathmandu:NP Kaunas:LT Kazan:RU Keflavík:IS
Khan Younis:PS Khartum:SD Kigali:RW Kinshasa:CD Kirkuk:IQ Kobe:JP Kolkata:IN Krakau:PL Kraków:PL
Krasnodar:RU Kuala Lumpur:MY Kursk:RU Kuwait City:KW Kyoto:JP La Paz:BO Lagos:NG Lahore:PK Las Vegas:US
Latakia:SY Le Havre:FR Libreville:GA Lille:FR Lima:PE Lilongwe:MW Limassol:CY Liverpool:GB Lomé:TG
Luanda:AO Lubumbashi:CD Lusaka:ZM Lyon:FR Maastricht:NL Mainz:DE Makhachkala:RU Malmö:SE Managua:NI
Manchester:GB Mandalay:MM Maputo:MZ Mariupol:UA Marseille:FR Mazar-i-Sharif:AF Mecca:SA Medellín:CO
Medina:SA Melbourne:AU Minneapolis:US Mogadischu:SO Mogadishu:SO Mombasa:KE Monrovia:LR Monterrey:MX
Montevideo:UY Montreal:CA Mosul:IQ Multan:PK Mumbai:IN Muscat:OM Maskat:OM Mykolaiv:UA Nablus:PS
Nagasaki:JP Nagoya:JP Nairobi:KE Nantes:FR Nara:JP Naples:IT Neapel:IT Nyala:SD N'Djamena:TD Niamey:NE
Nicosia:CY Nikosia:CY Nizza:FR Nouakchott:MR Novosibirsk:RU Nukus:UZ Nürnberg:DE Nuremberg:DE
Odessa:UA Omdurman:SD Osaka:JP Oslo:NO Ouagadougou:BF Palermo:IT Panama City:PA Paramaribo:SR
Perth:AU Peshawar:PK Philadelphia:US Phnom Penh:KH Podgorica:ME Pokrowsk:UA Pokrovsk:UA Port Sudan:SD
Port-au-Prince:HT Porto:PT Porto Alegre:BR Poznań:PL Pretoria:ZA Quetta:PK Quito:EC Rabat:MA Rafah:PS
Rawalpindi:PK Recife:BR Reykjavik:IS Reykjavík:IS Rio de Janeiro:BR Rostock:DE Rotterdam:NL
Saint-Denis:FR Samarkand:UZ San Francisco:US San José:CR San Salvador:SV Sanaa:YE Sana'a:YE
Santiago:CL Santo Domingo:DO São Paulo:BR Sapporo:JP Sewastopol:UA Sevastopol:UA Sevilla:ES Seville:ES
Shenzhen:CN Sialkot:PK Sidon:LB Sochi:RU Sotschi:RU Srinagar:IN Sumy:UA Surabaya:ID Suva:FJ
Tabriz:IR Taipeh:TW Taipei:TW Taschkent:UZ Tashkent:UZ Tegucigalpa:HN Tianjin:CN Timbuktu:ML Tokio:JP
Toulouse:FR Tripolis:LY Tromsø:NO Trondheim:NO Tunis:TN Turin:IT Turku:FI Tyre:LB Ulaanbaatar:MN
Ulan Bator:MN Uppsala:SE Utrecht:NL Valencia:ES Vancouver:CA Varna:BG Vientiane:LA Vladivostok:RU
Wellington:NZ Windhoek:NA Winnipeg:CA Wrocław:PL Wuhan:CN Xi'an:CN Yangon:MM Yaoundé:CM Yokohama:JP
Zaragoza:ES Addis Abeba:ET Dünkirchen:FR Dunkirk:FR
Dschidda:SA Jeddah:SA Mekka:SA Medina:SA Al-Faschir:SD El Fasher:SD Pahalgam:IN Antalya:TR
Darfur:SD Kordofan:SD Tigray:ET Amhara:ET Kashmir:IN Kaschmir:IN Punjab:PK Balochistan:PK Belutschistan:PK
Sindh:PK Xinjiang:CN Tibet:CN Kurdistan:IQ Golan:SY Golanhöhen:SY Golan Heights:SY Sinai:EG
Bergkarabach:AZ Nagorno-Karabakh:AZ Nachitschewan:AZ Nakhchivan:AZ Transnistrien:MD Transnistria:MD
Abchasien:GE Abkhazia:GE Südossetien:GE South Ossetia:GE Svalbard:NO Spitzbergen:NO Lappland:FI
Lapland:FI Karelien:RU Karelia:RU Sibirien:RU Siberia:RU Tschetschenien:RU Chechnya:RU Dagestan:RU
Katalonien:ES Catalonia:ES Baskenland:ES Korsika:FR Corsica:FR Sizilien:IT Sicily:IT Sardinien:IT
Sardinia:IT Lampedusa:IT Kreta:GR Crete:GR Lesbos:GR Schottland:GB Scotland:GB Wales:GB Nordirland:GB
Northern Ireland:GB Flandern:BE Flanders:BE Wallonien:BE Wallonia:BE Bavaria:DE Idlib:SY Rakka:SY
Raqqa:SY Deir ez-Zor:SY Luhansk:UA Donezk:UA Donetsk:UA Charkiw:UA Saporischschja:UA Kursk:RU Belgorod:RU
Brjansk:RU Bryansk:RU Taiwanstraße:TW Gazastreifen:PS Westjordanland:PS Ostjerusalem:PS East Jerusalem:PS
Hongkong:CN Macau:CN Okinawa:JP Hokkaido:JP Jeju:KR Mindanao:PH Bali:ID Papua:ID Aceh:ID Rakhine:MM
"""
_MORE = """
Debrecen:HU Szeged:HU Miskolc:HU Pécs:HU Győr:HU Łódź:PL Lodz:PL Lublin:PL Rzeszów:PL Rzeszow:PL Szczecin:PL
Stettin:PL Katowice:PL Kattowitz:PL Białystok:PL Bialystok:PL Ostrava:CZ Pilsen:CZ Plzeň:CZ Košice:SK Kosice:SK
Cluj-Napoca:RO Klausenburg:RO Timișoara:RO Temeswar:RO Iași:RO Brașov:RO Plovdiv:BG Plowdiw:BG Burgas:BG
Novi Sad:RS Niš:RS Mostar:BA Tuzla:BA Split:HR Dubrovnik:HR Rijeka:HR Maribor:SI Ohrid:MK Bitola:MK Prizren:XK
Mitrovica:XK Durrës:AL Shkodër:AL Thessaloniki:GR Saloniki:GR Patras:GR Piräus:GR Piraeus:GR Tiraspol:MD
Tartu:EE Narva:EE Klaipėda:LT Daugavpils:LV Odense:DK Aalborg:DK Tampere:FI Oulu:FI Espoo:FI Stavanger:NO
Kiruna:SE Nuuk:GL Leeds:GB Sheffield:GB Newcastle:GB Nottingham:GB Leicester:GB Southampton:GB Portsmouth:GB
Plymouth:GB Oxford:GB Belfast:GB Dover:GB Swansea:GB Inverness:GB Dundee:GB Brighton:GB Coventry:GB Limerick:IE
Gent:BE Ghent:BE Brügge:BE Bruges:BE Lüttich:BE Liège:BE Charleroi:BE Namur:BE Eindhoven:NL Groningen:NL
Haarlem:NL Leiden:NL Delft:NL Nijmegen:NL Arnhem:NL Genua:IT Genoa:IT Bari:IT Catania:IT Verona:IT Padua:IT
Triest:IT Trieste:IT Bozen:IT Bolzano:IT Pisa:IT Parma:IT Brescia:IT Bergamo:IT Cagliari:IT Málaga:ES Malaga:ES
Palma:ES Alicante:ES Murcia:ES Valladolid:ES Pamplona:ES Faro:PT Coimbra:PT Braga:PT Rennes:FR Reims:FR
Montpellier:FR Dijon:FR Metz:FR Toulon:FR Orléans:FR Rouen:FR Avignon:FR Perpignan:FR Duisburg:DE Bochum:DE
Wuppertal:DE Bielefeld:DE Karlsruhe:DE Mannheim:DE Kiel:DE Lübeck:DE Magdeburg:DE Erfurt:DE Potsdam:DE
Schwerin:DE Saarbrücken:DE Wiesbaden:DE Chemnitz:DE Regensburg:DE Würzburg:DE Ingolstadt:DE Ulm:DE Trier:DE
Aachen:DE Osnabrück:DE Stralsund:DE Cottbus:DE Jena:DE Weimar:DE Görlitz:DE Passau:DE Klagenfurt:AT Villach:AT
St. Pölten:AT Bregenz:AT Eisenstadt:AT Wels:AT Luzern:CH Lucerne:CH Lugano:CH St. Gallen:CH Winterthur:CH
Chur:CH Neuenburg:CH Neuchâtel:CH Schaffhausen:CH Aarau:CH Solothurn:CH Locarno:CH Montreux:CH Fribourg:CH
Tschernihiw:UA Chernihiv:UA Poltawa:UA Poltava:UA Winnyzja:UA Vinnytsia:UA Schytomyr:UA Zhytomyr:UA
Uschhorod:UA Uzhhorod:UA Kramatorsk:UA Slowjansk:UA Sloviansk:UA Bachmut:UA Awdijiwka:UA Melitopol:UA
Berdjansk:UA Berdyansk:UA Kupjansk:UA Kupiansk:UA Krementschuk:UA Kremenchuk:UA Krywyj Rih:UA Kryvyi Rih:UA
Tscherkassy:UA Cherkasy:UA Ternopil:UA Riwne:UA Rivne:UA Luzk:UA Lutsk:UA Czernowitz:UA Chernivtsi:UA
Jekaterinburg:RU Yekaterinburg:RU Rostow am Don:RU Rostov-on-Don:RU Wolgograd:RU Volgograd:RU Samara:RU
Murmansk:RU Pskow:RU Pskov:RU Smolensk:RU Woronesch:RU Voronezh:RU Irkutsk:RU Krasnojarsk:RU Krasnoyarsk:RU
Omsk:RU Grosny:RU Grozny:RU Nischni Nowgorod:RU Nizhny Novgorod:RU Batumi:GE Kutaissi:GE Kutaisi:GE Gjumri:AM
Gyumri:AM Stepanakert:AZ Gandscha:AZ Ganja:AZ Samarkand:UZ Buchara:UZ Bukhara:UZ Osch:KG Osh:KG
Najaf:IQ Nadschaf:IQ Karbala:IQ Kerbela:IQ Fallujah:IQ Falludscha:IQ Ramadi:IQ Tikrit:IQ Sulaymaniyah:IQ
Sulaimanija:IQ Duhok:IQ Dohuk:IQ Hama:SY Daraa:SY Deraa:SY Quneitra:SY Qamishli:SY Kobane:SY Afrin:SY
Manbij:SY Manbidsch:SY Tartus:SY Baalbek:LB Eilat:IL Beersheba:IL Beerscheba:IL Ashkelon:IL Aschkelon:IL
Ashdod:IL Aschdod:IL Sderot:IL Nazareth:IL Tiberias:IL Bethlehem:PS Betlehem:PS Jericho:PS Tulkarem:PS
Tulkarm:PS Jenin:PS Dschenin:PS Deir al-Balah:PS Jabalia:PS Dschabalia:PS Beit Lahia:PS Beit Hanun:PS
Mashhad:IR Maschhad:IR Shiraz:IR Schiras:IR Qom:IR Ghom:IR Natanz:IR Fordow:IR Fordo:IR Bushehr:IR Buschehr:IR
Ahvaz:IR Ahwaz:IR Kerman:IR Zahedan:IR Abha:SA Dammam:SA Khobar:SA Tabuk:SA Taif:SA Dhahran:SA Yanbu:SA
Taiz:YE Taizz:YE Marib:YE Ma'rib:YE Hodeidah:YE Hudaida:YE Mukalla:YE Saada:YE Socotra:YE Sokotra:YE
Manama:BH Salalah:OM Sohar:OM Sharjah:AE Schardscha:AE Fujairah:AE Port Said:EG Suez:EG Luxor:EG Aswan:EG
Assuan:EG Ismailia:EG Sharm el-Sheikh:EG Scharm el-Scheich:EG El Arish:EG Al-Arisch:EG Giza:EG Gizeh:EG
Misrata:LY Sirte:LY Tobruk:LY Bengasi:LY Derna:LY Sfax:TN Sousse:TN Oran:DZ Marrakesch:MA Marrakech:MA
Fès:MA Fez:MA Tanger:MA Tangier:MA Agadir:MA Ceuta:ES Melilla:ES Laayoune:EH Goma:CD Bukavu:CD Kisangani:CD
Mekelle:ET Mekele:ET Gondar:ET Bahir Dar:ET Dire Dawa:ET Hargeisa:SO Kismayo:SO Baidoa:SO Berbera:SO
Kassala:SD Kadugli:SD El Obeid:SD Wad Madani:SD Atbara:SD El Geneina:SD Geneina:SD Malakal:SS Gulu:UG
Arusha:TZ Sansibar:TZ Zanzibar:TZ Kisumu:KE Eldoret:KE Maiduguri:NG Ibadan:NG Port Harcourt:NG Kaduna:NG
Kumasi:GH Gao:ML Kidal:ML Mopti:ML Zinder:NE Bobo-Dioulasso:BF Abidjan:CI Yamoussoukro:CI Freetown:SL
Bissau:GW Banjul:GM Cotonou:BJ Bulawayo:ZW Ndola:ZM Blantyre:MW Beira:MZ Guadalajara:MX Tijuana:MX
Ciudad Juárez:MX Culiacán:MX Acapulco:MX Cancún:MX Cartagena:CO Barranquilla:CO Maracaibo:VE Valparaíso:CL
Rosario:AR Mendoza:AR Brasília:BR Manaus:BR Belo Horizonte:BR Fortaleza:BR Curitiba:BR Cusco:PE Arequipa:PE
Cochabamba:BO Guantánamo:CU Port of Spain:TT Seattle:US San Diego:US Nashville:US New Orleans:US
Baltimore:US Pittsburgh:US Cleveland:US Cincinnati:US St. Louis:US Kansas City:US Salt Lake City:US
Sacramento:US Orlando:US Tampa:US Milwaukee:US Indianapolis:US Fairbanks:US Juneau:US Calgary:CA
Edmonton:CA Quebec City:CA Québec:CA Hobart:AU Port Moresby:PG Nouméa:FR Apia:WS Honiara:SB
Chengdu:CN Chongqing:CN Hangzhou:CN Nanjing:CN Nanking:CN Xiamen:CN Dalian:CN Qingdao:CN Lhasa:CN Urumqi:CN
Ürümqi:CN Kashgar:CN Kaschgar:CN Shenyang:CN Changsha:CN Zhengzhou:CN Kunming:CN Kaohsiung:TW Taichung:TW
Tainan:TW Kinmen:TW Daegu:KR Gwangju:KR Panmunjom:KR Kaesong:KP Sinuiju:KP Wonsan:KP Sendai:JP Naha:JP
Fukuoka:JP Kagoshima:JP Niigata:JP Cebu:PH Davao:PH Quezon City:PH Zamboanga:PH Marawi:PH Da Nang:VN
Haiphong:VN Bandung:ID Medan:ID Makassar:ID Yogyakarta:ID Denpasar:ID Putrajaya:MY Penang:MY Johor Bahru:MY
Kota Kinabalu:MY Kuching:MY Chiang Mai:TH Phuket:TH Pattaya:TH Naypyidaw:MM Naypyitaw:MM Sittwe:MM
Myitkyina:MM Siem Reap:KH Battambang:KH Luang Prabang:LA Pune:IN Lucknow:IN Jaipur:IN Patna:IN Kochi:IN
Chandigarh:IN Bhopal:IN Guwahati:IN Imphal:IN Gwadar:PK Abbottabad:PK Muzaffarabad:PK Gilgit:PK Skardu:PK
Bahawalpur:PK Kunduz:AF Ghazni:AF Sylhet:BD Khulna:BD Pokhara:NP Thimphu:BT Kandy:LK Trincomalee:LK
"""
# US states, named like cities: a place only where named as one ("wildfires in California"), not in a
# title ("California Gov. Gavin Newsom") or a party label ("a Texas Republican").  Georgia (also a
# country) and Washington (the capital) are left out.
_US_STATES = """
Alabama:US Alaska:US Arizona:US Arkansas:US California:US Kalifornien:US Colorado:US Connecticut:US Delaware:US
Florida:US Hawaii:US Idaho:US Illinois:US Indiana:US Iowa:US Kansas:US Kentucky:US Louisiana:US Maine:US
Maryland:US Massachusetts:US Michigan:US Minnesota:US Mississippi:US Missouri:US Montana:US Nebraska:US
Nevada:US New Hampshire:US New Jersey:US New Mexico:US North Carolina:US North Dakota:US Ohio:US Oklahoma:US
Oregon:US Pennsylvania:US Rhode Island:US South Carolina:US South Dakota:US Tennessee:US Texas:US Utah:US
Vermont:US Virginia:US West Virginia:US Wisconsin:US Wyoming:US
"""
# Regions, German Länder, Swiss cantons and UK nations: places wherever named, also as actors
# ("Eingebracht hatte den Antrag Nordrhein-Westfalen"); cities need a literal use.
_REGIONS = """
Baden-Württemberg:DE Bayern:DE Bavaria:DE Brandenburg:DE Bremen:DE Hessen:DE Hesse:DE Niedersachsen:DE
Lower Saxony:DE Mecklenburg-Vorpommern:DE Nordrhein-Westfalen:DE North Rhine-Westphalia:DE Rheinland-Pfalz:DE
Rhineland-Palatinate:DE Saarland:DE Sachsen:DE Saxony:DE Sachsen-Anhalt:DE Saxony-Anhalt:DE
Schleswig-Holstein:DE Thüringen:DE Thuringia:DE Aargau:CH Appenzell:CH Graubünden:CH Thurgau:CH Tessin:CH
Ticino:CH Waadt:CH Vaud:CH Wallis:CH Valais:CH Basel-Stadt:CH Basel-Landschaft:CH Baselland:CH Schwyz:CH
Obwalden:CH Nidwalden:CH Glarus:CH Uri:CH Jura:CH Schottland:GB Scotland:GB Wales:GB Nordirland:GB
Northern Ireland:GB Tirol:AT Tyrol:AT Vorarlberg:AT Kärnten:AT Carinthia:AT Steiermark:AT Styria:AT
Burgenland:AT Niederösterreich:AT Lower Austria:AT Oberösterreich:AT Upper Austria:AT Südtirol:IT
South Tyrol:IT Lombardei:IT Lombardy:IT Toskana:IT Tuscany:IT Andalusien:ES Andalusia:ES Katalonien:ES
Catalonia:ES Baskenland:ES Bretagne:FR Brittany:FR Normandie:FR Normandy:FR Elsass:FR Alsace:FR
Korsika:FR Corsica:FR Flandern:BE Flanders:BE Wallonien:BE Wallonia:BE
Quebec:CA Ontario:CA Alberta:CA Queensland:AU Xinjiang:CN Tibet:CN Kaschmir:IN Kashmir:IN
West Bengal:IN Westbengalen:IN Uttar Pradesh:IN Maharashtra:IN Bihar:IN Kerala:IN Tamil Nadu:IN Gujarat:IN
Rajasthan:IN Assam:IN Manipur:IN Sikkim:IN Odisha:IN Karnataka:IN Telangana:IN Andhra Pradesh:IN
Madhya Pradesh:IN New South Wales:AU Neusüdwales:AU Western Australia:AU Westaustralien:AU South Australia:AU
Südaustralien:AU Tasmania:AU Tasmanien:AU Northern Territory:AU Nordterritorium:AU British Columbia:CA
Britisch-Kolumbien:CA Manitoba:CA Saskatchewan:CA Nova Scotia:CA Neuschottland:CA
"""
_DE_ONLY = """
Jerewan:AM Eriwan:AM Tiflis:GE Kiew:UA Moskau:RU Peking:CN Neu-Delhi:IN Teheran:IR Riad:SA Kairo:EG
Damaskus:SY Bagdad:IQ Warschau:PL Prag:CZ Rom:IT Lissabon:PT Brüssel:BE Genf:CH Mailand:IT Venedig:IT
Kopenhagen:DK Athen:GR Bukarest:RO Belgrad:RS Sofia:BG Wilna:LT Reval:EE Pressburg:SK Lemberg:UA
"""
_EN_ONLY = """
Yerevan:AM Tbilisi:GE Kyiv:UA Moscow:RU Beijing:CN New Delhi:IN Tehran:IR Riyadh:SA Cairo:EG Damascus:SY
Baghdad:IQ Warsaw:PL Prague:CZ Rome:IT Lisbon:PT Brussels:BE Geneva:CH Milan:IT Venice:IT Copenhagen:DK
Athens:GR Bucharest:RO Belgrade:RS Florence:IT Munich:DE Cologne:DE Khartoum:SD Tripoli:LY Bangkok:TH
"""

# National capitals the lists above lacked (general knowledge): named as a location they are places
# ("Die Gespräche hatten in Caracas begonnen"); left out: capitals that are common given names or surnames
# (Victoria, Kingston, Moroni, Sucre, Georgetown, Nassau) and the city-states, which are countries too.
_CAPITALS_SHARED = """
Algier:DZ Algiers:DZ Andorra la Vella:AD Bridgetown:BB Belmopan:BZ Porto-Novo:BJ Bandar Seri Begawan:BN Gitega:BI
Praia:CV Roseau:DM Malabo:GQ Mbabane:SZ Maseru:LS Vaduz:LI Antananarivo:MG Malé:MV Valletta:MT Majuro:MH
Port Louis:MU Port Vila:VU Tórshavn:FO Canberra:AU Manila:PH Hanoi:VN Brasilia:BR Santiago de Chile:CL
"""
_CAPITALS_DE = """
Havanna:CU Caracas:VE Bangkok:TH Jaunde:CM Dschibuti:DJ Guatemala-Stadt:GT Kuwait-Stadt:KW Bischkek:KG
Mexiko-Stadt:MX Pjöngjang:KP Panama-Stadt:PA Kapstadt:ZA Duschanbe:TJ Daressalam:TZ Aschgabat:TM Suchumi:GE
Zchinwali:GE
"""
# More cities that news names (general knowledge), spelt alike or in both languages' forms; left out: names that
# are common words, given names or surnames in either language (Nancy, Regina, Hamilton, Halle, Zug, Van, Hof).
_MORE_CITIES = """
Wau:SS Bentiu:SS Garowe:SO Bosaso:SO Kananga:CD Mbuji-Mayi:CD Bunia:CD Butembo:CD Kolwezi:CD Douala:CM
Bamenda:CM Pointe-Noire:CG Tamale:GH Takoradi:GH Sokoto:NG Enugu:NG Zaria:NG Katsina:NG Maradi:NE Tahoua:NE
Diffa:NE Ségou:ML Sikasso:ML Broome:AU Townsville:AU Cairns:AU Geelong:AU Christchurch:NZ Dunedin:NZ
Varanasi:IN Nagpur:IN Visakhapatnam:IN Thiruvananthapuram:IN Cúcuta:CO Bucaramanga:CO El Alto:BO Iquitos:PE
Puebla:MX Chihuahua:MX Hermosillo:MX Mexicali:MX Reynosa:MX Matamoros:MX Nuevo Laredo:MX
San Antonio:US Jacksonville:US Memphis:US Louisville:US Albuquerque:US Tucson:US
El Paso:US Omaha:US Des Moines:US Boise:US Oakland:US Newark:US Halifax:CA Saskatoon:CA Hsinchu:TW Keelung:TW
Hualien:TW Zhuhai:CN Fuzhou:CN Ningbo:CN Suzhou:CN Wenzhou:CN Hefei:CN Jinan:CN Lanzhou:CN Nanning:CN Haikou:CN
Iloilo:PH Baguio:PH Semarang:ID Palembang:ID Batam:ID Manado:ID Ambon:ID Kupang:ID Jayapura:ID Ipoh:MY
Lashio:MM Myawaddy:MM Mawlamyine:MM Hat Yai:TH Khon Kaen:TH Rajshahi:BD Hasakah:SY Jableh:SY
Suwayda:SY Sweida:SY Nuseirat:PS Nabatieh:LB Zahle:LB Sinjar:IQ Samarra:IQ Baqubah:IQ Nasiriyah:IQ
Kermanshah:IR Rasht:IR Yazd:IR Chabahar:IR Izmir:TR Bursa:TR Gaziantep:TR Diyarbakır:TR Diyarbakir:TR
Adana:TR Konya:TR Trabzon:TR Mersin:TR Antakya:TR Şanlıurfa:TR Khujand:TJ Karaganda:KZ Shymkent:KZ Aktau:KZ
Atyrau:KZ Tver:RU Rjasan:RU Ryazan:RU Saratow:RU Saratov:RU Ufa:RU Tscheljabinsk:RU
Chelyabinsk:RU Tomsk:RU Chabarowsk:RU Khabarovsk:RU Jakutsk:RU Yakutsk:RU Magadan:RU Archangelsk:RU
Arkhangelsk:RU Seweromorsk:RU Severomorsk:RU Noworossijsk:RU Novorossiysk:RU Tuapse:RU Jalta:UA Yalta:UA
Kertsch:UA Kerch:UA Simferopol:UA Feodossija:UA Feodosia:UA Isjum:UA Izium:UA Torezk:UA Toretsk:UA
Tschassiw Jar:UA Chasiv Yar:UA Wuhledar:UA Vuhledar:UA Kostjantyniwka:UA Kostiantynivka:UA Huljajpole:UA
Huliaipole:UA Orichiw:UA Orikhiv:UA Nikopol:UA Enerhodar:UA Butscha:UA Bucha:UA Irpin:UA Hostomel:UA
Kassel:DE Darmstadt:DE Heilbronn:DE Göttingen:DE Flensburg:DE Wilhelmshaven:DE
Bremerhaven:DE Cuxhaven:DE Greifswald:DE Neubrandenburg:DE Zwickau:DE Plauen:DE Bautzen:DE
Detmold:DE Lemgo:DE Dornbirn:AT Leoben:AT Steyr:AT Kufstein:AT Lienz:AT Thun:CH Biel:CH Bellinzona:CH
Le Mans:FR Caen:FR Amiens:FR Limoges:FR Clermont-Ferrand:FR Besançon:FR Mulhouse:FR Colmar:FR Bayonne:FR
Biarritz:FR Forbach:FR Saarlouis:DE
"""
_CAPITALS_EN = """
Guatemala City:GT Nuku'alofa:TO Sukhumi:GE Tskhinvali:GE
"""


def _parse(block: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for line in block.strip().splitlines():
        for entry in re.findall(r"([^:]+?):([A-Z]{2})(?:\s|$)", line.strip() + " "):
            result[entry[0].strip()] = entry[1]
    return result


SHARED: dict[str, str] = {**_parse(_SHARED), **_parse(_MORE), **_parse(_US_STATES), **_parse(_CAPITALS_SHARED),
                         **_parse(_MORE_CITIES)}
REGIONS: dict[str, str] = _parse(_REGIONS)
US_STATES: dict[str, str] = _parse(_US_STATES)
DE_ONLY: dict[str, str] = {**_parse(_DE_ONLY), **_parse(_CAPITALS_DE)}
EN_ONLY: dict[str, str] = {**_parse(_EN_ONLY), **_parse(_CAPITALS_EN)}
# Every state's seat of government (lang/states.py) the lists above lack: "Funafuti", "Basseterre", „Dakka“.
DE_ONLY.update({city: code for city, code in states.CAPITALS_DE.items() if city not in SHARED and city not in DE_ONLY})
EN_ONLY.update({city: code for city, code in states.CAPITALS_EN.items() if city not in SHARED and city not in EN_ONLY})

# National capitals, as German and English news write them: named together ("zwischen Washington und
# Pjöngjang") or after "recognise", "critic of", they stand for their governments (CONVENTIONS §6).
CAPITALS: frozenset[str] = frozenset("""
Washington Moskau Moscow Peking Beijing Pjöngjang Pyongyang Seoul Tokio Tokyo Kiew Kyiv Berlin Paris London
Teheran Tehran Taipeh Taipei Ankara Jerusalem Caracas Havanna Havana Ottawa Canberra Delhi Neu-Delhi
New Delhi Islamabad Kabul Riad Riyadh Kairo Cairo Damaskus Damascus Bagdad Baghdad Beirut Minsk Warschau
Warsaw Budapest Prag Prague Wien Vienna Rom Rome Madrid Brüssel Brussels Manila Hanoi Bangkok Jakarta
""".split())
# City-states: a country name that is also a place ("in Singapur").
CITY_STATES: frozenset[str] = frozenset("Singapur Singapore Monaco Vatikanstadt Vatican Luxemburg Luxembourg".split())
# Of those, capitals that are cities inside a larger state of their name: named as a location they are the city
# ("die EU-Minister beraten in Luxemburg"), not the state; a city-state proper is its state wherever named.
CITY_NAMESAKES: frozenset[str] = frozenset({"Luxemburg", "Luxembourg"})
# Mountain passes named bare ("über den Brenner", „am Gotthard“): places only after a preposition of
# location, since some are surnames too ("sagte Brenner").
MOUNTAIN_PASSES: tuple[str, ...] = ("Brenner", "Gotthard", "Simplon", "San Bernardino", "Großglockner",
                                    "Arlberg", "Fernpass", "Reschenpass", "Splügen", "Furka", "Grimsel",
                                    "Julier", "Maloja", "Mont Blanc", "Mont-Cenis", "Khyber")
# Regions of the gazetteer that have no government of their own to stand for: places wherever named
# ("since Azerbaijan retook Nagorno-Karabakh"), unlike cities, which need a literal use ("Moscow said").
TERRITORIES: frozenset[str] = frozenset({
    "Darfur", "Kordofan", "Tigray", "Amhara", "Kashmir", "Kaschmir", "Punjab", "Balochistan", "Belutschistan",
    "Sindh", "Xinjiang", "Tibet", "Golan", "Golanhöhen", "Golan Heights", "Sinai", "Bergkarabach",
    "Nagorno-Karabakh", "Nachitschewan", "Nakhchivan", "Abchasien", "Abkhazia", "Südossetien", "South Ossetia",
    "Svalbard", "Spitzbergen", "Lappland", "Lapland", "Karelien", "Karelia", "Sibirien", "Siberia",
    "Tschetschenien", "Chechnya", "Dagestan", "Gazastreifen", "Westjordanland", "Mindanao", "Rakhine",
})
# Rivers that news names as locations („an der Donau“, "along the Danube"); only where an article or a
# preposition stands before them, since several are words or surnames too.  Left out: names that are
# countries, cities or common words in either language (Jordan, Kongo, Main, Don, Inn, Po, Save, Ob, Lena).
RIVERS_DE: frozenset[str] = frozenset("""
Donau Rhein Elbe Oder Neiße Weichsel Dnipro Dnjepr Dnister Dnjestr Wolga Nil Euphrat Tigris Mekong Jangtse
Amur Syrdarja Amudarja Indus Ganges Brahmaputra Sambesi Seine Themse Tiber Mosel Drina Prut Memel Theiß Loire
Rhône Ebro Limpopo Orinoko Donez Weser Saale Spree Isar Lech Salzach Drau Mur Aare Limmat Reuss Adria Ägäis
""".split())
RIVERS_EN: frozenset[str] = frozenset("""
Danube Rhine Elbe Oder Vistula Dnipro Dnieper Dniester Volga Nile Euphrates Tigris Mekong Yangtze Amur Indus
Ganges Brahmaputra Zambezi Seine Thames Tiber Moselle Drina Prut Neman Tisza Loire Rhone Ebro Limpopo Orinoco
Donets Yalu Irrawaddy Salween Helmand Sava Narew
""".split()) | {"Rio Grande", "Syr Darya", "Amu Darya", "Southern Bug"}
# Nouns of a response, a view or a relation before the preposition that names a city: „die Antwort aus Brüssel“,
# „nach Angaben aus Jerewan“, „die Partner in Brüssel“, "pressure from Beijing" — the city's government or the
# body seated there answers, sees or partners, the city is named as no location (CONVENTIONS §6).
GOVERNMENT_VIEW_NOUNS: frozenset[str] = frozenset("""
Antwort Antworten Reaktion Reaktionen Kritik Signal Signale Signalen Angaben Lesart Sicht Partner Partnern
Stimmen Kreisen Kniefall Druck Zustimmung Ablehnung Warnung Warnungen Vorwürfe Botschaft Einwände Widerstand
Zusage Zusagen Forderung Forderungen Drohung Drohungen Rückendeckung Unterstützung Veto
response responses reaction reactions criticism pressure signal signals approval objections resistance
backing veto threats demands word
""".split())
# Nouns of a relation between two sides: "a ceasefire between Kinshasa and the M23", „Gespräche zwischen Belgrad
# und Pristina“ — the sides are governments and the groups they deal with, no locations.
SIDES_NOUNS: frozenset[str] = frozenset("""
ceasefire truce deal agreement talks dialogue negotiations conflict dispute tensions relations rift war
Waffenruhe Waffenstillstand Abkommen Gespräche Gesprächen Verhandlungen Einigung Dialog Streit Konflikt
Spannungen Beziehungen Krieg Annäherung
""".split())
# Regions of no single state that news names as locations ("in the Sahel", „im Südkaukasus“, „in der Romandie“):
# places only after a preposition of location („die EU-Sonderbeauftragte für den Südkaukasus“ names a remit).
NAMED_REGIONS: frozenset[str] = frozenset({
    "Sahel", "Südkaukasus", "South Caucasus", "Kaukasus", "Caucasus", "Romandie", "Deutschschweiz", "Westbalkan",
    "Western Balkans", "Donbass", "Donbas", "Kivus", "Kivu", "Sahelzone", "Maghreb", "Levante", "Levant",
    "Horn of Africa", "Horn von Afrika",
})
# Words that make the capital after "to" an addressee, not a destination: "outsourcing its policy to London",
# "a letter to Beijing", "deferring to Washington" — the government receives, no one goes there (CONVENTIONS §6).
ADDRESSEE_CUES_EN: frozenset[str] = frozenset("""
outsource outsources outsourced outsourcing defer defers deferred deferring cede cedes ceded ceding
concession concessions overture overtures message messages letter letters appeal appeals appealed appealing
complaint complaints complain complained protest protests protested démarche ultimatum note reply replies replied
loyal loyalty allegiance beholden answerable kowtow kowtows kowtowed kowtowing capitulate capitulated capitulation
surrender surrendered subservient subservience signal signals signalled signaled warning warnings
turn turns turned turning pivot pivots pivoted gesture gestures offer offers proposal proposals request requests
""".split())
# Words between the cue and "to" that start another act: "a letter before he flew to London" names a trip.
ADDRESSEE_BREAKS_EN: frozenset[str] = frozenset("""
he she they we i it who which that and or but fly flew flown flies travel travelled traveled travels return returned
returns go goes went gone come came move moved head headed heads drive drove sail sailed send sent deliver delivered
trip trips visit visits visited journey move moving flight flights
""".split())
# Nouns of a government's act after a city's possessive: "reeling from Beijing's decision", "at Moscow's request"
# — the city's government decided or asked; the preposition governs the act, the city is named as no location.
GOVERNMENT_ACT_NOUNS_EN: frozenset[str] = frozenset("""
decision decisions policy policies move moves request requests demand demands tariff tariffs sanctions ban
crackdown refusal insistence position stance offer announcement approval objection objections veto response
reaction pressure order orders
""".split())
