"""Tolls across the reports: how many dead, injured, missing, evacuated and homeless each report gives, wherever it
gives them.

A fact-checker's first question on reports of a disaster is whether they agree on the toll. Inside a claim the
details mark "12 injured" against "15 injured" (``details``); but the sentences that give a toll are often not
aligned (a lead against a paragraph further down, a standfirst against a sentence that also says something else),
and then each figure reads as one report's own. Here each report's figures of each outcome are read wherever they
stand (``details.counts``: "Twelve people were injured", "quinze blessés", "The number of injured rose to 15",
"ya son catorce los muertos", "left homeless"; none: "No deaths were reported", "aucun décès", "no one was hurt";
one: "One worker … died of his injuries", "Une personne a été tuée"), and an outcome
is *disputed* when two reports' headline figures of it (``headlines``: a report's first in its lead, or further on
where linked to another report's headline figure; other later figures are often another event's, "the 2004 tsunami
killed 170,000") differ (``details.intervals``: "about 40" / "42" agree; "at least 12" / "14" do not, a bound
stating its number, nor do none / one): the panel asks which is current. An earthquake's magnitude is read
beside the toll ("magnitude 5.8", "magnitud 6,1", "a 5.6 magnitude earthquake", "M6.1"), tenths compared as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution.sentence import dateline_end
from .details.across import written_year
from .details.conflicts import value_end
from .details.counts import broken, counts_in
from .details.intervals import COUNT_RANGES, as_float, interval, may_agree
from .details.member import Member, member_qualifiers
from .details.ones import counts_people, ones
from .details.outcomes import OUTCOMES, PERSONS, ROUNDING, outcome
from .amounts import amount_at
from .features import SentenceFeatures, round_count, token_number
from .model import Comparison
from .ordinals import ordinal_at
from .toll_rates import no_toll

MAGNITUDE = "magnitude"  # an earthquake's, read beside its toll: a figure reports give otherwise as often
ORDER = ("death", "injury", "missing", "evacuation", "displaced", "arrest", MAGNITUDE)  # as a report of a disaster
#                                                                                      gives them; a protest's arrests
LATER = frozenset({"arrest"})  # outcomes reports give after their lead (``headlines``)
LABELS = {"death": "Dead", "injury": "Injured", "missing": "Missing", "evacuation": "Evacuated",
          "displaced": "Homeless", "arrest": "Arrested", MAGNITUDE: "Magnitude"}
# words that count none before an outcome's noun ("No deaths", "aucun décès", "ningún herido"), or before its verb
# ("no one was hurt", "nadie murió", "personne n'a été blessé")
_NONE_BEFORE_NOUN = frozenset(
    "no aucun aucune ningún ninguna ninguno kein keine keiner nessun nessuna nessuno".split())
_NOBODY = frozenset("nobody nadie niemand nessuno personne".split())
_NOBODY_PAIRS = (("no", "one"),)
_NOT_THERE = frozenset("non não no pas".split())  # a negation before there being ("Non ci sono stati feriti")
_THERE_BEING = frozenset("ci c' sono sono stati state è stato stata houve há hubo hay ha habido y a eu de d' des".split())
_ELSE = frozenset("else más autre autres other otro otra otros otras sonst altro altri weitere".split())
_ADDED = _ELSE - {"else", "más", "sonst"} | frozenset("more additional further another".split())
_NONE_REACH = 4  # words between "no one" and the verb of what befell ("no one was seriously hurt")
_HOW_BADLY = frozenset("""seriously badly critically gravement grièvement gravemente reported reportedly porté portée
    portés signalé resultó resultaron resulted""".split())  # words between "no one" and what befell it
_DETERMINERS_FR = frozenset("une la cette chaque toute aucune".split())
# a dateline with its date, "LYON, France, March 14, 2023 — "
_DATED_LINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý' .-]+,[^—–]{0,50}?\d{4}\s*[—–-]\s")
_ARTICLES = frozenset({"une", "un", "a", "an"})
_MAGNITUDE_WORDS = frozenset({"magnitude", "magnitud", "magnitudo", "magnitudes"})
_RICHTER_REACH = 6  # words from a figure to "Richter" after it ("6,1 grados en la escala de Richter")
_MORE = frozenset({"plus", "moins", "près"})  # "Plus d'une centaine": "d'" is written with "une"
_TIMES = frozenset("""year years an ans année año años anno anni jahr jahre month months mois mes meses day days jour
    jours día días week weeks semaine semaines semana semanas hour hours heure heures hora horas""".split())
LEAD = 6  # sentences of a report (its title and lead) where it gives the toll of the event it reports; further on,
# a figure is as often another event's ("Five people died in Aceh"; "more than 40 people died" in another strike)


@dataclass(frozen=True)
class Figure:
    """One report's figure of one outcome, where it stands."""

    source: int
    sentence: int
    start: int  # offsets into the source's text: the figure as written ("Twelve", "No deaths", "about 1,200")
    end: int
    text: str
    member: Member  # the sentence as the details read it (its figure's rounding, its bounds)
    token: int  # the figure's first token in the sentence (-1: a figure of none)
    exact: float | None = None  # its value where the words give it, not a number token: none (0), "One worker" (1),
    # "M6.1"

    @property
    def written(self) -> str:
        """The figure as the report writes it, on one line ("at least 9", "Plus d'une centaine")."""
        return " ".join(self.text.split())

    @property
    def shown(self) -> str:
        """``written``, with its digits after a figure in words ("Doce (12)", "quinze (15)"): reports in several
        languages side by side."""
        return self.written if self.digits is None else f"{self.written} ({self.digits})"

    @property
    def digits(self) -> str | None:
        """The figure in digits where the report writes it in words ("Doce": "12", "au moins onze": "11"), for a
        reader comparing reports in several languages; None where it has digits, or is none or one in words ("No
        deaths", "One worker")."""
        if any(c.isdigit() for c in self.text) or self.exact is not None:
            return None
        toks, lang = self.member.feats.tokens, self.member.lang
        amount = amount_at(toks, self.token, lang)
        last = amount.last if amount is not None else self.token
        if round_count(toks, last, lang) or toks[last].norm in COUNT_RANGES \
                or self.member.start + toks[last].end > self.end:
            return None  # "Hundreds", "une dizaine", "Two" of "Two dozen": no figure to write in digits
        value = as_float(amount.value if amount is not None else token_number(toks, self.token, lang))
        if value is None:
            return None
        return f"{value:,.0f}" if value == int(value) else f"{value:,}"


