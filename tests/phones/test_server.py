"""The phones' server over real sockets on 127.0.0.1: the page and its notes behind a token,
every note in the inbox exactly once, and every kind of bad request refused with a Dutch
message and nothing stored."""

from __future__ import annotations

import http.client
import json
import socket
import time

import pytest

from atelier.phones.opening import Opening, new_token
from atelier.services.phones import inbox
from tests.phones.conftest import note


def waiting_texts(database, werkvorm_id) -> list[str]:
    with database.transaction() as session:
        return [row.text for row in inbox.waiting(session, werkvorm_id)]


def test_the_page_is_served_whole_from_the_laptop_with_strict_headers(served):
    for name in ("", "phone.js", "phone.css"):
        status, headers, body = served.request("GET", f"/p/{served.opening.token}/{name}")
        assert status == 200, name
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "Access-Control-Allow-Origin" not in headers
        text = body.decode()
        assert "http://" not in text and "https://" not in text and "//cdn" not in text
    status, _headers, body = served.request("GET", f"/p/{served.opening.token}/state")
    state = json.loads(body)
    assert state["vraag"] == served.opening.vraag
    assert state["organisaties"] == [
        {"id": served.opening.organisations[0][0], "naam": "Huurdersvereniging Klaverveld"}
    ]


def test_a_note_arrives_in_the_inbox_once_however_often_it_is_resent(served, database, werkvorm):
    assert served.post_note(note("Warmtenet <script>&</script> 🌱")) == (200, {"ontvangen": True})
    assert served.post_note(note("Warmtenet <script>&</script> 🌱")) == (200, {"ontvangen": True})
    assert waiting_texts(database, werkvorm.id) == ["Warmtenet <script>&</script> 🌱"]


def test_the_chosen_organisation_travels_with_the_note(served, database, werkvorm, organisation_id):
    assert served.post_note(note(organisatie=organisation_id))[0] == 200
    with database.transaction() as session:
        (row,) = inbox.waiting(session, werkvorm.id)
    assert row.author_organisation_id == organisation_id


@pytest.mark.parametrize("token", ["", "nope", "x" * 24])
def test_without_the_token_there_is_nothing(served, database, werkvorm, token):
    status, headers, _body = served.request("GET", f"/p/{token}/")
    assert status == 404 and "Content-Security-Policy" in headers
    assert served.post_note(note(), token=token or "-")[0] == 404
    assert served.delivered == [] and waiting_texts(database, werkvorm.id) == []


def test_closing_and_reopening_makes_the_old_address_say_closed(served, werkvorm):
    old = served.opening.token
    served.server.publish(None)
    status, answer = served.post_note(note())
    assert status == 404 and "niet (meer) open" in answer["bericht"]
    reopened = Opening(werkvorm.id, new_token(), werkvorm.titel, werkvorm.vraag)
    served.server.publish(reopened)
    assert served.request("GET", f"/p/{old}/")[0] == 404
    assert served.request("GET", f"/p/{reopened.token}/")[0] == 200


BAD_REQUESTS = {
    "not json": (b"{tekst: 1", {"Content-Type": "application/json"}, 400),
    "wrong type": (b'{"clientId": 5, "phoneId": "phone-0001", "tekst": "x"}', None, 400),
    "a list": (b"[1, 2]", None, 400),
    "NaN": (b'{"clientId": "client-01", "phoneId": "phone-0001", "tekst": NaN}', None, 400),
    "form post": (b"tekst=hallo", {"Content-Type": "application/x-www-form-urlencoded"}, 415),
    "huge body": (b'{"tekst": "' + b"x" * 20_000 + b'"}', None, 413),
    "foreign origin": (
        json.dumps(note()).encode(),
        {"Content-Type": "application/json", "Origin": "http://evil.example"},
        403,
    ),
    "other host": (
        json.dumps(note()).encode(),
        {"Content-Type": "application/json", "Host": "evil.example"},
        400,
    ),
}


