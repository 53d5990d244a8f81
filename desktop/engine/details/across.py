"""Details across languages: what the other versions leave out phrase by phrase (``phrases.flagged``), and
numbers or dates that a matched phrase of the other language gives otherwise.
"""
from __future__ import annotations

from rapidfuzz import fuzz

from .. import phrases
from ..amounts import PLUS, SCALES, amount_at, currency_key
from ..attribution.sentence import dateline_end
from ..clock import clock_times, clock_tokens
from ..dates import word_dates
from ..features import UNSPACED, strip_accents, token_number
from ..lemmas import shared_lemmas
from ..match_figures import MINUTE, MINUTE_NOUNS
from ..meanings import WordMatches, meaning_key
from ..ordinals import ordinal_suffix
from ..phrases import PhraseCover
from ..short_forms import code_word
from ..units import number_unit
from ..world_names import countries_said, token_date, word_key
from . import magnitudes, shares
from .anchored import best_placed
from .ages import age_against_term, holder, same_person
from .conflicts import since_apart
from .counters import counted_apart
from .cover import uncovered
from .directions import move_figures_apart, of_what_moved
from .intervals import (
    converts, figure_kind, kinds_apart, may_agree, measure, measure_at, written_after,
)
from .member import (
    Member, checkable, cross_checkable, day_said, earlier_figure, match_figures_apart, match_sorts, member_qualifiers,
    reads_as_name,
)
from .name_conflicts import SPELLED_ALIKE
from .outcomes import OUTCOMES
from .time_conflicts import times_agree
from .unnamed import unnamed_names


def _number_pairs(member: Member, flags: list[bool], others: list[tuple[int, Member, list[bool]]],
                  meanings: WordMatches | None, cover: PhraseCover) -> list[tuple[int, int, int]]:
    """Numbers and dates of this member that another language's version gives otherwise: (token, other member,
    its token) where the phrase the token is in matched a phrase of the other holding a number or date of the same
    kind that this member does not give ("18 francs" / "17 francs"). A figure another version gives too is set
    against a figure the other gives that a version of its own gives too: four reports split two against two ("12
    arrests" in two, "31" in the other two) had no figure marked."""
    toks = member.feats.tokens
    figures = [k for k in range(len(toks)) if cross_checkable(member, k) is not None
               and not (token_date(toks, k, member.lang) is not None and day_said(member, k))
               and not earlier_figure(member, k)  # (not "up from 55.2% in 2021" against this year's "59,8 %")
               and not _scale_of_amount(toks, k, member.lang)  # "120 million": one figure, set against "100 milioni"
               and not ordinal_suffix(toks, k)]  # "57th": one figure, its digits (a third version's "57" gives them)
    out = []
    for o_n, other, their_flags in ((o_n, o, f) for o_n, o, f in others if o.lang != member.lang and figures):
        siblings = [o for _, o, _ in others if o.ref[0] == other.ref[0]]  # the other's source, all its sentences
        confirmed = [] if len(others) == 1 else _not_given_by(member, [k for k in figures if not flags[k]], siblings,
                                                                meanings)
        mine = sorted({k for k in figures if flags[k]} | set(confirmed))
        dated = dateline_end(other.text)  # a wire's dateline ("HALDEN CROSS, March 14 (Wirepress) -"): provenance
        theirs = [f and t.start >= dated for f, t in zip(uncovered(other, [member], meanings), other.feats.tokens)]
        found = _one_noun_each(_in_sentence_order(member, mine, other, theirs, cover), member, other, meanings)
        for k, hits in _one_move_each(found, member, other, meanings).items():
            hits = [j for j in hits if not _counting_apart(member, k, other, j, meanings)
                    and not kinds_apart(member, [k], other, [j]) and not measure_and_count(member, k, other, j)
                    and not _peoples_apart(member, k, other, j) and not _outcomes_apart(member, k, other, j)
                    and not _holders_apart(member, k, other, j)
                    and not _part_against_total(member, k, other, j) and not _codes_apart(member, k, other, j)
                    and not _two_peoples_ages(member, k, other, j) and not age_against_term(member, k, other, j)
                    and not counted_apart(member, [k], other, [j])
                    and not _days_apart(member, k, other, j)
                    and not match_figures_apart(member, [k], other, [j])  # "ten-man" / "2-1", "85'" / "10 men"
                    and not move_figures_apart(member, [k], other, [j])  # "by 25 basis points" / "auf 3,25 Prozent"
                    and _identifier(member, k) == _identifier(other, j)
                    and not _part_of_total(member, k, other) and not _part_of_total(other, j, member)]
            if hits and (token_date(toks, k, member.lang) is not None
                         or not any(may_agree(member, [k], other, [j]) or times_agree(member, k, other, j)
                                    for j in hits)):  # "3:42 a.m." / "vers 3 h 40": one time, rounded
                out.extend((k, o_n, j) for j in hits)  # (not "about 400" / "plus de 380", "75F" / "24 a 11 grados")
    return out


def _days_apart(member: Member, k: int, other: Member, j: int) -> bool:
    """Two days of two events: the other's dates a statement ("officials said on Wednesday"), or one is where a span
    of time starts and the other not ("qui ravage depuis mardi" / "broke out on Wednesday", "depuis le 3 mars" /
    "on March 10")."""
    if _date_kind(member, k) is None or _date_kind(other, j) is None:
        return False
    return day_said(other, j) or since_apart(member, _date_start(member, k), other, _date_start(other, j))


def _date_start(member: Member, k: int) -> int:
    """The first token of the date token ``k`` is part of ("March" of "March 10"), or ``k``."""
    return next((d.tokens[0] for d in word_dates(member.feats.tokens, member.lang) if k in d.tokens), k)


def _scale_of_amount(tokens, k: int, lang: str) -> bool:
    """Token ``k`` is the scale word of an amount ("million" of "120 million euros"), read with its number."""
    amount = amount_at(tokens, k, lang)
    return amount is not None and amount.first != k and not tokens[k].is_number


