"""Mutual pairs: between two reports of one story in one language, two sentences that prefer each other and share
three or more of the story's distinctive words state the same thing as often as not.

The score model reads each pair on its own evidence, and a restatement with few words in common ("Des perquisitions
ont eu lieu vendredi soir au siège de la Société Générale" / "Les policiers s'étaient également rendus vendredi au
siège administratif de la Société Générale") scores 0.2–0.4 although nothing else in either report comes closer. Two
facts together make such a pair likely: a sentence prefers the other to every sentence of the other report, and the
two share words that are neither the story's common words (``evidence.WordWeights.common``: the protagonist's name,
the event's noun) nor words of saying, so the preference is not for the topic. ``RULES``: each other's best match,
three or more distinctive words in common: 0.5, the threshold's "as likely as not"; two distinctive words: 0.4, a
near miss the reviewer sees among the closest (``near_misses``), not a link.

Two words were enough at first (of the links that added, 3 of 5 were right on the ten development pairs, 8 of 10 on
four annotated pairs never tuned on, 25 of 42 read by a helper in the twenty rpm2 clusters of ten reports). On 58
annotated pairs it added 37 links, 16 right (43 %), and on the 48 never used to design it 27 links, 10 right (37 %),
one of them a must link: below "as likely as not", so a score of 0.5 overstated them. By the words shared: with two,
9 of 24 right; with three or more, 7 of 13. Measured through the CLI (must recall / should recall / link precision),
all 58 pairs: 0.855 / 0.432 / 0.848 with two words -> 0.843 / 0.421 / 0.871 with three (0.838 / 0.399 / 0.878
without the rule); the ten development pairs 0.795 / 0.600 / 0.871 -> 0.753 / 0.571 / 0.884; the 48 others
0.871 / 0.392 / 0.843 -> 0.867 / 0.385 / 0.868.

A one-sided preference is not enough, however many words the two share. A rule that raised the best match of one
side to 0.6 with four distinctive words in common (7 of 8 right on the first fourteen annotated pairs, 28 of 42 in
the rpm2 clusters) was left out when sixteen more pairs were annotated blind (eight French rpm2 pairs, eight English
ECB+ pairs): there it added five links, two right and three wrong (must recall 0.861 either way, link precision
0.813 -> 0.829 without it); on the ten development pairs it gave one must link and two wrong ones (0.808 / 0.854 ->
0.795 / 0.870); on sixteen pairs annotated after that, it changed nothing.

A heading (a title or an intertitle that states something: "Appel lancé à Carla Sarkozy") restates in a few words what
a sentence of the body says at length, and the other report's sentence saying it prefers that body sentence: the
heading is only one-sidedly its best match. ``HEADING_FLOOR``, ``HEADING_SCORE``: a heading's best match from 0.25
up whose own best match is linked (0.5) takes 0.6, so the heading joins the claim (2 links more on the ten
development pairs, both right; one more on the six annotated pairs never tuned on, acceptable; precision 0.904 ->
0.906 and 0.933 -> 0.935; the same figures from a floor of 0.2 to 0.3 and for a linked partner from 0.5 to 0.8).
Only in reports written in prose: in iSTS's lists of headlines every line is a heading.

A report also says its main claim more than once (its title, its lead, a sentence of its body). A rule joined to
a linked sentence the other sentences of its report that restate it (a sentence cosine of 0.75, or 0.6 and half
the words; 0.6 from a score of 0.4): two links more on the ten development pairs and one more on eight pairs never
tuned on, all right, when it was written. With today's score model it added 5 links on 74 annotated pairs, 2
acceptable and 3 wrong, no must link (a short remark on a trader joined to the other report's title on a search
of his brother's flat, through the sentence before the remark): taken out (link precision on the 74 pairs
0.849 -> 0.853, must recall unchanged; on the samples the second report's lead still joins the title claim, by its
own score).

"One story" takes more than a mean cosine here: the two reports must share two sure statements (pairs scoring
``SURE``). A report on a neighbouring subject (Russia asking Turkey for help with its wheat, next to Russia asking
China for military aid) has a best match for each of its sentences too, and shares words with it.
"""
from __future__ import annotations

from .align import DocView, best_partners
from .attribution.cues import CUES, REQUESTS
from .evidence import WordWeights
from .features import SentenceFeatures, strip_accents
from .model import Link
from .number_anchors import anchored

