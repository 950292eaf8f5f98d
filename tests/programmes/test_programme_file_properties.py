"""Property-based: every programme file (a blauwdruk saved to a file or kept in the team
archive), valid or damaged, is read whole or refused with the programme's own error.

* a programme Atelier writes reads back exactly: any text in any field (quotes, backslashes,
  control characters, line separators, emoji, right-to-left) survives ``programme_to_toml``;
* any damaged file is read or refused with ``DataFileError``: never any other exception;
* every refusal is one line of at most ~300 characters, with no control characters in it;
* a file far larger than any programme is refused before it is parsed.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atelier.domain import datafile
from atelier.domain.datafile import DataFileError
from atelier.domain.programme import (
    DagdeelTemplate,
    Programme,
    WerkvormTemplate,
    load_programme,
    parse_programme,
)
from atelier.domain.reference import onderdeel_keys
from atelier.services.blueprint import programme_to_toml, toml_string

MAX_MESSAGE = 300
SETTINGS = settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1b[2J"]
any_text = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=60),  # no lone surrogates:
    st.lists(  # TOML cannot hold them, and a programme's texts come from the app's own fields
        st.sampled_from([*BREAKS, '"', "\\", "'''", '"""', "\t", "€", "🔥", "\u202e", "ש", "a"]),
        max_size=15,
    ).map("".join),
)


def short(text_strategy, limit: int):
    return text_strategy.map(lambda text: text[:limit])


werkvormen = st.builds(
    WerkvormTemplate,
    titel=short(any_text, 200),
    onderdeel=st.sampled_from(onderdeel_keys()),
    vraag=short(any_text, 2000),
    toelichting=any_text,
    duur_minuten=st.integers(1, 8 * 60),
    output=any_text,
    materialen=any_text,
    begeleiding=short(any_text, 1000),
)


@st.composite
def programmes(draw) -> Programme:
    count = draw(st.integers(1, 4))
    dagdelen = tuple(
        DagdeelTemplate(
            nummer=number,
            thema=draw(short(any_text, 200)),
            doel=draw(any_text),
            werkvormen=tuple(draw(st.lists(werkvormen, min_size=1, max_size=4))),
        )
        for number in range(1, count + 1)
    )
    return Programme(
        naam=draw(short(any_text, 200)), beschrijving=draw(any_text), dagdelen=dagdelen
    )


@SETTINGS
@given(programmes())
def test_a_programme_atelier_writes_reads_back_exactly(programme):
    assert parse_programme(programme_to_toml(programme), "p.toml") == programme


def assert_told_well(error: DataFileError) -> None:
    message = str(error)
    assert len(message) <= MAX_MESSAGE, message
    assert not any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in message), message


DAMAGES = [
    lambda text, value: text.replace("duur_minuten = ", f"duur_minuten = {value}#", 1),
    lambda text, value: text.replace('onderdeel = "', f'onderdeel = "{value}', 1),
    lambda text, value: text.replace("nummer = 1", f"nummer = {value}", 1),
    lambda text, value: text.replace("[[dagdeel.werkvorm]]", f"[[dagdeel.werkvorm]]\n{value}", 1),
    lambda text, value: text[: len(value) % max(1, len(text))],
    lambda text, value: text.replace("titel", value, 1),
    lambda text, value: value + text,
    lambda text, value: text.replace("= ", f"= {value}", 1),
]
junk = st.one_of(
    any_text,
    st.sampled_from(["[", "]]", "{", "1e400", "-0", "true", '"""', "[[dagdeel]]", "=", "0x10"]),
    st.builds(lambda n: "9" * n, st.integers(1, 5000)),
    st.builds(lambda n: "[" * n, st.integers(1, 3000)),
    st.builds(lambda n: "x" * n, st.integers(1, 20_000)),
)


@SETTINGS
@given(programmes(), st.sampled_from(DAMAGES), junk)
def test_a_damaged_programme_is_read_or_refused_with_a_clear_message(programme, damage, value):
    text = damage(programme_to_toml(programme), value)
    try:
        parse_programme(text, "kapot.toml")
    except DataFileError as error:
        assert_told_well(error)


@SETTINGS
@given(any_text)
def test_an_onderdeel_that_is_not_one_is_named_safely(value):
    text = programme_to_toml(
        Programme(
            "P",
            "",
            (DagdeelTemplate(1, "T", "", (WerkvormTemplate("W", "proces", "V", "", 10, ""),)),),
        )
    ).replace('onderdeel = "proces"', f"onderdeel = {toml_string(value * 100)}")
    try:
        parse_programme(text, "p.toml")
    except DataFileError as error:
        assert_told_well(error)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "enorm.toml"
    path.write_bytes(b"naam = '" + b"x" * (datafile.MAX_DATA_FILE_BYTES + 10) + b"'\n")
    monkeypatch.setattr(datafile, "parse_toml", lambda *_a: pytest.fail("it was parsed"))
    with pytest.raises(DataFileError, match="hoogstens 1,0 MB") as refused:
        load_programme(path)
    assert_told_well(refused.value)