def _one_noun_each(found: dict[int, list[int]], member: Member, other: Member,
                   meanings: WordMatches | None) -> dict[int, list[int]]:
    """``found`` (this member's figures: the other's they may be said otherwise as), a figure of the other that
    several of this member's may be kept for the one whose noun is its noun ("Quatorze policiers ont été blessés et
    neuf manifestants …" / "Dieciocho agentes resultaron heridos": fourteen, not nine, against eighteen), or what
    befell them ("blessés" / "heridos")."""
    if meanings is None:
        return found
    out = {k: list(hits) for k, hits in found.items()}
    for j in {j for hits in found.values() for j in hits}:
        ks = [k for k, hits in found.items() if j in hits]
        same = [k for k in ks if _one_count(other, j, member, k, meanings)]
        if len(ks) > 1 and same:
            for k in ks:
                if k not in same:
                    out[k].remove(j)
    for k, hits in out.items():  # and one figure of this member that several of the other's may be
        same = [j for j in hits if _one_count(other, j, member, k, meanings)]
        if len(hits) > 1 and same:
            out[k] = same
    return out


def _one_move_each(found: dict[int, list[int]], member: Member, other: Member,
                   meanings: WordMatches | None) -> dict[int, list[int]]:
    """``found`` (this member's figures: the other's they may be said otherwise as), where one figure of either may be
    several of the other's, kept for those of a move of one thing ("The crown slipped 0.6%" / "la couronne … a reculé
    de 0,4 %, tandis que l'indice EST-30 … en hausse de 1,2 %": the crown's 0,4 %, not the index's 1,2 %)."""
    out = {k: of_what_moved(member, k, other, hits, meanings) if len(hits) > 1 else list(hits)
           for k, hits in found.items()}
    for j in {j for hits in out.values() for j in hits}:
        ks = [k for k, hits in out.items() if j in hits]
        kept = of_what_moved(other, j, member, ks, meanings) if len(ks) > 1 else ks
        for k in set(ks) - set(kept):
            out[k].remove(j)
    return out


def _one_count(member: Member, k: int, other: Member, j: int, meanings: WordMatches) -> bool:
    """The figures count one noun, or people one outcome befell."""
    befell = _outcomes_of(member).get(k)
    return _one_noun(_counted_words(member, k), _counted_words(other, j), meanings) \
        or bool(befell and befell & _outcomes_of(other).get(j, frozenset()))


def _one_noun(mine: tuple[str, ...], theirs: tuple[str, ...], meanings: WordMatches) -> bool:
    """Two counts' nouns are one word, or mean one thing as the comparison's word table reads them (of each count,
    its word and, in English, the word after it: ``_counted_words``)."""
    return any(m == t or meanings.covers(m, {t}) or meanings.covers(t, {m}) for m in mine for t in theirs)


def _two_peoples_ages(member: Member, k: int, other: Member, j: int) -> bool:
    """Both numbers are ages, of two people named otherwise ("Une passagère, Claire Dubois, 34 ans" / "un passeggero,
    Luca Ferrante, 52 anni": two witnesses, no age said differently)."""
    mine, theirs = holder(member, k), holder(other, j)
    return mine is not None and theirs is not None and mine[2] and theirs[2] and not same_person(member, k, other, j) \
        and fuzz.ratio(strip_accents(mine[0]), strip_accents(theirs[0])) < SPELLED_ALIKE  # "Martínez" / "Martinez"
    #      two names: a noun is another word in another language ("A 45-year-old man" / "Un homme de 54 ans": one man)


def _identifier(member: Member, k: int) -> bool:
    """The number at token ``k`` names something with the word right before it: a capitalised name ("Intercity 521",
    "Route 66") or a noun of numbered things ("le vol 4127", "la ruta 61", "Line 4"): an identifier, set against
    identifiers only ("L'Intercity 512" is no "254 people")."""
    toks = member.feats.tokens
    if k == 0 or member.text[toks[k - 1].end:toks[k].start].strip() or toks[k - 1].is_number or _split(member, k):
        return False
    if not toks[k].is_number and (checkable(member, k) or "").startswith("ord:"):
        return False  # a rank in words ranks, it names nothing: "Europe's third-largest" / "il secondo gruppo"
    before = toks[k - 1]
    if before.norm in _NUMBERED:
        return True
    named = reads_as_name(before, k - 1, member.names, toks, member.lang) \
        or not shared_lemmas().known(before.norm, member.lang)
    return before.surface[:1].isupper() and not before.stop and named and k - 1 not in member_qualifiers(member) \
        and token_date(toks, k - 1, member.lang) is None and measure(member, k) is None \
        and not (len(before.surface) == 3 and before.surface.isupper())  # (not "NIS 400 million": a sum)


def _split(member: Member, k: int) -> bool:
    """Token ``k`` opens a score or a vote's split ("beat Sarrenda 2-1", "Sarrenda 2:1"): no identifier's number."""
    toks = member.feats.tokens
    return k + 1 < len(toks) and toks[k + 1].is_number and member.text[toks[k].end:toks[k + 1].start] in _SPLIT_MARKS


_SPLIT_MARKS = frozenset({"-", "–", ":", " - ", " – "})
_NUMBERED = frozenset("""flight vol vuelo volo flug route ruta rotta line lines ligne línea linea linie bus
    train tren treno zug platform quai voie andén binario gate porte puerta gleis category categories catégorie
    categoría categoria kategorie""".split())  # ("a Category 3 storm" / "en catégorie 4": one scale's steps)


def _codes_apart(member: Member, k: int, other: Member, j: int) -> bool:
    """One of the two numbers is a code's, after its letters ("XY 4127", a flight), and the other is no number of
    a code with those letters (a French report's "vol XY 4172" had been set against "174 passengers" too)."""
    mine, theirs = _code_letters(member, k), _code_letters(other, j)
    return (mine is not None or theirs is not None) and mine != theirs


def _code_letters(member: Member, k: int) -> str | None:
    """The two capitals a number of figures is written after as one code ("XY" of "XY 4127", "MH" of "MH 370"; not
    "USD 400", a sum), or None."""
    toks = member.feats.tokens
    if k == 0 or not toks[k].is_number or not toks[k].norm.isdigit() or toks[k].start - toks[k - 1].end != 1:
        return None
    letters = toks[k - 1].surface
    known = currency_key(letters.lower()) is not None or currency_key(letters) is not None or toks[k - 1].stop
    return letters if len(letters) == 2 and letters.isalpha() and letters.isupper() and not known else None
    #      (an airline's code has two letters; a currency's three: "NIS 400", "KES 217"; "TO 17" is a headline's word)


