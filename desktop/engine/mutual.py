"""Mutual pairs: between two reports of one story in one language, two sentences that prefer each other and share
the story's distinctive words state the same thing as often as not.

The score model reads each pair on its own evidence, and a restatement with few words in common ("Des perquisitions
ont eu lieu vendredi soir au siège de la Société Générale" / "Les policiers s'étaient également rendus vendredi au
siège administratif de la Société Générale") scores 0.2–0.4 although nothing else in either report comes closer. Two
facts together make such a pair likely: a sentence prefers the other to every sentence of the other report, and the
two share words that are neither the story's common words (``evidence.WordWeights.common``: the protagonist's name,
the event's noun) nor words of saying, so the preference is not for the topic. ``RULES``:

- each other's best match, two distinctive words in common: 0.5, the threshold's "as likely as not" (of the links
  this adds, 3 of 5 were right on the ten development pairs, 8 of 10 on four annotated pairs never tuned on, 25 of
  42 read by a helper in the twenty rpm2 clusters of ten reports);
- the best match of one of the two, four distinctive words in common: 0.6, enough for a one-sided link (7 of 8
  right on the fourteen annotated pairs, 28 of 42 in the rpm2 clusters).

"One story" takes more than a mean cosine here: the two reports must share two sure statements (pairs scoring
``SURE``). A report on a neighbouring subject (Russia asking Turkey for help with its wheat, next to Russia asking
China for military aid) has a best match for each of its sentences too, and shares words with it.
"""
from __future__ import annotations

from .align import best_partners
from .attribution_cues import CUES
from .evidence import WordWeights
from .features import SentenceFeatures, strip_accents
from .model import Link

SURE, SURE_COUNT = 0.8, 2  # two reports tell one story when two of their pairs score SURE (not just a shared topic)
FLOOR = 0.2  # below this the pair's own evidence says it is not the same statement, whatever it prefers
# (sides whose best match the pair must be, distinctive words both sentences have, the score the pair takes);
# distinctive words are lemmas, names and numbers that are neither the story's common words nor words of saying
RULES = ((2, 2, 0.5), (1, 4, 0.6))


def supported_pairs(scored: list[Link], feats_a: list[SentenceFeatures], feats_b: list[SentenceFeatures],
                    weights: WordWeights, lang: str) -> list[Link]:
    """``scored`` (the candidates between two documents in ``lang``, first document first) with each pair from
    ``FLOOR`` up that one of the ``RULES`` supports raised to that rule's score."""
    if sum(ln.score >= SURE for ln in scored) < SURE_COUNT:
        return scored  # two reports on neighbouring subjects: each sentence's best match may be any sentence
    best = best_partners(scored)
    say = CUES[lang].say if lang in CUES else frozenset()
    ignored = frozenset(strip_accents(w) for w in weights.common | say)
    out = []
    for ln in scored:
        if ln.score >= FLOOR:
            sides = (ln.score >= best[(ln.a, ln.b[0])][0]) + (ln.score >= best[(ln.b, ln.a[0])][0])
            shared = _distinct(feats_a[ln.a[1]], feats_b[ln.b[1]], ignored) if sides else 0
            raised = max((score for need, words, score in RULES if sides >= need and shared >= words), default=0.0)
            if raised > ln.score:  # a hundredth of its own score on top: raised pairs keep their order, so
                ln = Link(ln.a, ln.b, round(raised + ln.score / 100, 4), ln.manual)  # no tie depends on which report is first
        out.append(ln)
    return out


def _distinct(a: SentenceFeatures, b: SentenceFeatures, ignored: frozenset[str]) -> int:
    """How many distinctive words two sentences share, accents aside ("Défense" the name and "défense" the word are
    one). Words of saying ("répondre", "déclarer", "said") tell how a report quotes, not what it states: "n'a pas
    répondu à une demande de commentaire" shares nothing with "la Chine serait prête à répondre à la demande"."""
    shared = (a.content | a.names | a.numbers) & (b.content | b.names | b.numbers)
    return len({strip_accents(w) for w in shared} - ignored)
