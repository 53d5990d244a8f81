"""Amounts written over several words: one value for "quatre cents", "2 million", "$2bn", "1,5 milliard".

Details compare numbers by value, token by token. A number of several words read that way said something else:
"Quatre cents personnes" against "400 personnes" read as 4 and 100 against 400 (a conflict on both sides), "$2m"
against "$2bn" as the same 2 with the scale a side note, and "2 million" against "two million" agreed only by luck.
Here a run of number words ("two thousand five hundred", "vingt et un"; text2num reads them) or of digits and the
scale after them ("2 million", "2,5 milliards", "53m", "1.5bn"; an abbreviated scale only right after its digits) is
one amount, and every token of it gives the amount's value. A currency a report gives as a sign ("€", "$", "£")
is read too, so that "€1.5bn" and "1.5 billion euros" say the same.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .features import Token

# Scale words in any language the engine reads, and abbreviations of them that only count right after a number
SCALES = {"thousand": 3, "thousands": 3, "mille": 3, "milliers": 3, "million": 6, "millions": 6, "billion": 9,
          "billions": 9, "milliard": 9, "milliards": 9, "trillion": 12, "trillions": 12, "mio": 6, "mrd": 9,
          "tausend": 3, "millionen": 6, "milliarde": 9, "milliarden": 9, "milione": 6, "milioni": 6, "miliardo": 9,
          "miliardi": 9, "millón": 6, "millones": 6, "millon": 6, "mil": 3, "mila": 3, "milhão": 6, "milhões": 6,
          "milhao": 6, "milhoes": 6}  # (the German "Billion" is a
#  trillion: left out; "70 mil" is 70,000 in Spanish and Portuguese, "70 mila" in Italian)
SHORT_SCALES = {"k": 3, "m": 6, "mn": 6, "mln": 6, "b": 9, "bn": 9, "bln": 9, "md": 9, "mds": 9, "mrd": 9, "tn": 12}
_RUN_SCALES = frozenset({"thousand", "mille", "million", "millions", "billion", "milliard", "milliards", "trillion",
                         "mio", "mrd", "tausend", "millionen", "milliarde", "milliarden", "milione", "milioni",
                         "miliardo", "miliardi", "millón", "millones", "millon", "mil", "mila", "milhão", "milhões",
                         "milhao", "milhoes"})  # "2 thousands" / "2 milliers" are no amount ("des milliers": thousands of)
_AMBIGUOUS_SCALES = frozenset({"m", "k", "b"})
_JOINERS = frozenset({"and", "et", "y"})  # "one hundred and twenty", "vingt et un", "treinta y una"
MAX_WORDS = 8  # words one amount may hold


@dataclass(frozen=True)
class Amount:
    value: str  # digits, as ``number_key`` writes them
    first: int  # token indices
    last: int


def number_key(surface: str) -> str:
    """One spelling per value: a separator before exactly three digits groups thousands (1,500 = 1 500 = 1.500 =
    1'500, the Swiss way) unless a lone zero stands before it (0,750 = 0.75), any other is the decimal point (3,5 =
    3.5); zeros closing decimals written with a comma, or after a lone zero, say nothing (11,20 mètres = 11.2 metres,
    0.750 = 0,750 = 0.75), while "17.10" and "17.1" (versions, as often as measures) differ."""
    digits = re.sub(r"[\s  %]", "", surface)
    digits = re.sub(r"(?<!^0)[.,'’](?=\d{3}(?!\d))", "", digits)
    closing = "," in digits or digits.startswith(("0.", "0,"))
    digits = digits.replace(",", ".").rstrip(".")
    return digits.rstrip("0") if closing and re.fullmatch(r"\d*\.\d*[1-9]0+", digits) else digits


def amount_at(tokens: tuple[Token, ...], k: int, lang: str) -> Amount | None:
    """The amount of two tokens or more that token ``k`` is part of, if any."""
    if tokens[k].norm in _FRACTION_VOCABULARY:
        for first in range(max(0, k - _FRACTION_WORDS + 1), k + 1):
            found = _fraction_of_scale(tokens, first)
            if found is not None and found.first <= k <= found.last:
                return found  # "a quarter of a million", "half a million", "medio millón"
    if not _amount_word(tokens[k], lang) and not (k > 0 and _scale_after(tokens, k)):
        return None
    start = k
    while start > 0 and k - start < MAX_WORDS and _adjacent(tokens, start - 1, start) \
            and (_amount_word(tokens[start - 1], lang) or tokens[start - 1].norm in _JOINERS):
        start -= 1
    return _amounts(tokens[start:k + MAX_WORDS + 1], lang, start).get(k)


def _fraction_of_scale(tokens: tuple[Token, ...], i: int) -> Amount | None:
    """A fraction of a scale word from token ``i``: "a quarter of a million" (250,000), "half a million", "three
    quarters of a billion", "medio millón", "un demi-million" (written "demi", "million")."""
    words = [t.norm for t in tokens[i:i + _FRACTION_WORDS]]
    for pattern, share in _FRACTIONS:
        n = len(pattern)
        if len(words) > n and tuple(words[:n]) == pattern and words[n] in SCALES and words[n] in _RUN_SCALES \
                and all(_adjacent(tokens, x, x + 1) for x in range(i, i + n)):
            return Amount(_written(share * 10 ** SCALES[words[n]]), i, i + n)
    return None


