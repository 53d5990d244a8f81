"""Portuguese words as the attribution stage reads them (``Sentence.lang`` "pt"): a finite verb told by its form, a
past tense's ending or an enclitic pronoun ("deflagrou", "mostraram-se", "disse-lhe"), so that a speaker's phrase
ends before it ("ouvidos pela RTP | mostraram-se") and a clause before a comma is never read as the speaker ("A
Polícia Federal deflagrou uma operação, | informou a corporação"); and a verb of saying that closes its sentence
after a comma ("…, a cerca de 60 quilómetros, acrescentou."), whose subject is dropped as after a quote; "pelo" /
"pela" naming an agent; "garantir" that secures a thing rather than says ("o Lorvena garante presença")."""
from __future__ import annotations

from ..features import Token

_ENCLITICS = ("-se", "-lhe", "-lhes", "-o", "-a", "-os", "-as", "-nos", "-me", "-lo", "-la", "-los", "-las")
_PAST_ENDINGS = ("ou", "eu", "iu", "aram", "eram", "iram")  # the preterite of news copy: "afirmou", "prendeu"
_FUSED_BY = frozenset({"pelo", "pela", "pelos", "pelas"})  # "por" and the article: "ouvidos pela RTP"


def finite_verb(t: Token) -> bool:
    """A verb in a finite form, in lower case: with an enclitic pronoun, or in the preterite of a verb's lemma."""
    if not t.surface.islower() or t.is_number:
        return False
    if "-" in t.norm and t.norm.endswith(_ENCLITICS):
        return True
    return len(t.norm) > 4 and t.norm.endswith(_PAST_ENDINGS) and t.lemma != t.norm \
        and t.lemma.endswith(("ar", "er", "ir", "or"))


def holds_finite_verb(toks: tuple[Token, ...], span: tuple[int, int]) -> bool:
    """The words of ``span`` are a clause: a finite verb stands among them."""
    return any(finite_verb(toks[m]) for m in range(*span))


def by_agent(t: Token) -> bool:
    """ "pelo", "pela": "por" fused with its article, which names a passive's agent."""
    return t.norm in _FUSED_BY


_SECURED = frozenset({"garantir", "assegurar"})  # "garante presença na fase de grupos", "assegurou o título"
_HEARERS = frozenset({"a", "à", "ao", "aos", "às", "que"})  # "garantiu aos jornalistas que", "garantiu que"


def secures(toks: tuple[Token, ...], text: str, k: int) -> bool:
    """ "garantir" / "assegurar" with a thing after it and no "que" nor quote in the rest of the sentence: to secure
    it ("o Lorvena garante presença na fase de grupos"), no words said; not after a comma or a quote, where its
    speaker follows ("…, garantiu o ministro")."""
    if toks[k].lemma not in _SECURED or k + 1 >= len(toks) or toks[k + 1].norm in _HEARERS or _infinitive_after(toks, k):
        return False
    before = text[:toks[k].start].rstrip()
    rest = text[toks[k].end:]
    return not before.endswith((",", "\"", "”", "»")) and " que " not in f" {rest.lower()} " \
        and not any(q in rest for q in "\"“«")


def _infinitive_after(toks: tuple[Token, ...], k: int) -> bool:
    """An infinitive after the verb, negated or not ("garantiu não ter recebido qualquer aviso", "assegurou estar em
    contacto"): what was said, not a thing secured."""
    m = k + 1 + (toks[k + 1].norm in _NEGATIONS and k + 2 < len(toks))
    t = toks[m]
    return t.surface.islower() and t.norm == t.lemma and t.norm.endswith(("ar", "er", "ir", "or"))


_NEGATIONS = frozenset({"não", "nunca", "jamais"})
