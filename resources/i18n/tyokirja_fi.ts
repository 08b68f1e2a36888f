<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
</TS>