"""For the installer's smoke run (``ATELIER_SMOKE_TEST=phones``): the frozen app opens its
werkvorm to phones on 127.0.0.1, a phone (a thread) fetches the page and posts a note, and the
note must arrive in the inbox. Proves the server, the page and the hand-over are in the bundle."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QTimer

from atelier.phones.networks import Network
from atelier.ui.main_window import MainWindow
from atelier.ui.phones.phones_feature import PhonesFeature

WAIT_S = 10.0


def check_phones(window: MainWindow, done: Callable[[str], None]) -> None:
    """Open to phones, send one note from a thread, and call ``done`` with the outcome."""
    feature = window.findChild(PhonesFeature)
    if feature is None:
        done("phones: FAILED, no phones feature")
        return
    feature.choose_network = lambda: Network("lo", "127.0.0.1")
    if not feature.open_to_phones() or feature.server is None or feature.opening is None:
        done(f"phones: FAILED to open ({window.message_bar.text()})")
        return
    url = feature.server.url(feature.opening)
    phone: dict[str, object] = {}
    threading.Thread(target=_be_a_phone, args=(url, phone), daemon=True).start()
    deadline = time.monotonic() + WAIT_S

    def poll() -> None:
        if phone.get("note") == 200 and feature.panel.list.count() == 1:
            feature.close_to_phones()
            done(f"phones: page served, note received ({url.split('/p/')[0]})")
        elif "error" in phone or time.monotonic() > deadline:
            done(f"phones: FAILED {phone}")
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def _be_a_phone(url: str, outcome: dict[str, object]) -> None:
    parts = urlsplit(url)
    try:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
        connection.request("GET", parts.path)
        page = connection.getresponse()
        outcome["page"] = page.status if b"phone.js" in page.read() else "no page"
        body = {"clientId": "smoke-note-0001", "phoneId": "smoke-phone-01", "tekst": "Rooktest"}
        connection.request(
            "POST", parts.path + "notes", json.dumps(body), {"Content-Type": "application/json"}
        )
        answer = connection.getresponse()
        answer.read()
        outcome["note"] = answer.status
        connection.close()
    except OSError as error:
        outcome["error"] = str(error)
