"""Who says it, from the other cues: a sourcing preposition ("selon", "d'après", "de source", "consultée par",
"according to"), a sentence opening on whose view or which medium it is ("Pour le parquet,", "Sur BFMTV,"), and the
document a statement is in ("dans un communiqué"). A pronoun inside the verb and an unnamed "on" are read in
``unnamed_on``, the speakers a report's layout gives (a headline's, a credit, a dateline) in ``headlines``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..features import strip_accents
from .bodies import outlet_like
from .cues import DOCUMENTS, INSTITUTIONS, OPENERS, VISUALS
from .kind import kind_of
from .lists import and_another
from .names import many
from .noun_phrases import name_to_comma, np_forward, sourcing_by_first_word
from .outlet_phrases import outlet_np
from .phrase import is_place
from .portuguese import by_agent
from .saying import is_say
from .sentence import DATE_WORDS, Found, Sentence, date_word, found_at, start_of


def sourcing(s: Sentence, k: int) -> int | None:
    """The number of tokens of a sourcing preposition starting at ``k`` ("selon", "according to"), or None."""
    for seq in sourcing_by_first_word(s.cues).get(s.toks[k].norm, ()):
        if tuple(t.norm for t in s.toks[k : k + len(seq)]) == seq:
            return len(seq)
        if len(seq) == 2 and seq[1] in ("par", "by") and k + 2 < len(s.toks) \
                and s.toks[k + 1].norm in s.cues.verb_group and s.toks[k + 2].norm == seq[1] and not s.broken(k + 2):
            return 3  # "un entretien publié samedi par le quotidien La Provence"
    if s.toks[k].norm == "après" and s.text[max(0, s.toks[k].start - 2) : s.toks[k].start].lower() in ("d'", "d’"):
        return 1
    if s.toks[k].norm in _WORDS_OF and k + 1 < len(s.toks) and not s.broken(k + 1) \
            and s.gap(k + 1).strip().lower() in ("d'", "d’") and s.is_name(k + 1):
        return 1  # "les premières paroles d'Ingrid Betancourt"
    if s.toks[k].norm in _WORDS_OF and k + 2 < len(s.toks) and s.toks[k + 1].norm in s.cues.complement \
            and not (k > 0 and s.toks[k - 1].norm in ("à", "a")) and not s.broken(k + 1) and _news_from(s, k) \
            and s.text[max(0, s.toks[k].start - 2) : s.toks[k].start].lower() not in ("d'", "d’"):  # "cours d'appels de"
        return 2  # "renvoie aux propos du gouverneur", "les propos de Jean Dupont"; "à propos de" is "about"
    return None


_WORDS_OF = frozenset({"propos", "avertissement", "avertissements", "appels", "paroles", "information",
                       "informations", "révélations"})  # "les appels du dirigeant", "une information du Parisien"
_NEWS = frozenset({"information", "informations", "révélations"})  # news of a medium or someone named only


def _news_from(s: Sentence, k: int) -> bool:
    """ "une information du journal Le Parisien", "les révélations de Mediapart": not "une information de premier
    ordre"."""
    if s.toks[k].norm not in _NEWS:
        return True
    span = outlet_np(s, k + 2)
    return (span is not None and outlet_like(s.toks[span[0]:span[1]])) or (k + 2 < len(s.toks) and s.is_name(k + 2))


