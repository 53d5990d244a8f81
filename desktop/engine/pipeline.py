"""The whole comparison: ingest'd sources → clean → segment → align → attribution → details, as a cancellable
generator.

    gen = compare_iter(sources, options)
    for progress in gen: ...            # Progress(stage, fraction, message); stop iterating to cancel
    comparison = <StopIteration.value>  # or simply: comparison = compare(sources, options)
"""
from __future__ import annotations

import weakref
from collections.abc import Callable, Generator, Iterable
from dataclasses import replace

from . import align, context, details as details_stage, thesaurus, word_cover
from .acronym_meanings import same_bodies, speaker_acronyms
from .acronyms import definitions
from .country_names import same_countries
from .attribution import find_attributions
from .attribution.quotes_apart import quotes_apart
from .attribution.compare import with_attribution_conflicts
from .clauses import MAX_SENTENCES as MAX_CLAUSE_SENTENCES, clause_vectors, speech_tags
from .clean import find_removed, repeated_lines
from .embed import Embedder, blas_limit, shared_embedder
from .features import UNSPACED, features
from .headings import headings, headline_of, questions, section_labels, written_in_prose
from .model import Attribution, Comparison, Document, EmbeddingCache, Link, Options, Override, Progress, Source, drain
from .language import detect_language, load_detector_in_background
from .meanings import WordMatches, linkable_words, slot_words, vouch, word_matches
from .shared_quotes import with_shared_quotes
from .merges import STORY, TRANSLATION, merged_links, ordered_links, reads_as_translation
from .evidence import WordWeights
from .mutual import rule_stages
from .near_misses import closest_elsewhere
from .order import order_support
from .overrides import apply_overrides
from .phrases import PhraseCover, phrase_cover
from .refusals import one_sided_refusal, refusals
from .score_model import FITTED
from .segment import segment
from .source_names import distinct_names
from .title_claims import distinct_claims

Pipeline = Generator[Progress, None, Comparison]


def prepare(source: Source, keep: Iterable[Override] = (), repeated: frozenset[int] = frozenset()) -> Document:
    """Clean and segment one source; a "keep" override puts a span the cleaner left out back into the report.
    ``repeated``: the source's lines that other sources of the comparison carry verbatim (``repeated_lines``)."""
    kept_spans = [(o.a.start, o.a.end) for o in keep if o.action == "keep" and o.a.source_hash == source.content_hash]
    removed = [r for r in find_removed(source.text, repeated, source.meta.get("heading"))
               if not any(r.start < e and s < r.end for s, e in kept_spans)]
    kept = _kept_text(source.text, removed)
    lang = detect_language(kept)
    return Document(source, lang, segment(source.text, removed, lang), removed)


def prepare_all(sources: list[Source], keep: Iterable[Override] = ()) -> list[Document]:
    """Clean and segment every source of one comparison."""
    keep = list(keep)
    return [prepare(src, keep, rep) for src, rep in zip(sources, repeated_lines([s.text for s in sources]))]


def _worth_clauses(views: list[align.DocView]) -> bool:
    """Clause evidence serves reports that read as more than a haystack of unrelated sentences (``_one_story``),
    and is skipped when the reports are very long (it costs about as much as the sentences)."""
    return sum(len(v.features) for v in views) <= MAX_CLAUSE_SENTENCES and _one_story(views)


def _one_story(views: list[align.DocView]) -> bool:
    """Some pair of the reports reads as more than a haystack of unrelated sentences (``align.regime``: its mean
    cosine above a haystack's, or topic words in common)."""
    sized = [v for v in views if v.vectors is not None and len(v.features)]
    return any(align.regime(p, q) > 0 for k, p in enumerate(sized) for q in sized[k + 1:])


def _kept_text(text: str, removed) -> str:
    parts, pos = [], 0
    for r in removed:
        parts.append(text[pos:r.start])
        pos = r.end
    parts.append(text[pos:])
    return "".join(parts)


