"""Counts said plainly, from a QA helper's drug-trial reports. Counts of one thing that no action word stands by:
"suivi 12 480 patients dans 14 pays" / "répartis dans 16 pays" had no count of countries at all (nothing happened to
the countries), so 14 and 16 each read as a detail only its report gives; the English pair was disputed. And a hedge
after a verb: "could prevent around 8,000"."""
from __future__ import annotations

from details_found import compared, disputed as _disputed


def test_fourteen_countries_against_sixteen_is_disputed_in_french():
    assert _disputed("Les chercheurs ont suivi 12 480 patients dans 14 pays pendant trois ans.",
                     "Au total, plus de 12 000 malades, répartis dans 16 pays, ont été suivis pendant trois ans.") \
        == {(0, "14"), (1, "16")}


def test_counts_of_one_thing_far_apart_are_two_things():
    """"dans 14 pays" / "dans 40 pays": more than 1.3 times apart, not one count said otherwise."""
    assert not _disputed("Les chercheurs ont suivi 12 480 patients dans 14 pays pendant trois ans.",
                         "Au total, 12 480 malades, répartis dans 40 pays, ont été suivis pendant trois ans.")


def test_around_before_a_count_after_a_verb_is_a_hedge_both_versions_give():
    """"could prevent around 8,000 deaths" had read "around" as a preposition, so the other version's "around 8,000"
    was marked as a hedge only it gives."""
    comp = compared("The team estimates that around 8,000 deaths a year could be avoided in Europe if the drug were "
                    "widely used.",
                    "The researchers estimate that, if widely prescribed, the drug could prevent around 8,000 deaths "
                    "a year in Europe.")
    assert comp.groups and not [d for d in comp.details if d.type == "hedge"]
