"""German tokens as the attribution stage reads them (``Cues.compounds`` and ``Cues.particles``): a compound noun
by its last part ("Polizeisprecher" is a "sprecher", "Landesumweltministerin" a "ministerin"), a capitalised common
noun as no name ("ein Sprecher", "der Feuerwehr"; "Helga Sommer" stays one), and a separable verb by its whole
infinitive when its particle closes the clause ("Das teilte die Polizei mit": "mitteilen")."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..features import Token
from .cue_fields import Cues
from .cues import DOCUMENTS, INSTITUTIONS, OUTLET_WORDS

_BREAK = re.compile(r"[,;:«»\"“”—–!?.…()]")


def german_tokens(toks: tuple[Token, ...], text: str, cues: Cues) -> tuple[Token, ...]:
    """The tokens with compounds read by their heads, common nouns unnamed and separable verbs whole."""
    toks = tuple(_by_head(t, cues) for t in toks)
    toks = tuple(replace(t, norm="der", lemma="der") if t.norm == "des" else t for t in toks)  # a genitive article
    #            (the rules that read French "des" as "some" would make "des Klinikums" someone unnamed)
    toks = _separable(toks, text, cues) if cues.particles else toks
    return _unnamed_nouns(toks, text, cues)  # after the verbs are whole: "Brandt erkannte … an" names Brandt


def _heads(cues: Cues) -> tuple[str, ...]:
    words = cues.titles | cues.roles | cues.offices | INSTITUTIONS | DOCUMENTS | OUTLET_WORDS
    return tuple(sorted({w for w in words if len(w) >= 5 and w.isalpha()} - set(_NOT_BODIES) | {"chef", "chefin", "amt"},
                        key=len, reverse=True))  # "Landratsamt", "Bundesamt"


# German nouns another language's list reads as a body: "Der Brand" is a fire, not a brand ("Waldbrand" too)
_NOT_BODIES = {"brand": "feuer"}


@lru_cache(maxsize=4096)
def _head_of(norm: str, heads: tuple[str, ...]) -> str | None:
    """The list word a compound ends with, after at least three letters ("unternehmenssprecher" -> "sprecher")."""
    return next((h for h in heads if len(norm) >= len(h) + 3 and norm.endswith(h) and not norm.endswith("gesamt")),
                None)  # ("Insgesamt" is no office)


def _by_head(t: Token, cues: Cues) -> Token:
    """A capitalised noun by the list word it is a form of ("Klinikums": "klinikum") or its compound ends with."""
    if not t.surface[:1].isupper() or not t.norm.isalpha() or t.norm in _listed(cues):
        return t
    if (fire := next((_NOT_BODIES[w] for w in _NOT_BODIES if t.norm.endswith(w)), None)):
        return replace(t, norm=fire, lemma=fire)
    for norm in (t.norm, t.norm[:-1] if t.norm.endswith(("s", "n")) else "",  # "Umfragen", "Studien"
                 t.norm[:-2] if t.norm.endswith(("es", "en")) else ""):  # "Berichten", "Erklärungen"
        head = norm if norm in _listed(cues) else _head_of(norm, _heads_cached(cues)) if norm else None
        if head:
            return replace(t, norm=head, lemma=head)
    return t


_MEMO: dict[tuple[int, str], object] = {}  # per language's cues (``Cues`` holds a dict: it is not hashable)


def _heads_cached(cues: Cues) -> tuple[str, ...]:
    key = (id(cues), "heads")
    if key not in _MEMO:
        _MEMO[key] = _heads(cues)
    return _MEMO[key]  # type: ignore[return-value]


def _listed(cues: Cues) -> frozenset[str]:
    key = (id(cues), "listed")
    if key not in _MEMO:
        _MEMO[key] = cues.titles | cues.roles | cues.offices | INSTITUTIONS | DOCUMENTS | OUTLET_WORDS | cues.say
    return _MEMO[key]  # type: ignore[return-value]


def _common(t: Token, cues: Cues) -> bool:
    """A capitalised word the language's dictionary or the cue lists know as a common noun (not an acronym)."""
    from ..lemmas import shared_lemmas

    if not t.is_name or t.surface.isupper() or not t.norm.replace("-", "").isalpha():
        return False
    return t.norm in _listed(cues) or shared_lemmas().known(t.surface, "de") or shared_lemmas().known(t.norm, "de")


