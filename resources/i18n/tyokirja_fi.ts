<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>App</name>
        <message>
            <source>Työkirja is already open with this diary. Switch to the open window instead.</source>
            <translation>Työkirja on jo auki tällä päiväkirjalla. Siirry avoinna olevaan ikkunaan.</translation>
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
            <source>add every entry of a JSON export to the diary (all or nothing)</source>
            <translation>lisää JSON-viennin kaikki merkinnät päiväkirjaan (kaikki tai ei mitään)</translation>
        </message>
        <message>
            <source>a Työkirja JSON export</source>
            <translation>Työkirjan JSON-vienti</translation>
        </message>
        <message>
            <source>list entries that contain the words, newest first</source>
            <translation>listaa merkinnät, joissa sanat esiintyvät, uusin ensin</translation>
        </message>
        <message>
            <source>words to look for</source>
            <translation>haettavat sanat</translation>
        </message>
        <message>
            <source>check that the diary file is whole and readable</source>
            <translation>tarkista, että päiväkirjatiedosto on ehjä ja luettavissa</translation>
        </message>
        <message>
            <source>There is no diary at {path}. Nothing was done; give the right file with --db.</source>
            <translation>Polussa {path} ei ole päiväkirjaa. Mitään ei tehty; anna oikea tiedosto valitsimella --db.</translation>
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
        <message numerus="yes">
            <source>Imported %n entries into {path}.</source>
            <translation>
                <numerusform>Tuotiin %n merkintä päiväkirjaan {path}.</numerusform>
                <numerusform>Tuotiin %n merkintää päiväkirjaan {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the words to search for.</source>
            <translation>Anna haettavat sanat.</translation>
        </message>
        <message>
            <source>No entries match the search.</source>
            <translation>Haulla ei löytynyt merkintöjä.</translation>
        </message>
        <message numerus="yes">
            <source>The diary is in good order: %n entries.</source>
            <translation>
                <numerusform>Päiväkirja on kunnossa: %n merkintä.</numerusform>
                <numerusform>Päiväkirja on kunnossa: %n merkintää.</numerusform>
            </translation>
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
        <name>EncounterDelegate</name>
        <message>
            <source>to complete</source>
            <translation>täydennettävä</translation>
        </message>
    </context>
    <context>
        <name>EncounterEditor</name>
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
            <source>Write down the other person's role only, never their name: they have not agreed to be written about.</source>
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
            <translation>Määräpäivä</translation>
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
            <source>{path} is damaged and cannot be opened safely. It was left untouched. Restore it from a backup, or keep it aside and start a new diary elsewhere.</source>
            <translation>{path} on vioittunut, eikä sitä voi avata turvallisesti. Tiedostoon ei koskettu. Palauta päiväkirja varmuuskopiosta tai siirrä tiedosto talteen ja aloita uusi päiväkirja toiseen paikkaan.</translation>
        </message>
        <message>
            <source>The disk is full, so the change was not saved. Nothing already saved was lost and your text is still in the editor. Free some space and try again.</source>
            <translation>Levy on täynnä, joten muutosta ei tallennettu. Aiemmin tallennetusta ei kadonnut mitään, ja tekstisi on yhä muokkaimessa. Vapauta levytilaa ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>{path} cannot be written to (read-only file or folder). Your text is still in the editor. Check the file's location and permissions, then try again.</source>
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
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Areas</source>
            <translation>Osiot</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Päiväkirja</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
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
            <source>&amp;Settings</source>
            <translation>&amp;Asetukset</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Kieli</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <source>&amp;About Työkirja</source>
            <translation>&amp;Tietoja Työkirjasta</translation>
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
            <source>(not known)</source>
            <translation>(ei tiedossa)</translation>
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
        <name>ProblemBanner</name>
        <message>
            <source>Problems</source>
            <translation>Ongelmat</translation>
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
            <source>e.g. Customer's complaint on the phone</source>
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
            <source>{where}: the field “{field}” is missing.</source>
            <translation>{where}: kenttä ”{field}” puuttuu.</translation>
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
            <source>The file is not a Työkirja export (it lacks the mark "format": "tyokirja-export").</source>
            <translation>Tiedosto ei ole Työkirjan vienti (siitä puuttuu merkintä "format": "tyokirja-export").</translation>
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
            <source>The file is larger than {size} MB, more than an export can be.</source>
            <translation>Tiedosto on suurempi kuin {size} Mt, eli suurempi kuin vienti voi olla.</translation>
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
            <source>{where}: the diary already has an entry with this id. Import into a new diary file, or remove the entry from the file.</source>
            <translation>{where}: päiväkirjassa on jo merkintä tällä id:llä. Tuo tiedosto uuteen päiväkirjatiedostoon tai poista merkintä tiedostosta.</translation>
        </message>
        <message>
            <source>{where}: the field “{field}” has a value this version of Työkirja does not know.</source>
            <translation>{where}: kentässä ”{field}” on arvo, jota tämä Työkirjan versio ei tunne.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Mitään ei tuotu.</translation>
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
    </context>
</TS>