def compare_iter(
    sources: list[Source],
    options: Options = Options(),
    *,
    embedder: Embedder | None = None,
    cache: EmbeddingCache | None = None,
    overrides: Iterable[Override] = (),
) -> Pipeline:
    overrides = list(overrides)
    sources = distinct_names(sources)  # "afp/story.txt" and "reuters/story.txt", not "story.txt" twice
    emb = (embedder or shared_embedder()) if options.semantic else None
    if emb is not None and (cache is None or not emb.knows_texts([s.content_hash for s in sources], cache)):
        emb.load_in_background()  # new text: the model loads while the reports are cleaned and segmented
    load_detector_in_background()
    documents = yield from _read(sources, overrides)
    _load_for_new_sentences(emb, cache, documents)
    if emb is not None and any(d.language == "en" for d in documents):
        thesaurus.load_in_background()  # English synonyms for the details (meanings.vouch)
    yield Progress("attribution", 0.11, "Finding who says what")
    feats = [document_features(d) for d in documents]
    attributions = find_attributions(documents, feats)  # before the clauses: a speech tag is no clause to compare
    known = word_cover.KnownWords(lambda words: emb.encode(words, cache)) if emb is not None else None
    views = yield from _views(documents, emb, cache, feats, attributions, known)
    params = align.AlignParams(threshold=options.threshold, top_k=options.top_k)
    candidates = yield from _score(documents, views, params, emb, cache)
    meanings = (yield from _word_meanings(known, documents, views, candidates, attributions)) if known is not None else None
    cover = None
    if emb is not None and len({d.language for d in documents}) > 1:
        cover = yield from _phrase_cover(emb, documents, views, candidates, cache)
    yield Progress("details", 0.92, "Finding details only one source has")
    result = Comparison(documents, [], [], options, candidates, overrides, attributions, meanings, cover)
    result.candidates = quotes_apart(result, (lambda texts: emb.encode(texts, cache)) if emb is not None else None)
    #                   two people's quotes, or one's two quotes: two statements
    result = _group(result, [v.features for v in views], params)
    yield Progress("done", 1.0, "Done")
    return result


def _read(sources: list[Source], overrides: list[Override]) -> Generator[Progress, None, list[Document]]:
    """Clean and segment every source (lines several sources carry at their edges are page furniture)."""
    documents = []
    repeated = repeated_lines([src.text for src in sources])
    for k, src in enumerate(sources):
        yield Progress("segment", 0.1 * k / len(sources), f"Reading {src.name}")
        documents.append(prepare(src, overrides, repeated[k]))
    return documents


def _views(documents: list[Document], emb: Embedder | None, cache: EmbeddingCache | None, feats: list | None = None,
           attributions: list[Attribution] | None = None, known: word_cover.KnownWords | None = None,
           ) -> Generator[Progress, None, list[align.DocView]]:
    """What align needs of each document: features, and with semantic matching sentence and clause vectors (the
    clauses without their speech tags: ``attributions``). Features and attributions are computed here when not
    given (then the caller has started the model for new sentences: ``_load_for_new_sentences``)."""
    if feats is None:
        _load_for_new_sentences(emb, cache, documents)
        feats = [document_features(d) for d in documents]
    vectors = [None] * len(documents)
    if emb is not None:
        vectors = yield from _embed(emb, documents, cache)
        if cache is not None:
            emb.remember_texts([d.source.content_hash for d in documents], cache)
    views = [_view(d, f, v) for d, f, v in zip(documents, feats, vectors)]
    if emb is not None and _worth_clauses(views):
        yield Progress("embed", 0.65, "Comparing clauses of long sentences")
        if attributions is None:
            attributions = find_attributions(documents, feats)
        tags = speech_tags(documents, attributions)
        clauses = yield from _relay(clause_vectors(emb, documents, cache, tags), lambda done, total: Progress(
            "embed", round(0.65 + 0.05 * done / total, 4), f"Comparing clauses of long sentences ({done} of {total})"))
        for view, rows in zip(views, clauses):
            view.clauses = rows
    if emb is not None and _one_story(views):
        yield from _with_words(views, emb, known or word_cover.KnownWords(lambda words: emb.encode(words, cache)), cache)
        yield from _with_windows(views, documents, emb, cache)
    return views


