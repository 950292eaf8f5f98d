"""What a card on the routemap board shows, worked out from the diagram card and the action."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from atelier.domain.routemap.records import ActionData, Severity
from atelier.report.diagram.model import Card
from atelier.ui.routemap.operations import RoutemapSnapshot


@dataclass(frozen=True)
class CardInfo:
    action_id: int
    code: str
    wat: str
    owner: str  # "" when the action has no owner
    deadline: str  # "" when it has none
    status_naam: str
    status_kleur: str
    blauwdruk: bool
    go_no_go: bool
    problem: str | None  # "error", "warning" or None (from the routemap check)
    tooltip: str


def card_info(card: Card, action: ActionData, problem: str | None) -> CardInfo:
    deadline = action.deadline.label if action.deadline else ""
    return CardInfo(
        action_id=action.id,
        code=card.code,
        wat=card.wat,
        owner=card.owner,
        deadline=deadline,
        status_naam=card.status_naam,
        status_kleur=card.status_kleur,
        blauwdruk=card.blauwdruk,
        go_no_go=card.go_no_go,
        problem=problem,
        tooltip=card_tooltip(
            [
                (card.code, action.wat),
                (QCoreApplication.translate("RoutemapScene", "Result"), action.resultaat),
                (QCoreApplication.translate("RoutemapScene", "Owner"), card.owner),
                (QCoreApplication.translate("RoutemapScene", "Deadline"), deadline),
                (QCoreApplication.translate("RoutemapScene", "Status"), card.status_naam),
                (QCoreApplication.translate("RoutemapScene", "Origin"), action.herkomst),
            ]
        ),
    )


def card_problems(snapshot: RoutemapSnapshot) -> dict[int, str]:
    """Per action: "error" when any finding about it is an error, else "warning"."""
    problems: dict[int, str] = {}
    for finding in snapshot.findings:
        for action_id in finding.action_ids:
            if finding.severity is Severity.ERROR:
                problems[action_id] = "error"
            else:
                problems.setdefault(action_id, "warning")
    return problems


def card_tooltip(lines: list[tuple[str, str]]) -> str:
    """A small HTML table of label → value, with what users typed escaped."""
    rows = "".join(
        f"<tr><td style='padding-right:8px'><i>{html.escape(label)}</i></td>"
        f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in lines
        if value
    )
    return f"<table style='max-width: 420px'>{rows}</table>"
