"""Figures that may both be right, and figures that cannot: "around 400 firefighters" and "410 firefighters" give one
number, "around 400" and "more than 550" do not.

A version states a figure, and how it rounds it: "about", "around", "environ" a twentieth either side, "nearly",
"près de" a twentieth below it, "thousands" from a thousand to tens of thousands (``COUNT_RANGES``), "hundreds of
thousands" from a hundred thousand to under two million (a QA helper's "hundreds of thousands march" / "1,3 million
de manifestants selon les syndicats" had been said differently, "1,3 million" against "hundreds"); a plain number
and a bound ("at least 12", "up to 60") state their number, for a toll of "at least 12" and one of "at least 27" are
two tolls to reconcile, not one; a bound on a round number is an estimate ("more than 200" may be 230). Two versions' figures conflict when no value lies in both, or when
they bound one number from two sides ("more than 300" / "fewer than 300"). A wire story's "Around 400 firefighters"
against a paper's "More than 550 firefighters" had read as two details of their own, not as a dispute; "about 400"
against "410", or "Thousands flee" against "3,500 residents", is no dispute (each version's detail still).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..amounts import amount_at, currency_written
from ..clock import clock_times
from ..features import number_key, round_count, token_number
from ..hedges import ABOUT, AT_LEAST, AT_MOST
from ..units import BASIS, CURRENCY, PERCENT, POINT, number_unit
from . import magnitudes
from .member import Member, member_qualifiers

_NEAR = frozenset({"nearly", "almost", "just", "près", "presque", "casi", "fast", "knapp", "beinahe",
                   "quasi", "quase"})  # close below
NEAR = "near"  # the bound of "nearly 300": close below it, not 300 itself against "more than 300"
ROUND_COUNT = 0.2  # "une dizaine", "una veintena", "a dozen": from 8 to 12, 16 to 24
ROUND = 0.05  # "about 400": from 380 to 420 (a tenth either side made "about 180" and "environ 200" agree)
# Words that count without a numeral, read generously ("hundreds" may be 1,200)
COUNT_RANGES = {w: bounds for words, bounds in (
    ("dozens dizaines docenas decenas", (12.0, 199.0)), ("hundreds centaines cientos centenares", (100.0, 1999.0)),
    ("thousands milliers", (1000.0, 99999.0)), ("millions", (1e6, 1e9))) for w in words.split()}


def interval(member: Member, k: int) -> tuple[float, float, str | None] | None:
    """The values the figure token ``k`` is part of states, as its qualifier rounds it, and the bound's side
    (``hedges.AT_LEAST``, ``AT_MOST``, ``NEAR`` or None); None where no number is there."""
    toks = member.feats.tokens
    power = next((power for first, last, power in magnitudes.spans(member) if first <= k <= last), None)
    if power is not None:  # "hundreds of thousands": from 100,000, read as generously as "hundreds" (1,300,000 too)
        return 10.0 ** power, 2 * 10.0 ** (power + 1) - 1, None
    if toks[k].norm in COUNT_RANGES:
        return (*COUNT_RANGES[toks[k].norm], None)
    value = as_float(token_number(toks, k, member.lang))
    times = member.memo("clock", lambda: clock_times(toks))
    if value is None or any(hour <= k <= last for hour, (_, last) in times.items()):
        return None  # "6:30 p.m." / "6 p.m.": a time of day, no count to round
    first = _first(member, k)
    bounds = member_qualifiers(member)
    if first > 1 and toks[first - 1].norm in ("a", "an") and first - 2 in bounds:
        first -= 1  # "More than a thousand"
    bound, words = bounds.get(first - 1), set()
    while first - 1 in bounds:  # the qualifier's words ("près", "de")
        first -= 1
        words.add(toks[first].norm)
    low, high = sorted((value * (1 - ROUND), value * (1 + ROUND)))  # a negative value too
    if bound in (None, ABOUT) and round_count(toks, k, member.lang):  # "une soixantaine de blessés": some sixty, 62 too
        return value * (1 - ROUND_COUNT), value * (1 + ROUND_COUNT), None
    if bound == ABOUT:
        spread = _about_decimal(member, k)
        return (low, high, None) if spread is None or spread >= high - value else (value - spread, value + spread, None)
    if bound == AT_MOST and words & _NEAR:  # "nearly 300" is close below it ("280 millimetres" / "près de 300")
        return min(low, value), value, NEAR
    half = _half_unit(toks, k, member.lang, value) if bound is None else 0.0
    return value - half, value + half, bound


def percent_rounded(member: Member, k: int, other: Member, j: int) -> bool:
    """Two percentages of which one is the other rounded to its last digit, half up, less than ``ROUNDED_SHARE`` of
    it apart: "42.3%" is "42%", "9.1%" is "9%", "42.5%" is "43%", "42.6%" is no "42%", "2%" no "3%", "5.25%" no
    "5%", "2.4%" no "2%" (an election's reports had "42%" / "42.3%" said
    differently). Not where either is a bound ("more than 4%", "above 4%", "nearly 4%"): the bound is read against
    the other figure ("3.8%" / "more than 4%" had agreed as a rounding, so no bound on a percentage was read)."""
    written = [_percent_digits(m, x) for m, x in ((member, k), (other, j))]
    if None in written or written[0] == written[1] or _bounded(member, k) or _bounded(other, j):
        return False
    (fine, coarse) = sorted(written, key=lambda d: -_decimals(d))
    apart = abs(Decimal(fine) - Decimal(coarse))
    if _decimals(fine) != _decimals(coarse) + 1 or apart >= ROUNDED_SHARE * Decimal(coarse):
        return False  # one digit more only: "5.25%" is no "5%" (a rate moves by quarter points); and near: "2%" /
        #               "2.4%" (an inflation forecast), "1%" / "0.6%", "2 %" / "2,1%" differ by a twentieth or more
    places = Decimal(1).scaleb(-_decimals(coarse))
    return Decimal(fine).quantize(places, rounding=ROUND_HALF_UP) == Decimal(coarse)


def _bounded(member: Member, k: int) -> bool:
    """The figure at token ``k`` follows a qualifier that bounds it ("more than", "above", "nearly", "près de")."""
    found = interval(member, k)
    return found is not None and found[2] is not None


def _percent_digits(member: Member, k: int) -> str | None:
    toks = member.feats.tokens
    unit = number_unit(toks, k, member.lang) if toks[k].is_number else None
    return number_key(toks[k].norm) if unit is not None and unit.name == PERCENT else None


def _about_decimal(member: Member, k: int) -> float | None:
    """How far "about" a percentage written with decimals spans either side: five of its last digit ("Some 63.1
    percent": 62.6 to 63.6, not "61.4 percent", which a twentieth of the value had reached); None for another
    figure."""
    digits = _percent_digits(member, k)
    return None if digits is None or not _decimals(digits) else 5 * 10.0 ** -_decimals(digits)


ROUNDED_SHARE = Decimal("0.05")  # how far a whole percentage may round a decimal, of its value ("9%" / "9.1%")


def _decimals(digits: str) -> int:
    return len(digits.split(".")[1]) if "." in digits else 0


def _estimate(found: tuple[float, float, str | None]) -> tuple[float, float, str | None]:
    """A bound on a round number of hundreds or more is an estimate, open on its side up to half as much again: "more
    than 200" may be 230, "more than a thousand" 1,047, "fewer than 300" 250; a bound on another number states it
    ("at least 12" / "14", "at least 40" / "42": tolls to reconcile)."""
    low, high, bound = found
    if bound == AT_LEAST and _round_figure(low):
        return low, low * ESTIMATE, bound
    if bound == AT_MOST and _round_figure(high):
        return high / ESTIMATE, high, bound
    return found


ESTIMATE = 1.5  # how far past a bound on a round number a figure still agrees with it


def _open(found: tuple[float, float, str | None]) -> tuple[float, float, str | None]:
    """A bound on a percentage, open on its side: "more than 4%" is any share above 4 (a share moves by tenths, and
    a version that gives one says what the bound says; a count's bound states its figure: ``_estimate``)."""
    low, high, bound = found
    if bound == AT_LEAST:
        return low, float("inf"), bound
    if bound == AT_MOST:
        return float("-inf"), high, bound
    return found


def _round_figure(value: float) -> bool:
    """200, 1,000, 1,500, 250,000 (two significant figures at most, from 100); not 40, 230."""
    return value == int(value) and value >= 100 and len(str(int(value)).rstrip("0")) <= 2


def _half_unit(toks, k: int, lang: str, value: float) -> float:
    """Half the last unit an amount with a scale word is written to: "45 million" is 44.5 to 45.5 million, "1.2
    billion" 1.15 to 1.25 billion ("45,3 Millionen" / "45 million users" had been a figure said differently); 0 for
    a number written in full."""
    amount = amount_at(toks, k, lang)
    if amount is None or amount.last == amount.first:
        return 0.0
    digits = number_key(toks[amount.first].norm)
    base = as_float(digits)
    if not base:
        return 0.0
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return abs(0.5 * (value / base) * 10 ** -decimals)


def may_agree(member: Member, mine: list[int], other: Member, theirs: list[int]) -> bool:
    """Some value lies in both figures (the first figure among each side's tokens ``mine`` and ``theirs``, or the
    figure a qualifier among them opens: the word diff may pair "About" alone with "410"), as their qualifiers read,
    both counted in one currency and one measure or two of one dimension ("about 400 metres" / "more than 380
    kilometres" stay a dispute, "four miles" / "6 km" is none; so is a sum in two currencies); two
    different count words never ("Dozens" / "Hundreds"). False when either holds no figure to read."""
    a, b = _figure(member, mine), _figure(other, theirs)
    if a is None or b is None:
        return False
    if percent_rounded(member, a, other, b):
        return True  # "42.3%" / "42%"
    units = measure(member, a), measure(other, b)
    if units[0] != units[1] and all(u and u.startswith(CURRENCY) for u in units):
        return _one_sum(interval(member, a), units[0], interval(other, b), units[1])  # "£81.5m" / "€95m"
    if units[0] != units[1] and not converts(*units):
        return False
    words = {member.feats.tokens[a].norm, other.feats.tokens[b].norm}
    if words <= COUNT_RANGES.keys() and len(words) == 2:
        return False
    x, y = interval(member, a), interval(other, b)
    if x is None or y is None or (x[2] and y[2] and x[2] != y[2] and NEAR not in (x[2], y[2])):
        return False  # "more than 300" / "fewer than 300"
    if {x[2], y[2]} == {NEAR, AT_LEAST} and not (_and_a_half(member, a) or _and_a_half(other, b)):
        near, least = (x, y) if x[2] == NEAR else (y, x)
        if least[0] >= near[1]:
            return False  # "nearly 1,200" / "more than 1,200": below it, above it (not "près de six ans et demi")
    if not (x[2] and y[2]) and units[0] == units[1] == PERCENT:
        x, y = _open(x), _open(y)  # "a reculé de plus de 4 %" / "fell 4.2 percent"; "3.8%" / "more than 4%" apart
    elif not (x[2] and y[2]) or (x[2] == y[2] == AT_LEAST):
        x, y = _estimate(x), _estimate(y)  # "More than 200 passengers" / "230 passagers"; "More than 60,000 fans" /
        #   "More than 61,000" (a QA helper's cup-final reports had them ⚠); not "up to 50mph" / "up to 70 miles an
        #   hour": two upper bounds, two different figures
    if (units[0] != units[1] or units[0] == "deg") and units[0] in TEMPERATURES and units[1] in TEMPERATURES:
        return _temperatures_agree(x, units[0], y, units[1])  # "75F" / "24 grados", "104 degrees" / "40 degrés"
        #                                                        (degrees alone, in two countries); "41 degrees" /
        #                                                        "42 degrés" apart
    if units[0] != units[1]:  # "four miles" / "6 km": in one measure, each figure as far as its last digit rounds it
        x, y = _converted(_as_rounded(x), units[0], CONVERTED), _converted(_as_rounded(y), units[1], 0.0)
    return x[0] <= y[1] and y[0] <= x[1]


def _as_rounded(found: tuple[float, float, str | None]) -> tuple[float, float, str | None]:
    """A figure given as one number, widened by half the step of its last digit: "four miles" 3.5 to 4.5, "3.7 m"
    3.65 to 3.75; a round figure's step ("150 mph", "220 km/h") no more than ``ROUNDED`` of it either side."""
    low, high, bound = found
    if low != high:
        return found
    written = f"{low:.6f}".rstrip("0").rstrip(".")
    if "." in written:
        half = 10 ** -len(written.split(".")[1]) / 2
    else:
        zeros = len(written) - len(written.rstrip("0"))
        half = 0.5 if not zeros else min(10 ** zeros / 2, ROUNDED * abs(low))
    return low - half, high + half, bound


def _and_a_half(member: Member, k: int) -> bool:
    """The figure at token ``k`` goes on with a half ("six ans et demi", "two and a half years", "seis y medio")."""
    words = tuple(t.norm for t in member.feats.tokens[k + 1:k + 5])
    return any(words[n:n + len(half)] == half for half in _HALVES for n in range(2))


_HALVES = (("et", "demi"), ("et", "demie"), ("and", "a", "half"), ("y", "medio"), ("y", "media"), ("e", "mezzo"))


def _one_sum(x, unit: str, y, other: str) -> bool:
    """Two sums in two currencies may be one at the day's rate: within ``RATES`` of each other for the currencies of
    the euro's, the dollar's, the pound's and the franc's size ("£81.5m" / "€95m"; not "£81.5m" / "€9.5m"); any
    two for the others (a yen is no euro: the rate is not read)."""
    if x is None or y is None:
        return True
    if unit.removeprefix(CURRENCY) not in _NEAR_PAR or other.removeprefix(CURRENCY) not in _NEAR_PAR:
        return True
    low, high = min(x[0], y[0]), max(x[1], y[1])
    return low > 0 and high / low <= RATES


_NEAR_PAR = frozenset({"EUR", "USD", "GBP", "CHF"})
RATES = 2.0  # how far apart two of those currencies' sums may be and still be one


def kinds_apart(member: Member, mine: list[int], other: Member, theirs: list[int]) -> bool:
    """The two figures measure things of two kinds: a share against an area ("burned about 3,000 acres" / "was 15%
    contained"), a length against a weight; no figure said differently. A figure with no unit is of any kind."""
    a, b = _figure(member, mine), _figure(other, theirs)
    if a is None or b is None:
        return False
    kinds = figure_kind(member, a), figure_kind(other, b)
    return None not in kinds and kinds[0] != kinds[1]


def figure_kind(member: Member, k: int) -> str | None:
    """The kind of what the figure at token ``k`` measures (``_kind``), or "magnitude" ("magnitude de 5,8" is no
    "10 kilómetros" of depth), or "depth" for a length that is one."""
    from ..tolls import magnitude_tokens  # (tolls reads these intervals)

    if k in magnitude_tokens(member):
        return "magnitude"  # ("6,1 grados en la escala de Richter": no temperature)
    toks = member.feats.tokens
    if k and toks[k - 1].norm in _CATEGORIES:
        return "category"  # "Category 4", "de categoría 4": a storm's rank, no count
    kind = _kind(measure(member, k))
    return "depth" if kind == "m" and a_depth(toks, k) else kind


_CATEGORIES = frozenset({"category", "cat", "catégorie", "categoría", "categoria", "kategorie"})


def a_depth(toks, k: int) -> bool:
    """The length at token ``k`` is a depth ("at a depth of 10 km", "10 kilómetros de profundidad", "10 km deep",
    "15 km below the surface", "a focus at 15 km"): no distance from a town ("12 km southwest of Valcerro", a QA
    helper's earthquake reports). A depth's noun within four words either side; an adjective or an adverb only right
    after the length and its unit ("deep in the forest 12 km from the village" is a distance: a review)."""
    near = {t.norm for t in toks[max(0, k - _DEPTH_REACH):k + _DEPTH_REACH + 1]}
    after = {t.norm for t in toks[k + 1:k + 3]}
    return bool(near & _DEPTHS) or bool(after & _DEEP)


_DEPTH_REACH = 4  # words either side ("à une profondeur de 10 kilomètres", "a 10 kilómetros de profundidad")
_DEPTHS = frozenset("""depth profondeur profundidad profondità tiefe focus hypocentre hypocenter foyer hipocentro
    ipocentro""".split())  # nouns
_DEEP = frozenset("""deep below beneath underground profond profonde profundo profunda profondo profonda tief
    sous""".split())  # right after "10 km"


def _kind(unit: str | None) -> str | None:
    if unit is None:
        return None
    if unit in (PERCENT, POINT, BASIS):
        return "ratio"  # "0.75 point" / "0.75%": one kind, two facts (said differently)
    if unit.startswith(CURRENCY):
        return "money"
    if unit in TEMPERATURES:
        return "temperature"
    return CONVERSIONS[unit][0] if unit in CONVERSIONS else unit


def converts(unit: str | None, other: str | None) -> bool:
    """Two measures of one dimension ("mi" / "km", "acre" / "ha", "F" / "grados"): a figure in one is a figure in
    the other."""
    if unit in TEMPERATURES and other in TEMPERATURES:
        return True
    return unit in CONVERSIONS and other in CONVERSIONS and CONVERSIONS[unit][0] == CONVERSIONS[other][0]


def _temperatures_agree(x: tuple[float, float, str | None], unit: str, y: tuple[float, float, str | None],
                        other: str) -> bool:
    """Two temperatures in two units that may be one: each read in every scale its unit allows (degrees alone are
    Celsius or Fahrenheit), in one scale as written, in two converted to Celsius and rounded to the degree."""
    for scale_x, a in _scales(x, unit):
        for scale_y, b in _scales(y, other):
            slack = 0.0 if scale_x == scale_y else _DEGREE
            a_c, b_c = (a, b) if scale_x == scale_y else (_celsius(a, scale_x), _celsius(b, scale_y))
            if a_c[0] - slack <= b_c[1] and b_c[0] - slack <= a_c[1]:
                return True
    return False


def _scales(x: tuple[float, float, str | None], unit: str) -> list[tuple[str, tuple[float, float]]]:
    return [(scale, (x[0], x[1])) for scale in {"degc": ["c"], "degf": ["f"], "deg": ["c", "f"]}[unit]]


def _celsius(x: tuple[float, float], scale: str) -> tuple[float, float]:
    return ((x[0] - 32) * 5 / 9, (x[1] - 32) * 5 / 9) if scale == "f" else x


def _converted(x: tuple[float, float, str | None], unit: str | None, rounding: float) -> tuple[float, float, str | None]:
    factor = CONVERSIONS[unit][1]
    return x[0] * factor * (1 - rounding), x[1] * factor * (1 + rounding), x[2]


def _figure(member: Member, ks: list[int]) -> int | None:
    """The first token among ``ks`` that is a figure or a qualifier's, as the figure's token."""
    bounds = member_qualifiers(member)
    for k in ks:
        while k in bounds and k + 1 < len(member.feats.tokens):
            k += 1  # "About" of "About 400": its number
        if interval(member, k) is not None:
            return k
    return None


def _first(member: Member, k: int) -> int:
    amount = amount_at(member.feats.tokens, k, member.lang)
    return amount.first if amount is not None else k


def measure(member: Member, k: int) -> str | None:
    """What the figure at token ``k`` is counted in: its currency ("€400 million", "400 millions d'euros") or the
    measure written after it ("400 metres", "1,200 hectares"), None for a plain count."""
    toks = member.feats.tokens
    first = _first(member, k)
    unit = number_unit(toks, first, member.lang)
    if unit is not None:
        return unit.name
    amount = amount_at(toks, k, member.lang)
    last = amount.last if amount is not None else k
    if last + 1 < len(toks) and any(c in ",;:()" for c in member.text[toks[last].end:toks[last + 1].start]):
        return None  # "asciende a 14, ha informado": no measure past a comma
    if (unit := measure_at(toks, last + 1)) is not None:
        return unit
    if last + 2 < len(toks) and toks[last + 1].norm in _OF_UNIT and (
            round_count(toks, last, member.lang) or toks[last].norm in COUNT_RANGES):
        return measure_at(toks, last + 2)  # "une vingtaine de kilomètres", "dozens of miles"
    if last + 3 < len(toks) and toks[last + 1].norm in _RANGE_JOINS and toks[last + 2].is_number:
        return measure_at(toks, last + 3)  # "from 24 to 11 degrees", "de 24 a 11 grados": the range's unit
    return None


def measure_tokens(member: Member, k: int) -> range:
    """The tokens of the measure written after the figure at token ``k`` ("km", "h" of "80 km/h"; "miles", "an",
    "hour"), empty for none."""
    toks = member.feats.tokens
    amount = amount_at(toks, k, member.lang)
    j = (amount.last if amount is not None else k) + 1
    unit = measure_at(toks, j)
    if unit is None:
        return range(0)
    if _area(toks, j):
        return range(j, j + 2)  # "square miles", "kilomètres carrés"
    per_hour = unit in _SPEEDS.values() and MEASURES.get(toks[j].norm) in _SPEEDS
    return range(j, j + 1 + (next(len(p) for p in _PER_HOUR if _per_hour(toks, j + 1, p)) if per_hour else 0))


def written_after(member: Member, k: int) -> range:
    """The tokens of the measure, or of the scale and currency words, written after the figure at token ``k`` ("km" of
    "3 km", "millions d' euros" of "3,5 millions d'euros": the conflict's whole, not "euros" a word only one version
    has)."""
    found = measure_tokens(member, k)
    if found:
        return found
    toks = member.feats.tokens
    amount = amount_at(toks, k, member.lang)
    first, last = (amount.first, amount.last) if amount is not None else (k, k)
    written = currency_written(toks, first, last)
    return range(k + 1, written[1] + 1) if written is not None and written[1] > last else range(0)  # ("milioni di euro")


def measure_at(toks, j: int) -> str | None:
    """The measure whose words start at token ``j`` (``MEASURES``), a distance per hour read as a speed: "80 km/h"
    (tokens "km", "h"), "90 km par heure", "70 miles an hour", "80 kilómetros por hora", "80 chilometri orari" are
    speeds, which "50mph" converts to, not distances."""
    unit = MEASURES.get(toks[j].norm) if j < len(toks) else None
    if unit is not None and toks[j].norm == "in" and j + 1 < len(toks):
        return None  # "Interstate 75 in Genesee County", "£88m in one of…", "1 in 5 homes": a preposition, no inch
    if unit == "ha" and toks[j].norm == "ha" and j + 1 < len(toks) and toks[j + 1].norm.endswith(_PARTICIPLES):
        return None  # "12 ha resultado herido": Spanish "has", no hectare
    if unit in _SPEEDS and _per_hour(toks, j + 1):
        return _SPEEDS[unit]
    if unit == "l" and _per_square_metre(toks, j + 1):
        return "mm"  # "230 litres per square metre", "230 litros por metro cuadrado": rain, as "230 mm"
    return _area(toks, j) or unit


def _area(toks, j: int) -> str | None:
    """A length squared at token ``j``: "19 square miles", "50 kilomètres carrés", "50 kilómetros cuadrados" are
    areas ("sqmi", "sqkm", "sqm"), not distances."""
    if j + 1 < len(toks) and toks[j].norm in ("square", "sq") and MEASURES.get(toks[j + 1].norm) in _LENGTHS:
        return "sq" + MEASURES[toks[j + 1].norm]
    if j + 1 < len(toks) and MEASURES.get(toks[j].norm) in _LENGTHS and toks[j + 1].norm in _SQUARED:
        return "sq" + MEASURES[toks[j].norm]
    return None


_LENGTHS = frozenset({"km", "mi", "m"})
_SQUARED = frozenset("carré carrés carrée carrées cuadrado cuadrados quadrato quadrati".split())


_SPEEDS = {"km": "kmh", "mi": "mph"}
_PER_HOUR = (("h",), ("orari",), ("heure",), ("an", "hour"), ("a", "hour"), ("per", "hour"), ("par", "heure"),
             ("por", "hora"), ("pro", "stunde"))


def _per_hour(toks, j: int, only: tuple[str, ...] | None = None) -> bool:
    words = tuple(t.norm for t in toks[j:j + 2])
    return any(words[:len(per)] == per for per in ((only,) if only else _PER_HOUR))


_PER_SQUARE_METRE = (("per", "square"), ("a", "square"), ("par", "mètre"), ("au", "mètre"), ("por", "metro"),
                     ("per", "m2"), ("m2",), ("m²",), ("par", "m2"), ("por", "m2"), ("al", "metro"))


def _per_square_metre(toks, j: int) -> bool:
    if j + 1 < len(toks) and toks[j].norm in ("of", "de", "d") and toks[j + 1].norm in _RAIN:
        j += 2  # "230 litres of rain per square metre", "230 litros de agua por metro cuadrado"
    words = tuple(t.norm for t in toks[j:j + 2])
    return any(words[:len(per)] == per for per in _PER_SQUARE_METRE)


_RAIN = frozenset("rain water pluie eau lluvia agua".split())
_OF_UNIT = frozenset({"of", "de", "d"})
_PARTICIPLES = ("ado", "ido", "to", "cho", "so")  # the auxiliary's participle does not agree ("5.020 ha calcinadas")
_RANGE_JOINS = frozenset("to and or a à y et bis und e o".split())


def as_float(written: str | None) -> float | None:
    """A value as written by ``token_number`` or an amount ("12", "1200"), or None (none; an ordinal, a range)."""
    try:
        return float(written) if written is not None else None
    except ValueError:  # "ord:2", a range
        return None


# measures written after a number, by the unit they are in: two figures in different units ("11 inches" / "300
# millimètres") are two ways of giving a size, not two sizes; a figure with no measure word agrees with either
MEASURES = {w: unit for unit, words in (
    ("mm", "mm millimetre millimetres millimeter millimeters millimètre millimètres milímetro milímetros "
            "millimetri millimetern"),
    ("cm", "cm centimetre centimetres centimeter centimeters centimètre centimètres centímetro centímetros "
           "centimetri zentimeter zentimetern"),
    ("m", "metre metres meter meters mètre mètres metro metros metri metern"),
    ("km", "km kilometre kilometres kilometer kilometers kilomètre kilomètres kilómetro kilómetros chilometro "
           "chilometri kilometern quilômetro quilômetros quilómetro quilómetros"),
    ("in", "in inch inches pouce pouces pulgada pulgadas pollici zoll polegada polegadas"),
    ("ft", "ft foot feet pied pieds fuß fuss pés"),
    ("mi", "mile miles mille milles milla millas miglio miglia meile meilen milha milhas"),
    ("kg", "kg kilo kilos kilogram kilograms kilogramme kilogrammes kilogramo kilogramos chilogrammi kilogramm"),
    ("lb", "lb lbs pound pounds livre livres"),
    ("t", "tonne tonnes ton tons tonelada toneladas tonnellate tonnen"),
    ("ha", "ha hectare hectares hectárea hectáreas ettaro ettari hektar"),
    ("acre", "acre acres"), ("sqkm", "km2 km²"), ("sqmi", "mi2 mi²"),
    ("l", "litre litres liter liters litro litros litri litern"), ("gal", "gallon gallons galón galones"),
    ("kmh", "km/h kph kmh kilomètres-heure kilometres-heure stundenkilometer stundenkilometern"), ("mph", "mph"),
    ("degf", "f fahrenheit"), ("degc", "c celsius centigrade centígrados"),
    ("deg", "degree degrees degré degrés grado grados grad gradi"))
    for w in words.split()}
# temperatures, which convert with an offset: degrees alone are Celsius or Fahrenheit, as the report's country has it
TEMPERATURES = frozenset({"degf", "degc", "deg"})
_DEGREE = 1.0  # a converted temperature is rounded to the degree ("75F" is 23.9 °C, given as "24")
# … and what one of them is in another of its dimension: "four miles" is "6 km", "2,965 acres" "1,200 hectares"
CONVERSIONS = {"mm": ("m", 0.001), "cm": ("m", 0.01), "m": ("m", 1.0), "km": ("m", 1000.0), "in": ("m", 0.0254),
               "ft": ("m", 0.3048), "mi": ("m", 1609.34), "kg": ("kg", 1.0), "lb": ("kg", 0.4536), "t": ("kg", 1000.0),
               "ha": ("ha", 1.0), "acre": ("ha", 0.4047), "sqkm": ("ha", 100.0), "sqmi": ("ha", 258.999),
               "sqm": ("ha", 0.0001), "l": ("l", 1.0), "gal": ("l", 3.785), "kmh": ("kmh", 1.0),
               "mph": ("kmh", 1.609)}
CONVERTED = 0.01  # a conversion's factor, as a reporter may round it ("four miles" is 6.4 km, given as "6 km";
# "10 miles", 16.1 km, is no "14 km"; "150 mph", 241 km/h, no "220 km/h", which a tenth either side had let agree)
ROUNDED = 0.05  # how far either side a round figure of a measure spans at most ("1,000 hectares": 950 to 1,050)


def rank_and_count(member: Member, a: list[int], other: Member, b: list[int]) -> bool:
    """One rank against a count of the same number ("the third day of the search" / "after three days of search",
    "el tercer día" / "tras tres días"): no figure said differently ("the third day" / "after four days" is one)."""
    values = [{v for k in ks if (v := token_number(m.feats.tokens, k, m.lang))} for m, ks in ((member, a), (other, b))]
    if any(len(v) != 1 for v in values):
        return False
    mine, theirs = (next(iter(v)) for v in values)
    if mine.startswith("ord:") == theirs.startswith("ord:"):
        return False
    try:
        return float(mine.removeprefix("ord:")) == float(theirs.removeprefix("ord:"))
    except ValueError:
        return False
