"""Where a team archive is: a PostgreSQL URL, checked, and shown without its password."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from atelier.storage.archive.errors import NotAnArchiveAddress
from atelier.storage.archive.scheme import SCHEMES

DRIVER = "psycopg"


@dataclass(frozen=True)
class ArchiveAddress:
    url: URL

    @classmethod
    def parse(cls, text: str) -> ArchiveAddress:
        """``postgresql://user[:password]@host[:port]/database``; any PostgreSQL driver named
        in it is replaced by psycopg, the one Atelier brings."""
        try:
            url = make_url(text.strip())
        except ArgumentError:
            raise NotAnArchiveAddress(text) from None
        if url.get_backend_name() not in SCHEMES or not url.host or not url.database:
            raise NotAnArchiveAddress(text)
        return cls(url.set(drivername=f"postgresql+{DRIVER}"))

    @property
    def shown(self) -> str:
        """The address for messages, titles and logs: never with the password."""
        port = f":{self.url.port}" if self.url.port else ""
        user = f"{self.url.username}@" if self.url.username else ""
        return f"postgresql://{user}{self.url.host}{port}/{self.url.database}"
