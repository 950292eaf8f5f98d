"""The JSON interchange file: a whole atelier in one documented, versioned file.

``export.py`` writes it, ``importer.py`` reads it (all-or-nothing, never trusting the file), and
``sections/`` holds one module per part of the atelier. The format is described in
``docs/format.md``.
"""

FORMAT_NAME = "atelier"
FORMAT_VERSION = 5  # the version this code writes; it reads every version up to this one
