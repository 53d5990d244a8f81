"""Two titles of one story: the same topic, not always the same claim (titles and the intertitles that state
something, between two reports of one story in one language, when three reports or more are compared:
``pipeline.with_pair_rules``).

Reports of one event title it by its topic and their own news: "Enfant trouvé à Marseille: la mère remise en
liberté", "Enfant trouvé à Marseille: la mère en garde à vue", "La mère de l'enfant trouvé à Marseille s'explique".
The score model reads two such titles as one statement (0.92–0.99: most of their words are the topic's, in the
same order, and the pair is the two titles), and in a cluster of ten reports the titles chain into one "claim
carried by seven sources". A reader compares what each title says about the topic, and so does ``distinct_claims``:
the words each title has that the other lacks (content words, the story's common words aside) are its claim; when
both titles have such words and none of them is close in meaning to a word of the other title's claim (word
vectors from ``CLOSE`` up: "footage" / "video" 0.78, "killed" / "fatal" 0.70), the two titles state different things
about one topic, and their pair keeps at most ``CAPPED``, below the threshold. The closest words of two different
claims in the clusters: "remise" (en liberté) / "garde" (à vue) 0.53, "nie" / "susciter" 0.52.

Measured on the twenty rpm2 clusters of ten reports (benchmarks/clusters.py): 103 pairs of headings capped; a
reader judged 91 of them: 73 different claims, 5 partial overlaps, 13 the same claim in words whose vectors are far
apart ("vidéos" / "images" 0.48, "reçue" / "visite" 0.33); of the other 12, read at the commit, 10 differ. Groups
498 -> 490, groups of three sources or more 135 -> 130.

Only where chains form: with three reports or more. Word vectors of one word are a weak judge of meaning (a
reviewer's titles of the same news: "un suspect arrêté" / "un suspect interpellé" 0.53, "mis en examen" / "inculpé"
0.50, as far apart as "remise" / "garde"), and two reports' titles that share a claim in words the test cannot
read ("Ohio closes busy river bridge after inspectors find cracked beam" / "Calloway River Bridge closed
indefinitely; …") would lose their link for no gain: between two reports a loose title link glues nothing else.
Not caught: two titles that name the topic in other words ("Incendie à Vénissieux" / "le feu à Vénissieux"): the
topic's own synonyms count as a close pair.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .align import DocView
from .evidence import WordWeights
from .features import SentenceFeatures, strip_accents
from .meanings import meaning_key
from .model import Link
from .mutual import LINKED  # only pairs that would link are read (the default threshold)

CAPPED = 0.3  # what two titles stating different things about one topic may score at most
CLOSE = 0.6  # two words of the titles' claims this close in meaning say the same (see above)


def distinct_claims(scored: list[Link], a: DocView, b: DocView, weights: WordWeights,
                    encode: Callable[[list[str]], np.ndarray]) -> list[Link]:
    """``scored`` with each pair of two headings (the titles, or intertitles that state something) capped at
    ``CAPPED`` when the two state different things about the same topic (see the module's docstring)."""
    heads_a, heads_b = _heads(a), _heads(b)
    out = []
    for ln in scored:
        i, j = ln.a[1], ln.b[1]
        if ln.score >= LINKED and i in heads_a and j in heads_b and not ln.manual:
            own_a = _claim_words(a.features[i], b.features[j], weights.common)
            own_b = _claim_words(b.features[j], a.features[i], weights.common)
            if own_a and own_b and not _any_close(own_a, own_b, encode):
                ln = Link(ln.a, ln.b, min(ln.score, CAPPED), ln.manual)
        out.append(ln)
    return out


def _heads(view: DocView) -> frozenset[int]:
    return view.headings | ({view.headline} if view.headline is not None else frozenset())


def _claim_words(mine: SentenceFeatures, other: SentenceFeatures, common: frozenset[str]) -> list[str]:
    """The content words of ``mine`` that ``other`` lacks (by lemma or by form, accents aside), the story's common
    words left out, in the form the word meanings compare."""
    theirs = {strip_accents(w) for t in other.tokens for w in (t.lemma.lower(), t.norm)}
    out = []
    for t in mine.tokens:
        key = meaning_key(t)
        if key is None or t.lemma in common or t.norm in common:
            continue
        if strip_accents(t.lemma.lower()) not in theirs and strip_accents(t.norm) not in theirs and key not in out:
            out.append(key)
    return out


def _any_close(xs: list[str], ys: list[str], encode: Callable[[list[str]], np.ndarray]) -> bool:
    vectors = np.asarray(encode(xs + ys), dtype=np.float32)
    return bool((vectors[: len(xs)] @ vectors[len(xs):].T >= CLOSE).any())
