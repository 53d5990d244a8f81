"""Ordinals: "the second attack" / "the third attack", "la deuxième" / "la troisième" are two facts.

An ordinal in words was a word like any other, and the sentence model reads "second" and "third" as one meaning,
so two versions that number an event differently agreed. An ordinal after a determiner ("the", "its", "la", "sa")
or a verb of ranking ("finished second"; "second" alone is also a unit of time) or written in digits ("2nd", "3e",
"3ème") has the value "ord:N", as a number has its digits: "second" agrees with "2nd", "deuxième" and "segundo", and
conflicts with "third" ("the first half" / "the second half" too; Spanish ranks too: "su noveno día", "la tercera"). A day of a month ("March 21st", "le 1er janvier"), a
fraction ("a third of"), a name ("the Second World War"), a title ("le Premier ministre", "the First Lady") are no
ordinals. Across languages "first" is too often said otherwise ("for the first time" / "pour la première fois",
"d'abord"): details check only the others there (``CROSS_LANGUAGE_FLOOR``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .features import Token

_WORDS = {
    "en": ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
           "twelfth"),
    "fr": ("deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
           "neuvième", "dixième", "onzième", "douzième"),
    "es": ("primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo",
           "undécimo", "duodécimo"),
}
_WORDS["de"] = tuple(f"{w}{end}" for w in ("erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte",
                                             "achte", "neunte", "zehnte") for end in ("", "n", "r", "s", "m"))
_WORDS["it"] = tuple(f"{w}{end}" for w in ("prim", "second", "terz", "quart", "quint", "sest", "settim", "ottav",
                                           "non", "decim") for end in ("o", "a"))
_VALUES = {lang: {w: n for n, w in enumerate(words, 1 if lang != "fr" else 2)} for lang, words in _WORDS.items()}
_VALUES["de"] = {w: n // 5 + 1 for n, w in enumerate(_WORDS["de"])}  # five endings a word
_VALUES["it"] = {w: n // 2 + 1 for n, w in enumerate(_WORDS["it"])}  # "secondo", "seconda"
_VALUES["fr"].update({"second": 2, "seconde": 2, "premier": 1, "première": 1})
_VALUES["es"].update({w[:-1] + "a": n for w, n in list(_VALUES["es"].items())})  # "la novena jornada"
_VALUES["es"].update({"primer": 1, "tercer": 3})  # "el tercer día"
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "this", "le", "la", "l", "les", "sa", "son",
                          "ses", "leur", "ce", "cette", "du", "au", "el", "los", "las", "su", "sus", "este",
                          "esta", "del", "al", "der", "die", "das", "dem", "den", "des", "im", "am", "zum", "zur",
                          "il", "lo", "nel", "nella", "della", "dello", "alla", "sua", "suo"})
_RANKED = frozenset({"finished", "finishes", "placed", "came", "ranked", "ranks", "arrivé", "arrivée", "terminé",
                     "terminée", "classé", "classée", "terminó", "quedó", "llegó", "clasificado", "clasificada"})
#                    "finished second", "arrivé troisième", "quedó tercero"
_SUFFIXES = frozenset({"st", "nd", "rd", "th", "e", "er", "re", "ère", "ème", "eme"})


def ordinal_suffix(tokens: tuple[Token, ...], j: int) -> bool:
    """Token ``j`` is an ordinal's suffix written right after its digits ("nd" of "2nd", "th" of "57th"): its value
    is its digits'."""
    before = tokens[j - 1] if j > 0 else None
    return before is not None and tokens[j].norm in _SUFFIXES and before.end == tokens[j].start \
        and before.norm.isascii() and before.norm.isdigit() and len(before.norm) <= 3


CROSS_LANGUAGE_FLOOR = 2  # the smallest ordinal checked across languages, but before a part of a year:
# "the first half" / "le premier semestre" / "im ersten Halbjahr", "the first quarter" / "el primer trimestre"
PERIODS = frozenset({"half", "semestre", "halbjahr", "quarter", "trimestre", "quartal"})
_IT_NOT_RANKS = frozenset({"guerra", "pilota", "mano", "repubblica", "classe", "linea", "visione", "persona",
                           "media", "elementare", "superiore", "casa", "serie", "lettura"})


def checked_across(tokens: tuple[Token, ...], k: int, value: str) -> bool:
    """An ordinal's value ``value`` at token ``k`` is compared across languages (``CROSS_LANGUAGE_FLOOR``)."""
    return int(value[4:]) >= CROSS_LANGUAGE_FLOOR or (k + 1 < len(tokens) and tokens[k + 1].norm in PERIODS) \
        or tokens[k].norm.partition("-")[2] in PERIODS  # "first-half"