def _not_given_by(member: Member, figures: list[int], source: list[Member],
                  meanings: WordMatches | None) -> list[int]:
    """The figures of ``figures`` that no sentence of the other source in the group (``source``) gives, past a
    wire's dateline: a figure the other source gives in another of its sentences is no figure of this member's own
    against that source ("killed four people and forced more than 3,000 residents to evacuate" / "quatro mortos" and
    "Cerca de 3.200 pessoas foram retiradas": "four" had been set against "3.200")."""
    dated = dateline_end(member.text)
    lacking = uncovered(member, source, meanings)
    return [k for k in figures if lacking[k] and member.feats.tokens[k].start >= dated]


def measure_and_count(member: Member, k: int, other: Member, j: int) -> bool:
    """A measure against a count of something ("burns 5,018 hectares" / "près de 9 000 habitants évacués", "two
    policymakers dissent" / "to 3.25%"); a magnitude is neither ("A magnitude 5.8 earthquake" / "de 6,1 grados en la escala de Richter")."""
    kinds = figure_kind(member, k), figure_kind(other, j)
    if "category" in kinds:
        return kinds[0] != kinds[1]  # "con categoría 4" / "killing at least 11 people"
    if "magnitude" in kinds:
        return False
    return (measure(member, k) is not None and _counts_something(other, j)) \
        or (measure(other, j) is not None and _counts_something(member, k))


def _counts_something(member: Member, k: int) -> bool:
    """The figure at token ``k`` counts a noun, or people something befell ("forces thousands to flee")."""
    return _counted(member, k) is not None or bool(_outcomes_of(member).get(k))


def _outcomes_apart(member: Member, k: int, other: Member, j: int) -> bool:
    """Two counts of what befell people where what befell them differs ("Four people remain missing" / "Otras 37
    personas siguen hospitalizadas"), read as the tolls read them (``counts.counts_in``)."""
    mine, theirs = _outcomes_of(member).get(k), _outcomes_of(other).get(j)
    return bool(mine) and bool(theirs) and not mine & theirs


def _outcomes_of(member: Member) -> dict[int, frozenset[str]]:
    """Each count of the member: the outcomes of the words around it ("missing"), empty for none."""
    from .counts import counts_in  # (counts reads years as this module does)

    def read() -> dict[int, frozenset[str]]:
        found = {k: (acts & OUTCOMES) | ({"arrest"} if acts & _ARRESTS else set())
                 for k, _, acts in counts_in(member, [True] * len(member.feats.tokens))}
        for k in range(len(member.feats.tokens)):
            if not found.get(k) and _partitive(member, k) and token_number(member.feats.tokens, k, member.lang):
                before = [x for x in found if x < k and found[x]]  # "63 blessées, dont onze grièvement": of the
                if before:  # injured ("onze" / "dos desaparecidos" had been a dispute)
                    found[k] = found[max(before)]
            if not found.get(k) and _fled(member, k):
                found[k] = frozenset({"evacuation"})
        return found

    return member.memo("count outcomes", read)


def _fled(member: Member, k: int) -> bool:
    """Token ``k`` is a number of people who fled, said right after it ("forces thousands to flee", "thousands fled",
    "obligó a miles a huir"): the evacuated, no count of the dead nor an area ("Wildfire kills four, forces thousands
    to flee" / "Zahl der Toten steigt auf fünf", "já consumiu 6.000 hectares" had been set against "thousands")."""
    toks = member.feats.tokens
    if not (toks[k].is_number or token_number(toks, k, member.lang) is not None):
        return False
    after = [t for t in toks[k + 1:k + 3] if t.norm not in _TO_FLEE]
    return bool(after) and after[0].lemma in _FLEE and after[0].start - toks[k].end < 6


_TO_FLEE = frozenset({"to", "à", "a", "de", "zu"})
_FLEE = frozenset("flee fled fuir huir fliehen flüchten fuggire fugir".split())


_ARRESTS = frozenset("""arrest arrested detain detained arrêter interpeller interpellé interpellés détenir detener
    detenido detenidos arrestar""".split())  # "Police arrested 12 people" counts no "14 policiers blessés"


def _part_against_total(member: Member, k: int, other: Member, j: int) -> bool:
    """One figure counts some of a count ("seis de ellas graves") and the other opens its sentence's counts, a total
    or another outcome ("Eleven people were killed"): no figure said otherwise. Parts against parts, or against a
    count further on ("y ocho se encuentran en estado crítico"), are compared."""
    mine, theirs = _partitive(member, k), _partitive(other, j)
    return mine != theirs and _first_count(other if mine else member, j if mine else k)


def _first_count(member: Member, k: int) -> bool:
    """Token ``k`` is the first number of its sentence."""
    return not any(t.is_number or token_number(member.feats.tokens, x, member.lang) is not None
                   for x, t in enumerate(member.feats.tokens[:k]))


def _partitive(member: Member, k: int) -> bool:
    """Token ``k`` counts some of a count before it: "39 resultaron heridas, seis de ellas graves", "48 injured, nine
    of them critically", "dont six grièvement", "including six children": a part, set against parts only (not against
    "Eleven people were killed")."""
    toks = member.feats.tokens
    after = tuple(t.norm for t in toks[k + 1:k + 3])
    among = any(t.norm in _AMONG for t in toks[k + 1:k + 4])  # "Six children were among the dead"
    return after in _PARTITIVES or among or (k > 0 and toks[k - 1].norm in _PART_BEFORE)


_PARTITIVES = frozenset({("de", "ellas"), ("de", "ellos"), ("of", "them"), ("of", "whom"), ("entre", "eux"),
                         ("entre", "elles"), ("di", "cui"), ("von", "ihnen")})  # ("d'entre eux": "entre", "eux")
_PART_BEFORE = frozenset({"dont", "including", "incluidos", "incluidas"})
_AMONG = frozenset({"among", "parmi"})


