"""Who says it: in each sentence, every phrase naming the source of its statement, with its kind and its cue.

A stage of its own after segmentation and features. Cues are verbs and nouns of saying (by lemma: "a déclaré",
"said", "told", "declined"), sourcing prepositions ("selon", "d'après", "according to") and documents a statement
is in ("dans un communiqué"). From each cue the speaker's phrase is read where the language puts it: before the
verb ("Des responsables ont déclaré"), after it when the statement comes first (", a annoncé un porte-parole"),
in the verb itself ("a-t-il ajouté": the pronoun, resolved to the nearest earlier speaker), after "par"/"by"
for a passive, after "à"/"to" for the outlet a statement was made to. Statements quoted inside a quote are
not read. Word lists live in ``attribution.cues``; languages without lists yield nothing. The speakers of verbs of
saying are read in ``attribution.verbs`` (with ``attribution.asides`` and ``attribution.lists``), of nouns of saying
in ``attribution.nouns``, those of the other cues in ``attribution.sources``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..features import SentenceFeatures, strip_accents, with_common_words
from ..model import Attribution, Document
from ..world_names import token_date
from .agencies import agency_taken_up, bare_agency
from .companies import companies, firms_named_elsewhere
from .cues import CUES, DOCUMENTS, INSTITUTIONS
from .dropped_subjects import dropped_subject
from .gapped import gapped_sources
from .headlines import colon_speaker, credit, dateline, headline_speaker
from .kind import STUDIES, kind_of
from .markets import market_reactions
from .names import NameUses, many, name_uses
from .nouns import from_noun
from .outlets import asked_by, outlet_after, spoken_to
from .people import bare_title, one_office_en, one_person_fr, taken_up, titled_head
from .phrase import person_noun, possessive
from .quoted import quoted_as_saying
from .saying import is_say
from .postpositions import from_postposition
from .pronouns import GENDER, acting_person, agreeing, recent_for
from .sentence import Found, Sentence, dateline_end
from .sources import (FRAMES, depending_on, document_in, framed, from_sourcing, in_ones_view, issued_by, published_in,
                      sent_to_outlet, sourcing)
from .subjects import named_subject
from .unnamed_on import from_impersonal, from_inverted, fronted_place, inverted_says
from .verb_spans import quote_opens_on_verb
from .verbs import from_verb


_INVERTED = re.compile(r"^(\w+)-(?:t-)?(il|elle|on|ils|elles)$", re.I)


def _at(s: Sentence, k: int) -> list[Found]:
    """Every attribution whose cue starts at token ``k``."""
    inverted = _INVERTED.match(s.toks[k].surface)
    if s.in_quote(k) and not inverted and not quote_opens_on_verb(s, k):
        return []  # "« Je suis heureuse, confiait-elle, d'être libre »": an incise inside a quote is read
    if inverted and inverted_says(s, k, inverted.group(1)):
        if inverted.group(2).lower() in s.cues.pronouns:
            pronoun = from_inverted(s, k, inverted.group(2))
            named = named_subject(s, k, inverted.group(2))
            return [replace(named, cue=pronoun.cue) if named else pronoun, *outlet_after(s, k)]  # "raconte-t-il à la RTE"
        if inverted.group(2).lower() in s.cues.impersonal:
            return from_impersonal(s, k)
    if s.toks[k].norm == "quoted" and k > 1 and s.toks[k - 1].norm in ("was", "were") \
            and (quoted := quoted_as_saying(s, k)):
        return quoted  # "Airport chief Ali Naghavi was quoted by IRNA as saying": both, not the medium alone
    n = sourcing(s, k)
    if n is not None and not depending_on(s, k):
        return from_sourcing(s, k, n)
    if after := from_postposition(s, k):
        return after  # "Dem Geschäftsbericht zufolge"
    if s.toks[k].norm in FRAMES and (k == 0 or _after_dash(s, k)):
        return framed(s, k)
    if viewed := in_ones_view(s, k):
        return viewed
    if k == 0 and (agency := dateline(s)):
        return agency
    if (k == 0 or (k <= _RUBRIC and _after_dash(s, k))) and (speaker := colon_speaker(s, k)):
        return speaker
    if k == len(s.toks) - 1 and (speaker := headline_speaker(s)):
        return speaker
    if is_say(s, k):
        before = s.toks[k - 1].norm if k > 0 else ""
        noun = s.toks[k].norm in s.cues.nouns and not (before in s.cues.verb_group and before not in s.cues.det
                                                        and before not in ("aucun", "aucune"))  # "aucun commentaire"
        return from_noun(s, k) if noun else (from_verb(s, k) or fronted_place(s, k)) + quoted_as_saying(s, k)
    return []


_RUBRIC = 3  # words of a headline's rubric before a dash ("Cyclisme - Contador : « … »")
_INCISE = 8  # longest incise, in tokens ("insiste Jean Leonetti, député UMP des Alpes-Maritimes,")


def _without_incises(s: Sentence) -> tuple[tuple[int, int], ...]:
    """The sentence's quoted parts with the incises that name a speaker cut out ("« Elle aurait pu bénéficier de
    la loi, insiste Jean Leonetti, mais … »", "« Dans ce cas, confirme-t-on au Fonds de garantie, c'est … »"):
    between two commas inside a quote, a verb of saying then a name or the verb's own pronoun."""
    cuts = []
    for k in range(1, len(s.toks)):
        if not s.in_quote(k) or not s.comma(k):
            continue
        inverted = _INVERTED.match(s.toks[k].surface)
        named = k + 1 < len(s.toks) and not s.broken(k + 1) and is_say(s, k) \
            and (s.is_name(k + 1) or _someone_at(s, k + 1))  # ", assure un analyste parisien,"
        if not (named or (inverted and inverted_says(s, k, inverted.group(1)))):
            continue
        end = next((m for m in range(k + 1, min(k + _INCISE, len(s.toks))) if s.broken(m)), None)
        if end is not None and s.gap(end).lstrip().startswith(",") and s.in_quote(end):
            cuts.append((s.toks[k].start, s.toks[end - 1].end))
    return _cut(s.quotes, cuts)


