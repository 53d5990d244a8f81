"""The three reports rendered from the real pipeline's comparison of the two sample reports."""
from __future__ import annotations

import csv
import io
import re
import shutil
from html import unescape
from pathlib import Path

import pytest

pipeline = pytest.importorskip("desktop.engine.pipeline")
ingest = pytest.importorskip("desktop.engine.ingest")

from desktop.engine.model import Options  # noqa: E402
from desktop.export.csv_export import render_csv  # noqa: E402
from desktop.export.html import render_html  # noqa: E402
from desktop.export.markdown import render_markdown  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    paths = []
    for sample in sorted(SAMPLES.glob("*.txt")):
        paths.append(folder / sample.name)
        shutil.copy(sample, paths[-1])
    return pipeline.compare([ingest.read_path(p) for p in paths], Options(semantic=False))


def _visible(page: str) -> str:
    text = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", "", text)).split())


def test_reports_cover_every_sentence_of_the_real_comparison(comparison):
    page = render_html(comparison)
    side = page.split('id="side-by-side"')[1].split("</section>")[0]
    md = re.sub(r"(?<!\\)\*", "", render_markdown(comparison)).replace("\\", "")
    rows = list(csv.DictReader(io.StringIO(render_csv(comparison))))
    for k, doc in enumerate(comparison.documents):
        column = _visible(side.split('class="column"')[k + 1])
        for i in range(len(doc.sentences)):
            sentence = " ".join(doc.sentence_text(i).split())
            assert sentence in column
            assert sentence in md
    claims = [r for r in rows if r["row_type"] == "claim"]
    assert len(claims) == sum(len(d.sentences) for d in comparison.documents)
    texts = {chr(ord("A") + k): d.text for k, d in enumerate(comparison.documents)}
    for r in rows:
        if r["row_type"] == "detail":
            assert texts[r["source"]][int(r["start"]) : int(r["end"])] == r["text"]


FT_IN_ITALIAN = (
    "La Russia ha chiesto aiuto militare alla Cina, secondo gli Stati Uniti\n\n"
    "La Russia ha chiesto alla Cina equipaggiamento militare per sostenere l'invasione dell'Ucraina, secondo "
    "funzionari statunitensi citati dal Financial Times.\n\n"
    "Il consigliere per la sicurezza nazionale Jake Sullivan ha incontrato lunedì a Roma l'alto diplomatico cinese "
    "Yang Jiechi per sette ore.\n\n"
    "\"Faremo in modo che né la Cina né nessun altro possa compensare la Russia per queste perdite\", ha detto Sullivan "
    "alla NBC.\n"
)

FT_IN_DUTCH = (
    "Rusland heeft China om militair materieel gevraagd om de invasie van Oekraïne te steunen, volgens Amerikaanse "
    "functionarissen die door de Financial Times worden geciteerd.\n\n"
    "De nationale veiligheidsadviseur Jake Sullivan heeft maandag in Rome zeven uur lang met de hoge Chinese diplomaat "
    "Yang Jiechi gesproken.\n\n"
    "\"We zullen ervoor zorgen dat China noch iemand anders Rusland voor die verliezen kan compenseren\", zei Sullivan "
    "tegen NBC.\n"
)


def test_a_version_in_a_language_whose_sources_are_not_read_is_not_said_to_have_none():
    """Found by a helper's first-use test: the Spanish version of a claim ("…, según funcionarios estadounidenses")
    read "no stated source" when Synoptic looked for sources in French and English only; it now reads Spanish,
    German, Italian and Portuguese too, and says so of a language it does not read (Dutch here)."""
    from desktop.engine.model import NOT_READ, Source

    ft = (SAMPLES / "ttn-financial-times.txt").read_text(encoding="utf-8")
    comp = pipeline.compare([Source("ft.txt", ft), Source("nl.txt", FT_IN_DUTCH)])
    markdown = render_markdown(comp)
    said_b = [line for line in markdown.splitlines() if line.startswith("- B: ")]
    assert said_b and all(line == f"- B: {NOT_READ}" for line in said_b)
    assert NOT_READ in unescape(render_html(comp))
