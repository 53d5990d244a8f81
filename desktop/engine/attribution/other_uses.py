"""Forms of a verb of saying that state nothing: a noun or an adjective ("a senior state official", "the reported
deal"), a plural noun ("des critiques"), another sense of the word ("accused of", "responded to a distress call"), an
idiom ("Autrement dit"), a nickname ("X dit « Soul to Soul »"), a call for bids ("un appel d'offres"), a refusal of a
deed ("a refusé de payer"), a name given in quotes ('what he called "an execution"').
"""
from __future__ import annotations

import re

from ..features import token_number
from .cues import INSTITUTIONS
from .portuguese import secures
from .sentence import QUOTE_MARK, Sentence
from .verb_groups import verb_group_start


def noun_use(s: Sentence, k: int) -> bool:
    """ "a senior state official", "the report card": an uninflected cue word between a modifier and a noun; in
    English also after an article at a phrase's end or after a name and its article (``_english_noun``)."""
    t = s.toks[k]
    if _english_noun(s, k) or _after_plural_possessive(s, k):
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


def _after_plural_possessive(s: Sentence, k: int) -> bool:
    """ "ignored two engineers' reports": an English plural's possessive, then the cue word as its noun (not the end
    of a quote in single quotes: "'We want answers' say families")."""
    if s.lang != "en" or k == 0 or not s.toks[k - 1].norm.endswith("s") or not s.gap(k).startswith(("' ", "’ ")):
        return False
    return not _SINGLE_QUOTE_OPENED.search(s.text[:s.toks[k - 1].start])


_SINGLE_QUOTE_OPENED = re.compile(r"‘|(?:^|\s)'")


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


def calls_it_quoted(s: Sentence, k: int) -> bool:
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


def _recalls_goods(s: Sentence, k: int, nxt: str) -> bool:
    """ "recalls three batches", "rappelle des lots de lait", "retira": a product recall; not "recalled that …",
    '"…," recalled the mayor', "a rappelé que", "rappelle : …"."""
    if s.broken(k) or nxt in ("that", "que", "qu", "how", "comment", "when") or not nxt:
        return False  # after a comma or a quote (an incise), or before what is recalled
    return any(t.norm in _GOODS for t in s.toks[k + 1:k + 5])  # (not "recalled 12 people had died")


_RECALLS = frozenset({"recall", "rappeler", "recordar"})
_GOODS = frozenset("""batch batches lot lots product products vehicle vehicles car cars unit units model models item items
    fryers heaters chargers batteries devices phones toys strollers cribs helmets seats bottles jars cans packs packages
    bags boxes tablets pills doses kits pounds tonnes trucks
    lote lotes producto productos vehículos unidades produit produits véhicule véhicules voiture voitures modèle
    modèles""".split())


def _sentences(s: Sentence, k: int) -> bool:
    """ "a condamné X à cinq ans de prison", "condenó al exalcalde a cinco años", "condamné à la prison à vie": a
    court's sentence, not a condemnation in words ("a condamné l'attaque", "condenó el atentado")."""
    if s.toks[k].lemma not in _SENTENCING or s.lang not in ("fr", "es"):
        return False
    end = min(len(s.toks), k + 1 + _SENTENCE_REACH)
    if any(s.toks[j].norm in _ATTACKS for j in range(k + 1, min(k + 3, len(s.toks)))):
        return False  # "condenó el ataque a la cárcel": the attack is what is condemned (not "condamné l'auteur de
        #               l'attentat à la réclusion")
    return any(s.toks[j].norm in _TO and any(token_number(s.toks, x, s.lang) is not None or s.toks[x].norm in _PENALTIES
                                             for x in range(j + 1, min(j + 3, len(s.toks))))
               for j in range(k + 1, end))  # "à cinq ans", "à la prison à vie", "a la cárcel" (not "l'attaque
    #                                          contre la prison de Fresnes")


_ATTACKS = frozenset("""ataque ataques attaque attaques atentado atentados attentat attentats agresión agression asalto
    assaut violencia violence violences masacre massacre incendio incendie""".split())
_SENTENCING = frozenset({"condamner", "condamné", "condamnée", "condamnés", "condamnées", "condenar"})
_SENTENCE_REACH = 8  # words from the verb to the penalty ("a condamné mardi l'ancien maire Pierre Duvallon à")
_TO = frozenset({"à", "a", "au"})
_PENALTIES = frozenset("""prison perpétuité réclusion amende emprisonnement sursis prisión cárcel multa perpetua
    reclusión""".split())


