<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Asialista</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Ylös</translation>
    </message>
    <message>
        <source>Move the agenda item up</source>
        <translation>Siirrä asia ylemmäs</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Alas</translation>
    </message>
    <message>
        <source>Move the agenda item down</source>
        <translation>Siirrä asia alemmas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the agenda item</source>
        <translation>Poista asia asialistalta</translation>
    </message>
    <message>
        <source>A question of my own</source>
        <translation>Oma kysymys</translation>
    </message>
    <message>
        <source>Own question</source>
        <translation>Oma kysymys</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lisää kysymys</translation>
    </message>
    <message>
        <source>Add the question to the agenda</source>
        <translation>Lisää kysymys asialistalle</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>What I want to discuss</source>
        <translation>Mistä haluan puhua</translation>
    </message>
    <message>
        <source>Up to three short lines for your coach: questions or themes for the session.</source>
        <translation>Enintään kolme lyhyttä riviä valmentajallesi: kysymyksiä tai teemoja tapaamiseen.</translation>
    </message>
    <message>
        <source>Goals in the report</source>
        <translation>Raportin tavoitteet</translation>
    </message>
    <message>
        <source>Goals and experiments in the report:</source>
        <translation>Raporttiin tulevat tavoitteet ja kokeilut:</translation>
    </message>
    <message>
        <source>Bring the agenda of my next coaching session</source>
        <translation>Ota mukaan seuraavan valmennuskerran asialista</translation>
    </message>
    <message>
        <source>Up to three lines and 400 characters, please.</source>
        <translation>Enintään kolme riviä ja 400 merkkiä.</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Experiment (if–then)</source>
        <translation>Kokeilu (jos–niin)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Harjoitus</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <source>What I agreed to do</source>
        <translation>Mitä sovin tekeväni</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Uusi sopimus</translation>
    </message>
    <message>
        <source>Agreement becomes</source>
        <translation>Sopimuksesta tulee</translation>
    </message>
    <message>
        <source>If…</source>
        <translation>Jos…</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Jos</translation>
    </message>
    <message>
        <source>…then I</source>
        <translation>…niin minä</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Niin</translation>
    </message>
    <message>
        <source>Exercise to do</source>
        <translation>Tehtävä harjoitus</translation>
    </message>
    <message>
        <source>Review or do by</source>
        <translation>Arvioi tai tee viimeistään</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Lisää sopimus</translation>
    </message>
    <message>
        <source>Add the agreement</source>
        <translation>Lisää sopimus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The backup was restored.</source>
        <translation>Varmuuskopio palautettiin.</translation>
    </message>
    <message>
        <source>The previous diary file was kept as {path}.</source>
        <translation>Aiempi päiväkirjatiedosto säilytettiin nimellä {path}.</translation>
    </message>
    <message>
        <source>There is no diary at {path}. Create a new, empty diary there?</source>
        <translation>Polussa {path} ei ole päiväkirjaa. Luodaanko sinne uusi, tyhjä päiväkirja?</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist either; it would be created.</source>
        <translation>Myöskään kansiota {folder} ei ole; se luotaisiin.</translation>
    </message>
    <message>
        <source>Create a new diary</source>
        <translation>Luo uusi päiväkirja</translation>
    </message>
    <message>
        <source>Move that file aside now (it is renamed and kept, not deleted) and open the diary?</source>
        <translation>Siirretäänkö tiedosto nyt sivuun (se nimetään uudelleen ja säilytetään, ei poisteta) ja avataan päiväkirja?</translation>
    </message>
    <message>
        <source>Move aside and open</source>
        <translation>Siirrä sivuun ja avaa</translation>
    </message>
    <message>
        <source>The other copy&apos;s change log was kept as {path}.</source>
        <translation>Toisen kopion muutosloki säilytettiin nimellä {path}.</translation>
    </message>
    <message>
        <source>Other users of this computer may look into the folder {folder}.</source>
        <translation>Tämän tietokoneen muut käyttäjät voivat katsoa kansioon {folder}.</translation>
    </message>
    <message>
        <source>Työkirja is already open with this diary. Switch to the open window instead.</source>
        <translation>Työkirja on jo auki tällä päiväkirjalla. Siirry avoinna olevaan ikkunaan.</translation>
    </message>
    <message>
        <source>No diary was opened or created.</source>
        <translation>Päiväkirjaa ei avattu eikä luotu.</translation>
    </message>
    <message>
        <source>The exercise or rating texts that come with Työkirja could not be read, so it cannot start. Your diary was not changed. Reinstall Työkirja.</source>
        <translation>Työkirjan mukana tulevia harjoitus- tai arviointitekstejä ei voitu lukea, joten sovellus ei voi käynnistyä. Päiväkirjaasi ei muutettu. Asenna Työkirja uudelleen.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up now…</source>
        <translation>Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Kept backups…</source>
        <translation>Säilytettävät varmuuskopiot…</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Varmuuskopio tehty.</translation>
    </message>
    <message>
        <source>The automatic backup failed:</source>
        <translation>Automaattinen varmuuskopiointi epäonnistui:</translation>
    </message>
    <message>
        <source>A backup cannot replace the diary itself. Choose another file.</source>
        <translation>Varmuuskopio ei voi korvata itse päiväkirjaa. Valitse toinen tiedosto.</translation>
    </message>
    <message>
        <source>Backup saved to {path}.</source>
        <translation>Varmuuskopio tallennettu: {path}.</translation>
    </message>
    <message>
        <source>Back up the diary</source>
        <translation>Varmuuskopioi päiväkirja</translation>
    </message>
    <message>
        <source>Työkirja backups (*.sqlite)</source>
        <translation>Työkirjan varmuuskopiot (*.sqlite)</translation>
    </message>
    <message numerus="yes">
        <source>Työkirja keeps %n automatic backups.</source>
        <translation>
            <numerusform>Työkirja säilyttää %n automaattisen varmuuskopion.</numerusform>
            <numerusform>Työkirja säilyttää %n automaattista varmuuskopiota.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupKeepDialog</name>
    <message>
        <source>Kept backups</source>
        <translation>Säilytettävät varmuuskopiot</translation>
    </message>
    <message>
        <source>Työkirja makes a backup of the diary when it starts and once a day, and deletes the oldest automatic backups beyond this number. Backups you make yourself are never deleted.</source>
        <translation>Työkirja varmuuskopioi päiväkirjan käynnistyessään ja kerran päivässä ja poistaa vanhimmat automaattiset varmuuskopiot, kun tämä määrä ylittyy. Itse tekemiäsi varmuuskopioita ei koskaan poisteta.</translation>
    </message>
    <message>
        <source>Number of kept backups</source>
        <translation>Säilytettävien varmuuskopioiden määrä</translation>
    </message>
    <message>
        <source>Keep backups:</source>
        <translation>Säilytä varmuuskopioita:</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Työkirja then closes the diary and opens it again with the backup&apos;s entries. The current diary file is kept aside, renamed, so nothing is deleted.</source>
        <translation>Valitse palautettava varmuuskopio. Työkirja sulkee päiväkirjan ja avaa sen uudelleen varmuuskopion merkinnöillä. Nykyinen päiväkirjatiedosto siirretään sivuun uudella nimellä, joten mitään ei poisteta.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>No backups of this diary yet.</source>
        <translation>Tästä päiväkirjasta ei ole vielä varmuuskopioita.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Palauta…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>{date} — cannot be read</source>
        <translation>{date} — ei voi lukea</translation>
    </message>
    <message numerus="yes">
        <source>{date} — %n entries</source>
        <translation>
            <numerusform>{date} — %n merkintä</numerusform>
            <numerusform>{date} — %n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>(copy taken before an update)</source>
        <translation>(päivitystä edeltänyt kopio)</translation>
    </message>
    <message>
        <source>Restore the backup from {date}? The diary closes and opens again with the backup&apos;s entries; the current file is kept aside.</source>
        <translation>Palautetaanko varmuuskopio ajalta {date}? Päiväkirja sulkeutuu ja avautuu uudelleen varmuuskopion merkinnöillä; nykyinen tiedosto säilytetään sivussa.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message numerus="yes">
        <source>Restore {path} (%n entries)? The diary closes and opens again with the backup&apos;s entries; the current file is kept aside.</source>
        <translation>
            <numerusform>Palautetaanko {path} (%n merkintä)? Päiväkirja sulkeutuu ja avautuu uudelleen varmuuskopion merkinnöillä; nykyinen tiedosto säilytetään sivussa.</numerusform>
            <numerusform>Palautetaanko {path} (%n merkintää)? Päiväkirja sulkeutuu ja avautuu uudelleen varmuuskopion merkinnöillä; nykyinen tiedosto säilytetään sivussa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <source>Työkirja backups (*.sqlite);;All files (*)</source>
        <translation>Työkirjan varmuuskopiot (*.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show for this period yet.</source>
        <translation>Tältä jaksolta ei ole vielä mitään näytettävää.</translation>
    </message>
</context>
<context>
    <name>ChipSet</name>
    <message>
        <source>Arrow keys move between the words; Space chooses or clears a word.</source>
        <translation>Nuolinäppäimet siirtävät sanasta toiseen; välilyönti valitsee sanan tai poistaa valinnan.</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>— not chosen —</source>
        <translation>— ei valittu —</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Työkirja, a private workbook for the encounters you lead at work. Without a command, opens the app.</source>
        <translation>Työkirja on yksityinen työkirja työssä johtamiisi kohtaamisiin. Ilman komentoa avautuu sovellus.</translation>
    </message>
    <message>
        <source>the diary file (default: $TYOKIRJA_DB, then the app data folder)</source>
        <translation>päiväkirjatiedosto (oletus: $TYOKIRJA_DB, sitten sovelluksen datakansio)</translation>
    </message>
    <message>
        <source>language of the app and its messages</source>
        <translation>sovelluksen ja sen ilmoitusten kieli</translation>
    </message>
    <message>
        <source>write the whole diary to a file</source>
        <translation>kirjoita koko päiväkirja tiedostoon</translation>
    </message>
    <message>
        <source>the JSON exchange format (docs/exchange-format.md)</source>
        <translation>JSON-siirtomuoto (docs/exchange-format.md)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>kirjoitettava tiedosto</translation>
    </message>
    <message>
        <source>list entries that contain the words, newest first</source>
        <translation>listaa merkinnät, joissa sanat esiintyvät, uusin ensin</translation>
    </message>
    <message>
        <source>write a consistent copy of the diary to a file</source>
        <translation>kirjoita päiväkirjasta eheä kopio tiedostoon</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>kirjoitettava varmuuskopiotiedosto</translation>
    </message>
    <message>
        <source>replace the diary with a backup; the current file is kept aside, never overwritten</source>
        <translation>korvaa päiväkirja varmuuskopiolla; nykyinen tiedosto säilytetään sivussa eikä sitä koskaan kirjoiteta yli</translation>
    </message>
    <message>
        <source>a backup of a Työkirja diary</source>
        <translation>Työkirjan päiväkirjan varmuuskopio</translation>
    </message>
    <message>
        <source>write a coach report (PDF) with only the sections you choose</source>
        <translation>kirjoita valmennusraportti (PDF), jossa on vain valitsemasi osiot</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>kirjoitettava PDF-tiedosto</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD (default: three months back)</source>
        <translation>jakson ensimmäinen päivä muodossa VVVV-KK-PP (oletus: kolme kuukautta taaksepäin)</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: today)</source>
        <translation>jakson viimeinen päivä muodossa VVVV-KK-PP (oletus: tänään)</translation>
    </message>
    <message>
        <source>language of the report (default: the app&apos;s language)</source>
        <translation>raportin kieli (oletus: sovelluksen kieli)</translation>
    </message>
    <message>
        <source>sections to add to the default ones: {sections}</source>
        <translation>oletusosioiden lisäksi otettavat osiot: {sections}</translation>
    </message>
    <message>
        <source>default sections to leave out</source>
        <translation>pois jätettävät oletusosiot</translation>
    </message>
    <message>
        <source>what you want to discuss, up to three lines</source>
        <translation>mistä haluat puhua, enintään kolme riviä</translation>
    </message>
    <message>
        <source>write the report even if the text that leaves has words that look like personal names (you have checked them)</source>
        <translation>kirjoita raportti, vaikka lähtevässä tekstissä on nimiltä näyttäviä sanoja (olet tarkistanut ne)</translation>
    </message>
    <message>
        <source>not a date: {text} (write it as YYYY-MM-DD)</source>
        <translation>ei ole päivämäärä: {text} (kirjoita muodossa VVVV-KK-PP)</translation>
    </message>
    <message>
        <source>{text} is outside the years {first}–{last}</source>
        <translation>{text} on vuosien {first}–{last} ulkopuolella</translation>
    </message>
    <message>
        <source>check the diary file without changing it and list every problem found (exit 0: in good order, 2: problems found or not a diary, 1: could not be checked)</source>
        <translation>tarkista päiväkirjatiedosto muuttamatta sitä ja luettele kaikki löydetyt viat (paluuarvo 0: kunnossa, 2: vikoja tai ei päiväkirja, 1: tarkistus ei onnistunut)</translation>
    </message>
    <message>
        <source>There is no diary at {path}. Nothing was done; give the right file with --db.</source>
        <translation>Polussa {path} ei ole päiväkirjaa. Mitään ei tehty; anna oikea tiedosto valitsimella --db.</translation>
    </message>
    <message>
        <source>for an encrypted diary when not run in a terminal: read the passphrase from the first line of FILE</source>
        <translation>salatulle päiväkirjalle, kun komentoa ei ajeta päätteessä: lue tunnuslause tiedoston FILE ensimmäiseltä riviltä</translation>
    </message>
    <message>
        <source>The passphrase file {path} could not be read. Nothing was done.</source>
        <translation>Tunnuslausetiedostoa {path} ei voitu lukea. Mitään ei tehty.</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted diary: </source>
        <translation>Salatun päiväkirjan tunnuslause: </translation>
    </message>
    <message>
        <source>The diary is encrypted. Run the command in a terminal to be asked for its passphrase, or give it with --passphrase-file FILE. Nothing was done.</source>
        <translation>Päiväkirja on salattu. Aja komento päätteessä, jolloin tunnuslausetta kysytään, tai anna se valitsimella --passphrase-file FILE. Mitään ei tehty.</translation>
    </message>
    <message>
        <source>No passphrase was given. Nothing was done.</source>
        <translation>Tunnuslausetta ei annettu. Mitään ei tehty.</translation>
    </message>
    <message>
        <source>words to look for (each also finds its inflected forms); &quot;exact phrase&quot;, -word to leave out, OR between two words for either</source>
        <translation>etsittävät sanat (kukin löytää myös taivutetut muotonsa); &quot;tarkka ilmaus&quot;, -sana jättää pois, OR kahden sanan välissä: jompikumpi</translation>
    </message>
    <message>
        <source>print the hits as JSON: kind, id, time, title, snippet and the matched ranges in it</source>
        <translation>tulosta osumat JSON-muodossa: laji, tunniste, aika, otsikko, katkelma ja osuneiden kohtien sijainnit siinä</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is {backup} ({date}, %n entries). To restore it (the damaged file is kept aside): tyokirja --db {path} restore {backup}</source>
        <translation>
            <numerusform>Uusin ehjä varmuuskopio on {backup} ({date}, %n merkintä). Palauta se näin (vioittunut tiedosto säilytetään sivussa): tyokirja --db {path} restore {backup}</numerusform>
            <numerusform>Uusin ehjä varmuuskopio on {backup} ({date}, %n merkintää). Palauta se näin (vioittunut tiedosto säilytetään sivussa): tyokirja --db {path} restore {backup}</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file: {percent} %</source>
        <translation>Tarkistetaan tiedostoa: {percent} %</translation>
    </message>
    <message>
        <source>The export file would replace the diary itself. Give another --output file.</source>
        <translation>Vientitiedosto korvaisi itse päiväkirjan. Anna toinen --output-tiedosto.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to {path}.</source>
        <translation>
            <numerusform>Vietiin %n merkintä tiedostoon {path}.</numerusform>
            <numerusform>Vietiin %n merkintää tiedostoon {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation>Anna haettavat sanat.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Harjoitus</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Palautepyyntö</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>No entries match the search.</source>
        <translation>Haulla ei löytynyt merkintöjä.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the diary was not closed cleanly last time; its unsaved-to-file changes (%n transactions) are applied when it is next opened.</source>
        <translation>
            <numerusform>Huom: päiväkirjaa ei viimeksi suljettu siististi; sen tiedostoon vielä kirjoittamaton muutos (%n tapahtuma) otetaan käyttöön, kun päiväkirja seuraavan kerran avataan.</numerusform>
            <numerusform>Huom: päiväkirjaa ei viimeksi suljettu siististi; sen tiedostoon vielä kirjoittamattomat muutokset (%n tapahtumaa) otetaan käyttöön, kun päiväkirja seuraavan kerran avataan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: other users of this computer may look into the folder {folder}. Consider making it private (chmod 700).</source>
        <translation>Huom: tämän tietokoneen muut käyttäjät voivat katsoa kansioon {folder}. Harkitse sen muuttamista yksityiseksi (chmod 700).</translation>
    </message>
    <message>
        <source>The diary is not in good order. Nothing was changed.</source>
        <translation>Päiväkirja ei ole kunnossa. Mitään ei muutettu.</translation>
    </message>
    <message numerus="yes">
        <source>The diary is in good order: %n entries.</source>
        <translation>
            <numerusform>Päiväkirja on kunnossa: %n merkintä.</numerusform>
            <numerusform>Päiväkirja on kunnossa: %n merkintää.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file would replace the diary itself. Give another --output file.</source>
        <translation>Varmuuskopio korvaisi itse päiväkirjan. Anna toinen --output-tiedosto.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n entries to {path}.</source>
        <translation>
            <numerusform>Varmuuskopioitiin %n merkintä tiedostoon {path}.</numerusform>
            <numerusform>Varmuuskopioitiin %n merkintää tiedostoon {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup file at {path}. Nothing was changed.</source>
        <translation>Polussa {path} ei ole varmuuskopiota. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The backup is the diary file itself. Nothing was changed.</source>
        <translation>Varmuuskopio on itse päiväkirjatiedosto. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The diary is open in Työkirja. Close the app first; nothing was changed.</source>
        <translation>Päiväkirja on auki Työkirjassa. Sulje sovellus ensin; mitään ei muutettu.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n entries from {backup} into {path}.</source>
        <translation>
            <numerusform>Palautettiin %n merkintä varmuuskopiosta {backup} päiväkirjaan {path}.</numerusform>
            <numerusform>Palautettiin %n merkintää varmuuskopiosta {backup} päiväkirjaan {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous diary file was kept as {aside}.</source>
        <translation>Aiempi päiväkirjatiedosto säilytettiin nimellä {aside}.</translation>
    </message>
    <message>
        <source>The report would replace the diary itself. Give another --output file.</source>
        <translation>Raportti korvaisi itse päiväkirjan. Anna toinen --output-tiedosto.</translation>
    </message>
    <message>
        <source>The text that would leave has words that may be personal names: {words}. Nothing was written. Change the text so that people appear by role only, or, if these are not names, run again with --names-checked.</source>
        <translation>Lähtevässä tekstissä on sanoja, jotka voivat olla henkilöiden nimiä: {words}. Mitään ei kirjoitettu. Muuta tekstiä niin, että ihmiset mainitaan vain roolinsa mukaan, tai jos nämä eivät ole nimiä, aja komento uudelleen valitsimella --names-checked.</translation>
    </message>
    <message>
        <source>Wrote the coach report for {period} to {path} ({sections}).</source>
        <translation>Valmennusraportti jaksolta {period} kirjoitettiin tiedostoon {path} ({sections}).</translation>
    </message>
    <message>
        <source>readable text: entries, exercises, feedback, goals and skill ratings</source>
        <translation>luettava teksti: merkinnät, harjoitukset, palautteet, tavoitteet ja taitoarviot</translation>
    </message>
    <message>
        <source>the file to write (with --per-month: a folder)</source>
        <translation>kirjoitettava tiedosto (--per-month-valinnalla kansio)</translation>
    </message>
    <message>
        <source>one file per month (YYYY-MM.md) in the folder --output</source>
        <translation>yksi tiedosto kuukautta kohden (VVVV-KK.md) kansioon --output</translation>
    </message>
    <message>
        <source>the entries as a spreadsheet table (semicolons, UTF-8 with BOM)</source>
        <translation>merkinnät taulukkona (puolipisteet, UTF-8 ja BOM)</translation>
    </message>
    <message>
        <source>only records from this day on</source>
        <translation>vain tästä päivästä alkaen</translation>
    </message>
    <message>
        <source>only records up to this day</source>
        <translation>vain tähän päivään asti</translation>
    </message>
    <message>
        <source>only records that contain these words</source>
        <translation>vain tiedot, joissa on nämä sanat</translation>
    </message>
    <message>
        <source>add what is new in a JSON export, or in another journal&apos;s export, to the diary (all or nothing); records already there are left as they are</source>
        <translation>lisää JSON-viennin tai toisen päiväkirjaohjelman viennin uudet tiedot päiväkirjaan (kaikki tai ei mitään); jo olevat tiedot jätetään ennalleen</translation>
    </message>
    <message>
        <source>a Työkirja JSON export; with --from: jrnl&apos;s JSON export, Day One&apos;s export zip, or RedNotebook&apos;s data folder</source>
        <translation>Työkirjan JSON-vienti; --from-valitsimen kanssa jrnl:n JSON-vienti, Day Onen vientizip tai RedNotebookin datakansio</translation>
    </message>
    <message>
        <source>the program the file comes from (default: tyokirja); other journals&apos; texts come in as quick entries to complete</source>
        <translation>ohjelma, josta tiedosto on peräisin (oletus: tyokirja); muiden päiväkirjojen tekstit tuodaan täydennettävinä pikakirjauksina</translation>
    </message>
    <message>
        <source>only count what is new, already there and conflicting; change nothing</source>
        <translation>laske vain uudet, jo olevat ja ristiriitaiset tiedot; älä muuta mitään</translation>
    </message>
    <message>
        <source>records whose id the diary holds with other content: keep both side by side (the file&apos;s gets a new id) or skip them</source>
        <translation>tiedot, joiden id on päiväkirjassa eri sisällöllä: säilytä molemmat rinnakkain (tiedoston versio saa uuden id:n) tai ohita ne</translation>
    </message>
    <message>
        <source>The period starts after it ends. Check --from and --to.</source>
        <translation>Jakso alkaa vasta päättymisensä jälkeen. Tarkista --from ja --to.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Koeajo: mitään ei muutettu.</translation>
    </message>
    <message>
        <source>To import it, add --conflicts keep-both (both side by side) or --conflicts skip (the diary&apos;s stays).</source>
        <translation>Tuo se lisäämällä --conflicts keep-both (molemmat rinnakkain) tai --conflicts skip (päiväkirjan oma jää).</translation>
    </message>
    <message>
        <source>list the coaching sessions, show one, or print the next session&apos;s agenda</source>
        <translation>listaa valmennuskerrat, näytä yksi tai tulosta seuraavan kerran asialista</translation>
    </message>
    <message>
        <source>every session, oldest first, with its number</source>
        <translation>kaikki kerrat vanhimmasta alkaen numeroineen</translation>
    </message>
    <message>
        <source>one session: agenda, notes and agreements</source>
        <translation>yksi kerta: asialista, muistiinpanot ja sopimukset</translation>
    </message>
    <message>
        <source>the session&apos;s number in the list</source>
        <translation>kerran numero listassa</translation>
    </message>
    <message>
        <source>the agenda of the next planned session, as it stands now</source>
        <translation>seuraavan suunnitellun kerran asialista sellaisena kuin se nyt on</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <source>held</source>
        <translation>pidetty</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>seurattu</translation>
    </message>
    <message>
        <source>face to face</source>
        <translation>kasvokkain</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>open</source>
        <translation>kesken</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <source>goal active</source>
        <translation>tavoite käynnissä</translation>
    </message>
    <message>
        <source>goal continues</source>
        <translation>tavoite jatkuu</translation>
    </message>
    <message>
        <source>goal adapted</source>
        <translation>tavoitetta muutettu</translation>
    </message>
    <message>
        <source>goal ended</source>
        <translation>tavoite päättynyt</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Merkitty</translation>
    </message>
    <message>
        <source>Goal review due</source>
        <translation>Tavoitteen arvio</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <source>Skill rating changed</source>
        <translation>Taitoarvio muuttui</translation>
    </message>
    <message>
        <source>Agreed last time</source>
        <translation>Sovittiin viimeksi</translation>
    </message>
    <message>
        <source>My question</source>
        <translation>Oma kysymys</translation>
    </message>
    <message>
        <source>No coaching sessions yet. Plan one in the app&apos;s Coaching area.</source>
        <translation>Valmennuskertoja ei vielä ole. Suunnittele kerta sovelluksen Valmennus-osiossa.</translation>
    </message>
    <message>
        <source>coaching session</source>
        <translation>valmennuskerta</translation>
    </message>
    <message>
        <source>agenda {items}, agreements {agreed}</source>
        <translation>asialistalla {items}, sopimuksia {agreed}</translation>
    </message>
    <message>
        <source>There is no session {n}: the list has {count}. See `tyokirja sessions list`.</source>
        <translation>Kertaa {n} ei ole: listassa on {count}. Katso `tyokirja sessions list`.</translation>
    </message>
    <message>
        <source>Coach reflected</source>
        <translation>Valmentajan peilaus</translation>
    </message>
    <message>
        <source>My insights</source>
        <translation>Omat oivallukset</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <source>No session is planned. Plan the next one in the app&apos;s Coaching area, then its agenda gathers here.</source>
        <translation>Yhtään kertaa ei ole suunniteltu. Suunnittele seuraava sovelluksen Valmennus-osiossa, niin sen asialista kertyy tähän.</translation>
    </message>
    <message>
        <source>Next session {when}</source>
        <translation>Seuraava kerta {when}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Asialista</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(ei vielä mitään)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something unexpected went wrong inside Työkirja. Entries you have saved are safe, and the text you were writing is kept as a draft that is offered at the next start.

If you want to report the problem, copy the report below. It contains no diary text.</source>
        <translation>Työkirjassa tapahtui odottamaton virhe. Tallentamasi merkinnät ovat tallessa, ja kirjoittamasi teksti on säilytetty luonnoksena, joka tarjotaan seuraavalla käynnistyskerralla.

Jos haluat ilmoittaa ongelmasta, kopioi alla oleva raportti. Siinä ei ole päiväkirjan tekstiä.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Virheraportti</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopioi raportti</translation>
    </message>
</context>
<context>
    <name>DiaryCalendar</name>
    <message>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Edellinen kuukausi (Page Up)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Seuraava kuukausi (Page Down)</translation>
    </message>
    <message>
        <source>{date}, no encounters</source>
        <translation>{date}, ei kohtaamisia</translation>
    </message>
    <message numerus="yes">
        <source>{date}, %n encounter(s)</source>
        <translation>
            <numerusform>{date}, %n kohtaaminen</numerusform>
            <numerusform>{date}, %n kohtaamista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary entries</source>
        <translation>Päiväkirjan merkinnät</translation>
    </message>
    <message>
        <source>No entries match the search and filters.</source>
        <translation>Haulla ja suodattimilla ei löytynyt merkintöjä.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <source>Choose an entry from the list, or start a new one with New entry (Ctrl+N).</source>
        <translation>Valitse merkintä listasta tai aloita uusi kohdasta Uusi merkintä (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Uusi merkintä</translation>
    </message>
    <message>
        <source>&amp;Quick entry</source>
        <translation>&amp;Pikakirjaus</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Tallenna merkintä</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>&amp;Poista merkintä</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Kumoa poisto</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Kalenteri</translation>
    </message>
    <message>
        <source>Diary actions</source>
        <translation>Päiväkirjan toiminnot</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Tallennettu {time}</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}</source>
        <translation>Ei vielä tallennettu: {problem}</translation>
    </message>
    <message>
        <source>The entry you left is not complete yet ({problem}), so it was kept as an unsaved draft. Open it again to finish it.</source>
        <translation>Merkintä, jolta siirryit, on vielä kesken ({problem}), joten se säilytettiin tallentamattomana luonnoksena. Avaa se uudelleen viimeistelläksesi sen.</translation>
    </message>
    <message>
        <source>Close anyway? The changes you have not saved will be lost.</source>
        <translation>Suljetaanko silti? Tallentamattomat muutokset menetetään.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Sulje silti</translation>
    </message>
    <message>
        <source>Your unfinished new entry is open again: give it a title and save it, or clear its text to start afresh.</source>
        <translation>Keskeneräinen uusi merkintäsi on taas auki: anna sille otsikko ja tallenna se, tai tyhjennä teksti ja aloita alusta.</translation>
    </message>
    <message>
        <source>Showing your unsaved changes to this entry.</source>
        <translation>Näytetään tämän merkinnän tallentamattomat muutokset.</translation>
    </message>
    <message>
        <source>Discard this new entry? It has not been saved, and its text will be lost.</source>
        <translation>Hylätäänkö tämä uusi merkintä? Sitä ei ole tallennettu, ja sen teksti menetetään.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>Merkintä palautettu.</translation>
    </message>
    <message>
        <source>Draft restored. It is not saved yet: save it with Ctrl+S.</source>
        <translation>Luonnos palautettu. Sitä ei ole vielä tallennettu: tallenna se näppäimillä Ctrl+S.</translation>
    </message>
    <message>
        <source>Quick entry saved. It is marked to be completed later.</source>
        <translation>Pikakirjaus tallennettu. Se on merkitty täydennettäväksi myöhemmin.</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Unsaved text found</source>
        <translation>Tallentamatonta tekstiä löytyi</translation>
    </message>
    <message>
        <source>Työkirja was closed while you were still writing. This text was kept for you. Restore it to the editor to continue, or discard it.</source>
        <translation>Työkirja suljettiin kesken kirjoittamisen. Tämä teksti säilytettiin sinulle. Palauta se muokkaimeen jatkaaksesi tai hylkää se.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Tallentamattomat luonnokset</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Päätä &amp;myöhemmin</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ei otsikkoa)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Uusi merkintä</translation>
    </message>
    <message>
        <source>Changes to a saved entry</source>
        <translation>Muutoksia tallennettuun merkintään</translation>
    </message>
    <message>
        <source>{kind}, last edited {time}</source>
        <translation>{kind}, muokattu viimeksi {time}</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Behind this figure</source>
        <translation>Luvun takana</translation>
    </message>
    <message>
        <source>Entries and sessions behind this figure</source>
        <translation>Luvun takana olevat merkinnät ja arviot</translation>
    </message>
    <message>
        <source>Nothing behind this figure.</source>
        <translation>Tämän luvun takana ei ole mitään.</translation>
    </message>
    <message>
        <source>Open one with Enter or a double click.</source>
        <translation>Avaa rivi Enterillä tai kaksoisnapsautuksella.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the chosen rating session</source>
        <translation>Poista valittu taitoarvio</translation>
    </message>
    <message>
        <source>Rating session deleted: {what}</source>
        <translation>Taitoarvio poistettiin: {what}</translation>
    </message>
</context>
<context>
    <name>EarlierAnswers</name>
    <message>
        <source>Your answers so far</source>
        <translation>Vastauksesi tähän asti</translation>
    </message>
</context>
<context>
    <name>ElementsEditor</name>
    <message>
        <source>Not set</source>
        <translation>Ei valittu</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Osin</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>{element}: {level}</source>
        <translation>{element}: {level}</translation>
    </message>
</context>
<context>
    <name>EmptyDiaryState</name>
    <message>
        <source>Your diary is still empty.</source>
        <translation>Päiväkirjasi on vielä tyhjä.</translation>
    </message>
    <message>
        <source>Write down a work encounter that stayed on your mind. New entry opens the whole form; Quick entry takes half a minute now, and you can complete it later.</source>
        <translation>Kirjaa työssä sattunut kohtaaminen, joka jäi mieleen. Uusi merkintä avaa koko lomakkeen; pikakirjaus vie nyt puoli minuuttia, ja voit täydentää sen myöhemmin.</translation>
    </message>
</context>
<context>
    <name>EncounterChoice</name>
    <message>
        <source>Search the diary</source>
        <translation>Hae päiväkirjasta</translation>
    </message>
    <message>
        <source>Search the diary…</source>
        <translation>Hae päiväkirjasta…</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Päiväkirjan merkinnät</translation>
    </message>
    <message>
        <source>New quick entry…</source>
        <translation>Uusi pikamerkintä…</translation>
    </message>
    <message>
        <source>New quick entry</source>
        <translation>Uusi pikamerkintä</translation>
    </message>
</context>
<context>
    <name>EncounterDelegate</name>
    <message>
        <source>to complete</source>
        <translation>täydennettävä</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Entry form</source>
        <translation>Merkinnän lomake</translation>
    </message>
    <message>
        <source>The encounter</source>
        <translation>Kohtaaminen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>For example: Customer upset about a late delivery</source>
        <translation>Esimerkiksi: Asiakas harmissaan myöhästyneestä toimituksesta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Fill in later</source>
        <translation>Täydennä myöhemmin</translation>
    </message>
    <message>
        <source>Marks a quick entry that still needs completing. Untick it once the entry is complete.</source>
        <translation>Merkitsee pikakirjauksen, joka odottaa täydentämistä. Poista valinta, kun merkintä on valmis.</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>Roolini</translation>
    </message>
    <message>
        <source>Counterpart (role)</source>
        <translation>Kenen kanssa (rooli)</translation>
    </message>
    <message>
        <source>Internal or external</source>
        <translation>Sisäinen vai ulkoinen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Write down the other person&apos;s role only, never their name: they have not agreed to be written about.</source>
        <translation>Kirjaa toisesta vain rooli, ei koskaan nimeä: hän ei ole antanut lupaa siihen, että hänestä kirjoitetaan.</translation>
    </message>
    <message>
        <source>Difficulty not rated</source>
        <translation>Vaikeutta ei arvioitu</translation>
    </message>
    <message>
        <source>Difficulty {n} of 5</source>
        <translation>Vaikeus {n}/5</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ei arvioitu</translation>
    </message>
    <message>
        <source>1 = easy, 5 = very hard</source>
        <translation>1 = helppo, 5 = hyvin vaikea</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Vaikeus</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>Only what a camera would have recorded: who said and did what.</source>
        <translation>Vain se, minkä kamera olisi tallentanut: kuka sanoi ja teki mitä.</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>What happened (observations)</source>
        <translation>Mitä tapahtui (havainnot)</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Tunteet</translation>
    </message>
    <message>
        <source>My feelings</source>
        <translation>Omat tunteeni</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Omin sanoin</translation>
    </message>
    <message>
        <source>My feelings in my own words</source>
        <translation>Omat tunteeni omin sanoin</translation>
    </message>
    <message>
        <source>Their feelings (my guess)</source>
        <translation>Toisen tunteet (arvioni)</translation>
    </message>
    <message>
        <source>This is a guess. When you can, check it by asking them.</source>
        <translation>Tämä on arvaus. Kun voit, tarkista se kysymällä häneltä.</translation>
    </message>
    <message>
        <source>My guess in words</source>
        <translation>Arvioni sanoin</translation>
    </message>
    <message>
        <source>Their feelings, my guess in words</source>
        <translation>Toisen tunteet, arvioni sanoin</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Jälkikäteen</translation>
    </message>
    <message>
        <source>Effect on the other</source>
        <translation>Miten vaikutin toiseen</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Mikä meni hyvin</translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation>Mitä tekisin toisin</translation>
    </message>
    <message>
        <source>Elements present</source>
        <translation>Toteutuneet elementit</translation>
    </message>
    <message>
        <source>Skills exercised</source>
        <translation>Harjoitellut taidot</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <source>What will you do next, and with whom (by role)?</source>
        <translation>Mitä teet seuraavaksi ja kenen kanssa (rooli)?</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Määräpäivä asetettu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Jatkotoimi tehty</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Muuta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Share with coach</source>
        <translation>Jaa valmentajalle</translation>
    </message>
    <message>
        <source>The coach report can quote this entry as an excerpt, if you also choose excerpts for the report.</source>
        <translation>Valmennusraportti voi lainata tätä merkintää otteena, jos valitset raporttiin myös otteet.</translation>
    </message>
    <message>
        <source>Customer metric</source>
        <translation>Asiakasmittari</translation>
    </message>
    <message>
        <source>Only if your organisation shares it with you — a context number, not a score of you.</source>
        <translation>Vain jos organisaatiosi jakaa sen sinulle – taustaluku, ei arvio sinusta.</translation>
    </message>
    <message>
        <source>Please check these fields before saving:</source>
        <translation>Tarkista nämä kentät ennen tallentamista:</translation>
    </message>
</context>
<context>
    <name>EncounterListModel</name>
    <message>
        <source>(no title)</source>
        <translation>(ei otsikkoa)</translation>
    </message>
    <message>
        <source>quick entry, to be completed</source>
        <translation>pikakirjaus, täydennettävä</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation>Salaus</translation>
    </message>
    <message>
        <source>Encryption keeps the diary file, its backups and its search index unreadable without your passphrase. Työkirja asks for the passphrase when it starts and after it has locked itself.</source>
        <translation>Salaus pitää päiväkirjatiedoston, sen varmuuskopiot ja hakuhakemiston lukukelvottomina ilman tunnuslausettasi. Työkirja kysyy tunnuslausetta käynnistyessään ja aina, kun se on lukinnut itsensä.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, nobody can open the diary again: not you, not Työkirja&apos;s makers. There is no way to recover it. Write it down and keep it somewhere safe.</source>
        <translation>Jos unohdat tunnuslauseen, kukaan ei voi enää avata päiväkirjaa: et sinä eivätkä Työkirjan tekijät. Sitä ei voi palauttaa millään tavalla. Kirjoita se muistiin ja säilytä turvallisessa paikassa.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Uusi tunnuslause</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Uudelleen:</translation>
    </message>
    <message>
        <source>Encrypt the diary</source>
        <translation>Salaa päiväkirja</translation>
    </message>
    <message>
        <source>The diary is encrypted.</source>
        <translation>Päiväkirja on salattu.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lukitus</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lukitse, kun sovellusta ei ole käytetty näin monta minuuttia</translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation>Lukitse, kun käyttämättä kulunut:</translation>
    </message>
    <message>
        <source>Työkirja also locks when the computer goes to sleep, and with Ctrl+L.</source>
        <translation>Työkirja lukittuu myös, kun tietokone menee lepotilaan, ja näppäinyhdistelmällä Ctrl+L.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Vaihda tunnuslause</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nykyinen tunnuslause</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Uusi tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Nykyinen tunnuslause:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>U&amp;usi tunnuslause:</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>Poista salaus käytöstä</translation>
    </message>
    <message>
        <source>The diary is stored unencrypted again; anyone who can read the file can read it.</source>
        <translation>Päiväkirja tallennetaan taas salaamattomana; kuka tahansa, joka pääsee käsiksi tiedostoon, voi lukea sen.</translation>
    </message>
    <message>
        <source>Current passphrase for turning encryption off</source>
        <translation>Nykyinen tunnuslause salauksen poistamiseksi</translation>
    </message>
    <message>
        <source>Current &amp;passphrase:</source>
        <translation>Nykyinen &amp;tunnuslause:</translation>
    </message>
    <message>
        <source>Use at least {count} characters; a few words in a row are easy to remember.</source>
        <translation>Käytä vähintään {count} merkkiä; muutama sana peräkkäin on helppo muistaa.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Tunnuslauseet eroavat toisistaan. Kirjoita sama tunnuslause kahdesti.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Tunnuslause vaihdettiin. Käytä tästä lähtien uutta tunnuslausetta.</translation>
    </message>
    <message>
        <source>Store the diary unencrypted? Anyone who can read the file can then read your diary.</source>
        <translation>Tallennetaanko päiväkirja salaamattomana? Silloin kuka tahansa, joka pääsee käsiksi tiedostoon, voi lukea päiväkirjasi.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Nykyinen tunnuslause on väärä. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Strength: too short</source>
        <translation>Vahvuus: liian lyhyt</translation>
    </message>
    <message>
        <source>Strength: weak — add more words</source>
        <translation>Vahvuus: heikko – lisää sanoja</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Vahvuus: kohtalainen</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Vahvuus: hyvä</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Vahvuus: vahva</translation>
    </message>
    <message>
        <source>Tip: a sentence of four or more words is strong and easy to remember.</source>
        <translation>Vinkki: vähintään neljän sanan lause on vahva ja helppo muistaa.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>the diary file</source>
        <translation>päiväkirjatiedosto</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Työkirja diary. It was left untouched. Choose another file, or move this one away to start a new diary.</source>
        <translation>{path} on tyhjä tiedosto eikä Työkirjan päiväkirja. Tiedostoon ei koskettu. Valitse toinen tiedosto tai siirrä tämä pois, jos haluat aloittaa uuden päiväkirjan.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Työkirja. Update Työkirja to open it; the file was left untouched.</source>
        <translation>{path} on tehty Työkirjan uudemmalla versiolla. Päivitä Työkirja avataksesi sen. Tiedostoon ei koskettu.</translation>
    </message>
    <message>
        <source>{path} is encrypted or not a database. It was left untouched.</source>
        <translation>{path} on salattu tai se ei ole tietokanta. Tiedostoon ei koskettu.</translation>
    </message>
    <message>
        <source>{path} is not a Työkirja diary (it may belong to another program). It was left untouched. Choose a Työkirja diary file instead.</source>
        <translation>{path} ei ole Työkirjan päiväkirja (se voi kuulua toiselle ohjelmalle). Tiedostoon ei koskettu. Valitse Työkirjan päiväkirjatiedosto.</translation>
    </message>
    <message>
        <source>The passphrase did not open {path}: either the passphrase is wrong, or the file is not a Työkirja diary. Nothing was changed. Check the passphrase and try again.</source>
        <translation>Tunnuslause ei avannut tiedostoa {path}: joko tunnuslause on väärä tai tiedosto ei ole Työkirjan päiväkirja. Mitään ei muutettu. Tarkista tunnuslause ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>{path} is a Työkirja diary, but parts of it are missing or do not belong to it ({detail}). It was not opened and was left untouched. Restore it from a backup; &apos;tyokirja check&apos; lists everything that differs.</source>
        <translation>{path} on Työkirjan päiväkirja, mutta siitä puuttuu osia tai siinä on osia, jotka eivät kuulu siihen ({detail}). Sitä ei avattu, eikä tiedostoon koskettu. Palauta päiväkirja varmuuskopiosta; komento ”tyokirja check” luettelee kaikki erot.</translation>
    </message>
    <message>
        <source>{path} holds a damaged record that cannot be read ({detail}). Nothing was changed. Restore the diary from a backup; &apos;tyokirja check&apos; lists every damaged record.</source>
        <translation>Tiedostossa {path} on vioittunut tietue, jota ei voi lukea ({detail}). Mitään ei muutettu. Palauta päiväkirja varmuuskopiosta; komento ”tyokirja check” luettelee kaikki vioittuneet tietueet.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. It was left untouched. Restore it from a backup, or keep it aside and start a new diary elsewhere.</source>
        <translation>{path} on vioittunut, eikä sitä voi avata turvallisesti. Tiedostoon ei koskettu. Palauta päiväkirja varmuuskopiosta tai siirrä tiedosto talteen ja aloita uusi päiväkirja toiseen paikkaan.</translation>
    </message>
    <message>
        <source>Beside the diary lies a change log ({path}) that was not written for this file; it probably comes from another copy, for example through a sync folder. It was not applied and nothing was changed. Move that file somewhere else, and the diary opens as it was last saved.</source>
        <translation>Päiväkirjan vieressä on muutosloki ({path}), jota ei ole kirjoitettu tälle tiedostolle; se on todennäköisesti peräisin toisesta kopiosta, esimerkiksi synkronointikansion kautta. Sitä ei otettu käyttöön, eikä mitään muutettu. Siirrä tiedosto muualle, niin päiväkirja avautuu sellaisena kuin se viimeksi tallennettiin.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Nothing already saved was lost and your text is still in the editor. Free some space and try again.</source>
        <translation>Levy on täynnä, joten muutosta ei tallennettu. Aiemmin tallennetusta ei kadonnut mitään, ja tekstisi on yhä muokkaimessa. Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>{path} cannot be written to (read-only file or folder). Your text is still in the editor. Check the file&apos;s location and permissions, then try again.</source>
        <translation>Tiedostoon {path} ei voi kirjoittaa (tiedosto tai kansio on vain luku -tilassa). Tekstisi on yhä muokkaimessa. Tarkista tiedoston sijainti ja oikeudet ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The diary is busy in another program or window. Close it there and try again.</source>
        <translation>Päiväkirja on varattuna toisessa ohjelmassa tai ikkunassa. Sulje se siellä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This installation uses an SQLite version with a known data-corruption bug. Reinstall Työkirja with its own SQLite library.</source>
        <translation>Tämä asennus käyttää SQLite-versiota, jossa on tunnettu tietoja vioittava virhe. Asenna Työkirja uudelleen sen oman SQLite-kirjaston kanssa.</translation>
    </message>
    <message>
        <source>{path} could not be opened or created. Check that the folder exists and that you may write to it.</source>
        <translation>Tiedostoa {path} ei voitu avata eikä luoda. Tarkista, että kansio on olemassa ja että sinulla on siihen kirjoitusoikeus.</translation>
    </message>
    <message>
        <source>The entry no longer exists. It may have been deleted.</source>
        <translation>Merkintää ei ole enää olemassa. Se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your text was not discarded.</source>
        <translation>Jotain odottamatonta tapahtui. Tekstiäsi ei hylätty.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>merkintä</translation>
    </message>
    <message>
        <source>exercise session</source>
        <translation>harjoitus</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>jatkotoimi</translation>
    </message>
    <message>
        <source>feedback request</source>
        <translation>palautepyyntö</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <source>skill rating</source>
        <translation>taitoarvio</translation>
    </message>
    <message>
        <source>skill rating item</source>
        <translation>taitoarvion kohta</translation>
    </message>
    <message>
        <source>unsaved draft</source>
        <translation>tallentamaton luonnos</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>asetus</translation>
    </message>
    <message>
        <source>shared report log row</source>
        <translation>jaettujen raporttien lokirivi</translation>
    </message>
    <message>
        <source>record</source>
        <translation>tietue</translation>
    </message>
    <message>
        <source>text that is not readable UTF-8 in field {field}</source>
        <translation>kentässä {field} on tekstiä, joka ei ole luettavaa UTF-8:aa</translation>
    </message>
    <message>
        <source>an unreadable time in field {field}</source>
        <translation>kentän {field} aikaa ei voi lukea</translation>
    </message>
    <message>
        <source>an unreadable date in field {field}</source>
        <translation>kentän {field} päivämäärää ei voi lukea</translation>
    </message>
    <message>
        <source>broken structured data in field {field}</source>
        <translation>kentän {field} rakenteinen tieto on rikki</translation>
    </message>
    <message>
        <source>a non-number in number field {field}</source>
        <translation>numerokentässä {field} on muuta kuin luku</translation>
    </message>
    <message>
        <source>its text has changed on disk since it was saved (a damaged letter)</source>
        <translation>sen teksti on muuttunut levyllä tallentamisen jälkeen (vioittunut merkki)</translation>
    </message>
    <message>
        <source>an unreadable value in field {field}</source>
        <translation>kentän {field} arvoa ei voi lukea</translation>
    </message>
    <message>
        <source>table {name} is missing</source>
        <translation>taulu {name} puuttuu</translation>
    </message>
    <message>
        <source>unknown table {name}</source>
        <translation>tuntematon taulu {name}</translation>
    </message>
    <message>
        <source>column {name} is missing</source>
        <translation>sarake {name} puuttuu</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>tuntematon sarake {name}</translation>
    </message>
    <message>
        <source>column {name} is defined differently</source>
        <translation>sarakkeen {name} määrittely poikkeaa</translation>
    </message>
    <message>
        <source>index {name} is missing</source>
        <translation>indeksi {name} puuttuu</translation>
    </message>
    <message>
        <source>unknown index {name}</source>
        <translation>tuntematon indeksi {name}</translation>
    </message>
    <message>
        <source>trigger {name} is missing</source>
        <translation>liipaisin {name} puuttuu</translation>
    </message>
    <message>
        <source>unknown trigger {name}</source>
        <translation>tuntematon liipaisin {name}</translation>
    </message>
    <message>
        <source>view {name} is missing</source>
        <translation>näkymä {name} puuttuu</translation>
    </message>
    <message>
        <source>unknown view {name}</source>
        <translation>tuntematon näkymä {name}</translation>
    </message>
    <message>
        <source>{name} differs</source>
        <translation>{name} poikkeaa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>Roolini</translation>
    </message>
    <message>
        <source>Counterpart (role)</source>
        <translation>Kenen kanssa (rooli)</translation>
    </message>
    <message>
        <source>Internal or external</source>
        <translation>Sisäinen vai ulkoinen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Vaikeus</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>My feelings</source>
        <translation>Omat tunteeni</translation>
    </message>
    <message>
        <source>Their feelings (my guess)</source>
        <translation>Toisen tunteet (arvioni)</translation>
    </message>
    <message>
        <source>Elements present</source>
        <translation>Toteutuneet elementit</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Taidot</translation>
    </message>
    <message>
        <source>My feelings in my own words</source>
        <translation>Omat tunteeni omin sanoin</translation>
    </message>
    <message>
        <source>Their feelings, my guess in words</source>
        <translation>Toisen tunteet, arvioni sanoin</translation>
    </message>
    <message>
        <source>Effect on the other</source>
        <translation>Miten vaikutin toiseen</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Mikä meni hyvin</translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation>Mitä tekisin toisin</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Customer metric</source>
        <translation>Asiakasmittari</translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field}: tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>{field}: the value must be between 1 and 5.</source>
        <translation>{field}: arvon pitää olla 1–5.</translation>
    </message>
    <message>
        <source>{field}: the text is too long.</source>
        <translation>{field}: teksti on liian pitkä.</translation>
    </message>
    <message>
        <source>{field}: the time has no time zone.</source>
        <translation>{field}: ajankohdasta puuttuu aikavyöhyke.</translation>
    </message>
    <message>
        <source>{field}: the value is not one of the allowed choices.</source>
        <translation>{field}: arvo ei ole mikään sallituista vaihtoehdoista.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import from another &amp;journal…</source>
        <translation>Tuo toisesta &amp;päiväkirjasta…</translation>
    </message>
    <message>
        <source>&amp;Export as…</source>
        <translation>&amp;Vie muodossa…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to {path}.</source>
        <translation>
            <numerusform>Vietiin %n merkintä tiedostoon {path}.</numerusform>
            <numerusform>Vietiin %n merkintää tiedostoon {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseRunner</name>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Nykyinen vaihe</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <source>Save and come back later from the Today view (Esc)</source>
        <translation>Tallenna ja palaa myöhemmin Tänään-näkymästä (Esc)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Edellinen vaihe (Alt+Vasen)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Next step (Alt+Right or Ctrl+Enter)</source>
        <translation>Seuraava vaihe (Alt+Oikea tai Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Step {n}/{total}</source>
        <translation>Vaihe {n}/{total}</translation>
    </message>
    <message>
        <source>Nothing yet: your answers appear here as you go.</source>
        <translation>Ei vielä mitään: vastauksesi näkyvät tässä sitä mukaa kuin etenet.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Answer this step to go on, or Pause to come back later.</source>
        <translation>Vastaa tähän vaiheeseen jatkaaksesi, tai pidä tauko ja palaa myöhemmin.</translation>
    </message>
    <message>
        <source>Paused. Continue from the Today view whenever you like.</source>
        <translation>Tauolla. Voit jatkaa Tänään-näkymästä milloin haluat.</translation>
    </message>
    <message>
        <source>Exercise saved.</source>
        <translation>Harjoitus tallennettu.</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Jatkotoimi tehty.</translation>
    </message>
    <message>
        <source>One more step follows later: it waits for you on the Today view from {day}.</source>
        <translation>Vielä yksi vaihe tulee myöhemmin: se odottaa sinua Tänään-näkymässä {day} alkaen.</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>daily</source>
        <translation>päivittäin</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>viikoittain</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>tarpeen mukaan</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Harjoitukset</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Tietoa harjoituksesta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Start the exercise</source>
        <translation>Aloita harjoitus</translation>
    </message>
    <message>
        <source>About the exercise</source>
        <translation>Tietoa harjoituksesta</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Perustuu</translation>
    </message>
    <message>
        <source>Why it works</source>
        <translation>Miksi tämä toimii</translation>
    </message>
    <message>
        <source>Skills practised</source>
        <translation>Harjoiteltavat taidot</translation>
    </message>
    <message>
        <source>Start: {name}</source>
        <translation>Aloita: {name}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as</source>
        <translation>Vie muodossa</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Muoto</translation>
    </message>
    <message>
        <source>&amp;JSON: everything, for moving to another computer or back in</source>
        <translation>&amp;JSON: kaikki tiedot, siirtoon toiselle koneelle tai takaisin tuotavaksi</translation>
    </message>
    <message>
        <source>&amp;Markdown: readable text with headings</source>
        <translation>&amp;Markdown: luettavaa tekstiä otsikoineen</translation>
    </message>
    <message>
        <source>&amp;CSV: the entries as a spreadsheet table</source>
        <translation>&amp;CSV: merkinnät taulukkolaskentaan</translation>
    </message>
    <message>
        <source>One file per &amp;month, in a folder</source>
        <translation>Oma tiedosto joka &amp;kuukaudelle, kansioon</translation>
    </message>
    <message>
        <source>One file per month</source>
        <translation>Oma tiedosto joka kuukaudelle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Kaikki</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>The current search</source>
        <translation>Nykyinen haku</translation>
    </message>
    <message>
        <source>A &amp;period</source>
        <translation>&amp;Aikaväli</translation>
    </message>
    <message>
        <source>A period</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Vientitiedosto</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>V&amp;alitse…</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Valitse vientitiedosto</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Viennin tila</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>The current &amp;search: “{text}”</source>
        <translation>Nykyinen &amp;haku: ”{text}”</translation>
    </message>
    <message>
        <source>The current &amp;search</source>
        <translation>Nykyinen &amp;haku</translation>
    </message>
    <message>
        <source>Folder for the month files</source>
        <translation>Kansio kuukausitiedostoille</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Vie tiedostoon</translation>
    </message>
    <message>
        <source>The period starts after it ends. Check the dates.</source>
        <translation>Aikaväli alkaa vasta loppunsa jälkeen. Tarkista päivämäärät.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Kirjoitetaan {file}…</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <source>Shared reports</source>
        <translation>Jaetut raportit</translation>
    </message>
    <message>
        <source>Every coach report you have written: when, which period, which sections, how many of your own texts it carried, and the file&apos;s SHA-256 fingerprint. The reports themselves are not kept here.</source>
        <translation>Jokainen kirjoittamasi valmennusraportti: milloin, miltä jaksolta, mitkä osiot, kuinka monta omaa tekstiäsi siinä oli ja tiedoston SHA-256-tunniste. Itse raportteja ei säilytetä täällä.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Kirjoitettu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Own texts</source>
        <translation>Omia tekstejä</translation>
    </message>
    <message>
        <source>File and SHA-256</source>
        <translation>Tiedosto ja SHA-256</translation>
    </message>
    <message>
        <source>Remove from the log…</source>
        <translation>Poista lokista…</translation>
    </message>
    <message>
        <source>Remove this line from the log? The report file itself is not touched.</source>
        <translation>Poistetaanko tämä rivi lokista? Itse raporttitiedostoon ei kosketa.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pyydetty</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saatu</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Loop closed</source>
        <translation>Kerrottu takaisin</translation>
    </message>
    <message>
        <source>Mark asked</source>
        <translation>Merkitse pyydetyksi</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Merkitse saaduksi</translation>
    </message>
    <message>
        <source>Mark processed</source>
        <translation>Merkitse käsitellyksi</translation>
    </message>
    <message>
        <source>Feedback requests</source>
        <translation>Palautepyynnöt</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Uusi pyyntö</translation>
    </message>
    <message>
        <source>New feedback request</source>
        <translation>Uusi palautepyyntö</translation>
    </message>
    <message>
        <source>e.g. interrupting less in team meetings</source>
        <translation>esim. keskeytän vähemmän tiimipalavereissa</translation>
    </message>
    <message>
        <source>What one thing would you suggest so that I succeed better at … next time?</source>
        <translation>Mitä yhtä asiaa ehdottaisit, jotta onnistuisin … paremmin seuraavalla kerralla?</translation>
    </message>
    <message>
        <source>I thanked them</source>
        <translation>Kiitin häntä</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Name the behaviour you are developing; the request is saved from then on.</source>
        <translation>Nimeä toimintatapa, jota kehität; pyyntö tallentuu siitä alkaen.</translation>
    </message>
    <message>
        <source>Behaviour I am developing</source>
        <translation>Kehitettävä toimintatapa</translation>
    </message>
    <message>
        <source>Whom I ask (role)</source>
        <translation>Keneltä kysyn (rooli)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>My question</source>
        <translation>Kysymykseni</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Mitä hän sanoi</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Toiminta</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Vaikutus</translation>
    </message>
    <message>
        <source>What I take</source>
        <translation>Mitä otan käyttöön</translation>
    </message>
    <message>
        <source>What I leave, and why</source>
        <translation>Mitä jätän, ja miksi</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Mitä teen</translation>
    </message>
    <message>
        <source>If it was about something past, file it as situation – behaviour – impact:</source>
        <translation>Jos palaute koski jotain mennyttä, kirjaa se muodossa tilanne – toiminta – vaikutus:</translation>
    </message>
    <message>
        <source>Asking for advice on one behaviour is the quickest way to grow. Plan a request with New request, or with the feedforward exercise.</source>
        <translation>Neuvon pyytäminen yhteen toimintatapaan on nopein tapa kehittyä. Suunnittele pyyntö painikkeella Uusi pyyntö tai palautteen pyytämisen harjoituksella.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the feedback request</source>
        <translation>Poista palautepyyntö</translation>
    </message>
    <message>
        <source>Feedback request deleted: {title}</source>
        <translation>Palautepyyntö poistettu: {title}</translation>
    </message>
    <message>
        <source>Feedback request restored.</source>
        <translation>Palautepyyntö palautettu.</translation>
    </message>
    <message>
        <source>(no behaviour named yet)</source>
        <translation>(toimintatapaa ei vielä nimetty)</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Vaihe: {stage}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search entries (Ctrl+F)</source>
        <translation>Hae merkinnöistä (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Hae merkinnöistä</translation>
    </message>
    <message>
        <source>Words find their inflected forms too (asiakas finds asiakkaan). Several words: entries with all of them. &quot;soitin takaisin&quot;: that exact phrase. -kiire: entries without the word. puhelu OR sähköposti: either word.</source>
        <translation>Sana löytää myös taivutetut muotonsa (asiakas löytää sanan asiakkaan). Useampi sana: merkinnät, joissa ovat kaikki. &quot;soitin takaisin&quot;: juuri tämä ilmaus. -kiire: merkinnät, joissa sanaa ei ole. puhelu OR sähköposti: jompikumpi sana.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Uusimmat ensin</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Osuvimmat ensin</translation>
    </message>
    <message>
        <source>Order of search results</source>
        <translation>Hakutulosten järjestys</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Kaikki roolit</translation>
    </message>
    <message>
        <source>Filter by my role</source>
        <translation>Suodata roolini mukaan</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <source>Filter by channel</source>
        <translation>Suodata kanavan mukaan</translation>
    </message>
    <message>
        <source>All situations</source>
        <translation>Kaikki tilanteet</translation>
    </message>
    <message>
        <source>Filter by situation</source>
        <translation>Suodata tilanteen mukaan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Aikaisin päivä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation>Myöhäisin päivä</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Tyhjennä haku ja suodattimet</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Lisää suodattimia</translation>
    </message>
    <message>
        <source>Show more filters</source>
        <translation>Näytä lisää suodattimia</translation>
    </message>
    <message>
        <source>Skill, element, difficulty, to complete, shared with coach, follow-up</source>
        <translation>Taito, elementti, vaikeus, täydennettävä, jaettu valmentajalle, jatkotoimi</translation>
    </message>
</context>
<context>
    <name>FlagAction</name>
    <message>
        <source>For my &amp;next session</source>
        <translation>&amp;Seuraavalle valmennuskerralle</translation>
    </message>
    <message>
        <source>Bring what this page shows up in the next coaching session</source>
        <translation>Ota tämän sivun asia puheeksi seuraavalla valmennuskerralla</translation>
    </message>
    <message>
        <source>Open an entry, an exercise session, a goal or a feedback request first, then flag it.</source>
        <translation>Avaa ensin merkintä, harjoituskerta, tavoite tai palautepyyntö ja merkitse se sitten.</translation>
    </message>
    <message>
        <source>No longer flagged for the next session.</source>
        <translation>Merkintä seuraavalle valmennuskerralle poistettu.</translation>
    </message>
    <message>
        <source>Flagged for the next coaching session.</source>
        <translation>Merkitty seuraavalle valmennuskerralle.</translation>
    </message>
    <message>
        <source>Skill rating {day}</source>
        <translation>Taitoarvio {day}</translation>
    </message>
</context>
<context>
    <name>FocusRatingStep</name>
    <message>
        <source>Focus skill</source>
        <translation>Fokustaito</translation>
    </message>
</context>
<context>
    <name>ForeignImportDialog</name>
    <message>
        <source>Import from another journal</source>
        <translation>Tuo toisesta päiväkirjasta</translation>
    </message>
    <message>
        <source>Journal program</source>
        <translation>Päiväkirjaohjelma</translation>
    </message>
    <message>
        <source>Source file or folder</source>
        <translation>Lähdetiedosto tai -kansio</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Choose the source</source>
        <translation>Valitse lähde</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Esikatsele</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatsele</translation>
    </message>
    <message>
        <source>Choose the program and its export, then Preview. Nothing is written before you press Import.</source>
        <translation>Valitse ohjelma ja sen vienti ja sitten Esikatsele. Mitään ei kirjoiteta ennen kuin painat Tuo.</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Mitä tuonti tekisi</translation>
    </message>
    <message>
        <source>Keep both side by side (the file&apos;s version gets a new id)</source>
        <translation>Säilytä molemmat rinnakkain (tiedoston versio saa uuden tunnisteen)</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Säilytä molemmat</translation>
    </message>
    <message>
        <source>Skip the conflicting records (the diary&apos;s stay as they are)</source>
        <translation>Ohita ristiriitaiset tiedot (päiväkirjan omat pysyvät ennallaan)</translation>
    </message>
    <message>
        <source>Skip conflicting</source>
        <translation>Ohita ristiriitaiset</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tuonnin eteneminen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Ohjelma:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <source>RedNotebook&apos;s data folder</source>
        <translation>RedNotebookin datakansio</translation>
    </message>
    <message>
        <source>jrnl JSON export (*.json)</source>
        <translation>jrnl:n JSON-vienti (*.json)</translation>
    </message>
    <message>
        <source>Day One export (*.zip *.json)</source>
        <translation>Day Onen vienti (*.zip *.json)</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Valitse vienti</translation>
    </message>
    <message>
        <source>Export with: jrnl --format json &gt; journal.json</source>
        <translation>Vie komennolla: jrnl --format json &gt; journal.json</translation>
    </message>
    <message>
        <source>In Day One: File → Export → JSON; choose the zip it makes.</source>
        <translation>Day Onessa: File → Export → JSON; valitse sen tekemä zip.</translation>
    </message>
    <message>
        <source>Choose RedNotebook&apos;s data folder (it holds files named like 2024-05.txt).</source>
        <translation>Valitse RedNotebookin datakansio (siinä on tiedostoja kuten 2024-05.txt).</translation>
    </message>
    <message>
        <source>Reading {source}…</source>
        <translation>Luetaan {source}…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Keskeytetty. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Keskeytetään…</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget a word</source>
        <translation>Unohda sana</translation>
    </message>
    <message>
        <source>Removes a word, such as a name, from every entry, draft and practice record. The word and its inflected forms are replaced with “{replacement}” as whole words, whatever their case; other words that merely contain it are kept. Check the hits below before you confirm: this cannot be undone.</source>
        <translation>Poistaa sanan, esimerkiksi nimen, kaikista merkinnöistä, luonnoksista ja harjoitteluun liittyvistä tiedoista. Sana ja sen taivutusmuodot korvataan kokonaisina sanoina merkinnällä “{replacement}” kirjainkoosta riippumatta; muut sanat, joissa se vain esiintyy osana, säilyvät. Tarkista alla olevat osumat ennen kuin vahvistat: poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Word to forget</source>
        <translation>Unohdettava sana</translation>
    </message>
    <message>
        <source>e.g. a name</source>
        <translation>esim. nimi</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <source>Where the word occurs</source>
        <translation>Missä sana esiintyy</translation>
    </message>
    <message>
        <source>Hits in their context</source>
        <translation>Osumat asiayhteydessään</translation>
    </message>
    <message>
        <source>Older backups</source>
        <translation>Vanhemmat varmuuskopiot</translation>
    </message>
    <message>
        <source>&amp;Delete these backups…</source>
        <translation>&amp;Poista nämä varmuuskopiot…</translation>
    </message>
    <message>
        <source>F&amp;orget the word</source>
        <translation>&amp;Unohda sana</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Päiväkirjan merkinnät</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Tallentamattomat luonnokset</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Harjoitukset</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <source>Feedback requests</source>
        <translation>Palautepyynnöt</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Skill ratings</source>
        <translation>Taitoarviot</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Valmennuskerrat</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Muut tiedot</translation>
    </message>
    <message>
        <source>title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>mitä tapahtui</translation>
    </message>
    <message>
        <source>my feelings</source>
        <translation>omat tunteet</translation>
    </message>
    <message>
        <source>their feelings</source>
        <translation>toisen tunteet</translation>
    </message>
    <message>
        <source>impact on the other</source>
        <translation>vaikutus toiseen</translation>
    </message>
    <message>
        <source>what went well</source>
        <translation>mikä meni hyvin</translation>
    </message>
    <message>
        <source>what I would do differently</source>
        <translation>mitä tekisin toisin</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>jatkotoimi</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>muistiinpanot</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>The word does not occur in the diary.</source>
        <translation>Sanaa ei löydy päiväkirjasta.</translation>
    </message>
    <message>
        <source>Occurrences found: {count}</source>
        <translation>Osumia löytyi: {count}</translation>
    </message>
    <message>
        <source>“{word}” is also the name of a role in the lists. Entries keep the role chosen from the list: a role is not personal data. Only the word written in your own text is replaced.</source>
        <translation>“{word}” on myös valintalistojen rooli. Merkinnät säilyttävät listasta valitun roolin, koska rooli ei ole henkilötieto. Vain omaan tekstiisi kirjoitettu sana korvataan.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu osuma</numerusform>
            <numerusform>… ja %n muuta osumaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Occurrences: {count}. Replace each “{word}” with “{replacement}”? This cannot be undone.</source>
        <translation>Osumia: {count}. Korvataanko jokainen “{word}” merkinnällä “{replacement}”? Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Unohda</translation>
    </message>
    <message>
        <source>Done. Records changed: {count}.</source>
        <translation>Valmis. Muutettuja tietoja: {count}.</translation>
    </message>
    <message>
        <source>There are no older backups of this diary.</source>
        <translation>Tästä päiväkirjasta ei ole vanhempia varmuuskopioita.</translation>
    </message>
    <message>
        <source>Older backups still hold the word. Backups of this diary: {count}, in {folder}. Delete them if you no longer need them. Copies made elsewhere (such as system backups) are not touched.</source>
        <translation>Vanhemmissa varmuuskopioissa sana on yhä tallessa. Tämän päiväkirjan varmuuskopioita: {count}, kansiossa {folder}. Poista ne, jos et enää tarvitse niitä. Muualle tehtyihin kopioihin (kuten järjestelmän varmuuskopioihin) ei kosketa.</translation>
    </message>
    <message>
        <source>Delete the older backups listed ({count}) for good? You cannot restore the diary from them afterwards.</source>
        <translation>Poistetaanko luetellut vanhemmat varmuuskopiot ({count}) pysyvästi? Päiväkirjaa ei voi sen jälkeen palauttaa niistä.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Poista varmuuskopiot</translation>
    </message>
    <message>
        <source>Backups deleted: {count}.</source>
        <translation>Poistettuja varmuuskopioita: {count}.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Active</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatkuu</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Goals and experiments</source>
        <translation>Tavoitteet ja kokeilut</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Uusi tavoite</translation>
    </message>
    <message>
        <source>New goal or experiment</source>
        <translation>Uusi tavoite tai kokeilu</translation>
    </message>
    <message>
        <source>e.g. I let the customer finish before I answer</source>
        <translation>esim. annan asiakkaan puhua loppuun ennen kuin vastaan</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Tarkistan päivänä</translation>
    </message>
    <message>
        <source>How did it go? (saved with the date when you record a review)</source>
        <translation>Miten meni? (tallentuu päivämäärän kanssa, kun kirjaat tarkistuksen)</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Kirjaa tarkistus</translation>
    </message>
    <message>
        <source>Record the review with the chosen status</source>
        <translation>Kirjaa tarkistus valitulla tilalla</translation>
    </message>
    <message>
        <source>Write the wish first; the goal is saved from then on.</source>
        <translation>Kirjoita ensin toive; tavoite tallentuu siitä alkaen.</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Toive</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Taito</translation>
    </message>
    <message>
        <source>Best outcome</source>
        <translation>Paras lopputulos</translation>
    </message>
    <message>
        <source>Inner obstacle</source>
        <translation>Sisäinen este</translation>
    </message>
    <message>
        <source>If–then plans</source>
        <translation>Jos–niin-suunnitelmat</translation>
    </message>
    <message>
        <source>How I notice success</source>
        <translation>Mistä huomaan onnistuneeni</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Linked entries</source>
        <translation>Linkitetyt merkinnät</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Tarkistusmuistiinpanot</translation>
    </message>
    <message>
        <source>New review note</source>
        <translation>Uusi tarkistusmuistiinpano</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Tarkistuspäivä</translation>
    </message>
    <message>
        <source>A goal here is a small experiment: a wish, the obstacle in you, and an if–then plan to try. Start one with New goal.</source>
        <translation>Tavoite on täällä pieni kokeilu: toive, sinussa oleva este ja jos–niin-suunnitelma kokeiltavaksi. Aloita painikkeella Uusi tavoite.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the goal</source>
        <translation>Poista tavoite</translation>
    </message>
    <message>
        <source>Goal deleted: {title}</source>
        <translation>Tavoite poistettu: {title}</translation>
    </message>
    <message>
        <source>Goal restored.</source>
        <translation>Tavoite palautettu.</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Ei vielä tarkistuksia.</translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation>Tarkistus kirjattu.</translation>
    </message>
</context>
<context>
    <name>GoalsReviewStep</name>
    <message>
        <source>Continue</source>
        <translation>Jatkan</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Muutan</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lopetan</translation>
    </message>
    <message>
        <source>No active goals or experiments right now.</source>
        <translation>Sinulla ei ole nyt käynnissä olevia tavoitteita tai kokeiluja.</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ei päätetty</translation>
    </message>
    <message>
        <source>Decision for: {goal}</source>
        <translation>Päätös: {goal}</translation>
    </message>
    <message>
        <source>Note for: {goal}</source>
        <translation>Muistiinpano: {goal}</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Mitä tapahtui?</translation>
    </message>
</context>
<context>
    <name>GuideActions</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Opas</translation>
    </message>
    <message>
        <source>? Guide to this page</source>
        <translation>? Opas tähän sivuun</translation>
    </message>
    <message>
        <source>Open the guide article for this page</source>
        <translation>Avaa tämän sivun opasartikkeli</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Opas</translation>
    </message>
    <message>
        <source>Search the guide…</source>
        <translation>Hae oppaasta…</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Hae oppaasta</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikkelit</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikkeli</translation>
    </message>
    <message>
        <source>No article mentions these words.</source>
        <translation>Mikään artikkeli ei mainitse näitä sanoja.</translation>
    </message>
    <message>
        <source>Source framework: {framework}</source>
        <translation>Lähdekehys: {framework}</translation>
    </message>
</context>
<context>
    <name>IfThenStep</name>
    <message>
        <source>If (plan {n})</source>
        <translation>Jos (suunnitelma {n})</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Jos</translation>
    </message>
    <message>
        <source>then (plan {n})</source>
        <translation>niin (suunnitelma {n})</translation>
    </message>
    <message>
        <source>then</source>
        <translation>niin</translation>
    </message>
    <message>
        <source>If… (a situation or cue)</source>
        <translation>Jos… (tilanne tai merkki)</translation>
    </message>
    <message>
        <source>then I… (what I will do)</source>
        <translation>niin minä… (mitä teen)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Reading and checking {file}…</source>
        <translation>Luetaan ja tarkistetaan tiedostoa {file}…</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Mitä tuonti tekisi</translation>
    </message>
    <message>
        <source>Conflicting records</source>
        <translation>Ristiriitaiset tiedot</translation>
    </message>
    <message>
        <source>Keep both side by side (the file&apos;s version gets a new id)</source>
        <translation>Säilytä molemmat rinnakkain (tiedoston versio saa uuden id:n)</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Säilytä molemmat</translation>
    </message>
    <message>
        <source>Skip the conflicting records (the diary&apos;s stay as they are)</source>
        <translation>Ohita ristiriitaiset tiedot (päiväkirjan omat pysyvät ennallaan)</translation>
    </message>
    <message>
        <source>Skip conflicting</source>
        <translation>Ohita ristiriitaiset</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tuonnin eteneminen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>From {file}:</source>
        <translation>Tiedostosta {file}:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Keskeytetty. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Keskeytetään…</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>{part} in {source}</source>
        <translation>{source}: {part}</translation>
    </message>
    <message>
        <source>{source}</source>
        <translation>{source}</translation>
    </message>
    <message>
        <source>, day {n}</source>
        <translation>, päivä {n}</translation>
    </message>
    <message>
        <source>, entry {n} (id {id})</source>
        <translation>, merkintä {n} (tunniste {id})</translation>
    </message>
    <message>
        <source>, entry {n}</source>
        <translation>, merkintä {n}</translation>
    </message>
    <message>
        <source>, field “{field}”</source>
        <translation>, kenttä ”{field}”</translation>
    </message>
    <message>
        <source>is not a jrnl JSON export (made with jrnl --format json).</source>
        <translation>ei ole jrnl:n JSON-vienti (se tehdään komennolla jrnl --format json).</translation>
    </message>
    <message>
        <source>is not a Day One journal file (its JSON export with &quot;entries&quot;).</source>
        <translation>ei ole Day Onen päiväkirjatiedosto (sen JSON-vienti, jossa on &quot;entries&quot;).</translation>
    </message>
    <message>
        <source>is not a RedNotebook month file.</source>
        <translation>ei ole RedNotebookin kuukausitiedosto.</translation>
    </message>
    <message>
        <source>is not in the layout this kind of journal exports.</source>
        <translation>ei ole sen muotoinen kuin tämän päiväkirjaohjelman vienti.</translation>
    </message>
    <message>
        <source>line {line} is not UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>rivi {line} ei ole UTF-8-tekstiä. Tallenna tiedosto UTF-8-muodossa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>holds text that is not valid Unicode.</source>
        <translation>sisältää tekstiä, joka ei ole kelvollista Unicodea.</translation>
    </message>
    <message>
        <source>is not valid JSON (error at line {line}, column {column}); the file may be cut short.</source>
        <translation>ei ole kelvollista JSONia (virhe rivillä {line}, sarakkeessa {column}); tiedosto voi olla katkennut.</translation>
    </message>
    <message>
        <source>is not valid JSON.</source>
        <translation>ei ole kelvollista JSONia.</translation>
    </message>
    <message>
        <source>is not valid YAML (error at line {line}).</source>
        <translation>ei ole kelvollista YAMLia (virhe rivillä {line}).</translation>
    </message>
    <message>
        <source>holds a YAML tag that would build program objects (line {line}); only text, numbers, lists and mappings are read.</source>
        <translation>sisältää YAML-tagin, joka loisi ohjelman olioita (rivi {line}); vain tekstit, luvut, luettelot ja avain–arvo-parit luetaan.</translation>
    </message>
    <message>
        <source>holds more YAML aliases than a RedNotebook file ever has (line {line}), as a file built to exhaust memory does.</source>
        <translation>sisältää enemmän YAML-viittauksia kuin RedNotebookin tiedostossa koskaan on (rivi {line}), kuten muistin täyttämiseen tehdyssä tiedostossa.</translation>
    </message>
    <message>
        <source>is larger than {size} MB, more than Työkirja reads from one file.</source>
        <translation>on suurempi kuin {size} Mt, enemmän kuin Työkirja lukee yhdestä tiedostosta.</translation>
    </message>
    <message>
        <source>is nested far deeper than a journal export is.</source>
        <translation>on sisäkkäinen paljon syvemmälle kuin mikään päiväkirjan vienti.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>puuttuu.</translation>
    </message>
    <message>
        <source>has a value of the wrong type.</source>
        <translation>on väärän tyyppinen.</translation>
    </message>
    <message>
        <source>is not a real month: month files are named YYYY-MM.txt.</source>
        <translation>ei ole todellinen kuukausi: kuukausitiedostot on nimetty muotoon VVVV-KK.txt.</translation>
    </message>
    <message>
        <source>has a date outside the years 1900–9998.</source>
        <translation>sisältää päivämäärän vuosien 1900–9998 ulkopuolelta.</translation>
    </message>
    <message>
        <source>is not a real date or time.</source>
        <translation>ei ole todellinen päivämäärä tai kellonaika.</translation>
    </message>
    <message>
        <source>holds a text longer than Työkirja stores (5 million characters).</source>
        <translation>sisältää tekstin, joka on pidempi kuin Työkirja tallentaa (5 miljoonaa merkkiä).</translation>
    </message>
    <message>
        <source>is not a complete zip file: it is damaged or was cut short.</source>
        <translation>ei ole ehjä zip-tiedosto: se on vioittunut tai katkennut.</translation>
    </message>
    <message>
        <source>holds a file name that points outside the zip (../ or an absolute path), so it was not opened.</source>
        <translation>sisältää tiedostonimen, joka osoittaa zipin ulkopuolelle (../ tai absoluuttinen polku), joten sitä ei avattu.</translation>
    </message>
    <message>
        <source>holds no journal file (Journal.json). Choose the zip Day One exported as JSON.</source>
        <translation>ei sisällä päiväkirjatiedostoa (Journal.json). Valitse zip, jonka Day One vei JSON-muodossa.</translation>
    </message>
    <message>
        <source>holds no RedNotebook month files (YYYY-MM.txt). Choose RedNotebook&apos;s data folder.</source>
        <translation>ei sisällä RedNotebookin kuukausitiedostoja (VVVV-KK.txt). Valitse RedNotebookin datakansio.</translation>
    </message>
    <message>
        <source>holds more than {count} entries.</source>
        <translation>sisältää yli {count} merkintää.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Mitään ei tuotu.</translation>
    </message>
    <message numerus="yes">
        <source>{program}: %n entries read from {source}</source>
        <translation>
            <numerusform>{program}: %n merkintä luettu lähteestä {source}</numerusform>
            <numerusform>{program}: %n merkintää luettu lähteestä {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>, from {first} to {last}</source>
        <translation>, ajalta {first} – {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries appear twice in the source and come in once.</source>
        <translation>
            <numerusform>%n merkintä on lähteessä kahdesti ja tuodaan kerran.</numerusform>
            <numerusform>%n merkintää on lähteessä kahdesti ja tuodaan kerran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each comes in as a quick entry to complete; tags, stars and the source&apos;s other fields go into its notes.</source>
        <translation>Jokainen tuodaan pikakirjauksena, jonka voit myöhemmin täydentää; tunnisteet, tähdet ja lähteen muut kentät tallentuvat sen muistiinpanoihin.</translation>
    </message>
    <message>
        <source>Not imported: {items}.</source>
        <translation>Ei tuoda: {items}.</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n valokuva</numerusform>
            <numerusform>%n valokuvaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recordings</source>
        <translation>
            <numerusform>%n äänitallenne</numerusform>
            <numerusform>%n äänitallennetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF attachments</source>
        <translation>
            <numerusform>%n PDF-liite</numerusform>
            <numerusform>%n PDF-liitettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the formatting of %n entries (the text itself comes over)</source>
        <translation>
            <numerusform>%n merkinnän muotoilu (itse teksti tuodaan)</numerusform>
            <numerusform>%n merkinnän muotoilut (itse teksti tuodaan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty days</source>
        <translation>
            <numerusform>%n tyhjä päivä</numerusform>
            <numerusform>%n tyhjää päivää</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>Entries to include</source>
        <translation>Mukaan otettavat merkinnät</translation>
    </message>
    <message>
        <source>Tick each entry whose text may go into the report. Entries you marked “share with coach” are ticked to start with.</source>
        <translation>Rastita jokainen merkintä, jonka teksti saa tulla raporttiin. Merkinnät, jotka merkitsit jaettaviksi valmentajalle, on rastitettu valmiiksi.</translation>
    </message>
    <message>
        <source>Filter by date, kind or title…</source>
        <translation>Suodata päivän, lajin tai otsikon mukaan…</translation>
    </message>
    <message>
        <source>Filter the entries</source>
        <translation>Suodata merkinnät</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n valittu</numerusform>
            <numerusform>%n valittu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkedEncounters</name>
    <message>
        <source>Linked diary entries</source>
        <translation>Linkitetyt päiväkirjan merkinnät</translation>
    </message>
    <message>
        <source>Link entry…</source>
        <translation>Linkitä merkintä…</translation>
    </message>
    <message>
        <source>Link a diary entry</source>
        <translation>Linkitä päiväkirjan merkintä</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Poista linkki</translation>
    </message>
    <message>
        <source>Unlink the chosen entry</source>
        <translation>Poista valitun merkinnän linkki</translation>
    </message>
    <message>
        <source>(an entry no longer in the diary)</source>
        <translation>(merkintä ei ole enää päiväkirjassa)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Työkirja is locked</source>
        <translation>Työkirja on lukittu</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Tunnuslause:</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Väärä tunnuslause. Yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Päiväkirja</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Harjoitukset</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palautepyynnöt</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Valmennus</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>Forget a &amp;word…</source>
        <translation>Unohda &amp;sana…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Encryption…</source>
        <translation>&amp;Salaus…</translation>
    </message>
    <message>
        <source>&amp;Reminder…</source>
        <translation>&amp;Muistutus…</translation>
    </message>
    <message>
        <source>&amp;Rate my skills…</source>
        <translation>&amp;Arvioi taitoni…</translation>
    </message>
    <message>
        <source>Coach &amp;report…</source>
        <translation>&amp;Valmennusraportti…</translation>
    </message>
    <message>
        <source>S&amp;hared reports…</source>
        <translation>&amp;Jaetut raportit…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Työkirja</source>
        <translation>&amp;Tietoja Työkirjasta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>Coach report saved: {name}</source>
        <translation>Valmennusraportti tallennettu: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries</source>
        <translation>
            <numerusform>%Ln osuva merkintä</numerusform>
            <numerusform>%Ln osuvaa merkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln merkintä</numerusform>
            <numerusform>%Ln merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>Työkirja is already using this language.</source>
        <translation>Työkirja käyttää jo tätä kieltä.</translation>
    </message>
    <message>
        <source>The language changes the next time you start Työkirja.</source>
        <translation>Kieli vaihtuu, kun käynnistät Työkirjan seuraavan kerran.</translation>
    </message>
    <message>
        <source>A private workbook for people who lead encounters at work.</source>
        <translation>Yksityinen työkirja niille, jotka johtavat kohtaamisia työssään.</translation>
    </message>
    <message>
        <source>Your diary file:</source>
        <translation>Päiväkirjatiedostosi:</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: Työkirja makes no network connections. Only files you export yourself go anywhere else.</source>
        <translation>Mikään ei lähde tältä koneelta: Työkirja ei ota verkkoyhteyksiä. Vain itse viemäsi tiedostot päätyvät muualle.</translation>
    </message>
    <message>
        <source>About Työkirja</source>
        <translation>Tietoja Työkirjasta</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>Import a Työkirja export</source>
        <translation>Tuo Työkirja-vienti</translation>
    </message>
    <message>
        <source>Työkirja export (*.json)</source>
        <translation>Työkirja-vienti (*.json)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>MetricInput</name>
    <message>
        <source>NPS (likelihood to recommend) 0–10</source>
        <translation>NPS (suositteluhalukkuus) 0–10</translation>
    </message>
    <message>
        <source>CSAT (satisfaction) 1–5</source>
        <translation>CSAT (tyytyväisyys) 1–5</translation>
    </message>
    <message>
        <source>CES (customer effort) 1–7</source>
        <translation>CES (asioinnin helppous) 1–7</translation>
    </message>
    <message>
        <source>No metric</source>
        <translation>Ei mittaria</translation>
    </message>
    <message>
        <source>Customer metric</source>
        <translation>Asiakasmittari</translation>
    </message>
    <message>
        <source>Customer metric value</source>
        <translation>Asiakasmittarin arvo</translation>
    </message>
</context>
<context>
    <name>ModelAnswersStep</name>
    <message>
        <source>Paraphrase</source>
        <translation>Parafraasi</translation>
    </message>
    <message>
        <source>Reflection of feeling</source>
        <translation>Tunteen heijastus</translation>
    </message>
    <message>
        <source>Clarifying question</source>
        <translation>Tarkentava kysymys</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>You wrote:</source>
        <translation>Sinä kirjoitit:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Malli:</translation>
    </message>
    <message>
        <source>Model answers</source>
        <translation>Malliesimerkit</translation>
    </message>
</context>
<context>
    <name>MoreFilters</name>
    <message>
        <source>All skills</source>
        <translation>Kaikki taidot</translation>
    </message>
    <message>
        <source>Filter by skill marked</source>
        <translation>Suodata merkityn taidon mukaan</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>Kaikki elementit</translation>
    </message>
    <message>
        <source>Filter by element</source>
        <translation>Suodata elementin mukaan</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Kaikki tasot</translation>
    </message>
    <message>
        <source>Element marked as</source>
        <translation>Elementin merkintä</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Osittain</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Kaikki vaikeudet</translation>
    </message>
    <message>
        <source>Filter by difficulty</source>
        <translation>Suodata vaikeuden mukaan</translation>
    </message>
    <message>
        <source>Difficulty {n}</source>
        <translation>Vaikeus {n}</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>Täydennettävät</translation>
    </message>
    <message>
        <source>Only quick entries to complete</source>
        <translation>Vain täydennettävät pikamerkinnät</translation>
    </message>
    <message>
        <source>Shared with coach</source>
        <translation>Jaettu valmentajalle</translation>
    </message>
    <message>
        <source>Only entries shared with the coach</source>
        <translation>Vain valmentajalle jaetut merkinnät</translation>
    </message>
    <message>
        <source>Has follow-up</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <source>Only entries with a follow-up</source>
        <translation>Vain merkinnät, joissa on jatkotoimi</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Updating the search index once after an update: {percent} % done. Nothing needs to be done meanwhile.</source>
        <translation>Hakuhakemisto päivitetään kerran päivityksen jälkeen: {percent} % valmiina. Sinun ei tarvitse tehdä mitään sillä välin.</translation>
    </message>
    <message>
        <source>Opening the diary… The first start after an update can take a while: the search index is brought up to date once. Nothing needs to be done meanwhile.</source>
        <translation>Päiväkirjaa avataan… Ensimmäinen käynnistys päivityksen jälkeen voi kestää hetken, koska hakuhakemisto päivitetään kerran. Sinun ei tarvitse tehdä mitään sillä välin.</translation>
    </message>
    <message>
        <source>Opening the diary</source>
        <translation>Päiväkirjaa avataan</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>This diary is encrypted. Give its passphrase to open it.</source>
        <translation>Tämä päiväkirja on salattu. Anna sen tunnuslause avataksesi sen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Kirjoita ensin tunnuslause.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is not a Työkirja diary. Nothing was changed. Try again.</source>
        <translation>Väärä tunnuslause, tai tiedosto ei ole Työkirjan päiväkirja. Mitään ei muutettu. Yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Näytä tunnuslause</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Period and language</source>
        <translation>Jakso ja kieli</translation>
    </message>
    <message>
        <source>Which weeks the report covers, and the language your coach reads.</source>
        <translation>Miltä ajalta raportti kertoo ja millä kielellä valmentajasi sen lukee.</translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation>Viimeiset 4 viikkoa</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Viimeiset 3 kuukautta</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>Since a date:</source>
        <translation>Alkaen päivästä:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Jakson ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Raportin kieli</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Raportin kieli:</translation>
    </message>
</context>
<context>
    <name>PickEncounterDialog</name>
    <message>
        <source>Link a diary entry</source>
        <translation>Linkitä päiväkirjan merkintä</translation>
    </message>
</context>
<context>
    <name>PlaintextCopiesBox</name>
    <message>
        <source>Unencrypted copies still on disk</source>
        <translation>Levyllä on yhä salaamattomia kopioita</translation>
    </message>
    <message>
        <source>These older copies of this diary are not encrypted: anyone who can read the files can read them. Tick the ones to delete and press Delete selected. Deleting cannot be undone.</source>
        <translation>Nämä tämän päiväkirjan vanhemmat kopiot eivät ole salattuja: kuka tahansa, joka pääsee tiedostoihin käsiksi, voi lukea ne. Valitse poistettavat ja paina Poista valitut. Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Valitse kaikki</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Poista valitut</translation>
    </message>
    <message>
        <source>These copies could not be deleted. Delete them by hand:</source>
        <translation>Näitä kopioita ei voitu poistaa. Poista ne itse:</translation>
    </message>
    <message>
        <source>These files changed after the list was made and are no longer known copies of this diary. They were left as they are:</source>
        <translation>Nämä tiedostot muuttuivat luettelon tekemisen jälkeen, eivätkä ne enää ole tunnettuja tämän päiväkirjan kopioita. Ne jätettiin ennalleen:</translation>
    </message>
</context>
<context>
    <name>PlansEditor</name>
    <message>
        <source>Add plan</source>
        <translation>Lisää suunnitelma</translation>
    </message>
    <message>
        <source>Add an if–then plan</source>
        <translation>Lisää jos–niin-suunnitelma</translation>
    </message>
    <message>
        <source>If (plan {n})</source>
        <translation>Jos (suunnitelma {n})</translation>
    </message>
    <message>
        <source>then (plan {n})</source>
        <translation>niin (suunnitelma {n})</translation>
    </message>
    <message>
        <source>If… (a situation or cue)</source>
        <translation>Jos… (tilanne tai merkki)</translation>
    </message>
    <message>
        <source>then I… (what I will do)</source>
        <translation>niin minä… (mitä teen)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove plan {n}</source>
        <translation>Poista suunnitelma {n}</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Jos</translation>
    </message>
    <message>
        <source>then</source>
        <translation>niin</translation>
    </message>
</context>
<context>
    <name>PlatformGuard</name>
    <message>
        <source>Työkirja cannot open its window because Qt&apos;s display plugin &quot;{plugin}&quot; needs system libraries that are missing: install them with your package manager (on Debian and Ubuntu: sudo apt install {packages}).</source>
        <translation>Työkirja ei voi avata ikkunaansa, koska Qt:n näyttöliitännäinen ”{plugin}” tarvitsee järjestelmän kirjastoja, jotka puuttuvat: asenna ne paketinhallinnalla (Debianissa ja Ubuntussa: sudo apt install {packages}).</translation>
    </message>
    <message>
        <source>Työkirja cannot open its window because there is no graphical session here (the DISPLAY variable is not set): start it from the desktop, or use the commands that need no window (tyokirja --help).</source>
        <translation>Työkirja ei voi avata ikkunaansa, koska tässä ei ole graafista istuntoa (DISPLAY-muuttujaa ei ole asetettu): käynnistä se työpöydältä tai käytä komentoja, jotka eivät tarvitse ikkunaa (tyokirja --help).</translation>
    </message>
    <message>
        <source>Työkirja cannot open its window because Qt could not load its display plugin &quot;{plugin}&quot;: check that the graphical session can be reached and that the system libraries it needs are installed (on Debian and Ubuntu: sudo apt install {packages}).</source>
        <translation>Työkirja ei voi avata ikkunaansa, koska Qt ei saanut ladattua näyttöliitännäistään ”{plugin}”: tarkista, että graafinen istunto on käytettävissä ja että sen tarvitsemat järjestelmän kirjastot on asennettu (Debianissa ja Ubuntussa: sudo apt install {packages}).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview: this is what leaves your computer</source>
        <translation>Esikatselu: tämä lähtee tietokoneeltasi</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Read it through; go back to change anything.</source>
        <translation>Mitään ei ole vielä kirjoitettu. Lue läpi; palaa takaisin, jos haluat muuttaa jotain.</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Raportin esikatselu</translation>
    </message>
    <message>
        <source>I have checked these words: they are not names of people</source>
        <translation>Olen tarkistanut nämä sanat: ne eivät ole ihmisten nimiä</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Raporttitiedosto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Tallenna nimellä:</translation>
    </message>
    <message>
        <source>Save the coach report</source>
        <translation>Tallenna valmennusraportti</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <source>{item}: then {then}, now {now}</source>
        <translation>{item}: silloin {then}, nyt {now}</translation>
    </message>
    <message>
        <source>No rating session yet.</source>
        <translation>Taitoarviota ei ole vielä tehty.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 kk</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 kk</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Rate my skills…</source>
        <translation>Arvioi taitoni…</translation>
    </message>
    <message>
        <source>Focus item…</source>
        <translation>Viikon fokustaito…</translation>
    </message>
    <message>
        <source>Rate one skill you are focusing on this week</source>
        <translation>Arvioi yksi taito, johon keskityt tällä viikolla</translation>
    </message>
    <message>
        <source>Look back three months…</source>
        <translation>Katso kolme kuukautta taaksepäin…</translation>
    </message>
    <message>
        <source>Mark coaching sessions</source>
        <translation>Merkitse valmennuskerrat</translation>
    </message>
    <message>
        <source>A dashed line on the skill charts for each coaching session held</source>
        <translation>Katkoviiva taitokaavioihin jokaisen pidetyn valmennuskerran kohdalle</translation>
    </message>
    <message>
        <source>Skill charts</source>
        <translation>Taitojen kaaviot</translation>
    </message>
    <message>
        <source>Rating session</source>
        <translation>Taitoarvio</translation>
    </message>
    <message>
        <source>Skills over time</source>
        <translation>Taidot ajan mittaan</translation>
    </message>
    <message>
        <source>Latest rating beside an earlier one</source>
        <translation>Uusin arvio aiemman rinnalla</translation>
    </message>
    <message>
        <source>Three months ago: rated then, and seen with what you know now</source>
        <translation>Kolme kuukautta sitten: silloinen arvio ja nykyinen näkemys</translation>
    </message>
    <message>
        <source>Practice per week</source>
        <translation>Harjoittelu viikoittain</translation>
    </message>
    <message>
        <source>Elements present in the encounters</source>
        <translation>Elementit kohtaamisissa</translation>
    </message>
    <message>
        <source>Listening levels</source>
        <translation>Kuuntelun tasot</translation>
    </message>
    <message>
        <source>Feedback requests</source>
        <translation>Palautepyynnöt</translation>
    </message>
    <message>
        <source>n = {n} {what} · {period}</source>
        <translation>n = {n} {what} · {period}</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>arviota</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Pohdinnat</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Harjoitukset</translation>
    </message>
    <message>
        <source>w{n} {year}</source>
        <translation>vk {n}/{year}</translation>
    </message>
    <message>
        <source>w{n}</source>
        <translation>vk {n}</translation>
    </message>
    <message>
        <source>Active weeks {n}/{of} · {totals} · {period}</source>
        <translation>Aktiiviset viikot {n}/{of} · {totals} · {period}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Osittain</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>merkintää</translation>
    </message>
    <message>
        <source>1 Downloading</source>
        <translation>1 Oman käsityksen vahvistaminen</translation>
    </message>
    <message>
        <source>2 Factual</source>
        <translation>2 Faktat</translation>
    </message>
    <message>
        <source>3 Empathic</source>
        <translation>3 Empaattinen</translation>
    </message>
    <message>
        <source>4 Generative</source>
        <translation>4 Uutta luova</translation>
    </message>
    <message>
        <source>listening-level exercises</source>
        <translation>kuuntelun taso -harjoitusta</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pyydetty</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saatu</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Loop closed</source>
        <translation>Kierre suljettu</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>pyyntöä</translation>
    </message>
    <message>
        <source>no earlier rating</source>
        <translation>ei aiempaa arviota</translation>
    </message>
    <message>
        <source>No monthly rating yet. Start one with &quot;Rate my skills&quot;.</source>
        <translation>Kuukauden taitoarviota ei ole vielä tehty. Aloita painikkeesta &quot;Arvioi taitoni&quot;.</translation>
    </message>
    <message>
        <source>n = {n} of {total} skills rated · {now} beside {then}</source>
        <translation>n = {n}/{total} taitoa arvioitu · {now} ja vertailuna {then}</translation>
    </message>
    <message>
        <source>rated then</source>
        <translation>arvioitu silloin</translation>
    </message>
    <message>
        <source>seen now</source>
        <translation>nähtynä nyt</translation>
    </message>
    <message>
        <source>n = {n} skills · about {day} · looked back on {now}</source>
        <translation>n = {n} taitoa · ajankohta {day} · arvioitu jälkikäteen {now}</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Harjoitus</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Taitoarvio</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Viikko, joka alkaa {day}</translation>
    </message>
    <message>
        <source>Focus item</source>
        <translation>Viikon fokustaito</translation>
    </message>
    <message>
        <source>Which skill are you focusing on?</source>
        <translation>Mihin taitoon keskityt?</translation>
    </message>
    <message>
        <source>Rating saved.</source>
        <translation>Taitoarvio tallennettu.</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Quick entry</source>
        <translation>Pikakirjaus</translation>
    </message>
    <message>
        <source>Jot down the encounter now and complete it later.</source>
        <translation>Kirjaa kohtaaminen nyt lyhyesti ja täydennä myöhemmin.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>e.g. Customer&apos;s complaint on the phone</source>
        <translation>esim. Asiakkaan reklamaatio puhelimessa</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation>Mitä tapahtui, lauseella tai kahdella</translation>
    </message>
    <message>
        <source>One feeling</source>
        <translation>Yksi tunne</translation>
    </message>
    <message>
        <source>— no feeling chosen —</source>
        <translation>— ei valittua tunnetta —</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Mitä tapahtui</translation>
    </message>
    <message>
        <source>&amp;Feeling</source>
        <translation>&amp;Tunne</translation>
    </message>
    <message>
        <source>Enter saves (Shift+Enter starts a new line), Esc cancels.</source>
        <translation>Enter tallentaa (Vaihto+Enter aloittaa uuden rivin), Esc peruu.</translation>
    </message>
    <message>
        <source>Discard this quick entry? What you typed will not be saved.</source>
        <translation>Hylätäänkö tämä pikakirjaus? Kirjoittamaasi ei tallenneta.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
</context>
<context>
    <name>RatingItemForm</name>
    <message>
        <source>{level} – {anchor}</source>
        <translation>{level} – {anchor}</translation>
    </message>
    <message>
        <source>One example from the last four weeks</source>
        <translation>Yksi esimerkki viimeiseltä neljältä viikolta</translation>
    </message>
    <message>
        <source>No linked entry</source>
        <translation>Ei linkitettyä merkintää</translation>
    </message>
    <message>
        <source>Linked diary entry</source>
        <translation>Linkitetty päiväkirjamerkintä</translation>
    </message>
    <message>
        <source>…or link an entry</source>
        <translation>…tai linkitä merkintä</translation>
    </message>
    <message>
        <source>Confidence not set</source>
        <translation>Varmuutta ei valittu</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Epävarma</translation>
    </message>
    <message>
        <source>Fairly sure</source>
        <translation>Melko varma</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Varma</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei valittu</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Varmuus</translation>
    </message>
    <message>
        <source>1 = unsure, 2 = fairly sure, 3 = sure</source>
        <translation>1 = epävarma, 2 = melko varma, 3 = varma</translation>
    </message>
    <message>
        <source>How sure are you?</source>
        <translation>Kuinka varma olet?</translation>
    </message>
    <message>
        <source>Choose the sentence that fits best, or &quot;no evidence yet&quot;.</source>
        <translation>Valitse kuvaus, joka sopii parhaiten, tai &quot;ei havaintoa vielä&quot;.</translation>
    </message>
    <message>
        <source>Add one example or link an entry: how do you know?</source>
        <translation>Lisää yksi esimerkki tai linkitä merkintä: mistä tiedät?</translation>
    </message>
</context>
<context>
    <name>RatingReminderCard</name>
    <message>
        <source>Your monthly skill rating is due</source>
        <translation>Kuukauden taitoarvio on ajankohtainen</translation>
    </message>
    <message>
        <source>About five minutes: ten skills, each with one example from the last four weeks.</source>
        <translation>Noin viisi minuuttia: kymmenen taitoa, kuhunkin yksi esimerkki viimeiseltä neljältä viikolta.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Start the monthly skill rating</source>
        <translation>Aloita kuukauden taitoarvio</translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation>Muistuta viikon päästä</translation>
    </message>
</context>
<context>
    <name>RatingSessionDialog</name>
    <message>
        <source>Monthly skill rating</source>
        <translation>Kuukauden taitoarvio</translation>
    </message>
    <message>
        <source>Weekly focus rating</source>
        <translation>Viikon fokustaidon arvio</translation>
    </message>
    <message>
        <source>Looking back three months</source>
        <translation>Katse kolme kuukautta taaksepäin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Skills to rate</source>
        <translation>Arvioitavat taidot</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Previous item (Alt+Left)</source>
        <translation>Edellinen taito (Alt+Vasen)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Item {n} of {total}</source>
        <translation>Taito {n}/{total}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>This rating could not be saved: {n} problems.</source>
        <translation>Arviota ei voitu tallentaa: ongelmia {n}.</translation>
    </message>
    <message>
        <source>Your rating is saved. Here it is beside your previous one.</source>
        <translation>Taitoarvio on tallennettu. Tässä se on edellisen rinnalla.</translation>
    </message>
    <message>
        <source>This is your first rating of these skills: nothing to compare yet.</source>
        <translation>Tämä on ensimmäinen arviosi näistä taidoista, joten vertailtavaa ei vielä ole.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Taito</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Aiemmin</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ei arvioitu</translation>
    </message>
    <message>
        <source>Leave this rating without saving it?</source>
        <translation>Poistutaanko arviosta tallentamatta?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Poistu</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Record form</source>
        <translation>Tietojen lomake</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The diary could not be opened</source>
        <translation>Päiväkirjaa ei voitu avata</translation>
    </message>
    <message>
        <source>Työkirja could not open your diary.</source>
        <translation>Työkirja ei voinut avata päiväkirjaasi.</translation>
    </message>
    <message>
        <source>A good backup of this diary was found. Restoring it keeps the current file aside, renamed, so nothing is deleted.</source>
        <translation>Tästä päiväkirjasta löytyi ehjä varmuuskopio. Kun palautat sen, nykyinen tiedosto siirretään sivuun uudella nimellä, joten mitään ei poisteta.</translation>
    </message>
    <message numerus="yes">
        <source>Restore newest good backup ({date}, %n entries)</source>
        <translation>
            <numerusform>Palauta uusin ehjä varmuuskopio ({date}, %n merkintä)</numerusform>
            <numerusform>Palauta uusin ehjä varmuuskopio ({date}, %n merkintää)</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of this diary was found. You can open another diary file, or start a new empty diary: the current file is then moved aside, renamed, and kept.</source>
        <translation>Tästä päiväkirjasta ei löytynyt varmuuskopiota. Voit avata toisen päiväkirjatiedoston tai aloittaa uuden tyhjän päiväkirjan: nykyinen tiedosto siirretään silloin sivuun uudella nimellä ja säilytetään.</translation>
    </message>
    <message>
        <source>Start a new empty diary…</source>
        <translation>Aloita uusi tyhjä päiväkirja…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Valitse toinen tiedosto…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>The backup from {date} was restored.</source>
        <translation>Varmuuskopio ajalta {date} palautettiin.</translation>
    </message>
    <message>
        <source>The file that could not be opened was kept as {path}.</source>
        <translation>Tiedosto, jota ei voitu avata, säilytettiin nimellä {path}.</translation>
    </message>
    <message>
        <source>Start a new empty diary at {path}? The current file will be moved aside, renamed, and kept.</source>
        <translation>Aloitetaanko uusi tyhjä päiväkirja polkuun {path}? Nykyinen tiedosto siirretään sivuun uudella nimellä ja säilytetään.</translation>
    </message>
    <message>
        <source>Start a new diary</source>
        <translation>Aloita uusi päiväkirja</translation>
    </message>
    <message>
        <source>Open another diary</source>
        <translation>Avaa toinen päiväkirja</translation>
    </message>
    <message>
        <source>Työkirja diaries (*.sqlite);;All files (*)</source>
        <translation>Työkirjan päiväkirjat (*.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>The start-at-login setting could not be saved ({reason}). The reminder works while Työkirja is open.</source>
        <translation>Käynnistystä kirjautuessa ei voitu tallentaa ({reason}). Muistutus toimii, kun Työkirja on auki.</translation>
    </message>
    <message>
        <source>A moment to write? Is there an encounter from today worth a few lines?</source>
        <translation>Olisiko hetki kirjoittaa? Oliko tänään kohtaaminen, josta kannattaisi kirjata pari riviä?</translation>
    </message>
    <message>
        <source>Write now</source>
        <translation>Kirjoita nyt</translation>
    </message>
    <message>
        <source>Remind me in 30 minutes</source>
        <translation>Muistuta 30 minuutin päästä</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder</source>
        <translation>Muistutus</translation>
    </message>
    <message>
        <source>You have used Työkirja for a week. Would a quiet reminder help you write? It comes only on days when you have not written yet, and you can snooze it.</source>
        <translation>Olet käyttänyt Työkirjaa viikon. Auttaisiko hiljainen muistutus kirjoittamaan? Se tulee vain päivinä, joina et ole vielä kirjoittanut, ja sitä voi lykätä.</translation>
    </message>
    <message>
        <source>Remind me to write</source>
        <translation>Muistuta minua kirjoittamaan</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Muistutuksen kellonaika</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Kello</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Päivät</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päivinä</translation>
    </message>
    <message>
        <source>Start Työkirja when I log in (otherwise reminders come only while it is open)</source>
        <translation>Käynnistä Työkirja, kun kirjaudun sisään (muuten muistutukset tulevat vain sen ollessa auki)</translation>
    </message>
    <message>
        <source>No streaks and no counting: the reminder only says that there is a moment to write.</source>
        <translation>Ei putkia eikä laskureita: muistutus vain kertoo, että nyt olisi hetki kirjoittaa.</translation>
    </message>
    <message>
        <source>Työkirja starts with your session, for its reminders.</source>
        <translation>Työkirja käynnistyy istunnon alkaessa muistutuksia varten.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>These words look like personal names: {words}. Other people should appear by role only. Go back and leave the entry out or change its text, or confirm below that they are not names.</source>
        <translation>Nämä sanat näyttävät henkilöiden nimiltä: {words}. Muut ihmiset kuuluu mainita vain roolinsa mukaan. Palaa takaisin ja jätä merkintä pois tai muuta sen tekstiä, tai vahvista alla, etteivät ne ole nimiä.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>No goals in this period.</source>
        <translation>Tällä jaksolla ei ole tavoitteita.</translation>
    </message>
    <message numerus="yes">
        <source>Your levels and their anchor sentences for %n skills, from {sessions} rating sessions. Your examples and notes are not included.</source>
        <translation>
            <numerusform>Tasosi ja niiden kuvaukset %n taidosta {sessions} arviointikerralta. Esimerkkisi ja muistiinpanosi eivät ole mukana.</numerusform>
            <numerusform>Tasosi ja niiden kuvaukset %n taidosta {sessions} arviointikerralta. Esimerkkisi ja muistiinpanosi eivät ole mukana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counts per week over %n weeks: {totals}. Active weeks {x}/{y}.</source>
        <translation>
            <numerusform>Määrät viikoittain %n viikon ajalta: {totals}. Aktiivisia viikkoja {x}/{y}.</numerusform>
            <numerusform>Määrät viikoittain %n viikon ajalta: {totals}. Aktiivisia viikkoja {x}/{y}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals over %n entries: channels and situations, internal and external, difficulty, elements, listening levels and presence checks. No single entry is shown.</source>
        <translation>
            <numerusform>Yhteenvedot %n merkinnästä: kanavat ja tilanteet, sisäiset ja ulkoiset, vaikeus, elementit, kuuntelun tasot ja läsnäolo. Yksittäistä merkintää ei näytetä.</numerusform>
            <numerusform>Yhteenvedot %n merkinnästä: kanavat ja tilanteet, sisäiset ja ulkoiset, vaikeus, elementit, kuuntelun tasot ja läsnäolo. Yksittäistä merkintää ei näytetä.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries chosen.</source>
        <translation>Yhtään merkintää ei ole valittu.</translation>
    </message>
    <message numerus="yes">
        <source>Scale answers of %n load and recovery checks, and the sources of load. No free text.</source>
        <translation>
            <numerusform>%n jaksamisen tarkistuksen asteikkovastaukset ja kuormituksen lähteet. Ei vapaata tekstiä.</numerusform>
            <numerusform>%n jaksamisen tarkistuksen asteikkovastaukset ja kuormituksen lähteet. Ei vapaata tekstiä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The anchor sentences of the rating scale (the same for everyone).</source>
        <translation>Arviointiasteikon tasokuvaukset (samat kaikille käyttäjille).</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Coach report</source>
        <translation>Valmennusraportti</translation>
    </message>
    <message>
        <source>Write the PDF</source>
        <translation>Kirjoita PDF</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Harjoitus</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Gathering the preview…</source>
        <translation>Kootaan esikatselua…</translation>
    </message>
    <message>
        <source>{name} exists already. Replace it?</source>
        <translation>{name} on jo olemassa. Korvataanko se?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Kirjoitetaan raporttia…</translation>
    </message>
    <message>
        <source>The coach report was saved to {path}. Only the sections in the preview are in it.</source>
        <translation>Valmennusraportti tallennettiin tiedostoon {path}. Siinä on vain esikatselussa näkyneet osiot.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Keskeytetään…</translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>Keskeytetty. Tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Tiedostoa ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>ScaleStep</name>
    <message>
        <source>Not answered</source>
        <translation>Ei vastattu</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>What the report holds</source>
        <translation>Mitä raporttiin tulee</translation>
    </message>
    <message>
        <source>Summaries are on to start with. Your own texts, feelings and load checks go along only if you tick them, every time.</source>
        <translation>Yhteenvedot ovat valmiiksi mukana. Omat tekstisi, tunteesi ja jaksamisen tarkistukset tulevat mukaan vain, jos rastitat ne – joka kerta erikseen.</translation>
    </message>
    <message>
        <source>Cover: period, date, and that this is your own report, not an appraisal</source>
        <translation>Kansi: jakso, päiväys ja maininta, että tämä on oma raporttisi eikä arviointi</translation>
    </message>
    <message>
        <source>What I want to discuss (you write it on the next page)</source>
        <translation>Mistä haluan puhua (kirjoitat sen seuraavalla sivulla)</translation>
    </message>
    <message>
        <source>Goals and experiments: wish, if–then plans, status</source>
        <translation>Tavoitteet ja kokeilut: toive, jos–niin-suunnitelmat, tila</translation>
    </message>
    <message>
        <source>Sessions and agreements: coaching sessions held, what was agreed and what came of it</source>
        <translation>Valmennuskerrat ja sopimukset: pidetyt kerrat, mitä sovittiin ja mitä siitä tuli</translation>
    </message>
    <message>
        <source>Session notes: only of sessions marked “notes may go into a coach report”</source>
        <translation>Valmennuskertojen muistiinpanot: vain kerroilta, joilla on rasti ”Muistiinpanot saavat mennä valmentajaraporttiin”</translation>
    </message>
    <message>
        <source>Skill profile: your levels over time and the anchor sentences</source>
        <translation>Taitoprofiili: tasosi ajan mittaan ja tasokuvaukset</translation>
    </message>
    <message>
        <source>Practice: how much you practised per week</source>
        <translation>Harjoittelu: paljonko harjoittelit viikoittain</translation>
    </message>
    <message>
        <source>Encounter patterns: totals only, no single entry</source>
        <translation>Kohtaamisten kuvio: vain yhteenvedot, ei yksittäisiä merkintöjä</translation>
    </message>
    <message>
        <source>Feedback: asked, received, processed, loop closed; themes by skill</source>
        <translation>Palaute: pyydetty, saatu, käsitelty, kerrottu takaisin; teemat taidoittain</translation>
    </message>
    <message>
        <source>Appendix: the rating scale&apos;s anchor sentences</source>
        <translation>Liite: arviointiasteikon tasokuvaukset</translation>
    </message>
    <message>
        <source>Free text of entries and reflections you pick one by one</source>
        <translation>Merkintöjen ja pohdintojen tekstit, jotka valitset yksitellen</translation>
    </message>
    <message>
        <source>Feelings in encounters: your most frequent feeling words, and feelings in the picked entries</source>
        <translation>Tunteet kohtaamisissa: yleisimmät tunnesanasi ja valittujen merkintöjen tunteet</translation>
    </message>
    <message>
        <source>Load and recovery checks (scales only)</source>
        <translation>Jaksamisen tarkistukset (vain asteikot)</translation>
    </message>
    <message>
        <source>Customer metrics (NPS, CSAT, CES) logged on your entries</source>
        <translation>Merkintöihin kirjaamasi asiakasmittarit (NPS, CSAT, CES)</translation>
    </message>
    <message>
        <source>Feedback in their words: what was said, and what you take and leave</source>
        <translation>Palautteen sanat: mitä sanottiin ja mitä otat käyttöön tai jätät</translation>
    </message>
    <message>
        <source>On unless you untick</source>
        <translation>Mukana, ellet poista rastia</translation>
    </message>
    <message>
        <source>Private: only if you tick</source>
        <translation>Yksityiset: mukana vain, jos rastitat</translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message>
        <source>Done earlier</source>
        <translation>Tehty aiemmin</translation>
    </message>
    <message>
        <source>Earlier sessions of this exercise</source>
        <translation>Tämän harjoituksen aiemmat kerrat</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Poista kerta</translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation>Poista valittu kerta</translation>
    </message>
    <message>
        <source>Session of {when} deleted.</source>
        <translation>Kerta {when} poistettiin.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Flagged</source>
        <translation>Merkitty</translation>
    </message>
    <message>
        <source>Goal review due</source>
        <translation>Tavoitteen arvio</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <source>Skill rating changed</source>
        <translation>Taitoarvio muuttui</translation>
    </message>
    <message>
        <source>Agreed last time</source>
        <translation>Sovittiin viimeksi</translation>
    </message>
    <message>
        <source>My question</source>
        <translation>Oma kysymys</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>Kasvokkain</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Seurattu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>kesken</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <source>goal active</source>
        <translation>tavoite käynnissä</translation>
    </message>
    <message>
        <source>goal continues</source>
        <translation>tavoite jatkuu</translation>
    </message>
    <message>
        <source>goal adapted</source>
        <translation>tavoitetta muutettu</translation>
    </message>
    <message>
        <source>goal ended</source>
        <translation>tavoite päättynyt</translation>
    </message>
    <message>
        <source>e.g. coach, mentor (a role is enough)</source>
        <translation>esim. valmentaja, mentori (rooli riittää)</translation>
    </message>
    <message>
        <source>Gather agenda</source>
        <translation>Kokoa asialista</translation>
    </message>
    <message>
        <source>Add flagged and due items to the agenda</source>
        <translation>Lisää merkityt ja erääntyneet asiat asialistalle</translation>
    </message>
    <message>
        <source>What the coach reflected back to me</source>
        <translation>Mitä valmentaja peilasi minulle</translation>
    </message>
    <message>
        <source>What I realised myself</source>
        <translation>Mitä itse oivalsin</translation>
    </message>
    <message>
        <source>Notes may go into a coach report</source>
        <translation>Muistiinpanot saavat mennä valmentajaraporttiin</translation>
    </message>
    <message>
        <source>Private by default: the notes stay on this computer unless ticked.</source>
        <translation>Oletuksena yksityisiä: muistiinpanot pysyvät tällä koneella, ellet rastita tätä.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Asialista</translation>
    </message>
    <message>
        <source>Coach reflected</source>
        <translation>Valmentajan peilaus</translation>
    </message>
    <message>
        <source>My insights</source>
        <translation>Omat oivallukset</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Valmennuskerrat</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Uusi kerta</translation>
    </message>
    <message>
        <source>Plan a new coaching session</source>
        <translation>Suunnittele uusi valmennuskerta</translation>
    </message>
    <message>
        <source>Plan your next coaching session here. Flag diary entries, exercises, ratings, goals and feedback for it with Ctrl+Shift+K; they gather on its agenda.</source>
        <translation>Suunnittele tässä seuraava valmennuskertasi. Merkitse sille päiväkirjamerkintöjä, harjoituksia, arvioita, tavoitteita ja palautteita näppäimillä Ctrl+Shift+K; ne kertyvät sen asialistalle.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Poista valmennuskerta</translation>
    </message>
    <message>
        <source>Session deleted: {title}</source>
        <translation>Valmennuskerta poistettu: {title}</translation>
    </message>
    <message>
        <source>Session restored.</source>
        <translation>Valmennuskerta palautettu.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) agreed in it stay, without the link to the session.</source>
        <translation>
            <numerusform>%n siinä sovittu tavoite säilyy ilman linkkiä valmennuskertaan.</numerusform>
            <numerusform>%n siinä sovittua tavoitetta säilyy ilman linkkiä valmennuskertaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Valmennuskerta</translation>
    </message>
    <message>
        <source>Agenda gathered.</source>
        <translation>Asialista koottu.</translation>
    </message>
    <message>
        <source>The agreement was not saved: write what you agreed, then add it again.</source>
        <translation>Sopimusta ei tallennettu: kirjoita, mitä sovit, ja lisää se uudelleen.</translation>
    </message>
    <message>
        <source>Agreement saved; it is on Today until done.</source>
        <translation>Sopimus tallennettu; se näkyy Tänään-sivulla, kunnes se on tehty.</translation>
    </message>
</context>
<context>
    <name>SkillLineChart</name>
    <message>
        <source>{day}: level {level}</source>
        <translation>{day}: taso {level}</translation>
    </message>
    <message>
        <source>No rating in this period</source>
        <translation>Ei arvioita tällä jaksolla</translation>
    </message>
</context>
<context>
    <name>StatementStep</name>
    <message>
        <source>Statement</source>
        <translation>Repliikki</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Your plan</source>
        <translation>Suunnitelmasi</translation>
    </message>
    <message>
        <source>Try this plan as an experiment</source>
        <translation>Kokeile suunnitelmaa tavoitteena</translation>
    </message>
    <message>
        <source>Saves the plan as a goal with a review in a week (see Goals)</source>
        <translation>Tallentaa suunnitelman tavoitteeksi, jonka tarkistat viikon päästä (ks. Tavoitteet)</translation>
    </message>
    <message>
        <source>How useful was this? (optional)</source>
        <translation>Kuinka hyödyllinen tämä oli? (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ei arvioitu</translation>
    </message>
    <message>
        <source>Usefulness {n} of 5</source>
        <translation>Hyödyllisyys {n}/5</translation>
    </message>
    <message>
        <source>How useful was this?</source>
        <translation>Kuinka hyödyllinen tämä oli?</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Vastauksesi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Summary of the exercise</source>
        <translation>Harjoituksen yhteenveto</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>Seuraava askeleesi</translation>
    </message>
    <message>
        <source>No answers were stored.</source>
        <translation>Vastauksia ei tallennettu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Saved as a goal: you find it under Goals</source>
        <translation>Tallennettu tavoitteeksi: löydät sen kohdasta Tavoitteet</translation>
    </message>
</context>
<context>
    <name>TermPicker</name>
    <message>
        <source>Arrow keys move between the words; Space chooses or clears a word.</source>
        <translation>Nuolinäppäimet siirtävät sanasta toiseen; välilyönti valitsee sanan tai poistaa valinnan.</translation>
    </message>
    <message>
        <source>Not in the word list</source>
        <translation>Ei sanastossa</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Aktiiviset viikot</translation>
    </message>
    <message>
        <source>Quick reflection</source>
        <translation>Pikareflektio</translation>
    </message>
    <message>
        <source>Start a quick reflection</source>
        <translation>Aloita pikareflektio</translation>
    </message>
    <message>
        <source>Three minutes on one encounter of today</source>
        <translation>Kolme minuuttia yhdestä tämän päivän kohtaamisesta</translation>
    </message>
    <message>
        <source>Today&apos;s cards</source>
        <translation>Tämän päivän kortit</translation>
    </message>
    <message>
        <source>You practised in {n} of the last {of} weeks.</source>
        <translation>Harjoittelit {n} viikkona viimeisistä {of}.</translation>
    </message>
    <message>
        <source>Every week with even one exercise or diary entry counts as an active week.</source>
        <translation>Jokainen viikko, jolla teet yhdenkin harjoituksen tai merkinnän, on aktiivinen viikko.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Tervetuloa takaisin</translation>
    </message>
    <message>
        <source>Good to see you again.</source>
        <translation>Kiva nähdä sinut taas.</translation>
    </message>
    <message>
        <source>Good to see you again. A one-minute exercise is a gentle way to start:</source>
        <translation>Kiva nähdä sinut taas. Minuutin harjoitus on lempeä tapa aloittaa:</translation>
    </message>
    <message>
        <source>Start: {name}</source>
        <translation>Aloita: {name}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Jatka siitä, mihin jäit</translation>
    </message>
    <message>
        <source>Paused {day}</source>
        <translation>Jäi kesken {day}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Continue: {name}</source>
        <translation>Jatka: {name}</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Discard: {name}</source>
        <translation>Hylkää: {name}</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Ajankohtaiset jatkotoimet</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>Ajankohtainen {day} alkaen</translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation>Tee nyt</translation>
    </message>
    <message>
        <source>Do the follow-up: {name}</source>
        <translation>Tee jatkotoimi: {name}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Dismiss the follow-up: {name}</source>
        <translation>Ohita jatkotoimi: {name}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <source>Goals to review</source>
        <translation>Tarkistettavat tavoitteet</translation>
    </message>
    <message>
        <source>Review date {day}</source>
        <translation>Tarkistuspäivä {day}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkista</translation>
    </message>
    <message>
        <source>Review the goal: {goal}</source>
        <translation>Tarkista tavoite: {goal}</translation>
    </message>
    <message>
        <source>Agreed with my coach</source>
        <translation>Sovittu valmentajan kanssa</translation>
    </message>
    <message>
        <source>By {day}</source>
        <translation>Viimeistään {day}</translation>
    </message>
    <message>
        <source>Open goal</source>
        <translation>Avaa tavoite</translation>
    </message>
    <message>
        <source>Open the goal: {goal}</source>
        <translation>Avaa tavoite: {goal}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Mark done: {agreement}</source>
        <translation>Merkitse tehdyksi: {agreement}</translation>
    </message>
    <message>
        <source>Quick entries to complete</source>
        <translation>Täydennettävät pikakirjaukset</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Täydennä</translation>
    </message>
    <message>
        <source>Complete the entry: {title}</source>
        <translation>Täydennä merkintä: {title}</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Merkitty tehdyksi.</translation>
    </message>
    <message>
        <source>Suggested for today</source>
        <translation>Ehdotus tälle päivälle</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Discard this unfinished exercise? Its answers so far are not used.</source>
        <translation>Hylätäänkö tämä kesken jäänyt harjoitus? Sen vastauksia ei käytetä.</translation>
    </message>
    <message>
        <source>Follow-up dismissed.</source>
        <translation>Jatkotoimi ohitettu.</translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>The file</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Entry {index} (id {id})</source>
        <translation>Merkintä {index} (id {id})</translation>
    </message>
    <message>
        <source>Entry {index}</source>
        <translation>Merkintä {index}</translation>
    </message>
    <message>
        <source>Exercise session {index} (id {id})</source>
        <translation>Harjoitus {index} (id {id})</translation>
    </message>
    <message>
        <source>Follow-up {index} (id {id})</source>
        <translation>Jatkotoimi {index} (id {id})</translation>
    </message>
    <message>
        <source>Feedback request {index} (id {id})</source>
        <translation>Palautepyyntö {index} (id {id})</translation>
    </message>
    <message>
        <source>Goal {index} (id {id})</source>
        <translation>Tavoite {index} (id {id})</translation>
    </message>
    <message>
        <source>Exercise session {index}</source>
        <translation>Harjoitus {index}</translation>
    </message>
    <message>
        <source>Follow-up {index}</source>
        <translation>Jatkotoimi {index}</translation>
    </message>
    <message>
        <source>Feedback request {index}</source>
        <translation>Palautepyyntö {index}</translation>
    </message>
    <message>
        <source>Goal {index}</source>
        <translation>Tavoite {index}</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” has a date outside the years {min}–{max}.</source>
        <translation>{where}: kentän ”{field}” päivämäärä on vuosien {min}–{max} ulkopuolella.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” must be a whole number from {min} to {max}.</source>
        <translation>{where}: kentän ”{field}” arvon pitää olla kokonaisluku väliltä {min}–{max}.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” holds a number too large for Työkirja.</source>
        <translation>{where}: kentässä ”{field}” on luku, joka on Työkirjalle liian suuri.</translation>
    </message>
    <message>
        <source>{where}: the answer in the field “{field}” does not fit its exercise step.</source>
        <translation>{where}: kentän ”{field}” vastaus ei sovi harjoituksen vaiheeseen.</translation>
    </message>
    <message>
        <source>The file is nested too deeply: its lists and objects go more than {depth} levels deep, and no Työkirja export does. Check that you chose the right file.</source>
        <translation>Tiedostossa on liian monta sisäkkäistä tasoa: sen luettelot ja objektit ovat sisäkkäin yli {depth} tasoa, eikä yksikään Työkirjan vienti ole sellainen. Tarkista, että valitsit oikean tiedoston.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is missing.</source>
        <translation>{where}: kenttä ”{field}” puuttuu.</translation>
    </message>
    <message>
        <source>Coaching session {index} (id {id})</source>
        <translation>Valmennuskerta {index} (id {id})</translation>
    </message>
    <message>
        <source>Next-session flag {index} (id {id})</source>
        <translation>Seuraavan kerran merkintä {index} (id {id})</translation>
    </message>
    <message>
        <source>Agreement {index} (id {id})</source>
        <translation>Sopimus {index} (id {id})</translation>
    </message>
    <message>
        <source>Coaching session {index}</source>
        <translation>Valmennuskerta {index}</translation>
    </message>
    <message>
        <source>Next-session flag {index}</source>
        <translation>Seuraavan kerran merkintä {index}</translation>
    </message>
    <message>
        <source>Agreement {index}</source>
        <translation>Sopimus {index}</translation>
    </message>
    <message>
        <source>{where}: the diary already has a coaching session with this id, with different content.</source>
        <translation>{where}: päiväkirjassa on jo valmennuskerta tällä id:llä, eri sisällöllä.</translation>
    </message>
    <message>
        <source>{where}: the diary already has a next-session flag with this id, with different content.</source>
        <translation>{where}: päiväkirjassa on jo seuraavan kerran merkintä tällä id:llä, eri sisällöllä.</translation>
    </message>
    <message>
        <source>{where}: the diary already has an agreement with this id, with different content.</source>
        <translation>{where}: päiväkirjassa on jo sopimus tällä id:llä, eri sisällöllä.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is not part of the format.</source>
        <translation>{where}: kenttä ”{field}” ei kuulu tiedostomuotoon.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” appears twice in the same place.</source>
        <translation>{where}: kenttä ”{field}” esiintyy kahdesti samassa kohdassa.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” has a value of the wrong type.</source>
        <translation>{where}: kentän ”{field}” arvo on väärää tyyppiä.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is not one of the allowed values.</source>
        <translation>{where}: kentän ”{field}” arvo ei ole mikään sallituista.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is not in the expected form.</source>
        <translation>{where}: kenttä ”{field}” ei ole odotetussa muodossa.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is too long.</source>
        <translation>{where}: kenttä ”{field}” on liian pitkä.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is out of range.</source>
        <translation>{where}: kentän ”{field}” arvo on sallitun alueen ulkopuolella.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is not valid.</source>
        <translation>{where}: kenttä ”{field}” ei kelpaa.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Tiedosto ei ole UTF-8-tekstiä. Tallenna se UTF-8-muodossa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” holds text that is not valid Unicode.</source>
        <translation>{where}: kentässä ”{field}” on tekstiä, joka ei ole kelvollista Unicodea.</translation>
    </message>
    <message>
        <source>The file is not a valid JSON document.</source>
        <translation>Tiedosto ei ole kelvollinen JSON-dokumentti.</translation>
    </message>
    <message>
        <source>The file is not a valid JSON document (error at line {line}, column {column}).</source>
        <translation>Tiedosto ei ole kelvollinen JSON-dokumentti (virhe rivillä {line}, sarakkeessa {column}).</translation>
    </message>
    <message>
        <source>The file is not a Työkirja export (it lacks the mark &quot;format&quot;: &quot;tyokirja-export&quot;).</source>
        <translation>Tiedosto ei ole Työkirjan vienti (siitä puuttuu merkintä &quot;format&quot;: &quot;tyokirja-export&quot;).</translation>
    </message>
    <message>
        <source>The file was made by a newer Työkirja (export format version {version}; this one reads up to version {max}). Update Työkirja to import it.</source>
        <translation>Tiedosto on tehty uudemmalla Työkirjalla (vientimuodon versio {version}; tämä versio lukee enintään version {max}). Päivitä Työkirja tuodaksesi sen.</translation>
    </message>
    <message>
        <source>The file has an unknown export format version.</source>
        <translation>Tiedoston vientimuodon versio on tuntematon.</translation>
    </message>
    <message>
        <source>{where} is larger than one record of an export can be (over {size} MB of text, or too many values). Check that you chose the right file.</source>
        <translation>{where} on suurempi kuin yksi viennin tietue voi olla (yli {size} Mt tekstiä tai liian monta arvoa). Tarkista, että valitsit oikean tiedoston.</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB, more than an export can be.</source>
        <translation>Tiedosto on suurempi kuin {size} Mt, eli suurempi kuin vienti voi olla.</translation>
    </message>
    <message>
        <source>The file holds more than {count} records of one kind, more than Työkirja can import at once. Check that you chose the right file.</source>
        <translation>Tiedostossa on yli {count} samanlaista tietoa, enemmän kuin Työkirja voi tuoda kerralla. Tarkista, että valitsit oikean tiedoston.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Make sure no other program is writing it, and import it again.</source>
        <translation>Tiedosto muuttui kesken tuonnin. Varmista, ettei mikään muu ohjelma kirjoita siihen, ja tuo se uudelleen.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” is not a real date or time.</source>
        <translation>{where}: kentässä ”{field}” ei ole todellinen päivämäärä tai aika.</translation>
    </message>
    <message>
        <source>{where}: the same id appears earlier in the file.</source>
        <translation>{where}: sama id esiintyy aiemmin tiedostossa.</translation>
    </message>
    <message>
        <source>{where}: the field “{field}” has a value this version of Työkirja does not know.</source>
        <translation>{where}: kentässä ”{field}” on arvo, jota tämä Työkirjan versio ei tunne.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Mitään ei tuotu.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise sessions</source>
        <translation>
            <numerusform>%n harjoitus</numerusform>
            <numerusform>%n harjoitusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n jatkotoimi</numerusform>
            <numerusform>%n jatkotointa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback requests</source>
        <translation>
            <numerusform>%n palautepyyntö</numerusform>
            <numerusform>%n palautepyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals</source>
        <translation>
            <numerusform>%n tavoite</numerusform>
            <numerusform>%n tavoitetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching sessions</source>
        <translation>
            <numerusform>%n valmennuskerta</numerusform>
            <numerusform>%n valmennuskertaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n next-session flags</source>
        <translation>
            <numerusform>%n merkintä seuraavalle kerralle</numerusform>
            <numerusform>%n merkintää seuraavalle kerralle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n sopimus</numerusform>
            <numerusform>%n sopimusta</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} ja {last}</translation>
    </message>
    <message>
        <source>Imported {records} into {path}.</source>
        <translation>Tuotiin {records} päiväkirjaan {path}.</translation>
    </message>
    <message>
        <source>The file holds no entries or practice records, so nothing was added to {path}.</source>
        <translation>Tiedostossa ei ole merkintöjä eikä harjoittelutietoja, joten päiväkirjaan {path} ei lisätty mitään.</translation>
    </message>
    <message>
        <source>{path} does not exist. Nothing was imported.</source>
        <translation>Tiedostoa {path} ei ole olemassa. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an export file. Nothing was imported.</source>
        <translation>{path} on kansio eikä vientitiedosto. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>{path} could not be read. Check that you may read it. Nothing was imported.</source>
        <translation>Tiedostoa {path} ei voitu lukea. Tarkista, että sinulla on lukuoikeus. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} was not written. Free some space and try again.</source>
        <translation>Levy on täynnä, joten tiedostoa {path} ei kirjoitettu. Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>{path} could not be written because its folder does not exist.</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa, koska sen kansiota ei ole olemassa.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name for the export.</source>
        <translation>{path} on kansio. Anna viennille tiedostonimi.</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder is read-only or you may not write there.</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: kansio on vain luku -tilassa tai sinulla ei ole siihen kirjoitusoikeutta.</translation>
    </message>
    <message>
        <source>{path} could not be written. Check the folder and try again.</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa. Tarkista kansio ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>There is no report section called {detail}. The sections are: {sections}.</source>
        <translation>Raportissa ei ole osiota nimeltä {detail}. Osiot ovat: {sections}.</translation>
    </message>
    <message>
        <source>The report can be written in Finnish (fi) or English (en).</source>
        <translation>Raportin voi kirjoittaa suomeksi (fi) tai englanniksi (en).</translation>
    </message>
    <message>
        <source>The period starts after it ends. Check the dates.</source>
        <translation>Jakso alkaa vasta loppunsa jälkeen. Tarkista päivämäärät.</translation>
    </message>
    <message>
        <source>Give the first day of the period.</source>
        <translation>Anna jakson ensimmäinen päivä.</translation>
    </message>
    <message>
        <source>The agenda takes up to three short lines (400 characters).</source>
        <translation>Puheenaiheisiin mahtuu enintään kolme lyhyttä riviä (400 merkkiä).</translation>
    </message>
    <message>
        <source>Choose the period: the last four weeks, the last three months, the last twelve months or since a date.</source>
        <translation>Valitse jakso: viimeiset neljä viikkoa, kolme kuukautta, kaksitoista kuukautta tai tietystä päivästä alkaen.</translation>
    </message>
    <message>
        <source>The report options do not work together. Nothing was written.</source>
        <translation>Raportin valinnat eivät sovi yhteen. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Skill rating {index} (id {id})</source>
        <translation>Taitoarvio {index} (id {id})</translation>
    </message>
    <message>
        <source>Shared report {index} (id {id})</source>
        <translation>Jaettu raportti {index} (id {id})</translation>
    </message>
    <message>
        <source>Skill rating {index}</source>
        <translation>Taitoarvio {index}</translation>
    </message>
    <message>
        <source>Shared report {index}</source>
        <translation>Jaettu raportti {index}</translation>
    </message>
    <message>
        <source>{where}: the diary already has an exercise session with this id, with different content.</source>
        <translation>{where}: päiväkirjassa on jo harjoitus tällä id:llä, eri sisällöllä.</translation>
    </message>
    <message>
        <source>{where}: the diary already has a follow-up with this id, with different content.</source>
        <translation>{where}: päiväkirjassa on jo jatkotoimi tällä id:llä, eri sisällöllä.</translation>
    </message>
    <message>
        <source>{where}: the diary already has a feedback request with this id, with different content.</source>
        <translation>{where}: päiväkirjassa on jo palautepyyntö tällä id:llä, eri sisällöllä.</translation>
    </message>
    <message>
        <source>{where}: the diary already has a goal with this id, with different content.</source>
        <translation>{where}: päiväkirjassa on jo tavoite tällä id:llä, eri sisällöllä.</translation>
    </message>
    <message>
        <source>{where}: the diary already has a skill rating with this id, with different content.</source>
        <translation>{where}: päiväkirjassa on jo taitoarvio tällä id:llä, eri sisällöllä.</translation>
    </message>
    <message>
        <source>{where}: the diary already has a shared report with this id, with different content.</source>
        <translation>{where}: päiväkirjassa on jo jaettu raportti tällä id:llä, eri sisällöllä.</translation>
    </message>
    <message>
        <source>{where}: the diary already has an entry with this id, with different content.</source>
        <translation>{where}: päiväkirjassa on jo merkintä tällä id:llä, eri sisällöllä.</translation>
    </message>
    <message>
        <source>Choose whether to keep both side by side or to skip the conflicting records.</source>
        <translation>Valitse, säilytetäänkö molemmat rinnakkain vai ohitetaanko ristiriitaiset tiedot.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Mitään ei tuotu tiedostosta {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n skill ratings</source>
        <translation>
            <numerusform>%n taitoarvio</numerusform>
            <numerusform>%n taitoarviota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared reports</source>
        <translation>
            <numerusform>%n jaettu raportti</numerusform>
            <numerusform>%n jaettua raporttia</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds {new}, {same} and {conflicting}.</source>
        <translation>Tiedostossa on {new}, {same} ja {conflicting}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new records</source>
        <translation>
            <numerusform>%n uusi tieto</numerusform>
            <numerusform>%n uutta tietoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the diary</source>
        <translation>
            <numerusform>%n jo päiväkirjassa</numerusform>
            <numerusform>%n jo päiväkirjassa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting</source>
        <translation>
            <numerusform>%n ristiriitainen</numerusform>
            <numerusform>%n ristiriitaista</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting “{key}” differs from this diary&apos;s; the diary keeps its own.</source>
        <translation>Asetus ”{key}” poikkeaa tämän päiväkirjan asetuksesta; päiväkirja pitää omansa.</translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <source>Entry deleted.</source>
        <translation>Merkintä poistettu.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Kumoa (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Kumoa poisto</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Sulje ilmoitus</translation>
    </message>
    <message>
        <source>Entry deleted: {title}</source>
        <translation>Merkintä poistettu: {title}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Työkirja</source>
        <translation>Tervetuloa Työkirjaan</translation>
    </message>
    <message>
        <source>A private workbook for your encounters at work</source>
        <translation>Oma, yksityinen työkirja työn kohtaamisiin</translation>
    </message>
    <message>
        <source>Write down the encounters that matter – a customer call, a meeting, a hard talk – in a few lines. Everything stays on this computer; nothing leaves unless you export it yourself.</source>
        <translation>Kirjaa merkitykselliset kohtaamiset – asiakaspuhelu, palaveri, vaikea keskustelu – muutamalla rivillä. Kaikki pysyy tällä koneella; mitään ei lähde täältä, ellet itse vie sitä ulos.</translation>
    </message>
    <message>
        <source>Short exercises, one step at a time</source>
        <translation>Lyhyitä harjoituksia, vaihe kerrallaan</translation>
    </message>
    <message>
        <source>Today suggests one short exercise: a three-minute reflection, a listening drill, a plan for a difficult talk. Weeks with practice count; nothing resets to zero.</source>
        <translation>Tänään-sivu ehdottaa yhtä lyhyttä harjoitusta: kolmen minuutin pohdintaa, kuunteluharjoitusta tai suunnitelmaa vaikeaan keskusteluun. Harjoitusviikot lasketaan; mikään ei nollaudu.</translation>
    </message>
    <message>
        <source>Bring it to your coach</source>
        <translation>Vie se valmentajallesi</translation>
    </message>
    <message>
        <source>Flag things for your next coaching session with Ctrl+Shift+K. The Coaching area gathers them into an agenda, keeps what you agree, and the guide (F1) explains the ideas behind the exercises.</source>
        <translation>Merkitse asioita seuraavalle valmennuskerralle näppäimillä Ctrl+Shift+K. Valmennus-osio kokoaa ne asialistaksi ja pitää kirjaa siitä, mitä sovitte, ja opas (F1) kertoo harjoitusten taustalla olevista ajatuksista.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Ohita tervetulotoivotus</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Previous welcome screen</source>
        <translation>Edellinen tervetulonäkymä</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Next welcome screen</source>
        <translation>Seuraava tervetulonäkymä</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>Avaa opas</translation>
    </message>
    <message>
        <source>{n} of {count}</source>
        <translation>{n}/{count}</translation>
    </message>
    <message>
        <source>Start using Työkirja</source>
        <translation>Aloita Työkirjan käyttö</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Sulje tervetulotoivotus</translation>
    </message>
</context>
<context>
    <name>YearStrip</name>
    <message>
        <source>Active weeks in {year}: {active} of {weeks}</source>
        <translation>Aktiiviset viikot {year}: {active}/{weeks}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>käyttö: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>sijaintiargumentit</translation>
    </message>
    <message>
        <source>options</source>
        <translation>valinnat</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>näytä tämä ohje ja lopeta</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>näytä ohjelman versio ja lopeta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: virhe: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentti %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>tuntematon valinta %(value)r (vaihtoehdot: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>virheellinen arvo: %(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tuntemattomia argumentteja: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>nämä argumentit puuttuvat: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>jokin argumenteista %s tarvitaan</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ei sallittu yhdessä argumentin %s kanssa</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ylimääräinen arvo %r jätettiin huomiotta</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>odotettiin yhtä arvoa</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>odotettiin enintään yhtä arvoa</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>odotettiin vähintään yhtä arvoa</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>odotettiin %s arvoa</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>odotettiin %s arvoa</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>monitulkintainen valinta: %(option)s voi tarkoittaa valintoja %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>odottamaton valinta: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>tiedostoa &apos;%(filename)s&apos; ei voi avata: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>tuntematon komento %(parser_name)r (vaihtoehdot: %(choices)s)</translation>
    </message>
</context>
</TS>
