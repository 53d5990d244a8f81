"""A speaker's phrase in a sentence: where it begins before a verb (``np_back``) and where it ends after one
(``np_forward``): names, titles and roles, appositions and descriptions, a time or a place in front of it (which
words are cues of saying: ``attribution.saying``).
"""
from __future__ import annotations

from itertools import takewhile

from .bodies import outlet_like
from .circumstances import past_circumstances
from .cues import DOCUMENTS, INSTITUTIONS, Cues
from .german import german_phrase_ends
from .portuguese import finite_verb
from .kind import kind_of
from .outlet_phrases import outlet_np
from .phrase import is_place, person_noun
from .saying import verb_cue
from .sentence import Sentence, state_of_town
from .verb_groups import participle


_RELATIVE = frozenset("laquelle lequel lesquels lesquelles quoi qui which whom what".split())
_SEARCH = 12  # longest speaker phrase, in tokens


def np_back(s: Sentence, a: int, across: bool = False) -> tuple[int, int] | None:
    """The phrase ending just before token ``a``: back to punctuation, a conjunction or a relative pronoun
    (``across``: the punctuation just before ``a`` does not count)."""
    i = a
    while i > 0 and a - i < _SEARCH and (not s.broken(i) or (across and i == a) or state_of_town(s, i)
                                         or (i > 1 and s.gap(i).strip() in (".,", ",") and state_of_town(s, i - 1))) \
            and (s.toks[i - 1].norm not in s.cues.stop_np or _joined_complements(s, i - 1) or _name_word(s, i - 1)) \
            and not (s.lang == "en" and s.toks[i - 1].norm in _SUBORDINATORS
                     and (i == 1 or not s.toks[i - 2].norm.endswith("ed"))):  # not ", issued after two days of talks,"
        i -= 1
    i = _past_time(s, i, a)
    return (i, a) if i < a else None


def _past_time(s: Sentence, i: int, a: int) -> int:
    """The first token after a time phrase opening the words ``i``..``a`` ("Earlier this week | Salman vowed",
    "Last month | the agency said"), when a name or a noun follows it; else ``i``."""
    k = i
    while k < a - 1 and (s.toks[k].norm in _TIME_OPENERS or ((k > i or _time_before(s, i)) and s.toks[k].norm in
                                                             _TIME_UNITS)):
        k += 1
    return k if k > i and any(s.toks[m].norm in _TIME_UNITS for m in range(i, k)) else i


def _time_before(s: Sentence, i: int) -> bool:
    """The phrase at ``i`` continues a time phrase the search stopped in ("Later that | day police said")."""
    return i > 0 and s.toks[i - 1].norm in _TIME_OPENERS and not s.broken(i)


def _time_phrase(s: Sentence, e: int) -> bool:
    """ "révélée par le Parisien | cette semaine", "seen by Reuters | this week": a moment, not the source's words."""
    return e + 1 < len(s.toks) and s.toks[e].norm in _THIS and s.toks[e + 1].norm in _TIME_UNITS | _TIME_UNITS_FR \
        and not s.broken(e + 1) and s.toks[e - 1].norm not in ("de", "d", "of", "du")  # not "du festival de cette année"


_THIS = frozenset("ce cet cette this last next".split())
_TIME_UNITS_FR = frozenset("semaine mois année an matin soir week-end après-midi nuit".split())
_TIME_OPENERS = frozenset("earlier later last this that next on in early late".split())  # "Later that day"
_TIME_UNITS = frozenset("week weekend month year day night morning afternoon evening monday tuesday wednesday thursday "
                        "friday saturday sunday".split())


# A clause opens after these ("a show of unity after | MPs criticised"): a subject never runs back across one
_SUBORDINATORS = frozenset("after before since although though unless until whereas".split())


