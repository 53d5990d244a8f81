"""Whether a verb of saying reports a statement where it stands: not an infinitive after a preposition or a verb,
a passive without its agent, a future, a participle used as an adjective, a verb said only reflexively used
otherwise, or one of the verbs with another sense ("qui l'a reconnu"). Read by ``attribution.verbs.from_verb``."""
from __future__ import annotations

import re

from ..features import Token
from .cues import DOCUMENTS
from .phrase import person_noun, possessive
from .saying import cue_verb, verb_cue
from .sentence import DATE_WORDS, QUOTE_MARK, Sentence
from .moments import moment_end
from .verb_groups import keen, participle, verb_group_start


def not_a_statement(s: Sentence, k: int) -> bool:
    """An infinitive after a preposition ("pour soutenir", "pour le féliciter", "to reveal") or after a verb ("qui
    viennent contredire"), a passive without its agent ("was admitted", "était informé"), a future ("annoncera", "will
    say"), a participle used as an adjective ("jugées dangereuses", "dite active"): the verb reports no statement
    (a verb said only reflexively is checked before, by ``from_verb``)."""
    elided = s.text[max(0, s.toks[k].start - 2) : s.toks[k].start].lower() in ("d'", "d’") and not keen(s, k)
    j = k - 1 if k > 1 and s.toks[k - 1].norm in _CLITICS and not s.broken(k) else k  # "pour se prononcer"
    before = s.toks[j - 1].norm if j > 0 and not s.broken(j) else ""
    group = {t.norm for t in s.toks[verb_group_start(s, k) : k]}
    coordinated = before == "et" and any(t.norm in _HAVE_FR for t in s.toks[: j - 1]) and j > 1 \
        and not s.toks[j - 2].norm.endswith(s.cues.participles)
    #             "a rendu hommage … et affirmé", not "attendu et annoncé"
    bare = not group and not coordinated and (s.toks[k].norm.endswith(s.cues.participles)
                                              or s.toks[k].norm in _SO_CALLED
                                              or (s.lang == "fr" and s.toks[k].norm.endswith(("ites", "its"))))
    #      "les réquisitions écrites du parquet", "des faits décrits": an irregular participle agreeing with a noun
    #      "des personnes jugées dangereuses", "l'euthanasie dite active"
    passive = s.lang == "fr" and bool(group & _ETRE) and not group & {"se", "s"} \
        and s.toks[k].norm.endswith(s.cues.participles) \
        and not any(_elided_before(s, m, ("s'", "s’")) for m in range(verb_group_start(s, k), k + 1))
    #         "était parfaitement informé", not "s'est dit", "ne s'est pas prononcée"
    gerund_or_infinitive = before in s.cues.preps and (before != "en" or participle(s.toks[k])) and not keen(s, k) \
        and not went_on_to(s, k)
    after_verb = _infinitive_after_verb(s, k, j) and not keen(s, k)
    progressive = s.lang == "en" and s.toks[k].norm.endswith("ing")  # "is warning", "had been predicting"
    return elided or gerund_or_infinitive or after_verb or passive or bool(group & _FUTURE) \
        or (bool(group & s.cues.passive) and not progressive) \
        or _future(s.toks[k]) or bare or _other_sense(s, k, group) or _added_a_count(s, k) or _farewell(s, k) \
        or _declared_act(s, k)


