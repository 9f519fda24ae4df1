"""A gazetteer of cities and regions that news names, with their country (data only).

Both languages share the names that are spelt alike; ``DE_ONLY`` and
``EN_ONLY`` hold the spellings one language uses.  Whether a mention is a
place of the news or a government ("Moskau erklärte") is the entities
stage's decision, not this list's.
"""

from __future__ import annotations

import re

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
Zaragoza:ES Dschidda:SA Jeddah:SA Mekka:SA Medina:SA Al-Faschir:SD El Fasher:SD Pahalgam:IN Antalya:TR
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


def _parse(block: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for line in block.strip().splitlines():
        for entry in re.findall(r"([^:]+?):([A-Z]{2})(?:\s|$)", line.strip() + " "):
            result[entry[0].strip()] = entry[1]
    return result


SHARED: dict[str, str] = _parse(_SHARED)
DE_ONLY: dict[str, str] = _parse(_DE_ONLY)
EN_ONLY: dict[str, str] = _parse(_EN_ONLY)
