"""Finnish phrase fragments for the benchmark diary, written for this benchmark.

Sentences are composed per entry from these pools. Slots in braces are filled with one choice per
entry, already inflected for the place they stand in ({jar_ine} = inessive of the system, and so on),
so a generated entry reads as one coherent story. People appear only by role, never by name.
"""

# -- slot fillers: each tuple is the same word in the cases the templates need ---------------------

# (nominative, genitive, allative, partitive)
COUNTERPARTS = {
    "customer": [
        ("asiakas", "asiakkaan", "asiakkaalle", "asiakasta"),
        ("pitkäaikainen asiakas", "pitkäaikaisen asiakkaan", "pitkäaikaiselle asiakkaalle", "pitkäaikaista asiakasta"),
        ("uusi asiakas", "uuden asiakkaan", "uudelle asiakkaalle", "uutta asiakasta"),
        ("yritysasiakas", "yritysasiakkaan", "yritysasiakkaalle", "yritysasiakasta"),
        ("asiakkaan edustaja", "asiakkaan edustajan", "asiakkaan edustajalle", "asiakkaan edustajaa"),
        ("iäkäs asiakas", "iäkkään asiakkaan", "iäkkäälle asiakkaalle", "iäkästä asiakasta"),
    ],
    "colleague": [
        ("kollega", "kollegan", "kollegalle", "kollegaa"),
        ("tiimikaveri", "tiimikaverin", "tiimikaverille", "tiimikaveria"),
        ("toisen tiimin kollega", "toisen tiimin kollegan", "toisen tiimin kollegalle", "toisen tiimin kollegaa"),
        ("uusi työntekijä", "uuden työntekijän", "uudelle työntekijälle", "uutta työntekijää"),
        ("projektipäällikkö", "projektipäällikön", "projektipäällikölle", "projektipäällikköä"),
    ],
    "report": [
        ("tiimiläinen", "tiimiläisen", "tiimiläiselle", "tiimiläistä"),
        ("alainen", "alaisen", "alaiselle", "alaista"),
        ("kokenut asiantuntija", "kokeneen asiantuntijan", "kokeneelle asiantuntijalle", "kokenutta asiantuntijaa"),
        ("nuori työntekijä", "nuoren työntekijän", "nuorelle työntekijälle", "nuorta työntekijää"),
    ],
    "manager": [
        ("esihenkilö", "esihenkilön", "esihenkilölle", "esihenkilöä"),
        ("yksikön johtaja", "yksikön johtajan", "yksikön johtajalle", "yksikön johtajaa"),
        ("oma esihenkilöni", "oman esihenkilöni", "omalle esihenkilölleni", "omaa esihenkilöäni"),
    ],
    "partner": [
        ("yhteistyökumppani", "yhteistyökumppanin", "yhteistyökumppanille", "yhteistyökumppania"),
        ("alihankkijan projektipäällikkö", "alihankkijan projektipäällikön", "alihankkijan projektipäällikölle",
         "alihankkijan projektipäällikköä"),
        ("toimittajan edustaja", "toimittajan edustajan", "toimittajan edustajalle", "toimittajan edustajaa"),
    ],
    "other": [
        ("vierailija", "vierailijan", "vierailijalle", "vierailijaa"),
        ("työnhakija", "työnhakijan", "työnhakijalle", "työnhakijaa"),
        ("toisen yksikön edustaja", "toisen yksikön edustajan", "toisen yksikön edustajalle", "toisen yksikön edustajaa"),
    ],
}

# (nominative, genitive, elative, inessive)
SYSTEMS = [
    ("laskutusjärjestelmä", "laskutusjärjestelmän", "laskutusjärjestelmästä", "laskutusjärjestelmässä"),
    ("asiakasrekisteri", "asiakasrekisterin", "asiakasrekisteristä", "asiakasrekisterissä"),
    ("VPN-yhteys", "VPN-yhteyden", "VPN-yhteydestä", "VPN-yhteydessä"),
    ("tulostin", "tulostimen", "tulostimesta", "tulostimessa"),
    ("tilausportaali", "tilausportaalin", "tilausportaalista", "tilausportaalissa"),
    ("matkalaskusovellus", "matkalaskusovelluksen", "matkalaskusovelluksesta", "matkalaskusovelluksessa"),
    ("työajanseuranta", "työajanseurannan", "työajanseurannasta", "työajanseurannassa"),
    ("varastojärjestelmä", "varastojärjestelmän", "varastojärjestelmästä", "varastojärjestelmässä"),
    ("kassajärjestelmä", "kassajärjestelmän", "kassajärjestelmästä", "kassajärjestelmässä"),
    ("etätyöpöytä", "etätyöpöydän", "etätyöpöydästä", "etätyöpöydässä"),
    ("palkanlaskentaohjelma", "palkanlaskentaohjelman", "palkanlaskentaohjelmasta", "palkanlaskentaohjelmassa"),
    ("kalenterisovellus", "kalenterisovelluksen", "kalenterisovelluksesta", "kalenterisovelluksessa"),
]

