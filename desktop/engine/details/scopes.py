"""Where a figure counts: two figures that count in two places are two facts, not one said otherwise. A QA helper's
recall reports had "Norvane is recalling 127,000 electric cars worldwide" against "Norvane ruft in Europa rund 84.000
Elektroautos zurück", and "About 84,000 of the vehicles were sold in Europe" against "In Italia le auto coinvolte sono
circa 6.500", each marked ⚠ as a figure the other report gives otherwise, though the reports agree on every figure.

A figure's scope is the places said where it is counted, within a few words of it: a place after a preposition of
place ("in Europe", "en Italie", "in tutto il mondo", "em Portugal"), or a word that is a scope on its own
("worldwide", "weltweit", "nationwide"). Places are the world, the regions and countries CLDR names in each language
(Babel), and the cities of its time zones. Two figures whose scopes are both said and share no place are counted
apart. A figure with no place said is compared as before: "recalling 127,000 cars" may be the same count as "84,000
cars in Europe" said wrongly, and a report that gives no place is not read as giving another.
"""
from __future__ import annotations

import functools

from ..features import strip_accents, token_number
from ..world_names import phrase_keys, token_date, word_key
from .member import Member

Pointer = tuple[int, int, int]  # (source, start, end) of a conflict's counterpart

_REACH = 8  # words between a figure and the place it is counted in ("About 84,000 of them were sold in Europe")
_AFTER_PREPOSITION = 3  # words from the preposition to the place ("in tutto il mondo", "across the whole of Europe")
_PREPOSITIONS = frozenset("""in across throughout within around en dans au aux travers im nel nella nei negli nelle
    em no na nos nas""".split())  # (not "of", "de", "do": "the world's largest", "o maior do mundo")
_SCOPE_WORDS = {w: key for words, key in (
    ("worldwide globally weltweit mondialement mundialmente mondialmente", "region:001"),
    ("europewide europaweit", "region:150"),
    ("nationwide countrywide landesweit bundesweit", "nation"),
) for w in words.split()}
_LIKE_EUROPE = {"place:EU": "region:150", "place:EZ": "region:150"}  # the EU, the eurozone: read as Europe


def drop_scoped_apart(members: list[Member], flags: list[list[bool]],
                      conflicts: list[dict[int, list[Pointer]]]) -> None:
    """Each figure's conflicts without the counterparts it is counted apart from (``scopes_apart``); a figure left
    with none is no conflict but what only its version gives, and so is the place it is counted in where the other
    version does not say it ("worldwide", "in Europa")."""
    for n, (m, found) in enumerate(zip(members, conflicts)):
        for k in [k for k in found if _figure(m, k)]:
            sides = [(p, _apart_from(m, k, members, p)) for p in found[k]]
            found[k] = [p for p, o in sides if o is None]
            for o in (o for _, o in sides if o is not None):
                said = {key for _, key in _places(o)}
                for x, key in _places(m):
                    if abs(x - k) <= _REACH and key not in said:
                        flags[n][x] = True
            if not found[k]:
                del found[k]


def _apart_from(member: Member, k: int, members: list[Member], pointer: Pointer) -> Member | None:
    """The version whose figure ``pointer`` points at, when it is counted in other places than the figure at token
    ``k``; else None."""
    source, start, _ = pointer
    for o in members:
        if o.ref[0] == source and o.start <= start < o.start + len(o.text):
            j = next((x for x, t in enumerate(o.feats.tokens) if o.start + t.start <= start < o.start + t.end), None)
            return o if j is not None and _figure(o, j) and scopes_apart(member, k, o, j) else None
    return None


def _figure(member: Member, k: int) -> bool:
    """Token ``k`` is a number, not a date."""
    toks = member.feats.tokens
    return token_number(toks, k, member.lang) is not None and token_date(toks, k, member.lang) is None


def scopes_apart(member: Member, k: int, other: Member, j: int) -> bool:
    """The figure at token ``k`` and the other's at ``j`` are counted in places both say and none of which is the
    other's: "worldwide" / "in Europa", "in Europe" / "In Italia"."""
    mine, theirs = scope_at(member, k), scope_at(other, j)
    return bool(mine) and bool(theirs) and not mine & theirs


def scope_at(member: Member, k: int) -> frozenset[str]:
    """The places said within a few words of token ``k`` where a figure there is counted."""
    return frozenset(key for x, key in _places(member) if abs(x - k) <= _REACH)


def _places(member: Member) -> list[tuple[int, str]]:
    """``_scopes`` of the member, read once."""
    return member.memo("scopes", lambda: _scopes(member))


def _scopes(member: Member) -> list[tuple[int, str]]:
    """(token, place key) of every place the sentence says something is counted in."""
    toks, lang = member.feats.tokens, member.lang
    phrases = phrase_keys(toks, lang)
    regions = _regions(lang)
    out = []
    for k, t in enumerate(toks):
        fold = strip_accents(t.norm)
        if fold in _SCOPE_WORDS:
            out.append((k, _SCOPE_WORDS[fold]))
            continue
        if not any(strip_accents(p.norm) in _PREPOSITIONS for p in toks[max(0, k - _AFTER_PREPOSITION):k]):
            continue
        keys = {*phrases[k], word_key(fold, lang, t.is_name) or "", regions.get(fold, "")}
        out.extend((k, _LIKE_EUROPE.get(key, key)) for key in keys if key.startswith(("place:", "city:", "region:")))
    return out


@functools.lru_cache(maxsize=16)
def _regions(lang: str) -> dict[str, str]:
    """{folded name: "region:<code>"} of the world and its regions in the language ("europa": "region:150", "mondo":
    "region:001"), names of one word; empty where Babel has no data for it."""
    try:
        from babel import Locale, UnknownLocaleError

        territories = Locale.parse(lang).territories
    except (ImportError, ValueError, UnknownLocaleError):
        return {}
    out = {}
    for code, name in territories.items():
        words = name.split()
        if code.isdigit() and len(words) == 1:
            out[strip_accents(name.lower())] = f"region:{code}"
    return out
