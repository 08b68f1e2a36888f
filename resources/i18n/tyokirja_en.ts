<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Työkirja is already open with this diary. Switch to the open window instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>— not chosen —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Työkirja, a private workbook for the encounters you lead at work. Without a command, opens the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary file (default: $TYOKIRJA_DB, then the app data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the app and its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the whole diary to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON exchange format (docs/exchange-format.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add every entry of a JSON export to the diary (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Työkirja JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list entries that contain the words, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the diary file is whole and readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diary at {path}. Nothing was done; give the right file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file would replace the diary itself. Give another --output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to {path}.</source>
        <translation>
            <numerusform>Exported %n entry to {path}.</numerusform>
            <numerusform>Exported %n entries to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries into {path}.</source>
        <translation>
            <numerusform>Imported %n entry into {path}.</numerusform>
            <numerusform>Imported %n entries into {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The diary is in good order: %n entries.</source>
        <translation>
            <numerusform>The diary is in good order: %n entry.</numerusform>
            <numerusform>The diary is in good order: %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something unexpected went wrong inside Työkirja. Entries you have saved are safe, and the text you were writing is kept as a draft that is offered at the next start.

If you want to report the problem, copy the report below. It contains no diary text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry from the list, or start a new one with New entry (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry you left is not complete yet ({problem}), so it was kept as an unsaved draft. Open it again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway? The changes you have not saved will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unfinished new entry is open again: give it a title and save it, or clear its text to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing your unsaved changes to this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored. It is not saved yet: save it with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick entry saved. It is marked to be completed later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Unsaved text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja was closed while you were still writing. This text was kept for you. Restore it to the editor to continue, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to a saved entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, last edited {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElementsEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{element}: {level}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyDiaryState</name>
    <message>
        <source>Your diary is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a work encounter that stayed on your mind. New entry opens the whole form; Quick entry takes half a minute now, and you can complete it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterDelegate</name>
    <message>
        <source>to complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>The encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Customer upset about a late delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks a quick entry that still needs completing. Untick it once the entry is complete.</source>
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
        <source>Write down the other person&apos;s role only, never their name: they have not agreed to be written about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty {n} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = easy, 5 = very hard</source>
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
        <source>Only what a camera would have recorded: who said and did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (observations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My feelings in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their feelings (my guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a guess. When you can, check it by asking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My guess in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their feelings, my guess in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you do next, and with whom (by role)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check these fields before saving:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterListModel</name>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick entry, to be completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>My feelings in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their feelings, my guess in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
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
<context>
    <name>FilterBar</name>
    <message>
        <source>Search entries (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by my role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Työkirja</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries</source>
        <translation>
            <numerusform>%Ln matching entry</numerusform>
            <numerusform>%Ln matching entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Työkirja is already using this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time you start Työkirja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private workbook for people who lead encounters at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this computer: Työkirja makes no network connections. Only files you export yourself go anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Työkirja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Quick entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jot down the encounter now and complete it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Customer&apos;s complaint on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no feeling chosen —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves (Shift+Enter starts a new line), Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this quick entry? What you typed will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermPicker</name>
    <message>
        <source>Arrow keys move between the words; Space chooses or clears a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the word list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {index} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is not part of the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” appears twice in the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” has a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” holds text that is not valid Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a valid JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a valid JSON document (error at line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Työkirja export (it lacks the mark &quot;format&quot;: &quot;tyokirja-export&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was made by a newer Työkirja (export format version {version}; this one reads up to version {max}). Update Työkirja to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has an unknown export format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {size} MB, more than an export can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is not a real date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the same id appears earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has an entry with this id. Import into a new diary file, or remove the entry from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” has a value this version of Työkirja does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not an export file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read. Check that you may read it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so {path} was not written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written because its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: the folder is read-only or you may not write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written. Check the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
