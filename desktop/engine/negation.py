"""Negation: one version says a thing did not happen where another says it did.

"Police did not confirm the cause of the fire" / "Police confirmed the cause of the fire": every content word of
one is in the other, so details marked nothing, yet the two say opposite things. The words that negate ("not",
"never", "no", "n't"; "ne … pas", "jamais", "aucun", "ne … plus"; "no", "nunca", "ningún") are small words a diff
passes over. Here each is found with the word it negates (the verb or noun after it in English and Spanish; in
French the verb between "ne" and "pas", or after "pas" in a compound tense, the noun after "aucun"), so that
details can set "not confirm" against
"confirmed" when the other version has that word without a negation, and a word that counts none ("aucune personne",
"no one") against the number the other version gives in its place (``details.fact_conflicts``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .features import Token

_AFTER = {  # markers whose negated word follows them
    "en": frozenset({"not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot"}),
    "fr": frozenset({"aucun", "aucune", "nul", "nulle", "sans"}),  # "sans exclure" = "n'exclut pas"
    "es": frozenset({"no", "nunca", "jamás", "tampoco", "ningún", "ninguna", "ninguno", "nadie", "nada", "sin"}),
}
# "ne … pas": the verb between
_AROUND = {"fr": frozenset({"pas", "jamais", "rien", "personne", "guère", "nullement", "point", "ni"})}
_QUANTIFIERS = frozenset({"aucun", "aucune", "nul", "nulle"})  # "aucune personne": "personne" is their noun
# before "personne", a determiner makes it a noun ("une personne", "aucune personne"), not "ne … personne" (nobody)
_DETERMINERS = frozenset({"une", "la", "cette", "chaque", "toute", "quelque"}) | _QUANTIFIERS
# Words that count none ("zero" too): a number in their place in the other version says how many ("pulled no one
# alive" / "pulled 45 people alive": ``details.fact_conflicts``); read as counts by ``details.conflicts`` too
NONE_WORDS = frozenset({"no", "none", "nobody", "nothing", "zero", "aucun", "aucune", "nul", "nulle", "personne",
                        "rien", "ningún", "ninguna", "ninguno", "nadie", "nada"})
_NE_PLUS = "plus"  # a negation only after "ne" / "n'" ("il n'est plus", not "plus de 300")
_NE = re.compile(r"\bn(?:e\b|['’])", re.I)
REACH = 3  # words between a marker and the word it negates


def negations(tokens: tuple[Token, ...], text: str, lang: str) -> dict[int, int]:
    """{marker token: the token of the word it negates} for each negation of a sentence."""
    out: dict[int, int] = {}
    for k, tok in enumerate(tokens):
        word = _negated(tokens, text, lang, k)
        if word is not None:
            out[k] = word
    return out


def _negated(tokens: tuple[Token, ...], text: str, lang: str, k: int) -> int | None:
    word = _negated_word(tokens, text, lang, k)
    if word is None or (k > 0 and tokens[k - 1].norm == "if"):  # "dozens, if not hundreds"
        return None
    if lang == "en" and k + 1 < len(tokens) and tokens[k + 1].surface[:1].isdigit() \
            and (tokens[k].surface == "No" or text[tokens[k].end:tokens[k].end + 1] == "."):
        return None  # "the No 11 shirt", "No 10 said", "No. 10": the number's sign (not "no 911 calls"; "No deaths")
    after = {t.norm for t in tokens[word + 1:word + 3]} | {t.norm for t in tokens[k + 1:word]}
    if after & _NOT_A_DENIAL and not _says_that(tokens, word) and tokens[k].norm not in _DENIALS.get(lang, ()):
        return None  # "not arrested until Tuesday" (arrested, later); "ne reste plus que vingt" (only twenty)
    return word


def _says_that(tokens: tuple[Token, ...], word: int) -> bool:
    """A verb of saying or thinking right before "que": what follows is what is said ("n'a pas déclaré que …")."""
    return tokens[word].lemma in _SAYING and word + 1 < len(tokens) and tokens[word + 1].norm in ("que", "qu")


_NOT_A_DENIAL = frozenset({"until", "till", "before", "que", "qu"})
# Verbs of saying and thinking whose "que" opens what is said: "n'a pas déclaré que …" denies the statement, where
# "ne touche pas que les banques", "n'a jamais coûté que 3 millions" say "only"
_SAYING = frozenset("""dire déclarer affirmer annoncer confirmer indiquer préciser assurer estimer penser croire savoir
                       expliquer prétendre juger considérer reconnaître ajouter souligner exclure exclu écarter nier
                       démentir descartar excluir negar""".split())  # "n'a pas exclu que", "no descartó que"


def _negated_word(tokens: tuple[Token, ...], text: str, lang: str, k: int) -> int | None:
    norm = tokens[k].norm
    if norm in _REFUSALS.get(lang, ()) and (verb := _refused_verb(tokens, k, lang)) is not None:
        return verb  # "refused to concede" says "did not concede" ("a refusé de", "se negó a"), against "conceded"
    if norm in _DENIALS.get(lang, ()):
        return _denied_verb(tokens, text, lang, k)
    if lang == "fr" and norm in _QUANTIFIERS and k + 1 < len(tokens) and tokens[k + 1].norm == "personne":
        return k + 1  # "aucune personne": a noun, though "personne" is a stop word (the pronoun "nobody")
    if norm in _AFTER.get(lang, ()) or (lang == "en" and norm.endswith("n't")):
        return _content_after(tokens, k)
    if norm == "personne" and k > 0 and tokens[k - 1].norm in _DETERMINERS:
        return None  # "une personne": a noun ("ne … personne": nobody)
    if norm in _AROUND.get(lang, ()) or (norm == _NE_PLUS and lang == "fr"):
        ne = _ne_before(tokens, text, k)
        if ne is None:
            return None  # "pas" or "plus" with no "ne" ("un pas", "plus de 300"): no negation read
        between = [j for j in range(max(0, k - REACH), k) if not tokens[j].stop and tokens[j].start > ne]
        return between[0] if between else _content_after(tokens, k)  # "n'exclut pas", "ne savent toujours pas";
        #                                                               "n'a pas confirmé"
    return None


# A refusal of what follows "to": the verb after it is not done
_REFUSALS = {
    "en": frozenset({"refuse", "refuses", "refused", "refusing", "declined", "declines", "decline", "declining"}),
    "fr": frozenset({"refuse", "refusent", "refusé", "refusait", "refusaient", "refusant"}),
    "es": frozenset({"negó", "negaron", "niega", "niegan", "rehusó", "rehusaron"}),
}
_TO = frozenset({"to", "de", "d", "a"})

def _refused_verb(tokens: tuple[Token, ...], k: int, lang: str) -> int | None:
    """The verb the refusal at ``k`` refuses, after "to" / "de" / "a" and a pronoun or "be" ("refused to concede",
    "refused to be evacuated", "a refusé de le recevoir", "se negó a entregarse"); None for a figure ("Exports
    declined to 5 billion"), for people ("negó a los periodistas el acceso"), for Spanish "negar" without its "se",
    and for a refusal negated itself ("no se negó a declarar")."""
    if k + 2 >= len(tokens) or tokens[k + 1].norm not in _TO:
        return None
    j = k + 2
    while j + 1 < len(tokens) and j < k + 4 and tokens[j].norm in _BEFORE_VERB:
        j += 1
    verb = tokens[j]
    if verb.stop or verb.is_number or verb.is_name or (lang != "en" and not verb.norm.endswith(_INFINITIVES)):
        return None
    before = [t.norm for t in tokens[max(0, k - 3):k]]
    if lang == "es" and before[-1:] != ["se"]:
        return None  # "negó a", "rechazó a": denied someone something
    negated = any(w in _DENIED or w.endswith("n't") for w in before[-2:] if w != "se") \
        or (before[-1:] == ["se"] and any(w in _DENIED for w in before[-3:-1]))
    return None if negated else j


_BEFORE_VERB = frozenset("be le la les l lui leur se s me m te t nous vous lo los las le les".split())  # "to be
#                                                                                           evacuated", "de le recevoir"
_INFINITIVES = ("ar", "er", "ir", "re", "ír", "arse", "erse", "irse", "arlo", "erlo", "irlo", "arla", "erla", "irla")
#               "declarar", "reconnaître", "répondre", "entregarse"

# A denial of what follows "that" ("The airline denied that the pilots had reported a fault" against "the pilots had
# reported a fault": a QA helper's crash-landing reports grouped the two as one claim with no warning): the clause's
# verb is what is negated
_DENIALS = {
    "en": frozenset({"deny", "denies", "denied", "denying"}),
    "fr": frozenset({"dément", "démentent", "démenti", "démentait", "démentaient", "nie", "nient", "nié", "niait"}),
    "es": frozenset({"niega", "niegan", "negó", "negaron", "negado", "negaba", "negaban"}),
}
_THAT = {"en": re.compile(r"\s*that\b", re.I), "fr": re.compile(r"\s*(?:que\b|qu['’])", re.I),
         "es": re.compile(r"\s*que\b", re.I)}
_DENIED = frozenset({"not", "never", "no", "n't", "pas", "jamais", "nunca", "nadie", "nobody"})  # "did not deny that"
_AUXILIARIES = frozenset({"have", "be", "do", "avoir", "être", "haber", "estar", "ser"})
_CLAUSE_REACH = 6  # words after "that" where the clause's verb is looked for


def _denied_verb(tokens: tuple[Token, ...], text: str, lang: str, k: int) -> int | None:
    """The verb of the clause a denial at ``k`` denies ("denied that the pilots had reported": "reported"), or None
    when no "that" follows or the denial is itself negated ("did not deny that", "n'a pas démenti que"): the word
    after an auxiliary, else the clause's first content word that does not name its subject (a noun after a
    determiner, a name)."""
    if k + 1 >= len(tokens) or not _THAT[lang].match(text, tokens[k].end) or _denial_denied(tokens, k):
        return None
    start = k + 2 if tokens[k + 1].norm in ("that", "que", "qu") else k + 1
    window = range(start, min(len(tokens), start + _CLAUSE_REACH))
    aux = next((j for j in window if tokens[j].stop and tokens[j].lemma in _AUXILIARIES), None)
    if aux is not None:
        return _content_after(tokens, aux)
    content = [j for j in window if not tokens[j].stop]
    if len(content) > 1 and (tokens[content[0]].is_name or tokens[content[0] - 1].stop):
        return content[1]  # "denied that the crew ignored": the crew is who, "ignored" what is denied
    return content[0] if content else None


def _denial_denied(tokens: tuple[Token, ...], k: int) -> bool:
    """The denial at ``k`` is itself negated in its verb group: right before it, or before one auxiliary ("never
    denied", "did not deny", "n'a pas démenti", "no negó"); not "would not comment but denied that", nor "Police,
    not the army, denied that"."""
    def negator(t: Token) -> bool:
        return t.norm in _DENIED or t.norm.endswith("n't")
    return (k > 0 and negator(tokens[k - 1])) or (k > 1 and negator(tokens[k - 2]) and tokens[k - 1].stop
                                                  and tokens[k - 1].lemma in _AUXILIARIES)


def _ne_before(tokens: tuple[Token, ...], text: str, k: int) -> int | None:
    """Where the last "ne" or "n'" within ``REACH`` words before token ``k`` is written, or None."""
    found = list(_NE.finditer(text, tokens[max(0, k - REACH - 1)].start, tokens[k].start))
    return found[-1].start() if found else None


# Words that may stand between a negation and the word it negates: auxiliaries, adverbs, clitic pronouns ("has not
# been confirmed", "did not immediately confirm", "n'a pas été confirmé", "ne pas se suicider"). Any other small
# word ends the reach: "not at the church" negates no "church" ("Palin, who was not at the church" against
# "Palin visited the church" is no contradiction).
_SKIPPABLE = frozenset({"be", "been", "being", "yet", "ever", "even", "always", "immediately", "officially",
                        "publicly", "directly", "fully", "été", "être", "avoir", "se", "s", "me", "te", "nous", "vous",
                        "le", "la", "les", "lui", "leur", "y", "en", "encore", "toujours", "officiellement",
                        # Spanish clitics and auxiliaries ("no lo ha confirmado", "no se ha recurrido", "no hubo")
                        "lo", "los", "las", "nos", "ha", "han", "había", "habían", "habrá", "hay", "hubo", "sido",
                        "todavía", "aún"})


def _content_after(tokens: tuple[Token, ...], k: int) -> int | None:
    for j in range(k + 1, min(len(tokens), k + 1 + REACH)):
        if not tokens[j].stop:
            return j
        if tokens[j].norm not in _SKIPPABLE:
            return None
    return None


def negation_span(tokens: tuple[Token, ...], k: int, w: int) -> tuple[int, int]:
    """First and last token of a negation with the word it negates, a "ne" before them included."""
    first, last = min(k, w), max(k, w)
    if first > 0 and tokens[first - 1].norm == "ne":
        first -= 1
    return first, last
