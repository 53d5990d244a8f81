"""Two titles of one story state different things about one topic: they stay apart (engine/title_claims.py).

The reports are written for this test: one fire in Lyon, told by three outlets at three moments (the suspect held,
then released) and a fourth title that says the first one's news in other words.
"""
from desktop.engine.model import Source
from desktop.engine.pipeline import compare

BODY = [
    "Un incendie a ravagé dans la nuit de samedi à dimanche un entrepôt de la zone industrielle de Vénissieux.",
    "Les pompiers ont lutté pendant six heures contre les flammes avant de maîtriser le feu au petit matin.",
    "Aucune victime n'est à déplorer, mais le bâtiment de 4 000 mètres carrés est entièrement détruit.",
    "Un ancien salarié de l'entreprise, âgé de 42 ans, a été interpellé dimanche près du site.",
    "Les enquêteurs ont retrouvé un bidon d'essence dans un fossé à proximité de l'entrepôt.",
    "Le parquet de Lyon a ouvert une enquête pour destruction volontaire par incendie.",
]
HELD = "Incendie d'un entrepôt à Vénissieux : l'ancien salarié en garde à vue"
RELEASED = "Incendie d'un entrepôt à Vénissieux : l'ancien salarié remis en liberté"
HELD_AGAIN = "L'ancien salarié soupçonné d'avoir incendié l'entrepôt de Vénissieux est détenu par la police"


def _report(title: str, body: list[str], extra: str = "") -> str:
    return "\n\n".join([title, " ".join(body + ([extra] if extra else []))]) + "\n"


def _titles_grouped(comp) -> bool:
    groups = comp.group_index()
    return (0, 0) in groups and groups.get((0, 0)) == groups.get((1, 0))


THIRD = "Vénissieux : l'entreprise promet de reconstruire l'entrepôt"


def test_in_a_cluster_two_titles_with_the_same_topic_and_different_news_are_not_one_claim():
    held = _report(HELD, BODY)
    released = _report(RELEASED, BODY[:3] + BODY[4:], "Sa garde à vue a été levée lundi soir, faute d'éléments.")
    comp = compare([Source("a.txt", held), Source("b.txt", released), Source("c.txt", _report(THIRD, BODY[:3]))])
    assert not _titles_grouped(comp)
    assert len(comp.groups) >= 4  # the bodies' shared sentences still link


def test_in_a_cluster_two_titles_saying_the_same_news_in_other_words_stay_one_claim():
    comp = compare([Source("a.txt", _report(HELD, BODY)), Source("c.txt", _report(HELD_AGAIN, BODY)),
                    Source("d.txt", _report(THIRD, BODY[:3]))])
    assert _titles_grouped(comp)


def test_two_reports_keep_their_titles_linked_whatever_words_the_news_is_told_in():
    """Word vectors read "arrêté" / "interpellé" (0.53) as far apart as two different claims: between two reports,
    where a loose title link glues nothing else, the titles are not judged this way."""
    arrested = "Incendie d'un entrepôt à Vénissieux : un suspect arrêté"
    held = "Incendie d'un entrepôt à Vénissieux : un suspect interpellé"
    comp = compare([Source("a.txt", _report(arrested, BODY)), Source("b.txt", _report(held, BODY))])
    assert _titles_grouped(comp)
