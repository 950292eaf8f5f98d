<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Atelier</source>
        <translation>Over Atelier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Atelier {version}&lt;/b&gt;&lt;p&gt;Plan, run and report a Vertragingsatelier: four dagdelen with the municipality and its partners, on the way to a wijkuitvoeringsplan.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Backups: {backups}&lt;br&gt;Log: {log}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;b&gt;Atelier {version}&lt;/b&gt;&lt;p&gt;Plan, voer uit en rapporteer een Vertragingsatelier: vier dagdelen met de gemeente en haar partners, op weg naar een wijkuitvoeringsplan.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Reservekopieën: {backups}&lt;br&gt;Logboek: {log}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>kept by the archive&apos;s administrator (pg_dump)</source>
        <translation>bij de beheerder van het archief (pg_dump)</translation>
    </message>
</context>
<context>
    <name>ActionCard</name>
    <message>
        <source>no deadline</source>
        <translation>geen deadline</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>geen eigenaar</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>Action {code}</source>
        <translation>Actie {code}</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(volgt bij opslaan)</translation>
    </message>
    <message>
        <source>Verb first: what has to happen?</source>
        <translation>Begin met een werkwoord: wat moet er gebeuren?</translation>
    </message>
    <message>
        <source>What exists when it is done (a document, a decision…)</source>
        <translation>Wat er ligt als het af is (een document, een besluit…)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>whole euros, e.g. 25.000</source>
        <translation>hele euro&apos;s, bijv. 25.000</translation>
    </message>
    <message>
        <source>Coverage, e.g. gemeentebegroting, WIS</source>
        <translation>Dekking, bijv. gemeentebegroting, WIS</translation>
    </message>
    <message>
        <source>Generic action for the blauwdruk (reusable)</source>
        <translation>Generieke actie voor de blauwdruk (herbruikbaar)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What *</source>
        <translation>Wat *</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Onderdeel (lane)</source>
        <translation>Onderdeel (baan)</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline *</source>
        <translation>Deadline *</translation>
    </message>
    <message>
        <source>Decision moment</source>
        <translation>Besluitmoment</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>External conditions, e.g. Wgiw in force (one per line)</source>
        <translation>Externe voorwaarden, bijv. Wgiw in werking (één per regel)</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Wacht op</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Delete action…</source>
        <translation>Actie verwijderen…</translation>
    </message>
    <message>
        <source>What, where and when</source>
        <translation>Wat, waar en wanneer</translation>
    </message>
    <message>
        <source>Dependencies and origin</source>
        <translation>Afhankelijkheden en herkomst</translation>
    </message>
    <message>
        <source>Made on the routemap itself.</source>
        <translation>Op de routemap zelf gemaakt.</translation>
    </message>
    <message>
        <source>Default: {lane}</source>
        <translation>Standaard: {lane}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Budget: write a whole number of euros, e.g. 25.000.</source>
        <translation>Budget: schrijf een heel aantal euro&apos;s, bijvoorbeeld 25.000.</translation>
    </message>
</context>
<context>
    <name>ActionEditors</name>
    <message>
        <source>What you typed here at {time} was not saved yet when Atelier stopped; it is back. Choose Save to keep it.</source>
        <translation>Wat u hier om {time} typte, was nog niet opgeslagen toen Atelier stopte; het staat er weer. Kies Opslaan om het te bewaren.</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Building block of the WUP</source>
        <translation>Bouwsteen van het wijkuitvoeringsplan</translation>
    </message>
    <message>
        <source>All building blocks</source>
        <translation>Alle bouwstenen</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>Without owner</source>
        <translation>Zonder eigenaar</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Alle banen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} actions</source>
        <translation>{shown} van {total} acties</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>geen eigenaar</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>geen deadline</translation>
    </message>
</context>
<context>
    <name>AddedAndRemoved</name>
    <message>
        <source>Remove “{name}”</source>
        <translation>“{name}” verwijderen</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>“{name}” toevoegen</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda of the dagdeel</source>
        <translation>Agenda van het dagdeel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Werkvorm</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Dagdeel {n}: {theme}</source>
        <translation>Dagdeel {n}: {theme}</translation>
    </message>
    <message>
        <source>{n} min in total</source>
        <translation>{n} min in totaal</translation>
    </message>
    <message>
        <source>The programme runs {n} min past the end time ({end}).</source>
        <translation>Het programma loopt {n} min over de eindtijd ({end}).</translation>
    </message>
    <message>
        <source>No start time set for this dagdeel.</source>
        <translation>Voor dit dagdeel is geen starttijd ingesteld.</translation>
    </message>
    <message>
        <source>Planned for {date}: ahead or behind shows on the day itself.</source>
        <translation>Gepland op {date}: voor- of achterstand zie je op de dag zelf.</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Op schema</translation>
    </message>
    <message>
        <source>Running {n} min behind</source>
        <translation>Loopt {n} min achter</translation>
    </message>
    <message>
        <source>Running {n} min ahead</source>
        <translation>Loopt {n} min voor</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Team archive</source>
        <translation>Teamarchief</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Niet verbonden.</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Blauwdrukken</source>
        <translation>Blauwdrukken</translation>
    </message>
    <message>
        <source>Address of the team archive</source>
        <translation>Adres van het teamarchief</translation>
    </message>
    <message>
        <source>only for this session; or in pgpass</source>
        <translation>alleen voor deze sessie; of in pgpass</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Remember it in PostgreSQL&apos;s password file (pgpass)</source>
        <translation>Bewaren in het wachtwoordbestand van PostgreSQL (pgpass)</translation>
    </message>
    <message>
        <source>Your name in the archive&apos;s history</source>
        <translation>Uw naam in de geschiedenis van het archief</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Uw naam:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Ateliers in the team archive</source>
        <translation>Ateliers in het teamarchief</translation>
    </message>
    <message>
        <source>Take along to this laptop</source>
        <translation>Meenemen naar deze laptop</translation>
    </message>
    <message>
        <source>Write the open atelier back</source>
        <translation>Open atelier terugzetten</translation>
    </message>
    <message>
        <source>Work in the archive…</source>
        <translation>Werken in het archief…</translation>
    </message>
    <message>
        <source>A new window that works in the team archive itself, with the colleagues at the office (needs the network all the time).</source>
        <translation>Een nieuw venster dat in het teamarchief zelf werkt, samen met de collega&apos;s op kantoor (vraagt de hele tijd netwerk).</translation>
    </message>
    <message>
        <source>A window on {archive} is opening.</source>
        <translation>Een venster op {archive} wordt geopend.</translation>
    </message>
    <message>
        <source>Connecting to {archive}…</source>
        <translation>Verbinden met {archive}…</translation>
    </message>
    <message>
        <source>The password is kept in {file}, readable by you only.</source>
        <translation>Het wachtwoord is bewaard in {file}, alleen door u te lezen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to {archive}: %n atelier(s).</source>
        <translation>
            <numerusform>Verbonden met {archive}: %n atelier.</numerusform>
            <numerusform>Verbonden met {archive}: %n ateliers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking “{title}” along…</source>
        <translation>“{title}” wordt meegenomen…</translation>
    </message>
    <message>
        <source>The atelier was not added to this laptop.</source>
        <translation>Het atelier is niet aan deze laptop toegevoegd.</translation>
    </message>
    <message>
        <source>“{title}” is on this laptop now; write it back when you are done.</source>
        <translation>“{title}” staat nu op deze laptop; zet het terug als u klaar bent.</translation>
    </message>
    <message>
        <source>Writing “{title}” back…</source>
        <translation>“{title}” wordt teruggezet…</translation>
    </message>
    <message>
        <source>“{title}” is kept beside the newer version in the team archive.</source>
        <translation>“{title}” is in het teamarchief naast de nieuwere versie bewaard.</translation>
    </message>
    <message>
        <source>“{title}” is written back as version {version}.</source>
        <translation>“{title}” is teruggezet als versie {version}.</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide bewaren</translation>
    </message>
</context>
<context>
    <name>ArchiveFeature</name>
    <message>
        <source>Team &amp;archive…</source>
        <translation>Team&amp;archief…</translation>
    </message>
    <message>
        <source>This window works in the team archive: every change is in it at once.</source>
        <translation>Dit venster werkt in het teamarchief: elke wijziging staat er meteen in.</translation>
    </message>
