<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the agenda item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the agenda item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question of my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the question to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>What I want to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to three short lines for your coach: questions or themes for the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and experiments in the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the agenda of my next coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to three lines and 400 characters, please.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment (if–then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I agreed to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…then I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review or do by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous diary file was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diary at {path}. Create a new, empty diary there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist either; it would be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move that file aside now (it is renamed and kept, not deleted) and open the diary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move aside and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other copy&apos;s change log was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this computer may look into the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja is already open with this diary. Switch to the open window instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary was opened or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise or rating texts that come with Työkirja could not be read, so it cannot start. Your diary was not changed. Reinstall Työkirja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the diary itself. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Työkirja keeps %n automatic backups.</source>
        <translation>
            <numerusform>Työkirja keeps %n automatic backup.</numerusform>
            <numerusform>Työkirja keeps %n automatic backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupKeepDialog</name>
    <message>
        <source>Kept backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja makes a backup of the diary when it starts and once a day, and deletes the oldest automatic backups beyond this number. Backups you make yourself are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of kept backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Työkirja then closes the diary and opens it again with the backup&apos;s entries. The current diary file is kept aside, renamed, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of this diary yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date} — %n entries</source>
        <translation>
            <numerusform>{date} — %n entry</numerusform>
            <numerusform>{date} — %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>(copy taken before an update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from {date}? The diary closes and opens again with the backup&apos;s entries; the current file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore {path} (%n entries)? The diary closes and opens again with the backup&apos;s entries; the current file is kept aside.</source>
        <translation>
            <numerusform>Restore {path} (%n entry)? The diary closes and opens again with the backup&apos;s entries; the current file is kept aside.</numerusform>
            <numerusform>Restore {path} (%n entries)? The diary closes and opens again with the backup&apos;s entries; the current file is kept aside.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show for this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipSet</name>
    <message>
        <source>Arrow keys move between the words; Space chooses or clears a word.</source>
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
        <source>list entries that contain the words, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a consistent copy of the diary to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the diary with a backup; the current file is kept aside, never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup of a Työkirja diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a coach report (PDF) with only the sections you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD (default: three months back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the report (default: the app&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections to add to the default ones: {sections}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default sections to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you want to discuss, up to three lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report even if the text that leaves has words that look like personal names (you have checked them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: {text} (write it as YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is outside the years {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the diary file without changing it and list every problem found (exit 0: in good order, 2: problems found or not a diary, 1: could not be checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diary at {path}. Nothing was done; give the right file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an encrypted diary when not run in a terminal: read the passphrase from the first line of FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file {path} could not be read. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the encrypted diary: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is encrypted. Run the command in a terminal to be asked for its passphrase, or give it with --passphrase-file FILE. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words to look for (each also finds its inflected forms); &quot;exact phrase&quot;, -word to leave out, OR between two words for either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the hits as JSON: kind, id, time, title, snippet and the matched ranges in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is {backup} ({date}, %n entries). To restore it (the damaged file is kept aside): tyokirja --db {path} restore {backup}</source>
        <translation>
            <numerusform>The newest good backup is {backup} ({date}, %n entry). To restore it (the damaged file is kept aside): tyokirja --db {path} restore {backup}</numerusform>
            <numerusform>The newest good backup is {backup} ({date}, %n entries). To restore it (the damaged file is kept aside): tyokirja --db {path} restore {backup}</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file: {percent} %</source>
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
    <message>
        <source>Give the words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the diary was not closed cleanly last time; its unsaved-to-file changes (%n transactions) are applied when it is next opened.</source>
        <translation>
            <numerusform>Note: the diary was not closed cleanly last time; its change not yet written to the file (%n transaction) is applied when it is next opened.</numerusform>
            <numerusform>Note: the diary was not closed cleanly last time; its changes not yet written to the file (%n transactions) are applied when it is next opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: other users of this computer may look into the folder {folder}. Consider making it private (chmod 700).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is not in good order. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The diary is in good order: %n entries.</source>
        <translation>
            <numerusform>The diary is in good order: %n entry.</numerusform>
            <numerusform>The diary is in good order: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file would replace the diary itself. Give another --output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n entries to {path}.</source>
        <translation>
            <numerusform>Backed up %n entry to {path}.</numerusform>
            <numerusform>Backed up %n entries to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup file at {path}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is the diary file itself. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is open in Työkirja. Close the app first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n entries from {backup} into {path}.</source>
        <translation>
            <numerusform>Restored %n entry from {backup} into {path}.</numerusform>
            <numerusform>Restored %n entries from {backup} into {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous diary file was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report would replace the diary itself. Give another --output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text that would leave has words that may be personal names: {words}. Nothing was written. Change the text so that people appear by role only, or, if these are not names, run again with --names-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the coach report for {period} to {path} ({sections}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readable text: entries, exercises, feedback, goals and skill ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write (with --per-month: a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one file per month (YYYY-MM.md) in the folder --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries as a spreadsheet table (semicolons, UTF-8 with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only records from this day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only records up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only records that contain these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add what is new in a JSON export, or in another journal&apos;s export, to the diary (all or nothing); records already there are left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Työkirja JSON export; with --from: jrnl&apos;s JSON export, Day One&apos;s export zip, or RedNotebook&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program the file comes from (default: tyokirja); other journals&apos; texts come in as quick entries to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only count what is new, already there and conflicting; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records whose id the diary holds with other content: keep both side by side (the file&apos;s gets a new id) or skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends. Check --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To import it, add --conflicts keep-both (both side by side) or --conflicts skip (the diary&apos;s stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the coaching sessions, show one, or print the next session&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every session, oldest first, with its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one session: agenda, notes and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s number in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda of the next planned session, as it stands now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill rating changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching sessions yet. Plan one in the app&apos;s Coaching area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda {items}, agreements {agreed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session {n}: the list has {count}. See `tyokirja sessions list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach reflected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is planned. Plan the next one in the app&apos;s Coaching area, then its agenda gathers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation type="unfinished"></translation>
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
    <name>DiaryCalendar</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, no encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date}, %n encounter(s)</source>
        <translation>
            <numerusform>{date}, %n encounter</numerusform>
            <numerusform>{date}, %n encounters</numerusform>
        </translation>
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
        <source>Searching…</source>
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
        <source>Ca&amp;lendar</source>
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
        <source>Discard this new entry? It has not been saved, and its text will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
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
    <name>DrillDownDialog</name>
    <message>
        <source>Behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries and sessions behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one with Enter or a double click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen rating session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating session deleted: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierAnswers</name>
    <message>
        <source>Your answers so far</source>
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
    <name>EncounterChoice</name>
    <message>
        <source>Search the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quick entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quick entry</source>
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
        <source>Entry form</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Skills exercised</source>
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
        <source>Share with coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coach report can quote this entry as an excerpt, if you also choose excerpts for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if your organisation shares it with you — a context number, not a score of you.</source>
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
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption keeps the diary file, its backups and its search index unreadable without your passphrase. Työkirja asks for the passphrase when it starts and after it has locked itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase, nobody can open the diary again: not you, not Työkirja&apos;s makers. There is no way to recover it. Write it down and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja also locks when the computer goes to sleep, and with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is stored unencrypted again; anyone who can read the file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase for turning encryption off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {count} characters; a few words in a row are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the diary unencrypted? Anyone who can read the file can then read your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak — add more words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: a sentence of four or more words is strong and easy to remember.</source>
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
        <source>The passphrase did not open {path}: either the passphrase is wrong, or the file is not a Työkirja diary. Nothing was changed. Check the passphrase and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a Työkirja diary, but parts of it are missing or do not belong to it ({detail}). It was not opened and was left untouched. Restore it from a backup; &apos;tyokirja check&apos; lists everything that differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds a damaged record that cannot be read ({detail}). Nothing was changed. Restore the diary from a backup; &apos;tyokirja check&apos; lists every damaged record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. It was left untouched. Restore it from a backup, or keep it aside and start a new diary elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the diary lies a change log ({path}) that was not written for this file; it probably comes from another copy, for example through a sync folder. It was not applied and nothing was changed. Move that file somewhere else, and the diary opens as it was last saved.</source>
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
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill rating item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared report log row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not readable UTF-8 in field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable time in field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable date in field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken structured data in field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-number in number field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text has changed on disk since it was saved (a damaged letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable value in field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {name} is defined differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown index {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown trigger {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} differs</source>
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
        <source>Customer metric</source>
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
    <name>ExchangeActions</name>
    <message>
        <source>Import from another &amp;journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to {path}.</source>
        <translation>
            <numerusform>Exported %n entry to {path}.</numerusform>
            <numerusform>Exported %n entries to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseRunner</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and come back later from the Today view (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Alt+Right or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: your answers appear here as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer this step to go on, or Pause to come back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Continue from the Today view whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more step follows later: it waits for you on the Today view from {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON: everything, for moving to another computer or back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown: readable text with headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV: the entries as a spreadsheet table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per &amp;month, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current &amp;search: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current &amp;search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the month files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <source>Shared reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every coach report you have written: when, which period, which sections, how many of your own texts it carried, and the file&apos;s SHA-256 fingerprint. The reports themselves are not kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File and SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line from the log? The report file itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New feedback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. interrupting less in team meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one thing would you suggest so that I succeed better at … next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I thanked them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the behaviour you are developing; the request is saved from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour I am developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom I ask (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I leave, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was about something past, file it as situation – behaviour – impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for advice on one behaviour is the quickest way to grow. Plan a request with New request, or with the feedforward exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the feedback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback request deleted: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback request restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no behaviour named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
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
        <source>Words find their inflected forms too (asiakas finds asiakkaan). Several words: entries with all of them. &quot;soitin takaisin&quot;: that exact phrase. -kiire: entries without the word. puhelu OR sähköposti: either word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of search results</source>
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
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill, element, difficulty, to complete, shared with coach, follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagAction</name>
    <message>
        <source>For my &amp;next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring what this page shows up in the next coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an entry, an exercise session, a goal or a feedback request first, then flag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer flagged for the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for the next coaching session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill rating {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusRatingStep</name>
    <message>
        <source>Focus skill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForeignImportDialog</name>
    <message>
        <source>Import from another journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the program and its export, then Preview. Nothing is written before you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both side by side (the file&apos;s version gets a new id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the conflicting records (the diary&apos;s stay as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip conflicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RedNotebook&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One export (*.zip *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with: jrnl --format json &gt; journal.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Day One: File → Export → JSON; choose the zip it makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose RedNotebook&apos;s data folder (it holds files named like 2024-05.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {source}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a word, such as a name, from every entry, draft and practice record. The word and its inflected forms are replaced with “{replacement}” as whole words, whatever their case; other words that merely contain it are kept. Check the hits below before you confirm: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word to forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the word occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits in their context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete these backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orget the word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what I would do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word does not occur in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences found: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” is also the name of a role in the lists. Entries keep the role chosen from the list: a role is not personal data. Only the word written in your own text is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more hit</numerusform>
            <numerusform>… and %n more hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Occurrences: {count}. Replace each “{word}” with “{replacement}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Records changed: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no older backups of this diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups still hold the word. Backups of this diary: {count}, in {folder}. Delete them if you no longer need them. Copies made elsewhere (such as system backups) are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the older backups listed ({count}) for good? You cannot restore the diary from them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups deleted: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal or experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. I let the customer finish before I answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? (saved with the date when you record a review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the review with the chosen status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the wish first; the goal is saved from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If–then plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I notice success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal here is a small experiment: a wish, the obstacle in you, and an if–then plan to try. Start one with New goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal deleted: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsReviewStep</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active goals or experiments right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision for: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideActions</name>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Guide to this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide article for this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article mentions these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source framework: {framework}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IfThenStep</name>
    <message>
        <source>If (plan {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then (plan {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If… (a situation or cue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then I… (what I will do)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both side by side (the file&apos;s version gets a new id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the conflicting records (the diary&apos;s stay as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip conflicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>{part} in {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, day {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, entry {n} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, entry {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, field “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a jrnl JSON export (made with jrnl --format json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Day One journal file (its JSON export with &quot;entries&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a RedNotebook month file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in the layout this kind of journal exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} is not UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds text that is not valid Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (error at line {line}, column {column}); the file may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid YAML (error at line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a YAML tag that would build program objects (line {line}); only text, numbers, lists and mappings are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more YAML aliases than a RedNotebook file ever has (line {line}), as a file built to exhaust memory does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {size} MB, more than Työkirja reads from one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested far deeper than a journal export is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a real month: month files are named YYYY-MM.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a date outside the years 1900–9998.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a real date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a text longer than Työkirja stores (5 million characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a complete zip file: it is damaged or was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a file name that points outside the zip (../ or an absolute path), so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no journal file (Journal.json). Choose the zip Day One exported as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no RedNotebook month files (YYYY-MM.txt). Choose RedNotebook&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more than {count} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{program}: %n entries read from {source}</source>
        <translation>
            <numerusform>{program}: %n entry read from {source}</numerusform>
            <numerusform>{program}: %n entries read from {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>, from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries appear twice in the source and come in once.</source>
        <translation>
            <numerusform>%n entry appears twice in the source and comes in once.</numerusform>
            <numerusform>%n entries appear twice in the source and come in once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each comes in as a quick entry to complete; tags, stars and the source&apos;s other fields go into its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recordings</source>
        <translation>
            <numerusform>%n audio recording</numerusform>
            <numerusform>%n audio recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF attachments</source>
        <translation>
            <numerusform>%n PDF attachment</numerusform>
            <numerusform>%n PDF attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the formatting of %n entries (the text itself comes over)</source>
        <translation>
            <numerusform>the formatting of %n entry (the text itself comes over)</numerusform>
            <numerusform>the formatting of %n entries (the text itself comes over)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty days</source>
        <translation>
            <numerusform>%n empty day</numerusform>
            <numerusform>%n empty days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>Entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each entry whose text may go into the report. Entries you marked “share with coach” are ticked to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date, kind or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkedEncounters</name>
    <message>
        <source>Linked diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an entry no longer in the diary)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Työkirja is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
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
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
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
        <source>Forget a &amp;word…</source>
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
        <source>&amp;Encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate my skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hared reports…</source>
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
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach report saved: {name}</source>
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
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Työkirja export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja export (*.json)</source>
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
    <name>MetricInput</name>
    <message>
        <source>NPS (likelihood to recommend) 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (satisfaction) 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES (customer effort) 1–7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer metric value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelAnswersStep</name>
    <message>
        <source>Paraphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection of feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarifying question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoreFilters</name>
    <message>
        <source>All skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by skill marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element marked as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only quick entries to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries shared with the coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Updating the search index once after an update: {percent} % done. Nothing needs to be done meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the diary… The first start after an update can take a while: the search index is brought up to date once. Nothing needs to be done meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>This diary is encrypted. Give its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is not a Työkirja diary. Nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Period and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which weeks the report covers, and the language your coach reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since a date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickEncounterDialog</name>
    <message>
        <source>Link a diary entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaintextCopiesBox</name>
    <message>
        <source>Unencrypted copies still on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These older copies of this diary are not encrypted: anyone who can read the files can read them. Tick the ones to delete and press Delete selected. Deleting cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies could not be deleted. Delete them by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files changed after the list was made and are no longer known copies of this diary. They were left as they are:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansEditor</name>
    <message>
        <source>Add plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an if–then plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If (plan {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then (plan {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If… (a situation or cue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then I… (what I will do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove plan {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformGuard</name>
    <message>
        <source>Työkirja cannot open its window because Qt&apos;s display plugin &quot;{plugin}&quot; needs system libraries that are missing: install them with your package manager (on Debian and Ubuntu: sudo apt install {packages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja cannot open its window because there is no graphical session here (the DISPLAY variable is not set): start it from the desktop, or use the commands that need no window (tyokirja --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja cannot open its window because Qt could not load its display plugin &quot;{plugin}&quot;: check that the graphical session can be reached and that the system libraries it needs are installed (on Debian and Ubuntu: sudo apt install {packages}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview: this is what leaves your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Read it through; go back to change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked these words: they are not names of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the coach report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
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
    <name>ProfileChart</name>
    <message>
        <source>{item}: then {then}, now {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating session yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate my skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate one skill you are focusing on this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back three months…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dashed line on the skill charts for each coaching session held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest rating beside an earlier one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three months ago: rated then, and seen with what you know now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements present in the encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n} {what} · {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w{n} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active weeks {n}/{of} · {totals} · {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Factual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Empathic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Generative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening-level exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monthly rating yet. Start one with &quot;Rate my skills&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n} of {total} skills rated · {now} beside {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n} skills · about {day} · looked back on {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which skill are you focusing on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating saved.</source>
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
    <name>RatingItemForm</name>
    <message>
        <source>{level} – {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One example from the last four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linked entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or link an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = unsure, 2 = fairly sure, 3 = sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sentence that fits best, or &quot;no evidence yet&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one example or link an entry: how do you know?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingReminderCard</name>
    <message>
        <source>Your monthly skill rating is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About five minutes: ten skills, each with one example from the last four weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the monthly skill rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingSessionDialog</name>
    <message>
        <source>Monthly skill rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly focus rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills to rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rating could not be saved: {n} problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating is saved. Here it is beside your previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first rating of these skills: nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this rating without saving it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Record form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The diary could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja could not open your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good backup of this diary was found. Restoring it keeps the current file aside, renamed, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore newest good backup ({date}, %n entries)</source>
        <translation>
            <numerusform>Restore newest good backup ({date}, %n entry)</numerusform>
            <numerusform>Restore newest good backup ({date}, %n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of this diary was found. You can open another diary file, or start a new empty diary: the current file is then moved aside, renamed, and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new empty diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from {date} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that could not be opened was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new empty diary at {path}? The current file will be moved aside, renamed, and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja diaries (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>The start-at-login setting could not be saved ({reason}). The reminder works while Työkirja is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment to write? Is there an encounter from today worth a few lines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me in 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used Työkirja for a week. Would a quiet reminder help you write? It comes only on days when you have not written yet, and you can snooze it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Työkirja when I log in (otherwise reminders come only while it is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No streaks and no counting: the reminder only says that there is a moment to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Työkirja starts with your session, for its reminders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>These words look like personal names: {words}. Other people should appear by role only. Go back and leave the entry out or change its text, or confirm below that they are not names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your levels and their anchor sentences for %n skills, from {sessions} rating sessions. Your examples and notes are not included.</source>
        <translation>
            <numerusform>Your levels and their anchor sentences for %n skill, from {sessions} rating sessions. Your examples and notes are not included.</numerusform>
            <numerusform>Your levels and their anchor sentences for %n skills, from {sessions} rating sessions. Your examples and notes are not included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counts per week over %n weeks: {totals}. Active weeks {x}/{y}.</source>
        <translation>
            <numerusform>Counts per week over %n week: {totals}. Active weeks {x}/{y}.</numerusform>
            <numerusform>Counts per week over %n weeks: {totals}. Active weeks {x}/{y}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals over %n entries: channels and situations, internal and external, difficulty, elements, listening levels and presence checks. No single entry is shown.</source>
        <translation>
            <numerusform>Totals over %n entry: channels and situations, internal and external, difficulty, elements, listening levels and presence checks. No single entry is shown.</numerusform>
            <numerusform>Totals over %n entries: channels and situations, internal and external, difficulty, elements, listening levels and presence checks. No single entry is shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scale answers of %n load and recovery checks, and the sources of load. No free text.</source>
        <translation>
            <numerusform>Scale answers of %n load and recovery check, and the sources of load. No free text.</numerusform>
            <numerusform>Scale answers of %n load and recovery checks, and the sources of load. No free text.</numerusform>
        </translation>
    </message>
    <message>
        <source>The anchor sentences of the rating scale (the same for everyone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Coach report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coach report was saved to {path}. Only the sections in the preview are in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleStep</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>What the report holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries are on to start with. Your own texts, feelings and load checks go along only if you tick them, every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover: period, date, and that this is your own report, not an appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to discuss (you write it on the next page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and experiments: wish, if–then plans, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and agreements: coaching sessions held, what was agreed and what came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes: only of sessions marked “notes may go into a coach report”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill profile: your levels over time and the anchor sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: how much you practised per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter patterns: totals only, no single entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback: asked, received, processed, loop closed; themes by skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: the rating scale&apos;s anchor sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text of entries and reflections you pick one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings in encounters: your most frequent feeling words, and feelings in the picked entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load and recovery checks (scales only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer metrics (NPS, CSAT, CES) logged on your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback in their words: what was said, and what you take and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On unless you untick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: only if you tick</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message>
        <source>Done earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier sessions of this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of {when} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill rating changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. coach, mentor (a role is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add flagged and due items to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the coach reflected back to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I realised myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes may go into a coach report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private by default: the notes stay on this computer unless ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach reflected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan your next coaching session here. Flag diary entries, exercises, ratings, goals and feedback for it with Ctrl+Shift+K; they gather on its agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) agreed in it stay, without the link to the session.</source>
        <translation>
            <numerusform>%n goal agreed in it stays, without the link to the session.</numerusform>
            <numerusform>%n goals agreed in it stay, without the link to the session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda gathered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement was not saved: write what you agreed, then add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement saved; it is on Today until done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillLineChart</name>
    <message>
        <source>{day}: level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementStep</name>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this plan as an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the plan as a goal with a review in a week (see Goals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How useful was this? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usefulness {n} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How useful was this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers were stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a goal: you find it under Goals</source>
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
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a quick reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three minutes on one encounter of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You practised in {n} of the last {of} weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week with even one exercise or diary entry counts as an active week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to see you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to see you again. A one-minute exercise is a gentle way to start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the follow-up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the follow-up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the goal: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with my coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the goal: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done: {agreement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick entries to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the entry: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this unfinished exercise? Its answers so far are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up dismissed.</source>
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
        <source>Exercise session {index} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up {index} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback request {index} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {index} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise session {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback request {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” has a date outside the years {min}–{max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” must be a whole number from {min} to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” holds a number too large for Työkirja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the answer in the field “{field}” does not fit its exercise step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is nested too deeply: its lists and objects go more than {depth} levels deep, and no Työkirja export does. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching session {index} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next-session flag {index} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement {index} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching session {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next-session flag {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has a coaching session with this id, with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has a next-session flag with this id, with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has an agreement with this id, with different content.</source>
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
        <source>{where} is larger than one record of an export can be (over {size} MB of text, or too many values). Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {size} MB, more than an export can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than {count} records of one kind, more than Työkirja can import at once. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Make sure no other program is writing it, and import it again.</source>
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
        <source>{where}: the field “{field}” has a value this version of Työkirja does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise sessions</source>
        <translation>
            <numerusform>%n exercise session</numerusform>
            <numerusform>%n exercise sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback requests</source>
        <translation>
            <numerusform>%n feedback request</numerusform>
            <numerusform>%n feedback requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching sessions</source>
        <translation>
            <numerusform>%n coaching session</numerusform>
            <numerusform>%n coaching sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n next-session flags</source>
        <translation>
            <numerusform>%n next-session flag</numerusform>
            <numerusform>%n next-session flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {records} into {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no entries or practice records, so nothing was added to {path}.</source>
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
    <message>
        <source>There is no report section called {detail}. The sections are: {sections}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report can be written in Finnish (fi) or English (en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda takes up to three short lines (400 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period: the last four weeks, the last three months, the last twelve months or since a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report options do not work together. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill rating {index} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared report {index} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill rating {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared report {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has an exercise session with this id, with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has a follow-up with this id, with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has a feedback request with this id, with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has a goal with this id, with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has a skill rating with this id, with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has a shared report with this id, with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the diary already has an entry with this id, with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether to keep both side by side or to skip the conflicting records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skill ratings</source>
        <translation>
            <numerusform>%n skill rating</numerusform>
            <numerusform>%n skill ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared reports</source>
        <translation>
            <numerusform>%n shared report</numerusform>
            <numerusform>%n shared reports</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds {new}, {same} and {conflicting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new records</source>
        <translation>
            <numerusform>%n new record</numerusform>
            <numerusform>%n new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the diary</source>
        <translation>
            <numerusform>%n already in the diary</numerusform>
            <numerusform>%n already in the diary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting</source>
        <translation>
            <numerusform>%n conflicting</numerusform>
            <numerusform>%n conflicting</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting “{key}” differs from this diary&apos;s; the diary keeps its own.</source>
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
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Työkirja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private workbook for your encounters at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the encounters that matter – a customer call, a meeting, a hard talk – in a few lines. Everything stays on this computer; nothing leaves unless you export it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short exercises, one step at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today suggests one short exercise: a three-minute reflection, a listening drill, a plan for a difficult talk. Weeks with practice count; nothing resets to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it to your coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag things for your next coaching session with Ctrl+Shift+K. The Coaching area gathers them into an agenda, keeps what you agree, and the guide (F1) explains the ideas behind the exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using Työkirja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearStrip</name>
    <message>
        <source>Active weeks in {year}: {active} of {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