def _reflexive_act(s: Sentence, k: int) -> bool:
    """ "se manifestaron" (marched), "s'est manifesté" (came forward), "un incendie s'est déclaré dans la nuit" / "se
    declaró en la planta" (broke out): a reflexive verb of saying that is an act. Not with a stance after it ("se
    manifestó a favor", "se déclare « certain »", "s'est déclaré favorable", "se declaró culpable")."""
    lemma = s.toks[k].lemma
    if lemma not in _REFLEXIVE_ACTS or s.lang not in ("fr", "es"):
        return False
    j = k - 1
    if j > 0 and s.toks[j].norm in _AUXILIARIES and not s.broken(j + 1):
        j -= 1  # "se han manifestado", "s'était déclaré"
    reflexive = j >= 0 and not s.broken(j + 1) and (
        s.toks[j].surface.lower() == "se" or s.toks[j].surface.lower().startswith(("s'", "s’")))
    if not reflexive:
        return False  # not '… se pueden reconstruir", declaró el responsable
    after = s.toks[k + 1:k + 3]
    if any(t.norm in _STANCES for t in after):
        return False
    if lemma in ("déclarer", "declarar"):  # an act only before where or when, or nothing
        return not after or s.broken(k + 1) and not s.in_quote(k + 1) or after[0].stop
    if lemma == "manifestar":  # marched: people in the plural ("Unas 120.000 personas", "Los taxistas"); a minister
        return _plural_subject(s, j)  # who "se manifestó en contra" states a view
    return True


def _plural_subject(s: Sentence, j: int) -> bool:
    """The word right before the reflexive pronoun at token ``j`` is people in the plural ("personas", "taxistas",
    "miles"), not a person ("la ministra", "Yolanda Díaz")."""
    if j < 1:
        return False
    head = s.toks[j - 1]
    return head.norm in _CROWDS or (head.norm.endswith("s") and not head.is_name and head.norm not in s.cues.titles
                                    and not head.stop)


_REFLEXIVE_ACTS = frozenset({"manifestar", "manifester", "declarar", "déclarer"})
_CROWDS = frozenset("""personas manifestantes miles cientos decenas millares ciudadanos vecinos trabajadores estudiantes
    jóvenes agricultores""".split())
_AUXILIARIES = frozenset("ha han había habían habría est était sont étaient".split())
_STANCES = frozenset("""favor favorable favorables partidario partidaria partidarios opuesto opuesta opposé opposée
    opposés candidat candidate candidato candidata prêt prête dispuesto dispuesta satisfait satisfecho convaincu
    convencido certain certaine sûr sûre seguro segura""".split())


def another_sense(s: Sentence, k: int, nxt: str) -> bool:
    """A word of saying used in a sense that states nothing: "accused of" (undergone), "responded to a distress
    call", "a accusé une perte" (a result), "hopes to" (an aim), "sans doute", "Said Benali" (a first name),
    "Report:" (a headline's label)."""
    t = s.toks[k]
    if _reflexive_act(s, k):
        return True  # "Unas 120.000 personas se manifestaron", "un incendie s'est déclaré": marched, broke out
    if t.lemma in _RECALLS and _recalls_goods(s, k, nxt):
        return True  # "Lactalia recalls three batches", "rappelle des lots": products taken back, nothing said
    if _sentences(s, k):
        return True  # "Le tribunal a condamné mardi Pierre Duvallon à cinq ans de prison": a sentence passed
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
    if s.lang == "en" and t.norm == "told" and nxt in _NO_HEARER and not _teller_before(s, k):
        return True  # a headline's "Families told after two die", "Villagers told to stay indoors": they were told
        #              (one who tells names whom: "told reporters", "told the BBC", "told of his ordeal")
    if s.lang == "fr" and t.lemma == "assurer" and not _inverted(s, k) and _task_taken(s, k + 1):
        return True  # "assurera l'intérim", "assure la sécurité du site": a task, not words ("assure que",
        #              "assure n'avoir", "assure à la presse", "assure les agriculteurs de son soutien" say)
    if s.lang == "pt" and secures(s.toks, s.text, k):
        return True  # "o Lorvena garante presença na fase de grupos": it secures it
    if t.lemma == "hope" and nxt in ("to", "for"):
        return True  # "which hopes to map the seabed"; "It hopes sales will benefit" states one
    if t.norm == "doute" and k > 0 and s.toks[k - 1].norm in ("sans", "aucun", "nul"):
        return True  # "Les JO auront sans aucun doute contribué": an adverb
    if k == 0 and len(s.toks) > 1 and not s.broken(1) and s.toks[1].surface[:1].isupper() and t.lemma in ("say", "dire"):
        return True  # "Said Benali, who runs a shop,"
    return k == 0 and len(s.toks) > 1 and s.gap(1).strip().startswith(":")  # "Report: Red Sox offer …", "Analyse :"


