"""Build the installer and report how long it took, how big it is and what takes the room.

    .venv/bin/python benchmarks/installer.py [--no-build]

Needs PyInstaller (`pip install -e ".[installer]"`). Builds into dist/atelier like CI does.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "atelier"


def size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(size(child) for child in path.iterdir())


def megabytes(count: int) -> str:
    return f"{count / 1_000_000:7.1f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="only measure dist/atelier")
    args = parser.parse_args()
    if not args.no_build:
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--clean",
                "--log-level",
                "WARN",
                "build_installer.spec",
            ],
            cwd=ROOT,
            check=True,
        )
        print(f"build time: {time.perf_counter() - started:.0f} s")
    internal = BUNDLE / "_internal"
    print(f"bundle {BUNDLE.relative_to(ROOT)}: {megabytes(size(BUNDLE))}")
    parts = [*internal.iterdir(), *(internal / "PySide6" / "Qt").glob("*/*")]
    parts = [part for part in parts if part.name not in ("PySide6",)]
    for part in sorted(parts, key=size, reverse=True)[:12]:
        print(f"  {megabytes(size(part))}  {part.relative_to(internal)}")


if __name__ == "__main__":
    main()
