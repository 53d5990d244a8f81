"""Align: find the sentences of different sources that state the same thing.

Order-free. For every pair of sources: block candidates (top-k by embedding cosine, plus sentences sharing a
rare lemma, name or number), score each candidate pair finely (semantic cosine, IDF-weighted lemma overlap,
rapidfuzz Indel on content lemmas, agreement of names and numbers) into a calibrated 0–1 probability, then
keep links that are best on at least one side and clear the threshold. Groups are the connected sets of links
across all sources, so a claim carried by 2 to 10 sources forms one group and one sentence may match two.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from . import context, evidence, word_cover
from .clauses import ClauseTable
from .evidence import (Evidence, Profile, Words, mean_cosine, placement, profile, same_story, sentence_counts,
                       topic_regime, topic_share, word_evidence)
from .features import UNSPACED, SentenceFeatures, strip_accents
from .figure_slots import read_alike
from .model import Group, Link, SentenceRef
from .score_model import ScoreModel, story_regime
from .world_names import word_key


@dataclass
class DocView:
    """What align needs of one document."""

    lang: str
    features: list[SentenceFeatures]
    vectors: np.ndarray | None  # (n, 512) unit vectors, or None without semantic matching
    headline: int | None = None  # index of the report's title sentence, when it has one
    clauses: list[np.ndarray | None] | None = None  # per sentence, its clauses' vectors (None: a single clause)
    labels: frozenset[int] = frozenset()  # section labels ("REPÈRES", "Nouvelles dispositions"): they state nothing
    questions: frozenset[int] = frozenset()  # sentences that ask
    headings: frozenset[int] = frozenset()  # the title and intertitles that state something (headings.headings)
    prose: bool = True  # written in sentences, not a list of headlines (headings.written_in_prose)
    word_counts: dict[str, int] | None = None  # in how many sentences each word is (``regime``; counted when needed)
    words: list | None = None  # per sentence, its content words' vectors (``word_cover``; reports of one story)
    windows: np.ndarray | None = None  # per sentence, read after the one before it (``context``; one story)


MIN_CONTENT_WORDS = 2  # a shorter sentence links only when it shares a word, name or number with the other
WORD_FIELDS = ("lexical", "indel", "shared", "conflict", "contain", "verbatim", "name_clash")  # word_evidence's
STORY_REGIME = 0.5  # from here two documents read more as one story than as a haystack (``regime``): a figure of
#     one sentence facing a different figure of the other reads as the same word (``figure_slots``)


@dataclass(frozen=True)
class AlignParams:
    threshold: float = 0.5
    top_k: int = 8
    secondary_margin: float = 0.1  # a one-sided best link must clear threshold + margin
    floor: float = 0.02  # candidates below this are not kept for re-grouping
    # mean cross-source score two partial groups need to merge (0.35 chained claims). 0.55 since the word cover
    # (word_cover.py): at 0.5, of 20 groups of three sources or more read blind in five rpm2 clusters, 7 stated one
    # claim and 5 only a topic; at 0.55, 8 and 3 (before the cover, at 0.5: 8 and 1, of fewer such groups: 36, now
    # 45). The French development pairs inside their clusters: link precision 0.829 -> 0.865 at the same must recall.
    # 0.6 since the score model was fitted on more annotated pairs (it scores loose pairs higher). Groups of three
    # sources or more, 20 drawn from each build in the twenty rpm2 clusters (benchmarks/clusters.py --sample), read
    # blind: the model fitted on 22 pairs at 0.55, 8 and 10 state one claim (two readers); the model fitted on 37 at
    # 0.55, 3 and 6 (the same two readers); at 0.6, 10; at 0.65, 6 (the second reader only: 20 groups a build is
    # a noisy measure). The French pairs inside their clusters at 0.6, measured with the 37- and the 49-pair models
    # alike: must 0.619, should 0.368, precision 0.854 (the 22-pair model at 0.55: 0.595, 0.316, 0.865); two reports
    # alone are as at 0.55.
    cohesion: float = 0.6


# A link this sure joins a sentence to a group holding a sentence of its report already, whatever the cohesion,
# in reports written in prose (``_sure_of_a_present_source``). At 0.75 (the ten development pairs through the CLI:
# should recall 0.514 -> 0.571, link precision 0.872 -> 0.875; leave-one-pair-out on 22 pairs: should 0.383 -> 0.400,
# precision 0.843 -> 0.839). Between two reports 0.6 (``SURE_JOIN_TWO``) since 32 more pairs were annotated blind: of
# the links from 0.5 that the cohesion still turned away in the 42 annotated pairs, 7 of 8 were right (a title
# joining the claim its own lead states; a body sentence restating the claim the other report gives in its title and
# lead). On the 32 pairs (chosen on them), must recall 0.794 -> 0.806, link precision 0.816 -> 0.817; the development
# pairs one right link more; haystacks and iSTS unchanged. Not with more reports: in the twenty rpm2 clusters 0.6
# put 18 more sentences in groups; of 20 groups of three sources or more (benchmarks/clusters.py --sample), read
# blind by one reader for each build, 9 stated one claim at 0.75 and 8 at 0.6, and a sentence 0.6 added was the one
# the reader found stating another claim (a minister's plea joining the law it is about).
SURE_JOIN, SURE_JOIN_TWO = 0.75, 0.6


def sure_join(reports: int) -> float:
    """``SURE_JOIN`` for a comparison of this many reports."""
    return SURE_JOIN_TWO if reports == 2 else SURE_JOIN


def idf_table(docs: list[DocView]) -> evidence.WordWeights:
    return evidence.idf_table([d.features for d in docs])


def _semantic_candidates(va: np.ndarray, vb: np.ndarray, k: int) -> tuple[set[tuple[int, int]], dict, Profile, Profile]:
    """Top-k pairs by cosine in both directions, their cosines, and each side's cosine profile."""
    pairs: set[tuple[int, int]] = set()
    for r0 in range(0, va.shape[0], 1024):
        sims = va[r0 : r0 + 1024] @ vb.T
        kb = min(k, vb.shape[0])
        for r, cols in enumerate(np.argpartition(-sims, kb - 1, axis=1)[:, :kb]):
            pairs.update((r0 + r, int(c)) for c in cols)
    for c0 in range(0, vb.shape[0], 1024):
        sims = vb[c0 : c0 + 1024] @ va.T
        ka = min(k, va.shape[0])
        for c, rows in enumerate(np.argpartition(-sims, ka - 1, axis=1)[:, :ka]):
            pairs.update((int(r), c0 + c) for r in rows)
    cos = {(i, j): float(va[i] @ vb[j]) for i, j in pairs}
    return pairs, cos, profile(va, vb), profile(vb, va)


