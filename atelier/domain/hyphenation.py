"""Where a long Dutch word may break at a line's end: between syllables, marked by soft hyphens.

Dutch writes its compounds as one word ("wijkuitvoeringsplan", "warmtetransitievisie"), and a
narrow card on the beamer or a table cell in the report must break them. A break every few
letters reads badly ("wijkuitvoeri-ngsplan"); this finds syllable boundaries with the rules a
Dutch reader expects, without a dictionary:

- one consonant between two vowels starts the next syllable (``vo-ren``);
- of several consonants, the last one or two that can begin a Dutch word start it
  (``warm-te``, ``rings-plan``, ``ver-schil``); the joining s of a compound stays with the
  part before it (``werkings-over``);
- vowel pairs (``aa``, ``ij``, ``oe`` …) stay together; no line ends after one letter or starts
  with fewer than three.

It is not perfect at the joints of compounds (``wij-kuit``), but every break it makes falls on
a sound boundary. Letters without vowels (codes, web addresses) break every few characters.
"""

from __future__ import annotations

import re
from itertools import pairwise

SOFT_HYPHEN = "\u00ad"
VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")
# Consonant pairs (and "sch") that begin Dutch words, so a syllable may begin with them.
ONSETS = frozenset(
    {"bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "kw"}
    | {"pl", "pr", "sc", "sj", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tj", "tr", "tw"}
    | {"vl", "vr", "wr", "zw", "sch"}
)
MIN_BEFORE = 2  # letters before the first break
MIN_AFTER = 3  # letters after the last break
NO_VOWEL_RUN = 8  # a stretch without syllables longer than this breaks every four characters
# Words this long may not fit a line of a card: shorter ones wrap whole.
LONG_WORD = re.compile(r"[^\s\u00ad]{14,}")
LETTERS = re.compile(r"[^\W\d_]+")
AFTER_PUNCTUATION = re.compile(r"[/.?&=_:]+(?=\w)")
HYPHENS = re.compile(r"-+")


def breakable(text: str) -> str:
    """``text`` with soft hyphens between the syllables of its long words: a card breaks
    them with a hyphen where a line ends instead of cutting them off at its edge, or mid-sound.
    A soft hyphen is invisible where no line ends."""
    return LONG_WORD.sub(lambda word: hyphenated(word.group()), text)


def hyphenated(word: str) -> str:
    """``word`` with a soft hyphen at each place it may break (none for short words)."""
    breaks = sorted(set(_syllable_breaks(word)) | set(_fallback_breaks(word)))
    breaks = [b for b in breaks if MIN_BEFORE <= b <= len(word) - MIN_AFTER]
    pieces = [word[start:end] for start, end in pairwise([0, *breaks, len(word)])]
    return SOFT_HYPHEN.join(pieces)


def _syllable_breaks(word: str) -> list[int]:
    result: list[int] = []
    for run in LETTERS.finditer(word):
        result.extend(run.start() + index for index in _breaks_in_letters(run.group().lower()))
    return result


def _breaks_in_letters(letters: str) -> list[int]:
    """Positions (before a letter) where a syllable starts, in a run of letters."""
    vowel = [_is_vowel(letters, index) for index in range(len(letters))]
    result: list[int] = []
    index = 0
    while index < len(letters) and not vowel[index]:
        index += 1
    while index < len(letters):
        while index < len(letters) and vowel[index]:
            index += 1  # the vowel group (also "ij", "oe", "aa"): never split
        start = index
        while index < len(letters) and not vowel[index]:
            index += 1
        if index >= len(letters) or start == index:
            continue  # the word ends in consonants, or (between vowel groups) no consonant
        cluster = letters[start:index]
        result.append(start + len(cluster) - _onset(cluster))
    return result


def _onset(cluster: str) -> int:
    """How many of the consonants between two vowels begin the next syllable."""
    if cluster.endswith(("gs", "ds")) and (len(cluster) > 2 or cluster == "ds"):
        return 0  # the joining s of a compound: "werkings-overeenkomst", "heids-ambassadeur"
    for size in (3, 2):
        if len(cluster) >= size and cluster[-size:] in ONSETS:
            return size
    return 1


def _is_vowel(letters: str, index: int) -> bool:
    letter = letters[index]
    if letter == "j" and index > 0 and letters[index - 1] == "i":
        return True  # "ij" is one vowel
    if letter == "y":
        return True
    return letter in VOWELS


def _fallback_breaks(word: str) -> list[int]:
    """In each stretch longer than ``NO_VOWEL_RUN`` without a syllable break (codes, web
    addresses): after its slashes and dots, and else every fourth character."""
    marks = sorted({0, len(word), *_syllable_breaks(word)})
    punctuation = {m.end() for m in AFTER_PUNCTUATION.finditer(word)}
    hyphens = {m.end() for m in HYPHENS.finditer(word)}  # a line may already end there
    marks = sorted({*marks, *punctuation, *hyphens})
    result: list[int] = sorted(punctuation)
    for start, end in pairwise(marks):
        if end - start > NO_VOWEL_RUN:
            result.extend(range(start + 4, end - 2, 4))
    return [b for b in result if 0 < b < len(word) and word[b - 1] != "-" and word[b] != "-"]