def from_sourcing(s: Sentence, k: int, n: int) -> list[Found]:
    """ "selon des témoins", "d'après lui", "de source syndicale", "consultée par L'Équipe": the source after the
    preposition (for "de source", the phrase "source syndicale" itself)."""
    first = k + n
    if first < len(s.toks) and s.toks[first].norm in s.cues.stressed:  # "Selon lui,": the speaker named before
        return [_stressed(s, first, (k, first - 1))]
    cue = (k, first - 1)
    if s.toks[first - 1].norm == "source":
        first, cue = first - 1, (k, k)
    first = _past_words_of(s, first)
    first, cue = _past_saying(s, first, cue)
    opens = _opens_sentence(s, k)
    span = np_forward(s, first, tail=not opens)
    if span and opens and span[1] < len(s.toks) and s.comma(span[1]) and "," in s.gap(span[1]):
        named = name_to_comma(s, span[1], titled=False) or (None if s.toks[first - 1].norm in ("par", "by")
                                              else _description_to_comma(s, span))  # "Interrogée par France 3, la maire"
        named = named if named and _may_be_named(s, span, (span[1], named), cue) else None
        span = (span[0], named) if named and named < len(s.toks) else span  # "Selon le sociologue, Frédéric Lenoir,"
    found = found_at(s, span, cue) if span else None
    if found and s.toks[k].norm in _SOUGHT and found.kind != "outlet":
        return []  # "procurado pela polícia" is wanted by it; "Procurado pelo G1, o advogado" spoke to it
    if found and (s.toks[first - 1].norm in ("par", "by") or by_agent(s.toks[first - 1])) and found.kind == "person" \
            and s.toks[k].norm not in _PRESENTED \
            and not any(t.norm in s.cues.titles for t in s.toks[span[0]:span[1]]):
        found = replace(found, kind="outlet")  # "consultée par L'Équipe", "interrogé par France Info"
    if found and found.kind == "document":
        return [found, *issued_by(s, span[1], cue)]  # "selon un bilan communiqué samedi par les autorités"
    return [found, *and_another(s, span, cue, first)] if found else []


def _may_be_named(s: Sentence, span: tuple[int, int], name: tuple[int, int], cue: tuple[int, int]) -> bool:
    """The phrase ``name`` set off by commas after a source describes it: not a person named after several people
    or by first name and surname after a body (its head an institution's noun), whose comma ends the source
    ("According to police, Anthony LaSalle, 36, hit ...", "Selon les enquêteurs, Jean Dupont a ..."); "Selon le
    sociologue, Frédéric Lenoir," "According to the county coroner, Dr. Jane Doe," "According to a spokesman for
    the police, Sgt. Tom Brown," and "According to the carmaker, Tesla," are one source."""
    found, named = found_at(s, span, cue), found_at(s, name, cue)
    if found is None or named is None or named.kind != "person":
        return True
    if many(s.text[found.start:found.end]):
        return False  # "According to prosecutors, Smith, 42, stole"
    words = []
    for t in s.toks[span[0]:span[1]]:
        if t.norm in s.cues.preps or t.norm in s.cues.complement:
            break  # "a spokesman for the police": the head comes before its complement
        if t.norm not in s.cues.det:
            words.append(t)
    head = (words[-1] if s.lang == "en" else words[0]) if words else None  # English puts the head last
    body = head is not None and bool({head.norm, strip_accents(head.norm)} & INSTITUTIONS)
    one_word = name[1] - name[0] == 1 and name[1] < len(s.toks) and s.comma(name[1])
    return not body or one_word  # "According to the carmaker, Tesla,": one word set off by commas may be its name
    #                              (not "Selon la banque, Kerviel « interprète »": the statement's subject)


def _opens_sentence(s: Sentence, k: int) -> bool:
    """Token ``k`` opens the sentence, after a conjunction or an adverb at most ("Mais selon Yahoo, …", "Pourtant,
    selon …"): a comma after the source then ends it."""
    return all(s.toks[m].norm in OPENERS for m in range(k)) and k <= 2


def issued_by(s: Sentence, e: int, cue: tuple[int, int]) -> list[Found]:
    """Who issued the document a statement rests on, named after it from token ``e`` ("un nouveau bilan provisoire
    communiqué | samedi 4 novembre | par | les autorités népalaises", "a statement released | by | the Department")."""
    while e < len(s.toks) and not s.broken(e) and (s.toks[e].is_number or s.toks[e].norm in DATE_WORDS):
        e += 1
    if e + 1 >= len(s.toks) or s.broken(e) or s.toks[e].norm not in ("par", "by") or s.broken(e + 1):
        return []
    agent = np_forward(s, e + 1, tail=False)
    found = found_at(s, agent, cue) if agent else None
    return [found] if found and found.kind in ("organisation", "person", "anonymous", "outlet") else []


