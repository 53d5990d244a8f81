"""One story or a haystack: two reports of one event are compared as such even when they differ in tone so much
that their sentences are, on average, no closer than a haystack's (an interview and a news report), and two reports
of different events are not."""
from desktop.engine import align, evidence
from desktop.engine.embed import shared_embedder
from desktop.engine.ingest import read_path
from desktop.engine.model import Source
from desktop.engine.pipeline import doc_views, document_features, one_story, prepare_all

# An (invented) interview in questions and answers, and a news report of the same decision.
INTERVIEW = (
    "Sécheresse : « Couper l'eau aux maraîchers serait une erreur »\n\n"
    "Jeudi, la préfecture de la Drôme a publié un arrêté qui interdit l'irrigation des cultures entre 8 heures et "
    "20 heures. Réaction de Paul Marchal, président de la chambre d'agriculture.\n\n"
    "Vous avez demandé le retrait de cet arrêté, pourquoi ?\nPour deux raisons. D'abord parce que nous n'avons pas "
    "été consultés. Ensuite parce que les maraîchers perdront leur récolte.\n\n"
    "Que proposez-vous ?\nNous voulons des tours d'eau par commune, comme en 2022. C'était une solution qui nous "
    "convenait.\n\nCraignez-vous des faillites ?\nOui. Certaines exploitations ne tiendront pas un été de plus. "
    "Nous serons vigilants.")
REPORT = (
    "La Drôme interdit l'arrosage des cultures en journée\n\n"
    "La préfecture de la Drôme a interdit jeudi par arrêté l'irrigation des cultures de 8 heures à 20 heures, face à "
    "une sécheresse jugée historique. Le niveau des nappes phréatiques est au plus bas depuis trente ans, selon le "
    "bureau de recherches géologiques et minières. La chambre d'agriculture a réclamé le retrait de l'arrêté, "
    "estimant que les maraîchers n'avaient pas été consultés. Les agriculteurs redoutent de perdre une partie de "
    "leur production de tomates et de melons. Des contrôles seront menés par la police de l'eau dès ce week-end. "
    "Les contrevenants s'exposent à une amende de 1 500 euros.")
ELSEWHERE = (
    "Marie Lenoir est libre\n\nMarie Lenoir a été libérée mardi soir par ses ravisseurs dans le nord du Mali. "
    "L'humanitaire Marie Lenoir était retenue depuis huit mois. Sa famille a appris la nouvelle par un appel du "
    "ministère. Marie Lenoir doit rentrer en France jeudi. Ses collègues de l'association ont salué son courage.")


def _views(*texts):
    return doc_views(prepare_all([Source(f"r{k}", t) for k, t in enumerate(texts)]), shared_embedder())


def test_an_interview_and_a_report_of_one_event_read_as_one_story():
    interview, report = _views(INTERVIEW, REPORT)
    # on average their sentences are no closer than a haystack's: by the mean cosine alone they are a haystack
    assert evidence.mean_cosine(interview.vectors, report.vectors) < 0.11
    assert align.regime(interview, report) >= 0.5  # "Drôme", "arrêté", "chambre d'agriculture" in both, again and again
    assert one_story(interview, report)


def test_reports_of_two_events_do_not_read_as_one_story():
    report, elsewhere = _views(REPORT, ELSEWHERE)
    assert align.regime(report, elsewhere) == 0.0
    assert not one_story(report, elsewhere)


def test_the_samples_read_as_one_story(seed_paths):
    docs = prepare_all([read_path(p) for p in seed_paths])
    assert align.regime(*doc_views(docs, shared_embedder())) == 1.0


def test_a_word_shared_in_one_sentence_of_each_report_is_no_topic():
    one, other = ([document_features(d)] for d in prepare_all([Source("a", REPORT), Source("b", ELSEWHERE)]))
    assert evidence.topic_share(one[0], other[0]) == 0.0  # "jeudi" is in one sentence of each
    twice = prepare_all([Source("a", INTERVIEW), Source("b", REPORT)])
    assert evidence.topic_share(document_features(twice[0]), document_features(twice[1])) >= 0.14
