"""The live sticky-note board of a werkvorm (see ``board_widget.py``)."""