def _name_word(s: Sentence, k: int) -> bool:
    """A small word written as part of a name ("Theresa May", "Ruth Will"): capitalised after a capitalised word."""
    return 0 < k and s.toks[k].surface[:1].isupper() and s.is_name(k - 1) and not s.broken(k)


def second_complement(s: Sentence, k: int) -> bool:
    """ "et"/"and" at token ``k`` joins two complements of one name, each after "de"/"of" and capitalised: "la
    Caisse nationale des Caisses d'Épargne et de Prévoyance", "the Department of Health and of Human Services"
    (not "Nicolas Sarkozy et de Villepin": no complement before)."""
    if s.toks[k].norm not in ("et", "and") or not 1 < k < len(s.toks) - 2 or s.broken(k) or s.broken(k + 1) \
            or s.broken(k + 2):
        return False
    after, before = s.toks[k + 1], s.toks[k - 1]
    article = k > 2 and s.toks[k - 2].norm in ("la", "le", "les", "l", "the") and s.toks[k - 3].norm in _OF
    complement = s.toks[k - 2].norm in _OF or article or s.gap(k - 1).rstrip().endswith(("d'", "d’", "l'", "l’"))
    #            "d'Épargne" ("d'" is no token), "de la CGT et de FO", "de la Région et du Département"
    return after.norm in _OF and after.surface.islower() and before.surface[:1].isupper() \
        and s.toks[k + 2].surface[:1].isupper() and complement


def _joined_complements(s: Sentence, k: int) -> bool:
    """ "la chambre de commerce et d'industrie", "the Securities and Exchange Commission": "et"/"and" inside one
    name."""
    if s.toks[k].norm in ("et", "and") and 0 < k < len(s.toks) - 1 and s.toks[k - 1].surface[:1].isupper() \
            and s.toks[k + 1].surface[:1].isupper() and s.toks[k].surface.islower() and not s.broken(k) \
            and not s.broken(k + 1) and _name_continues(s, k + 1):
        return True
    if s.toks[k].norm in ("et", "and") and 0 < k < len(s.toks) - 1 and s.toks[k + 1].surface[:1].isupper() \
            and not s.broken(k) and not s.broken(k + 1) and _named_with_complement(s, k - 1) \
            and not outlet_like([s.toks[k + 1]]) and not is_place(s.toks[k + 1], s.lang):
        return True  # "the Centers for Disease Control and Prevention", "Department of Health and Human Services"
    former = k + 2 < len(s.toks) and s.toks[k + 1].norm in _FORMER and s.toks[k + 2].norm in s.cues.titles
    if s.toks[k].norm in ("et", "and") and k + 1 < len(s.toks) and (s.toks[k + 1].norm in s.cues.titles or former) \
            and s.toks[k + 1].norm not in _COURTESY and k > 0 and not s.toks[k - 1].stop and not s.broken(k) \
            and not s.broken(k + 1):  # (not "the pair chatted amicably and | Mr Brown insisted")
        return True  # "conseiller régional UMP d'Ile-de-France et président de l'Association"; "et ancien …"
    if s.toks[k].norm in ("et", "and") and 1 < k < len(s.toks) - 1 and s.toks[k - 2].norm in ("in", "of", "en", "de") \
            and s.toks[k - 1].surface[:1].isupper() and s.toks[k + 1].surface[:1].isupper() and not s.broken(k) \
            and not s.broken(k + 1) and not outlet_like([s.toks[k + 1]]):
        return True  # "the Catholic Church in England and Wales" (not "The Bank of England and Reuters")
    if second_complement(s, k):
        return True  # "des Caisses d'Épargne et de Prévoyance"
    if s.toks[k].norm in ("et", "and") and k + 1 < len(s.toks) and s.toks[k + 1].norm in s.cues.indefinite \
            and any(person_noun(t, s.cues) for t in s.toks[k + 2:k + 6]) and not s.broken(k) and not s.broken(k + 1):
        return True  # "a Labour peer and a human rights lawyer": two descriptions of one person
    return s.toks[k].norm in ("et", "and") and k + 1 < len(s.toks) and (
        s.toks[k + 1].norm in s.cues.complement or s.gap(k + 1).strip().lower() in ("d'", "d’")) \
        and k > 1 and s.toks[k - 2].norm in s.cues.complement


