"""A real phone server on 127.0.0.1 (any free port), storing through the real inbox service on
one writer thread, as the window's thread does in the app."""

from __future__ import annotations

import concurrent.futures
import http.client
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from atelier.domain.records import WerkvormData
from atelier.phones.opening import Opening, Reply, Submission, VoteRequest, new_token
from atelier.phones.server import Limits, PhoneServer
from atelier.services.ateliers import get_atelier
from atelier.services.errors import ServiceError
from atelier.services.people import add_organisation
from atelier.services.phones import inbox


@dataclass
class Served:
    server: PhoneServer
    opening: Opening
    port: int
    writer: concurrent.futures.ThreadPoolExecutor
    delivered: list[Submission] = field(default_factory=list)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def post_note(self, note: dict[str, object], token: str | None = None) -> tuple[int, dict]:
        status, _headers, body = self.request(
            "POST",
            f"/p/{token or self.opening.token}/notes",
            json.dumps(note).encode(),
            {"Content-Type": "application/json"},
        )
        return status, json.loads(body)


def note(text: str = "Zonnepanelen op de school", client: str = "client-0001", **extra):
    return {"clientId": client, "phoneId": "phone-0001", "tekst": text, **extra}


def vote(database, request: VoteRequest) -> Reply:
    """What the window's thread does with a phone's dot (ui/phones/bridge.py), on a database."""
    from atelier.services.phones import voting
    from atelier.ui.phones.bridge import round_data

    try:
        with database.transaction() as session:
            if request.note_id is None:
                return Reply(
                    True,
                    data=round_data(
                        voting.phone_round(session, request.werkvorm_id, request.phone_id)
                    ),
                )
            round_ = voting.give_phone_dot(
                session, request.werkvorm_id, request.note_id, request.phone_id, request.delta
            )
    except ServiceError as error:
        with database.transaction() as session:
            mine = voting.phone_round(session, request.werkvorm_id, request.phone_id)
        return Reply(False, str(error), round_data(mine))  # as the window answers
    return Reply(True, data=round_data(round_))


@pytest.fixture
def werkvorm(database, atelier_id) -> WerkvormData:
    with database.transaction() as session:
        return get_atelier(session, atelier_id).dagdelen[0].werkvormen[0]


@pytest.fixture
def organisation_id(database, atelier_id) -> int:
    with database.transaction() as session:
        return add_organisation(session, atelier_id, "Huurdersvereniging Klaverveld").id


@pytest.fixture
def served(database, werkvorm, organisation_id) -> Iterator[Served]:
    writer = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    delivered: list[Submission] = []

    def store(submission: Submission | VoteRequest) -> Reply:
        if isinstance(submission, VoteRequest):
            return vote(database, submission)
        delivered.append(submission)
        try:
            with database.transaction() as session:
                inbox.receive(
                    session,
                    submission.werkvorm_id,
                    submission.client_id,
                    submission.text,
                    author_organisation_id=submission.organisation_id,
                )
        except ServiceError as error:
            return Reply(False, str(error))
        return Reply(True)

    server = PhoneServer(lambda s: writer.submit(store, s), Limits(notes_per_minute=10))
    port = server.start("127.0.0.1", 0)
    opening = Opening(
        werkvorm.id,
        new_token(),
        werkvorm.titel,
        werkvorm.vraag,
        organisations=((organisation_id, "Huurdersvereniging Klaverveld"),),
    )
    server.publish(opening)
    yield Served(server, opening, port, writer, delivered)
    server.stop()
    writer.shutdown(wait=True)
