"""Features of a sentence for matching and diffing: tokens with offsets, lemmas, content words, names, numbers, quotes.

Shared by align (which scores overlaps) and details (which diffs token lists and types the spans).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from ..paths import resources_dir
from .capitals import sentence_cased
from .ordinals import ordinal_at
from .amounts import SCALES, amount_at, currency_sign, number_key  # noqa: F401 - number_key is read from here by other modules


# \u00ad: soft hyphen; "S&P", "AT&T": one name
_WORD = re.compile(r"\d+(?:[.,]\d+|['’ \u00a0\u2009\u202f]\d{3}(?!\d))*(?:\s?%)?|[A-Z]+&[A-Z]+(?:['’]s)?\b|\w+(?:(?:-|['’\u00ad](?=[^\W\d]))\w+(?![.,]?\d))*", re.U)
# Text split into words with spaces around marks ("70 , 000", "12 ' 128": tokenised corpora, some PDF extractions):
# digits grouped by a spaced apostrophe are one number in any language, by a spaced comma where the comma groups
# thousands (English; in French "3 , 043 milliards" is a decimal comma); a decimal mark spaced so, before a per cent
# or a scale word ("8 . 24 billion", "1 , 8 milliard", "2 . 5 percent", "3 , 5 %")
_PER_CENT = ("percent", "per cent", "pour cent", "pourcent", "Prozent", "por ciento", "per cento")
_SPACED = (r"\d{{1,3}}(?: {sep} \d{{3}}(?!\d))+(?!\d)(?: ?%)?|\d+ [.,] \d+(?: ?%|(?= (?i:"
           + "|".join(sorted((*SCALES, *_PER_CENT), key=len, reverse=True)) + r")\b))|")
_WORD_SPACED = {comma: re.compile(_SPACED.format(sep="[,'’]" if comma else "['’]") + _WORD.pattern, re.U)
                for comma in (False, True)}
_COMMA_GROUPS = frozenset({"en"})  # languages whose comma groups thousands
_ELISION = re.compile(r"^(?:l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu)['’](?=\w)", re.I)
_QUOTE = re.compile(r"«[^»]{2,}»|“[^”]{2,}”|\"[^\"]{2,}\"|„[^“”]{2,}[“”]")
# Number words that are as often other words, with the endings of a plural noun they count: French "neuf"
# is also "new" ("un bâtiment neuf"), Italian "sei" also "(you) are" ("sei stato"). Such a word is read as
# a number only before a number or a plural noun ("neuf morts", "sei persone").
_AMBIGUOUS_NUMBERS = {"fr": (frozenset({"neuf"}), ("s", "x")), "it": (frozenset({"sei"}), ("i", "e"))}
# Italian "venti" is also "winds": not a number before the words that describe winds ("venti sostenuti fino a 195
# km/h", "venti forti"; a QA helper's storm reports read "20" there), a number anywhere else ("i morti sono venti")
_WINDS = frozenset("""sostenuti forti fortissimi deboli moderati intensi violenti impetuosi tempestosi freddi caldi
    gelidi orari costanti persistenti meridionali settentrionali occidentali orientali fino""".split())

UNSPACED = frozenset({"zh", "ja", "th"})  # languages written without spaces: a whole clause reads as one token
_EXTRA_STOP = {"a", "s", "ont", "été", "fait", "says", "said", "also", "aussi"}


@dataclass(frozen=True)
class Token:
    start: int  # offsets into the sentence text
    end: int
    surface: str
    norm: str  # lower-case, accents kept, elision stripped, ’ → '
    lemma: str
    stop: bool
    is_number: bool
    is_name: bool
    currency: str = ""  # the sign a number is written with ("€" of "€1.5bn", "$" of "US$3m", "€" of "2 500 €")


@dataclass(frozen=True)
class SentenceFeatures:
    tokens: tuple[Token, ...]
    content: frozenset[str]  # lemmas of non-stop tokens
    names: frozenset[str]  # normalised proper names and acronyms
    numbers: frozenset[str]  # normalised numerals
    quotes: tuple[tuple[int, int], ...]  # quoted spans (offsets into the sentence)


@lru_cache(maxsize=64)
def stop_words(lang: str) -> frozenset[str]:
    """The function words of ``common_words`` (``function_words``), or all of them where no such list is kept."""
    kept = function_words(lang)
    common = common_words(lang)
    return frozenset(common & {_fold(w) for w in kept}) | _EXTRA_STOP if kept else common


@lru_cache(maxsize=64)
def common_words(lang: str) -> frozenset[str]:
    """The stop-words package's whole list for ``lang``: function words and common ones ("former", "now", "added").
    Reading who says a statement, a capitalised common word opening a sentence is no first name."""
    from stop_words import AVAILABLE_LANGUAGES, LANGUAGE_MAPPING, get_stop_words  # imported on first use: app start

    name = LANGUAGE_MAPPING.get(lang, lang)
    return frozenset({_fold(w) for w in (get_stop_words(name) if name in AVAILABLE_LANGUAGES else ())} | _EXTRA_STOP)


def with_common_words(f: SentenceFeatures, lang: str, names: frozenset[str]) -> SentenceFeatures:
    """``f`` with its first word marked as a stop word when it is a common word that opens the sentence
    (``_common_opening``), names counted again without it."""
    if not f.tokens or not _common_opening(f.tokens, lang, names):
        return f
    tokens = (replace(f.tokens[0], stop=True), *f.tokens[1:])
    return replace(f, tokens=tokens, names=frozenset(_names(list(tokens))))


_OPENERS = frozenset({"last", "next", "now", "then", "early", "late"})  # "Last Christmas, Smith …", "Now Smith says"


def _common_opening(tokens: tuple[Token, ...], lang: str, names: frozenset[str]) -> bool:
    """The first word is a common word of the language (``common_words``, and a word of its dictionary: "Former",
    "Now"; not "Microsoft") that the report never writes as a name inside a sentence (``names``: "Mr Young" elsewhere),
    and no name follows it ("Bill Gates", "Downing Street", "Former US officials" keep theirs) unless it opens a
    date or a turn ("Last Christmas", "Now Smith says", "Added Mr. Prodi:")."""
    from .lemmas import shared_lemmas

    first = tokens[0]
    if first.stop or first.norm not in common_words(lang) or strip_accents(first.norm) in names \
            or not shared_lemmas().known(first.norm, lang):
        return False
    return len(tokens) < 2 or not tokens[1].is_name or first.norm in _OPENERS or first.norm.endswith("ed")


def function_words(lang: str) -> frozenset[str]:
    """The words of the stop-words package's list for ``lang`` that are function words, where its list mixes in
    content words (``resources/function_words/<lang>.txt``; empty: keep the package's whole list).

    Its English list grew in 2025 from 174 function words to 1,333 words, among them "fire", "home", "year",
    "million", "UK" and "Microsoft": a stop word is never a detail, a name or a shared word, so a fire that only one
    headline mentions went unmarked. Keeping the function words: iSTS details F1 0.743 -> 0.764, swissgov 0.326 ->
    0.328, haystacks and same-story must recall unchanged (benchmarks/quality.py)."""
    try:
        path = resources_dir() / "function_words" / f"{lang}.txt"
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    except FileNotFoundError:
        return frozenset()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _lemma(word: str, lang: str) -> str:
    from .lemmas import shared_lemmas  # imported on first use (simplemma: 0.1 s), not when the app starts

    return shared_lemmas().lemma(word, lang)


def _fold(word: str) -> str:
    return word.replace("’", "'").replace("\u00ad", "").lower()  # "mar\u00adtelé" (a web page's soft hyphen)


# Round counts written as a noun ("une trentaine de personnes": about thirty): the number they round to. Not
# "quarantaine" (also quarantine) nor plurals ("des dizaines": tens of, no number). English "dozen": ``token_number``.
_ROUND_COUNTS = {
    "fr": {"dizaine": "10", "douzaine": "12", "quinzaine": "15", "vingtaine": "20", "trentaine": "30",
           "cinquantaine": "50", "soixantaine": "60", "centaine": "100"},
    "it": {"decina": "10", "dozzina": "12", "ventina": "20", "trentina": "30", "quarantina": "40", "cinquantina": "50",
           "sessantina": "60", "centinaio": "100"},  # (the plurals "decine", "centinaia": tens of, hundreds of)
    "es": {"decena": "10", "docena": "12", "veintena": "20", "treintena": "30", "cincuentena": "50", "centenar": "100"},
    "de": {"viertelmillion": "250000", "dreiviertelmillion": "750000"},  # "eine Viertelmillion" (not "Dutzend":
    #                                                          "mehrere Dutzend" are dozens)
}  # (not "quincena", a fortnight, nor "cuarentena", a quarantine)


@lru_cache(maxsize=1 << 14)
def number_word_value(word: str, lang: str) -> str | None:
    """The digits of a number written in words, from 2 up (text2num; "un"/"one" are articles too often), or of a
    round count ("trentaine": 30)."""
    if not word.isalpha() and "-" not in word:
        return None
    if word in _ROUND_COUNTS.get(lang, {}):
        return _ROUND_COUNTS[lang][word]
    try:
        from text_to_num import text2num  # imported on first use

        value = text2num(word, lang)
    except Exception:  # noqa: BLE001 - not a number word, or a language text2num does not know
        return None
    return str(value) if value >= 2 else None


def token_number(tokens: tuple[Token, ...], k: int, lang: str) -> str | None:
    """The value of token ``k`` when it is a number, in digits or in words, read in its context."""
    tok = tokens[k]
    amount = amount_at(tokens, k, lang)
    if amount is not None:  # "quatre cents", "2 million", "$2bn": the whole amount's value
        return amount.value
    ordinal = ordinal_at(tokens, k, lang)
    if ordinal is not None:  # "the second attack": "ord:2"
        return ordinal
    if lang == "en" and tok.norm == "dozen":
        return _dozen(tokens, k, lang)
    if lang == "fr" and tok.norm == "quarantaine":  # "une quarantaine de trains": about forty; "en quarantaine": none
        counted = 0 < k < len(tokens) - 1 and tokens[k - 1].norm == "une" and tokens[k + 1].norm in ("de", "d") \
            and not (k + 2 < len(tokens) and tokens[k + 2].is_number)  # "une quarantaine de 14 jours": a quarantine
        return "40" if counted else None
    if tok.norm in ("cent", "cento") and k > 1 and tokens[k - 1].norm in ("per", "pour") \
            and (tokens[k - 2].is_number or number_word_value(tokens[k - 2].norm, lang)):
        return None  # "5 pour cent", "5 per cent", "venti per cento": a unit, not a hundred
    if tok.is_number:
        value = number_key(tok.norm)
    else:
        value = number_word_value(tok.norm, lang)
    if value is not None and lang == "en" and k + 1 < len(tokens) and tokens[k + 1].norm == "dozen":
        return _times(value, 12)  # "two dozen": 24
    if tok.is_number:
        return value
    if lang == "it" and tok.norm == "venti" and k + 1 < len(tokens) and tokens[k + 1].norm in _WINDS:
        return None  # "venti sostenuti fino a 195 km/h": winds
    words, plural = _AMBIGUOUS_NUMBERS.get(lang, (frozenset(), ()))
    if value is None or tok.norm not in words:
        return value
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None:
        return None
    counted = nxt.norm.endswith(plural) and (not nxt.stop or nxt.lemma != nxt.norm)  # a plural noun, not "qui"
    return value if counted or nxt.is_number or number_word_value(nxt.norm, lang) else None


def round_count(tokens: tuple[Token, ...], k: int, lang: str) -> bool:
    """Token ``k`` is a round figure, not a count: "trentaine", "a dozen", "two dozen"."""
    norm = tokens[k].norm
    return norm in _ROUND_COUNTS.get(lang, {}) or (lang == "fr" and norm == "quarantaine") or (lang == "en" and (
        norm == "dozen" or (k + 1 < len(tokens) and tokens[k + 1].norm == "dozen")))


def _dozen(tokens: tuple[Token, ...], k: int, lang: str) -> str | None:
    """"dozen": part of the number before it ("two dozen", read there), 6 in "half a dozen", else 12."""
    before = [t.norm for t in tokens[max(0, k - 2):k]]
    if before and (tokens[k - 1].is_number or number_word_value(before[-1], lang)):
        return None
    return "6" if "half" in before else "12"  # "half a dozen", "a half dozen"


def _times(value: str, factor: int) -> str | None:
    try:
        return number_key(f"{float(value) * factor:.6f}".rstrip("0").rstrip("."))
    except ValueError:
        return None


@lru_cache(maxsize=64)
def lemma_lang(lang: str) -> str | None:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return lang if lang in SUPPORTED_LANGUAGES else None


@lru_cache(maxsize=1 << 16)
def _word(raw: str, lang: str) -> tuple[int, str, str, str, bool, bool, bool]:
    """What one matched word gives, whatever its position: (elision length, surface, norm, lemma, stop,
    is_number, is_name). Cached: news text repeats its words, and this is most of the feature work."""
    surface, skip = raw, 0
    el = _ELISION.match(raw)
    if el and len(raw) > el.end():
        skip = el.end()
        surface = raw[skip:]
    norm = _fold(surface)
    is_number = surface[0].isdigit()
    llang = lemma_lang(lang)
    lemma = norm if is_number or not llang else _lemma(norm, llang)
    is_name = not is_number and (surface[0].isupper() or (len(surface) > 1 and surface.isupper()))
    stops = stop_words(lang)
    stop = norm in stops or (lemma in stops and not is_name)
    if stop and norm not in _AMBIGUOUS_NUMBERS.get(lang, ((),))[0] and number_word_value(norm, lang):
        stop = False  # "three", "cinque": stop words in some lists, but a number is what a reader checks
    return skip, surface, norm, lemma, stop, is_number, is_name


def _note_marker(text: str, start: int, end: int) -> bool:
    """A note's number in brackets stuck to the word or the stop before it: "night.[1]", "said[2]"."""
    return text[start - 1:start] == "[" and text[end:end + 1] == "]" and start >= 2 and not text[start - 2].isspace()


# a news agency's tag before a wire story's headline: "UPDATE 3-Seven dead after …", "REFILE-…", "WRAPUP 2-…",
# "FLASH: Wildfire erupts …", "ÚLTIMA HORA: …"
_WIRE_TAG = re.compile(r"\s*(?:(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|EXCLUSIVE|INSIGHT|FACTBOX|ANALYSIS|BREAKINGVIEWS"
                       r"|SPECIAL REPORT|EXPLAINER|TIMELINE|PREVIEW|GLOBAL MARKETS|BRIEF)"
                       r"(?:\s+\d{1,2})?\s*-(?=\S))+"  # "RPT-UPDATE 3-": tags stack
                       r"|(?:FLASH|BREAKING|URGENT|URGENTE|ALERT|ALERTE|DERNI[ÈE]RE HEURE|[ÚU]LTIMA HORA)\s*:)")  # "FLASH:"


def wire_tag_end(text: str) -> int:
    """Where a wire headline's tags end ("UPDATE 2-", "REFILE-UPDATE 1-", "FLASH: "), 0 without any."""
    tag = _WIRE_TAG.match(text)
    return tag.end() if tag else 0


def tokenize(text: str, lang: str) -> list[Token]:
    out: list[Token] = []
    tag = _WIRE_TAG.match(text)
    for start, end in _word_spans(text, lang):
        skip, surface, norm, lemma, stop, is_number, is_name = _word(text[start:end], lang)
        stop = stop or rank_before_name(text, surface, end)  # a rank names no one: never a name or a detail
        if (is_number and _note_marker(text, start, end)) or (tag and end <= tag.end()):
            stop, is_number, is_name = True, False, False  # "[1]" refers to a note, "UPDATE 3-" counts versions of
            #                                                the wire story: no figure, no name of the report
        sign = currency_sign(text, start + skip, end, is_number)  # a number's, or a scale's ("2 M€")
        if skip and norm == "à" and text[start:start + 5].lower() == "jusqu":  # "jusqu'à 300": a bound (``hedges``)
            out.append(Token(start, start + 5, text[start:start + 5], "jusqu", "jusqu", True, False, False))
        out.append(Token(start + skip, end, surface, norm, lemma, stop, is_number, is_name, sign))
    return out


def _word_spans(text: str, lang: str):
    """The (start, end) of each word; a word joined to a number word by a hyphen is two ("two-kilometre", "a
    three-year-old boy": "two", "kilometre"; "three", "year-old"), as "3-year-old" is "3" and "year-old", so that a
    figure written in words is read as one ("a two-kilometre radius" / "3 km", "three-year-old" / "3-year-old")."""
    for m in _WORD_SPACED[lang in _COMMA_GROUPS].finditer(text):
        cut = _number_cut(m.group(), lang) if "-" in m.group() else None
        if cut is None:
            yield m.start(), m.end()
        else:
            yield m.start(), m.start() + cut
            yield m.start() + cut + 1, m.end()


def _number_cut(word: str, lang: str) -> int | None:
    """Where a hyphenated word's number word ends ("twenty-five" of "twenty-five-kilometre", "two" of "two-day"), or
    None: the whole is a number ("quarante-cinq"), the rest a number word or a rank ("dix-huitième",
    "twenty-first-century"), or a name ("Trois-Rivières", "Deux-Sèvres")."""
    if number_word_value(_fold(word), lang):
        return None
    cuts = [k for k, c in enumerate(word) if c == "-"]
    for cut in reversed(cuts):
        head, rest = word[:cut], word[cut + 1:]
        if not rest or not head.replace("-", "").isalpha() or not number_word_value(_fold(head), lang):
            continue
        first = rest.split("-")[0]
        if first[:1].isupper() or number_word_value(_fold(first), lang) or _RANK_WORD.search(first.lower()):
            return None
        return cut
    return None


_RANK_WORD = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                        r"\w+teenth|\w+ieth|\w+ième|\w+ieme|\w+º|premier|première|primer\w*|segund\w*|"
                        r"tercer\w*|thirds|fifths|quarters|halves|tiers|quarts|cinquièmes)$")  # ranks, fractions


