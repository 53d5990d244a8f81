"""Two reports of one story that state one fact with different figures: the sentences are linked, so the figures
show side by side in one claim instead of as two sentences "only here" (``figure_slots``, ``align.figures_alike``)."""
from pathlib import Path

from desktop.engine.features import features
from desktop.engine.figure_slots import figure_slots
from desktop.engine.ingest import read_path
from desktop.engine.pipeline import compare

REPORTS = Path(__file__).parent / "reports"


def _linked(comp, text_a: str, text_b: str) -> bool:
    def ref(source: int, words: str):
        doc = comp.documents[source]
        return next((source, i) for i in range(len(doc.sentences)) if words in doc.sentence_text(i))
    return any(ref(0, text_a) in g.members and ref(1, text_b) in g.members for g in comp.groups)


def test_wind_speeds_two_reports_give_differently_are_one_claim_said_differently():
    # a live blog gives gusts of 50mph, a radio report 70 miles an hour: one fact, disputed
    comp = compare([read_path(REPORTS / name) for name in ("wildfire_courier_liveblog.html", "wildfire_radio_en.txt")])
    assert _linked(comp, "Gusts of up to 50mph", "Winds gusting at up to 70 miles an hour")
    disputed = {comp.documents[d.source].text[d.start:d.end] for d in comp.details if d.kind == "conflict"}
    assert "50mph" in disputed and "70 miles an hour" in disputed


def _slots(a: str, b: str, lang: str = "en") -> dict[str, str]:
    return figure_slots(features(a, lang), features(b, lang), (lang, lang))


def test_figures_facing_each_other_count_the_same_kind_of_thing():
    assert _slots("The merged airline will operate 214 aircraft.", "The group will have a fleet of 241 planes.") \
        == {"214": "n", "241": "n"}
    assert set(_slots("Gusts of up to 50 mph fanned the flames.", "Winds gusted at up to 70 mph.").values()) \
        == {"mph"}


def test_years_hours_and_figures_far_apart_face_nothing():
    assert _slots("The plant opened in 2019.", "The plant opened in 2021.") == {}
    assert _slots("The fire started at 14:30 on Tuesday.", "The fire started at 16:10 on Tuesday.") == {}
    assert _slots("Lehman cost them 1.5 billion euros.", "Its exposure was under 500 million euros.") == {}
    assert _slots("The bank lost $1.5 billion in the quarter.", "The bank lost $2 million in the quarter.") == {}
    assert _slots("The airline lost 1.5 billion euros.", "The airline lost 2 million customers.") == {}


def test_counts_written_with_a_thousands_separator_are_no_years():
    assert set(_slots("Some 2,000 firefighters were deployed.", "About 1,500 firefighters were deployed.").values()) \
        == {"n"}


def test_a_superscript_figure_facing_a_figure_is_read_without_error():
    """A footnote mark or a square's "²" opening a sentence that faces the same sentence with a decimal (found by the
    hostile-text property test): the reports are compared, the sentences linked."""
    from desktop.engine.ingest import from_text

    said = ' "Cela inclut les alliés et partenaires en Europe", a déclaré Price lors d\'un point de presse lundi.'
    comp = compare([from_text("1,5" + said, "a.txt"), from_text("²" + said, "b.txt")])
    assert _linked(comp, "a déclaré Price", "a déclaré Price")