_FRACTIONS = ((("a", "quarter", "of", "a"), 0.25), (("one", "quarter", "of", "a"), 0.25), (("quarter", "of", "a"), 0.25),
              (("three", "quarters", "of", "a"), 0.75), (("half", "a"), 0.5), (("a", "half"), 0.5),
              (("medio",), 0.5), (("un", "demi"), 0.5), (("halbe",), 0.5), (("un", "quart", "de"), 0.25), (("un", "cuarto", "de"), 0.25))
_FRACTION_WORDS = 5  # words of the longest fraction and its scale ("three quarters of a million")
_FRACTION_VOCABULARY = frozenset(w for pattern, _share in _FRACTIONS for w in pattern) | _RUN_SCALES


@lru_cache(maxsize=4096)
def _amounts(tokens: tuple[Token, ...], lang: str, offset: int) -> dict[int, Amount]:
    """Every amount of ``tokens``, read left to right, by the index of each of its tokens (plus ``offset``)."""
    out: dict[int, Amount] = {}
    i = 0
    while i < len(tokens):
        found = _digits_and_scale(tokens, i) or _number_words(tokens, i, lang)
        if found is None:
            i += 1
            continue
        value, last = found
        amount = Amount(value, offset + i, offset + last)
        out.update({offset + j: amount for j in range(i, last + 1)})
        i = last + 1
    return out


def _digits_and_scale(tokens: tuple[Token, ...], i: int) -> tuple[str, int] | None:
    """"2 million", "2,5 milliards", "53m", "1.5bn": the digits times their scale."""
    if not tokens[i].is_number or i + 1 >= len(tokens):
        return None
    scale = _scale_after(tokens, i + 1)
    if scale is None:
        return None
    try:
        value = float(number_key(tokens[i].norm))
    except ValueError:
        return None
    if tokens[i + 1].norm == "mil" and i + 2 < len(tokens) and tokens[i + 2].norm in _MILLIONS:
        return _written(value * 10 ** 9), i + 2  # "3 mil millones", "2 mil milhões": billions
    return _written(value * 10 ** scale), i + 1


_MILLIONS = frozenset({"millones", "milhões", "milhoes"})


def _scale_after(tokens: tuple[Token, ...], j: int) -> int | None:
    """The power of ten that token ``j`` gives the number right before it, if it is a scale."""
    if not tokens[j - 1].is_number:
        return None
    gap = tokens[j].start - tokens[j - 1].end
    if gap > 1:
        return None
    if tokens[j].norm in _RUN_SCALES:
        return SCALES[tokens[j].norm]
    money = tokens[j - 1].currency or tokens[j].currency or (j + 1 < len(tokens)
                                                               and tokens[j + 1].norm in _WORD_CURRENCY)
    if tokens[j].norm in _AMBIGUOUS_SCALES and not money:
        return None  # "10m" may be metres, "5k" a race: a scale only with a currency ("$2m", "£5k", "10m euros")
    return SHORT_SCALES.get(tokens[j].norm)


def _number_words(tokens: tuple[Token, ...], i: int, lang: str) -> tuple[str, int] | None:
    """The longest run of number words from ``i`` that reads as one number ("quatre cents", "two million")."""
    if tokens[i].is_number or not _amount_word(tokens[i], lang):
        return None
    end = i
    while end + 1 < len(tokens) and end + 1 - i < MAX_WORDS and _adjacent(tokens, end, end + 1) \
            and (_amount_word(tokens[end + 1], lang) or _joins(tokens, end + 1)) \
            and not tokens[end + 1].is_number:
        end += 1
    for last in range(end, i, -1):
        if tokens[last].norm in _JOINERS:
            continue
        value = _text_value(" ".join(t.norm for t in tokens[i:last + 1]), lang)
        if value is not None:
            return _written(value), last
    return None