def _with_words(views: list[align.DocView], emb: Embedder, known: word_cover.KnownWords,
                cache: EmbeddingCache | None) -> Generator[Progress, None, None]:
    """Each sentence's content words with their vectors, for the word cover of candidate pairs in one language
    (``word_cover``)."""
    shared = [v for v in views if v.lang not in UNSPACED and sum(w.lang == v.lang for w in views) > 1]
    new = known.unknown(word_cover.words_of([v.features for v in shared]))
    if new:
        vectors = yield from _relay(emb.iter_encode([new], cache), lambda done, total: Progress(
            "embed", 0.7, f"Comparing the reports' words ({done} of {total})"))
        known.add(new, vectors[0])
    idf = align.idf_table(views)
    for view in shared:
        view.words = word_cover.sentence_words(view.features, known.vectors, idf)


def _with_windows(views: list[align.DocView], documents: list[Document], emb: Embedder,
                  cache: EmbeddingCache | None) -> Generator[Progress, None, None]:
    """Each sentence read after the one before it, in the reports written in prose (in a list of headlines the line
    before is another story) that share their language with another (written with spaces: ``word_cover``'s
    reports), for the score model of one story (``context``)."""
    shared = [k for k, v in enumerate(views) if v.prose and v.lang not in UNSPACED
              and sum(w.prose and w.lang == v.lang for w in views) > 1]
    if not shared:
        return
    vectors = yield from _relay(context.window_vectors(emb, [documents[k] for k in shared], cache),
                                lambda done, total: Progress("embed", 0.7, f"Reading sentences in context ({done} of {total})"))
    for k, rows in zip(shared, vectors):
        views[k].windows = rows


def _load_for_new_sentences(emb: Embedder | None, cache: EmbeddingCache | None, documents: list[Document]) -> None:
    """Some sentences are new to the cache: the model loads while their features are computed."""
    if emb is not None and cache is not None and emb.needs_model([_texts(d) for d in documents], cache):
        emb.load_in_background()


def _view(doc: Document, feats: list, vectors) -> align.DocView:
    labels = section_labels(doc, feats)
    return align.DocView(doc.language, feats, vectors, headline_of(doc), labels=labels, questions=questions(doc),
                         headings=headings(doc, labels), prose=written_in_prose(doc))


def doc_views(documents: list[Document], embedder: Embedder | None = None, cache: EmbeddingCache | None = None) -> list[align.DocView]:
    """What align needs of each document, computed at once (the benchmarks' and the tests' way in)."""
    return drain(_views(documents, embedder, cache))


def _score(documents: list[Document], views: list[align.DocView], params: align.AlignParams, emb: Embedder | None = None,
           cache: EmbeddingCache | None = None) -> Generator[Progress, None, list[Link]]:
    """Every scored candidate pair, for each pair of documents (two languages: with the merges of neighbours)."""
    idf = align.idf_table(views)
    model = FITTED
    refusing = [refusals(v.features, v.lang) for v in views]
    candidates: list[Link] = []
    pairs = [(p, q) for p in range(len(views)) for q in range(p + 1, len(views))]
    for n, (p, q) in enumerate(pairs):
        yield Progress("align", 0.7 + 0.2 * n / len(pairs), f"Matching {documents[p].source.name} with {documents[q].source.name}")
        with blas_limit(1):
            scored = with_shared_quotes(score_pair(p, q, views, idf, model, params), p, q, views[p], views[q])
        story = emb is not None and one_story(views[p], views[q])
        if story:
            scored = with_pair_rules(scored, [documents[p], documents[q]], [views[p], views[q]], emb, cache, idf,
                                     many=len(views) > 2)
        candidates += statements_only(scored, views[p], views[q], story, (refusing[p], refusing[q]))
    return candidates


def score_pair(p: int, q: int, views: list[align.DocView], idf, model, params: align.AlignParams) -> list[Link]:
    """The candidate pairs of documents p and q scored by ``model``. Across languages its model of two reports of
    one story (``score_model.CROSS_STORY``) scores them only where it was fitted and measured: two reports that do
    not read as a translation (``merges.reads_as_translation``: Swiss government pages, token F1 0.336 -> 0.329 with
    it), in spaced scripts (Chinese and Japanese clauses are not split, so the statements' cosine keeps the tags);
    else, and with three reports or more (whose groups' cohesion reads the haystack model's surer scores), the
    haystack model across languages (``CROSS``)."""
    a, b = views[p], views[q]
    kept = align.figures_alike(align.scorable_pairs(a, b, idf, params), a, b, idf, model, params)
    if a.lang == b.lang or model.cross is None or model.cross.haystack is None:
        return align.scored_links(p, q, kept, model, a.lang == b.lang, params)
    literal = align.scored_links(p, q, kept, replace(model, cross=model.cross.haystack), False, params)
    if len(views) > 2 or a.lang in UNSPACED or b.lang in UNSPACED:
        return literal
    scored = align.scored_links(p, q, kept, model, False, params)
    sizes = len(a.features), len(b.features)
    return literal if reads_as_translation(literal, *sizes) or reads_as_translation(scored, *sizes) else scored


