"""Which words of a sentence are cues of saying: verbs and nouns of saying read from their lemmas ("a déclaré",
"said"), verbs that say something only with their noun ("a fait état de", "lançait un appel"), the verb group
before them ("n'a pas", "has also", "on Thursday"), and the uses that are no cue ("the state's", "au juge",
"a senior state official").

Reads a ``sentence.Sentence`` (its tokens, text and cues).
"""
from __future__ import annotations

import re

from ..features import Token
from .cues import DOCUMENTS, INSTITUTIONS, OUTLET_WORDS, REQUESTS
from .phrase import person_noun
from .sentence import Sentence


def _surname(s: Sentence, k: int) -> bool:
    """A capitalised modal after a name is part of it: "Theresa May said", not "may" before "said" (a weekday is not:
    "Police Tuesday said")."""
    return k > 0 and s.toks[k].norm in _MODAL_NAMES and s.toks[k].surface[:1].isupper() and s.is_name(k - 1) \
        and not s.broken(k)


_MODAL_NAMES = frozenset({"may", "will", "might", "must", "can"})  # "Theresa May", "Jim Will"


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
        elif a < k and s.toks[a].norm in _DAYS and s.toks[a - 1].norm in ("on", "last"):
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


_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday week night".split())


def adverb_after_aux(s: Sentence, k: int) -> bool:
    t = s.toks[k]
    before = s.toks[k - 1].norm if k > 0 else ""
    return t.norm.endswith(("ment", "ly")) and before in s.cues.verb_group and before not in s.cues.det  # not "le gouvernement"


def participle(t: Token) -> bool:
    return t.norm.endswith(("ant", "ing")) and t.lemma != t.norm


def noun_use(s: Sentence, k: int) -> bool:
    """ "a senior state official", "the report card": an uninflected cue word between a modifier and a noun; in
    English also after an article at a phrase's end or after a name and its article (``_english_noun``)."""
    t = s.toks[k]
    if _english_noun(s, k):
        return True
    if t.norm != t.lemma or t.norm in s.cues.nouns or k == 0 or k + 1 >= len(s.toks) or s.broken(k) \
            or s.broken(k + 1) or (s.lang == "fr" and t.norm.endswith(("er", "ir", "re"))):
        return False  # a French infinitive is a verb ("Et le ministre de conclure par une pique")
    before, after = s.toks[k - 1], s.toks[k + 1]
    adjective = k > 1 and s.toks[k - 2].norm in s.cues.det and not before.is_name \
        and before.norm not in s.cues.stop_np and before.norm not in s.cues.pronouns
    modifier = before.norm in s.cues.det or adjective
    verb_like = after.norm in s.cues.det or after.norm in ("that", "to", "que") or after.is_name
    return modifier and not verb_like and after.norm not in s.cues.stop_np


def _english_noun(s: Sentence, k: int) -> bool:
    """ "argues the report, broadband is …", "The Demos report looked at" (not "the Conservatives claim, he …")."""
    t = s.toks[k]
    if t.norm != t.lemma or s.lang != "en" or k == 0 or s.broken(k) or t.norm in s.cues.nouns:
        return False
    if s.toks[k - 1].norm in ("the", "a", "an") and (k + 1 >= len(s.toks) or s.broken(k + 1)):
        return True
    before = s.toks[k - 1]
    if before.norm in _NOUN_PREPS or (before.norm.endswith("ing") and before.surface.islower() and len(before.norm) > 4):
        return True  # "a drop in demand", "rising demand": no subject says anything
    if _one_thing_before(s, k):
        return True  # "a US government report that showed", "A previous estimate"
    after = s.toks[k + 1] if k + 1 < len(s.toks) and not s.broken(k + 1) else None
    verb_after = after is not None and not s.is_name(k + 1) and (after.norm != after.lemma or after.lemma in s.cues.say)
    return verb_after and s.is_name(k - 1) and k > 1 and s.toks[k - 2].norm in ("the", "a", "an") and not s.broken(k - 1)


_NOUN_PREPS = frozenset("in of for on with by at from into about".split())
_ONE_THING = frozenset("a an this each every another".split())  # a singular noun follows, never a verb's subject


