"""The README tells the truth: CI runs its commands, and it names the files the code uses."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from atelier import APP_NAME
from atelier.paths import DATABASE_FILENAME
from atelier.storage.backups import INTERVAL, KEEP, KEEP_DAILY_DAYS, backup_folder

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
README_TEXT = " ".join(README.split())  # prose with its line breaks undone


def readme_command(name: str) -> str:
    """The command README.md marks for CI, extracted by the same script CI uses."""
    if shutil.which("bash") is None:
        pytest.skip("the CI scripts need bash")
    result = subprocess.run(
        ["bash", str(ROOT / ".ci" / "readme-command"), name],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.mark.parametrize("name", ["app", "tests", "system-packages"])
def test_each_command_ci_runs_is_one_line_of_the_readme(name: str) -> None:
    command = readme_command(name)
    assert command.count("\n") == 1 and command.strip(), f"{name}: {command!r}"
    assert command.rstrip("\n") in README.splitlines()


def test_the_quick_start_installs_into_a_local_venv_and_opens_the_demo() -> None:
    command = readme_command("app").strip()
    assert command.startswith("python3 -m venv .venv && .venv/bin/pip install -e . && ")
    assert command.endswith(".venv/bin/atelier --demo")


def test_the_quick_start_test_command_runs_the_whole_suite_headless() -> None:
    command = readme_command("tests").strip()
    assert command.startswith('python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && ')
    # No paths, -k or -m after pytest: the whole suite, as configured in pyproject.toml.
    assert command.endswith("QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest")


def test_the_readme_names_the_data_file_and_backups_the_code_uses() -> None:
    for folder in (
        f"~/.local/share/{APP_NAME}/{DATABASE_FILENAME}",
        f"%LOCALAPPDATA%\\{APP_NAME}\\{DATABASE_FILENAME}",
        f"~/Library/Application Support/{APP_NAME}/{DATABASE_FILENAME}",
    ):
        assert f"`{folder}`" in README
    assert f"`{backup_folder(Path(DATABASE_FILENAME)).name}/`" in README
    assert f"at most every {INTERVAL.total_seconds() / 60:g} minutes" in README_TEXT
    assert f"The {KEEP} newest are kept" in README_TEXT
    assert f"each of the last {KEEP_DAILY_DAYS} days" in README_TEXT


def test_the_readme_documents_every_command_of_the_command_line() -> None:
    import argparse

    from atelier.cli.main import build_parser

    parser = build_parser()
    commands = next(
        action.choices
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    for name in commands:
        assert f"`atelier {name} " in README or f"`atelier {name}`" in README, name
    for option in ("--db PATH", "--demo", "--version"):
        assert option in README
