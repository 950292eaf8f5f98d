"""The report's embedded TrueType fonts: DejaVu Sans for text, Symbola for what DejaVu lacks.

Fonts are registered once per process. Symbola (emoji and symbols) is loaded only when some
text needs it; a character neither font has is drawn as U+FFFD, never as an empty box.
"""

from __future__ import annotations

from functools import cache

from atelier.paths import resource_path
from atelier.translation import _

BODY = "AtelierSans"
BOLD = "AtelierSans-Bold"
ITALIC = "AtelierSans-Oblique"
BOLD_ITALIC = "AtelierSans-BoldOblique"
CONDENSED = "AtelierSansCondensed"
CONDENSED_BOLD = "AtelierSansCondensed-Bold"
SYMBOLS = "AtelierSymbols"
REPLACEMENT = "\ufffd"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
SYMBOLS_FILE = "Symbola.ttf"


class FontMissing(RuntimeError):
    def __init__(self, name: str) -> None:
        super().__init__(
            _(
                "Het lettertype '{name}' ontbreekt in de installatie van Atelier. "
                "Installeer Atelier opnieuw."
            ).format(name=name)
        )


@cache
def register_fonts() -> None:
    """Register the text fonts and their bold/italic family with reportlab."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(_load(name, filename))
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, ITALIC)
    addMapping(BODY, 1, 1, BOLD_ITALIC)
    addMapping(CONDENSED, 0, 0, CONDENSED)
    addMapping(CONDENSED, 1, 0, CONDENSED_BOLD)
    addMapping(CONDENSED, 0, 1, CONDENSED)
    addMapping(CONDENSED, 1, 1, CONDENSED_BOLD)


@cache
def text_coverage() -> frozenset[int]:
    """Code points every text font (regular, bold, italic, condensed) can draw."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    covered: set[int] | None = None
    for name in _FILES:
        chars = set(pdfmetrics.getFont(name).face.charToGlyph)
        covered = chars if covered is None else covered & chars
    return frozenset(covered or ())


@cache
def symbol_coverage() -> frozenset[int]:
    """Code points of the fallback font; registers it on first use."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    font = _load(SYMBOLS, SYMBOLS_FILE)
    pdfmetrics.registerFont(font)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SYMBOLS, bold, italic, SYMBOLS)  # inside <b>/<i> it stays itself
    return frozenset(font.face.charToGlyph)


def _load(name: str, filename: str):  # -> TTFont
    path = resource_path("fonts", filename)
    if not path.is_file():
        raise FontMissing(filename)
    return _font_class()(name, str(path))


@cache
def _font_class() -> type:
    from reportlab.pdfbase import ttfonts

    class AtelierFont(ttfonts.TTFont):
        """TTFont whose ToUnicode map also covers characters beyond U+FFFF (emoji).

        reportlab writes such code points as plain hex (``<1F44D>``), which PDF readers reject,
        so emoji could not be searched or copied; the PDF standard wants UTF-16 (surrogates).
        """

        def addObjects(self, doc) -> None:
            state = self.state.get(doc)
            subsets = [list(s) for s in state.subsets] if state is not None else []
            super().addObjects(doc)
            for number, subset in enumerate(subsets):
                if all(code <= 0xFFFF for code in subset):
                    continue
                base = b"".join(
                    (ttfonts.SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)
                ).decode("pdfdoc")
                stream = doc.idToObject["toUnicodeCMap:" + base]
                stream.content = to_unicode_cmap(base, subset)

    return AtelierFont


def to_unicode_cmap(name: str, subset: list[int]) -> str:
    """A ToUnicode CMap with every code point as UTF-16BE hex."""
    entries = [
        f"<{index:02X}> <{chr(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
        for index, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )
