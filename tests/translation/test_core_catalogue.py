"""The core's messages (services, storage, interchange, report, command line) in English too:
every message has its English, the committed catalogue is what the sources and translations
say, no Dutch sentence is left outside the catalogue, and the language can be chosen."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from atelier.translation import _, current_language, in_language, ngettext, use_language
from tests.tools import load_tool

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "atelier"
SENTENCE = re.compile(r"[A-Za-zÀ-ÿ]{2,}[,:;.]?\s+[(']?[A-Za-zÀ-ÿ]{2,}")
SQL = re.compile(r"\s*(SELECT|PRAGMA|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH)\b")
MARKERS = {"_", "N_", "ngettext"}
LOGGERS = {"log", "logger", "logging"}
PROGRAMMER_ERRORS = {"TypeError", "ValueError", "AssertionError", "RuntimeError", "KeyError"}
# Text that reads like a sentence but is no message to a person, each with the reason.
NOT_MESSAGES = {
    "storage/archive/database.py": "libpq's own English error texts, matched to choose a message",
    "cli/parser.py": "argparse's English error texts and their Dutch, as patterns",
    "storage/models.py": "SQL (ON DELETE SET NULL, cascades)",
    "storage/migrations": "SQL of the schema's versions",
    "report/fonts.py": "PostScript of a font's character map",
    "report/text.py": "reportlab's markup for a font",
    "report/word/story.py": "the names of Word's built-in styles",
    "report/word/document.py": "the names of Word's built-in styles",
    "services/blueprint.py": "the Dutch comment at the top of a programme file (data)",
    "archive/carrying.py": "what a team archive's history stores (data, not shown as is)",
    "phones/messages.py": "the phone protocol's reasons, logged, never shown",
    "phones/server.py": "messages to participants' phones, whose page speaks Dutch; HTTP headers",
}


@pytest.fixture(scope="module")
def message_tool():
    return load_tool("update_messages")


def test_every_core_message_has_its_english(message_tool):
    """Babel over today's sources, merged into the committed catalogue: nothing without
    English, no {placeholder} lost or added, and the committed .po and .mo say just that."""
    catalogue = message_tool.updated(message_tool.PO_FILE)
    problems = [str(problem) for problem in message_tool.problems(catalogue)]
    assert problems == [], (
        "Run `.venv/bin/python tools/update_messages.py` and translate these in "
        "resources/translations/core_en.po:\n" + "\n".join(problems)
    )
    assert message_tool.stale_files(catalogue) == [], "run tools/update_messages.py"


def test_the_check_finds_a_missing_or_broken_translation(message_tool):
    catalogue = Catalog(locale="en")
    catalogue.add("Klaar", "Done")
    catalogue.add("Nieuw", "")
    catalogue.add("Bestand '{path}' ontbreekt", "File is missing")
    catalogue.add(("{count} notitie", "{count} notities"), ("{count} note", ""))
    found = [(p.message, p.what) for p in message_tool.problems(catalogue)]
    assert found == [
        ("Nieuw", "untranslated"),
        ("Bestand '{path}' ontbreekt", "placeholders differ"),
        ("{count} notitie", "untranslated"),
    ]


def _unmarked_sentences(path: Path, shown_from: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {
        node.body[0].value
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    found = [
        f"{path.relative_to(shown_from)}:{node.lineno}: a marked message inside an f-string "
        "(Babel cannot see it there)"
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        and any(
            isinstance(inner, ast.Call)
            and isinstance(inner.func, ast.Name)
            and inner.func.id in MARKERS
            for inner in ast.walk(node)
        )
    ]
    for node in ast.walk(tree):
        if node in docstrings or not (
            isinstance(node, ast.JoinedStr)
            or (isinstance(node, ast.Constant) and isinstance(node.value, str))
        ):
            continue
        if isinstance(parents.get(node), (ast.JoinedStr, ast.FormattedValue)):
            continue
        text = (
            node.value
            if isinstance(node, ast.Constant)
            else "".join(v.value if isinstance(v, ast.Constant) else " X " for v in node.values)
        )
        if SENTENCE.search(text) and not SQL.match(text) and not _is_exempt(node, parents):
            found.append(f"{path.relative_to(shown_from)}:{node.lineno}: {text[:80]!r}")
    return found


def _is_exempt(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside _() / N_() / ngettext(), a log call or a programmer's error."""
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Name) and function.id in MARKERS | PROGRAMMER_ERRORS:
                return True
            if (
                isinstance(function, ast.Attribute)
                and isinstance(function.value, ast.Name)
                and function.value.id in LOGGERS
            ):
                return True
    return False


