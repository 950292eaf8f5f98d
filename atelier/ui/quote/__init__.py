"""Atelier → Offerte…: price the open atelier's programme op maat and save the offerte PDF."""