</context>
<context>
    <name>ArchiveJob</name>
    <message>
        <source>The team archive could not be reached; nothing was changed.</source>
        <translation>Het teamarchief was niet bereikbaar; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <source>Atelier could not start a window on the archive ({reason}).</source>
        <translation>Atelier kon geen venster op het archief starten ({reason}).</translation>
    </message>
</context>
<context>
    <name>AtelierForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Facilitators:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Doelen:</translation>
    </message>
    <message>
        <source>&amp;Deliverables:</source>
        <translation>O&amp;pleveringen:</translation>
    </message>
    <message>
        <source>Intake &amp;notes:</source>
        <translation>Intake&amp;notities:</translation>
    </message>
    <message>
        <source>Who facilitates, e.g. two names</source>
        <translation>Wie begeleidt, bijv. twee namen</translation>
    </message>
    <message>
        <source>What should the dagdelen achieve?</source>
        <translation>Wat moeten de dagdelen opleveren?</translation>
    </message>
    <message>
        <source>What does the municipality receive afterwards?</source>
        <translation>Wat krijgt de gemeente na afloop?</translation>
    </message>
    <message>
        <source>Agreements from the intake, wishes, sensitivities…</source>
        <translation>Afspraken uit de intake, wensen, gevoeligheden…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>In voorbereiding</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>AtelierPage</name>
    <message>
        <source>Werkvormen</source>
        <translation>Werkvormen</translation>
    </message>
</context>
<context>
    <name>AtelierStore</name>
    <message>
        <source>What you typed is on the clipboard.</source>
        <translation>Wat u typte staat op het klembord.</translation>
    </message>
    <message>
        <source>A note from a phone was not saved: {error}</source>
        <translation>Een notitie van een telefoon is niet bewaard: {error}</translation>
    </message>
    <message>
        <source>A dot from a phone was not saved: {error}</source>
        <translation>Een stip van een telefoon is niet bewaard: {error}</translation>
    </message>
</context>
<context>
    <name>BeamerControls</name>
    <message>
        <source>Standard (dark)</source>
        <translation>Standaard (donker)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast (lichte zaal)</translation>
    </message>
    <message>
        <source>All onderdelen</source>
        <translation>Alle onderdelen</translation>
    </message>
    <message>
        <source>Show the notes</source>
        <translation>Notities tonen</translation>
    </message>
    <message>
        <source>Show organisation names</source>
        <translation>Namen van organisaties tonen</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Scherm:</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>Weergave:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Hide beamer (F5)</source>
        <translation>Beamer verbergen (F5)</translation>
    </message>
    <message>
        <source>Show beamer (F5)</source>
        <translation>Beamer tonen (F5)</translation>
    </message>
    <message>
        <source>Resume beamer (F7)</source>
        <translation>Beamer hervatten (F7)</translation>
    </message>
    <message>
        <source>Pause beamer (F7)</source>
        <translation>Beamer pauzeren (F7)</translation>
    </message>
    <message>
        <source>No second screen: the beamer view covers this screen (F5 hides it).</source>
        <translation>Geen tweede scherm: het beamerbeeld bedekt dit scherm (F5 verbergt het).</translation>
    </message>
    <message>
        <source>Beamer view on {screen}.</source>
        <translation>Beamerbeeld op {screen}.</translation>
    </message>
</context>
<context>
    <name>BeamerNotesWall</name>
    <message>
        <source>+ {n} earlier notes</source>
        <translation>+ {n} eerdere notities</translation>
    </message>
</context>
<context>
    <name>BeamerPresenter</name>
    <message>
        <source>The beamer is back: the beamer view is on it again.</source>
        <translation>De beamer is terug: het beamerbeeld staat er weer op.</translation>
    </message>
    <message>
        <source>The beamer was disconnected: the beamer view is hidden and comes back when the beamer is connected again. F5 shows it on this screen.</source>
        <translation>De beamer is losgekoppeld: het beamerbeeld is verborgen en komt terug zodra de beamer weer is aangesloten. F5 toont het op dit scherm.</translation>
    </message>
</context>
<context>
    <name>BeamerWindow</name>
    <message>
        <source>Atelier – beamer</source>
        <translation>Atelier – beamer</translation>
    </message>
    <message>
        <source>{title} · DEMO</source>
        <translation>{title} · DEMO</translation>
    </message>
    <message>
        <source>Result of the vote</source>
        <translation>Uitslag van de stemming</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n stip</numerusform>
            <numerusform>%n stippen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BesluitmomentenEditor</name>
    <message>
        <source>Decision moment</source>
        <translation>Besluitmoment</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Orgaan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Decision moments</source>
        <translation>Besluitmomenten</translation>
    </message>
    <message>
        <source>New decision moment</source>
        <translation>Nieuw besluitmoment</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>geen orgaan</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>From its actions or date</source>
        <translation>Volgt uit de acties of de datum</translation>
    </message>
    <message>
        <source>The decision asked of the body</source>
        <translation>Het besluit dat het orgaan wordt gevraagd</translation>
    </message>
    <message>
        <source>Go when … (what the decision is weighed against)</source>
        <translation>Door als … (waaraan het besluit wordt getoetst)</translation>
    </message>
    <message>
        <source>What else could be chosen</source>
        <translation>Wat er ook gekozen kan worden</translation>
    </message>
    <message>
        <source>e.g. the project leader with the corporation</source>
        <translation>bijv. de projectleider met de corporatie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Voorbereid door</translation>
    </message>
</context>
<context>
    <name>Blueprint</name>
    <message>
        <source>Save programme as file</source>
        <translation>Programma opslaan als bestand</translation>
    </message>
    <message>
        <source>Name of the programme:</source>
        <translation>Naam van het programma:</translation>
    </message>
    <message>
        <source>New atelier based on “{title}”</source>
        <translation>Nieuw atelier op basis van “{title}”</translation>
    </message>
    <message>
        <source>New atelier from a programme file</source>
        <translation>Nieuw atelier uit een programmabestand</translation>
    </message>
    <message>
        <source>This programme file cannot be used: {error}</source>
        <translation>Dit programmabestand is niet bruikbaar: {error}</translation>
    </message>
</context>
<context>
    <name>BlueprintTab</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Dagdelen</source>
        <translation>Dagdelen</translation>
    </message>
    <message>
        <source>Werkvormen</source>
        <translation>Werkvormen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Blauwdrukken in the team archive</source>
        <translation>Blauwdrukken in het teamarchief</translation>
    </message>
    <message>
        <source>Publish the open atelier&apos;s programme…</source>
        <translation>Programma van open atelier publiceren…</translation>
    </message>
    <message>
        <source>New atelier from this blauwdruk…</source>
        <translation>Nieuw atelier uit deze blauwdruk…</translation>
    </message>
    <message>
        <source>The blauwdruk “{name}” is in the team archive.</source>
        <translation>De blauwdruk “{name}” staat in het teamarchief.</translation>
    </message>
    <message>
        <source>Publish as blauwdruk</source>
        <translation>Publiceren als blauwdruk</translation>
    </message>
    <message>
        <source>Name of the blauwdruk:</source>
        <translation>Naam van de blauwdruk:</translation>
    </message>
    <message>
        <source>Team archive</source>
        <translation>Teamarchief</translation>
    </message>
    <message>
        <source>Replace it?</source>
        <translation>Vervangen?</translation>
    </message>
    <message>
        <source>“{title}” starts from the blauwdruk “{name}”.</source>
        <translation>“{title}” begint met de blauwdruk “{name}”.</translation>
    </message>
    <message>
        <source>New atelier</source>
        <translation>Nieuw atelier</translation>
    </message>
    <message>
        <source>Title of the new atelier:</source>
        <translation>Titel van het nieuwe atelier:</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;Edit note</source>
        <translation>Notitie &amp;bewerken</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Group into a cluster</source>
        <translation>&amp;Groeperen in een cluster</translation>
    </message>
    <message>
        <source>&amp;Ungroup cluster</source>
        <translation>Cluster &amp;opheffen</translation>
    </message>
    <message>
        <source>Collapse or e&amp;xpand cluster</source>
        <translation>Cluster in- of &amp;uitklappen</translation>
    </message>
    <message>
        <source>&amp;Rename cluster</source>
        <translation>Cluster &amp;hernoemen</translation>
    </message>
    <message>
        <source>Take out of the cluster</source>
        <translation>Uit het cluster halen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles in beeld</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Stemmen met stippen</translation>
    </message>
    <message>
        <source>Notes as a list</source>
        <translation>Notities als lijst</translation>
    </message>
    <message>
        <source>The notes as a list a screen reader can go through ({keys})</source>
        <translation>De notities als lijst, die een schermlezer kan doorlopen ({keys})</translation>
    </message>
    <message>
        <source>Deleted notes…</source>
        <translation>Verwijderde notities…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groeperen</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Opheffen</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>In-/uitklappen</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Deleted…</source>
        <translation>Verwijderd…</translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <source>Ungroup cluster</source>
        <translation>Cluster opheffen</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster hernoemen</translation>
    </message>
    <message>
        <source>Collapse cluster</source>
        <translation>Cluster inklappen</translation>
    </message>
    <message>
        <source>Expand cluster</source>
        <translation>Cluster uitklappen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Stip geven</translation>
    </message>
    <message>
        <source>Take a dot back</source>
        <translation>Stip terugnemen</translation>
    </message>
    <message>
        <source>Reset the voting round</source>
        <translation>Stemronde wissen</translation>
    </message>
    <message>
        <source>Change the voting limits</source>
        <translation>Stemregels wijzigen</translation>
    </message>
    <message>
        <source>Accept note from a phone</source>
        <translation>Notitie van telefoon accepteren</translation>
    </message>
    <message>
        <source>Merge note from a phone</source>
        <translation>Notitie van telefoon samenvoegen</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message numerus="yes">
        <source>Change %n note(s)</source>
        <translation>
            <numerusform>%n notitie wijzigen</numerusform>
            <numerusform>%n notities wijzigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardHost</name>
    <message>
        <source>Choose a werkvorm on the left to see its notes.</source>
        <translation>Kies links een werkvorm om de notities te zien.</translation>
    </message>