# (nominative, genitive, elative, partitive)
PRODUCTS = [
    ("huoltosopimus", "huoltosopimuksen", "huoltosopimuksesta", "huoltosopimusta"),
    ("ohjelmistolisenssi", "ohjelmistolisenssin", "ohjelmistolisenssistä", "ohjelmistolisenssiä"),
    ("koulutuspaketti", "koulutuspaketin", "koulutuspaketista", "koulutuspakettia"),
    ("vuosisopimus", "vuosisopimuksen", "vuosisopimuksesta", "vuosisopimusta"),
    ("laitepäivitys", "laitepäivityksen", "laitepäivityksestä", "laitepäivitystä"),
    ("pilvipalvelu", "pilvipalvelun", "pilvipalvelusta", "pilvipalvelua"),
    ("kunnossapitosopimus", "kunnossapitosopimuksen", "kunnossapitosopimuksesta", "kunnossapitosopimusta"),
    ("asiakaskortti", "asiakaskortin", "asiakaskortista", "asiakaskorttia"),
    ("etäseurantapalvelu", "etäseurantapalvelun", "etäseurantapalvelusta", "etäseurantapalvelua"),
    ("kalustevuokraus", "kalustevuokrauksen", "kalustevuokrauksesta", "kalustevuokrausta"),
]

# (nominative, elative)
PROBLEMS = [
    ("myöhästynyt toimitus", "myöhästyneestä toimituksesta"),
    ("virheellinen lasku", "virheellisestä laskusta"),
    ("rikkinäinen laite", "rikkinäisestä laitteesta"),
    ("peruttu asennuskäynti", "perutusta asennuskäynnistä"),
    ("kaksinkertainen veloitus", "kaksinkertaisesta veloituksesta"),
    ("katkennut palvelu", "katkenneesta palvelusta"),
    ("väärä tuote", "väärästä tuotteesta"),
    ("unohtunut takaisinsoitto", "unohtuneesta takaisinsoitosta"),
    ("puutteellinen asennus", "puutteellisesta asennuksesta"),
]

# development-talk topics and negotiation topics: (nominative, elative)
DEV_TOPICS = [
    ("urasuunnitelma", "urasuunnitelmasta"),
    ("työkuorma", "työkuormasta"),
    ("vuoden tavoitteet", "vuoden tavoitteista"),
    ("osaamisen kehittäminen", "osaamisen kehittämisestä"),
    ("palkkatoive", "palkkatoiveesta"),
    ("tiimin ilmapiiri", "tiimin ilmapiiristä"),
    ("uusi vastuualue", "uudesta vastuualueesta"),
    ("etätyön käytännöt", "etätyön käytännöistä"),
    ("jaksaminen", "jaksamisesta"),
]
NEGOTIATION_TOPICS = [
    ("hinnankorotus", "hinnankorotuksesta"),
    ("toimitusaikataulu", "toimitusaikataulusta"),
    ("resurssien jako", "resurssien jaosta"),
    ("sopimusehdot", "sopimusehdoista"),
    ("lomien ajoitus", "lomien ajoituksesta"),
    ("ensi vuoden budjetti", "ensi vuoden budjetista"),
    ("vastuunjako", "vastuunjaosta"),
]

TIMES = ["Aamulla", "Heti aamusta", "Aamupäivällä", "Juuri ennen lounasta", "Lounaan jälkeen",
         "Iltapäivällä", "Päivän lopuksi", "Viikkopalaverin jälkeen", "Kesken toisen tehtävän"]
