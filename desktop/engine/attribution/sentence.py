"""One sentence as the attribution stage reads it (``Sentence``): its tokens with the cues of its language, where
punctuation breaks a phrase, its quotes, its dateline; and what the stage finds in it (``Found``, ``found_at``).

Token indices throughout; ``Sentence.gap(i)`` is the text between token ``i - 1`` and token ``i``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..features import Token, strip_accents
from .cues import COMPANY_SUFFIXES, LOWER_CASE_OUTLETS, Cues
from .elisions import split_elided
from .german import german_tokens
from .kind import best_kind, kind_of
from .phrase import Phrase, is_place


_PUNCT = re.compile(r"[,;:\[\]«»\"“”—–!?.…]")
_ELIDED_STOP = re.compile(r"\b(?:qu|lorsqu|puisqu|quoiqu)['’]\s*$", re.I)


# A wire report's dateline: "PARIS (AFP) - ", "VILLACOUBLAY, Yvelines (Reuters) - ", "PARIS - "
_DATELINE = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý' .-]+(?:,[^()\n]{1,40}?)?\s*(?:\((?P<outlet>[^()]{2,30})\))?\s+[-–—]\s*")
# … and a Spanish agency's: the town as written (its country in brackets), the day and month, the agency, ".-"
# ("Castellón, 19 ago (EFE).- ", "Madrid, 3 mar. (Europa Press) - ", "San Fernando (Argentina), 14 mar (EFE).- ")
_AGENCY_DATELINE = re.compile(r"\s*[A-ZÀ-Ý][\w'’ .-]{1,40}?(?:\s*\([^()]{2,30}\))?,\s*\d{1,2}\s+"
                              r"(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic)[a-z]{0,7}\.?\s*"
                              r"\((?P<outlet>[^()]{2,30})\)\.?\s*[-–—]\s*")


# the dateline as details read it: a town in capitals, a region or country in a few capitalised words, the agency,
# a dash (not "SNCF, which runs 15,000 trains a day - more than …", not "E - Voting")
_WIRE_DATELINE = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]*[A-ZÀ-Ý]"  # "TORREALBA DE LA SIERRA, Spain, July 16 (Reuters) - "
                            r"(?:,\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|del|di|du|des|da|do|von|van)\s+)?[A-ZÀ-Ý0-9][\w'’.-]*)"
                            r"{0,2}){0,2}"  # "SAN TELMO, Valle de Orbán, March 12 (…) - "
                            r"(?:,\s*\d{1,2}(?:er|º)?\s+(?:de\s+)?[a-zà-ÿ]{3,10}\.?)?"  # "VALMARRA, 17 mai 2025 (AFP) - "
                            r"(?:,?\s+(?:de\s+)?\d{4})?\s*(?:\([^()]{2,30}\))?\s+[-–—]\s*")


def dateline_end(text: str) -> int:
    """Where a sentence's wire dateline ends ("PARIS (AFP) - ", "SAINT-AUBIN-DES-PRES, France (Continental Press) -
    "), or a wire headline's desk word ("UPDATE 2-Norland central bank surprises …": "UPDATE 2" had been marked as a
    number only its report gives), or 0 without one."""
    m = _WIRE_DATELINE.match(text) or _AGENCY_DATELINE.match(text) or _DESK_WORD.match(text)
    return m.end() if m else 0


# the desk's word before a wire headline: its version ("UPDATE 2-", "WRAPUP 1-") or its kind ("EXCLUSIVE-", "FACTBOX-")
_DESK_WORD = re.compile(r"(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|EXCLUSIVE|FOCUS|ANALYSIS|INSIGHT|FACTBOX|EXPLAINER|"
                        r"BREAKINGVIEWS|URGENT)(?: \d{1,2})?-(?=[A-Z])")


QUOTE_MARK = re.compile(r"[«»\"“”]")  # a quotation mark, opening or closing
_SPACED_DASH = re.compile(r"\s-|-\s")  # "selon M. Leonetti - les députés", "-crise en Géorgie- M. Kouchner": an aside
_COMMA = re.compile(r"(?:\)?\s*,|\s+[-–—])\s*(?:[ldsnLDSN]['’]|[jJ]usqu['’])?")  # a comma, or a dash setting off an aside
_ABBREVIATIONS = frozenset("m mme mr mrs ms dr st gov sen rep gen lt col jr sr inc corp co ltd capt cpl sgt det insp "
                           "supt cmdr adm maj pvt prof atty dist asst inf snr comr brig const".split())  # "Homicide Capt. James Clark"


# The AP's abbreviations of U.S. states, capitalised in a dateline or after a town ("Police in Gautier, Miss. said")
_US_STATES = frozenset("ala ariz az ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb "
                       "nev okla ore pa tenn vt va wash wis wyo".split())
_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep oct nov dec".split())  # before a day: "the Aug. 27 memo"


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
        if self.cues.elided_preps:
            self.toks = split_elided(self.toks, self.cues.elided_preps)
        if self.cues.compounds:
            self.toks = german_tokens(self.toks, self.text, self.cues)
        self.dateline = _DATELINE.match(self.text) or _AGENCY_DATELINE.match(self.text)  # its dash ends it as a
        #                                                                                   full stop would
        self.after_dateline = self.dateline.end() if self.dateline else -1
        self.quotes = self._without_incises(quoted_spans(self.text) or self.quotes)

    def _without_incises(self, quotes: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        """The quotes without the narrator's words set in dashes inside them («Todo apunta a un fallo —declaró el
        jefe de bomberos—, pero…»): an incise opening on a verb of saying is no one's quote."""
        out = []
        for a, b in quotes:
            cut = a
            for m in _INCISE.finditer(self.text, a, b):
                verb = next((t for t in self.toks if t.start >= m.start(1)), None)
                if verb is not None and (verb.lemma in self.cues.say or verb.norm in self.cues.say):
                    out.append((cut, m.start()))
                    cut = m.end()
            out.append((cut, b))
        return tuple(out)

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
        state = k > 0 and state_of_town(self, k)  # "Police in Gautier, Miss. said"
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
_INCISE = re.compile(r"—\s*([^—]{3,}?)\s*—")
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


