"""The team archive's work: take an atelier along from the archive to the laptop
("Meenemen"), write it back ("Terugzetten") without ever overwriting a colleague's newer
version, and list what the archive holds with who changed what when.

An atelier travels as an interchange document (``atelier.interchange``) and keeps its
``uid``; the archive's ``archive_version`` goes one up at every write-back, and the laptop's
copy remembers the version it is based on. The database itself is ``atelier.storage.archive``.
"""
