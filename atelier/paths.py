"""Where Atelier finds its bundled resources and keeps the user's data."""

from __future__ import annotations

import sys
from pathlib import Path

from atelier import APP_NAME

DATABASE_FILENAME = "atelier.sqlite"


def resources_dir() -> Path:
    """The ``resources/`` folder: inside a PyInstaller bundle, inside the installed package (a
    wheel or an sdist, see ``setup.py``), or at the top of a source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return user_data_dir() / DATABASE_FILENAME