@dataclass(frozen=True)
class Toll:
    """Every report's figures of one outcome, in reading order, and whether the reports' first ones disagree."""

    outcome: str
    figures: tuple[Figure, ...]
    disputed: bool
    heads: tuple[Figure, ...] = ()  # each report's headline figure (``headlines``), in report order
    odd: frozenset[int] = frozenset()  # the reports whose headline figure is not the one most leads give (``_odd``)

    def headline(self, source: int) -> Figure | None:
        """The toll the report gives of the outcome (``headlines``); None for none."""
        return next((f for f in self.heads if f.source == source), None)

    def differs(self, source: int) -> bool:
        """The report's lead's figure is one to check: against the one most reports' leads give (``odd``), or, no
        figure being given by most, the leads differ."""
        return self.disputed and self.headline(source) is not None and (not self.odd or source in self.odd)

    def further(self, source: int) -> tuple[Figure, ...]:
        """The report's other figures of the outcome: often another event's or one place's ("In Pelago, 14 people
        were treated"), shown for the reader to weigh, never compared."""
        head = self.headline(source)
        return tuple(f for f in self.figures if f.source == source and f is not head)


def tolls(comp: Comparison, feats: list[list[SentenceFeatures]] | None = None) -> list[Toll]:
    """The tolls the reports give, outcome by outcome (``ORDER``); an outcome no report gives is left out.
    ``feats``: each report's sentence features (computed, or taken from the pipeline's cache, when not given)."""
    if feats is None:
        from .pipeline import document_features  # (the pipeline imports the stages: not at import time)

        feats = [document_features(doc) for doc in comp.documents]
    found: dict[str, list[Figure]] = {}
    for s, doc in enumerate(comp.documents):
        for i, f in enumerate(feats[s]):
            member = Member((s, i), doc.sentences[i].start, doc.language, f, doc.sentence_text(i))
            for kind, figure in _figures(member):
                found.setdefault(kind, []).append(figure)
    together = {(a, b) for g in comp.groups for a in g.sources for b in g.sources if a != b}
    linked = {}
    for grp in comp.groups:
        for ln in grp.links:
            linked.setdefault(ln.a, set()).add(ln.b)
            linked.setdefault(ln.b, set()).add(ln.a)
    out = []
    for kind in (k for k in ORDER if k in found):
        heads = headlines(found[kind], linked, kind in LATER)
        disputed = _disputed(heads, together, kind == MAGNITUDE)
        out.append(Toll(kind, tuple(found[kind]), disputed, heads, _odd(heads, kind == MAGNITUDE) if disputed else
                        frozenset()))
    return out


