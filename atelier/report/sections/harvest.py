"""Section text drawn from the notes when the facilitator wrote none: the clusters (with their
best-voted notes) of the werkvormen that ``resources/routemap.toml`` names for the section."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether

from atelier.report.data import WerkvormResult
from atelier.report.sections.common import Context, bullet
from atelier.report.styles import MUTED_HEX
from atelier.report.text import Para, markup
from atelier.translation import _, ngettext

TOP_NOTES = 3
LOOSE_NOTES = 5


@dataclass(frozen=True)
class Insight:
    text: str  # a cluster title or a note's text
    dots: int
    notes: tuple[tuple[str, int], ...] = ()  # a cluster's notes (text, dots), most dots first

    @property
    def is_cluster(self) -> bool:
        return bool(self.notes)


def source_results(context: Context, sectie: str) -> list[WerkvormResult]:
    """The werkvormen (with notes) a section draws on."""
    source = context.words.source(sectie)
    if source is None:
        return []
    wanted = {title.casefold() for title in source.werkvormen}
    matched = [r for r in context.data.results if r.werkvorm.titel.casefold() in wanted and r.notes]
    if matched or source.onderdeel is None:
        return matched
    claimed = {t.casefold() for b in context.words.bronnen for t in b.werkvormen}
    return [
        r
        for r in context.data.results
        if r.werkvorm.onderdeel == source.onderdeel
        and r.notes
        and r.werkvorm.titel.casefold() not in claimed
    ]


def insights(result: WerkvormResult) -> list[Insight]:
    """Clusters and loose notes of one werkvorm, most dots first."""
    items = []
    clustered: set[int] = set()
    notes = {n.id: n for n in result.notes}
    for cluster in result.clusters:
        members = [notes[i] for i in cluster.note_ids if i in notes]
        if not members:
            continue
        clustered.update(n.id for n in members)
        ranked = sorted(members, key=lambda n: (-result.dots_of(n), n.id))
        items.append(
            Insight(
                cluster.titel.strip() or members[0].text,
                sum(result.dots_of(n) for n in members),
                tuple((n.text, result.dots_of(n)) for n in ranked),
            )
        )
    items += [Insight(n.text, result.dots_of(n)) for n in result.notes if n.id not in clustered]
    return sorted(items, key=lambda i: (-i.dots, -len(i.notes)))


def harvest(context: Context, sectie: str) -> list[Flowable]:
    """'Uit het atelier': per source werkvorm its clusters with their best notes, and the best
    loose notes; [] when there are none."""
    flowables: list[Flowable] = []
    style = context.style
    for result in source_results(context, sectie):
        flowables.append(
            Para(
                _("Uit de werkvorm ‘{markup}’ (dagdeel {dagdeel_nummer})").format(
                    markup=markup(result.werkvorm.titel), dagdeel_nummer=result.dagdeel_nummer
                ),
                style.h3,
            )
        )
        if result.werkvorm.vraag:
            flowables.append(Para(markup(result.werkvorm.vraag), style.quote))
        items = insights(result)
        loose = [i for i in items if not i.is_cluster]
        hidden = max(0, len(loose) - LOOSE_NOTES)
        shown = [i for i in items if i.is_cluster] + loose[:LOOSE_NOTES]
        starts = [len(flowables)]  # where each item begins
        for item in sorted(shown, key=lambda i: (-i.dots, -len(i.notes))):
            starts.append(len(flowables))
            flowables.append(bullet(context, "", _describe(item)))
            for text, dots in item.notes[:TOP_NOTES]:
                flowables.append(
                    Para(markup(text) + _facts(0, dots), style.sub_bullet, bulletText="–")
                )
            hidden += max(0, len(item.notes) - TOP_NOTES)
        if hidden > 0:
            rest = Para(
                ngettext(
                    "En nog {count} andere notitie; zie bijlage A.",
                    "En nog {count} andere notities; zie bijlage A.",
                    hidden,
                ).format(count=hidden),
                style.muted,
            )
            # never a page with a line or two: it goes with the last two items and their notes
            tail = starts[-2] if len(starts) > 2 else starts[-1]
            flowables[tail:] = [KeepTogether([*flowables[tail:], rest])]
    return flowables


def top_insights(context: Context, sectie: str, count: int) -> list[Insight]:
    items = [i for r in source_results(context, sectie) for i in insights(r)]
    return sorted(items, key=lambda i: (-i.dots, -len(i.notes)))[:count]


def _describe(item: Insight) -> str:
    text = markup(item.text)
    if item.is_cluster:
        return f"<b>{text}</b>{_facts(len(item.notes), item.dots)}"
    return text + _facts(0, item.dots)


def _facts(notes: int, dots: int) -> str:
    facts = []
    if notes:
        facts.append(ngettext("{count} notitie", "{count} notities", notes).format(count=notes))
    if dots:
        facts.append(ngettext("{count} stip", "{count} stippen", dots).format(count=dots))
    return (
        _(" <font color='{muted_hex}'>({join})</font>").format(
            muted_hex=MUTED_HEX, join=", ".join(facts)
        )
        if facts
        else ""
    )