def _unnamed_nouns(toks: tuple[Token, ...], text: str, cues: Cues) -> tuple[Token, ...]:
    """A common noun is no name, unless it stands in a run of capitalised words no list knows and no article opens
    ("Helga Sommer", "Vorstandschef Thomas Berninger"; not "die Lage", "der Deutschen Presse-Agentur")."""
    joined = [i > 0 and not _BREAK.search(text[toks[i - 1].end:toks[i].start]) for i in range(len(toks))]
    plain = [t.is_name and not t.stop and t.norm not in _listed(cues) for t in toks]
    named = [False] * len(toks)
    for i in range(len(toks) - 1):
        opens = i == 0 or toks[i - 1].norm not in cues.det or named[i - 1]
        if plain[i] and plain[i + 1] and joined[i + 1] and opens:
            named[i] = named[i + 1] = True
    return tuple(replace(t, is_name=False) if _common(t, cues) and not named[i] and not _bare_speaker(toks, i, cues)
                 else t for i, t in enumerate(toks))


def _bare_speaker(toks: tuple[Token, ...], i: int, cues: Cues) -> bool:
    """A capitalised word with no article right after a verb of saying or "laut", or before one opening the
    sentence: a surname the dictionary knows as a word ("sagte Müller", "laut Fischer", "Müller sagte")."""
    before = toks[i - 1] if i > 0 else None
    after = toks[i + 1] if i + 1 < len(toks) else None
    if toks[i].norm in _listed(cues) or toks[i].norm.endswith(("en", "ung")):
        return False  # "sagten Analysten", "laut Polizei", "laut Schätzungen"
    if before is not None and (before.lemma in cues.say or before.norm in _SOURCING_WORDS) and before.surface.islower():
        return True
    return i == 0 and after is not None and after.lemma in cues.say


_SOURCING_WORDS = frozenset({"laut", "so", "gemäß"})


def _separable(toks: tuple[Token, ...], text: str, cues: Cues) -> tuple[Token, ...]:
    """A verb whose particle is the last word of its clause reads as the whole verb ("teilte … mit")."""
    out = list(toks)
    for k, t in enumerate(toks):
        particles = cues.particles.get(t.lemma, ()) if t.surface.islower() else ()
        j = _clause_end(toks, text, k) if particles else k
        if j > k + 1 and toks[j - 1].norm in particles:
            whole = toks[j - 1].norm + t.lemma
            out[k] = replace(t, lemma=whole)
    return tuple(out)


def _clause_end(toks: tuple[Token, ...], text: str, k: int) -> int:
    """The index after the last token of the clause token ``k`` stands in (up to punctuation)."""
    j = k + 1
    while j < len(toks) and not _BREAK.search(text[toks[j - 1].end:toks[j].start]):
        j += 1
    return j


# lower-case words that go on a German noun phrase after its noun ("ein Sprecher des Ministeriums", "Jana Kröger von
# der DZ Bank", "Fenster und Türen"): any other is its clause's verb ("Nach Angaben der Feuerwehr | brach das Feuer")
_NP_GOES_ON = frozenset("des der von vom für aus und zwischen gegen über".split())


def german_phrase_ends(toks: tuple[Token, ...], j: int, e: int, name_before: bool, cues: Cues) -> bool:
    """A German speaker's phrase read from token ``j`` ends before token ``e``: at a verb after its noun, at "dem"
    (whom it was said to: "sagte Müller dem Spiegel"), at "der" after a name ("sagte Brenner der dpa"), at a count
    of something after a list word ("laut Gewerkschaften | 250.000 Menschen")."""
    t, before = toks[e], toks[e - 1]
    if t.norm in ("dem", "den") or (t.norm == "der" and name_before) or (e > j and time_phrase_end(toks, e) > e):
        return True  # (and at a time: "sagte er | Ende Mai")
    if e > j and t.is_number and (before.norm in _listed(cues) or before.surface.endswith("n")) \
            and (e + 1 == len(toks) or toks[e + 1].surface[:1].isupper() and not toks[e + 1].is_number):
        return True  # (a plural's dative, "laut Veranstaltern | 80.000"; not "Artikel 5", "Airbus A320")
    return e > j and t.surface.islower() and before.surface[:1].isupper() and t.norm not in _NP_GOES_ON \
        and not t.is_number


_AUXILIARIES = frozenset("hat haben hatte hatten habe hätte ist sind war waren sei seien wird werden wurde wurden".split())


