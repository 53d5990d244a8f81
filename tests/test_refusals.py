"""Refusals to comment: told apart from statements that use the same words, and linked only to a refusal by the same
party."""
import pytest

from desktop.engine.features import features
from desktop.engine.ingest import from_text
from desktop.engine.model import Options
from desktop.engine.pipeline import compare
from desktop.engine.refusals import is_refusal, one_sided_refusal

REFUSALS = [
    ("The ministry didn't respond to a request for comment.", "en"),
    ("The airline declined to comment on the specifics of the investigation.", "en"),
    ("Her lawyer was not available for comment on Friday.", "en"),
    ("There was no immediate comment from the regional government.", "en"),
    ("Le parquet de Lyon n’a pas répondu à une demande de commentaire.", "fr"),
    ("Contactée, la direction de l'usine s'est refusée à tout commentaire.", "fr"),
    ("Le maire était injoignable dimanche soir.", "fr"),
]
STATEMENTS = [
    ("The minister did not comment on the budget but announced 200 job cuts.", "en"),  # goes on to a statement
    ("He refused to comment further, adding that 40 people were killed.", "en"),
    ("Readers' comments were not moderated.", "en"),  # comments of readers, no refusal before them
    ("The minister commented that no increase is planned.", "en"),
    ("Rescuers have not reached the village where 40 people died.", "en"),
    ("Le ministre n'a pas expliqué comment il financerait le plan social.", "fr"),  # French "comment" is "how"
    ("Sans commentaire : le ministre annonce 200 suppressions d'emplois.", "fr"),  # a rubric
    ("Les commentaires des internautes ne sont pas modérés.", "fr"),
    ("Le ministre a quitté la salle sans commentaire.", "fr"),  # he left the room: news
    ("The company declined to comment and its shares fell 8 percent.", "en"),
]


@pytest.mark.parametrize("text, lang", REFUSALS)
def test_a_refusal_to_comment_is_read_as_one(text, lang):
    assert is_refusal(features(text, lang), lang)


@pytest.mark.parametrize("text, lang", STATEMENTS)
def test_a_statement_with_words_of_comment_is_no_refusal(text, lang):
    assert not is_refusal(features(text, lang), lang)


def test_two_refusals_pair_only_when_one_party_is_silent_in_both():
    embassy = features("The Chinese embassy did not respond to a request for comment.", "en")
    same = features("The Chinese embassy in Washington declined to comment.", "en")
    other = features("The White House declined to comment.", "en")
    assert not one_sided_refusal(embassy, same, "en")
    assert one_sided_refusal(embassy, other, "en")
    assert one_sided_refusal(embassy, features("China said the request for help was a fabrication.", "en"), "en")
    unanswered = features("The embassy in Beijing did not answer calls on Sunday.", "en")  # silence in other words
    assert not one_sided_refusal(embassy, unanswered, "en")
    officials = [features(f"{who} officials could not be reached for comment on Monday.", "en")
                 for who in ("White House", "Embassy")]  # "officials", "Monday": no party of their own
    assert one_sided_refusal(*officials, "en")


def test_two_refusals_the_model_is_sure_of_keep_their_link_and_a_statement_never_joins_a_refusal():
    white_house = features("The White House declined to comment.", "en")
    embassy = features("The Chinese embassy did not respond to a request for comment.", "en")
    assert one_sided_refusal(white_house, embassy, "en", score=0.4)
    assert not one_sided_refusal(white_house, embassy, "en", score=0.9)
    refusal = features("A Veltaro spokesperson declined to comment on whether the company would appeal the decision.",
                       "en")
    statement = features("A Veltaro spokesperson said the company would appeal the decision.", "en")
    assert one_sided_refusal(refusal, statement, "en", score=0.997)
    # a sure pair with a sentence that reports no one's words keeps its link: its figures are compared (the review)
    refusal = features("Veltaro, expected to appeal the 20 million euro fine, declined to comment.", "en")
    fact = features("Veltaro is expected to appeal the 30 million euro fine.", "en")
    assert not one_sided_refusal(refusal, fact, "en", score=0.99) and one_sided_refusal(refusal, fact, "en", score=0.4)


def test_a_refusal_and_a_statement_of_the_same_words_are_two_claims():
    """A QA helper's breach reports: three say the spokesperson declined to comment on an appeal, one that the
    company would appeal. The statement had joined the English refusal (0.997) and the claim read as four sources."""
    texts = ["A Veltaro spokesperson declined to comment on whether the company would appeal the decision.",
             "A Veltaro spokesperson said the company would appeal the decision.",
             "Un porte-parole de Veltaro n'a pas souhaité commenter un éventuel recours."]
    comp = compare([from_text(t, f"r{n}") for n, t in enumerate(texts)])
    assert all((1, 0) not in g.members for g in comp.groups)
    assert any({(0, 0), (2, 0)} <= set(g.members) for g in comp.groups)


def test_a_refusal_is_kept_apart_from_a_statement_with_word_matching_alone():
    """With --no-semantic, word overlap alone ("request", "comment") must not pair a refusal with a statement."""
    a = "Officials said a request for help was made to the mayor on Monday.\n\nThe fire started in the basement.\n"
    b = "The fire started in the basement.\n\nThe mayor did not respond to a request for comment.\n"
    comp = compare([from_text(a, "a"), from_text(b, "b")], Options(semantic=False))
    refusal = (1, 1)
    assert all(refusal not in g.members for g in comp.groups)
    assert comp.pair_score((0, 0), refusal) is None
