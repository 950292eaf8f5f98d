"""The checks a facilitator sees on a routemap (domain.md §4.3), as Dutch findings.

Errors are what makes a routemap unusable for the council (no owner, no deadline, actions that
wait on each other, a go/no-go without orgaan or date); warnings point at likely gaps. Nothing is
blocked: the user decides.
"""

from __future__ import annotations

from collections.abc import Iterable

from atelier.domain.routemap.bouwstenen import wup_bouwstenen
from atelier.domain.routemap.records import (
    ActionData,
    BesluitmomentData,
    Finding,
    RoutemapData,
    Severity,
)
from atelier.domain.routemap.vocabulary import GO_NO_GO, RAAD, RoutemapVocabulary, naam
from atelier.translation import _

EARLY_FASEN = 2  # opstarten and uitwerken


def check_routemap(routemap: RoutemapData, vocabulary: RoutemapVocabulary) -> list[Finding]:
    """All findings, errors first, each group in routemap order."""
    findings = [
        *_owners_and_deadlines(routemap.actions),
        *_results(routemap.actions),
        *_cycles(routemap.actions),
        *_deadline_order(routemap),
        *_go_no_go(routemap.besluitmomenten),
        *_empty_early_lanes(routemap, vocabulary),
        *_raad_late(routemap, vocabulary),
        *_bouwsteen_gaps(routemap.actions),
    ]
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def _results(actions: Iterable[ActionData]) -> Iterable[Finding]:
    """An action without a resultaat: nobody can tell when it is done."""
    for action in actions:
        if not action.resultaat.strip():
            yield Finding(
                Severity.WARNING,
                _("{code} zegt niet wat er ligt als het af is: vul het resultaat in.").format(
                    code=action.code
                ),
                (action.id,),
            )


def _owners_and_deadlines(actions: Iterable[ActionData]) -> Iterable[Finding]:
    for action in actions:
        ids = (action.id,)
        if action.eigenaar.organisation_id is None:
            yield Finding(
                Severity.ERROR,
                _("{code} heeft geen eigenaar: kies één organisatie en een persoon of rol.").format(
                    code=action.code
                ),
                ids,
            )
        elif not action.eigenaar.rol.strip():
            yield Finding(
                Severity.WARNING,
                _("{code}: de eigenaar ({organisatie}) heeft nog geen persoon of rol.").format(
                    code=action.code, organisatie=action.eigenaar.organisatie
                ),
                ids,
            )
        if action.deadline is None:
            yield Finding(
                Severity.ERROR,
                _("{code} heeft geen deadline: geef een datum of een kwartaal (Q3 2027).").format(
                    code=action.code
                ),
                ids,
            )
        elif action.start is not None and action.deadline.surely_before(action.start):
            yield Finding(
                Severity.ERROR,
                _("{code} heeft een deadline ({deadline}) vóór de start ({start}).").format(
                    code=action.code, deadline=action.deadline, start=action.start
                ),
                ids,
            )


def find_cycles(actions: Iterable[ActionData]) -> list[list[ActionData]]:
    """Groups of actions that wait on each other, each as a path that returns to its start."""
    by_id = {a.id: a for a in actions}
    graph = {a.id: [d for d in a.hangt_af_van if d in by_id] for a in by_id.values()}
    cycles = []
    for component in _strong_components(graph):
        members = set(component)
        if len(component) == 1 and component[0] not in graph[component[0]]:
            continue
        start = min(members, key=lambda i: by_id[i].code)
        path = _path_back(graph, members, start)
        cycles.append([by_id[i] for i in path])
    return sorted(cycles, key=lambda c: c[0].code)


def _cycles(actions: Iterable[ActionData]) -> Iterable[Finding]:
    for cycle in find_cycles(actions):
        names = " → ".join(a.code for a in cycle)
        yield Finding(
            Severity.ERROR,
            _(
                "Deze acties wachten op elkaar, dus geen ervan kan beginnen: {names}. Haal één "
                "afhankelijkheid weg."
            ).format(names=names),
            tuple(dict.fromkeys(a.id for a in cycle)),
        )


def _deadline_order(routemap: RoutemapData) -> Iterable[Finding]:
    by_id = {a.id: a for a in routemap.actions}
    for action in routemap.actions:
        for dependency_id in action.hangt_af_van:
            dependency = by_id.get(dependency_id)
            if dependency is None or action.deadline is None or dependency.deadline is None:
                continue
            ids = (action.id, dependency.id)
            if action.deadline.surely_before(dependency.deadline):
                yield Finding(
                    Severity.ERROR,
                    _(
                        "{code} moet af zijn op {deadline}, maar wacht op {code2} dat pas op "
                        "{deadline2} "
                        "af is."
                    ).format(
                        code=action.code,
                        deadline=action.deadline,
                        code2=dependency.code,
                        deadline2=dependency.deadline,
                    ),
                    ids,
                )
            elif action.deadline.possibly_before(dependency.deadline):
                yield Finding(
                    Severity.WARNING,
                    _(
                        "{code} (deadline {deadline}) kan eerder af moeten zijn dan {code2} "
                        "({deadline2}), waar het op wacht."
                    ).format(
                        code=action.code,
                        deadline=action.deadline,
                        code2=dependency.code,
                        deadline2=dependency.deadline,
                    ),
                    ids,
                )


