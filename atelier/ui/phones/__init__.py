"""Phones in the room, in the window: opening a werkvorm to phones, the inbox of their notes."""
