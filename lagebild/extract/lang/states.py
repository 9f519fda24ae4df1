"""The world's states, one row each, in English and German (data only; general knowledge, written for this project).

Every sovereign state (and the territories news names as actors) with what the two languages write for it beyond
Babel's territory names (which ``countries`` reads for every state): the English adjective (and the people's word
that news also uses as one: "Batswana voters", "Bajan"), the German adjective's stem (endings -e/-en/-er/-es/-em
follow: „botsuanisch“ → „der botsuanische Präsident“), short names that news writes for the state ("PNG",
"East Timor", „Osttimor“) and the seat of its government as news writes it in each language.  ``countries``,
``placenames`` and the context rules merge these under their own lists: an entry they already hold wins, so this
table only fills gaps.

Left out on purpose, because the word means something else as often as the state: regional adjectives
("Central African", "Micronesian", „zentralafrikanisch“, „mikronesisch“), adjectives that are idioms
(„salomonisch“: „eine salomonische Lösung“ is a wise one), language names ("English", „englisch“), "Korea"
alone, "the Solomons" (read in a quote, it made the Solomon Islands a party to events told beside it), and
capitals that are common given names, surnames or words, or that name cities in other states too
(Victoria, Kingston, Georgetown, Nassau, Castries, Moroni, Sucre, St John's, St George's, San Juan).
"""

from __future__ import annotations

