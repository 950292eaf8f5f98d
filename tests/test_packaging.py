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


def test_a_wheel_installed_outside_the_clone_has_everything_it_needs(tmp_path: Path) -> None:
    """A wheel carries the programme, fonts, icons and translations inside the package: the demo,
    a report and the window work from a fresh virtual environment that cannot see the source
    tree (its dependencies are lent from this one, so nothing is downloaded)."""
    import os
    import site
    import sys
    import sysconfig

    wheel = _build_wheel(tmp_path)
    fresh = tmp_path / "fresh-venv"
    subprocess.run([sys.executable, "-m", "venv", str(fresh)], check=True, timeout=300)
    bin_dir = fresh / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run(
        [
            str(bin_dir / "python"),
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    fresh_site = subprocess.run(
        [str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    lent = [path for path in {*site.getsitepackages(), sysconfig.get_path("purelib")}]
    (Path(fresh_site) / "lent-dependencies.pth").write_text("\n".join(lent) + "\n")
    home = tmp_path / "home"
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    work = tmp_path / "elders"
    work.mkdir()

    def run(program: str, *args: str, **extra: str) -> str:
        done = subprocess.run(
            [str(bin_dir / program), *args],
            cwd=work,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    where = run("python", "-c", "import atelier.paths as p; print(p.__file__, p.resources_dir())")
    assert all(part.startswith(fresh_site) for part in where.split())
    assert (bin_dir / "atelier-gui").exists() or (bin_dir / "atelier-gui.exe").exists()
    desktop = Path(fresh_site) / "atelier" / "resources" / "linux" / "atelier.desktop"
    assert "Exec=atelier-gui" in desktop.read_text(encoding="utf-8")
    atelier_id = run("atelier", "demo", "--db", "a.sqlite").strip()
    run("atelier", "report", atelier_id, "-o", "a.pdf", "--db", "a.sqlite")
    assert (work / "a.pdf").read_bytes().startswith(b"%PDF-")
    shown = run("atelier", "--demo", "--db", "a.sqlite", ATELIER_SMOKE_TEST="1")
    assert "window shown:" in shown and "Zonnehoek" in shown


def _build_wheel(tmp_path: Path) -> Path:
    """The wheel of a clean copy of the source (no build/ of an earlier run can stand in)."""
    import sys

    source = tmp_path / "source"
    for name in ("atelier", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            "-q",
        ],
        check=True,
        capture_output=True,
        timeout=300,
        cwd=source,
    )
    (wheel,) = wheels.glob("atelier-*.whl")
    return wheel
