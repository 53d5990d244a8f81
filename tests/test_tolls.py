"""Tolls across the reports: the dead, the injured, the missing, the evacuated each report gives, wherever it gives
them, and whether the reports' leads agree."""
from __future__ import annotations

from pathlib import Path

from desktop.engine.ingest import from_text, read_path
from desktop.engine.pipeline import compare
from desktop.engine.tolls import tolls
from desktop.export.markdown import render_markdown

REPORTS = Path(__file__).parent / "reports"
PLANT_FIRE = ("plant_fire_en_wire.txt", "plant_fire_en_local.txt", "plant_fire_fr_national.txt",
              "plant_fire_fr_regional.txt")


def _table(comp) -> dict[str, tuple[bool, dict[int, list[str]]]]:
    out = {}
    for t in tolls(comp):
        figures: dict[int, list[str]] = {}
        for f in t.figures:
            figures.setdefault(f.source, []).append(f.text)
        out[t.outcome] = (t.disputed, figures)
    return out


def test_the_reports_tolls_are_read_in_their_words_and_set_side_by_side():
    """From a helper's four plant-fire reports: twelve injured in two of them, fifteen in two ("The number of injured
    rose to 15", "ils sont désormais quinze blessés"); no deaths in three ("No deaths were reported", "aucun décès
    n'est à déplorer"); 1,200 or 2,000 evacuated."""
    table = _table(compare([read_path(REPORTS / name) for name in PLANT_FIRE]))
    disputed, injured = table["injury"]
    assert disputed and {s: v[0] for s, v in injured.items()} == {0: "Twelve", 1: "15", 2: "12", 3: "quinze"}
    disputed, dead = table["death"]
    assert not disputed and set(dead) == {0, 2, 3} and dead[0] == ["No deaths"]
    disputed, evacuated = table["evacuation"]
    assert disputed and evacuated[0] == ["1,200"] and evacuated[1] == ["2,000"]


def test_a_figure_of_another_event_or_of_someone_quoted_is_no_toll():
    """From ECB+ reports of an earthquake: "In 2004 a massive tremor sparked a tsunami that killed 170,000 people" is
    the background, not the toll; a doctor's "around 50 people with injuries" what one hospital saw; "first death" a
    rank; "dead at 95" an age."""
    comp = compare([from_text(
        "A strong earthquake struck Aceh on Wednesday. Five people died and seven were injured, officials said. "
        "In 2004 a massive tremor sparked a tsunami that killed 170,000 people in the province. \"We have received "
        "around 50 people with injuries,\" added the doctor. It was the first death in the village since the storm. "
        "The former mayor, dead at 95, had warned of the risk.", "a")])
    table = _table(comp)
    assert table["death"][1] == {0: ["Five"]} and table["injury"][1] == {0: ["seven"]}


def test_the_report_gives_the_tolls_table_and_its_warning():
    md = render_markdown(compare([read_path(REPORTS / name) for name in PLANT_FIRE]))
    assert "### Tolls" in md and "| ⚠ Injured | Twelve | 15 | 12 | quinze |" in md
    assert "| Dead | No deaths | — | aucun décès | Aucun décès |" in md
    assert "tolls the reports give differently (injured, evacuated)" in md