_COURTESY = frozenset("mr mrs ms miss sir m mme mlle".split())  # a title that opens another person's name


def _named_with_complement(s: Sentence, k: int) -> bool:
    """Token ``k`` closes a capitalised name built with "for"/"of" ("Centers for Disease Control")."""
    j = k
    while j > 0 and s.toks[j].surface[:1].isupper() and not s.broken(j):
        j -= 1
    return j < k and j > 0 and s.toks[j].norm in ("for", "of") and s.toks[j - 1].surface[:1].isupper() \
        and not s.broken(j)


def _name_continues(s: Sentence, k: int) -> bool:
    """After "and", the capitalised words go on to an institution's noun ("Exchange Commission")."""
    while k < len(s.toks) and s.toks[k].surface[:1].isupper() and not s.broken(k):
        if s.toks[k].norm in INSTITUTIONS or s.toks[k].lemma in INSTITUTIONS:
            return True
        k += 1
    return False


def np_forward(s: Sentence, j: int, tail: bool = True) -> tuple[int, int] | None:
    """The phrase starting at token ``j``; with ``tail`` (the statement came first), an apposition running to
    the sentence end is kept ("..., a déclaré Fabrice Dupont, l'ancien maire")."""
    n = len(s.toks)
    j = past_circumstances(s, j)
    e = j
    if j < n and (s.toks[j].norm in _RELATIVE or s.in_quote(j)):
        return None  # a speaker is never inside the quote ("a écrit: « Devinez quoi ?! »")
    while e < n and e - j < _SEARCH and (e == j or not s.broken(e)) \
            and (s.toks[e].norm not in s.cues.stop_np or (e > j and (_titles_joined(s, e) or and_in_name(s, e)
                                                                     or _name_word(s, e)))) \
            and (e == j or _document_detail(s, j, e)
                 or ((s.toks[e].norm not in s.cues.stop_forward or _role_for(s, e))
                     and not (verb_cue(s, e) and not _modifier(s, e)))) \
            and not (e > j and s.toks[e].norm in s.cues.to_outlet and _to_outlet(s, j, e)) \
            and not (e > j and _passes_through(s, e)) and not (e > j and _quantity(s, e)) \
            and not (e > j and _of_doing(s, e)) \
            and not (e > j and _another_source(s, e)) and not (e > j and _name_then_object(s, j, e)) \
            and not (e > j and _closes_aside(s, j, e)) and not (e > j and _time_phrase(s, e)) \
            and not (e > j and s.cues.compounds and german_phrase_ends(s.toks, j, e, s.is_name(e - 1), s.cues)) \
            and not (e > j and s.lang == "pt" and finite_verb(s.toks[e])):
        e += 1
    if e == j:
        return None
    if tail and (named := _place_then_name(s, e)):
        return j, named  # "a expliqué un responsable du syndicat Alliance dans les Hauts-de-Seine, Arnaud Pressé."
    if tail and e < n and s.comma(e) and "," in s.gap(e):  # an apposition follows a comma, not a closing dash
        named = name_to_comma(s, e)  # "le porte-parole, Jean Dupont,"
        kind = kind_of(s.phrase(j, e))
        if named or kind == "person" or (kind in ("anonymous", None) and _one_named_after(s, j, e)):  # a person's
            #  description, not a clause's; "selon l'un d'eux, le Français Noël Saez."
            full_name = sum(s.is_name(k) for k in range(j, e)) >= 2
            e = named or _appositions(s, e, full_name)
    return j, e


