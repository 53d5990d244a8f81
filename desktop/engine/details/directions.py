"""A move told the other way: one version has a figure rise, another has it fall ("The crown fell 0.6% against the
euro" / "La corona si è rafforzata dello 0,6% sull'euro", "a reculé" / "subió", "cut rates" / "raised rates"). The
sentence model reads the two as one statement (0.95) and nothing else marks them: in one language "fell" / "rose"
were two words of wording, across languages nothing at all.

Each version's words of rising and of falling are read (``_MOVES``: forms and lemmas, in English, French, Spanish,
Italian, German and Portuguese), negated ones aside ("did not fall"). Two versions that each tell one move, each
the other one, of one thing (the words naming what moved, before each move, alike: ``_one_thing_moved``), each with
a figure after it by how much or to what, or neither with one (``_one_measure``), conflict. A version that tells
both ("shares fell after the bank raised rates") tells no one move.
"""
from __future__ import annotations

from ..features import token_number
from ..meanings import WordMatches, meaning_key
from .conflicts import mark_opposites
from .member import Member, member_negations

UP, DOWN = "up", "down"
_MOVES = {  # language: (words of rising, words of falling), forms and lemmas
    "en": ("""rise rises rose risen rising climb climbs climbed gain gains gained increase increases increased jump
           jumps jumped surge surges surged soar soars soared strengthen strengthens strengthened advance advances
           advanced raise raises raised hike hikes hiked rebound rebounded accelerate accelerated""",
           """fall falls fell fallen falling drop drops dropped decline declines declined decrease decreases
           decreased slide slides slid slump slumps slumped plunge plunges plunged weaken weakens weakened tumble
           tumbles tumbled axe axes axed lower lowers lowered reduce reduces reduced sink sinks sank shrink shrinks shrank cut cuts
           trim trimmed slash slashed slow slows slowed ease eases eased slip slips slipped dip dips dipped"""),
    "fr": ("""hausse augmenter augmente augmenté augmentée progresser progresse progressé grimper grimpe grimpé bondir
           bondi monter monte monté relever relève relevé apprécier apprécié renforcer renforcé renforcée accélérer accéléré""",
           """baisse baisser baissé baissée reculer recule reculé recul chuter chute chuté diminuer diminue diminué
           abaisser abaissé réduire réduit affaiblir affaibli affaiblie faiblir faiblit déprécier déprécié replier replié ralentir ralenti ralentit
           retomber retombe retombé retombée refluer reflue reflué fléchir fléchi fléchit"""),
    "es": ("""subir subió sube suben subieron alza aumentar aumentó aumenta aumento avanzar avanzó avanza apreciar
           apreció repuntar repuntó elevar elevó eleva acelerar aceleró""",
           """bajar bajó bajaron caer cayó cae cayeron caída descender descendió desciende retroceder retrocedió
           retrocede reducir redujo recortar recortó recorta recorte depreciar depreció debilitar debilitó moderar moderó desacelerar desaceleró"""),
    "it": ("""salire salito salita sale rialzo aumentato aumentata rafforzare rafforzata rafforzato rafforza
           guadagnare guadagna guadagnato crescere cresciuto cresce alzare alzato accelerare accelerato""",
           """scendere sceso scesa scende calo calare calato cala ribasso diminuire diminuito diminuisce indebolire
           indebolita indebolito ridurre ridotto riduce tagliare tagliato taglio rallentare rallentato rallenta"""),
    "de": ("""steigen stieg gestiegen steigt erhöhen erhöht erhöhte angehoben anheben anstieg beschleunigt""",
           """fallen fiel gefallen fällt sinken sank gesunken sinkt senken senkte gesenkt rückgang verlangsamt abgeschwächt"""),
    "pt": ("""subir subiu sobe aumentar aumentou valorizar valorizou elevar elevou acelerou""",
           """cair caiu cai queda baixar baixou recuar recuou desvalorizar desvalorizou reduzir reduziu desacelerou abrandou"""),
}
_WORDS = {lang: {UP: frozenset(up.split()), DOWN: frozenset(down.split())} for lang, (up, down) in _MOVES.items()}
REACH = 4  # tokens before a move (after a noun of moving) where what moved is named


def add_direction_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict],
                            meanings: WordMatches | None) -> None:
    """Mark each version's move against another version's opposite move of what both name (both ways)."""
    mark_opposites(members, flags, conflicts, move_of, lambda m, mine, o, theirs: _one_measure(m, mine, o, theirs)
                   and _one_thing_moved(m, mine[1], o, theirs[1], meanings))


def move_of(member: Member) -> tuple[str, list[int]] | None:
    """(``UP`` or ``DOWN``, its tokens) where the member tells one move only, none negated; else None."""
    return member.memo("move", lambda: _read(member))


def moves(member: Member, k: int) -> bool:
    """Token ``k`` is a word of rising or of falling in the member's language."""
    return bool(_ways(member.feats.tokens[k], member.lang))


def way_of(tok, lang: str) -> str | None:
    """``UP`` or ``DOWN`` where the token is a word of rising or of falling in ``lang`` (and not of both)."""
    said = _ways(tok, lang)
    return said[0] if len(said) == 1 else None


def _ways(tok, lang: str) -> list[str]:
    """The ways (``UP``, ``DOWN``) the token is a word of, by its form or its lemma."""
    return [way for way, words in _WORDS.get(lang, {}).items() if tok.norm in words or tok.lemma in words]


