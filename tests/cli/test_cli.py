"""The command line end to end: demo, list, export, import, --version, and errors on stderr."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

from atelier import __version__
from atelier.cli.main import main
from atelier.paths import default_database_path
from tests.interchange.tables import table_counts

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_list_export_import_list(capsys, db_path, tmp_path):
    code, out, err = run(capsys, "demo", "--db", db_path)
    assert (code, err) == (0, "")
    demo = int(out)

    code, out, _ = run(capsys, "--db", db_path, "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Id", "Titel", "Gemeente"]
    assert len(lines) == 2
    assert lines[1].split()[0] == str(demo) and "Zonnehoek" in lines[1]

    exported = tmp_path / "zonnehoek.json"
    code, out, err = run(capsys, "export", demo, exported, "--db", db_path)
    assert (code, err) == (0, "")
    assert str(exported) in out
    assert json.loads(exported.read_text(encoding="utf-8"))["atelier"]["wijk"] == "Zonnehoek"

    code, out, err = run(capsys, "import", exported, "--db", db_path)
    assert (code, err) == (0, "")
    copy = int(out)
    assert copy != demo

    code, out, _ = run(capsys, "list", "--db", db_path)
    ids = {line.split()[0] for line in out.splitlines()[1:]}
    assert ids == {str(demo), str(copy)}

    again = tmp_path / "kopie.json"
    assert run(capsys, "export", copy, again, "--db", db_path)[0] == 0
    assert again.read_text(encoding="utf-8") == exported.read_text(encoding="utf-8")


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"Atelier {__version__}"


def test_default_database_is_used_without_db(capsys):
    assert run(capsys, "demo")[0] == 0
    assert default_database_path().is_file()
    code, out, _ = run(capsys, "list")
    assert code == 0 and "Zonnehoek" in out


def test_list_of_a_new_file_does_not_create_it(capsys, db_path):
    code, out, err = run(capsys, "list", "--db", db_path)
    assert code == 0 and err == ""
    assert "Nog geen ateliers" in out
    assert not db_path.exists()


def test_unknown_atelier_is_an_error_on_stderr(capsys, db_path, tmp_path):
    run(capsys, "demo", "--db", db_path)
    code, out, err = run(capsys, "export", "99", tmp_path / "x.json", "--db", db_path)
    assert code != 0
    assert out == ""
    assert "Atelier 99 bestaat niet" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.json").exists()


def test_hostile_import_changes_nothing(capsys, db_path, tmp_path):
    run(capsys, "demo", "--db", db_path)
    good = tmp_path / "goed.json"
    run(capsys, "export", "1", good, "--db", db_path)
    document = json.loads(good.read_text(encoding="utf-8"))
    document["dagdelen"][2]["werkvormen"][0]["notes"][1]["text"] = ["geen", "tekst"]
    bad = tmp_path / "kapot.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = table_counts(db_path)

    code, out, err = run(capsys, "import", bad, "--db", db_path)
    assert code == 1 and out == ""
    assert "dagdelen[2].werkvormen[0].notes[1].text: moet tekst zijn" in err
    assert "Er is niets geïmporteerd" in err
    assert len(run(capsys, "list", "--db", db_path)[1].splitlines()) == 2
    assert table_counts(db_path) == before


def test_broken_json_does_not_even_create_the_database(capsys, db_path, tmp_path):
    bad = tmp_path / "kapot.json"
    bad.write_text("{niet: json", encoding="utf-8")
    code, _, err = run(capsys, "import", bad, "--db", db_path)
    assert code == 1 and "geen geldige JSON op regel 1" in err
    assert not db_path.exists()


def test_missing_database_and_foreign_file(capsys, tmp_path):
    code, _, err = run(capsys, "export", "1", tmp_path / "x.json", "--db", tmp_path / "weg.sqlite")
    assert code == 1 and "Er is geen atelierbestand" in err
    foreign = tmp_path / "boodschappen.sqlite"
    foreign.write_text("melk, brood", encoding="utf-8")
    code, _, err = run(capsys, "list", "--db", foreign)
    assert code == 1 and "geen Atelier-bestand" in err and "Traceback" not in err


def test_usage_errors_are_dutch(capsys, db_path):
    code, _, err = run(capsys, "export", "abc", "x.json", "--db", db_path)
    assert code == 2 and "'abc' is geen atelier-id" in err and "gebruik:" in err
    code, _, err = run(capsys, "import")
    assert code == 2 and "deze argumenten ontbreken: BESTAND.json" in err
    code, _, err = run(capsys, "opruimen")
    assert code == 2 and "onbekende keuze 'opruimen'" in err
    code, _, err = run(capsys, "--demo", "list")
    assert code == 2 and "--demo hoort bij het starten van het venster" in err


def test_export_while_the_app_is_writing(capsys, db_path, tmp_path):
    """WAL: the command line reads a file that another program holds a write lock on."""
    run(capsys, "demo", "--db", db_path)
    app = sqlite3.connect(db_path, isolation_level=None)
    try:
        app.execute("BEGIN IMMEDIATE")
        app.execute("UPDATE note SET text = 'half af' WHERE id = 1")
        code, _, err = run(capsys, "export", "1", tmp_path / "x.json", "--db", db_path)
        assert (code, err) == (0, "")
        assert run(capsys, "list", "--db", db_path)[0] == 0
    finally:
        app.execute("ROLLBACK")
        app.close()
    assert "half af" not in (tmp_path / "x.json").read_text(encoding="utf-8")


@pytest.fixture
def fake_app(monkeypatch):
    calls = []
    module = types.ModuleType("atelier.ui.app")

    def run_app(db_path: Path, open_demo: bool) -> int:
        calls.append((db_path, open_demo))
        return 7

    module.run = run_app
    monkeypatch.setitem(sys.modules, "atelier.ui.app", module)
    return calls


def test_without_a_command_the_window_starts(capsys, fake_app, db_path):
    assert main(["--db", str(db_path), "--demo"]) == 7
    assert main([]) == 7
    assert fake_app == [(db_path, True), (default_database_path(), False)]


def test_starting_the_window_reads_its_options_alone_and_a_mistake_gets_the_full_parser(
    capsys, fake_app, db_path
):
    """``atelier --db F`` starts without the subcommands' modules; a missing value, an unknown
    option or a command after --demo still gets the full parser's Dutch message."""
    from atelier.cli.main import window_start

    assert window_start(["--db", str(db_path)]).db == db_path
    assert window_start(["list"]) is None and window_start(["--db"]) is None
    code, _, err = run(capsys, "--db")
    assert code == 2 and "--db: verwacht een waarde" in err
    code, _, err = run(capsys, "--dmeo")
    assert code == 2 and "onbekende argumenten: --dmeo" in err
    code, _, err = run(capsys, "--demo", "list", "--db", db_path)
    assert code == 2 and "--demo hoort bij het starten van het venster" in err
    assert fake_app == []


