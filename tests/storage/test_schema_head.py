"""Opening a current file takes a fast path that must agree with Alembic."""

import re

from atelier.storage import migrate

REVISION = re.compile(r"^revision(?:: str)? = ['\"](\w+)['\"]", re.MULTILINE)


def test_each_migration_file_is_named_after_its_revision() -> None:
    for path in (migrate.MIGRATIONS_DIR / "versions").glob("*.py"):
        revision = REVISION.search(path.read_text(encoding="utf-8"))
        assert revision is not None, path.name
        assert path.name.startswith(f"{revision.group(1)}_"), path.name


def test_the_newest_file_is_alembics_head() -> None:
    assert migrate.newest_revision_file() == migrate.head_revision()


def test_a_current_file_opens_through_the_fast_path(database, db_path) -> None:
    assert migrate.bring_to_head(database.engine, db_path) == "current"