def _one_thing_before(s: Sentence, k: int) -> bool:
    """An English cue word closing a phrase opened by "a"/"an"/"this" ("a US government report"): a noun; the
    words between are a name or lower-case words, no small word ("A group of officials report": a verb)."""
    for m in range(k - 1, max(-1, k - 5), -1):
        if s.broken(m + 1):
            return False
        if s.toks[m].norm in _ONE_THING:
            return True
        if s.toks[m].stop and not s.toks[m].surface[:1].isupper():
            return False
    return False


def verb_cue(s: Sentence, k: int) -> bool:
    return is_say(s, k) and s.toks[k].norm not in s.cues.nouns


def is_say(s: Sentence, k: int) -> bool:
    """Token ``k`` is a cue of saying: a verb of saying (or one that says with its noun: "a fait état de"), read
    with the words around it, in this order: with its noun, after a quote, by the rules of its lemma, as a verb."""
    nxt = s.toks[k + 1].norm if k + 1 < len(s.toks) and not s.broken(k + 1) else ""
    verb = _verb_of(s, k)
    if _says_with_noun(s, k, verb, nxt):
        return True
    if verb in s.cues.after_quote:
        return _after_quote_says(s, k, verb)
    by_lemma = _says_by_lemma(s, k, nxt)
    if by_lemma is None:
        by_lemma = _says_by_lemma_after(s, k, nxt)
    return _says_as_verb(s, k, verb) if by_lemma is None else by_lemma


def _verb_of(s: Sentence, k: int) -> str:
    """The verb token ``k`` may be a form of: its lemma after an article or an elision ("une donne", "l'annonce"),
    else its form's verb (``_FORMS``) or infinitive; in English the verb of "is warning" (read as a noun)."""
    t = s.toks[k]
    after_article = k > 0 and s.toks[k - 1].norm in s.cues.det and not s.broken(k)  # "une donne", "la demande"
    elided = t.norm in _FORMS and s.gap(k).lower().endswith(("l'", "l’", "d'", "d’", "s'", "s’"))
    #        "l'annonce de la libération" (a noun), "le retour s'annonce comme" (no statement)
    verb = t.lemma if after_article or elided else _FORMS.get(t.norm, _infinitive(t, s.cues.say, s.cues.after_quote))
    if s.lang == "en" and t.norm.endswith("ing") and k > 0 and s.toks[k - 1].norm in _BE and not s.broken(k):
        verb = _ing_stem(t.norm, s.cues.say - s.cues.documents_only) or verb  # "is warning" (read as a noun)
    return verb


def _says_with_noun(s: Sentence, k: int, verb: str, nxt: str) -> bool:
    """A verb that says something with its noun: right after it ("a fait état de"), after its verb group ("dont
    fait aussi état Le Monde"), or after an article or a possessive there ("lançait un appel", "issued his warning",
    "un nouvel avertissement")."""
    if (verb, nxt) in _VERB_AND_NOUN:
        return True  # "n'a pas donné suite", "a fait état de", "a fait part de"
    m = k + 1
    while m < len(s.toks) and s.toks[m].norm in s.cues.verb_group and s.toks[m].norm not in s.cues.det \
            and s.toks[m].norm not in _ONE and not s.broken(m):
        m += 1  # "a adressé jeudi un nouvel avertissement"
    if m > k + 1 and m < len(s.toks) and (verb, s.toks[m].norm) in _VERB_AND_NOUN:
        return True  # "dont fait aussi état Le Monde"
    second = s.toks[m + 1].norm if m + 1 < len(s.toks) and not s.broken(m + 1) else ""
    if m < len(s.toks) and s.toks[m].norm in _ONE | _HIS and (verb, second) in _VERB_AND_NOUN and not _tender(s, m + 2):
        return True  # "lançait un appel", "a formulé un appel", "issued a warning"
    return m + 2 < len(s.toks) and s.toks[m].norm in _ONE and s.toks[m + 1].norm in _NEW \
        and (verb, s.toks[m + 2].norm) in _VERB_AND_NOUN  # "un nouvel avertissement"