def _part_of_total(member: Member, k: int, other: Member) -> bool:
    """Token ``k`` and a count joined to it by "and" add up to a number of either sentence: a breakdown ("148
    pasajeros y seis tripulantes" against "154 people on board", or "154 personnes, 148 passagers et six membres
    d'équipage": parts of the 154, no figure to set against another). Not a part the other version gives as well
    ("150 passengers and 12 crew" / "138 pasajeros y 12 tripulantes": 150 and 138 disagree), nor a difference
    ("114 of the 300 seats, still 37 short of the 151")."""
    value = _count_value(member, k)
    if value is None:
        return False
    theirs = _count_values(other)
    totals = _count_values(member) | theirs
    return any(a not in theirs and a + value in totals and (a + value >= _LEAST_TOTAL or elided)
               for a, elided in _joined_counts(member, k))


_LEAST_TOTAL = 20  # a breakdown's total ("154 on board"): "3 dead and 4 injured" is no breakdown of "7 dead"


def _joined_counts(member: Member, k: int) -> list[tuple[float, bool]]:
    """The values of the counts joined to token ``k`` by a conjunction within a few words ("148 pasajeros y seis"),
    each with whether the later of the two leaves its noun out ("ocho delitos de fraude y dos de falsedad", "eight
    counts of fraud and two of false accounting": parts of one count of ten, however small)."""
    toks, out = member.feats.tokens, []
    for x in range(max(0, k - _ELIDED_REACH), min(len(toks), k + _ELIDED_REACH + 1)):
        between = toks[min(k, x) + 1:max(k, x)]
        if x == k or not any(t.norm in _JOINS for t in between) or any(t.is_number for t in between) \
                or (v := _count_value(member, x)) is None:
            continue
        v = _scaled_like(member, k, x, v)
        later = max(k, x)
        elided = later + 1 < len(toks) and toks[later + 1].norm in _OF_ELIDED and not _partitive(member, later)
        #        ("dos de falsedad", not "two of them": some of the count before)
        added = any(t.norm in PLUS for t in between)  # "95 million euros, plus up to 10 million euros in add-ons"
        if elided or added or abs(x - k) <= _JOIN_REACH:
            out.append((v, elided or added))
    return out


def _scaled_like(member: Member, k: int, x: int, value: float) -> float:
    """The value of the count at token ``x``, in the scale of the amount at ``k`` it adds to where it gives none ("95
    milioni di euro più 10 di bonus": 10 million)."""
    toks = member.feats.tokens
    amount, theirs = amount_at(toks, k, member.lang), amount_at(toks, x, member.lang)
    power = SCALES.get(toks[amount.last].norm) if amount is not None and amount.last > k else None
    if power is None or x < k or (theirs is not None and theirs.last > x) or value >= 10 ** power:
        return value
    return value * 10 ** power


_OF_ELIDED = frozenset({"of", "de", "d", "di"})  # "two of false accounting", "dos de falsedad"
_ELIDED_REACH = 8  # "ocho delitos de fraude y dos de …", "95 million euros, plus up to 10": the parts apart


_JOIN_REACH = 4
_JOINS = frozenset({"and", "et", "y", "e", "und"}) | PLUS


def _count_values(member: Member) -> set[float]:
    return member.memo("count values", lambda: {v for x in range(len(member.feats.tokens))
                                                if (v := _count_value(member, x)) is not None})


def _peoples_apart(member: Member, k: int, other: Member, j: int) -> bool:
    """Two counts of people of two countries: "Deux ressortissants français" / "tres ciudadanos españoles" count
    two groups of the injured, no figure said differently."""
    mine, theirs = _country_near(member, k), _country_near(other, j)
    return bool(mine) and bool(theirs) and not mine & theirs


def _holders_apart(member: Member, k: int, other: Member, j: int) -> bool:
    """Two figures each of someone named just before it (within ``HOLDER`` words), two people or parties that no
    word of the one spells like a word of the other (``SAME_NAME``): "… kam die Progressive Allianz auf 34,2 Prozent"
    / "… ahead of National Renewal on 29.8 percent" are two parties' shares, not one said differently (countries
    compared by their names in one language: "Spain" / "España")."""
    mine, theirs = _holder(member, k), _holder(other, j)
    return bool(mine) and bool(theirs) and not any(fuzz.ratio(a, b) >= SAME_NAME for a in mine for b in theirs)


def _holder(member: Member, k: int) -> list[str]:
    """The names (folded) within ``HOLDER`` words before the figure at token ``k``."""
    toks = member.feats.tokens
    return [_place_or_word(strip_accents(toks[j].norm), member.lang) for j in range(max(0, k - HOLDER), k)
            if reads_as_name(toks[j], j, member.names, toks, member.lang) and not token_date(toks, j, member.lang)]


def _place_or_word(word: str, lang: str) -> str:
    """A place's key in every language ("España" and "Spain" one key), else the word."""
    key = word_key(word, lang, True)
    return key if key and key.startswith("place:") else word


HOLDER = 3  # words before a figure where the name of whose figure it is stands ("National Renewal on 29.8")
SAME_NAME = 70  # rapidfuzz ratio of two names' words one name may score in two languages ("Spain" / "España" 73,
#                 "Zelensky" / "Selenskyj" 82; "Progressive" / "Renewal" 33)


def _country_near(member: Member, k: int) -> frozenset[str]:
    """The countries named within the three words after token ``k``, before any small word ("ressortissants
    français", "Spanish tourists"; not "8 muertos en Marruecos": where, not who)."""
    near = member.feats.tokens[k + 1:k + 4]
    cut = next((n for n, t in enumerate(near) if t.stop), len(near))
    return countries_said(near[:cut], member.lang)


def _count_value(member: Member, k: int) -> float | None:
    value = checkable(member, k)
    try:
        return float(value) if value is not None and token_date(member.feats.tokens, k, member.lang) is None else None
    except ValueError:
        return None


