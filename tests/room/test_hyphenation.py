"""Long Dutch words break between syllables on the beamer's cards, never mid-sound."""

from __future__ import annotations

import pytest

from atelier.domain.hyphenation import SOFT_HYPHEN, hyphenated


def shown(word: str) -> str:
    return hyphenated(word).replace(SOFT_HYPHEN, "|")


@pytest.mark.parametrize(
    ("word", "breaks"),
    [
        ("wijkuitvoeringsplan", "wijk|uit|voe|rings|plan"),  # at the compound's joints
        ("warmtetransitievisie", "warm|te|tran|si|tie|vi|sie"),
        ("financieringsarrangement", "fi|nan|cie|rings|ar|ran|ge|ment"),  # joining s kept
        ("uitvoeringsorganisatie", "uit|voe|rings|or|ga|ni|sa|tie"),
        ("netbeheerder", "net|be|heer|der"),
        ("samenwerkingsovereenkomst", "sa|men|wer|kings|over|een|komst"),
        ("kostenverdeling", "kos|ten|ver|de|ling"),
        ("aardgasvrij", "aard|gas|vrij"),
        ("bedrijfsvoering", "be|drijfs|voe|ring"),
        ("duurzaamheidsambassadeurs", "duur|zaam|heids|am|bas|sa|deurs"),
    ],
)
def test_compounds_break_between_syllables(word, breaks):
    assert shown(word) == breaks


def test_no_line_ends_after_one_letter_or_starts_with_fewer_than_three():
    for word in ("overeenkomst", "aardgasvrije", "organisatie", "ideeën"):
        pieces = shown(word).split("|")
        assert len(pieces[0]) >= 2 and len(pieces[-1]) >= 3, pieces


def test_the_word_itself_is_unchanged_and_short_words_get_no_breaks():
    word = "Warmtetransitievisiedocumentatieplanningsoverleg"
    assert hyphenated(word).replace(SOFT_HYPHEN, "") == word
    assert hyphenated("warmte") == "warmte"


def test_codes_and_addresses_break_after_their_punctuation_or_every_few_characters():
    assert shown("https://www.zonnehoek.nl/warmte").startswith("https://|www.|")
    assert all(len(piece) <= 8 for piece in shown("1234567890123456789").split("|"))
    assert "-|" not in shown("Gemeente-Zonnehoek-Noord") and "|-" not in shown("Over-Zuid")
