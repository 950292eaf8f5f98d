"""Storage: the SQLite database, its schema, migrations and backups. No Qt here."""
