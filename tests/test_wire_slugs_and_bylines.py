"""A wire's topic slug and a byline set off by a dash are page furniture (a QA helper's cup-final reports kept
"SOCCER-CONTINENTAL CUP/FINAL (UPDATE 2)" and "di Marco Giordani — inviato a TORRELINDA" as claims only one report
makes); a headline in capitals with a hyphen stays."""
import pytest

from desktop.engine.clean_lines import Line
from desktop.engine.furniture import shape_reason


def _reason(text: str) -> str | None:
    return shape_reason(Line(0, len(text), text, 0))


@pytest.mark.parametrize("line, reason", [
    ("SOCCER-CONTINENTAL CUP/FINAL (UPDATE 2)", "wire desk line"),
    ("HEALTH-CORONAVIRUS/USA", "wire desk line"),
    ("di Marco Giordani — inviato a TORRELINDA", "byline"),
    ("di Marco Giordani — inviato a TORRELINDA (Spagna)", "byline"),  # the country after the place, as the report had it
    ("By Helen Marsh, special correspondent in Torrelinda, Spain", "byline"),
    ("Por Inés Carvalho – enviada especial a Westmark City", "byline"),
])
def test_furniture(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize("line", ["QUAKE-HIT TOWN MOURNS ITS DEAD", "US-CHINA TRADE TALKS STALL",
                                  "di Maio — il ministro a Bruxelles",
                                  "di Marco Giordani — inviato a TORRELINDA (Spagna) dove ha visto la finale"])
def test_report_text(line):
    assert _reason(line) is None
