"""The attributions the engine finds in one text, as the attribution tests read them."""
from __future__ import annotations

from desktop.engine.attribution import document_attributions
from desktop.engine.model import Source
from desktop.engine.pipeline import document_features, prepare


def found_in(text: str, name: str = "report.txt", refers: bool = False, lang: str | None = None) -> list[tuple]:
    """(who, kind, cue) of every attribution in ``text`` read as the file ``name`` (and whom each refers to, with
    ``refers``); ``lang``: the language the text must be read in."""
    doc = prepare(Source(name, text))
    assert lang is None or doc.language == lang
    return [(text[a.start:a.end], a.kind, text[a.cue[0]:a.cue[1]], *((a.refers_to,) if refers else ()))
            for a in document_attributions(doc, document_features(doc), 0)]
