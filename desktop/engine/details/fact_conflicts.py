"""Facts two versions give otherwise wherever the word diff cannot pair them: a unit (per cent / points), a lone
day or month, a count of one thing worded otherwise, numbers swapped between two places, a word one version
negates and the other does not.
"""
from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from ..amounts import amount_at
from ..features import Token, strip_accents, token_number
from ..meanings import WordMatches, meaning_key
from ..negation import NONE_WORDS, negation_span
from ..ordinals import ordinal_at
from ..units import CURRENCY, PERCENT, number_unit, units_written
from ..world_names import token_date
from .conflicts import in_one_slot, points_at, since_day, value_end, word_diff
from .counts import counts, counts_in
from .intervals import may_agree, measure, rank_and_count
from .member import Member, day_said, diff_words, earlier_figure, member_negations, member_qualifiers
from .outcomes import OUTCOMES, PEOPLE, PERSONS


def add_unit_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """A value that one version gives in per cent and another in percentage points ("0,75%" / "0,75 point"), and
    none in the same unit: both numbers, with their units, conflict (``units``). A number with no unit agrees."""
    written = [_units_of(m) for m in members]
    for n, m in enumerate(members):
        for value, mine in written[n].items():
            for unit, first, last in mine:
                theirs = [(o, u) for o, w in zip(members, written) if o.ref[0] != m.ref[0] for u in w.get(value, ())
                          if _unit_family(u[0]) == _unit_family(unit)]  # "40%" is no sum of "$40"
                if theirs and not any(u[0] == unit for _o, u in theirs):
                    parts = [(o.ref[0], o.start + o.feats.tokens[a].start, o.start + o.feats.tokens[b].end)
                             for o, (_unit, a, b) in theirs]
                    _mark_conflict(flags[n], conflicts[n], range(first, last + 1), parts)


def _unit_family(unit: str) -> str:
    return "currency" if unit.startswith(CURRENCY) else "ratio"


def _mark_conflict(flags: list[bool], conflicts: dict, tokens: range, parts: list[tuple[int, int, int]]) -> None:
    """Flag ``tokens`` of a member and point each at the other versions' ``parts`` (source, start, end)."""
    for k in tokens:
        flags[k] = True
        conflicts.setdefault(k, []).extend(parts)


def add_day_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """One day or one month a version gives and another version gives otherwise, each the only one of its kind
    there that the other lacks ("killed on Tuesday" / "died on Wednesday", "mardi" / "Wednesday"): a conflict
    however the words around it differ (the word diff pairs them only in one slot of like wording), set against each
    other version's day of the kind, given alone or not (a third version's "mardi" covers "on Tuesday"). Only between
    sources with one sentence in the claim: two sentences of one report may date two events ("enregistré jeudi",
    "a déposé lundi")."""
    versions = Counter(m.ref[0] for m in members)  # a source with two sentences in the claim may date two events
    days = [_lone_days(m, f) if versions[m.ref[0]] == 1 else {} for m, f in zip(members, flags)]
    given = [_lone_days(m, [True] * len(f)) if versions[m.ref[0]] == 1 else {} for m, f in zip(members, flags)]
    said = [{token_date(m.feats.tokens, k, m.lang) for k in range(len(m.feats.tokens))} for m in members]
    relative = [_month_said_relative(m) for m in members]
    for n, m in enumerate(members):
        for kind, k in days[n].items():
            mine = token_date(m.feats.tokens, k, m.lang)
            for o_n, (o, theirs) in enumerate(zip(members, given)):
                j = days[o_n].get(kind) if kind != "day" or given[n].get(kind) != k else theirs.get(kind)
                #  (a weekday another version gives and a third covers: "on Tuesday" / "On Wednesday" / "mardi")
                if o.ref[0] == m.ref[0] or j is None or token_date(o.feats.tokens, j, o.lang) in said[n] \
                        or mine in said[o_n] or (kind == "month" and (relative[n] or relative[o_n])) \
                        or since_day(m, k) != since_day(o, j):
                    continue  # "convicted Whitcombe last month after a trial that began in January" / "convicted him
                    #           in September": a month beside one said relative to the report's may be another's;
                    #           "ravage la région depuis mardi" / "a fait quatre morts mercredi": a span's start, another day
                for x, at, y, to in ((n, k, o_n, j), (o_n, j, n, k)):  # both ways, though a third version gives
                    tok, other = members[y].feats.tokens[to], members[y]  # the other's day
                    if not points_at(conflicts[x].get(at, ()), other.ref[0]):
                        conflicts[x].setdefault(at, []).append((other.ref[0], other.start + tok.start,
                                                                other.start + tok.end))