def headlines(figures: list[Figure], linked: dict[tuple[int, int], set[tuple[int, int]]],
              later: bool = False) -> tuple[Figure, ...]:
    """Each report's toll of one outcome: its first figure in its lead (``LEAD``); for a report that gives none
    there, its first figure further on in a sentence linked to another report's headline figure (``linked``: each
    sentence's links; a local paper's "some 800 people have been left homeless" in its seventh sentence, linked to
    the wire's lead, "about 600 people have been left homeless": the same toll, said later). Not a figure only the
    claim around it shares (ECB+ reports of two quakes glued a background sentence, "… in September …, killing at
    least seven", to the claim of the quake reported, through a sentence that gives no toll), nor one linked to
    another report's figure further on (two reports' "Last month, a similar flood … killed three people"). An
    outcome reports give after their lead (``later``: the arrests after a match or a march, told once the events are)
    has, in each report, its first figure in a sentence linked to another report's sentence giving one, lead or not
    (a QA helper's cup final: 23 arrests in three reports past their leads, 32 in the fourth's standfirst and in the
    sentence the others' are linked to; two reports' "Last year, 40 people were arrested at the same fixture" is
    that figure in both, not one report's arrests against the other's). A report that gives no figure of the outcome
    in its lead is read so too, against the others' leads and against another report's figure that no lead gives
    either (a QA helper's strike reports gave the injured officers in their seventh sentence, 14 / zwölf, linked and
    marked said differently in the claim, while the Tolls summary found no lead figure to compare and said the
    injured agreed)."""
    lead = {} if later else {f.source: f for f in reversed([f for f in figures if f.sentence < LEAD])}
    heads = {(f.source, f.sentence) for f in (figures if later else lead.values())} \
        | {(f.source, f.sentence) for f in figures if f.source not in lead}
    for f in figures:
        if f.source not in lead and linked.get((f.source, f.sentence), set()) & heads:
            lead[f.source] = f
    return tuple(lead[s] for s in sorted(lead))


def sentence_tolls(member: Member) -> list[tuple[str, Figure]]:
    """(outcome, figure) for each toll one sentence gives (``_figures``): the details set a claim's tolls against
    each other."""
    return _figures(member)


def tolls_agree(a: Figure, b: Figure) -> bool:
    """Two figures of one outcome, not a magnitude, may be one toll ("about 40" / "42"; none / "Two" do not)."""
    return _agree(a, b)


