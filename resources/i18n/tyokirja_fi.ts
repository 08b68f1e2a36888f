<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ErrorText</name>
    <message>
        <source>the diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Työkirja diary. It was left untouched. Choose another file, or move this one away to start a new diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Työkirja. Update Työkirja to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is encrypted or not a database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Työkirja diary (it may belong to another program). It was left untouched. Choose a Työkirja diary file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. It was left untouched. Restore it from a backup, or keep it aside and start a new diary elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Nothing already saved was lost and your text is still in the editor. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written to (read-only file or folder). Your text is still in the editor. Check the file&apos;s location and permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is busy in another program or window. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation uses an SQLite version with a known data-corruption bug. Reinstall Työkirja with its own SQLite library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be opened or created. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your text was not discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal or external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their feelings (my guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the value must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the time has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the value is not one of the allowed choices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
