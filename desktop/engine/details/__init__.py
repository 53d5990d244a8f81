"""Details: inside each group, the spans one source has and the others lack, and the spans that differ.

A token is *covered* by another source when its lemma (or, across languages, its name or number) occurs in
that source's members of the group; word order does not matter, because outlets rephrase (``cover``). Uncovered
tokens are merged into phrases (``spans``). Where a rapidfuzz ``Levenshtein.opcodes`` replace block pairs uncovered
words on both sides, the span is a conflict (the sources say it differently) and points at its counterpart
(``conflicts``; numbers, units, days and negations said otherwise: ``fact_conflicts``; across languages, phrase by
phrase: ``across``). Single-sourced sentences are unique as a whole; their names, numbers and quotes that no other
source mentions are marked too (``single``).
"""
from __future__ import annotations

from collections.abc import Generator

from ..attribution.sentence import dateline_end
from ..features import SentenceFeatures, token_number
from ..lemmas import shared_lemmas
from ..meanings import WordMatches
from ..model import Comparison, Detail, drain
from ..phrases import PhraseCover
from ..world_names import token_date, word_key
from .across import add_number_conflicts_across, phrase_flags
from .acronym_names import cover_named_by_acronym
from .acts import add_act_conflicts
from .amount_conflicts import add_amount_conflicts
from .arrests import add_arrest_count_conflicts
from .conflicts import ONES, both_ways, word_conflicts
from .counters import add_counter_conflicts
from .date_conflicts import add_date_conflicts
from .directions import add_direction_conflicts, move_of
from .cover import same_stem, uncovered
from .fact_conflicts import (
    add_count_conflicts, add_day_conflicts, add_negation_conflicts, add_percent_conflicts, add_swapped_numbers,
    add_unit_conflicts,
)
from .intervals import written_after
from .magnitudes import add_magnitude_conflicts
from .shares import add_share_conflicts
from .measure_conflicts import add_measure_conflicts
from .name_conflicts import add_code_conflicts, add_name_conflicts
from .places import add_country_conflicts
from .roles import add_role_conflicts
from .scopes import drop_scoped_apart
from .rulings import add_ruling_conflicts
from .outcomes import outcome
from .levels import add_level_conflicts
from .suspended import add_suspended_conflicts
from .time_conflicts import add_time_conflicts
from .toll_conflicts import add_toll_conflicts
from .verdicts import add_verdict_conflicts, verdict_of
from .vote_conflicts import add_vote_conflicts
from .member import Member, lower_words, member_hedges, reads_as_name, sentence_keys
from .single import single_details, vocabularies
from .spans import span_type, uncovered_runs, with_meridiem, with_sign
from .story_names import story_names, story_tokens


__all__ = ["find_details", "same_stem", "sentence_keys"]  # the stage, and what counterparts and attributions share


