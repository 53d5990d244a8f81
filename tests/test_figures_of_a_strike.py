"""Figures of a national strike that four reports give in their own words (a QA helper's EN wire, FR page, ES and DE
reports): a proportion against a percentage, a vague order of magnitude against a unions' count, and crowd counts
credited to the police and to the unions in either order. A fact-checker must see the police's 62,000 against the
police's 65.000, and no dispute where "six TGV sur dix" says what "60%" says."""
from __future__ import annotations

from desktop.engine.ingest import from_text
from desktop.engine.pipeline import compare

EN_ARRESTS = "Thirty-eight people were arrested, Interior Minister Paul Ostrander said."
FR_ARRESTS = "Au total, 38 personnes ont été interpellées, a indiqué le ministre de l'intérieur, Paul Ostrander."
EN_FLIGHTS = "The civil aviation authority asked airlines to cut 30% of flights at Valmora-Hesper airport."
FR_FLIGHTS = ("L'aviation civile a demandé aux compagnies de réduire de 30 % leurs vols à l'aéroport de "
              "Valmora-Hesper.")
ES_ARRESTS = "En total, 38 personas fueron detenidas, según el ministro del Interior, Paul Ostrander."
ES_FLIGHTS = ("La aviación civil pidió a las aerolíneas reducir un 30% de los vuelos en el aeropuerto de "
              "Valmora-Hesper.")
DE_ARRESTS = "Insgesamt wurden 38 Menschen festgenommen, sagte Innenminister Paul Ostrander."
DE_FLIGHTS = ("Die Luftfahrtbehörde forderte die Fluggesellschaften auf, 30 Prozent der Flüge am Flughafen "
              "Valmora-Hesper zu streichen.")
AROUND = {"en": (EN_ARRESTS, EN_FLIGHTS), "fr": (FR_ARRESTS, FR_FLIGHTS), "es": (ES_ARRESTS, ES_FLIGHTS),
          "de": (DE_ARRESTS, DE_FLIGHTS)}


def _details(*texts: str) -> tuple[set[tuple[int, str, tuple[str, ...]]], set[tuple[int, str]]]:
    """(source, figure, its counterparts) of each number said differently, and (source, text) of each number only its
    report gives, comparing these reports."""
    comp = compare([from_text(t, f"r{k}") for k, t in enumerate(texts)])
    texts = [d.source.text for d in comp.documents]
    said = {(d.source, texts[d.source][d.start:d.end], tuple(texts[s][a:b] for s, a, b in d.counterparts))
            for d in comp.details if d.kind == "conflict" and d.type == "number"}
    own = {(d.source, texts[d.source][d.start:d.end]) for d in comp.details
           if d.kind == "unique" and d.type == "number"}
    return said, own


def _trains(en: str, other: str, lang: str = "fr") -> tuple[set, set]:
    """The figures of two reports whose middle sentence gives the cancelled trains (between two sentences they share,
    so that the three pairs link)."""
    first, last = AROUND[lang]
    return _details(f"{EN_ARRESTS}\n\n{en}\n\n{EN_FLIGHTS}", f"{first}\n\n{other}\n\n{last}")


def test_a_proportion_agrees_with_the_percentage_it_equals():
    """"six TGV sur dix ont été supprimés" / "60% of high-speed trains had been cancelled" was said differently
    ("six" against "60%"); so were "one in four" / "25 %", "un TGV sur quatre" / "25%", "sechs von zehn" and "seis
    de cada diez" against "60%"."""
    en = "National rail operator FNE said {} of high-speed trains had been cancelled."
    assert _trains(en.format("60%"), "Dans les transports, six TGV sur dix ont été supprimés, selon la FNE.") \
        == (set(), set())
    assert not _trains(en.format("25%"), "Dans les transports, un TGV sur quatre a été supprimé, selon la FNE.")[0]
    assert not _trains("National rail operator FNE said one in four high-speed trains had been cancelled.",
                       "Dans les transports, 25 % des TGV ont été supprimés, selon la FNE.")[0]
    assert not _trains(en.format("60%"), "Laut der Bahngesellschaft FNE fielen sechs von zehn "
                                         "Hochgeschwindigkeitszügen aus.", "de")[0]
    assert not _trains(en.format("60%"), "Según la FNE, seis de cada diez trenes de alta velocidad fueron "
                                         "cancelados.", "es")[0]
    assert not _trains(en.format("half"), "Dans les transports, 50 % des TGV ont été supprimés, selon la FNE.")[0]


