"""Bring an atelier file to the current schema: new files at head, old ones upgraded safely.

An upgrade runs in a single transaction (SQLite DDL is transactional on our connections), so a
failure leaves the file exactly as it was. Alembic is imported only when the file is not at head.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from atelier.storage.errors import DatabaseTooNew, MigrationFailed
from atelier.translation import _

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def newest_revision_file() -> str | None:
    """The highest ``NNNN`` of the ``versions/NNNN_*.py`` files (each file's revision id is its
    prefix, see tests/storage/test_schema_head.py): lets a current file open without Alembic."""
    prefixes = [p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("*_*.py")]
    return max((p for p in prefixes if p.isdigit()), default=None)


def _config():  # -> alembic.config.Config, imported lazily to keep start-up lean
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":  # the quick look, on every start
            has_table = (
                connection.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                ).first()
                is not None
            )
        else:
            has_table = inspect(connection).has_table("alembic_version")
        if not has_table:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def bring_to_head(
    engine: Engine, path: Path, before_upgrade: Callable[[], None] | None = None
) -> str:
    """Create or upgrade the schema; return 'created', 'upgraded' or 'current'."""
    current = current_revision(engine)
    if current is not None and current == newest_revision_file():
        return "current"
    script = _script()
    head = script.get_current_head()
    if current == head:
        return "current"
    if current is not None:
        known = {revision.revision for revision in script.walk_revisions()}
        if current not in known:
            raise DatabaseTooNew(path, current)
        if before_upgrade is not None:
            before_upgrade()
    from alembic import command

    config = _config()
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                _upgrade_sqlite(connection, config)
            else:
                with connection.begin():
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
    except Exception as error:
        raise MigrationFailed(path, _short_reason(error)) from error
    return "created" if current is None else "upgraded"


def _upgrade_sqlite(connection: Connection, config) -> None:  # config: alembic's Config
    from alembic import command

    # Batch migrations recreate tables; with foreign keys on, dropping the old table would
    # cascade-delete its children (all notes of a werkvorm). SQLite ignores this pragma
    # inside a transaction, so set it on the raw connection before BEGIN.
    raw = connection.connection.driver_connection
    assert raw is not None  # a live connection, just opened
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(
                    _("{broken_count} verwijzingen kloppen niet meer").format(
                        broken_count=len(broken)
                    )
                )
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def _short_reason(error: Exception) -> str:
    """The driver's own words in one short line: never the SQL statement or its parameters."""
    cause = getattr(error, "orig", None) or error
    first_line = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
    return first_line if len(first_line) <= 160 else first_line[:159] + "…"