def _counting_apart(member: Member, k: int, other: Member, j: int, meanings: WordMatches | None) -> bool:
    """Two numbers that count two things: each is followed by its noun, the two nouns neither are one word nor mean
    one thing as the comparison's word table reads them, and one version says the other's noun elsewhere ("more
    than 300 advertisers" / "45 millions d'utilisateurs … avec des annonceurs" had been a figure said differently;
    "About 180 passengers" / "environ 200 voyageurs", which the table does not pair, stays one)."""
    mine, theirs = _counted_words(member, k), _counted_words(other, j)
    if meanings is None or not mine or not theirs or {mine[0], theirs[0]} & _ANYONE:
        return False  # "168,000 people" / "230 000 morts": people are the dead, the users, the residents
    if "arrest" in _outcomes_of(member).get(k, ()) and "arrest" in _outcomes_of(other).get(j, ()):
        return False  # those arrested are the suspects, whatever word each version gives them ("Two men were
        #               arrested" / "Três suspeitos foram detidos … suspeitos": "on suspicion" names no suspects)
    if _one_noun(mine, theirs, meanings):
        return False
    return meanings.covers(mine[-1], other.words(), _APART) \
        or meanings.covers(theirs[-1], member.words(), _APART)  # the
    #      other names this noun apart from the number: the number counts something else ("des annonceurs" / "300
    #      advertisers"; not "La policía detuvo a 12 personas y nueve agentes" / "14 officers": police, 0.71)


_APART = 0.75  # how alike a word of the other version must read to this count's noun to be it, named apart


_ANYONE = frozenset({"people", "persons", "personnes", "gens", "menschen", "personen", "personas", "persone"})


def _counted(member: Member, k: int) -> str | None:
    """The word (``meaning_key``) of the noun a count counts ("300 advertisers", "45 millions d'utilisateurs"), None
    for a figure with a unit, a time, a date or no noun after it."""
    at = _counted_at(member, k)
    return None if at is None else meaning_key(member.feats.tokens[at])


def _counted_words(member: Member, k: int) -> tuple[str, ...]:
    """``_counted``'s word, and in English the lower-case word right after it, which is the noun where the first is
    its adjective ("11 public contracts" / "12 contratos públicos": contracts; "300 advertisers signed": a verb, not
    taken). Nothing for a figure ``_counted`` reads no noun after."""
    at = _counted_at(member, k)
    if at is None:
        return ()
    toks, first = member.feats.tokens, meaning_key(member.feats.tokens[at])
    nxt = at + 1
    if member.lang != "en" or nxt >= len(toks) or member.text[toks[at].end:toks[nxt].start].strip() \
            or toks[nxt].stop or not toks[nxt].surface.isalpha() or not toks[nxt].surface.islower() \
            or toks[nxt].norm.endswith(("ed", "ing")):
        return (first,)
    return first, meaning_key(toks[nxt])


def _counted_at(member: Member, k: int) -> int | None:
    """The token of the noun ``_counted`` reads."""
    toks = member.feats.tokens
    if _measure(toks, k) is not None or _period(toks, k, member.text) is not None or k in clock_times(toks) \
            or number_unit(toks, k, member.lang) is not None or "%" in toks[k].surface \
            or token_date(toks, k, member.lang) is not None or written_year(toks, k, member.lang):
        return None
    amount = amount_at(toks, k, member.lang)
    j = (amount.last if amount is not None else k) + 1
    j += 1 if j < len(toks) - 1 and toks[j].norm in _OF else 0  # "45 millions d'utilisateurs", "dozens of people"
    while j < len(toks) - 1 and (toks[j].norm in _THE or toks[j].is_number or token_number(toks, j, member.lang)):
        j += 1  # "Four of the eight carriages", "Quattro delle otto carrozze": the whole's noun
    if j >= len(toks) or toks[j].stop or toks[j].is_number or "%" in member.text[toks[k].end:toks[j].start] \
            or (toks[j].surface[:1].isupper() and member.lang != "de") \
            or (member.lang == "en" and toks[j].norm.endswith(("ed", "ing"))):  # "two favoured": a verb, no noun
        return None  # (German nouns are capitalised)
    return j


_OF = frozenset("of de d des di degli dei delle del von der".split())
_THE = frozenset("the les la le los las the's".split())


def _in_sentence_order(member: Member, mine: list[int], other: Member, theirs: list[bool],
                       cover: PhraseCover) -> dict[int, list[int]]:
    """Each number's counterparts in the phrase its phrase matched (``_hits``); where several numbers matched fewer
    counterparts than they are, the phrases matched loosely ("quatre voix contre trois" both on "while two"): when
    the other version's sentence gives as many numbers of their kind, in the order the two sentences give them."""
    found = _placed({k: hits for k in mine if (hits := _hits(member, k, other, theirs, cover))}, member, other)
    if len(found) < 2 or len({j for hits in found.values() for j in hits}) >= len(found):
        return found
    whole = {tuple(_hits(member, k, other, theirs, None)) for k in found}
    if len(whole) == 1 and len(every := next(iter(whole))) == len(found):
        return {k: [j] for k, j in zip(sorted(found), every)}
    return found


def _placed(found: dict[int, list[int]], member: Member, other: Member) -> dict[int, list[int]]:
    """``found`` without the counterparts that stand elsewhere among the figures both versions give, where another
    number of this member stands in their place: "cut its growth forecast to 1.8 per cent from 2.3 per cent and
    expects unemployment to rise to 6.3 per cent" / "al 1,6%, desde el 2,3%": 1.8 and 1,6 stand before the 2.3 both
    give, 6.3 after it, so the unemployment is no growth figure said differently (even where a third version gives
    the 1.8, and 1.8 is no detail of this one)."""
    mine, theirs = _token_values(member), _token_values(other)
    shared = (set(mine) & set(theirs)) - {None}
    places, their_places = _places(mine, shared), _places(theirs, shared)
    free = [x for x, v in enumerate(mine) if v is not None and v not in shared]  # this member's numbers of its own
    out = {}
    for k, hits in found.items():
        kept = [j for j in hits if places[k] == their_places[j]
                or not any(x != k and places[x] == their_places[j] for x in free)]
        if kept:
            out[k] = kept
    return out


def _token_values(member: Member) -> list[str | None]:
    """Each token's ``cross_checkable`` value, read once per member."""
    return member.memo("cross values", lambda: [cross_checkable(member, j) for j in range(len(member.feats.tokens))])


