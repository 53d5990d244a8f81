"""One sentence of a group as the details read it (``Member``): its tokens' cover keys, what it offers the others
to cover their words with, and its words as the word diff and the value checks see them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..acronyms import is_acronym
from ..amounts import amount_at, currency_key_at, currency_signs
from ..clock import hour_keys, minute_words
from ..compounds import german_compound
from ..dates import date_keys, figure_tokens
from ..features import SentenceFeatures, Token, number_key, number_word_value, strip_accents, token_number, \
    without_possessive
from ..hedges import qualifiers, uncertain
from ..lemmas import shared_lemmas
from .. import match_figures
from ..meanings import meaning_key
from ..model import SentenceRef
from ..negation import negations
from ..ordinals import checked_across, ordinal_at
from ..short_forms import INITIALS as _INITIALS, initials_keys, scale_keys
from ..units import CURRENCY, PERCENT, number_unit, rate_keys
from ..world_names import context_keys, phrase_keys, token_date, word_key


@dataclass
class Member:
    ref: SentenceRef
    start: int  # sentence offset in its source text
    lang: str
    feats: SentenceFeatures
    text: str
    names: frozenset[str] = frozenset()  # words its report writes capitalised mid-sentence
    lower_words: frozenset[str] = frozenset()  # words its report writes in lower case
    cues: tuple[tuple[int, int], ...] = ()  # its cues of saying ("said", "a déclaré"), in sentence offsets
    story: dict[int, frozenset[str]] = field(default_factory=dict)  # per other source, the names both reports give
    #                                                                  in a claim they share (``story_names``)
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


_SAID_ON = re.compile(r"(?:\s*\b(?:on|late|early|this|last|le|ce|el|este|dès)\b)*\s*", re.I)


# verbs that report what was said, not an act of its own ("announced on Wednesday a ban" dates the ban)
_REPORTING = frozenset("""said says told added stated explained confirmed reported indicated noted dit déclaré indiqué
ajouté précisé expliqué affirmé confirmé souligné appris rapporté""".split())


def day_said(member: Member, k: int) -> bool:
    """Token ``k`` dates the statement, not the event: it comes right after a verb reporting what was said
    ("regional authorities said on Wednesday" of a fire that broke out on Tuesday, "a indiqué mercredi"): no day to
    set against the event's. A verb that is the act ("announced on Wednesday a ban") dates the event."""
    start = member.feats.tokens[k].start
    return any(end <= start and _SAID_ON.fullmatch(member.text[end:start])
               and _REPORTING.intersection(re.findall(r"\w+", member.text[begin:end].lower()))
               for begin, end in member.cues)


def sentence_keys(feats: SentenceFeatures, lang: str) -> list[frozenset[str]]:
    """Per token of a sentence, what another source may write for it (``_value_keys``), with the keys of the
    names of several words it is part of ("New York"): two tokens of two sources with a key in common match."""
    tokens = feats.tokens
    hours, figures = hour_keys(tokens), figure_tokens(tokens)
    keys = [_value_keys(tokens, k, lang, hours.get(k)) | extra | _initials(tokens[k], initials) | scale | month | points
            for k, extra, initials, scale, month, points in zip(
                range(len(tokens)), phrase_keys(tokens, lang), initials_keys(tokens), scale_keys(tokens),
                context_keys(tokens, lang), rate_keys(tokens, lang))]
    for k, said in date_keys(tokens, lang).items():  # "03/09/2026" = "9 March 2026" (and "3 September")
        keys[k] = said if k in figures else keys[k] | said
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


_CENTS = re.compile(r"(\d+\.\d*[1-9])0+")