_NO_HEARER = frozenset("after before as amid following over when while that to".split())
_TELLERS = frozenset("he she they we i you it".split())


def _teller_before(s: Sentence, k: int) -> bool:
    """A "told" no hearer follows that still tells: in a sentence ended by a stop ("Smith told after the hearing
    that he would appeal."), after a quote ('"We will appeal," Smith told after the verdict') or after a pronoun ("As
    he told when …"). The passive without its verb "to be" is a headline's ("Families told after two die")."""
    before = s.text[:s.toks[k].start]
    return s.text.rstrip()[-1:] in ".!?…" or any(c in before for c in "\"“”«»") \
        or (k > 0 and s.toks[k - 1].norm in _TELLERS)


_FR_DET = frozenset("le la les un une son sa ses leur leurs ce cet cette ces".split())


def _task_taken(s: Sentence, m: int) -> bool:
    """A task taken on at token ``m``: a determiner (or an elided "l'") and one of ``_TASKS`` ("l'intérim", "la
    sécurité du site"), no "que" and no quote in the rest of the sentence. Only those nouns: after "assure" most nouns
    are its speaker in an incise ("Tout est prêt, assure la préfecture") or whom it reassures ("assure ses
    partenaires")."""
    if m >= len(s.toks) or s.broken(m):
        return False
    elided = s.gap(m).lower().endswith(("l'", "l’"))
    noun = m if elided else m + 1
    if not (elided or s.toks[m].norm in _FR_DET) or noun >= len(s.toks) or s.broken(noun) \
            or s.toks[noun].lemma not in _TASKS:
        return False
    rest = s.text[s.toks[noun].end:]
    return not _THAT.search(rest) and not _OPENING_QUOTE.search(rest)


_TASKS = frozenset("""intérim sécurité présidence permanence suivi coordination continuité transition intendance
    gestion liaison livraison distribution transport protection surveillance relève remplacement formation accueil
    animation organisation garde secrétariat maintenance entretien financement approvisionnement encadrement""".split())


def _inverted(s: Sentence, k: int) -> bool:
    """The verb at ``k`` follows a quote or stands inside one ("», a assuré la présidence", "« Pourtant, assure un
    analyste, … »"): its speaker comes after it."""
    before = s.text[:s.toks[verb_group_start(s, k)].start].rstrip()
    return bool(_AFTER_QUOTE.search(before)) or before.count("«") > before.count("»") \
        or before.count("“") > before.count("”") or before.count('"') % 2 == 1  # (a name in quotes before the verb,
    #                                        "L'association « Les Restos du cœur » assure la distribution", is its subject)


_AFTER_QUOTE = re.compile(r"[»\"”]\s*,$|,\s*[»\"”]$")


_THAT = re.compile(r"\bqu(?:e\b|['’])", re.I)


def alias(s: Sentence, k: int) -> bool:
    """ "Souleymane Kamagaté dit « Soul to Soul », …": a nickname after a name, not a statement."""
    if s.toks[k].norm not in ("dit", "dite") or k == 0 or s.broken(k) or not s.is_name(k - 1) \
            or k + 1 >= len(s.toks) or not s.in_quote(k + 1):
        return False
    m = k + 1
    while m < len(s.toks) and s.in_quote(m):
        m += 1
    return m - k - 1 <= _ALIAS_WORDS and (m == len(s.toks) or s.broken(m))


_ALIAS_WORDS = 4


def tender(s: Sentence, k: int) -> bool:
    """ "un appel | à projets", "un appel | d'offres", "un appel | à candidatures": a call for bids states nothing."""
    return (k < len(s.toks) and s.toks[k].norm in _BIDS) or (k + 1 < len(s.toks) and s.toks[k + 1].norm in _BIDS)


_BIDS = frozenset({"projets", "offres", "candidatures", "contributions", "propositions", "tenders", "bids"})


