"""Irregular past forms, German and English (data only; the rule is `tense.irregular_past`).

The regular past ("telefonierte", "urged") is recognised by its ending.  Strong and irregular
verbs form their past by changing the stem ("empfing", "flew"), so an ending rule misses them and
a date beside them ("Am Montag empfing …", "On Tuesday he flew …") was read as the coming Monday.
Unlike names or offices, these forms are a closed class of the grammar: the lists below are the
strong and irregular verbs of each language as a grammar lists them, not words seen in articles.

German: the singular preterite stem of every common strong verb; the plural adds -en ("fingen").
A verb with an inseparable or separable prefix keeps the stem at its end ("empfing", "teilnahm",
"zusammenkam"), so a form counts when what comes before the stem is a sequence of prefixes.
Forms that are also common words of another kind (the numeral "acht", "los", "bot" as a noun
stem) are left out.
"""

from __future__ import annotations

DE_STRONG_PRETERITE: frozenset[str] = frozenset({
    "band", "barg", "barst", "bat", "befahl", "begann", "biss", "blieb", "blies", "bog", "bot", "brach",
    "briet", "dang", "drang", "empfahl", "erlosch", "erschrak", "aß", "fand", "fiel", "fing", "flog",
    "floh", "floss", "fraß", "fror", "fuhr", "gab", "galt", "gebar", "gedieh", "genas",
    "genoss", "geschah", "gewann", "glich", "glitt", "grub", "griff", "ging", "half", "hielt", "hieb",
    "hieß", "hob", "kam", "klang", "kniff", "kroch", "lag", "las", "lief", "lieh", "ließ", "litt", "log",
    "lud", "maß", "mied", "nahm", "pfiff", "pries", "quoll", "rang", "rann", "rieb", "rief", "riet",
    "riss", "ritt", "roch", "sah", "sang", "sank", "sann", "saß", "schied", "schien", "schlief", "schlug",
    "schlich", "schliff", "schloss", "schmolz", "schnitt", "schob", "scholl", "schoss", "schrieb",
    "schrie", "schritt", "schuf", "schwamm", "schwand", "schwang", "schwieg", "schwoll", "schwor",
    "schwur", "sog", "sprach", "sprang", "stach", "stahl", "stand", "starb", "stieg", "stieß", "stank",
    "stob", "strich", "stritt", "tat", "traf", "trat", "trank", "trieb", "trog", "trug", "verdarb",
    "vergaß", "verlor", "wand", "warb", "warf", "wich", "wies", "wog", "wuchs", "wusch", "zog", "zwang",
    # Mixed verbs: a changed stem with the weak ending, which the ending rule excludes ("-nte").
    "brachte", "dachte", "kannte", "nannte", "rannte", "sandte", "wandte", "brannte", "wusste",
})
# Mixed verbs take no prefix here: "bekannte", "ernannte", "verwandte" are mostly adjectives.
DE_MIXED_WITHOUT_PREFIX: frozenset[str] = frozenset({
    "kannte", "nannte", "rannte", "sandte", "wandte", "brannte",
})
DE_PREFIXES: tuple[str, ...] = (
    # inseparable
    "be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "über", "unter", "wider",
    # separable (joined in a subordinate clause: "als er teilnahm")
    "ab", "an", "auf", "aus", "bei", "da", "dar", "durch", "ein", "fest", "fort", "her", "hin",
    "los", "mit", "nach", "statt", "teil", "um", "vor", "voran", "weg", "weiter", "wieder", "zu",
    "zurück", "zusammen",
)
# Irregular English simple past forms that differ from the past participle: "held", "made", "met"
# are participles too ("will be held on Monday" is a plan), and "read", "set", "hit", "left",
# "found", "bit", "won" (a currency) are other words as often; all of those are left out.
EN_IRREGULAR_PAST: frozenset[str] = frozenset({
    "arose", "ate", "awoke", "became", "began", "blew", "bore", "broke", "chose", "came", "did", "drank",
    "drew", "drove", "fell", "flew", "forbade", "forgave", "forgot", "foresaw", "froze", "gave", "grew",
    "hid", "knew", "overcame", "overtook", "oversaw", "ran", "rang", "rode", "rose", "sang", "sank",
    "saw", "shook", "shrank", "spoke", "sprang", "stole", "strove", "swam", "swore", "took", "tore",
    "threw", "undertook", "went", "withdrew", "woke", "wore", "wove", "wrote",
    # Changed stems that are the past participle too ("sat down on Monday", "fled on Sunday"): a passive
    # plan ("will be paid on Monday") is caught by the auxiliary before it.  Forms that are also the
    # present ("cut", "hit", "put", "set") or often another word ("stuck", "held", "left") stay out.
    "sat", "fled", "fought", "caught", "bought", "thought", "built", "felt", "kept", "slept", "stood",
    "understood", "withstood", "upheld", "sold", "hung", "paid", "laid", "heard", "spent", "lent", "dealt",
    "dug", "bled", "slid", "swung", "spun", "shot", "meant",
})