def _read(member: Member) -> tuple[str, list[int]] | None:
    negated = set(member_negations(member).values())
    found: dict[str, list[int]] = {}
    for k, tok in enumerate(member.feats.tokens):
        said = _ways(tok, member.lang)
        if said and k in negated:
            return None  # "did not fall": no move told
        if len(said) == 1:
            found.setdefault(said[0], []).append(k)
    return next(iter(found.items())) if len(found) == 1 else None


def _one_measure(m: Member, mine: tuple[str, list[int]], o: Member, theirs: tuple[str, list[int]]) -> bool:
    """Both moves have a figure after them (within ``FIGURE``), both by how much ("fell 0.6%", "si è rafforzata
    dello 0,6%") or both to what ("rose to 2.7%", "scesa al 2,7%"), or neither has ("cut rates" / "a relevé ses
    taux"): "Consumer prices rose 2.7%" in the year and "L'inflazione è scesa al 2,7%" are two measures, both right,
    and "cut 2,400 jobs" / "shares jump" two things that moved."""
    ends = [_figure_after(x, ks[-1]) for x, (_, ks) in ((m, mine), (o, theirs))]
    return ends[0] == ends[1]


def _figure_after(member: Member, k: int) -> bool | None:
    """Whether the first figure within ``FIGURE`` after token ``k`` is what something moved to ("to 2.7%", "à 2,7 %",
    "al 2,7%", "auf 2,7"), None where there is none."""
    toks = member.feats.tokens
    for j in range(k + 1, min(len(toks), k + 1 + FIGURE)):
        if toks[j].is_number or (token_number(toks, j, member.lang) is not None and toks[j].norm not in _ONE):
            return j > 0 and toks[j - 1].norm in TO
    return None


def move_figures_apart(member: Member, a: list[int], other: Member, b: list[int]) -> bool:
    """The first figures of ``a`` and ``b`` each follow a move (within ``FIGURE``), one what it moved by and the other
    what it moved to ("cut its rate by 25 basis points" / "cut its rate to 3.25%", "senkt den Leitzins auf 3,25
    Prozent"): the step and the new level, two facts that may both be right, no figure said differently."""
    ways = [_moved_by_or_to(m, ks) for m, ks in ((member, a), (other, b))]
    return None not in ways and ways[0] != ways[1]


def _moved_by_or_to(member: Member, ks: list[int]) -> str | None:
    """"to" or "by" for the first figure of ``ks`` where a move stands within ``FIGURE`` tokens before it, else None."""
    toks = member.feats.tokens
    k = next((k for k in ks if toks[k].is_number or token_number(toks, k, member.lang) is not None), None)
    if k is None or not any(moves(member, j) for j in range(max(0, k - FIGURE), k)):
        return None
    return "to" if k > 0 and toks[k - 1].norm in TO else "by"


def of_what_moved(member: Member, k: int, other: Member, js: list[int], meanings: WordMatches | None) -> list[int]:
    """Of the other version's figures ``js``, those of a move of what moved before the figure at token ``k`` ("The crown
    slipped 0.6%" / "la couronne … a reculé de 0,4 %, tandis que l'indice … en hausse de 1,2 %": 0,4 %), where some
    are; all of them where none is, or ``k`` follows no move."""
    mine = _move_before(member, k)
    if mine is None:
        return js
    same = [j for j in js if (theirs := _move_before(other, j)) is not None
            and _one_thing_moved(member, [mine], other, [theirs], meanings)]
    return same or js


def _move_before(member: Member, k: int) -> int | None:
    """The token of the nearest word of rising or falling within ``FIGURE`` tokens before token ``k``, or None."""
    return next((j for j in range(k - 1, max(-1, k - 1 - FIGURE), -1) if moves(member, j)), None)


_ONE = frozenset("a an one un une uno una um uma ein eine".split())  # an article, not a figure ("d'un quart")
FIGURE = 6  # tokens after a move where its figure stands ("cut its key rate by a quarter point")
TO = frozenset("to à au aux al a a la alla allo auf para ao à".split())  # before a figure moved to


def _one_thing_moved(member: Member, ks: list[int], other: Member, theirs: list[int], meanings: WordMatches | None) -> bool:
    """What moved is one thing: a content word of the few naming it before the member's move ("The crown fell") is a
    word of those before the other's move ("La corona si è rafforzata"), the same lemma or read alike by the word
    table; after a move said by a noun ("la hausse des prix"), the words after it. "The crown fell … against the
    euro" / "The euro rose … against the crown", "Kessala fell to rebel forces" / "Rebel forces advanced" tell of two
    things moving."""
    mine, their_words = _what_moved(member, ks), _what_moved(other, theirs)
    return any(w in their_words or (meanings is not None and meanings.matches(w) & their_words) for w in mine)


def _what_moved(member: Member, ks: list[int]) -> set[str]:
    """The words (meaning keys) naming what moved, before each move (after a noun of moving)."""
    toks, out = member.feats.tokens, set()
    for k in ks:
        before = [j for j in range(max(0, k - REACH), k) if not toks[j].stop and not toks[j].is_number][-_WHAT:]
        after = [j for j in range(k + 1, min(len(toks), k + REACH)) if not toks[j].stop and not toks[j].is_number]
        named = before + (after[:_WHAT] if toks[k].norm in _NOUNS else [])
        out |= {key for j in named if (key := meaning_key(toks[j])) is not None} | {toks[j].lemma for j in named}
    return out


_WHAT = 2  # content words naming what moved
_NOUNS = frozenset("""hausse baisse recul chute alza aumento caída recorte rialzo ribasso calo aumento taglio anstieg
    rückgang alta queda""".split())  # moves said by a noun, as written (English "fell" is a "fall" by its lemma)
