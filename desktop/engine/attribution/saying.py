"""Which words of a sentence are cues of saying: verbs and nouns of saying read from their lemmas ("a déclaré",
"said"), verbs that say something only with their noun ("a fait état de", "lançait un appel"), the verb group
before them ("n'a pas", "has also", "on Thursday"), and the uses that are no cue ("the state's", "au juge",
"a senior state official").

Reads a ``sentence.Sentence`` (its tokens, text and cues). The verb group is read in ``verb_groups``, the uses that
are no cue in ``other_uses``.
"""
from __future__ import annotations

import re

from ..clock import clock_tokens
from ..features import Token
from .cues import DOCUMENTS, OUTLET_WORDS, REQUESTS
from .other_uses import (adjective_use, alias, another_sense, calls_it_quoted, idiom, noun_use, plural_after_article,
                         refusal_of_deed, rejection_of_thing, tender)
from .phrase import person_noun
from .sentence import Sentence
from .verb_groups import DAYS, verb_group_start


def verb_cue(s: Sentence, k: int) -> bool:
    return is_say(s, k) and s.toks[k].norm not in s.cues.nouns


def is_say(s: Sentence, k: int) -> bool:
    """Token ``k`` is a cue of saying: a verb of saying (or one that says with its noun: "a fait état de"), read
    with the words around it, in this order: with its noun, after a quote, by the rules of its lemma, as a verb."""
    if _deputy(s, k):
        return False
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


def _deputy(s: Sentence, k: int) -> bool:
    """ "il procuratore aggiunto Laura Benedetti": a deputy's title, not "ha aggiunto" (added)."""
    return s.toks[k].norm in _DEPUTY and k > 0 and s.toks[k - 1].norm in s.cues.titles and not s.broken(k)


_DEPUTY = frozenset({"aggiunto", "aggiunta"})


def _verb_of(s: Sentence, k: int) -> str:
    """The verb token ``k`` may be a form of: its lemma after an article or an elision ("une donne", "l'annonce"),
    else its form's verb (``_FORMS``) or infinitive; in English the verb of "is warning" or ", warning that" (read as
    a noun)."""
    t = s.toks[k]
    after_article = k > 0 and s.toks[k - 1].norm in s.cues.det and not s.broken(k)  # "une donne", "la demande"
    elided = t.norm in _FORMS and s.gap(k).lower().endswith(("l'", "l’", "d'", "d’", "s'", "s’"))
    #        "l'annonce de la libération" (a noun), "le retour s'annonce comme" (no statement)
    verb = t.lemma if after_article or elided else _FORMS.get(t.norm, _infinitive(t, s.cues.say, s.cues.after_quote))
    that = k + 1 < len(s.toks) and s.toks[k + 1].norm == "that"
    if s.lang == "en" and t.norm.endswith("ing") and k > 0 and ((s.toks[k - 1].norm in _BE and not s.broken(k))
                                                                or (s.comma(k) and that)):
        verb = _ing_stem(t.norm, s.cues.say - s.cues.documents_only) or verb  # "is warning", ", warning that" (read
        #                                                                        as a noun)
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
    if m < len(s.toks) and s.toks[m].norm in _ONE | _HIS and (verb, second) in _VERB_AND_NOUN and not tender(s, m + 2):
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
    if another_sense(s, k, nxt):
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
            and s.toks[k + 3].norm not in DAYS  # not "pushed back on Monday the launch"
    if t.lemma in _CALL:
        return any(x.norm in _CALL[t.lemma] for x in s.toks[k + 1 : k + 7]) or calls_it_quoted(s, k)
    if t.lemma in _PROTEST and nxt in _WHERE_PROTESTED and not s.quotes:
        return False  # "50,000 people protested outside the assembly", "ont protesté devant l'Assemblée": a march
    if t.lemma in _COUNTS.get(s.lang, ()) and _counts_a_figure(s, k):
        return True  # "the interior ministry counted 510,000 demonstrators", "die Polizei zählte 62.000"
    if t.lemma in _ESTIMATES.get(s.lang, ()):
        return _puts_a_figure(s, k) or None  # "Police put the turnout at 38,000", "La policía cifró la
        #                                       participación en 38.000", "la préfecture a chiffré … à 38 000"
    return None


def _puts_a_figure(s: Sentence, k: int) -> bool:
    """The verb at token ``k`` sets a figure: its object, then "at" / "à" / "en" and a number within a few words,
    in its clause ("put the turnout at 38,000"; not "put pressure on the government")."""
    if not any(t.norm in _ESTIMATED for t in s.toks[k + 1:k + _ESTIMATE_REACH]):
        return False  # "put crews at 12 locations", "a évalué le patient à 3 reprises": no figure estimated
    for m in range(k + 2, min(k + _ESTIMATE_REACH, len(s.toks) - 1)):
        if s.broken(m):
            return False
        number = next((n for n in range(m + 1, min(m + 4, len(s.toks))) if s.toks[n].is_number), None)
        if s.toks[m].norm in _AT_FIGURE and number is not None and number not in clock_tokens(s.toks) \
                and not any(s.broken(x) for x in range(m + 1, number + 1)):
            return True
    return False