def _someone_at(s: Sentence, k: int) -> bool:
    """An article and a noun of a person ("un analyste", "le ministre") from token ``k``."""
    return k + 1 < len(s.toks) and s.toks[k].norm in s.cues.det and person_noun(s.toks[k + 1], s.cues) \
        and not s.broken(k + 1)


def _cut(spans: tuple[tuple[int, int], ...], cuts: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out = list(spans)
    for a, b in cuts:
        out = [part for x, y in out for part in ((x, a), (b, y)) if a < y and x < b and part[0] < part[1]] \
            + [(x, y) for x, y in out if not (a < y and x < b)]
    return tuple(sorted(out))


def _after_dash(s: Sentence, k: int) -> bool:
    """A headline's second part: "SocGen - Pour Nick Leeson, ..."."""
    return bool(re.fullmatch(r"\s+[-–—:]\s+", s.gap(k)))


def sentence_attributions(text: str, feats: SentenceFeatures, lang: str, names: frozenset[str]) -> list[Found]:
    """The attributions of one sentence; a pronoun speaker's kind is "pronoun:one" or "pronoun:many" until
    ``resolve`` finds who it stands for."""
    cues = CUES.get(lang)
    if cues is None:
        return []
    s = Sentence(text, _acronyms(feats.tokens, text, cues), feats.quotes, cues, names, lang)
    cut = dateline_end(text) or (s.after_dateline if s.dateline and s.dateline.group("outlet") else 0)
    #     (a dateline with its agency, "SANTA IRENE, 14 Mar. (Agencia Ibérica) - "; not "SNCF, which runs …- ")
    if cut and s.after_dateline == cut and (inner := _past_dateline(text, feats, cut, lang, names)):
        return dateline(s) + inner  # the agency, and the speaker of a wire lead ("PARIS, Oct 14 (Meridian News) -
        #                             Veltris, the European maker …, said") read as if the dateline were not there
    s.quotes = _without_incises(s)
    out: list[Found] = []
    for k in range(len(s.toks)):
        for f in _at(s, k):
            if not any(f.start < o.end and o.start < f.end for o in out):
                out.append(f)
    out += [f for f in gapped_sources(s, out) if not any(f.start < o.end and o.start < f.end for o in out)]
    docs = [d for d in (document_in(s, k) for k in range(len(s.toks))) if d]
    docs += [o for o in (sent_to_outlet(s, d) for d in docs) if o] + credit(s)  # "in an email to The Canadian Press"
    if out:  # a medium that asked for the statement ("declined to comment when contacted by CBS")
        docs += [d for k in range(len(s.toks)) for d in (asked_by(s, k), spoken_to(s, k)) if d]
    if any(o.kind != "document" for o in out):
        docs += [d for d in (published_in(s, k) for k in range(len(s.toks))) if d]
    out += [d for d in docs if not any(d.start < o.end and o.start < d.end for o in out)]
    return sorted((part for f in out for split in _medium_apart(s, f) for part in _issuer_apart(s, split)),
                  key=lambda f: f.start)


def _past_dateline(text: str, feats: SentenceFeatures, cut: int, lang: str, names: frozenset[str]) -> list[Found]:
    """The attributions of the sentence after its dateline (which ends at ``cut``), as offsets into the whole."""
    tokens = tuple(replace(t, start=t.start - cut, end=t.end - cut) for t in feats.tokens if t.start >= cut)
    if not tokens:
        return []
    quotes = tuple((a - cut, b - cut) for a, b in feats.quotes if a >= cut)
    found = sentence_attributions(text[cut:], replace(feats, tokens=tokens, quotes=quotes), lang, names)
    return [replace(f, start=f.start + cut, end=f.end + cut, cue=(f.cue[0] + cut, f.cue[1] + cut)) for f in found]


# A participle of writing or speaking and the preposition that names the medium after it ("Experts writing in the
# BMJ", "le ministre, s'exprimant sur France Inter,")
_THROUGH = {"writing": ("in", "for"), "speaking": ("to", "on", "with"), "appearing": ("on",),
            "exprimant": ("dans", "sur", "à", "au"), "écrivant": ("dans",)}


def _medium_apart(s: Sentence, f: Found) -> list[Found]:
    """A speaker and the medium they spoke through, read as one phrase ("Experts writing in the British Medical
    Journal criticised"): the speaker and the outlet, with one cue."""
    toks = [k for k, t in enumerate(s.toks) if f.start <= t.start and t.end <= f.end]
    at = next((k for k in toks[1:-2] if s.toks[k + 1].norm in _THROUGH.get(s.toks[k].norm, ())), None)
    if at is None:
        return [f]
    speaker = kind_of(s.phrase(toks[0], at)) or ("anonymous" if person_noun(s.toks[at - 1], s.cues) else None)
    medium = kind_of(s.phrase(at + 2, toks[-1] + 1))
    if speaker not in ("person", "organisation", "anonymous") or medium != "outlet":
        return [f]
    return [Found(f.start, s.toks[at - 1].end, speaker, f.cue), Found(s.toks[at + 2].start, f.end, "outlet", f.cue)]


def _issuer_apart(s: Sentence, f: Found) -> list[Found]:
    """A document and who issued it, as two attributions with one cue: "un communiqué publié mardi par
    l'état-major" gives the document ("un communiqué") and the institution ("l'état-major"); a document by no one
    named is one attribution."""
    toks = [k for k, t in enumerate(s.toks) if f.start <= t.start and t.end <= f.end]
    if f.kind != "document" and not _document_then_maker(s, toks):
        return [f]
    if len(toks) > 2 and _participle(s, toks[-1]) and s.toks[toks[-2]].norm in DOCUMENTS | STUDIES:
        f, toks = replace(f, end=s.toks[toks[-2]].end), toks[:-1]  # "a report released | on Monday"
    head = next((k for k in toks if s.toks[k].norm in DOCUMENTS and k + 1 < len(s.toks) and _participle(s, k + 1)),
                next((k for k in toks if s.toks[k].norm in DOCUMENTS), None))  # "a version of the decree, carried"
    if head is None or head + 2 > toks[-1] or (s.broken(head + 1) and not s.comma(head + 1)) \
            or not _participle(s, head + 1) or s.toks[head + 1].lemma in _NOT_ISSUED:
        return [f]  # "un communiqué publié … par", "the decree, carried by …", not "un rapport de la Cour"
    issuer = issued_by(s, head + 2, (head + 1, head + 1))  # "un rapport rédigé en partie par": no issuer
    if not issuer or issuer[0].end > f.end:
        return [f]
    return [Found(f.start, s.toks[head].end, "document", f.cue), replace(issuer[0], cue=f.cue)]


# Participles that say who paid for or asked for a document, not who wrote it ("une enquête financée par l'Union
# européenne" is one document)
_NOT_ISSUED = frozenset("financer commander subventionner soutenir fund commission sponsor back".split())


def _document_then_maker(s: Sentence, toks: list[int]) -> bool:
    """A phrase opening on a document and who made it, whatever the maker's words make of the whole ("the memo sent
    by the Pentagon's executive secretary": a possessive leaves only "executive secretary" as its own part)."""
    words = [k for k in toks if s.toks[k].norm not in s.cues.det]
    head = next((n for n, k in enumerate(words[:6]) if s.toks[k].norm in DOCUMENTS), None)
    #             "An Arabic version of the decree, carried by the state-run Saudi Press Agency"
    return head is not None and len(words) > head + 2 and _participle(s, words[head + 1]) \
        and s.toks[words[head + 2]].norm in ("by", "par")


def _participle(s: Sentence, k: int) -> bool:
    """A past participle ("publié", "released", "written")."""
    t = s.toks[k]
    if s.lang == "en":
        return t.surface.islower() and (t.norm.endswith("ed") or t.norm in _EN_PARTICIPLES)
    return t.norm.endswith(s.cues.participles) and t.lemma != t.norm


_EN_PARTICIPLES = frozenset("written drawn made given sent put held led seen shown taken brought".split())


_UNSUITED = {"one": ("organisation",), "many": (), "it": ("person", "anonymous")}
_UNRESOLVED = {"one": "person", "many": "anonymous", "it": "organisation"}


def _antecedent(recent: list[Attribution], sentence: int, number: str, personal: bool,
                text: str = "") -> Attribution | None:
    """Who a pronoun speaker stands for: the nearest earlier speaker within the three sentences before (a document
    only in the sentence just before), outlets aside; one the pronoun suits if there is one ("il" is not an
    institution, "it" not a person), and only one it suits for a ``personal`` pronoun ("he", "she": never a body
    or a document, where French "il" may be "le parquet" or "le rapport")."""
    near = [a for a in reversed(recent) if sentence - a.sentence <= 3 and a.kind != "outlet"
            and (a.kind != "document" or (sentence - a.sentence <= 1 and number in ("one", "it")))]
    #       "Le rapport ... dit-il", "a Toshiba study found. It found"
    near = [a for a in near if not (number == "one" and many(text[a.start:a.end]))]  # not "ses détracteurs"
    suited = [a for a in near if a.kind not in _UNSUITED[number] and not (personal and a.kind == "document")]
    if number == "it":  # "the company said in a filing. It said": the company speaks, the filing is its medium
        suited = sorted(suited, key=lambda a: a.kind == "document")
    return (suited or ([] if personal or number == "it" else near) or [None])[0]  # "it" is no person


def _resolved(found: Found, sentence: int, base: int, source: int, recent: list[Attribution],
              text: str, lang: str) -> Attribution | None:
    """The attribution in the document, a pronoun resolved; None for a pronoun standing for a speaker the
    sentence already names ("X a dit ... et qu'il ...": one attribution per source and sentence)."""
    kind, refers_to = found.kind, None
    if kind.startswith("pronoun:"):
        number = kind.split(":")[1]
        mine = text[base + found.start : base + found.end].lower()
        others = [a for a in recent if (a.sentence != sentence or not _other_pronoun(text, a, mine))
                  and not (a.sentence == sentence and mine != "it" and _spoken_in(text, a))]
        if GENDER.get(mine):  # "elle" does not stand for whom an "il" before it stands for, nor an "il" for "Mme …"
            others = agreeing(others, GENDER[mine], sentence, text)
        if mine == "it" and (subject := _IT_SUBJECT.match(text, base)):
            return Attribution(source, sentence, base + found.start, base + found.end, "organisation",
                               (base + found.cue[0], base + found.cue[1]), subject.group(1))
        ante = _antecedent(others, sentence, number, lang == "en" and number == "one", text)
        if ante is not None and ante.sentence == sentence:
            return None
        kind = ante.kind if ante else _UNRESOLVED[number]
        refers_to = (ante.refers_to if dropped_subject(ante, text, lang) else ante.refers_to
                     or text[ante.start:ante.end]) \
            if ante else None  # a verb standing for its speaker stands for whom it stands for, or for no one named
        if refers_to is not None and lang in CUES and refers_to.lower() in CUES[lang].pronouns | CUES[lang].stressed.keys():
            refers_to = None  # it stands for whom an unresolved "il" stands for: the text does not say
    cue = (base + found.cue[0], base + found.cue[1])
    return Attribution(source, sentence, base + found.start, base + found.end, kind, cue, refers_to)


# the body a sentence opens on, which its "it" stands for when no one before does ("The bank will also end its
# bond-buying programme in March, it said in a statement")
_IT_SUBJECT = re.compile(r"(The (?:[a-z]+ ){0,2}(?:bank|company|firm|government|ministry|agency|regulator|court|"
                         r"council|commission|group|gang|airline|insurer|lender|carrier|operator|union|party|police|army))\b")


def _surname_of(bare: tuple[str, ...], before: list[Attribution], text: str) -> bool:
    """A one-word name closing the full name of a person who spoke earlier in the report ("Pinder said" after "Mark
    Pinder told The Canadian Press": "Mark" is a word too, so the mention does not count as a first name's)."""
    if len(bare) != 1:
        return False
    for a in before:
        words = re.findall(r"[\w'’.-]+", text[a.start:a.end])
        name = len(words) - next((n for n, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))
        if a.kind == "person" and a.refers_to is None and len(words) - name > 1 and words[-1].lower() == bare[0]:
            return True  # "quarterback Drew Brees", "Me Elisabeth Meyer"; not "le président de l'Afub"
    return False


def _other_pronoun(text: str, a: Attribution, mine: str) -> bool:
    """``a`` is another pronoun than ``mine`` ("ce qu'il a dit …, dit-elle": "elle" is not "il")."""
    theirs = text[a.start : a.end].lower()
    return theirs in _PRONOUN_FORMS and _PRONOUN_FORMS[theirs] != _PRONOUN_FORMS.get(mine, mine)


def _spoken_in(text: str, a: Attribution) -> bool:
    """A document the statement was made in ("Dans un communiqué, il a indiqué", "In a letter, she wrote"): what it
    was said in, never whom a personal pronoun stands for ("it" may: "in the indictment, but it says")."""
    return a.kind == "document" and text[a.cue[0]:a.cue[1]].lower() in ("dans", "in", "en")


# a pronoun's subject form ("selon lui" stands for whom "il" stands for)
_PRONOUN_FORMS = {"il": "il", "lui": "il", "elle": "elle", "ils": "ils", "eux": "ils", "elles": "elles", "he": "he",
                  "him": "he", "she": "she", "her": "she", "they": "they", "them": "they", "it": "it"}


def document_attributions(doc: Document, feats: list[SentenceFeatures], source: int) -> list[Attribution]:
    """Every attribution of one document, in reading order, pronouns resolved to the speaker they stand for. A
    common word opening a sentence ("Former", "Last June", "Added Mr. Prodi") is read as a small word here, never
    as a name (``features.with_common_words``)."""
    names = frozenset().union(*(f.names for f in feats))
    feats = [with_common_words(f, doc.language, names) for f in feats]
    names = frozenset().union(*(f.names for f in feats))
    uses = name_uses(feats, doc.language, [doc.sentence_text(i) for i in range(len(doc.sentences))])
    titles = CUES[doc.language].titles if doc.language in CUES else frozenset()
    out: list[Attribution] = []
    actor: list[tuple[Attribution, str]] = []  # the person the sentence before opens on, when it quotes no one
    for i, (sent, f) in enumerate(zip(doc.sentences, feats)):
        text = doc.text[sent.start : sent.end]
        found_here = sentence_attributions(text, f, doc.language, names)
        for found in found_here:
            if _a_date(f, found, doc.language):
                continue  # "expected to rule on the deal by Nov. 4": a deadline, no one's word
            bare, named = _bare_names(f, found, titles, text)
            if found.kind in ("person", "organisation") and _words_of(f, found) in uses.outlets:
                found = replace(found, kind="outlet")  # "Chine Nouvelle a critiqué": "l'agence de presse Chine Nouvelle"
            elif found.kind == "person" and (uses.organisation_name(bare) or (
                    _unintroduced(named, names, uses, f, found, doc.language) and not _surname_of(bare, out, doc.text)
                    and not _pronoun_speaks_next(feats[i + 1:i + 2]))):
                found = replace(found, kind="organisation")  # "Brightwater said": "Brightwater Health" above
            elif found.kind == "organisation" and len(bare) == 1 and not uses.organisation_name(bare) \
                    and (uses.person[bare] or _surname_of(bare, out, doc.text)) and strip_accents(bare[0]) not in _BODY_WORDS:
                found = replace(found, kind="person")  # "Goumbri said": "SEIU spokesman Marc Goumbri" above
            elif found.kind in ("outlet", "organisation") and _bare_agency(text, f, found):
                before = [g.tokens for g in feats[:i]] + [tuple(t for t in f.tokens if t.end <= found.start)]
                found = replace(found, kind=agency_taken_up(before) or found.kind)
            elif found.kind == "anonymous" and not _anonymous_taken_up(text[found.start:found.end], out, doc.text) \
                    and _titled_description(text, f, found, doc.language, uses.titled,
                                            any(a.kind == "person" for a in out)):
                found = replace(found, kind="person")  # "l'avocate du trader" where "Me Meyer, l'avocate" is written
            att = _resolved(found, i, sent.start, source, recent_for(found, text, out, actor), doc.text, doc.language)
            if att is not None:
                out.append(att)
        actor = [] if found_here else acting_person(text, f, doc.language, names, source, i, sent.start)
    return market_reactions(companies(out, doc.text, doc.language), doc.text)


def _a_date(f: SentenceFeatures, found: Found, lang: str) -> bool:
    """The speaker's phrase is a date alone ("Nov. 4", "March 31", "Friday"): a passive's "by" before a deadline
    (a QA helper's merger report counted "Nov. 4" a named person)."""
    ks = [k for k, t in enumerate(f.tokens) if found.start <= t.start < found.end]
    return bool(ks) and any(token_date(f.tokens, k, lang) for k in ks) \
        and all(token_date(f.tokens, k, lang) or f.tokens[k].is_number or f.tokens[k].norm in ("the", "of")
                for k in ks)


def _anonymous_taken_up(phrase: str, before: list[Attribution], text: str) -> bool:
    """A definite description ("the researcher") whose noun closes an unnamed source's earlier in the report ("A
    security researcher who asked not to be named said"): it takes that source up, unnamed still (a QA helper's
    breach report counted it a named person, a commissioner having been quoted above)."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] not in ("the", "this", "le", "la", "l'", "ce", "cette", "el", "este", "esta"):
        return False
    named = [a for a in before if words[-1] in text[a.start:a.end].lower().split()]  # ("Jane Doe, a researcher at
    return bool(named) and named[-1].kind == "anonymous"  # Acme Labs" after it: the nearest is the one taken up)


_BODY_WORDS = frozenset(strip_accents(w) for w in INSTITUTIONS)  # "l'Elysée", "Matignon", "le Kremlin": a seat of
#                                                               power speaks for its body, whatever title follows it


def _titled_description(text: str, f: SentenceFeatures, found: Found, lang: str, titled: frozenset[str],
                        person_before: bool) -> bool:
    """A definite description of one person ("l'avocate du trader", "le coureur", "la jeune femme"): a title the
    report gives a named person, or any once a person has spoken in the report (the description takes them up), or
    an office with one holder ("the prime minister", ``one_office_en``)."""
    toks = tuple(t for t in f.tokens if found.start <= t.start < found.end)
    if not toks:
        return False
    s = Sentence(text, f.tokens, f.quotes, CUES[lang], frozenset(), lang)
    first = f.tokens.index(toks[0])
    phrase = s.phrase(first, first + len(toks))
    return titled_head(phrase) in titled or bare_title(phrase) in titled or (person_before and taken_up(phrase)) \
        or one_person_fr(phrase) or one_office_en(phrase)


def _unintroduced(bare: tuple[str, ...], names: frozenset[str], uses: NameUses, f: SentenceFeatures, found: Found,
                  lang: str) -> bool:
    """One word the report never writes inside a sentence ("Natixis n'a révélé aucun chiffre"), or never with a
    first name or a title and no word of the language ("Shares of Nike rose. Nike said"): a person would have been
    introduced so ("Phil Knight", "M. Dalmont"); a company needs neither ("l'Américain" is a word: someone). Unless
    the sentence goes on about "he" or "she" ("Baer said he had concluded")."""
    from ..lemmas import shared_lemmas

    if len(bare) != 1 or bare[0] in CUES[lang].roles or uses.person[bare]:
        return False  # "MPs said": people
    if strip_accents(bare[0]) in names and shared_lemmas().known(bare[0], lang):
        return bare[0] not in uses.closing and _plural_of_word(f, found)
        #      "Tories say", "Democrats said": a party or a people; "l'Américain": one; "Bernie Sanders": a surname
    return not any(t.norm in _PERSONAL for t in f.tokens if t.start >= found.end)


def _pronoun_speaks_next(after: list[SentenceFeatures]) -> bool:
    """The next sentence quotes someone it calls "she" or "he" in its speech tag, the pronoun opening the sentence or
    right after the quotation ('"We discussed a larger move," Marstrand said. "Our balance sheet will keep shrinking,"
    she said.', « … », a-t-elle ajouté): the bare name before is that person, not a body (a QA helper's central-bank
    wire had "Marstrand" an institution and "she" the governor before it). A pronoun in what is reported ("L'association
    a expliqué … qu'elle soutenait ces démarches", after "… condamnée par Act-Up") names no speaker."""
    return any(f.quotes and any(t.norm in _ONE_PERSON and (k == 0 or any(0 <= t.start - b <= _AFTER_QUOTE for _, b in f.quotes))
                                for k, t in enumerate(f.tokens)) for f in after)


_AFTER_QUOTE = 8  # characters from a quotation's end to its speaker's pronoun ('," she', '», a-t-elle')


_ONE_PERSON = frozenset({"he", "she", "il", "elle"})


def _plural_of_word(f: SentenceFeatures, found: Found) -> bool:
    """The speaker's one word is a plural of the language's words, capitalised ("Tories", "Democrats")."""
    toks = [t for t in f.tokens if found.start <= t.start < found.end]
    return len(toks) == 1 and toks[0].lemma != toks[0].norm and toks[0].norm.endswith("s") \
        and found.start == toks[0].start


_PERSONAL = frozenset({"he", "she", "him", "her", "his", "il", "elle"})


def _acronyms(tokens: tuple, text: str, cues) -> tuple:
    """The sentence's tokens, an acronym written like a small word of the language in lower case ("The WHO said",
    not "who said") read as the name it is: its own word, capitalised, no stop word."""
    out = []
    for t in tokens:
        if t.stop and len(t.surface) >= 2 and t.surface.isalpha() and t.surface.isupper() \
                and t.norm in cues.stop_np and t.norm not in cues.pronouns and any(
                    c.islower() for c in text[max(0, t.start - _PROSE_AROUND):t.end + _PROSE_AROUND]):
            t = replace(t, norm=t.surface, lemma=t.surface, stop=False, is_name=True)
        out.append(t)
    return tuple(out)


_PROSE_AROUND = 20  # characters either side where lower-case prose shows a word in capitals is an acronym, not a
#                     headline in capitals ("AT LEAST 7 DEAD")


def _bare_agency(text: str, f: SentenceFeatures, found: Found) -> bool:
    """``found`` takes up one agency by its noun alone ("l'agence américaine", "the agency")."""
    elided = text[found.start : found.start + 2].lower() in ("l'", "l’")
    return bare_agency([t for t in f.tokens if found.start <= t.start < found.end], elided)


def _words_of(f: SentenceFeatures, found: Found) -> tuple[str, ...]:
    """The words of a speaker's phrase in lower case ("Chine nouvelle": chine, nouvelle)."""
    return tuple(t.norm for t in f.tokens if found.start <= t.start < found.end)


def _bare_names(f: SentenceFeatures, found: Found, titles: frozenset[str],
                text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A speaker's bare name up to an apposition ("World Vision Indonesia, a relief agency": the name it describes),
    and its whole phrase's (``_bare_name``)."""
    toks = [t for t in f.tokens if found.start <= t.start < found.end]
    cut = next((n for n in range(1, len(toks)) if "," in text[toks[n - 1].end:toks[n].start]), len(toks))
    return _bare_name(toks[:cut], titles), _bare_name(toks, titles)


def _bare_name(toks: list, titles: frozenset[str]) -> tuple[str, ...]:
    """The words of a speaker's phrase (its tokens) when it is nothing but capitalised words ("Brightwater", "Marlow
    Freight"), else () (also for a title and a name: "Mr Argus" is a person whatever else the report calls Argus)."""
    if len(toks) > 1 and (possessive(toks[0]) or toks[0].surface in _ARTICLE_BEFORE_NAME):
        toks = toks[1:]  # "France's Peugeot", "China's Baoshan": the name after the country's; "a Norvane afirmou"
    if not toks or not all(t.surface[:1].isupper() for t in toks) or toks[0].norm in titles:
        return ()
    return tuple(t.norm for t in toks)


# a lower-case definite article before a name, which Portuguese, Italian and Spanish put before a company's ("a
# Norvane afirmou", "la Fiat ha detto"): the name is the words after it
_ARTICLE_BEFORE_NAME = frozenset("o a os as la il lo el".split())


def find_attributions(documents: list[Document], feats: list[list[SentenceFeatures]]) -> list[Attribution]:
    """The attributions of every document (``feats``: each document's sentence features, in order)."""
    out = [a for k, (doc, f) in enumerate(zip(documents, feats)) for a in document_attributions(doc, f, k)]
    return firms_named_elsewhere(out, [doc.text for doc in documents])