@pytest.mark.parametrize("case", BAD_REQUESTS)
def test_bad_requests_are_refused_in_dutch_and_store_nothing(served, database, werkvorm, case):
    body, headers, expected = BAD_REQUESTS[case]
    status, answer_headers, answer = served.request(
        "POST",
        f"/p/{served.opening.token}/notes",
        body,
        headers or {"Content-Type": "application/json"},
    )
    assert status == expected
    assert "Access-Control-Allow-Origin" not in answer_headers
    assert json.loads(answer)["bericht"]
    assert waiting_texts(database, werkvorm.id) == []
    assert sum(served.server.refused.values()) >= 1


@pytest.mark.parametrize(
    ("fields", "status", "message"),
    [
        ({"tekst": "x" * 501}, 422, "hoogstens 500"),
        ({"tekst": "   "}, 422, "lege notitie"),
        ({"organisatie": 987654}, 400, "niet lezen"),
        ({"organisatie": "1"}, 400, "niet lezen"),
    ],
)
def test_notes_the_inbox_cannot_take_are_explained(
    served, database, werkvorm, fields, status, message
):
    answer_status, answer = served.post_note(note(**fields))
    assert answer_status == status and message in answer["bericht"]
    assert waiting_texts(database, werkvorm.id) == []


def test_a_phone_that_sends_too_fast_is_slowed_down(served, database, werkvorm):
    statuses = [served.post_note(note(f"idee {n}", client=f"client-{n:04}"))[0] for n in range(12)]
    assert statuses == [200] * 10 + [429, 429]
    status, answer = served.post_note(note("nog een", client="client-9999"))
    assert status == 429
    assert "Wacht even" in answer["bericht"]
    assert len(waiting_texts(database, werkvorm.id)) == 10


def test_a_resent_note_does_not_count_against_the_phone(served, database, werkvorm):
    for n in range(10):
        assert served.post_note(note(f"idee {n}", client=f"client-{n:04}"))[0] == 200
    assert served.post_note(note("idee 0", client="client-0000"))[0] == 200  # the same note again
    assert len(waiting_texts(database, werkvorm.id)) == 10


def test_wrong_methods_and_huge_headers_are_refused(served):
    assert served.request("GET", f"/p/{served.opening.token}/notes")[0] == 405
    assert served.request("GET", f"/p/{served.opening.token}/", headers={"X-Big": "x" * 20_000})[
        0
    ] in (400, 431)
    assert served.request("GET", "/etc/passwd")[0] == 404


def test_the_server_listens_on_the_chosen_address_only(served):
    with pytest.raises(OSError), socket.create_connection(("127.0.0.2", served.port), timeout=1):
        pass


def test_stopping_with_open_connections_is_quick_and_final(served):
    connections = []
    for _ in range(30):
        connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=5)
        connection.request("GET", f"/p/{served.opening.token}/state")
        connection.getresponse().read()  # kept alive
        connections.append(connection)
    started = time.monotonic()
    served.server.stop()
    assert time.monotonic() - started < 2
    with pytest.raises(OSError):
        served.request("GET", f"/p/{served.opening.token}/state")
    for connection in connections:
        connection.close()


def test_a_note_the_laptop_cannot_store_in_time_is_kept_on_the_phone(database, werkvorm):
    import concurrent.futures

    from atelier.phones.server import Limits, PhoneServer

    never: concurrent.futures.Future = concurrent.futures.Future()
    server = PhoneServer(lambda _submission: never, Limits(reply_timeout=0.2))
    port = server.start("127.0.0.1", 0)
    opening = Opening(werkvorm.id, new_token(), werkvorm.titel, werkvorm.vraag)
    server.publish(opening)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request(
            "POST",
            f"/p/{opening.token}/notes",
            json.dumps(note()),
            {"Content-Type": "application/json"},
        )
        response = connection.getresponse()
        assert response.status == 503  # the page keeps the note and sends it again
        answer = json.loads(response.read())["bericht"]  # the page adds that it tries again
        assert answer == "De notitie is nog niet aangekomen."
        connection.close()
    finally:
        server.stop()