# Words of address before a name ("Mr Banky", "Mme Durand"): capitalised, but they name no one. A report that writes
# "Mr. Banky" where another writes "Banky" adds nothing a reader would check.
HONORIFICS = frozenset("mr mrs ms miss messrs dr mme mmes mlle mlles sir".split())
# Abbreviated ranks and offices, the same before a name written with their full stop ("Const. Fanning", "Sgt. Brown",
# "Sen. McCain"), and only there: "Hun Sen", "Amartya Sen", "SEN pupils" are names and words. Those that are
# words too ("Gen", "Col", "Rep") are not here.
RANKS = frozenset("const sgt cpl lt capt insp supt sen gov".split())
_BEFORE_NAME = re.compile(r"\.\s+[A-ZÀ-ÖØ-Þ]")


def rank_before_name(text: str, word: str, end: int) -> bool:
    """``word``, ending at ``end`` in ``text``, is an abbreviated rank written before a name ("Const. Tim Fanning"),
    not a name's last word before the next sentence ("led by Hun Sen. Police said"; "Police Const." is a rank)."""
    if word.lower() not in RANKS or not word[:1].isupper() or not _BEFORE_NAME.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, 0, end - len(word))
    return before is None or not before.group(1)[:1].isupper() or before.group(1).lower() in _RANK_HOLDERS \
        or before.start(1) == 0


