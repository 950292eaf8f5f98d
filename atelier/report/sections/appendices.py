"""Bijlagen: every note per dagdeel and werkvorm, the participants, the begrippenlijst."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from atelier.domain.records import NoteData
from atelier.domain.reference import onderdelen
from atelier.report.data import WerkvormResult
from atelier.report.formatting import join_list, long_date
from atelier.report.glossary import begrippen
from atelier.report.note_lines import NoteLines
from atelier.report.sections.common import Context, table
from atelier.report.styles import MUTED_HEX, hex_colour
from atelier.report.text import Para, markup
from atelier.translation import _, ngettext


def notes_appendix(context: Context) -> list[Flowable]:
    style = context.style
    data = context.data
    flowables: list[Flowable] = [context.appendix("bijlage-notities", _("Opbrengst per dagdeel"))]
    if data.note_count == 0:
        flowables.append(Para(_("In dit atelier zijn nog geen notities vastgelegd."), style.muted))
        return flowables
    flowables.append(
        Para(
            _(
                "Alle notities zoals ze in het atelier zijn opgeschreven, per "
                "dagdeel en werkvorm. Notities die samen een cluster vormen staan "
                "onder de titel van het cluster; het aantal stippen geeft aan hoe "
                "de deelnemers ze waardeerden."
            ),
            style.body,
        )
    )
    by_dagdeel: dict[int, list[WerkvormResult]] = defaultdict(list)
    for result in data.results:
        by_dagdeel[result.dagdeel_nummer].append(result)
    for dagdeel in data.atelier.dagdelen:
        results = by_dagdeel.get(dagdeel.nummer, [])
        when = f" ({long_date(dagdeel.datum)})" if dagdeel.datum else ""
        title = _("Dagdeel {nummer}: {thema}{when}").format(
            nummer=dagdeel.nummer, thema=dagdeel.thema, when=when
        )
        flowables.append(
            context.subheading(f"bijlage-dagdeel-{dagdeel.nummer}", title, in_contents=True)
        )
        empty = [r.werkvorm.titel for r in results if not r.notes]
        for result in results:
            if result.notes:
                flowables += _werkvorm(context, result)
        if empty:
            flowables.append(
                Para(_("Zonder notities: ") + markup(join_list(empty)) + ".", style.muted)
            )
    return flowables


def _werkvorm(context: Context, result: WerkvormResult) -> list[Flowable]:
    style = context.style
    flowables: list[Flowable] = [
        Para(
            _("{markup} <font color='{muted_hex}' size='8'>· {count}</font>").format(
                markup=markup(result.werkvorm.titel),
                muted_hex=MUTED_HEX,
                count=ngettext("{count} notitie", "{count} notities", len(result.notes)).format(
                    count=len(result.notes)
                ),
            ),
            style.h3,
        )
    ]
    if result.werkvorm.vraag:
        flowables.append(Para(markup(result.werkvorm.vraag), style.quote))
    notes = {n.id: n for n in result.notes}
    clustered: set[int] = set()
    for cluster in result.clusters:
        members = [notes[i] for i in cluster.note_ids if i in notes]
        if not members:
            continue
        clustered.update(n.id for n in members)
        dots = sum(result.dots_of(n) for n in members)
        facts = ngettext("{count} notitie", "{count} notities", len(members)).format(
            count=len(members)
        ) + (
            ", " + ngettext("{count} stip", "{count} stippen", dots).format(count=dots)
            if dots
            else ""
        )
        title = markup(cluster.titel.strip()) or _("<i>Cluster zonder titel</i>")
        flowables.append(
            Para(
                _("<b>{title}</b> <font color='{muted_hex}'>({facts})</font>").format(
                    title=title, muted_hex=MUTED_HEX, facts=facts
                ),
                style.body,
            )
        )
        flowables += [_note(context, result, n) for n in _ranked(result, members)]
    loose = [n for n in result.notes if n.id not in clustered]
    if loose:
        if clustered:
            flowables.append(Para(_("<b>Niet geclusterd</b>"), style.body))
        flowables += [_note(context, result, n) for n in _ranked(result, loose)]
    return flowables


def _ranked(result: WerkvormResult, notes: list[NoteData]) -> list[NoteData]:
    return sorted(notes, key=lambda n: (-result.dots_of(n), n.id))


def _note(context: Context, result: WerkvormResult, note: NoteData) -> NoteLines:
    facts = []
    dots = result.dots_of(note)
    if dots:
        facts.append(ngettext("{count} stip", "{count} stippen", dots).format(count=dots))
    author = context.data.organisation_name(note.author_organisation_id)
    if author:
        facts.append(author)
    return NoteLines(note.text, " · ".join(facts), _colour(note.onderdeel))


@cache
def _colour(onderdeel_key: str) -> Color:
    return hex_colour(next((o.kleur for o in onderdelen() if o.key == onderdeel_key), "#9AA5B1"))


def participants_appendix(context: Context) -> list[Flowable]:
    atelier = context.data.atelier
    if not atelier.participants:
        return []
    style = context.style
    organisations = {o.id: o.name for o in atelier.organisations}
    flowables: list[Flowable] = [context.appendix("bijlage-deelnemers", _("Deelnemers"))]
    if context.options.names:
        rows = [
            [
                p.name,
                organisations.get(p.organisation_id or -1, "–"),
                p.role or "–",
                ", ".join(str(n) for n in p.dagdelen) or "–",
            ]
            for p in sorted(
                atelier.participants,
                key=lambda p: (organisations.get(p.organisation_id or -1, "~"), p.name.casefold()),
            )
        ]
        flowables.append(
            table(
                context,
                [_("Naam"), _("Organisatie"), _("Rol"), _("Dagdelen")],
                rows,
                [48 * mm, 58 * mm, 42 * mm, 20 * mm],
            )
        )
        return flowables
    flowables.append(
        Para(
            _(
                "Op verzoek zijn de namen van de deelnemers weggelaten. Per "
                "organisatie staat hoeveel mensen hebben deelgenomen en aan welke "
                "dagdelen."
            ),
            style.body,
        )
    )
    grouped: dict[str, tuple[int, set[int]]] = {}
    for participant in atelier.participants:
        name = organisations.get(participant.organisation_id or -1, _("Zonder organisatie"))
        people, dagdelen = grouped.get(name, (0, set()))
        grouped[name] = (people + 1, dagdelen | set(participant.dagdelen))
    rows = [
        [name, str(people), ", ".join(str(n) for n in sorted(dagdelen)) or "–"]
        for name, (people, dagdelen) in sorted(grouped.items())
    ]
    flowables.append(
        table(
            context,
            [_("Organisatie"), _("Deelnemers"), _("Dagdelen")],
            rows,
            [96 * mm, 30 * mm, 42 * mm],
        )
    )
    return flowables


def glossary_appendix(context: Context) -> list[Flowable]:
    rows = [[Para(markup(b.term), context.style.cell_bold), b.uitleg] for b in begrippen()]
    return [
        context.appendix("bijlage-begrippen", _("Begrippenlijst")),
        table(context, [_("Begrip"), _("Betekenis")], rows, [48 * mm, 120 * mm]),
    ]
