"""What a phone sends, read strictly: anything of another shape raises ValueError, TypeError or
KeyError, and the server refuses it as unreadable."""

from __future__ import annotations

import json
from typing import Any

from atelier.phones.opening import Opening, Submission, VoteRequest

ID_LENGTHS = range(8, 65)  # a phone's own id: 8 to 64 characters


def strict_json(text: str) -> Any:
    """``json.loads`` without NaN and Infinity, which no phone of ours sends."""

    def no_constant(name: str) -> None:
        raise ValueError(name)

    return json.loads(text, parse_constant=no_constant)


def phone_id_ok(phone_id: object) -> bool:
    return isinstance(phone_id, str) and len(phone_id) in ID_LENGTHS


def submission(opening: Opening, body: Any) -> Submission:
    """The note in a phone's request."""
    if not isinstance(body, dict):
        raise TypeError("not an object")
    client_id, phone_id, text = body["clientId"], body["phoneId"], body["tekst"]
    organisation = body.get("organisatie")
    if not all(isinstance(value, str) for value in (client_id, phone_id, text)):
        raise TypeError("texts expected")
    if len(client_id) > 64 or not phone_id_ok(phone_id):
        raise ValueError("bad ids")
    if organisation is not None:
        if type(organisation) is not int:
            raise TypeError("organisation id expected")
        if organisation not in {ident for ident, _name in opening.organisations}:
            raise ValueError("unknown organisation")
    return Submission(opening.werkvorm_id, client_id, phone_id, text, organisation)


def vote_request(opening: Opening, body: Any) -> VoteRequest:
    """One dot given (+1) or taken back (−1) on a note."""
    phone_id, note_id, delta = body["phoneId"], body["noteId"], body["delta"]
    if not phone_id_ok(phone_id):
        raise ValueError("phone id")
    if type(note_id) is not int or type(delta) is not int or delta not in (1, -1):
        raise ValueError("dot")
    return VoteRequest(opening.werkvorm_id, phone_id, note_id, delta)
