"""English words that name an event: event nouns and verbs and their kinds, trips, and headline verbs of saying."""

from __future__ import annotations

# Nouns of a trip or visit (end of a word): a dated one is what the days of a trip count from.
# Leaving or reaching a place, not a trip of its own ("bei seiner Abreise"): a time reference (§7).
DEPARTURE_NOUNS: tuple[str, ...] = ("departure", "arrival")
TRIP_NOUNS: tuple[str, ...] = ("trip", "visit", "tour")

EVENT_NOUNS: dict[str, str] = {
    "meeting": "meeting", "meetings": "meeting", "summit": "meeting", "session": "meeting", "plenary": "meeting",
    "conference": "meeting", "gathering": "meeting", "retreat": "meeting", "talks": "talks",
    "negotiations": "talks", "round": "talks", "dialogue": "talks", "call": "call", "phone call": "call",
    "video call": "call", "videoconference": "call", "speech": "speech", "address": "speech",
    "statement": "statement", "interview": "statement", "press conference": "statement",
    "briefing": "statement", "visit": "other", "trip": "other", "state visit": "other",
    "strikes": "other", "attack": "other", "attacks": "other", "election": "other", "vote": "other",
    "ruling": "other", "reimposition": "other", "signing": "other", "signing ceremony": "other",
    "lawsuit": "other", "recount": "other", "swearing-in": "other",
    # Occurrences named by nouns of their own: protests, a referendum, an inauguration, an evacuation.
    "protest": "other", "protests": "other", "demonstration": "other", "demonstrations": "other",
    "walkout": "other", "referendum": "other", "inauguration": "other", "rally": "other",
    "evacuation": "other", "takeover": "other",
}
# Owned events: "Lee's visit", "Nato's exercise" (the owner is the actor).
EXTRA_EVENT_WORDS: tuple[str, ...] = ("visit", "trip", "speech", "address", "remarks", "exercise")
NOT_EVENT_NOUNS: frozenset[str] = frozenset()
NOT_EVENT_SUFFIXES: tuple[str, ...] = ()
EVENT_VERBS: dict[str, str] = {
    "met": "meeting", "meet": "meeting", "meets": "meeting", "meeting": "meeting", "gather": "meeting",
    "host": "meeting", "hosts": "meeting", "hosted": "meeting", "convene": "meeting", "convened": "meeting",
    "talked": "talks", "negotiated": "talks", "spoke": "call", "spoken": "call", "phoned": "call",
    "called": "call", "wrote": "statement", "posted": "statement", "tweeted": "statement",
    "said": "statement", "told": "statement", "stated": "statement", "urged": "statement",
    "announced": "announcement", "unveiled": "announcement", "presented": "announcement",
    "published": "announcement", "travel": "other", "travels": "other", "travelled": "other",
    "traveled": "other", "flew": "other", "flies": "other", "visit": "other", "visits": "other",
    "visited": "other", "arrived": "other",
    "agreed": "meeting", "voted": "other", "approved": "other", "imposed": "other", "signed": "other", "sign": "other",
    "signs": "other", "passed": "other", "passes": "other", "addressed": "speech",
    "protested": "other", "demonstrated": "other", "evacuated": "other", "departed": "other",
}
# Verbs that name an occurrence only with the particle right after them: (particle, kind).
PHRASAL_EVENT_VERBS: dict[str, tuple[str, str]] = {
    "sworn": ("in", "other"), "took": ("over", "other"), "takes": ("over", "other"),
}
MEETING_SUBJECTS: tuple[str, ...] = ("ministers", "leaders", "heads", "delegations")
TRAVEL_VERBS: frozenset[str] = frozenset({"travel", "travels", "travelled", "traveled", "fly", "flies", "flew",
                                          "departed",
                                          "visit", "visits", "visited", "arrived", "arrives"})
# (German only: „traf … ein“, a meeting verb with a particle of arriving; English has no such verb.)
ARRIVING_WITH_PARTICLE: tuple[frozenset[str], str] = (frozenset(), r"(?!)")

# --- undated events: what the text reports without a date expression -------------------------
UNDATED_KINDS: frozenset[str] = frozenset({"meeting", "talks", "call", "speech", "other"})
# Event verbs that name an outcome, a part of another event, or are too often something else
# ("called for", "spoke to reporters", "agreed to").
UNDATED_VERB_SKIP: frozenset[str] = frozenset({
    "agreed", "called", "spoken", "meeting", "approved", "gather",
})
# (English "met" stands alone for a meeting: "Leaders from 26 countries met at X"; see de_event_words)
MEETING_VERBS_NEED_PARTNER: frozenset[str] = frozenset()
MEETING_PARTNER_CUES: frozenset[str] = frozenset()
# Verbs that name a meeting only with their preposition ("talked with", "held talks").
VERBS_WITH: dict[str, str] = {"talked": "with", "spoke": "with", "speaks": "with"}

# Words before an event noun that make it a verb ("to visit", "will address").
VERB_MARKERS: frozenset[str] = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "should",
                                          "shall", "they", "we", "i", "you", "not", "also", "did", "does", "do"})

# Verbs of receiving a guest: a meeting when a named guest follows ("received President Ana Costa",
# "welcomed Xi Jinping to Paris"); with anything else ("welcomed the decision") they are no meeting.
GUEST_VERBS: frozenset[str] = frozenset({"received", "receives", "welcomed", "welcomes", "greeted", "greets"})

# --- the headline's statement: the main news (CONVENTIONS §7.2) --------------------------------------
# Present-tense verbs of saying a headline reports with ("Starmer says …", "Macron warns of …"): the
# statement the body tells is the main news and an event, dated or not.
# Verbs of a stance or saying in the lead sentence ("X rejected the draft", "X warned of …"): the lead's
# statement of the headline's person is main news (CONVENTIONS §7.2).
LEAD_STANCE_VERBS: frozenset[str] = frozenset({
    "said", "says", "warned", "warns", "urged", "urges", "rejected", "rejects", "criticised", "criticized",
    "condemned", "welcomed", "defended", "dismissed", "insisted", "called", "demanded", "accused", "vowed",
    "ruled",
})
HEADLINE_SPEECH_VERBS: frozenset[str] = frozenset({
    "says", "warns", "urges", "vows", "demands", "insists", "rejects", "slams", "criticises", "criticizes",
    "accuses", "announces", "pledges", "promises", "threatens", "denies", "confirms", "defends", "hails",
    "dismisses", "tells", "calls", "signals", "appeals", "blasts", "condemns", "welcomes", "admits",
    "proposes", "unveils", "presents", "declares", "claims", "rules",
})

# (English writes the particle apart: "will talk further"; see de_event_words.GOING_ON_PREFIXES.)
GOING_ON_PREFIXES: tuple[str, ...] = ()
