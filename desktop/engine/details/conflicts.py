"""Said differently in one language: a word-diff replace block that pairs uncovered words of two versions in one
slot of like wording makes each side a conflict pointing at the other.
"""
from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from rapidfuzz.distance import Levenshtein, Opcode

from ..amounts import amount_at
from ..attribution.cues import CUES
from ..clock import clock_times, time_words
from .. import thesaurus
from ..features import Token, token_number
from ..meanings import WordMatches, meaning_key
from ..negation import NONE_WORDS
from ..units import number_unit, point_fractions, unit_tokens
from ..world_names import countries_said, places_named, token_date, within_one_another
from .ages import age_at, term_of_years
from .counters import counted_apart
from .cover import uncovered
from .intervals import COUNT_RANGES, as_float, kinds_apart, may_agree, rank_and_count
from ..short_forms import code_word
from .name_conflicts import one_model
from .member import Member, diff_words, match_figures_apart, measure_words, member_hedges, member_qualifiers
from .outcomes import outcome
from .spans import meridiem_end


MAX_CONFLICT_TOKENS = 6


def word_conflicts(member: Member, flags: list[bool], others: list[Member],
                   meanings: WordMatches | None = None) -> dict[int, list[tuple[int, int, int]]]:
    """Uncovered tokens of this member that a ``Levenshtein.opcodes`` replace block pairs with another source's
    uncovered words: {token index: [(source, start, end) of the counterpart]}."""
    from .directions import move_figures_apart  # (directions reads this module's mark_opposites)
    from .time_conflicts import one_instant, zones_of_one_instant  # (time_conflicts reads this module's points_at)

    out: dict[int, list[tuple[int, int, int]]] = {}
    mine = diff_words(member)
    for other in others:
        if other.lang != member.lang:
            continue
        theirs = other.feats.tokens
        their_flags = uncovered(other, [member], meanings)
        my_bounds, their_bounds = member_qualifiers(member), member_qualifiers(other)
        ops = word_diff(mine, diff_words(other), member.ref < other.ref)
        for n, op in enumerate(ops):
            if op.tag != "replace" or max(op.src_end - op.src_start, op.dest_end - op.dest_start) > MAX_CONFLICT_TOKENS \
                    or not in_one_slot(ops, n, member.feats.tokens, theirs, member.lang, (my_bounds, their_bounds)):
                continue
            a = [k for k in range(op.src_start, _past_bound(member, op.src_end, my_bounds, flags))
                 if flags[k] and _says(member, k)]
            b = [k for k in range(op.dest_start, _past_bound(other, op.dest_end, their_bounds, their_flags))
                 if their_flags[k] and _says(other, k)]
            named = [_fact_of(toks, ks, bounds, member.lang)
                     for toks, ks, bounds in ((member.feats.tokens, a, my_bounds), (theirs, b, their_bounds))]
            if _one_of_a_count(member, a, other, b) or _one_of_a_count(other, b, member, a):
                named = [kinds | {"number"} for kinds in named]  # "one member" / "two members": counts
            if "number" in named[0] & named[1]:
                a, b = _ages_against_ages(member, a, other, b)
            if "number" in named[0] & named[1] and (may_agree(member, a, other, b) or rank_and_count(member, a, other, b)
                                                    or _year_against_count(member, a, other, b)
                                                    or _one_span_of_time(member, a, other, b)
                                                    or one_instant(member, a, other, b)
                                                    or kinds_apart(member, a, other, b)
                                                    or match_figures_apart(member, a, other, b)
                                                    or counted_apart(member, a, other, b)
                                                    or move_figures_apart(member, a, other, b)
                                                    or _count_against_measure(member, a, other, b)
                                                    or _parts_of(member, a, other, b) or _parts_of(other, b, member, a)
                                                    or _since(member, a) != _since(other, b)):
                continue  # "about 400" / "more than 380": one number may make both right; "72 hours" / "three days";
                #           "ten-man" / "2-1": a side's players and a score; "cut by 25 basis points" / "to 3.25%"
                #           "in 2021" / "the highest since 2009": a time and the start of a span
            if _starts_apart(member, a, other, b):
                continue  # "has been raging since Tuesday" / "killed four on Wednesday": a span's start, another day
            if named[0] == named[1] == {"name"} and (_one_place(member, a, other, b, others)
                                                     or _one_model(member, a, other, b)
                                                     or zones_of_one_instant(member, a, other, b)):
                continue  # "in France" / "at Lyon plant": one place said more or less precisely; "A321neo" / "A321";
                #           "EDT" / "CEST": two zones, the times compared
            if a and b and ((named[0] & named[1]) or (not named[0] and not named[1]
                                                      and _about_one_thing(member, a, theirs, b, meanings)
                                                      and not _one_result_each_side(member, a, other, b))):
                #   numbers against numbers, names against names ("Boeing 737" / "Airbus A320"), words against
                #   words ("Pigeon" / "next": no) about one thing; not a name against a number ("Diac" / "950 millions")
                b = _of_kinds(other, b, named[0] & named[1], their_bounds) or b  # "aged 22", not "Ilveira, aged 22"
                first = time_words(theirs).get(b[0], b[0])  # "17" of "03:17 Uhr": the time from its hour
                end = theirs[max(value_end(other, b[-1]), value_end(other, first))].end
                while first - 1 in their_bounds and their_flags[first - 1]:  # "More" of "More than 550"
                    first -= 1
                counterpart = (other.ref[0], other.start + theirs[first].start, other.start + meridiem_end(other.text, end))
                for k in _of_kinds(member, a, named[0] & named[1], my_bounds):
                    out.setdefault(k, []).append(counterpart)
    return out