def _month_said_relative(member: Member) -> bool:
    """The member dates something by months relative to the report's ("last month", "two months ago", "le mois
    dernier", "il y a deux mois", "el mes pasado", "hace dos meses", "il mese scorso", "letzten Monat")."""
    words = [t.norm for t in member.feats.tokens]
    return any(w in _MONTH_WORDS and ((n and words[n - 1] in _RELATIVE_BEFORE)
                                      or (n + 1 < len(words) and words[n + 1] in _RELATIVE_AFTER)
                                      or any(x in _AGO for x in words[max(0, n - 3):n + 2]))
               for n, w in enumerate(words))


_MONTH_WORDS = frozenset("month months mois mes meses mese mesi monat monaten".split())
_RELATIVE_BEFORE = frozenset("last this next past ce este letzten vergangenen nächsten".split())
_RELATIVE_AFTER = frozenset("dernier derniers passé passés prochain pasado pasados próximo scorso scorsi prossimo".split())
_AGO = frozenset("ago hace fa vor".split())  # ("il y a deux mois": "y" and "a" are too common to read alone)


def add_percent_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """The one percentage each of two versions of one language gives, each alone (uncovered), however the words
    around it differ ("Nordlicht fell 4.2% in Frankfurt" / "the shares closed 6.8% lower": two details, not a
    dispute, the word diff pairing them in no slot), unless one may be the other. Only between sources with one
    sentence in the claim and one percentage in it."""
    versions = Counter(m.ref[0] for m in members)
    lone = [_lone_percent(m, f) if versions[m.ref[0]] == 1 else None for m, f in zip(members, flags)]
    for n, m in enumerate(members):
        for o_n, o in enumerate(members):
            if o.ref[0] == m.ref[0] or o.lang != m.lang or versions[m.ref[0]] != 1 or versions[o.ref[0]] != 1:
                continue
            k, j = lone[n], lone[o_n]
            if k is None and j is not None:
                k = _percent_about(m, flags[n], _before(o, j))
            elif j is None and k is not None:
                j = _percent_about(o, flags[o_n], _before(m, k))
            if k is not None and j is not None and not conflicts[n].get(k) and not may_agree(m, [k], o, [j]):
                conflicts[n].setdefault(k, []).append((o.ref[0], o.start + o.feats.tokens[j].start,
                                                       o.start + o.feats.tokens[value_end(o, j)].end))


def _lone_percent(member: Member, flags: list[bool]) -> int | None:
    """The member's only percentage, when it is flagged."""
    found = _percents(member)
    return found[0] if len(found) == 1 and flags[found[0]] else None


def _percents(member: Member) -> list[int]:
    toks = member.feats.tokens
    return [k for k in range(len(toks)) if toks[k].is_number and (u := number_unit(toks, k, member.lang)) is not None
            and u.name == PERCENT and not earlier_figure(member, k)]  # (not "up from 55.2%")


def _percent_about(member: Member, flags: list[bool], about: frozenset[str]) -> int | None:
    """Of the member's flagged percentages, the one said of what the other version's lone percentage is said of
    (``about``: the content words before it): "Kestrel shares rose 14% …, while Norvane shares fell 3.2%" / "Kestrel
    shares jumped 12%": the 14%. None unless one shares more of those words than any other, and two at least."""
    shared = sorted(((len(_before(member, k) & about), k) for k in _percents(member) if flags[k]), reverse=True)
    if not shared or shared[0][0] < _ABOUT_WORDS or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return shared[0][1]


_ABOUT_WORDS = 2  # words a percentage's subject shares with the other version's
_BEFORE = 5  # words before a percentage read as what it is said of


def _before(member: Member, k: int) -> frozenset[str]:
    """The content lemmas of the few words before token ``k``, in its clause (not past "while", a comma…)."""
    toks, out = member.feats.tokens, set()
    for j in range(k - 1, max(-1, k - 1 - _BEFORE), -1):
        if member.text[toks[j].end:toks[j + 1].start].strip(" ") or toks[j].norm in _CLAUSE_WORDS:
            break
        if not toks[j].stop and not toks[j].is_number:
            out.add(toks[j].lemma)
    return frozenset(out)