def statements_only(scored: list[Link], a: align.DocView, b: align.DocView, story: bool = True,
                    refusing: tuple[frozenset[int], frozenset[int]] | None = None) -> list[Link]:
    """``scored`` (between two reports, ``a`` first) without the pairs whose one side states nothing the other could
    share: a section label against another report's label, a refusal to comment against a sentence that is no
    refusal by the same party (``refusals``: two reports in one language, with or without embeddings; ``refusing``:
    each report's refusals, already read) and, between reports of one ``story``, a common word alone against a
    sentence (``align.word_against_sentence``) and a question of a report's body against a sentence that asks
    nothing (``_asks_alone``)."""
    ra, rb = refusing or (refusals(a.features, a.lang), refusals(b.features, b.lang))
    if a.lang != b.lang:  # across languages no word of one report is a word of the other
        ra = rb = frozenset()
    semantic = a.vectors is not None  # without embeddings a score is word overlap: never sure of a refusal's pair

    def kept(ln: Link) -> bool:
        i, j = ln.a[1], ln.b[1]
        if i in a.labels and j in b.labels:
            return False  # two section labels state nothing together ("MARKETS" / "Reacción del mercado", joined as
            #               their neighbours were, stood as a claim of no stated source); a heading joined so to its
            #               translation stays ("What a licence for a concert costs" / "Combien coûte … ?")
        refused = (i in ra, j in rb)
        score = ln.score if semantic else 0.0
        if any(refused) and one_sided_refusal(a.features[i], b.features[j], a.lang, score, refused):
            return False
        return not (story and (align.word_against_sentence(a, i, b, j) or _asks_alone(a, i, b, j)))

    return [ln for ln in scored if kept(ln)]


def _asks_alone(a: align.DocView, i: int, b: align.DocView, j: int) -> bool:
    """One of two sentences is a question in its report's body and the other asks nothing: "But why did AMD buy
    SeaMicro?" or "D'où sortent ces 10,5 milliards d'euros ?" asks about what the other report states, and states
    none of it (in 42 annotated pairs of reports of one story, the two links of such a question were wrong). A
    report's first sentence is its title whatever its punctuation ("L'Etat au secours des banques : comment ça
    marche ?"), and two questions may ask the same thing. Between two languages a question and its translation
    may be punctuated differently ("Qu'apporte l'UNESCO à la Suisse ?" / "What UNESCO does for Switzerland"): there
    the pair is left to the score."""
    def asks(view: align.DocView, k: int) -> bool:
        return k in view.questions and k != 0
    if a.lang != b.lang:
        return False
    return (asks(a, i) and j not in b.questions) or (asks(b, j) and i not in a.questions)


def with_pair_rules(scored: list[Link], docs: list[Document], views: list[align.DocView], emb: Embedder,
                    cache: EmbeddingCache | None, weights: WordWeights, many: bool = False) -> list[Link]:
    """What a translation keeps of its original (order, sentences joined or split: ``merges.reads_as_translation``),
    or between two reports of one story the split halves that read together match the joined sentence (``merges``), the
    sentences that prefer each other and share the story's distinctive words (``mutual``), and, when ``many``
    reports are compared, two titles that say different things about one topic kept apart (``title_claims``)."""
    (p, q), (a, b) = (scored[0].a[0], scored[0].b[0]) if scored else (0, 1), views
    texts, vectors = {p: _texts(docs[0]), q: _texts(docs[1])}, {p: a.vectors, q: b.vectors}
    encode = lambda t: emb.encode(t, cache)  # noqa: E731
    if a.lang != b.lang and reads_as_translation(scored, len(a.features), len(b.features)):
        return merged_links(ordered_links(scored, vectors), texts, vectors, encode, TRANSLATION)
    supported = story_stages(scored, docs, views, encode, weights)[-1][1]
    return distinct_claims(supported, a, b, weights, encode) if many else supported