def _value_keys(tokens: tuple[Token, ...], k: int, lang: str, hour: str | None) -> frozenset[str]:
    """``cover_keys`` of token ``k``, where a value it is part of stands for the word and its own value: the
    amount of several words ("quatre" of "quatre cents" is not the "quatre" of "quatre mille"), the time of day
    of an hour ("6" of "6 p.m." is not the "6" of "6 a.m.": "hour:18:00")."""
    tok = tokens[k]
    keys = cover_keys(tok, lang)
    if (currency := currency_key_at(tokens, k)) is not None:  # "euros" where another writes "€"
        keys = keys | {currency}
    if tok.is_number and _priced(tokens, k, lang) and (cents := _CENTS.fullmatch(number_key(tok.norm))):
        keys = keys | {cents.group(1)}  # "$48.50" is "48,50 dollars", "14.20 euros" "14,20 euro" (a version's "17.10"
        #                                 is no "17.1": no currency)
    value = hour or _value_of(tokens, k, lang)
    if value is None:
        return keys
    return (keys - {tok.lemma, tok.norm, strip_accents(tok.norm), _value(tok.norm, tok.is_number, lang)}) | {value}


def _priced(tokens: tuple[Token, ...], k: int, lang: str) -> bool:
    """Number token ``k`` is a sum of money: a currency's sign on it ("$48.50") or its word after it ("14.20 euros")."""
    unit = number_unit(tokens, k, lang)
    return tokens[k].currency or (unit is not None and unit.name.startswith(CURRENCY))


def diff_words(member: Member) -> list[str]:
    """What the word diff compares: each token's lemma; for the tokens of an amount its value ("2" of "$2m" and of
    "$2bn" differ), for an hour its time of day ("6" of "6 a.m." and of "6 p.m." differ)."""
    def make() -> list[str]:
        toks = member.feats.tokens
        hours, bounds, units = hour_keys(toks), member_qualifiers(member), _measure_keys(member)
        return [hours.get(k) or (bounds[k] if k in bounds else None) or units.get(k) or _value_of(toks, k, member.lang)
                or (number_key(t.norm) if t.is_number and t.norm.endswith("%") else t.lemma)  # "2.3%" as "2.3 per cent"
                for k, t in enumerate(toks)]
    return member.memo("diff words", make)


def measure_words(member: Member) -> dict[int, tuple[str, int]]:
    """Each token of a measure written after a figure: {token: (its measure, the figure's token)} ("miles", "an",
    "hour" of "70 miles an hour": "mph")."""
    def make() -> dict[int, tuple[str, int]]:
        from .intervals import measure_at, measure_tokens

        toks, out = member.feats.tokens, {}
        for k, t in enumerate(toks):
            if (t.is_number or token_number(toks, k, member.lang)) and k + 1 < len(toks) and k + 1 not in out \
                    and (unit := measure_at(toks, k + 1)) is not None:  # "3 km", "two kilometres", "deux km"
                out.update(dict.fromkeys(measure_tokens(member, k), (unit, k)))
        return out
    return member.memo("measure words", make)


def _measure_keys(member: Member) -> dict[int, str]:
    """Each token of a measure as its measure, its first word apart from its tail ("mph" for "mph" and "miles", then
    "mph+" for "an", "hour"): "50mph" / "70 miles an hour" line up figure against figure in the word diff."""
    words = measure_words(member)
    return {j: "unit:" + unit + ("+" if j - 1 in words else "") for j, (unit, _) in words.items()}


def _value_of(tokens: tuple[Token, ...], k: int, lang: str) -> str | None:
    """The value of an amount of several words token ``k`` is part of, or of the ordinal it is ("ord:2")."""
    amount = amount_at(tokens, k, lang)
    return amount.value if amount is not None else ordinal_at(tokens, k, lang)


def checkable(member: Member, k: int) -> str | None:
    """The value of token ``k`` when it is a number ("3", "trois") or a day or month ("samedi"): one key
    for every spelling and language."""
    tokens = member.feats.tokens
    return token_date(tokens, k, member.lang) or token_number(tokens, k, member.lang)


def cross_checkable(member: Member, k: int) -> str | None:
    """``checkable``, but for the ordinals another language says otherwise ("the first time" / "d'abord")."""
    value = checkable(member, k)
    if value and value.startswith("ord:") and not checked_across(member.feats.tokens, k, value):
        return None
    return value


