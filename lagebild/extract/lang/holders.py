"""Well-known office holders and the state they act for (general knowledge, data only).

CONVENTIONS.md allows one kind of outside knowledge: which state a well-known
office holder serves ("Selenskyj" -> UA) when the text does not spell it out.
Each entry lists the spellings German and English news use (full name first)
and the periods of the person's public role as ``(first year, code)``; a code
of ``None`` is an office of an international body (EU, UN, NATO): its holder
acts for no state.  A period holds from its year until the next one starts.

A holder is also evidence that a capitalised word is a person ("Trump", "Orbans
Vision") where German capitalisation alone says nothing.
"""

from __future__ import annotations

# (spellings, ((from_year, country), ...)); the first spelling is the fullest.
_HOLDERS: tuple[tuple[tuple[str, ...], tuple[tuple[int, str | None], ...]], ...] = (
    # United States
    (("Donald Trump",), ((1990, "US"),)),
    (("Joe Biden",), ((1970, "US"),)),
    (("Barack Obama",), ((2000, "US"),)),
    (("Kamala Harris",), ((2000, "US"),)),
    (("JD Vance", "J.D. Vance"), ((2020, "US"),)),
    (("Mike Pence",), ((2000, "US"),)),
    (("Marco Rubio",), ((2000, "US"),)),
    (("Antony Blinken",), ((2000, "US"),)),
    (("Mike Pompeo",), ((2010, "US"),)),
    (("Rex Tillerson",), ((2016, "US"),)),
    (("Pete Hegseth",), ((2024, "US"),)),
    (("Lloyd Austin",), ((2020, "US"),)),
    (("Scott Bessent",), ((2024, "US"),)),
    (("Janet Yellen",), ((2010, "US"),)),
    (("Howard Lutnick",), ((2024, "US"),)),
    (("Jamieson Greer",), ((2024, "US"),)),
    (("Steve Witkoff",), ((2024, "US"),)),
    (("Keith Kellogg",), ((2024, "US"),)),
    (("Jake Sullivan",), ((2020, "US"),)),
    (("Mike Waltz",), ((2019, "US"),)),
    (("Tammy Bruce",), ((2025, "US"),)),
    (("Karoline Leavitt",), ((2024, "US"),)),
    (("Nancy Pelosi",), ((1990, "US"),)),
    (("Chuck Schumer",), ((1990, "US"),)),
    (("Mitch McConnell",), ((1990, "US"),)),
    (("Paul Ryan",), ((2000, "US"),)),
    (("Mike Johnson",), ((2023, "US"),)),
    (("Jared Kushner",), ((2016, "US"),)),
    (("Massad Boulos",), ((2024, "US"),)),
    (("Tulsi Gabbard",), ((2024, "US"),)),
    # Russia
    (("Wladimir Putin", "Vladimir Putin"), ((1999, "RU"),)),
    (("Sergej Lawrow", "Sergei Lavrov", "Sergey Lavrov"), ((2004, "RU"),)),
    (("Dmitri Peskow", "Dmitry Peskov"), ((2008, "RU"),)),
    (("Dmitri Medwedew", "Dmitry Medvedev"), ((2008, "RU"),)),
    (("Juri Uschakow", "Yuri Ushakov"), ((2012, "RU"),)),
    (("Kirill Dmitrijew", "Kirill Dmitriev"), ((2020, "RU"),)),
    (("Michail Mischustin", "Mikhail Mishustin"), ((2020, "RU"),)),
    (("Maria Sacharowa", "Maria Zakharova"), ((2015, "RU"),)),
    (("Wladimir Medinski", "Vladimir Medinsky"), ((2012, "RU"),)),
    # Ukraine
    (("Wolodymyr Selenskyj", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Selenskyj", "Zelensky",
      "Zelenskyy"), ((2019, "UA"),)),
    (("Andrij Sybiha", "Andrii Sybiha"), ((2024, "UA"),)),
    (("Dmytro Kuleba",), ((2020, "UA"),)),
    (("Andrij Jermak", "Andriy Yermak"), ((2020, "UA"),)),
    (("Rustem Umjerow", "Rustem Umerov"), ((2023, "UA"),)),
    (("Denys Schmyhal", "Denys Shmyhal"), ((2020, "UA"),)),
    (("Petro Poroschenko", "Petro Poroshenko"), ((2014, "UA"),)),
    # Germany
    (("Friedrich Merz",), ((2000, "DE"),)),
    (("Olaf Scholz",), ((2000, "DE"),)),
    (("Angela Merkel",), ((1990, "DE"),)),
    (("Frank-Walter Steinmeier",), ((2000, "DE"),)),
    (("Annalena Baerbock",), ((2018, "DE"), (2025, None))),
    (("Johann Wadephul",), ((2020, "DE"),)),
    (("Boris Pistorius",), ((2020, "DE"),)),
    (("Lars Klingbeil",), ((2018, "DE"),)),
    (("Christian Lindner",), ((2015, "DE"),)),
    (("Robert Habeck",), ((2018, "DE"),)),
    (("Markus Söder", "Markus Soeder"), ((2010, "DE"),)),
    (("Heiko Maas",), ((2013, "DE"),)),
    (("Alice Weidel",), ((2017, "DE"),)),
    (("Alexander Dobrindt",), ((2010, "DE"),)),
    (("Jens Spahn",), ((2010, "DE"),)),
    # France
    (("Emmanuel Macron",), ((2014, "FR"),)),
    (("Jean-Noël Barrot", "Jean-Noel Barrot"), ((2024, "FR"),)),
    (("Sébastien Lecornu", "Sebastien Lecornu"), ((2017, "FR"),)),
    (("François Bayrou", "Francois Bayrou"), ((2017, "FR"),)),
    (("Michel Barnier",), ((2024, "FR"),)),
    (("Marine Le Pen",), ((2000, "FR"),)),
    (("Jean-Yves Le Drian",), ((2012, "FR"),)),
    # United Kingdom
    (("Keir Starmer",), ((2015, "GB"),)),
    (("Rishi Sunak",), ((2019, "GB"),)),
    (("Boris Johnson",), ((2008, "GB"),)),
    (("Theresa May",), ((2010, "GB"),)),
    (("David Lammy",), ((2020, "GB"),)),
    (("Yvette Cooper",), ((2020, "GB"),)),
    (("Rachel Reeves",), ((2020, "GB"),)),
    (("Nigel Farage",), ((2010, "GB"),)),
    # Rest of Europe
    (("Giorgia Meloni",), ((2014, "IT"),)),
    (("Antonio Tajani",), ((2019, "IT"),)),
    (("Sergio Mattarella",), ((2015, "IT"),)),
    (("Pedro Sánchez", "Pedro Sanchez"), ((2018, "ES"),)),
    (("Andrzej Duda",), ((2015, "PL"),)),
    (("Karol Nawrocki",), ((2025, "PL"),)),
    (("Radosław Sikorski", "Radoslaw Sikorski"), ((2023, "PL"),)),
    (("Donald Tusk",), ((2007, "PL"), (2014, None), (2020, "PL"))),
    (("Viktor Orbán", "Viktor Orban", "Orbán", "Orban"), ((1998, "HU"),)),
    (("Péter Szijjártó", "Peter Szijjarto"), ((2014, "HU"),)),
    (("Robert Fico",), ((2006, "SK"),)),
    (("Petr Fiala",), ((2021, "CZ"),)),
    (("Andrej Babiš", "Andrej Babis"), ((2017, "CZ"),)),
    (("Petr Pavel",), ((2023, "CZ"),)),
    (("Alexander Van der Bellen",), ((2016, "AT"),)),
    (("Christian Stocker",), ((2024, "AT"),)),
    (("Beate Meinl-Reisinger",), ((2018, "AT"),)),
    (("Sebastian Kurz",), ((2013, "AT"),)),
    (("Karl Nehammer",), ((2020, "AT"),)),
    (("Alexander Schallenberg",), ((2019, "AT"),)),
    (("Herbert Kickl",), ((2017, "AT"),)),
    (("Karin Keller-Sutter",), ((2019, "CH"),)),
    (("Ignazio Cassis",), ((2017, "CH"),)),
    (("Guy Parmelin",), ((2016, "CH"),)),
    (("Viola Amherd",), ((2019, "CH"),)),
    (("Dick Schoof",), ((2024, "NL"),)),
    (("Geert Wilders",), ((2006, "NL"),)),
    (("Mark Rutte",), ((2010, "NL"), (2024, None))),
    (("Bart De Wever",), ((2025, "BE"),)),
    (("Mette Frederiksen",), ((2019, "DK"),)),
    (("Lars Løkke Rasmussen", "Lars Lokke Rasmussen"), ((2022, "DK"),)),
    (("Ulf Kristersson",), ((2022, "SE"),)),
    (("Alexander Stubb",), ((2024, "FI"),)),
    (("Jonas Gahr Støre", "Jonas Gahr Store"), ((2021, "NO"),)),
    (("Kyriakos Mitsotakis",), ((2019, "GR"),)),
    (("Aleksandar Vučić", "Aleksandar Vucic"), ((2014, "RS"),)),
    (("Albin Kurti",), ((2020, "XK"),)),
    # Middle East
    (("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdoğan", "Erdogan"), ((2003, "TR"),)),
    (("Hakan Fidan",), ((2023, "TR"),)),
    (("Mevlüt Çavuşoğlu", "Mevlüt Cavusoglu", "Mevlut Cavusoglu", "Cavusoglu", "Çavuşoğlu"), ((2014, "TR"),)),
    (("Benjamin Netanjahu", "Benjamin Netanyahu", "Netanjahu", "Netanyahu"), ((2009, "IL"),)),
    (("Isaac Herzog", "Izchak Herzog"), ((2021, "IL"),)),
    (("Gideon Saar", "Gideon Sa'ar"), ((2024, "IL"),)),
    (("Mahmud Abbas", "Mahmoud Abbas"), ((2005, "PS"),)),
    (("Ali Chamenei", "Ali Khamenei"), ((1989, "IR"),)),
    (("Massud Peseschkian", "Masoud Pezeshkian"), ((2024, "IR"),)),
    (("Abbas Araghtschi", "Abbas Araghchi"), ((2024, "IR"),)),
    (("Mohammed bin Salman",), ((2017, "SA"),)),
    (("Abdel Fattah al-Sisi", "Abdel Fattah el-Sisi", "al-Sisi"), ((2014, "EG"),)),
    (("Baschar al-Assad", "Bashar al-Assad"), ((2000, "SY"),)),
    (("Ahmed al-Scharaa", "Ahmed al-Sharaa"), ((2024, "SY"),)),
    # Asia and the Pacific
    (("Xi Jinping",), ((2012, "CN"),)),
    (("Li Qiang",), ((2023, "CN"),)),
    (("Wang Yi",), ((2013, "CN"),)),
    (("Li Keqiang",), ((2013, "CN"),)),
    (("Shigeru Ishiba", "Ishiba"), ((2024, "JP"),)),
    (("Sanae Takaichi", "Takaichi"), ((2025, "JP"),)),
    (("Fumio Kishida", "Kishida"), ((2021, "JP"),)),
    (("Shinzo Abe",), ((2006, "JP"),)),
    (("Lee Jae Myung", "Lee Jae-myung"), ((2022, "KR"),)),
    (("Yoon Suk Yeol", "Yoon Suk-yeol"), ((2022, "KR"),)),
    (("Moon Jae In", "Moon Jae-in"), ((2017, "KR"),)),
    (("Kim Jong Un", "Kim Jong-un"), ((2011, "KP"),)),
    (("Lai Ching-te", "William Lai"), ((2017, "TW"),)),
    (("Tsai Ing-wen",), ((2016, "TW"),)),
    (("Hou Yu-ih",), ((2010, "TW"),)),
    (("Ko Wen-je",), ((2014, "TW"),)),
    (("Narendra Modi",), ((2014, "IN"),)),
    (("Subrahmanyam Jaishankar", "S Jaishankar", "S. Jaishankar"), ((2019, "IN"),)),
    (("Shehbaz Sharif",), ((2022, "PK"),)),
    (("Ferdinand Marcos Jr.", "Ferdinand Marcos"), ((2022, "PH"),)),
    (("Anthony Albanese",), ((2022, "AU"),)),
    # The Americas
    (("Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva", "Lula"), ((2003, "BR"),)),
    (("Jair Bolsonaro",), ((2019, "BR"),)),
    (("Javier Milei",), ((2023, "AR"),)),
    (("Santiago Peña", "Santiago Pena"), ((2023, "PY"),)),
    (("Yamandú Orsi", "Yamandu Orsi"), ((2025, "UY"),)),
    (("Nicolás Maduro", "Nicolas Maduro", "Maduro"), ((2013, "VE"),)),
    (("Juan Guaidó", "Juan Guaido", "Guaidó"), ((2019, "VE"),)),
    (("María Corina Machado", "Maria Corina Machado"), ((2013, "VE"),)),
    (("Claudia Sheinbaum",), ((2024, "MX"),)),
    (("Mark Carney",), ((2025, "CA"),)),
    (("Justin Trudeau",), ((2015, "CA"),)),
    (("Gustavo Petro",), ((2022, "CO"),)),
    # Africa
    (("Bola Tinubu", "Bola Ahmed Tinubu"), ((2023, "NG"),)),
    (("Cyril Ramaphosa", "Ramaphosa"), ((2018, "ZA"),)),
    (("Assimi Goïta", "Assimi Goita", "Goïta", "Goita"), ((2020, "ML"),)),
    (("Abdourahamane Tiani", "Abdourahamane Tchiani"), ((2023, "NE"),)),
    (("Ibrahim Traoré", "Ibrahim Traore"), ((2022, "BF"),)),
    (("Abiy Ahmed",), ((2018, "ET"),)),
    (("Abdel Fattah al-Burhan", "Abdel Fattah al-Burhane"), ((2019, "SD"),)),
    (("Omar al-Bashir", "Omar al-Baschir"), ((1989, "SD"),)),
    (("William Ruto",), ((2022, "KE"),)),
    (("Paul Kagame",), ((2000, "RW"),)),
    (("Félix Tshisekedi", "Felix Tshisekedi"), ((2019, "CD"),)),
    # International bodies: their officials act for no state
    (("António Guterres", "Antonio Guterres", "Guterres"), ((2017, None),)),
    (("Ursula von der Leyen",), ((2005, "DE"), (2019, None))),
    (("Kaja Kallas",), ((2021, "EE"), (2024, None))),
    (("António Costa", "Antonio Costa"), ((2015, "PT"), (2024, None))),
    (("Roberta Metsola",), ((2022, None),)),
    (("Jens Stoltenberg",), ((2014, None), (2025, "NO"))),
    (("Rafael Grossi", "Rafael Mariano Grossi"), ((2019, None),)),
    (("Kristalina Georgiewa", "Kristalina Georgieva"), ((2019, None),)),
    (("Christine Lagarde",), ((2011, None),)),
    (("Simon Stiell",), ((2022, None),)),
    (("Josep Borrell",), ((2019, None),)),
    (("Charles Michel",), ((2019, None),)),
    (("Jean-Claude Juncker",), ((2014, None),)),
    (("Maroš Šefčovič", "Maros Sefcovic"), ((2010, None),)),
)


