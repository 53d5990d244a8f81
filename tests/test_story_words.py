"""The story's common words: in reports of one story, the protagonist's name and the event's nouns are in so many
sentences that sharing them says nothing about which statement two sentences make."""
from desktop.engine import align, evidence
from desktop.engine.model import Source
from desktop.engine.pipeline import document_features, prepare_all

# Four reports of one (invented) story, every one naming the freed hostage again and again.
REPORTS = [
    ("Marie Lenoir est libre\n\nMarie Lenoir a été libérée mardi soir par ses ravisseurs dans le nord du Mali. "
     "L'humanitaire Marie Lenoir était retenue depuis huit mois. Sa famille a appris la nouvelle par un appel du "
     "ministère. Marie Lenoir doit rentrer en France jeudi. Ses collègues de l'association ont salué son courage."),
    ("Marie Lenoir arrive à Paris\n\nL'avion de Marie Lenoir s'est posé jeudi à Villacoublay. Marie Lenoir a été "
     "accueillie par le président et par ses deux enfants. Souriante, Marie Lenoir a remercié les médiateurs maliens. "
     "Elle sera entendue par les enquêteurs de la DGSI dans les prochains jours."),
    ("Marie Lenoir raconte sa détention\n\nMarie Lenoir affirme avoir été déplacée plus de vingt fois pendant sa "
     "captivité. Selon Marie Lenoir, ses geôliers parlaient peu et la nourrissaient de riz. Marie Lenoir dit avoir "
     "tenu grâce à la radio que lui prêtait un garde. L'humanitaire veut retourner au Mali un jour."),
    ("Marie Lenoir a été libérée\n\nLes ravisseurs de Marie Lenoir l'ont relâchée mardi soir au nord du Mali. "
     "Marie Lenoir, 41 ans, travaillait pour une association de santé. Le ministère a confirmé la libération de "
     "Marie Lenoir sans dire si une rançon avait été versée. Son retour en France est prévu jeudi."),
]


def _story():
    docs = prepare_all([Source(f"r{k}", text) for k, text in enumerate(REPORTS)])
    views = [align.DocView(d.language, document_features(d), None) for d in docs]
    return views, align.idf_table(views)


def _evidence(views, idf, a, b):
    (p, i), (q, j) = a, b
    wa, wb = evidence.Words.of(views[p].features, idf), evidence.Words.of(views[q].features, idf)
    return evidence.word_evidence(views[p].features[i], views[q].features[j], wa, i, wb, j, True, idf)


def test_the_protagonist_is_a_common_word_of_the_story_and_the_rest_is_not():
    _views, idf = _story()
    assert "lenoir" in idf.common
    assert not idf.common & {"mali", "jeudi", "libérer", "ravisseur"}


def test_two_titles_that_share_only_the_protagonist_have_no_words_in_common_in_order():
    views, idf = _story()
    titles = _evidence(views, idf, (0, 0), (1, 0))  # "Marie Lenoir est libre" / "Marie Lenoir arrive à Paris"
    assert titles.verbatim == 0.0 and titles.indel == 0.0
    assert titles.lexical > 0.0  # the name still counts, at its (low) weight


def test_sentences_that_share_more_than_the_protagonist_keep_their_words_in_common():
    views, idf = _story()
    freed = _evidence(views, idf, (0, 1), (3, 1))  # both: freed on Tuesday evening in the north of Mali
    assert freed.verbatim > 0.3 and freed.indel > 0.3