def _one_named_after(s: Sentence, j: int, e: int) -> bool:
    """Someone unnamed in the words ``j``..``e`` ("l'un d'eux", "one of the hostages"), then after a comma a phrase
    closing the sentence on a full name ("…, le Français Noël Saez."): one person, named in apposition."""
    n = len(s.toks)
    one = s.toks[j].norm in _ONE_OF or (j + 1 < e and s.toks[j + 1].norm in _ONE_OF)
    return one and runs_to_end(s, e) and 2 <= n - e <= 6 and s.is_name(n - 1) and s.is_name(n - 2) \
        and not s.broken(n - 1)


_ONE_OF = frozenset({"un", "une", "one"})  # "l'un d'eux", "l'une des victimes", "one of them"


def _place_then_name(s: Sentence, e: int) -> int | None:
    """Where the sentence ends when a place ("dans les Hauts-de-Seine", "in Ohio") then the person's name close it
    after a description; else None."""
    n = len(s.toks)
    if e >= n or s.toks[e].norm not in _PLACE_PREPS:
        return None
    comma = next((m for m in range(e + 1, min(e + 6, n)) if s.broken(m)), None)
    if comma is None or not s.comma(comma) or not all(s.toks[m].surface[:1].isupper() or s.toks[m].stop
                                                       for m in range(e + 1, comma)):
        return None
    return n if name_to_comma(s, comma) == n and comma + 1 < n else None


_PLACE_PREPS = frozenset({"dans", "à", "en", "in", "at"})


def and_in_name(s: Sentence, e: int) -> bool:
    """ "UN Relief and Works Agency", "Ministère de l'Europe et des Affaires étrangères": "and" inside the name of
    one institution, capitalised words on both sides and its noun after it."""
    if s.toks[e].norm not in ("and", "et") or e + 1 >= len(s.toks) or s.broken(e) or s.broken(e + 1) \
            or not s.toks[e - 1].surface[:1].isupper():
        return False
    nxt = s.toks[e + 2] if e + 2 < len(s.toks) and not s.broken(e + 2) else None
    if s.toks[e + 1].norm in _OF and nxt is not None and nxt.surface[:1].isupper() \
            and any(s.toks[k].norm in _PORTFOLIOS for k in range(max(0, e - 6), e)) or second_complement(s, e):
        return True  # "le ministère de l'Europe et des Affaires étrangères", "Minister of Health and of Sport"
    m = e + 1
    while m < len(s.toks) and not s.broken(m) and s.toks[m].surface[:1].isupper():  # not "the Pentagon and the …"
        if s.toks[m].norm in INSTITUTIONS:
            return True
        m += 1
    return False


_OF = frozenset({"de", "des", "du", "d", "of", "for"})
_PORTFOLIO_HOLDERS = frozenset("délégué déléguée chargé chargée ministre secrétaire".split())
_PORTFOLIOS = frozenset("ministère ministre ministry minister secrétariat secrétaire secretary département department"
                        .split())


def _titles_joined(s: Sentence, e: int) -> bool:
    """ "la parlementaire et ancienne ministre de la Défense Martha Lucia Ramirez": "et" joining two titles of the
    person named after them."""
    n = len(s.toks)
    if s.toks[e].norm not in ("et", "and") or e + 1 >= n or s.broken(e + 1):
        return False
    title = any(s.toks[m].norm in s.cues.titles for m in range(e + 1, min(e + 3, n)))
    end = next((m for m in range(e + 1, n) if s.broken(m)), n)
    return title and any(s.is_name(m) and s.toks[m].norm not in s.cues.titles for m in range(e + 2, min(end, e + 9)))


_FORMER = frozenset({"ancien", "ancienne", "former", "ex"})