def _figures(member: Member) -> list[tuple[str, Figure]]:
    """(outcome, figure) for each toll the sentence gives, in reading order, outside quotations (a
    doctor's "around 50 people with injuries" is what one hospital saw) and not in a sentence that dates itself by
    a year (background: "In 2004 a massive tremor sparked a tsunami that killed 170,000 people")."""
    toks, out = member.feats.tokens, []
    # a dateline's year dates the report, not its figures ("LYON, France, March 14, 2023 — Twelve people …")
    dateline = max(dateline_end(member.text), (m := _DATED_LINE.match(member.text)) and m.end() or 0)
    if any(written_year(toks, k, member.lang) and toks[k].start >= dateline for k in range(len(toks))):
        return []
    quoted, magnitudes = member.feats.quotes, _magnitudes(member)
    scale = {j for first, last, _ in magnitudes for j in range(first, last + 1)}
    singles = [(first, last, kind, value) for first, last, kind, value
               in _nones(member) + [one for one in ones(member, dateline) if one[2] not in LATER]
               if not _inside(toks[first].start, quoted)]  # ("Police arrested a man": a suspect, no toll of arrests)
    for k, counted, acts in counts_in(member, [True] * len(toks)):
        kind = None if k in scale else _count_kind(member, k, counted, acts)  # (6.1 of "A magnitude 6.1
        #                                                                         earthquake killed …" counts no one)
        earlier = {found for found, _ in out} | {found for first, _, found, _ in singles if first < k}
        if kind is not None and any(t.norm in _ADDED for t in toks[max(0, k - 1):k + 2]) and kind in earlier:
            continue  # "Un bombero resultó herido grave …, y otros dos sufrieron heridas leves": people besides
            #           those the sentence counted before, no toll of their own ("dos" had been its toll)
        if kind is not None and ordinal_at(toks, k, member.lang) is None and not _inside(toks[k].start, quoted) \
                and not _a_year(toks, k) and not no_toll(member, k):  # ("could prevent 8,000 deaths a year")
            out.append((kind, _figure(member, k, value_end(member, k), k)))
    out += [(kind, _figure(member, first, last, -1, value)) for first, last, kind, value in singles]
    out += [(MAGNITUDE, _figure(member, first, last, first, value)) for first, last, value in magnitudes]
    return sorted(out, key=lambda found: found[1].start)  # in reading order: "Un bombero resultó herido grave …, y
    #   otros dos sufrieron heridas leves" gives one injured first (the counts, read before the figures of one, had
    #   made "dos" its toll against "A firefighter")


def _count_kind(member: Member, k: int, counted: str, acts: frozenset[str]) -> str | None:
    """The outcome the count at token ``k`` is a toll of, or None: not an age ("Un trabajador de 54 años murió"),
    not places evacuated ("the evacuation of 12 villages", "12 centros de evacuación"), not some of the injured or
    the injured moved ("Neuf blessés se trouvent dans un état critique", "Twelve people in critical condition were
    evacuated to the capital")."""
    if counted in _TIMES:
        return None
    kind = counted if counted in OUTCOMES else _befell(acts)  # "Two workers were killed"
    if kind == "evacuation" and counted not in OUTCOMES and not counts_people(counted):
        return None
    if kind in ("injury", "evacuation") and _how_badly_hurt(member, k):
        return None
    return kind


def _how_badly_hurt(member: Member, k: int) -> bool:
    """The count at token ``k`` is of those in a grave state, said in its clause: "Neuf blessés se trouvent dans un
    état critique", "Nueve heridos se encuentran en estado crítico", "Nine people are in critical condition" (as
    "Nine of the injured are in critical condition" is, which no count reads): a part of the injured, whom another
    report counts whole. Not "15 heridas de gravedad", "12 seriously injured": a report's toll of the injured."""
    toks = member.feats.tokens
    for j in range(k + 1, min(k + 1 + _SEVERITY_REACH, len(toks))):
        if broken(member, j) or toks[j].is_number or toks[j].norm in _CLAUSE_JOINS:
            return False  # "Twelve people were injured, two of them in critical condition"
        if toks[j].norm in _CONDITIONS and any(t.norm in _STATES for t in toks[max(k + 1, j - 2):j + 2]):
            return True
    return False


