"""A time said between a verb of saying and its speaker in French, Spanish, Italian and Portuguese ("afirmó este
jueves la líder sindical", "le respondió el miércoles pasado Marta Lindqvist", "a répondu mercredi soir le ministre",
"ha detto questo giovedì il ministro", "disse nesta quinta-feira a ministra", "declaró el 12 de marzo"): no part of
the speaker's phrase, which starts after it (``moment_end``). German reads its own (``german.time_phrase_end``).
"""
from __future__ import annotations

from ..features import Token
from .sentence import Sentence

_LANGS = frozenset({"fr", "es", "it", "pt"})

# a day or a span of time a moment names ("jueves", "semana", "soir", "quinta-feira")
_DAYS = frozenset("""lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi jeudi vendredi samedi
    dimanche lunedì martedì mercoledì giovedì venerdì sabato domenica segunda-feira terça-feira quarta-feira
    quinta-feira sexta-feira""".split())
_SPANS = frozenset("""semana mes año mañana tarde noche madrugada mediodía semaine mois année an matin matinée
    soir soirée après-midi nuit week-end midi settimana mese anno mattina mattinata pomeriggio sera serata notte
    weekend mês ano manhã noite fim-de-semana""".split())
_MONTHS = frozenset("""enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre janvier février mars avril mai juin juillet août septembre octobre novembre décembre gennaio febbraio
    aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho agosto setembro
    outubro novembro dezembro""".split())
# a moment in one word ("ayer", "hier", "ieri", "ontem")
_ADVERBS = frozenset("""ayer anoche hoy anteayer anteanoche hier aujourd'hui avant-hier ieri oggi stamattina stamani
    stasera stanotte quest'oggi ontem hoje anteontem""".split())
# what may open a moment: an article, a demonstrative, a preposition fused with one ("el", "cette", "questo", "nesta")
_FRAMES = frozenset("""el la este esta ese esa le ce cet cette il lo questo questa quest quel quella nel nella o a na
    no nesta neste nessa nesse""".split())
_BEFORE_HEAD = frozenset("""pasado pasada próximo próxima último última scorso scorsa passato passata prossimo
    prossima passado passada""".split())  # "el pasado miércoles", "lo scorso giovedì"
_AFTER_HEAD = frozenset("""pasado pasada próximo próxima dernier dernière prochain prochaine scorso scorsa passato
    passata prossimo prossima passado passada""".split())  # "el miércoles pasado", "mercredi dernier"
_PART_OF_DAY = frozenset("""mañana tarde noche madrugada matin soir après-midi midi mattina pomeriggio sera notte
    manhã noite""".split())  # "jeudi soir", "ieri sera"
_LINKS = frozenset("""por en de à a""".split())  # "por la mañana", "en la noche", "de madrugada", "à noite"


def moment_end(s: Sentence, j: int) -> int:
    """The token after a moment that starts at token ``j`` and runs on, unbroken, to the phrase after it (a
    speaker's); ``j`` where none does. A moment the verb group began ("ha detto giovedì | scorso", "ieri | sera")
    is read on."""
    if s.lang not in _LANGS or j >= len(s.toks):
        return j
    e = _head_end(s, j)
    if e == j and not (j > 0 and not s.broken(j) and _moment_word(s.toks[j - 1])):
        return j
    e = _tail_end(s, e)
    return e if j < e < len(s.toks) and not any(s.broken(m) for m in range(j + 1, e + 1)) else j


def _moment_word(t: Token) -> bool:
    """A day or a moment in one word, in lower case ("jueves", "ieri"; not "Domingo", a name)."""
    return t.surface[:1].islower() and (t.norm in _DAYS or t.norm in _ADVERBS)


def _head_end(s: Sentence, j: int) -> int:
    """The token after the moment's head at ``j``: a word ("ayer"), a day or a span with its article or
    demonstrative ("este jueves", "la semana", "el pasado miércoles"), a date ("el 12 de marzo", "no dia 12 de
    março"); ``j`` where none starts."""
    toks, n = s.toks, len(s.toks)
    if _moment_word(toks[j]):
        return j + 1
    k = j + (toks[j].norm in _FRAMES)
    k += k < n and toks[k].norm in _BEFORE_HEAD
    if k < n and k > j and toks[k].surface.islower() and toks[k].norm in _DAYS | _SPANS:
        return k + 1
    k += k < n and k > j and toks[k].norm == "dia"  # "no dia 12 de março"
    e = _date_end(s, k)
    return e if e > k else j


def _date_end(s: Sentence, k: int) -> int:
    """The token after a day of the month and its month (and year) at ``k`` ("12 de marzo", "12 mars 2026")."""
    toks, n = s.toks, len(s.toks)
    if k >= n or not toks[k].is_number or not toks[k].norm.isdigit():
        return k
    m = k + 1 + (k + 1 < n and toks[k + 1].norm == "de")
    if m >= n or toks[m].norm not in _MONTHS or not toks[m].surface.islower():
        return k
    m += 1
    y = m + (m < n and toks[m].norm == "de")
    return y + 1 if y < n and toks[y].is_number and len(toks[y].norm) == 4 else m


def _tail_end(s: Sentence, e: int) -> int:
    """Past what goes on with a moment: "pasado", "dernier", "scorso"; a part of the day ("soir", "por la
    mañana", "à noite"); a date after a day ("jeudi 12 mars")."""
    toks, n = s.toks, len(s.toks)
    while e < n and not s.broken(e):
        t = toks[e].norm
        if t in _AFTER_HEAD or t in _PART_OF_DAY:
            e += 1
        elif t in _LINKS and e + 1 < n and (
                toks[e + 1].norm in _PART_OF_DAY or (toks[e + 1].norm in _FRAMES and e + 2 < n
                                                     and toks[e + 2].norm in _PART_OF_DAY)):
            e += 2 + (toks[e + 1].norm in _FRAMES)
        elif toks[e].is_number and _date_end(s, e) > e:
            e = _date_end(s, e)
        else:
            return e
    return e
