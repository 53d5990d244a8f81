"""The verb group before a verb of saying: auxiliaries, negations, adverbs and asides ("n'a pas", "has also",
"on Thursday", "a, selon lui,"), where it starts, and the words it holds ("keen to", a participle).
"""
from __future__ import annotations

from ..features import Token
from .sentence import Sentence


def _surname(s: Sentence, k: int) -> bool:
    """A capitalised modal after a name is part of it: "Theresa May said", not "may" before "said" (a weekday is not:
    "Police Tuesday said"); so is "Est" after a name: "L'ARS Grand Est indique", not "est indique"."""
    return k > 0 and s.toks[k].norm in _MODAL_NAMES and s.toks[k].surface[:1].isupper() and s.is_name(k - 1) \
        and not s.broken(k)


_MODAL_NAMES = frozenset({"may", "will", "might", "must", "can", "est"})  # "Theresa May", "Jim Will", "Grand Est"


def _ly_adverb(t: Token, lang: str) -> bool:
    """An English adverb in -ly made from a word ("calmly", "angrily", "publicly"), not a noun that ends so
    ("family", "assembly", "supply")."""
    from ..lemmas import shared_lemmas

    w = t.norm
    if lang != "en" or not w.endswith("ly") or len(w) <= 4 or not t.surface.islower():
        return False
    stems = [w[:-2], w[:-2] + "e"] + ([w[:-3] + "y"] if w.endswith("ily") else []) \
        + ([w[:-4], w[:-1]] if w.endswith("lly") else [])  # "truly", "angrily", "basically", "fully"
    return any(shared_lemmas().known(x, lang) for x in stems)


def verb_group_start(s: Sentence, k: int) -> int:
    """The first token of the verb group ending at ``k``: auxiliaries, negation, adverbs ("n'a pas",
    "a fermement", "has also")."""
    a = _past_aside(s, k)
    while a > 0 and not s.broken(a):
        if a == 1 and s.toks[0].norm in _STRESSED_SUBJECTS and s.toks[0].surface[:1].isupper():
            break  # "Lui prône une révision": the stressed pronoun opening the sentence is its subject
        if (s.toks[a - 1].norm in s.cues.verb_group and not _surname(s, a - 1)) or adverb_after_aux(s, a - 1) \
                or (a == k and _ly_adverb(s.toks[a - 1], s.lang)):  # not "China Daily said", "cops and family said"
            a -= 1  # "has also", "a fermement", "calmly told"
        elif a < k and s.toks[a].norm in DAYS and s.toks[a - 1].norm in ("on", "last"):
            a -= 1  # "Sun Microsystems Inc. on Thursday said"
        elif a == k and (before := keen(s, k)):
            a -= before  # "avait lui aussi tenu à assurer", "continue de marteler", "n'a cessé de répéter"
        elif a < len(s.toks) and s.toks[a - 1].norm == "par" and s.toks[a].norm in ("ailleurs", "contre"):
            a -= 1  # "Il a par ailleurs jugé"
        elif a > 2 and (s.toks[a - 3].norm, s.toks[a - 2].norm, s.toks[a - 1].norm) in _ASIDE_WORDS:
            a -= 3  # "le général Freddy Padilla a pour sa part révélé", "a quant à elle rappelé"
        elif a > 1 and (s.toks[a - 2].norm, s.toks[a - 1].norm) in _ASIDE_PAIRS:
            a -= 2  # "a de nouveau rappelé"
        elif a > 1 and s.toks[a - 1].norm in _STRESSED and s.toks[a - 2].norm in s.cues.verb_group:
            a -= 1  # "ont eux refusé de confirmer"
        elif a < k and s.toks[a - 1].norm == "non" and s.toks[a].norm == "plus":
            a -= 1  # "n'a pas non plus souhaité commenter" (not "non déclarés")
        elif a > 1 and (s.toks[a - 2].norm, s.toks[a - 1].norm) == ("ores", "et"):
            a -= 2  # "s'est d'ores et déjà déclaré" ("déjà" read as an adverb of the group first)
        else:
            break
    return a