_WORD_BEFORE = re.compile(r"(\w[\w'’.-]*)\s+$")
_RANK_HOLDERS = frozenset({"police", "state", "army", "navy", "us", "u.s.", "lt", "lt."})  # "Police Const. Fanning"


def _names(tokens: list[Token]) -> set[str]:
    """Capitalised words that are not just the first word of the sentence (nor a word of address), and acronyms
    anywhere."""
    out = set()
    for k, t in enumerate(tokens):
        if not t.is_name or t.stop or t.norm in HONORIFICS:
            continue
        acronym = len(t.surface) > 1 and t.surface.isupper()
        if k > 0 or acronym:
            out.add(strip_accents(t.norm))
    return out


def folded_words(text: str) -> list[str]:
    """The words of ``text`` folded as tokens are for comparison: elision stripped, lower case, no accents."""
    out = []
    for m in _WORD.finditer(text):
        el = _ELISION.match(m.group())
        word = m.group()[el.end():] if el and len(m.group()) > el.end() else m.group()
        out.append(strip_accents(_fold(word)))
    return out


def without_possessive(word: str) -> str:
    """The word without an English possessive ending ("caldwell's": "caldwell", "switzerland’s"), or as it is."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


@lru_cache(maxsize=1 << 16)
def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def features(text: str, lang: str) -> SentenceFeatures:
    tokens = sentence_cased(tokenize(text, lang), lang, stop_words(lang))  # a headline in capitals read as a headline
    content = frozenset(t.lemma for t in tokens if not t.stop)
    numbers = frozenset(number_key(t.surface) for t in tokens if t.is_number)
    quotes = tuple((m.start(), m.end()) for m in _QUOTE.finditer(text))
    return SentenceFeatures(tuple(tokens), content, frozenset(_names(tokens)), numbers, quotes)
