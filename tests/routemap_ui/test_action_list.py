"""The action list: sortable by clicking a column, filtered by owner, lane and status."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from atelier.ui.routemap.action_table_model import CODE, DEADLINE, EIGENAAR


def open_list(qtbot, page):
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page.tabs.currentWidget() is page.action_list
    return page.action_list


def click_header(qtbot, action_list, column: int) -> None:
    header = action_list.table.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(column) + 8, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_every_action_is_listed_in_code_order(qtbot, page, codes):
    action_list = open_list(qtbot, page)

    assert action_list.model.codes() == sorted(codes, key=lambda c: (c[:2], int(c[3:])))
    assert action_list.count.text() == "7 acties"


def test_clicking_the_deadline_column_sorts_by_deadline_and_again_reverses(qtbot, page):
    action_list = open_list(qtbot, page)

    click_header(qtbot, action_list, DEADLINE)
    # 15-01-2027, 01-02-2027, 01-03-2027, Q2 2027, Q3 2027 (ties by code), Q4 2028
    assert action_list.model.codes() == [
        "PA-01",
        "PR-01",
        "OR-01",
        "PA-02",
        "FI-01",
        "TE-01",
        "PR-02",
    ]

    click_header(qtbot, action_list, DEADLINE)
    assert action_list.model.codes()[0] == "PR-02"
    assert action_list.model.codes()[-1] == "PA-01"


def test_sorting_by_owner_groups_the_organisations(qtbot, page):
    action_list = open_list(qtbot, page)
    click_header(qtbot, action_list, CODE)
    click_header(qtbot, action_list, EIGENAAR)

    owners = [action_list.model.action(row).eigenaar.label for row in range(7)]
    assert owners == sorted(owners, key=str.casefold)


def test_filters_by_owner_lane_and_status(qtbot, page, codes):
    action_list = open_list(qtbot, page)

    action_list.owner_filter.setFocus()
    qtbot.keyClicks(action_list.owner_filter, "Regionet")
    assert action_list.owner_filter.currentText() == "Regionet Energie"
    assert action_list.model.codes() == ["TE-01"]
    assert action_list.count.text() == "1 van 7 acties"

    action_list.owner_filter.setCurrentIndex(0)  # all owners
    qtbot.keyClicks(action_list.lane_filter, "Participatie")
    assert action_list.model.codes() == ["PA-01", "PA-02"]

    qtbot.keyClicks(action_list.status_filter, "Lopend")
    assert action_list.model.codes() == ["PA-01"]


def test_the_without_owner_filter_finds_actions_that_need_one(qtbot, page, codes, atelier_id):
    page.operations.save_action(atelier_id, codes["FI-01"], {"eigenaar_organisation_id": None})
    action_list = open_list(qtbot, page)

    qtbot.keyClicks(action_list.owner_filter, "Zonder")

    assert action_list.model.codes() == ["FI-01"]


def test_filters_and_sorting_survive_a_change(qtbot, page, codes, atelier_id):
    action_list = open_list(qtbot, page)
    qtbot.keyClicks(action_list.lane_filter, "Techniek")
    click_header(qtbot, action_list, DEADLINE)

    page.operations.create_action(
        atelier_id, "techniek", "opstarten", {"wat": "Inventariseer bronnen", "deadline": "Q1 2027"}
    )

    assert action_list.model.codes() == ["TE-02", "TE-01"]


def test_enter_on_a_row_opens_the_action(qtbot, page, codes):
    action_list = open_list(qtbot, page)
    action_list.select_action(codes["PR-02"])
    action_list.table.setFocus()

    qtbot.keyClick(action_list.table, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    assert page.editor.code.text() == "PR-02"
    page.editor.reject()


def test_the_edited_action_stays_selected_when_its_row_moves(qtbot, page, codes):
    action_list = open_list(qtbot, page)
    click_header(qtbot, action_list, DEADLINE)
    assert action_list.model.codes()[0] == "PA-01"
    action_list.select_action(codes["PA-01"])

    qtbot.keyClick(action_list.table, Qt.Key.Key_Return)  # open the selected action
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    editor.deadline.line.selectAll()
    qtbot.keyClicks(editor.deadline.line, "Q4 2029")
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Save
    qtbot.waitUntil(lambda: page.editor is None)

    assert action_list.model.codes()[-1] == "PA-01"  # re-sorted to the end
    assert action_list.selected_action() == codes["PA-01"]
    current = action_list.table.currentIndex()
    assert action_list.model.codes()[current.row()] == "PA-01"  # Enter opens it again


def test_the_building_block_filter_shows_the_actions_that_serve_it(qtbot, page, codes, store):
    from atelier.services.routemap.actions import update_action

    store.write_routemap(
        lambda s: update_action(s, codes["TE-01"], bouwstenen=["gebouw_infra", "arrangement"]),
        page.atelier_id,
    )
    action_list = open_list(qtbot, page)
    action_list.bouwsteen_filter.setFocus()
    qtbot.keyClicks(action_list.bouwsteen_filter, "Arrangement")
    assert action_list.model.codes() == ["TE-01"]
    action_list.bouwsteen_filter.setCurrentIndex(action_list.bouwsteen_filter.findData("wijkteam"))
    assert action_list.model.codes() == []
    assert action_list.count.text() == "0 van 7 acties"
