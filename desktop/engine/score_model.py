"""Score model: a pair's evidence turned into the probability that the two sentences state the same thing.

A logistic regression over a handful of inputs, fitted by ``benchmarks/fit_scores.py`` on reports of one
story (sentence-level gold, ``../shared/eval/same_story``) together with haystacks of shuffled paraphrase pairs
(MRPC, STS-B English and French), so that 0.5 reads as "as likely as not the same statement" on both kinds of
input. The fitted numbers are pasted below; ``benchmarks/reliability.py`` prints how well they are calibrated.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .evidence import Evidence

INPUTS = (
    "cos",  # sentence cosine
    "cross_cos",  # the same across languages, where words cannot overlap
    "margin",  # cosine above both sentences' neighbourhoods
    "z_low", "z_high",  # the pair's standing in its row and its column (the weaker and the stronger side)
    "gap_low", "gap_high",  # distance to each sentence's best other pairing (> 0: best)
    "lexical", "contain", "indel",  # word overlap: IDF Dice, IDF containment, Indel on sorted lemmas
    "shared", "conflict",  # names and numbers in common; numbers on both sides, none agreeing
    "mutual",  # each other's closest match
    "headline",  # the two titles
    "clause",  # best clause-to-clause cosine
    "verbatim",  # words in common in the same order, over the shorter sentence
    "story",  # 0–1: the documents read as reports of one story (mean cosine 0.15 → 0, 0.27 → 1)
    "story_clause",  # story × how far the best clauses match above 0.6
    "story_headline",  # story × the two titles
    "name_clash",  # each sentence names someone or something the other does not (same language)
    "cover",  # the two sentences' words said by each other in other words (word_cover)
    "cross_clause",  # across languages, the best clauses' cosine alone, speech tags left out (not raised to "cos")
    "cross_tagged",  # across languages, how much more alike the sentences read than their statements (names of speakers)
    "context",  # how much closer the two read with the sentence before one of them (context.py; one story)
    "context_read",  # 1 where the sentences were read with the one before (reports of one story written in prose)
)

# Reports of one event and haystacks of shuffled news differ in their mean cross-document cosine: 0.063–0.109 for
# the development haystacks (MRPC, STS-B), 0.137–0.256 for the ten same-story pairs. Between these two bounds the
# same-language score moves from the haystack model to the same-story one (``align.regime``: or by the topic words
# the two reports share, when their cosine is a haystack's).
HAYSTACK_COSINE, STORY_COSINE = 0.11, 0.135


def story_regime(mean_cosine: float) -> float:
    """0 for a haystack of unrelated sentences, 1 for reports of one story, linear in between."""
    return min(1.0, max(0.0, (mean_cosine - HAYSTACK_COSINE) / (STORY_COSINE - HAYSTACK_COSINE)))


def inputs(ev: Evidence, same_lang: bool) -> tuple[float, ...]:
    """The model's inputs for one candidate pair with embeddings, in the order of ``INPUTS``."""
    cos = ev.cos or 0.0
    return (
        cos, 0.0 if same_lang else cos, ev.margin or 0.0,
        min(ev.z_row, ev.z_col), max(ev.z_row, ev.z_col), min(ev.gap_row, ev.gap_col), max(ev.gap_row, ev.gap_col),
        ev.lexical, ev.contain, ev.indel, ev.shared, ev.conflict, ev.mutual, ev.headline, max(ev.clause, cos),
        ev.verbatim, ev.story, ev.story * max(0.0, ev.clause - 0.6), ev.story * ev.headline,
        ev.name_clash, ev.cover or 0.0, *((0.0, 0.0) if same_lang else _statements(ev, cos)),
        ev.context or 0.0, float(ev.context is not None),
    )


def _statements(ev: Evidence, cos: float) -> tuple[float, float]:
    """("cross_clause", "cross_tagged"): the statements' cosine without speech tags, and how much more alike the
    sentences read. Where no clause was compared (above clauses.MAX_SENTENCES, or no pair of the comparison reads
    as one story: ``Evidence.clause`` stays 0.0) the sentence is its statement: (cos, 0), not (0, cos)."""
    clause = ev.clause if ev.clause else cos
    return clause, max(0.0, cos - clause)


