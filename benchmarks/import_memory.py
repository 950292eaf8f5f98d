"""Peak memory of ``atelier import`` for hostile and huge interchange files of up to 50 MB.

    .venv/bin/python benchmarks/import_memory.py

Each file is imported by a fresh ``python -m atelier import`` process into a throw-away atelier
file; the figure is that process's peak resident memory (``ru_maxrss``), with its outcome. The
files: ``[{},{},…]`` of 50 MB, the same just under the cap on values, 50 MB of short texts,
one 49 MB text (of letters, and of letters and one emoji), and a valid atelier of 49,800 notes
(about 49 MB; the demo brings the rest up to the 50,000 the format allows), also with one emoji,
with an emoji in every fourth note, and in every note.

Python stores a text at the width of its widest character, so a text that mixes letters with a
character beyond U+FFFF costs four bytes a letter once parsed: a file whose parsed texts would
need more than ``reading.MAX_TEXT_MEMORY`` is refused before it is parsed (the one 49 MB text
with an emoji, and the notes that each hold one).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


def hostile_files(folder: Path) -> dict[str, Path]:
    files = {
        "[{},…] 50 MB": b"[" + b"{}," * (50 * MB // 3 - 1) + b"{}]",
        "[{},…] 2.4 M values": b"[" + b"{}," * 2_400_000 + b"{}]",
        "short texts 50 MB": b"[" + b'"Zonnehoek warmte",' * (50 * MB // 19 - 1) + b'"x"]',
        "one text 49 MB": b'{"x": "' + b"w" * (49 * MB) + b'"}',
        "one text 49 MB + emoji": b'{"x": "' + b"w" * (49 * MB) + '😀"}'.encode(),
    }
    paths = {}
    for name, data in files.items():
        path = folder / f"{len(paths)}.json"
        path.write_bytes(data)
        paths[name] = path
    return paths


def valid_file(folder: Path, notes: int = 49_800) -> Path:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    db = folder / "bron.sqlite"
    subprocess.run([sys.executable, "-m", "atelier", "demo", "--db", db], env=env, check=True)
    source = folder / "demo.json"
    subprocess.run(
        [sys.executable, "-m", "atelier", "export", "1", source, "--db", db], env=env, check=True
    )
    document = json.loads(source.read_text(encoding="utf-8"))
    werkvorm = document["dagdelen"][0]["werkvormen"][0]
    template = werkvorm["notes"][0]
    werkvorm["notes"] = [
        {**template, "id": f"n{n}", "cluster": None, "text": f"Notitie {n} " + "warmte " * 110}
        for n in range(notes)
    ]
    document["votes"] = []
    for action in document.get("routemap", {}).get("actions", []):
        action["herkomst"]["notes"] = []
    path = folder / "valid.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def with_emoji_in(valid: Path, folder: Path, every: int) -> Path:
    """``valid`` with an emoji at the start of every ``every``-th note."""
    parts = valid.read_text(encoding="utf-8").split('"Notitie ')
    for index in range(1, len(parts), every):
        parts[index] = "😀 " + parts[index]
    path = folder / f"valid-emoji-{every}.json"
    path.write_text('"Notitie '.join(parts), encoding="utf-8")
    return path


WRAPPER = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=600)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(done.stdout.strip() or done.stderr.strip().splitlines()[-1])
"""


def measure(path: Path, folder: Path) -> tuple[float, float, str]:
    """Peak memory (MB) and time of one import, in a process of its own, and its outcome."""
    db = folder / f"doel-{path.stem}.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "atelier", "import", str(path), "--db", str(db)]
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    seconds = time.perf_counter() - started
    peak, outcome = done.stdout.split("\n", 1)
    return int(peak) / 1024, seconds, outcome.strip()[:110]


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        valid = valid_file(folder)
        with_emoji = folder / "valid-emoji.json"
        with_emoji.write_text(
            valid.read_text(encoding="utf-8").replace("Notitie 7 ", "Notitie 7 😀 ", 1),
            encoding="utf-8",
        )
        cases = {
            **hostile_files(folder),
            "valid, 49,800 notes": valid,
            "valid + one emoji": with_emoji,
            "valid, emoji in 1 of 4": with_emoji_in(valid, folder, every=4),
            "valid, emoji in every note": with_emoji_in(valid, folder, every=1),
        }
        for label, path in cases.items():
            peak, seconds, outcome = measure(path, folder)
            size = path.stat().st_size / MB
            print(f"{label:26s} {size:6.1f} MB  peak {peak:6.0f} MB  {seconds:5.1f} s  {outcome}")


if __name__ == "__main__":
    main()