def test_no_dutch_sentence_is_left_outside_the_catalogue():
    """Every sentence-like text in the core is marked for translation (so it has English),
    apart from the files listed above for their reason. The UI has its own check."""
    files = [
        path
        for path in sorted(CORE.rglob("*.py"))
        if "ui" not in path.relative_to(CORE).parts
        and not any(str(path.relative_to(CORE)).startswith(name) for name in NOT_MESSAGES)
    ]
    unmarked = [line for path in files for line in _unmarked_sentences(path)]
    assert unmarked == [], "mark these with _() (see atelier/translation.py):\n" + "\n".join(
        unmarked
    )


def test_the_scan_finds_an_unmarked_sentence(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from atelier.translation import _\n"
        "def f(path):\n"
        "    ok = _('Het bestand is opgeslagen.')\n"
        "    log.info('opening the file %s', path)\n"
        "    return f'Het bestand {path} ontbreekt.' + f'{_(\"nee\")}'\n",
        encoding="utf-8",
    )
    found = _unmarked_sentences(sample, shown_from=tmp_path)
    assert len(found) == 2 and "f-string" in found[0] and "ontbreekt" in found[1]


def test_messages_speak_the_chosen_language():
    from atelier.storage.errors import NotAnAtelierFile

    path = Path("taart.txt")
    assert str(NotAnAtelierFile(path)).startswith("'taart.txt' is geen Atelier-bestand.")
    with in_language("en"):
        assert str(NotAnAtelierFile(path)) == (
            "'taart.txt' is not an Atelier file. Choose a file made with Atelier."
        )
        assert current_language() == "en"
    assert current_language() == "nl"
    use_language("en")
    assert _("Klaar") == "Done"
    use_language("xx")  # unknown: Dutch
    assert _("Klaar") == "Klaar"


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [("nl", "1 notitie", "3 notities"), ("en", "1 note", "3 notes")],
)
def test_counts_are_singular_or_plural_in_either_language(language, one, three):
    with in_language(language):
        said = [ngettext("{count} notitie", "{count} notities", n).format(count=n) for n in (1, 3)]
    assert said == [one, three]


def test_the_routemaps_words_in_resources_have_their_english():
    """Each fase, lane set, lane, status, decision type and risk level, and each onderdeel, has
    its English name beside the Dutch (bodies keep their Dutch names)."""
    import tomllib

    routemap = tomllib.loads((ROOT / "resources" / "routemap.toml").read_text(encoding="utf-8"))
    tables = [
        *routemap["fase"],
        *routemap["laneset"],
        *[lane for lane_set in routemap["laneset"] for lane in lane_set.get("lane", [])],
        *routemap["status"],
        *routemap["besluittype"],
        *routemap["niveau"],
    ]
    onderdelen = tomllib.loads(
        (ROOT / "resources" / "onderdelen.toml").read_text(encoding="utf-8")
    )["onderdeel"]
    missing = [t["key"] for t in tables if not t.get("naam_en")]
    missing += [o["key"] for o in onderdelen if not (o.get("naam_en") and o.get("lane_en"))]
    assert missing == []
    missing_horizons = [
        f["key"] for f in routemap["fase"] if f.get("horizon") and not f.get("horizon_en")
    ]
    assert missing_horizons == []


def test_every_term_of_the_glossary_is_explained_in_english():
    import tomllib

    glossary = tomllib.loads((ROOT / "resources" / "begrippen.toml").read_text(encoding="utf-8"))
    assert [b["term"] for b in glossary["begrip"] if not b.get("uitleg_en")] == []