# CODE | English adjectives | German adjective stems | English short names | German short names |
# English capital(s) | German capital(s) (blank: as in English); an indented line continues the row above.
_TABLE = """
AD | Andorran | andorranisch | | | Andorra la Vella |
AE | Emirati | emiratisch | UAE, United Arab Emirates | VAE | Abu Dhabi | Abu Dhabi
AF | Afghan | afghanisch | | | Kabul |
AG | Antiguan, Barbudan | antiguanisch | Antigua and Barbuda, Antigua | Antigua und Barbuda, Antigua | |
AL | Albanian | albanisch | | | Tirana |
AM | Armenian | armenisch | | | Yerevan | Eriwan, Jerewan
AO | Angolan | angolanisch | | | Luanda |
AR | Argentine, Argentinian | argentinisch | | | Buenos Aires |
AT | Austrian | österreichisch | | | Vienna | Wien
AU | Australian | australisch | | | Canberra |
AZ | Azerbaijani, Azeri | aserbaidschanisch | | | Baku |
BA | Bosnian | bosnisch | Bosnia and Herzegovina, Bosnia-Herzegovina, Bosnia | Bosnien-Herzegowina, Bosnien | Sarajevo |
BB | Barbadian, Bajan | barbadisch | | | Bridgetown |
BD | Bangladeshi | bangladeschisch | | | Dhaka | Dhaka, Dakka
BE | Belgian | belgisch | | | Brussels | Brüssel
BF | Burkinabe, Burkinabè | burkinisch | Burkina | | Ouagadougou |
BG | Bulgarian | bulgarisch | | | Sofia |
BH | Bahraini | bahrainisch | | | Manama |
BI | Burundian | burundisch | | | Gitega, Bujumbura |
BJ | Beninese | beninisch | | | Porto-Novo, Cotonou |
BN | Bruneian | bruneiisch | Brunei Darussalam | Brunei | Bandar Seri Begawan |
BO | Bolivian | bolivianisch | | | La Paz |
BR | Brazilian | brasilianisch | | | Brasilia, Brasília |
BS | Bahamian | bahamaisch | The Bahamas | | |
BT | Bhutanese | bhutanisch | | | Thimphu |
BW | Botswanan, Motswana, Batswana | botsuanisch, botswanisch | | Botswana | Gaborone |
BY | Belarusian, Belarussian | belarussisch, weißrussisch | | | Minsk |
BZ | Belizean | belizisch | | | Belmopan |
CA | Canadian | kanadisch | | | Ottawa |
CD | Congolese | kongolesisch | Democratic Republic of Congo, Democratic Republic of the Congo, DR Congo, DRC
    | Demokratische Republik Kongo, DR Kongo | Kinshasa |
CG | | | Republic of Congo, Republic of the Congo, Congo-Brazzaville | Republik Kongo | Brazzaville |
CH | Swiss | schweizerisch, eidgenössisch | Switzerland | Schweiz | Bern | Bern
CI | Ivorian | ivorisch | Ivory Coast, Côte d'Ivoire, Cote d'Ivoire | Elfenbeinküste, Côte d'Ivoire
    | Yamoussoukro, Abidjan |
CL | Chilean | chilenisch | | | Santiago |
CM | Cameroonian | kamerunisch | | | Yaoundé, Yaounde | Jaunde
CN | Chinese | chinesisch | | | Beijing | Peking
CO | Colombian | kolumbianisch | | | Bogotá, Bogota |
CR | Costa Rican | costa-ricanisch, costaricanisch | | | San José |
CU | Cuban | kubanisch | | | Havana | Havanna
CV | Cape Verdean, Cabo Verdean | kapverdisch | Cabo Verde | Kap Verde, Kapverden | Praia |
CY | Cypriot | zyprisch, zypriotisch | | | Nicosia | Nikosia
CZ | Czech | tschechisch | Czech Republic | Tschechische Republik | Prague | Prag
DE | German | deutsch, bundesdeutsch | | | Berlin |
DJ | Djiboutian | dschibutisch | | | Djibouti | Dschibuti
DK | Danish | dänisch | | | Copenhagen | Kopenhagen
DM | | | | | Roseau |
DO | Dominican | dominikanisch | | | Santo Domingo |
DZ | Algerian | algerisch | | | Algiers | Algier
EC | Ecuadorian, Ecuadorean | ecuadorianisch | | | Quito |
EE | Estonian | estnisch, estländisch | | | Tallinn |
EG | Egyptian | ägyptisch | | | Cairo | Kairo
ER | Eritrean | eritreisch | | | Asmara |
ES | Spanish | spanisch | | | Madrid |
ET | Ethiopian | äthiopisch | | | Addis Ababa | Addis Abeba
FI | Finnish | finnisch | | | Helsinki |
FJ | Fijian | fidschianisch | | Fidschi-Inseln | Suva |
FM | | | Federated States of Micronesia | Föderierte Staaten von Mikronesien | |
FR | French | französisch | | | Paris |
GA | Gabonese | gabunisch | | | Libreville |
GB | British, Northern Irish | britisch, nordirisch | | | London |
GD | Grenadian | grenadisch | | | |
GE | Georgian | georgisch | | | Tbilisi | Tiflis
GH | Ghanaian | ghanaisch | | | Accra |
GM | Gambian | gambisch | The Gambia | | Banjul |
GN | Guinean | guineisch | | | Conakry |
GQ | Equatorial Guinean, Equatoguinean | äquatorialguineisch | | | Malabo |
GR | Greek | griechisch | | | Athens | Athen
GT | Guatemalan | guatemaltekisch | | | Guatemala City | Guatemala-Stadt
GW | Bissau-Guinean | guinea-bissauisch | Guinea Bissau | | Bissau |
GY | Guyanese | guyanisch | | | |
HN | Honduran | honduranisch | | | Tegucigalpa |
HR | Croatian | kroatisch | | | Zagreb |
HT | Haitian | haitianisch | | | Port-au-Prince |
HU | Hungarian | ungarisch | | | Budapest |
ID | Indonesian | indonesisch | | | Jakarta |
IE | Irish | irisch | | | Dublin |
IL | Israeli | israelisch | | | Jerusalem |
IN | Indian | indisch | | | New Delhi | Neu-Delhi
IQ | Iraqi | irakisch | | | Baghdad | Bagdad
IR | Iranian | iranisch | | | Tehran | Teheran
IS | Icelandic | isländisch | | | Reykjavik, Reykjavík |
IT | Italian | italienisch | | | Rome | Rom
JM | Jamaican | jamaikanisch | | | |
JO | Jordanian | jordanisch | | | Amman |
JP | Japanese | japanisch | | | Tokyo | Tokio
KE | Kenyan | kenianisch | | | Nairobi |
KG | Kyrgyz, Kyrgyzstani | kirgisisch | | Kirgisistan | Bishkek | Bischkek
KH | Cambodian | kambodschanisch | | | Phnom Penh |
KI | I-Kiribati | kiribatisch | | | Tarawa |
KM | Comorian | komorisch | | | |
KN | Kittitian, Nevisian | | St Kitts and Nevis, Saint Kitts and Nevis, St Kitts | St. Kitts, St. Kitts und Nevis
    | Basseterre |
KP | North Korean | nordkoreanisch | DPRK | | Pyongyang | Pjöngjang
KR | South Korean | südkoreanisch | Republic of Korea | Republik Korea | Seoul |
KW | Kuwaiti | kuwaitisch | | | Kuwait City | Kuwait-Stadt
KZ | Kazakh, Kazakhstani | kasachisch | | | Astana |
LA | Laotian, Lao | laotisch | | | Vientiane |
LB | Lebanese | libanesisch | | | Beirut |
LC | Saint Lucian, St Lucian | | | | |
LI | Liechtensteiner | liechtensteinisch | | | Vaduz |
LK | Sri Lankan | sri-lankisch, srilankisch | | | Colombo |
LR | Liberian | liberianisch | | | Monrovia |
LS | Basotho, Mosotho | lesothisch | | | Maseru |
LT | Lithuanian | litauisch | | | Vilnius |
LU | Luxembourgish, Luxembourger | luxemburgisch | | | |
LV | Latvian | lettisch, lettländisch | | | Riga |
LY | Libyan | libysch | | | Tripoli | Tripolis
MA | Moroccan | marokkanisch | | | Rabat |
MC | Monegasque, Monégasque | monegassisch | | | |
MD | Moldovan | moldauisch, moldawisch | | | Chisinau, Chișinău | Chisinau, Chișinău
ME | Montenegrin | montenegrinisch | | | Podgorica |
MG | Malagasy | madagassisch | | | Antananarivo |
MH | Marshallese | marshallisch | | | Majuro |
MK | Macedonian, North Macedonian | nordmazedonisch, mazedonisch | Macedonia | Mazedonien | Skopje |
ML | Malian | malisch | | | Bamako |
MM | Burmese, Myanmar | myanmarisch, birmanisch, burmesisch | | | Naypyidaw, Naypyitaw | Naypyidaw
MN | Mongolian | mongolisch | | | Ulaanbaatar, Ulan Bator | Ulan Bator
MR | Mauritanian | mauretanisch | | | Nouakchott |
MT | Maltese | maltesisch | | | Valletta |
MU | Mauritian | mauritisch | | | Port Louis |
MV | Maldivian | maledivisch | | | Malé |
MW | Malawian | malawisch | | | Lilongwe |
MX | Mexican | mexikanisch | | | Mexico City | Mexiko-Stadt
MY | Malaysian | malaysisch | | | Kuala Lumpur, Putrajaya |
MZ | Mozambican | mosambikanisch | | | Maputo |
NA | Namibian | namibisch | | | Windhoek |
NE | Nigerien | nigrisch | | | Niamey |
NG | Nigerian | nigerianisch | | | Abuja |
NI | Nicaraguan | nicaraguanisch | | | Managua |
NL | Dutch | niederländisch, holländisch | the Netherlands, Holland | Holland | The Hague, Amsterdam
    | Den Haag, Amsterdam
NO | Norwegian | norwegisch | | | Oslo |
NP | Nepali, Nepalese | nepalesisch | | | Kathmandu |
NR | Nauruan | nauruisch | | | |
NZ | New Zealand | neuseeländisch | | | Wellington |
OM | Omani | omanisch | | | Muscat | Maskat
PA | Panamanian | panamaisch, panamesisch | | | Panama City | Panama-Stadt
PE | Peruvian | peruanisch | | | Lima |
PG | Papua New Guinean | papua-neuguineisch | PNG | PNG, Papua Neuguinea | Port Moresby |
PH | Filipino, Philippine | philippinisch | | | Manila |
PK | Pakistani | pakistanisch | | | Islamabad |
PL | Polish | polnisch | | | Warsaw | Warschau
PS | Palestinian | palästinensisch | Palestine | Palästina | Ramallah |
PT | Portuguese | portugiesisch | | | Lisbon | Lissabon
PW | Palauan | palauisch | | | Ngerulmud |
PY | Paraguayan | paraguayisch | | | Asunción, Asuncion |
QA | Qatari | katarisch | | | Doha |
RO | Romanian | rumänisch | | | Bucharest | Bukarest
RS | Serbian | serbisch | | | Belgrade | Belgrad
RU | Russian | russisch | | | Moscow | Moskau
RW | Rwandan | ruandisch | | | Kigali |
SA | Saudi, Saudi Arabian | saudisch, saudi-arabisch, saudiarabisch | | | Riyadh | Riad
SB | Solomon Islander | | | Salomoninseln, Salomon-Inseln | Honiara |
SC | Seychellois | seychellisch | | | |
SD | Sudanese | sudanesisch | | | Khartoum, Port Sudan | Khartum, Port Sudan
SE | Swedish | schwedisch | | | Stockholm |
SG | Singaporean | singapurisch | | | |
SI | Slovenian, Slovene | slowenisch | | | Ljubljana |
SK | Slovak, Slovakian | slowakisch | | | Bratislava |
SL | Sierra Leonean | sierra-leonisch, sierraleonisch | | | Freetown |
SM | Sammarinese | san-marinesisch | | | |
SN | Senegalese | senegalesisch | | | Dakar |
SO | Somali, Somalian | somalisch | | | Mogadishu | Mogadischu
SR | Surinamese | surinamisch | | | Paramaribo |
SS | South Sudanese | südsudanesisch | | | Juba |
ST | Santomean | santomeisch | São Tomé and Príncipe, Sao Tome and Principe | São Tomé und Príncipe | |
SV | Salvadoran, Salvadorean | salvadorianisch, salvadorenisch | | | San Salvador |
SY | Syrian | syrisch | | | Damascus | Damaskus
SZ | Swazi | swasiländisch, eswatinisch | Swaziland | Swasiland | Mbabane, Lobamba |
TD | Chadian | tschadisch | | | N'Djamena |
TG | Togolese | togoisch, togolesisch | | | Lomé, Lome |
TH | Thai | thailändisch | | | Bangkok |
TJ | Tajik, Tajikistani | tadschikisch | | | Dushanbe | Duschanbe
TL | Timorese, East Timorese | osttimoresisch, timoresisch | East Timor, Timor Leste | Osttimor | Dili |
TM | Turkmen | turkmenisch | | | Ashgabat | Aschgabat
TN | Tunisian | tunesisch | | | Tunis |
TO | Tongan | tongaisch, tongalesisch | | | Nuku'alofa |
TR | Turkish | türkisch | Turkey, Türkiye, Turkiye | Türkei | Ankara |
TT | Trinidadian, Tobagonian | trinidadisch | Trinidad and Tobago, Trinidad | Trinidad und Tobago, Trinidad
    | Port of Spain |
TV | Tuvaluan | tuvaluisch | | | Funafuti |
TW | Taiwanese | taiwanisch | | | Taipei | Taipeh
TZ | Tanzanian | tansanisch | | | Dodoma, Dar es Salaam | Dodoma, Daressalam
UA | Ukrainian | ukrainisch | | | Kyiv, Kiev | Kiew
UG | Ugandan | ugandisch | | | Kampala |
US | American | amerikanisch, us-amerikanisch | | | Washington |
UY | Uruguayan | uruguayisch | | | Montevideo |
UZ | Uzbek, Uzbekistani | usbekisch | | | Tashkent | Taschkent
VA | | vatikanisch | Holy See, Vatican | Vatikan, Heiliger Stuhl | |
VC | Vincentian | | St Vincent and the Grenadines, Saint Vincent and the Grenadines, St Vincent | St. Vincent
    | Kingstown |
VE | Venezuelan | venezolanisch, venezuelanisch | | | Caracas |
VN | Vietnamese | vietnamesisch | | | Hanoi |
VU | Vanuatuan, Ni-Vanuatu | vanuatuisch | | | Port Vila |
WS | Samoan | samoanisch | | | Apia |
XK | Kosovan, Kosovar | kosovarisch | Kosovo | Kosovo | Pristina | Pristina, Priština
YE | Yemeni | jemenitisch | | | Sanaa, Sana'a, Aden |
ZA | South African | südafrikanisch | | | Pretoria, Cape Town | Pretoria, Kapstadt
ZM | Zambian | sambisch | | | Lusaka |
ZW | Zimbabwean | simbabwisch | | Zimbabwe | Harare |
FO | Faroese | färöisch | Faroes | Färöer | Tórshavn |
GL | Greenlandic | grönländisch | | | Nuuk |
PR | Puerto Rican | puerto-ricanisch | | | |
NC | New Caledonian | neukaledonisch | | | |
"""