_CLAUSE_WORDS = frozenset({"while", "whereas", "and", "but", "tandis", "alors", "et", "mais", "mientras", "y", "pero",
                           "während", "und", "aber", "mentre", "e", "ma"})


def add_count_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> list[set[int]]:
    """Two numbers that two versions give, counting one thing that one action befell ("…, killing three people" /
    "Five people were killed …": the same noun after each number, and a word of the same action right before the
    number or after its noun; a toll's own noun: "doce muertos" / "catorce los muertos", ``outcomes``), each worded
    its own way so that the word diff cannot pair them: a conflict, unless one number may be the other
    (``intervals.may_agree``: "about 40" / "42"). Nouns in one language; a toll across languages too ("12 blessés" /
    "15 injured").

    A toll or a count of people ("About 1,200 residents living within…" / "Some 2,000 people living within…"), the
    sentence's only one of its kind, may be covered, a third version giving it too ("Twelve" / "12 blessés" against "15" / "quinze": with four reports,
    each number had a second version and no toll read as disputed); the conflict flags it. Other counts are compared
    uncovered ("ran for two yards" / "rushed for over 350 yards", linked, and "their two leading running backs"
    elsewhere in the claim). A report with two sentences in the claim (a standfirst and its lead) counts with each.
    Per member, the tokens of the numbers so marked (the detail is cut around them)."""
    uncovered = [counts_in(m, f) for m, f in zip(members, flags)]
    everywhere = [counts_in(m, [True] * len(f)) for m, f in zip(members, flags)]
    lone = [{c for c in mine if (c[1] in OUTCOMES or c[1] == PEOPLE) and _lone(c, mine)} for mine in everywhere]
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        for count in everywhere[n]:
            k, noun, acts = count
            for o_n, o in enumerate(members):
                if o.ref[0] == m.ref[0] or (o.lang != m.lang and noun not in OUTCOMES) \
                        or points_at(conflicts[n].get(k, ()), o.ref[0]):
                    continue
                for theirs in everywhere[o_n]:  # both uncovered, or both their sentence's one toll
                    j, their_noun, their_acts = theirs
                    both = count in uncovered[n] and theirs in uncovered[o_n]
                    paired = both or (count in lone[n] and theirs in lone[o_n])
                    alike = acts & their_acts or (both and o.lang == m.lang and _plain_count(m, count, everywhere[n])
                                                  and _plain_count(o, theirs, everywhere[o_n]) and _near(m, k, o, j))
                    if paired and noun == their_noun and alike and _disagree(m, k, o, j):
                        toks = o.feats.tokens
                        _mark_conflict(flags[n], conflicts[n], range(k, value_end(m, k) + 1),
                                       [(o.ref[0], o.start + toks[j].start, o.start + toks[value_end(o, j)].end)])
                        marked[n].update(range(k, value_end(m, k) + 1))
                        break
    return marked


def _plain_count(member: Member, count: tuple[int, str, frozenset[str]],
                 counts: list[tuple[int, str, frozenset[str]]]) -> bool:
    """A count of things, not people nor a toll, that its sentence gives once and exactly ("cut 1,200 jobs" /
    "shed 1,250 jobs": one count of jobs each, whatever verb each writes), no bound or round figure ("more than 2
    million customers" / "2.6 million" may agree, ``amount_conflicts`` reads them), no measure ("30 yards on six
    carries" / "102 yards from scrimmage": two games, ``measure_conflicts``); people are counted by what
    befell them ("killing three passengers" / "Five passengers were injured" count two things)."""
    k, noun, acts = count
    toks = member.feats.tokens
    return noun not in OUTCOMES and noun != PEOPLE and noun not in PERSONS and not acts & OUTCOMES \
        and strip_accents(noun) not in _SPANS and _lone(count, counts) and not member_qualifiers(member).keys() & {k - 1} \
        and toks[k].is_number and amount_at(toks, k, member.lang) is None and measure(member, k) is None


def _near(member: Member, k: int, other: Member, j: int) -> bool:
    """Two counts within ``PLAIN_RATIO`` of each other: one figure given otherwise ("1,200" / "1,250"), not two
    things counted ("30 yards on six carries" / "102 yards from scrimmage", "cut 1,200 jobs" / "keep 2,000 jobs")."""
    try:
        x = float(token_number(member.feats.tokens, k, member.lang) or "nan")
        y = float(token_number(other.feats.tokens, j, other.lang) or "nan")
    except ValueError:
        return False
    return x > 0 and y > 0 and max(x, y) <= PLAIN_RATIO * min(x, y)


