"""Where Atelier finds its bundled resources and keeps the user's data."""

from __future__ import annotations

import sys
from pathlib import Path

from atelier import APP_NAME

DATABASE_FILENAME = "atelier.sqlite"


def resources_dir() -> Path:
    """The ``resources/`` folder, from a source checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return user_data_dir() / DATABASE_FILENAME
