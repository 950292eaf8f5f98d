"""Errors a service raises for a request that cannot be carried out; ``str(error)`` is a
message for the user, in the current language (``atelier.translation``)."""

from atelier.translation import _


class ServiceError(ValueError):
    pass


class NotFound(ServiceError):
    def __init__(self, what: str, ident: int) -> None:
        super().__init__(_("{what} {ident} bestaat niet (meer).").format(what=what, ident=ident))