def _role_for(s: Sentence, e: int) -> bool:
    """ "a spokesman for the tobacco regulator", "the director for Europe": whom a role works for stays with it."""
    if s.toks[e].norm == "en" and e + 1 < len(s.toks) and s.toks[e + 1].norm == "chef" and not s.broken(e + 1):
        return person_noun(s.toks[e - 1], s.cues)  # "commandant en chef", "rédacteur en chef"
    if s.toks[e].norm in ("au", "aux", "à", "at") and e + 1 < len(s.toks) and not s.broken(e) and not s.broken(e + 1):
        m = e + 1
        while m + 1 < len(s.toks) and s.toks[m].norm in s.cues.det and not s.broken(m + 1):
            m += 1
        ahead = list(takewhile(lambda n: n == m or not s.broken(n), range(m, min(m + 4, len(s.toks)))))
        source = any(t.norm in s.cues.roles and t.norm not in s.cues.titles for t in s.toks[max(0, e - 2):e]) \
            or (s.toks[e - 1].norm in _PORTFOLIO_HOLDERS
                and (s.toks[e].norm in ("au", "aux") or not s.toks[e + 1].surface[:1].isupper()))
        #        "une source à la Mission …", "le ministre délégué aux Transports" (not "le ministre à La Dépêche")
        body = any(s.toks[n].norm in INSTITUTIONS for n in ahead) or (source and s.toks[m].surface[:1].isupper()
                                                                    and s.is_name(m) and not is_place(s.toks[m], s.lang))
        #      "researchers at software security firm Trend Micro"
        return any(person_noun(t, s.cues) for t in s.toks[max(0, e - 2):e]) and (
            body or (m == e + 1 and s.toks[m].norm == "sein"))
        #      "une source autorisée au ministère de l'Intérieur", "une source au sein de la Cnidh", "une source à
        #      la Mission des Nations unies", "a source at the ministry" (not "un policier à Paris")
    if s.toks[e].norm != "for" or e + 1 >= len(s.toks) or s.broken(e) or s.broken(e + 1):
        return False
    before, after = s.toks[e - 1], s.toks[e + 1]
    if any(t.norm in _DURATION for t in s.toks[e + 1 : e + 4]):
        return False  # "said the spokesman for the first time", "for years"
    return person_noun(before, s.cues) and (after.norm in s.cues.det or s.is_name(e + 1))


_DURATION = frozenset("time times first last second now years months weeks days hours while".split())


def _of_doing(s: Sentence, e: int) -> bool:
    """What someone is accused of after the agent: "accused by U.S. prosecutors | of misleading banks", "accusé par
    le parquet | d'avoir menti", "accusé par ses détracteurs | de « comploter »"."""
    t = s.toks[e]
    if t.norm == "of" and e + 1 < len(s.toks) and s.toks[e + 1].norm.endswith("ing") and len(s.toks[e + 1].norm) > 4:
        return True
    if s.lang != "fr":
        return False
    if t.norm == "de" and e + 1 < len(s.toks) and (not s.broken(e + 1) or s.in_quote(e + 1)):
        t = s.toks[e + 1]  # "accusé par ses détracteurs | de « comploter »", not "la dizaine de « gilets jaunes »"
    elif not s.gap(e).rstrip().lower().endswith(("d'", "d’")):
        return False
    return t.surface.islower() and t.norm == t.lemma and (t.norm.endswith(("er", "ir")) or t.norm in _INFINITIVES_RE)


_INFINITIVES_RE = frozenset("être faire dire mettre prendre rendre vendre permettre promettre commettre produire "
                            "détruire".split())


def _closes_aside(s: Sentence, j: int, e: int) -> bool:
    """A closing bracket before token ``e`` that the phrase from ``j`` did not open: the aside the phrase stands in
    ends there ("(selon le procureur) pourrait être …"); "l'Autorité des marchés financiers (AMF)" keeps its own."""
    return ")" in s.gap(e) and "(" not in s.text[s.toks[j].start:s.toks[e - 1].end]


