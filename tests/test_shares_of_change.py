"""A change by a fraction is the share it changes by: a QA helper's drug-trial reports had "cut the risk … by 31%" and
"by nearly a third" each marked as the report's own, and "by a quarter" against "by 31%" no dispute. A fact-checker
must see "a quarter" against 31%, and nothing to check where "nearly a third" says what 31% says."""
from __future__ import annotations

from details_found import compared, spans_of

CUT = "A weekly injection cut the risk of heart attack and stroke by {}, a trial found."
REDUIT = "Le traitement réduit {} le risque d'infarctus et d'accident vasculaire cérébral, selon l'étude."


def _said(a: str, b: str) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    """(source, words) of each detail said differently, and of each only one version gives."""
    comp = compared(a, b)
    assert comp.groups, "the two versions are one claim"
    return spans_of(comp, "conflict"), spans_of(comp, "unique")


def test_a_cut_by_a_quarter_is_not_a_cut_by_31_percent():
    assert _said(CUT.format("31%"), CUT.format("a quarter"))[0] == {(0, "31%"), (1, "a quarter")}
    assert _said(CUT.format("31%"), CUT.format("half"))[0] == {(0, "31%"), (1, "half")}
    said = _said(REDUIT.format("de 31 %"), REDUIT.format("d'un quart"))[0]
    assert {s for s, _ in said} == {0, 1} and any("quart" in t for _, t in said)


def test_a_cut_by_nearly_a_third_is_a_cut_by_31_percent():
    for a, b in ((CUT.format("31%"), CUT.format("nearly a third")),
                 (REDUIT.format("de 31 %"), REDUIT.format("de près d'un tiers")),
                 (CUT.format("31%"), "Die Spritze senkte das Risiko für Herzinfarkt und Schlaganfall um fast ein "
                                     "Drittel, so die Studie.")):
        said, own = _said(a, b)
        assert not said and not any(t in ("31%", "31 %") for _, t in own)