def _joins(tokens: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` joins two parts of one number: "and", "et", and Spanish "y" only after tens ("treinta y una"; not
    "entre dos mil y tres mil", a range)."""
    return tokens[k].norm in _JOINERS and (tokens[k].norm != "y" or tokens[k - 1].norm in _SPANISH_TENS)


_SPANISH_TENS = frozenset("treinta cuarenta cincuenta sesenta setenta ochenta noventa".split())


def _adjacent(tokens: tuple[Token, ...], a: int, b: int) -> bool:
    return tokens[b].start - tokens[a].end <= 1  # a space or a hyphen between them, no comma


def _amount_word(tok: Token, lang: str) -> bool:
    return tok.is_number or _text_value(tok.norm, lang) is not None


@lru_cache(maxsize=1 << 14)
def _text_value(words: str, lang: str) -> float | None:
    if not words.replace(" ", "").replace("-", "").isalpha():
        return None
    try:
        from text_to_num import text2num  # imported on first use

        return float(text2num(words, lang))
    except Exception:  # noqa: BLE001 - not a number in words, or a language text2num does not know
        return None


def _written(value: float) -> str:
    return number_key(f"{value:.6f}".rstrip("0").rstrip("."))


# A currency given as a sign or as a word: one key for both ("€1.5bn" / "1.5 billion euros"). "¥" is both the yen
# and the yuan; "francs" alone (Swiss, CFA) and "dollars" of other countries stay as written; "pound" alone is a
# weight as often ("a 500-pound bomb").
_SIGNS = {"€": ("EUR",), "$": ("USD",), "£": ("GBP",), "¥": ("JPY", "CNY"), "₽": ("RUB",), "₹": ("INR",),
          "₩": ("KRW",), "₺": ("TRY",), "₴": ("UAH",)}
_CURRENCY_WORDS = {
    "EUR": ("euro", "euros", "eur"), "USD": ("dollar", "dollars", "usd"), "GBP": ("pounds", "sterling", "gbp"),
    "JPY": ("yen", "jpy"), "CNY": ("yuan", "yuans", "renminbi", "cny", "rmb"), "RUB": ("rouble", "roubles", "ruble",
    "rubles", "rub"), "INR": ("rupee", "rupees", "roupie", "roupies", "inr"), "KRW": ("won", "krw"),
    "TRY": ("lira", "try"), "UAH": ("hryvnia", "hryvnias", "uah"),
}
_WORD_CURRENCY = {w: code for code, words in _CURRENCY_WORDS.items() for w in words}
PLUS = frozenset({"plus", "más", "più", "zuzüglich"})  # a sum's part added ("95 millions d'euros plus 10 de bonus")
# pounds sterling in French, Spanish and Italian, read as money after a scale only ("3,5 millions de livres"; "500
# livres" may be a weight, and "livres" books)
_POUNDS_AFTER_SCALE = frozenset({"livres", "libras", "sterline"})
SIGNS = "".join(_SIGNS)  # the currency signs, as one string
_SIGN = f"[{re.escape(SIGNS)}]"
_SIGN_BEFORE = re.compile(_SIGN + " ?$")
_SIGN_AFTER = re.compile(" ?" + _SIGN + r"(?! ?\d)")  # "2 500 €", not the "$" of "2019 $5m"
_SIGN_RIGHT_AFTER = re.compile(_SIGN)


def currency_sign(text: str, start: int, end: int, number: bool = True) -> str:
    """The currency sign written right before or after the number at ``text[start:end]`` ("€1.5bn", "2 500 €"),
    or right after a word ("M" of "2 M€")."""
    before = _SIGN_BEFORE.search(text, max(0, start - 2), start) if number else None
    if before:
        return before.group().strip()
    after = _SIGN_AFTER.match(text, end) if number else _SIGN_RIGHT_AFTER.match(text, end)
    return after.group().strip() if after else ""


def currency_key(norm: str) -> str | None:
    """The key of a currency's name ("euros": "currency:EUR"), or None."""
    code = _WORD_CURRENCY.get(norm)
    return f"currency:{code}" if code else None


def currency_key_at(tokens: tuple[Token, ...], k: int) -> str | None:
    """``currency_key`` of token ``k``, and pounds written in French, Spanish or Italian after a scale ("3,5
    millions de livres": "currency:GBP")."""
    if tokens[k].norm in _POUNDS_AFTER_SCALE and any(tokens[j].norm in SCALES for j in range(max(0, k - 2), k)):
        return "currency:GBP"
    return currency_key(tokens[k].norm)


def currency_signs(tokens: tuple[Token, ...]) -> frozenset[str]:
    """The keys of the currencies a sentence writes as a sign next to a number."""
    return frozenset(f"currency:{code}" for t in tokens if t.currency for code in _SIGNS[t.currency])


def currency_written(tokens: tuple[Token, ...], first: int, last: int) -> tuple[str, int] | None:
    """The currency of the amount at tokens ``first``…``last`` and the index of its last token: a sign by its
    digits or its scale ("$40m", "2 M€"), or a currency word after it ("40 million euros", "2 millions d'euros",
    "1,5 milliard de dollars"). None when none is written, or for "¥" (the yen or the yuan)."""
    sign = tokens[first].currency or tokens[last].currency
    if sign:
        codes = _SIGNS.get(sign, ())
        return (codes[0], last) if len(codes) == 1 else None
    scaled = any(tokens[x].norm in SCALES for x in range(first, last + 1))
    for j in range(last + 1, min(len(tokens), last + 3)):
        if (code := _WORD_CURRENCY.get(tokens[j].norm)) is not None:
            return code, j
        if scaled and tokens[j].norm in _POUNDS_AFTER_SCALE:
            return "GBP", j
        if tokens[j].norm not in ("de", "d", "of", "di"):  # ("100 milioni di euro")
            return None
    return None
