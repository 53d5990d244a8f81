"""The words of one sentence as the attribution stage reads them: where punctuation breaks a phrase, where a
speaker's phrase before or after a verb begins and ends, a medium's name (which words are cues of saying:
``attribution.saying``).

Token indices throughout; ``Sentence.gap(i)`` is the text between token ``i - 1`` and token ``i``.
"""
from __future__ import annotations

import re
from itertools import takewhile
from dataclasses import dataclass, replace

from .cues import COMPANY_SUFFIXES, DOCUMENTS, INSTITUTIONS, LOWER_CASE_OUTLETS, OUTLET_WORDS, OUTLETS, Cues
from .kind import Phrase, best_kind, is_place, kind_of, outlet_like, person_noun, possessive
from .saying import participle, verb_cue
from ..features import Token, strip_accents

_PUNCT = re.compile(r"[,;:\[\]«»\"“”—–!?.…]")
_ELIDED_STOP = re.compile(r"\b(?:qu|lorsqu|puisqu|quoiqu)['’]\s*$", re.I)
# A wire report's dateline: "PARIS (AFP) - ", "VILLACOUBLAY, Yvelines (Reuters) - ", "PARIS - "
_DATELINE = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý' .-]+(?:,[^()\n]{1,40}?)?\s*(?:\((?P<outlet>[^()]{2,30})\))?\s+[-–—]\s*")
QUOTE_MARK = re.compile(r"[«»\"“”]")  # a quotation mark, opening or closing
_SPACED_DASH = re.compile(r"\s-|-\s")  # "selon M. Leonetti - les députés", "-crise en Géorgie- M. Kouchner": an aside
_COMMA = re.compile(r"(?:\)?\s*,|\s+[-–—])\s*(?:[ldsnLDSN]['’]|[jJ]usqu['’])?")  # a comma, or a dash setting off an aside
_ABBREVIATIONS = frozenset("m mme mr mrs ms dr st gov sen rep gen lt col jr sr inc corp co ltd capt cpl sgt det insp "
                           "supt cmdr adm maj pvt prof atty dist asst inf snr comr brig const".split())  # "Homicide Capt. James Clark"
# The AP's abbreviations of U.S. states, capitalised in a dateline or after a town ("Police in Gautier, Miss. said")
_US_STATES = frozenset("ala ariz az ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb "
                       "nev okla ore pa tenn vt va wash wis wyo".split())
_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep oct nov dec".split())  # before a day: "the Aug. 27 memo"
_RELATIVE = frozenset("laquelle lequel lesquels lesquelles quoi qui which whom what".split())
_SEARCH = 12  # longest speaker phrase, in tokens
_GENERIC_MEDIA = frozenset({"presse", "press", "médias", "media", "news"})  # "told news", as "told reporters": no medium named


def _titled(t: Token, cues: Cues) -> Token:
    """A title written with a prefix or as a compound's last part ("l'ex-ministre", "the ex-minister", "le
    dalaï-lama") is read as the title itself; the token keeps its place in the text."""
    if "-" not in t.norm or t.norm in cues.titles:
        return t
    head, _, last = t.norm.rpartition("-")
    title = last if last in cues.titles else None
    if head in _TITLE_PREFIXES and last in cues.titles | cues.roles:
        title = last
    return replace(t, norm=title, lemma=title) if title else t


_TITLE_PREFIXES = frozenset({"ex", "co", "vice", "sous", "deputy"})


_PARTICLES = frozenset({"van", "von", "der", "den", "ter", "bin", "ibn", "al", "da", "do", "dos", "das", "del", "della",
                        "dello", "di"})
_BY_NAME = frozenset({"said", "says", "told", "added", "selon", "déclaré", "dit"})  # a verb or "selon" before a surname


@dataclass
class Sentence:
    text: str
    toks: tuple[Token, ...]
    quotes: tuple[tuple[int, int], ...]
    cues: Cues
    names: frozenset[str]
    lang: str

    def __post_init__(self) -> None:
        self.toks = tuple(_titled(t, self.cues) for t in self.toks)
        self.dateline = _DATELINE.match(self.text)  # its dash ends it as a full stop would
        self.after_dateline = self.dateline.end() if self.dateline else -1
        self.quotes = quoted_spans(self.text) or self.quotes

    def gap(self, i: int) -> str:
        """The text between token ``i - 1`` and token ``i`` (from the sentence start for i == 0)."""
        start = self.toks[i - 1].end if i > 0 else 0
        end = self.toks[i].start if i < len(self.toks) else len(self.text)
        return self.text[start:end]

    def broken(self, i: int) -> bool:
        """Punctuation or an elided "qu'" between token ``i - 1`` and token ``i`` (the dot of "M." aside)."""
        gap = self.gap(i)
        if gap.strip() == "." and i < len(self.toks) and self._abbreviated(i - 1):
            return False  # "M. Dupont", "John C. Smith", "an ex-U.S. ambassador"
        if gap in (".'", ".’") and i < len(self.toks) and self.toks[i].norm == "s" and self._abbreviated(i - 1):
            return False  # "the U.K.'s Interoute Plc"
        return bool(_PUNCT.search(gap) or _ELIDED_STOP.search(gap) or _SPACED_DASH.search(gap)) or (
            i < len(self.toks) and self.toks[i].start == self.after_dateline)

    def comma(self, i: int) -> bool:
        """Only a comma between token ``i - 1`` and token ``i`` (an elided article after it allowed; the dot of an
        initial before it too: "une fan, Maggie D., avait accusé")."""
        gap = self.gap(i)
        if gap.startswith(".") and self._abbreviated(i - 1):
            gap = gap[1:]
        return bool(_COMMA.fullmatch(gap))

    def _abbreviated(self, k: int) -> bool:
        """Token ``k`` is written with a dot after it that ends no sentence: "M.", an initial, "ex-U.S."."""
        if not 0 <= k < len(self.toks):
            return False
        t = self.toks[k]
        dated = t.norm in _MONTHS_SHORT and k + 1 < len(self.toks) and self.toks[k + 1].is_number  # not "in Dec. The"
        state = k > 0 and _state_of_town(self, k)  # "Police in Gautier, Miss. said"
        return t.norm in _ABBREVIATIONS or dated or state or (len(t.surface) == 1 and t.surface.isupper()) \
            or _initial_after_hyphen(t.surface)

    def in_quote(self, i: int) -> bool:
        return any(a <= self.toks[i].start < b for a, b in self.quotes)

    def is_name(self, i: int) -> bool:
        t = self.toks[i]
        if t.norm in LOWER_CASE_OUTLETS:
            return True  # "révèle franceinfo": the medium's own spelling
        if t.stop and t.norm in self.cues.det:
            return False  # "Le", "The" after a dash or a quote open a phrase; they name nothing
        if t.norm in _PARTICLES and t.surface.islower() and i + 1 < len(self.toks) and self.toks[i + 1].is_name \
                and not self.broken(i + 1) and (i == 0 or self.toks[i - 1].is_name or self.toks[i - 1].norm in _BY_NAME):
            return True  # "Erik van Sebille", "said van Sebille", "Osama bin Laden": a particle of the surname
        if not t.is_name or i > 0:
            return t.is_name
        acronym = len(t.surface) > 1 and t.surface.isupper()  # "A witness said": "A" is an article
        first_name = len(self.toks) > 1 and self.toks[1].is_name and not self.broken(1) and not t.stop \
            and t.norm not in self.cues.det  # "Nadine Morano, nommée ...": a first name opens the sentence
        return strip_accents(t.norm) in self.names or acronym or is_place(t, self.lang) or first_name \
            or (len(self.toks) > 1 and (self.toks[1].norm in self.cues.verb_group or _says_next(self))
                and _not_a_word(t, self.lang)) or (len(self.toks) > 2 and not t.stop and _then_he(self))

    def phrase(self, i: int, j: int) -> Phrase:
        start = self.toks[i].start
        elided = self.text[max(0, start - 2) : start].lower() in ("l'", "l’") \
            or (i > 0 and self.toks[i - 1].norm in ("du", "au"))  # "l'avocate", "aux propos du gouverneur"
        return Phrase(self.toks[i:j], [self.is_name(k) for k in range(i, j)], self.lang, self.cues, elided)