# Two reports tell one story when two of their pairs score SURE (not just a shared topic). 0.75 since the word cover
# (word_cover.py) entered the score model: the samples' second surest pair went from 0.83 to 0.78; on the 22
# annotated pairs the figures are the same from 0.7 to 0.8.
SURE, SURE_COUNT = 0.75, 2
FLOOR = 0.2  # below this the pair's own evidence says it is not the same statement, whatever it prefers
# (sides whose best match the pair must be, distinctive words both sentences have, the score the pair takes);
# distinctive words are lemmas, names and numbers that are neither the story's common words nor words of saying
RULES = ((2, 3, 0.5), (2, 2, 0.4))
HEADING_FLOOR, HEADING_SCORE = 0.25, 0.6  # a heading's best match, linked elsewhere already (``_headings_placed``)
LINKED = 0.5  # the default threshold: a pair scoring this is linked


def supported_pairs(scored: list[Link], a: DocView, b: DocView, weights: WordWeights) -> list[Link]:
    """``scored`` (the candidates between two documents in one language, ``a`` first) with each pair from ``FLOOR``
    up that one of the ``RULES`` supports raised to that rule's score, then each heading's pair that
    ``_headings_placed`` supports raised to its score."""
    return rule_stages(scored, a, b, weights)[-1][1]


def rule_stages(scored: list[Link], a: DocView, b: DocView, weights: WordWeights) -> list[tuple[str, list[Link]]]:
    """The candidates after the ``RULES`` of words ("mutual pairs"), then after the number anchors
    (``number_anchors``: "numbers"), then after the headings' rule ("headings")."""
    if sum(ln.score >= SURE for ln in scored) < SURE_COUNT:
        # neighbouring subjects: each sentence's best match may be any sentence
        return [("mutual pairs", scored), ("numbers", scored), ("headings", scored)]
    best = best_partners(scored)
    say = CUES[a.lang].say - REQUESTS if a.lang in CUES else frozenset()
    ignored = frozenset(strip_accents(w) for w in weights.common | say)
    out = []
    for ln in scored:
        if ln.score >= FLOOR:
            sides = _best_of(ln, best)
            shared = _distinct(a.features[ln.a[1]], b.features[ln.b[1]], ignored) if all(sides) else 0
            ln = _raised(ln, max((score for need, words, score in RULES if sum(sides) >= need and shared >= words),
                                 default=0.0))
        out.append(ln)
    numbers = anchored(out, a.features, b.features, a.lang == b.lang)
    headed = _headings_placed(numbers, a.headings, b.headings)
    return [("mutual pairs", out), ("numbers", numbers), ("headings", headed)]


def _headings_placed(scored: list[Link], heads_a: frozenset[int], heads_b: frozenset[int]) -> list[Link]:
    """A heading ("Appel lancé à Carla Sarkozy") restates what a sentence of the other report's body says, and that
    sentence's own best match is the body sentence of the heading's report saying it at length: the heading's best
    match from ``HEADING_FLOOR`` up, linked elsewhere already (``LINKED``), takes ``HEADING_SCORE`` (the n:1 link a
    reader makes: title, body sentence and its counterpart are one claim)."""
    best = best_partners(scored)
    out = []
    for ln in scored:
        best_a, best_b = _best_of(ln, best)
        if best_a != best_b and ln.score >= HEADING_FLOOR:
            (heading, partner), heads = ((ln.a, ln.b), heads_a) if best_a else ((ln.b, ln.a), heads_b)
            if heading[1] in heads and best[(partner, heading[0])][0] >= LINKED:
                ln = _raised(ln, HEADING_SCORE)
        out.append(ln)
    return out


def _best_of(ln: Link, best: dict) -> tuple[bool, bool]:
    """Whether the pair is the best match of its first sentence, and of its second, in the other report."""
    return ln.score >= best[(ln.a, ln.b[0])][0], ln.score >= best[(ln.b, ln.a[0])][0]


def _raised(ln: Link, score: float) -> Link:
    """The pair at ``score`` with a hundredth of its own score on top (raised pairs keep their order, so no tie
    depends on which report is first), or as it was when ``score`` is not above its own."""
    return Link(ln.a, ln.b, round(score + ln.score / 100, 4), ln.manual) if score > ln.score else ln


def _distinct(a: SentenceFeatures, b: SentenceFeatures, ignored: frozenset[str]) -> int:
    """How many distinctive words two sentences share, accents aside ("Défense" the name and "défense" the word are
    one). Words of saying ("répondre", "déclarer", "said") tell how a report quotes, not what it states: "n'a pas
    répondu à une demande de commentaire" shares nothing with "la Chine serait prête à répondre à la demande"."""
    shared = (a.content | a.names | a.numbers) & (b.content | b.names | b.numbers)
    return len({strip_accents(w) for w in shared} - ignored)
