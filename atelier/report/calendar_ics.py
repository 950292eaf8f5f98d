"""The routemap's dates as a calendar file (iCalendar, RFC 5545) for the project leader's
agenda: every besluitmoment, mijlpaal and action deadline as an all-day event.

A date stays that day; a quarter ("Q2 2028") is put on its last day, "uiterlijk", as a
deadline is. Each event keeps the same UID from export to export, so importing a newer file
updates the agenda instead of doubling it. Names of participants are left out when asked
(the privacy option), as in the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from atelier.domain.routemap.moment import Moment
from atelier.domain.routemap.vocabulary import GO_NO_GO, naam, vocabulary
from atelier.report.data import ReportData
from atelier.report.privacy import Redactor
from atelier.translation import _

LINE_OCTETS = 75  # RFC 5545: longer lines are folded


@dataclass(frozen=True)
class Event:
    uid: str
    day: date
    summary: str
    description: str


def routemap_events(data: ReportData, *, names: bool = True) -> list[Event]:
    """The routemap's dated besluitmomenten, mijlpalen and action deadlines, by date."""
    redactor = Redactor(data.atelier, hide_names=not names)
    words = vocabulary()
    routemap, atelier_id = data.routemap, data.atelier.id
    events: list[Event] = []
    for besluit in routemap.besluitmomenten:
        if besluit.datum is not None:
            kind = "Go/no-go" if besluit.type == GO_NO_GO else _("Besluit")
            details = [
                naam(words.organen, besluit.orgaan) if besluit.orgaan else "",
                besluit.voorstel,
                _when(besluit.datum),
            ]
            events.append(
                Event(
                    f"besluitmoment-{besluit.id}@atelier-{atelier_id}",
                    besluit.datum.last,
                    f"{kind}: {besluit.titel}",
                    "\n".join(part for part in details if part),
                )
            )
    for mijlpaal in routemap.mijlpalen:
        if mijlpaal.moment is not None:
            details = [mijlpaal.eindproduct, _when(mijlpaal.moment)]
            events.append(
                Event(
                    f"mijlpaal-{mijlpaal.id}@atelier-{atelier_id}",
                    mijlpaal.moment.last,
                    _("Mijlpaal: {titel}").format(titel=mijlpaal.titel),
                    "\n".join(part for part in details if part),
                )
            )
    for action in routemap.actions:
        if action.deadline is not None:
            details = [
                _("Eigenaar: {owner}").format(owner=redactor.owner(action.eigenaar)),
                _("Status: {naam}").format(naam=naam(words.statussen, action.status)),
                _when(action.deadline),
            ]
            events.append(
                Event(
                    f"actie-{action.id}@atelier-{atelier_id}",
                    action.deadline.last,
                    _("Deadline {code}: {wat}").format(code=action.code, wat=action.wat),
                    "\n".join(part for part in details if part),
                )
            )
    return sorted(events, key=lambda event: (event.day, event.summary))


def routemap_calendar(
    data: ReportData, *, names: bool = True, now: datetime | None = None
) -> bytes:
    """The events as an .ics file (UTF-8, CRLF line ends, long lines folded)."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    title = _("Routemap {titel}").format(titel=data.atelier.titel)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Atelier//Routemap//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_text(title)}",
    ]
    for event in routemap_events(data, names=names):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_text(event.summary)}",
            f"DESCRIPTION:{_text(event.description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines).encode("utf-8")


def _when(moment: Moment) -> str:
    if moment.is_quarter:
        return _("Uiterlijk: {label} (in de agenda op de laatste dag)").format(label=moment.label)
    return ""


def _text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and new lines escaped (RFC 5545 3.3.11)."""
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued after CRLF and a space; never inside a character."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        limit = LINE_OCTETS if not parts else LINE_OCTETS - 1
        if size + octets > limit:
            parts.append(current)
            current, size = "", 0
        current += char
        size += octets
    parts.append(current)
    return "\r\n ".join(parts)