_SPANS = frozenset("""year years an ans annee annees month months mois week weeks semaine semaines day days jour jours
    hour hours heure heures minute minutes decade decades decennie century siecle ano anos ano mes meses dia dias semana
    semanas hora horas jahr jahre monat monate woche wochen tag tage stunde stunden anno anni mese mesi giorno giorni
    settimana settimane ora ore""".split())  # spans of time: an age, a term, a time ago ("un homme de 34 ans" / "à 30
#   ans de réclusion" are two things, and have their own rules: ``ages``, ``durations``)
PLAIN_RATIO = 1.3  # "cut 1,200 jobs" / "keep 2,000 jobs", "cancelled 300 flights" / "operated 450": two things


def _lone(count: tuple[int, str, frozenset[str]], counts: list[tuple[int, str, frozenset[str]]]) -> bool:
    """The sentence's only count of what ``count`` counts: of two ("killed two people, a year after a fire killed
    five people"), which is the toll the other version gives is the reader's call."""
    return sum(1 for c in counts if c[1] == count[1]) == 1


def _disagree(member: Member, k: int, other: Member, j: int) -> bool:
    """Two figures of no value in common: not one number or rank written twice ("first" / "first", which gives no
    interval), nor one that may be the other ("about 40" / "42"), nor a rank and a count of one number."""
    keys = _figure_key(member, k), _figure_key(other, j)
    return not (keys[0] is not None and keys[0] == keys[1]) and not may_agree(member, [k], other, [j]) \
        and not rank_and_count(member, [k], other, [j])


def _figure_key(member: Member, k: int) -> str | None:
    toks = member.feats.tokens
    return token_number(toks, k, member.lang) or ordinal_at(toks, k, member.lang)