def match_sorts(member: Member) -> dict[int, str]:
    """The kinds of the member's figures of a match (``match_figures.sorts``: "minute", "delay", "squad", "score"),
    read once."""
    return member.memo("match sorts", lambda: match_figures.sorts(member.feats.tokens, member.text, member.lang))


def match_figures_apart(member: Member, ks: list[int], other: Member, js: list[int]) -> bool:
    """The numbers among tokens ``ks`` and those among ``js`` are figures of a match of two kinds ("ten-man" /
    "2-1", "Eight minutes later" / "en el minuto 66"): two facts, no figure said otherwise (``match_figures.apart``)."""
    kinds = [{match_sorts(m).get(x) for x in xs if checkable(m, x) is not None}
             for m, xs in ((member, ks), (other, js))]
    return all(kinds) and match_figures.apart(*kinds)


def earlier_figure(member: Member, k: int) -> bool:
    """The figure at token ``k`` is one a figure is compared with ("up from 55.2% at the last election", "61,4 %
    contre 55,2 % en 2021", "frente al 55,2 %"): an earlier or another value, set against no figure of the claim."""
    words = [t.norm for t in member.feats.tokens[max(0, k - 4):k]]
    for n, word in enumerate(words):
        rest = words[n + 1:]
        if word == "from" and n and (words[n - 1] in _CHANGED or _figure_end(words[n - 1])):
            return True  # "up from 55.2%", "to 3.00% from 3.25%"
        if (word, tuple(rest[:1])) in _COMPARED or word in _AGAINST:
            return True
    return False


def _figure_end(word: str) -> bool:
    """A token that ends a figure: its digits, its per cent sign or word ("3.00%", "2.5 per cent", "120")."""
    return word[-1:].isdigit() or word.endswith("%") or word in ("cent", "percent")


_CHANGED = frozenset("""up down rose fell risen fallen increased decreased climbed dropped jumped slipped""".split())
_COMPARED = frozenset({("compared", ("with",)), ("compared", ("to",)), ("par", ("rapport",)), ("frente", ("al",)),
                       ("frente", ("a",)), ("respecto", ("al",)), ("respecto", ("a",)), ("comparado", ("con",))})
_AGAINST = frozenset({"contre", "versus", "vs"})


def reads_as_name(tok: Token, k: int, names: frozenset[str], tokens: tuple[Token, ...] = (), lang: str = "") -> bool:
    """A capitalised word. The first word of a sentence counts only when it is an acronym or the report also
    writes it capitalised mid-sentence, so "Pourtant" or "People" opening a sentence is not a name; in German
    (``tokens`` and ``lang`` given) a noun of the dictionary is none (``german_noun``)."""
    if not tok.is_name:
        return False
    if lang == "de" and tokens and (german_noun(tokens, k) or tok.norm in _CAUSE_PREPOSITIONS):
        return False  # (a preposition capitalised after a dateline's dash: "Stuttgart – Wegen Brandgefahr")
    return k > 0 or (len(tok.surface) > 1 and tok.surface.isupper()) or strip_accents(tok.norm) in names


