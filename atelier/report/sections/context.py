"""The chapters between summary and routemap: kaders, wijk, betrokkenen, participatie,
techniek and financiën. Each shows the facilitator's text, or else what the atelier produced."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from atelier.domain.reference import stakeholder_types
from atelier.report.sections.common import Context, nothing, table, text_block
from atelier.report.sections.harvest import harvest
from atelier.report.sections.participatieroute import participatieroute_section
from atelier.report.text import Para
from atelier.translation import N_, _

CHAPTERS = (
    # key, title, field in ReportTexts, the sentence when there is nothing
    (
        "kaders",
        N_("Aanleiding en kaders"),
        "kaders",
        N_(
            "Over de aanleiding en de kaders is in het atelier nog niets vastgelegd. Leg in het "
            "projectplan vast wat vaststaat en waar nog ruimte is voor invloed."
        ),
    ),
    (
        "wijk",
        N_("De wijk"),
        "wijk",
        N_(
            "Over de wijk zelf is in het atelier nog niets vastgelegd; dit volgt uit de "
            "wijkanalyse."
        ),
    ),
    (
        "betrokkenen",
        N_("Betrokkenen en samenwerking"),
        "betrokkenen",
        N_("Over de rolverdeling en de samenwerking is in het atelier nog niets vastgelegd."),
    ),
    (
        "participatie",
        N_("Participatie"),
        "participatie",
        N_("Over participatie is in het atelier nog niets vastgelegd."),
    ),
    (
        "techniek",
        N_("Techniek"),
        "techniek",
        N_("Over de technische oplossingen is in het atelier nog niets vastgelegd."),
    ),
    (
        "financien",
        N_("Financiën"),
        "financien",
        N_("Over de financiën is in het atelier nog niets vastgelegd."),
    ),
)


def context_chapters(context: Context) -> list[Flowable]:
    flowables: list[Flowable] = []
    for key, title, field_name, empty in CHAPTERS:
        flowables.append(context.chapter(key, _(title)))
        own = getattr(context.data.routemap.texts, field_name).strip()
        body = text_block(context, own) if own else harvest(context, key)
        extra = _organisations(context) if key == "betrokkenen" else []
        extra += participatieroute_section(context) if key == "participatie" else []
        if not body and not extra:
            body = [nothing(context, _(empty))]
        flowables += body + extra
    return flowables


def _organisations(context: Context) -> list[Flowable]:
    atelier = context.data.atelier
    if not atelier.organisations:
        return []
    style = context.style
    types = {t.key: t for t in stakeholder_types()}
    present = Counter(p.organisation_id for p in atelier.participants)
    order = list(types)
    rows = []
    for organisation in sorted(
        atelier.organisations,
        key=lambda o: (
            order.index(o.stakeholder_type) if o.stakeholder_type in order else 99,
            o.name.casefold(),
        ),
    ):
        kind = types.get(organisation.stakeholder_type)
        rows.append(
            [
                organisation.name,
                kind.naam if kind else organisation.stakeholder_type,
                kind.raci if kind and kind.raci else "–",
                str(present.get(organisation.id, 0)),
            ]
        )
    return [
        Para(_("Deelnemende organisaties"), style.h2),
        table(
            context,
            [_("Organisatie"), _("Soort partij"), _("Typische rol"), _("Deelnemers")],
            rows,
            [62 * mm, 60 * mm, 24 * mm, 22 * mm],
        ),
        Para(
            _(
                "Typische rol in besluiten over een wijkuitvoeringsplan: A = "
                "eindverantwoordelijk, R = voert uit, C = denkt mee, I = wordt "
                "geïnformeerd."
            ),
            style.muted,
        ),
    ]
