"""Hedges: the words by which a version says less than another ("at least 12" / "12", "was probably caused" /
"was caused", "aurait été tué" / "a été tué").

A fact-checker reads "at least 12 dead" and "12 dead" as two claims, and "the suspect allegedly set fire" as a
weaker one than "the suspect set fire". These words are small words ("at", "least", "may", "au moins") that a
detail never ended on, so the version that hedged showed nothing. Here a qualifier right before a number
("at least", "more than", "up to", "nearly", "au moins", "plus de", "près de", "environ") and a word that makes a
statement uncertain ("probably", "allegedly", "reportedly", "may", "probablement", "présumé", the French
conditional of report "aurait", "auraient") are a detail's words when the other version does not write them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .features import Token

# Words before a number that bound or round it, by what they say of it: about it, at least it, at most it.
ABOUT, AT_LEAST, AT_MOST = "about", "at least", "at most"
_QUALIFIERS = {
    "en": {ABOUT: (("about",), ("around",), ("roughly",), ("approximately",), ("some",), ("an", "estimated")),
           AT_LEAST: (("at", "least"), ("more", "than"), ("over",), ("above",), ("upwards", "of")),
           AT_MOST: (("at", "most"), ("up", "to"), ("as", "many", "as"), ("fewer", "than"), ("less", "than"),
                     ("under",), ("below",), ("nearly",),
                     ("almost",), ("just", "under"))},
    "fr": {ABOUT: (("environ",), ("quelque",), ("quelques",), ("approximativement",)),
           AT_LEAST: (("au", "moins"), ("plus", "de"), ("plus", "d"), ("pas", "moins", "de"), ("pas", "moins", "d")),
           AT_MOST: (("au", "plus"), ("moins", "de"), ("moins", "d"), ("près", "de"), ("près", "d"), ("jusqu", "à"),
                     ("presque",))},
    # read in Spanish, German, Italian and Portuguese reports too: a figure's rounding and bounds are compared in any language
    "es": {ABOUT: (("unos",), ("unas",), ("alrededor", "de"), ("alrededor", "del"), ("aproximadamente",),
                   ("cerca", "de"), ("cerca", "del")),
           AT_LEAST: (("al", "menos"), ("por", "lo", "menos"), ("más", "de"), ("más", "del")),
           AT_MOST: (("hasta",), ("menos", "de"), ("menos", "del"), ("casi",))},
    "de": {ABOUT: (("etwa",), ("rund",), ("ungefähr",), ("circa",), ("ca",)),
           AT_LEAST: (("mindestens",), ("mehr", "als"), ("über",), ("wenigstens",)),
           AT_MOST: (("höchstens",), ("bis", "zu"), ("weniger", "als"), ("fast",), ("knapp",), ("beinahe",))},
    "it": {ABOUT: (("circa",), ("intorno", "a"), ("intorno", "al"), ("intorno", "all")),
           AT_LEAST: (("almeno",), ("più", "di"), ("più", "del"), ("più", "dell"), ("oltre",)),
           AT_MOST: (("fino", "a"), ("fino", "al"), ("fino", "all"), ("meno", "di"), ("meno", "del"),
                     ("meno", "dell"), ("quasi",))},
    "pt": {ABOUT: (("cerca", "de"), ("aproximadamente",), ("uns",), ("umas",)),
           AT_LEAST: (("pelo", "menos"), ("ao", "menos"), ("mais", "de")),
           AT_MOST: (("até",), ("menos", "de"), ("quase",))},
}
_UNCERTAIN = {
    "en": frozenset({"probably", "possibly", "likely", "allegedly", "reportedly", "apparently", "presumably",
                     "supposedly", "purportedly", "seemingly", "perhaps", "maybe", "may", "might", "alleged",
                     "suspected", "unconfirmed"}),
    "fr": frozenset({"probablement", "vraisemblablement", "apparemment", "possiblement", "présumé", "présumée",
                     "présumés", "présumées", "supposé", "supposée", "supposés", "supposées", "aurait", "auraient",
                     "pourrait", "pourraient", "envisage", "envisagent", "envisageait", "envisagerait"}),
    "es": frozenset({"probablemente", "presuntamente", "supuestamente", "posiblemente", "aparentemente", "quizá",
                     "quizás", "podría", "podrían", "habría", "habrían", "presunto", "presunta", "presuntos",
                     "presuntas"}),
}
# what a version only weighs, after an auxiliary: "was considering an appeal" / "would appeal" (a QA helper's verdict
# reports: one claim with nothing marked); not "considering the risks", a preposition
_WEIGHING = frozenset({"considering", "weighing", "mulling", "contemplating"})
_AUXILIARIES = frozenset({"is", "was", "are", "were", "be", "been", "still"})
_WEIGHED = frozenset({"a", "an", "the", "its", "his", "her", "their", "whether", "legal"})  # "considering an appeal",
#                                                        "is considering the evacuation", "weighing whether to"
_NOT_WEIGHED = frozenset({"verdict", "verdicts"})  # "the jury was considering its verdict": a jury at work
_WEIGHING_ES = frozenset({"estudia", "estudian", "sopesa", "sopesan", "baraja", "barajan"})  # before an infinitive:
#                                                        "estudia recurrir la sanción" (not "estudia las imágenes")


def _by_first_word() -> dict[str, dict[str, list[tuple[tuple[str, ...], str]]]]:
    """Per language, the qualifiers by their first word, longest first: each token is tried against its own only."""
    out: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
    for lang, bounds in _QUALIFIERS.items():
        for bound, phrases in bounds.items():
            for words in phrases:
                out.setdefault(lang, {}).setdefault(words[0], []).append((words, bound))
    for table in out.values():
        for found in table.values():
            found.sort(key=lambda x: -len(x[0]))
    return out


_BY_FIRST_WORD = _by_first_word()


def qualifiers(tokens: tuple[Token, ...], lang: str, is_number, is_share=lambda k: False) -> dict[int, str]:
    """{token: what it says of the number after it (``ABOUT``, ``AT_LEAST``, ``AT_MOST``)} for the words that
    qualify a number (``is_number(k)``: token ``k`` is one, in digits or words; ``is_share(k)``: a percentage),
    with the article an Italian, Spanish or Portuguese bound may put before it ("oltre il 4%", "casi un 4%")."""
    out: dict[int, str] = {}
    starts = _BY_FIRST_WORD.get(lang, {})
    for k, tok in enumerate(tokens):
        if k in out:
            continue  # inside a longer qualifier ("moins de" of "pas moins de")
        for words, bound in starts.get(tok.norm, ()):
            end = _qualified(tokens, k, words, lang, is_number, is_share)
            if end is None or (len(words) == 1 and words[0] in _PREPOSITIONS and k > 0 and not is_share(end)
                               and not tokens[k - 1].stop and tokens[k - 1].norm not in _QUANTIFYING) \
                    or (words == ("hasta",) and _from_before(tokens, k)) \
                    or (words == ("up", "to") and k > 0 and tokens[k - 1].lemma in _UP_VERBS):
                continue  # "questions about 2,000 documents", "a strike over 300 job cuts", "de 2024 hasta 2026";
                #           "to pick up to 1.2%": a move up, to 1.2%, no bound
                #           (a share's bound after any verb: "verlor über 4 Prozent", "ha perso oltre il 4%")
            first = k - 1 if k > 0 and tokens[k - 1].norm in _NEGATIONS else k
            if first < k:  # "no more than 20": at most 20
                bound = {AT_LEAST: AT_MOST, AT_MOST: AT_LEAST}.get(bound, bound)
            out.update((j, bound) for j in range(first, end))
            break
    return out


def _qualified(tokens: tuple[Token, ...], k: int, words: tuple[str, ...], lang: str, is_number,
               is_share) -> int | None:
    """The number token the qualifier ``words`` at token ``k`` opens, past an article before a share ("oltre il 4%",
    "più dell'8%", "cayó casi un 4%"; not "fino al 2030", a year); None where they are not there or open no number."""
    end = k + len(words)
    if end >= len(tokens) or not all(tokens[k + i].norm == w for i, w in enumerate(words)):
        return None
    if tokens[end].norm in _SHARE_ARTICLES.get(lang, ()) and end + 1 < len(tokens) and is_share(end + 1):
        return end + 1
    if words[-1] in _SHARE_ARTICLES.get(lang, ()) and not is_share(end):
        return None
    return end if is_number(end) else None


# the articles (alone or joined to "di", "a") a bound puts before a percentage: "oltre il 4%", "più del 4%",
# "casi el 4%", "más de un 4%", "quase o dobro" (no number)
_SHARE_ARTICLES = {"it": frozenset({"il", "l", "un", "del", "dell", "al", "all"}),
                   "es": frozenset({"el", "un", "del"}), "pt": frozenset({"o", "um"})}


def _from_before(tokens: tuple[Token, ...], k: int) -> bool:
    """A span's end after its start ("de 2024 hasta 2026", "desde el lunes hasta el 3"): "hasta" is "until" there."""
    return any(t.norm in ("de", "desde") for t in tokens[max(0, k - 4):k])


