"""The werkvorm timer: its face (room and facilitator) and its controls."""