def _initial_after_hyphen(surface: str) -> bool:
    """ "ex-U" of "ex-U.S.": a capital initial closing a hyphenated word."""
    return len(surface) >= 3 and surface[-2] == "-" and surface[-1].isupper()


_STRAIGHT = re.compile(r'"')
_PAIRED = re.compile(r'"[^"]{2,}"|«[^»]{2,}»|“[^”]{2,}”')


def quoted_spans(text: str) -> tuple[tuple[int, int], ...] | None:
    """The quoted parts of a sentence that opens inside a quote begun in the sentence before, its first straight
    quote mark closing it ('Cela me paraît logique", a-t-il ajouté, avant un nouveau "tweet"') or a closing mark
    before any opening one ("J'attends qu'il explique pourquoi »,ajoute-t-il"): the part up to that mark, then the
    pairs after it. None for any other sentence (its quotes pair from the start)."""
    first = _STRAIGHT.search(text)
    closing = _CLOSING.search(text)
    if closing is not None and not _OPENING.search(text, 0, closing.start()):
        rest = closing.end()
    elif first is not None and text[first.end() : first.end() + 1] in (",", ".", ";", ""):
        rest = first.end()
    else:
        return None
    return ((0, rest), *((rest + m.start(), rest + m.end()) for m in _PAIRED.finditer(text[rest:])))


_CLOSING, _OPENING = re.compile(r"[»”]"), re.compile(r"[«“]")


def _says_next(s: Sentence) -> bool:
    """The sentence's second word is a verb of saying ("Baer said he had concluded")."""
    t = s.toks[1]
    return not s.broken(1) and (t.lemma in s.cues.say or t.norm in s.cues.say) and t.norm not in s.cues.nouns


def _then_he(s: Sentence) -> bool:
    """The sentence's first word says something and the sentence goes on about "he" or "she" ("Bush said he plans"):
    a name, even when it is also a word ("bush")."""
    return _says_next(s) and any(t.norm in ("he", "she", "il", "elle") for t in s.toks[2:6])


def _not_a_word(t: Token, lang: str) -> bool:
    """A capitalised word opening a sentence before an auxiliary, that the language's dictionary does not know
    ("Natixis n'a révélé"): a name."""
    from ..lemmas import shared_lemmas

    return len(t.norm) > 2 and t.norm.isalpha() and not t.stop and not t.norm.endswith(("ment", "ly")) \
        and not shared_lemmas().known(t.norm, lang)  # "Autrement dit" is no one


def start_of(s: Sentence, i: int) -> int:
    """A phrase's first character: its first token, with an elided article ("l'AFP") kept."""
    start = s.toks[i].start
    if start >= 2 and s.text[start - 2 : start].lower() in ("l'", "l’", "d'", "d’"):
        return start - 2
    return start


def np_back(s: Sentence, a: int, across: bool = False) -> tuple[int, int] | None:
    """The phrase ending just before token ``a``: back to punctuation, a conjunction or a relative pronoun
    (``across``: the punctuation just before ``a`` does not count)."""
    i = a
    while i > 0 and a - i < _SEARCH and (not s.broken(i) or (across and i == a) or _state_of_town(s, i)
                                         or (i > 1 and s.gap(i).strip() in (".,", ",") and _state_of_town(s, i - 1))) \
            and (s.toks[i - 1].norm not in s.cues.stop_np or _joined_complements(s, i - 1) or _name_word(s, i - 1)) \
            and not (s.lang == "en" and s.toks[i - 1].norm in _SUBORDINATORS
                     and (i == 1 or not s.toks[i - 2].norm.endswith("ed"))):  # not ", issued after two days of talks,"
        i -= 1
    i = _past_time(s, i, a)
    return (i, a) if i < a else None


def _state_of_town(s: Sentence, i: int) -> bool:
    """ "Gautier, | Miss.": a U.S. state after its town's comma belongs to the phrase."""
    t = s.toks[i]
    dotted = s.text[t.end:t.end + 1] == "."  # "Miss." (not "Miss Universe", "Mo Farah", "Del Piero")
    return s.lang == "en" and t.norm in _US_STATES and t.surface[:1].isupper() and s.gap(i).strip() == "," \
        and s.toks[i - 1].surface[:1].isupper() and dotted


def _past_time(s: Sentence, i: int, a: int) -> int:
    """The first token after a time phrase opening the words ``i``..``a`` ("Earlier this week | Salman vowed",
    "Last month | the agency said"), when a name or a noun follows it; else ``i``."""
    k = i
    while k < a - 1 and (s.toks[k].norm in _TIME_OPENERS or ((k > i or _time_before(s, i)) and s.toks[k].norm in
                                                             _TIME_UNITS)):
        k += 1
    return k if k > i and any(s.toks[m].norm in _TIME_UNITS for m in range(i, k)) else i


def _time_before(s: Sentence, i: int) -> bool:
    """The phrase at ``i`` continues a time phrase the search stopped in ("Later that | day police said")."""
    return i > 0 and s.toks[i - 1].norm in _TIME_OPENERS and not s.broken(i)


def _time_phrase(s: Sentence, e: int) -> bool:
    """ "révélée par le Parisien | cette semaine", "seen by Reuters | this week": a moment, not the source's words."""
    return e + 1 < len(s.toks) and s.toks[e].norm in _THIS and s.toks[e + 1].norm in _TIME_UNITS | _TIME_UNITS_FR \
        and not s.broken(e + 1) and s.toks[e - 1].norm not in ("de", "d", "of", "du")  # not "du festival de cette année"


_THIS = frozenset("ce cet cette this last next".split())
_TIME_UNITS_FR = frozenset("semaine mois année an matin soir week-end après-midi nuit".split())
_TIME_OPENERS = frozenset("earlier later last this that next on in early late".split())  # "Later that day"
_TIME_UNITS = frozenset("week weekend month year day night morning afternoon evening monday tuesday wednesday thursday "
                        "friday saturday sunday".split())


# A clause opens after these ("a show of unity after | MPs criticised"): a subject never runs back across one
_SUBORDINATORS = frozenset("after before since although though unless until whereas".split())