def _group_details(g: int, members: list[Member], meanings: WordMatches | None = None,
                   cover: PhraseCover | None = None) -> list[Detail]:
    flags, words, conflicts = [], [], []
    for m in members:
        others = [o for o in members if o.ref[0] != m.ref[0]]
        words.append(_past_dateline(m, uncovered(m, others, meanings)))
        mine = phrase_flags(m, members, others, cover, words[-1], meanings) \
            or _mixed_flags(m, members, others, meanings, cover, words[-1])
        flags.append(_past_dateline(m, mine or words[-1]))
        conflicts.append(word_conflicts(m, flags[-1], others, meanings))
    cover_named_by_acronym(members, flags)  # "Federal Motor Transport Authority (KBA)" / "Kraftfahrt-Bundesamt (KBA)"
    across = add_number_conflicts_across(members, words, flags, conflicts, meanings, cover)
    figures = _figures_flags(members, flags, meanings)
    add_unit_conflicts(members, figures, conflicts)
    add_day_conflicts(members, figures, conflicts)
    dates = add_date_conflicts(members, figures, conflicts)
    add_vote_conflicts(members, figures, conflicts)
    counted = add_counter_conflicts(members, figures, conflicts)
    add_magnitude_conflicts(members, figures, conflicts)
    add_share_conflicts(members, figures, conflicts)
    add_verdict_conflicts(members, figures, conflicts)
    add_direction_conflicts(members, figures, conflicts, meanings)
    add_suspended_conflicts(members, figures, conflicts)
    add_level_conflicts(members, figures, conflicts)
    decided = add_ruling_conflicts(members, figures, conflicts, meanings)
    times = add_time_conflicts(members, figures, conflicts)
    measures = add_measure_conflicts(members, figures, conflicts)
    add_percent_conflicts(members, figures, conflicts)
    counts = add_count_conflicts(members, figures, conflicts)
    arrested = add_arrest_count_conflicts(members, figures, conflicts)
    add_name_conflicts(members, flags, conflicts)
    add_role_conflicts(members, flags, conflicts)
    add_code_conflicts(members, flags, conflicts)
    add_country_conflicts(members, flags, conflicts, meanings)
    amounts = add_amount_conflicts(members, figures, conflicts)
    add_swapped_numbers(members, figures, conflicts)
    add_toll_conflicts(members, flags, conflicts)
    drop_scoped_apart(members, flags, conflicts)  # "worldwide" / "in Europa": two counts, each said by one version
    for f, c in zip(flags, conflicts):  # a figure disputed in its language, though the other language gives it
        for k in c:
            f[k] = True
    polarity = [said | acted | ruled for said, acted, ruled in zip(add_negation_conflicts(members, flags, conflicts,
                                                                                          meanings),
                                                                   add_act_conflicts(members, flags, conflicts), decided)]
    both_ways(members, flags, conflicts, meanings)
    out: list[Detail] = []
    said_otherwise = zip(amounts, times, counts, measures, dates, arrested, counted, across)
    cut_at = [set().union(*ks) for ks in said_otherwise]  # figures said differently
    for m, cuts in zip(members, cut_at):  # with their currency word ("11,5 millions d'euros", not "euros" apart)
        cuts.update(x for k in list(cuts) for x in written_after(m, k))
    for m, f, c, negated, cuts in zip(members, flags, conflicts, polarity, cut_at):
        toks = m.feats.tokens
        storied = story_tokens(m, [o for o in members if o.ref[0] != m.ref[0]])
        for a, b in (sub for run in uncovered_runs(m, f, negated) for sub in _split_at_amounts(m, run, cuts, negated)):
            parts = _merged({x for k in range(a, b) for x in c.get(k, ())})
            kind = span_type(m, a, b, storied)
            if kind == "text" and negated.intersection(range(a, b)):
                kind = "negation"  # a fact to check, not wording: shown in the facts-only view
            elif kind == "text" and member_hedges(m).intersection(range(a, b)):
                kind = "hedge"  # "at least", "allegedly": how sure the version is, a fact too
            elif kind == "text" and parts:
                kind = _fact_in_words(m, a, b)  # "killed" / "injured", "Ilveira scored" / "Mendes scored"
            out.append(Detail(m.ref[0], m.ref[1], m.start + toks[a].start, m.start + toks[b - 1].end,
                              "conflict" if parts else "unique", kind, g, tuple(parts)))
    return out


def _fact_in_words(m: Member, a: int, b: int) -> str:
    """The type of words said differently that are no figure, name or date by their form: what befell people
    ("outcome": "killed" / "injured", "acquitted" / "convicted"), a move told the other way ("direction": "fell" /
    "rose"), a count of one said against another count ("number": "one member" / "two members"), a capitalised word opening the sentence ("name":
    "Ilveira scored twice" /
    "Mendes scored twice", which the name test leaves out as a sentence's first word), else "text" (other words)."""
    toks = m.feats.tokens
    verdict = verdict_of(m)
    if any(outcome(toks[k]) is not None for k in range(a, b)) or (verdict and set(verdict[1]) & set(range(a, b))):
        return "outcome"  # (a verdict too: "acquitted" / "condenada")
    if (move := move_of(m)) and set(move[1]) & set(range(a, b)):
        return "direction"  # "fell" / "si è rafforzata": a fact, not wording
    if any(toks[k].norm in ONES.get(m.lang, ()) for k in range(a, b)):
        return "number"  # "one member" / "two members": a count of one
    if a == 0 and toks[0].surface[:1].isupper() and not toks[0].stop and toks[0].is_name \
            and (not shared_lemmas().known(toks[0].norm, m.lang)
                 or (word_key(toks[0].norm, m.lang, True) or "").startswith("place:")):  # "Greece said"
        return "name"  # (not "Defence lawyer …" / "Duvallon's lawyer …": a word of the language)
    return "text"