@dataclass(frozen=True)
class ScoreModel:
    """Logistic weights over ``INPUTS``; without embeddings (--no-semantic) lemma overlap alone decides."""

    bias: float
    weights: tuple[float, ...]
    cross: ScoreModel | None = None  # the model for two languages, when it differs
    haystack: ScoreModel | None = None  # same language, unrelated documents (blended in by ``Evidence.regime``)
    uncovered: ScoreModel | None = None  # where the word cover was not computed (``Evidence.cover`` None)
    lexical_only_bias: float = -4.5
    lexical_only_weight: float = 9.0

    def logit(self, ev: Evidence, same_lang: bool) -> float:
        if ev.cos is None:
            return self._lexical_only(ev)
        if not same_lang and self.cross is not None:
            return self.cross.logit(ev, same_lang)
        if ev.cover is None and self.uncovered is not None:
            return self.uncovered.logit(ev, same_lang)
        own = self.bias + sum(w * x for w, x in zip(self.weights, inputs(ev, same_lang)))
        if self.haystack is None or ev.regime >= 1.0:
            return own
        return ev.regime * own + (1.0 - ev.regime) * self.haystack.logit(ev, same_lang)

    def _lexical_only(self, ev: Evidence) -> float:
        """Without embeddings: lemma overlap, with the haystack model's weights on the other word evidence."""
        z = self.lexical_only_bias + self.lexical_only_weight * ev.lexical
        return z + 2.92 * ev.indel - 0.31 * ev.shared - 1.46 * ev.conflict + 2.94 * ev.mutual + 4.5 * ev.headline

    def probabilities(self, evs: list[Evidence], same_lang: bool) -> list[float]:
        """``probability`` of many pairs of one document pair at once (the same numbers, one matrix product)."""
        if evs and evs[0].cover is None and self.uncovered is not None and same_lang:  # one document pair: all alike
            return self.uncovered.probabilities(evs, same_lang)
        if evs and evs[0].cos is not None and not same_lang and self.cross is not None:
            return self.cross.probabilities(evs, same_lang)  # one matrix product there too
        if not evs or evs[0].cos is None or (not same_lang and self.cross is not None) or self.haystack is None:
            return [self.probability(ev, same_lang) for ev in evs]
        x = np.array([inputs(ev, same_lang) for ev in evs])
        own = self.bias + x @ np.array(self.weights)
        hay = self.haystack.bias + x @ np.array(self.haystack.weights)
        regime = np.array([ev.regime for ev in evs])
        z = np.clip(regime * own + (1.0 - regime) * hay, -40.0, 40.0)
        return (1.0 / (1.0 + np.exp(-z))).tolist()

    def probability(self, ev: Evidence, same_lang: bool) -> float:
        z = self.logit(ev, same_lang)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


