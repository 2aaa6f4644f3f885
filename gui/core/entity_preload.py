"""What an entity pass imports ahead, in order: the recogniser's modules, or for a long text
that the child process recognises, the child-process machinery only.

:func:`gui.core.entity_pass.preload_steps` turns one of these lists into one import per
event-loop turn. **A new module of the recogniser goes into** :data:`RECOGNISER_MODULES`, after
every module it imports: a step that imported two modules would block the UI for both
(``tests/core/test_entity_pass.py`` runs the steps in a fresh interpreter and fails on any
step that imports more than one). The lists are only names: this module imports none of them.
"""

from __future__ import annotations

import sys

#: The recogniser's modules, each after the modules it imports, so that each step imports one
#: module (its package, ``gui.core.entities``, imports none of them: see its docstring).
RECOGNISER_MODULES = (
    "gui.core.collector",
    "gui.core.patterns",
    "gui.core.entities.lexicon",
    "gui.core.entities.gazetteer",
    "gui.core.entities.name_context",
    "gui.core.entities.company_names",
    "gui.core.entities.name_starts",
    "gui.core.entities.departments",
    "gui.core.entities.names",
    "gui.core.entities.abbreviation_runs",
    "gui.core.entities.latin_places",
    "gui.core.entities.places",
    "gui.core.entities.plan_places",
    "gui.core.entities.place_kinds",
    "gui.core.entities.place_lists",
    "gui.core.entities.place_guards",
    "gui.core.entities.place_repeats",
    "gui.core.entities.venues",
    "gui.core.entities.company_sites",
    "gui.core.entities.chains",
    "gui.core.entities.foreign",
    "gui.core.entities.org_lists",
    "gui.core.entities.org_repeats",
    "gui.core.entities.org_guards",
    "gui.core.entities.org_shares",
    "gui.core.entities.latin_orgs",
    "gui.core.entities.person_forms",
    "gui.core.entities.given_names",
    "gui.core.entities.titled_names",
    "gui.core.entities.people",
    "gui.core.entities.definitions",
    "gui.core.entities.org_officers",
    "gui.core.entities.headed_bodies",
    "gui.core.entities.titled_bodies",
    "gui.core.entities.duty_bodies",
    "gui.core.entities.role_people",
    "gui.core.entities.nicknames",
    "gui.core.entities.person_repeats",
    "gui.core.entities.bare_names",
    "gui.core.entities.name_columns",
    "gui.core.entities.spaced_bodies",
    "gui.core.entities.doc_numbers",
    "gui.core.entities.rules",
    "gui.core.entities.quantities",
    "gui.core.entities.date_names",
    "gui.core.entities.regions",
    "gui.core.entities.place_levels",
    "gui.core.entities.sites",
    "gui.core.entities.place_abbreviations",
    "gui.core.entities.place_words",
    "gui.core.entities.bounds",
    "gui.core.entities.district_roads",
    "gui.core.entities.notice_sites",
    "gui.core.entities.media",
    "gui.core.entities.teams",
    "gui.core.entities.schools",
    "gui.core.entities.project_lists",
    "gui.core.entities.table_columns",
    "gui.core.offsets",
    "gui.core.script",
    "gui.core.entities.org_starts",
    "gui.core.entities.subunits",
    "gui.core.entities.speaker_turns",
    "gui.core.entities.person_marks",
    "gui.core.entities.latin_glosses",
    "gui.core.entities.recogniser",
)
#: What a long text's pass needs on this side when the child recognises it: the child-process
#: machinery, and nothing of the recogniser.
PROCESS_MODULES = (
    "multiprocessing",
    "multiprocessing.connection",
    "concurrent.futures.process",
    "multiprocessing.queues",
    "multiprocessing.synchronize",
    "multiprocessing.popen_spawn_win32"
    if sys.platform == "win32"
    else "multiprocessing.popen_spawn_posix",
    # What the window's request reads the user's corrections with (the package imports its
    # corrections and model modules, not the recogniser): its import ran in the request's
    # turn, through PySide's import hook (a 410 ms start-up gap under load).
    "gui.core.bounded_read",
    "gui.core.files",
    "gui.core.entities",
)