def _go_no_go(besluitmomenten: Iterable[BesluitmomentData]) -> Iterable[Finding]:
    for number, moment in enumerate(besluitmomenten, start=1):
        if moment.type != GO_NO_GO:
            continue
        name = (
            _("Go/no-go '{titel}'").format(titel=moment.titel)
            if moment.titel
            else _("Go/no-go {number}").format(number=number)
        )
        missing = [
            what
            for what, value in ((_("orgaan"), moment.orgaan), (_("datum"), moment.datum))
            if not value
        ]
        if missing:
            yield Finding(
                Severity.ERROR,
                _("{name} heeft geen {join}: wie beslist er, en wanneer?").format(
                    name=name, join=_(" en geen ").join(missing)
                ),
                besluitmoment_ids=(moment.id,),
            )
        if not moment.criteria.strip():
            yield Finding(
                Severity.WARNING,
                _(
                    "{name} noemt geen criteria: waaraan toetst het orgaan of het doorgaat? Vul de "
                    "criteria in."
                ).format(name=name),
                besluitmoment_ids=(moment.id,),
            )


def _empty_early_lanes(routemap: RoutemapData, vocabulary: RoutemapVocabulary) -> Iterable[Finding]:
    if not routemap.actions:
        yield Finding(Severity.WARNING, _("De routemap heeft nog geen acties."))
        return
    lane_set = vocabulary.lane_set(routemap.lane_set)
    early = [f.naam for f in vocabulary.fasen[:EARLY_FASEN]]
    occupied = {
        action.lane_in(lane_set)
        for action in routemap.actions
        if vocabulary.fase_index(action.fase) < EARLY_FASEN
    }
    for lane in lane_set.lanes:
        if lane.key not in occupied:
            yield Finding(
                Severity.WARNING,
                _("Op de baan '{naam}' staat niets in {join}: wie zet hier de eerste stap?").format(
                    naam=lane.naam, join=" en ".join(early)
                ),
                lane=lane.key,
            )


def _bouwsteen_gaps(actions: tuple[ActionData, ...]) -> Iterable[Finding]:
    """The WUP building blocks no action serves (the lens of resources/lenses): one finding
    per block once the facilitator uses the lens, else one that says it is unused."""
    if not actions:
        return  # "no actions yet" says it already
    lens = wup_bouwstenen()
    if not any(action.bouwstenen for action in actions):
        yield Finding(
            Severity.WARNING,
            _(
                "Nog geen actie is gekoppeld aan een van de {lower}: welke bouwsteen dient elke "
                "actie?"
            ).format(lower=lens.naam.lower()),
        )
        return
    for bouwsteen in lens.gaps(actions):
        yield Finding(
            Severity.WARNING,
            _(
                "Voor de bouwsteen '{naam}' van het wijkuitvoeringsplan is nog geen actie: wie "
                "pakt die op?"
            ).format(naam=bouwsteen.naam),
        )


def _raad_late(routemap: RoutemapData, vocabulary: RoutemapVocabulary) -> Iterable[Finding]:
    moments = routemap.besluitmomenten
    raad = [b for b in moments if b.orgaan == RAAD]
    raad_name = naam(vocabulary.organen, RAAD).lower()
    if moments and not raad:
        yield Finding(
            Severity.WARNING,
            _(
                "De {raad_name} komt in geen enkel besluitmoment voor. Betrek de raad vanaf het "
                "begin, bijvoorbeeld met een informatiemoment in de eerste fase."
            ).format(raad_name=raad_name),
        )
        return
    if not raad:
        return
    fasen = [_fase_of(b, routemap, vocabulary) for b in raad]
    known = [i for i in fasen if i is not None]
    ids = tuple(b.id for b in raad)
    if known:
        first = min(known)
        if first >= EARLY_FASEN and first < len(vocabulary.fasen):
            yield Finding(
                Severity.WARNING,
                _(
                    "De {raad_name} komt pas in de fase {naam} in beeld. Betrek de raad vanaf het "
                    "begin (informeren of kaders laten stellen)."
                ).format(raad_name=raad_name, naam=vocabulary.fasen[first].naam),
                besluitmoment_ids=ids,
            )
        return
    others = [b.datum for b in moments if b.orgaan != RAAD and b.datum]
    raad_dates = [b.datum for b in raad if b.datum]
    if others and raad_dates:
        first_raad = min(raad_dates, key=lambda m: m.first)
        if all(m.surely_before(first_raad) for m in others):
            yield Finding(
                Severity.WARNING,
                _(
                    "De {raad_name} komt pas na alle andere besluitmomenten in beeld. Betrek de "
                    "raad "
                    "vanaf het begin."
                ).format(raad_name=raad_name),
                besluitmoment_ids=ids,
            )


def _fase_of(
    moment: BesluitmomentData, routemap: RoutemapData, vocabulary: RoutemapVocabulary
) -> int | None:
    """The fase index of a besluitmoment: its own, else the earliest of its actions' fasen."""
    if moment.fase:
        return vocabulary.fase_index(moment.fase)
    linked = [
        vocabulary.fase_index(a.fase) for a in routemap.actions if a.besluitmoment_id == moment.id
    ]
    linked += [
        vocabulary.fase_index(m.fase) for m in routemap.mijlpalen if m.besluitmoment_id == moment.id
    ]
    return min(linked) if linked else None


def _strong_components(graph: dict[int, list[int]]) -> list[list[int]]:
    """Tarjan's algorithm, iterative (long dependency chains must not hit the recursion limit)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    components: list[list[int]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child_position = work.pop()
            if child_position == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            children = graph[node]
            if child_position < len(children):
                work.append((node, child_position + 1))
                child = children[child_position]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return components


def _path_back(graph: dict[int, list[int]], members: set[int], start: int) -> list[int]:
    """A path start → … → start inside one strongly connected component (breadth first)."""
    previous: dict[int, int] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in graph[node]:
                if child not in members:
                    continue
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [*reversed(path), start]
                if child not in previous:
                    previous[child] = node
                    following.append(child)
        frontier = following
    return [start, start]