def _places(values: list[str | None], shared: set[str]) -> list[int]:
    """For each token, how many numbers both versions give (``shared``) stand before it."""
    out, seen = [], 0
    for v in values:
        out.append(seen)
        seen += v in shared
    return out


def _hits(member: Member, k: int, other: Member, theirs: list[bool], cover: PhraseCover | None) -> list[int]:
    """The other version's numbers or dates of the same kind as token ``k`` in the phrase that ``k``'s phrase
    matched (with no ``cover``, in its whole sentence), not given by this member, a whole of a part ("seven" of "five
    of the seven") only for a whole."""
    span = (0, len(other.text)) if cover is None else \
        phrases.counterpart(cover, member.ref, member.feats, member.text, k, other.ref, other.feats, other.text)
    if match_sorts(member).get(k) == MINUTE:
        return _minutes_against(member, other, theirs, span or (0, 0))
    if span is None:
        return []
    toks, their = member.feats.tokens, other.feats.tokens
    dated = _date_kind(member, k)  # a day against a day, a month against a month ("since October" is no "jeudi"),
    #                                 a month's day against a month's day ("miércoles 11 de septiembre" is no toll)
    period, measure, year = _period(toks, k, member.text), _measure(toks, k), written_year(toks, k, member.lang)
    whole = _whole_of_part(toks, k, member.lang)  # a whole against a whole ("seven" / "huit"), not against a part
    ordinal, hour = _ordinal(member, k), k in _clock(member)  # a time of day against a time ("said … at 7 p.m." is
    #                                                            no "14 policiers")
    return [j for j, t in enumerate(their) if theirs[j] and span[0] <= t.start < span[1]
            and _date_kind(other, j) == dated and (j in _clock(other)) == hour
            and written_year(their, j, other.lang) == year and _period(their, j, other.text) == period
            and _same_measure(measure, _measure(their, j)) and checkable(other, j) is not None
            and not ordinal_suffix(their, j)
            and _whole_of_part(their, j, other.lang) == whole
            and (_ordinal(other, j) == ordinal or _rank_far_from_count(member, k, other, j))]


def _minutes_against(member: Member, other: Member, theirs: list[bool], span: tuple[int, int]) -> list[int]:
    """The other version's minutes of play a minute of play of this member may be said otherwise as, whatever their
    form ("the 77th minute" / "el minuto 78", "all'85° minuto", "85'"): those in the phrase ``span`` matched, or where
    it holds none, the other sentence's one minute when this sentence gives one too ("sent off in the 84th minute"
    / "All'85' il centrocampista … è stato espulso": a match's moment is one fact wherever the sentence puts it)."""
    minutes = [j for j, kind in match_sorts(other).items() if kind == MINUTE and theirs[j]]
    placed = [j for j in minutes if span[0] <= other.feats.tokens[j].start < span[1]]
    mine = [x for x, kind in match_sorts(member).items() if kind == MINUTE]
    lone = len(mine) == 1 and len([j for j, kind in match_sorts(other).items() if kind == MINUTE]) == 1
    return placed or (minutes if lone else [])


def _clock(member: Member) -> frozenset[int]:
    """The tokens of the member's times of day (``clock.clock_tokens``: "3", "42", "a.m." of "3:42 a.m."), read once."""
    return member.memo("clock tokens", lambda: clock_tokens(member.feats.tokens))


def _ordinal(member: Member, k: int) -> bool:
    """Token ``k`` is an ordinal ("ninth", "neuvième"): a rank against a rank, a count against a count ("its ninth
    day" / "nueve días de huelga" is one fact, no figure said differently)."""
    return (checkable(member, k) or "").startswith("ord:")


def _rank_far_from_count(member: Member, k: int, other: Member, j: int) -> bool:
    """A rank against a count more than one apart ("its ninth day" / "cinco días"): said differently. One apart may
    be one fact ("its ninth day" / "after eight days of strike")."""
    try:
        a, b = (float((checkable(m, i) or "").removeprefix("ord:")) for m, i in ((member, k), (other, j)))
    except ValueError:
        return False
    return abs(a - b) > 1


def _date_kind(member: Member, k: int) -> str | None:
    """"day" or "month" for a token naming one, "date" for the day of a date with its month's name, None for any
    other."""
    key = token_date(member.feats.tokens, k, member.lang)
    if key is not None:
        return key.split(":")[0]
    days = member.memo("days of months", lambda: frozenset(k for d in word_dates(member.feats.tokens, member.lang)
                                                           for k in d.tokens))  # ("del 5 al 8 de mayo": both days)
    return "date" if k in days else None


def _one_to_one(pairs: set[tuple[tuple[int, int], tuple[int, int]]]) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    """The pairs of numbers (member, token) of two versions left once a number that is another's only counterpart is
    no longer also the counterpart of a number that has others ("quatre voix contre trois" / "five …, while two":
    "two" pairs with "trois" alone, "quatre" with "five")."""
    pairs = set(pairs)
    while True:
        near: dict[tuple[int, int], set[tuple[int, int]]] = {}
        for x, y in pairs:
            near.setdefault(x, set()).add(y)
            near.setdefault(y, set()).add(x)
        loose = {(x, y) for x, y in pairs for a, b in ((x, y), (y, x))
                 if len(near[a]) > 1 and any(near[c] == {b} for c in near[b] - {a})}
        if not loose:
            return pairs
        pairs -= loose


def _whole_of_part(tokens, j: int, lang: str) -> bool:
    """Token ``j`` is the whole a number before it is a part of ("five of the seven members", "quatre sur sept",
    "two out of three"), which no count of the part contradicts."""
    words = [t.norm for t in tokens[max(0, j - 3) : j]]
    for n in range(1, len(words)):
        if token_number(tokens, j - n - 1, lang) is not None and " ".join(words[-n:]) in _PART_OF:
            return True
    return False


_PART_OF = frozenset({"of", "of the", "out of", "sur", "des", "d'entre les", "von", "der", "di", "dei", "delle",
                      "su", "de", "de los", "de las"})