def ordinal_at(tokens: tuple[Token, ...], k: int, lang: str) -> str | None:
    """The value ("ord:3") of token ``k`` when it is an ordinal, else None."""
    tok = tokens[k]
    if tok.is_number and k + 1 < len(tokens) and ordinal_suffix(tokens, k + 1):  # "2nd", "3e": the digits
        return None if _in_a_date(tokens, k, k + 1) else f"ord:{int(tok.norm)}"
    if ordinal_suffix(tokens, k):  # their suffix
        return None if _in_a_date(tokens, k - 1, k) else f"ord:{int(tokens[k - 1].norm)}"
    if lang == "en" and (ranked := _ranked_compound(tok.norm)) is not None:
        return ranked  # "Europe's third-largest airline group", "first-half revenue"
    value = _VALUES.get(lang, {}).get(tok.norm)
    if value is None or k == 0 or (tokens[k - 1].norm not in _DETERMINERS | _RANKED
                                   and not (lang == "en" and tokens[k - 1].norm.endswith(("'s", "s'")))):
        return None  # (a possessive is a determiner: "Wrona's fourth penalty save", "the club's fifth title")
    if lang == "it" and k + 1 < len(tokens) and tokens[k + 1].norm in _IT_NOT_RANKS:
        return None  # "la seconda guerra mondiale", "il secondo pilota", "di seconda mano" (lower case: no name)
    named = tok.surface[:1].isupper() if lang == "de" else k + 1 < len(tokens) and tokens[k + 1].is_name
    if named or (k + 1 < len(tokens) and tokens[k + 1].norm in _NOT_COUNTED):
        return None  # "the Second World War", "der Zweite Weltkrieg" (every German noun is capitalised), "a third
        #              of", "a second after": a name, a fraction, a time
    if value == 1 and k + 1 < len(tokens) and tokens[k + 1].norm in _TITLES:
        return None  # "le Premier ministre", "the First Lady": a title ("the second minister to resign" counts)
    if lang == "es" and ((k + 1 < len(tokens) and tokens[k + 1].norm in _NOT_RANKS)
                         or (tok.norm == "cuarto" and (k + 1 >= len(tokens) or tokens[k + 1].stop))):
        return None  # "la tercera edad"; "en su cuarto el martes" is a room ("el cuarto día" a rank)
    return f"ord:{value}"


def _ranked_compound(word: str) -> str | None:
    """The value of an English ordinal joined to what it ranks ("third-largest", "second-biggest", "first-half",
    "third-quarter"): a rank whatever word stands before it ("Europe's third-largest" / "il terzo gruppo"), else
    None."""
    head, _, tail = word.partition("-")
    value = _VALUES["en"].get(head)
    return f"ord:{value}" if value is not None and tail in _RANKING else None


_RANKING = frozenset("""largest biggest highest lowest best worst busiest richest oldest longest most least
    ranked placed half quarter""".split())  # (not "first-time", "second-hand")


_NOT_COUNTED = frozenset({"of", "after", "before", "later", "earlier", "d", "de", "del"})
_NOT_RANKS = frozenset({"edad", "premiado", "premio"})  # "la tercera edad" (the elderly), "el décimo premiado"
# after "first" / "premier": a title ("le Premier ministre" in a helper's earthquake reports, "the First Lady")
_TITLES = frozenset({"ministre", "minister", "lady", "dame", "secrétaire", "secretary", "adjoint", "adjointe",
                     "ministro", "ministra", "dama", "secretario", "secretaria", "mandatario", "mandataria"})
_MONTHS = frozenset("""january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec janvier février mars avril mai juin juillet août septembre octobre
    novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre""".split())


def _in_a_date(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """The ordinal at tokens ``first``…``last`` is a day of a month ("March 21st", "the 4th of July")."""
    near = tokens[max(0, first - 2):first] + tokens[last + 1:last + 3]
    return any(t.norm in _MONTHS for t in near)


def suffix_tokens(tokens: tuple[Token, ...]) -> dict[int, int]:
    """{suffix token: its digits' token} for each number written with an ordinal's suffix ("st" of "21st"): the
    suffix says what its number says ("March 21st" / "March 21" agree, "21st" / "22nd" conflict on the number)."""
    return {k: k - 1 for k in range(1, len(tokens)) if ordinal_suffix(tokens, k)}