def story_stages(scored: list[Link], docs: list[Document], views: list[align.DocView],
                 encode: Callable[[list[str]], object], weights: WordWeights) -> list[tuple[str, list[Link]]]:
    """The candidates between two reports of one story (in one language, or in two that do not read as a
    translation: ``merges.reads_as_translation``) after each rule, in the order applied
    (``with_pair_rules``; ``benchmarks/reliability.py`` reads how often the pairs each rule raises are right):
    order, merges, mutual pairs, number anchors, headings."""
    (p, q), (a, b) = (scored[0].a[0], scored[0].b[0]) if scored else (0, 1), views
    texts, vectors = {p: _texts(docs[0]), q: _texts(docs[1])}, {p: a.vectors, q: b.vectors}
    ordered = order_support(scored)
    # across languages a neighbour that names the speaker reads closer for the names alone ("…, said Claire Dumont,
    # the prefect" read with "'Our priority …,' Dumont told" against « Notre priorité … », a déclaré la préfète, Claire
    # Dumont): split halves are joined within one language only (helpers' EN/FR story pairs: one wrong link fewer)
    merged = merged_links(ordered, texts, vectors, encode, STORY) if a.lang == b.lang else ordered
    return [("order", ordered), ("merges", merged), *rule_stages(merged, a, b, weights)]


def _word_meanings(known: word_cover.KnownWords, documents: list[Document], views: list[align.DocView],
                   candidates: list[Link], attributions: list[Attribution]) -> Generator[Progress, None, WordMatches]:
    """The words of different reports that mean the same (``meanings``), for the details, the speakers' acronyms
    of two languages that name one body (``acronym_meanings``), for who says it, and the countries CLDR does not
    name as a report does ("Turkey" / "Turquie": ``country_names``)."""
    feats = [v.features for v in views]
    words = linkable_words(feats, candidates)
    slots = slot_words(feats, [v.lang for v in views], candidates)
    long_forms = {a: f for d in documents for a, f in definitions(d.text).items()}
    yield Progress("details", 0.9, f"Comparing the meanings of {len(words)} words")
    # the words' vectors go to the embedding cache too (about 2 kB a word): comparing known reports again then
    # needs no model at all
    matches = yield from _relay(word_matches(known.encode, words, long_forms, slots), lambda done, total: Progress(
        "details", round(0.9 + 0.01 * done / total, 4), f"Comparing the meanings of {total} words"))
    langs = [v.lang for v in views]
    bodies = same_bodies(known.encode, speaker_acronyms(documents, attributions), langs) \
        | same_countries(known.encode, [v.features for v in views], langs)
    vouched = vouch(matches, words, langs)
    return replace(vouched, vouched=vouched.vouched | bodies) if bodies else vouched


def _phrase_cover(emb: Embedder, documents: list[Document], views: list[align.DocView], candidates: list[Link],
                  cache: EmbeddingCache | None) -> Generator[Progress, None, PhraseCover]:
    """The phrase cosines of the cross-language pairs (``phrases``), for the details."""
    def encode(texts: list[str]) -> Generator[tuple[int, int], None, object]:  # the texts' vectors
        return (yield from emb.iter_encode([texts], cache))[0]

    yield Progress("details", 0.91, "Comparing phrases across languages")
    steps = phrase_cover(encode, documents, [v.features for v in views], candidates)
    return (yield from _relay(steps, lambda done, total: Progress(
        "details", round(0.91 + 0.01 * done / total, 4), f"Comparing {total} phrases across languages")))


def one_story(a: align.DocView, b: align.DocView) -> bool:
    """Two reports that read as one story (not a haystack of unrelated sentences): where sentences joined or
    split by one report are worth looking for (``merges``)."""
    return align.regime(a, b) > 0


