"""One quotation in two reports is one statement, whoever each credits it to: a fact-checker must see the same words
credited to two people (a QA helper's drug-trial reports showed each report's copy as "only here")."""
from __future__ import annotations

from details_found import compared as _compare

QUOTE = "\"This is the most important advance in preventing heart disease since statins,\""
AUTHOR = f"{QUOTE} said lead author Ingrid Solberg, a professor of cardiology at the University of Tromsberg in Norway."
EXPERT = (f"{QUOTE} said Dr Rachel Okafor, a cardiologist at St Aldhelm's Hospital in Bristol, who was not involved "
          "in the study.")


def test_one_quotation_credited_to_two_people_is_one_claim_attributed_differently():
    comp = _compare(AUTHOR, EXPERT)
    assert [sorted(g.members) for g in comp.groups] == [[(0, 0), (1, 0)]]
    assert any(d.kind == "conflict" and d.type == "attribution" for d in comp.details)


def test_a_quotation_cut_short_is_the_same_quotation():
    cut = ("\"The most important advance in preventing heart disease since statins,\" Dr Rachel Okafor, a cardiologist at "
           "St Aldhelm's Hospital in Bristol, told the BBC.")
    assert [sorted(g.members) for g in _compare(AUTHOR, cut).groups] == [[(0, 0), (1, 0)]]


def test_a_text_quoted_in_passing_links_nothing():
    """Two facts about one decree that quote its words do not become one claim for the quotation."""
    decree = "« susceptibles de porter atteinte à l'ordre public »"
    comp = _compare(f"Plus de 120 000 personnes ont signé en une semaine la pétition lancée par la Ligue des droits de "
                    f"l'homme contre le fichier Edvige, qui recense les personnes {decree}.",
                    f"Le décret, paru le 1er juillet au Journal officiel, autorise la police à ficher dès 13 ans les "
                    f"personnes {decree}, y compris leurs fréquentations.")
    assert not comp.groups


def test_one_quotation_introduced_by_two_verbs_of_saying_is_no_dispute():
    """"prévient" / "souligne" around one quotation of one speaker had been ⚠ said differently."""
    quote = "« Il faudra savoir ce qui se passe après cinq ou dix ans de traitement »"
    comp = _compare(f"{quote}, prévient le Dr Aubertin.", f"{quote}, souligne le Dr Aubertin.")
    assert comp.groups and not [d for d in comp.details if d.kind == "conflict"]


def test_a_quoting_sentence_keeps_its_counterpart_beside_another_quotation_of_the_reports():
    """Two reports quote the rep's plea for privacy word for word; the second also quotes the rep confirming the
    rehab, which the first states in its own words. The plea's pair once capped every pair of the second report's
    quoting sentences below its own pairs with the plea, and the rehab claim read as "only here" in both."""
    plea = "\"We appreciate your respect to her and her family's privacy at this time,\""
    comp = _compare("Tara Reid's publicist confirmed that the actress was admitted into Promises Treatment Center in "
                    f"Los Angeles.\n\n{plea} the actress's rep Jack Ketsoyan tells People magazine.",
                    "\"Tara Reid has checked herself into Promises Treatment Center,\" Reid's rep told Us on Friday."
                    f"\n\n{plea} her rep said.")
    assert sorted(sorted(g.members) for g in comp.groups) == [[(0, 0), (1, 0)], [(0, 1), (1, 1)]]