def add_swapped_numbers(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Numbers two versions of one language give in each other's places ("Three killed and five injured" / "Five
    killed and three injured"): each is in the other version, so neither was marked; where the word diff pairs two
    different numbers in one slot, both conflict."""
    versions = Counter(m.ref[0] for m in members)
    for n, m in enumerate(members):
        for o_n, o in enumerate(members):
            if o.ref[0] <= m.ref[0] or o.lang != m.lang or versions[m.ref[0]] > 1 or versions[o.ref[0]] > 1:
                continue
            mine, theirs = m.feats.tokens, o.feats.tokens
            ops = word_diff(diff_words(m), diff_words(o), True)
            for i, op in enumerate(ops):
                a, b = range(op.src_start, op.src_end), range(op.dest_start, op.dest_end)
                if op.tag != "replace" or not _all_numbers(m, a) or not _all_numbers(o, b) \
                        or any(flags[n][k] for k in a) or any(flags[o_n][k] for k in b) \
                        or _values(m, a) == _values(o, b) or _keys_meet(m, a, o, b) \
                        or not in_one_slot(ops, i, mine, theirs, m.lang) or not _counting_alike(ops, i, mine):
                    continue  # marked already, or the same value written otherwise ("3%" / "3")
                _mark_conflict(flags[n], conflicts[n], a, [(o.ref[0], o.start + theirs[b[0]].start,
                                                            o.start + theirs[value_end(o, b[-1])].end)])
                _mark_conflict(flags[o_n], conflicts[o_n], b, [(m.ref[0], m.start + mine[a[0]].start,
                                                                m.start + mine[value_end(m, a[-1])].end)])


def _counting_alike(ops: list, i: int, mine: tuple[Token, ...]) -> bool:
    """The words after replace block ``i`` are the same in both versions for two content words at least: the two
    numbers count the same thing ("Three people were killed" / "Five people were killed"; "Three people died" /
    "Twelve people were injured" count two things)."""
    after = ops[i + 1] if i + 1 < len(ops) else None
    return after is not None and after.tag == "equal" \
        and sum(not t.stop for t in mine[after.src_start:after.src_end]) >= 2


def _keys_meet(m: Member, a: range, o: Member, b: range) -> bool:
    """The numbers ``a`` and ``b`` have a key in common (``Member.token_keys``): "3.50%" and "3.5%" are one rate."""
    mine, theirs = m.token_keys(), o.token_keys()
    return bool(frozenset().union(*(mine[k] for k in a)) & frozenset().union(*(theirs[k] for k in b)))


def _values(member: Member, ks: range) -> set[str | None]:
    return {token_number(member.feats.tokens, k, member.lang) for k in ks}


def _all_numbers(member: Member, ks: range) -> bool:
    return 0 < len(ks) <= 2 and all(counts(member, k) for k in ks)


def add_negation_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict],
                           meanings: WordMatches | None = None) -> list[set[int]]:
    """A word one version negates and another says without a negation ("did not confirm" / "confirmed", "ne
    négocierons pas" / "négocierons", "no casualties" / "casualties"; across languages a denial negated against the
    same denial, "n'a pas exclu" / "ruled out", ``_said_across``): both conflict, the negation with the word it
    negates against the plain word; in one language too where the wording differs, when the two deny something named
    alike (``_denies_alike``). Returns, per member, the tokens so marked."""
    negated = [member_negations(m) for m in members]
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        for k, w in negated[n].items():
            for o_n, o in enumerate(members):
                if o.ref[0] == m.ref[0]:
                    continue
                j = _plain_form(m, k, w, o, negated[o_n]) if o.lang == m.lang else None
                if j is None:  # a denial worded otherwise: "did not rule out that the number could rise" / "ruled
                    j = _said_across(m, k, w, o, negated[o_n])  # out any further increase in the number"
                    j = j if j is None or o.lang != m.lang or _denies_alike(m, w, o, j) else None
                if j is None and o.lang != m.lang:
                    j = _confirmed_across(m, k, w, o, negated[o_n], meanings)  # "negó que el sistema … hubiera
                    #                                          fallado" / "confirmed that the ventilation system had failed"
                if j is None:
                    continue
                first, last = negation_span(m.feats.tokens, k, w)
                toks, theirs = m.feats.tokens, o.feats.tokens
                _mark_conflict(flags[n], conflicts[n], range(first, last + 1),
                               [(o.ref[0], o.start + theirs[j].start, o.start + theirs[j].end)])
                _mark_conflict(flags[o_n], conflicts[o_n], range(j, j + 1),
                               [(m.ref[0], m.start + toks[first].start, m.start + toks[last].end)])
                marked[n].update(range(first, last + 1))
                marked[o_n].add(j)
    return marked


def _plain_form(member: Member, k: int, w: int, other: Member, their_negations: dict[int, int]) -> int | None:
    """The token of ``other`` that says word ``w`` of ``member`` in the same place of like wording, where the word
    diff reads the negation ``k`` as what only ``member`` has; None if the other version negates it too, or says
    it elsewhere ("la femme qui s'est présentée comme la mère" is no "n'est pas la mère")."""
    mine, theirs = diff_words(member), diff_words(other)
    for ties in (True, False):  # the edit distance's ties broken both ways: "will not close" / "will close from
        found = _plain_form_in(word_diff(mine, theirs, ties), member, k, w, other, their_negations)  # Monday" paired
        if found is not None:  # "close" with "close" one way only
            return found
    # the longest common words in order: "was arrested on Tuesday" / "has not been arrested", which the edit distance
    # reads as four words replaced; the negated word with a word next to it ("been arrested" / "was arrested"), not
    # alone ("a ainsi reconnu jeudi" / "n'est pas reconnue en Algérie")
    ops = list(Indel.opcodes(mine, theirs))
    if not any(op.tag == "equal" and op.src_start <= w < op.src_end and op.src_end - op.src_start >= 2 for op in ops):
        return None
    return _plain_form_in(ops, member, k, w, other, their_negations)


def _plain_form_in(ops: list, member: Member, k: int, w: int, other: Member,
                   their_negations: dict[int, int]) -> int | None:
    """``_plain_form`` as the word diff ``ops`` pairs the two versions' words."""
    j = None
    same = sum(op.src_end - op.src_start for op in ops if op.tag == "equal")
    toks = member.feats.tokens
    run = next((sum(not t.stop for t in toks[w:op.src_end]) for op in ops
                if op.tag == "equal" and op.src_start <= w < op.src_end), 0)  # content words alike from w on
    if same < NEGATION_LIKENESS * min(len(toks), len(other.feats.tokens)) and run < NEGATED_RUN:
        return None  # sentences worded too differently for one word's place to say anything
    counted: list[int] = []  # a number where the other version has a word that counts none
    none_word = member.feats.tokens[k].norm in NONE_WORDS
    for op in ops:
        if op.tag == "equal" and op.src_start <= w < op.src_end:
            j = op.dest_start + w - op.src_start
        if op.tag == "equal" and op.src_start <= k < op.src_end:
            theirs = op.dest_start + k - op.src_start  # "n'a arrêté personne" / "a arrêté 12 personnes"
            if not (none_word and theirs > 0 and counts(other, theirs - 1)):
                return None  # the other version has the negation word there too
            counted = [theirs - 1]
        if op.tag == "replace" and op.src_start <= k < op.src_end and none_word:
            counted = [x for x in range(op.dest_start, op.dest_end) if counts(other, x)]
    j = counted[0] if counted else j  # "no one" / "45 people", "aucune personne" / "45 personnes"
    if j is None or any(-NEGATION_SCOPE[1] <= j - x <= NEGATION_SCOPE[0] for x in their_negations):
        return None
    return j


def _said_across(member: Member, k: int, w: int, other: Member, their_negations: dict[int, int]) -> int | None:
    """Where ``other`` (in another language, or in this one worded otherwise) says the opposite of the denial
    ``member`` negates at word ``w`` (marker ``k``): "n'a pas exclu" / "ruled out", "no descartó" / "a exclu", "did
    not rule out that the number could rise" / "ruled out any further increase", the one verb of the same denial
    (``DENIALS``: excluding, refusing, denying) in a version that negates nothing; else None. Which verb of another
    language says the verb a negation bears on is not read: a negated verb against the one word the comparison's
    word table reads as it was tried and was wrong on the government pages and the reviews' sentences ("n'a pas
    confirmé l'identité" / "confirmed that the victim had died"), and "no recurrirá" / "will appeal" pair no words."""
    toks, theirs = member.feats.tokens, other.feats.tokens
    family = _denial(toks, w)
    if family is None or toks[k].norm not in _VERB_NEGATIONS or their_negations or _SAYS_NO.search(other.text) \
            or any(t.norm in NONE_WORDS or t.norm in _WITHOUT for t in theirs):
        return None  # (a negation the other version writes, read or not: "did not have", "ne peuvent … qu'une")
    denials = [(j, found) for j in range(len(theirs)) if (found := _denial(theirs, j)) is not None]
    return denials[0][0] if len(denials) == 1 and denials[0][1] == family else None  # (not "refused to rule out")


def _confirmed_across(member: Member, k: int, w: int, other: Member, their_negations: dict[int, int],
                      meanings: WordMatches | None) -> int | None:
    """The one verb of confirming or admitting (``_CONFIRMS``) of ``other``, another language's version that negates
    nothing, where ``member`` denies at marker ``k`` a clause whose verb ``w`` the confirmed clause says too ("La
    empresa negó que el sistema hubiera fallado" / "Ostrel confirmed that the ventilation system had failed"; not
    "confirmed that 14 miners were in the ventilation shaft"); else None."""
    if member.feats.tokens[k].lemma not in _DENYING and member.feats.tokens[k].norm not in _DENYING:
        return None
    theirs = other.feats.tokens
    if their_negations or _SAYS_NO.search(other.text) or any(_denial(theirs, j) for j in range(len(theirs))):
        return None
    found = [j for j, t in enumerate(theirs) if t.lemma in _CONFIRMS or t.norm in _CONFIRMS]
    if len(found) != 1:
        return None
    denied = _content_keys(member.feats.tokens[k + 1:])[:_CLAUSE_OPENING]
    confirmed = set(_content_keys(theirs[found[0] + 1:])[:_CLAUSE_OPENING + 1])
    said = sum(says_word(key, confirmed, meanings) for key in denied)
    verb = meaning_key(member.feats.tokens[w])
    rest = set(_content_keys(theirs[found[0] + 1:]))
    if said < 2 or verb is None or not says_word(verb, rest, meanings):
        return None  # what is denied opens what is confirmed ("el sistema de ventilación" / "the ventilation system";
        #              not "14 miners were in the ventilation shaft"), and its verb is said ("had been inspected" no)
    return found[0]


def _content_keys(toks) -> list[str]:
    return [key for t in toks if not t.is_number and (key := meaning_key(t)) is not None]


def says_word(key: str, words: set[str], meanings: WordMatches | None) -> bool:
    """Some word of ``words`` (another language's) says ``key``: the comparison's word table reads them alike, or
    they are spelled alike ("ventilación" / "ventilation", "sistema" / "system")."""
    if meanings is not None and meanings.covers(key, words):
        return True
    bare = strip_accents(key)
    return any(fuzz.ratio(bare, strip_accents(x)) >= _COGNATE for x in words)


_CLAUSE_OPENING = 3  # content words that open the denied clause, the confirmed one read one word further
_COGNATE = 75  # rapidfuzz ratio of two words spelled alike across languages ("ventilación" / "ventilation" 91)


_DENYING = frozenset("deny denied denies nier nié nie nient démentir démenti dément negar negó niega niegan".split())
_CONFIRMS = frozenset("""confirm confirmed confirms admit admitted admits acknowledge acknowledged confirmer confirmé
    confirme admettre admis reconnaître reconnu confirmar confirmó confirma admitir admitió reconocer reconoció""".split())


def _denies_alike(member: Member, w: int, other: Member, j: int) -> bool:
    """In one language, the two denials bear on something the two versions name alike: a content word of the few
    after each ("the number of affected customers"); "did not rule out a further cut in interest rates" and "ruled
    out an increase in the bank's capital requirements" deny two things."""
    mine = {t.lemma for t in member.feats.tokens[w + 1:w + 1 + _DENIED_REACH] if not t.stop}
    theirs = {t.lemma for t in other.feats.tokens[j + 1:j + 1 + _DENIED_REACH] if not t.stop}
    return bool(mine & theirs)


_DENIED_REACH = 8  # words after a denial's verb that say what it denies


_VERB_NEGATIONS = frozenset({"not", "never", "cannot", "pas", "jamais", "plus", "no", "nunca", "jamás"})
_WITHOUT = frozenset({"without", "sans", "sin", "ohne", "senza"})
_SAYS_NO = re.compile(r"\b(?:not|no|never|cannot|ne|pas|jamais|nunca|jamás|tampoco)\b|n['’]t\b|\bn['’]", re.I)


def _denial(toks: tuple[Token, ...], j: int) -> str | None:
    """The denial a verb makes by itself ("ruled out", "a exclu", "descartó": excluding; "refused": refusing), or
    None."""
    if toks[j].lemma == "rule":
        return "exclude" if j + 1 < len(toks) and toks[j + 1].norm == "out" else None
    return _DENIAL_OF.get(toks[j].lemma) or _DENIAL_OF.get(toks[j].norm)


DENIALS = {"exclude": "exclude exclure exclu descartar excluir ausschließen escludere",
           "refuse": "refuse decline refuser décliner negarse rechazar ablehnen rifiutare",
           "deny": "deny nier démentir negar desmentir dementieren leugnen negare smentire"}
_DENIAL_OF = {w: family for family, words in DENIALS.items() for w in words.split()}


NEGATION_SCOPE = (6, 2)  # words after a negation, and before it ("ne négocierons pas"), that it may bear on

NEGATION_LIKENESS = 0.5  # share of the shorter sentence's words the two versions write alike, in order
# or content words written alike in a row from the negated word on, however the rest is worded ("did not rule out
# forced redundancies if …" / "ruled out forced redundancies and said …"; not "would not resign over the scandal" /
# "demanded that the prime minister resign over the scandal")
NEGATED_RUN = 3  # content words


def _lone_days(member: Member, flags: list[bool]) -> dict[str, int]:
    """{"day" or "month": token} for each kind of date that the member gives once, uncovered (flagged)."""
    found: dict[str, list[int]] = {}
    for k, flagged in enumerate(flags):
        if flagged and (date := token_date(member.feats.tokens, k, member.lang)) is not None \
                and not day_said(member, k):
            found.setdefault(date.split(":", 1)[0], []).append(k)
    return {kind: ks[0] for kind, ks in found.items() if len(ks) == 1}


def _units_of(member: Member) -> dict[str, list[tuple[str, int, int]]]:
    """Per value, the numbers a member writes with a unit: (unit, first token, last token); basis points as the
    points they make ("25bp": 0.25 point, against "0.25%")."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for k, value, unit in units_written(member.feats.tokens, member.lang):
        out.setdefault(value, []).append((unit.name, k, unit.last))
    return out
