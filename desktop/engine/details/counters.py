"""Figures credited to who counted them: "police put the crowd at 62,000, while unions claimed 250,000" /
"marcharon 250.000 personas según los sindicatos y 65.000 según la policía". The police's figure is set against the
police's, the unions' against the unions', whatever order each sentence gives them in: a QA helper's strike reports
had 62,000 and 65.000 each a figure only its report gives (paired by their places, 62,000 had met 250.000), and with
the Spanish clauses in the English order the unions marked as attributed differently from "la policía" (who says it
had credited the Spanish sentence's two figures to its one speaker, the police).

A counter is named by a word of its body in six languages (the police, the unions, the organisers, the ministry;
German compounds too: "Polizeiangaben", "Innenministerium", "Gewerkschaften"). It credits the figure just before the
sourcing word it follows ("250.000 personas según los sindicatos", "62 000 selon la police"), or else the next figure
after it with no other counter between ("police put the crowd at 62,000", "selon la police, 62 000 personnes", "nach
Polizeiangaben 30.000 Menschen", "die Gewerkschaften dagegen 1,3 Millionen").
"""
from __future__ import annotations

from .intervals import may_agree
from .magnitudes import figures
from .member import Member

_COUNTERS = {w: key for words, key in (
    ("police polices policía policia polícia polizia polizei gendarmerie", "police"),
    ("union unions syndicat syndicats intersyndicale sindicato sindicatos sindacato sindacati gewerkschaft "
     "gewerkschaften", "unions"),
    ("organiser organisers organizer organizers organisateur organisateurs organizador organizadores "
     "organizzatori organizzatore veranstalter", "organisers"),
    ("ministry ministère ministerio ministero ministério innenministerium", "ministry"),
) for w in words.split()}
_GERMAN_HEADS = (("polizei", "police"), ("gewerkschaft", "unions"), ("ministerium", "ministry"),
                 ("veranstalter", "organisers"))  # "Polizeiangaben", "Innenministerium", "Gewerkschaftsangaben"
# words after which a counter is the source of a figure ("250.000 personas según los sindicatos")
_SOURCING = frozenset("""according selon d'après après según acuerdo laut nach secondo segundo acordo conforme
    zufolge""".split())
_BEFORE_SOURCING = 3  # words between a figure and the sourcing word after it ("250.000 personas según")
_BETWEEN_SOURCING = 2  # words between the sourcing word and the counter ("según la policía", "according to the")
_AFTER_COUNTER = 8  # words from a counter to the figure it gives ("police put the crowd at 62,000")


def counter_of(member: Member, k: int) -> str | None:
    """The counter credited with the figure at token ``k`` ("police", "unions", "organisers", "ministry"), or None."""
    return member.memo("counters", lambda: _credits(member)).get(k)


def counted_apart(member: Member, mine: list[int], other: Member, theirs: list[int]) -> bool:
    """The two figures are credited to two counters ("62,000" of the police / "250.000" of the unions), one of the two
    sentences giving rival counts (a figure of the police and one of the unions): one counter's figure against
    another's alone may be one count said differently ("Police said 38 were arrested" / "40, according to the
    ministry")."""
    a = {c for k in mine if (c := counter_of(member, k))}
    b = {c for j in theirs if (c := counter_of(other, j))}
    return bool(a) and bool(b) and not a & b and (_rivals(member) or _rivals(other))


def _rivals(member: Member) -> bool:
    return len(set(member.memo("counters", lambda: _credits(member)).values())) > 1


def add_counter_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> list[set[int]]:
    """Both ways, each version's one figure of a counter against another source's one figure of that counter that
    cannot be it ("62,000" / "65.000" of the police), in any two languages. Per member, the tokens so marked (the
    detail is cut around them: "62,000", not "put the crowd at 62,000")."""
    from .conflicts import mark_against, points_at, span_of, value_end  # here: conflicts reads counted_apart

    by_counter = [_by_counter(m) for m in members]
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        for o_n, o in enumerate(members):
            if o.ref[0] == m.ref[0]:
                continue
            for counter, k in by_counter[n].items():
                j = by_counter[o_n].get(counter)
                if j is None or points_at(conflicts[n].get(k, ()), o.ref[0]) or may_agree(m, [k], o, [j]) \
                        or _given_otherwise(m, k, o, j) or _given_otherwise(o, j, m, k):
                    continue
                mark_against(flags[n], conflicts[n], range(k, value_end(m, k) + 1), span_of(o, j, value_end(o, j)))
                marked[n].update(range(k, value_end(m, k) + 1))
    return marked


def _given_otherwise(member: Member, k: int, other: Member, j: int) -> bool:
    """The other's figure is one this member gives too, beside ``k``: the figure is credited to another counter,
    which who says it marks ("police put the crowd at 62,000, while unions claimed 250,000" / "Die Gewerkschaften
    sprachen von 62.000": the 62.000 is the police's figure, not the unions' 250,000 said differently)."""
    return any(may_agree(member, [x], other, [j]) for x in figures(member) if x != k)


def _by_counter(member: Member) -> dict[str, int]:
    """Each counter's figure, for the counters credited with one figure only."""
    found: dict[str, list[int]] = {}
    for k, counter in member.memo("counters", lambda: _credits(member)).items():
        found.setdefault(counter, []).append(k)
    return {counter: ks[0] for counter, ks in found.items() if len(ks) == 1}


def _credits(member: Member) -> dict[int, str]:
    """{figure token: counter} for the member's figures credited to a counter."""
    return credits(member.feats.tokens, member.text, sorted(figures(member)))


def credits(toks, text: str, counts: list[int]) -> dict[int, str]:
    """{figure token: counter} for the figures ``counts`` (tokens, in order) of a sentence (``toks`` of ``text``)
    credited to a counter."""
    mentions = [(c, key) for c in range(len(toks)) if (key := _counter(toks[c].norm))]
    out: dict[int, str] = {}
    for n, (c, key) in enumerate(mentions):
        sourcing = next((s for s in range(c - 1, max(-1, c - 2 - _BETWEEN_SOURCING), -1)
                         if toks[s].norm in _SOURCING), None)
        before = [k for k in counts if sourcing is not None and sourcing - 1 - _BEFORE_SOURCING <= k < sourcing
                  and _unbroken(toks, text, k, sourcing)]
        if before:
            out.setdefault(before[-1], key)
            continue
        stop = mentions[n + 1][0] if n + 1 < len(mentions) else len(toks)
        after = [k for k in counts if c < k < min(stop, c + 1 + _AFTER_COUNTER) and k not in out]
        if after and _unbroken(toks, text, c, after[0], ";.:"):
            out.setdefault(after[0], key)
    return out


def counters_named(words: list[str]) -> set[str]:
    """The counters the words (lower case) name ("la policía": police)."""
    return {key for w in words if (key := _counter(w))}


def _counter(norm: str) -> str | None:
    if norm in _COUNTERS:
        return _COUNTERS[norm]
    return next((key for head, key in _GERMAN_HEADS if head in norm), None)


def _unbroken(toks, text: str, first: int, last: int, marks: str = ",;.:()") -> bool:
    """No mark of ``marks`` between tokens ``first`` and ``last``."""
    return not any(ch in marks for ch in text[toks[first].end:toks[last].start])