def _merged(parts: set[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The other versions' spans a detail points at, overlapping spans of one source as one: two rules pointing at
    "2,4" and at "2,4 millions" had the report read "vs C: 2,4; C: 2,4 millions"."""
    out: list[tuple[int, int, int]] = []
    for source, start, end in sorted(parts):
        if out and out[-1][0] == source and start <= out[-1][2]:
            out[-1] = (source, out[-1][1], max(end, out[-1][2]))
        else:
            out.append((source, start, end))
    return out


def _split_at_amounts(m: Member, run: tuple[int, int], amounts: set[int],
                      negated: set[int] = frozenset()) -> list[tuple[int, int]]:
    """A run of flagged tokens cut around the amounts another version gives otherwise (``add_amount_conflicts``), so
    that only the figure reads as a dispute ("names, addresses and dates of birth" unique, "2.3 million" against
    "3.2 million"), and between what one version negates and a fact next to it ("arrested" / "has not been
    arrested", then "on Tuesday" unique); the small words next to a cut are left out ("of")."""
    a, b = run
    cuts = sorted({a, b} | {k for k in range(a + 1, b) if (k in amounts) != (k - 1 in amounts)}
                  | _negation_edges(m, run, negated))
    if len(cuts) == 2:
        return [run]
    toks = m.feats.tokens
    out = []
    for x, y in zip(cuts, cuts[1:]):
        while y > x + 1 and y != b and toks[y - 1].stop and not toks[y - 1].is_number:
            y -= 1
        while y > x + 1 and x != a and toks[x].stop and not toks[x].is_number:
            x += 1
        if any(not toks[k].stop or toks[k].is_number for k in range(x, y)):
            out.append((x, y))
    return out


def _negation_edges(m: Member, run: tuple[int, int], negated: set[int]) -> set[int]:
    """Where a run leaves what one version negates for a name, a number or a date of its own ("arrested | on
    Tuesday"), or enters it after one: a negation is a conflict, the fact next to it a detail of its own."""
    a, b = run
    inside = [k for k in range(a, b) if k in negated]
    if not inside:
        return set()
    toks = m.feats.tokens
    def fact(k: int) -> bool:
        return toks[k].is_number or reads_as_name(toks[k], k, m.names, toks, m.lang) or token_date(toks, k, m.lang)
    first, last = inside[0], inside[-1] + 1
    return ({last} if any(fact(k) for k in range(last, b)) else set()) \
        | ({first} if any(fact(k) for k in range(a, first)) else set())


def _mixed_flags(m: Member, members: list[Member], others: list[Member], meanings: WordMatches | None,
                 cover: PhraseCover | None, word_flags: list[bool]) -> list[bool] | None:
    """Where the other versions are in this member's language and in another: besides what none of them gives in
    names and numbers (``uncovered``), the words the same-language versions lack whose phrase the other language's
    versions leave out too (``phrase_flags``). Read with the others' words alone, the other language covered every
    word it cannot check: two English reports and a French one had no English wording marked ("including a swimming
    pool", "throughout the two-week trial") where the two English alone had it. ``word_flags``: ``uncovered`` against
    all the others, computed already. None when not so mixed."""
    cross = [o for o in others if o.lang != m.lang]
    same = [o for o in others if o.lang == m.lang]
    if not cross or not same:
        return None
    left_out = phrase_flags(m, members, cross, cover, uncovered(m, cross, meanings), meanings)
    if left_out is None:
        return None
    lacking = uncovered(m, same, meanings)
    return [w or (s and c) for w, s, c in zip(word_flags, lacking, left_out)]


def _figures_flags(members: list[Member], flags: list[list[bool]], meanings: WordMatches | None) -> list[list[bool]]:
    """The flags the figures' rules read: besides ``flags``, the numbers a member's own-language versions do not
    give, though a version in another language does. Whether two versions of one language give a figure otherwise
    does not depend on a third: four reports of job cuts, two English and two French, had the wire's "Revenue fell
    4.2%" against the business paper's "dropped 4.5 per cent" unmarked, the French daily's "4,2 %" covering the
    wire's figure (marked with the two English reports alone)."""
    out = []
    for m, f in zip(members, flags):
        same = [o for o in members if o.ref[0] != m.ref[0] and o.lang == m.lang]
        if not same or len(same) == sum(o.ref[0] != m.ref[0] for o in members):
            out.append(f)
            continue
        lacking = _past_dateline(m, uncovered(m, same, meanings))  # a dateline's date is no figure of the event
        toks = m.feats.tokens
        out.append([x or (w and (t.is_number or token_number(toks, k, m.lang) is not None))
                    for k, (x, w, t) in enumerate(zip(f, lacking, toks))])  # "nine" too
    return out


def _past_dateline(m: Member, flags: list[bool]) -> list[bool]:
    """A wire report's dateline ("SAINT-AUBIN-DES-PRES, France (Continental Press) -") says where and by whom the
    report was filed, no detail of the event: its words are never flagged (the agency is in "Who says what")."""
    end = dateline_end(m.text)
    return flags if not end else [f and t.start >= end for f, t in zip(flags, m.feats.tokens)]


def _cues(comp: Comparison) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Per sentence, its cues of saying in sentence offsets (``Member.cues``)."""
    out: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for att in comp.attributions:
        base = comp.documents[att.source].sentences[att.sentence].start
        out.setdefault((att.source, att.sentence), []).append((att.cue[0] - base, att.cue[1] - base))
    return out


def find_details(comp: Comparison, feats: list[list[SentenceFeatures]]) -> list[Detail]:
    return drain(details_steps(comp, feats))


DETAIL_STEP = 2  # claims between two reports of progress (a re-grouping can be cancelled there)


def details_steps(comp: Comparison, feats: list[list[SentenceFeatures]]) -> Generator[float, None, list[Detail]]:
    """``find_details`` as steps: yields the fraction of the claims read every ``DETAIL_STEP`` claims, returns the
    details (on six reports, 0.75 s of a re-grouping's 0.8 s)."""
    out: list[Detail] = []
    names = [frozenset().union(*(f.names for f in doc)) for doc in feats]  # written capitalised mid-sentence
    lower = [lower_words(doc) for doc in feats]
    cues = _cues(comp)
    groups = [[Member(ref, comp.documents[ref[0]].sentences[ref[1]].start, comp.documents[ref[0]].language,
                      feats[ref[0]][ref[1]], comp.documents[ref[0]].sentence_text(ref[1]), names[ref[0]],
                      lower[ref[0]], tuple(cues.get(tuple(ref), ()))) for ref in grp.members] for grp in comp.groups]
    story = story_names(groups)
    for g, members in enumerate(groups):
        if g % DETAIL_STEP == 0:
            yield g / (len(comp.groups) + 1)
        for m in members:
            m.story = {t: found for (s, t), found in story.items() if s == m.ref[0]}
        out += _group_details(g, members, comp.word_matches, comp.phrase_cover)
    yield len(comp.groups) / (len(comp.groups) + 1)
    for s, vocab in enumerate(vocabularies(comp, feats)):
        for i in comp.single_sourced(s):
            out += single_details(comp, feats, s, i, vocab, names[s])
        yield (len(comp.groups) + (s + 1) / len(comp.documents)) / (len(comp.groups) + 1)
    texts = [doc.text for doc in comp.documents]
    out = [with_sign(texts, with_meridiem(texts[d.source], d)) for d in out]
    return sorted(out, key=lambda d: (d.source, d.start, d.end))