def _one_result_each_side(member: Member, a: list[int], other: Member, b: list[int]) -> bool:
    """One result told from each side: a word of winning against a word of losing, the names before one version's
    words being those after the other's ("Lorvena beat Sarrenda 2-1" / "Sarrenda lost 1-2 to Lorvena", a QA helper's
    cup final showed "beat" / "lost" said differently). Two words of winning so ("Lorvena beat Sarrenda" / "Sarrenda
    won against Lorvena") stay a dispute."""
    def names(m: Member, ks: range) -> set[str]:
        return {m.feats.tokens[k].norm for k in ks if m.feats.tokens[k].is_name}

    sides = [{_RESULTS.get(m.feats.tokens[k].lemma) or _RESULTS.get(m.feats.tokens[k].norm) for k in ks} - {None}
             for m, ks in ((member, a), (other, b))]
    if len(sides[0]) != 1 or len(sides[1]) != 1 or sides[0] == sides[1]:
        return False
    mine_before, mine_after = names(member, range(a[0])), names(member, range(a[-1] + 1, len(member.feats.tokens)))
    their_before, their_after = names(other, range(b[0])), names(other, range(b[-1] + 1, len(other.feats.tokens)))
    return bool(mine_before & their_after) and bool(mine_after & their_before)


# words of winning and of losing a match, a vote, a case (lemmas, and forms the lemmatiser leaves as written)
_RESULTS = {**dict.fromkeys("""beat defeat win won overcome edge thrash battre vaincre gagner emporter remporter
    vencer ganar derrotar golear vincere battere sconfiggere besiegen schlagen gewinnen""".split(), "win"),
            **dict.fromkeys("""lose lost fall succumb perdre perdu s'incliner incliner perder caer perdere
    verlieren unterliegen""".split(), "lose")}


def _count_against_measure(member: Member, a: list[int], other: Member, b: list[int]) -> bool:
    """One block's first figure counts something and the other's is a measure ("two policymakers dissent" / "to
    3.25%": a head count and a rate), as across languages (``across.measure_and_count``)."""
    from .across import measure_and_count  # (across reads this module's since_apart)

    firsts = [next((k for k in ks if m.feats.tokens[k].is_number or token_number(m.feats.tokens, k, m.lang)), None)
              for m, ks in ((member, a), (other, b))]
    return None not in firsts and measure_and_count(member, firsts[0], other, firsts[1])


