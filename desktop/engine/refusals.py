"""Refusals to comment: "The embassy did not respond to a request for comment", "Natixis s'est refusée à tout
commentaire".

Such a sentence says whom a reporter asked and that they said nothing: a statement about the reporting, which two
reports share only when both make it. It shares words with statements of the story ("demande", "request",
"respond"), and the score model can pair it with one of them: "L'une des sources a suggéré que la nourriture
pourrait être une demande à laquelle la Chine serait prête à répondre" / "L'ambassade de Chine à Washington n'a pas
répondu à une demande de commentaire" (0.52 for the model fitted on 37 annotated pairs). A pair where one sentence
is a short refusal and the other says nothing of a comment is no link, whatever rule would raise it; two refusals
may be linked, and so may a refusal and a sentence that reports the same silence in other words ("had no comment").
"""
from __future__ import annotations

from .features import SentenceFeatures, strip_accents

# Words of a comment asked for (English and French, folded: lower case, no accents)
COMMENT = frozenset("comment comments commented commenting commentaire commentaires commenter commente "
                    "joignable reached".split())
# Words that make it a refusal or a silence when they stand close to a comment word
REFUSING = frozenset("declined declines decline refused refuses refuse refusee refusees no not never without "
                     "unavailable pas aucun aucune sans indisponible".split())
WINDOW = 7  # words between the refusal and the comment word ("did not immediately respond to a request for comment")
MAX_WORDS = 20  # longer sentences say more than the refusal ("would not comment, but Howard said the jurors …")


def _words(f: SentenceFeatures) -> list[str]:
    return [strip_accents(t.norm) for t in f.tokens]


def _refusing(word: str) -> bool:
    return word in REFUSING or word.endswith(("n't", "n’t"))  # "didn't", "wouldn’t"


def is_refusal(f: SentenceFeatures) -> bool:
    """A short sentence saying that someone declined to comment or did not answer a request for comment."""
    words = _words(f)
    if len(words) > MAX_WORDS:
        return False
    return any(w in COMMENT and any(_refusing(x) for x in words[max(0, k - WINDOW):k + WINDOW])
               for k, w in enumerate(words))


LANGUAGES = frozenset({"en", "fr"})  # the languages of the word lists above


def one_sided_refusal(a: SentenceFeatures, b: SentenceFeatures, lang: str) -> bool:
    """Of two sentences in one language (``LANGUAGES``; across languages no word of one is a word of the other),
    one is a refusal to comment (``is_refusal``) and the other speaks of no comment."""
    if lang not in LANGUAGES:
        return False
    for mine, other in ((a, b), (b, a)):
        if is_refusal(mine) and not COMMENT & set(_words(other)):
            return True
    return False
