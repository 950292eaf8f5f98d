"""Shared fixtures: every test gets its own database and never touches the user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import engines
from tests.engines import (  # noqa: F401  (fixtures)
    blank_postgres_database,
    postgres_database,
    postgres_template,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")  # as atelier.ui.app.configure_qt, for qapp


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the user's data and config folders at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for variable in (
        "HOME",
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "APPDATA",
        "LOCALAPPDATA",
    ):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    return home


@pytest.fixture(autouse=True)
def dutch_core_messages() -> Iterator[None]:
    """Each test starts with the core speaking Dutch, whatever an earlier test chose."""
    from atelier.translation import use_language

    use_language("nl")
    yield
    use_language("nl")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ateliers" / "atelier.sqlite"


def pytest_report_header() -> str:
    return engines.header()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_engine" in metafunc.fixturenames:
        metafunc.parametrize("store_engine", engines.engines_for(metafunc))


@pytest.fixture
def store_engine() -> str:
    return "sqlite"


@pytest.fixture
def database(store_engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:  # noqa: F821
    """An empty store at the current schema: an atelier file, or (for the tests of
    ``tests/engines.py``) also a team archive's database on PostgreSQL."""
    if store_engine == "postgresql":
        from atelier.storage.archive.database import open_archive

        db = open_archive(request.getfixturevalue("postgres_database"))
    else:
        from atelier.storage.opening import open_database

        db = open_database(request.getfixturevalue("db_path"))
    yield db
    db.close()


@pytest.fixture
def programme():
    from atelier.domain.programme import load_programme

    return load_programme()


@pytest.fixture
def atelier_id(database, programme) -> int:
    from atelier.services.ateliers import create_atelier

    with database.transaction() as session:
        return create_atelier(
            session,
            programme,
            titel="Atelier Zonnehoek",
            gemeente="Gemeente Veldwijk",
            wijk="Zonnehoek",
        )
