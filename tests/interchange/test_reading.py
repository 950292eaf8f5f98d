"""Reading a file a chunk at a time, with wide characters escaped, changes nothing a user sees:
the same values as ``json.loads`` of the whole text, and the same line, column and byte in a
refusal. Chunks are made tiny here so that every boundary falls inside a character."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from atelier.interchange import reading
from atelier.interchange.errors import ImportRejected
from atelier.interchange.reading import parse_document, read_document

WIDE_TEXTS = [
    "Zonnehoek",  # letters only
    "café Overwater, één",  # Latin-1: not escaped
    "kosten € 12 — ‘ruim’",  # beyond U+00FF
    "warmte 😀 en 🙂",  # beyond U+FFFF
    "😀" * 40,  # nothing but emoji: cheapest unescaped
    "één € en 😀",
]


@pytest.fixture(params=[3, 7, reading.CHUNK_BYTES], ids=["3 B", "7 B", "1 MB"])
def chunk_size(request, monkeypatch):
    monkeypatch.setattr(reading, "CHUNK_BYTES", request.param)
    return request.param


@pytest.mark.parametrize("text", WIDE_TEXTS)
def test_texts_come_back_exactly(chunk_size, text):
    document = {"tekst": text, "lijst": [text, "x" * 50, {"diep": text}]}
    assert parse_document(json.dumps(document, ensure_ascii=False).encode(), "x.json") == document


@settings(max_examples=150, derandomize=True, deadline=None)
@given(st.lists(st.text(), max_size=6))
def test_any_texts_come_back_as_json_reads_them(texts):
    """Lone surrogates written as escapes (``\\ud800``) included: escaping a wide character
    next to one must not pair them."""
    source = json.dumps(texts, ensure_ascii=False).replace('"', '"\\ud83d', 1)
    expected = json.loads(source)
    assert parse_document(source.encode("utf-8", "surrogatepass"), "x.json") == expected


@pytest.mark.parametrize(
    "source",
    [
        '{"a": "€😀é", x}',
        '{"a": "😀😀😀😀",\n "b": "€€", ]',
        '["kosten € 12"] 😀',
        '{"a": "één"\n\n  "b": 1}',
        '{"a": "' + "€" * 30 + "😀" * 30 + '" "b"}',
    ],
)
def test_a_syntax_error_is_placed_where_it_is_in_the_file(chunk_size, source):
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(source)
    with pytest.raises(ImportRejected) as refused:
        parse_document(source.encode(), "x.json")
    line, column = expected.value.lineno, expected.value.colno
    assert f"geen geldige JSON op regel {line}, kolom {column}" in str(refused.value)


@pytest.mark.parametrize("damage_at", [0, 1, 2, 5, 11, 12, 13, 30])
def test_a_damaged_byte_is_named_by_its_place_in_the_file(chunk_size, damage_at):
    data = bytearray('{"a": "één € 😀 warmte en meer"}'.encode())
    data[damage_at] = 0xFF
    with pytest.raises(UnicodeDecodeError) as expected:
        bytes(data).decode("utf-8")
    with pytest.raises(ImportRejected, match=rf"geen UTF-8-tekst \(byte {expected.value.start}\)"):
        parse_document(bytes(data), "x.json")


def test_a_byte_order_mark_is_skipped(chunk_size, tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"a": "één 😀"}, ensure_ascii=False).encode())
    assert read_document(path) == {"a": "één 😀"}


def test_one_emoji_does_not_widen_a_long_text():
    """50 MB of letters and one emoji would be 200 MB as one Python text: the text handed to
    the parser stays one byte per letter."""
    text, escape = reading._text(lambda: iter([b'["' + b"w" * 100_000 + '😀"]'.encode()]), "x")
    assert escape is not None
    assert text.isascii() and len(text) < 100_020


def _width(text: str) -> int:
    widest = max(map(ord, text), default=0)
    return 4 if widest > 0xFFFF else 2 if widest > 0xFF else 1


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.lists(st.text(), max_size=8), st.booleans())
def test_the_memory_of_parsed_texts_is_never_underestimated(texts, escaped):
    """Whatever mix of letters, wide characters, escapes and quotes: the estimate that decides
    whether a file may be parsed is at least what its parsed texts take."""
    source = json.dumps({"teksten": texts}, ensure_ascii=escaped)
    parsed = json.loads(source)["teksten"]
    needed = sum(len(text) * _width(text) for text in parsed)
    assert reading._parsed_texts_memory(source) >= needed


def test_many_texts_with_an_emoji_are_refused_before_they_are_parsed(monkeypatch):
    """A text holding one emoji takes four bytes a letter once parsed: 2,000 such notes of
    400 letters would take 3.2 MB, so with room for 2 MB the file is refused, unparsed."""
    monkeypatch.setattr(reading, "MAX_TEXT_MEMORY", 2 * reading.MEGABYTE)
    parsed = []
    monkeypatch.setattr(reading.json, "loads", lambda *a, **k: parsed.append(a) or {})
    notes = [{"text": "warmte " * 57 + "😀"} for _ in range(2_000)]
    data = json.dumps({"notes": notes}, ensure_ascii=False).encode()
    with pytest.raises(ImportRejected) as refused:
        parse_document(data, "x.json")
    assert "ongeveer 3 MB geheugen" in str(refused.value)
    assert "hoogstens 2 MB" in str(refused.value)
    assert not parsed


def test_one_emoji_beside_many_letters_is_read(monkeypatch):
    """Only the text that holds the emoji is wide: 1.6 MB of letters in other texts and one
    note with an emoji fit in 2 MB, though the file's widest character is four bytes."""
    monkeypatch.setattr(reading, "MAX_TEXT_MEMORY", 2 * reading.MEGABYTE)
    notes = [{"text": "warmte " * 57} for _ in range(2_000)] + [{"text": "zon 😀"}]
    document = {"notes": notes}
    assert parse_document(json.dumps(document, ensure_ascii=False).encode(), "x") == document
