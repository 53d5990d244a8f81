"""Which tokens of a member the other versions cover: the same lemma or form, a name or number written otherwise,
a derived form, an abbreviation, a first name left out, a round figure, a word the model reads as the same.
"""
from __future__ import annotations

import math
from decimal import Decimal
import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..attribution.cues import CUES
from ..clock import time_words
from ..amounts import SCALES, amount_at
from ..features import HONORIFICS, UNSPACED, Token, round_count, strip_accents, token_number
from ..lemmas import shared_lemmas
from ..meanings import MIN_SIMILARITY, WordMatches, meaning_key
from ..ordinals import suffix_tokens
from ..short_forms import abbreviates, abbreviation, code_word
from ..units import unit_tokens
from ..world_names import names_of, word_key
from .durations import durations
from . import magnitudes, shares
from .intervals import CONVERSIONS, as_float, converts, may_agree, measure, measure_tokens, percent_rounded
from .member import Member, checkable, cross_checkable, measure_words, reads_as_name
from .name_conflicts import SPELLED_ALIKE, TITLES
from .spans import breaks
from .story_names import named_in_story


MIN_NEAR_FORM = 5  # letters of a word before a derived form of it may cover it

MAX_SUFFIX = 3  # letters a derived form may add ("president" → "presidential")


def _bag(members: list[Member]) -> set[str]:
    return set().union(*(m.bag() for m in members))


def _covered_cross_language(tok: Token, value: str | None, is_name: bool, keys: frozenset[str], bag: set[str],
                            others: list[Member], lang: str, member: Member) -> bool:
    """Across languages only names and numbers or dates (``value``) can be checked; the rest counts as covered.
    A name is covered by the same key in the other language ("Londres": London) or by a name spelled alike."""
    if not (value or is_name) or (not value and _common_word(tok, keys, lang, member)):
        return True
    if (value and (value in bag or _rank_or_count(value) in bag)) or keys & bag:
        return True  # "its ninth day" / "nueve días de huelga": the rank and the count say one number
    if value == "2" and _the_two(member, tok) and any(t.norm in _BOTH for m in others for t in m.feats.tokens):
        return True  # "dans les deux sens" / "in both directions"
    if any(_written_in(k, m) for m in others if m.lang in UNSPACED for k in ({value} | keys) - {None}):
        return True
    if not is_name:
        return False  # a number or date the other language does not give
    # a name spelled alike: "Otto" (not 8), "Theresa May" (not a month); never a code ("T-220" is no "T-202")
    key = strip_accents(tok.norm)
    if any(c.isdigit() for c in key):
        return False
    return any(not t.is_number and fuzz.ratio(key, strip_accents(t.norm)) >= 80 for m in others for t in m.feats.tokens)


def _the_two(member: Member, tok: Token) -> bool:
    """The token is "two" after a definite article ("les deux sens", "los dos sentidos", "die beiden Richtungen"):
    both, which another language says with a word of its own, no number."""
    toks = member.feats.tokens
    k = next(i for i, t in enumerate(toks) if t is tok)
    return k > 0 and toks[k - 1].norm in _THE_PLURAL


_THE_PLURAL = frozenset({"les", "los", "las", "die", "the", "i", "le", "os", "as"})
_BOTH = frozenset({"both", "ambos", "ambas", "beide", "beiden", "beider", "entrambi", "entrambe", "ambedue"})


def _acronym_vouched(acronym: str, others: list[Member], meanings: WordMatches) -> bool:
    """Another language's version writes an acronym the word table holds as the same body's ("WHO" for "OMS")."""
    return any(meanings.vouches(acronym, t.surface) for m in others for t in m.feats.tokens if t.surface.isupper())


def _rank_or_count(value: str) -> str:
    """The ordinal's count ("ord:9" -> "9") or the count's ordinal ("9" -> "ord:9")."""
    return value[4:] if value.startswith("ord:") else f"ord:{value}"


