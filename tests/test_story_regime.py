"""One story or a haystack: two reports of one event are compared as such even when they differ in tone so much
that their sentences are, on average, no closer than a haystack's (an interview and a news report), and two reports
of different events are not."""
from desktop.engine import align, evidence
from desktop.engine.embed import shared_embedder
from desktop.engine.ingest import read_path
from desktop.engine.model import Source
from desktop.engine.pipeline import doc_views, document_features, one_story, prepare_all
from desktop.engine.score_model import story_regime

# An (invented) interview in questions and answers, and a news report of the same decision: "arrêté" and
# "irrigation" in a sixth of the sentences of both or more, in very different words around them.
INTERVIEW = (
    "Sécheresse : « Couper l'eau aux maraîchers serait une erreur »\n\n"
    "Jeudi, la préfecture de la Drôme a publié un arrêté qui interdit l'irrigation des cultures entre 8 heures et "
    "20 heures. Réaction de Paul Marchal, président de la chambre d'agriculture.\n\n"
    "Vous avez demandé le retrait de cet arrêté, pourquoi ?\nPour deux raisons. D'abord parce que nous n'avons pas "
    "été consultés. Ensuite parce que sans irrigation, les maraîchers perdront leur récolte.\n\n"
    "Que proposez-vous à la place de l'arrêté ?\nNous voulons des tours d'irrigation par commune, comme en 2022. "
    "C'était une solution qui nous "
    "convenait.\n\nCraignez-vous des faillites ?\nOui. Certaines exploitations ne tiendront pas un été de plus. "
    "Nous serons vigilants.")
REPORT = (
    "La Drôme interdit l'irrigation des cultures en journée\n\n"
    "La préfecture de la Drôme a interdit jeudi par arrêté l'irrigation des cultures de 8 heures à 20 heures, face à "
    "une sécheresse jugée historique. Le niveau des nappes phréatiques est au plus bas depuis trente ans, selon le "
    "bureau de recherches géologiques et minières. La chambre d'agriculture a réclamé le retrait de l'arrêté, "
    "estimant que les maraîchers n'avaient pas été consultés. Les agriculteurs redoutent de perdre une partie de "
    "leur production de tomates et de melons. Des contrôles seront menés par la police de l'eau dès ce week-end. "
    "Les contrevenants s'exposent à une amende de 1 500 euros.")
# Two reports of unrelated events that share one common word ("France") in several sentences of each.
ELSEWHERE = (
    "Marie Lenoir est libre\n\nMarie Lenoir a été libérée mardi soir par ses ravisseurs dans le nord du Mali. "
    "L'humanitaire Marie Lenoir était retenue depuis huit mois. Sa famille a appris la nouvelle par un appel du "
    "ministère. Marie Lenoir doit rentrer en France jeudi. Ses collègues en France ont salué son courage. "
    "L'association dit avoir informé les autorités de la France dès son enlèvement.")
MATCH = (
    "La France bat l'Irlande au Stade de France\n\nLe XV de France s'est imposé samedi 31 à 20 face à l'Irlande. "
    "Les Bleus ont marqué quatre essais en seconde période. Le demi d'ouverture a réussi tous ses coups de pied. "
    "La France affrontera l'Angleterre dans quinze jours à Twickenham. Le sélectionneur a salué la discipline de "
    "son équipe.")


def _views(*texts):
    return doc_views(prepare_all([Source(f"r{k}", t) for k, t in enumerate(texts)]), shared_embedder())


def test_an_interview_and_a_report_of_one_event_read_as_one_story():
    interview, report = _views(INTERVIEW, REPORT)
    # on average their sentences are no closer than a haystack's: by the mean cosine alone they are a haystack
    assert evidence.mean_cosine(interview.vectors, report.vectors) < 0.11
    assert align.regime(interview, report) == 1.0  # "arrêté" and "irrigation", again and again in both
    assert one_story(interview, report)


def test_reports_of_two_events_do_not_read_as_one_story_for_a_common_word():
    report, elsewhere = _views(REPORT, ELSEWHERE)
    assert align.regime(report, elsewhere) == 0.0 and not one_story(report, elsewhere)
    elsewhere, match = _views(ELSEWHERE, MATCH)  # "France" in three sentences of each: only the cosine speaks
    assert align.regime(elsewhere, match) == story_regime(evidence.mean_cosine(elsewhere.vectors, match.vectors))


def test_the_samples_read_as_one_story(seed_paths):
    docs = prepare_all([read_path(p) for p in seed_paths])
    assert align.regime(*doc_views(docs, shared_embedder())) == 1.0


def test_topic_words_are_counted_by_sentence_accents_and_case_aside():
    interview, report, elsewhere, match = (document_features(d) for d in prepare_all(
        [Source(k, t) for k, t in (("i", INTERVIEW), ("r", REPORT), ("e", ELSEWHERE), ("m", MATCH))]))
    counts = [evidence.sentence_counts(f) for f in (interview, report, elsewhere, match)]
    assert counts[0]["arrete"] >= 2 and counts[1]["arrete"] == 2  # "arrêté", "Arrêté": one word
    assert evidence.topic_share(counts[0], len(interview), counts[1], len(report)) >= evidence.TOPIC_SHARE
    assert counts[2]["france"] >= 3 and counts[3]["france"] >= 2
    assert evidence.topic_share(counts[2], len(elsewhere), counts[3], len(match)) == 0.0  # one word is no topic
