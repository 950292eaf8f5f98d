"""Fail when a function in atelier/ (the migrations aside) is longer than 60 lines.

    .venv/bin/python tools/check_function_length.py [--limit 60]

Run by .ci/run: widgets build themselves from small, named parts (docs/architecture.md).
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def long_functions(limit: int) -> list[str]:
    found = []
    for path in sorted((ROOT / "atelier").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > limit:
                    where = path.relative_to(ROOT)
                    found.append(f"{where}:{node.lineno} {node.name}: {length} lines")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=60)
    limit = parser.parse_args().limit
    found = long_functions(limit)
    for line in found:
        print(line)
    print(f"{len(found)} functions over {limit} lines")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
