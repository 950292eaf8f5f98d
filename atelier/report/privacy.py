"""The privacy option: participant names left out of everything the report prints."""

from __future__ import annotations

from atelier.domain.records import AtelierData
from atelier.domain.routemap.records import Owner


class Redactor:
    """Replaces a participant's name by their organisation (or leaves it out) when asked to."""

    def __init__(self, atelier: AtelierData, hide_names: bool) -> None:
        self.hide_names = hide_names
        organisations = {o.id: o.name for o in atelier.organisations}
        self._names = {
            p.name.strip().casefold(): organisations.get(p.organisation_id or -1, "")
            for p in atelier.participants
        }

    def is_name(self, text: str) -> bool:
        return self.hide_names and text.strip().casefold() in self._names

    def owner(self, owner: Owner) -> str:
        """'Organisation (rol)', without the rol when it is a participant's name."""
        if self.is_name(owner.rol):
            return owner.organisatie
        return owner.label

    def role(self, rol: str) -> str:
        return "" if self.is_name(rol) else rol

    def people(self, entries: tuple[str, ...]) -> list[str]:
        """RACI entries; a participant's name becomes their organisation."""
        result: list[str] = []
        for entry in entries:
            shown = self._names.get(entry.strip().casefold(), "") if self.is_name(entry) else entry
            if shown and shown not in result:
                result.append(shown)
        return result