_CLOSING = re.compile(r"[»”]")
_OPENING = re.compile(r"[«“]")


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


def state_of_town(s: Sentence, i: int) -> bool:
    """ "Gautier, | Miss.": a U.S. state after its town's comma belongs to the phrase."""
    t = s.toks[i]
    dotted = s.text[t.end:t.end + 1] == "."  # "Miss." (not "Miss Universe", "Mo Farah", "Del Piero")
    return s.lang == "en" and t.norm in _US_STATES and t.surface[:1].isupper() and s.gap(i).strip() == "," \
        and s.toks[i - 1].surface[:1].isupper() and dotted


WEEKDAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi".split())
MONTHS = frozenset("january february march april may june july august september october november december janvier "
                   "février mars avril mai juin juillet août septembre octobre novembre décembre".split())
# Spanish days and months, written in lower case (capitalised, "Domingo", "Julio" are names)
SPANISH_DATES = frozenset("""lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio
    julio agosto septiembre setiembre octubre noviembre diciembre ayer anoche""".split())
DATE_WORDS = WEEKDAYS | MONTHS | {"hier"} | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split())  # "samedi 4 novembre", "hier soir", "Tuesday"


# words of a time said in passing ("a déclaré, mardi, le ministre", "informaron este jueves fuentes oficiales")
TIME_FRAMES = frozenset("la le l this ce cette last next el este esta".split())
TIME_ASIDE = TIME_FRAMES | frozenset("""semaine dernière dernier prochain prochaine week month year mois année
    aujourd'hui today yesterday matin soir morning evening night semana pasado pasada próximo próxima hoy tarde
    noche madrugada mes año""".split())


def date_word(t: Token) -> bool:
    """A day, a month or "yesterday" (a Spanish one in lower case only)."""
    return t.norm in DATE_WORDS or (t.norm in SPANISH_DATES and t.surface.islower())


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
    i, j = _through_quoted_name(s, span)
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
    return Found(start, _closed(s.text, start, end), kind, (cue_start(s, cue[0]), s.toks[cue[1]].end))


def _through_quoted_name(s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """``span``, run on through the name in quotes its last word leads to ('le site internet du "Parisien"', "the
    editor of the « Monde »"): a phrase does not stop on "du" before a quote mark."""
    i, j = span
    if j >= len(s.toks) or s.toks[j - 1].norm not in _LEADS_TO_NAME or not QUOTE_MARK.search(s.gap(j)):
        return span
    end = quote_end(s, j, j)
    return (i, end) if end is not None and s.toks[j].surface[:1].isupper() else span


def quote_end(s: Sentence, k: int, first: int) -> int | None:
    """After the last token, from ``first`` on and within ``TITLE_WORDS`` tokens of ``k``, inside the quote that
    token ``k`` stands in (a name or a title in quotes); None when ``k`` stands in none or no such token is in it."""
    quote = quote_of(s, k)
    if quote is None:
        return None
    inside = [m for m in range(first, min(len(s.toks), k + 1 + TITLE_WORDS)) if s.toks[m].end <= quote[1]]
    return inside[-1] + 1 if inside else None


def quote_of(s: Sentence, k: int) -> tuple[int, int] | None:
    """The quote (its span in the sentence) that token ``k`` stands in, if any."""
    return next(((a, b) for a, b in s.quotes if a <= s.toks[k].start < b), None)


TITLE_WORDS = 6  # a name's or a title's words in quotes ("Journal du dimanche", "La France insoumise")
_LEADS_TO_NAME = frozenset({"du", "de", "des", "d", "of", "the", "le", "la", "les", "au", "aux"})


def _closed(text: str, start: int, end: int) -> int:
    """``end``, past the closing quote mark of a title the phrase opens a quote for ('the "Wall Street Journal"',
    "le « Journal du dimanche »"): the phrase does not end inside its own quote."""
    phrase, after = text[start:end], text[end : end + 2]
    if phrase.count("«") > phrase.count("»") and after.lstrip(" \u00a0\u202f").startswith("»"):
        return end + len(after) - len(after.lstrip(" \u00a0\u202f")) + 1
    if (phrase.count("“") > phrase.count("”") and after.startswith("”")) or (phrase.count('"') % 2 and after[:1] == '"'):
        return end + 1
    return end


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
    return b - a == 1 and state_of_town(s, a)


def cue_start(s: Sentence, k: int) -> int:
    """A cue's first character, an elided negation kept ("n'a pas répondu")."""
    start = s.toks[k].start
    return start - 2 if start >= 2 and s.text[start - 2 : start].lower() in ("n'", "n’") else start
