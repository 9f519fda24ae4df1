"""The cross-briefing model: one picture from many briefings.

``identity`` decides which names are one actor (transliterations, German and
English names, with the data in ``names``); ``events_merge`` which reports
are one occurrence and its status as of the build date; ``stories`` which
briefings belong to one matter.  Pure functions over parsed briefings: no
files, no clock.
"""