def _index() -> dict[str, tuple[str, tuple[tuple[int, str | None], ...]]]:
    """Spelling (also the surname of a multi-word spelling) -> (fullest name, periods)."""
    index: dict[str, tuple[str, tuple[tuple[int, str | None], ...]]] = {}
    for spellings, periods in _HOLDERS:
        for spelling in spellings:
            index.setdefault(spelling, (spellings[0], periods))
    return index


HOLDERS = _index()


def _surnames() -> dict[str, str]:
    """A surname that, alone, names one holder in this lexicon ('Trump', 'Macron', 'von der Leyen')."""
    counts: dict[str, list[str]] = {}
    for spellings, _periods in _HOLDERS:
        for spelling in spellings:
            words = spelling.split()
            if len(words) < 2:
                continue
            particle = next((i for i, w in enumerate(words[1:], 1) if w in ("von", "van", "Van", "de", "De", "Le")),
                            None)
            surname = " ".join(words[particle:]) if particle else words[-1]
            if surname.startswith("al-") or surname in ("Jr.",) or len(surname) < 4:
                continue  # "al-Sisi" is written "Sisi" too; short surnames are common words
            counts.setdefault(surname, [])
            if spellings[0] not in counts[surname]:
                counts[surname].append(spellings[0])
    return {surname: full[0] for surname, full in counts.items() if len(full) == 1}


SURNAMES = _surnames()


def holder(name: str) -> str | None:
    """The fullest lexicon name for a name or surname as written, or None."""
    if name in HOLDERS:
        return HOLDERS[name][0]
    return SURNAMES.get(name)


def spellings(name: str) -> tuple[str, ...]:
    """Every spelling of the holder a name refers to ('Luiz Inácio Lula da Silva' -> ..., 'Lula'); () if none."""
    full = holder(name)
    return _SPELLINGS.get(full, ()) if full else ()


_SPELLINGS: dict[str, tuple[str, ...]] = {spelled[0]: spelled for spelled, _periods in _HOLDERS}


def country_of(name: str, year: int | None) -> tuple[bool, str | None]:
    """(known, country) of a holder in a year: (True, None) is an international official."""
    full = holder(name)
    if full is None:
        return False, None
    periods = HOLDERS[full][1]
    if year is None:
        year = 9999
    current = [code for since, code in periods if since <= year]
    if not current:
        return False, None
    return True, current[-1]
