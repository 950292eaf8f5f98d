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


def test_take_along_and_write_back_with_the_password_from_pgpass(
    capsys, tmp_path, blank_postgres_database, monkeypatch
):
    """The laptop's atelier remembers its archive without the password; libpq's password file
    supplies it, so a write-back needs no address and no password on the command line."""
    url = make_url(blank_postgres_database)
    address = url.render_as_string(hide_password=False)
    first, second = tmp_path / "mirjam.sqlite", tmp_path / "bert.sqlite"
    run(capsys, "demo", "--db", first)
    code, out, err = run(capsys, "terugzetten", "1", address, "--db", first, "--als", "Mirjam")
    assert (code, err) == (0, "")
    assert out.startswith("Teruggezet als atelier 1, versie 1, in postgresql://atelier@")
    code, out, _ = run(capsys, "meenemen", "1", address, "--db", second, "--als", "Bert")
    assert out == "Atelier 1 is meegenomen als atelier 1 op deze laptop.\n"

    without_password = f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}"
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen-pgpass"))
    code, _, err = run(capsys, "terugzetten", "1", "--db", second)
    assert code == 1 and "geen wachtwoord meegegeven" in err and "pgpass" in err
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port}:*:{url.username}:{url.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    code, out, err = run(capsys, "terugzetten", "1", "--db", second, "--als", "Bert")
    assert (code, err) == (0, "")
    assert "versie 2" in out

    code, _, err = run(capsys, "terugzetten", "1", without_password, "--db", first)
    assert code == 1
    assert "intussen gewijzigd door Bert" in err and "niets overschreven" in err
    code, out, _ = run(capsys, "terugzetten", "1", "--db", first, "--beide-bewaren")
    assert out.startswith("Naast de nieuwere versie bewaard als atelier 3 in postgresql://")
    code, out, _ = run(capsys, "archief", without_password)
    lines = out.splitlines()
    assert lines[0].split() == [
        "Id",
        "Titel",
        "Gemeente",
        "Notities",
        "Versie",
        "Gewijzigd",
        "door",
        "Op",
    ]
    assert len(lines) == 3 and "Zonnehoek (versie" in out and " Bert " in out
    assert url.password not in out


def test_a_blauwdruk_is_published_and_a_colleague_starts_from_it(
    capsys, tmp_path, blank_postgres_database
):
    archive = blank_postgres_database
    mine, theirs = tmp_path / "mirjam.sqlite", tmp_path / "bert.sqlite"
    run(capsys, "demo", "--db", mine)
    code, out, err = run(
        capsys,
        "publiceren",
        "1",
        archive,
        "--naam",
        "Huurwijk & co",
        "--db",
        mine,
        "--als",
        "Mirjam",
    )
    assert (code, err) == (0, "")
    assert out == "Blauwdruk 'Huurwijk & co' staat in het teamarchief (id 1).\n"
    code, out, _ = run(capsys, "blauwdrukken", archive)
    assert out.splitlines()[1].split()[:7] == ["1", "Huurwijk", "&", "co", "4", "24", "Mirjam"]
    code, out, err = run(
        capsys, "uit-blauwdruk", "1", archive, "--titel", "Atelier Klaverveld", "--db", theirs
    )
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "list", "--db", theirs)
    assert "Atelier Klaverveld" in out and out.splitlines()[1].split()[-3] == "0"
