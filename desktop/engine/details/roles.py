"""Roles swapped: two versions put the same two names on either side of the same words, in the other order ("Lorvena
beat Sarrenda 2-1" / "Sarrenda beat Lorvena 2-1", "Lorvena fans attacked Sarrenda supporters" / the reverse). Every
word of one is a word of the other, so the word diff sees nothing; who did what to whom is the fact a fact-checker
checks first.

Only an active sentence against an active one: a passive ("Sarrenda were beaten by Lorvena") or a result told from
the other side ("Sarrenda lost to Lorvena") puts the names the other way round and says the same. Words of doing
together ("met", "drew with", "and") read alike either way round, and are never a swap.
"""
from __future__ import annotations

from rapidfuzz import fuzz

from ..features import strip_accents, without_possessive
from ..meanings import meaning_key
from ..world_names import token_date
from .conflicts import mark_against, span_of
from .member import Member, reads_as_name

_SPELLED_ALIKE, _SPELLED_LONG = 80, 5  # one name as two languages spell it: "barcelona" / "barcelone" 89
_BETWEEN = 6  # tokens at most between the two names: one verb and its words, not a clause
# a passive (its auxiliary, its agent), or two sides named together or against each other: the order says nothing
_EITHER_WAY = frozenset("""by par por von vom da dal dalla dai pelo pela pelos pelas was were been being is are be été
    fut furent fue fueron sido wurde wurden worden foi foram stato stata stati state and et y e und with avec con mit
    com against contre contra gegen vs versus between entre zwischen tra fra or ou o oder""".split())
# verbs of doing together: "Xi met Putin" / "Putin met Xi" (lemmas, and forms the lemmatiser leaves as written)
_MUTUAL = frozenset("""meet met face faced play played draw drew tie tied marry married wed talk talked speak spoke
    negotiate negotiated clash clashed rencontrer affronter jouer retrouver épouser discuter négocier enfrentar reunir
    jugar empatar casar hablar negociar treffen spielen heiraten verhandeln incontrare affrontare giocare pareggiare
    sposare negoziare encontrar jogar""".split())


def add_role_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Each pair of versions that swap two names around the same words: in each, the words from the first name to
    the second are a conflict pointing at the other's."""
    runs = [_name_runs(m) for m in members]
    for n, m in enumerate(members):
        for o, theirs in zip(members, runs):
            if o.ref[0] == m.ref[0]:
                continue
            for (first, second), (their_second, their_first) in _swapped(m, runs[n], o, theirs):
                part = span_of(o, their_first[0], their_second[1] - 1)
                mark_against(flags[n], conflicts[n], range(first[0], second[1]), part)


def _name_runs(member: Member) -> list[tuple[int, int, frozenset[str], bool]]:
    """(first token, end, its words folded, whether it reads as a name) of each run of capitalised words; a run
    opening the sentence may be a word of the language ("Sporting Sarrenda", "Putin called"): it counts where the
    other version writes it as a name."""
    toks, out = member.feats.tokens, []
    k = 0
    while k < len(toks):
        if not _capitalised(member, k) or (k > 0 and not _name(member, k)):
            k += 1
            continue
        end = k + 1
        while end < len(toks) and _name(member, end) and not member.text[toks[end - 1].end:toks[end].start].strip():
            end += 1
        named = any(_name(member, j) for j in range(k, end))
        out.append((k, end, frozenset(strip_accents(_word(toks[j].norm)) for j in range(k, end)), named))
        k = end
    return out


def _capitalised(member: Member, k: int) -> bool:
    """A capitalised word that is no day or month ("on Tuesday" names no one who acts)."""
    tok = member.feats.tokens[k]
    return tok.is_name and not tok.stop and not tok.is_number and _word(tok.norm).isalpha() \
        and not token_date(member.feats.tokens, k, member.lang)


def _word(norm: str) -> str:
    """The name without its possessive ending ("lorvena's")."""
    return without_possessive(norm)


def _name(member: Member, k: int) -> bool:
    return _capitalised(member, k) \
        and reads_as_name(member.feats.tokens[k], k, member.names, member.feats.tokens, member.lang)


def _swapped(m: Member, mine: list, o: Member, theirs: list):
    """((first run, second run) of ``m``, (their match of the first, of the second)) where ``o`` gives the two names
    the other way round, the same words between."""
    paired = [(r, _one_match(r, theirs), _one_match(r, mine)) for r in mine]
    paired = [(r, t) for r, t, back in paired if t is not None and back == r and (r[3] or t[3])]
    for x, (r1, t1) in enumerate(paired):
        for r2, t2 in paired[x + 1:]:
            if t2[1] <= t1[0] and r1[2] != r2[2] and _same_words(m, r1[1], r2[0], o, t2[1], t1[0]):
                yield (r1, r2), (t1, t2)


def _one_match(run, runs: list):
    """The one run of ``runs`` sharing a word with ``run``, or a word spelled almost alike as languages spell one
    name ("Barcelona" / "Barcelone"); None if none or several."""
    found = [r for r in runs if r[2] & run[2] or any(
        min(len(a), len(b)) >= _SPELLED_LONG and fuzz.ratio(a, b) >= _SPELLED_ALIKE for a in r[2] for b in run[2])]
    return found[0] if len(found) == 1 else None


def _same_words(m: Member, a: int, b: int, o: Member, c: int, d: int) -> bool:
    """The tokens between the names (``a``–``b`` in m, ``c``–``d`` in o) are a few words of one act, the same in
    both: the same lemmas in the same order, a content word among them, none of doing together or of a passive. Across languages the words
    between two names are as often a place's description ("nel centro del Madagascar" / "Madagascar's central
    Ambatomena") as an act: only the same words count."""
    between = [m.feats.tokens[a:b], o.feats.tokens[c:d]]
    if not all(0 < len(toks) <= _BETWEEN for toks in between):
        return False
    if any(t.norm in _EITHER_WAY or t.lemma in _MUTUAL or t.norm in _MUTUAL for toks in between for t in toks):
        return False
    if not any(meaning_key(t) for t in between[0]):
        return False
    return [t.lemma for t in between[0]] == [t.lemma for t in between[1]]  # word for word: "said Marc Petit, a
    #    spokesman for Volta" / "Volta spokesman Marc Petit" name one man, "Houston, the largest city in Texas" / "Texas's
    #    largest city, Houston" one city