def _one_of_a_count(member: Member, a: list[int], other: Member, b: list[int]) -> bool:
    """Block ``a`` says "one" of what a figure of block ``b`` counts, the same word within two after each ("with one
    member dissenting" / "with two members dissenting", "Only one member of the board" / "Two members of the board"):
    a count of one, which the numbers read as a word ("one" is an article's or a pronoun's too often)."""
    toks, theirs = member.feats.tokens, other.feats.tokens
    ones = {t.lemma for k in a if _counting_one(toks, k, member.lang) for t in toks[k + 1:k + 3] if not t.stop}
    counted = {t.lemma for j in b if token_number(theirs, j, other.lang) for t in theirs[j + 1:j + 3] if not t.stop}
    return bool(ones & counted)


ONES = {"en": frozenset({"one"})}  # (the articles of other languages are small words, in no word-diff block)
_NOT_A_COUNT = frozenset("no not the any every each this that".split())  # "no one", "the one"


def _counting_one(tokens: tuple[Token, ...], k: int, lang: str) -> bool:
    """Token ``k`` is "one" that may count ("with one member", "Only one member"; not "no one", "the one")."""
    return tokens[k].norm in ONES.get(lang, ()) and (k == 0 or tokens[k - 1].norm not in _NOT_A_COUNT)


_ONLY = {"en": frozenset({"only", "just"})}  # "Only one member": how many, as "Two members" says it


def _only_one(tokens: tuple[Token, ...], lang: str) -> set[int]:
    """The tokens of "only" right before "one" ("Only one member"), part of the count as a number's qualifier is."""
    return {k for k in range(len(tokens) - 1)
            if tokens[k].norm in _ONLY.get(lang, ()) and _counting_one(tokens, k + 1, lang)}


def _year_against_count(member: Member, a: list[int], other: Member, b: list[int]) -> bool:
    """One block's figures are years and the other's none ("a contract until 2030" / "a five-year contract": an end
    and a length, not a figure said differently)."""
    years = [any(_year_like(m.feats.tokens[k]) for k in ks) for m, ks in ((member, a), (other, b))]
    numbers = [any(m.feats.tokens[k].is_number or token_number(m.feats.tokens, k, m.lang) for k in ks)
               for m, ks in ((member, a), (other, b))]
    return years[0] != years[1] and all(numbers)


def _year_like(tok) -> bool:
    """A number written as a year: four digits from 1900 to 2099, no separator ("2030", "the 2019 election")."""
    return tok.is_number and len(tok.surface) == 4 and tok.surface.isdigit() and 1900 <= int(tok.surface) <= 2099


def _ages_against_ages(member: Member, a: list[int], other: Member, b: list[int]) -> tuple[list[int], list[int]]:
    """The two blocks' tokens, without a person's age where the other block's numbers are all terms of years ("jailed
    for seven years" / "sentenced Graham Whitcombe, 58, to eight years": the term against the term, not his age)."""
    drop = [{k for k in ks if age_at(m, k) and theirs and all(term_of_years(o, j) for j in theirs)}
            for m, ks, o, theirs in ((member, a, other, [j for j in b if not age_at(other, j)]),
                                     (other, b, member, [k for k in a if not age_at(member, k)]))]
    return [k for k in a if k not in drop[0]], [k for k in b if k not in drop[1]]


def _of_kinds(member: Member, ks: list[int], kinds: set[str], bounds: set[int]) -> list[int]:
    """The tokens ``ks`` but the names, where numbers alone are in dispute ("Ilveira, aged 22" / "The 24-year-old":
    the 22, not "Ilveira")."""
    toks = member.feats.tokens
    if not kinds or "name" in kinds:
        return ks
    return [k for k in ks if not toks[k].is_name or _fact_of(toks, [k], bounds, member.lang) & kinds]


def _past_bound(member: Member, end: int, bounds: set[int], flags: list[bool]) -> int:
    """A block's end, past the figure its last word bounds when the diff left that figure out of it ("about" paired
    with "12,400", "3,000" left over as words only one version has: "burned about 3,000 acres" / "burned 12,400
    acres")."""
    toks = member.feats.tokens
    if (end - 1 in bounds or end - 1 in member_hedges(member)) and end < len(toks) and toks[end].is_number \
            and flags[end] and end not in bounds:
        return end + 1
    return end


