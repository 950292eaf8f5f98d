"""The routemap's dates as an .ics calendar file for the project leader's agenda."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from atelier.cli.main import main
from atelier.report.calendar_ics import routemap_calendar


def unfolded(ics: bytes) -> list[str]:
    """The file's lines as an agenda reads them: CRLF ends, continuation lines joined."""
    text = ics.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # every line ends in CRLF
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def events(ics: bytes) -> list[dict[str, str]]:
    found, current = [], None
    for line in unfolded(ics):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            found.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return found


def test_every_dated_decision_milestone_and_deadline_is_an_all_day_event(report_data):
    ics = routemap_calendar(report_data, now=datetime(2026, 12, 7, tzinfo=UTC))
    found = {event["SUMMARY"]: event for event in events(ics)}
    decision = found["Go/no-go: Projectplan vaststellen"]
    assert decision["DTSTART;VALUE=DATE"] == "20270315"
    assert decision["DTEND;VALUE=DATE"] == "20270316"
    assert "Het college stelt het projectplan vast." in decision["DESCRIPTION"]
    # a quarter is put on its last day, and says so
    brief = found["Besluit: Raadsinformatiebrief & startnotitie"]
    assert brief["DTSTART;VALUE=DATE"] == "20270331"
    assert "Uiterlijk: Q1 2027" in brief["DESCRIPTION"]
    assert found["Mijlpaal: Projectplan vastgesteld"]["DTSTART;VALUE=DATE"] == "20270331"
    deadlines = [s for s in found if s.startswith("Deadline ")]
    assert len(deadlines) == len([a for a in report_data.routemap.actions if a.deadline])
    assert any("Laat een wijkanalyse maken 👍" in s for s in deadlines)


def test_text_is_escaped_folded_and_stable_between_exports(report_data):
    first = routemap_calendar(report_data, now=datetime(2026, 12, 7, tzinfo=UTC))
    later = routemap_calendar(report_data, now=datetime(2027, 1, 9, tzinfo=UTC))
    for line in first.split(b"\r\n"):
        assert len(line) <= 75  # octets, never cut inside a character (it decodes)
    summaries = [e["SUMMARY"] for e in events(first)]
    assert r"Deadline PR-01: Schrijf het projectplan <concept> & leg het voor" in summaries
    assert any("\\n" in e["DESCRIPTION"] for e in events(first))  # new lines escaped
    assert [e["UID"] for e in events(first)] == [e["UID"] for e in events(later)]
    assert len(set(re.findall(rb"UID:[^\r]+", first))) == len(events(first))


def test_without_names_no_participant_is_named(report_data):
    ics = routemap_calendar(report_data, names=False).decode("utf-8").replace("\r\n ", "")
    assert "Mirjam de Vries" not in ics
    assert "Mirjam de Vries" in routemap_calendar(report_data).decode("utf-8").replace("\r\n ", "")


def test_the_command_writes_the_file(db_path, fixture_atelier, tmp_path, capsys):
    target = tmp_path / "routemap.ics"
    code = main(["--db", str(db_path), "ics", str(fixture_atelier.atelier_id), "-o", str(target)])
    assert code == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert "staan in" in capsys.readouterr().out
    wrong = main(["--db", str(db_path), "ics", str(fixture_atelier.atelier_id), "-o", "x.pdf"])
    assert wrong != 0
    assert "geen agendabestand" in capsys.readouterr().err
