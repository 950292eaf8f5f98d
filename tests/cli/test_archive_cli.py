"""The command line on a team archive: ``--db postgresql://…`` lists, imports, exports and
reports as on a file; an atelier carried from a file into the archive and back is unchanged;
the password is never printed."""

from __future__ import annotations

import json

from sqlalchemy.engine import make_url

from atelier.cli.main import main
from tests.engines import needs_postgres

pytestmark = needs_postgres


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def without_generator(path) -> dict:
    document = json.loads(path.read_text(encoding="utf-8"))
    document.pop("generator", None)
    return document


def test_an_atelier_goes_into_the_archive_and_comes_back_unchanged(
    capsys, db_path, tmp_path, blank_postgres_database
):
    archive = blank_postgres_database
    code, out, _ = run(capsys, "demo", "--db", db_path)
    demo = int(out)
    carried = tmp_path / "meenemen.json"
    assert run(capsys, "export", demo, carried, "--db", db_path)[0] == 0

    code, out, err = run(capsys, "list", "--db", archive)
    assert (code, err) == (0, "")
    assert out.startswith("Nog geen ateliers in 'postgresql://atelier@")
    code, out, err = run(capsys, "import", carried, "--db", archive)
    assert (code, err) == (0, "")
    in_archive = int(out)
    code, out, _ = run(capsys, "list", "--db", archive)
    assert out.splitlines()[1].split()[0] == str(in_archive) and "Zonnehoek" in out

    back = tmp_path / "terug.json"
    assert run(capsys, "export", in_archive, back, "--db", archive)[0] == 0
    assert without_generator(back) == without_generator(carried)
    code, _, err = run(capsys, "report", in_archive, "-o", tmp_path / "r.pdf", "--db", archive)
    assert (code, err) == (0, "")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_a_refusal_names_the_archive_without_its_password(capsys, blank_postgres_database):
    right = make_url(blank_postgres_database)
    wrong = right.set(password="Fout-Wachtwoord-99").render_as_string(hide_password=False)
    code, out, err = run(capsys, "list", "--db", wrong)
    assert code == 1 and out == ""
    assert "weigert de aanmelding" in err
    assert "Fout-Wachtwoord-99" not in err and f":{right.password}@" not in err


def test_what_only_a_file_has_is_refused_for_an_archive(capsys, blank_postgres_database):
    code, _, err = run(capsys, "restore", "--db", blank_postgres_database)
    assert code == 1
    assert "alleen met een atelierbestand" in err
