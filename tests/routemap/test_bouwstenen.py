"""The lens of the WUP building blocks (seed 002): each action says which blocks it serves, a
new action of an onderdeel gets a suggestion, and a block without any action is a gap."""

from __future__ import annotations

import pytest

from atelier.domain.datafile import DataFileError
from atelier.domain.routemap.bouwstenen import load_lens, wup_bouwstenen
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.services.errors import ServiceError
from atelier.services.routemap.actions import create_action, list_actions, update_action


def test_the_lens_names_its_source_and_the_five_blocks():
    lens = wup_bouwstenen()
    assert "wijkuitvoeringsplan" in lens.bron.lower()
    assert [b.naam for b in lens.bouwstenen] == [
        "Wijkteam",
        "Gebouw- en infrastrategie",
        "Arrangement",
        "Realisatieplan",
        "Communicatie en besluitvorming",
    ]
    assert lens.suggested("techniek") == ("gebouw_infra",)
    assert lens.suggested("financien") == ("arrangement",)


def test_an_action_serves_blocks_and_the_gaps_are_the_blocks_without_one(database, atelier_id):
    fase = vocabulary().fase_keys()[0]
    with database.transaction() as session:
        made = create_action(
            session, atelier_id, wat="Wijkteam oprichten", fase=fase, onderdeel_key="organisatie"
        )
        # given in any order, stored in the lens's order, each once
        update_action(session, made.id, bouwstenen=["communicatie_besluitvorming", "wijkteam"])
        actions = list_actions(session, atelier_id)
    assert actions[0].bouwstenen == ("wijkteam", "communicatie_besluitvorming")
    lens = wup_bouwstenen()
    assert [b.key for b in lens.gaps(actions)] == ["gebouw_infra", "arrangement", "realisatieplan"]
    covered = dict((b.key, served) for b, served in lens.coverage(actions))
    assert [a.wat for a in covered["wijkteam"]] == ["Wijkteam oprichten"]


def test_an_unknown_block_is_refused_in_dutch(database, atelier_id):
    fase = vocabulary().fase_keys()[0]
    with database.transaction() as session:
        made = create_action(session, atelier_id, wat="Iets", fase=fase, onderdeel_key="proces")
    refused = pytest.raises(ServiceError, match="Onbekende bouwsteen '<script>'")
    with refused, database.transaction() as session:
        update_action(session, made.id, bouwstenen=["<script>"])


@pytest.mark.parametrize(
    ("damage", "field"),
    [
        ('onderdelen = ["organisatie"]', 'onderdelen = ["bestuur"]'),
        ('key = "arrangement"', 'key = "wijkteam"'),
        ('key = "arrangement"', 'key = "Arrangement!"'),
    ],
)
def test_a_broken_lens_file_names_the_file_and_the_field(tmp_path, damage, field):
    from atelier.paths import resource_path

    text = resource_path("lenses", "wup_bouwstenen.toml").read_text(encoding="utf-8")
    broken = tmp_path / "lens.toml"
    broken.write_text(text.replace(damage, field, 1), encoding="utf-8")
    with pytest.raises(DataFileError) as told:
        load_lens(broken)
    assert "lens.toml" in str(told.value) and "bouwsteen[" in str(told.value)


def test_every_fase_has_questions_for_the_samenwerking_from_its_source():
    from atelier.domain.routemap.samenwerking import samenwerking_vragen

    lens = samenwerking_vragen()
    assert "bewonersinitiatief" in lens.bron
    assert all(lens.voor(fase) for fase in vocabulary().fase_keys())


def test_a_questions_file_for_an_unknown_fase_is_refused(tmp_path):
    from atelier.domain.routemap.samenwerking import load_fase_vragen

    broken = tmp_path / "vragen.toml"
    broken.write_text('naam = "x"\nbron = "y"\n[[fase]]\nkey = "dromen"\nvragen = ["?"]\n')
    with pytest.raises(DataFileError, match=r"vragen\.toml"):
        load_fase_vragen(broken)


def test_every_lens_file_loads_with_its_source_named():
    """Each file in resources/lenses has its reader; a new lens without one fails here."""
    from atelier.domain.routemap.participatieroute import load_checklist
    from atelier.domain.routemap.samenwerking import load_fase_vragen
    from atelier.paths import resource_path

    readers = {
        "wup_bouwstenen.toml": load_lens,
        "samenwerking_fasen.toml": load_fase_vragen,
        "participatieroute.toml": load_checklist,
    }
    files = sorted(path.name for path in resource_path("lenses").glob("*.toml"))
    assert files == sorted(readers)
    for name, read in readers.items():
        lens = read(resource_path("lenses", name))
        assert lens.naam and lens.bron
