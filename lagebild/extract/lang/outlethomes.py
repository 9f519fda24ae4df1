"""Words in an outlet's name that tell its home state (data only; general knowledge, written for this project).

A regional paper is named after its landscape, river or region more often than after a city ("Münsterländer
Tageszeitung", "Salzkammergut Rundschau", "The Kilimanjaro Standard", "Highveld Daily"); German names also
use a place's adjective in -er („Aargauer“, „Tiroler“, „Südtiroler“), which ``homeoffices`` reads from the
gazetteer and ``domestic.LAND_ADJECTIVES``. Only names that lie in one state: no shared lakes, rivers or
mountains (Bodensee, Rhein, Donau, Mosel, Alpen, Kalahari, Punjab, Himalaya), no compass words alone, no names of a
region in one state and a city in another or a word besides (Baden, Canterbury, Kimberley, Natal, Seeland, Mark,
Kent).
"""

from __future__ import annotations

import re


def _parse(block: str) -> dict[str, str]:
    return {name.strip(): code for name, code in re.findall(r"([^:\s][^:]*?):([A-Z]{2})(?:\s|$)", block)}


# Landscapes, regions and rivers of one state, as outlet names write them (German and English).
REGIONS: dict[str, str] = _parse("""
Münsterland:DE Lausitz:DE Oberlausitz:DE Niederlausitz:DE Westfalen:DE Lippe:DE Altmark:DE Uckermark:DE
Prignitz:DE Spreewald:DE Vorpommern:DE Mecklenburg:DE Ostfriesland:DE Emsland:DE Sauerland:DE Siegerland:DE
Eifel:DE Hunsrück:DE Westerwald:DE Taunus:DE Wetterau:DE Odenwald:DE Spessart:DE Rhön:DE Vogelsberg:DE
Allgäu:DE Chiemgau:DE Breisgau:DE Ortenau:DE Kraichgau:DE Hohenlohe:DE Erzgebirge:DE Vogtland:DE Harz:DE
Elbland:DE Weserbergland:DE Ruhrgebiet:DE Niederrhein:DE Mittelrhein:DE Rheinhessen:DE Rheingau:DE Pfalz:DE
Franken:DE Oberfranken:DE Unterfranken:DE Mittelfranken:DE Oberpfalz:DE Niederbayern:DE Oberbayern:DE
Schwaben:DE Württemberg:DE Hanse:DE Holstein:DE Dithmarschen:DE Nordfriesland:DE Oldenburg:DE
Weser:DE Ruhr:DE Spree:DE Havel:DE Werra:DE Fulda:DE Lahn:DE Saale:DE Isar:DE Lech:DE
Salzkammergut:AT Mühlviertel:AT Innviertel:AT Waldviertel:AT Weinviertel:AT Mostviertel:AT Hausruck:AT
Traunviertel:AT Pinzgau:AT Pongau:AT Lungau:AT Flachgau:AT Tennengau:AT Zillertal:AT Ötztal:AT Montafon:AT
Bregenzerwald:AT Wachau:AT Ennstal:AT Murtal:AT Mürztal:AT Lavanttal:AT Mölltal:AT Gailtal:AT Osttirol:AT
Außerfern:AT Pitztal:AT Paznaun:AT Marchfeld:AT Semmering:AT Wienerwald:AT Seewinkel:AT Traun:AT
Vinschgau:IT Pustertal:IT Eisacktal:IT Wipptal:IT Etschtal:IT Überetsch:IT Dolomiten:IT
Burggrafenamt:IT Gröden:IT Ladinien:IT Meran:IT Brixen:IT Bruneck:IT Sterzing:IT Schlanders:IT
Zentralschweiz:CH Innerschweiz:CH Ostschweiz:CH Nordwestschweiz:CH Südostschweiz:CH Westschweiz:CH
Romandie:CH Emmental:CH Limmattal:CH Limmat:CH Aare:CH Zürichsee:CH Engadin:CH Toggenburg:CH Oberaargau:CH
Entlebuch:CH Fricktal:CH Freiamt:CH Zürcher Oberland:CH Berner Oberland:CH Rigi:CH Pilatus:CH
Kilimanjaro:TZ Zanzibar:TZ Serengeti:TZ Highveld:ZA Karoo:ZA Soweto:ZA Transvaal:ZA Deccan:IN
Malabar:IN Konkan:IN Liffey:IE Connacht:IE Munster:IE Leinster:IE Severn:GB Thames:GB
Pennine:GB Pennines:GB Cotswold:GB Cotswolds:GB Yorkshire:GB Lancashire:GB Cornwall:GB Devon:GB
Mersey:GB Tyne:GB Clyde:GB Okavango:BW Chobe:BW Sepik:PG Bougainville:PG Guadalcanal:SB Malaita:SB
Cayo:BZ Visayas:PH Luzon:PH Mindanao:PH Sabah:MY Sarawak:MY Java:ID Sumatra:ID Ashanti:GH
Niger Delta:NG Rift Valley:KE Yukon:CA Klondike:CA Outback:AU Gippsland:AU Waikato:NZ
Otago:NZ
""")
# Adjectives of such regions in an outlet's name („Zentralschweizer SonntagsBote“, „Märkische Abendpost“), where
# the region without its ending is no name the lists hold.
ADJECTIVES: dict[str, str] = _parse("""
Zentralschweizer:CH Innerschweizer:CH Ostschweizer:CH Nordwestschweizer:CH Südostschweizer:CH Limmattaler:CH
Emmentaler:CH Seeländer:CH Oberaargauer:CH Engadiner:CH Münsterländer:DE Oberlausitzer:DE Lausitzer:DE
Vogtländer:DE Erzgebirgische:DE Märkische:DE Lippische:DE Allgäuer:DE Sauerländer:DE Siegerländer:DE Eifeler:DE
Hunsrücker:DE Westerwälder:DE Odenwälder:DE Ostfriesische:DE Emsländer:DE Vorpommersche:DE
Mecklenburger:DE Pfälzer:DE Pfälzische:DE Fränkische:DE Schwäbische:DE Badische:DE Westfälische:DE
Salzkammergütler:AT Mühlviertler:AT Innviertler:AT Waldviertler:AT Weinviertler:AT Mostviertler:AT
Pinzgauer:AT Pongauer:AT Zillertaler:AT Ötztaler:AT Montafoner:AT Osttiroler:AT Vinschger:IT Pustertaler:IT
Eisacktaler:IT Grödner:IT
""")
