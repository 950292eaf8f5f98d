"""Blauwdruk: start a new atelier from a programme or from another atelier, and save an
atelier's programme as a reusable programme file.

A new atelier from an existing one copies its structure (dagdelen with theme, aim and times)
and its werkvormen, never its notes, people, dates or intake. A saved programme file is read
back by ``atelier.domain.programme.load_programme``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from atelier import atomic_file
from atelier.domain.datafile import DataFileError
from atelier.domain.programme import DagdeelTemplate, Programme, WerkvormTemplate, load_programme
from atelier.services.ateliers import create_atelier
from atelier.services.errors import NotFound, ServiceError
from atelier.storage import models
from atelier.translation import _


def new_atelier_from_file(
    session: Session, path: Path | None, *, titel: str, gemeente: str = "", wijk: str = ""
) -> int:
    """A new atelier from a programme file (``None``: the default programme)."""
    try:
        programme = load_programme(path)
    except DataFileError as error:
        raise ServiceError(
            _("Het programmabestand is niet bruikbaar: {error}").format(error=error)
        ) from None
    return create_atelier(session, programme, titel=titel, gemeente=gemeente, wijk=wijk)


def new_atelier_from_atelier(
    session: Session, source_id: int, *, titel: str, gemeente: str = "", wijk: str = ""
) -> int:
    """A new atelier with the structure and werkvormen of ``source_id`` and none of its notes."""
    source = _atelier(session, source_id)
    new_id = create_atelier(
        session, programme_of_atelier(session, source_id), titel=titel, gemeente=gemeente, wijk=wijk
    )
    copy = _atelier(session, new_id)
    times = {d.nummer: (d.start_tijd, d.eind_tijd) for d in source.dagdelen}
    for dagdeel in copy.dagdelen:
        dagdeel.start_tijd, dagdeel.eind_tijd = times.get(dagdeel.nummer, (None, None))
    copy.programme_name = source.programme_name
    session.flush()
    return new_id


def programme_of_atelier(
    session: Session, atelier_id: int, *, naam: str | None = None, beschrijving: str = ""
) -> Programme:
    """The atelier's own (possibly customised) programme."""
    atelier = _atelier(session, atelier_id)
    return Programme(
        naam=(naam or atelier.programme_name or atelier.titel).strip(),
        beschrijving=beschrijving,
        dagdelen=tuple(
            DagdeelTemplate(
                nummer=dagdeel.nummer,
                thema=dagdeel.thema,
                doel=dagdeel.doel,
                werkvormen=tuple(
                    WerkvormTemplate(
                        titel=w.titel,
                        onderdeel=w.onderdeel,
                        vraag=w.vraag,
                        toelichting=w.toelichting,
                        duur_minuten=w.duur_minuten,
                        output=w.output,
                        materialen=w.materialen,
                        begeleiding=w.begeleiding,
                    )
                    for w in dagdeel.werkvormen
                ),
            )
            for dagdeel in atelier.dagdelen
        ),
    )


def save_programme_file(
    session: Session, atelier_id: int, path: Path, *, naam: str, beschrijving: str = ""
) -> None:
    """Write the atelier's programme to ``path`` (replacing it whole, never half-written)."""
    naam = naam.strip()
    if not naam:
        raise ServiceError(_("Geef het programma een naam."))
    text = programme_to_toml(
        programme_of_atelier(session, atelier_id, naam=naam, beschrijving=beschrijving)
    )
    write_text_atomically(Path(path), text)


def programme_to_toml(programme: Programme) -> str:
    lines = [
        "# Programma voor Atelier: dagdelen met hun werkvormen.",
        f"naam = {toml_string(programme.naam)}",
        f"beschrijving = {toml_string(programme.beschrijving)}",
    ]
    for dagdeel in programme.dagdelen:
        lines += [
            "",
            "[[dagdeel]]",
            f"nummer = {dagdeel.nummer}",
            f"thema = {toml_string(dagdeel.thema)}",
            f"doel = {toml_string(dagdeel.doel)}",
        ]
        for werkvorm in dagdeel.werkvormen:
            lines += [
                "",
                "[[dagdeel.werkvorm]]",
                f"titel = {toml_string(werkvorm.titel)}",
                f"onderdeel = {toml_string(werkvorm.onderdeel)}",
                f"vraag = {toml_string(werkvorm.vraag)}",
                f"toelichting = {toml_string(werkvorm.toelichting)}",
                f"duur_minuten = {werkvorm.duur_minuten}",
                f"output = {toml_string(werkvorm.output)}",
            ]
            lines += [  # only when filled in: programme files of older versions stay alike
                f"{name} = {toml_string(value)}"
                for name, value in (
                    ("materialen", werkvorm.materialen),
                    ("begeleiding", werkvorm.begeleiding),
                )
                if value
            ]
    return "\n".join(lines) + "\n"


_ESCAPES = {
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
    '"': '\\"',
    "\\": "\\\\",
}


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def write_text_atomically(path: Path, text: str) -> None:
    try:
        atomic_file.write_atomically(path, text.encode("utf-8"))
    except atomic_file.FileWriteError as error:
        raise ServiceError(
            _("Het programmabestand is niet opgeslagen. {error}").format(error=error)
        ) from None


def _atelier(session: Session, atelier_id: int) -> models.Atelier:
    atelier = session.get(models.Atelier, atelier_id)
    if atelier is None:
        raise NotFound("Atelier", atelier_id)
    return atelier