def _one_model(member: Member, a: list[int], other: Member, b: list[int]) -> bool:
    """Tokens ``a`` and ``b`` hold one code each, of one model, one naming its variant ("A321neo" / "A321")."""
    mine = [t.surface for k in a if code_word((t := member.feats.tokens[k]).surface)]
    theirs = [t.surface for k in b if code_word((t := other.feats.tokens[k]).surface)]
    return len(mine) == len(theirs) == 1 and one_model(mine[0], theirs[0])


def _parts_of(member: Member, a: list[int], other: Member, b: list[int]) -> bool:
    """The numbers among tokens ``a`` add up to the one number among ``b``: a total given in parts ("174 passengers
    and six crew" / "180 people on board")."""
    mine, theirs = _values(member, a), _values(other, b)
    return len(mine) >= 2 and len(theirs) == 1 and abs(sum(mine) - theirs[0]) < 1e-9


def _values(member: Member, ks: list[int]) -> list[float]:
    toks, out, last = member.feats.tokens, [], -1
    for k in ks:
        if k <= last or (value := as_float(token_number(toks, k, member.lang))) is None:
            continue
        last = value_end(member, k)
        out.append(value)
    return out


def _one_span_of_time(member: Member, a: list[int], other: Member, b: list[int]) -> bool:
    """Two spans of time of one length in two units ("within 72 hours" / "within three days", "90 minutes" / "an
    hour and a half" aside): no figure said differently."""
    mine, theirs = _hours(member, a), _hours(other, b)
    return mine is not None and mine == theirs


def _hours(member: Member, ks: list[int]) -> float | None:
    """The hours a number and its unit of time among tokens ``ks`` (and the token after the last) say, or None."""
    toks = member.feats.tokens
    for k in ks:
        value = token_number(toks, k, member.lang)
        unit = _HOURS.get(toks[k + 1].norm) if k + 1 < len(toks) else None
        if value is not None and unit is not None and not (k and toks[k - 1].norm in ("à", "a", "at")):
            try:
                return float(value) * unit  # (not "à 14 heures", a time of day)
            except ValueError:
                return None
    return None


_HOURS = {**dict.fromkeys("minute minutes minuto minutos".split(), 1 / 60),
          **dict.fromkeys("hour hours heure heures hora horas stunde stunden".split(), 1.0),
          **dict.fromkeys("day days jour jours día días tag tage".split(), 24.0),
          **dict.fromkeys("week weeks semaine semaines semana semanas woche wochen".split(), 168.0)}


def _one_place(member: Member, a: list[int], other: Member, b: list[int], others: list[Member]) -> bool:
    """The names ``a`` and ``b`` are one place said more or less precisely (``world_names.within_one_another``), read
    with the countries each version's sentences of the claim name."""
    def said(source: int) -> frozenset[str]:
        return frozenset().union(*(countries_said(m.feats.tokens, m.lang) for m in (member, *others)
                                   if m.ref[0] == source))
    mine, theirs = places_named(member.feats.tokens, a, member.lang), places_named(other.feats.tokens, b, other.lang)
    return within_one_another(mine, theirs, said(member.ref[0]), said(other.ref[0]))


# Words that count without a numeral ("Dozens injured" / "5 injured", "Aucune des 123" / "Les 204"), the ranges they
# read as among them (``intervals.COUNT_RANGES``)
COUNTS = NONE_WORDS | frozenset({"scores", "several", "plusieurs"}) | COUNT_RANGES.keys()


def _fact_of(toks: tuple[Token, ...], ks: list[int], bounds: set[int], lang: str) -> set[str]:
    """What the tokens ``ks`` give: "number" (a numeral, a number word, a bound, a count: "four hundred", "more
    than", "dozens", "aucune") and "name"; none of them for words."""
    fractions = point_fractions(toks)  # "half a percentage point"
    kinds = {"number"} if any(toks[k].is_number or token_number(toks, k, lang) or k in bounds
                              or toks[k].norm in COUNTS or k in fractions for k in ks) else set()
    return kinds | ({"name"} if any(toks[k].is_name for k in ks) else set())


def points_at(parts, source: int) -> bool:
    """A conflict's counterparts (source, start, end) already include one in ``source``."""
    return any(s == source for s, _start, _end in parts)


