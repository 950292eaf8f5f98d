"""Long Dutch words in the report's narrow cells break by the Dutch rules, with a hyphen,
instead of mid-word without one ("Samenw erkingsovereen komst")."""

from __future__ import annotations

from pyphen import Pyphen
from reportlab.lib.units import mm

from atelier.report.styles import styles
from atelier.report.text import Para

COMPOUNDS = "Sluit een samenwerkingsovereenkomst over de warmtetransitievisie"


def lines_of(text: str, width: float, style) -> list[list[str]]:
    paragraph = Para(text, style)
    paragraph.wrap(width, 1000)
    return [list(line[1]) for line in paragraph.blPara.lines]


def test_a_long_word_in_a_narrow_cell_breaks_with_a_dutch_hyphen():
    lines = lines_of(COMPOUNDS, 22 * mm, styles().cell)
    joined = " ".join(" ".join(line) for line in lines)
    assert joined.replace("- ", "") == COMPOUNDS  # nothing lost, nothing cut without a hyphen
    dutch = Pyphen(lang="nl_NL")
    breaks = 0
    for text in joined.replace("- ", "-|").split(" "):
        if "|" not in text:
            continue
        fragments = text.split("-|")
        whole = "".join(fragments)
        offset = 0
        for fragment in fragments[:-1]:
            offset += len(fragment)
            assert offset in dutch.positions(whole), f"{whole} broken after {whole[:offset]}"
            breaks += 1
    assert breaks >= 2, "the compounds are hyphenated"


def test_headings_break_between_words_only():
    lines = lines_of("Samenwerkingsovereenkomst", 22 * mm, styles().h2)
    assert all(not word.endswith("-") for line in lines for word in line)