def _past_aside(s: Sentence, k: int) -> int:
    """Before the verb at ``k``, an aside set off by commas after its auxiliary ("a, lui, jugé", "a, pour sa part,
    appelé", "a d'une part démenti"): the auxiliary's index, else ``k``."""
    if k > 2 and (s.toks[k - 2].norm, s.toks[k - 1].norm) in _PARTS and s.gap(k - 2).lower().endswith(("d'", "d’")) \
            and s.toks[k - 3].norm in s.cues.verb_group:
        return k - 3  # "a d'une part démenti"
    if not s.comma(k):
        return k
    for size in range(1, MAX_ASIDE + 1):
        opening = k - size
        if opening < 2:
            break
        if s.comma(opening) and s.toks[opening - 1].norm in s.cues.verb_group \
                and not any(s.broken(m) for m in range(opening + 1, k)) \
                and (size == 1 and s.toks[opening].norm in _STRESSED or _aside_words(s, opening, k)):
            return opening - 1
    return k


def _aside_words(s: Sentence, i: int, j: int) -> bool:
    """An aside of a few words that names no one: "pour sa part", "de son côté", "quant à lui", "en effet"."""
    words = tuple(t.norm for t in s.toks[i:j])
    return words in _ASIDES or (len(words) == 3 and words in _ASIDE_WORDS)


MAX_ASIDE = 3  # words of an aside between an auxiliary and its verb
_STRESSED_SUBJECTS = frozenset({"lui", "eux"})  # not object pronouns where they open a sentence
_STRESSED = frozenset({"lui", "elle", "eux", "elles"})  # "a, lui, jugé": the stressed pronoun set off by commas
_PARTS = frozenset({("une", "part"), ("autre", "part")})  # "d'une part", "d'autre part"
_ASIDES = frozenset({("quant", "à", "lui"), ("quant", "à", "elle"), ("en", "effet"), ("toutefois",), ("cependant",),
                     ("néanmoins",), ("pourtant",), ("however",), ("though",), ("in", "turn"), ("also",)})
_ASIDE_WORDS = frozenset({("pour", "sa", "part"), ("pour", "leur", "part"), ("de", "son", "côté"), ("de", "leur", "côté"),
                          ("for", "his", "part"), ("for", "her", "part"), ("quant", "à", "lui"), ("quant", "à", "elle"),
                          ("quant", "à", "eux"), ("quant", "à", "elles"), ("une", "nouvelle", "fois")})
_ASIDE_PAIRS = frozenset({("de", "nouveau"), ("à", "nouveau")})  # "a de nouveau rappelé"


# Verbs that, with their preposition, make the infinitive after them a statement of their subject ("a tenu à
# assurer", "continue de marteler", "n'a cessé de répéter", "s'accordent à dire"), not an infinitive reporting nothing.
_KEEN = {"tenir": ("à",), "continuer": ("de", "à"), "continu": ("de", "à"), "cesser": ("de",), "persister": ("à",),
         "accorder": ("à",), "contenter": ("de",)}  # "continue" is read as the adjective "continu"


def keen(s: Sentence, k: int) -> int:
    """Token ``k`` is an infinitive after one of ``_KEEN``'s verbs and its preposition: the number of tokens the
    verb and the preposition take before it (2: "tient à assurer"; 1: "s'est contenté d'ajouter", the elided "d'"
    being no token), else 0."""
    if k > 1 and not s.broken(k) and not s.broken(k - 1) and s.toks[k - 1].norm in _KEEN.get(s.toks[k - 2].lemma, ()):
        return 2
    elided = s.gap(k).strip().lower() in ("d'", "d’")
    return int(k > 0 and elided and not s.broken(k - 1) and "de" in _KEEN.get(s.toks[k - 1].lemma, ()))


DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday week night".split())


def adverb_after_aux(s: Sentence, k: int) -> bool:
    t = s.toks[k]
    before = s.toks[k - 1].norm if k > 0 else ""
    return t.norm.endswith(("ment", "ly")) and before in s.cues.verb_group and before not in s.cues.det  # not "le gouvernement"


def participle(t: Token) -> bool:
    return t.norm.endswith(("ant", "ing")) and t.lemma != t.norm
