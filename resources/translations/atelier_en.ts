<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionList</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message numerus="yes">
        <source>Connected to {archive}: %n atelier(s).</source>
        <translation>
            <numerusform>Connected to {archive}: %n atelier.</numerusform>
            <numerusform>Connected to {archive}: %n ateliers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeamerWindow</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message numerus="yes">
        <source>Change %n note(s)</source>
        <translation>
            <numerusform>Change %n note</numerusform>
            <numerusform>Change %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message numerus="yes">
        <source>The routemap check still finds %n point(s) (see the panel beside the routemap). A final version leaves them out. Make the final version anyway?</source>
        <translation>
            <numerusform>The routemap check still finds %n point (see the panel beside the routemap). A final version leaves it out. Make the final version anyway?</numerusform>
            <numerusform>The routemap check still finds %n points (see the panel beside the routemap). A final version leaves them out. Make the final version anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileExchange</name>
    <message numerus="yes">
        <source>Checking “{file}”: %Ln rows read…</source>
        <translation>
            <numerusform>Checking “{file}”: %Ln row read…</numerusform>
            <numerusform>Checking “{file}”: %Ln rows read…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message numerus="yes">
        <source>Received: %n waiting</source>
        <translation>
            <numerusform>Received: %n waiting</numerusform>
            <numerusform>Received: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invalid %n</source>
        <translation>
            <numerusform>invalid %n</numerusform>
            <numerusform>invalid %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turned away: %n</source>
        <translation>
            <numerusform>Turned away: %n</numerusform>
            <numerusform>Turned away: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected (%n)</source>
        <translation>
            <numerusform>Rejected (%n)</numerusform>
            <numerusform>Rejected (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyboardWalk</name>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n note selected</numerusform>
            <numerusform>%n notes selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteToAction</name>
    <message numerus="yes">
        <source>Make one action from %n note(s)</source>
        <translation>
            <numerusform>Make an action from %n note</numerusform>
            <numerusform>Make one action from %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepNames</name>
    <message numerus="yes">
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Add note</numerusform>
            <numerusform>Add %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n note(s)</source>
        <translation>
            <numerusform>Duplicate note</numerusform>
            <numerusform>Duplicate %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n note(s) to another werkvorm</source>
        <translation>
            <numerusform>Copy note to another werkvorm</numerusform>
            <numerusform>Copy %n notes to another werkvorm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s) to another werkvorm</source>
        <translation>
            <numerusform>Move note to another werkvorm</numerusform>
            <numerusform>Move %n notes to another werkvorm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n note(s)</source>
        <translation>
            <numerusform>Restore note</numerusform>
            <numerusform>Restore %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n note(s)</source>
        <translation>
            <numerusform>Group note</numerusform>
            <numerusform>Group %n notes</numerusform>
        </translation>
    </message>
</context>
</TS>
