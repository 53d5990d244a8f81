"""Who says it in Spanish: the cue lists and the turns Spanish news copy takes (a verb before its source after
"según", incises in dashes inside a quote, a verb whose subject is dropped), on a helper's EFE-style report and on
short sentences of our own."""
from pathlib import Path

from desktop.engine.attribution import document_attributions
from desktop.engine.ingest import read_path
from desktop.engine.model import NOT_READ, Source
from desktop.engine.pipeline import compare, document_features, prepare

REPORTS = Path(__file__).parent / "reports"


def _attributions(text: str) -> list[tuple[str, str, str, str | None]]:
    """(who, kind, cue, refers_to) of every attribution the engine finds in ``text``."""
    doc = prepare(Source("informe.txt", text))
    return [(text[a.start:a.end], a.kind, text[a.cue[0]:a.cue[1]], a.refers_to)
            for a in document_attributions(doc, document_features(doc), 0)]


def test_an_efe_wire_report_names_its_sources():
    source = read_path(REPORTS / "wildfire_efe_wire_es.txt")
    found = _attributions(source.text)
    who = {w: (kind, cue) for w, kind, cue, _ in found}
    assert who["la Generalitat valenciana"] == ("organisation", "según informó")  # the verb is the cue's
    assert who["el responsable de Emergencias de la Generalitat, Ramón Vidal"] == ("person", "declaró")
    assert who["Un vecino de la urbanización Mas del Pi"][0] == "anonymous"
    assert who["EFE"][0] == "outlet"  # "contó a EFE"
    assert not any("efectivos" in w or "Guardia Civil" in w for w in who)  # the author's voice; "investiga" says nothing


def test_dashes_inside_a_quote_are_the_narrator_s_and_a_dropped_subject_is_the_speaker_before():
    text = ("La alcaldesa de Vilamar, Marta Soler, afirmó que el fuego avanzó muy rápido. "
            "«Todo apunta a un fallo técnico —declaró el jefe de bomberos, Xavier Moré—, pero no descartamos nada». "
            "«Lo avisamos varias veces y nadie nos escuchó», lamentó.")
    found = _attributions(text)
    assert ("el jefe de bomberos, Xavier Moré", "person", "declaró", None) in found
    dropped = [f for f in found if f[0] == "lamentó"]
    assert dropped == [("lamentó", "person", "lamentó", "el jefe de bomberos, Xavier Moré")]


def test_documents_refusals_and_traps():
    assert _attributions("La compañía indicó en un comunicado que colabora con las autoridades.") == [
        ("La compañía", "organisation", "indicó", None), ("un comunicado", "document", "en", None)]
    assert [k for _, k, _, _ in _attributions("La empresa no quiso hacer comentarios.")] == ["organisation"]
    assert _attributions("De acuerdo con la sentencia, el exalcalde desvió dos millones de euros.")[0][:2] == (
        "la sentencia", "document")
    assert _attributions("El exsecretario, de 52 años, dijo adiós así a una carrera de dos décadas.") == []
    assert _attributions("El ministro anunciará mañana las nuevas medidas.") == []  # not said yet


def test_a_spanish_version_of_a_claim_is_read_for_its_sources():
    """The sample's Financial Times claim in Spanish ("…, según funcionarios estadounidenses citados por el
    Financial Times") had "not read in this language"; its sources are now set beside the French version's."""
    from desktop.export.markdown import render_markdown
    from test_pipeline import FT_IN_SPANISH

    samples = Path(__file__).parents[1] / "resources" / "samples"
    ft = (samples / "ttn-financial-times.txt").read_text(encoding="utf-8")
    comp = compare([Source("ft.txt", ft), Source("es.txt", FT_IN_SPANISH)])
    said_b = [line for line in render_markdown(comp).splitlines() if line.startswith("- B: ")]
    assert said_b and NOT_READ not in "\n".join(said_b)
    assert any("funcionarios estadounidenses" in line for line in said_b)


def test_spanish_ordinals_are_ranks():
    """"su noveno día" is the English "its ninth day"; "su octavo día" another day."""
    from desktop.engine.ingest import from_text

    en = ("The dockworkers' strike at the port of Marseille-Fos entered its ninth day on Wednesday, blocking exports "
          "of grain and steel.")
    es = ("La huelga de los estibadores del puerto de Marsella-Fos cumplió el miércoles su noveno día, bloqueando las "
          "exportaciones de cereales y acero.")
    same = compare([from_text(en, "en.txt"), from_text(es, "es.txt")])
    assert len(same.groups) == 1 and not [d for d in same.details if d.kind == "conflict"]
    other = compare([from_text(en, "en.txt"), from_text(es.replace("noveno", "octavo"), "es.txt")])
    assert {other.documents[d.source].source.text[d.start:d.end] for d in other.details if d.kind == "conflict"} \
        == {"ninth", "octavo"}
