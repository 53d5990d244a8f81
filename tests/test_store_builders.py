"""Builders for the store tests (no tests here): a hand-made Comparison of two French reports."""
from __future__ import annotations

import dataclasses
import re

from desktop.engine.model import (
    Anchor, Comparison, Detail, Document, Group, Link, Options, Override, Removed, Sentence, Source,
)

TEXT_A = (
    "La Russie a demandé à la Chine une aide militaire et financière, selon un câble américain.\n"
    "Partagez cet article sur les réseaux sociaux.\n\n"
    "Washington transmet ces informations à ses alliés de l’OTAN. "
    "La réunion à Rome a duré sept heures, a déclaré un haut responsable."
)
TEXT_B = (
    "Selon des responsables américains, la Russie a sollicité du matériel militaire chinois.\n\n"
    "La Maison Blanche n’a fait aucun commentaire. "
    "Jake Sullivan s’est rendu à Rome lundi pour des entretiens de six heures avec Yang Jiechi."
)


def sources() -> list[Source]:
    return [
        Source("CNN", TEXT_A, path="/tmp/cnn.txt", title="La Russie demande l’aide de la Chine",
               encoding="utf-8", meta={"outlet": "CNN", "date": "2022-03-14"}),
        Source("Financial Times", TEXT_B, kind="html", meta={"url": "https://ft.example/x"}),
    ]


def document(source: Source, language: str, boilerplate: str = "") -> Document:
    """Sentences are the '.'-terminated runs of the text; ``boilerplate`` is left out as removed."""
    cut = source.text.find(boilerplate) if boilerplate else -1
    removed = [Removed(cut, cut + len(boilerplate), "boilerplate", "share/subscribe line")] if cut >= 0 else []
    sentences = []
    for m in re.finditer(r"[^.\n][^.]*\.", source.text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if any(r.start <= start < r.end for r in removed):
            continue
        sentences.append(Sentence(start, m.end(), source.text.count("\n\n", 0, start)))
    return Document(source, language, sentences, removed)


def comparison(srcs: list[Source] | None = None) -> Comparison:
    a, b = srcs or sources()
    docs = [document(a, "fr", "Partagez cet article sur les réseaux sociaux."), document(b, "fr")]
    first = Link((0, 0), (1, 0), 0.8125)
    rome = Link((0, 2), (1, 2), 0.5517578125, manual=True)
    seven = re.search("sept", a.text).start()
    six = re.search("six", b.text).start()
    return Comparison(
        documents=docs,
        groups=[Group([(0, 0), (1, 0)], 0.8125, [first]), Group([(0, 2), (1, 2)], 0.5517578125, [rome])],
        details=[
            Detail(0, 2, seven, seven + 4, "conflict", "number", 1, ((1, six, six + 3),)),
            Detail(1, 1, docs[1].sentences[1].start, docs[1].sentences[1].end, "unique"),
        ],
        options=Options(threshold=0.42, semantic=False, top_k=5),
        candidates=[first, rome, Link((0, 1), (1, 1), 0.125)],
        overrides=[Override("link", anchor(docs[0], 2), anchor(docs[1], 2))],
    )


def anchor(doc: Document, i: int) -> Anchor:
    s = doc.sentences[i]
    return Anchor(doc.source.content_hash, s.start, s.end)


def plain(value):
    """Dataclasses as plain data, so two Comparisons (whose Sources compare by identity) can be compared."""
    return dataclasses.asdict(value)