def german_noun(tokens: tuple[Token, ...], k: int) -> bool:
    """German writes every noun capitalised: "Menschen", "Waggons", "Böschung" had been marked as names a German
    report alone gives. A capitalised word of the German dictionary is a noun after an article or a determiner
    within two words ("die Böschung", "einem dunklen Tag", "im Zug") or after a number ("180 Menschen", "vier
    Waggons"), or when written inflected ("Rettungskräfte", "Bergen": its lemma differs). The dictionary holds first
    names, surnames and cities too, so a word next to another capitalised word ("Thomas Müller", "Polizeisprecher
    Thomas Müller"), after a title, an acronym, a place, or a single word no article opens ("Merkel sagte", "in Köln")
    stays a name. Within German, conflicts read capitalised words as before (``Token.is_name``): "Müller" against
    "Schmidt" in one slot is still a dispute."""
    tok = tokens[k]
    place = word_key(strip_accents(tok.norm), "de", True)
    if tok.surface.isupper() or (place is not None and ":" in place):
        return False
    if not shared_lemmas().known(tok.surface, "de"):
        return _coined_noun(tokens, k)
    if k and _spaced(tokens, k) and tokens[k - 1].norm in _CAUSE_PREPOSITIONS:
        return True  # "Wegen Brandgefahr", "ohne Zwischenfälle": a thing, no person
    if _in_name_run(tokens, k):
        return False
    before = tokens[k - 1] if k and _spaced(tokens, k) else None
    if before is not None and before.norm in _GERMAN_TITLES:
        return False
    if before is not None and (before.is_number or token_number(tokens, k - 1, "de")):
        return True
    article = next((j for j in (k - 1, k - 2) if j >= 0 and tokens[j].norm in _GERMAN_ARTICLES), None)
    opened = article is not None and all(_spaced(tokens, j) for j in range(article + 1, k + 1))
    return opened or tok.lemma.casefold() != tok.surface.casefold()


def _coined_noun(tokens: tuple[Token, ...], k: int) -> bool:
    """A word the dictionary lacks is a noun when it is a compound of its words ("Zellmodule", "Batterie-Rückruf",
    ``compounds.german_compound``), unless it stands next to another capitalised word or after a title, as a
    name does ("Elisabeth Schwarzkopf", "Frau Schwarzkopf", "Gesellschaft Transalpina Rail"): a QA helper's recall
    reports had "Werkstattaufenthalt" and "Referenznummer" typed as names."""
    before = tokens[k - 1] if k and _spaced(tokens, k) else None
    if (before is not None and before.norm in _GERMAN_TITLES) or _in_name_run(tokens, k):
        return False
    return german_compound(tokens[k].surface)


def _spaced(tokens: tuple[Token, ...], k: int) -> bool:
    """Tokens ``k - 1`` and ``k`` stand one space apart (no mark between them)."""
    return tokens[k].start - tokens[k - 1].end == 1