def _common_word(tok: Token, keys: frozenset[str], lang: str, member: Member) -> bool:
    """Capitalised words of the language's dictionary, not a place or a language, that another language translates
    ("Federal Council", "White House"): a run of two or more such words not after a title, or one word its report
    also writes in lower case ("Dernière modification"). "President Trump", "Gordon Brown" and "Theresa May" stay
    names to check, as do acronyms."""
    if tok.surface.isupper() or any(":" in k for k in keys):
        return False
    toks = member.feats.tokens
    k = next(i for i, t in enumerate(toks) if t is tok)
    a, b = k, k + 1
    while a > 0 and toks[a - 1].is_name and not toks[a - 1].stop:
        a -= 1
    while b < len(toks) and toks[b].is_name and not toks[b].stop:
        b += 1
    lemmas = shared_lemmas()
    if not all(lemmas.known(t.norm, lang) for t in toks[a:b]) or (a > 0 and _TITLES.match(toks[a - 1].norm)):
        return False
    return b - a >= 2 or tok.norm in member.lower_words


_TITLES = re.compile(r"^(president|président|présidente|mr|mrs|ms|m|mme|dr|minister|ministre|senator|sénateur|"
                     r"governor|gouverneur|judge|juge|general|général|king|roi|queen|reine|pope|pape|prince|princesse)$")


def _written_in(key: str, member: Member) -> bool:
    """A name, day or number found in the text of a report written without spaces, where its words are not
    tokens of their own ("中国" inside a Chinese sentence for "China")."""
    text = member.text.lower()
    if ":" not in key:
        return key in text  # a number's digits
    return any(name in text for name in names_of(key, member.lang))


def _near_forms(bag: set[str]) -> dict[str, list[str]]:
    """The words of ``bag`` long enough to have derived forms, by their first letters (a derived form shares
    at least ``MIN_NEAR_FORM - 1`` of them, see ``same_stem``)."""
    out: dict[str, list[str]] = {}
    for w in bag:
        if len(w) >= MIN_NEAR_FORM and w.isalpha():
            out.setdefault(w[: MIN_NEAR_FORM - 1], []).append(w)
    return out


def _covered_by_near_form(tok: Token, near: dict[str, list[str]]) -> bool:
    """A derived form of the same word ("Indonesian"/"Indonesia", "Syrian"/"Syria") covers a content word."""
    if tok.is_number or tok.stop or len(tok.lemma) < MIN_NEAR_FORM:
        return False
    return any(same_stem(tok.lemma, w) and (not tok.is_name or _name_derived(tok.lemma, w))
               for w in near.get(tok.lemma[: MIN_NEAR_FORM - 1], ()))


def _name_derived(a: str, b: str) -> bool:
    """Of two forms of a name (``same_stem``), the longer ends as a derived form does: a vowel ("Italy" / "Italian",
    "Kurd" / "Kurdish"), an "n", an "s" or a possessive ("Indonesia" / "Indonesian", "Starmer's"); not another name
    spelled otherwise ("Brand" / "Brandt", a QA helper's misspelt meteorologist, unmarked)."""
    short, long_ = sorted((a, b), key=len)
    rest = long_[len(short):] if long_.startswith(short) else long_[len(short) - 1:]
    return rest[:1] in _DERIVING or rest in ("n", "s", "es", "ns")


_DERIVING = frozenset("aeiouyéèàâîôû'’")  # (a possessive: "Keir Starmer's" / "Keir Starmer")