def _name_word(s: Sentence, k: int) -> bool:
    """A small word written as part of a name ("Theresa May", "Ruth Will"): capitalised after a capitalised word."""
    return 0 < k and s.toks[k].surface[:1].isupper() and s.is_name(k - 1) and not s.broken(k)


def _joined_complements(s: Sentence, k: int) -> bool:
    """ "la chambre de commerce et d'industrie", "the Securities and Exchange Commission": "et"/"and" inside one
    name."""
    if s.toks[k].norm in ("et", "and") and 0 < k < len(s.toks) - 1 and s.toks[k - 1].surface[:1].isupper() \
            and s.toks[k + 1].surface[:1].isupper() and s.toks[k].surface.islower() and not s.broken(k) \
            and not s.broken(k + 1) and _name_continues(s, k + 1):
        return True
    if s.toks[k].norm in ("et", "and") and 0 < k < len(s.toks) - 1 and s.toks[k + 1].surface[:1].isupper() \
            and not s.broken(k) and not s.broken(k + 1) and _named_with_complement(s, k - 1) \
            and not outlet_like([s.toks[k + 1]]) and not is_place(s.toks[k + 1], s.lang):
        return True  # "the Centers for Disease Control and Prevention", "Department of Health and Human Services"
    former = k + 2 < len(s.toks) and s.toks[k + 1].norm in _FORMER and s.toks[k + 2].norm in s.cues.titles
    if s.toks[k].norm in ("et", "and") and k + 1 < len(s.toks) and (s.toks[k + 1].norm in s.cues.titles or former) \
            and s.toks[k + 1].norm not in _COURTESY and k > 0 and not s.toks[k - 1].stop and not s.broken(k) \
            and not s.broken(k + 1):  # (not "the pair chatted amicably and | Mr Brown insisted")
        return True  # "conseiller régional UMP d'Ile-de-France et président de l'Association"; "et ancien …"
    if s.toks[k].norm in ("et", "and") and 1 < k < len(s.toks) - 1 and s.toks[k - 2].norm in ("in", "of", "en", "de") \
            and s.toks[k - 1].surface[:1].isupper() and s.toks[k + 1].surface[:1].isupper() and not s.broken(k) \
            and not s.broken(k + 1) and not outlet_like([s.toks[k + 1]]):
        return True  # "the Catholic Church in England and Wales" (not "The Bank of England and Reuters")
    if s.toks[k].norm in ("et", "and") and k + 1 < len(s.toks) and s.toks[k + 1].norm in s.cues.indefinite \
            and any(person_noun(t, s.cues) for t in s.toks[k + 2:k + 6]) and not s.broken(k) and not s.broken(k + 1):
        return True  # "a Labour peer and a human rights lawyer": two descriptions of one person
    return s.toks[k].norm in ("et", "and") and k + 1 < len(s.toks) and (
        s.toks[k + 1].norm in s.cues.complement or s.gap(k + 1).strip().lower() in ("d'", "d’")) \
        and k > 1 and s.toks[k - 2].norm in s.cues.complement


_COURTESY = frozenset("mr mrs ms miss sir m mme mlle".split())  # a title that opens another person's name


def _named_with_complement(s: Sentence, k: int) -> bool:
    """Token ``k`` closes a capitalised name built with "for"/"of" ("Centers for Disease Control")."""
    j = k
    while j > 0 and s.toks[j].surface[:1].isupper() and not s.broken(j):
        j -= 1
    return j < k and j > 0 and s.toks[j].norm in ("for", "of") and s.toks[j - 1].surface[:1].isupper() \
        and not s.broken(j)


def _name_continues(s: Sentence, k: int) -> bool:
    """After "and", the capitalised words go on to an institution's noun ("Exchange Commission")."""
    while k < len(s.toks) and s.toks[k].surface[:1].isupper() and not s.broken(k):
        if s.toks[k].norm in INSTITUTIONS or s.toks[k].lemma in INSTITUTIONS:
            return True
        k += 1
    return False


def np_forward(s: Sentence, j: int, tail: bool = True) -> tuple[int, int] | None:
    """The phrase starting at token ``j``; with ``tail`` (the statement came first), an apposition running to
    the sentence end is kept ("..., a déclaré Fabrice Dupont, l'ancien maire")."""
    n = len(s.toks)
    j = _past_circumstances(s, j)
    e = j
    if j < n and (s.toks[j].norm in _RELATIVE or s.in_quote(j)):
        return None  # a speaker is never inside the quote ("a écrit: « Devinez quoi ?! »")
    while e < n and e - j < _SEARCH and (e == j or not s.broken(e)) \
            and (s.toks[e].norm not in s.cues.stop_np or (e > j and (_titles_joined(s, e) or and_in_name(s, e)
                                                                     or _name_word(s, e)))) \
            and (e == j or _document_detail(s, j, e)
                 or ((s.toks[e].norm not in s.cues.stop_forward or _role_for(s, e))
                     and not (verb_cue(s, e) and not _modifier(s, e)))) \
            and not (e > j and s.toks[e].norm in s.cues.to_outlet and _to_outlet(s, j, e)) \
            and not (e > j and _passes_through(s, e)) and not (e > j and _quantity(s, e)) \
            and not (e > j and _of_doing(s, e)) \
            and not (e > j and _another_source(s, e)) and not (e > j and _name_then_object(s, j, e)) \
            and not (e > j and _closes_aside(s, j, e)) and not (e > j and _time_phrase(s, e)):
        e += 1
    if e == j:
        return None
    if tail and (named := _place_then_name(s, e)):
        return j, named  # "a expliqué un responsable du syndicat Alliance dans les Hauts-de-Seine, Arnaud Pressé."
    if tail and e < n and s.comma(e) and "," in s.gap(e):  # an apposition follows a comma, not a closing dash
        named = name_to_comma(s, e)  # "le porte-parole, Jean Dupont,"
        kind = kind_of(s.phrase(j, e))
        if named or kind == "person" or (kind in ("anonymous", None) and _one_named_after(s, j, e)):  # a person's
            #  description, not a clause's; "selon l'un d'eux, le Français Noël Saez."
            full_name = sum(s.is_name(k) for k in range(j, e)) >= 2
            e = named or _appositions(s, e, full_name)
    return j, e


def _one_named_after(s: Sentence, j: int, e: int) -> bool:
    """Someone unnamed in the words ``j``..``e`` ("l'un d'eux", "one of the hostages"), then after a comma a phrase
    closing the sentence on a full name ("…, le Français Noël Saez."): one person, named in apposition."""
    n = len(s.toks)
    one = s.toks[j].norm in _ONE_OF or (j + 1 < e and s.toks[j + 1].norm in _ONE_OF)
    return one and runs_to_end(s, e) and 2 <= n - e <= 6 and s.is_name(n - 1) and s.is_name(n - 2) \
        and not s.broken(n - 1)


_ONE_OF = frozenset({"un", "une", "one"})  # "l'un d'eux", "l'une des victimes", "one of them"


def _place_then_name(s: Sentence, e: int) -> int | None:
    """Where the sentence ends when a place ("dans les Hauts-de-Seine", "in Ohio") then the person's name close it
    after a description; else None."""
    n = len(s.toks)
    if e >= n or s.toks[e].norm not in _PLACE_PREPS:
        return None
    comma = next((m for m in range(e + 1, min(e + 6, n)) if s.broken(m)), None)
    if comma is None or not s.comma(comma) or not all(s.toks[m].surface[:1].isupper() or s.toks[m].stop
                                                       for m in range(e + 1, comma)):
        return None
    return n if name_to_comma(s, comma) == n and comma + 1 < n else None