def _appositions(s: Sentence, e: int, full_name: bool) -> int:
    """Where a person's appositions after token ``e`` end: to the sentence end when they run there, else one
    description, and a second one when it closes the sentence ("selon Marc Petit, moine bouddhiste, proche
    collaborateur du chef spirituel.")."""
    n = len(s.toks)
    if runs_to_end(s, e):
        return n
    end = described(s, e, full_name) or e
    part = end
    for _ in range(_APPOSITIONS):  # "said Mark Guibert, vice president, corporate marketing, Research In Motion."
        if not (e < part < n and s.comma(part) and "," in s.gap(part)) or s.toks[part].norm in s.cues.stop_forward:
            return end
        if runs_to_end(s, part):
            return n
        part = _plain_part(s, part)
    return end


_APPOSITIONS = 3  # descriptions after the first that may follow one another up to the sentence end


def _plain_part(s: Sentence, e: int) -> int:
    """The end of a short run of words from ``e`` up to the next comma with no small word and no verb in it (a
    department, an employer: "corporate marketing"), or ``e`` when the run is not so."""
    k = e
    while k < min(e + 5, len(s.toks)) and (k == e or not s.broken(k)) and not s.toks[k].stop and not verb_cue(s, k) \
            and not (k == e and s.toks[k].surface.islower() and s.toks[k].norm.endswith(("ing", "ed"))):  # ", smiling,"
        k += 1
    return k if k > e and (k == len(s.toks) or s.comma(k)) else e


def _to_outlet(s: Sentence, j: int, e: int) -> bool:
    """The phrase from ``j`` ends at ``e`` ("à", "to", "with"): a medium follows ("Jean Dupont à CNN"), or any
    name unless the phrase is a document's ("a filing with the Securities and Exchange Commission")."""
    span = outlet_np(s, e + 1)
    if span is None:
        return False
    medium = outlet_like(s.toks[span[0]:span[1]])
    if not medium and _role_for(s, e):
        return False  # "une source à la Mission des Nations unies": where the source works, no medium
    document = any(s.toks[k].norm in DOCUMENTS for k in range(j, e))
    return not document or medium


def _document_detail(s: Sentence, j: int, e: int) -> bool:
    """ "un courrier adressé lundi aux représentants": after a document's noun and a participle, the words that
    say when and to whom belong to the document's phrase."""
    heads = [k for k in range(j, e) if s.toks[k].norm in DOCUMENTS]
    if e + 1 < len(s.toks) and s.toks[e].norm in s.cues.to_outlet and s.is_name(e + 1):
        return False  # "un communiqué reçu à Paris": where it was received is not part of it
    return bool(heads) and any(s.toks[k].norm.endswith(s.cues.participles) and s.toks[k].lemma != s.toks[k].norm
                               for k in range(heads[0] + 1, e))


def _modifier(s: Sentence, e: int) -> bool:
    """ "a written statement", "une déclaration écrite": a participle between an article and a noun modifies it."""
    return s.toks[e - 1].norm in s.cues.det and e + 1 < len(s.toks) and not s.toks[e + 1].stop \
        and not s.broken(e + 1)


_FIRST_WORDS: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def sourcing_by_first_word(cues: Cues) -> dict[str, list[tuple[str, ...]]]:
    """A language's sourcing phrases ("selon", "according to", "consulté par") by their first word, built once:
    they are looked for at every token."""
    table = _FIRST_WORDS.get(id(cues))
    if table is None:
        table = {}
        for seq in cues.sourcing:
            table.setdefault(seq[0], []).append(tuple(seq))
        _FIRST_WORDS[id(cues)] = table
    return table


def _another_source(s: Sentence, e: int) -> bool:
    """ "conclut ce rapport | selon les extraits publiés par le quotidien": a sourcing word starts another source."""
    return any(tuple(t.norm for t in s.toks[e : e + len(seq)]) == seq
               for seq in sourcing_by_first_word(s.cues).get(s.toks[e].norm, ()))