def _declared_act(s: Sentence, k: int) -> bool:
    """ "declared three days of mourning", "a déclaré l'état d'urgence", "declaró la emergencia hídrica": an act the
    verb performs on its object, no statement reported. Not a verb after a quote or before its speaker ('"…,"
    declared the war minister'), nor one whose object clause goes on ("declared the war was lost", "a déclaré
    qu'une situation d'urgence existait")."""
    a = verb_group_start(s, k)
    if s.toks[k].lemma not in ("declare", "déclarer", "declarar") or QUOTE_MARK.search(s.gap(a)):
        return False
    if _verdict_declared(s, k):
        return True
    if s.comma(a) and not _act_right_after(s, k):
        return False
    j = moment_end(s, k + 1)  # "a déclaré jeudi l'état d'urgence"
    while j < len(s.toks) and j - k <= 5 and not s.broken(j) and "qu" not in s.gap(j).lower():
        t = s.toks[j]
        if t.norm in _DECLARED_ACTS:
            return not (j + 1 < len(s.toks) and not s.broken(j + 1) and s.toks[j + 1].norm in _GOES_ON)
        if t.norm in s.cues.stop_forward or (t.norm in s.cues.preps | s.cues.complement
                                             and s.toks[j - 1].norm not in _STATE_OF):
            return False  # "declared during a war memorial ceremony": where, not what
        j += 1
    return False


def _verdict_declared(s: Sentence, k: int) -> bool:
    """A verdict the verb declares of someone: the verdict right after it, or after its object ("declared him guilty",
    "declared Graham Whitcombe guilty", "lo declaró culpable", "declaró culpable a …", "l'a déclaré coupable"); not of
    oneself ("s'est déclaré innocent") nor a clause ("declared he was innocent")."""
    group = [t.norm for t in s.toks[verb_group_start(s, k):k]]
    if any(w in ("se", "s") for w in group) or _elided_before(s, k, ("s'", "s’")):
        return False
    after = k + 2 if k + 1 < len(s.toks) and s.toks[k + 1].norm in _OBJECTS else k + 1
    while after < len(s.toks) and after - k <= 3 and s.toks[after].surface[:1].isupper() and not s.broken(after):
        after += 1  # "declared Graham Whitcombe guilty"
    return after < len(s.toks) and s.toks[after].norm in _VERDICTS and not s.broken(after)
    #      (with a clitic or none: "lo declaró culpable", "declaró culpable de fraude a Graham Whitcombe")


def _act_right_after(s: Sentence, k: int) -> bool:
    """An act the verb's object names right after it, its article and a time aside, and no noun of a person after
    it ("Flight XY 4127, operating from Lisbon, declared an emergency after …", "Le maire, Jean Dupont, a déclaré
    jeudi l'état d'urgence sanitaire"; not "…, declared the war minister", a speaker)."""
    j = moment_end(s, k + 1)
    while j < len(s.toks) and s.toks[j].norm in s.cues.det and not s.broken(j):
        j += 1
    if j + 1 < len(s.toks) and s.toks[j].norm in _STATE_OF and not s.broken(j + 1):
        j += 2 if s.toks[j + 1].norm in _OF else 1  # "o estado de emergência", "l'état d'urgence"
    if j >= len(s.toks) or s.broken(j) or s.toks[j].norm not in _DECLARED_ACTS:
        return False
    nxt = s.toks[j + 1] if j + 1 < len(s.toks) and not s.broken(j + 1) else None
    return nxt is None or nxt.stop or (nxt.surface.islower() and not person_noun(nxt, s.cues)
                                       and nxt.norm not in s.cues.titles | s.cues.offices and nxt.norm not in _GOES_ON)
    #      (an adjective: "l'état d'urgence sanitaire", "tres días de duelo nacional")


_DECLARED_ACTS = frozenset("""mourning emergency war holiday bankruptcy curfew independence deuil urgence guerre
    couvre-feu faillite indépendance catastrophe duelo emergencia guerra quiebra toque independencia emergência luto
    calamidade falência independência sítio""".split())
_OF = frozenset({"of", "de", "d", "do", "da"})
# a verdict declared of someone ("lo declaró culpable", "l'a déclaré coupable", "declared him guilty"): an act; not
# "declared he was innocent", "s'est déclaré innocent" (of oneself: a statement)
_VERDICTS = frozenset("""guilty innocent coupable coupables innocente innocents culpable culpables inocente
    inocentes""".split())