_PLACE_PREPS = frozenset({"dans", "à", "en", "in", "at"})


def and_in_name(s: Sentence, e: int) -> bool:
    """ "UN Relief and Works Agency", "Ministère de l'Europe et des Affaires étrangères": "and" inside the name of
    one institution, capitalised words on both sides and its noun after it."""
    if s.toks[e].norm not in ("and", "et") or e + 1 >= len(s.toks) or s.broken(e) or s.broken(e + 1) \
            or not s.toks[e - 1].surface[:1].isupper():
        return False
    nxt = s.toks[e + 2] if e + 2 < len(s.toks) and not s.broken(e + 2) else None
    if s.toks[e + 1].norm in _OF and nxt is not None and nxt.surface[:1].isupper() \
            and any(s.toks[k].norm in _PORTFOLIOS for k in range(max(0, e - 6), e)):
        return True  # "le ministère de l'Europe et des Affaires étrangères", "Minister of Health and of Sport"
    m = e + 1
    while m < len(s.toks) and not s.broken(m) and s.toks[m].surface[:1].isupper():  # not "the Pentagon and the …"
        if s.toks[m].norm in INSTITUTIONS:
            return True
        m += 1
    return False


_OF = frozenset({"de", "des", "du", "d", "of", "for"})
_PORTFOLIO_HOLDERS = frozenset("délégué déléguée chargé chargée ministre secrétaire".split())
_PORTFOLIOS = frozenset("ministère ministre ministry minister secrétariat secrétaire secretary département department"
                        .split())


def _titles_joined(s: Sentence, e: int) -> bool:
    """ "la parlementaire et ancienne ministre de la Défense Martha Lucia Ramirez": "et" joining two titles of the
    person named after them."""
    n = len(s.toks)
    if s.toks[e].norm not in ("et", "and") or e + 1 >= n or s.broken(e + 1):
        return False
    title = any(s.toks[m].norm in s.cues.titles for m in range(e + 1, min(e + 3, n)))
    end = next((m for m in range(e + 1, n) if s.broken(m)), n)
    return title and any(s.is_name(m) and s.toks[m].norm not in s.cues.titles for m in range(e + 2, min(end, e + 9)))


_FORMER = frozenset({"ancien", "ancienne", "former", "ex"})


def _role_for(s: Sentence, e: int) -> bool:
    """ "a spokesman for the tobacco regulator", "the director for Europe": whom a role works for stays with it."""
    if s.toks[e].norm == "en" and e + 1 < len(s.toks) and s.toks[e + 1].norm == "chef" and not s.broken(e + 1):
        return person_noun(s.toks[e - 1], s.cues)  # "commandant en chef", "rédacteur en chef"
    if s.toks[e].norm in ("au", "aux", "à", "at") and e + 1 < len(s.toks) and not s.broken(e) and not s.broken(e + 1):
        m = e + 1
        while m + 1 < len(s.toks) and s.toks[m].norm in s.cues.det and not s.broken(m + 1):
            m += 1
        ahead = list(takewhile(lambda n: n == m or not s.broken(n), range(m, min(m + 4, len(s.toks)))))
        source = any(t.norm in s.cues.roles and t.norm not in s.cues.titles for t in s.toks[max(0, e - 2):e]) \
            or (s.toks[e - 1].norm in _PORTFOLIO_HOLDERS
                and (s.toks[e].norm in ("au", "aux") or not s.toks[e + 1].surface[:1].isupper()))
        #        "une source à la Mission …", "le ministre délégué aux Transports" (not "le ministre à La Dépêche")
        body = any(s.toks[n].norm in INSTITUTIONS for n in ahead) or (source and s.toks[m].surface[:1].isupper()
                                                                    and s.is_name(m) and not is_place(s.toks[m], s.lang))
        #      "researchers at software security firm Trend Micro"
        return any(person_noun(t, s.cues) for t in s.toks[max(0, e - 2):e]) and (
            body or (m == e + 1 and s.toks[m].norm == "sein"))
        #      "une source autorisée au ministère de l'Intérieur", "une source au sein de la Cnidh", "une source à
        #      la Mission des Nations unies", "a source at the ministry" (not "un policier à Paris")
    if s.toks[e].norm != "for" or e + 1 >= len(s.toks) or s.broken(e) or s.broken(e + 1):
        return False
    before, after = s.toks[e - 1], s.toks[e + 1]
    if any(t.norm in _DURATION for t in s.toks[e + 1 : e + 4]):
        return False  # "said the spokesman for the first time", "for years"
    return person_noun(before, s.cues) and (after.norm in s.cues.det or s.is_name(e + 1))


_DURATION = frozenset("time times first last second now years months weeks days hours while".split())


def _of_doing(s: Sentence, e: int) -> bool:
    """What someone is accused of after the agent: "accused by U.S. prosecutors | of misleading banks", "accusé par
    le parquet | d'avoir menti", "accusé par ses détracteurs | de « comploter »"."""
    t = s.toks[e]
    if t.norm == "of" and e + 1 < len(s.toks) and s.toks[e + 1].norm.endswith("ing") and len(s.toks[e + 1].norm) > 4:
        return True
    if s.lang != "fr":
        return False
    if t.norm == "de" and e + 1 < len(s.toks) and (not s.broken(e + 1) or s.in_quote(e + 1)):
        t = s.toks[e + 1]  # "accusé par ses détracteurs | de « comploter »", not "la dizaine de « gilets jaunes »"
    elif not s.gap(e).rstrip().lower().endswith(("d'", "d’")):
        return False
    return t.surface.islower() and t.norm == t.lemma and (t.norm.endswith(("er", "ir")) or t.norm in _INFINITIVES_RE)


_INFINITIVES_RE = frozenset("être faire dire mettre prendre rendre vendre permettre promettre commettre produire "
                            "détruire".split())


def _closes_aside(s: Sentence, j: int, e: int) -> bool:
    """A closing bracket before token ``e`` that the phrase from ``j`` did not open: the aside the phrase stands in
    ends there ("(selon le procureur) pourrait être …"); "l'Autorité des marchés financiers (AMF)" keeps its own."""
    return ")" in s.gap(e) and "(" not in s.text[s.toks[j].start:s.toks[e - 1].end]


def _appositions(s: Sentence, e: int, full_name: bool) -> int:
    """Where a person's appositions after token ``e`` end: to the sentence end when they run there, else one
    description, and a second one when it closes the sentence ("selon Marc Petit, moine bouddhiste, proche
    collaborateur du chef spirituel.")."""
    n = len(s.toks)
    if runs_to_end(s, e):
        return n
    end = described(s, e, full_name) or e
    part = end
    for _ in range(_APPOSITIONS):  # "said Mark Guibert, vice president, corporate marketing, Research In Motion."
        if not (e < part < n and s.comma(part) and "," in s.gap(part)) or s.toks[part].norm in s.cues.stop_forward:
            return end
        if runs_to_end(s, part):
            return n
        part = _plain_part(s, part)
    return end