</context>
<context>
    <name>BoardMenu</name>
    <message>
        <source>Move to werkvorm</source>
        <translation>Verplaatsen naar werkvorm</translation>
    </message>
    <message>
        <source>Copy to werkvorm</source>
        <translation>Kopiëren naar werkvorm</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Geen organisatie</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>New cluster</source>
        <translation>Nieuw cluster</translation>
    </message>
</context>
<context>
    <name>BouwsteenChecks</name>
    <message>
        <source>Serves these building blocks of the WUP</source>
        <translation>Dient deze bouwstenen van het wijkuitvoeringsplan</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Type a note and press Enter · Shift+Enter: new line · paste lines: one note each</source>
        <translation>Typ een notitie en druk op Enter · Shift+Enter: nieuwe regel · regels plakken: één notitie per regel</translation>
    </message>
    <message>
        <source>Notes from now on: {name} (Ctrl+{number})</source>
        <translation>Notities vanaf nu: {name} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Author of the next notes (Alt+1…9, Alt+0: none)</source>
        <translation>Auteur van de volgende notities (Alt+1…9, Alt+0: geen)</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur:</translation>
    </message>
    <message>
        <source>Ctrl+1…5 onderdeel · Alt+1…9 organisation · F2 edit · Del delete · Ctrl+G group</source>
        <translation>Ctrl+1…5 onderdeel · Alt+1…9 organisatie · F2 bewerken · Delete verwijderen · Ctrl+G groeperen</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Geen organisatie</translation>
    </message>
</context>
<context>
    <name>CaptureField</name>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
</context>
<context>
    <name>CardWalk</name>
    <message>
        <source>Nearest card in that direction</source>
        <translation>Dichtstbijzijnde kaart in die richting</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pijltjestoetsen</translation>
    </message>
    <message>
        <source>Move the card to the next fase or lane</source>
        <translation>Kaart naar de volgende fase of baan verplaatsen</translation>
    </message>
    <message>
        <source>Ctrl+arrow keys</source>
        <translation>Ctrl+pijltjestoetsen</translation>
    </message>
    <message>
        <source>Open the selected card</source>
        <translation>Gekozen kaart openen</translation>
    </message>
    <message>
        <source>Delete the selected card</source>
        <translation>Gekozen kaart verwijderen</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Tick a point off when the atelier&apos;s notes and actions cover it, and say where (an action&apos;s code, a werkvorm). Source: {source}.</source>
        <translation>Vink een punt af als de notities en acties van het atelier het dekken, en zeg waar (de code van een actie, een werkvorm). Bron: {source}.</translation>
    </message>
    <message>
        <source>Step {number}: {name}</source>
        <translation>Stap {number}: {name}</translation>
    </message>
    <message>
        <source>where: an action, a werkvorm</source>
        <translation>waar: een actie, een werkvorm</translation>
    </message>
    <message>
        <source>Where “{point}” is covered</source>
        <translation>Waar „{point}” gedekt is</translation>
    </message>
    <message>
        <source>{covered} of {total} points covered; {open} open.</source>
        <translation>{covered} van {total} punten gedekt; {open} open.</translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <source>Notes: {count}</source>
        <translation>Notities: {count}</translation>
    </message>
    <message>
        <source>dots: {count}</source>
        <translation>stippen: {count}</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Something went wrong in Atelier ({error}). What was stored stays stored; the last thing you did may not have been carried out. Atelier goes on running.</source>
        <translation>Er ging iets mis in Atelier ({error}). Wat al was opgeslagen, blijft bewaard; je laatste handeling is misschien niet uitgevoerd. Atelier werkt gewoon door.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>De details staan in het logboek: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopieer details</translation>
    </message>
</context>
<context>
    <name>CurrentWerkvorm</name>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Vorige (PgUp)</translation>
    </message>
    <message>
        <source>Next (PgDn) ▶</source>
        <translation>Volgende (PgDn) ▶</translation>
    </message>
    <message>
        <source>No werkvorm selected</source>
        <translation>Geen werkvorm gekozen</translation>
    </message>
    <message>
        <source>Dagdeel {n} · {title}</source>
        <translation>Dagdeel {n} · {title}</translation>
    </message>
    <message>
        <source>Onderdeel: {name}</source>
        <translation>Onderdeel: {name}</translation>
    </message>
    <message>
        <source>Guidance: {text}</source>
        <translation>Toelichting: {text}</translation>
    </message>
    <message>
        <source>Output: {text}</source>
        <translation>Opbrengst: {text}</translation>
    </message>
</context>
<context>
    <name>DagdelenForm</name>
    <message>
        <source>Dagdeel</source>
        <translation>Dagdeel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>e.g. Wijkcentrum De Linde</source>
        <translation>bijv. Wijkcentrum De Linde</translation>
    </message>
    <message>
        <source>Dagdeel {n}: theme</source>
        <translation>Dagdeel {n}: thema</translation>
    </message>
    <message>
        <source>Dagdeel {n}: date</source>
        <translation>Dagdeel {n}: datum</translation>
    </message>
    <message>
        <source>Dagdeel {n}: from</source>
        <translation>Dagdeel {n}: van</translation>
    </message>
    <message>
        <source>Dagdeel {n}: until</source>
        <translation>Dagdeel {n}: tot</translation>
    </message>
    <message>
        <source>Dagdeel {n}: location</source>
        <translation>Dagdeel {n}: locatie</translation>
    </message>
    <message>
        <source>Dagdeel {n}: times</source>
        <translation>Dagdeel {n}: tijden</translation>
    </message>
</context>
<context>
    <name>DeletedNotesDialog</name>
    <message>
        <source>Deleted notes</source>
        <translation>Verwijderde notities</translation>
    </message>
    <message>
        <source>Notes deleted from this werkvorm, newest first. Select notes to restore.</source>
        <translation>Notities die uit deze werkvorm zijn verwijderd, de nieuwste eerst. Selecteer notities om ze terug te zetten.</translation>
    </message>
    <message>
        <source>There are no deleted notes.</source>
        <translation>Er zijn geen verwijderde notities.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Deleted {moment}</source>
        <translation>Verwijderd op {moment}</translation>
    </message>
