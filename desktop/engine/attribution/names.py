"""Which bare names of a report are organisations: read from the report's other mentions of the same name.

"Brightwater said" or "Enedis précise" tells nothing by itself: a single capitalised word could be a person's
surname or a company's name. The rest of the report usually tells: "Brightwater Health, which runs six
hospitals" or "Marlow Freight Systems" (the name opens a longer name whose next word is a common word or an
institution's noun), "le groupe Dalmont" (an institution's noun just before it), against "Philippe Dalmont" or
"M. Dalmont" (a first name or a title just before it: a surname). The mentions are counted; a tie stays a person.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..features import SentenceFeatures, Token
from .agencies import AGENCY
from .cues import COMPANY_SUFFIXES, CUES, INSTITUTIONS, Cues
from .people import SPOKES
from .phrase import institution, person_noun, possessive, singular


@dataclass(frozen=True)
class NameUses:
    """For each name (its words in lower case), how often the report uses it as an organisation's and as a
    person's."""

    organisation: Counter
    person: Counter
    titled: frozenset[str] = frozenset()  # titles the report gives a named person ("Me Meyer, l'avocate du trader")
    closing: frozenset[str] = frozenset()  # words that close a run of names ("Sanders" in "Bernie Sanders")
    outlets: frozenset[tuple[str, ...]] = frozenset()  # names the report gives a medium ("l'agence de presse X")

    def organisation_name(self, words: tuple[str, ...]) -> bool:
        return bool(words) and self.organisation[words] > self.person[words[-1:]] + self.person[words]


def name_uses(feats: list[SentenceFeatures], lang: str, texts: list[str] | None = None) -> NameUses:
    """Every capitalised run of words of the report, counted as an organisation's or a person's use of its
    leading words (``texts``: the sentences' texts, for the appositions after a name)."""
    counts = _Counts(Counter(), Counter(), set(), set(), CUES.get(lang), lang)
    for f, text in zip(feats, texts or [""] * len(feats)):
        toks = f.tokens
        for k, t in enumerate(toks):
            if not _capitalised(t) or (k > 0 and _capitalised(toks[k - 1]) and toks[k - 1].is_name
                                       and t.start - toks[k - 1].end <= 1 and not possessive(toks[k - 1])):
                continue  # only the first word of a run ("Département d'État, Ned Price": "Ned" opens one)
            run = _run(toks, k, text)
            if len(run) > 1 and not run[0].stop:
                counts.closing.add(run[-1].norm)
            _count_by_word_before(counts, toks, k, run)
            if not _count_by_apposition(counts, toks, k, run, text):
                _count_inside(counts, toks, k, run)
    cues = counts.cues
    titled = frozenset(w for f in feats for w in _titles_of_names(f.tokens, cues)) if cues else frozenset()
    return NameUses(counts.org, counts.person, titled, frozenset(counts.closing), frozenset(counts.outlets))


@dataclass
class _Counts:
    """What ``name_uses`` has counted so far, and the language it reads."""

    org: Counter
    person: Counter
    closing: set
    outlets: set
    cues: Cues | None
    lang: str

    @property
    def titles(self) -> frozenset[str]:
        return self.cues.titles if self.cues else frozenset()

    def title(self, t: Token) -> bool:
        """A title, or in German a compound whose head is one ("Ministerpräsident", "Gewerkschaftschefin")."""
        return t.norm in self.titles or (self.cues is not None and self.cues.compounds and t.surface[:1].isupper()
                                         and any(len(t.norm) >= len(h) + 3 and t.norm.endswith(h)
                                                 for h in self.titles if len(h) >= 5))