def same_stem(a: str, b: str) -> bool:
    """Two forms of one word that differ by a suffix: the longer is 1–3 letters longer and starts with the
    shorter less its last letter ("indonesia"/"indonesian", "italy"/"italian"). A changed prefix or middle is a
    different word ("lawful"/"unlawful", "austria"/"australia", "police"/"policy")."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= MIN_NEAR_FORM and 1 <= len(long_) - len(short) <= MAX_SUFFIX and long_.startswith(short[:-1])


def uncovered(member: Member, others: list[Member], meanings: WordMatches | None = None) -> list[bool]:
    same = [o for o in others if o.lang == member.lang]
    cross = [o for o in others if o.lang != member.lang]
    bag = _bag(same) if same else set()
    cross_bag = _bag(cross) if cross else set()
    same_words = set().union(*(o.words() for o in same)) if meanings is not None and same else set()
    cross_words = set().union(*(o.words() for o in cross)) if meanings is not None and cross else set()
    near: dict[str, list[str]] | None = None
    flags, converted = [], set()
    units = unit_tokens(member.feats.tokens, member.lang) | time_words(member.feats.tokens) \
        | suffix_tokens(member.feats.tokens)
    measures = measure_words(member)
    theirs = {unit for o in others for unit, _ in measure_words(o).values()}
    for k, (tok, keys) in enumerate(zip(member.feats.tokens, member.token_keys())):
        if k in units:  # "per cent", "points", "p.m.": as its number is (``add_unit_conflicts`` sets units apart)
            flags.append(flags[units[k]])
            continue
        if k in measures and measures[k][0] in theirs and not flags[measures[k][1]]:  # "mph" / "miles an hour":
            flags.append(False)  # the measure another version gives too, however worded, of a figure it gives
            continue
        covered = (bool(same) and bool(keys & bag)) or tok.norm in HONORIFICS or _whole_hour(member, tok) \
            or named_in_story(member, k, others)  # "Mr" before a name, ":00" after an hour ("6:00 p.m." for "6
        #                                           p.m.") add nothing; nor "Norvane" where the other says "the brand"
        respelled = not covered and bool(same) and _respelled(member, k, same)
        if not covered and same and not respelled:
            near = _near_forms(bag) if near is None else near
            covered = _covered_by_near_form(tok, near)
        fact = checkable(member, k) is not None or reads_as_name(tok, k, member.names, member.feats.tokens, member.lang) \
            or any(":" in x for x in keys)
        if not covered and same and tok.is_name and not tok.is_number and not respelled:
            covered = _spelled_alike(tok, same) or _short_form_of(member, k, same)
        if not covered and same_words and not fact:
            covered = _covered_by_meaning(tok, same_words, meanings, SAME_LANGUAGE_MEANING)
        if not covered and cross_words and cross_checkable(member, k) is None and not code_word(tok.surface):
            #  "seven" / "huit" read alike, and so do "B-117" / "B-171"
            covered = _covered_by_meaning(tok, cross_words, meanings, MIN_SIMILARITY)
        if not covered and cross and meanings is not None and tok.surface.isupper():
            covered = _acronym_vouched(tok.surface, cross, meanings)  # "l'OMS" / "the WHO" (acronym_meanings)
        if not covered and cross:
            covered = _covered_cross_language(tok, cross_checkable(member, k),
                                              reads_as_name(tok, k, member.names, member.feats.tokens, member.lang),
                                              keys, cross_bag, cross, member.lang, member)
        if not covered and others:
            covered = _roughly_stated(member, k, others) or _rounded(member, k, others) or _same_length(member, k, others) \
                or magnitudes.said_alike(member, k, others) or shares.said_alike(member, k, others) \
                or k - 1 in converted or k in converted  # "18 | centimetres",
            #                                                                       "80 km | h": its measure
        if not covered and others and _converted(member, k, others):
            converted.update((k, *list(measure_tokens(member, k))[1:]))  # "km", "h" of "80 km/h": its measure
            covered = True
        flags.append(not covered)
    return _first_names_covered(member, flags, same) if same else flags


def _whole_hour(member: Member, tok: Token) -> bool:
    """The minutes of a whole hour ("6:00", "18:00"): the hour says it all."""
    return tok.is_number and tok.surface == "00" and member.text[max(0, tok.start - 1):tok.start] in (":", "h")


def _first_names_covered(member: Member, flags: list[bool], others: list[Member] = ()) -> list[bool]:
    """A first name the other version leaves out ("Bill De Blasio" / "De Blasio", "Maria Alyokhina" / "Alyokhina")
    adds nothing to check: a capitalised word opening a name whose next word is covered, unless that word is an
    office ("Prime Minister" / "Foreign Minister" are two offices), or another version gives that surname another
    first name ("John Miller" / "James Miller": two people, or one misnamed). Places are names of their own ("North
    Korea" / "South Korea" stay different)."""
    toks, keys = member.feats.tokens, member.token_keys()
    named = _first_names(others)
    out = list(flags)
    for k in range(len(toks) - 1):
        opens = k == 0 or not toks[k - 1].is_name or member.text[toks[k - 1].end:toks[k].start].strip()
        if flags[k] and not flags[k + 1] and toks[k].is_name and toks[k + 1].is_name and opens \
                and not _inside_phrase(member, flags, k) \
                and not toks[k].is_number and not member.text[toks[k].end:toks[k + 1].start].strip() \
                and not any(":" in x for x in keys[k] | keys[k + 1]) and not toks[k].surface.isupper() \
                and toks[k + 1].norm not in _office_words(member.lang) \
                and (not named.get(toks[k + 1].norm, set()) - {toks[k].norm} or not _first_name(member, k)):
            out[k] = False
    return out


def _first_name(member: Member, k: int) -> bool:
    """Token ``k`` before a surname may be a first name: no title, rank, trade or honorific ("Corporal Miller",
    "Chancellor Merkel", "Firefighter Miller" in a report that writes "a forest firefighter")."""
    norm = member.feats.tokens[k].norm
    return norm not in HONORIFICS | _office_words(member.lang) | _roles(member.lang) and norm not in member.lower_words


def _first_names(others: list[Member]) -> dict[str, set[str]]:
    """{surname: the first names the other versions give it} (capitalised words right before a capitalised name)."""
    out: dict[str, set[str]] = {}
    for o in others:
        toks = o.feats.tokens
        for j in range(len(toks) - 1):
            if toks[j].is_name and toks[j + 1].is_name and len(toks[j].norm) > 1 and toks[j].surface[:1].isupper() \
                    and not o.text[toks[j].end:toks[j + 1].start].strip() and not toks[j].is_number \
                    and not toks[j].stop and _first_name(o, j):
                out.setdefault(toks[j + 1].norm, set()).add(toks[j].norm)
    return out


def _roles(lang: str) -> frozenset[str]:
    """Words naming what someone does ("nurse", "paramedic", "porte-parole")."""
    cues = CUES.get(lang)
    return cues.roles if cues is not None else frozenset()


def _office_words(lang: str) -> frozenset[str]:
    """Words of an office or a rank ("minister", "secretary", "general"): "Prime Minister" / "Foreign Minister" are
    two offices, not a first name one version leaves out."""
    cues = CUES.get(lang)
    return cues.titles if cues is not None else frozenset()


def _inside_phrase(member: Member, flags: list[bool], k: int) -> bool:
    """Token ``k`` continues a phrase of uncovered words ("demande d'entretien avec Nicolas Sarkozy"): the content
    word before it, small words between, is uncovered too."""
    toks, j = member.feats.tokens, k - 1
    while j >= 0 and toks[j].stop and not breaks(member.text, toks[j].end, toks[j + 1].start):
        j -= 1
    return j >= 0 and flags[j] and not breaks(member.text, toks[j].end, toks[j + 1].start)


def _spelled_alike(tok: Token, others: list[Member]) -> bool:
    """A name another source of the same language spells a little differently: one letter apart in a name of six
    letters or more ("Taliban" / "Taleban", "Mohamed" / "Mohammed"). "Austria" / "Australia" (two letters) and
    short names ("Kerry" / "Perry") stay apart, and so do shortened forms ("Ban" is no "Bangladesh")."""
    mine = strip_accents(tok.norm)
    if any(c.isdigit() for c in mine):
        return False  # a code: "MS1417" is no "MS1471"
    for m in others:
        for t in m.feats.tokens:
            if not t.is_name or t.is_number or t.norm == tok.norm:
                continue
            theirs = strip_accents(t.norm)
            if min(len(mine), len(theirs)) >= 6 and Levenshtein.distance(mine, theirs) == 1:
                return True
    return False


def _respelled(member: Member, k: int, others: list[Member]) -> bool:
    """Token ``k`` is a surname another source of the language spells otherwise after the same first name ("Luc
    Vandenbroeck" / "Luc Vandenbroek"), or a first name spelled otherwise before the same surname ("Marcus Dell" /
    "Markus Dell"): a spelling to check (``name_conflicts``), not a form of one name."""
    return any(_respelled_beside(member, k, others, step) for step in (-1, 1))


def _respelled_beside(member: Member, k: int, others: list[Member], step: int) -> bool:
    """``_respelled``, the name both sources give at ``step`` from token ``k`` (-1: the first name before it, 1: the
    surname after it). Not dictionary words ("City Council Member" / "City Councilman"), not a title ("President
    Zelensky"), not a possessive ("Keir Starmer's")."""
    toks = member.feats.tokens
    anchor = _name_beside(toks, k, step)
    words, mine = shared_lemmas(), _bare_name(toks[k].norm)
    title = anchor if step < 0 else toks[k].norm
    if anchor is None or title in TITLES or not toks[k].is_name or words.known(mine, member.lang):
        return False
    return any(t.is_name and _one_name(_name_beside(m.feats.tokens, j, step), anchor)
               and (theirs := _bare_name(t.norm)) != mine
               and not words.known(theirs, m.lang) and fuzz.ratio(theirs, mine) >= SPELLED_ALIKE
               for m in others for j, t in enumerate(m.feats.tokens))


def _one_name(theirs: str | None, mine: str) -> bool:
    """The name beside both: the same, or spelled close to it ("Margaret Ellison" / "Margret Ellisson": each word
    respelled beside the other)."""
    return theirs is not None and (theirs == mine or fuzz.ratio(_bare_name(theirs), _bare_name(mine)) >= SPELLED_ALIKE)


def _bare_name(norm: str) -> str:
    """A name without accents and without its possessive ("Starmer's": "starmer")."""
    return re.sub(r"['’]s?$", "", strip_accents(norm))


def _name_beside(tokens: tuple[Token, ...], k: int, step: int) -> str | None:
    """The capitalised name right beside token ``k``, one space away (``step`` -1: before it, 1: after it: "luc" of
    "Luc Vandenbroeck" for the surname, "dell" for the first name), or None."""
    j = k + step
    if not 0 <= j < len(tokens):
        return None
    near = tokens[j]
    first, second = (near, tokens[k]) if step < 0 else (tokens[k], near)
    ok = near.is_name and not near.stop and not near.is_number and near.surface[:1].isupper() \
        and first.end + 1 == second.start
    return near.norm if ok else None


def _short_form_of(member: Member, k: int, others: list[Member]) -> bool:
    """A name another source of the same language abbreviates ("Florida" / "Fla."), or an abbreviation of a name
    another source writes in full ("Fla." / "Florida"; a single letter when the word after it agrees too: "S. Sudan"
    / "South Sudan", not "Sierra Leone"), never a place name written whole ("Iran." is no "Ireland")."""
    toks = member.feats.tokens
    if abbreviation(toks, k, member.text):
        return any(t.is_name and _abbreviated(member, k, m, j) for m in others for j, t in enumerate(m.feats.tokens))
    return any(abbreviation(m.feats.tokens, j, m.text) and _abbreviated(m, j, member, k)
               for m in others for j in range(len(m.feats.tokens)))


def _abbreviated(short: Member, i: int, full: Member, j: int) -> bool:
    """Whether token ``i`` of ``short`` (an abbreviation) shortens token ``j`` of ``full``."""
    a, b = short.feats.tokens, full.feats.tokens
    if word_key(strip_accents(a[i].norm), short.lang, True) is not None or not abbreviates(a[i].surface, b[j].surface):
        return False
    if len(a[i].surface) > 1:
        return True
    return i + 1 < len(a) and j + 1 < len(b) and a[i + 1].norm == b[j + 1].norm


# Within one language a word the model reads as close may be its opposite (guilty/innocent 0.72, east/west 0.73,
# dead/alive 0.72, acquitted/convicted 0.751): only closer words cover one another there (killed/dies 0.76,
# quake/earthquake 0.82), and never names, numbers, days or places, which are facts to check word for word
# (Monday/Tuesday 0.79, Democrats/Republicans 0.84, million/billion 0.79). Across languages a name or an acronym is
# what the model translates (Council/Conseil). No bar keeps every opposite apart: of 222 English and French pairs of
# opposites, 12 score 0.76 or more (cheap/expensive 0.84, droite/gauche 0.83, early/late 0.78); a word and its
# negation ("légal" / "illégal" 0.78) never match (``meanings.negation``). iSTS details: 0.743 at 0.75, 0.741 here.
# In English a thesaurus reads the pairs first (``meanings.vouch``, WordNet): it drops opposites, and vouches for
# synonyms and for close words it relates (one right above the other, one adjective cluster, a cause), which cover
# each other at any cosine. iSTS details: 0.774 (precision 0.690, recall 0.881) -> 0.783 (0.707 / 0.876); with six
# senses a word 0.785, one 0.777; synonyms and opposites alone 0.779.
SAME_LANGUAGE_MEANING = 0.76

ROUGHLY = 0.2  # a round figure ("une vingtaine", "two dozen") states any number this close to it


def _roughly_stated(member: Member, k: int, others: list[Member]) -> bool:
    """Token ``k`` is a number another version gives roughly: one of the two is a round figure ("une vingtaine"
    / "about two dozen", "a dozen" / "11") and they are within ``ROUGHLY`` of each other."""
    mine = as_float(token_number(member.feats.tokens, k, member.lang))
    if mine is None:
        return False
    mine_round = round_count(member.feats.tokens, k, member.lang)
    for other in others:
        tokens = other.feats.tokens
        for j in range(len(tokens)):
            theirs = as_float(token_number(tokens, j, other.lang))
            if theirs is None:
                continue
            their_round = round_count(tokens, j, other.lang)
            base = max(mine, theirs) if mine_round and their_round else mine if mine_round else theirs
            if (mine_round or their_round) and not _two_tens(mine, theirs) and abs(mine - theirs) <= ROUGHLY * base:
                return True  # within a fifth of the round figure ("a dozen": 10 to 14, as intervals read it; two
                #              round figures: of the larger, either way)
    return False


def _same_length(member: Member, k: int, others: list[Member]) -> bool:
    """Token ``k`` is part of a span of time another version gives in other words ("two years and six months" /
    "two and a half years" / "30 months" / "deux ans et demi")."""
    mine = next(((days, unit) for first, last, days, unit in _durations(member) if first <= k <= last), None)
    return mine is not None and any(
        any(abs(days - mine[0]) <= 1e-6 * mine[0] for _, _, days, _ in spans)
        and not any(unit == mine[1] and abs(days - mine[0]) > 1e-6 * mine[0] for _, _, days, unit in spans)
        for spans in (_durations(o) for o in others))  # not where the other gives a span in this unit otherwise
    #      ("searched for 72 hours" / "searched for 48 hours …, three days after he vanished": 72 against 48)


def _durations(member: Member) -> list[tuple[int, int, float, float]]:
    return member.memo("durations", lambda: durations(member.feats.tokens, member.lang))


def _rounded(member: Member, k: int, others: list[Member]) -> bool:
    """Token ``k`` is part of a figure another version gives rounded, or rounds one it gives: "1.84 million" /
    "1 843 000", "2,4 milliards" / "2.43 billion" (the decimals of a figure written with a scale word are its
    precision), "42.3%" / "42%". Not a whole number of millions ("3 million" / "3.4 million": two figures)."""
    if any(percent_rounded(member, k, o, j) for o in others for j in range(len(o.feats.tokens))):
        return True
    mine = _values(member)[k]
    if mine is None:
        return False
    for other in others:
        for theirs in _values(other):
            if theirs is not None and theirs[0] != mine[0] and (mine[1] or theirs[1]) \
                    and abs(theirs[0] - mine[0]) <= max(mine[1], theirs[1]) / 2:
                return True
    return False


def _values(member: Member) -> list[tuple[float, float] | None]:
    """``_value`` of each token, read once per member (each token of the other versions is tried against each)."""
    return member.memo("rounded values", lambda: [_value(member, k) for k in range(len(member.feats.tokens))])


def _value(member: Member, k: int) -> tuple[float, float] | None:
    """The figure token ``k`` is part of, and the precision it is written to (0.0: exact, or a whole number of its
    scale word), or None."""
    toks = member.feats.tokens
    amount = amount_at(toks, k, member.lang)
    first = amount.first if amount is not None else k
    value = as_float(amount.value if amount is not None else token_number(toks, k, member.lang))
    if value is None or not value:
        return None
    scale = SCALES.get(toks[amount.last].norm) if amount is not None else None
    if scale is None:
        return value, 0.0
    digits = Decimal(str(value)) / Decimal(10) ** scale
    decimals = max(0, -digits.normalize().as_tuple().exponent)
    return value, (10.0 ** (scale - decimals) if decimals and toks[first].is_number else 0.0)


def _converted(member: Member, k: int, others: list[Member]) -> bool:
    """Token ``k`` is a figure in a measure another version gives in another measure it converts to ("180mm" /
    "18 centimetres", "75F" / "24 degrees"): one figure, as ``intervals.may_agree`` reads the two, tried on the
    other's closest few figures of the dimension. A version that gives a figure in this measure too is read in it
    ("280 millimetres (11 inches)" against "près de 300 millimètres": the millimetres disagree, whatever the inches
    round to)."""
    mine = _measured(member).get(k)
    if mine is None:
        return False
    unit, value = mine
    for other in others:
        theirs = _measured(other)
        if any(u == unit for u, _ in theirs.values()):
            continue
        near = sorted((abs(math.log(v / value)) if v and value and v > 0 and value > 0 else 0.0, j)
                      for j, (u, v) in theirs.items() if u != unit and converts(unit, u))
        if any(may_agree(member, [k], other, [j]) for _, j in near[:_CLOSEST]):
            return True
    return False


_CLOSEST = 4  # figures of the other version tried, the closest in value first


def _measured(member: Member) -> dict[int, tuple[str, float | None]]:
    """The member's figures written with a measure: {token: (measure, its value in the dimension's unit, or None for a
    temperature)}, kept with the member."""
    def read() -> dict[int, tuple[str, float | None]]:
        out = {}
        for j in range(len(member.feats.tokens)):
            if _figure(member, j) and (unit := measure(member, j)) is not None:
                value = as_float(token_number(member.feats.tokens, j, member.lang))
                out[j] = (unit, value * CONVERSIONS[unit][1] if value is not None and unit in CONVERSIONS else None)
        return out
    return member.memo("measured", read)


def _figure(member: Member, k: int) -> bool:
    return member.feats.tokens[k].is_number or token_number(member.feats.tokens, k, member.lang) is not None


def _two_tens(a: float, b: float) -> bool:
    """Two different tens under a hundred ("une cinquantaine" / "about 40"): two estimates, not one said roughly."""
    return a != b and max(a, b) < 100 and a % 10 == 0 and b % 10 == 0


def _covered_by_meaning(tok: Token, words: set[str], meanings: WordMatches, min_similarity: float) -> bool:
    """A content word another source writes in other words or another language ("quake" / "earthquake",
    "Council" / "Conseil"): the word table of the comparison (``meanings``)."""
    key = meaning_key(tok)
    return key is not None and meanings.covers(key, words, min_similarity)
