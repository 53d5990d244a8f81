"""Mutual pairs: between two reports of one story in one language, two sentences that are each other's best match and
share at least two of the story's distinctive words state the same thing as often as not.

The score model reads each pair on its own evidence, and a restatement with few words in common ("Des perquisitions
ont eu lieu vendredi soir au siège de la Société Générale" / "Les policiers s'étaient également rendus vendredi au
siège administratif de la Société Générale") scores 0.2–0.4 although nothing else in either report comes closer. Two
facts together make such a pair likely: each sentence prefers the other to every sentence of the other report, and
they share two words that are neither the story's common words (``evidence.WordWeights.common``: the protagonist's
name, the event's noun) nor words of saying, so the preference is not for the topic. Such a pair scores
``SUPPORTED``, the threshold's "as likely as not": of the links this adds, 3 of 5 were right on the ten development
pairs, 8 of 10 on four annotated pairs never tuned on, and 25 of 42 (read by a helper) in the twenty rpm2 clusters.

"One story" takes more than a mean cosine here: the two reports must share two sure statements (pairs scoring
``SURE``). A report on a neighbouring subject (Russia asking Turkey for help with its wheat, next to Russia asking
China for military aid) has a best match for each of its sentences too, and shares words with it.
"""
from __future__ import annotations

from .align import best_partners
from .attribution_cues import CUES
from .evidence import WordWeights
from .features import SentenceFeatures
from .model import Link

SURE, SURE_COUNT = 0.8, 2  # two reports tell one story when two of their pairs score SURE (not just a shared topic)
FLOOR = 0.2  # below this the pair's own evidence says it is not the same statement, whatever it prefers
SUPPORTED = 0.5  # the score a supported mutual pair takes
MIN_SHARED = 2  # distinctive words (lemmas, names, numbers; not the story's common words) both sentences have


def supported_pairs(scored: list[Link], feats_a: list[SentenceFeatures], feats_b: list[SentenceFeatures],
                    weights: WordWeights, lang: str) -> list[Link]:
    """``scored`` (the candidates between two documents in ``lang``, first document first) with each mutual best
    pair that shares ``MIN_SHARED`` distinctive words raised to ``SUPPORTED``."""
    if sum(ln.score >= SURE for ln in scored) < SURE_COUNT:
        return scored  # two reports on neighbouring subjects: each sentence's best match may be any sentence
    best = best_partners(scored)
    out = []
    for ln in scored:
        if FLOOR <= ln.score < SUPPORTED and _mutual(ln, best) and _distinct(feats_a[ln.a[1]], feats_b[ln.b[1]], weights, lang):
            ln = Link(ln.a, ln.b, SUPPORTED, ln.manual)
        out.append(ln)
    return out


def _mutual(ln: Link, best: dict) -> bool:
    return ln.score >= best[(ln.a, ln.b[0])][0] and ln.score >= best[(ln.b, ln.a[0])][0]


def _distinct(a: SentenceFeatures, b: SentenceFeatures, weights: WordWeights, lang: str) -> bool:
    """Words of saying ("répondre", "déclarer", "said") tell how a report quotes, not what it states: "n'a pas
    répondu à une demande de commentaire" shares nothing with "la Chine serait prête à répondre à la demande"."""
    shared = (a.content | a.names | a.numbers) & (b.content | b.names | b.numbers)
    say = CUES[lang].say if lang in CUES else frozenset()
    return len(shared - weights.common - say) >= MIN_SHARED
