"""Alembic environment for Atelier files.

Atelier runs migrations itself (``atelier.storage.migrate``) on a connection that is already
inside a transaction, so the whole upgrade commits or rolls back as one. No logging setup here:
the application owns logging.
"""

from alembic import context

from atelier.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Atelier migrations run through atelier.storage.migrate, not the alembic CLI"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
