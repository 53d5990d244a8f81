"""A public body its report names, then calls by what it is: read as that body before versions are compared.

A German report writes "Das Kraftfahrt-Bundesamt (KBA) hatte Norvane gewarnt" and then "Nach Angaben der Flensburger
Behörde …"; a Portuguese one "um aviso da Autoridade Federal de Transportes Motorizados da Alemanha (KBA)" and then
"Segundo o regulador"; an English one "The KBA said". Compared as phrases, they were three sources of one claim. A
speaker's phrase that is a definite article, a public body's noun and at most two adjectives ("die Behörde", "the
German regulator", "l'autorità tedesca", "o regulador") stands for the one body its report named before with an
acronym in brackets after a body's noun ("Federal Motor Transport Authority (KBA)"): it is read as that acronym. A
report naming two such bodies before leaves the description unread (either may be meant).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..features import strip_accents
from ..model import Attribution, Comparison


_REACH = 5000  # characters before the description where the body it takes up is read (some 30 sentences)
_NAME_WORDS = 8  # words before an acronym in brackets where its body's noun is read ("Autoridade Federal de
#                  Transportes Motorizados da Alemanha (KBA)")
_WORDS = re.compile(r"[\w-]+", re.U)
_ACRONYM = re.compile(r"\(([A-ZÄÖÜ]{2,6})\)")
_ARTICLES = frozenset("the le la l el il lo o a der die das dem den des".split())
# a public body's nouns, lower case and unaccented (EN, FR, ES, IT, PT, DE)
_BODY_NOUNS = frozenset("""regulator watchdog authority agency commission office bureau administration ministry
    regulateur gendarme autorite agence organisme ministere regulador autoridad agencia comision organismo oficina
    ministerio administracion ente regolatore autorita agenzia commissione ufficio ministero amministrazione
    autoridade agencia comissao entidade instituto gabinete behorde amt aufsicht regulierer agentur kommission
    ministerium""".split())
_GERMAN_HEADS = ("behorde", "amt", "aufsicht", "agentur", "ministerium")  # "Kraftfahrt-Bundesamt", "Finanzaufsicht"
_DEMONYM_ENDINGS = ("an", "ese", "ish", "er")  # "the German regulator", "der Flensburger Behörde"


def body_described(comp: Comparison, a: Attribution) -> Attribution | None:
    """``a`` read as the body its report named before, when ``a`` describes a public body ("der Flensburger
    Behörde" after "Das Kraftfahrt-Bundesamt (KBA)"): ``a`` with ``refers_to`` the body's acronym; else None."""
    if a.kind != "organisation" or a.refers_to:
        return None
    text = comp.documents[a.source].text
    if not _description(text[a.start:a.end]):
        return None
    named = _bodies_named(text[max(0, a.start - _REACH):a.start])
    return replace(a, refers_to=next(iter(named))) if len(named) == 1 else None


def _description(phrase: str) -> bool:
    """A definite article, a public body's noun and at most two adjectives, in lower case but for a nationality or
    a German adjective of place ("the regulator", "die Behörde", "der Flensburger Behörde", "la autoridad alemana");
    not a body's own name ("the Data Protection Commission")."""
    words = _WORDS.findall(phrase.replace("’", "'").replace("'", " "))
    if not 2 <= len(words) <= 4 or strip_accents(words[0].lower()) not in _ARTICLES:
        return False
    nouns = [w for w in words[1:] if _body_noun(w)]
    others = [w for w in words[1:] if w not in nouns]
    return len(nouns) == 1 and all(w.islower() or (w[:1].isupper() and w[1:].islower()
                                                    and w.lower().endswith(_DEMONYM_ENDINGS)) for w in others)


def _body_noun(word: str) -> bool:
    folded = strip_accents(word.lower())
    return folded in _BODY_NOUNS or (word[:1].isupper() and len(folded) >= 6 and folded.endswith(_GERMAN_HEADS))


def _bodies_named(before: str) -> set[str]:
    """The acronyms written in brackets after a public body's name in ``before`` ("Kraftfahrt-Bundesamt (KBA)")."""
    found = set()
    for m in _ACRONYM.finditer(before):
        name = _WORDS.findall(before[max(0, m.start() - 120):m.start()])[-_NAME_WORDS:]
        if any(_body_noun(w) for w in name):
            found.add(m.group(1))
    return found
