"""Combo boxes and labels for the routemap's vocabulary (fasen, lanes, statuses, organen…)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import QComboBox, QWidget

from atelier.domain.reference import onderdelen
from atelier.domain.routemap.records import BesluitmomentData, RisicoData
from atelier.domain.routemap.vocabulary import Choice, LaneSet, naam, vocabulary
from atelier.ui.look import painted_icon


@cache
def colour_icon(kleur: str, size: int = 12) -> QIcon:
    colour = QColor(kleur)

    def square(painter: QPainter) -> None:
        painter.setPen(colour.darker(130))
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3)

    return painted_icon(size, square)


def combo(parent: QWidget, items: list[tuple[str, object]], name: str = "") -> QComboBox:
    box = QComboBox(parent)
    if name:
        box.setObjectName(name)
    for text, data in items:
        box.addItem(text, data)
    return box


def select_data(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    box.setCurrentIndex(index if index >= 0 else 0)


def status_combo(parent: QWidget, name: str = "") -> QComboBox:
    box = combo(parent, [], name)
    for choice in vocabulary().statussen:
        box.addItem(colour_icon(choice.kleur), choice.naam, choice.key)
    return box


def fase_items() -> list[tuple[str, object]]:
    return [(f.naam, f.key) for f in vocabulary().fasen]


def lane_items(lane_set: LaneSet) -> list[tuple[str, object]]:
    return [(lane.naam, lane.key) for lane in lane_set.lanes]


def onderdeel_items() -> list[tuple[str, object]]:
    return [(o.naam, o.key) for o in onderdelen()]


def choice_items(choices: tuple[Choice, ...]) -> list[tuple[str, object]]:
    return [(c.naam, c.key) for c in choices]


def lane_name(lane_set: LaneSet, key: str) -> str:
    try:
        return lane_set.lane(key).naam
    except KeyError:
        return key


def fase_name(key: str | None) -> str:
    if key is None:
        return ""
    try:
        return vocabulary().fase(key).naam
    except KeyError:
        return key


def status_name(key: str) -> str:
    return naam(vocabulary().statussen, key)


def besluitmoment_label(moment: BesluitmomentData) -> str:
    words = vocabulary()
    title = moment.titel or naam(words.besluittypen, moment.type)
    details = [naam(words.organen, moment.orgaan) if moment.orgaan else ""]
    details.append(moment.datum.label if moment.datum else "")
    shown = ", ".join(part for part in details if part)
    return f"{title} ({shown})" if shown else title


def risico_label(risico: RisicoData) -> str:
    return f"{risico.code} {risico.titel}"
