"""Sentences and words that say the same in other words or another language (the sentence model on).

A French sentence that joins two English ones links to both; a word the other report writes differently
("quake" / "earthquake") is not a detail, a different fact still is; a saved session keeps the word table, so
re-grouping it after reopening finds the same details without the model.
"""
from __future__ import annotations

from desktop.engine.ingest import from_text
from desktop.engine.pipeline import compare, regroup
from desktop.store import Session, load_session

TRAM_EN = (
    "Geneva opens a new tram line to the airport\n\n"
    "The city council approved the project in 2021 after a long public debate. The line is 7 kilometres long. "
    "It serves eleven stops between the main station and the airport. Trams will run every six minutes during "
    "the day. Tickets cost the same as on the rest of the network."
)
TRAM_FR = (
    "Genève ouvre une nouvelle ligne de tram vers l'aéroport\n\n"
    "Le conseil municipal a approuvé le projet en 2021 après un long débat public. Longue de 7 kilomètres, la "
    "ligne dessert onze arrêts entre la gare principale et l'aéroport. Les trams circuleront toutes les six "
    "minutes pendant la journée. Les billets coûtent le même prix que sur le reste du réseau."
)

QUAKE_A = (
    "Strong earthquake shakes southern Peru\n\n"
    "A strong earthquake killed 12 people in southern Peru on Tuesday, officials said. "
    "The quake destroyed dozens of homes in the Arequipa region. Rescue teams were searching the rubble overnight."
)
QUAKE_B = (
    "Deadly quake hits Peru\n\n"
    "A powerful quake left 12 dead in southern Peru on Tuesday, officials said. "
    "The earthquake destroyed dozens of houses near Arequipa and cut the main road to Chile. "
    "Rescue teams were searching the rubble overnight."
)


def _text(comp, source, i):
    return comp.documents[source].sentence_text(i)


def test_a_sentence_that_joins_two_of_the_other_language_links_to_both():
    comp = compare([from_text(TRAM_EN, "EN"), from_text(TRAM_FR, "FR")])
    assert comp.single_sourced(0) == [] and comp.single_sourced(1) == []
    joined = next(g for g in comp.groups if any(_text(comp, s, i).startswith("Longue") for s, i in g.members))
    english = sorted(_text(comp, s, i) for s, i in joined.members if s == 0)
    assert english == ["It serves eleven stops between the main station and the airport.", "The line is 7 kilometres long."]


def test_a_word_written_differently_is_not_a_detail_but_a_new_fact_is():
    comp = compare([from_text(QUAKE_A, "A"), from_text(QUAKE_B, "B")])
    flagged = {comp.documents[d.source].source.text[d.start:d.end] for d in comp.details}
    words = {w for span in flagged for w in span.split()}
    assert not words & {"quake", "earthquake", "killed", "dead", "powerful"}
    assert any("Chile" in span for span in flagged)  # only B says the road to Chile was cut


def test_a_reopened_session_regroups_to_the_same_details(tmp_path):
    comp = compare([from_text(QUAKE_A, "A"), from_text(QUAKE_B, "B")])
    assert comp.word_matches is not None and comp.word_matches.matches("quake") >= {"earthquake"}
    path = tmp_path / "quake.synoptic"
    with Session.create(path) as s:
        s.save_comparison(comp)
    reopened = load_session(path).comparison
    assert reopened.word_matches.pairs == comp.word_matches.pairs
    assert regroup(reopened, 0.5).details == regroup(comp, 0.5).details == comp.details