# the word after a number that makes it a span of time or an age ("un homme de 71 ans", "a 71-year-old", "three
# weeks"), which only a number of the same span contradicts, not a count ("Two people were killed")
_PERIODS = {"an": "year", "ans": "year", "année": "year", "années": "year", "year": "year", "years": "year",
            "year-old": "year", "years-old": "year", "mois": "month", "month": "month", "months": "month",
            "semaine": "week", "semaines": "week", "week": "week", "weeks": "week", "jour": "day", "jours": "day",
            "day": "day", "days": "day", "heure": "time", "heures": "time", "hour": "time", "hours": "time",
            "minute": "time", "minutes": "time",
            **dict.fromkeys("tag tage tagen día días dia dias giorno giorni".split(), "day"),
            **dict.fromkeys("woche wochen semana semanas settimana settimane".split(), "week"),
            **dict.fromkeys("monat monate monaten mes meses mese mesi".split(), "month"),
            **dict.fromkeys("jahr jahre jahren año años anno anni".split(), "year"),
            **dict.fromkeys("jährige jährigen jähriger jähriges jährigem enne".split(), "year"),  # "62-jährigen"
            **dict.fromkeys("stunde stunden minute minuten hora horas minuto minutos ore minuti".split(), "time")}
# "115 hours of debate" is no count of "38 abstentions"; "2 hours" and "90 minutes" two spans of time (not converted:
# "3 hours" and "180 minutes" read as two, as before); "sieben Tagen" no "$2m"


_AGED = frozenset("aged âgé âgée âgés âgées".split())


def _measure(tokens, k: int) -> str | None:
    return measure_at(tokens, k + 1)


def written_year(tokens, k: int, lang: str) -> bool:
    """Token ``k`` is a year ("depuis l'été 2022", "since 2009", "in March 2024", "on March 15, 2023"), which no count
    contradicts: four digits after a word that dates, a month or a month's day, with no noun right after it ("plus de
    2000 manifestants" counts)."""
    tok = tokens[k]
    if not (tok.is_number and len(tok.norm) == 4 and tok.norm.isascii() and tok.norm.isdigit()
            and 1800 <= int(tok.norm) <= 2100) or k == 0:
        return False
    before = tokens[k - 1]
    dated_day = before.is_number and k > 1 and token_date(tokens, k - 2, lang) is not None  # "March 15, 2023"
    dating = before.norm in _DATING or token_date(tokens, k - 1, lang) is not None or dated_day \
        or _listed_year(tokens, k, lang)
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return dating and (after is None or after.stop or not after.surface[:1].isalpha()
                       or after.start - tok.end > 1)  # "built in 1998, collapsed": a mark after it


def _listed_year(tokens, k: int, lang: str) -> bool:
    """Token ``k`` follows a year in a list of years ("in 2009 and 2015", "in 2009, 2012 and 2015", "en 2009 y 2014"):
    a year like the one before it, set against the other version's year in its place ("nel 2009 e nel 2014")."""
    at = k - 1 - (tokens[k - 1].norm in _LISTING)
    return 0 < at < k and tokens[at].is_number and written_year(tokens, at, lang)


_LISTING = frozenset("and et y e und or ou o oder".split())
_DATING = frozenset("""in since from until till by of during summer winter spring autumn fall year en depuis
    jusqu'en été hiver printemps automne année an im seit bis jahr sommer winter frühjahr herbst nel dal fino estate
    inverno primavera autunno anno desde hasta verano invierno otoño año""".split())


