"""Word cover (engine/word_cover.py): a sentence another report says in its own words is read as said."""
from desktop.engine import align, word_cover
from desktop.engine.embed import shared_embedder
from desktop.engine.model import Source
from desktop.engine.pipeline import doc_views, prepare_all

CABLE_A = ("Two undersea cables were cut off the coast of Egypt on Wednesday.\n\n"
           "A maintenance boat is on its way to the site of the cut.\n\n"
           "Internet traffic to India was badly disrupted.\n")
CABLE_B = ("Two submarine cables were severed near Alexandria on Wednesday.\n\n"
           "The operator said it was sending a repair ship to fix the line.\n\n"
           "Services to Pakistan and India were hit hard.\n")


def _views():
    return doc_views(prepare_all([Source("a", CABLE_A), Source("b", CABLE_B)]), shared_embedder())


def test_a_sentence_in_other_words_covers_more_than_its_neighbours():
    """'A maintenance boat is on its way' / 'sending a repair ship': few lemmas in common, but each word has a
    close one on the other side; the same sentence against the other report's cable sentence is covered less."""
    a, b = _views()
    assert a.words is not None and b.words is not None
    boat = word_cover.cover(a.words[1], b.words[1])
    assert boat > word_cover.cover(a.words[1], b.words[0]) and boat > word_cover.cover(a.words[1], b.words[2])
    assert word_cover.cover(a.words[0], b.words[0]) > word_cover.cover(a.words[0], b.words[2])


def test_the_reports_counterparts_are_linked():
    a, b = _views()
    idf = align.idf_table([a, b])
    best = {}
    for i, j, ev in align.candidate_evidence(a, b, idf, 8):
        if ev.cover > best.get(i, (0.0, None))[0]:
            best[i] = (ev.cover, j)
    assert {i: j for i, (_, j) in best.items()} == {0: 0, 1: 1, 2: 2}


def test_known_words_are_embedded_once():
    calls = []

    def encode(words):
        calls.append(list(words))
        return shared_embedder().encode(words)

    known = word_cover.KnownWords(encode)
    first = known.encode(["ship", "boat"])
    again = known.encode(["boat", "ship", "cable"])
    assert calls == [["boat", "ship"], ["cable"]]
    assert (again[0] == first[1]).all() and (again[1] == first[0]).all()


def test_where_no_word_cover_is_computed_the_model_fitted_without_it_scores(seed_paths):
    """Above clauses.MAX_SENTENCES sentences, or in Chinese, no words are embedded: the score model must not read
    the missing cover as 'nothing in common' (its largest weight), but score as the model fitted without it did."""
    from desktop.engine.score_model import FITTED, UNCOVERED

    views = doc_views(prepare_all([Source(p.name, p.read_text(encoding="utf-8")) for p in seed_paths]),
                      shared_embedder())
    idf = align.idf_table(views)
    params = align.AlignParams()
    covered = {(ln.a, ln.b): ln.score for ln in align.score_pair_of_docs(0, 1, *views, idf, FITTED, params)}
    for view in views:
        view.words = None
    bare = {(ln.a, ln.b): ln.score for ln in align.score_pair_of_docs(0, 1, *views, idf, FITTED, params)}
    before = {(ln.a, ln.b): ln.score for ln in align.score_pair_of_docs(0, 1, *views, idf, UNCOVERED, params)}
    assert bare == before and bare != covered
    assert sum(s >= 0.5 for s in bare.values()) >= 3  # the samples' sure pairs still link