def span_of(member: Member, first: int, last: int) -> tuple[int, int, int]:
    """(source, start, end) of the member's tokens ``first`` to ``last``, in its source's text: what a conflict points
    at."""
    toks = member.feats.tokens
    return member.ref[0], member.start + toks[first].start, member.start + toks[last].end


def _since(member: Member, ks: list[int]) -> bool:
    """The first figure of ``ks`` is where a span of time starts ("since 2009", "depuis 2009", "seit 2009")."""
    first = next((k for k in ks if member.feats.tokens[k].is_number), None)
    return first is not None and since_day(member, first)


_SINCE = frozenset("since depuis desde seit".split())  # (not Italian "dal": "dal 12%", from 12%)
_SINCE_IN = {"it": frozenset({"da"})}  # "brucia da martedì" (elsewhere "da" is "of the": "na manhã da segunda-feira")
_DAY_ARTICLES = frozenset("le la el the o a dem".split())  # "depuis le 3 mars", "desde el martes", "seit dem 3. März"


def _starts_apart(member: Member, a: list[int], other: Member, b: list[int]) -> bool:
    """Both give a day or month, one where a span of time starts ("since Tuesday"), the other not ("on Wednesday")."""
    days = [next((k for k in ks if token_date(m.feats.tokens, k, m.lang)), None) for m, ks in ((member, a), (other, b))]
    return None not in days and since_apart(member, days[0], other, days[1])


def since_apart(member: Member, k: int, other: Member, j: int) -> bool:
    """One day is where a span of time starts ("raging since Tuesday"), the other a day something else happened on
    ("killed four on Wednesday"): two days of two things. Not when the other day is a start too ("the strike that
    began on Tuesday" / "under way since Wednesday": one start, said differently)."""
    mine, theirs = since_day(member, k), since_day(other, j)
    if mine == theirs:
        return False
    plain, at = (other, j) if mine else (member, k)
    return not _started(plain, at)


def _started(member: Member, k: int) -> bool:
    """A verb of starting within four words before the day at token ``k`` ("began on Tuesday", "s'est déclaré mardi",
    "brach am Dienstag … aus")."""
    toks = member.feats.tokens
    return any(t.norm in _STARTING or t.lemma in _STARTING for t in toks[max(0, k - 4):k])


_STARTING = frozenset("""begin began begun start started broke erupt erupted commencer commencé débuter débuté éclater
    éclaté empezar empezó comenzar comenzó iniciar inició estallar estalló beginnen begann ausbrechen brach
    ausgebrochen iniziare iniziato iniziata scoppiare scoppiato scoppiata começar começou eclodir eclodiu deflagrar
    deflagrou""".split())


def since_day(member: Member, k: int) -> bool:
    """The day or date at token ``k`` is where a span of time starts ("depuis mardi", "since Tuesday", "desde el
    martes", "seit Dienstag", "da martedì"), not a day something happened on."""
    toks = member.feats.tokens
    j = k - 1 - (k > 1 and toks[k - 1].norm in _DAY_ARTICLES)
    return j >= 0 and (toks[j].norm in _SINCE or toks[j].norm in _SINCE_IN.get(member.lang, ()))


def mark_against(flags: list[bool], conflicts: dict, tokens, part: tuple[int, int, int]) -> None:
    """Flag a member's ``tokens`` and point each at the other version's span ``part`` (source, start, end), once
    per source: the rules that set one version's phrase against another's whole (an order of magnitude, a share,
    a verdict, an act)."""
    for k in tokens:
        flags[k] = True
        if not points_at(conflicts.get(k, ()), part[0]):
            conflicts.setdefault(k, []).append(part)


def mark_opposites(members: list[Member], flags: list[list[bool]], conflicts: list[dict], read, alike) -> None:
    """Both ways, each version's reading (``read(member)``: (what it says, its tokens) or None) against another
    version's other reading where ``alike(member, mine, other, theirs)`` says they are of one thing: a verdict, a
    move up or down."""
    for n, m in enumerate(members):
        mine = read(m)
        if mine is None:
            continue
        for o in members:
            theirs = read(o) if o.ref[0] != m.ref[0] else None
            if theirs is not None and theirs[0] != mine[0] and alike(m, mine, o, theirs):
                mark_against(flags[n], conflicts[n], mine[1], span_of(o, theirs[1][0], theirs[1][-1]))


