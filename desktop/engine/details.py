"""Details: inside each group, the spans one source has and the others lack, and the spans that differ.

A token is *covered* by another source when its lemma (or, across languages, its name or number) occurs in
that source's members of the group; word order does not matter, because outlets rephrase. Uncovered tokens
are merged into phrases. Where a rapidfuzz ``Levenshtein.opcodes`` replace block pairs uncovered words on both
sides, the span is a conflict (the sources say it differently) and points at its counterpart. Single-sourced
sentences are unique as a whole; their names, numbers and quotes that no other source mentions are marked too.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein, Opcode

from .features import (HONORIFICS, UNSPACED, SentenceFeatures, Token, number_key, number_word_value, round_count,
                       strip_accents, token_number)
from .attribution_cues import CUES
from .amounts import SIGNS, amount_at, currency_key, currency_signs
from .lemmas import shared_lemmas
from .hedges import qualifiers, uncertain
from .negation import negation_span, negations
from .ordinals import CROSS_LANGUAGE_FLOOR, ordinal_at, suffix_tokens
from . import phrases
from .meanings import MIN_SIMILARITY, WordMatches, meaning_key
from .phrases import PhraseCover
from .model import Comparison, Detail, SentenceRef
from .acronyms import is_acronym
from .short_forms import INITIALS as _INITIALS, abbreviates, abbreviation, initials_keys, scale_keys
from .clock import clock_times, hour_keys, minute_words, time_words
from .units import CURRENCY, basis_point_keys, number_unit, unit_tokens, units_written
from .world_names import context_keys, names_of, phrase_keys, token_date, word_key

_REPORTING = re.compile(
    r"^(déclarer|dire|affirmer|indiquer|selon|rapporter|confier|révéler|expliquer|ajouter|estimer|"
    r"say|tell|told|said|according|report|state|claim|add|explain)$"
)
MAX_CONFLICT_TOKENS = 6
MIN_NEAR_FORM = 5  # letters of a word before a derived form of it may cover it
MAX_SUFFIX = 3  # letters a derived form may add ("president" → "presidential")


@dataclass
class _Member:
    ref: SentenceRef
    start: int  # sentence offset in its source text
    lang: str
    feats: SentenceFeatures
    text: str
    names: frozenset[str] = frozenset()  # words its report writes capitalised mid-sentence
    lower_words: frozenset[str] = frozenset()  # words its report writes in lower case
    _keys: list[frozenset[str]] | None = field(default=None, repr=False)  # token_keys(), once per member
    _bag: frozenset[str] | None = field(default=None, repr=False)
    _memo: dict = field(default_factory=dict, repr=False)  # per member: its hedges, qualifiers, diff words

    def memo(self, name: str, make):
        """``make()`` once per member under ``name``."""
        if name not in self._memo:
            self._memo[name] = make()
        return self._memo[name]

    def token_keys(self) -> list[frozenset[str]]:
        """Per token, its cover keys and those of the names of several words it is part of."""
        if self._keys is None:
            self._keys = sentence_keys(self.feats, self.lang)
        return self._keys

    def words(self) -> frozenset[str]:
        """Its content words as the word-meaning table knows them."""
        return frozenset(k for t in self.feats.tokens if (k := meaning_key(t)) is not None)

    def bag(self) -> frozenset[str]:
        """Every key of its tokens: what it gives another source to cover its words with."""
        if self._bag is None:
            self._bag = _offered(frozenset().union(*self.token_keys())) | currency_signs(self.feats.tokens) \
                | minute_words(self.feats.tokens)
        return self._bag


def sentence_keys(feats: SentenceFeatures, lang: str) -> list[frozenset[str]]:
    """Per token of a sentence, what another source may write for it (``_value_keys``), with the keys of the
    names of several words it is part of ("New York"): two tokens of two sources with a key in common match."""
    tokens = feats.tokens
    hours = hour_keys(tokens)
    keys = [_value_keys(tokens, k, lang, hours.get(k)) | extra | _initials(tokens[k], initials) | scale | month | points
            for k, extra, initials, scale, month, points in zip(
                range(len(tokens)), phrase_keys(tokens, lang), initials_keys(tokens), scale_keys(tokens),
                context_keys(tokens, lang), basis_point_keys(tokens, lang))]
    for k, bound in _qualifiers(tokens, lang).items():  # "about" = "some" = "environ"; "at least" = "plus de"
        keys[k] = frozenset({"bound=" + bound})
    for k in uncertain(tokens, lang):  # "aurait" is no "a" (the lemmas meet); "may" = "might" = "perhaps"
        keys[k] = frozenset({"hedge=uncertain"})
    return keys


_RUN_INITIALS = "run-"  # before the initials key of a word of several capitalised words ("Anne Durand": AD)


def _initials(tok: Token, keys: frozenset[str]) -> frozenset[str]:
    """The initials keys of a token: an acronym's own ("AD"); those of a run of capitalised words it is part of
    marked apart (``_offered``), so that a run meets an acronym and never another run of the same initials ("Anne
    Durand" is "AD", not "Anne Dupont")."""
    short = is_acronym(tok.surface) or (len(tok.surface) == 1 and tok.surface.isupper())  # "N Korea": North Korea
    return keys if short else frozenset(_RUN_INITIALS + k for k in keys)


def _offered(keys: frozenset[str]) -> frozenset[str]:
    """What a member's keys cover in another member: a run's initials cover an acronym ("initials=AD"), an acronym
    covers the runs of its initials ("run-initials=AD"); a run's initials never cover a run."""
    runs = {k for k in keys if k.startswith(_RUN_INITIALS)}
    acronyms = {_RUN_INITIALS + k for k in keys if k.startswith(_INITIALS)}
    return (keys - runs) | {k[len(_RUN_INITIALS):] for k in runs} | acronyms


def _value_keys(tokens: tuple[Token, ...], k: int, lang: str, hour: str | None) -> frozenset[str]:
    """``_cover_keys`` of token ``k``, where a value it is part of stands for the word and its own value: the
    amount of several words ("quatre" of "quatre cents" is not the "quatre" of "quatre mille"), the time of day
    of an hour ("6" of "6 p.m." is not the "6" of "6 a.m.": "hour:18:00")."""
    tok = tokens[k]
    keys = _cover_keys(tok, lang)
    if (currency := currency_key(tok.norm)) is not None:  # "euros" where another writes "€"
        keys = keys | {currency}
    value = hour or _value_of(tokens, k, lang)
    if value is None:
        return keys
    return (keys - {tok.lemma, tok.norm, strip_accents(tok.norm), _value(tok.norm, tok.is_number, lang)}) | {value}


def _diff_words(member: _Member) -> list[str]:
    """What the word diff compares: each token's lemma; for the tokens of an amount its value ("2" of "$2m" and of
    "$2bn" differ), for an hour its time of day ("6" of "6 a.m." and of "6 p.m." differ)."""
    def make() -> list[str]:
        toks = member.feats.tokens
        hours, bounds = hour_keys(toks), _member_qualifiers(member)
        return [hours.get(k) or (bounds[k] if k in bounds else None) or _value_of(toks, k, member.lang) or t.lemma
                for k, t in enumerate(toks)]
    return member.memo("diff words", make)


def _value_of(tokens: tuple[Token, ...], k: int, lang: str) -> str | None:
    """The value of an amount of several words token ``k`` is part of, or of the ordinal it is ("ord:2")."""
    amount = amount_at(tokens, k, lang)
    return amount.value if amount is not None else ordinal_at(tokens, k, lang)


def _checkable(member: _Member, k: int) -> str | None:
    """The value of token ``k`` when it is a number ("3", "trois") or a day or month ("samedi"): one key
    for every spelling and language."""
    tokens = member.feats.tokens
    return token_date(tokens, k, member.lang) or token_number(tokens, k, member.lang)


def _cross_checkable(member: _Member, k: int) -> str | None:
    """``_checkable``, but for the ordinals another language says otherwise ("the first time" / "d'abord")."""
    value = _checkable(member, k)
    if value and value.startswith("ord:") and int(value[4:]) < CROSS_LANGUAGE_FLOOR:
        return None
    return value


def _reads_as_name(tok: Token, k: int, names: frozenset[str]) -> bool:
    """A capitalised word. The first word of a sentence counts only when it is an acronym or the report also
    writes it capitalised mid-sentence, so "Pourtant" or "People" opening a sentence is not a name."""
    if not tok.is_name:
        return False
    return k > 0 or (len(tok.surface) > 1 and tok.surface.isupper()) or strip_accents(tok.norm) in names


def _cover_keys(tok: Token, lang: str) -> frozenset[str]:
    """What another source may write for this token: its lemma, its form with and without accents, for a
    number word ("trois", "three") its digits, so that "3 dead" and "three dead" agree, and for a day, month,
    country, city or language its key in every language ("Londres", "London": city:Europe/London)."""
    return _keys(tok.lemma, tok.norm, tok.is_number, tok.is_name, lang)


@lru_cache(maxsize=1 << 16)
def _keys(lemma: str, norm: str, is_number: bool, is_name: bool, lang: str) -> frozenset[str]:
    value = _value(norm, is_number, lang)
    name = word_key(strip_accents(norm), lang, is_name)
    return frozenset({lemma, norm, strip_accents(norm)} | {v for v in (value, name) if v})


def _value(norm: str, is_number: bool, lang: str) -> str | None:
    """One spelling of a number, whoever wrote it: "12 000", "12,000" and "12.000" → "12000"; "trois" → "3"."""
    return number_key(norm) if is_number else number_word_value(norm, lang)


def _bag(members: list[_Member]) -> set[str]:
    return set().union(*(m.bag() for m in members))


def _covered_cross_language(tok: Token, value: str | None, is_name: bool, keys: frozenset[str], bag: set[str],
                            others: list[_Member], lang: str, member: _Member) -> bool:
    """Across languages only names and numbers or dates (``value``) can be checked; the rest counts as covered.
    A name is covered by the same key in the other language ("Londres": London) or by a name spelled alike."""
    if not (value or is_name) or (not value and _common_word(tok, keys, lang, member)):
        return True
    if (value and value in bag) or keys & bag:
        return True
    if any(_written_in(k, m) for m in others if m.lang in UNSPACED for k in ({value} | keys) - {None}):
        return True
    if not is_name:
        return False  # a number or date the other language does not give
    # a name spelled alike: "Otto" (not 8), "Theresa May" (not a month)
    key = strip_accents(tok.norm)
    return any(not t.is_number and fuzz.ratio(key, strip_accents(t.norm)) >= 80 for m in others for t in m.feats.tokens)


def _common_word(tok: Token, keys: frozenset[str], lang: str, member: _Member) -> bool:
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


def _written_in(key: str, member: _Member) -> bool:
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
    return any(same_stem(tok.lemma, w) for w in near.get(tok.lemma[: MIN_NEAR_FORM - 1], ()))


def same_stem(a: str, b: str) -> bool:
    """Two forms of one word that differ by a suffix: the longer is 1–3 letters longer and starts with the
    shorter less its last letter ("indonesia"/"indonesian", "italy"/"italian"). A changed prefix or middle is a
    different word ("lawful"/"unlawful", "austria"/"australia", "police"/"policy")."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= MIN_NEAR_FORM and 1 <= len(long_) - len(short) <= MAX_SUFFIX and long_.startswith(short[:-1])


def _uncovered(member: _Member, others: list[_Member], meanings: WordMatches | None = None) -> list[bool]:
    same = [o for o in others if o.lang == member.lang]
    cross = [o for o in others if o.lang != member.lang]
    bag = _bag(same) if same else set()
    cross_bag = _bag(cross) if cross else set()
    same_words = set().union(*(o.words() for o in same)) if meanings is not None and same else set()
    cross_words = set().union(*(o.words() for o in cross)) if meanings is not None and cross else set()
    near: dict[str, list[str]] | None = None
    flags = []
    units = unit_tokens(member.feats.tokens, member.lang) | time_words(member.feats.tokens) \
        | suffix_tokens(member.feats.tokens)
    for k, (tok, keys) in enumerate(zip(member.feats.tokens, member.token_keys())):
        if k in units:  # "per cent", "points", "p.m.": as its number is (``_add_unit_conflicts`` sets units apart)
            flags.append(flags[units[k]])
            continue
        covered = (bool(same) and bool(keys & bag)) or tok.norm in HONORIFICS or _whole_hour(member, tok)
        #          "Mr" before a name, ":00" after an hour ("6:00 p.m." for "6 p.m.") add nothing
        if not covered and same:
            near = _near_forms(bag) if near is None else near
            covered = _covered_by_near_form(tok, near)
        fact = _checkable(member, k) is not None or _reads_as_name(tok, k, member.names) or any(":" in x for x in keys)
        if not covered and same and tok.is_name and not tok.is_number:
            covered = _spelled_alike(tok, same) or _short_form_of(member, k, same)
        if not covered and same_words and not fact:
            covered = _covered_by_meaning(tok, same_words, meanings, SAME_LANGUAGE_MEANING)
        if not covered and cross_words and _cross_checkable(member, k) is None:  # "seven" / "huit" read alike
            covered = _covered_by_meaning(tok, cross_words, meanings, MIN_SIMILARITY)
        if not covered and cross:
            covered = _covered_cross_language(tok, _cross_checkable(member, k), _reads_as_name(tok, k, member.names),
                                              keys, cross_bag, cross, member.lang, member)
        if not covered and others:
            covered = _roughly_stated(member, k, others)
        flags.append(not covered)
    return _first_names_covered(member, flags) if same else flags


def _whole_hour(member: _Member, tok: Token) -> bool:
    """The minutes of a whole hour ("6:00", "18:00"): the hour says it all."""
    return tok.is_number and tok.surface == "00" and member.text[max(0, tok.start - 1):tok.start] in (":", "h")


def _first_names_covered(member: _Member, flags: list[bool]) -> list[bool]:
    """A first name the other version leaves out ("Bill De Blasio" / "De Blasio", "Maria Alyokhina" / "Alyokhina")
    adds nothing to check: a capitalised word opening a name whose next word is covered, unless that word is an
    office ("Prime Minister" / "Foreign Minister" are two offices). Places are names of their own ("North Korea" /
    "South Korea" stay different)."""
    toks, keys = member.feats.tokens, member.token_keys()
    out = list(flags)
    for k in range(len(toks) - 1):
        opens = k == 0 or not toks[k - 1].is_name or member.text[toks[k - 1].end:toks[k].start].strip()
        if flags[k] and not flags[k + 1] and toks[k].is_name and toks[k + 1].is_name and opens \
                and not _inside_phrase(member, flags, k) \
                and not toks[k].is_number and not member.text[toks[k].end:toks[k + 1].start].strip() \
                and not any(":" in x for x in keys[k] | keys[k + 1]) and not toks[k].surface.isupper() \
                and toks[k + 1].norm not in _office_words(member.lang):
            out[k] = False
    return out


def _office_words(lang: str) -> frozenset[str]:
    """Words of an office or a rank ("minister", "secretary", "general"): "Prime Minister" / "Foreign Minister" are
    two offices, not a first name one version leaves out."""
    cues = CUES.get(lang)
    return cues.titles if cues is not None else frozenset()


def _inside_phrase(member: _Member, flags: list[bool], k: int) -> bool:
    """Token ``k`` continues a phrase of uncovered words ("demande d'entretien avec Nicolas Sarkozy"): the content
    word before it, small words between, is uncovered too."""
    toks, j = member.feats.tokens, k - 1
    while j >= 0 and toks[j].stop and not _breaks(member.text, toks[j].end, toks[j + 1].start):
        j -= 1
    return j >= 0 and flags[j] and not _breaks(member.text, toks[j].end, toks[j + 1].start)


def _spelled_alike(tok: Token, others: list[_Member]) -> bool:
    """A name another source of the same language spells a little differently: one letter apart in a name of six
    letters or more ("Taliban" / "Taleban", "Mohamed" / "Mohammed"). "Austria" / "Australia" (two letters) and
    short names ("Kerry" / "Perry") stay apart, and so do shortened forms ("Ban" is no "Bangladesh")."""
    mine = strip_accents(tok.norm)
    for m in others:
        for t in m.feats.tokens:
            if not t.is_name or t.is_number or t.norm == tok.norm:
                continue
            theirs = strip_accents(t.norm)
            if min(len(mine), len(theirs)) >= 6 and Levenshtein.distance(mine, theirs) == 1:
                return True
    return False


def _short_form_of(member: _Member, k: int, others: list[_Member]) -> bool:
    """A name another source of the same language abbreviates ("Florida" / "Fla."), or an abbreviation of a name
    another source writes in full ("Fla." / "Florida"; a single letter when the word after it agrees too: "S. Sudan"
    / "South Sudan", not "Sierra Leone"), never a place name written whole ("Iran." is no "Ireland")."""
    toks = member.feats.tokens
    if abbreviation(toks, k, member.text):
        return any(t.is_name and _abbreviated(member, k, m, j) for m in others for j, t in enumerate(m.feats.tokens))
    return any(abbreviation(m.feats.tokens, j, m.text) and _abbreviated(m, j, member, k)
               for m in others for j in range(len(m.feats.tokens)))


def _abbreviated(short: _Member, i: int, full: _Member, j: int) -> bool:
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


def _roughly_stated(member: _Member, k: int, others: list[_Member]) -> bool:
    """Token ``k`` is a number another version gives roughly: one of the two is a round figure ("une vingtaine"
    / "about two dozen", "a dozen" / "11") and they are within ``ROUGHLY`` of each other."""
    mine = _as_float(token_number(member.feats.tokens, k, member.lang))
    if mine is None:
        return False
    mine_round = round_count(member.feats.tokens, k, member.lang)
    for other in others:
        tokens = other.feats.tokens
        for j in range(len(tokens)):
            theirs = _as_float(token_number(tokens, j, other.lang))
            if theirs is not None and (mine_round or round_count(tokens, j, other.lang)) \
                    and abs(mine - theirs) <= ROUGHLY * max(mine, theirs):
                return True
    return False


def _as_float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _covered_by_meaning(tok: Token, words: set[str], meanings: WordMatches, min_similarity: float) -> bool:
    """A content word another source writes in other words or another language ("quake" / "earthquake",
    "Council" / "Conseil"): the word table of the comparison (``meanings``)."""
    key = meaning_key(tok)
    return key is not None and meanings.covers(key, words, min_similarity)


_BREAK = re.compile(r"[,;:()«»\"“”\[\]–—]|\.\s")


def _hedges(member: _Member) -> frozenset[int]:
    """The tokens by which the member hedges what it says (``hedges``: "at least" before a number, "allegedly")."""
    toks, lang = member.feats.tokens, member.lang
    return member.memo("hedges", lambda: frozenset(_member_qualifiers(member)) | uncertain(toks, lang))


def _member_qualifiers(member: _Member) -> dict[int, str]:
    return member.memo("qualifiers", lambda: _qualifiers(member.feats.tokens, member.lang))


def _qualifiers(tokens: tuple[Token, ...], lang: str) -> dict[int, str]:
    return qualifiers(tokens, lang, lambda k: tokens[k].is_number or token_number(tokens, k, lang) is not None)


def _breaks(text: str, a: int, b: int) -> bool:
    """Punctuation between two words (``text[a:b]``) ends a span, but for the colon of a time ("6:30")."""
    gap = text[a:b]
    return bool(_BREAK.search(gap)) and not (gap == ":" and text[a - 1:a].isdigit() and text[b:b + 1].isdigit())


def _next_in_run(tokens: tuple[Token, ...], flags: list[bool], text: str, j: int) -> int | None:
    """The next uncovered token of the run ending at ``j``: the next token, or the one after a small word the
    other sources also have ("over the scandal of the loans" stays one span); None at punctuation."""
    for step in (1, 2):
        n = j + step
        if n >= len(tokens) or _breaks(text, tokens[n - 1].end, tokens[n].start):
            return None
        if flags[n]:
            return n
        if not tokens[n].stop:
            return None
    return None


def _phrases(member: _Member, flags: list[bool], negated: set[int] | frozenset[int] = frozenset()) \
        -> list[tuple[int, int]]:
    """Runs of uncovered tokens (token index ranges) holding at least one content word or number; punctuation
    between two tokens (a comma, a quote mark, a bracket) ends a run, so separate facts stay separate spans."""
    tokens, text = member.feats.tokens, member.text

    def content(x: int) -> bool:  # a negation another version contradicts, a hedge: what the span says
        return not tokens[x].stop or _checkable(member, x) is not None or x in negated \
            or x in member.memo("units", lambda: unit_tokens(tokens, member.lang)) or x in _hedges(member)

    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        if not flags[k]:
            k += 1
            continue
        j = k
        while True:
            nxt = _next_in_run(tokens, flags, text, j)
            if nxt is None:
                break
            j = nxt
        if any(content(x) for x in range(k, j + 1)):
            b = j + 1
            while not content(b - 1):
                b -= 1
            runs.append((k, b))
        k = j + 1
    return runs


def _span_type(member: _Member, a: int, b: int) -> str:
    toks = member.feats.tokens[a:b]
    start, end = toks[0].start, toks[-1].end
    if any(qs <= start and end <= qe for qs, qe in member.feats.quotes):
        return "quote"
    if any(token_date(member.feats.tokens, k, member.lang) for k in range(a, b)):
        return "date"
    if any(token_number(member.feats.tokens, k, member.lang) for k in range(a, b)):
        return "number"
    if any(_reads_as_name(t, k, member.names) for k, t in enumerate(toks, start=a)):
        before = member.feats.tokens[max(0, a - 4):a]
        if any(_REPORTING.match(t.lemma) for t in before):
            return "attribution"
        return "name"
    return "text"


def _conflicts(member: _Member, flags: list[bool], others: list[_Member],
               meanings: WordMatches | None = None) -> dict[int, list[tuple[int, int, int]]]:
    """Uncovered tokens of this member that a ``Levenshtein.opcodes`` replace block pairs with another source's
    uncovered words: {token index: [(source, start, end) of the counterpart]}."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    mine = _diff_words(member)
    for other in others:
        if other.lang != member.lang:
            continue
        theirs = other.feats.tokens
        their_flags = _uncovered(other, [member], meanings)
        my_bounds, their_bounds = _member_qualifiers(member), _member_qualifiers(other)
        ops = _word_diff(mine, _diff_words(other), member.ref < other.ref)
        for n, op in enumerate(ops):
            if op.tag != "replace" or max(op.src_end - op.src_start, op.dest_end - op.dest_start) > MAX_CONFLICT_TOKENS \
                    or not _in_one_slot(ops, n, member.feats.tokens, theirs, member.lang):
                continue
            a = [k for k in range(op.src_start, op.src_end) if flags[k] and _says(member, k)]
            b = [k for k in range(op.dest_start, op.dest_end) if their_flags[k] and _says(other, k)]
            named = [any(toks[k].is_name or toks[k].is_number or token_number(toks, k, member.lang)
                         or k in bounds for k in ks)  # "four hundred", "more than"
                     for toks, ks, bounds in ((member.feats.tokens, a, my_bounds), (theirs, b, their_bounds))]
            if a and b and named[0] == named[1] and (named[0] or _about_one_thing(member, a, theirs, b, meanings)):
                #   a name against a name, words against words ("Pigeon" / "next": no) about one thing
                end = theirs[_value_end(other, b[-1])].end
                counterpart = (other.ref[0], other.start + theirs[b[0]].start, other.start + _meridiem_end(other.text, end))
                for k in a:
                    out.setdefault(k, []).append(counterpart)
    return out


def _value_end(member: _Member, k: int) -> int:
    """The last token of the time of day or the amount token ``k`` starts or is part of, with its unit ("6" of
    "6 p.m.": "m")."""
    if (time := clock_times(member.feats.tokens).get(k)) is not None:
        return time[1]
    bounds = _member_qualifiers(member)
    if k in bounds:  # "Fewer" of "Fewer than"
        while k + 1 in bounds:
            k += 1
        return k
    amount = amount_at(member.feats.tokens, k, member.lang)
    first, last = (amount.first, amount.last) if amount is not None else (k, k)
    unit = number_unit(member.feats.tokens, first, member.lang) if member.feats.tokens[first].is_number else None
    return max(last, unit.last) if unit is not None else last  # "2 milliards d'euros", "5 per cent"


def _says(member: _Member, k: int) -> bool:
    """Token ``k`` carries what the sentence says: no small word, unless it is part of an amount ("m" of "$2m") or
    hedges ("more than")."""
    return not member.feats.tokens[k].stop or amount_at(member.feats.tokens, k, member.lang) is not None \
        or k in _hedges(member)


def _about_one_thing(member: _Member, a: list[int], theirs: tuple[Token, ...], b: list[int],
                     meanings: WordMatches | None) -> bool:
    """Words one sentence has where the other has others are a difference in what it says when they are about one
    thing, alike or opposite ("approved" / "rejected", "guilty" / "acquitted"); "three people today" / "three
    people dead" only words it otherwise (``meanings.RELATED``). Without the words' cosines (no table, or words
    the aligner never compared) the place alone decides."""
    if meanings is None:
        return True
    mine = [k for i in a if (k := meaning_key(member.feats.tokens[i])) is not None]
    other = [k for i in b if (k := meaning_key(theirs[i])) is not None]
    return meanings.related(mine, other) is not False


def _word_diff(mine: list[str], theirs: list[str], first: bool) -> list:
    """The word diff of two sentences, computed one way for both (the first member's against the second's, turned
    round for the second), so that both sides of a pair read the same blocks and agree on its conflicts."""
    if first:
        return list(Levenshtein.opcodes(mine, theirs))
    turned = {"insert": "delete", "delete": "insert"}
    return [Opcode(turned.get(op.tag, op.tag), op.dest_start, op.dest_end, op.src_start, op.src_end)
            for op in Levenshtein.opcodes(theirs, mine)]


def _in_one_slot(ops: list, n: int, toks: tuple[Token, ...], theirs: tuple[Token, ...], lang: str = "") -> bool:
    """Replace block ``n`` stands where the other wording stands: on each side, past small words, a word one side
    adds and another name, number or date in the same slot ("in Texas on Monday" / "in Ohio on Tuesday", "approved"
    / "narrowly rejected"), a word the two sentences share or the sentence's edge ("The Senate approved
    the bill" / "The Senate rejected the bill"). In two sentences that order their words differently a replace
    block pairs words of different places ("montrant" / "Blanche"): each is what its source adds, not a
    contradiction. A name or a number stands in one slot at the sentence's edge past small words both have too ("A
    62-year-old man" / "A 61-year-old man"), other words there only reword ("The fire" / "The blaze")."""
    op = ops[n]
    facts = all(t.is_name or t.is_number or token_number(side, k, lang) is not None  # "four hundred" / "500"
                for side, start, end in ((toks, op.src_start, op.src_end), (theirs, op.dest_start, op.dest_end))
                for k, t in enumerate(side[start:end], start))
    return len(ops) > 1 and _anchored(ops, n, -1, toks, theirs, facts) and _anchored(ops, n, 1, toks, theirs, facts)


_SHORT_CHANGE = 2  # tokens a change between the block and its anchor may have on a side


def _anchored(ops: list, n: int, step: int, toks: tuple[Token, ...], theirs: tuple[Token, ...], facts: bool) -> bool:
    k, changed = n + step, False
    while 0 <= k < len(ops):
        op = ops[k]
        mine, other = toks[op.src_start:op.src_end], theirs[op.dest_start:op.dest_end]
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


def _number_conflicts_across(member: _Member, flags: list[bool], others: list[_Member], meanings: WordMatches | None,
                             cover: PhraseCover | None) -> dict[int, list[tuple[int, int, int]]]:
    """Numbers and dates of this member that another language's version gives otherwise: the phrase it matched
    holds a number or date of the same kind that this member does not give ("18 francs" / "17 francs")."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    mine = [k for k, f in enumerate(flags) if f and _cross_checkable(member, k) is not None]
    if cover is None or not mine:
        return out
    for other in (o for o in others if o.lang != member.lang):
        theirs = _uncovered(other, [member], meanings)
        for k in mine:
            span = phrases.counterpart(cover, member.ref, member.feats, member.text, k, other.ref, other.feats, other.text)
            if span is None:
                continue
            dated = token_date(member.feats.tokens, k, member.lang) is not None
            hits = [t for j, t in enumerate(other.feats.tokens) if theirs[j] and span[0] <= t.start < span[1]
                    and (token_date(other.feats.tokens, j, other.lang) is not None) == dated
                    and _checkable(other, j) is not None]
            if hits:
                out.setdefault(k, []).append((other.ref[0], other.start + hits[0].start, other.start + hits[-1].end))
    return out


def _group_details(g: int, members: list[_Member], meanings: WordMatches | None = None,
                   cover: PhraseCover | None = None) -> list[Detail]:
    flags, words, conflicts = [], [], []
    for m in members:
        others = [o for o in members if o.ref[0] != m.ref[0]]
        words.append(_uncovered(m, others, meanings))
        flags.append(_phrase_flags(m, members, others, cover, words[-1]) or words[-1])
        conflicts.append(_conflicts(m, flags[-1], others, meanings))
    _add_number_conflicts_across(members, words, flags, conflicts, meanings, cover)
    _add_unit_conflicts(members, flags, conflicts)
    _add_day_conflicts(members, flags, conflicts)
    _add_swapped_numbers(members, flags, conflicts)
    polarity = _add_negation_conflicts(members, flags, conflicts)
    out: list[Detail] = []
    for m, f, c, negated in zip(members, flags, conflicts, polarity):
        toks = m.feats.tokens
        for a, b in _phrases(m, f, negated):
            parts = sorted({x for k in range(a, b) for x in c.get(k, ())})
            kind = _span_type(m, a, b)
            if kind == "text" and negated.intersection(range(a, b)):
                kind = "negation"  # a fact to check, not wording: shown in the facts-only view
            elif kind == "text" and _hedges(m).intersection(range(a, b)):
                kind = "hedge"  # "at least", "allegedly": how sure the version is, a fact too
            out.append(Detail(m.ref[0], m.ref[1], m.start + toks[a].start, m.start + toks[b - 1].end,
                              "conflict" if parts else "unique", kind, g, tuple(parts)))
    return out


def _add_unit_conflicts(members: list[_Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
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


def _add_day_conflicts(members: list[_Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """One day or one month a version gives and another version gives otherwise, each the only one of its kind
    there that the other lacks ("killed on Tuesday" / "died on Wednesday", "mardi" / "Wednesday"): a conflict
    however the words around it differ (the word diff pairs them only in one slot of like wording). Only between
    sources with one sentence in the claim: two sentences of one report may date two events ("enregistré jeudi",
    "a déposé lundi")."""
    versions = Counter(m.ref[0] for m in members)  # a source with two sentences in the claim may date two events
    days = [_lone_days(m, f) if versions[m.ref[0]] == 1 else {} for m, f in zip(members, flags)]
    for n, m in enumerate(members):
        for kind, k in days[n].items():
            for o, theirs in zip(members, days):
                if o.ref[0] != m.ref[0] and kind in theirs and not conflicts[n].get(k):
                    j = theirs[kind]
                    conflicts[n].setdefault(k, []).append((o.ref[0], o.start + o.feats.tokens[j].start,
                                                           o.start + o.feats.tokens[j].end))


def _add_swapped_numbers(members: list[_Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Numbers two versions of one language give in each other's places ("Three killed and five injured" / "Five
    killed and three injured"): each is in the other version, so neither was marked; where the word diff pairs two
    different numbers in one slot, both conflict."""
    versions = Counter(m.ref[0] for m in members)
    for n, m in enumerate(members):
        for o_n, o in enumerate(members):
            if o.ref[0] <= m.ref[0] or o.lang != m.lang or versions[m.ref[0]] > 1 or versions[o.ref[0]] > 1:
                continue
            mine, theirs = m.feats.tokens, o.feats.tokens
            ops = _word_diff(_diff_words(m), _diff_words(o), True)
            for i, op in enumerate(ops):
                a, b = range(op.src_start, op.src_end), range(op.dest_start, op.dest_end)
                if op.tag != "replace" or not _all_numbers(m, a) or not _all_numbers(o, b) \
                        or any(flags[n][k] for k in a) or any(flags[o_n][k] for k in b) \
                        or _values(m, a) == _values(o, b) \
                        or not _in_one_slot(ops, i, mine, theirs, m.lang) or not _counting_alike(ops, i, mine):
                    continue  # marked already, or the same value written otherwise ("3%" / "3")
                _mark_conflict(flags[n], conflicts[n], a, [(o.ref[0], o.start + theirs[b[0]].start,
                                                            o.start + theirs[_value_end(o, b[-1])].end)])
                _mark_conflict(flags[o_n], conflicts[o_n], b, [(m.ref[0], m.start + mine[a[0]].start,
                                                                m.start + mine[_value_end(m, a[-1])].end)])


def _counting_alike(ops: list, i: int, mine: tuple[Token, ...]) -> bool:
    """The words after replace block ``i`` are the same in both versions for two content words at least: the two
    numbers count the same thing ("Three people were killed" / "Five people were killed"; "Three people died" /
    "Twelve people were injured" count two things)."""
    after = ops[i + 1] if i + 1 < len(ops) else None
    return after is not None and after.tag == "equal" \
        and sum(not t.stop for t in mine[after.src_start:after.src_end]) >= 2


def _values(member: _Member, ks: range) -> set[str | None]:
    return {token_number(member.feats.tokens, k, member.lang) for k in ks}


def _all_numbers(member: _Member, ks: range) -> bool:
    toks = member.feats.tokens
    return 0 < len(ks) <= 2 and all(toks[k].is_number or token_number(toks, k, member.lang) is not None for k in ks)


def _add_negation_conflicts(members: list[_Member], flags: list[list[bool]], conflicts: list[dict]) -> list[set[int]]:
    """A word one version negates and another, in the same language, says without a negation ("did not confirm"
    / "confirmed", "ne négocierons pas" / "négocierons", "no casualties" / "casualties"): both conflict, the
    negation with the word it negates against the plain word. Returns, per member, the tokens so marked."""
    negated = [negations(m.feats.tokens, m.text, m.lang) for m in members]
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        for k, w in negated[n].items():
            for o_n, o in enumerate(members):
                j = _plain_form(m, k, w, o, negated[o_n]) if o.ref[0] != m.ref[0] and o.lang == m.lang else None
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


def _plain_form(member: _Member, k: int, w: int, other: _Member, their_negations: dict[int, int]) -> int | None:
    """The token of ``other`` that says word ``w`` of ``member`` in the same place of like wording, where the word
    diff reads the negation ``k`` as what only ``member`` has; None if the other version negates it too, or says
    it elsewhere ("la femme qui s'est présentée comme la mère" is no "n'est pas la mère")."""
    j = None
    ops = _word_diff(_diff_words(member), _diff_words(other), True)
    same = sum(op.src_end - op.src_start for op in ops if op.tag == "equal")
    if same < NEGATION_LIKENESS * min(len(member.feats.tokens), len(other.feats.tokens)):
        return None  # sentences worded too differently for one word's place to say anything
    for op in ops:
        if op.tag == "equal" and op.src_start <= w < op.src_end:
            j = op.dest_start + w - op.src_start
        if op.tag == "equal" and op.src_start <= k < op.src_end:
            return None  # the other version has the negation word there too
    if j is None or any(-NEGATION_SCOPE[1] <= j - x <= NEGATION_SCOPE[0] for x in their_negations):
        return None
    return j


NEGATION_SCOPE = (6, 2)  # words after a negation, and before it ("ne négocierons pas"), that it may bear on
NEGATION_LIKENESS = 0.5  # share of the shorter sentence's words the two versions write alike, in order


def _lone_days(member: _Member, flags: list[bool]) -> dict[str, int]:
    """{"day" or "month": token} for each kind of date that the member gives once, uncovered (flagged)."""
    found: dict[str, list[int]] = {}
    for k, flagged in enumerate(flags):
        if flagged and (date := token_date(member.feats.tokens, k, member.lang)) is not None:
            found.setdefault(date.split(":", 1)[0], []).append(k)
    return {kind: ks[0] for kind, ks in found.items() if len(ks) == 1}


def _units_of(member: _Member) -> dict[str, list[tuple[str, int, int]]]:
    """Per value, the numbers a member writes with a unit: (unit, first token, last token); basis points as the
    points they make ("25bp": 0.25 point, against "0.25%")."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for k, value, unit in units_written(member.feats.tokens, member.lang):
        out.setdefault(value, []).append((unit.name, k, unit.last))
    return out


def _add_number_conflicts_across(members: list[_Member], words: list[list[bool]], flags: list[list[bool]],
                                 conflicts: list[dict], meanings: WordMatches | None, cover: PhraseCover | None) -> None:
    """Both ways: a number of one version that the other versions do not give (``words``: the word-level verdict),
    whose phrase matched a phrase of another language's version holding a number of the same kind it does not give
    ("18 francs" / "17 francs"), conflicts with it, and that one, where it is marked, with it."""
    if cover is None or len({m.lang for m in members}) < 2:
        return  # one language: the word diff pairs numbers (``_conflicts``)
    where = {(m.ref, k): (n, k) for n, m in enumerate(members) for k in range(len(m.feats.tokens))}
    for n, m in enumerate(members):
        others = [o for o in members if o.ref[0] != m.ref[0]]
        for k, parts in _number_conflicts_across(m, words[n], others, meanings, cover).items():
            conflicts[n].setdefault(k, []).extend(parts)
            mine = (m.ref[0], m.start + m.feats.tokens[k].start, m.start + m.feats.tokens[k].end)
            for src, start, end in parts:
                o = next(o for o in others if o.ref[0] == src and o.start <= start < o.start + len(o.text))
                for j, t in enumerate(o.feats.tokens):
                    if start <= o.start + t.start < end and flags[where[(o.ref, j)][0]][j]:
                        back = conflicts[where[(o.ref, j)][0]].setdefault(j, [])
                        if mine not in back:
                            back.append(mine)


def _phrase_flags(m: _Member, members: list[_Member], others: list[_Member], cover: PhraseCover | None,
                  word_flags: list[bool]) -> list[bool] | None:
    """Across languages only (every other source's member, ``others``, is in another language), what the other
    versions leave out phrase by phrase (``phrases.flagged``); None where the words decide: a member in its own
    language, no table, a manual link the table does not know."""
    if cover is None or not others or m.lang in UNSPACED or any(o.lang == m.lang or o.lang in UNSPACED for o in others):
        return None  # lengths in characters compare versions in spaced scripts only (a Chinese sentence is short)
    own = sum(len(o.text) for o in members if o.ref[0] == m.ref[0])
    longest = max(sum(len(o.text) for o in others if o.ref[0] == s) for s in {o.ref[0] for o in others})
    flags = phrases.flagged(m.feats, m.text, m.ref, [o.ref for o in others], cover, own / max(1, longest), word_flags)
    if flags is None:
        return None
    # a number or a date the other versions do not give stays flagged, however close its phrase reads ("The fee is
    # 18 francs" / "La taxe est de 17 francs"): the one thing a reader checks
    return [f or (w and _checkable(m, k) is not None) for k, (f, w) in enumerate(zip(flags, word_flags))]


def _document_words(feats, lang: str) -> frozenset[str]:
    """Every cover key of a document's tokens (names, numbers, lemmas, forms)."""
    out: set[str] = set()
    for f in feats:
        for t in f.tokens:
            out |= _cover_keys(t, lang)
    return frozenset(out)


def _vocabularies(comp: Comparison, feats) -> list[set[str]]:
    """Per source: the names, numbers and lemmas that the *other* sources use anywhere."""
    words = [_document_words(f, d.language) for f, d in zip(feats, comp.documents)]
    return [set().union(*(w for k, w in enumerate(words) if k != s)) for s in range(len(words))]


def _salient(tok: Token, k: int, names: frozenset[str]) -> bool:
    """A number, or a name (a capitalised first word only when it reads as one)."""
    return not tok.stop and tok.norm not in HONORIFICS and (tok.is_number or _reads_as_name(tok, k, names))


def _single_details(comp: Comparison, feats, source: int, sentence: int, vocab: set[str],
                    names: frozenset[str]) -> list[Detail]:
    """Salient spans of a single-sourced sentence that no other source mentions: names, numbers, quotes."""
    f: SentenceFeatures = feats[source][sentence]
    base = comp.documents[source].sentences[sentence].start
    lang = comp.documents[source].language
    out = []
    for qs, qe in f.quotes:
        inside = [t for t in f.tokens if qs <= t.start and t.end <= qe and not t.stop]
        if inside and sum(bool(_cover_keys(t, lang) & vocab) for t in inside) <= len(inside) / 2:
            out.append(Detail(source, sentence, base + qs, base + qe, "unique", "quote", None))
    in_quote = lambda t: any(qs <= t.start < qe for qs, qe in f.quotes)  # noqa: E731
    flags = [_salient(t, k, names) and not (_cover_keys(t, lang) & vocab) and not in_quote(t)
             for k, t in enumerate(f.tokens)]
    member = _Member((source, sentence), base, lang, f, comp.documents[source].sentence_text(sentence), names)
    for a, b in _phrases(member, _minutes_as_hours(member, flags)):
        out.append(Detail(source, sentence, base + f.tokens[a].start, base + f.tokens[b - 1].end, "unique",
                          _span_type(member, a, b), None))
    return sorted(out, key=lambda d: d.start)


def _minutes_as_hours(member: _Member, flags: list[bool]) -> list[bool]:
    """A time of day ("3:00 pm", "6:30", "15h30", "15 heures", ``clock.clock_times``) is one value, flagged whole or
    not at all: a whole hour as its hour is (its "00" was the number 00 no report writes, where the other report
    wrote a 3 elsewhere; its "h" or "pm" no detail), other minutes when either part is new ("3:30" against a report
    writing only 3 somewhere)."""
    out = list(flags)
    for k, (key, last) in clock_times(member.feats.tokens).items():
        inside = range(k, last + 1)
        flag = out[k] if key.endswith(":00") else any(out[x] for x in inside)
        for x in inside:
            out[x] = flag
    return out


def _lower_words(doc: list[SentenceFeatures]) -> frozenset[str]:
    """The words a report writes in lower case somewhere (kept per features list: re-grouping reuses it)."""
    hit = _LOWER.get(id(doc))
    if hit is None or hit[0] is not doc:
        if len(_LOWER) > 64:
            _LOWER.clear()
        hit = _LOWER[id(doc)] = (doc, frozenset(t.norm for f in doc for t in f.tokens if t.surface[:1].islower()))
    return hit[1]


_LOWER: dict[int, tuple[list, frozenset[str]]] = {}  # id of a features list -> (the list, its lower-case words)


def find_details(comp: Comparison, feats: list[list[SentenceFeatures]]) -> list[Detail]:
    out: list[Detail] = []
    names = [frozenset().union(*(f.names for f in doc)) for doc in feats]  # written capitalised mid-sentence
    lower = [_lower_words(doc) for doc in feats]
    for g, grp in enumerate(comp.groups):
        members = [
            _Member(ref, comp.documents[ref[0]].sentences[ref[1]].start, comp.documents[ref[0]].language,
                    feats[ref[0]][ref[1]], comp.documents[ref[0]].sentence_text(ref[1]), names[ref[0]], lower[ref[0]])
            for ref in grp.members
        ]
        out += _group_details(g, members, comp.word_matches, comp.phrase_cover)
    for s, vocab in enumerate(_vocabularies(comp, feats)):
        for i in comp.single_sourced(s):
            out += _single_details(comp, feats, s, i, vocab, names[s])
    texts = [doc.text for doc in comp.documents]
    out = [_with_sign(texts, _with_meridiem(texts[d.source], d)) for d in out]
    return sorted(out, key=lambda d: (d.source, d.start, d.end))


def _with_sign(texts: list[str], d: Detail) -> Detail:
    """A span, and the spans it points at, opening on a number written after a currency sign start on the sign
    ("£40 million" against "$40 million": the sign is the difference)."""
    def start(source: int, at: int) -> int:
        text = texts[source]
        return at - 1 if at > 0 and text[at - 1] in SIGNS and text[at:at + 1].isdigit() else at
    parts = tuple((s, start(s, a), b) for s, a, b in d.counterparts)
    return replace(d, start=start(d.source, d.start), counterparts=parts)


def _with_meridiem(text: str, d: Detail) -> Detail:
    """A span closing on the "p" of "4 p.m." runs to the end of "p.m." (the tokens split it at its dots)."""
    return replace(d, end=_meridiem_end(text, d.end))


def _meridiem_end(text: str, end: int) -> int:
    """``end``, or past ".m." when the text there closes on the "a" or "p" of "a.m." / "p.m."."""
    if text[end - 1:end].lower() in ("a", "p") and text[end:end + 3].lower() == ".m." \
            and (end < 2 or not text[end - 2].isalpha()):
        return end + 3
    if text[end - 3:end].lower() in ("a.m", "p.m") and text[end:end + 1] == "." and (end < 4 or not text[end - 4].isalpha()):
        return end + 1
    after = _MERIDIEM_AFTER.match(text, end) if text[end - 1:end].isdigit() else None
    return after.end() if after else end  # "6:30" before its " a.m." (a small word the span left out)


_MERIDIEM_AFTER = re.compile(r" ?(?:[aApP]\.[mM]\.|[aApP][mM]\b)")
