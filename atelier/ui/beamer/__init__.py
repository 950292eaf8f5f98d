"""The beamer view: a frameless full-screen window for the room, and where it goes."""