</context>
<context>
    <name>DraaiboekPrint</name>
    <message>
        <source>Print the &amp;draaiboek (PDF)…</source>
        <translation>&amp;Draaiboek afdrukken (PDF)…</translation>
    </message>
    <message>
        <source>Save the draaiboek</source>
        <translation>Draaiboek opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The draaiboek has been saved as {path}.</source>
        <translation>Het draaiboek is opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export routemap (PDF)</source>
        <translation>Routemap exporteren (PDF)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <source>Routemap on an A3 page, to print as a poster</source>
        <translation>Routemap op een A3-pagina, om als poster te printen</translation>
    </message>
    <message>
        <source>Also the routemap as a poster: an A3 file of its own, beside the report</source>
        <translation>Ook de routemap als poster: een eigen A3-bestand, naast het rapport</translation>
    </message>
    <message>
        <source>Also as a Word document (.docx), to bring into your house style and publish accessibly</source>
        <translation>Ook als Word-document (.docx), om in de eigen huisstijl te brengen en toegankelijk te publiceren</translation>
    </message>
    <message>
        <source>Leave out participants&apos; names (privacy)</source>
        <translation>Namen van deelnemers weglaten (privacy)</translation>
    </message>
    <message>
        <source>Final version, for the council (without the check&apos;s findings)</source>
        <translation>Definitieve versie, voor de raad (zonder de aandachtspunten van de controle)</translation>
    </message>
    <message>
        <source>The report is made in the background; you can keep working. Without names, people appear by their organisation only.</source>
        <translation>Het rapport wordt op de achtergrond gemaakt; u kunt gewoon doorwerken. Zonder namen staan mensen er alleen met hun organisatie in.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>The report&apos;s own words in this language; what the participants wrote stays as they wrote it.</source>
        <translation>De eigen woorden van het rapport in deze taal; wat de deelnemers schreven blijft zoals ze het schreven.</translation>
    </message>
    <message>
        <source>Final version</source>
        <translation>Definitieve versie</translation>
    </message>
    <message numerus="yes">
        <source>The routemap check still finds %n point(s) (see the panel beside the routemap). A final version leaves them out. Make the final version anyway?</source>
        <translation>
            <numerusform>De controle van de routemap vindt nog %n aandachtspunt (zie het paneel naast de routemap). Een definitieve versie laat het weg. Toch de definitieve versie maken?</numerusform>
            <numerusform>De controle van de routemap vindt nog %n aandachtspunten (zie het paneel naast de routemap). Een definitieve versie laat ze weg. Toch de definitieve versie maken?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save routemap as</source>
        <translation>Routemap opslaan als</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FaseVragen</name>
    <message>
        <source>Questions for this fase (samenwerking gemeente and initiative):</source>
        <translation>Vragen bij deze fase (samenwerking gemeente en bewonersinitiatief):</translation>
    </message>
</context>
<context>
    <name>FieldEdit</name>
    <message>
        <source>Change “{field}”</source>
        <translation>“{field}” wijzigen</translation>
    </message>