_APPOSITIONS = 3  # descriptions after the first that may follow one another up to the sentence end


def _plain_part(s: Sentence, e: int) -> int:
    """The end of a short run of words from ``e`` up to the next comma with no small word and no verb in it (a
    department, an employer: "corporate marketing"), or ``e`` when the run is not so."""
    k = e
    while k < min(e + 5, len(s.toks)) and (k == e or not s.broken(k)) and not s.toks[k].stop and not verb_cue(s, k) \
            and not (k == e and s.toks[k].surface.islower() and s.toks[k].norm.endswith(("ing", "ed"))):  # ", smiling,"
        k += 1
    return k if k > e and (k == len(s.toks) or s.comma(k)) else e


_ON_THE_SPOT = frozenset({("sur", "place"), ("on", "site")})


def _past_gerund(s: Sentence, j: int) -> int:
    """Past a French gerund between a verb and its speaker ("a lancé en souriant le ministre", "a ajouté en jouant
    quelques accords le président déchu"): where the speaker's article is, else ``j``."""
    n = len(s.toks)
    g = j if j < n and s.toks[j].norm != "en" else j + 1  # "en" may have been read with the verb group
    if s.lang != "fr" or g + 1 >= n or g < 1 or s.toks[g - 1].norm != "en" or not s.toks[g].norm.endswith("ant") \
            or s.broken(g):
        return j
    for m in range(g + 1, min(g + 5, n - 1)):
        if s.broken(m):
            return j
        if s.toks[m].norm in s.cues.det and person_noun(s.toks[m + 1], s.cues):
            return m
    return j


def _past_circumstances(s: Sentence, j: int) -> int:
    """Where a speaker after a verb starts: past auxiliaries and adverbs, past whom it was said to (", a déclaré à la
    presse un responsable") and where ("a assuré dans un communiqué la directrice", "dans un entretien au Monde")."""
    n = len(s.toks)
    while j < n and (s.toks[j].norm in s.cues.verb_group or _manner(s.toks[j])) and s.toks[j].norm not in s.cues.det \
            and not s.broken(j):
        j += 1  # "a déclaré diplomatiquement Contador"
    if j + 1 < n and s.toks[j].norm in ("ce", "cette", "this") and s.toks[j + 1].norm in _WHEN:
        j += 2  # "a estimé ce jeudi le secrétaire général"
    if j + 2 < n and (s.toks[j].norm, s.toks[j + 1].norm) in _ON_THE_SPOT and not s.broken(j + 2):
        j += 2  # "a expliqué sur place un responsable du syndicat"
    j = _past_gerund(s, j)
    j = _past_date(s, j)
    if j + 2 < n and s.toks[j].norm == "avec" and s.toks[j + 1].surface.islower() and s.toks[j + 1].norm not in \
            s.cues.det and (s.is_name(j + 2) or s.toks[j + 2].norm in s.cues.det) and not s.broken(j + 2):
        j += 2  # "mentionne avec humour Haché", "a déclaré avec émotion le ministre"
    j = _past_comma_asides(s, j)
    j = past_aside(s, j)
    if j + 3 < n and s.toks[j].norm == "lors" and s.toks[j + 1].norm in s.cues.complement:
        j += 4 if s.toks[j + 2].norm in s.cues.det else 3  # "remarquait lors de son audition la ministre"
    elif j + 2 < n and s.toks[j].norm == "lors" and s.toks[j + 1].norm in s.cues.det:
        j += 3  # "a déclaré lors d'une conférence de presse le procureur"
        if j + 1 < n and s.toks[j].norm in s.cues.complement and s.toks[j + 1].norm not in s.cues.det:
            j += 2
    if j + 2 < n and s.toks[j].norm in s.cues.to_outlet and s.toks[j + 1].norm in s.cues.det:
        return j + 3
    if j + 2 < n and s.toks[j].norm in s.cues.to_outlet and (s.is_name(j + 1) or s.toks[j + 1].norm in OUTLETS) \
            and not s.broken(j + 1):
        where = outlet_np(s, j + 1)  # "a déclaré au Parlement la députée", "a réitéré sur X l'ancien député"
        if (where is None or where[1] > j + 2) and s.toks[j + 1].norm in OUTLETS \
                and not s.toks[j + 1].surface[:1].isupper() and not s.broken(j + 2) \
                and (s.is_name(j + 2) or s.toks[j + 2].norm in s.cues.det):
            where = (j + 1, j + 2)  # "sur franceinfo Nicolas Bay": the medium, written in lower case, then the speaker
        if where and where[1] < n and not s.broken(where[1]) and (
                s.toks[where[1]].norm in s.cues.det or (s.is_name(where[1]) and _named_medium(s, where))):
            return where[1]  # "… sur franceinfo Nicolas Bay"
    if j + 3 < n and s.toks[j].norm in ("dans", "in") and s.toks[j + 1].norm in s.cues.det \
            and not s.is_name(j + 2) and not s.broken(j + 3):
        j += 3
        if j + 1 < n and s.toks[j].norm in s.cues.to_outlet and not s.broken(j):
            outlet = outlet_np(s, j + 1)
            j = outlet[1] if outlet and outlet_like(s.toks[outlet[0]:outlet[1]]) else j
    return j


def _named_medium(s: Sentence, where: tuple[int, int]) -> bool:
    """The phrase holds a medium's name ("franceinfo", "RTL"): a name after it is the speaker's."""
    return any(t.norm in OUTLETS for t in s.toks[where[0]:where[1]])


def _past_date(s: Sentence, j: int) -> int:
    """Past a date between a verb and its speaker ("a déclaré le 7 mars Ahmed Emam", "a indiqué mardi soir le
    parquet"): a speaker starts after it."""
    n, k = len(s.toks), j
    if k + 2 < n and s.toks[k].norm == "le" and s.toks[k + 1].is_number and s.toks[k + 2].norm in _MONTHS:
        k += 3
        k += k < n and s.toks[k].is_number and not s.broken(k)  # "le 7 mars 2023"
    while k + 1 < n and s.toks[k].norm in _WEEKDAYS and (k == j or not s.broken(k)):
        k += 1  # "mardi", "mardi soir", "soir"
    dated = k > j or (k > 0 and s.toks[k - 1].norm in _WEEKDAYS)  # the weekday may be read with the verb
    if dated and k + 2 < n and s.toks[k].is_number and s.toks[k + 1].norm in _MONTHS and not s.broken(k + 1):
        k += 2  # "jeudi 16 mai"
        k += k < n and s.toks[k].is_number and not s.broken(k)  # "jeudi 16 mai 2019"
    if k == j or k >= n or s.broken(k) or s.broken(j + 1):
        return j
    return k


_WEEKDAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi".split())


def _manner(t: Token) -> bool:
    """An adverb of manner ("diplomatiquement", "calmly"), lower case."""
    return t.surface.islower() and len(t.norm) > 6 and t.norm.endswith(("ment", "ly")) and not t.is_name


def _past_comma_asides(s: Sentence, j: int) -> int:
    """Past adverbs set off by commas after a verb (", pointait, d'ailleurs, hier soir, Christine Lagarde")."""
    n = len(s.toks)
    while j < n and s.comma(j):
        m = j
        while m < n and (m == j or not s.broken(m)) and s.toks[m].norm in _ASIDE_WORDS:
            m += 1
        if m == j or m >= n or not s.comma(m):
            return j
        j = m
    return j


