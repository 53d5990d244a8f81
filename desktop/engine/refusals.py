"""Refusals to comment: "The embassy did not respond to a request for comment", "Natixis s'est refusée à tout
commentaire".

Such a sentence says whom a reporter asked and that they said nothing: a statement about the reporting, which two
reports share only when both make it, about the same party. It shares words with statements of the story
("demande", "request", "respond"), and the score model can pair it with one of them: "L'une des sources a suggéré
que la nourriture pourrait être une demande à laquelle la Chine serait prête à répondre" / "L'ambassade de Chine à
Washington n'a pas répondu à une demande de commentaire" (0.52 for the model fitted on 37 annotated pairs). So a pair
where one sentence is a short refusal and the model is not sure of the pair (below ``SURE``) is kept only when the
other sentence is a refusal by the same party (a word in common besides the words of asking, refusing, roles and
days) or another way of saying nothing ("could not be reached", "did not answer calls": MRPC pairs such
paraphrases). However sure the model is, a refusal is no statement reported: "A Veltaro spokesperson declined to
comment on whether the company would appeal the decision" / "A Veltaro spokesperson said the company would appeal
the decision" (0.997) tell opposite things of one spokesperson, and a QA helper's four reports showed them as one
claim of four sources; a sure pair with a sentence that reports no one's words keeps its link ("Veltaro, expected
to appeal the 20 million euro fine, declined to comment" / "Veltaro is expected to appeal the 30 million euro
fine": the fines are compared). A sentence that goes on past its refusal is no refusal ("declined to comment and its
shares fell 8 percent").

A refusal, in English or French: a word of comment ("comment", "commentaire", "commenter") that closes the sentence
(at most ``TAIL`` words after it: "declined to comment on the specifics of the case") after a word of refusal or
negation within ``WINDOW`` words ("did not immediately respond to a request for comment"), in a sentence of at most
``MAX_WORDS`` words with no word that goes on to another statement ("but announced 200 job cuts", "and its shares
fell", "mais", "et"). French "comment" is "how"; "injoignable" is a silence of its own, in a sentence as short.
"""
from __future__ import annotations

from .features import SentenceFeatures, strip_accents

SURE = 0.75  # a pair the model is this sure of is no refusal paired by a shared word (mutual.SURE)
COMMENT = {"en": frozenset("comment comments commented commenting".split()),
           "fr": frozenset("commentaire commentaires commenter commente".split())}
REFUSING = {"en": frozenset("declined declines decline refused refuses refuse no not never unavailable".split()),
            "fr": frozenset("pas aucun aucune refuse refusee refusees refuses abstenu abstenue".split())}
SILENT = {"en": frozenset({"unreachable"}), "fr": frozenset({"injoignable", "injoignables"})}
GOING_ON = {"en": frozenset("but and adding added while although though whereas which then".split()),
            "fr": frozenset("mais et ajoutant ajoute tandis cependant pourtant puis".split())}
# words of asking, answering, roles and days, which say nothing of who is silent (two refusals share another word)
ASKING = {"en": frozenset("request requests respond responded response return returned call calls message "
                          "messages seeking immediately immediate reached contacted available further answer answered "
                          "spokesman spokeswoman spokesperson official officials lawyer attorney representative "
                          "monday tuesday wednesday thursday friday saturday sunday".split()),
          "fr": frozenset("demande demandes repondre repondu reponse sollicitation sollicitations sollicite sollicitee "
                          "joint jointe joints contacte contactee souhaite voulu tout porte-parole avocat avocate "
                          "responsable responsables faire fait apporter donner lundi mardi mercredi jeudi vendredi "
                          "samedi dimanche".split())}
AGENCIES = frozenset("afp reuters ap".split())
LANGUAGES = frozenset(COMMENT)
WINDOW = 7  # words from the refusal to the comment word ("not | immediately respond to a request for | comment")
TAIL = 8  # words after the comment word ("from the Sudanese government in Khartoum on Thursday")
MAX_WORDS = 20


