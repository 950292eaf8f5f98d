"""File → Voorkeuren…: the settings a facilitator chooses once (language, timer, beamer)."""