def _after_quote_says(s: Sentence, k: int, verb: str) -> bool:
    """A verb that says only after a quote or in an incise ("« ... », poursuit Khaldia Dussourt"; "X poursuit Y en
    justice" is no cue), in a narrative infinitive ("Et X de poursuivre"), or before a quote it cries ('chanted
    "Thieves!"'); never the noun the lemmatiser read as it ("menace de grève")."""
    t = s.toks[k]
    if verb != t.lemma == t.norm and not _speaker_next(s, k + 1):
        return False  # "« … », menace de grève selon la CGT": the noun the lemmatiser read
    incise = k + 1 < len(s.toks) and "," in s.gap(verb_group_start(s, k)) and not s.broken(k + 1) \
        and t.surface[:1].islower() and (  # ", Lance Armstrong, lui,": a first name
            s.is_name(k + 1) or _titled_after(s, k + 1))  # ", poursuit X,", "…, a tranché le juge Lukasz Granosik"
    narrative = s.toks[0].norm == "et" and t.norm == t.lemma and s.toks[k - 1].norm in ("de", "d")  # "Et X de poursuivre"
    pronoun = k > 1 and s.toks[k - 1].norm in s.cues.pronouns and bool(_QUOTE_CLOSED.search(s.gap(k - 1)))
    quote_next = verb in _CRIES and bool(_QUOTE_AFTER.match(s.text[t.end:t.end + 4]))  # 'chanted "Thieves!"'
    return k > 0 and (_quoted_before(s, verb_group_start(s, k), k) or incise or narrative
                      or pronoun or quote_next or _subject_after_quote(s, verb_group_start(s, k)))  # '"…," he joked'


def _says_by_lemma(s: Sentence, k: int, nxt: str) -> bool | None:
    """The rules of a few lemmas that say only in some uses; None where none decides."""
    t = s.toks[k]
    if _another_sense(s, k, nxt):
        return False
    if k > 0 and t.lemma in _LET_KNOW and s.toks[k - 1].lemma == "faire":
        return True  # "a fait savoir", "a fait valoir"
    if t.lemma == "voir" and k > 1 and s.toks[k - 1].norm == "y" and s.toks[k - 2].norm not in ("on", "l'on") \
            and not s.broken(k - 1):  # "Nicolas Bay y voit une « bonne nouvelle »", "y voit la preuve": a reading
        return nxt in ("un", "une", "le", "la", "l")  # (not "On y voit un homme", "y voit des fresques", "n'y voit rien")
    if t.lemma == "disagree":  # "Bogoch disagrees with Ladapo that …", not "disagree on the bill that passed"
        return nxt == "that" or (nxt == "with" and any(x.norm == "that" for x in s.toks[k + 2 : k + 6])
                                 and not any(s.broken(m) for m in range(k + 1, min(k + 6, len(s.toks)))))
    if t.lemma == "answer":  # 'Ladapo answered, "Absolutely not."', "answered that" (not "answered the call")
        return nxt == "that" or bool(_QUOTE_NEXT.match(s.text[t.end:t.end + 4])) \
            or _quoted_before(s, verb_group_start(s, k), k)
    if t.lemma == "push":  # "Ladapo pushed back at the idea", not "pushed back the launch" (put off)
        return nxt == "back" and k + 3 < len(s.toks) and s.toks[k + 2].norm in ("at", "on", "against") \
            and s.toks[k + 3].norm not in _DAYS  # not "pushed back on Monday the launch"
    if t.lemma in _CALL:
        return any(x.norm in _CALL[t.lemma] for x in s.toks[k + 1 : k + 7]) or _calls_it_quoted(s, k)
    return None


def _says_by_lemma_after(s: Sentence, k: int, nxt: str) -> bool | None:
    """More rules of lemmas, by the word after them: "charged it was", "pointed out"; a plural noun before its verb
    ("Radio reports said"). None where none decides."""
    t = s.toks[k]
    if t.lemma == "charge" and s.lang == "en" and nxt in ("it", "he", "she", "they") and k + 2 < len(s.toks) \
            and s.toks[k + 2].norm in _CLAUSE_VERBS and not s.broken(k + 2):
        return True  # "Authorities charged it was a brazen act": an allegation (not "charged him with")
    if t.lemma in _WITH_NEXT and not (k > 0 and s.toks[k - 1].norm in s.cues.det):
        elided = k + 1 < len(s.toks) and s.gap(k + 1).strip().lower() in ("qu'", "qu’")  # "trouvent qu'il"
        return nxt in _WITH_NEXT[t.lemma] or (elided and "qu" in _WITH_NEXT[t.lemma])  # "pointed out", "appealed for"
    if k + 1 < len(s.toks) and not s.broken(k + 1) and t.norm != t.lemma and t.norm.endswith("s") \
            and s.toks[k + 1].lemma in s.cues.say and s.toks[k + 1].norm not in s.cues.nouns:
        return False  # "Radio reports said": a noun, then its verb
    return None