def _words(f: SentenceFeatures) -> list[str]:
    return [strip_accents(t.norm) for t in f.tokens]


def _refusing(word: str, lang: str) -> bool:
    return word in REFUSING[lang] or (lang == "en" and word.endswith(("n't", "n’t")))  # "didn't", "wouldn’t"


def is_refusal(f: SentenceFeatures, lang: str) -> bool:
    """A short sentence saying that someone declined to comment or did not answer a request for comment (English
    or French; other languages: never)."""
    words = _words(f)
    if lang not in LANGUAGES or len(words) > MAX_WORDS or GOING_ON[lang] & set(words):
        return False
    return bool(SILENT[lang] & set(words)) or any(
        w in COMMENT[lang] and len(words) - 1 - k <= TAIL and _refused_before(words, k, lang)
        for k, w in enumerate(words))


def _refused_before(words: list[str], k: int, lang: str) -> bool:
    """A word of refusal within ``WINDOW`` words before word ``k``."""
    return any(_refusing(x, lang) for x in words[max(0, k - WINDOW):k])


def refusals(features: list[SentenceFeatures], lang: str) -> frozenset[int]:
    """The sentences of a report that are refusals to comment (``is_refusal``), read once per report."""
    return frozenset(i for i, f in enumerate(features) if is_refusal(f, lang)) if lang in LANGUAGES else frozenset()


def one_sided_refusal(a: SentenceFeatures, b: SentenceFeatures, lang: str, score: float = 0.0,
                      refusing: tuple[bool, bool] | None = None) -> bool:
    """Of two sentences in one language, one is a refusal to comment (``is_refusal``; ``refusing``: already read)
    and the other speaks of no comment and of no silence, or, where the model is not sure of the pair (``score``
    below ``SURE``), is a refusal sharing no word but those of ``ASKING`` ("The White House declined to comment" /
    "The Chinese embassy did not respond to a request for comment")."""
    if lang not in LANGUAGES:
        return False
    refusing = refusing or (is_refusal(a, lang), is_refusal(b, lang))
    if refusing == (False, False):
        return False
    if refusing == (True, True):
        return score < SURE and not _party(a, lang) & _party(b, lang)
    other = b if refusing[0] else a
    words = _words(other)
    if COMMENT[lang] & set(words) or _silence(words, lang):
        return False
    return score < SURE or _reports_saying(other, lang)


def _reports_saying(f: SentenceFeatures, lang: str) -> bool:
    """The sentence reports what someone said ("A Veltaro spokesperson said the company would appeal"): where
    another version says the same party declined to comment, the two tell opposite things, however alike their
    words; a statement of fact beside a refusal ("Veltaro is expected to appeal the 30 million euro fine") keeps a
    sure link (its figures are compared)."""
    return any(t.lemma in SAYING[lang] or t.norm in SAYING[lang] for t in f.tokens)


SAYING = {"en": frozenset("say said says tell told announce announced state stated confirm confirmed declare declared "
                          "insist insisted add added".split()),
          "fr": frozenset("dire dit déclarer déclaré annoncer annoncé affirmer affirmé indiquer indiqué préciser précisé "
                          "confirmer confirmé ajouter ajouté assurer assuré".split())}


def _party(f: SentenceFeatures, lang: str) -> set[str]:
    """The words of a refusal that may name who is silent: its content words but those of asking and refusing."""
    return {w for t in f.tokens if not t.stop and len(w := strip_accents(t.norm)) > 1} \
        - COMMENT[lang] - REFUSING[lang] - ASKING[lang] - AGENCIES


def _silence(words: list[str], lang: str) -> bool:
    """Another way of saying nothing: a word of asking or answering after a refusal ("did not answer his phone",
    "could not be reached", "a call … was not immediately returned")."""
    return any(w in ASKING[lang] and _refused_before(words, k, lang) for k, w in enumerate(words))