def value_end(member: Member, k: int) -> int:
    """The last token of the time of day or the amount token ``k`` starts or is part of, with its unit ("6" of
    "6 p.m.": "m")."""
    if (time := clock_times(member.feats.tokens).get(k)) is not None:
        return time[1]
    bounds = member_qualifiers(member)
    if k in bounds:  # "Fewer" of "Fewer than"
        while k + 1 in bounds:
            k += 1
        return k
    amount = amount_at(member.feats.tokens, k, member.lang)
    first, last = (amount.first, amount.last) if amount is not None else (k, k)
    unit = number_unit(member.feats.tokens, first, member.lang) if member.feats.tokens[first].is_number else None
    last = max(last, unit.last) if unit is not None else last  # "2 milliards d'euros", "5 per cent"
    measured = [j for j, (_, figure) in measure_words(member).items() if figure == last]
    return max(measured, default=last)  # "70 miles an hour"


def _says(member: Member, k: int) -> bool:
    """Token ``k`` carries what the sentence says: no small word, unless it is part of an amount ("m" of "$2m") or
    hedges ("more than")."""
    return not member.feats.tokens[k].stop or amount_at(member.feats.tokens, k, member.lang) is not None \
        or k in member_hedges(member)


def _about_one_thing(member: Member, a: list[int], theirs: tuple[Token, ...], b: list[int],
                     meanings: WordMatches | None) -> bool:
    """Words one sentence has where the other has others are a difference in what it says when they are about one
    thing, alike or opposite ("approved" / "rejected", "guilty" / "acquitted"); "three people today" / "three
    people dead" only words it otherwise (``meanings.RELATED``). Without the words' cosines (no table, or words
    the aligner never compared) the place alone decides."""
    if _one_outcome([member.feats.tokens[i] for i in a], [theirs[i] for i in b]) \
            or (_saying(member.feats.tokens, a, member.lang) and _saying(theirs, b, member.lang)) \
            or _one_way(member.feats.tokens, a, theirs, b, member.lang):
        return False  # "prévient" / "souligne": one quotation introduced by two verbs of saying (a QA helper's
        #               drug-trial reports had them ⚠ said differently); "cut" / "lowered": one move
    if member.lang == "en" and len(a) == len(b) == 1 \
            and thesaurus.way_of_going(member.feats.tokens[a[0]].norm, theirs[b[0]].norm):
        return False  # "limped off" / "went off": one way of going said more precisely, wording (a QA helper's cup
        #               final had it ⚠ said differently)
    if meanings is None:
        return True
    mine = [k for i in a if (k := meaning_key(member.feats.tokens[i])) is not None]
    other = [k for i in b if (k := meaning_key(theirs[i])) is not None]
    return meanings.related(mine, other) is not False


def _one_way(mine: tuple[Token, ...], a: list[int], theirs: tuple[Token, ...], b: list[int], lang: str) -> bool:
    """Every word of both blocks is a word of one and the same move, rising or falling ("cut" / "lowered", "raised" /
    "increased", "weakened" / "fell": a QA helper's central-bank reports had the lead's "cut its policy rate" ⚠
    against "lowered"); a move told the other way is ``directions``' dispute."""
    from .directions import way_of  # (directions reads this module's mark_opposites)

    ways = {way_of(toks[k], lang) for toks, ks in ((mine, a), (theirs, b)) for k in ks}
    return bool(a) and bool(b) and len(ways) == 1 and None not in ways


def _saying(tokens: tuple[Token, ...], ks: list[int], lang: str) -> bool:
    """Every word of ``ks`` is a verb of saying ("prévient", "souligne", "said", "warned")."""
    say = CUES[lang].say if lang in CUES else frozenset()
    return bool(ks) and all(tokens[k].lemma in say or tokens[k].norm in say for k in ks)


def _one_outcome(mine: list[Token], theirs: list[Token]) -> bool:
    """Both sides say the same thing befell someone, in their own words ("shot and killed a man" / "shot a driver
    dead": death, the victim named otherwise): no outcome said differently, as "killed" / "injured" is."""
    said = [{o for t in toks if (o := outcome(t)) is not None} for toks in (mine, theirs)]
    return len(said[0]) == 1 and said[0] == said[1]  # (not "killed a soldier and wounded a child" / "… a child and …")


