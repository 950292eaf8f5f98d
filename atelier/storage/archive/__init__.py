"""The team archive: the same atelier store on a PostgreSQL server, shared by a bureau's
facilitators (``open_archive``). The laptop's SQLite file stays the default and the place to
work offline; everything SQLite-specific stays in ``atelier.storage``'s file modules."""
