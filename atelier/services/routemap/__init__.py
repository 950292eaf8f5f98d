"""The routemap's services: actions, mijlpalen, besluitmomenten, risico's, settings, and what
the report reads."""