</context>
<context>
    <name>FileExchange</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Import atelier</source>
        <translation>Atelier importeren</translation>
    </message>
    <message>
        <source>Atelier files (*.json);;All files (*)</source>
        <translation>Atelier-bestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Importing “{file}” was cancelled; nothing was imported.</source>
        <translation>Het importeren van “{file}” is afgebroken; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Reading “{file}”…</source>
        <translation>“{file}” wordt gelezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>Checking “{file}”: %Ln rows read…</source>
        <translation>
            <numerusform>“{file}” wordt gecontroleerd: %Ln item gelezen…</numerusform>
            <numerusform>“{file}” wordt gecontroleerd: %Ln items gelezen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing “{file}”…</source>
        <translation>“{file}” wordt opgeslagen…</translation>
    </message>
    <message>
        <source>“{file}” has been imported as a new atelier.</source>
        <translation>“{file}” is geïmporteerd als nieuw atelier.</translation>
    </message>
    <message>
        <source>Export atelier</source>
        <translation>Atelier exporteren</translation>
    </message>
    <message>
        <source>Atelier files (*.json)</source>
        <translation>Atelier-bestanden (*.json)</translation>
    </message>
    <message>
        <source>“{titel}” has been exported to {path}.</source>
        <translation>“{titel}” is geëxporteerd naar {path}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search notes</source>
        <translation>Notities zoeken</translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation>Notities zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>All onderdelen</source>
        <translation>Alle onderdelen</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the notes that do not match, instead of dimming them</source>
        <translation>Notities die niet passen verbergen in plaats van dimmen</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>Without organisation</source>
        <translation>Zonder organisatie</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <source>{matching} of {total} match</source>
        <translation>{matching} van {total} passen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings of the routemap check</source>
        <translation>Bevindingen van de controle van de routemap</translation>
    </message>
    <message>
        <source>Check: no problems found.</source>
        <translation>Controle: geen problemen gevonden.</translation>
    </message>
    <message>
        <source>Check: {errors} and {warnings}</source>
        <translation>Controle: {errors} en {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: {count}</source>
        <translation>Controle: {count}</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The file “{file}” could not be read; nothing was imported.</source>
        <translation>Het bestand “{file}” kon niet worden gelezen; er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Network for phones</source>
        <translation>Netwerk voor telefoons</translation>
    </message>
    <message>
        <source>Ask for the organisation</source>
        <translation>Organisatie vragen</translation>
    </message>
    <message>
        <source>Off: phones send anonymously, without choosing an organisation.</source>
        <translation>Uit: telefoons sturen anoniem, zonder organisatie te kiezen.</translation>
    </message>
    <message>
        <source>Straight onto the wall</source>
        <translation>Direct op de muur</translation>
    </message>
    <message>
        <source>On: notes from phones appear on the wall and the beamer without review.</source>
        <translation>Aan: notities van telefoons komen zonder controle op de muur en de beamer.</translation>
    </message>
    <message>
        <source>Dots from phones</source>
        <translation>Stemmen via telefoons</translation>
    </message>
    <message>
        <source>On: phones show the notes and give dots, each within the round&apos;s budget.</source>
        <translation>Aan: telefoons tonen de notities en geven stippen, elk binnen het budget van de ronde.</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>Notities van telefoons</translation>
    </message>
    <message>
        <source>On the wall (Enter)</source>
        <translation>Op de muur (Enter)</translation>
    </message>
    <message>
        <source>Reject (Delete)</source>
        <translation>Afwijzen (Delete)</translation>
    </message>
    <message>
        <source>Add to the selected note (M)</source>
        <translation>Bij de gekozen notitie voegen (M)</translation>
    </message>
    <message>
        <source>Open to phones: {werkvorm}</source>
        <translation>Open voor telefoons: {werkvorm}</translation>
    </message>
    <message>
        <source>Phones: scan the code or open
{url}</source>
        <translation>Telefoons: scan de code of open
{url}</translation>
    </message>
    <message numerus="yes">
        <source>Received: %n waiting</source>
        <translation>
            <numerusform>Binnengekomen: %n wacht</numerusform>
            <numerusform>Binnengekomen: %n wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>too fast</source>
        <translation>te snel</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>te lang</translation>
    </message>
    <message>
        <source>too many phones</source>
        <translation>te veel telefoons</translation>
    </message>
    <message numerus="yes">
        <source>invalid %n</source>
        <translation>
            <numerusform>ongeldig %n</numerusform>
            <numerusform>ongeldig %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turned away: %n</source>
        <translation>
            <numerusform>Geweigerd: %n verzoek</numerusform>
            <numerusform>Geweigerd: %n verzoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected (%n)</source>
        <translation>
            <numerusform>Afgewezen (%n)</numerusform>
            <numerusform>Afgewezen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstallBoard</name>
    <message>
        <source>Typing notes</source>
        <translation>Notities typen</translation>
    </message>
    <message>
        <source>Onderdeel of the next notes</source>
        <translation>Onderdeel van de volgende notities</translation>
    </message>
    <message>
        <source>Organisation of the next notes</source>
        <translation>Organisatie van de volgende notities</translation>
    </message>
    <message>
        <source>Alt+1…9 (Alt+0: none)</source>
        <translation>Alt+1…9 (Alt+0: geen)</translation>
    </message>
    <message>
        <source>Store the note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>New line in a note</source>
        <translation>Nieuwe regel in een notitie</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>De muur</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>The dagdelen</source>
        <translation>De dagdelen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Mensen</translation>
    </message>
    <message>
        <source>&amp;Maatwerk</source>
        <translation>Maat&amp;werk</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete “{name}”? Actions that refer to it keep their other data.</source>
        <translation>“{name}” verwijderen? Acties die ernaar verwijzen houden hun andere gegevens.</translation>
    </message>
</context>
<context>
    <name>KeyboardWalk</name>
    <message>
        <source>Next or previous note on the wall</source>
        <translation>Volgende of vorige notitie op de muur</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pijltjestoetsen</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>De gekozen notitie bewerken</translation>
    </message>
    <message>
        <source>Move the selected notes a step</source>
        <translation>De gekozen notities een stap verschuiven</translation>
    </message>
    <message>
        <source>Ctrl+arrow keys</source>
        <translation>Ctrl+pijltjestoetsen</translation>
    </message>
    <message>
        <source>The notes as a list, for a screen reader</source>
        <translation>De notities als lijst, voor een schermlezer</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n notitie gekozen</numerusform>
            <numerusform>%n notities gekozen</numerusform>
        </translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>van {author}</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n stip</numerusform>
            <numerusform>%n stippen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Programmes</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <source>The chosen programme</source>
        <translation>Het gekozen programma</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Kopiëren…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source> (Atelier)</source>
        <translation> (Atelier)</translation>
    </message>
    <message>
        <source> (cannot be used)</source>
        <translation> (onbruikbaar)</translation>
    </message>
    <message>
        <source>Copy programme</source>
        <translation>Programma kopiëren</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
    <message>
        <source>Rename programme</source>
        <translation>Programma hernoemen</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Hernoemd.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Geïmporteerd.</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Geëxporteerd.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Delete the programme “{name}”? Ateliers made from it keep theirs.</source>
        <translation>Het programma “{name}” verwijderen? Ateliers die ermee zijn begonnen houden het hunne.</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Programma importeren</translation>
    </message>
    <message>
        <source>Programme files (*.toml);;All files (*)</source>
        <translation>Programmabestanden (*.toml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>Programma exporteren</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the gemeente&apos;s logo</source>
        <translation>Logo van de gemeente kiezen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Logo weghalen</translation>
    </message>
    <message>
        <source>No logo: the cover shows none.</source>
        <translation>Geen logo: de voorkant van het rapport toont er geen.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo could not be read: {reason}</source>
        <translation>Het logo kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>MaatwerkPage</name>
    <message>
        <source>Werkvormen of the dagdeel</source>
        <translation>Werkvormen van het dagdeel</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Add werkvorm</source>
        <translation>Werkvorm toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Save programme as file…</source>
        <translation>Programma opslaan als bestand…</translation>
    </message>
    <message>
        <source>New atelier based on this one…</source>
        <translation>Nieuw atelier op basis van dit atelier…</translation>
    </message>
    <message>
        <source>Weight of the onderdelen (whole atelier)</source>
        <translation>Gewicht van de onderdelen (hele atelier)</translation>
    </message>
    <message>
        <source>Dagdeel {n}: {theme}</source>
        <translation>Dagdeel {n}: {theme}</translation>
    </message>
    <message>
        <source>{count} werkvormen, {minutes} min</source>
        <translation>{count} werkvormen, {minutes} min</translation>
    </message>
    <message>
        <source>New werkvorm</source>
        <translation>Nieuwe werkvorm</translation>
    </message>
    <message>
        <source>“{title}” has {n} notes. They move to “{heir}”. Remove the werkvorm?</source>
        <translation>“{title}” heeft {n} notities. Die gaan naar “{heir}”. De werkvorm verwijderen?</translation>
    </message>
    <message>
        <source>Remove “{title}” from the programme?</source>
        <translation>“{title}” uit het programma verwijderen?</translation>
    </message>
    <message>
        <source>Remove werkvorm</source>
        <translation>Werkvorm verwijderen</translation>
    </message>
    <message>
        <source>Order of the werkvormen</source>
        <translation>Volgorde van de werkvormen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Atelier</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New atelier…</source>
        <translation>&amp;Nieuw atelier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Next werkvorm</source>
        <translation>&amp;Volgende werkvorm</translation>
    </message>
    <message>
        <source>&amp;Previous werkvorm</source>
        <translation>V&amp;orige werkvorm</translation>
    </message>
    <message>
        <source>&amp;About Atelier</source>
        <translation>&amp;Over Atelier</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} wordt geopend…</translation>
    </message>
    <message>
        <source>Opening the team archive {name}…</source>
        <translation>Teamarchief {name} wordt geopend…</translation>
    </message>
    <message>
        <source>This atelier no longer exists.</source>
        <translation>Dit atelier bestaat niet meer.</translation>
    </message>
    <message>
        <source>The default programme cannot be read: {error}</source>
        <translation>Het standaardprogramma kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Team archive – {app}</source>
        <translation>Teamarchief – {app}</translation>
    </message>
    <message>
        <source>{title} · DEMO</source>
        <translation>{title} · DEMO</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>MijlpalenEditor</name>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nieuwe mijlpaal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>End product</source>
        <translation>Eindproduct</translation>
    </message>
    <message>
        <source>Decision moment</source>
        <translation>Besluitmoment</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>e.g. 15-03-2027 or Q3 2027</source>
        <translation>bijv. 15-03-2027 of Q3 2027</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Kies een datum</translation>
    </message>
</context>
<context>
    <name>NewAtelierDialog</name>
    <message>
        <source>New atelier</source>
        <translation>Nieuw atelier</translation>
    </message>
    <message>
        <source>The atelier starts from the programme “{name}”; you can adapt it later.</source>
        <translation>Het atelier begint met het programma “{name}”; u kunt dat later aanpassen.</translation>
    </message>
    <message>
        <source>e.g. Gemeente Veldwijk</source>
        <translation>bijv. Gemeente Veldwijk</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>e.g. Zonnehoek</source>
        <translation>bijv. Zonnehoek</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Create atelier</source>
        <translation>Atelier maken</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>Notes on the wall</source>
        <translation>Notities op de muur</translation>
    </message>
</context>
<context>
    <name>NoteToAction</name>
    <message>
        <source>Make action from note</source>
        <translation>Maak actie van notitie</translation>
    </message>
    <message>
        <source>Make action from cluster</source>
        <translation>Maak actie van cluster</translation>
    </message>
    <message numerus="yes">
        <source>Make one action from %n note(s)</source>
        <translation>
            <numerusform>Maak één actie van %n notitie</numerusform>
            <numerusform>Maak één actie van %n notities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnderdeelWeights</name>
    <message>
        <source>D{n}: {m} min</source>
        <translation>D{n}: {m} min</translation>
    </message>
    <message>
        <source>{m} min ({p} %)</source>
        <translation>{m} min ({p} %)</translation>
    </message>
</context>
<context>
    <name>OrganisationsTable</name>
    <message>
        <source>Name of a new organisation</source>
        <translation>Naam van een nieuwe organisatie</translation>
    </message>
    <message>
        <source>New organisation, e.g. Woonstichting Veldwijk</source>
        <translation>Nieuwe organisatie, bijv. Woonstichting Veldwijk</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Soort belanghebbende</translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <source>Remove “{name}”? Its participants and notes stay, without an organisation.</source>
        <translation>“{name}” verwijderen? De deelnemers en notities blijven, zonder organisatie.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Name of a new participant</source>
        <translation>Naam van een nieuwe deelnemer</translation>
    </message>
    <message>
        <source>Role of the new participant</source>
        <translation>Rol van de nieuwe deelnemer</translation>
    </message>
    <message>
        <source>Role, e.g. projectleider</source>
        <translation>Rol, bijv. projectleider</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>D{n}</source>
        <translation>D{n}</translation>
    </message>
    <message>
        <source>Attends dagdeel {n}</source>
        <translation>Is bij dagdeel {n}</translation>
    </message>
    <message>
        <source>Remove “{name}”?</source>
        <translation>“{name}” verwijderen?</translation>
    </message>
</context>
<context>
    <name>PhoneCode</name>
    <message>
        <source>Your phone: scan, or type
{address}</source>
        <translation>Met je telefoon: scan, of typ
{address}</translation>
    </message>
</context>
<context>
    <name>PhonesFeature</name>
    <message>
        <source>Phones</source>
        <translation>Telefoons</translation>
    </message>
    <message>
        <source>Open to &amp;phones</source>
        <translation>Open voor &amp;telefoons</translation>
    </message>
    <message>
        <source>Choose a werkvorm first.</source>
        <translation>Kies eerst een werkvorm.</translation>
    </message>
    <message>
        <source>There is no network phones could reach this laptop on. Connect the laptop to the venue&apos;s wifi or to a phone&apos;s hotspot, then try again.</source>
        <translation>Er is geen netwerk waarop telefoons deze laptop kunnen bereiken. Verbind de laptop met de wifi van de locatie of met de hotspot van een telefoon en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The laptop&apos;s address changed: phones scan the new code.</source>
        <translation>Het adres van de laptop is veranderd: telefoons scannen de nieuwe code.</translation>
    </message>
    <message>
        <source>No phone has opened the page yet. Are the phones on the same network as this laptop? Guest wifi often keeps devices apart: then switch on your phone&apos;s hotspot, connect the laptop to it and let everyone join it.</source>
        <translation>Nog geen telefoon heeft de pagina geopend. Zitten de telefoons op hetzelfde netwerk als deze laptop? Gastwifi houdt apparaten vaak gescheiden: zet dan de hotspot van je telefoon aan, verbind de laptop ermee en laat iedereen erop inloggen.</translation>
    </message>
    <message>
        <source>Note from a phone</source>
        <translation>Notitie van een telefoon</translation>
    </message>
    <message>
        <source>Text on the wall:</source>
        <translation>Tekst op de muur:</translation>
    </message>
    <message>
        <source>Select the one note on the wall that this note belongs with, then M.</source>
        <translation>Kies op de muur de ene notitie waar deze bij hoort en druk dan op M.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Een andere taal geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Beep when the timer is up</source>
        <translation>Piep als de tijd om is</translation>
    </message>
    <message>
        <source>Standard (dark)</source>
        <translation>Standaard (donker)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast (lichte zaal)</translation>
    </message>
    <message>
        <source>Show organisation names on the beamer</source>
        <translation>Namen van organisaties op de beamer tonen</translation>
    </message>
    <message>
        <source>Automatic (a screen other than this one)</source>
        <translation>Automatisch (een ander scherm dan dit)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Timer:</source>
        <translation>Timer:</translation>
    </message>
    <message>
        <source>Beamer &amp;look:</source>
        <translation>Uiterlijk van de &amp;beamer:</translation>
    </message>
    <message>
        <source>Beamer &amp;screen:</source>
        <translation>Beamer&amp;scherm:</translation>
    </message>
</context>
<context>
    <name>PreferencesFeature</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Voor&amp;keuren…</translation>
    </message>
</context>
<context>
    <name>ProgrammeNavigator</name>
    <message>
        <source>Programme: dagdelen and werkvormen</source>
        <translation>Programma: dagdelen en werkvormen</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Dagdeel {number}</source>
        <translation>Dagdeel {number}</translation>
    </message>
    <message>
        <source>{hours}:{minutes:02d} h</source>
        <translation>{hours}:{minutes:02d} u</translation>
    </message>
    <message>
        <source>{hours} · {notes} notes</source>
        <translation>{hours} · {notes} notities</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>ProgrammesFeature</name>
    <message>
        <source>&amp;Programmes…</source>
        <translation>&amp;Programma&apos;s…</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Offerte</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Rates (the bureau&apos;s, for every offerte)</source>
        <translation>Tarieven (van het bureau, voor elke offerte)</translation>
    </message>
    <message>
        <source>{name} per hour:</source>
        <translation>{name} per uur:</translation>
    </message>
    <message>
        <source>Per dagdeel:</source>
        <translation>Per dagdeel:</translation>
    </message>
    <message>
        <source>Per hour of preparation:</source>
        <translation>Per uur voorbereiding:</translation>
    </message>
    <message>
        <source>This offerte</source>
        <translation>Deze offerte</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Reiskosten</translation>
    </message>
    <message>
        <source>Hours of preparation</source>
        <translation>Uren voorbereiding</translation>
    </message>
    <message>
        <source>Travel costs:</source>
        <translation>Reiskosten:</translation>
    </message>
    <message>
        <source>Hours of preparation:</source>
        <translation>Uren voorbereiding:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Total {total} ({subtotal} plus {vat} VAT)</source>
        <translation>Totaal {total} ({subtotal} plus {vat} btw)</translation>
    </message>
    <message>
        <source>The offerte ({total}) is saved as {file}.</source>
        <translation>De offerte ({total}) is opgeslagen als {file}.</translation>
    </message>
    <message>
        <source>Save offerte</source>
        <translation>Offerte opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QuoteFeature</name>
    <message>
        <source>&amp;Offerte…</source>
        <translation>&amp;Offerte…</translation>
    </message>
</context>
<context>
    <name>RaciFields</name>
    <message>
        <source>Who (RACI)</source>
        <translation>Wie (RACI)</translation>
    </message>
    <message>
        <source>— choose an organisation —</source>
        <translation>— kies een organisatie —</translation>
    </message>
    <message>
        <source>Person or role</source>
        <translation>Persoon of rol</translation>
    </message>
    <message>
        <source>Person or role of the owner</source>
        <translation>Persoon of rol van de eigenaar</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eén per regel</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Add an organisation to this atelier and make it the owner</source>
        <translation>Een organisatie aan dit atelier toevoegen en eigenaar maken</translation>
    </message>
    <message>
        <source>Owner (A) *</source>
        <translation>Eigenaar (A) *</translation>
    </message>
    <message>
        <source>Responsible (R)</source>
        <translation>Uitvoerders (R)</translation>
    </message>
    <message>
        <source>Consulted (C)</source>
        <translation>Betrokken (C)</translation>
    </message>
    <message>
        <source>Informed (I)</source>
        <translation>Informeren (I)</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Name of the organisation (it is added to this atelier&apos;s people):</source>
        <translation>Naam van de organisatie (ze komt bij de mensen van dit atelier):</translation>
    </message>
</context>
<context>
    <name>RankingList</name>
    <message>
        <source>{dots} dots, of which {room} for the room</source>
        <translation>{dots} stippen, waarvan {room} voor de zaal</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>Het rapport kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>The report could not be made ({kind}: {error}). Your data is safe; please report this problem.</source>
        <translation>Het rapport kon niet worden gemaakt ({kind}: {error}). Uw gegevens zijn veilig; meld dit probleem alstublieft.</translation>
    </message>
    <message>
        <source>it could not be made ({kind}: {error}); please report this problem.</source>
        <translation>het kon niet worden gemaakt ({kind}: {error}); meld dit probleem alstublieft.</translation>
    </message>
</context>
<context>
    <name>ReportTextsEditor</name>
    <message>
        <source>e.g. concept — shared with participants</source>
        <translation>bijv. concept — gedeeld met deelnemers</translation>
    </message>
    <message>
        <source>Own report date</source>
        <translation>Eigen rapportdatum</translation>
    </message>
    <message>
        <source>Version / status</source>
        <translation>Versie / status</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdatum</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Onderdelen van het rapport</translation>
    </message>
    <message>
        <source>Text of the chosen section</source>
        <translation>Tekst van het gekozen onderdeel</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>Kerninzichten</translation>
    </message>
    <message>
        <source>Background and frameworks</source>
        <translation>Aanleiding en kaders</translation>
    </message>
    <message>
        <source>The neighbourhood</source>
        <translation>De wijk</translation>
    </message>
    <message>
        <source>Stakeholders and cooperation</source>
        <translation>Betrokkenen en samenwerking</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Techniek</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>Blauwdruk</translation>
    </message>
    <message>
        <source>Left empty, the report uses the goals from the intake.</source>
        <translation>Blijft dit leeg, dan gebruikt het rapport de doelen uit de intake.</translation>
    </message>
    <message>
        <source>Left empty, the report uses the clustered notes of: {werkvormen}.</source>
        <translation>Blijft dit leeg, dan gebruikt het rapport de geclusterde notities van: {werkvormen}.</translation>
    </message>
    <message>
        <source>Left empty, the report leaves this part out.</source>
        <translation>Blijft dit leeg, dan laat het rapport dit deel weg.</translation>
    </message>
</context>
<context>
    <name>RisicosEditor</name>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
    <message>
        <source>Person or role</source>
        <translation>Persoon of rol</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>— choose an organisation —</source>
        <translation>— kies een organisatie —</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <source>Next werkvorm</source>
        <translation>Volgende werkvorm</translation>
    </message>
    <message>
        <source>Previous werkvorm</source>
        <translation>Vorige werkvorm</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Timer starten of pauzeren</translation>
    </message>
    <message>
        <source>Timer back to the planned duration</source>
        <translation>Timer terug naar de geplande duur</translation>
    </message>
    <message>
        <source>One minute extra</source>
        <translation>Eén minuut erbij</translation>
    </message>
    <message>
        <source>Five minutes extra</source>
        <translation>Vijf minuten erbij</translation>
    </message>
    <message>
        <source>Show or hide the beamer view</source>
        <translation>Beamerbeeld tonen of verbergen</translation>
    </message>
    <message>
        <source>Pause or resume the beamer</source>
        <translation>Beamer pauzeren of hervatten</translation>
    </message>
    <message>
        <source>Voting result on the beamer</source>
        <translation>Uitslag van de stemming op de beamer</translation>
    </message>
    <message>
        <source>Hide or show the code for phones on the beamer</source>
        <translation>Code voor telefoons op de beamer verbergen of tonen</translation>
    </message>
    <message>
        <source>Running the room</source>
        <translation>De zaal leiden</translation>
    </message>
</context>
<context>
    <name>RoomFeature</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Draaiboek</source>
        <translation>Draaiboek</translation>
    </message>
    <message>
        <source>&amp;Look ahead (not on the beamer)</source>
        <translation>&amp;Vooruitkijken (niet op de beamer)</translation>
    </message>
    <message>
        <source>Back to the werkvorm in the room</source>
        <translation>Terug naar de werkvorm in de zaal</translation>
    </message>
    <message>
        <source>New atelier from a &amp;programme file…</source>
        <translation>Nieuw atelier uit een p&amp;rogrammabestand…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Open another atelier</source>
        <translation>Ander atelier openen</translation>
    </message>
    <message>
        <source>The beamer shows this atelier now and its timer stops. Close it and open another atelier?</source>
        <translation>De beamer toont nu dit atelier en de timer stopt dan. Dit atelier sluiten en een ander openen?</translation>
    </message>
</context>
<context>
    <name>RoutemapExport</name>
    <message>
        <source>Export routemap (&amp;PDF)…</source>
        <translation>Exporteer routemap (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Export a&amp;ctions (CSV)…</source>
        <translation>Exporteer a&amp;cties (CSV)…</translation>
    </message>
    <message>
        <source>Export no&amp;tes (CSV)…</source>
        <translation>Exporteer no&amp;tities (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;dates for the agenda (.ics)…</source>
        <translation>Exporteer &amp;data voor de agenda (.ics)…</translation>
    </message>
    <message>
        <source>Making the routemap report…</source>
        <translation>Het routemaprapport wordt gemaakt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export routemap (PDF)</source>
        <translation>Routemap exporteren (PDF)</translation>
    </message>
    <message>
        <source>The routemap report has been saved as {path}.</source>
        <translation>Het routemaprapport is opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>The poster was not saved: {reason}</source>
        <translation>De poster is niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>The poster is beside it: {name}.</source>
        <translation>De poster staat ernaast: {name}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>The Word version is beside it: {name}.</source>
        <translation>De Word-versie staat ernaast: {name}.</translation>
    </message>
    <message>
        <source>The Word version was not saved: {reason}</source>
        <translation>De Word-versie is niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>The routemap report was not saved. {reason}</source>
        <translation>Het routemaprapport is niet opgeslagen. {reason}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporteren geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Export actions (CSV)</source>
        <translation>Acties exporteren (CSV)</translation>
    </message>
    <message>
        <source>Export notes (CSV)</source>
        <translation>Notities exporteren (CSV)</translation>
    </message>
    <message>
        <source>CSV files, for Excel (*.csv)</source>
        <translation>CSV-bestanden, voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file was not saved. {reason}</source>
        <translation>Het CSV-bestand is niet opgeslagen. {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>Export dates for the agenda</source>
        <translation>Data exporteren voor de agenda</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file was not saved. {reason}</source>
        <translation>Het agendabestand is niet opgeslagen. {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}: open it in your agenda (Outlook, Google, Apple).</source>
        <translation>Opgeslagen als {path}: open het in uw agenda (Outlook, Google, Apple).</translation>
    </message>
</context>
<context>
    <name>RoutemapFeature</name>
    <message>
        <source>Routemap</source>
        <translation>Routemap</translation>
    </message>
    <message>
        <source>Show &amp;routemap</source>
        <translation>&amp;Routemap tonen</translation>
    </message>
    <message>
        <source>The routemap board</source>
        <translation>Het routemapbord</translation>
    </message>
    <message>
        <source>Action {code} is on the routemap ({fase}): “{wat}”.</source>
        <translation>Actie {code} staat op de routemap ({fase}): “{wat}”.</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
</context>
<context>
    <name>RoutemapPage</name>
    <message>
        <source>New action…</source>
        <translation>Nieuwe actie…</translation>
    </message>
    <message>
        <source>New action (Ctrl+Shift+N)</source>
        <translation>Nieuwe actie (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>Compacte kaarten</translation>
    </message>
    <message>
        <source>Smaller cards, to see more of a big routemap at once</source>
        <translation>Kleinere kaarten, om meer van een grote routemap tegelijk te zien</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Drag a card to another lane or fase; double-click to edit.</source>
        <translation>Sleep een kaart naar een andere baan of fase; dubbelklik om te bewerken.</translation>
    </message>
    <message>
        <source>Routemap: the actions per lane and fase</source>
        <translation>Routemap: de acties per baan en fase</translation>
    </message>
    <message>
        <source>Routemap</source>
        <translation>Routemap</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>Decision moments</source>
        <translation>Besluitmomenten</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <source>Report texts</source>
        <translation>Rapportteksten</translation>
    </message>
    <message>
        <source>Participatieroute</source>
        <translation>Participatieroute</translation>
    </message>
    <message>
        <source>Delete action {code} “{wat}”? Actions that wait for it lose that link.</source>
        <translation>Actie {code} “{wat}” verwijderen? Acties die erop wachten verliezen die koppeling.</translation>
    </message>
    <message>
        <source>{code} moved to {lane} · {fase}.</source>
        <translation>{code} staat nu in {lane} · {fase}.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>New action here…</source>
        <translation>Nieuwe actie hier…</translation>
    </message>
</context>
<context>
    <name>RoutemapScene</name>
    <message>
        <source>Milestones and decisions</source>
        <translation>Mijlpalen en besluiten</translation>
    </message>
    <message>
        <source>No milestones or decision moments yet.</source>
        <translation>Nog geen mijlpalen of besluitmomenten.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
</context>
<context>
    <name>RoutemapSteps</name>
    <message>
        <source>Move {code}</source>
        <translation>{code} verplaatsen</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>{code} wijzigen</translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation>{code} verwijderen</translation>
    </message>
    <message>
        <source>New action {code}</source>
        <translation>Nieuwe actie {code}</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>“{name}” verwijderen</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>“{name}” toevoegen</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Beamer</source>
        <translation>Beamer</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <source>This file was made with a newer version of Atelier.</source>
        <translation>Dit bestand is gemaakt met een nieuwere versie van Atelier.</translation>
    </message>
    <message>
        <source>This is not an Atelier file.</source>
        <translation>Dit is geen Atelier-bestand.</translation>
    </message>
    <message>
        <source>Atelier cannot write in this folder.</source>
        <translation>Atelier kan niet schrijven in deze map.</translation>
    </message>
    <message>
        <source>Updating the file for this version of Atelier failed.</source>
        <translation>Het bijwerken van het bestand voor deze versie van Atelier is mislukt.</translation>
    </message>
    <message>
        <source>The atelier file cannot be opened.</source>
        <translation>Het atelierbestand kan niet worden geopend.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>The team archive cannot be opened.</source>
        <translation>Het teamarchief kan niet worden geopend.</translation>
    </message>
    <message>
        <source>It is in use by program {app} (process {pid}) on computer {host}.</source>
        <translation>Het is in gebruik door programma {app} (proces {pid}) op computer {host}.</translation>
    </message>
    <message>
        <source>Only one Atelier window at a time can work with a file, so that no note gets lost. Switch to the window that is already open, or close it first.</source>
        <translation>Er kan maar één Atelier-venster tegelijk met een bestand werken, zodat er geen notitie verloren gaat. Ga naar het venster dat al open is, of sluit dat eerst.</translation>
    </message>
    <message>
        <source>This atelier file is already open.</source>
        <translation>Dit atelierbestand is al geopend.</translation>
    </message>
    <message>
        <source>The backup of {time} has been restored.</source>
        <translation>De reservekopie van {time} is teruggezet.</translation>
    </message>
    <message>
        <source>The previous file is kept as {name}.</source>
        <translation>Het vorige bestand is bewaard als {name}.</translation>
    </message>
    <message>
        <source>The atelier file is missing.</source>
        <translation>Het atelierbestand ontbreekt.</translation>
    </message>
    <message>
        <source>Restore this backup? Work done after {time} is not in it. Or start with a new, empty file: the backups are kept.</source>
        <translation>Wilt u deze reservekopie terugzetten? Werk van na {time} staat er niet in. Of begin met een nieuw, leeg bestand: de reservekopieën blijven bewaard.</translation>
    </message>
    <message>
        <source>The file could not be set aside. Close other programs that may use it and start Atelier again.</source>
        <translation>Het bestand kon niet apart worden gezet. Sluit andere programma&apos;s die het misschien gebruiken en start Atelier opnieuw.</translation>
    </message>
    <message>
        <source>Restore this backup? Work done after {time} is not in it. The empty file is kept beside it.</source>
        <translation>Wilt u deze reservekopie terugzetten? Werk van na {time} staat er niet in. Het lege bestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <source>Restore this backup? Work done after {time} is not in it. The damaged file is kept, so nothing is thrown away.</source>
        <translation>Wilt u deze reservekopie terugzetten? Werk van na {time} staat er niet in. Het beschadigde bestand blijft bewaard, er wordt dus niets weggegooid.</translation>
    </message>
    <message>
        <source>Start with a new, empty atelier file? The damaged file is kept, so a specialist can still try to rescue it.</source>
        <translation>Wilt u beginnen met een nieuw, leeg atelierbestand? Het beschadigde bestand blijft bewaard, zodat een specialist het nog kan proberen te redden.</translation>
    </message>
    <message>
        <source>The atelier file is empty.</source>
        <translation>Het atelierbestand is leeg.</translation>
    </message>
    <message>
        <source>The atelier file is damaged.</source>
        <translation>Het atelierbestand is beschadigd.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Start with an empty file</source>
        <translation>Met een leeg bestand beginnen</translation>
    </message>
    <message>
        <source>Restoring the backup failed: {error}</source>
        <translation>Het terugzetten van de reservekopie is mislukt: {error}</translation>
    </message>
</context>
<context>
    <name>StepNames</name>
    <message numerus="yes">
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Notitie toevoegen</numerusform>
            <numerusform>%n notities toevoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n note(s)</source>
        <translation>
            <numerusform>Notitie dupliceren</numerusform>
            <numerusform>%n notities dupliceren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n note(s) to another werkvorm</source>
        <translation>
            <numerusform>Notitie naar een andere werkvorm kopiëren</numerusform>
            <numerusform>%n notities naar een andere werkvorm kopiëren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s) to another werkvorm</source>
        <translation>
            <numerusform>Notitie naar een andere werkvorm verplaatsen</numerusform>
            <numerusform>%n notities naar een andere werkvorm verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Notitie verwijderen</numerusform>
            <numerusform>%n notities verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n note(s)</source>
        <translation>
            <numerusform>Notitie terugzetten</numerusform>
            <numerusform>%n notities terugzetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Notitie verplaatsen</numerusform>
            <numerusform>%n notities verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n note(s)</source>
        <translation>
            <numerusform>Notitie groeperen</numerusform>
            <numerusform>%n notities groeperen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerControls</name>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Beep when time is up</source>
        <translation>Piepje als de tijd om is</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Set the timer to {n} minutes</source>
        <translation>Zet de timer op {n} minuten</translation>
    </message>
    <message>
        <source>Pause (F6)</source>
        <translation>Pauze (F6)</translation>
    </message>
    <message>
        <source>Start (F6)</source>
        <translation>Start (F6)</translation>
    </message>
    <message>
        <source>No werkvorm selected</source>
        <translation>Geen werkvorm gekozen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Klaar om te starten</translation>
    </message>
    <message>
        <source>Back to planned {n} min</source>
        <translation>Terug naar geplande {n} min</translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <source>Time is up</source>
        <translation>Tijd is om</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Start a new round (clear all dots)</source>
        <translation>Nieuwe ronde (alle stippen wissen)</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Stemmen met stippen</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Stippen per deelnemer</translation>
    </message>
    <message>
        <source>Most dots per note</source>
        <translation>Maximaal per notitie</translation>
    </message>
    <message>
        <source>Enter dots</source>
        <translation>Stippen invoeren</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <source>Off (select and drag notes)</source>
        <translation>Uit (selecteren en slepen)</translation>
    </message>
    <message>
        <source>For the room</source>
        <translation>Voor de zaal</translation>
    </message>
    <message>
        <source>{name} ({left} of {total} left)</source>
        <translation>{name} (nog {left} van {total})</translation>
    </message>
    <message>
        <source>No participants are registered, so the room is taken to be {n} people.</source>
        <translation>Er zijn geen deelnemers geregistreerd; de zaal telt daarom als {n} mensen.</translation>
    </message>
    <message>
        <source>The room: {n} participants.</source>
        <translation>De zaal: {n} deelnemers.</translation>
    </message>
    <message>
        <source>Room dots stand for everyone who is not entered one by one: a note holds at most {note_cap} dots ({n} × {per_note}), the round at most {round_cap} ({n} × {per_participant}).</source>
        <translation>Zaalstippen staan voor iedereen die niet apart wordt ingevoerd: een notitie krijgt hoogstens {note_cap} stippen ({n} × {per_note}), de hele ronde hoogstens {round_cap} ({n} × {per_participant}).</translation>
    </message>
    <message>
        <source>Given so far: {total} dots, {room} of them for the room.</source>
        <translation>Tot nu toe gegeven: {total} stippen, waarvan {room} voor de zaal.</translation>
    </message>
    <message>
        <source>Select a note and press + or − to add or take back a room dot.</source>
        <translation>Selecteer een notitie en druk op + of − om een zaalstip te geven of terug te nemen.</translation>
    </message>
    <message>
        <source>Click a note: +1 for the room. Right-click or Shift+click: −1.</source>
        <translation>Klik op een notitie: +1 voor de zaal. Rechtsklik of Shift+klik: −1.</translation>
    </message>
    <message>
        <source>Click a note: +1 for this participant. Right-click or Shift+click: −1.</source>
        <translation>Klik op een notitie: +1 voor deze deelnemer. Rechtsklik of Shift+klik: −1.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Plan, run and report a Vertragingsatelier towards a wijkuitvoeringsplan.</source>
        <translation>Voorbereiden, begeleiden en vastleggen: het Vertragingsatelier op weg naar een wijkuitvoeringsplan.</translation>
    </message>
    <message>
        <source>&amp;New atelier…</source>
        <translation>&amp;Nieuw atelier…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Look at the &amp;demo atelier</source>
        <translation>&amp;Demo-atelier bekijken</translation>
    </message>
    <message>
        <source>Recent ateliers</source>
        <translation>Recente ateliers</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>No ateliers yet. Create a new atelier or import a file.</source>
        <translation>Nog geen ateliers. Maak een nieuw atelier of importeer een bestand.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
</context>
<context>
    <name>WerkvormEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materialen:</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Wie leidt:</translation>
    </message>
    <message>
        <source>The question the room sees on the beamer</source>
        <translation>De vraag die de zaal op de beamer ziet</translation>
    </message>
    <message>
        <source>How to run it (only you see this)</source>
        <translation>Hoe je het begeleidt (alleen jij ziet dit)</translation>
    </message>
    <message>
        <source>What the werkvorm should produce</source>
        <translation>Wat de werkvorm moet opleveren</translation>
    </message>
    <message>
        <source>What to bring and set out (the printed draaiboek)</source>
        <translation>Wat mee moet en klaargezet wordt (het afgedrukte draaiboek)</translation>
    </message>
    <message>
        <source>Who leads it, e.g. Eva; the alderman opens</source>
        <translation>Wie het leidt, bijv. Eva; de wethouder opent</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Onderdeel:</source>
        <translation>&amp;Onderdeel:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation>Op&amp;brengst:</translation>
    </message>
</context>
<context>
    <name>WerkvormHeader</name>
    <message>
        <source>Looking ahead: NOT on the beamer · Esc: back to the werkvorm in the room</source>
        <translation>Vooruitkijken: NIET op de beamer · Esc: terug naar de werkvorm in de zaal</translation>
    </message>
    <message>
        <source>Choose a werkvorm</source>
        <translation>Kies een werkvorm</translation>
    </message>
    <message>
        <source>Pick a werkvorm on the left to see its question and its notes.</source>
        <translation>Kies links een werkvorm om de vraag en de notities te zien.</translation>
    </message>
    <message>
        <source>{onderdeel} · {minutes} min</source>
        <translation>{onderdeel} · {minutes} min</translation>
    </message>
    <message>
        <source>Guidance: {text}</source>
        <translation>Toelichting: {text}</translation>
    </message>
    <message>
        <source>Result: {text}</source>
        <translation>Oogst: {text}</translation>
    </message>
</context>
</TS>
