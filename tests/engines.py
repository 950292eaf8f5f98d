"""Tests of the store on both engines: the laptop's SQLite file and the team archive on
PostgreSQL (a real server: ``.ci/postgres`` starts a throw-away one on 127.0.0.1 and sets
``ATELIER_TEST_POSTGRES_URL``; without it, only SQLite runs and the header says so).

Every test of the store (under these folders, and the tests without a window in the features'
folders) that takes the ``database`` fixture runs on both, unless it asks for ``db_path``
itself (it works with the file) or is marked ``sqlite_only``."""

from __future__ import annotations

import inspect
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

POSTGRES_URL = os.environ.get("ATELIER_TEST_POSTGRES_URL", "")
ON_BOTH_ENGINES = ("storage", "services", "interchange", "report")
# Folders of a feature's tests, window and services together: their tests without a window
# (no ``qapp`` among their fixtures) are services tests, and run on both engines too.
SERVICES_AMONG = ("board", "routemap", "room", "phones")
TESTS = Path(__file__).resolve().parent
_names = itertools.count(1)


def engines_for(metafunc: pytest.Metafunc) -> list[str]:
    """The engines one test runs on."""
    own = inspect.signature(metafunc.function).parameters
    folder = Path(str(metafunc.definition.path)).resolve().relative_to(TESTS).parts[0]
    services = folder in ON_BOTH_ENGINES or (
        folder in SERVICES_AMONG and "qapp" not in metafunc.fixturenames
    )
    if (
        not POSTGRES_URL
        or not services
        or "db_path" in own
        or metafunc.definition.get_closest_marker("sqlite_only") is not None
    ):
        return ["sqlite"]
    return ["sqlite", "postgresql"]


def header() -> str:
    if POSTGRES_URL:
        return f"store tests on SQLite and on PostgreSQL ({POSTGRES_URL.split('@')[-1]})"
    return "store tests on SQLite only: set ATELIER_TEST_POSTGRES_URL (see .ci/postgres)"


def _admin():
    from sqlalchemy import create_engine

    return create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")


def _address_of(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A database at the current schema, copied for each test (quicker than migrating)."""
    from sqlalchemy import text

    from atelier.storage.archive.database import open_archive

    name = f"atelier_template_{os.getpid()}"
    admin = _admin()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    open_archive(_address_of(name)).close()
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def _database_of_its_own(prefix: str, template: str | None = None) -> Iterator[str]:
    """A new database for one test (a copy of ``template``, or empty), dropped after it; its
    address."""
    from sqlalchemy import text

    name = f"{prefix}_{os.getpid()}_{next(_names)}"
    copy = f' TEMPLATE "{template}"' if template else ""
    admin = _admin()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    yield _address_of(name)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def postgres_database(postgres_template: str) -> Iterator[str]:
    """A new database of its own for one test, at the current schema; its address."""
    yield from _database_of_its_own("atelier_test", postgres_template)


needs_postgres = pytest.mark.skipif(
    not POSTGRES_URL, reason="needs a PostgreSQL server: ATELIER_TEST_POSTGRES_URL (.ci/postgres)"
)


@pytest.fixture
def blank_postgres_database() -> Iterator[str]:
    """A new, empty database of its own (no schema yet); its address."""
    yield from _database_of_its_own("atelier_blank")


def admin_execute(*statements: str) -> None:
    """Run statements as the test server's administrator (roles, other sessions)."""
    from sqlalchemy import text

    admin = _admin()
    with admin.connect() as connection:
        for statement in statements:
            connection.execute(text(statement))
    admin.dispose()