def _says_as_verb(s: Sentence, k: int, verb: str) -> bool:
    """A verb of saying used as one: not a name, a noun ("le juge", "140 reports", "the state's"), an adjective, a
    refused deed, an idiom or an alias."""
    t = s.toks[k]
    title = t.norm in s.cues.titles and k > 0 and (s.toks[k - 1].norm in s.cues.det
                                                   or s.toks[k - 1].norm in ("au", "aux"))  # "le juge", "au juge"
    counted = k > 0 and s.toks[k - 1].is_number and not s.broken(k)  # "140 reports", "11 states"
    if _plural_noun(s, k):
        return False  # "devant les juges": no French verb of a report ends so (that would be "tu juges")
    possessive = s.text[t.end:t.end + 2] in ("'s", "’s") or t.surface.endswith(("'s", "’s"))  # "the state's"
    return (verb in s.cues.say or t.norm in s.cues.say) and not (k > 0 and s.is_name(k)) \
        and not noun_use(s, k) and not title and not counted and not possessive and not _adjective_use(s, k) \
        and not _refusal_of_deed(s, k) and not _idiom(s, k) and not _alias(s, k)


def _quoted_before(s: Sentence, a: int, k: int) -> bool:
    """A quote closes just before token ``a`` (the verb group of the cue ``k``): with a comma ("« … », poursuit"),
    or on "!" or "?" when it opened the sentence and someone follows the verb ("« Venez chez nous ! » a lancé
    son patron"; not a title: "L'émission « Qui veut gagner des millions ? » lance une saison", "« Qui veut gagner
    des millions ? » lance une nouvelle formule")."""
    gap = s.gap(a)
    return bool(_QUOTED_BEFORE.search(gap)) or (bool(_EXCLAIMED_BEFORE.search(gap)) and bool(s.toks) and s.in_quote(0)
                                                and _someone_after(s, k))


def _someone_after(s: Sentence, k: int) -> bool:
    """A name, a title, or an article and a noun of a person right after token ``k`` ("poursuit le syndicaliste",
    "a lancé son patron, Patrick Werner", "asked the senator")."""
    n, j = len(s.toks), k + 1
    if j < n and s.comma(j):
        j = next((m for m in range(j + 1, min(j + 5, n)) if s.broken(m)), n)  # ", la semaine dernière,": an aside
        j = j if j < n and s.comma(j) else n
    if j >= n or (s.broken(j) and j == k + 1):
        return False
    first = s.toks[j]
    return s.is_name(j) or person_noun(first, s.cues) or (
        first.norm in s.cues.det | _HIS and j + 1 < n and not s.broken(j + 1)
        and (person_noun(s.toks[j + 1], s.cues) or s.is_name(j + 1)))


def _calls_it_quoted(s: Sentence, k: int) -> bool:
    """ 'called the Australian actor "a consummate entertainer"', 'what he called "an execution"': a name given in
    quotes to something named first (or to what "what" stands for) states a view; 'a film called "Jaws"' does not."""
    if s.lang != "en" or (k > 0 and not s.broken(k) and s.toks[k - 1].norm not in ("what", "he", "she", "they", "it")
                          and not s.is_name(k - 1) and s.toks[k - 1].surface.islower()
                          and s.toks[k - 1].norm not in s.cues.roles | s.cues.titles | INSTITUTIONS
                          and not s.toks[k - 1].norm.endswith("s")):
        return False  # "a film called", "a group called": a noun, then the participle that names it
    for m in range(k + 1, min(k + 7, len(s.toks))):
        if _OPENING_QUOTE.search(s.gap(m)):
            if s.toks[m].surface[:1].isupper() or s.toks[m].norm in _NOT_A_VIEW or _short_name(s, m):
                return False  # 'NASA called the mission "Artemis."', 'the neighborhood "the Flats"': a name given;
                #               'called the meeting "to clear the air"', 'the police "around midnight"': summoned
            return (m > k + 2 or s.toks[k + 1].norm in _OBJECT_PRONOUNS or (m == k + 2 and s.is_name(k + 1))
                    or any(x.norm == "what" for x in s.toks[max(0, k - 2):k])) \
                and not _PUNCT_BEFORE_QUOTE.search(s.gap(m))
        if s.broken(m):
            return False
    return False


_OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them", "this", "that"})
_NOT_A_VIEW = frozenset("to as around for at in on by about with from after before".split())


def _short_name(s: Sentence, m: int) -> bool:
    """A quote from token ``m`` that is a name with its article ("the Flats", "the ghost frog"), not a view ("the
    most famous anonymous source in American history")."""
    if s.toks[m].norm != "the":
        return False
    words = 0
    while m + words < len(s.toks) and s.in_quote(m + words):
        words += 1
    return words <= 3 or (m + 1 < len(s.toks) and s.toks[m + 1].surface[:1].isupper())


_OPENING_QUOTE = re.compile(r"[«\"“]")
_PUNCT_BEFORE_QUOTE = re.compile(r"[.;:!?]")


def _another_sense(s: Sentence, k: int, nxt: str) -> bool:
    """A word of saying used in a sense that states nothing: "accused of" (undergone), "responded to a distress
    call", "a accusé une perte" (a result), "hopes to" (an aim), "sans doute", "Said Benali" (a first name),
    "Report:" (a headline's label)."""
    t = s.toks[k]
    if s.lang == "en" and ((t.lemma == "accuse" and nxt == "of") or (t.lemma == "respond" and any(
            x.norm in _EMERGENCIES for x in s.toks[k + 1:k + 5]) and not any(
            x.lemma in _STATED for x in s.toks[k + 1:]))):
        return True  # "the woman accused of killing", "responded to a distress call" (not "… by saying")
    if s.lang == "fr" and t.norm.startswith("accus") and k + 2 < len(s.toks) and s.toks[k + 1].norm in ("un", "une") \
            and s.toks[k + 2].norm in _FIGURES:
        return True  # "Natixis a accusé une perte de 948 millions" (not "accuse la hausse des prix d'…")
    if t.lemma == "urge" and nxt == "on":
        return True  # "urging on fans in the stadium": cheering, no words reported
    if t.lemma == "exclaim" and nxt in ("with", "at", "in", "over"):
        return True  # "Fans exclaimed with joy", "He exclaimed at the sight of the damage": no words said
    if t.lemma == "hope" and nxt in ("to", "for"):
        return True  # "which hopes to map the seabed"; "It hopes sales will benefit" states one
    if t.norm == "doute" and k > 0 and s.toks[k - 1].norm in ("sans", "aucun", "nul"):
        return True  # "Les JO auront sans aucun doute contribué": an adverb
    if k == 0 and len(s.toks) > 1 and not s.broken(1) and s.toks[1].surface[:1].isupper() and t.lemma in ("say", "dire"):
        return True  # "Said Benali, who runs a shop,"
    return k == 0 and len(s.toks) > 1 and s.gap(1).strip().startswith(":")  # "Report: Red Sox offer …", "Analyse :"


def _alias(s: Sentence, k: int) -> bool:
    """ "Souleymane Kamagaté dit « Soul to Soul », …": a nickname after a name, not a statement."""
    if s.toks[k].norm not in ("dit", "dite") or k == 0 or s.broken(k) or not s.is_name(k - 1) \
            or k + 1 >= len(s.toks) or not s.in_quote(k + 1):
        return False
    m = k + 1
    while m < len(s.toks) and s.in_quote(m):
        m += 1
    return m - k - 1 <= _ALIAS_WORDS and (m == len(s.toks) or s.broken(m))


_ALIAS_WORDS = 4


def _tender(s: Sentence, k: int) -> bool:
    """ "un appel | à projets", "un appel | d'offres", "un appel | à candidatures": a call for bids states nothing."""
    return (k < len(s.toks) and s.toks[k].norm in _BIDS) or (k + 1 < len(s.toks) and s.toks[k + 1].norm in _BIDS)


_BIDS = frozenset({"projets", "offres", "candidatures", "contributions", "propositions", "tenders", "bids"})


