"""Counts of one thing that no action word stands by: "suivi 12 480 patients dans 14 pays" / "répartis dans 16 pays"
(a QA helper's drug-trial reports, French). The count of countries had been no count at all (nothing happened to the
countries), so 14 and 16 each read as a detail only its report gives; the English pair was disputed."""
from __future__ import annotations

from desktop.engine.ingest import from_text
from desktop.engine.pipeline import compare


def _disputed(a: str, b: str) -> set[tuple[int, str]]:
    comp = compare([from_text(a, "a"), from_text(b, "b")])
    texts = [d.source.text for d in comp.documents]
    return {(d.source, texts[d.source][d.start:d.end]) for d in comp.details if d.kind == "conflict"}


def test_fourteen_countries_against_sixteen_is_disputed_in_french():
    assert _disputed("Les chercheurs ont suivi 12 480 patients dans 14 pays pendant trois ans.",
                     "Au total, plus de 12 000 malades, répartis dans 16 pays, ont été suivis pendant trois ans.") \
        == {(0, "14"), (1, "16")}


def test_counts_of_one_thing_far_apart_are_two_things():
    """"dans 14 pays" / "dans 40 pays": more than 1.3 times apart, not one count said otherwise."""
    assert not _disputed("Les chercheurs ont suivi 12 480 patients dans 14 pays pendant trois ans.",
                         "Au total, 12 480 malades, répartis dans 40 pays, ont été suivis pendant trois ans.")