DEADLINES = ["huomiseen", "perjantaihin", "ensi viikon tiistaihin", "kuun loppuun", "iltapäivään"]

# -- titles per situation ----------------------------------------------------------------------

TITLES = {
    "service": ["Neuvoin asiakasta: {tuote}", "Asiakkaan kysymys {tuote_ela}", "Palvelutilanne: {tuote}",
                "Pitkä asiakaspalvelupuhelu", "Asiakas kiitti avusta", "Ruuhkainen palvelupäivä"],
    "complaint": ["Reklamaatio: {ongelma}", "Asiakkaan reklamaatio {ongelma_ela}", "Tuohtunut asiakas",
                  "Hyvitys- ja reklamaatiokeskustelu", "Valitus {ongelma_ela}"],
    "support": ["Tukipyyntö: {jar} ei toimi", "Ongelma: {jar}", "Kiireinen tukipyyntö", "IT-tuki: {jar}",
                "Kollega jumissa, {jar} jumittaa"],
    "sales": ["Myyntitapaaminen: {tuote}", "Tarjouksen läpikäynti", "Jatkosopimus {tuote_ela}",
              "Uusi asiakas kiinnostui: {tuote}", "Hintakeskustelu myyntitilanteessa"],
    "development_talk": ["Kehityskeskustelu: {aihe}", "Kehityskeskustelu tiimiläisen kanssa",
                         "Välikeskustelu: {aihe}", "Palautekeskustelu projektin jälkeen", "Keskustelu {aihe_ela}"],
    "negotiation": ["Neuvottelu: {neuv}", "Neuvottelu {neuv_ela}", "Sopimusneuvottelu kumppanin kanssa",
                    "Vaikea neuvottelu"],
    "other": ["Kollega paineen alla", "Käytäväkeskustelu", "Perehdytys", "Tiimipalaverin kiristynyt hetki",
              "Odottamaton kysymys johtoryhmässä"],
}
QUICK_TITLES = ["Hankala puhelu", "Reklamaatio aamulla", "Kollega hermostui", "Hyvä myyntikeskustelu",
                "Tukipyyntö venyi", "Kirjaa myöhemmin", "Lyhyt mutta tärkeä kohtaaminen", "Asiakas suuttui"]
QUICK_FACTS = ["{vasta} oli kiireinen ja tiuskaisi. Palaan tähän illalla.",
               "Lyhyt keskustelu, joka jäi vaivaamaan.",
               "{vasta} kiitti yllättäen. Kirjaan tarkemmin myöhemmin.",
               "Reklamaatio, jossa olin aluksi puolustuskannalla.",
               "Meni paremmin kuin pelkäsin."]

# -- what happened -----------------------------------------------------------------------------