def _subject_after_quote(s: Sentence, a: int) -> bool:
    """ '"…," the FBI complaint reads': a short subject opening with an article right after a closed quote, before
    the verb group starting at ``a``."""
    for m in range(a - 1, max(0, a - 5), -1):
        if s.broken(m + 1) and m + 1 < a:
            return False
        if _QUOTE_CLOSED.search(s.gap(m)):
            return s.toks[m].norm in s.cues.det
    return False


def _titled_after(s: Sentence, k: int) -> bool:
    """An article and a title, then a name, from token ``k`` ("le juge Lukasz Granosik"), or an article and a
    document or a medium closing the sentence ("…, poursuit le rapport."), or a title closing a sentence that quotes ("« … » au
    centre hospitalier, a détaillé le préfet."), or a title and its adjectives closing it ("…, a détaillé le dirigeant
    conservateur.")."""
    if k + 1 < len(s.toks) and s.toks[k].norm in s.cues.det and s.toks[k + 1].norm in DOCUMENTS | OUTLET_WORDS \
            and k + 2 == len(s.toks) and not s.broken(k + 1):
        return True  # "…, poursuit le quotidien."
    if k + 2 == len(s.toks) and s.toks[k].norm in s.cues.det and not s.broken(k + 1) \
            and (s.toks[k + 1].norm in s.cues.titles or s.toks[k + 1].norm in s.cues.roles) \
            and any(a < s.toks[k].start for a, _ in s.quotes):
        return True  # "« … » au centre hospitalier de Tours, a détaillé le préfet."
    if k + 3 <= len(s.toks) <= k + 4 and s.toks[k].norm in s.cues.det and s.toks[k + 1].norm in s.cues.titles \
            and all(t.surface.islower() and not t.stop for t in s.toks[k + 2:]) \
            and not any(s.broken(m) for m in range(k + 1, len(s.toks))):
        return True  # "…, des vaccinateurs seront formés, a détaillé le dirigeant conservateur."
    return k + 2 < len(s.toks) and s.toks[k].norm in s.cues.det and s.toks[k + 1].norm in s.cues.titles \
        and s.is_name(k + 2) and not s.broken(k + 2)


_BE = frozenset("is are was were been be".split())


def _ing_stem(norm: str, say: frozenset[str]) -> str | None:
    stem = norm[:-3]
    return next((v for v in (stem, stem + "e", stem[:-1]) if v in say), None)  # warn, argue, admit


def _idiom(s: Sentence, k: int) -> bool:
    """ "Autrement dit," ("in other words"), "soi-disant", "That said,": a word of saying inside a phrase that
    reports nothing."""
    return k > 0 and (s.toks[k - 1].norm, s.toks[k].norm) in _IDIOMS and not s.broken(k)


_IDIOMS = frozenset({("autrement", "dit"), ("autrement", "dite"), ("soi", "disant"), ("that", "said")})


def _adjective_use(s: Sentence, k: int) -> bool:
    """ "the campaign's alleged allegiances", "the reported deal": an English participle between an article or a
    possessive and its noun, or opening a headline ("Alleged hacker extradited")."""
    t = s.toks[k]
    if s.lang == "en" and k == 0 and t.norm in ("alleged", "reported", "purported") and k + 1 < len(s.toks) and s.toks[k + 1].norm != "by" \
            and s.gap(k + 1).strip() in ("", "‘", "'", "\"", "“"):
        return True  # "Alleged ‘Scattered Spider’ Member Extradited": a headline's adjective
    if s.lang != "en" or not t.norm.endswith("ed") or k == 0 or k + 1 >= len(s.toks) or s.broken(k) or s.broken(k + 1):
        return False
    before, after = s.toks[k - 1], s.toks[k + 1]
    article = before.norm in ("the", "a", "an", "its", "his", "her", "their") or before.surface.endswith(("'s", "’s"))
    return article and after.surface.islower() and not after.stop and after.norm not in s.cues.det