def _cells(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(",") if part.strip())


def _rows() -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...],
                          tuple[str, ...], tuple[str, ...]]]:
    rows = []
    for line in _TABLE.strip().replace("\n    |", " |").splitlines():
        code, en_adj, de_adj, en_names, de_names, en_capitals, de_capitals = (c.strip() for c in line.split("|"))
        rows.append((code, _cells(en_adj), _cells(de_adj), _cells(en_names), _cells(de_names), _cells(en_capitals),
                     _cells(de_capitals) or _cells(en_capitals)))
    return rows


_ROWS = _rows()
# English adjective -> code ("Belizean", "Batswana"), German adjective stem -> code („botsuanisch“).
DEMONYMS_EN: dict[str, str] = {adj: row[0] for row in _ROWS for adj in row[1]}
DEMONYMS_DE: dict[str, str] = {stem: row[0] for row in _ROWS for stem in row[2]}
# Short names beyond Babel's territory names ("PNG", "East Timor", „Osttimor“).
NAMES_EN: dict[str, str] = {name: row[0] for row in _ROWS for name in row[3]}
NAMES_DE: dict[str, str] = {name: row[0] for row in _ROWS for name in row[4]}
# Seats of government as each language writes them ("Honiara", "Gaborone", „Kiew“).
CAPITALS_EN: dict[str, str] = {city: row[0] for row in _ROWS for city in row[5]}
CAPITALS_DE: dict[str, str] = {city: row[0] for row in _ROWS for city in row[6]}

# Heads of state that are no "President": the monarchies (with the title a paper gives its own monarch bare) and
# the republics whose own head a paper of theirs names by another title (Germany's, Austria's and Switzerland's
# „Bundespräsident“, Samoa's head of state, the Holy See, Andorra's co-princes).  Every other state's paper names
# its own president bare ("President X"): there a bare "President" is the home state's as much as "Prime Minister".
HEADS_OF_STATE: dict[str, frozenset[str]] = {
    **{code: frozenset({"king", "queen", "könig", "königin"}) for code in
       "GB CA AU NZ JM BS BZ AG KN LC VC GD PG SB TV NL BE ES SE NO DK TH KH BT JP SA JO MA BH MY SZ LS TO".split()},
    **{code: frozenset({"emir"}) for code in "QA KW".split()},
    **{code: frozenset({"sultan"}) for code in "OM BN".split()},
    **{code: frozenset({"prince", "fürst"}) for code in "LI MC".split()},
    **{code: frozenset() for code in "DE AT CH WS VA AD LU AE".split()},
}
