"""A long run of the interchange file's property-based suite, with a random seed.

    .venv/bin/python benchmarks/fuzz_import.py [--examples 50000] [--seed N]

Runs tests/interchange/test_import_properties.py (the same properties CI checks with a fixed
seed and 800 examples) with ``--examples`` changed files, and prints how many were accepted and
refused, the time per file and any falsifying example. Exit code 1 when a property failed.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = "tests/interchange/test_import_properties.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=random.randrange(2**32))
    args = parser.parse_args()
    env = {
        **os.environ,
        "ATELIER_FUZZ_EXAMPLES": str(args.examples),
        "ATELIER_FUZZ_RANDOM": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "pytest", SUITE, "-q", "-x", "-p", "no:cacheprovider"]
    command += [f"--hypothesis-seed={args.seed}", "--hypothesis-show-statistics"]
    print(f"{args.examples} files, seed {args.seed}", flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    lines = done.stdout.splitlines()
    shown = [line for line in lines if "%" in line or "runtimes" in line or "Stopped" in line]
    print("\n".join(shown))
    print(f"{seconds:.0f} s in all, {1000 * seconds / args.examples:.1f} ms per file")
    if done.returncode != 0:
        print("\n".join(lines[-80:]))
        print("A PROPERTY FAILED (the falsifying example is above).")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