def _same_measure(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or converts(a, b)


def _whole_times(tokens, first: int, last: int) -> tuple[int, int]:
    """The tokens ``first`` to ``last``, widened to the whole of a time of day they cut ("4:20 p.m.", not "20")."""
    for hour, (_key, end) in clock_times(tokens).items():
        if hour <= first <= end:
            first = hour
        if hour <= last <= end:
            last = end
    return first, last


def _period(tokens, k: int, text: str) -> str | None:
    """The span of time a number counts ("71 ans", "three weeks", "the 57th minute", "el minuto 57"), "year" for an
    age ("aged 71", "Marc Leroy, 34,"), or None for a count."""
    after = k + 2 if k + 2 < len(tokens) and ordinal_suffix(tokens, k + 1) else k + 1  # "57th minute"
    if after < len(tokens) and tokens[after].norm in _PERIODS and k not in clock_times(tokens):  # not "à 15 heures"
        return _PERIODS[tokens[after].norm]
    if k > 0 and tokens[k - 1].norm in _PERIODS and _PERIODS[tokens[k - 1].norm] == "time" \
            and (k + 1 == len(tokens) or not tokens[k + 1].is_number):
        return "time"  # "en el minuto 57", "al minuto 67" (a match's minute, named before its number)
    after_name = 0 < k and tokens[k - 1].is_name and text[tokens[k - 1].end:tokens[k].start].strip() == "," \
        and text[tokens[k].end:tokens[k].end + 1] == ","
    return "year" if after_name or (k > 0 and tokens[k - 1].norm in _AGED) else None


def add_number_conflicts_across(members: list[Member], words: list[list[bool]], flags: list[list[bool]],
                                conflicts: list[dict], meanings: WordMatches | None,
                                cover: PhraseCover | None) -> list[set[int]]:
    """Both ways: a number of one version that the other versions do not give (``words``: the word-level verdict),
    whose phrase matched a phrase of another language's version holding a number of the same kind it does not give
    ("18 francs" / "17 francs"), conflicts with it, and that one, where it is marked, with it; each number with its
    closest counterparts (``_one_to_one``). Returns each member's minutes of play so marked, where a phrase only
    one version gives is cut so that the minute alone reads as a dispute ("was sent off in the | 84th minute")."""
    if cover is None or len({m.lang for m in members}) < 2:
        return [set() for _ in members]  # one language: the word diff pairs numbers (``word_conflicts``)
    pairs, found = set(), set()
    for n, m in enumerate(members):
        others = [(o_n, o, words[o_n]) for o_n, o in enumerate(members) if o.ref[0] != m.ref[0]]
        for k, o_n, j in _number_pairs(m, words[n], others, meanings, cover):
            found.add((n, k))
            pairs.add(((n, k), (o_n, j)) if n < o_n else ((o_n, j), (n, k)))
    sides: dict[tuple[tuple[int, int], int], list[int]] = {}
    for x, y in best_placed(_one_to_one(pairs), members, _token_values):
        for (n, k), (o_n, j) in ((x, y), (y, x)):
            if (n, k) in found or flags[n][k]:
                sides.setdefault(((n, k), o_n), []).append(j)
    return _mark_sides(members, sides, flags, conflicts)


def _mark_sides(members: list[Member], sides: dict[tuple[tuple[int, int], int], list[int]], flags: list[list[bool]],
                conflicts: list[dict]) -> list[set[int]]:
    """Mark each number ((member, token), other member) against the other's tokens, each run of them with its
    measure or currency word; each member's minutes of play so marked."""
    marked: list[set[int]] = [set() for _ in members]
    for ((n, k), o_n), theirs in sorted(sides.items()):
        o, toks = members[o_n], members[o_n].feats.tokens
        for first, last in _runs(o, sorted(theirs)):
            amount = amount_at(toks, last, o.lang)
            last = amount.last if amount is not None and amount.last > last else last  # "dos mil", not "dos"
            first = amount.first if amount is not None and amount.first < first else first  # "127 mil", not "mil"
            last = max(written_after(o, last), default=last)  # "3 km", not "3"
            part = (o.ref[0], o.start + toks[first].start, o.start + toks[last].end)
            amount = amount_at(members[n].feats.tokens, k, members[n].lang)  # "mille deux cents" whole
            start, end = _whole_figure(members[n], k, amount.last if amount is not None else k)  # "11 h 40"
            for x in (*range(start, end + 1), *written_after(members[n], k)):  # "deux kilomètres", "3,5 millions
                #                                                                  d'euros" against it
                if match_sorts(members[n]).get(k) == MINUTE:
                    marked[n].add(x)  # (other figures keep the phrase they are in: "à 10 heures", "7 Spanish")
                if part not in conflicts[n].setdefault(x, []):
                    conflicts[n][x].append(part)
                    flags[n][x] = True
    return marked


def _whole_figure(member: Member, first: int, last: int) -> tuple[int, int]:
    """The tokens ``first`` to ``last``, widened to the whole of a time of day ("4:20 p.m."), an order of magnitude in
    words ("hundreds of thousands", not "hundreds") or a share ("six TGV sur dix", not "six") they cut, and an
    ordinal's suffix and a minute of play's word ("84th minute", "85° minuto", "minuto 78", not "84")."""
    toks = member.feats.tokens
    first, last = _whole_times(toks, first, last)
    if last + 1 < len(toks) and ordinal_suffix(toks, last + 1):
        last += 1
    if match_sorts(member).get(first) == MINUTE:  # ("minuto 78" too)
        last += last + 1 < len(toks) and toks[last + 1].norm in MINUTE_NOUNS
        first -= first > 0 and toks[first - 1].norm in MINUTE_NOUNS
    wholes = [(a, b) for a, b, _ in magnitudes.spans(member)] + [(s.first, s.last) for s in shares.shares(member)]
    for a, b in wholes:
        if a <= first <= b or a <= last <= b:
            first, last = min(first, a), max(last, b)
    return first, last


def _runs(member: Member, ks: list[int]) -> list[tuple[int, int]]:
    """The tokens ``ks`` as runs of neighbours, each widened to the whole figure it cuts (``_whole_figure``: "6.4
    billion", "4:20 p.m."; "2 000" and "600" two runs)."""
    runs: list[tuple[int, int]] = []
    for k in ks:
        first, last = _whole_figure(member, k, k)
        if runs and first <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(last, runs[-1][1]))
        else:
            runs.append((first, last))
    return runs


def phrase_flags(m: Member, members: list[Member], others: list[Member], cover: PhraseCover | None,
                 word_flags: list[bool], meanings: WordMatches | None = None) -> list[bool] | None:
    """Across languages only (every other source's member, ``others``, is in another language), what the other
    versions leave out phrase by phrase (``phrases.flagged``); None where the words decide: a member in its own
    language, no table, a manual link the table does not know. A name no other version names stays flagged
    (``unnamed.unnamed_names``)."""
    if cover is None or not others or m.lang in UNSPACED or any(o.lang == m.lang or o.lang in UNSPACED for o in others):
        return None  # lengths in characters compare versions in spaced scripts only (a Chinese sentence is short)
    own = sum(len(o.text) for o in members if o.ref[0] == m.ref[0])
    longest = max(sum(len(o.text) for o in others if o.ref[0] == s) for s in {o.ref[0] for o in others})
    flags = phrases.flagged(m.feats, m.text, m.ref, [o.ref for o in others], cover, own / max(1, longest), word_flags)
    if flags is None:
        return None
    # a number, a date, a code, a variant's letters or a name the other versions do not give stays flagged, however
    # close its phrase reads ("The fee is 18 francs" / "La taxe est de 17 francs"; "batch 24B-117" / "le lot
    # 24B-171"; "E-Lyra Tourer und E-Lyra GT" / "E-Lyra and E-Lyra Tourer": a third model; "and by the Nordic Heart
    # Foundation" / "financée par Helvarin Pharma": a second funder): the one thing a reader checks
    toks, named = m.feats.tokens, unnamed_names(m, others, meanings)
    return [w if token_date(toks, k, m.lang) else  # a day or a month the others give is theirs too, whatever its
            f or k in named  # phrase ("Vendredi," / "since Friday")
            or (w and (checkable(m, k) is not None or code_word(toks[k].surface) or _variant(m, k, word_flags)))
            for k, (f, w) in enumerate(zip(flags, word_flags))]


def _variant(m: Member, k: int, word_flags: list[bool]) -> bool:
    """Token ``k`` is a model's or a variant's letters in capitals after a name the other versions give ("GT" of
    "E-Lyra GT", "S" of "Model S"): a name no language translates. Not an acronym alone ("RGPD" / "GDPR", a
    translation), nor a word of the dictionary ("EU")."""
    toks = m.feats.tokens
    tok = toks[k]
    if k == 0 or not tok.surface.isalpha() or not tok.surface.isupper() or shared_lemmas().known(tok.norm, m.lang):
        return False
    before = toks[k - 1]
    return before.is_name and not before.stop and not word_flags[k - 1] and not before.surface.isupper() \
        and m.text[before.end:tok.start] == " "