def _description_to_comma(s: Sentence, span: tuple[int, int]) -> int | None:
    """ "D'après Matthieu Ricard, porte-parole du dalaï-lama, ce dernier…", "Pour Axel Pierron, du cabinet Celent,
    …": a named source's description set off by commas before the statement (a title, a role, or where the person
    works), kept with the name; the statement after the second comma."""
    e = span[1]
    if not any(s.is_name(m) for m in range(*span)) or outlet_like(s.toks[span[0]:span[1]]):
        return None  # "Selon les révélations de CBC, la mère et le frère du premier ministre, …": a medium's words
    k = e
    while k < len(s.toks) and k - e <= _DESCRIPTION and (k == e or not s.broken(k)):
        k += 1
    if k >= len(s.toks) or k - e > _DESCRIPTION or not s.comma(k) or "," not in s.gap(k):
        return None
    first = s.toks[e + 1] if s.toks[e].norm in s.cues.det and e + 1 < k else s.toks[e]
    works = s.toks[e].norm in s.cues.complement and any(s.toks[m].norm in INSTITUTIONS for m in range(e, k))
    return k if first.norm in s.cues.titles or first.norm in s.cues.roles or works else None


_DESCRIPTION = 8  # words of a description set off by commas after a named source
_WORDS_BY = frozenset("mots propos termes paroles éléments informations déclarations explications words chiffres "
                      "données estimations statistiques calculs figures data estimates".split())
_BY = frozenset("de du des d' d’ of fournis fournies communiqués communiquées transmis transmises par".split())


def _past_saying(s: Sentence, j: int, cue: tuple[int, int]) -> tuple[int, tuple[int, int]]:
    """ "según informó la Generalitat", "según han explicado fuentes policiales": a verb of saying between the
    preposition and the source is the cue's (first word of the source, cue), in a language that puts one there (not
    "according to reports", "citing estimates": nouns), before the source's article, name or unnamed people ("según
    dicho informe": a demonstrative)."""
    if not s.cues.verb_after_sourcing:
        return j, cue
    v = j
    while v < len(s.toks) and s.toks[v].norm in s.cues.verb_group and s.toks[v].norm not in s.cues.det \
            and not s.broken(v):
        v += 1
    if v < len(s.toks) and not s.broken(v) and s.toks[v].norm not in s.cues.nouns \
            and (s.toks[v].lemma in s.cues.say - s.cues.nouns or s.toks[v].lemma in _MADE_KNOWN) \
            and not s.toks[v].surface[:1].isupper() and v + 1 < len(s.toks) and not s.broken(v + 1) \
            and (s.toks[v + 1].stop or s.toks[v + 1].norm in s.cues.det or s.toks[v + 1].surface[:1].isupper()
                 or s.toks[v + 1].norm in s.cues.roles or date_word(s.toks[v + 1])):
        return _past_when(s, v + 1), (cue[0], v)
    return j, cue


def _past_when(s: Sentence, j: int) -> int:
    """The token after a day said right after the verb ("según informó este miércoles la portavoz", "según explicó
    ayer el alcalde"): the source's first word; else ``j``."""
    e = j + 1 if j + 1 < len(s.toks) and s.toks[j].norm in _WHEN_FRAMES and date_word(s.toks[j + 1]) else j
    while e < len(s.toks) and date_word(s.toks[e]) and not s.broken(e):
        e += 1
    return e if e > j and e < len(s.toks) and not s.broken(e) else j


_WHEN_FRAMES = frozenset({"el", "este", "esta"})  # "este miércoles", "el martes"


_MADE_KNOWN = frozenset({"publicar", "difundir", "saber", "adelantar", "recoger", "avanzar"})
#                      "según publicó El Ancasti", "según ha podido saber EL PAÍS", "según recoge el BOE"


def _past_words_of(s: Sentence, j: int) -> int:
    """ "selon les mots de Christine Lagarde", "selon les éléments fournis par le procureur": the source is the
    one whose words they are."""
    m = j + 1 if j < len(s.toks) and s.toks[j].norm in s.cues.det else j
    if m >= len(s.toks) or s.toks[m].norm not in _WORDS_BY:
        return j
    e = m + 1
    while e < len(s.toks) and e - m <= 3 and s.toks[e].norm in _BY and not s.broken(e):
        e += 1
    return e if e > m + 1 and e < len(s.toks) and not s.broken(e) else j