_ASIDE_WORDS = frozenset("ailleurs hier soir matin aujourd'hui encore aussi pourtant également cependant toutefois "
                         "néanmoins enfin alors lui-même elle-même however also".split())
_WHEN = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi week-end semaine monday tuesday "
                  "wednesday thursday friday saturday sunday morning evening week".split())


# Words that say whose turn or side it is, between a verb and what follows ("estime de son côté que", "a pour sa part
# déclaré", "said for his part"): never a speaker.
_ASIDES = (("de", "son", "côté"), ("de", "leur", "côté"), ("pour", "sa", "part"), ("pour", "leur", "part"),
           ("à", "son", "tour"), ("à", "leur", "tour"), ("for", "his", "part"), ("for", "her", "part"),
           ("for", "their", "part"), ("for", "its", "part"), ("in", "turn"), ("quant", "à", "lui"),
           ("quant", "à", "elle"), ("quant", "à", "eux"), ("quant", "à", "elles"), ("à", "titre", "personnel"))


def past_aside(s: Sentence, j: int) -> int:
    """The token after a phrase of ``_ASIDES`` starting at ``j`` (``j`` when none starts there; an aside set off by
    commas too: "réagit, à titre personnel, le pasteur")."""
    for words in _ASIDES:
        if tuple(t.norm for t in s.toks[j : j + len(words)]) == words:
            return j + len(words)
    return j


def _to_outlet(s: Sentence, j: int, e: int) -> bool:
    """The phrase from ``j`` ends at ``e`` ("à", "to", "with"): a medium follows ("Jean Dupont à CNN"), or any
    name unless the phrase is a document's ("a filing with the Securities and Exchange Commission")."""
    span = outlet_np(s, e + 1)
    if span is None:
        return False
    medium = outlet_like(s.toks[span[0]:span[1]])
    if not medium and _role_for(s, e):
        return False  # "une source à la Mission des Nations unies": where the source works, no medium
    document = any(s.toks[k].norm in DOCUMENTS for k in range(j, e))
    return not document or medium


def _document_detail(s: Sentence, j: int, e: int) -> bool:
    """ "un courrier adressé lundi aux représentants": after a document's noun and a participle, the words that
    say when and to whom belong to the document's phrase."""
    heads = [k for k in range(j, e) if s.toks[k].norm in DOCUMENTS]
    if e + 1 < len(s.toks) and s.toks[e].norm in s.cues.to_outlet and s.is_name(e + 1):
        return False  # "un communiqué reçu à Paris": where it was received is not part of it
    return bool(heads) and any(s.toks[k].norm.endswith(s.cues.participles) and s.toks[k].lemma != s.toks[k].norm
                               for k in range(heads[0] + 1, e))


def _modifier(s: Sentence, e: int) -> bool:
    """ "a written statement", "une déclaration écrite": a participle between an article and a noun modifies it."""
    return s.toks[e - 1].norm in s.cues.det and e + 1 < len(s.toks) and not s.toks[e + 1].stop \
        and not s.broken(e + 1)


_FIRST_WORDS: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def sourcing_by_first_word(cues: Cues) -> dict[str, list[tuple[str, ...]]]:
    """A language's sourcing phrases ("selon", "according to", "consulté par") by their first word, built once:
    they are looked for at every token."""
    table = _FIRST_WORDS.get(id(cues))
    if table is None:
        table = {}
        for seq in cues.sourcing:
            table.setdefault(seq[0], []).append(tuple(seq))
        _FIRST_WORDS[id(cues)] = table
    return table


def _another_source(s: Sentence, e: int) -> bool:
    """ "conclut ce rapport | selon les extraits publiés par le quotidien": a sourcing word starts another source."""
    return any(tuple(t.norm for t in s.toks[e : e + len(seq)]) == seq
               for seq in sourcing_by_first_word(s.cues).get(s.toks[e].norm, ()))


def _name_then_object(s: Sentence, j: int, e: int) -> bool:
    """ "selon Le Monde | d'importants bonus": after a name, "de" and a lower-case word without its article start
    what was said, not the name's complement ("Hélène Franco du SM", "la Banque de France" go on, and so does an
    institution's capitalised noun: "la Caisse d'épargne", "la Chambre de commerce")."""
    if not s.is_name(e - 1) or s.toks[e].is_name or not s.toks[e].surface.islower() \
            or s.toks[e - 1].norm in INSTITUTIONS:
        return False
    if s.toks[e].norm == "de" and e + 1 < len(s.toks):  # "sommée par Nicolas Sarkozy | de régler le problème"
        nxt = s.toks[e + 1]
        return nxt.surface.islower() and not nxt.stop and not s.broken(e + 1)
    return not s.toks[e].stop and s.gap(e).strip().lower() in ("d'", "d’", "de")


def _quantity(s: Sentence, e: int) -> bool:
    """ "par l'État | de 10,5 milliards": "de" before a number starts what was given, not the giver's name."""
    return s.toks[e].norm in s.cues.complement and e + 1 < len(s.toks) and s.toks[e + 1].is_number


def _passes_through(s: Sentence, e: int) -> bool:
    """ "seen by", "consultée par" at token ``e``: what follows is who had the document, a source of its own."""
    collected = s.toks[e].norm in _COLLECTED and e + 1 < len(s.toks) and s.toks[e + 1].norm in ("par", "by")
    return collected or any(len(seq) == 2 and e + 1 < len(s.toks) and s.toks[e + 1].norm == seq[1]
                            and seq[1] in ("par", "by") for seq in sourcing_by_first_word(s.cues).get(s.toks[e].norm, ()))


_COLLECTED = frozenset("recueilli recueillie recueillis recueillies gathered collected".split())  # "témoignages
#            recueillis par l'AFP": the testimonies, and the medium that gathered them


def runs_to_end(s: Sentence, e: int) -> bool:
    """An apposition from token ``e`` to the sentence end: a few words, no punctuation, no verb-like word, not
    opening with a preposition ("..., dans un communiqué" is not one)."""
    rest = range(e, len(s.toks))
    t = s.toks[e]
    gerund = participle(t) or (t.norm.endswith(("ant", "ing")) and len(t.norm) > 5 and t.norm not in s.cues.titles
                               and t.norm not in s.cues.roles and not t.is_name)
    if t.norm in s.cues.stop_forward or gerund:
        return False  # "..., a affirmé M. Tête, confirmant une information": a clause, not a description
    described = any(person_noun(s.toks[m], s.cues) for m in range(e, min(e + 4, len(s.toks))))
    longest = 14 if described else 8  # "a transportation expert and professor at DePaul University in Chicago"
    return len(rest) <= longest and not any((k > e and s.broken(k)) or (s.toks[k].norm in s.cues.stop_np
                                                                       and not _within_name(s, k)
                                                                       and not _roles_joined(s, k)) for k in rest)


def _roles_joined(s: Sentence, k: int) -> bool:
    """ "an author of the analysis and professor of biostatistics", "député à Québec et ancien chef de police":
    "and" joining a second role of the person."""
    m = k + 2 if k + 2 < len(s.toks) and s.toks[k + 1].norm in _FORMER else k + 1
    return s.toks[k].norm in ("et", "and") and m < len(s.toks) and not s.broken(k + 1) and not s.broken(m) \
        and (s.toks[m].norm in s.cues.titles or s.toks[m].norm in s.cues.roles)