def _name_then_object(s: Sentence, j: int, e: int) -> bool:
    """ "selon Le Monde | d'importants bonus": after a name, "de" and a lower-case word without its article start
    what was said, not the name's complement ("Hélène Franco du SM", "la Banque de France" go on, and so does an
    institution's capitalised noun: "la Caisse d'épargne", "la Chambre de commerce")."""
    if not s.is_name(e - 1) or s.toks[e].is_name or not s.toks[e].surface.islower() \
            or s.toks[e - 1].norm in INSTITUTIONS:
        return False
    if s.toks[e].norm == "de" and e + 1 < len(s.toks):  # "sommée par Nicolas Sarkozy | de régler le problème"
        nxt = s.toks[e + 1]
        return nxt.surface.islower() and not nxt.stop and not s.broken(e + 1)
    return not s.toks[e].stop and s.gap(e).strip().lower() in ("d'", "d’", "de")


def _quantity(s: Sentence, e: int) -> bool:
    """ "par l'État | de 10,5 milliards": "de" before a number starts what was given, not the giver's name."""
    return s.toks[e].norm in s.cues.complement and e + 1 < len(s.toks) and s.toks[e + 1].is_number


def _passes_through(s: Sentence, e: int) -> bool:
    """ "seen by", "consultée par" at token ``e``: what follows is who had the document, a source of its own."""
    collected = s.toks[e].norm in _COLLECTED and e + 1 < len(s.toks) and s.toks[e + 1].norm in ("par", "by")
    return collected or any(len(seq) == 2 and e + 1 < len(s.toks) and s.toks[e + 1].norm == seq[1]
                            and seq[1] in ("par", "by") for seq in sourcing_by_first_word(s.cues).get(s.toks[e].norm, ()))


_COLLECTED = frozenset("recueilli recueillie recueillis recueillies gathered collected".split())  # "témoignages
#            recueillis par l'AFP": the testimonies, and the medium that gathered them


def runs_to_end(s: Sentence, e: int) -> bool:
    """An apposition from token ``e`` to the sentence end: a few words, no punctuation, no verb-like word, not
    opening with a preposition ("..., dans un communiqué" is not one)."""
    rest = range(e, len(s.toks))
    t = s.toks[e]
    gerund = participle(t) or (t.norm.endswith(("ant", "ing")) and len(t.norm) > 5 and t.norm not in s.cues.titles
                               and t.norm not in s.cues.roles and not t.is_name)
    if t.norm in s.cues.stop_forward or gerund:
        return False  # "..., a affirmé M. Tête, confirmant une information": a clause, not a description
    described = any(person_noun(s.toks[m], s.cues) for m in range(e, min(e + 4, len(s.toks))))
    longest = 14 if described else 8  # "a transportation expert and professor at DePaul University in Chicago"
    return len(rest) <= longest and not any((k > e and s.broken(k)) or (s.toks[k].norm in s.cues.stop_np
                                                                       and not _within_name(s, k)
                                                                       and not _roles_joined(s, k)) for k in rest)


def _roles_joined(s: Sentence, k: int) -> bool:
    """ "an author of the analysis and professor of biostatistics", "député à Québec et ancien chef de police":
    "and" joining a second role of the person."""
    m = k + 2 if k + 2 < len(s.toks) and s.toks[k + 1].norm in _FORMER else k + 1
    return s.toks[k].norm in ("et", "and") and m < len(s.toks) and not s.broken(k + 1) and not s.broken(m) \
        and (s.toks[m].norm in s.cues.titles or s.toks[m].norm in s.cues.roles)


def _within_name(s: Sentence, k: int) -> bool:
    """ "Sécurité et Démocratie", "Securities and Exchange": a conjunction between two capitalised words."""
    return s.toks[k].norm in ("et", "and") and 0 < k < len(s.toks) - 1 and s.is_name(k - 1) and s.is_name(k + 1)