_NEGATIONS = frozenset({"no", "not", "pas"})
# verbs whose "up" is theirs, so that "up to" after them tells what something moved to ("growth is expected to pick up
# to 1.2%", a QA helper's growth forecast had agreed with "1.1%" as "at most 1.2%")
_UP_VERBS = frozenset("pick picks picked speed sped ramp ramped step stepped tick ticked".split())  # (not "go": "fines
#   can go up to €10,000" is a bound)


# after a small word only, or a verb that counts ("burned about 3,000", "rose to above 4%")
_PREPOSITIONS = frozenset({"about", "around", "over", "under", "above", "below", "über", "oltre"})
_QUANTIFYING = frozenset("""burned burnt scorched charred consumed destroyed damaged killed injured affected
    evacuated displaced employs employed employ cost costs lost raised drew attracted numbered totalled totaled
    reached covers covered spans spanned earn earns earned earning pay pays paid paying fetch fetched weigh weighs
    weighed measured scored owes owed prevent prevents prevented save saves saved avoid avoids avoided avert averts
    averted kill kills cut cuts shed sheds lose loses hit hits reach reaches estimate estimates estimated count
    counts counted record records recorded""".split())  # ("will earn about £220,000 a week": a footballer's wage;
#   "could prevent around 8,000 deaths a year": a QA helper's drug-trial report's hedge had read as no hedge, and the
#   other report's "around 8,000" as a hedge only it gave)


def uncertain(tokens: tuple[Token, ...], lang: str) -> frozenset[int]:
    """The words that make what a sentence says uncertain ("allegedly", "aurait")."""
    words = _UNCERTAIN.get(lang, frozenset())
    return frozenset(k for k, t in enumerate(tokens) if (t.norm in words and (t.surface[:1].islower() or k == 0)
                     and not (t.norm == "may" and t.surface[:1].isupper()))  # "Theresa May", "in May"
                     or (lang == "en" and t.norm in _WEIGHING and _weighed(tokens, k))
                     or (lang == "es" and t.norm in _WEIGHING_ES and k + 1 < len(tokens)
                         and tokens[k + 1].norm.endswith(("ar", "er", "ir"))))


def _weighed(tokens: tuple[Token, ...], k: int) -> bool:
    """ "was considering an appeal", "is weighing whether to": a step only weighed, after an auxiliary."""
    after = [t.norm for t in tokens[k + 1:k + 3]]
    return bool(k) and tokens[k - 1].norm in _AUXILIARIES and bool(after) \
        and (after[0] in _WEIGHED or after[0].endswith("ing")) and not set(after) & _NOT_WEIGHED
