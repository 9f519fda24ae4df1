"""German time, event and number vocabulary, gathered from its job modules into the one namespace that
``datefind.lang_data`` hands the extraction stages (data only; the code lives in extract/).

Each job has a module of its own, ``de_<job>.py``, with an English twin ``en_<job>.py`` holding the same
names.  Includes Austrian (Jänner, Feber) and Swiss spellings.  Lists are lower-case unless they hold
names that must be capitalised to count.
"""

from lagebild.extract.lang.de_dates import *  # noqa: F403
from lagebild.extract.lang.de_event_dating import *  # noqa: F403
from lagebild.extract.lang.de_event_parties import *  # noqa: F403
from lagebild.extract.lang.de_event_refs import *  # noqa: F403
from lagebild.extract.lang.de_event_words import *  # noqa: F403
from lagebild.extract.lang.de_not_events import *  # noqa: F403
from lagebild.extract.lang.de_numbers import *  # noqa: F403
from lagebild.extract.lang.de_plan_changes import *  # noqa: F403
from lagebild.extract.lang.de_stamps import *  # noqa: F403
from lagebild.extract.lang.de_tense import *  # noqa: F403