OPENERS = [
    "{aika} {vasta} otti yhteyttä, ja keskustelu venyi suunniteltua pidemmäksi.",
    "{aika} kohtasin {vasta_par}, jonka kanssa asiat ovat aiemmin olleet hankalia.",
    "{aika} {vasta} pyysi hetken aikaa, ja huomasin heti, että jokin painoi mieltä.",
    "{aika} tuli tilanne, johon en ollut ehtinyt valmistautua.",
]
FACTS = {
    "service": [
        "{Vasta} tarvitsi apua {tuote_gen} käyttöönotossa ja oli epävarma, mistä aloittaa.",
        "Kävimme yhdessä läpi, mitä {tuote} sisältää ja mitä se ei sisällä.",
        "Asiakas kysyi, miksi hinta oli noussut edellisestä vuodesta.",
        "Selvitin asiakkaan tiedot ja huomasin, että osoite oli vanhentunut.",
        "Asiakaspalvelussa oli ruuhkaa, ja jonotusaika oli venynyt yli puoleen tuntiin.",
        "Hän oli odottanut vastausta kaksi viikkoa ja kertoi sen heti ensimmäiseksi.",
        "Huomasin, että asiakkaan kysymyksen takana oli oikeastaan huoli siitä, riittävätkö rahat.",
        "Tarjosin vaihtoehtoa, jota hän ei ollut osannut kysyä, ja se ratkaisi asian.",
        "Asiakaskohtaamisessa pyrin siihen, että hän kokisi tulleensa kohdatuksi eikä vain palvelluksi.",
        "Hän kiitti lopuksi ja sanoi, että asiointi oli ollut helpompaa kuin hän oli pelännyt.",
    ],
    "complaint": [
        "{Vasta} otti yhteyttä {ongelma_ela} ja oli selvästi tuohtunut jo ennen kuin ehdin esitellä itseni.",
        "Reklamaation aiheena oli {ongelma}, ja asiakkaan mukaan sama oli tapahtunut ennenkin.",
        "Asiakkaan mukaan tämä oli jo kolmas kerta saman vuoden aikana.",
        "Hän vaati hyvitystä ja halusi puhua esihenkilöni kanssa.",
        "Pahoittelin tapahtunutta ja kerroin, mitä selvitän ja milloin.",
        "En lähtenyt puolustelemaan, vaikka osa syystä oli asiakkaan omassa tilauksessa.",
        "Hän käytti sanoja, jotka tuntuivat henkilökohtaisilta, ja huomasin jännittyväni.",
        "Tarkistin tilaushistorian ja näin, että virhe oli meidän päässämme.",
        "Lupasin hyvityksen heti, koska se oli valtuuksieni rajoissa.",
        "Asiakkaan suuttumus laantui, kun sanoin ääneen ymmärtäväni, miksi tämä harmittaa.",
        "Keskustelun lopussa hän sanoi, ettei aio vielä vaihtaa palveluntarjoajaa.",
        "Reklamaatiokäsittely oli kesken, joten en voinut antaa lopullista vastausta.",
    ],
    "support": [
        "{Vasta} ilmoitti, ettei {jar} toiminut, ja töiden piti olla valmiina tunnin päästä.",
        "Ongelma {jar_ine} oli toistunut koko aamun, ja käyttäjiä oli jonossa useita.",
        "Pyysin kuvakaappauksen virheilmoituksesta ja sain sen muutamassa minuutissa.",
        "Hän oli kokeillut jo uudelleenkäynnistystä ja turhautui, kun sitä ehdotettiin taas.",
        "Kävimme asetukset läpi vaihe vaiheelta etäyhteyden kautta.",
        "Vika löytyi vanhentuneesta salasanasta, jonka vaihtamisesta ei ollut tullut ilmoitusta.",
        "Selitin ratkaisun ilman teknistä jargonia ja tarkistin, että hän pääsi jatkamaan.",
        "Tiketti oli siirtynyt kolmelle eri henkilölle, eikä kukaan ollut vastannut hänelle.",
        "Kollega oli paineen alla, koska kuukausiraportin määräaika oli samana päivänä.",
        "Lupasin seurata, toistuuko vika {jar_ine}, ja ilmoittaa, jos tarvitaan laajempi korjaus.",
        "Tukipyyntöjä oli tullut aamun aikana poikkeuksellisen paljon, ja tunsin kiireen.",
        "Asiakkaan tilaukset eivät näkyneet, koska {jar} oli päivitetty yöllä.",
    ],
    "sales": [
        "Esittelin {tuote_par} {vasta_lle}, joka oli verrannut useampaa vaihtoehtoa.",
        "Asiakas kysyi suoraan alennuksesta jo ensimmäisten viiden minuutin aikana.",
        "Kuuntelin ensin, mihin hän tarvitsee ratkaisua, ennen kuin kerroin tuotteesta mitään.",
        "Hän epäröi, koska edellinen toimittaja oli jättänyt hänet pulaan.",
        "Huomasin puhuvani liikaa ominaisuuksista ja liian vähän hänen tarpeistaan.",
        "Tarjous oli lähetetty viikkoa aiemmin, ja nyt kävimme sen läpi rivi riviltä.",
        "Asiakkaan budjetti oli pienempi kuin olin olettanut.",
        "Kerroin rehellisesti, mitä {tuote} ei ratkaise, ja hän arvosti sitä.",
        "Kauppa ei syntynyt tällä kertaa, mutta sovimme uudesta yhteydenotosta keväällä.",
        "Asiakas allekirjoitti sopimuksen tapaamisen päätteeksi.",
        "Myyntitavoitteet painoivat taustalla, ja huomasin kiirehtiväni päätöstä.",
    ],
    "development_talk": [
        "Kehityskeskustelussa puhuimme erityisesti {aihe_ela}.",
        "{Vasta} oli valmistautunut huolellisesti ja toi mukanaan listan kysymyksiä.",
        "Hän kertoi, että työkuorma on ollut pitkään liian suuri ja illat ovat venyneet.",
        "Kysyin, mikä työssä antaa hänelle eniten energiaa, ja hän mietti pitkään.",
        "Edellisen vuoden tavoitteista kaksi oli toteutunut ja yksi jäänyt kesken.",
        "Annoin palautetta konkreettisen esimerkin kautta enkä yleisellä tasolla.",
        "Hän toivoi enemmän vastuuta, mutta en voinut luvata uutta roolia heti.",
        "Keskustelu kääntyi hetkeksi tiimin sisäisiin jännitteisiin.",
        "Kirjasimme yhdessä kolme tavoitetta seuraavalle puolelle vuodelle.",
        "Hän sanoi ensimmäistä kertaa ääneen harkitsevansa opintovapaata.",
        "Kehityskeskustelulomake tuntui jäykältä, joten jätin osan kysymyksistä väliin.",
    ],
    "negotiation": [
        "Neuvottelimme {neuv_ela}, ja molemmilla oli omat paineensa.",
        "{Vasta} aloitti tiukalla vaatimuksella, josta hän ei aluksi suostunut joustamaan.",
        "Pyysin tauon, kun huomasin keskustelun alkavan kiertää kehää.",
        "Esitin kaksi vaihtoehtoa ja kysyin, kumpi sopii paremmin heidän tilanteeseensa.",
        "Hän kertoi, että hänen omalta esihenkilöltään tuli kova paine saada sopimus kuntoon.",
        "Kävimme läpi, mistä voimme joustaa ja mistä emme.",
        "Pääsimme kompromissiin, joka ei ollut kenenkään ensimmäinen toive.",
        "Neuvottelu jäi kesken ja jatkuu ensi viikolla.",
        "Asiakas halusi sitoa hinnan kolmeksi vuodeksi, mikä ei ollut minun päätettävissäni.",
    ],
    "other": [
        "Perehdytin uutta työntekijää talon käytäntöihin koko aamupäivän.",
        "Kollega pyysi apua esityksen valmisteluun juuri ennen määräaikaa.",
        "Tiimipalaverissa keskustelu kiristyi, kun puhuttiin lomien ajoituksesta.",
        "Vierailija eksyi väärään kerrokseen, ja saatoin hänet oikeaan paikkaan.",
        "Työkaveri purki minulle turhautumistaan organisaatiomuutoksesta.",
        "Johtoryhmän esittelyssä minulta kysyttiin asiaa, johon en ollut varautunut.",
    ],
}
COMMON_FACTS = [
    "Keskustelun alussa {vasta} kuulosti kiireiseltä ja vastasi lyhyesti.",
    "Huomasin, että {vasta_gen} äänensävy muuttui, kun aloin selittää prosessia.",
    "Olin itse väsynyt edellisen palaverin jäljiltä, ja se näkyi kärsimättömyytenä.",
    "Kysyin avoimen kysymyksen ja annoin hänen puhua loppuun keskeyttämättä.",
    "Hän toisti saman asian kolmeen kertaan, mikä kertoi minulle, ettei hän kokenut tulleensa kuulluksi.",
    "Tein keskustelun aikana muistiinpanoja ja luin lopuksi yhteenvedon ääneen.",
    "Sovimme, että palaan asiaan {dl} mennessä.",
    "Taustalla oli kiire: samaan aikaan jonossa odotti {n} muuta yhteydenottoa.",
    "Hän kertoi, että asia oli jo aiemmin luvattu hoitaa, mutta mitään ei ollut tapahtunut.",
    "Keskustelu päättyi hyvässä hengessä, vaikka kaikkea ei saatu ratkaistua.",
    "Loppua kohden tunnelma keveni, ja hän jopa naurahti.",
    "Jouduin sanomaan, etten pysty lupaamaan aikataulua, ja hän pettyi selvästi.",
    "Välissä oli pitkä hiljaisuus, jonka päätin antaa olla.",
    "{Vasta} oli selvästi paineen alla ja vastasi tiuskien.",
    "Hän sanoi, että hänellä on kolme kiireellistä asiaa yhtä aikaa eikä yksikään etene.",
    "Tarjouduin ottamaan yhden tehtävän hoitaakseni, ja hän huokaisi helpotuksesta.",
    "Asiakaskokemus ei ole vain meidän asiakkaidemme asia, vaan se näkyy myös siinä, miten kohtelemme toisiamme.",
    "Kesken kaiken puhelimeni värisi, ja huomasin vilkaisevani sitä.",
]
CHANNEL_FACTS = {
    "face_to_face": ["Tapasimme neuvotteluhuoneessa, ja näin hänen ilmeensä jo ovella.",
                     "Istuimme saman pöydän ääressä, mikä teki keskustelusta rauhallisemman."],
    "phone": ["Puhelimessa en nähnyt ilmeitä, joten kuuntelin erityisesti äänensävyä.",
              "Puhelinyhteys pätki välillä, ja jouduimme toistamaan asioita."],
    "video": ["Videopalaverissa hänen kameransa oli pois päältä, joten reaktioita oli vaikea lukea.",
              "Jaoin näyttöni, jotta kävimme asiat yhdessä läpi."],
    "chat": ["Chatissa viestit tulivat lyhyinä ja nopeasti, ja sävy tuntui tylyltä.",
             "Kirjoitin chatissa ensin lyhyesti ja kysyin sitten, sopiiko soittaa."],
    "email": ["Sähköpostiviesti oli pitkä, ja siinä oli paljon huutomerkkejä.",
              "Vastasin sähköpostiin vasta seuraavana aamuna, kun olin ehtinyt rauhoittua."],
    "other": ["Tilanne tuli vastaan käytävällä ohimennen, ilman mitään valmistautumista.",
              "Juttelimme kahvihuoneessa, jossa oli muitakin paikalla."],
}

