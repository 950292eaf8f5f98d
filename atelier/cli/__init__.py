"""The command line: ``atelier`` starts the app; subcommands work without a window.

Every module here stays light at import time (argparse and pathlib only) so that
``atelier --version`` and ``atelier list`` start fast; database and Qt code is imported inside
the functions that need it.
"""
