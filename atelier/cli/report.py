"""``atelier report ID -o BESTAND.pdf [--poster POSTER.pdf] [--word BESTAND.docx]``: write the
routemap report of an atelier as PDF, its routemap as an A3 poster of its own, and the report as
an editable Word document."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from atelier.cli.common import (
    CliError,
    add_command,
    add_pdf_output,
    atelier_id,
    open_existing,
    pdf_output,
)
from atelier.translation import LANGUAGES, _, current_language


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "report", _("schrijf het routemaprapport van een atelier als PDF"), run
    )
    parser.add_argument("id", metavar="ID", type=atelier_id, help=_("het id uit 'atelier list'"))
    add_pdf_output(parser)
    parser.add_argument(
        "--a3-routemap",
        action="store_true",
        help=_("zet de routemap op een liggende A3-pagina, om als poster te printen"),
    )
    parser.add_argument(
        "--poster",
        metavar=_("POSTER.pdf"),
        type=Path,
        help=_("schrijf de routemap ook als poster: een eigen A3-bestand, zo groot als past"),
    )
    parser.add_argument(
        "--word",
        metavar=_("BESTAND.docx"),
        type=Path,
        help=_(
            "schrijf het rapport ook als Word-document, om in de eigen "
            "huisstijl te brengen en toegankelijk te publiceren"
        ),
    )
    parser.add_argument(
        "--no-names", action="store_true", help=_("laat de namen van deelnemers weg (privacy)")
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help=_(
            "de taal van het rapport: nl (Nederlands) of en (Engels); wat de deelnemers "
            "schreven blijft zoals het is (standaard: de taal van Atelier)"
        ),
    )
    parser.add_argument(
        "--definitief",
        action="store_true",
        help=_("de definitieve versie voor de raad: zonder de aandachtspunten van de controle"),
    )


def run(args: argparse.Namespace) -> int:
    from atelier.atomic_file import FileWriteError
    from atelier.report.build import build_report
    from atelier.report.data import ReportOptions
    from atelier.report.fonts import FontMissing
    from atelier.report.poster import build_poster
    from atelier.services.routemap.report_data import collect_report_data

    database = open_existing(args)
    try:
        with database.transaction() as session:
            data = collect_report_data(session, args.id)
    finally:
        database.close()
    path = pdf_output(args)
    poster = _companion(args.poster, ".pdf", "PDF")
    word = _companion(args.word, ".docx", "Word")
    options = ReportOptions(
        a3_routemap=args.a3_routemap,
        names=not args.no_names,
        final=args.definitief,
        language=args.language or current_language(),
    )
    try:
        build_report(data, path, options, progress=_progress if sys.stderr.isatty() else None)
        if poster is not None:
            build_poster(data, poster, options)
        if word is not None:
            from atelier.report.word.document import build_word  # python-docx only when asked

            build_word(data, word, options)
    except (FileWriteError, FontMissing) as error:
        raise CliError(str(error)) from None
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(_("Het rapport van atelier {id} staat in '{path}'.").format(id=args.id, path=path))
    if poster is not None:
        print(_("De poster staat in '{poster}'.").format(poster=poster))
    if word is not None:
        print(_("De Word-versie staat in '{word}'.").format(word=word))
    return 0


def _companion(path: Path | None, suffix: str, kind: str) -> Path | None:
    if path is None:
        return None
    path = Path(path).expanduser()
    if path.suffix.lower() != suffix:
        raise CliError(
            _("'{name}' is geen {kind}-bestandsnaam: laat de naam op {suffix} eindigen.").format(
                name=path.name, kind=kind, suffix=suffix
            )
        )
    return path


def _progress(fraction: float, message: str) -> None:
    print(f"\r{message}: {round(fraction * 100):3d}%", end="", file=sys.stderr, flush=True)