def _count_by_word_before(counts: _Counts, toks: tuple[Token, ...], k: int, run: list[Token]) -> None:
    """The run at ``k`` counted by the word right before it: a medium's noun, an institution's, a title."""
    before = toks[k - 1] if k > 0 and toks[k].start - toks[k - 1].end <= 1 else None  # not "organization, Expert"
    if before is not None and _medium_noun(toks, k - 1) and not _told(toks, k - 1):
        counts.outlets.add(tuple(x.norm for x in run))  # "l'agence de presse Chine Nouvelle (Xinhua)", "the daily X,"
    if before is not None and (before.norm in INSTITUTIONS or before.lemma in INSTITUTIONS):
        counts.org[tuple(x.norm for x in run)] += 1  # "le groupe Dalmont", "the company Brightwater"
    elif before is not None and counts.title(before):
        counts.person[tuple(x.norm for x in run)] += 1  # "M. Dalmont", "Mayor Brooks"
        if len(run) > 1:
            counts.person[(run[-1].norm,)] += 1  # "spokesman Marc Goumbri": Goumbri is a surname


def _count_by_apposition(counts: _Counts, toks: tuple[Token, ...], k: int, run: list[Token], text: str) -> bool:
    """The run at ``k`` counted by what the words after it describe it as; True when that settles its words."""
    if _described_as_institution(toks, text, k + len(run), counts.cues):
        counts.org[tuple(x.norm for x in run)] += 1  # "Natixis, filiale de banque d'investissement"
    elif _described_as_person(toks, text, k + len(run), counts.cues) \
            and (len(run) > 1 or not _common_word(toks[k], counts.lang)):
        counts.person[tuple(x.norm for x in run[-1:])] += 1  # "Paul Expert, a physicist": Expert is a surname;
        return True  # "Soelistyo, head of Indonesia's search and rescue agency": one
    return False


def _count_inside(counts: _Counts, toks: tuple[Token, ...], k: int, run: list[Token]) -> None:
    """The run at ``k`` counted by its own words: a title inside it, an institution's word or a company's suffix
    after its head, a first name before a surname."""
    lang = counts.lang
    for n in range(1, len(run)):
        head, nxt = tuple(x.norm for x in run[:n]), run[n]
        if counts.title(run[n - 1]):
            counts.person[(run[-1].norm,)] += 1  # "Foreign Minister Chrystia Freeland": Freeland is a surname
            break
        if _institution_word(nxt, lang) or (n == len(run) - 1 and nxt.surface in COMPANY_SUFFIXES):
            counts.org[head] += 1  # "Brightwater Health", "France Telecom SA" (not "Washington AG Bob Ferguson")
            if k > 0 and len(run) == 2 and not _institution(nxt) and not _common_word(run[0], lang):
                counts.person[head[1:] + (nxt.norm,)] += 1  # or "Nora Price", "Ned Price": a surname that is a word
        elif n == 1 and not _common_word(run[0], lang) and not run[0].stop:  # not "If Russia", "But Moscow"
            counts.person[tuple(x.norm for x in run[1:])] += 1  # "Philippe Dalmont": Dalmont is a surname
            counts.person[head] += 1  # and Philippe a first name ("described by Sharon", after "Sharon Osbourne")
        elif n == 1 and _word_first_name(run, lang):
            counts.person[(nxt.norm,)] += 1  # "Marta Kessel": "marta" is a Portuguese word (a marten), here a name
        elif n == 1 and _named_after(toks, k, run, lang):
            counts.person[(nxt.norm,)] += 1  # "la Alianza Progresista de Tomas Verhoeven": "tomas" is a Spanish
            #                                  word, here a first name


def _word_first_name(run: list[Token], lang: str) -> bool:
    """In Portuguese, a first name the language's dictionary holds as a word, then a surname it does not ("Marta
    Kessel", "Rosa Albuquerque"): a person; a body's name is words of the language ("Polícia Federal")."""
    return lang == "pt" and len(run) == 2 and not run[0].stop and not _institution(run[0]) \
        and not _common_word(run[1], lang) and not any(_common_word(run[0], other) for other in ("en", "fr"))