def word_diff(mine: list[str], theirs: list[str], first: bool) -> list:
    """The word diff of two sentences, computed one way for both (the first member's against the second's, turned
    round for the second), so that both sides of a pair read the same blocks and agree on its conflicts."""
    if first:
        return _runs_joined(list(Levenshtein.opcodes(mine, theirs)), mine, theirs)
    turned = {"insert": "delete", "delete": "insert"}
    return [Opcode(turned.get(op.tag, op.tag), op.dest_start, op.dest_end, op.src_start, op.src_end)
            for op in _runs_joined(list(Levenshtein.opcodes(theirs, mine)), theirs, mine)]


def _runs_joined(ops: list, mine: list[str], theirs: list[str]) -> list:
    """Neighbouring blocks of words that differ made one where the run holds a figure on each side and no block of
    it pairs two figures: "would take 31" / "32" is one replace block, where the opcodes paired "would" with "32" and
    left "take 31" deleted, so that no figure stood against the other. Other runs stay as the opcodes cut them."""
    out: list = []
    run: list = []
    for op in [*ops, None]:
        if op is not None and op.tag != "equal":
            run.append(op)
            continue
        out.extend(_joined(run, mine, theirs) if len(run) > 1 else run)
        run = []
        if op is not None:
            out.append(op)
    return out


def _joined(run: list, mine: list[str], theirs: list[str]) -> list:
    """The run of blocks as one replace block where it pairs figures only so, in a few words (``_runs_joined``)."""
    sides = [(mine[op.src_start:op.src_end], theirs[op.dest_start:op.dest_end]) for op in run]
    if max(run[-1].src_end - run[0].src_start, run[-1].dest_end - run[0].dest_start) > _JOINED \
            or any(_figure_in(a) and _figure_in(b) for a, b in sides) \
            or not (any(_figure_in(a) for a, _ in sides) and any(_figure_in(b) for _, b in sides)):
        return run
    return [Opcode("replace", run[0].src_start, run[-1].src_end, run[0].dest_start, run[-1].dest_end)]


_JOINED = 3  # words a side of a joined block holds at most (longer runs pair a qualifier's words apart: "in Vérignac
#              shortly before 4:30" / "started around 4:20" read no rounding)


def _figure_in(words: list[str]) -> bool:
    return any(ch.isdigit() for word in words for ch in word)


def in_one_slot(ops: list, n: int, toks: tuple[Token, ...], theirs: tuple[Token, ...], lang: str = "",
                qualifying: tuple[Collection[int], Collection[int]] = ((), ())) -> bool:
    """Replace block ``n`` stands where the other wording stands: on each side, past small words, a word one side
    adds and another name, number or date in the same slot ("in Texas on Monday" / "in Ohio on Tuesday", "approved"
    / "narrowly rejected"), a word the two sentences share or the sentence's edge ("The Senate approved
    the bill" / "The Senate rejected the bill"). In two sentences that order their words differently a replace
    block pairs words of different places ("montrant" / "Blanche"): each is what its source adds, not a
    contradiction. A name or a number stands in one slot at the sentence's edge past small words both have too ("A
    62-year-old man" / "A 61-year-old man"), other words there only reword ("The fire" / "The blaze").
    ``qualifying``: each side's tokens that qualify a number ("More than 550" / "Around 400": the word diff pairs
    "Around 400" with "than 550", "More" left alone), part of its figure."""
    op = ops[n]
    qualifying = (set(qualifying[0]) | _units(toks, lang) | _only_one(toks, lang),
                  set(qualifying[1]) | _units(theirs, lang) | _only_one(theirs, lang))
    #              a unit one side writes apart ("1.8 per cent" / "1.6%"): part of its figure too
    facts = all(t.is_name or t.is_number or token_number(side, k, lang) is not None or k in bounds  # "four hundred"
                or _counting_one(side, k, lang)  # "one member" / "two members" (``_one_of_a_count``)
                for side, start, end, bounds in ((toks, op.src_start, op.src_end, qualifying[0]),
                                                 (theirs, op.dest_start, op.dest_end, qualifying[1]))
                for k, t in enumerate(side[start:end], start))
    return len(ops) > 1 and _anchored(ops, n, -1, toks, theirs, facts, qualifying) \
        and _anchored(ops, n, 1, toks, theirs, facts, qualifying)


