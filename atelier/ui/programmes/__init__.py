"""File → Programma's…: the programme library (services/programme_library.py)."""