def _counts_a_figure(s: Sentence, k: int) -> bool:
    """The verb at token ``k`` gives a count: a figure within a few words after it, in its clause, of people or
    things counted, not of those a place or a body has ("the ministry counted 510,000 demonstrators", "en
    revendique 1,3 million"; not "Der Verein zählt 500 Mitglieder", nor a present tense that means having: "la
    ville compte 30 000 habitants")."""
    past = _COUNTED.get(s.toks[k].lemma)
    if past and not s.toks[k].norm.startswith(past):
        return False  # "la ville compte 30 000 habitants", "Veltaro conta 9 milioni di clienti": it has them
    clock = clock_tokens(s.toks)
    for m in range(k + 1, min(k + 4, len(s.toks))):
        if s.broken(m) or s.toks[m].norm in _COUNTED_ON:
            return False  # "the team counted on 12 players"
        if s.toks[m].is_number and m not in clock:
            after = next((t.norm for t in s.toks[m + 1:m + 4] if t.norm not in _SCALE), "")
            return after not in _HELD
    return False


# verbs of counting: who counted a figure is its source ("the interior ministry counted 510,000", "a recensé",
# "revendiquent 1,3 million", "zählte 62.000")
_COUNTS = {"en": frozenset({"count", "tally"}),
           "fr": frozenset({"recenser", "dénombrer", "comptabiliser", "compter", "revendiquer"}),
           "de": frozenset({"zählen"}), "es": frozenset({"contabilizar", "contar"}), "it": frozenset({"contare"}),
           "pt": frozenset({"contabilizar", "contar"})}
# verbs that count in the past and have in the present: their past forms
_COUNTED = {"count": ("counted", "tallied"), "compter": ("compté",), "contare": ("contat",),
            "zählen": ("zählte", "gezählt"), "contar": ("contó", "contaron", "contado", "contou", "contaram")}
_COUNTED_ON = frozenset("on upon for with auf sur con su com".split())
_SCALE = frozenset("""million millions milliard milliards de d of mio millionen millón millones milione milioni milhão
    milhões""".split())  # "1,3 million de manifestants": the noun after the figure's scale
# what a place or a body has, not what it counted ("la ville compte 30 000 habitants", "zählt 500 Mitglieder")
_HELD = frozenset("""inhabitants residents members employees staff customers clients subscribers habitants membres
    adhérents salariés employés abonnés kunden abonnenten clientes suscriptores clienti abbonati
    einwohner mitglieder beschäftigte mitarbeiter habitantes miembros afiliados empleados trabajadores abitanti membri
    iscritti dipendenti moradores membros funcionários""".split())


_ESTIMATES = {"en": frozenset({"put"}), "fr": frozenset({"chiffrer", "chiffré", "évaluer", "évalué"}),
              "es": frozenset({"cifrar", "calcular", "situar"})}  # a figure a source gives: its estimate
_AT_FIGURE = frozenset({"at", "à", "en", "a"})
_ESTIMATED = frozenset("""turnout toll number figure cost costs damage damages crowd losses loss bill value attendance
    participation affluence foule nombre chiffre bilan coût dégâts pertes montant participación asistencia cifra número
    balance coste costo daños pérdidas importe""".split())
_ESTIMATE_REACH = 9  # words from the verb to the figure ("put the number of marchers in the capital at 38,000")


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
    if plural_after_article(s, k):
        return False  # "devant les juges": no French verb of a report ends so (that would be "tu juges")
    possessive = s.text[t.end:t.end + 2] in ("'s", "’s") or t.surface.endswith(("'s", "’s"))  # "the state's"
    return (verb in s.cues.say or t.norm in s.cues.say) and not (k > 0 and s.is_name(k)) \
        and not noun_use(s, k) and not title and not counted and not possessive and not adjective_use(s, k) \
        and not refusal_of_deed(s, k) and not rejection_of_thing(s, k) and not idiom(s, k) and not alias(s, k)


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


_LET_KNOW = frozenset({"savoir", "valoir", "connaître"})
_PROTEST = frozenset({"protest", "protester"})  # a cue ("protested that", "…», proteste Bordry", "a protesté contre")
_WHERE_PROTESTED = frozenset("outside near across through around devant partout".split())  # not "in writing", "à la
#                                                                                              tribune": a statement
_VERB_AND_NOUN = frozenset({("donner", "suite"), ("faire", "état"), ("faire", "part"), ("lancer", "appel"),
                            ("formuler", "appel"), ("issue", "warning"), ("issue", "statement"),
                            ("donner", "précisions"), ("apporter", "précisions"), ("déposer", "plainte"),
                            ("émettre", "doutes"), ("émettre", "réserves"), ("adresser", "avertissement"),
                            ("lancer", "avertissement"), ("souffler", "mot"), ("mettre", "cause"), ("mettre", "garde"),
                            ("porter", "plainte"), ("give", "details"), ("provide", "details"), ("pay", "tribute"),
                            ("rendre", "hommage"), ("raise", "concerns"), ("raise", "concern"),
                            ("exprimer", "inquiétude"), ("exprimer", "inquiétudes"), ("make", "call"),
                            ("donner", "version"), ("rendere", "noto"), ("fare", "sapere")})
#  "a donné une autre version des faits"; "hanno reso noto i vigili del fuoco", "hanno fatto sapere fonti"
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
