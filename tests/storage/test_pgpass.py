"""A team archive's password is kept where libpq finds it, readable by its owner only, one
line per server, database and user; Atelier's own settings never hold it."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from sqlalchemy.engine import make_url

from atelier.storage.archive.pgpass import remember_password


@pytest.fixture
def pgpass(tmp_path, monkeypatch):
    path = tmp_path / "postgresql" / "pgpass.conf"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


def test_the_password_is_kept_for_libpq_and_readable_by_its_owner_only(pgpass):
    pgpass.parent.mkdir()
    pgpass.write_text("10.0.0.9:5432:*:beheer:ander\n", encoding="utf-8")
    url = make_url("postgresql://mirjam:ge:heim\\1@10.0.0.5:6543/team")
    assert remember_password(url) == pgpass
    assert pgpass.read_text(encoding="utf-8").splitlines() == [
        "10.0.0.9:5432:*:beheer:ander",
        "10.0.0.5:6543:team:mirjam:ge\\:heim\\\\1",
    ]
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(pgpass).st_mode) == 0o600


def test_a_new_password_replaces_the_old_line(pgpass):
    remember_password(make_url("postgresql://mirjam:oud@10.0.0.5/team"))
    remember_password(make_url("postgresql://mirjam:nieuw@10.0.0.5/team"))
    assert pgpass.read_text(encoding="utf-8") == "10.0.0.5:5432:team:mirjam:nieuw\n"