_OBJECTS = frozenset("him her them lo la los las le l les".split())
_STATE_OF = frozenset("""state état estado day days jour jours día días dia dias week weeks semaine semaines semana
    semanas""".split())  # "declared a state of emergency", "three days of mourning"
_GOES_ON = frozenset("was is were had has would will était est sera fue era es será estaba foi é estava".split())  # a clause's verb


def _farewell(s: Sentence, k: int) -> bool:
    """ "dijo adiós a su carrera", "said goodbye", "a dit adieu": a leave-taking, no statement."""
    return k + 1 < len(s.toks) and s.toks[k + 1].norm in _FAREWELLS and not s.broken(k + 1)


_FAREWELLS = frozenset({"adiós", "adieu", "goodbye", "farewell"})


def _added_a_count(s: Sentence, k: int) -> bool:
    """ "Richard Carter added 12 for the Bulldogs", "a ajouté deux buts": a count added, not words (not "He added 30
    bodies had been recovered": a verb goes on after the number)."""
    n = k + 2 if k + 2 < len(s.toks) and s.toks[k + 1].norm in _MORE else k + 1  # "added another $20,000"
    if s.toks[k].lemma not in ("add", "ajouter") or n >= len(s.toks) or not s.toks[n].is_number or s.broken(k + 1) \
            or s.broken(n):
        return False
    m = n + 1
    while m < len(s.toks) and not s.broken(m) and not s.toks[m].stop:
        m += 1  # "30 bodies | had": the first small word after the count
    return m >= len(s.toks) or s.broken(m) or s.toks[m].norm not in _FINITE


_MORE = frozenset({"another", "nearly", "almost", "about", "some", "encore", "près", "environ"})
_FINITE = frozenset("""had has have was were is are will would could can may might been sont ont seraient serait étaient
    était avaient avait seront sera""".split())  # a clause's verb after the count


def when_asked(s: Sentence, k: int) -> bool:
    """ "When asked by the prosecution to recall …, he responded", "Interrogé par le juge, …": who asks the question
    is not the source; the one who answers is."""
    return s.toks[k].norm in _ASKED and k > 0 and s.toks[k - 1].norm in _WHEN and not s.broken(k)


_ASKED = frozenset({"asked", "questioned", "pressed", "interrogé", "interrogée", "interrogés", "interrogées"})
_WHEN = frozenset({"when", "if", "after", "once", "whenever", "lorsque", "quand", "fois"})  # "une fois interrogé"


_HAVE_FR = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient"})


def went_on_to(s: Sentence, k: int) -> bool:
    """ "went on to warn", "goes on to say": the speaker goes on speaking (English)."""
    return s.lang == "en" and k >= 3 and [t.lemma for t in s.toks[k - 3 : k]] == ["go", "on", "to"] \
        and not any(s.broken(m) for m in range(k - 2, k + 1))


def _infinitive_after_verb(s: Sentence, k: int, j: int) -> bool:
    """A French infinitive right after a conjugated verb that is no auxiliary nor modal ("des notes qui viennent
    contredire la version"): what the subject does, not a statement it makes."""
    t = s.toks[k]
    if s.lang != "fr" or t.norm != t.lemma or not t.norm.endswith(("er", "ir", "re")) or j == 0 or s.broken(j):
        return False
    v = s.toks[j - 1]
    return v.norm != v.lemma and v.lemma.endswith(("er", "ir", "re", "oir")) and v.norm not in s.cues.verb_group \
        and v.lemma not in _MODALS and not v.surface[:1].isupper()


_SO_CALLED = frozenset({"dite", "dites", "dits"})
_ETRE = frozenset("est sont était étaient fut furent sera seront serait seraient soit".split())
_MODALS = frozenset({"vouloir", "pouvoir", "devoir", "savoir", "aller", "faire", "laisser", "souhaiter", "tenir"})


_REFLEXIVE_ONLY = frozenset({"inquiéter", "réjouir", "réjoui", "indigner", "insurger", "étonner", "opposer", "élever",
                            "déchaîner", "demander", "offusquer"})