def _within_name(s: Sentence, k: int) -> bool:
    """ "Sécurité et Démocratie", "Securities and Exchange": a conjunction between two capitalised words."""
    return s.toks[k].norm in ("et", "and") and 0 < k < len(s.toks) - 1 and s.is_name(k - 1) and s.is_name(k + 1)


def described(s: Sentence, e: int, full_name: bool = True) -> int | None:
    """ "said Jean Dupont, a local councillor who ...", "a déclaré Karim Haddad, délégué CGT du site,": an apposition
    opening with an article or a title or role, up to the next punctuation or relative pronoun (at most eight
    words). After a single name ("L'Équipe, la DNACG pointe"), only a title or a role in its first words."""
    first = s.toks[e].norm
    titled = any(t.norm in s.cues.titles or t.norm in s.cues.roles
                 or (t.norm.endswith(s.cues.human_endings) and t.norm not in _FORMER)
                 for t in s.toks[e : e + 3]) or _age(s, e)  # "Karim Haddad, délégué CGT du site,", "Maria, la trentaine,"
    # ("ancienne" is no noun of people: "selon Gsell, l'ancienne appellation de Melilla est …" is the statement)
    if (first not in s.cues.det and not titled) or first in s.cues.complement or not (titled or full_name):
        return None
    k = e + 1
    while k < min(e + 8, len(s.toks)) and not s.broken(k) and (s.toks[k].norm not in s.cues.stop_np
                                                               or _capitalised_in_name(s, k) or _and_title(s, k)) \
            and not verb_cue(s, k):
        k += 1
    if k < len(s.toks) and not s.broken(k) and s.toks[k].norm in s.cues.stop_np \
            and s.toks[k].norm not in _CLAUSE_OPENERS and not titled:
        return None  # "…, poursuit Bernard Devalois, un texte de loi ne peut": the statement goes on
    return k


def _and_title(s: Sentence, k: int) -> bool:
    """ "Senior Vice President and General Manager": "and" joining a second title inside one description."""
    return s.toks[k].norm in ("and", "et") and k + 1 < len(s.toks) and not s.broken(k + 1) \
        and (s.toks[k + 1].norm in s.cues.titles or s.toks[k + 1].norm in s.cues.roles)


def _age(s: Sentence, e: int) -> bool:
    """An apposition giving a person's age: "la trentaine", "33 ans"."""
    toks = s.toks[e : e + 3]
    return any(t.norm in _AGES for t in toks) \
        or any(a.is_number and b.norm in ("ans", "an") for a, b in zip(toks, toks[1:]))


_AGES = frozenset("""vingtaine trentaine quarantaine cinquantaine soixantaine septuagénaire octogénaire nonagénaire
    quadragénaire quinquagénaire sexagénaire trentenaire quadra quinqua""".split())


def _capitalised_in_name(s: Sentence, k: int) -> bool:
    """ "le Corriere della Sera": a capitalised word after a name and its particle is part of the name, whatever
    else it may spell."""
    j = k - 1
    while j > 0 and s.toks[j].norm in _NAME_PARTICLES and not s.broken(j + 1):
        j -= 1  # "della", "de la"
    # a particle between them: "Paris Sera bientôt publiée" is a name, then a verb
    return s.toks[k].surface[:1].isupper() and j < k - 1 and s.is_name(j) and not s.broken(k)


_NAME_PARTICLES = frozenset("de la del della di da do dos das du des van von der den le".split())


_CLAUSE_OPENERS = frozenset("who which whom whose that qui que dont où".split())


def name_to_comma(s: Sentence, e: int) -> int | None:
    """ "le porte-parole, Jean Dupont, lors de": the end of a name set off by commas after a phrase."""
    k = e
    while k < len(s.toks) and s.is_name(k) and (k == e or not s.broken(k)):
        k += 1
    return k if k > e and (k == len(s.toks) or s.broken(k)) else None  # ", Gérard Gachet, qu'il"


def outlet_np(s: Sentence, j: int) -> tuple[int, int] | None:
    """A medium's name starting at ``j`` ("la télévision NBC", "the Anchorage Daily News", "l'AFP")."""
    n, e = len(s.toks), j
    while e < n and s.toks[e].norm in s.cues.det and not s.is_name(e):
        e += 1
    first = e
    if e + 3 < n and s.toks[e].norm in ("nos", "notre", "our") and s.toks[e + 1].norm in _MEDIUM_PARTS:
        e += 1  # "nos confrères du Parisien"
    if e + 2 < n and s.toks[e].norm in _MEDIUM_PARTS and s.toks[e + 1].norm in s.cues.complement \
            and not s.broken(e + 1) and not s.broken(e + 2):
        inner = outlet_np(s, e + 2)  # "à l'antenne de CNN", "nos confrères du Parisien": the medium's
        if inner is not None and outlet_like(s.toks[inner[0]:inner[1]]):
            return (j, inner[1])
    while e < n and (e == first or not s.broken(e)) and _outlet_goes_on(s, first, e):
        e += 1
        if s.toks[e - 1].norm in OUTLETS and not (e < n and (outlet_like([s.toks[e]]) or _channel_of(s, e))):
            break  # "à l'AFP Jean Dupont": the agency, then the speaker
    named = any(s.is_name(k) or s.toks[k].norm in OUTLETS or s.toks[k].norm not in _GENERIC_MEDIA
                for k in range(first, e))
    if e > first and not s.is_name(e - 1):
        e = _adjectives_then_name(s, e)  # "la télévision publique irlandaise RTE"
    return (j, e) if e > first and named else None


_MEDIUM_PARTS = frozenset({"antenne", "antennes", "confrère", "confrères", "consœurs", "micro", "plateau", "colleagues"})


def _adjectives_then_name(s: Sentence, e: int) -> int:
    """After a medium's noun, up to three lower-case words and the name they lead to; else ``e``."""
    k = e
    while k < min(e + 3, len(s.toks)) and not s.broken(k) and not s.toks[k].stop and s.toks[k].surface.islower() \
            and not verb_cue(s, k):
        k += 1
    if k > e and (k == len(s.toks) or s.broken(k)) and k - e <= 2:
        return k  # "ajoute le quotidien économique, sans donner"
    if k > e and k + 1 < len(s.toks) and s.toks[k].norm in s.cues.det and not s.broken(k) and s.is_name(k + 1) \
            and not s.broken(k + 1):
        k += 1  # "au journal italien La Gazzetta dello Sport"
    if k == e or k >= len(s.toks) or s.broken(k) or not s.is_name(k):
        return e
    while k < len(s.toks) and s.is_name(k) and not s.broken(k):
        k += 1
    return k