def _in_name_run(tokens: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` stands next to another capitalised word, a space apart ("Thomas Müller")."""
    def name(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j].is_name and not tokens[j].stop and not tokens[j].is_number \
            and token_number(tokens, j, "de") is None and tokens[j].norm not in _COUNT_NOUNS  # not "Fünf" of
        #   "Fünf Menschen", "Tausende" of "Tausende Menschen"
    headed = k > 0 and tokens[k - 1].norm in _GERMAN_ARTICLES and _spaced(tokens, k) and k + 1 < len(tokens) \
        and not shared_lemmas().known(tokens[k + 1].surface, "de")  # "der Gesellschaft Transalpina Rail": a noun
    #        an article opens, before the name it heads (not "Das Auswärtige Amt": one name)
    return (name(k - 1) and _spaced(tokens, k)) or (not headed and name(k + 1) and _spaced(tokens, k + 1))


_COUNT_NOUNS = frozenset("""tausende hunderte dutzende zehntausende hunderttausende millionen tausenden hunderten
    dutzenden""".split())


_GERMAN_ARTICLES = frozenset("""der die das den dem des ein eine einer eines einem einen kein keine keinen keinem
    keiner keines im am zum zur vom beim ins ums ans aufs dieser diese dieses diesem diesen jeder jede jedes seine
    seinem seinen seiner ihre ihrem ihren ihrer unsere mehrere viele alle beiden""".split())
_CAUSE_PREPOSITIONS = frozenset("wegen aufgrund trotz ohne mangels infolge zwecks".split())  # before things, not people
_GERMAN_TITLES = frozenset("""herr herrn frau dr prof bürgermeister bürgermeisterin minister ministerin kanzler
    kanzlerin präsident präsidentin sprecher sprecherin regionalpräsident regionalpräsidentin chef chefin
    direktor direktorin richter richterin staatsanwalt staatsanwältin""".split())


def cover_keys(tok: Token, lang: str) -> frozenset[str]:
    """What another source may write for this token: its lemma, its form with and without accents, for a
    number word ("trois", "three") its digits, so that "3 dead" and "three dead" agree, and for a day, month,
    country, city or language its key in every language ("Londres", "London": city:Europe/London)."""
    return _keys(tok.lemma, tok.norm, tok.is_number, tok.is_name, lang)


@lru_cache(maxsize=1 << 16)
def _keys(lemma: str, norm: str, is_number: bool, is_name: bool, lang: str) -> frozenset[str]:
    value = _value(norm, is_number, lang)
    name = word_key(strip_accents(norm), lang, is_name)
    code = "code=" + re.sub(r"[\W_]", "", norm) if re.search(r"\d", norm) and re.search(r"[^\W\d_]", norm) else None
    #      "G20" is "G-20", "MS 417" aside: a code written with or without its hyphen
    owner = without_possessive(norm) if lang == "en" and len(norm) > 4 else None  # "Caldwell's cross" names
    #      Caldwell as "a cross from Jamie Caldwell" does (a QA helper's cup-final reports)
    return frozenset({lemma, norm, strip_accents(norm)} | {v for v in (value, name, code, owner) if v})


def _value(norm: str, is_number: bool, lang: str) -> str | None:
    """One spelling of a number, whoever wrote it: "12 000", "12,000" and "12.000" → "12000"; "trois" → "3"."""
    return number_key(norm) if is_number else number_word_value(norm, lang)


def member_negations(member: Member) -> dict[int, int]:
    """``negation.negations`` of the member ({negating token: negated token}), read once: the negation, verdict and
    act rules all read it."""
    return member.memo("negations", lambda: negations(member.feats.tokens, member.text, member.lang))


def member_hedges(member: Member) -> frozenset[int]:
    """The tokens by which the member hedges what it says (``hedges``: "at least" before a number, "allegedly")."""
    toks, lang = member.feats.tokens, member.lang
    return member.memo("hedges", lambda: frozenset(member_qualifiers(member)) | uncertain(toks, lang))


def member_qualifiers(member: Member) -> dict[int, str]:
    return member.memo("qualifiers", lambda: _qualifiers(member.feats.tokens, member.lang))


def _qualifiers(tokens: tuple[Token, ...], lang: str) -> dict[int, str]:
    def number(k: int) -> bool:  # "More than a thousand": the article of a number in words (not "a dozen", a
        return tokens[k].is_number or token_number(tokens, k, lang) is not None or (  # round count of its own)
            tokens[k].norm in _ARTICLES and k + 1 < len(tokens) and not tokens[k + 1].is_number
            and _at_least(token_number(tokens, k + 1, lang), _SCALE))
    def share(k: int) -> bool:  # "über 4 Prozent", "oltre il 4%"
        unit = number_unit(tokens, k, lang) if tokens[k].is_number else None
        return unit is not None and unit.name == PERCENT
    return qualifiers(tokens, lang, number, share)


def _at_least(value: str | None, floor: float) -> bool:
    try:
        return value is not None and float(value) >= floor
    except ValueError:
        return False


_SCALE = 100  # "a hundred", "a thousand", "a million": numbers an article opens


_ARTICLES = frozenset({"a", "an"})


def lower_words(doc: list[SentenceFeatures]) -> frozenset[str]:
    """The words a report writes in lower case somewhere (kept per features list: re-grouping reuses it)."""
    hit = _LOWER.get(id(doc))
    if hit is None or hit[0] is not doc:
        if len(_LOWER) > 64:
            _LOWER.clear()
        hit = _LOWER[id(doc)] = (doc, frozenset(t.norm for f in doc for t in f.tokens if t.surface[:1].islower()))
    return hit[1]


_LOWER: dict[int, tuple[list, frozenset[str]]] = {}  # id of a features list -> (the list, its lower-case words)