def test_a_proportion_is_said_differently_against_a_percentage_it_does_not_equal():
    """"six sur dix" / "45%": a dispute, the whole proportion set against the percentage (not "six" alone)."""
    said, _own = _trains("National rail operator FNE said 45% of high-speed trains had been cancelled.",
                         "Dans les transports, six TGV sur dix ont été supprimés, selon la FNE.")
    assert (0, "45%", ("six TGV sur dix",)) in said
    assert any(side == 1 and "six TGV sur dix" in text and theirs == ("45%",) for side, text, theirs in said)
    said, _own = _trains("National rail operator FNE said 45% of high-speed trains had been cancelled.",
                         "Según la FNE, seis de cada diez trenes de alta velocidad fueron cancelados.", "es")
    assert (1, "seis de cada diez", ("45%",)) in said


EN_HEADLINE = "Estravia hit by nationwide strike as hundreds of thousands march against pension reform"
FR_HEADLINE = ("Réforme des retraites en Estravie : une journée de grève massive, 1,3 million de manifestants selon "
               "les syndicats")
EN_AGE = "Prime Minister Henrik Morandi plans to raise the legal retirement age from 62 to 64."
FR_AGE = "Le premier ministre Henrik Morandi veut repousser l'âge légal de départ de 62 à 64 ans."


def test_hundreds_of_thousands_is_no_figure_said_differently_against_a_million_and_more():
    """The EN headline's "hundreds of thousands" against the FR headline's "1,3 million de manifestants selon les
    syndicats" was said differently, the counterpart cut to "hundreds": a vague order of magnitude, which a figure
    just past it does not contradict; each is its report's own. Against "30 000" it is a dispute, shown whole."""
    said, own = _details(f"{EN_HEADLINE}\n\n{EN_AGE}", f"{FR_HEADLINE}\n\n{FR_AGE}")
    assert not said and (1, "1,3 million") in own
    fewer = FR_HEADLINE.replace("1,3 million de", "30 000")
    said, _own = _details(f"{EN_HEADLINE}\n\n{EN_AGE}", f"{fewer}\n\n{FR_AGE}")
    assert (1, "30 000", ("hundreds of thousands",)) in said


EN_CROWD = "In the capital Valmora, police put the crowd at 62,000, while unions claimed 250,000 marchers."
ES_CROWD = "En Valmora, la capital, marcharon 250.000 personas según los sindicatos y 65.000 según la policía."
ES_SAME_ORDER = "En Valmora, la capital, la policía contó 65.000 manifestantes y los sindicatos 250.000."


def _crowd(*texts: str):
    comp = compare([from_text(t, f"r{k}") for k, t in enumerate(texts)])
    assert len(comp.groups) == 1, "the sentences should be aligned"
    texts = [d.source.text for d in comp.documents]
    return {(d.source, d.type, texts[d.source][d.start:d.end], tuple(texts[s][a:b] for s, a, b in d.counterparts))
            for d in comp.details if d.kind == "conflict"}


def test_crowd_counts_are_set_against_the_same_counters_counts():
    """"police put the crowd at 62,000, while unions claimed 250,000" / "250.000 personas según los sindicatos y
    65.000 según la policía": 62,000 and 65.000 were each the report's own (the unions' 250.000 met the police's
    62,000 by place); with the Spanish clauses in the English order, "unions" was also marked as attributed
    differently from "la policía". The police's counts differ, the unions' agree, in either order and in French."""
    police = {(0, "number", "62,000", ("65.000",)), (1, "number", "65.000", ("62,000",))}
    assert _crowd(EN_CROWD, ES_CROWD) == police
    assert _crowd(EN_CROWD, ES_SAME_ORDER) == police
    french = "À Valmora, la capitale, 250 000 personnes ont manifesté selon les syndicats et 65 000 selon la police."
    assert _crowd(EN_CROWD, french) == {(0, "number", "62,000", ("65 000",)), (1, "number", "65 000", ("62,000",))}
    english = ("In the capital Valmora, 250,000 people marched according to the unions and 65,000 according to the "
               "police.")
    assert _crowd(EN_CROWD, english) == {(0, "number", "62,000", ("65,000",)), (1, "number", "65,000", ("62,000",))}


def test_a_count_credited_to_the_other_counter_is_no_figure_said_differently():
    """"Die Gewerkschaften sprachen von 62.000": the police's figure given to the unions is attributed differently,
    not the unions' 250,000 said differently (the counters' rule must not set the unions' figures against each
    other here)."""
    found = _crowd(EN_CROWD, "Die Gewerkschaften sprachen von 62.000 Teilnehmern allein in der Hauptstadt Valmora.")
    assert not [x for x in found if x[1] == "number"]
    assert (0, "attribution", "police", ("Die Gewerkschaften",)) in found
