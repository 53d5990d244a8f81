"""Figures counted in different places: a QA helper's recall reports gave 127,000 cars recalled worldwide, 84,000 of
them sold in Europe and 6,500 in Italy, each report giving some of them. A fact-checker must not be told that the
reports disagree on a figure when each counts in another place, and must still see a figure two reports give for one
place differently."""
from __future__ import annotations

from desktop.engine.ingest import from_text
from desktop.engine.pipeline import compare

WORLDWIDE = "Norvane is recalling 127,000 electric cars worldwide."
EUROPE_EN = "About 84,000 of the vehicles were sold in Europe, the company said."


def _figures(*texts: str) -> tuple[set[tuple[int, str, tuple[str, ...]]], set[tuple[int, str]]]:
    """(source, figure, its counterparts) of each number said differently, and (source, words) of each detail only
    its report gives, comparing these reports."""
    comp = compare([from_text(t, f"r{k}") for k, t in enumerate(texts)])
    texts = [d.source.text for d in comp.documents]
    said = {(d.source, texts[d.source][d.start:d.end], tuple(texts[s][a:b] for s, a, b in d.counterparts))
            for d in comp.details if d.kind == "conflict" and d.type == "number"}
    own = {(d.source, texts[d.source][d.start:d.end]) for d in comp.details if d.kind == "unique"}
    return said, own


def test_a_worldwide_count_and_a_count_in_europe_are_two_facts():
    """"127,000 … worldwide" / "in Europa rund 84.000" was ⚠ 127,000 against 84.000: now each figure, and where it is
    counted, is what only its report gives."""
    said, own = _figures(WORLDWIDE, "Norvane ruft in Europa rund 84.000 Elektroautos zurück.")
    assert not said
    assert {(0, "127,000"), (0, "worldwide"), (1, "84.000"), (1, "Europa")} <= own
    said, own = _figures(WORLDWIDE, "Norvane is recalling 84,000 electric cars in Europe.")
    assert not said and {(0, "127,000"), (1, "84,000")} <= own


def test_a_count_in_europe_and_a_count_in_italy_are_two_facts():
    assert not _figures(EUROPE_EN, "In Italia le auto coinvolte sono circa 6.500.")[0]
    assert not _figures("In Paris, 12,000 people marched, police said.",
                        "In France, 1.3 million people marched, police said.")[0]


def test_a_count_in_one_place_said_otherwise_is_still_disputed():
    """Both counted worldwide, or both in Paris: one figure each, a conflict; and a report that says no place is not
    read as counting elsewhere."""
    assert _figures(WORLDWIDE, "Norvane richiama 172mila auto elettriche in tutto il mondo.")[0] \
        == {(0, "127,000", ("172mila",)), (1, "172mila", ("127,000",))}
    assert _figures("In Paris, 12,000 people marched, police said.",
                    "À Paris, 15 000 personnes ont défilé, selon la police.")[0]
    assert _figures("Norvane is recalling 127,000 electric cars.",
                    "Norvane ruft in Europa rund 84.000 Elektroautos zurück.")[0]


FIRES = {"en": "Norvane said it was aware of nine fires.", "it": "Norvane ha segnalato nove incendi.",
         "de": "Norvane sind neun Brände bekannt.", "pt": "A Norvane tem conhecimento de nove incêndios."}


def test_two_injured_against_no_one_injured_is_disputed_inside_the_claim():
    """The four reports linked "Two people suffered minor injuries" to "Verletzt wurde niemand" as one claim with no
    ⚠ (only the tolls panel had the injured disputed)."""
    comp = compare([from_text(f"{FIRES[lang]} {toll}", lang) for lang, toll in (
        ("en", "Two people suffered minor injuries."), ("it", "Non ci sono stati feriti."),
        ("de", "Verletzt wurde niemand."), ("pt", "Não houve feridos."))])
    texts = [d.source.text for d in comp.documents]
    linked = [n for n, g in enumerate(comp.groups) if (0, 1) in g.members]
    assert linked and len(comp.groups[linked[0]].sources) > 1
    disputed = {(d.source, texts[d.source][d.start:d.end]) for d in comp.details
                if d.kind == "conflict" and d.group == linked[0]}
    assert any(s == 0 and "Two" in t for s, t in disputed)
    assert any(s != 0 for s, _ in disputed)


def test_people_hurt_less_badly_are_no_dispute():
    """"One firefighter was seriously injured" / "Deux pompiers ont été légèrement blessés": two tolls of people hurt
    differently, not one toll said otherwise."""
    said, _ = _figures("One firefighter was seriously injured, the fire service said.",
                       "Deux pompiers ont été légèrement blessés, selon les pompiers.")
    assert not said


def test_a_body_named_in_two_languages_with_one_acronym_is_no_detail():
    """"Germany's Federal Motor Transport Authority (KBA)" / "Das Kraftfahrt-Bundesamt (KBA)": the English name had
    been marked as a name only the English report gives; a body only one version names stays marked."""
    _, own = _figures("Germany's Federal Motor Transport Authority (KBA) warned Norvane on March 14.",
                      "Das Kraftfahrt-Bundesamt (KBA) hatte Norvane am 14. März gewarnt.")
    assert not any("Authority" in t for _, t in own)
    _, own = _figures("The study was funded by Helvarin Pharma and by the Nordic Heart Foundation (NHF).",
                      "The study was funded by Helvarin Pharma.")
    assert any("Nordic Heart Foundation" in t for _, t in own)