def idiom(s: Sentence, k: int) -> bool:
    """ "Autrement dit," ("in other words"), "soi-disant", "That said,": a word of saying inside a phrase that
    reports nothing."""
    return k > 0 and (s.toks[k - 1].norm, s.toks[k].norm) in _IDIOMS and not s.broken(k)


_IDIOMS = frozenset({("autrement", "dit"), ("autrement", "dite"), ("soi", "disant"), ("that", "said")})


def adjective_use(s: Sentence, k: int) -> bool:
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


def refusal_of_deed(s: Sentence, k: int) -> bool:
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


def rejection_of_thing(s: Sentence, k: int) -> bool:
    """ "Kestrel's board rejected an earlier offer", "voters rejected the plan": a thing rejected, no statement
    ("rejected the claims", "rejected the idea that …", "rejected that", a quote: words, said)."""
    if s.lang != "en" or s.toks[k].lemma != "reject":
        return False
    m = k + 1
    while m < len(s.toks) and m - k <= 3 and not s.broken(m) and (s.toks[m].norm in s.cues.det or s.toks[m].stop
                                                                 or s.toks[m].surface.endswith(("'s", "’s"))):
        if s.toks[m].norm in ("that", "as"):
            return False  # "rejected that …", "rejected as 'absurd'"
        m += 1
    if m >= len(s.toks) or s.broken(m) or s.gap(m).strip():
        return False  # "rejected." / "rejected: « … »"
    if any(t.norm in _GIVING_REASONS for t in s.toks[m:]) or _rejected_as(s, m):
        return False  # "rejected ImClone's application, saying the trial had been sloppily conducted", "rejected the
        #               organisers' estimate … as wildly exaggerated"
    return not any(s.toks[j].lemma in _WORDS_REJECTED or s.toks[j].norm in _WORDS_REJECTED
                   for j in range(m, min(m + 5, len(s.toks))))  # "rejects US, UK chemical arms claims"


_GIVING_REASONS = frozenset({"saying", "arguing", "insisting", "calling"})


def _rejected_as(s: Sentence, m: int) -> bool:
    """A verdict on what is rejected follows "as" ("… as wildly exaggerated", "as baseless", "as 'absurd'"; not "as
    investors pushed for more", "as well as")."""
    for j in range(m, len(s.toks) - 1):
        if s.toks[j].norm != "as" or s.toks[j + 1].norm == "well":
            continue
        n = j + 1
        while n < len(s.toks) - 1 and s.toks[n].norm.endswith("ly"):
            n += 1  # "wildly"
        word = s.toks[n].norm
        if word in _VERDICTS or word.endswith(("ed", "less", "ous", "ful")) or QUOTE_MARK.search(s.gap(n)):
            return True
    return False


_VERDICTS = frozenset("""false untrue wrong absurd nonsense inaccurate misleading unfounded baseless groundless
    exaggerated ridiculous fabricated fake incorrect premature irresponsible""".split())
_WORDS_REJECTED = frozenset({"claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge",
                             "charges", "criticism", "criticisms", "suggestion", "suggestions", "idea", "notion",
                             "report", "reports", "assertion", "assertions", "comparison", "characterization",
                             "characterisation", "statement", "remarks", "comment", "comments", "account", "version",
                             "interpretation", "finding", "findings", "conclusion", "conclusions", "rumour", "rumours",
                             "rumor", "rumors", "speculation", "description", "label", "argument", "arguments",
                             "figure", "figures", "estimate", "estimates", "count", "toll", "tally", "number",
                             "numbers", "data", "statistics", "results", "forecast", "forecasts", "analysis"})


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


def plural_after_article(s: Sentence, k: int) -> bool:
    """A French word in "-s" after a plural article ("devant les juges", "des critiques", "aux notes") is a plural
    noun, whatever verb of saying the lemmatiser makes of it ("les" before a verb is a pronoun: "il les dénonce")."""
    t = s.toks[k]
    return s.lang == "fr" and k > 0 and s.toks[k - 1].norm in _PLURAL_ARTICLES and not s.broken(k) \
        and t.norm.endswith("s") and t.norm not in s.cues.say


_PLURAL_ARTICLES = frozenset({"les", "des", "ces", "aux", "ses", "leurs", "plusieurs", "certains", "certaines"})
_FIGURES = frozenset("perte pertes baisse recul retard déficit repli chute hausse".split())
_EMERGENCIES = frozenset("call calls alarm alarms emergency emergencies fire fires".split())
_STATED = frozenset("say saying statement statements".split())