def test_slow_clients_hold_up_no_one(served, database, werkvorm):
    """Fifty connections that send half a request and stall (a "slowloris") neither block a
    phone that sends properly nor keep the server from stopping."""
    stalled = []
    for _ in range(50):
        connection = socket.create_connection(("127.0.0.1", served.port), timeout=5)
        connection.sendall(f"POST /p/{served.opening.token}/notes HTTP/1.1\r\nHost: 127".encode())
        stalled.append(connection)
    try:
        assert served.post_note(note("Toch gewoon aangekomen"))[0] == 200
        assert waiting_texts(database, werkvorm.id) == ["Toch gewoon aangekomen"]
        started = time.monotonic()
        served.server.stop()
        assert time.monotonic() - started < 2
    finally:
        for connection in stalled:
            connection.close()


def vote(served, phone: str, note_id: int, delta: int = 1) -> tuple[int, dict]:
    status, _headers, body = served.request(
        "POST",
        f"/p/{served.opening.token}/votes",
        json.dumps({"phoneId": phone, "noteId": note_id, "delta": delta}).encode(),
        {"Content-Type": "application/json"},
    )
    return status, json.loads(body)


def test_phones_vote_only_while_voting_is_open_and_within_their_budget(served, database, werkvorm):
    from dataclasses import replace

    from atelier.services.board import voting
    from atelier.services.board.notes import add_note

    with database.transaction() as session:
        voting.set_limits(session, werkvorm.id, votes_per_participant=2, max_votes_per_note=1)
        ids = [add_note(session, werkvorm.id, f"Idee {n}").id for n in range(3)]
    round_path = f"/p/{served.opening.token}/round?telefoon=phone-0001"
    assert served.request("GET", round_path)[0] == 409  # not voting yet
    assert vote(served, "phone-0001", ids[0])[0] == 409
    served.server.publish(replace(served.opening, voting=True))
    status, _h, body = served.request("GET", round_path)
    round_ = json.loads(body)
    assert status == 200 and round_["over"] == 2
    assert [n["tekst"] for n in round_["notities"]] == ["Idee 0", "Idee 1", "Idee 2"]
    assert vote(served, "phone-0001", ids[0])[1]["over"] == 1
    status, answer = vote(served, "phone-0001", ids[0])
    assert status == 422 and "meer mag niet" in answer["bericht"]
    assert vote(served, "phone-0001", ids[1])[1]["over"] == 0
    status, answer = vote(served, "phone-0001", ids[2])
    assert status == 422 and "al je 2 stippen" in answer["bericht"] and answer["over"] == 0
    assert vote(served, "phone-0001", ids[0], delta=5)[0] == 400
    with database.transaction() as session:
        assert voting.dot_totals(session, werkvorm.id) == {ids[0]: 1, ids[1]: 1, ids[2]: 0}


def test_every_opening_gets_a_new_unguessable_token():
    tokens = {new_token() for _ in range(200)}
    assert len(tokens) == 200
    assert all(len(token) >= 22 for token in tokens)  # 128 random bits, base64url


def open_live(served, count: int) -> list[tuple[http.client.HTTPConnection, object]]:
    streams = []
    for _ in range(count):
        connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=5)
        connection.request("GET", f"/p/{served.opening.token}/live")
        response = connection.getresponse()
        assert response.status == 200
        assert response.getheader("Content-Type").startswith("text/event-stream")
        assert response.readline() == b": open\n"
        streams.append((connection, response))
    return streams


def test_thirty_live_channels_hear_at_once_that_the_werkvorm_closed(served):
    streams = open_live(served, 30)
    try:
        deadline = time.monotonic() + 5
        while served.server.live_count() < 30 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert served.server.live_count() == 30
        started = time.monotonic()
        served.server.publish(None)
        for _connection, response in streams:
            assert b"event: gesloten" in response.read()  # then the server ends the channel
        assert time.monotonic() - started < 2
        deadline = time.monotonic() + 5
        while served.server.live_count() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert served.server.live_count() == 0
    finally:
        for connection, _response in streams:
            connection.close()


def test_stopping_with_live_channels_open_is_quick(served):
    streams = open_live(served, 30)
    try:
        started = time.monotonic()
        served.server.stop()
        assert time.monotonic() - started < 2
    finally:
        for connection, _response in streams:
            connection.close()