# "s'inquiète", "s'indigne", "s'étonne", "se sont opposés", "s'élèvent contre", "se demandent si" say; "Edvige
# inquiète les associations", "ce choix étonne", "élever des enfants", "le Tour pas opposé" do not
_CLITICS = frozenset("se le la les lui leur me te nous vous".split())  # "pour le féliciter", "pour lui dire"


def not_reflexive(s: Sentence, k: int, group: set[str]) -> bool:
    lemma = s.toks[k].lemma
    if lemma not in _REFLEXIVE_ONLY and not (lemma.endswith("é") and lemma[:-1] + "er" in _REFLEXIVE_ONLY):
        return False
    return not (group & {"se", "s"} or _elided_before(s, k, ("s'", "s’")))


_OBJECT_PRONOUNS = frozenset({"l", "le", "la", "les"})


def _other_sense(s: Sentence, k: int, group: set[str]) -> bool:
    """ "qui l'a reconnu", "a reconnu Mohamed", "elle l'a confié à une copine", "accuse un passif": recognising
    someone, entrusting something, showing a loss, not admitting, confiding or accusing."""
    if s.toks[k].lemma == "accuser" and k + 1 < len(s.toks) and s.toks[k + 1].norm in ("un", "une", "des"):
        return True  # "la société accuse un passif de 11 millions": shows a loss, accuses no one
    if s.toks[k].lemma in ("rapporter", "decline") and k + 1 < len(s.toks) and s.toks[k + 1].is_number:
        return True  # "le soutien rapporterait 400 millions", "the index declined 16.68 points": no statement
    if s.toks[k].lemma == "répondre" and k + 2 < len(s.toks) and s.toks[k + 1].norm == "de" \
            and s.toks[k + 2].norm in ("ses", "son", "sa", "leurs", "leur", "mes", "nos", "vos"):
        return True  # "pour que le premier ministre réponde de ses actes": answers for them, says nothing
    if s.lang == "en" and _english_other_sense(s, k, group):
        return True
    if s.lang == "fr" and _french_other_sense(s, k):
        return True
    if s.toks[k].lemma not in s.cues.other_sense:
        return False
    inverted = bool(re.search(r"[,«»\"“”]", s.gap(verb_group_start(s, k))))  # '« ... », s'interroge Dany Stive'
    named = k + 1 < len(s.toks) and s.is_name(k + 1) and not s.broken(k + 1) and not inverted
    elided = any(t.surface.lower().startswith(("l'", "l’")) for t in s.toks[verb_group_start(s, k):k]) \
        or _elided_before(s, k, ("l'", "l’"))  # "l'a", "l'avait", "l'interroger"
    return bool(group & _OBJECT_PRONOUNS) or named or elided


def _french_other_sense(s: Sentence, k: int) -> bool:
    """A French word of saying in another sense: "qui assure la présidence" (holds it), "lance un appel à témoins"
    (asks for witnesses), "entre juges et médecins" (a noun: "-es" is no person a news report speaks in)."""
    t, n, verb = s.toks[k], len(s.toks), cue_verb(s, k)
    if verb == "assurer" and k > 0 and s.toks[k - 1].norm == "qui" and k + 2 < n and s.toks[k + 1].norm in _ARTICLES \
            and not s.toks[k + 2].is_name and not person_noun(s.toks[k + 2], s.cues) \
            and not any(x.norm in ("que", "qu") for x in s.toks[k + 1:]):
        return True  # "La France, qui assure la présidence de l'UE, a reçu": holds it
    if verb == "lancer" and [x.norm for x in s.toks[k + 2:k + 5]] == ["appel", "à", "témoins"]:
        return True  # "lance un appel à témoins": asks for witnesses
    if verb == "critiquer" and k > 0 and s.toks[k - 1].norm in _CRITICAL_AFTER and s.toks[k - 1].surface[0].islower():
        return True  # "dans un état critique", "la situation reste critique": an adjective (not "l'État critique")
    if verb == "déclarer" and _broke_out(s, k):
        return True  # "Un incendie s'est déclaré samedi soir": broke out (not "s'est déclaré favorable au projet")
    if verb in ("opposer", "opposé") and _opposed_to_a_thing(s, k):
        return True  # "deux membres du conseil se sont opposés à cette baisse": a vote, nobody cited
    if verb in ("relever", "relevé", "relève") and _raised(s, k):
        return True  # "a relevé jeudi son taux directeur d'un demi-point": raised it (not "a relevé que", "relève X")
    plural_noun = verb.endswith("er") or t.norm == verb + "s"  # "dénonces", "juges", "notes", "critiques"
    return t.norm.endswith("es") and not t.norm.endswith("ées") and plural_noun and t.norm != verb \
        and (k == 0 or s.toks[k - 1].norm != "tu")


