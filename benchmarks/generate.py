"""Synthetic newsroom articles for the benchmark, with the facts each one states.

Everything here is invented: names, roles, outlets and sentences come from the
word lists below, not from real articles.  Articles are German or English and
reuse a pool of recurring actors (weighted, so a few appear in most articles,
as heads of government do) and a pool of summit dates, so actor pages and the
timeline grow the way they would in a newsroom; each article also brings one
minor person, so the number of actor pages grows with the number of articles.

``generate(n)`` is deterministic: the same ``n`` and ``seed`` give the same
articles, so two benchmark runs measure the same input.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

from lagebild.briefing.model import (
    Briefing,
    Country,
    Event,
    Figure,
    Organization,
    Person,
    Place,
    Quote,
    ReferenceDate,
    Section,
    Source,
    SourceInfo,
    fact_id,
    slugify,
)

# name, German role, English role, country the person acts for
RECURRING: tuple[tuple[str, str, str, str], ...] = (
    ("Helena Marquardt", "Bundeskanzlerin", "Chancellor", "DE"),
    ("Tomasz Wielgosz", "Außenminister", "Foreign Minister", "PL"),
    ("Claire Dufresnel", "Präsidentin", "President", "FR"),
    ("Jonathan Ashcombe", "Premierminister", "Prime Minister", "GB"),
    ("Ostap Hrytsenko", "Präsident", "President", "UA"),
    ("Dmitri Solovtsev", "Präsident", "President", "RU"),
    ("Robert Kellerman", "Sondergesandter", "special envoy", "US"),
    ("Maria Lindqvist", "Verteidigungsministerin", "Defence Minister", "SE"),
    ("Pieter van Aalst", "Generalsekretär", "Secretary General", "NL"),
    ("Giulia Benedetti", "Ministerpräsidentin", "Prime Minister", "IT"),
    ("Kaarel Tamm", "Außenminister", "Foreign Minister", "EE"),
    ("Sofía Irazábal", "Handelsministerin", "Trade Minister", "ES"),
    ("Mehmet Karadağ", "Außenminister", "Foreign Minister", "TR"),
    ("Liang Wenhao", "Sondergesandter", "special envoy", "CN"),
    ("Aino Virtanen", "Präsidentin", "President", "FI"),
    ("Bogdan Marinescu", "Verteidigungsminister", "Defence Minister", "RO"),
    ("Katrin Oberleitner", "Außenministerin", "Foreign Minister", "AT"),
    ("Jakub Dvořák", "Premierminister", "Prime Minister", "CZ"),
    ("Ingrid Solheim", "Ministerpräsidentin", "Prime Minister", "NO"),
    ("Nikos Papadakis", "Außenminister", "Foreign Minister", "GR"),
    ("Yusuf Adeyemi", "Vermittler", "mediator", "NG"),
    ("Hannah Whitcombe", "Außenministerin", "Secretary of State", "US"),
    ("Viktor Halmai", "Ministerpräsident", "Prime Minister", "HU"),
    ("Lena Brückner", "Sicherheitsberaterin", "national security adviser", "DE"),
    ("Arturs Ozols", "Verteidigungsminister", "Defence Minister", "LV"),
)
FIRST = ("Anja", "Boris", "Carla", "Dario", "Elin", "Felix", "Greta", "Hugo", "Irina", "Jonas",
         "Kira", "Lukas", "Mira", "Nils", "Olga", "Paul", "Rosa", "Stefan", "Tilda", "Ugo",
         "Vera", "Wim", "Yara", "Zoran", "Agnes", "Bruno", "Cem", "Doris", "Emil", "Fenja")
LAST = ("Achterberg", "Brandl", "Czerny", "Dahlmann", "Ebner", "Falkner", "Gruber", "Hollweg",
        "Imhof", "Jansen", "Kowalczyk", "Lorenzen", "Moser", "Nowak", "Oswald", "Pichler",
        "Quandt", "Rieger", "Seidl", "Thalberg", "Ulrich", "Voss", "Wendland", "Zeller",
        "Auer", "Bachmeier", "Corvin", "Distel", "Eckhart", "Feldmann")
MINOR_ROLES = (("Sprecherin", "spokeswoman"), ("Staatssekretär", "state secretary"),
               ("Botschafterin", "ambassador"), ("Abgeordneter", "member of parliament"),
               ("Analystin", "analyst"), ("Verhandlungsführer", "chief negotiator"))
ORGANIZATIONS = ("Nordatlantische Allianz", "Europäischer Rat", "Vereinte Nationen", "Weltbank",
                 "Internationaler Währungsfonds", "OSZE", "Europäische Kommission", "G7",
                 "Internationale Atomenergiebehörde", "Welthandelsorganisation", "Rotes Kreuz",
                 "Europäisches Parlament", "Afrikanische Union", "Arktischer Rat")
COUNTRIES: dict[str, tuple[str, str]] = {
    "DE": ("Deutschland", "Germany"), "PL": ("Polen", "Poland"), "FR": ("Frankreich", "France"),
    "GB": ("Großbritannien", "Britain"), "UA": ("der Ukraine", "Ukraine"), "RU": ("Russland", "Russia"),
    "US": ("den USA", "the United States"), "SE": ("Schweden", "Sweden"), "NL": ("den Niederlanden", "the Netherlands"),
    "IT": ("Italien", "Italy"), "EE": ("Estland", "Estonia"), "ES": ("Spanien", "Spain"),
    "TR": ("der Türkei", "Turkey"), "CN": ("China", "China"), "FI": ("Finnland", "Finland"),
    "RO": ("Rumänien", "Romania"), "AT": ("Österreich", "Austria"), "CZ": ("Tschechien", "Czechia"),
    "NO": ("Norwegen", "Norway"), "GR": ("Griechenland", "Greece"), "NG": ("Nigeria", "Nigeria"),
    "HU": ("Ungarn", "Hungary"), "LV": ("Lettland", "Latvia"),
}
PLACES = ("Genf", "Brüssel", "Wien", "Helsinki", "Istanbul", "Warschau", "Oslo", "Rom", "Prag", "Riga",
          "Lissabon", "Den Haag", "Tallinn", "Bukarest", "Kopenhagen")
TOPICS = (("Waffenstillstand", "ceasefire"), ("Sicherheitsgarantien", "security guarantees"),
          ("Handelsabkommen", "trade agreement"), ("Gefangenenaustausch", "prisoner exchange"),
          ("Energiepartnerschaft", "energy partnership"), ("Getreidekorridor", "grain corridor"),
          ("Sanktionspaket", "sanctions package"), ("Wiederaufbaufonds", "reconstruction fund"),
          ("Rüstungskontrolle", "arms control"), ("Flüchtlingshilfe", "refugee aid"))
OUTLETS = ("Morgenkurier", "Abendblatt Nord", "Der Rundblick", "Daily Ledger", "The Continental",
           "Wiener Tagespost", "Evening Dispatch")
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
FILLER_DE = (
    "Beobachter sprechen von einer {adj} Phase der Gespräche über {topic}.",
    "Die Delegationen tauschten nach Angaben von Diplomaten {adj} Positionspapiere aus.",
    "Offen blieb zunächst, wie die Vereinbarung zu {topic} überwacht werden soll.",
    "Kritiker in mehreren Hauptstädten halten den Zeitplan für {adj}.",
    "Die Opposition forderte, das Parlament früher über {topic} zu unterrichten.",
    "Fachleute verweisen auf frühere Runden, die ohne Ergebnis geblieben waren.",
    "In der Abschlusserklärung ist von {adj} Fortschritten die Rede.",
)
FILLER_EN = (
    "Observers described the talks on the {topic} as {adj}.",
    "Diplomats said the delegations exchanged {adj} position papers.",
    "It remained unclear how the {topic} would be monitored.",
    "Critics in several capitals called the timetable {adj}.",
    "Opposition leaders demanded that parliament be briefed earlier on the {topic}.",
    "Experts pointed to earlier rounds that had ended without result.",
    "The closing statement spoke of {adj} progress.",
)
ADJ_DE = ("schwierigen", "entscheidenden", "zähen", "konstruktiven", "ehrgeizigen", "vorsichtigen")
ADJ_EN = ("difficult", "decisive", "slow", "constructive", "ambitious", "cautious")
QUOTES_DE = ("Wir sind einer Lösung näher als vor einem Monat",
             "Ohne verlässliche Garantien wird es keinen Frieden geben",
             "Die nächsten Wochen werden zeigen, ob die Zusagen halten", "Wir lassen uns nicht unter Druck setzen")
QUOTES_EN = ("We are closer to a solution than a month ago", "There will be no peace without reliable guarantees",
             "The coming weeks will show whether the commitments hold", "We will not be rushed")
BASE_DATE = date(2025, 1, 6)
SUMMITS = tuple(BASE_DATE + timedelta(days=14 * k + 3) for k in range(30))  # recurring meeting dates


@dataclass(frozen=True)
class Article:
    name: str  # seed file name
    text: str  # the seed file's content (front matter + body)
    briefing: Briefing  # the facts the text states, as a briefing file would hold them


def _date_text(day: date, language: str) -> str:
    if language == "de":
        return f"{day.day}. {MONTHS_DE[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def _weighted_persons(rng: random.Random, count: int) -> list[tuple[str, str, str, str]]:
    weights = [1.0 / (rank + 1) for rank in range(len(RECURRING))]  # Zipf: a few leaders everywhere
    chosen: list[tuple[str, str, str, str]] = []
    while len(chosen) < count:
        person = rng.choices(RECURRING, weights)[0]
        if person not in chosen:
            chosen.append(person)
    return chosen


def article(index: int, seed: int = 7) -> Article:
    """The index-th synthetic article and its facts."""
    rng = random.Random(seed * 1_000_003 + index)
    language = "de" if rng.random() < 0.6 else "en"
    de = language == "de"
    published = BASE_DATE + timedelta(days=rng.randrange(365))
    topic = rng.choice(TOPICS)[0 if de else 1]
    place = rng.choice(PLACES)
    outlet = rng.choice(OUTLETS)
    leaders = _weighted_persons(rng, rng.randint(2, 4))
    minor_role = rng.choice(MINOR_ROLES)
    minor = (f"{rng.choice(FIRST)} {rng.choice(LAST)}", minor_role[0], minor_role[1], leaders[0][3])
    people = [*leaders, minor]
    organization = rng.choice(ORGANIZATIONS)
    adj = ADJ_DE if de else ADJ_EN
    filler = FILLER_DE if de else FILLER_EN

    persons: list[Person] = []
    sentences: list[str] = []
    for name, role_de, role_en, country in people:
        role = role_de if de else role_en
        where = COUNTRIES[country][0 if de else 1]
        sentence = (f"Auch {role} {name} aus {where} nahm an den Beratungen teil." if de
                    else f"{name}, {role} of {where}, also joined the talks.")
        sentences.append(sentence)
        persons.append(Person(id=fact_id("p", name), name=name, role=role, country=country, evidence=sentence))

    met_on = published - timedelta(days=rng.randint(0, 6))
    first, second = leaders[0][0], leaders[1][0]
    meeting = (f"{first} und {second} trafen sich am {_date_text(met_on, language)} in {place}, "
               f"um über {topic} zu beraten." if de else
               f"{first} and {second} met in {place} on {_date_text(met_on, language)} to discuss the {topic}.")
    next_summit = next((d for d in SUMMITS if d > published), published + timedelta(days=21))
    planned = (f"Ein weiteres Treffen ist für den {_date_text(next_summit, language)} in {place} geplant, "
               f"teilte {first} mit." if de else
               f"A further meeting is planned for {_date_text(next_summit, language)} in {place}, {first} said.")
    quote_text = rng.choice(QUOTES_DE if de else QUOTES_EN)
    quote = (f"„{quote_text}“, sagte {second}." if de else f"“{quote_text},” {second} said.")
    amount = rng.choice((150, 300, 2_500, 40_000, 1_200_000))
    figure = (f"Im Gespräch ist nach Angaben der {organization} ein Paket von {amount:,} Euro.".replace(",", ".")
              if de else f"According to the {organization}, a package of {amount:,} euros is under discussion.")
    source_sentence = (f"Das berichtete der {outlet} unter Berufung auf Diplomaten." if de
                       else f"The {outlet} reported this, citing diplomats.")
    body_sentences = [meeting, *sentences, quote, figure, planned, source_sentence]
    body_sentences += [rng.choice(filler).format(adj=rng.choice(adj), topic=topic) for _ in range(22)]

    paragraphs = [" ".join(body_sentences[i:i + 4]) for i in range(0, len(body_sentences), 4)]
    heading = "Hintergrund" if de else "Background"
    sections = (Section(None, tuple(paragraphs[:2])), Section(heading, tuple(paragraphs[2:])))
    title = (f"{topic}: {first} trifft {second} in {place}" if de
             else f"{topic.capitalize()}: {first} meets {second} in {place}")
    name = f"{index:05d}_{slugify(title)[:40]}.txt"
    header = {"published": published.isoformat(), "outlet": outlet, "language": language, "title": title}
    front = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in header.items())
    body = "\n\n".join(paragraphs[:2]) + f"\n\n{heading}\n\n" + "\n\n".join(paragraphs[2:])
    text = f"---\n{front}---\n{body}\n"

    events = (
        Event(id=fact_id("e", met_on, first, second), date=met_on.isoformat(), kind="meeting", status="past",
              summary=f"{first} / {second}: {topic}", participants=(first, second), place=place, evidence=meeting),
        Event(id=fact_id("e", next_summit, place), date=next_summit.isoformat(), kind="meeting",
              status="planned", summary=f"{topic} ({place})", participants=tuple(p[0] for p in leaders),
              place=place, evidence=planned),
    )
    country_codes = sorted({p[3] for p in people})
    briefing = Briefing(
        slug=slugify(name.rsplit(".", 1)[0]), title=title, language=language,
        locale="de-DE" if de else "en-GB", source=SourceInfo(file=name, outlet=outlet),
        published=published.isoformat(),
        reference_date=ReferenceDate(published.isoformat(), evidence="published"),
        summary=meeting, persons=tuple(persons),
        organizations=(Organization(id=fact_id("o", organization), name=organization, evidence=figure),),
        countries=tuple(Country(id=fact_id("c", code), code=code, name=COUNTRIES[code][0 if de else 1],
                                evidence=next(s for s, p in zip(sentences, people) if p[3] == code))
                        for code in country_codes),
        places=(Place(id=fact_id("pl", place), name=place, evidence=meeting),),
        events=events,
        quotes=(Quote(id=fact_id("q", second, quote_text), speaker=second, text=quote_text, evidence=quote),),
        figures=(Figure(id=fact_id("f", amount), value=amount, unit="EUR", context="package", evidence=figure),),
        sources=(Source(id=fact_id("s", outlet), name=outlet, evidence=source_sentence),),
        sections=sections,
    )
    return Article(name=name, text=text, briefing=briefing)


def generate(n: int, seed: int = 7) -> list[Article]:
    return [article(index, seed) for index in range(n)]