def auxiliary_before(toks: tuple[Token, ...], text: str, k: int, openers: frozenset[str]) -> int | None:
    """The auxiliary of a verb that closes its clause ("Die Staatsanwaltschaft hatte sechs Jahre Haft gefordert"):
    its subject stands before the auxiliary, not before the verb. None where the clause opens on the auxiliary or
    on words that put the subject after it ("Das hat die Polizei mitgeteilt")."""
    start = k
    while start > 0 and not _BREAK.search(text[toks[start - 1].end:toks[start].start]):
        start -= 1
    aux = next((m for m in range(k - 2, start, -1) if toks[m].norm in _AUXILIARIES), None)
    if aux is None or all(t.norm in openers for t in toks[start:aux]):
        return None
    return aux


_TIME_NOUNS = frozenset({"anfang", "ende", "mitte"})  # "Anfang der Woche", "Ende Mai", "Mitte März"
_TIME_UNITS = frozenset("woche monats monat jahres jahr wochenendes wochenende quartals saison".split())
_MONTHS = frozenset("januar jänner februar märz april mai juni juli august september oktober november dezember".split())
_TIME_ARTICLES = frozenset("der des dieser diesen vergangener vergangenen letzter letzten kommender kommenden "
                           "nächster nächsten".split())


def time_phrase_end(toks: tuple[Token, ...], i: int) -> int:
    """The index after a time phrase opening at token ``i`` ("Anfang der Woche", "Ende Mai 2024", "Mitte des
    Jahres"), or ``i`` where none opens there."""
    if i + 1 >= len(toks) or toks[i].norm not in _TIME_NOUNS:
        return i
    j = i + 1
    if toks[j].norm in _TIME_ARTICLES and j + 1 < len(toks) and toks[j + 1].norm in _TIME_UNITS | _MONTHS:
        j += 1
    if toks[j].norm not in _TIME_UNITS | _MONTHS:
        return i
    return j + 2 if j + 1 < len(toks) and toks[j + 1].is_number and toks[j + 1].norm.isdigit() else j + 1


# prepositions a German clause may open on: the phrase they open stands before the verb, its subject after it
_PREPOSITIONS = frozenset("""nach vor in im am an auf bei beim mit seit wegen trotz während zu zum zur für gegen über
    unter aus von vom durch ohne um hinter neben angesichts""".split())


_BOUNDS = frozenset({"über", "unter"})  # before a number: "more than", "fewer than"


def fronted_subject(toks: tuple[Token, ...], text: str, a: int, cues: Cues) -> int | None:
    """The first token of the subject after the finite verb at ``a`` when its clause opens on a preposition's
    phrase or a time ("Nach dem Brand hatte die Feuerwehr … gewarnt", "Ende Mai sagte die Ministerin"): a German
    clause puts one phrase before its verb, so that phrase is no subject. None otherwise."""
    start = a
    while start > 0 and not _BREAK.search(text[toks[start - 1].end:toks[start].start]):
        start -= 1
    if a - start < 2 or not (toks[start].norm in _PREPOSITIONS or time_phrase_end(toks, start) == a) \
            or (toks[start].norm in _BOUNDS and toks[start + 1].is_number):
        return None  # "Über 100 Beschäftigte sagten": "more than", the subject itself
    j = a + 1
    while j < len(toks) and toks[j].norm in cues.verb_group and toks[j].norm not in cues.det:
        j += 1  # "hatte auch die Feuerwehr", "sagte am Montag der Minister"
    opens = j < len(toks) and (toks[j].norm in cues.det or toks[j].norm in cues.pronouns or toks[j].is_name
                               or toks[j].norm in cues.titles)
    return j if opens and not _BREAK.search(text[toks[a].end:toks[j].start]) else None


_IN_A_PHRASE = _NP_GOES_ON | frozenset("im in bei beim am an auf".split())  # "ein Sprecher im Ministerium"


def holds_a_verb(toks: tuple[Token, ...], span: tuple[int, int], cues: Cues) -> bool:
    """The words of ``span`` are a clause, not a phrase: a word in lower case after a noun that no phrase goes on
    with ("Der Brand brach in einer Scheune aus", "Die Polizei brach die Tür auf")."""
    return any(toks[m].surface.islower() and toks[m - 1].surface[:1].isupper() and not toks[m].is_number
               and toks[m].norm not in _IN_A_PHRASE and toks[m].norm not in cues.det for m in range(span[0] + 1, span[1]))
