"""Refusals to comment: "The embassy did not respond to a request for comment", "Natixis s'est refusée à tout
commentaire".

Such a sentence says whom a reporter asked and that they said nothing: a statement about the reporting, which two
reports share only when both make it, about the same party. It shares words with statements of the story
("demande", "request", "respond"), and the score model can pair it with one of them: "L'une des sources a suggéré
que la nourriture pourrait être une demande à laquelle la Chine serait prête à répondre" / "L'ambassade de Chine à
Washington n'a pas répondu à une demande de commentaire" (0.52 for the model fitted on 37 annotated pairs). So a
short refusal is linked only to another report's refusal by the same party (a content word in common besides the
words of asking and refusing) or to another way of saying nothing ("could not be reached", "did not answer calls":
MRPC pairs such paraphrases), never to a sentence that speaks of no comment and no silence.

A refusal, in English or French: a word of comment ("comment", "commentaire", "commenter") that closes the sentence
(at most ``TAIL`` words after it: "declined to comment on the specifics of the case") after a word of refusal or
negation within ``WINDOW`` words ("did not immediately respond to a request for comment"), in a sentence of at most
``MAX_WORDS`` words that goes on to no other statement ("but announced 200 job cuts", "adding that", "mais").
French "comment" is "how" and counts for nothing; "injoignable" is a silence of its own.
"""
from __future__ import annotations

from .features import SentenceFeatures, strip_accents

COMMENT = {"en": frozenset("comment comments commented commenting".split()),
           "fr": frozenset("commentaire commentaires commenter commente".split())}
REFUSING = {"en": frozenset("declined declines decline refused refuses refuse no not never unavailable".split()),
            "fr": frozenset("pas aucun aucune sans refuse refusee refusees refuses abstenu abstenue".split())}
SILENT = {"en": frozenset({"unreachable"}), "fr": frozenset({"injoignable", "injoignables"})}
GOING_ON = {"en": frozenset("but adding added while although though whereas".split()),
            "fr": frozenset("mais ajoutant ajoute tandis cependant pourtant".split())}
# words of asking and refusing, which say nothing of who is silent (two refusals must share another word)
ASKING = {"en": frozenset("request requests respond responded response return returned call calls message messages "
                          "seeking immediately immediate reached contacted available further answer answered".split()),
          "fr": frozenset("demande demandes repondre repondu reponse sollicitation sollicitations joint jointe joints "
                          "contacte contactee souhaite voulu tout".split())}
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
    if SILENT[lang] & set(words):
        return True
    return any(w in COMMENT[lang] and len(words) - 1 - k <= TAIL and _refused_before(words, k, lang)
               for k, w in enumerate(words))


def _refused_before(words: list[str], k: int, lang: str) -> bool:
    """A word of refusal within ``WINDOW`` words before word ``k``; not a "Sans" opening the sentence ("Sans
    commentaire : le ministre annonce …" is a rubric)."""
    first = max(0, k - WINDOW)
    if first == 0 and words[0] == "sans":
        first = 1
    return any(_refusing(x, lang) for x in words[first:k])


def one_sided_refusal(a: SentenceFeatures, b: SentenceFeatures, lang: str) -> bool:
    """Of two sentences in one language, one is a refusal to comment (``is_refusal``) and the other is not a refusal
    by the same party: it speaks of no comment, or it is a refusal sharing no word but those of asking and refusing
    ("The White House declined to comment" / "The Chinese embassy did not respond to a request for comment")."""
    if lang not in LANGUAGES:
        return False
    refusals = is_refusal(a, lang), is_refusal(b, lang)
    if refusals == (False, False):
        return False
    if refusals == (True, True):
        vocabulary = COMMENT[lang] | REFUSING[lang] | ASKING[lang]
        return not ({strip_accents(w) for w in a.content | a.names} & {strip_accents(w) for w in b.content | b.names}
                    - vocabulary)
    words = _words(b if refusals[0] else a)
    return not (COMMENT[lang] & set(words) or _silence(words, lang))


def _silence(words: list[str], lang: str) -> bool:
    """Another way of saying nothing: a word of asking or answering after a refusal ("did not answer his phone",
    "could not be reached", "a call … was not immediately returned" reads the other way round and is left)."""
    return any(w in ASKING[lang] and _refused_before(words, k, lang) for k, w in enumerate(words))
