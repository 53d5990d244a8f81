"""A country said otherwise: "La France a proposé l'envoi d'une équipe de sauveteurs" / "Spain offered to send a team
of rescuers". Within one language the word diff sets "France" against "Spain" where the two sentences put them in one
place; across languages nothing did: the phrase "La France a proposé" reads as "Spain offered" (the sentence model
weighs a country's name lightly), and each name was covered by the other's phrase, so the claim read as one fact
carried by both. A country one version names and the other does not, against the one country the other names and the
first does not, both in phrases that match each other's, is a conflict both ways ("France" / "Spain", "French" /
"español"); a city names no country here ("in France" / "in Lyon": a place said more or less precisely). Names
CLDR lacks ("Turkey", "Britain") are read by the sentence model (``country_names``).
"""
from __future__ import annotations

from ..meanings import WordMatches, meaning_key
from ..world_names import country_of
from .member import Member


def countries_by_token(member: Member) -> dict[int, str]:
    """The country each token names, by its name or its people's adjective ("France", "French": FR), read once."""
    return member.memo("countries by token", lambda: _read(member))


def _read(member: Member) -> dict[int, str]:
    return {k: c for k, t in enumerate(member.feats.tokens) if (c := country_of(t, member.lang)) is not None}


def add_country_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict],
                          meanings: WordMatches | None) -> None:
    """For each two versions in two languages, the one country each names that the other does not, when each has
    exactly one and the phrases the two are in match each other's (``flags``: not flagged): a conflict both ways."""
    for n, m in enumerate(members):
        for o_n, o in enumerate(members):
            if o_n <= n or o.ref[0] == m.ref[0] or o.lang == m.lang:
                continue  # (in one language the word diff sets them against each other where it pairs them)
            mine, theirs = _own_country(m, o, meanings), _own_country(o, m, meanings)
            if mine is None or theirs is None or flags[n][mine] or flags[o_n][theirs]:
                continue  # each in a phrase the other's matches: "La France a proposé" / "Spain offered" (not
                #           "The quake, felt in Greece, …", a phrase the other version does not say)
            for (x, k), (y, j) in (((n, mine), (o_n, theirs)), ((o_n, theirs), (n, mine))):
                if not conflicts[x].get(k):  # (a figure's conflict the token is part of stays)
                    tok = members[y].feats.tokens[j]
                    conflicts[x].setdefault(k, []).append(
                        (members[y].ref[0], members[y].start + tok.start, members[y].start + tok.end))
                    flags[x][k] = True


def _own_country(member: Member, other: Member, meanings: WordMatches | None) -> int | None:
    """The token of the one country ``member`` names that ``other`` does not name, by a table's name or by one the
    word table reads as it ("Turkey" / "Turquie": ``country_names``); None for none or several."""
    theirs, words = set(countries_by_token(other).values()), other.words()
    toks = member.feats.tokens
    own = {k: c for k, c in countries_by_token(member).items() if c not in theirs
           and not (meanings is not None and (key := meaning_key(toks[k])) is not None
                    and any((min(key, w), max(key, w)) in meanings.vouched for w in words))}
    return next(iter(own)) if len(set(own.values())) == 1 and len(own) == 1 else None