# The rare word the search benchmark looks for: only the generator's chosen few entries carry it.
RARE_WORD = "sähkösanomapalvelin"
RARE_SENTENCE = ("Taustalla oli vanha sähkösanomapalvelin, joka oli kaatunut yöllä, ja siksi tilaukset "
                 "olivat jumissa koko aamun.")

# -- reflection fields -------------------------------------------------------------------------

MY_FEELINGS = [
    "Aluksi tunsin ärtymystä, mutta se vaihtui nopeasti myötätunnoksi.",
    "Olin jännittynyt jo ennen keskustelua, koska tiesin aiheen olevan vaikea.",
    "Tunsin itseni riittämättömäksi, kun en pystynyt ratkaisemaan asiaa heti.",
    "Jälkeenpäin olin helpottunut ja vähän ylpeäkin siitä, että pysyin rauhallisena.",
    "Huomasin, että sydän hakkasi, kun hänen äänensä nousi.",
    "Olin väsynyt ja kärsimätön, ja se vaikutti siihen, miten kuuntelin.",
    "Koin, ettei minua kunnioitettu, ja se jäi kaivelemaan.",
    "Tunsin iloa, kun asia ratkesi yhdessä.",
    "Olin utelias ja halusin ymmärtää, mistä oikeastaan oli kyse.",
    "Minua hävetti, että olin unohtanut luvatun soiton.",
    "Tunsin syyllisyyttä, vaikka virhe ei ollut minun.",
    "Olin kiitollinen siitä, että hän kertoi asian suoraan.",
]
THEIR_FEELINGS = [
    "Arvelen, että hän oli ennen kaikkea huolissaan siitä, mitä asia merkitsee hänen omalle työlleen.",
    "Luulen, että hän tunsi itsensä ohitetuksi, koska kukaan ei ollut vastannut hänelle aiemmin.",
    "Hän vaikutti pettyneeltä, mutta en ole varma, kohdistuiko pettymys minuun vai tilanteeseen.",
    "Veikkaan, että hän oli väsynyt ja kiireinen, ja siksi vastaukset olivat lyhyitä.",
    "Minusta tuntui, että hän oli helpottunut saadessaan puhua asiasta.",
    "Hänen äänestään kuuli jännityksen, ehkä pelon siitä, että asia menee esihenkilölle asti.",
    "Arvaan, että hän kaipasi ennen kaikkea varmuutta siitä, että asia hoituu.",
    "Ehkä hän tunsi olonsa arvostetuksi, kun otin hänen ehdotuksensa vakavasti.",
    "En osaa sanoa, mitä hän tunsi; hän pysyi koko ajan hyvin asiallisena.",
]
IMPACT = [
    "Luulen, että hän lähti keskustelusta rauhallisempana kuin tuli.",
    "Hän sai selkeän aikataulun, ja arvelen sen vähentäneen epävarmuutta.",
    "Kiireeni saattoi välittyä hänelle välinpitämättömyytenä.",
    "Keskeytin häntä kahdesti, mikä luultavasti vahvisti tunnetta, ettei häntä kuunnella.",
    "Hän sanoi lopuksi, että nyt hän tietää, mitä seuraavaksi tapahtuu.",
    "Vaikutukseni jäi epäselväksi, koska keskustelu loppui äkisti.",
    "Uskon, että rauhallinen äänensävyni auttoi häntä laskemaan omaansa.",
    "Hän jatkoi työtään luottavaisempana, ainakin niin hän sanoi.",
    "Taisin jättää hänet yksin ongelman kanssa, kun ohjasin hänet toiselle tiimille.",
]
WENT_WELL = [
    "Kuuntelin loppuun asti ennen kuin aloin ratkaista.",
    "Tein yhteenvedon ja tarkistin, että olimme ymmärtäneet toisemme.",
    "Pysyin rauhallisena, vaikka ääni nousi.",
    "Otin asian omakseni enkä siirtänyt sitä eteenpäin.",
    "Kerroin suoraan, mitä en voi luvata, ja se lisäsi luottamusta.",
    "Huomasin oman ärtymykseni ajoissa ja hengitin ennen vastaamista.",
    "Kysyin, mikä olisi hänelle paras lopputulos.",
    "Ennakoin seuraavan ongelman ja kerroin siitä etukäteen.",
    "Sanoin ääneen hänen tunteensa, ja se rauhoitti tilannetta.",
    "Palasin asiaan lupaamanani päivänä.",
]
DO_DIFFERENTLY = [
    "Olisin voinut kysyä enemmän ennen kuin tarjosin ratkaisua.",
    "Ensi kerralla varaan keskustelulle enemmän aikaa enkä sovita sitä kahden palaverin väliin.",
    "Olisin voinut valita puhelun sähköpostin sijaan, koska asia oli tunnepitoinen.",
    "Puhuin liikaa omista kiireistäni.",
    "Olisin voinut sanoa ääneen ymmärtäväni hänen turhautumisensa.",
    "Annoin lupauksen, jonka pitäminen ei ole omissa käsissäni.",
    "Keskeytin liian aikaisin; ensi kerralla annan hiljaisuuden olla.",
    "Tarkistan jatkossa asiakkaan historian ennen kuin vastaan.",
    "Olisin voinut kiittää häntä siitä, että hän otti asian puheeksi.",
    "Pyydän ensi kerralla palautetta heti keskustelun lopussa.",
]
FOLLOW_UPS = [
    "Soita asiakkaalle ja kerro, mitä selvitys osoitti.",
    "Lähetä yhteenveto sovituista asioista sähköpostilla.",
    "Tarkista, onko hyvitys näkynyt laskulla.",
    "Varaa jatkokeskustelu tavoitteiden seurantaan.",
    "Kysy kollegalta, miten viikko on sujunut.",
    "Selvitä, milloin {jar} päivitetään, ja kerro käyttäjille.",
    "Pyydä palautetta siitä, miten keskustelu koettiin.",
    "Lähetä päivitetty tarjous {tuote_ela}.",
    "Ota asia puheeksi tiimipalaverissa.",
    "Tarkista, onko vika toistunut.",
]
NOTES = [
    "Tämä kohtaaminen muistutti viime keväästä, jolloin sama aihe nousi esiin.",
    "Huomio itselle: maanantaiaamut ovat minulle kuormittavimpia.",
    "Tästä voisi puhua valmentajan kanssa seuraavalla kerralla.",
    "Kokeilin ensimmäistä kertaa tunteen heijastamista, ja se toimi yllättävän hyvin.",
    "Kirjaan tämän, koska haluan seurata, toistuuko kaava.",
    "Asiakaskohtaamisessa tärkeintä oli lopulta rauhallinen tahti.",
    "Kohtaamisvastuu on minulla, vaikka toinen toi mukanaan kireän tunnelman.",
    "Sama kysymys on tullut kolmelta eri asiakkaalta tässä kuussa.",
    "Kirjoitin tämän vasta illalla, joten yksityiskohdat ovat osin muistin varassa.",
]
