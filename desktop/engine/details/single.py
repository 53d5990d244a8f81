"""Details of a single-sourced sentence: the names, numbers and quotes no other source mentions anywhere.
"""
from __future__ import annotations

from ..features import HONORIFICS, SentenceFeatures, Token
from ..model import Comparison, Detail
from .member import Member, cover_keys, reads_as_name
from .spans import minutes_as_hours, span_type, uncovered_runs


def _document_words(feats, lang: str) -> frozenset[str]:
    """Every cover key of a document's tokens (names, numbers, lemmas, forms)."""
    out: set[str] = set()
    for f in feats:
        for t in f.tokens:
            out |= cover_keys(t, lang)
    return frozenset(out)


def vocabularies(comp: Comparison, feats) -> list[set[str]]:
    """Per source: the names, numbers and lemmas that the *other* sources use anywhere."""
    words = [_document_words(f, d.language) for f, d in zip(feats, comp.documents)]
    return [set().union(*(w for k, w in enumerate(words) if k != s)) for s in range(len(words))]


def _salient(tok: Token, k: int, names: frozenset[str], tokens: tuple[Token, ...] = (), lang: str = "") -> bool:
    """A number, or a name (a capitalised first word only when it reads as one; no German noun)."""
    return not tok.stop and tok.norm not in HONORIFICS and (tok.is_number or reads_as_name(tok, k, names, tokens, lang))


def single_details(comp: Comparison, feats, source: int, sentence: int, vocab: set[str],
                   names: frozenset[str]) -> list[Detail]:
    """Salient spans of a single-sourced sentence that no other source mentions: names, numbers, quotes."""
    f: SentenceFeatures = feats[source][sentence]
    base = comp.documents[source].sentences[sentence].start
    lang = comp.documents[source].language
    out = []
    for qs, qe in f.quotes:
        inside = [t for t in f.tokens if qs <= t.start and t.end <= qe and not t.stop]
        if inside and sum(bool(cover_keys(t, lang) & vocab) for t in inside) <= len(inside) / 2:
            out.append(Detail(source, sentence, base + qs, base + qe, "unique", "quote", None))
    in_quote = lambda t: any(qs <= t.start < qe for qs, qe in f.quotes)  # noqa: E731
    flags = [_salient(t, k, names, f.tokens, lang) and not (cover_keys(t, lang) & vocab) and not in_quote(t)
             for k, t in enumerate(f.tokens)]
    member = Member((source, sentence), base, lang, f, comp.documents[source].sentence_text(sentence), names)
    for a, b in uncovered_runs(member, minutes_as_hours(member, flags)):
        out.append(Detail(source, sentence, base + f.tokens[a].start, base + f.tokens[b - 1].end, "unique",
                          span_type(member, a, b), None))
    return sorted(out, key=lambda d: d.start)