# Fitted before on haystacks alone (MRPC, STS-B): kept for unrelated documents and across languages, where no
# same-story pairs exist yet to fit on. Inputs in the order of INPUTS.
HAYSTACK = ScoreModel(
    bias=-4.59,
    weights=(-1.99, 2.49, 17.92, 0.0, 0.0, 0.0, 0.0, -0.41, 0.0, 2.92, -0.31, -1.46, 2.94, 0.0, 0.0, 0.0, 1.5, 15.0, 4.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
)
CROSS = ScoreModel(bias=HAYSTACK.bias, weights=HAYSTACK.weights[:13] + (4.5,) + HAYSTACK.weights[14:18] + (0.0,) * 7)  # titles: 4.5

# Across languages, reports of one story: benchmarks/fit_cross_story.py (ridge 0.3, the English-French haystack's
# rows weighing 0.15 of the story rows), fitted on 32 same-story pairs whose second report a helper translated into the
# other language segment by segment (16 ECB+ English pairs with French, 16 rpm2 French pairs with English; the
# sentence-level gold carries over; kept outside the project, session 52), blended with CROSS by Evidence.regime as
# the one-language model is with HAYSTACK. A paraphrase in the other language has a cosine of 0.5-0.65 where a
# translation has 0.8 or more: the pair's standing in its rows and columns (margin, gap), its best clauses and its
# statements' cosine without the speech tags ("cross_clause") weigh most; how much more alike the sentences read
# than their statements ("cross_tagged") came out with no weight. Leave-one-pair-out on the 32, through the CLI's
# pair rules: must recall 0.651 -> 0.683, should recall 0.225 -> 0.216, link precision 0.767 -> 0.806 (CROSS alone
# -> this model; fitted on all 32: 0.677 / 0.225 / 0.813). Pairs whose CROSS scores read as a translation, pairs with
# Chinese or Japanese, and comparisons of three reports or more keep CROSS (pipeline.score_pair): this model is the
# more guarded across languages, and with four EN/FR crash reports the claims in every source fell from 6 to 4 and
# those in one only rose from 9 to 16, the groups' cohesion (align.build_groups) being read on CROSS's surer scores.
CROSS_STORY = ScoreModel(
    bias=-3.625,
    weights=(0.0, -0.586, 3.763, 0.0, 0.0, 1.917, 3.98, 0.0, 0.0, 0.0, 0.797, -0.102, 0.437, 0.0, 3.569, 0.0, 0.717, 0.007, 0.786, 0.0, 0.0, 1.043, 0.0, 0.0, 0.0),
    haystack=CROSS,
)

# Without the word cover (Chinese and Japanese, where a "word" is a clause; pipeline._with_words): the model
# shipped before it, fitted on the ten development pairs (ridge 1; leave-one-pair-out 0.740 / 0.514 / 0.849 there,
# 0.667 / 0.400 / 0.836 over the 22 pairs).
UNCOVERED = ScoreModel(
    bias=-3.518,
    weights=(0.186, 0.0, 0.901, 0.0, 0.0, 0.641, 1.073, 1.114, 0.974, 1.636, 0.296, 0.0, 1.184, 0.321, 0.794, 1.393, 1.184, 0.215, 0.052, -0.122, 0.0, 0.0, 0.0, 0.0, 0.0),
    cross=CROSS,
    haystack=HAYSTACK,
)

# benchmarks/fit_scores.py --extra DIR --extra DIR --extra DIR --train-extra (ridge 0.3, haystack weight 0.15, each
# weight kept to its sign, the titles' evidence left to "story_headline": fit_scores.NOT_FITTED): reports of one
# story in one language, the ten development pairs and 39 more annotated blind the same way (12 in session 33, 27 in
# session 43: ECB+ and rpm2 pairs of other stories and events, kept outside the project), with the story's common
# words left out of Indel and the words in order (evidence.WordWeights), and the sentences' word cover
# (word_cover.py). Leave-one-pair-out on the 49 pairs, with the CLI's pair rules after the model (mutual.py, order.py
# with NEXT_TO_ANCHOR refitted, merges.py): must recall 0.696, should 0.405, link precision 0.816 (fitted on all 49,
# as pasted below: 0.696 / 0.411 / 0.817). Fresh pairs on arrival, through the CLI: 15 (session 43, first round)
# scored 0.676 / 0.358 / 0.808 with the model fitted on 22 pairs; 12 more (second round) 0.571 / 0.366 / 0.750 with
# the model fitted on 37 (the same figures as the 22-pair model's), 0.571 / 0.366 / 0.761 fitted in. Haystack
# weight 0.3, as in the fits before, against 0.15: 0.728 / 0.417 / 0.802 against 0.737 / 0.417 / 0.822 (leave one
# pair out on the first 37 pairs, with the titles' evidence fitted and order weight 1.235).
STORY_BIAS = -3.784
STORY_WEIGHTS = (0.0, 0.0, 1.746, 0.0, 0.0, 1.581, 2.067, 0.0, 0.491, 2.751, 0.0, -0.304, 0.307, 0.0, 0.691, 1.909, 0.349, 0.39,
                 3.022, 0.0, 6.329, 0.0, 0.0)  # every input but the context's two

# benchmarks/fit_context.py: the weight of "context" (context.py: a pair read with the sentence before one of them)
# and of "context_read" (the shift that comes with reading so), fitted on top of the model above (its logit an offset,
# as order.py's weight is), so that what the 49 pairs taught it stays. On 58 annotated pairs (the ten development pairs
# and 48 annotated blind in session 56, ECB+ English and rpm2 French pairs drawn at random), leave-one-pair-out
# through the CLI's pair rules: must recall 0.749 -> 0.776, should 0.258 -> 0.269, link precision 0.856 -> 0.864; the
# ten development pairs 0.753 / 0.543 / 0.891 -> 0.753 / 0.571 / 0.902. Where no sentence was read in context (a
# list of headlines, another language, unrelated documents) the score is the model's without it.
CONTEXT_WEIGHT, CONTEXT_READ = 3.196, -0.176
FITTED = ScoreModel(
    bias=STORY_BIAS,
    weights=STORY_WEIGHTS + (CONTEXT_WEIGHT, CONTEXT_READ),
    cross=CROSS_STORY,
    haystack=HAYSTACK,
    uncovered=UNCOVERED,
)
