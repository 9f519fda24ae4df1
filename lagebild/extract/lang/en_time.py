"""English time, event and number vocabulary, gathered from its job modules into the one namespace that
``datefind.lang_data`` hands the extraction stages (data only; the code lives in extract/).

Each job has a module of its own, ``en_<job>.py``, with a German twin ``de_<job>.py`` holding the same
names.  British and US spellings both (defence/defense, per cent/percent, fall/autumn).  Keys are
lower-case.
"""

from lagebild.extract.lang.en_dates import *  # noqa: F403
from lagebild.extract.lang.en_event_dating import *  # noqa: F403
from lagebild.extract.lang.en_event_parties import *  # noqa: F403
from lagebild.extract.lang.en_event_refs import *  # noqa: F403
from lagebild.extract.lang.en_event_words import *  # noqa: F403
from lagebild.extract.lang.en_not_events import *  # noqa: F403
from lagebild.extract.lang.en_numbers import *  # noqa: F403
from lagebild.extract.lang.en_plan_changes import *  # noqa: F403
from lagebild.extract.lang.en_stamps import *  # noqa: F403
from lagebild.extract.lang.en_tense import *  # noqa: F403