_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des"})
# words after which "critique(s)" is the adjective: "un état critique", "la situation reste critique", "très critique"
_CRITICAL_AFTER = frozenset("""état états situation situations phase phases point points moment moments stade seuil
    masse infrastructure infrastructures sens esprit regard est sont reste restent demeure demeurent devient
    deviennent jugé jugée jugés jugées très plus particulièrement jugement""".split())
# what breaks out: "Un incendie s'est déclaré samedi soir", "Une épidémie de grippe s'est déclarée" (a person who
# "s'est déclaré jeudi favorable au projet" speaks)
_BREAKS_OUT = frozenset("""incendie incendies feu feux sinistre épidémie épidémies pandémie maladie foyer foyers
    explosion explosions panne pannes fuite fuites incident incidents infection infections grève grèves""".split())
_SUBJECT_REACH = 4  # words before the verb group where the thing that broke out may be named ("épidémie de grippe")


def _opposed_to_a_thing(s: Sentence, k: int) -> bool:
    """ "s'opposer à" the decision the sentence has told, in a sentence that quotes no one: what the subject did, as
    "two members of the board opposed the cut" is ("se sont opposés à cette baisse"); not a stance on a matter
    ("D'autres ministres se sont opposés à l'euthanasie"), "s'oppose à ce que …", an inverted "…, s'oppose le
    ministre" nor "se sont opposés à cette baisse, estimant que …" (said)."""
    j = k + 1
    if s.quotes or j + 2 >= len(s.toks) or s.broken(j) or s.toks[j].norm != "à":
        return False
    if re.search(r"[,«»\"“”:]", s.gap(verb_group_start(s, k))) or s.toks[j + 1].norm not in _THIS \
            or s.toks[j + 2].norm in ("que", "qu"):
        return False
    return not any(t.norm in ("que", "qu") or verb_cue(s, m) for m, t in enumerate(s.toks[j:], j))


_THIS = frozenset({"ce", "cet", "cette", "ces"})


def _raised(s: Sentence, k: int) -> bool:
    """ "relever" meaning to raise or to come under: the first word after it (past days and adverbs) is a possessive
    ("son taux", "leur proposition"), "du" ("du « prendre soin »") or "de" before an amount ("d'un chouïa", "de 50
    points"); not "que", a name, "ces …", "des « dysfonctionnements »", "de nombreux …", "d'importantes lacunes"."""
    for j in range(k + 1, min(k + 5, len(s.toks))):
        if s.broken(j):
            return False  # "« … », relevait, d'ailleurs, Anne Feraud": an incise after a quote
        if s.toks[j].norm in DATE_WORDS or s.toks[j].norm in _ADVERBS:
            continue
        if s.toks[j].norm in _RAISED_WHAT:
            return True
        of = s.toks[j].norm == "de" or s.gap(j).strip().lower().endswith(("d'", "d’"))
        amount = s.toks[j + (s.toks[j].norm == "de")] if j + (s.toks[j].norm == "de") < len(s.toks) else None
        return of and amount is not None and (amount.is_number or amount.norm in ("un", "une"))
    return False