_SEVERITY_REACH = 8  # words from a count to the state of those it counts ("blessés se trouvent dans un état
#                      critique")
_CONDITIONS = frozenset("""critical serious stable critique critiques grave graves sérieux crítico crítica críticos
    críticas""".split())
_STATES = frozenset("""condition conditions état états estado estados""".split())  # "in critical condition"
_CLAUSE_JOINS = frozenset({"and", "et", "y", "e", "und", "while", "tandis", "mientras"})


def magnitude_tokens(member: Member) -> frozenset[int]:
    """The tokens of the member's figures of a magnitude ("5,8" of "d'une magnitude de 5,8"), read once."""
    return member.memo("magnitudes", lambda: frozenset(
        k for first, last, _value in _magnitudes(member) for k in range(first, last + 1)))


def _magnitudes(member: Member) -> list[tuple[int, int, float | None]]:
    """(first token, last token, value where no one token gives it) of each figure of a magnitude: after its word,
    past "de"/"of"/"en" ("magnitude 5.8", "magnitude de 5,8", "situó la magnitud en 5,8"), or before it ("a 5.6
    magnitude earthquake", "6.1-magnitude"), or before "Richter" ("6,1 sur l'échelle de Richter"), or written "M6.1"
    (read as a word and a number)."""
    toks, out = member.feats.tokens, []
    quake = any(t.norm in _QUAKES or t.lemma in _QUAKES for t in toks)  # "M6.1", "Mw 6.1" only of an earthquake
    for k, tok in enumerate(toks):
        if tok.norm == "richter":  # "6.1 on the Richter scale", "6,1 sur l'échelle de Richter", "6,1 grados en la …"
            before = [j for j in range(max(0, k - _RICHTER_REACH), k) if toks[j].is_number and _a_scale(toks[j].norm)]
            out += [(j, j, None) for j in before[-1:]]
        elif quake and (value := _m_scale(member, k)) is not None:
            out.append((k, k + 1, value))
        elif quake and tok.surface in _SCALE_NAMES and k + 1 < len(toks) and toks[k + 1].is_number \
                and _a_scale(toks[k + 1].norm) and any(c in toks[k + 1].norm for c in ".,") \
                and not broken(member, k + 1):  # (tenths: not "the M 6", a road)
            out.append((k + 1, k + 1, None))  # "Mw 6.1", "M 5.8"
        elif tok.norm in _MAGNITUDE_WORDS:
            after = next((j for j in range(k + 1, min(k + 3, len(toks))) if not toks[j].stop or toks[j].is_number),
                         None)
            if after is not None and toks[after].is_number and _a_scale(toks[after].norm):
                out.append((after, after, None))
            elif k and toks[k - 1].is_number and _a_scale(toks[k - 1].norm):
                out.append((k - 1, k - 1, None))
    return out


def _m_scale(member: Member, k: int) -> float | None:
    """The magnitude "M6.1" writes (tokens "M6" and "1"), or None."""
    toks = member.feats.tokens
    found = _M_SCALE.fullmatch(toks[k].surface)
    if found is None or k + 1 >= len(toks) or member.text[toks[k].end:toks[k + 1].start] != "." \
            or not toks[k + 1].norm.isdigit() or len(toks[k + 1].norm) != 1:
        return None
    return float(f"{found.group(1)}.{toks[k + 1].norm}")


_M_SCALE = re.compile(r"M[wL]?(\d)")
_SCALE_NAMES = frozenset({"M", "Mw", "ML", "Ms", "Mb"})
_QUAKES = frozenset("""earthquake quake tremor aftershock séisme tremblement réplique sismo terremoto seísmo temblor
    réplica erdbeben beben nachbeben""".split())


