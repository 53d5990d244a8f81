"""A country or a city said otherwise: "La France a proposé l'envoi d'une équipe de sauveteurs" / "Spain offered to
send a team of rescuers", "L'avion venait de Lisbonne" / "had come from Madrid". Within one language the word diff
sets "France" against "Spain" where the two sentences put them in one place; across languages nothing did: the phrase
"La France a proposé" reads as "Spain offered" (the sentence model weighs a country's name lightly), and each name was
covered by the other's phrase, so the claim read as one fact carried by both. A country one version names and the
other does not, against the one country the other names and the first does not, both in phrases that match each
other's and playing one part at about one place in their sentences (the subject, a people's adjective, where it
happens, where it comes from), is a conflict both ways ("France" / "Spain", "español" / "French"); so is a city
against a city. A country against a city is none ("in France" / "in Lyon": a place said more or less precisely), nor
are two countries in two parts ("interpellé en République tchèque" / "a tip-off from Spanish cops"). Names CLDR lacks
("Turkey", "Britain") are read by the sentence model (``country_names``).
"""
from __future__ import annotations

from ..attribution.sentence import dateline_end
from ..features import strip_accents
from ..meanings import WordMatches, meaning_key
from ..world_names import country_of, word_key
from .member import Member


def places_by_token(member: Member, kind: str) -> dict[int, str]:
    """The country (``kind`` "country": by its name or its people's adjective, "France", "French": FR) or the city
    (``kind`` "city": "Lisbonne", "Lisbon": its time zone's key) each token names, read once."""
    return member.memo(f"{kind} by token", lambda: _read(member, kind))


def _read(member: Member, kind: str) -> dict[int, str]:
    """Past a wire's dateline ("PARIS (AFP) —", "MADRID (EFE) —": where the report was filed, no place it states),
    not names that are as often others ("Georgia" a US state, "Jordan" a first name), nor a people's adjective of
    a language spoken in several countries ("English", "Portuguese", "Kurdish")."""
    toks, out = member.feats.tokens, {}
    filed = dateline_end(member.text)
    for k, t in enumerate(toks):
        if t.start < filed or strip_accents(t.norm) in _AMBIGUOUS:
            continue
        key = word_key(strip_accents(t.norm), member.lang, t.is_name) or ""
        if kind == "city" and key.startswith("city:"):
            out[k] = key
        elif kind == "country" and not (key.startswith("lang:") and key[5:] in _SHARED_LANGUAGES) \
                and (c := country_of(t, member.lang)) is not None:
            out[k] = c
    return out


_AMBIGUOUS = frozenset("""georgia jordan chad jersey granada guinea niger victoria""".split())  # states, first names
_SHARED_LANGUAGES = frozenset("""en pt ar ku ca eu gl cy gd br co oc fy se""".split())  # CLDR's likeliest territory
#   is no people's own: English US, Portuguese BR, Kurdish TR, Catalan ES


def add_country_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict],
                          meanings: WordMatches | None) -> None:
    """For each two versions in two languages, the one country each names that the other does not, when each has
    exactly one and the phrases the two are in match each other's (``flags``: not flagged): a conflict both ways."""
    for n, m in enumerate(members):
        for o_n, o in enumerate(members):
            if o_n <= n or o.ref[0] == m.ref[0] or o.lang == m.lang:
                continue  # (in one language the word diff sets them against each other where it pairs them)
            for kind in ("country", "city"):
                mine, theirs = _own_place(m, o, meanings, kind), _own_place(o, m, meanings, kind)
                if mine is None or theirs is None or flags[n][mine] or flags[o_n][theirs] \
                        or not _same_role(m, mine, o, theirs):
                    continue  # each in a phrase the other's matches: "La France a proposé" / "Spain offered" (not
                    #           "The quake, felt in Greece, …", a phrase the other version does not say)
                _mark(members, flags, conflicts, (n, mine), (o_n, theirs))


def _mark(members: list[Member], flags: list[list[bool]], conflicts: list[dict], a: tuple[int, int],
          b: tuple[int, int]) -> None:
    """Each of two places (member, token) a conflict pointing at the other, unless already one."""
    for (x, k), (y, j) in ((a, b), (b, a)):
        if not conflicts[x].get(k):  # (a figure's conflict the token is part of stays)
            tok = members[y].feats.tokens[j]
            conflicts[x].setdefault(k, []).append((members[y].ref[0], members[y].start + tok.start,
                                                   members[y].start + tok.end))
            flags[x][k] = True


def _own_place(member: Member, other: Member, meanings: WordMatches | None, kind: str) -> int | None:
    """The token of the one country (or city) ``member`` names that ``other`` does not name, by a table's name or by
    one the word table reads as it ("Turkey" / "Turquie": ``country_names``); None for none or several."""
    theirs, words = set(places_by_token(other, kind).values()), other.words()
    toks = member.feats.tokens
    own = {k: c for k, c in places_by_token(member, kind).items() if c not in theirs
           and not (meanings is not None and (key := meaning_key(toks[k])) is not None
                    and any(meanings.vouches(key, w) for w in words))}
    return next(iter(own)) if len(set(own.values())) == 1 and len(own) == 1 else None


def _same_role(member: Member, k: int, other: Member, j: int) -> bool:
    """The two countries play one part in their sentences, at about the same place: the subject ("La France a
    proposé" / "Spain offered"), a people's adjective ("Un equipo español" / "A French rescue team"), where something
    happens ("en Turquie" / "in Greece") or where it comes from ("de Lisbonne" / "from Madrid"); not "interpellé en
    République tchèque" / "a tip-off from Spanish cops", nor "a quitté l'Espagne" / "fled to Czechia" (a QA helper's
    extradition reports had each set against the other)."""
    mine, theirs = _role(member, k), _role(other, j)
    if mine is None or mine != theirs:
        return False
    place = [x / max(1, len(m.feats.tokens) - 1) for m, x in ((member, k), (other, j))]
    return abs(place[0] - place[1]) <= _PLACE_APART


def _role(member: Member, k: int) -> str | None:
    """The part the country at token ``k`` plays, read from the word before it (articles aside), or None."""
    toks = member.feats.tokens
    if (word_key(strip_accents(toks[k].norm), member.lang, toks[k].is_name) or "").startswith("lang:"):
        return "adjective"  # "español", "French", "tchèque"
    before = k - 1
    while before >= 0 and toks[before].norm in _ARTICLES:
        before -= 1
    if before < 0:
        return "subject"
    word = toks[before].norm
    return "origin" if word in _FROM else "place" if word in _AT else "destination" if word in _TO else None


_PLACE_APART = 0.3  # of the sentence's length, between where the two countries stand
_ARTICLES = frozenset({"le", "la", "les", "l", "the", "el", "los", "las", "il", "lo", "i", "gli", "der", "die", "das"})
_FROM = frozenset({"from", "de", "d", "du", "des", "desde", "del", "da", "dal", "dalla", "von", "aus"})
_AT = frozenset({"in", "at", "en", "à", "au", "aux", "a", "nel", "nella", "im"})  # where (not "extradited to France" /
#                                                                          "arrêté en Espagne": a review)
_TO = frozenset({"to", "into", "vers", "hacia", "nach", "verso"})