def _embed(emb: Embedder, documents: list[Document], cache: EmbeddingCache | None) -> Generator[Progress, None, list]:
    """Sentence vectors of every document (all documents' batches share the encoding threads)."""
    if not emb.loaded:
        yield Progress("embed", 0.12, "Loading the multilingual sentence model")
    yield Progress("embed", 0.15, "Embedding the sentences")
    return (yield from _relay(emb.iter_encode([_texts(d) for d in documents], cache), lambda done, total: Progress(
        "embed", round(0.15 + 0.5 * done / total, 4), f"Embedding the sentences ({done} of {total})")))


def _relay(steps: Generator, progress_of: Callable[..., Progress]) -> Generator[Progress, None, object]:
    """Turn the steps of a stage (an encoding's (done, total), the details' fraction done) into Progress; return what
    the stage returns."""
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            return stop.value
        yield progress_of(*step) if isinstance(step, tuple) else progress_of(step)


def _texts(doc: Document) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.sentences]


_FEATURES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Source -> (language, spans, features)


def document_features(doc: Document) -> list:
    """The features of every sentence of ``doc``, computed once per source, language and segmentation
    (re-grouping at another threshold reuses them)."""
    spans = tuple((s.start, s.end) for s in doc.sentences)
    hit = _FEATURES.get(doc.source)
    if hit is not None and hit[0] == doc.language and hit[1] == spans:
        return hit[2]
    feats = [features(doc.text[a:b], doc.language) for a, b in spans]
    _FEATURES[doc.source] = (doc.language, spans, feats)
    return feats


def _group(comp: Comparison, feats, params: align.AlignParams) -> Comparison:
    return drain(_group_steps(comp, feats, params))


def _group_steps(comp: Comparison, feats, params: align.AlignParams) -> Generator[Progress, None, Comparison]:
    """Links, groups, closest sentences elsewhere and details of ``comp`` (in place), yielding progress through the
    details, which take nearly all of the time."""
    languages = {k: doc.language for k, doc in enumerate(comp.documents)}
    titles = {k: t for k, t in ((k, headline_of(doc)) for k, doc in enumerate(comp.documents)) if t is not None}
    links = apply_overrides(comp, align.select_links(comp.candidates, params, languages, titles))
    prose = frozenset(k for k, doc in enumerate(comp.documents) if written_in_prose(doc))
    comp.groups = align.build_groups(links, comp.candidates, cohesion=params.cohesion, restating=prose,
                                     sure=align.sure_join(len(comp.documents)), titles=titles,
                                     languages=languages)
    comp.elsewhere = closest_elsewhere(comp)
    details = yield from _relay(details_stage.details_steps(comp, feats),
                                lambda done: Progress("details", done, "Re-grouping: finding details"))
    comp.details = with_attribution_conflicts(comp, details)
    return comp


def section_labels_of(documents: list[Document], feats: list | None = None) -> dict[int, frozenset[int]]:
    """Each source's section labels (``headings.section_labels``), for ``Comparison.labels``: read from the text,
    never stored."""
    feats = feats or [document_features(d) for d in documents]
    found = ((k, section_labels(doc, f)) for k, (doc, f) in enumerate(zip(documents, feats)))
    return {k: labels for k, labels in found if labels}


def regroup(comp: Comparison, threshold: float, overrides: Iterable[Override] | None = None) -> Comparison:
    """Re-group at another threshold (or with other overrides) from the stored candidate scores: no re-scoring."""
    return drain(regroup_iter(comp, threshold, overrides))


def regroup_iter(comp: Comparison, threshold: float,
                 overrides: Iterable[Override] | None = None) -> Generator[Progress, None, Comparison]:
    """``regroup`` as steps of progress (stop iterating to cancel: ``comp`` is left as it was)."""
    opts = replace(comp.options, threshold=threshold)
    feats = [document_features(d) for d in comp.documents]  # cached per source: no recomputation
    new = replace(comp, groups=[], details=[], options=opts,
                  overrides=list(comp.overrides if overrides is None else overrides))  # every stored table carries over
    params = align.AlignParams(threshold=threshold, top_k=opts.top_k)
    return (yield from _group_steps(new, feats, params))


def compare(sources: list[Source], options: Options = Options(), *, progress: Callable[[Progress], None] | None = None, **kw) -> Comparison:
    gen = compare_iter(sources, options, **kw)
    while True:
        try:
            step = next(gen)
        except StopIteration as stop:
            return stop.value
        if progress:
            progress(step)
