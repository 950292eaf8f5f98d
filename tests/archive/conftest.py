"""A laptop (an atelier file) and a team archive (PostgreSQL), and a second laptop."""

from __future__ import annotations

import pytest

from atelier.storage.archive.database import open_archive
from atelier.storage.opening import open_database


@pytest.fixture
def archive(postgres_database):
    database = open_archive(postgres_database)
    yield database
    database.close()


@pytest.fixture
def laptop(database):
    return database  # the atelier file of the first facilitator


@pytest.fixture
def other_laptop(tmp_path):
    database = open_database(tmp_path / "collega" / "atelier.sqlite")
    yield database
    database.close()