def _refusal_of_deed(s: Sentence, k: int) -> bool:
    """ "Parents who refuse to allow contact", "a refusé de payer": refusing to do something else than speak or
    tell ("declined to comment", "a refusé de donner des détails" are statements)."""
    t = s.toks[k]
    if t.lemma not in _REFUSE:
        return False
    m = k + 1
    while m < len(s.toks) and m - k <= 3 and s.toks[m].norm in _BEFORE_DEED and not s.broken(m):
        m += 1
    if m == k + 1 and m < len(s.toks) and not s.broken(m) and s.lang == "en" and not s.toks[m].stop \
            and not _words_asked(s, m):
        return True  # "Some refused food and water": a thing refused, not a word ("refused comment" is one)
    if m == k + 1 or m >= len(s.toks) or s.broken(m) or s.gap(m).strip() not in ("", "d'", "d’"):
        return False  # "refuse": no infinitive after it
    nxt = s.toks[m]
    infinitive = s.toks[m - 1].norm == "to" if s.lang == "en" else nxt.norm == nxt.lemma and nxt.norm.endswith(
        ("er", "ir", "re"))  # not "refuse de nouvelles analyses"
    return infinitive and nxt.lemma not in s.cues.say and nxt.norm not in s.cues.say and nxt.lemma not in _TELL


def _words_asked(s: Sentence, m: int) -> bool:
    """A request for words among the four words from ``m`` ("declined repeated requests for comment", "refused
    journalists' questions")."""
    for j in range(m, min(m + 4, len(s.toks))):
        if j > m and s.broken(j):
            return False
        if s.toks[j].lemma in _SPOKEN or s.toks[j].norm in _SPOKEN:
            return True
    return False


_REFUSE = frozenset({"refuse", "refuser", "decline"})
_SPOKEN = frozenset({"comment", "interview", "request", "requests", "question", "questions", "invitation", "answer"})
_BEFORE_DEED = frozenset({"to", "de", "d", "à", "se", "s", "tout"})
_TELL = frozenset({"give", "donner", "discuss", "elaborate", "name", "identify", "disclose", "provide", "fournir",
                   "divulguer", "commenter", "communiquer", "préciser", "apologize", "apologise", "talk", "speak",
                   "parler", "answer", "reveal", "release", "specify", "detail", "exprimer"})


def _plural_noun(s: Sentence, k: int) -> bool:
    """A French word in "-s" after a plural article ("devant les juges", "des critiques", "aux notes") is a plural
    noun, whatever verb of saying the lemmatiser makes of it ("les" before a verb is a pronoun: "il les dénonce")."""
    t = s.toks[k]
    return s.lang == "fr" and k > 0 and s.toks[k - 1].norm in _PLURAL_ARTICLES and not s.broken(k) \
        and t.norm.endswith("s") and t.norm not in s.cues.say


_PLURAL_ARTICLES = frozenset({"les", "des", "ces", "aux", "ses", "leurs", "plusieurs", "certains", "certaines"})


def _speaker_next(s: Sentence, k: int) -> bool:
    """Token ``k`` may open a speaker: a name, an article, a title or a pronoun ("analyse Paul Durand", "tranche le
    juge", "analyse-t-il"), not "de" or an adjective ("menace de grève", "analyse détaillée")."""
    if k >= len(s.toks) or s.broken(k):
        return False
    t = s.toks[k]
    return s.is_name(k) or t.norm in s.cues.pronouns or t.norm in s.cues.titles or (
        t.norm in s.cues.det and t.norm not in s.cues.complement)


def cue_verb(s: Sentence, k: int) -> str:
    """The verb token ``k`` stands for as a cue, whatever the lemmatiser made of it ("lance" -> "lancer")."""
    return _infinitive(s.toks[k], s.cues.say, s.cues.after_quote)


def _infinitive(t: Token, say: frozenset[str], after_quote: frozenset[str] = frozenset()) -> str:
    """The lemmatiser leaves some feminine or plural participles as the masculine one ("refusée" -> "refusé"):
    a first-group verb's infinitive then is the one to look up ("s'est refusée à tout commentaire"); it reads
    some verbs as their noun ("alerte", "critique"; after a quote "analyse", "tranche"), whose first-group verb is
    then the one (an article before the word keeps the noun: ``is_say``)."""
    if t.lemma.endswith("é") and t.lemma not in say and t.norm.startswith(t.lemma) and (
            t.lemma[:-1] + "er" in say or t.lemma[:-1] + "er" in after_quote or t.lemma[:-1] + "er" in _PHRASE_VERBS):
        return t.lemma[:-1] + "er"  # "a détaillé le préfet", "avait formulé un appel" (adjectives to the lemmatiser)
    if t.norm == t.lemma and t.lemma.endswith("e") and t.lemma not in say and (
            t.lemma + "r" in say - REQUESTS or t.lemma + "r" in after_quote):
        return t.lemma + "r"  # "L'OCHA alerte sur", "le syndicat critique la réforme": the noun's verb ("Il
        #                       demande l'avis": a request, which says only reflexively, "se demande")
    return t.lemma


