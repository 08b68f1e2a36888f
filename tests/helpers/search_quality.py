"""A Finnish search quality set: diary sentences and queries with must / must-not entries.

Used by tests/unit/test_search_quality.py (what search must find and must never find) and by
bench/search_quality.py (precision and recall per category, before and after). Written for this
project: ordinary workplace diary language, the inflected forms people actually write.

Each query names the entries it must find (`must`) and plausible look-alikes it must not find
(`must_not`). An entry not named in either is not judged for that query.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

DOCS: dict[str, str] = {
    "d01": "Sain asiakkaalta kiitosta ja palautetta siitä, että soitin takaisin samana päivänä.",
    "d02": "Esihenkilön palautteen jälkeen mietin, miten kerron huonoista uutisista selkeämmin.",
    "d03": "Tilanteessa oli paljon jännitettä, kun kaksi tiimiä halusi saman resurssin.",
    "d04": "Vaikeat tilanteet toistuvat maanantaisin: postia on paljon ja puhelin soi koko ajan.",
    "d05": "Asiakkaan ääni nousi puhelun aikana, ja pyysin hetken aikaa selvittää laskun.",
    "d06": "Kuuntelin loppuun asti enkä keskeyttänyt, vaikka tiesin vastauksen jo alussa.",
    "d07": "Huomasin kuuntelevani vain puolella korvalla, koska mietin seuraavaa kokousta.",
    "d08": "Asiakaskohtaamisessa muistin kysyä ensin, mitä hän itse toivoo.",
    "d09": "Tiimipalaverissa sovimme, että jokainen kertoo viikon tärkeimmän asian.",
    "d10": "Kehityskeskustelussa puhuttiin urapolusta ja siitä, mitä haluan oppia.",
    "d11": "Sää oli kurja ja sään takia moni myöhästyi aamun kokouksesta.",
    "d12": "Saa nähdä, saako hän vastauksen ajoissa; lupasin auttaa, jos saan luvan.",
    "d13": "Säästä ei puhuttu, vaan keskityttiin aikatauluun ja budjettiin.",
    "d14": "Tunteita oli pinnassa, ja annoin tilaa kertoa pettymyksestä.",
    "d15": "Lasten kanssa työskentelevä kollega kysyi neuvoa vanhempien kohtaamiseen.",
    "d16": "Kädet täristen avasin viestin, jossa oli valitus viime viikon toimituksesta.",
    "d17": "Hänen pelkonsa oli, että projekti myöhästyy ja siitä syytetään häntä.",
    "d18": "Asiakkaalle lähetetty tilaus palautui, ja palautus kirjattiin väärin järjestelmään.",
    "d19": "Käsitys tavoitteista oli erilainen, joten kävimme ne yhdessä läpi.",
    "d20": "IT-tuesta luvattiin apua huomiseksi, mutta kukaan ei soittanut.",
    "d21": "Teams-palaverissa kamera ei toiminut ja keskustelu jäi vaisuksi.",
    "d22": "The customer called twice about the invoice and I listened without interrupting.",
    "d23": "Feedback from my manager: summaries of meetings help the whole team.",
    "d24": "Sovittiin, että hoidan yhteydenoton asiakkaaseen ensi viikolla.",
    "d25": "Hoidin valituksen rauhallisesti, vaikka asiakas oli vihainen.",
    "d26": "Lähdin kokouksesta kesken, koska lapsi sairastui päiväkodissa.",
    "d27": "Pyysin apua kollegalta ja sain avun heti; kiitin häntä lopuksi.",
    "d28": "Vihaisen soittajan kanssa auttoi se, että toistin hänen asiansa omin sanoin.",
    "d29": "Kiireessä unohdin kysyä, miltä päätös hänestä tuntui.",
    "d30": "Tavalla, jolla kerroin muutoksesta, oli iso merkitys vastaanotolle.",
    "d31": "PALAUTEKESKUSTELU venyi, mutta lopulta löysimme yhteisen sävelen.",
    "d32": "Puhelun jälkeen kirjasin luottamuksen rakentumisesta muutaman havainnon.",
    "d33": "Kuukausikokouksessa esittelin uuden mallin, ja kysymyksiä tuli paljon.",
    "d34": "Työkaverini kertoi, että hänen äänensä ei kuulunut etäyhteydessä.",
    "d35": "Aani ja Tyko ovat uusia tiimiläisiä; esittelin heidät kaikille.",
    "d36": "Tuulinen päivä, pyöräilin töihin vastatuuleen.",
    "d37": "Tuli kiire, joten siirsimme palaverin huomiseen.",
    "d38": "Kuun vaihteessa raportit kasautuvat, ja tilaukset pitää käydä läpi.",
    "d39": "Asia jäi auki; palaan siihen, kun saan lisätietoja.",
    "d40": "Yhteistyö eri yksiköiden välillä sujui paremmin kuin viimeksi.",
    "d41": "Esimiehelle kerroin suoraan, että työmäärä on liian suuri.",
    "d42": "Meeting notes: the customers asked for clearer deadlines.",
    "d43": "Vastaanotin asiakaspalautteen, jossa kehuttiin nopeaa vastausta.",
    "d44": "Tilastot näyttivät, että jonotusajat ovat lyhentyneet.",
}


@dataclass(frozen=True)
class QualityQuery:
    category: str
    query: str
    must: tuple[str, ...]
    must_not: tuple[str, ...] = ()


def _q(category: str, query: str, must: str, must_not: str = "") -> QualityQuery:
    return QualityQuery(category, query, tuple(must.split()), tuple(must_not.split()))


CATEGORIES = ("inflection", "gradation", "compounds", "ä/ö", "upper case", "hyphens", "English")

QUERIES: tuple[QualityQuery, ...] = (
    # inflection: the base form finds inflected forms, and an inflected form finds the others
    _q("inflection", "palaute", "d01 d02 d43", "d18"),
    _q("inflection", "tilanne", "d03 d04", "d44 d18"),
    _q("inflection", "kokous", "d07 d11 d26 d33", "d38"),
    _q("inflection", "esihenkilö", "d02"),
    _q("inflection", "tunne", "d14", "d36"),
    _q("inflection", "puhelu", "d05 d32", "d04"),
    _q("inflection", "vihainen", "d25 d28"),
    _q("inflection", "asiakkaan", "d05 d25 d01 d24", "d39"),
    _q("inflection", "tilanteessa", "d03 d04"),
    _q("inflection", "kiire", "d29 d37"),
    _q("inflection", "valitus", "d16 d25"),
    _q("inflection", "kollega", "d15 d27"),
    # consonant gradation (kk/k, nn/nt, p/v, t/d, s/d …)
    _q("gradation", "asiakas", "d01 d05 d24 d25", "d39"),
    _q("gradation", "kuunnella", "d06 d07", "d38"),
    _q("gradation", "kuuntelin", "d07 d06"),
    _q("gradation", "käsi", "d16"),
    _q("gradation", "pelko", "d17"),
    _q("gradation", "sopia", "d09 d24"),
    _q("gradation", "hoitaa", "d24 d25"),
    _q("gradation", "lähteä", "d26"),
    _q("gradation", "apu", "d20 d27"),
    _q("gradation", "tapa", "d30"),
    _q("gradation", "lapsi", "d15 d26"),
    _q("gradation", "luottamus", "d32"),
    # compounds: a word finds the compounds it ends or starts
    _q("compounds", "kohtaaminen", "d08 d15"),
    _q("compounds", "palaveri", "d09 d21 d37"),
    _q("compounds", "keskustelu", "d10 d21 d31"),
    _q("compounds", "kokouksessa", "d33 d11 d26"),
    _q("compounds", "asiakaspalaute", "d43"),
    _q("compounds", "työkaveri", "d34"),
    # ä/ö stay apart from a/o
    _q("ä/ö", "saa", "d12 d39 d01", "d11 d13"),
    _q("ä/ö", "sää", "d11 d13", "d12"),
    _q("ä/ö", "ääni", "d05 d34", "d35"),
    _q("ä/ö", "työ", "d34 d40", "d35"),
    _q("ä/ö", "säästä", "d13", "d12"),
    _q("ä/ö", "tyko", "d35", "d34 d40"),
    # upper case in the query or the text
    _q("upper case", "PALAUTE", "d01 d02 d43", "d18"),
    _q("upper case", "Asiakas", "d01 d05 d24 d25", "d39"),
    _q("upper case", "palautekeskustelu", "d31"),
    _q("upper case", "ÄÄNI", "d05 d34", "d35"),
    _q("upper case", "Esimies", "d41"),
    # hyphenated compounds
    _q("hyphens", "tuki", "d20"),
    _q("hyphens", "IT-tuki", "d20"),
    _q("hyphens", "palaverissa", "d21 d09"),
    _q("hyphens", "Teams", "d21"),
    # English entries get English stemming
    _q("English", "customers", "d22 d42"),
    _q("English", "listening", "d22"),
    _q("English", "meeting", "d23 d42"),
    _q("English", "call", "d22"),
    _q("English", "summary", "d23"),
)


@dataclass
class Score:
    """Counts for one category: must-entries found / missed, look-alikes found / judged."""

    found: int = 0
    missed: int = 0
    false_hits: int = 0
    judged_not: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.missed) if self.found + self.missed else 1.0

    @property
    def precision(self) -> float:
        """Of the judged entries the search returned, the share that were right."""
        returned = self.found + self.false_hits
        return self.found / returned if returned else 1.0


def evaluate(search: Callable[[str], set[str]]) -> dict[str, Score]:
    """Run every query through `search` (query -> ids of DOCS found); scores per category and "all"."""
    scores = {category: Score() for category in (*CATEGORIES, "all")}
    for q in QUERIES:
        found = search(q.query)
        for score in (scores[q.category], scores["all"]):
            for doc in q.must:
                if doc in found:
                    score.found += 1
                else:
                    score.missed += 1
                    score.misses.append(f"{q.query!r} missed {doc}")
            for doc in q.must_not:
                score.judged_not += 1
                if doc in found:
                    score.false_hits += 1
                    score.misses.append(f"{q.query!r} found {doc}")
    return scores


def fill_diary(save: Callable[[str, str], None]) -> None:
    """Store every document through `save(title, text)`; the title is the document's id."""
    for doc_id, text in DOCS.items():
        save(doc_id, text)