def _subprocess(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_DATA_HOME": str(home)}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_real_process_exit_codes(tmp_path):
    db = tmp_path / "a.sqlite"
    done = _subprocess("-m", "atelier", "--version", home=tmp_path)
    assert (done.returncode, done.stdout.strip()) == (0, f"Atelier {__version__}")
    done = _subprocess("-m", "atelier", "demo", "--db", str(db), home=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == "1"
    done = _subprocess(
        "-m", "atelier", "export", "2", str(tmp_path / "x.json"), "--db", str(db), home=tmp_path
    )
    assert done.returncode == 1
    assert done.stderr.strip() == "atelier: Atelier 2 bestaat niet (meer)."


def test_version_and_help_import_neither_database_nor_qt(tmp_path):
    probe = (
        "import sys\n"
        "from atelier.cli.main import main\n"
        "main(['--version'])\n"
        "heavy = [m for m in ('sqlalchemy', 'PySide6', 'alembic', 'atelier.storage') "
        "if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = _subprocess("-c", probe, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"


def test_the_window_on_an_archive_refuses_the_demo_and_a_broken_address(capsys):
    """The window can work in a team archive; the demo is for a file only, and an address
    that names no archive is told before anything starts or connects."""
    code, out, err = run(capsys, "--db", "postgresql://marieke@10.0.0.5/team", "--demo")
    assert code == 1 and out == ""
    assert "--demo" in err and "teamarchief" in err
    code, out, err = run(capsys, "--db", "postgresql://10.0.0.5")
    assert code == 1 and "geen adres van een teamarchief" in err