def _named_after(toks: tuple[Token, ...], k: int, run: list[Token], lang: str) -> bool:
    """A first name and a surname after a body's name and "de" / "of" ("l'Alianza Progresista de Tomas Verhoeven",
    "the Party of Anna Berg"): a person the body is named after, the first name a word of the report's language
    only (not "Bank of North America")."""
    return len(run) == 2 and k > 1 and toks[k - 1].norm in _AFTER_WHOM and toks[k - 2].surface[:1].isupper() \
        and not run[0].stop and not _institution(run[0]) and not _common_word(run[1], lang) \
        and not any(_common_word(run[0], other) for other in ("en", "fr"))


_AFTER_WHOM = frozenset({"de", "del", "of", "di", "von"})


def _medium_noun(toks: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` is a noun of a medium a name follows: "le quotidien", "the newspaper", "l'agence de presse", "the
    news agency" (not "sa conférence de presse": a name after it is the one who spoke)."""
    t = toks[k]
    if t.norm == "presse":
        return k > 1 and toks[k - 2].norm in AGENCY
    if t.norm in AGENCY:
        return k > 0 and toks[k - 1].norm in ("news", "press", "wire")
    return t.norm in _MEDIA and k > 0 and (toks[k - 1].stop or toks[k - 1].surface[:1].isupper())
    #      "le quotidien", "The Greek newspaper Kathimerini"


def _told(toks: tuple[Token, ...], k: int) -> bool:
    """The medium's noun at ``k`` is what someone told ("He told the newspaper Smith had lied": Smith lied)."""
    return any(t.lemma == "tell" or t.norm in ("told", "tells", "tell") for t in toks[max(0, k - 3):k])


_MEDIA = frozenset("""quotidien hebdomadaire journal magazine chaîne radio newspaper daily weekly tabloid broadcaster
    channel""".split())


def _titles_of_names(toks: tuple[Token, ...], cues) -> set[str]:
    """Titles written next to a name: "Jean Dupont, avocat", "Jean Dupont, the mayor's spokesman", "Mayor Jane Doe"."""
    out = set()
    for k, t in enumerate(toks):
        if not person_noun(t, cues) or not singular(t):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        named_after = nxt is not None and _capitalised(nxt) and nxt.is_name and nxt.start - t.end <= 1
        if k == 0 and t.surface[:1].isupper() and not (named_after and t.norm in cues.titles):
            continue  # "Judge Torkjel Nesheim interrupted": a title opening the sentence
        j = k - 1
        while j >= 0 and toks[j].stop:
            j -= 1  # articles: back to the word before
        named_before = k - 3 <= j and j >= 0 and _capitalised(toks[j]) and toks[j].is_name \
            and not possessive(toks[j]) and not _body_spokesperson(toks, j, k)  # "Reid's rep" names Reid
        if named_after or named_before:
            out.add(t.norm)
    return out


def _body_spokesperson(toks: tuple[Token, ...], j: int, k: int) -> bool:
    """ "A Sam's Club spokesperson", "a Navy spokesman": a name right before the word is whose spokesperson it is,
    not the spokesperson's name (that comes after: "spokesman John Kirby", or before a comma: "Kirby, spokesman")."""
    return j == k - 1 and toks[k].norm in SPOKES and toks[k].start - toks[j].end <= 1


def _described_as_institution(toks: tuple[Token, ...], text: str, k: int, cues) -> bool:
    """An apposition after a name (ending before token ``k``) that opens with an institution's noun: "Natixis,
    filiale de …", "Dalmont, le groupe de BTP, …", "Brightwater, a company that …"."""
    if not text or k >= len(toks) or text[toks[k - 1].end:toks[k].start].strip() != ",":
        return False
    while k < len(toks) - 1 and cues is not None and toks[k].norm in cues.det:
        k += 1
    if toks[k].surface in COMPANY_SUFFIXES:
        return True  # "Summit Entertainment, LLC"
    head = None
    for t in toks[k : k + _DESCRIPTION]:  # "World Vision Indonesia, a relief agency": its head noun, the last word
        if t.stop or t.is_name or t.is_number:  # before a small word or a mark ("le groupe | de BTP")
            break
        head = t
        if text[t.end : t.end + 1] in (",", ";", ".", ")"):
            break
    return head is not None and institution(head)  # not "a navy spokesman"; not "Sandrine, opératrice sur la ligne"


def _described_as_person(toks: tuple[Token, ...], text: str, k: int, cues) -> bool:
    """An apposition after a name (ending before token ``k``) that opens with a noun of people: "Paul Expert, a
    physicist at King's College", "Marie Dupont, avocate"."""
    if not text or cues is None or k >= len(toks) or text[toks[k - 1].end:toks[k].start].strip() != ",":
        return False
    while k < len(toks) - 1 and toks[k].norm in cues.det:
        k += 1
    for t in toks[k : k + _DESCRIPTION]:  # "the former Swedish prime minister", "a consumer products analyst"
        if person_noun(t, cues) and singular(t):
            return True
        if t.norm in cues.det or t.is_number or text[t.end : t.end + 1] in (",", ";", ".", ")"):
            return False  # "Nike, the maker of ...": only the description's own head counts
    return False


_DESCRIPTION = 4  # words of an apposition up to its head noun


def _capitalised(t: Token) -> bool:
    return t.surface[:1].isupper() and not t.is_number


def _run(toks: tuple[Token, ...], k: int, text: str = "") -> list[Token]:
    """The capitalised words from ``k`` on; a possessive ends the run ("France's | Peugeot": no first name), and
    counts as the name it is of ("Prime Minister Henrik Morandi's plan": "Morandi" is a surname)."""
    run = [toks[k]]
    while k + len(run) < len(toks) and _capitalised(toks[k + len(run)]) and not possessive(run[-1]) \
            and toks[k + len(run)].start - run[-1].end <= 1 + (_initial(run[-1], text) and not toks[k + len(run)].stop):
        run.append(toks[k + len(run)])
    if possessive(run[-1]) and len(run[-1].norm) > 2:
        run[-1] = replace(run[-1], norm=run[-1].norm[:-2])
    return run


def _initial(t: Token, text: str) -> bool:
    """A capital letter standing for a first name ("P.J. Crowley"): a space may follow its dot (not "Plan B. The",
    "Group A, Russia")."""
    return len(t.surface) == 1 and t.surface.isupper() and text[t.end : t.end + 1] == "."



def _institution_word(t: Token, lang: str) -> bool:
    return _institution(t) or _common_word(t, lang)


def _institution(t: Token) -> bool:
    return t.norm in INSTITUTIONS or t.lemma in INSTITUTIONS


def _common_word(t: Token, lang: str) -> bool:
    """A word of the language's dictionary in lower case ("Health", "Freight"), not a name's."""
    from ..lemmas import shared_lemmas

    return len(t.norm) > 3 and shared_lemmas().known(t.norm, lang)


def many(phrase: str) -> bool:
    """A phrase naming several speakers by a plural article or number ("ses détracteurs", "plusieurs sources",
    "two officials", "des responsables américains"): no "il", "elle", "he" or "she" stands for them."""
    words = phrase.replace("’", "'").split()
    first = words[0].lower() if words else ""  # "d’autres"
    headed = words and "," not in phrase and not any(w.lower() in _OF for w in words)  # not "the head of the investigators"
    last = words[-1] if headed else ""
    plural = last.islower() and last.endswith("s") and not last.endswith("ss") and (
        any(last in c.roles for c in CUES.values()) or last.endswith(CUES["en"].human_endings))
    return first in _MANY or first.isdigit() or plural  # "prosecutors", "U.S. officials"


_OF = frozenset("of for from at in with de du des d'".split())
_MANY = frozenset("""les des ses leurs nos vos plusieurs certains certaines quelques deux trois quatre cinq six sept
    huit dix nombre d'autres autres some several two three four five many other others""".split())