_FIGURES = frozenset("perte pertes baisse recul retard déficit repli chute hausse".split())
_EMERGENCIES = frozenset("call calls alarm alarms emergency emergencies fire fires".split())
_STATED = frozenset("say saying statement statements".split())
_LET_KNOW = frozenset({"savoir", "valoir", "connaître"})
_VERB_AND_NOUN = frozenset({("donner", "suite"), ("faire", "état"), ("faire", "part"), ("lancer", "appel"),
                            ("formuler", "appel"), ("issue", "warning"), ("issue", "statement"),
                            ("donner", "précisions"), ("apporter", "précisions"), ("déposer", "plainte"),
                            ("émettre", "doutes"), ("émettre", "réserves"), ("adresser", "avertissement"),
                            ("lancer", "avertissement"), ("souffler", "mot"), ("mettre", "cause"), ("mettre", "garde"),
                            ("porter", "plainte"), ("give", "details"), ("provide", "details"), ("pay", "tribute"),
                            ("rendre", "hommage"), ("raise", "concerns"), ("raise", "concern"),
                            ("exprimer", "inquiétude"), ("exprimer", "inquiétudes"), ("make", "call"),
                            ("donner", "version")})  # "a donné une autre version des faits"
_PHRASE_VERBS = frozenset(verb for verb, _ in _VERB_AND_NOUN)  # "formuler" of "formuler un appel"
# forms the lemmatiser reads as nouns ("annonce le parquet", "tempête Jean-Luc Romero")
_FORMS = {"donne": "donner", "donnent": "donner", "conteste": "contester", "contestent": "contester",
          "annonce": "annoncer", "stipule": "stipuler", "tempête": "tempêter", "tempêtent": "tempêter",
          "informe": "informer", "prône": "prôner", "prônent": "prôner"}  # also an adjective, a noun to the lemmatiser
_ONE = frozenset({"un", "une", "des", "de", "a", "an", "en"})  # "a mis en cause"
_HIS = frozenset({"its", "his", "her", "their", "son", "sa", "leur"})  # "made its call", "a lancé son appel"
_NEW = frozenset({"nouvel", "nouvelle", "nouveau", "new", "fresh", "second", "dernier", "ultime", "autre", "another"})
_CALL = {"appeler": frozenset({"à", "au", "aux"}), "call": frozenset({"for"})}
# English verbs that report a statement only with the word after them ("pointed a gun", "an appeal court" do not)
_WITH_NEXT = {"point": frozenset({"out"}), "appeal": frozenset({"for"}), "speak": frozenset({"out"}),
              "question": frozenset({"whether", "what", "why", "how", "if"}),
              "trouver": frozenset({"que", "qu"}),  # "le maire trouve que la réforme va trop loin": an opinion
              "think": frozenset({"that", "otherwise"}),  # "Many experts think otherwise", not "thinks about"
              "charge": frozenset({"that"})}  # "Prosecutors charged that he lied", not "charged him with murder"
_CLAUSE_VERBS = frozenset("was were is are had has have would will could".split())
_QUOTED_BEFORE = re.compile(r"[»\"”]\s*,")  # "« … », poursuit"
_EXCLAIMED_BEFORE = re.compile(r"[!?…]\s*[»\"”]\s*$")  # "« Venez ! » lance" (a quote that opens the sentence)
_QUOTE_NEXT = re.compile(r"\s*[,:]\s*[«\"“]")  # 'answered, "Absolutely not."'
_QUOTE_AFTER = re.compile(r"\s*[,:]?\s*[«\"“]")  # 'chanted "Thieves!"', 'en scandant « … »'
_CRIES = frozenset("chant chanted chanting shout shouted shouting crier scander".split())
_QUOTE_CLOSED = re.compile(r"(?:[»\"”]\s*,|[,!?]\s*[\"”])\s*$")  # '« … », il', '"…," he'
