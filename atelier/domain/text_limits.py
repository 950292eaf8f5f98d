"""How long each stored text may be: one set of limits for the window, the services and the
interchange file.

The window uses them as a field's maximum length, the services check them before storing, and
the importer checks them when it reads a file (docs/format.md lists the same numbers). So
whatever Atelier accepts from a facilitator, it can also export and import back.
"""

from __future__ import annotations

ATELIER_TITLE = 200
NAME = 300  # a person or an organisation
SHORT_TEXT = 1_000  # one line: gemeente, wijk, a role, a theme, a place, a werkvorm's title
LONG_TEXT = 20_000  # a note, a werkvorm's question, a dagdeel's goal, a routemap text
INTAKE_TEXT = 100_000  # the intake's free texts: goals, deliverables, notes
CLUSTER_TITLE = 500
ROUTEMAP_TITLE = 500  # a mijlpaal, besluitmoment, risico or ontwikkelspoor
ACTION_WAT = 500  # what an action is, in one sentence
LIST_ENTRY = SHORT_TEXT  # one name in an action's uitvoerders, betrokken, informeren, extern
LIST_LENGTH = 200  # names in one such list
REPORT_TEXT = 50_000  # one of the report's own texts
PHONE_TEXT = 500  # a note typed on a participant's phone


def is_one_line(text: str) -> bool:
    """No line break of any kind in ``text`` (also U+2028, U+0085, a form feed, …): a name in
    a list is stored one per line, so it must never hold a break that could split it."""
    return text.splitlines() == [text] or text == ""


INTAKE = {
    "titel": ATELIER_TITLE,
    "gemeente": SHORT_TEXT,
    "wijk": SHORT_TEXT,
    "facilitators": INTAKE_TEXT,
    "doelen": INTAKE_TEXT,
    "deliverables": INTAKE_TEXT,
    "intake_notes": INTAKE_TEXT,
    "programme_name": SHORT_TEXT,
}