FRAMES = frozenset({"pour", "sur", "on", "para"})
_SOUGHT = frozenset({"procurado", "procurada", "procurados", "procuradas"})  # asked by a medium (or wanted)
_WHOSE_VIEW = frozenset({"pour", "para"})  # "Pour le parquet, …", "Para el intendente, …"
_PRESENTED = frozenset({"présenté", "présentée", "présentés", "présentées"})  # "un plan présenté par Yoav Gallant"
_COMMA_QUOTE = re.compile(r"\s*,\s*[«\"“]")
_BE_HAVE = frozenset({"être", "avoir", "be", "have", "ser", "estar", "haber"})


def _stressed(s: Sentence, k: int, cue: tuple[int, int]) -> Found:
    """The pronoun at ``k`` after a sourcing word ("selon lui", "pour elle"), to be resolved to whom it stands for."""
    t = s.toks[k]
    return Found(t.start, t.end, "pronoun:" + s.cues.stressed[t.norm], (s.toks[cue[0]].start, s.toks[cue[1]].end))


def framed(s: Sentence, k: int = 0) -> list[Found]:
    """A sentence (or a headline's part, from token ``k``) opening on whose view or which medium it is: "Pour le
    parquet, ...", "Pour lui, ...", "Sur BFMTV, ...", "On CNN, ..."."""
    if s.toks[k].norm in _WHOSE_VIEW and k + 2 < len(s.toks) and s.toks[k + 1].norm in s.cues.stressed \
            and s.toks[k + 2].norm in s.cues.det and not s.broken(k + 2) and not s.broken(k + 1):
        return [_stressed(s, k + 1, (k, k))]  # "Pour lui la mission accouche d'une souris"
    e = k + 1
    while e < min(len(s.toks), k + 13) and not s.broken(e):
        e += 1  # "Pour le rapporteur de la loi sur la fin de vie de 2005, ..."
    quote_follows = bool(_COMMA_QUOTE.match(s.gap(e))) if e < len(s.toks) else False  # "Pour X, « … »"
    if e == k + 1 or e >= len(s.toks) or not (s.comma(e) or quote_follows) \
            or any(t.lemma in _BE_HAVE for t in s.toks[k + 1:e]):
        return []  # "Pour le moment les banques sont solvables, mais …": a clause, not whose view
    cue = (k, k)
    if s.toks[k].norm in _WHOSE_VIEW:
        if e == k + 2 and s.toks[k + 1].norm in s.cues.stressed:
            return [_stressed(s, k + 1, cue)]
        named = name_to_comma(s, e) or _description_to_comma(s, (k + 1, e))
        if s.toks[k + 1].norm in s.cues.indefinite and kind_of(s.phrase(k + 1, named or e)) is None:
            return []  # "Pour un accueil mitigé, ...": what for, not whose view
        found = found_at(s, (k + 1, named or e), cue)  # "Pour l'avocate du trader, Claire Dumas, « ... »"
        speaker = found is not None and (found.kind in ("person", "organisation", "anonymous")
                                         or found.kind.startswith("pronoun:"))  # "Pour ce dernier, ..."
        return [found] if speaker else []
    found = found_at(s, (k + 1, e), cue, "outlet") if outlet_like(s.toks[k + 1:e]) else None
    return [found] if found else []


