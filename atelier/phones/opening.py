"""What the server knows of the werkvorm that is open to phones, and what a phone sends."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

TOKEN_BYTES = 16  # 128 random bits (22 characters): unguessable, and as short as that allows


def new_token() -> str:
    """A fresh, unguessable token for one opening of one werkvorm."""
    return secrets.token_urlsafe(TOKEN_BYTES)


# The phone page (resources/phones) speaks Dutch, whatever the facilitator's window speaks: the
# answers it shows from the inbox and the voting are made in the same language.
PAGE_LANGUAGE = "nl"


@dataclass(frozen=True)
class Opening:
    """One werkvorm open to phones: made on the window's thread, read by the server's."""

    werkvorm_id: int
    token: str
    titel: str
    vraag: str
    organisations: tuple[tuple[int, str], ...] = ()  # empty: the phone asks for none (anonymous)
    max_text: int = 500
    voting: bool = False  # phones may give dots in the werkvorm's voting round

    def admits(self, token: str) -> bool:
        return hmac.compare_digest(self.token.encode(), token.encode())

    def state(self) -> dict[str, object]:
        """What the phone page shows: the question and the organisations to choose from."""
        return {
            "open": True,
            "titel": self.titel,
            "vraag": self.vraag,
            "organisaties": [{"id": ident, "naam": name} for ident, name in self.organisations],
            "maxTekens": self.max_text,
            "stemmen": self.voting,
        }


@dataclass(frozen=True)
class Submission:
    """A note as a phone sent it, checked for shape only (the inbox checks the rest)."""

    werkvorm_id: int
    client_id: str
    phone_id: str
    text: str
    organisation_id: int | None


@dataclass(frozen=True)
class VoteRequest:
    """A phone reads the voting round (``note_id`` None) or gives (+1) or takes back (−1) a
    dot on a note."""

    werkvorm_id: int
    phone_id: str
    note_id: int | None = None
    delta: int = 0


@dataclass(frozen=True)
class Reply:
    """The window's answer: done (a note stored, also when it was stored before; a dot given)
    or refused with a Dutch message for the phone; ``data`` what the phone should show.
    ``again``: not stored for now (the laptop's disk is full): the phone keeps the note and
    sends it again, as when the laptop does not answer."""

    stored: bool
    message: str = ""
    data: dict[str, object] | None = None
    again: bool = False


@dataclass(frozen=True)
class Invitation:
    """What the beamer shows while a werkvorm is open to phones: the address to scan or type."""

    werkvorm_id: int
    url: str
