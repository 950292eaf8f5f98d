"""Build hook: ``resources/`` travels inside the package as ``atelier/resources``.

The programme, the reference data, fonts, icons and translations live in the top-level
``resources/`` folder of the source tree. A wheel or an sdist must carry them inside the
package, where ``atelier.paths`` looks first; an editable install and a source checkout read the
top-level folder itself. Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the source tree's resources/ directly
        target = Path(self.build_lib) / "atelier" / "resources"
        shutil.copytree(HERE / "resources", target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithResources})