_RAISED_WHAT = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos", "du"})
_ADVERBS = frozenset({"encore", "déjà", "légèrement", "nettement", "fortement", "ainsi", "aussi", "également",
                      "plus", "pas"})


def _broke_out(s: Sentence, k: int) -> bool:
    """ "s'est déclaré" / "se sont déclarés" with a fire, an epidemic, a breakdown for subject: broke out."""
    start = verb_group_start(s, k)
    group = {t.norm for t in s.toks[start:k]}
    if not (group & {"se", "s"} or _elided_before(s, k, ("s'", "s’"))):
        return False
    return any(t.lemma in _BREAKS_OUT or t.norm in _BREAKS_OUT for t in s.toks[max(0, start - _SUBJECT_REACH):start])


def _english_other_sense(s: Sentence, k: int, group: set[str]) -> bool:
    """An English word of saying used as a noun ("note of apology", "the embassy's report"), naming ("a chip called
    Xeon"), in the passive without its auxiliary ("staff told to stay indoors") or for what is due ("expected next
    week")."""
    if k + 1 < len(s.toks) and s.toks[k + 1].norm == "of" and s.toks[k].norm == s.toks[k].lemma \
            and s.toks[k].norm in DOCUMENTS | s.cues.nouns and not s.broken(k + 1):
        return True  # "shooter left note of apology": a noun (not "Economists warn of a recession")
    if k > 0 and possessive(s.toks[k - 1]) and not s.broken(k):
        return True  # "as they were in the embassy's report": a noun after its possessor
    if s.toks[k].norm == "called" and not group and k + 1 < len(s.toks) and not s.broken(k + 1) \
            and s.toks[k + 1].surface[:1].isupper() and s.toks[k + 1].norm not in DATE_WORDS:
        return True  # "a chip called Xeon": a name given, not a statement
    if s.toks[k].norm in ("told", "asked") and k + 2 < len(s.toks) and s.toks[k + 1].norm == "to" \
            and not s.broken(k + 1) and s.toks[k + 2].lemma == s.toks[k + 2].norm and not s.toks[k + 2].stop:
        return True  # "with staff either told to stay indoors": they were told, by someone else
    if s.toks[k].norm == "estimated" and k > 0 and s.toks[k - 1].norm in ("a", "an", "the"):
        return True  # "lost an estimated $10 million": an adjective
    if s.toks[k].norm == "expected" and not group and s.comma(k) \
            and (k + 1 >= len(s.toks) or s.toks[k + 1].norm != "that"):
        return True  # "the deployment of the military, expected next week,": what is due, said by no one
    return False


def _elided_before(s: Sentence, k: int, forms: tuple[str, ...]) -> bool:
    """An elided pronoun ("l'", "s'") just before the verb at ``k`` or before its verb group ("l'avait confié")."""
    return s.gap(k).lower().endswith(forms) or s.gap(verb_group_start(s, k)).lower().endswith(forms)


_FUTURE = frozenset("will va vont allait allaient pourra pourront pourrait pourraient devra devrait devraient doit doivent"
                    " peut peuvent must should may might van iba podrá podrán podría podrían deberá debería deberían"
                    " puede pueden prevé prevén pretende pretenden dovrà dovranno potrà potranno potrebbe potrebbero"
                    " dovrebbe dovrebbero deve devono può possono wird werden würde würden soll sollen sollte sollten"
                    .split())
#                     what will, could or should be said is not said yet ("El Gobierno prevé anunciar")


def _future(t: Token) -> bool:
    """A French or Spanish future ("annoncera", "diront", "anunciará"): what will be said is not yet a source."""
    return (len(t.norm) > 5 and t.lemma != t.norm and t.norm.endswith(("era", "eront", "ira", "iront", "dra", "dront"))) \
        or (len(t.norm) > 3 and t.lemma != t.norm and t.norm.endswith(("ará", "erá", "irá", "arán", "erán", "irán")))
