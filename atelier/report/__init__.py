"""The routemap report: a PDF a municipality can send to its council, and CSV exports.

Qt-free. ``build_report`` takes plain records (``ReportData``), reports progress through a
callback (so a UI can run it off its thread) and writes the file atomically.
"""