def _lexical_candidates(a: DocView, b: DocView, idf: dict[str, float], k: int) -> set[tuple[int, int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for j, f in enumerate(b.features):
        for key in f.content | f.names | f.numbers:
            index[key].append(j)
    limit = min(50, max(20, int(0.05 * len(b.features))))  # keys in more sentences than this are too common to block on
    pairs: set[tuple[int, int]] = set()
    for i, f in enumerate(a.features):
        votes: dict[int, float] = defaultdict(float)
        for key in f.content | f.names | f.numbers:
            hits = index.get(key, ())
            if 0 < len(hits) <= limit:
                for j in hits:
                    votes[j] += idf.get(key, 1.0)
        for j in sorted(votes, key=lambda j: (-votes[j], j))[:k]:
            pairs.add((i, j))
    return pairs


def candidate_evidence(a: DocView, b: DocView, idf, top_k: int) -> list[tuple[int, int, Evidence]]:
    """Blocked candidate pairs (i, j) between two documents, each with its evidence."""
    if not a.features or not b.features:
        return []
    cos: dict[tuple[int, int], float] = {}
    pairs: set[tuple[int, int]] = set()
    semantic = a.vectors is not None and b.vectors is not None
    if semantic:
        pairs, cos, rows_a, cols_b = _semantic_candidates(a.vectors, b.vectors, top_k)
    pairs |= _lexical_candidates(a, b, idf, top_k)  # from both sides, so swapping the sources mirrors the result
    pairs |= {(i, j) for j, i in _lexical_candidates(b, a, idf, top_k)}
    titles = (a.headline, b.headline) if a.headline is not None and b.headline is not None else None
    if titles:
        pairs.add(titles)
    same_lang = a.lang == b.lang
    clauses = ClauseTable.pair(a, b) if semantic and a.clauses is not None and b.clauses is not None else None
    mean_cos = mean_cosine(a.vectors, b.vectors) if semantic else 0.0
    of_documents = {"story": same_story(mean_cos), "regime": regime(a, b, mean_cos) if semantic else 1.0}
    covered = same_lang and spaced(a, b) and a.words is not None and b.words is not None  # word_cover
    read_in_context = semantic and same_lang and a.windows is not None and b.windows is not None
    words_a, words_b = Words.of(a.features, idf), Words.of(b.features, idf)
    rows = []
    for i, j in sorted(pairs):
        fields = dict(of_documents, headline=float((i, j) == titles))
        if semantic:
            fields |= placement(cos.get((i, j)) or float(a.vectors[i] @ b.vectors[j]), i, j, rows_a, cols_b)
        if clauses is not None:
            fields["clause"] = clauses.best(i, j)
        if covered:
            fields["cover"] = word_cover.cover(a.words[i], b.words[j]) if (i, j) != titles else 0.0
        if read_in_context and (i or j):  # two first sentences have no sentence before them
            fields["context"] = context.gain(a.windows, a.vectors, b.windows, b.vectors, i, j, fields["cos"])
        ev = word_evidence(a.features[i], b.features[j], words_a, i, words_b, j, same_lang, idf)
        rows.append((i, j, ev._replace(**fields)))
    closeness = [((i, j), max(ev.cos if ev.cos is not None else ev.lexical, ev.clause)) for i, j, ev in rows]
    return [(i, j, ev._replace(mutual=mutual)) for (i, j, ev), mutual in zip(rows, _mutual_flags(closeness))]


def spaced(a: DocView, b: DocView) -> bool:
    """Both written with spaces between words (in Chinese or Japanese a "word" is a whole clause)."""
    return a.lang not in UNSPACED and b.lang not in UNSPACED


def regime(a: DocView, b: DocView, mean_cos: float | None = None) -> float:
    """0–1: how far two documents read as reports of one story rather than a haystack of unrelated sentences, by
    their mean cosine (``mean_cos`` when known) or by topic words of both (an interview and a report of one event
    can differ in tone so much that their mean cosine is a haystack's: ``evidence.topic_share``)."""
    if a.vectors is None or b.vectors is None or not len(a.vectors) or not len(b.vectors):
        return 0.0
    by_cosine = story_regime(mean_cosine(a.vectors, b.vectors) if mean_cos is None else mean_cos)
    if by_cosine >= 1.0:
        return by_cosine
    share = topic_share(_word_counts(a), len(a.features), _word_counts(b), len(b.features))
    return max(by_cosine, topic_regime(share))


def _word_counts(view: DocView) -> dict[str, int]:
    """``evidence.sentence_counts`` of the view's sentences, counted once per view."""
    if view.word_counts is None:
        view.word_counts = sentence_counts(view.features)
    return view.word_counts


def _mutual_flags(scored: list[tuple[tuple[int, int], float]]) -> list[float]:
    """1.0 for each pair that is both sentences' closest match (by sentence or clause similarity), else 0.0."""
    row_best: dict[int, float] = {}
    col_best: dict[int, float] = {}
    for (i, j), v in scored:
        row_best[i] = max(row_best.get(i, -9.0), v)
        col_best[j] = max(col_best.get(j, -9.0), v)
    return [float(v >= row_best[i] and v >= col_best[j]) for (i, j), v in scored]


def score_pair_of_docs(p: int, q: int, a: DocView, b: DocView, idf, model: ScoreModel, params: AlignParams) -> list[Link]:
    """Every candidate pair between documents p and q with its probability (above the floor)."""
    kept = figures_alike(scorable_pairs(a, b, idf, params), a, b, idf, model, params)
    return scored_links(p, q, kept, model, a.lang == b.lang, params)


def figures_alike(kept: list[tuple[int, int, Evidence]], a: DocView, b: DocView, idf, model: ScoreModel,
                  params: AlignParams) -> list[tuple[int, int, Evidence]]:
    """``kept`` with the word evidence of each pair of one story in one language that states one fact with a
    different figure read as if the figures agreed (``figure_slots``), where that reading alone links the pair: a
    pair it only brings closer would change which sentence is another's best match, and the rules built on that
    (``mutual``, ``merges``) would lose pairs it does not link."""
    if a.lang != b.lang:
        return kept
    out = []
    for i, j, ev in kept:
        words = read_alike(a.features[i], b.features[j], a.lang, idf) if ev.conflict and ev.regime >= STORY_REGIME \
            else None
        if words is not None:
            alike = ev._replace(**{name: getattr(words, name) for name in WORD_FIELDS})
            ev = alike if model.probability(alike, True) >= params.threshold else ev
        out.append((i, j, ev))
    return out


def scored_links(p: int, q: int, kept: list[tuple[int, int, Evidence]], model: ScoreModel, same_lang: bool,
                 params: AlignParams) -> list[Link]:
    """The pairs ``scorable_pairs`` kept between documents p and q, with ``model``'s probability (above the floor)."""
    probs = model.probabilities([ev for _, _, ev in kept], same_lang)
    return [Link((p, i), (q, j), round(prob, 4)) for (i, j, _), prob in zip(kept, probs) if prob >= params.floor]


def scorable_pairs(a: DocView, b: DocView, idf, params: AlignParams) -> list[tuple[int, int, Evidence]]:
    """The candidate pairs of two documents that may be linked at all, with their evidence."""
    kept = []
    for i, j, ev in candidate_evidence(a, b, idf, params.top_k):
        short = min(len(a.features[i].content), len(b.features[j].content)) < MIN_CONTENT_WORDS
        if spaced(a, b) and ((short and ev.lexical == 0 and ev.verbatim < 1.0) or word_against_sentence(a, i, b, j)):
            continue  # "Assurément." and "Finance.": too few words for their embeddings to mean anything
        if i in a.labels or j in b.labels or ((i in a.questions or j in b.questions) and ev.name_clash):
            continue  # a label states nothing and matches nothing, another report's label neither ("MARKETS" /
            #           "Reacción del mercado" were a claim of no stated source); "Quel rôle pour la France ?" is not
            #           "Quel rôle pour les USA ?"
        kept.append((i, j, ev))
    return kept


def word_against_sentence(a: DocView, i: int, b: DocView, j: int) -> bool:
    """A sentence of one word, a common one ("Finance.", a rubric) against a whole sentence of the other report:
    one word in common ("… un tremblement de terre dans la finance française …") is no statement in common, whatever
    rule would pair them (their neighbours', their order's). A name alone ("Colombie.", or "Europe." where the other
    sentence writes it as a name) says whom or where the story is about and may join the sentence that says it."""
    if a.lang in UNSPACED or b.lang in UNSPACED:  # a sentence of Chinese is one "word" to the tokenizer
        return False
    sides = ((a.features[i], a.lang), (b.features[j], b.lang))
    (short, lang), (other, _) = sorted(sides, key=lambda side: len(side[0].content))
    if len(short.tokens) != 1 or len(other.content) <= 3 or short.names:  # « C'est une catastrophe » is a statement
        return False
    word = strip_accents(short.tokens[0].norm)
    return not (word_key(word, lang, True) or word in other.names)  # a place, or a name there


def best_partners(candidates: list[Link]) -> dict[tuple[SentenceRef, int], tuple[float, SentenceRef]]:
    """(sentence, other document) -> (its best candidate score there, that partner); ties go to the first."""
    best: dict[tuple[SentenceRef, int], tuple[float, SentenceRef]] = {}
    for ln in candidates:
        for ref, other in ((ln.a, ln.b), (ln.b, ln.a)):
            key = (ref, other[0])
            if ln.score > best.get(key, (0.0, other))[0]:
                best[key] = (ln.score, other)
    return best


def select_links(candidates: list[Link], params: AlignParams, languages: dict[int, str] | None = None,
                 titles: dict[int, int] | None = None) -> list[Link]:
    """Keep links that clear the threshold and are best on both sides, or clearly good on one side, or best on one
    side while the other side's best partner is the next or previous sentence (one report splits in two what the
    other says in one sentence; ``merges`` raises such a second half's score when the two halves read together
    match the joined sentence better): across languages (``languages``: source -> its language), where the scores
    read a loose translation low, or where that neighbour is its report's title (``titles``: source -> its title
    sentence), which the lead restates.
    Within one language any such half under the margin had been kept: on the 74 annotated pairs that added two false
    links and one right one (link precision 0.862 -> 0.865 without it, recall unchanged), and in four reports of a
    flood it glued "at least nine people have died, up from seven" (0.54) to the missing people's "Another 14 people
    remain missing", whose best partner was the sentence after it. Across languages it stays (without it the 32
    annotated pairs in two languages lost two right links), and for a lead whose title matched (the samples' leads)."""
    best = best_partners(candidates)
    kept = []
    for ln in candidates:
        if ln.score < params.threshold:
            continue
        (score_a, partner_a), (score_b, partner_b) = best[(ln.a, ln.b[0])], best[(ln.b, ln.a[0])]
        best_a, best_b = ln.score >= score_a, ln.score >= score_b
        across = languages is None or languages.get(ln.a[0]) != languages.get(ln.b[0])
        split = any(mine and abs(partner[1] - ref[1]) == 1 and (across or (titles or {}).get(partner[0]) == partner[1])
                    for mine, partner, ref in ((best_a, partner_b, ln.a), (best_b, partner_a, ln.b)))
        if (best_a and best_b) or split or ((best_a or best_b) and ln.score >= params.threshold + params.secondary_margin):
            kept.append(ln)
    return kept


def build_groups(links: list[Link], candidates: list[Link] | None = None, cohesion: float = 0.0,
                 restating: frozenset[int] = frozenset(), sure: float = SURE_JOIN,
                 titles: dict[int, int] | None = None, languages: dict[int, str] | None = None) -> list[Group]:
    """Join linked sentences into groups, strongest links first (single pass, deterministic).

    Two partial groups merge only when their cross-source pairs score ``cohesion`` on average (missing pairs
    count as 0), so one loose link cannot chain unrelated claims together. Manual links always merge, and so does a
    sure link (from ``sure``: ``sure_join``) that brings a sentence of a report the group holds already, where that
    report is written in prose (``restating``: the indexes of such reports; ``_sure_of_a_present_source``), and a
    report's title that joins the group of its own lead (``titles``: source -> its title sentence; ``_title_of_its_lead``),
    and a sure link that brings a report in a language none of the group's reports is written in, whose sentence
    prefers the group's sentence in each of them (``languages``: source -> its language; ``_best_in_every_source``).
    A link turned away is read once more at the end, when its sentence may have become a restatement of a claim its
    report holds by then (five reports of an earthquake: "Interior Minister Petra Valenko said the main road to
    Brasko had been cut by a landslide …", 0.95 with the wire's sentence, was turned away before the live blog's
    bullet "Main road to Brasko blocked by landslide" joined, and stood "only here")."""
    table = {(ln.a, ln.b): ln.score for ln in candidates or ()}
    table.update({(ln.b, ln.a): ln.score for ln in candidates or ()})
    best = best_partners(list(candidates or ()))
    comp: dict[SentenceRef, int] = {}
    members: dict[int, list[SentenceRef]] = {}
    kept: dict[int, list[Link]] = {}

    def joins(ln: Link) -> bool:
        ca, cb = comp[ln.a], comp[ln.b]
        growing = len(members[ca]) > 1 or len(members[cb]) > 1
        return not growing or ln.manual or _split_half(ln, members[ca], members[cb], best) \
            or _sure_of_a_present_source(ln, members[ca], members[cb], restating, sure) \
            or _title_of_its_lead(ln, members[ca], members[cb], titles or {}) \
            or _best_in_every_source(ln, members[ca], members[cb], (best, table), sure, languages or {}) \
            or _languages_apart(ln, members[ca], members[cb], (best, table), sure, languages or {}) \
            or _cohesion(members[ca], members[cb], table) >= cohesion

    turned_away: list[Link] = []
    # equal scores: by the two sentences' places, which do not depend on which source comes first (swapping the
    # sources must mirror the groups)
    for ln in sorted(links, key=lambda x: (not x.manual, -x.score, sorted((x.a[1], x.b[1])), x.a, x.b)):
        for ref in (ln.a, ln.b):
            if ref not in comp:
                comp[ref] = len(comp)
                members[comp[ref]], kept[comp[ref]] = [ref], []
        if comp[ln.a] == comp[ln.b]:
            kept[comp[ln.a]].append(ln)
        elif joins(ln):
            _merge(comp, members, kept, ln)
        else:
            turned_away.append(ln)
    for ln in turned_away:
        if comp[ln.a] != comp[ln.b] and _sure_of_a_present_source(ln, members[comp[ln.a]], members[comp[ln.b]],
                                                                   restating, sure):
            _merge(comp, members, kept, ln)
    groups = []
    for key, mem in members.items():
        if len({s for s, _ in mem}) < 2:
            continue
        lk = sorted(kept[key], key=lambda x: (x.a, x.b))
        score = sum(x.score for x in lk) / len(lk)
        groups.append(Group(sorted(mem), round(min(1.0, max(0.0, score)), 4), lk))
    return sorted(groups, key=lambda g: g.members[0])


def _merge(comp: dict[SentenceRef, int], members: dict[int, list[SentenceRef]], kept: dict[int, list[Link]],
           ln: Link) -> None:
    """Join the group of ``ln.b`` to the group of ``ln.a``, with the link."""
    ca, cb = comp[ln.a], comp[ln.b]
    for ref in members[cb]:
        comp[ref] = ca
    members[ca] += members.pop(cb)
    kept[ca] += kept.pop(cb) + [ln]


def _sure_of_a_present_source(ln: Link, xs: list[SentenceRef], ys: list[SentenceRef],
                              restating: frozenset[int], sure: float = SURE_JOIN) -> bool:
    """The link is sure (``sure``) and brings one sentence of a report in prose (``restating``) that the other
    side's group holds already.
    Such a sentence adds no source to the claim, so it cannot make a claim look more widely carried than it is: a
    report that says again, further down, what the other says once ("Hooded youths hurled petrol bombs at stores
    … in the centre of the capital" and "Youths also went on the rampage in other parts of the capital, … hurling
    petrol bombs at stores", both matching the other report's "Hooded youths hurled petrol bombs at stores") keeps
    both links, where the average over the group's unscored pairs had turned the second away. In a list of
    headlines two lines are two news items ("Stocks rise in early trading" would join "Weak earnings drag stocks
    lower"): there the cohesion decides."""
    if ln.score < sure:
        return False
    return any(len(alone) == 1 and alone[0][0] in restating and any(m[0] == alone[0][0] for m in group)
               for alone, group in ((xs, ys), (ys, xs)))


def _title_of_its_lead(ln: Link, xs: list[SentenceRef], ys: list[SentenceRef], titles: dict[int, int]) -> bool:
    """The link (from ``SURE_JOIN_TWO``, however many reports) brings a report's title, alone so far, to the group that
    holds the report's lead (one of the two sentences after the title): a title states in short what its lead
    states, so it adds no claim and no source.
    Three reports of a data breach had the lead of one, and the title and lead of the other two, in one group, and
    the first one's title ("… breach exposes 3.2 million customers", linked at 0.70 to the others' titles, which
    say 2.3 million) apart as "only here", its figure unchecked."""
    if ln.score < SURE_JOIN_TWO:  # as likely as not: too loose to widen a group
        return False
    for alone, group in ((xs, ys), (ys, xs)):
        if len(alone) == 1 and titles.get(alone[0][0]) == alone[0][1] \
                and any(m[0] == alone[0][0] and 0 < m[1] - alone[0][1] <= 2 for m in group):
            return True
    return False


def _best_in_every_source(ln: Link, xs: list[SentenceRef], ys: list[SentenceRef], scores: tuple[dict, dict],
                          sure: float, languages: dict[int, str]) -> bool:
    """The link brings a sentence of a report the group lacks, where the group holds a report in another language,
    and the sentence prefers the group's sentence in each of the group's reports: every report it can be read against
    says it is this claim. The cohesion averages scores, and across languages with three reports or more they are the
    haystack model's, which scores a loose translation low: four reports of a derailment had the German "Drei der vier
    Waggons entgleisten …" apart (0.91 with the English wire's "Two of its four carriages …", 0.64 with the Italian,
    0.06 with the second English report, its best there), so the dispute over the carriages was not seen; three
    reports of a rate decision, the English wire's "voted 5-2" (0.62 with the other English report's "five of the
    seven board members …", which the French "quatre voix contre trois" had joined) and the krone's rise. The link is
    sure (``sure``) when no report of the group is in the sentence's language; else it clears ``SURE_JOIN_TWO``, as
    does the sentence's pair with each report of its language (two quotes of two survivors, 0.45 by
    ``attribution.quotes_apart``, stay apart). Within one language the cohesion decides (in the rpm2 clusters of ten
    French reports a report's best match may be the group's for the topic alone: a plea joined the law it is about)."""
    best, table = scores
    for alone, group in ((xs, ys), (ys, xs)):
        reports = {m[0] for m in group}
        mine = languages.get(alone[0][0]) if len(alone) == 1 else None
        if mine is None or alone[0][0] in reports or all(languages.get(r) == mine for r in reports):
            continue
        own = [m for m in group if languages.get(m[0]) == mine]
        if ln.score < (SURE_JOIN_TWO if own else sure) or any(table.get((alone[0], m), 0.0) < SURE_JOIN_TWO for m in own):
            continue
        if all(best.get((alone[0], r), (0.0, None))[1] in group for r in reports):
            return True
    return False


def _languages_apart(ln: Link, xs: list[SentenceRef], ys: list[SentenceRef], scores: tuple[dict, dict], sure: float,
                     languages: dict[int, str]) -> bool:
    """The sure link (``sure``) joins two groups written in languages apart (two French reports' claim, two English
    reports' claim), where every sentence of each prefers a sentence of the other in each of its reports. Across
    languages with three reports or more the scores are the haystack model's, which reads a loose translation low,
    so the cohesion turned such joins away: four reports of job cuts, two in French and two in English, had the lead
    and the shares' rise each twice, once in each language, so most of the story read as carried by two sources."""
    best, table = scores
    mine, theirs = ({languages.get(m[0]) for m in side} for side in (xs, ys))
    if ln.score < sure or None in mine | theirs or mine & theirs:
        return False
    if sum(table.get((x, y), 0.0) >= sure for x in xs for y in ys) < 2:
        return False  # one sure pair alone: a loose chain
    for side, group in ((xs, ys), (ys, xs)):
        for m, r in ((m, r) for m in side for r in {g[0] for g in group}):
            score, partner = best.get((m, r), (0.0, None))
            if score >= SURE_JOIN_TWO and partner not in group:
                return False  # a sentence that says it is another claim of that report
    return True


def _split_half(ln: Link, xs: list[SentenceRef], ys: list[SentenceRef], best: dict) -> bool:
    """The link joins the second half of a split: one of its sentences is alone so far, and the other one's best
    match in that sentence's report is the sentence next to it, already in the other's group (what the other report
    says in one sentence, this one says in two). A half that joined so opens no way for its own neighbour: the
    joined sentence's best match is the first half, not the second."""
    for new, other, alone, group in ((ln.a, ln.b, xs, ys), (ln.b, ln.a, ys, xs)):
        partner = best.get((other, new[0]), (0.0, None))[1]
        if alone == [new] and partner is not None and abs(partner[1] - new[1]) == 1 and partner in group:
            return True
    return False


def _cohesion(xs: list[SentenceRef], ys: list[SentenceRef], table: dict) -> float:
    pairs = [(x, y) for x in xs for y in ys if x[0] != y[0]]
    if not pairs:
        return 0.0
    return sum(table.get(p, 0.0) for p in pairs) / len(pairs)
