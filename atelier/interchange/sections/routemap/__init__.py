"""Section ``routemap`` of the interchange file: ``section`` (the section itself and its
besluitmomenten, risico's and mijlpalen), ``actions`` (its vervolgacties) and ``fields`` (what
they share)."""
