"""Errors a service raises for a request that cannot be carried out; messages are Dutch."""


class ServiceError(ValueError):
    pass


class NotFound(ServiceError):
    def __init__(self, what: str, ident: int) -> None:
        super().__init__(f"{what} {ident} bestaat niet (meer).")