def _a_scale(norm: str) -> bool:
    """A figure a magnitude scale gives: 1 to 10, tenths at most ("5.8", "6,1")."""
    try:
        value = float(norm.replace(",", "."))
    except ValueError:
        return False
    return 1.0 <= value <= 10.0 and len(norm.replace(",", ".").partition(".")[2]) <= 1


def _a_year(toks, k: int) -> bool:
    """A year before a noun ("the 2012 shooting death of his girlfriend"): no toll, unless people are counted."""
    tok = toks[k]
    if not (tok.is_number and tok.norm.isdigit() and len(tok.norm) == 4 and 1800 <= int(tok.norm) <= 2100):
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None  # "Some 2000 were evacuated", "killed 1900." count
    return after is not None and not after.stop and after.surface[:1].isalpha() and after.lemma not in PERSONS \
        and outcome(after) is None


def _befell(acts: frozenset[str]) -> str | None:
    """The one outcome among what befell the people or things counted ("Two workers were killed": "death")."""
    found = acts & OUTCOMES
    return next(iter(found)) if len(found) == 1 else None


def _inside(offset: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _figure(member: Member, first: int, last: int, token: int, exact: float | None = None) -> Figure:
    """The figure from token ``first`` to ``last``, with the words before it that bound or round it ("at least
    nine", "about 1,200", "au moins onze")."""
    toks, bounds = member.feats.tokens, member_qualifiers(member)
    while first > 0 and (first - 1 in bounds or toks[first - 1].norm in ROUNDING
                         or (toks[first - 1].norm in _ARTICLES and first > 1
                             and (first - 2 in bounds or toks[first - 2].norm in _MORE))):  # "Plus d'une centaine"
        first -= 1
    if first > 0 and toks[first].norm in _ARTICLES and toks[first - 1].norm in _MORE:
        first -= 1
    start, end = member.start + toks[first].start, member.start + toks[last].end
    return Figure(member.ref[0], member.ref[1], start, end, member.text[toks[first].start:toks[last].end], member,
                  token, exact)


def _nones(member: Member) -> list[tuple[int, int, str, float]]:
    """(first token, last token, outcome, 0) of each figure of none: "No deaths", "aucun blessé", "no one was hurt",
    "personne n'a été blessé" (not "Une personne a été tuée"), its verb right after it ("Nobody knows how many
    people died" gives no figure)."""
    toks, out = member.feats.tokens, []
    for k, tok in enumerate(toks):
        pair = k + 1 < len(toks) and (tok.norm, toks[k + 1].norm) in _NOBODY_PAIRS
        if pair or (tok.norm in _NOBODY and _nobody(member, k)):
            first = k + 2 if pair else k + 1
            if first < len(toks) and toks[first].norm in _ELSE:
                continue  # "No one else was injured": others were
            found = _none_after(toks, k, first) or (None if pair else _none_inverted(toks, k))
        elif tok.norm in _NONE_BEFORE_NOUN and not (k + 1 < len(toks) and toks[k + 1].norm in _ELSE):
            found = next(((k, j, kind, 0.0) for j in range(k + 1, min(k + 3, len(toks)))  # (not "no other injuries",
                          if (kind := outcome(toks[j])) is not None and not toks[j].stop), None)  # "aucun autre blessé")
        else:
            found = _none_there(toks, k)
        if found is not None:
            out.append(found)
    return out


def _none_after(toks, k: int, first: int) -> tuple[int, int, str, float] | None:
    """What befell no one after the words for no one ("no one was seriously hurt", "nadie murió"), from ``first``."""
    for j in range(first, min(first + _NONE_REACH, len(toks))):
        if (kind := outcome(toks[j])) is not None:
            return k, j, kind, 0.0
        if not toks[j].stop and toks[j].norm not in _HOW_BADLY:
            return None  # "Nobody knows …": another verb first
    return None


def _none_inverted(toks, k: int) -> tuple[int, int, str, float] | None:
    """"Verletzt wurde niemand", "Getötet wurde niemand": what befell no one, before the word for no one (a German
    clause opening on its participle), only its auxiliary between."""
    for j in range(k - 1, max(-1, k - 1 - _NONE_REACH), -1):
        if (kind := outcome(toks[j])) is not None:
            return j, k, kind, 0.0
        if not toks[j].stop:
            return None
    return None


def _none_there(toks, k: int) -> tuple[int, int, str, float] | None:
    """"Non ci sono stati feriti", "Não houve feridos", "No hubo heridos", "Il n'y a pas eu de blessés": a negation,
    the words of there being, and the outcome's noun."""
    if toks[k].norm not in _NOT_THERE:
        return None
    for j in range(k + 1, min(k + 1 + _NONE_REACH, len(toks))):
        if (kind := outcome(toks[j])) is not None and not toks[j].stop:
            return k, j, kind, 0.0
        if toks[j].norm not in _THERE_BEING:
            return None
    return None


def _nobody(member: Member, k: int) -> bool:
    """Token ``k`` ("nobody", "nadie", "personne") means no one: French "personne" only before "ne" / "n'" and not
    after a determiner ("personne n'a été blessé"; "Une personne a été tuée" is one)."""
    toks = member.feats.tokens
    if toks[k].norm != "personne":
        return True
    after = member.text[toks[k].end:toks[k].end + 4].lower()
    return after.startswith((" ne ", " n'", " n’")) and not (k and toks[k - 1].norm in _DETERMINERS_FR)


def _disputed(heads: tuple[Figure, ...], together: set[tuple[int, int]], magnitudes: bool) -> bool:
    """Two reports' headline figures (``headlines``) that differ (``_agree``), the two reports sharing a claim
    (``together``: reports of two events opened side by side give two tolls, not one disputed)."""
    agree = _same_magnitude if magnitudes else _agree
    return any((a.source, b.source) in together and not agree(a, b)
               for n, a in enumerate(heads) for b in heads[n + 1:])


def _odd(heads: tuple[Figure, ...], magnitudes: bool) -> frozenset[int]:
    """The reports whose headline figure differs from the one most reports' leads agree with ("12", "12", "12", "15":
    the report of 15); none when no figure has most behind it ("12", "12", "15", "15"; "12", "12", "15", "17", "20"):
    then each figure stands against another."""
    agree = _same_magnitude if magnitudes else _agree
    backing = [sum(agree(a, b) for b in heads) for a in heads]
    best = max(backing, default=0)
    top = [a for a, n in zip(heads, backing) if n == best]
    if best * 2 <= len(heads) or any(not agree(top[0], a) for a in top[1:]):
        return frozenset()  # (12, 12, 15, 17, 20: no figure most leads give)
    return frozenset(a.source for a in heads if not agree(top[0], a))


def _same_magnitude(a: Figure, b: Figure) -> bool:
    """Tenths of a scale: 5.8 and 6.1 are two magnitudes, "6" is 6.0 to 6.9."""
    x, y = _magnitude(a), _magnitude(b)
    return x[0] <= y[1] and y[0] <= x[1]


def _agree(a: Figure, b: Figure) -> bool:
    if a.exact is None and b.exact is None:
        return may_agree(a.member, [a.token], b.member, [b.token])
    x, y = _values(a), _values(b)  # none or one against a count: "at least 1" agrees with one, "two" does not
    return x is not None and y is not None and x[0] <= y[1] and y[0] <= x[1]


def _values(f: Figure) -> tuple[float, float] | None:
    if f.exact is not None:
        return f.exact, f.exact
    found = interval(f.member, f.token)
    return None if found is None else (found[0], found[1])


def _magnitude(f: Figure) -> tuple[float, float]:
    """The values a magnitude figure states: "6.1" itself, "6" from 6.0 to 6.9."""
    if f.exact is not None:
        return f.exact, f.exact
    written = f.member.feats.tokens[f.token].norm.replace(",", ".")
    value = float(written)
    return (value, value) if "." in written else (value, value + 0.9)