def described(s: Sentence, e: int, full_name: bool = True) -> int | None:
    """ "said Jean Dupont, a local councillor who ...", "a déclaré Karim Haddad, délégué CGT du site,": an apposition
    opening with an article or a title or role, up to the next punctuation or relative pronoun (at most eight
    words). After a single name ("L'Équipe, la DNACG pointe"), only a title or a role in its first words."""
    first = s.toks[e].norm
    titled = any(t.norm in s.cues.titles or t.norm in s.cues.roles
                 or (t.norm.endswith(s.cues.human_endings) and t.norm not in _FORMER)
                 for t in s.toks[e : e + 3]) or _age(s, e)  # "Karim Haddad, délégué CGT du site,", "Maria, la trentaine,"
    # ("ancienne" is no noun of people: "selon Gsell, l'ancienne appellation de Melilla est …" is the statement)
    if (first not in s.cues.det and not titled) or first in s.cues.complement or not (titled or full_name):
        return None
    k = e + 1
    while k < min(e + 8, len(s.toks)) and not s.broken(k) and (s.toks[k].norm not in s.cues.stop_np
                                                               or _capitalised_in_name(s, k) or _and_title(s, k)) \
            and not verb_cue(s, k):
        k += 1
    if k < len(s.toks) and not s.broken(k) and s.toks[k].norm in s.cues.stop_np \
            and s.toks[k].norm not in _CLAUSE_OPENERS and not titled:
        return None  # "…, poursuit Bernard Devalois, un texte de loi ne peut": the statement goes on
    return k


def _and_title(s: Sentence, k: int) -> bool:
    """ "Senior Vice President and General Manager": "and" joining a second title inside one description."""
    return s.toks[k].norm in ("and", "et") and k + 1 < len(s.toks) and not s.broken(k + 1) \
        and (s.toks[k + 1].norm in s.cues.titles or s.toks[k + 1].norm in s.cues.roles)


def _age(s: Sentence, e: int) -> bool:
    """An apposition giving a person's age: "la trentaine", "33 ans"."""
    toks = s.toks[e : e + 3]
    return any(t.norm in _AGES for t in toks) \
        or any(a.is_number and b.norm in ("ans", "an") for a, b in zip(toks, toks[1:]))


_AGES = frozenset("""vingtaine trentaine quarantaine cinquantaine soixantaine septuagénaire octogénaire nonagénaire
    quadragénaire quinquagénaire sexagénaire trentenaire quadra quinqua""".split())


def _capitalised_in_name(s: Sentence, k: int) -> bool:
    """ "le Corriere della Sera": a capitalised word after a name and its particle is part of the name, whatever
    else it may spell."""
    j = k - 1
    while j > 0 and s.toks[j].norm in _NAME_PARTICLES and not s.broken(j + 1):
        j -= 1  # "della", "de la"
    # a particle between them: "Paris Sera bientôt publiée" is a name, then a verb
    return s.toks[k].surface[:1].isupper() and j < k - 1 and s.is_name(j) and not s.broken(k)


_NAME_PARTICLES = frozenset("de la del della di da do dos das du des van von der den le".split())
_CLAUSE_OPENERS = frozenset("who which whom whose that qui que dont où".split())


def name_to_comma(s: Sentence, e: int, titled: bool = True) -> int | None:
    """ "le porte-parole, Jean Dupont, lors de": the end of a name set off by commas after a phrase, with ``titled`` a
    title in lower case before it ("el jefe de la Policía de Cotopaxi, coronel Marco Almeida")."""
    first = e
    while titled and first < len(s.toks) - 1 and s.toks[first].norm in s.cues.titles \
            and s.toks[first].surface.islower() and not s.broken(first + 1) and first - e < 2:
        first += 1
    k = first
    while k < len(s.toks) and s.is_name(k) and (k == first or not s.broken(k)):
        k += 1
    return k if k > first and (k == len(s.toks) or s.broken(k)) else None  # ", Gérard Gachet, qu'il"