def _outlet_goes_on(s: Sentence, first: int, e: int) -> bool:
    """Token ``e`` still belongs to a medium's name begun at ``first``: a name, a medium's word, "du"/"de la" and a
    name, a channel's number ("Europe 1"); not a date ("told the Star | April 20")."""
    t = s.toks[e]
    if t.norm in _MONTHS:
        return False
    numbered = e > first and t.is_number and s.toks[e - 1].norm in _NUMBERED
    titled = e > first and t.norm in s.cues.det and s.toks[e - 1].norm in OUTLET_WORDS and e + 1 < len(s.toks) \
        and s.is_name(e + 1) and not s.broken(e + 1)  # "au journal | Le Figaro", "the daily | The Independent"
    possessive = e > first and t.norm == "s" and s.gap(e) in ("'", "’") and e + 1 < len(s.toks) and s.is_name(e + 1)
    programme = e > first and t.norm in _PROGRAMMES and s.is_name(e - 1)  # "BBC Radio 4's Today programme"
    programme = programme or (e > first and _channel_of(s, e))
    return s.is_name(e) or outlet_like([t]) or _name_goes_on(s, first, e) or numbered or titled or possessive \
        or programme or _before_medium(s, e)


_MEDIUM_NOUNS = frozenset("television télévision radio tv newspaper channel network broadcaster media médias news"
                          .split())  # "the student news agency ISNA"


def _news_medium(s: Sentence, k: int) -> bool:
    """ "news" at ``k`` names a medium: it closes the phrase or a medium's noun follows ("the student news agency
    ISNA", "told local news"; not "told lawmakers news reports of the deal were inaccurate")."""
    return k + 1 >= len(s.toks) or s.broken(k + 1) or s.toks[k + 1].norm in _NEWS_MEDIA


_NEWS_MEDIA = frozenset("agency service network channel outlet outlets station website site".split())


def _before_medium(s: Sentence, e: int) -> bool:
    """Token ``e`` is one of at most two lower-case words before a medium's noun ("told local television", "told
    Iranian state media")."""
    for k in range(e, min(e + 2, len(s.toks))):
        t = s.toks[k]
        if k > e and s.broken(k) or t.norm in s.cues.det or t.norm in s.cues.stop_np or not t.surface.islower():
            return False
        if k + 1 < len(s.toks) and s.toks[k + 1].norm in _MEDIUM_NOUNS and not s.broken(k + 1) \
                and (s.toks[k + 1].norm != "news" or _news_medium(s, k + 1)):
            return True
    return False


def _channel_of(s: Sentence, e: int) -> bool:
    """A channel's programme after its name ("BBC | Two's Newsnight", "BBC | One's Breakfast with Frost")."""
    t = s.toks[e]
    return possessive(t) and t.surface[:1].isupper() and e + 1 < len(s.toks) \
        and s.is_name(e + 1) and not s.broken(e + 1)


def _name_goes_on(s: Sentence, first: int, e: int) -> bool:
    """ "La Dépêche | du Midi", "Le Journal | du Dimanche": a capitalised name carried on by "du"/"de la" and a name."""
    particle = s.toks[e].norm in s.cues.complement or s.toks[e].norm in _MEDIUM_PARTICLES
    if e == first or not particle or not (s.toks[first].surface[:1].isupper() or s.is_name(first)):
        return False
    k = e + 1
    while k < len(s.toks) and s.toks[k].norm in s.cues.det and not s.broken(k):
        k += 1
    return k < len(s.toks) and not s.broken(k) and s.toks[k].surface[:1].isupper() and s.is_name(k)


_MEDIUM_PARTICLES = frozenset("dello della del di da do dos das von van der".split())  # "la Gazzetta dello Sport"
_NUMBERED = frozenset({"europe", "france", "tf", "canal", "bfm", "channel", "sky", "rtl", "m6", "w9", "radio"})
_PROGRAMMES = frozenset({"programme", "program", "show", "bulletin"})
_MONTHS = frozenset("january february march april may june july august september october november december janvier "
                    "février mars avril mai juin juillet août septembre octobre novembre décembre".split())
DATE_WORDS = _WEEKDAYS | _MONTHS | {"hier"} | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split())  # "samedi 4 novembre", "hier soir", "Tuesday"


@dataclass(frozen=True)
class Found:
    """One attribution inside a sentence (offsets into the sentence text)."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int]
    refers_to: str | None = None


def found_at(s: Sentence, span: tuple[int, int], cue: tuple[int, int], kind: str | None = None,
             fallback: str | None = None) -> Found | None:
    """The attribution of the phrase ``span`` (token range) with its cue; ``kind`` forces its kind,
    ``fallback`` is its kind when its words tell none."""
    i, j = span
    if j - i == 1 and s.toks[i].norm in _AUTHOR:
        return None  # "I can tell you", "I wrote a cover story": the author's own voice has no source
    if j - i > 2 and s.toks[i].is_number and s.toks[i + 1].norm in _AGED and s.is_name(i + 2):
        i += 2  # "25-year-old Guzel said": the name, not her age
    cuts = [i] + [k for k in range(i + 1, j) if s.comma(k)] + [j]
    parts = [(a, b) for n, (a, b) in enumerate(zip(cuts, cuts[1:])) if n == 0 or not _place_part(s, a, b)]
    if len(parts) < len(cuts) - 1 and len(parts) > 1:
        parts = [(i, j)]  # "The Sunnyvale, Calif., company": a town and its state inside one phrase
    if len(parts) > 1 and all(s.toks[m].surface in COMPANY_SUFFIXES for m in range(*parts[-1])):
        kind = kind or "organisation"  # "T-Mobile USA, Inc."
    kind = kind or _parts_kind(s, parts) or fallback
    if kind is None and s.toks[i].norm in s.cues.indefinite and j - i > 1:
        kind = "anonymous"  # "a local barber told", "une habitante raconte": someone the text does not name
    if kind is None:
        return None
    start, end = start_of(s, i), s.toks[j - 1].end
    if s.text[start:end].count("(") > s.text[start:end].count(")") and s.text[end : end + 1] == ")":
        end += 1  # "le président de l'Association des maires (AMF)"
    return Found(start, end, kind, (cue_start(s, cue[0]), s.toks[cue[1]].end))


def _parts_kind(s: Sentence, parts: list[tuple[int, int]]) -> str | None:
    """The kind of a phrase of appositions: the most specific of its parts' (``best_kind``); a body and its one-word
    name are the body ("the company, Boeing", "his club, Chelsea"; not "the Senate majority leader, Chuck
    Schumer")."""
    kinds = [kind_of(s.phrase(a, b)) for a, b in parts]
    if len(parts) == 2 and kinds == ["organisation", "person"] and parts[1][1] - parts[1][0] == 1 \
            and s.is_name(parts[1][0]) and s.toks[parts[1][0]].norm not in s.cues.titles:
        return "organisation"
    return best_kind(kinds)


_AGED = frozenset({"year-old", "years-old"})  # "25-year-old" (the number apart)
_AUTHOR = frozenset({"i", "je", "j"})  # the first person singular (a quote's "I" is its speaker's own)


def _place_part(s: Sentence, a: int, b: int) -> bool:
    """ "Police in Gautier, | Mississippi": a state or a country after its town's comma, no speaker of its own."""
    return b - a == 1 and _state_of_town(s, a)


def cue_start(s: Sentence, k: int) -> int:
    """A cue's first character, an elided negation kept ("n'a pas répondu")."""
    start = s.toks[k].start
    return start - 2 if start >= 2 and s.text[start - 2 : start].lower() in ("n'", "n’") else start
