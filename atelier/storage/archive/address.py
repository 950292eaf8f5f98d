"""Where a team archive is: a PostgreSQL URL, checked, and shown without its password."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

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

    def without_password(self) -> str:
        """The full address (driver, query) as text, without the password: for another
        process's command line, which other users of the computer can read."""
        url = self.url
        bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database)
        return bare.update_query_dict(dict(url.query)).render_as_string(hide_password=False)

    def local_companions(self) -> Path:
        """Where this laptop keeps what belongs with the archive but not in it: a name in a
        folder of its own under the user's data folder (an action being written, the window's
        last atelier). Made when first needed."""
        from atelier.paths import user_data_dir

        digest = hashlib.sha1(self.shown.encode("utf-8")).hexdigest()[:12]
        return user_data_dir() / "teamarchieven" / digest / "teamarchief"
