"""Where a long Dutch word may break at a line's end: between syllables, marked by soft hyphens.

Dutch writes its compounds as one word ("wijkuitvoeringsplan", "warmtetransitievisie"), and a
narrow card on the beamer or a table cell in the report must break them. A break every few
letters reads badly ("wijkuitvoeri-ngsplan"); the breaks here are those of the Dutch
hyphenation patterns (Hunspell's nl_NL, through pyphen, which the report's paragraphs use too),
so compounds split at their joints (``wijk-uit-voe-rings-plan``, ``over-een-komst``). No line
ends after one letter or starts with fewer than three. Letters without syllables (codes, web
addresses) break after their punctuation, else every few characters.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from pyphen import Pyphen

SOFT_HYPHEN = "\u00ad"
MIN_BEFORE = 2  # letters before the first break
MIN_AFTER = 3  # letters after the last break
NO_VOWEL_RUN = 8  # a stretch without syllables longer than this breaks every four characters
# Words this long may not fit a line of a card: shorter ones wrap whole.
LONG_WORD = re.compile(r"[^\s\u00ad]{14,}")
LETTERS = re.compile(r"[^\W\d_]+")
VOWEL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]", re.IGNORECASE)
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
        if VOWEL.search(run.group()):  # "https", "www": no syllables, no breaks
            result.extend(run.start() + int(index) for index in dutch().positions(run.group()))
    return result


@cache
def dutch() -> Pyphen:
    """The Dutch hyphenation patterns (loaded once)."""
    return Pyphen(lang="nl_NL")


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
