"""Context (engine/context.py): a sentence that leans on the one before it is read together with it."""
from pathlib import Path

from desktop.engine import align, context
from desktop.engine.embed import shared_embedder
from desktop.engine.ingest import read_path
from desktop.engine.model import Source
from desktop.engine.pipeline import compare, doc_views, prepare_all
from desktop.engine.score_model import FITTED

CRANE_A = ("Harbour crane collapses in Rotterdam\n\n"
           "A container crane collapsed on Tuesday morning at the Maasvlakte terminal in Rotterdam. "
           "Two dockers who were working in the cabin were taken to hospital. "
           "One of them later died of his injuries. "
           "The terminal operator said it had stopped all work on the quay.\n")
CRANE_B = ("Crane topples onto ship in Rotterdam\n\n"
           "A giant crane toppled onto a vessel at Rotterdam's Maasvlakte terminal on Tuesday. "
           "A docker who was in the cabin died in hospital in the evening. "
           "Work at the quay has been halted, the operator said.\n")
REPORTS = Path(__file__).parent / "reports"
DIED, DOCKER = 3, 2  # "One of them later died of his injuries." / "A docker who was in the cabin died in hospital …"


def _views(*texts: str, names=("a", "b")):
    return doc_views(prepare_all([Source(n, t) for n, t in zip(names, texts)]), shared_embedder())


def test_each_sentence_is_read_after_the_one_before():
    doc = prepare_all([Source("a", CRANE_A), Source("b", CRANE_B)])[0]
    windows = context.window_texts(doc)
    assert windows[0] == doc.sentence_text(0)
    assert windows[DIED] == f"{doc.sentence_text(DIED - 1)} {doc.sentence_text(DIED)}"


def test_a_sentence_that_names_no_one_reads_closer_with_the_sentence_before():
    """'One of them later died of his injuries' says who only with the sentence before it (two dockers taken to
    hospital): read with it, it comes closer to the other report's 'A docker who was in the cabin died in hospital',
    and the pair scores higher than read alone."""
    a, b = _views(CRANE_A, CRANE_B)
    assert a.windows is not None and b.windows is not None
    cos = float(a.vectors[DIED] @ b.vectors[DOCKER])
    assert context.gain(a.windows, a.vectors, b.windows, b.vectors, DIED, DOCKER, cos) > 0.1
    idf, params = align.idf_table([a, b]), align.AlignParams()

    def score():
        return {(ln.a[1], ln.b[1]): ln.score for ln in align.score_pair_of_docs(0, 1, a, b, idf, FITTED, params)}

    in_context = score()
    a.windows = b.windows = None
    assert in_context[(DIED, DOCKER)] > score()[(DIED, DOCKER)] + 0.1


def test_the_death_both_reports_state_is_not_read_as_one_reports_own():
    """Read alone, 'One of them later died of his injuries' stayed 'only in this source' (a near miss); read after
    the sentence before it, it joins the other report's docker who died in hospital."""
    comparison = compare([Source("a", CRANE_A), Source("b", CRANE_B)])
    group = comparison.group_index()[(0, DIED)]
    assert (1, DOCKER) in comparison.groups[group].members


def test_lists_of_headlines_and_reports_in_other_languages_are_not_read_in_context():
    """In a pasted list of headlines the line before is another story; across languages the score model of one
    story in one language, which reads the context, does not score."""
    headlines = "Crane collapses in Rotterdam\nDocker dies after crane accident\nPort halts work on quay\n"
    listed = _views(headlines, headlines.replace("Rotterdam", "Antwerp"))
    assert all(not v.prose and v.windows is None for v in listed)
    french = ("Une grue s'effondre à Rotterdam\n\nUne grue s'est effondrée mardi sur le terminal de Maasvlakte. "
              "Deux dockers ont été hospitalisés. L'un d'eux est mort.\n")
    mixed = _views(CRANE_A, french)
    assert [v.lang for v in mixed] == ["en", "fr"] and all(v.windows is None for v in mixed)


def test_different_facts_after_one_shared_fact_stay_apart():
    """A helper's two reports of a verdict open on the same fact and go on to different ones: the lawyer's appeal,
    the relatives' reaction. Read with the sentences before them, the two windows shared the verdict and linked
    the appeal to the reaction (0.65, 'Anonymous sources only'); one side read in context against the other alone
    does not."""
    comparison = compare([read_path(REPORTS / "balcony_verdict_en.txt"),
                          read_path(REPORTS / "balcony_verdict_families_en.txt")])
    texts = [[d.sentence_text(i) for i in range(len(d.sentences))] for d in comparison.documents]
    appeal = next(i for i, t in enumerate(texts[0]) if t.startswith("His lawyer said he would appeal"))
    relatives = next(i for i, t in enumerate(texts[1]) if t.startswith("Relatives of the victims said"))
    verdict = [next(i for i, t in enumerate(doc) if "eight years" in t and i > 0) for doc in texts]
    where = comparison.group_index()
    assert where[(0, verdict[0])] == where[(1, verdict[1])]  # the verdict both state
    assert where.get((0, appeal), -1) != where.get((1, relatives), -2)