@lru_cache(maxsize=512)
def _units(tokens: tuple[Token, ...], lang: str) -> frozenset[int]:
    """The tokens that write a number's unit (``unit_tokens``), read once per sentence (``in_one_slot`` runs for
    every replace block of every pair)."""
    return frozenset(unit_tokens(tokens, lang))


_SHORT_CHANGE = 2  # tokens a change between the block and its anchor may have on a side


def _anchored(ops: list, n: int, step: int, toks: tuple[Token, ...], theirs: tuple[Token, ...], facts: bool,
              qualifying: tuple[Collection[int], Collection[int]] = ((), ())) -> bool:
    k, changed = n + step, False
    while 0 <= k < len(ops):
        op = ops[k]
        mine, other = toks[op.src_start:op.src_end], theirs[op.dest_start:op.dest_end]
        if op.tag != "equal" and set(range(op.src_start, op.src_end)) <= set(qualifying[0]) \
                and set(range(op.dest_start, op.dest_end)) <= set(qualifying[1]):
            k += step  # the rest of a figure's qualifier ("More" of "More than 550")
            continue
        if op.tag == "equal" and any(not t.stop for t in mine):
            return True
        same_kind = op.tag == "replace" and len(mine) <= _SHORT_CHANGE and len(other) <= _SHORT_CHANGE \
            and all(t.is_name or t.is_number for t in (*mine, *other))  # another name, number or date
        if op.tag != "equal" and not same_kind and len(mine) + len(other) > 1:
            return False  # other words changed, or more than a word one side adds ("narrowly"): not the same slot
        changed = changed or op.tag != "equal"
        k += step
    return k == n + step or (facts and not changed)  # the sentence's edge, right next to the block, or for a name or
    #                                                  a number past nothing but small words both have


def both_ways(members: list[Member], flags: list[list[bool]], conflicts: list[dict],
              meanings: WordMatches | None = None) -> None:
    """Each conflict shown on both sides: the other version's figures and names a conflict points at, which the
    conflicting version does not give, are flagged and point back, though a third version gives them (four reports
    of job cuts: "1 200 salariés" pointed at the wire's "1,150 people", which the regional paper's "1 150" covered,
    so the wire's column showed no dispute). A figure the conflicting report gives in another of its sentences of the
    claim stays unmarked (iSTS headlines: F1 0.783 -> 0.775 when it was marked)."""
    spans = {n: (m.ref[0], m.start, m.start + len(m.text)) for n, m in enumerate(members)}
    for n, m in enumerate(members):
        for k, parts in list(conflicts[n].items()):
            mine = (m.ref[0], m.start + m.feats.tokens[k].start, m.start + m.feats.tokens[k].end)
            for src, start, end in parts:
                o = next((x for x, (s, a, b) in spans.items() if s == src and a <= start < b and x != n), None)
                if o is None:
                    continue
                lacking = None
                for j, t in enumerate(members[o].feats.tokens):  # its figures and names, not the words between
                    if start <= members[o].start + t.start < end and flags[o][j] and j in conflicts[o] \
                            and not any(p[0] == m.ref[0] and spans[n][1] <= p[1] < spans[n][2] for p in conflicts[o][j]) \
                            and (t.is_number or t.is_name):
                        conflicts[o][j].append(mine)  # disputed already, by a third version: this one's too
                        continue  # (four reports: "Twelve" twice pointed at "Fourteen", not at "Eighteen")
                    if start <= members[o].start + t.start < end and not flags[o][j] and (t.is_number or t.is_name):
                        lacking = uncovered(members[o], [x for x in members if x.ref[0] == m.ref[0]], meanings) \
                            if lacking is None else lacking  # what the conflicting report gives nowhere
                        if lacking[j]:
                            flags[o][j] = True
                            conflicts[o].setdefault(j, []).append(mine)
