"""The atelier data model (SQLAlchemy 2 typed ORM).

Onderdelen and stakeholder types are stored by key; their names and colours live in
``resources/`` (see ``atelier.domain.reference``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from uuid import uuid4

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def table_of(model: type[Base]) -> Table:
    """The ``Table`` of a mapped class, typed as one (SQLAlchemy types it as a FromClause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_uid() -> str:
    """An atelier's identity across laptops and the team archive (database ids differ)."""
    return uuid4().hex


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: DateTime(), str: Text()}  # noqa: RUF012


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Atelier(Timestamped, Base):
    __tablename__ = "atelier"

    id: Mapped[int] = mapped_column(primary_key=True)
    titel: Mapped[str]
    gemeente: Mapped[str] = mapped_column(default="")
    wijk: Mapped[str] = mapped_column(default="")
    status: Mapped[str] = mapped_column(String(20), default="voorbereiding")
    facilitators: Mapped[str] = mapped_column(default="")
    doelen: Mapped[str] = mapped_column(default="")
    deliverables: Mapped[str] = mapped_column(default="")
    intake_notes: Mapped[str] = mapped_column(default="")
    programme_name: Mapped[str] = mapped_column(default="")
    # The same atelier in a laptop's file and in the team archive (atelier.archive).
    uid: Mapped[str] = mapped_column(String(32), default=new_uid, unique=True)
    # In the archive: its version, one up at every write-back. On a laptop: the archive's
    # version this copy was taken from or last written back as (None: never in an archive),
    # and which archive (its address without password).
    archive_version: Mapped[int | None] = mapped_column(default=None)
    archive_address: Mapped[str | None] = mapped_column(default=None)
    # The gemeente's logo for the report's cover, PNG or JPEG (0010); read only when asked.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)

    dagdelen: Mapped[list[Dagdeel]] = relationship(
        back_populates="atelier", cascade="all, delete-orphan", order_by="Dagdeel.nummer"
    )
    organisations: Mapped[list[Organisation]] = relationship(
        back_populates="atelier", cascade="all, delete-orphan", order_by="Organisation.id"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="atelier", cascade="all, delete-orphan", order_by="Participant.id"
    )


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    atelier_id: Mapped[int] = mapped_column(
        ForeignKey("atelier.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str]
    stakeholder_type: Mapped[str] = mapped_column(String(40), default="overig")

    atelier: Mapped[Atelier] = relationship(back_populates="organisations")


attendance = Table(
    "attendance",
    Base.metadata,
    Column("participant_id", ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True),
    Column("dagdeel_id", ForeignKey("dagdeel.id", ondelete="CASCADE"), primary_key=True),
)


class Participant(Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    atelier_id: Mapped[int] = mapped_column(
        ForeignKey("atelier.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str]
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    role: Mapped[str] = mapped_column(default="")

    atelier: Mapped[Atelier] = relationship(back_populates="participants")
    organisation: Mapped[Organisation | None] = relationship()
    dagdelen: Mapped[list[Dagdeel]] = relationship(secondary=attendance, order_by="Dagdeel.nummer")


class Dagdeel(Base):
    __tablename__ = "dagdeel"
    __table_args__ = (UniqueConstraint("atelier_id", "nummer"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    atelier_id: Mapped[int] = mapped_column(
        ForeignKey("atelier.id", ondelete="CASCADE"), index=True
    )
    nummer: Mapped[int]
    thema: Mapped[str] = mapped_column(default="")
    doel: Mapped[str] = mapped_column(default="")
    datum: Mapped[date | None]
    start_tijd: Mapped[time | None]
    eind_tijd: Mapped[time | None]
    locatie: Mapped[str] = mapped_column(default="")

    atelier: Mapped[Atelier] = relationship(back_populates="dagdelen")
    werkvormen: Mapped[list[Werkvorm]] = relationship(
        back_populates="dagdeel", cascade="all, delete-orphan", order_by="Werkvorm.positie"
    )


class Werkvorm(Base):
    __tablename__ = "werkvorm"

    id: Mapped[int] = mapped_column(primary_key=True)
    dagdeel_id: Mapped[int] = mapped_column(
        ForeignKey("dagdeel.id", ondelete="CASCADE"), index=True
    )
    positie: Mapped[int]
    titel: Mapped[str]
    onderdeel: Mapped[str] = mapped_column(String(40))
    vraag: Mapped[str] = mapped_column(default="")
    toelichting: Mapped[str] = mapped_column(default="")
    duur_minuten: Mapped[int] = mapped_column(Integer, default=30)
    output: Mapped[str] = mapped_column(default="")
    # for the printed draaiboek: what to bring and set out, and who leads it (0008)
    materialen: Mapped[str] = mapped_column(default="", server_default="")
    begeleiding: Mapped[str] = mapped_column(default="", server_default="")
    votes_per_participant: Mapped[int] = mapped_column(default=5, server_default="5")
    max_votes_per_note: Mapped[int] = mapped_column(default=3, server_default="3")

    dagdeel: Mapped[Dagdeel] = relationship(back_populates="werkvormen")
    notes: Mapped[list[Note]] = relationship(
        back_populates="werkvorm", cascade="all, delete-orphan", order_by="Note.id"
    )
    clusters: Mapped[list[Cluster]] = relationship(
        back_populates="werkvorm", cascade="all, delete-orphan", order_by="Cluster.id"
    )


class Cluster(Timestamped, Base):
    __tablename__ = "cluster"

    id: Mapped[int] = mapped_column(primary_key=True)
    werkvorm_id: Mapped[int] = mapped_column(
        ForeignKey("werkvorm.id", ondelete="CASCADE"), index=True
    )
    titel: Mapped[str] = mapped_column(default="")
    x: Mapped[float] = mapped_column(default=0.0)
    y: Mapped[float] = mapped_column(default=0.0)
    collapsed: Mapped[bool] = mapped_column(default=False, server_default="0")

    werkvorm: Mapped[Werkvorm] = relationship(back_populates="clusters")


class Note(Timestamped, Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    werkvorm_id: Mapped[int] = mapped_column(
        ForeignKey("werkvorm.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str]
    onderdeel: Mapped[str] = mapped_column(String(40))
    colour: Mapped[str | None] = mapped_column(String(9))
    author_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    x: Mapped[float] = mapped_column(default=0.0)
    y: Mapped[float] = mapped_column(default=0.0)
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("cluster.id", ondelete="SET NULL"), index=True
    )
    votes: Mapped[int] = mapped_column(default=0)  # dots scribed for the room as a whole
    deleted_at: Mapped[datetime | None]

    werkvorm: Mapped[Werkvorm] = relationship(back_populates="notes")
    author_organisation: Mapped[Organisation | None] = relationship()
    cluster: Mapped[Cluster | None] = relationship()


class Vote(Base):
    """Dots one participant gave one note in the werkvorm's voting round."""

    __tablename__ = "vote"
    __table_args__ = (UniqueConstraint("note_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    count: Mapped[int] = mapped_column(default=0)


class PhoneNote(Base):
    """A note sent from a participant's phone (schema 0004): it waits in the facilitator's inbox
    until accepted (it becomes ``note``), merged into an existing note, or rejected (kept, so
    it can be taken back). ``client_id`` is made by the phone: a note resent after a lost
    reply is the same row, never a second one."""

    __tablename__ = "phone_note"
    __table_args__ = (UniqueConstraint("werkvorm_id", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    werkvorm_id: Mapped[int] = mapped_column(
        ForeignKey("werkvorm.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[str] = mapped_column(String(64))
    text: Mapped[str]
    author_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(10), default="waiting")
    note_id: Mapped[int | None] = mapped_column(ForeignKey("note.id", ondelete="SET NULL"))
    received_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]


class PhoneDot(Base):
    """Dots a participant's phone gave one note (schema 0005). The dots themselves are the
    room's (``Note.votes``), so they count in every tally and travel in the interchange file;
    this ledger holds each phone to the round's budget per person and per note."""

    __tablename__ = "phone_dot"
    __table_args__ = (UniqueConstraint("note_id", "phone_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    phone_id: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(default=0)


# --- Routemap (schema 0003): vervolgacties, mijlpalen, besluitmomenten, risico's -------------
# Keys (lane, fase, status, orgaan, type, kans, impact) are defined in resources/routemap.toml;
# a moment is stored as text: a date "2027-03-15" or a quarter "2027-Q3".

actie_afhankelijkheid = Table(
    "actie_afhankelijkheid",
    Base.metadata,
    Column("actie_id", ForeignKey("actie.id", ondelete="CASCADE"), primary_key=True),
    Column("hangt_af_van_id", ForeignKey("actie.id", ondelete="CASCADE"), primary_key=True),
)

actie_herkomst_notitie = Table(
    "actie_herkomst_notitie",
    Base.metadata,
    Column("actie_id", ForeignKey("actie.id", ondelete="CASCADE"), primary_key=True),
    Column("note_id", ForeignKey("note.id", ondelete="CASCADE"), primary_key=True),
)


class ChecklistPunt(Timestamped, Base):
    """A point of a lens's checklist (resources/lenses) as an atelier has it: covered or not by
    its notes and actions, and where (0008)."""

    __tablename__ = "checklist_punt"
    __table_args__ = (UniqueConstraint("atelier_id", "lijst", "punt"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    atelier_id: Mapped[int] = mapped_column(ForeignKey("atelier.id", ondelete="CASCADE"))
    lijst: Mapped[str] = mapped_column(String(40))  # which checklist: "participatieroute"
    punt: Mapped[str] = mapped_column(String(40))  # the point's key in it
    gedekt: Mapped[bool] = mapped_column(default=False)
    waar: Mapped[str] = mapped_column(default="")


class Routemap(Timestamped, Base):
    """Per atelier: the routemap's layout choice and the report's own texts."""

    __tablename__ = "routemap"

    id: Mapped[int] = mapped_column(primary_key=True)
    atelier_id: Mapped[int] = mapped_column(
        ForeignKey("atelier.id", ondelete="CASCADE"), unique=True
    )
    lane_set: Mapped[str] = mapped_column(String(40), default="onderdelen")
    versie: Mapped[str] = mapped_column(default="")
    rapportdatum: Mapped[date | None]
    ambitie: Mapped[str] = mapped_column(default="")
    kerninzichten: Mapped[str] = mapped_column(default="")
    kaders: Mapped[str] = mapped_column(default="")
    wijk: Mapped[str] = mapped_column(default="")
    betrokkenen: Mapped[str] = mapped_column(default="")
    participatie: Mapped[str] = mapped_column(default="")
    techniek: Mapped[str] = mapped_column(default="")
    financien: Mapped[str] = mapped_column(default="")
    open_vragen: Mapped[str] = mapped_column(default="")
    blauwdruk: Mapped[str] = mapped_column(default="")


class Besluitmoment(Timestamped, Base):
    __tablename__ = "besluitmoment"

    id: Mapped[int] = mapped_column(primary_key=True)
    atelier_id: Mapped[int] = mapped_column(
        ForeignKey("atelier.id", ondelete="CASCADE"), index=True
    )
    titel: Mapped[str] = mapped_column(default="")
    orgaan: Mapped[str | None] = mapped_column(String(40))
    datum: Mapped[str | None] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(20), default="besluiten")
    voorstel: Mapped[str] = mapped_column(default="")
    fase: Mapped[str | None] = mapped_column(String(40))
    # what a council needs to decide (0009): against what it weighs go or no-go, the
    # alternatives it could choose, and who prepares the decision
    criteria: Mapped[str] = mapped_column(default="", server_default="")
    alternatieven: Mapped[str] = mapped_column(default="", server_default="")
    voorbereiding: Mapped[str] = mapped_column(default="", server_default="")


class Risico(Timestamped, Base):
    __tablename__ = "risico"
    __table_args__ = (UniqueConstraint("atelier_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    atelier_id: Mapped[int] = mapped_column(
        ForeignKey("atelier.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(20))
    titel: Mapped[str]
    kans: Mapped[str] = mapped_column(String(20), default="middel")
    impact: Mapped[str] = mapped_column(String(20), default="middel")
    eigenaar_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    eigenaar_rol: Mapped[str] = mapped_column(default="")
    maatregel: Mapped[str] = mapped_column(default="")

    eigenaar_organisation: Mapped[Organisation | None] = relationship()


class Mijlpaal(Timestamped, Base):
    __tablename__ = "mijlpaal"

    id: Mapped[int] = mapped_column(primary_key=True)
    atelier_id: Mapped[int] = mapped_column(
        ForeignKey("atelier.id", ondelete="CASCADE"), index=True
    )
    titel: Mapped[str]
    fase: Mapped[str] = mapped_column(String(40))
    moment: Mapped[str | None] = mapped_column(String(10))
    eindproduct: Mapped[str] = mapped_column(default="")
    besluitmoment_id: Mapped[int | None] = mapped_column(
        ForeignKey("besluitmoment.id", ondelete="SET NULL")
    )


class Action(Timestamped, Base):
    """A vervolgactie on the routemap (domain.md §4.3)."""

    __tablename__ = "actie"
    __table_args__ = (UniqueConstraint("atelier_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    atelier_id: Mapped[int] = mapped_column(
        ForeignKey("atelier.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(20))
    wat: Mapped[str]
    resultaat: Mapped[str] = mapped_column(default="")
    onderdeel: Mapped[str] = mapped_column(String(40))
    spoor: Mapped[str | None] = mapped_column(String(40))
    fase: Mapped[str] = mapped_column(String(40))
    positie: Mapped[int] = mapped_column(default=0)
    eigenaar_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    eigenaar_rol: Mapped[str] = mapped_column(default="")
    uitvoerders: Mapped[str] = mapped_column(default="")  # R, one per line
    betrokken: Mapped[str] = mapped_column(default="")  # C, one per line
    informeren: Mapped[str] = mapped_column(default="")  # I, one per line
    start: Mapped[str | None] = mapped_column(String(10))
    deadline: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), default="open")
    besluitmoment_id: Mapped[int | None] = mapped_column(
        ForeignKey("besluitmoment.id", ondelete="SET NULL"), index=True
    )
    risico_id: Mapped[int | None] = mapped_column(ForeignKey("risico.id", ondelete="SET NULL"))
    extern: Mapped[str] = mapped_column(default="")  # external conditions, one per line
    herkomst_werkvorm_id: Mapped[int | None] = mapped_column(
        ForeignKey("werkvorm.id", ondelete="SET NULL")
    )
    herkomst_cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("cluster.id", ondelete="SET NULL")
    )
    herkomst: Mapped[str] = mapped_column(default="")  # the source text, kept if notes go
    blauwdruk: Mapped[bool] = mapped_column(default=False)
    budget_euro: Mapped[int | None]
    dekking: Mapped[str] = mapped_column(default="")
    # the WUP building blocks it serves: keys of resources/lenses/wup_bouwstenen.toml, one per
    # line (0008)
    bouwstenen: Mapped[str] = mapped_column(default="", server_default="")

    eigenaar_organisation: Mapped[Organisation | None] = relationship()
    hangt_af_van: Mapped[list[Action]] = relationship(
        secondary=actie_afhankelijkheid,
        primaryjoin=lambda: Action.id == actie_afhankelijkheid.c.actie_id,
        secondaryjoin=lambda: Action.id == actie_afhankelijkheid.c.hangt_af_van_id,
        order_by=lambda: Action.id,
    )
    herkomst_notes: Mapped[list[Note]] = relationship(
        secondary=actie_herkomst_notitie, order_by=lambda: Note.id
    )


class ArchiveEvent(Base):
    """What happened to an atelier in the team archive, by whom and when (the archive's
    history; a laptop's file keeps none)."""

    __tablename__ = "archive_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    atelier_uid: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int]
    action: Mapped[str] = mapped_column(String(20))
    who: Mapped[str]
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Blueprint(Base):
    """A blauwdruk published to the team archive: a programme file's text, for every
    facilitator of the team to start an atelier from."""

    __tablename__ = "blueprint"

    id: Mapped[int] = mapped_column(primary_key=True)
    naam: Mapped[str] = mapped_column(unique=True)
    beschrijving: Mapped[str] = mapped_column(default="")
    programme: Mapped[str]  # the programme file's TOML (services.blueprint.programme_to_toml)
    published_by: Mapped[str]
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