def _without_speaker(s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """ "dans un communiqué Claire Vasseur": the document's phrase ends where a name follows it directly (the
    speaker after an inverted verb, or the subject of the verb after it: "In a statement Google said"), not after
    "de" ("un communiqué de la Commission"), nor when the phrase opens the sentence and no verb of saying follows
    the name ("Dans un sondage Odoxa pour franceinfo, …": the pollster's name is the document's)."""
    i, j = span
    for m in range(i + 1, j):
        if s.is_name(m) and (i > 1 or _says_after_name(s, m)) and s.toks[m - 1].norm not in s.cues.complement \
                and s.toks[m - 1].norm not in s.cues.det:
            return (i, m)
        if m > i + 1 and s.toks[m].norm in s.cues.det and s.toks[m].norm not in s.cues.complement \
                and s.toks[m - 1].norm in DOCUMENTS:
            return (i, m)  # "dans un communiqué un soutien": the verb's object starts after the document
    return span


def _says_after_name(s: Sentence, m: int) -> bool:
    """The name starting at token ``m`` is the subject of a verb of saying right after it ("Google said")."""
    k = m
    while k < len(s.toks) and s.is_name(k) and (k == m or not s.broken(k)):
        k += 1
    while k < len(s.toks) and s.toks[k].norm in s.cues.verb_group and not s.broken(k):
        k += 1  # "Air France a annoncé"
    return k < len(s.toks) and not s.broken(k) and is_say(s, k)


def depending_on(s: Sentence, k: int) -> bool:
    """ "très variable selon les fournisseurs", "prices vary according to the season": "selon" after a word of
    variation (at most one word between) means "depending on", not a source."""
    before = [s.toks[m] for m in range(max(0, k - 2), k) if not s.broken(m + 1)]
    return any(t.norm in s.cues.varies or t.lemma in s.cues.varies for t in before)


def document_in(s: Sentence, k: int) -> Found | None:
    """ "dans un communiqué", "in a statement": the document itself is a source."""
    if s.toks[k].norm not in s.cues.inside or s.in_quote(k) or _still_to_write(s, k) or _involved_in(s, k):
        return None
    span = np_forward(s, k + 1, tail=False)
    if span is None:
        return None
    head = [t for t in _head_words(s, span) if t.norm not in _NO_DOCUMENT.get(s.lang, ())]
    if not head or head[0].norm in _FRAMES_OF or any(t.norm in VISUALS for t in head) \
            or not any(t.norm in DOCUMENTS or t.lemma in DOCUMENTS for t in head):
        return None  # "dans le cadre d'une enquête", "in the wake of the report": no document speaks
    if s.toks[k].norm in _AMBIGUOUS_IN and not _stated_in(s, head):
        return None  # "la caída en la demanda de petróleo", "en el registro de la vivienda": "en" is also "in", "on"
    if s.lang == "en" and len(head) == 2 and head[0].norm in DOCUMENTS and head[1].norm not in DOCUMENTS \
            and head[1].surface.islower() and not head[1].stop and not head[1].norm.endswith(("ed", "en")):
        return None  # "for use in data centers": the document's noun only qualifies another
    found = found_at(s, _without_speaker(s, span), (k, k))
    return found if found and found.kind == "document" else None


def _involved_in(s: Sentence, k: int) -> bool:
    """ "who was not involved in the study", "les patients inclus dans l'essai": who took part in a document's work,
    not what it states."""
    return k > 0 and not s.broken(k) and s.toks[k - 1].norm in _INVOLVED


# (lower case, accents kept) taking part, in the languages read
_INVOLVED = frozenset("""involved participated participating enrolled included engaged part impliqué impliquée
    impliqués impliquées inclus incluse incluses associé associée associés associées involucrado involucrada
    involucrados involucradas participó participaron incluidos incluidas coinvolto coinvolta coinvolti coinvolte
    inclusi incluse envolvido envolvida envolvidos envolvidas incluídos incluídas beteiligt""".split())


def _stated_in(s: Sentence, head: list) -> bool:
    """A statement's medium ("en un comunicado", "en una carta") in a sentence with a verb of saying."""
    return head[0].norm in _STATEMENTS and any(t.lemma in s.cues.say for t in s.toks)


# another language's documents that are other words here: Portuguese "livre" (free: "num livre direto"), "data" (date)
_NO_DOCUMENT = {"pt": frozenset({"livre", "data"})}
_AMBIGUOUS_IN = frozenset({"en"})  # Spanish "en": in, on, at, into
_STATEMENTS = frozenset("""comunicado comunicados carta cartas mensaje mensajes nota notas informe informes documento
    documentos declaración declaraciones entrevista tuit tuits publicación vídeo video sentencia resolución""".split())


def _head_words(s: Sentence, span: tuple[int, int]) -> list:
    """The first two words of a phrase after its articles, up to the next article ("a joint statement": joint,
    statement; "sa cellule la décision": cellule, where it waits, not the decision it waits for)."""
    toks = s.toks[span[0]:span[1]]
    k = 0
    while k < len(toks) and toks[k].norm in s.cues.det:
        k += 1
    head = []
    while k < len(toks) and len(head) < 2 and toks[k].norm not in s.cues.det:
        head.append(toks[k])
        k += 1
    return head


def _still_to_write(s: Sentence, k: int) -> bool:
    """ "L'équipe devra motiver sa décision dans une note": a document due, in a sentence that reports no saying
    (not "The company said it will cut 500 jobs in a statement")."""
    due = any(s.toks[m].norm in _DUE for m in range(max(0, k - 6), k))
    return due and not s.quotes and not any(is_say(s, m) for m in range(k))


_DUE = frozenset("devra devront doit doivent devrait devraient pourra pourront will should must would".split())
_FRAMES_OF = frozenset("cadre foulée sillage contexte perspective attente wake context light course".split())


def sent_to_outlet(s: Sentence, document: Found) -> Found | None:
    """The medium a document was sent to, right after it ("in an email to The Canadian Press", "dans une lettre au
    Monde"), else None."""
    e = next((m for m, t in enumerate(s.toks) if t.start >= document.end), None)
    if e is None or e + 1 >= len(s.toks) or s.broken(e) or s.broken(e + 1) or s.toks[e].norm not in _SENT_TO:
        return None
    span = outlet_np(s, e + 1)
    if span is None or not outlet_like(s.toks[span[0]:span[1]]):
        return None
    return found_at(s, span, (e, e), "outlet")


_SENT_TO = frozenset({"to", "à", "au", "aux"})


def published_in(s: Sentence, k: int) -> Found | None:
    """ "X, dans Le Progrès, pense que", "s'interroge X dans L'Humanité", "dans les colonnes du Républicain Lorrain":
    the newspaper a statement was written in (read only in a sentence that has a speaker)."""
    if s.toks[k].norm not in s.cues.inside or s.in_quote(k):
        return None
    j = k + 1
    if [t.norm for t in s.toks[j : j + 2]] == ["les", "colonnes"] and j + 2 < len(s.toks):
        j += 3  # "dans les colonnes du"
    if j >= len(s.toks) or not _capitalised_title(s, j):
        return None
    span = outlet_np(s, j)
    if span is None or any(is_place(t, s.lang) for t in s.toks[span[0]:span[1]]):
        return None
    return Found(start_of(s, span[0]), s.toks[span[1] - 1].end, "outlet", (s.toks[k].start, s.toks[k].end))


_PAPERS = frozenset("journal quotidien hebdomadaire magazine newspaper paper daily weekly".split())


def _capitalised_title(s: Sentence, j: int) -> bool:
    """A newspaper's title opens at ``j``: a capitalised article ("Le Progrès", "L'Humanité") or, after "du", a
    capitalised name ("du Républicain Lorrain")."""
    t = s.toks[j]
    before = s.text[max(0, t.start - 2) : t.start]
    if before in ("L'", "L’") or (t.norm in s.cues.det and t.surface[:1].isupper()) or outlet_like([t]):
        return True  # "Le Progrès", "L'Humanité", "parue dans Libération"
    if s.lang == "fr" and t.norm in s.cues.det and j + 1 < len(s.toks) and s.toks[j + 1].surface[:1].isupper() \
            and outlet_like([s.toks[j + 1]]):
        return True  # "a-t-elle assuré dans le JDD", "dans le Figaro"
    if t.norm in s.cues.det and j + 1 < len(s.toks) and s.toks[j + 1].norm in _PAPERS \
            and (j + 2 == len(s.toks) or s.broken(j + 2) or s.toks[j + 2].norm not in s.cues.complement):
        return True  # "s'est-il insurgé dans le journal": the paper named before (not "le journal de bord")
    return j > 0 and s.toks[j - 1].norm in ("du", "de") and t.surface[:1].isupper() and t.is_name


def in_ones_view(s: Sentence, k: int) -> list[Found]:
    """ "À son avis, …", "à leur avis", "in his view", "in their opinion": the possessive stands for the speaker
    named before (resolved like a pronoun)."""
    words = [t.norm for t in s.toks[k : k + 3]]
    if len(words) < 3 or words[0] not in ("à", "in") or words[2] not in _VIEWS or words[1] not in _POSSESSIVES \
            or any(s.broken(m) for m in (k + 1, k + 2)):
        return []
    t = s.toks[k + 1]
    return [Found(t.start, t.end, "pronoun:" + _POSSESSIVES[words[1]], (s.toks[k].start, s.toks[k + 2].end))]


_VIEWS = frozenset({"avis", "view", "opinion", "sens"})  # "à son sens"
_POSSESSIVES = {"son": "one", "sa": "one", "leur": "many", "his": "one", "her": "one", "their": "many"}
