"""Who says it, compared across sources: for each claim (group), on whose word each source's version rests, a
flag when no version names its source ("anonymous sources only", "no stated source"), and an ``attribution``
conflict detail when two versions rest on different sources (a named official here, an unnamed one there;
one outlet here, another there).

A version's speakers are its sentences' attributions other than outlets (an official speaking to CNN rests on
the official); a version whose only attributions are outlets rests on them. Two speakers are the same when they
are both anonymous, or named alike (rapidfuzz: "Sullivan" is "Jake Sullivan"), or when one of them is a person and
both end in the same name ("Narendra Modi" and "India's Modi"), or across languages when their words mean the same
("the European Commission" / "la Commission européenne"). Named alike, their kinds need not agree: whether a
name met once is a person or a body ("Ryanair reports…", "Obama declares…") is a guess each report makes alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from ..acronyms import is_acronym
from ..details import same_stem
from ..details.member import german_noun
from ..features import features, strip_accents
from ..headings import headline_of
from ..lemmas import shared_lemmas
from ..meanings import meaning_key
from ..model import ANONYMOUS_ONLY, ATTRIBUTION_KINDS, NO_SOURCE, Attribution, Comparison, Detail
from ..quote_runs import run_mates
from ..short_forms import initials_keys
from ..world_names import countries_said, word_key
from .cues import CUES
from .described_bodies import body_described
from .dropped_subjects import dropped_subject
from .figure_credit import credited_figures
from .own_clauses import own_clause_speakers, with_their_speakers, without
from .phrase import INSTITUTION_FORMS
from .quote_mates import mates_of, quotations, quote_mates
from .ranks import other_rank, ranks_across, ranks_of, unranked
from .sentence import dateline_end
from .study_sources import one_study
from .titled import named_before, titled_alike


_SAME_NAME = 85  # rapidfuzz partial_ratio at which two names are one
# a definite article opening a name, in any language read ("il ministro" / "the minister": the article is no name)
_ARTICLE = re.compile(r"^(?:the|le|la|les|el|los|las|il|lo|gli|i|der|die|das|den|dem)\s+|^l'")


@dataclass(frozen=True)
class ClaimSourcing:
    """One group's sourcing: each member source's speakers, the flag, and whether versions differ."""

    group: int
    versions: dict[int, tuple[Attribution, ...]]  # source -> the speakers its version rests on
    flag: str | None  # ANONYMOUS_ONLY, NO_SOURCE, or None when some version names its source
    differs: bool  # two versions rest on different sources
    apart: frozenset[Attribution] = frozenset()  # speakers of a clause only their version has: not the claim's


def analysed(comp: Comparison, source: int) -> bool:
    """Whether the source's language has cue lists: in another language no attribution is found, which says
    nothing about its sourcing (no flag, no profile)."""
    return comp.documents[source].language in CUES


def speakers(atts: list[Attribution]) -> tuple[Attribution, ...]:
    """Whom a version rests on: its attributions other than outlets, or its outlets when that is all it has."""
    people = tuple(a for a in atts if a.kind != "outlet")
    return people or tuple(atts)


def flag_of(versions: dict[int, tuple[Attribution, ...]]) -> str | None:
    """NO_SOURCE when no version states a source, ANONYMOUS_ONLY when every stated source is anonymous."""
    stated = [a for v in versions.values() for a in v]
    if not stated:
        return NO_SOURCE
    return ANONYMOUS_ONLY if all(a.kind == "anonymous" for a in stated) else None


def _name(comp: Comparison, a: Attribution) -> str:
    """The speaker's phrase as compared: lower case, unaccented, without a possessor opening it ("Ilveira's agent
    Paulo Drummond" is the agent, not Ilveira)."""
    text = a.refers_to or comp.documents[a.source].text[a.start:a.end]
    owner = _POSSESSOR.match(text)
    if owner and not countries_said(features(owner.group(1), comp.documents[a.source].language).tokens,
                                     comp.documents[a.source].language):
        text = text[owner.end():]
    return strip_accents(text.lower())


# a person named as whose someone is ("Ilveira's agent Paulo Drummond": the agent); not a country's ("Spain's health
# minister"), nor a thing's ("the hospital's emergency department")
_POSSESSOR = re.compile(r"^((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s\s+(?=\w)")


_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "he", "she", "they", "it", "we", "nous", "i", "je"})


def _unresolved(comp: Comparison, a: Attribution) -> bool:
    """A pronoun speaker the text does not name ("a-t-il ajouté" with no name nearby, or a verb whose subject is
    dropped: "«…», aseguró."): it cannot be compared."""
    doc = comp.documents[a.source]
    return a.refers_to is None and (_name(comp, a) in _PRONOUNS or dropped_subject(a, doc.text, doc.language))


def same_speaker(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    """The two attributions may name one speaker; read once per comparison and pair (the claims' sourcing, their
    conflicts and the quotations' mates ask it of the same pairs: 0.75 s of a long pair's 13 s when asked anew)."""
    memo = comp.__dict__.setdefault("_same_speaker", {})
    if (a, b) not in memo:
        memo[(a, b)] = _same_speaker_read(comp, a, b)
    return memo[(a, b)]


def _same_speaker_read(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    a, b = named_before(comp, a) or a, named_before(comp, b) or b  # "la préfète": "la préfète Hélène Marchal"
    body_a, body_b = body_described(comp, a), body_described(comp, b)  # "die Behörde": "Kraftfahrt-Bundesamt (KBA)"
    return bool(body_a or body_b) and _same_speaker(comp, body_a or a, body_b or b) or _same_speaker(comp, a, b)


def _same_speaker(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    if _unresolved(comp, a) or _unresolved(comp, b):
        return True  # "he" may well be the other version's speaker: never a difference to report
    if a.kind == b.kind == "anonymous" or _unnamed_documents(comp, a, b):
        return True
    if (ranked := _ranked_across(comp, a, b)) is not None:
        return ranked  # "the deputy governor" / "le gouverneur": two; "le sous-gouverneur": one
    if _translated(comp, a, b):
        return True
    if "person" not in (a.kind, b.kind) and one_study(*(x.refers_to or _phrase(comp, x) for x in (a, b))):
        return True  # "une étude publiée mercredi dans le …" / "une étude parue", "The researchers" / "The team"
    if _two_people(comp, a, b):
        return False  # whatever their roles share ("…, secretary-general of the union FNPD" / "…, portavoz del FNPD";
        #               "WHO spokesman Tarik Jasarevic" / "María Neira, directora de salud pública de la OMS")
    if _one_body(comp, a, b) or _described_across(comp, a, b):
        return True
    if _generic_body(comp, a, b) or _generic_body(comp, b, a):
        return True  # "The company said" is the company another version names ("Kestrel said")
    if _body_named_before(comp, a, b) or _body_named_before(comp, b, a):
        return True  # "the regulator said", in a report that named the DPC, is the DPC another version cites
    if _one_party(_name(comp, a), _name(comp, b)):
        return True  # "according to prosecutors" / "selon l'accusation": the prosecution, in either language
    if any(_AUTHORITIES.match(_name(comp, x)) and (y.kind == "organisation" or _OFFICIALS.match(_name(comp, y)))
           for x, y in ((a, b), (b, a))):
        return True  # "Authorities say" is the police, the prosecutors or the ministry another version names;
        #              "regional authorities" the regional government; unnamed "officials" are the authorities'
        #              (a QA helper's crash reports: "officials said" / "las autoridades locales")
    if other_rank(_phrase_of(comp, a), _phrase_of(comp, b)):
        return False  # "the governor" / "the deputy governor": two offices, whatever words they share
    if titled_alike(comp, a, b) or titled_alike(comp, b, a):
        return True  # "dijo la jueza" / "Vasseur told", a report having "Presiding judge Hélène Vasseur"
    if a.kind != b.kind and {a.kind, b.kind} & _UNNAMED:
        return False
    name_a, name_b = _name(comp, a), _name(comp, b)
    if a.kind == b.kind and fuzz.partial_ratio(*_without_articles(comp, a, b, name_a, name_b)) >= _SAME_NAME:
        return True
    if a.kind == b.kind == "person" and full_names(comp, a) & full_names(comp, b):
        return True  # "Christian Noyer, également présent" / "Christian Noyer, président de la Banque de France"
    if a.kind == b.kind == "organisation" and _named_last(comp, a) & _named_last(comp, b):
        return True  # "the state utility Electrosur" / "l'opérateur Electrosur": one body, described otherwise
    return _alike(name_a, name_b) or ("person" in (a.kind, b.kind) and _last_word(name_a) == _last_word(name_b) != "") \
        or _initials_of(comp, a, b) or _initials_of(comp, b, a) or _state_of(name_a, name_b) or _state_of(name_b, name_a) \
        or _named_together(comp, name_a, name_b) or _named_together(comp, name_b, name_a)


_DETERMINER = re.compile(r"^(?:le |la |les |l'|the |a |an |un |une |son |sa |ses |his |her |its |their )")


def _named_together(comp: Comparison, role: str, name: str) -> bool:
    """``role`` ("le ministre de l'agriculture") is the person ``name`` ("m. delorme") where a report of the
    comparison sets the two in apposition: the role, then the name in capitals with at most two capitalised words
    before it ("Le ministre de l'Agriculture, Marc Delorme,", "Transport Minister Hélène Marchetti"), or the name,
    a comma and the role without an article ("Marc Delorme, ministre de l'Agriculture,") or after "the" ("Smith, the
    interior minister,"), closed by a comma or a bracket (a role of two words or more). A role next to a name in a
    list ("Gaëtan Gorce, la nouvelle secrétaire d'Etat …"), across a full stop or before "'s" is no apposition."""
    role = _DETERMINER.sub("", role.replace("\u2019", "'")).strip()
    last = _last_word(name)
    if len(_WORDS.findall(role)) < 2 or not last or last in _WORDS.findall(role):
        return False
    r, n = re.escape(role), re.escape(last)
    capital = r"(?=[A-Z])"
    together = re.compile(rf"(?i:\b{r})\s*,?\s*(?:{capital}[\w-]+\s+){{0,2}}{capital}(?i:{n})\b"
                          rf"|\b{capital}(?i:{n})\s*,\s*(?:(?i:the)\s+)?(?i:{r})\s*[,)]")
    return any(together.search(strip_accents(d.text.replace("\u2019", "'"))) for d in comp.documents)


def _unnamed_documents(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    """Two statements named by their kind alone ("a statement" / "un bref communiqué", "a press release"): nothing
    tells them apart, in one language or two. A report, a document of someone ("the company's statement", "a police
    report", "le rapport d'autopsie") is compared as before."""
    return a.kind == b.kind == "document" and all(_STATEMENT_ALONE.match(_name(comp, x)) for x in (a, b))


_STATEMENT_ALONE = re.compile(r"^(?:(?:a|an|the|its|his|her|their|un|une|le|la|son|sa|leur)\s+)?"
                              r"(?:(?:short|brief|written|bref|court)\s+)?"
                              r"(?:statement|press release|release|communique(?: de presse)?|declaration)"
                              r"(?:\s+(?:ecrite|ecrit|written))?$")


def _generic_body(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    """``a`` names a body by what it is ("the company", "la société") and ``b`` names a body ("Kestrel")."""
    found = _GENERIC_BODY.match(_name(comp, a)) if a.kind == b.kind == "organisation" else None
    return found is not None and all(w is None or _generic_word(w) for w in (found["before"], found["after"])) \
        and not set(_WORDS.findall(_ELIDED.sub("", _name(comp, b)))) & _NO_FIRM
    #  (a company is no union, no government, no court: "The French carmaker" / "The CGT union" are two sources)


def _body_named_before(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    """``a`` names a public body by its kind alone ("the regulator", "the watchdog", "le régulateur", "la
    commission") and ``b`` names a body that ``a``'s own report names too ("the DPC", in a report that opened on
    "Ireland's Data Protection Commission (DPC)"): the report's regulator is that body (a QA helper's breach
    reports had "the regulator said" / "According to the DPC" attributed differently)."""
    if not (a.kind == b.kind == "organisation" and _BODY_KIND.match(_name(comp, a))):
        return False
    text = comp.documents[b.source].text[b.start:b.end]
    names = [w for w in _WORDS.findall(text) if w[:1].isupper() and w.lower() not in _ARTICLES]
    before = comp.documents[a.source].text[:a.start]
    others = {w for w in _WORDS.findall(before) if len(w) > 1 and w.isupper()} - set(names)
    return bool(names) and not others and all(re.search(rf"\b{re.escape(w)}\b", before) for w in names)
    #  (the one body its report names before: "The FDA approved …, a week after the EMA rejected it. The agency
    #  said" may be either)


_BODY_KIND = re.compile(r"^(?:the|le|la|l'|el)\s*(?:regulator|watchdog|commission|agency|authority|regulateur|"
                        r"gendarme|autorite|agence|regulador|autoridad|comision|agencia)$")


def _without_articles(comp: Comparison, a: Attribution, b: Attribution, x: str, y: str) -> tuple[str, str]:
    """Two languages' names without the article each opens on ("il ministro" / "the minister"; one language's
    names keep theirs: "the State Department" / "the Defense Department" are compared as written)."""
    if comp.documents[a.source].language == comp.documents[b.source].language:
        return x, y
    return _ARTICLE.sub("", x), _ARTICLE.sub("", y)


def _generic_word(word: str) -> bool:
    """A word naming a body by where it is from or what it makes ("French", "français", "Lisbon-based",
    "automobile"), not which one it is ("Green", "écologiste")."""
    return word in _GENERIC_WORDS or word.endswith(("-based", "-owned", "-listed")) \
        or (word_key(word, "en", True) or word_key(word, "fr", True) or word_key(word, "es", True) or ""
            ).startswith("lang:")


def _one_party(x: str, y: str) -> bool:
    """Both names name one party of a trial and nothing else ("prosecutors", "the prosecution", "l'accusation", "le
    parquet"; "the defence", "la défense"); a person with a title ("prosecutor Jean Morel", "Defence Minister
    Umerov") is compared by name."""
    a, b = (set(_WORDS.findall(_ELIDED.sub("", name))) - _ARTICLES for name in (x, y))
    place = a & b - _PARTY_WORDS  # "The Perpignan prosecutor's office" / "le parquet de Perpignan": one city's
    pa, pb = (a - place) or a, (b - place) or b
    return bool(a and b) and (any(pa <= party and pb <= party for party in _PARTIES)
                              or (a <= _RESCUE and b <= _RESCUE and bool(a & _RESCUE_NAMED) and bool(b & _RESCUE_NAMED)
                                  and not (a & _LEVELS and b & _LEVELS and not a & b & _LEVELS)))
    #  (the services of a county and of a city are two: "the state emergency service" / "the city fire department")


# lower case, unaccented: "authorities", "regional authorities", "les autorites regionales d'estremadure"; not a
# country's ("the Syrian authorities" is no Turkish ministry)
_LEVEL = r"(?:regional|local|federal|state|provincial|municipal|city|county|district|health|regionales|locales|" \
         r"federales|sanitaires|municipales|provinciales|sanitarias)"
_LEVELLED = rf"(?:{_LEVEL} (?:authorities|autoridades)|(?:autorites|autoridades) {_LEVEL})"  # "regional authorities"
_AUTHORITIES = re.compile(rf"^(?:the |les |las )?(?:authorities|autorites|autoridades|{_LEVELLED}"
                          r"(?: (?:of |de |d['’]|du |des )[\w'’ -]+)?)$")  # a place only after a level
_OFFICIALS = re.compile(r"^(?:the |les |des |los |las |unos |some |several )?(?:officials|responsables|autorités|"
                        r"autorites)$")  # people unnamed of no named body (not "fonctionnaires": civil servants)
_PARTIES = (frozenset("""prosecution prosecutors prosecutor accusation parquet procureur procureurs procureure
                        prosecutor's prosecutors' office fiscalia fiscal fiscales of de du del procura accusa
                        staatsanwaltschaft di della""".split()),
            frozenset("defence defense difesa verteidigung".split()),  # lower case, unaccented ("défense")
            frozenset("unions union syndicats intersyndicale sindicatos gewerkschaften sindacati".split()))  # the
#           unions, as one
#           (a QA helper's protest reports: "the unions" / "l'intersyndicale" read as two sources)
# the fire and rescue service, however named: "fire officials" / "los bomberos" / "les secours" / "the emergency
# services" (each naming it by one of ``_RESCUE_NAMED``; "officials" alone names no service)
_PARTY_WORDS = frozenset().union(*_PARTIES)
_LEVELS = frozenset("county regional state city departmental departemental departementaux".split())  # ("local": any)
_RESCUE_NAMED = frozenset("""fire firefighters firefighter pompiers sapeurs-pompiers bomberos emergency emergencies
    secours urgence emergencia emergencias rescue vigili fuoco soccorsi soccorso feuerwehr""".split())
_RESCUE = _RESCUE_NAMED | frozenset("""officials official service services department brigade spokesman spokeswoman
    spokesperson de d du des del servicios servicio local dei della""".split()) | _LEVELS  # "the county fire service"


def _state_of(country: str, state: str) -> bool:
    """A country and its government named by its adjective ("Syria" / "the Syrian regime", "France" / "le
    gouvernement français"): one speaker."""
    words = [w for w in _WORDS.findall(_ELIDED.sub("", country)) if w not in _ARTICLES]
    others = [w for w in _WORDS.findall(_ELIDED.sub("", state)) if w not in _ARTICLES]
    return len(words) == 1 and len(others) == 2 and bool(set(others) & _STATE) \
        and any(_adjective_of(words[0], w) for w in others if w not in _STATE)


def _adjective_of(country: str, word: str) -> bool:
    """ "syria" / "syrian", "iran" / "iranian", "ukraine" / "ukrainien" (``details.same_stem``, four letters up)."""
    return same_stem(country, word) or (len(country) == 4 and 1 <= len(word) - 4 <= 3 and word.startswith(country[:3]))


# a body named by what it is, not who ("the company", "la société"): the body the other version names
_GENERIC_BODY = re.compile(r"^(?:the|le|la|l['’]|el|il|lo|die|der|das)\s*(?:(?P<before>[\w-]+)\s+)?(?:company|firm|group|bank|"
                           r"operator|carrier|airline|retailer|insurer|utility|manufacturer|\w*maker|societe|groupe|"
                           r"entreprise|banque|operateur|compagnie|enseigne|firme|assureur|constructeur|fabricant|"
                           r"distributeur|empresa|compania|grupo|banco|operador|aerolinea|aseguradora|fabricante|"
                           r"constructora|firma|cadena|compagnia|azienda|societa|gruppo|banca|vettore|"
                           r"unternehmen|konzern|gesellschaft|fluggesellschaft)"
                           r"(?:\s+(?P<after>[\w-]+))?$")
#  "the French carmaker", "le constructeur automobile", "the Lisbon-based company": a body named by what it is and
#  where it is from or what it makes (``_GENERIC_WORDS``), not "the Green group", "le groupe écologiste"
_NO_FIRM = frozenset("""union unions syndicat syndicats government gouvernement ministry ministere minister ministre
    police court tribunal cour party parti council conseil commission parliament parlement assemblee senate senat
    prosecutors parquet agency agence authority autorite regulator army armee city mairie ville state etat sindicato
    sindicatos gobierno ministerio ministro ministra policia tribunal juzgado partido parlamento senado fiscalia
    autoridad regulador ejercito ayuntamiento estado""".split())  # (not "consejo", "agencia": a board, Moody's)
_GENERIC_WORDS = frozenset("""automobile aeronautique ferroviaire pharmaceutique industriel bancaire energetique
    petrolier chimique agroalimentaire mutualiste cooperatif car oil energy steel chemical drug drugs tech technology
    telecoms state-owned local regional national farmaceutica petrolera quimica alimentaria energetica
    automovilistica""".split())
_ARTICLES = frozenset({"the", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "i", "der", "die", "das"})
_ELIDED = re.compile(r"\b[ld]['’]")  # "l'ukraine"
_STATE = frozenset({"regime", "government", "authorities", "gouvernement", "autorites"})  # lower case, unaccented


def _translated(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    """Two languages naming one source: most content words of the shorter name are words of the other or mean one
    of its words (the comparison's word table: "the European Commission" / "la Commission européenne", "a Swiss
    company" / "une entreprise suisse"; "the Council of States" is not "le Conseil fédéral"). Their kinds need not
    agree: each report's extractor guesses them alone."""
    if comp.word_matches is None or comp.documents[a.source].language == comp.documents[b.source].language:
        return False
    words = [{k for t in _tokens(comp, x) if (k := meaning_key(t)) is not None} for x in (a, b)]
    small, large = sorted(words, key=len)
    return 2 * sum(w in large or comp.word_matches.covers(w, large) for w in small) > len(small)


def _ranked_across(comp: Comparison, a: Attribution, b: Attribution) -> bool | None:
    """Two languages' titles alone with a rank word in either (``ranks.ranks_across``): False for two ranks, True for
    one rank of titles that translate each other; None otherwise (read as any other speakers)."""
    if comp.documents[a.source].language == comp.documents[b.source].language:
        return None
    x, y = _phrase_of(comp, a), _phrase_of(comp, b)
    ranked = ranks_across(x, y)
    if ranked is None and ranks_of(x) and ranks_of(y):
        titles = [_ARTICLE.sub("", strip_accents(unranked(p).lower())) for p in (x, y)]
        return _translated(comp, replace(a, refers_to=unranked(x)), replace(b, refers_to=unranked(y))) \
            or fuzz.ratio(*titles) >= _SAME_TITLE or None  # "governor" / "gouverneur" (78), not "minister" (25)
    return ranked


_SAME_TITLE = 75  # rapidfuzz ratio of two languages' titles, rank and article aside, that are one title


def _one_body(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    """Two languages' acronyms of one body ("the WHO" / "la OMS", "NATO" / "l'OTAN"): a pair the comparison's word
    table holds for them (``acronym_meanings``)."""
    if comp.word_matches is None or comp.documents[a.source].language == comp.documents[b.source].language:
        return False
    mine, theirs = ({t.surface for t in _tokens(comp, x) if t.surface.isupper()} for x in (a, b))
    return any(comp.word_matches.vouches(x, y) for x in mine for y in theirs)


def _described_across(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    """Two languages' bodies, one of them described by what it is ("il governo regionale valenciano" / "la
    Generalitat valenciana"), that share a word the comparison's word table reads alike: one body, named in one
    version (not "police" / "le parquet de Braga", which share none)."""
    if a.kind != "organisation" or b.kind != "organisation" or comp.word_matches is None \
            or comp.documents[a.source].language == comp.documents[b.source].language \
            or (_named_words(comp, a) and _named_words(comp, b)):
        return False
    mine, theirs = ({k for t in _tokens(comp, x) if not t.stop and strip_accents(t.norm) not in _SCOPES
                     and (k := meaning_key(t)) is not None} for x in (a, b))
    return any(w in theirs or comp.word_matches.covers(w, theirs) for w in mine)


# words of a body's reach, which many bodies share ("the regional health service" / "la policía regional": two)
_SCOPES = frozenset("""regional regionale regionales regionaux national nationale nationales nationaux nacional
    nacionales nazionale nazionali local locale locales locaux municipal municipale municipales federal federale
    fédéral fédérale state public publique publics publico publica pubblico pubblica central centrale general
    generale général générale""".split())


def _named_words(comp: Comparison, a: Attribution) -> list[str]:
    """The capitalised words of a speaker's phrase that name something, articles and German nouns aside."""
    tokens = _tokens(comp, a)
    german = comp.documents[a.source].language == "de"
    return [t.surface for k, t in enumerate(tokens) if t.surface[:1].isupper() and t.norm not in _ARTICLES
            and not (german and german_noun(tokens, k))]


def _initials_of(comp: Comparison, short: Attribution, full: Attribution) -> bool:
    """One speaker named by initials the other spells out ("the BoE" / "the Bank of England", "the U.N." / "the
    UN"): the acronym's capitals are the initials of a run of the other's capitalised words (``short_forms``)."""
    mine = _tokens(comp, short)
    acronyms = {k for t, keys in zip(mine, initials_keys(mine)) if is_acronym(t.surface) for k in keys}
    if not acronyms:
        return False
    return bool(acronyms & {k for keys in initials_keys(_tokens(comp, full)) for k in keys})


def _phrase_of(comp: Comparison, a: Attribution) -> str:
    """The speaker's phrase, or whom a pronoun stands for, as written."""
    return a.refers_to or _phrase(comp, a)


def _phrase(comp: Comparison, a: Attribution) -> str:
    return comp.documents[a.source].text[a.start:a.end]


def _tokens(comp: Comparison, a: Attribution) -> tuple:
    """The words of the speaker's phrase, or of whom a pronoun stands for ("he": "João Patrício, a legal adviser")."""
    doc = comp.documents[a.source]
    return features(a.refers_to or doc.text[a.start:a.end], doc.language).tokens


def full_names(comp: Comparison, a: Attribution) -> set[tuple[str, str]]:
    """A person's first and last name in a speaker's phrase: the last two words of a run of capitalised words, left
    of them neither a title nor an institution's noun ("Christian Noyer", "Christine Lagarde" of "la ministre de
    l'Economie Christine Lagarde", "Sergei Lavrov" of "Foreign Minister Sergei Lavrov"; not "Société Générale",
    not "Foreign Minister"), lower case and unaccented."""
    return {run[-2:] for run in _name_runs(comp, a)}


def _name_runs(comp: Comparison, a: Attribution) -> list[tuple[str, ...]]:
    """The runs of two capitalised words or more of a speaker's phrase, titles, institutions' nouns and articles
    left out, lower case and unaccented (``full_names``)."""
    toks, cues = _tokens(comp, a), CUES.get(comp.documents[a.source].language)
    titles, det = (cues.titles, cues.det) if cues else (frozenset(), frozenset())
    text = a.refers_to or comp.documents[a.source].text[a.start:a.end]
    runs, run, last = [], [], None
    for t in (*toks, None):
        gap = text[last.end:t.start].strip() if t is not None and last is not None else ""
        apart = bool(gap) and not (gap == "." and len(last.surface) == 1)  # "Elena Ortiz, Ventura's chief
        #       executive": a comma ends the name; an initial's stop does not ("Robert F. Kennedy")
        if apart or not (t is not None and t.surface[:1].isupper() and t.norm not in INSTITUTION_FORMS
                         and t.norm not in titles and t.norm not in det):
            runs += [tuple(run)] if len(run) >= 2 else []
            run = []
        if t is not None and t.surface[:1].isupper() and t.norm not in INSTITUTION_FORMS and t.norm not in titles \
                and t.norm not in det:
            run.append(strip_accents(t.norm))
        last = t
    return runs


def _named_last(comp: Comparison, a: Attribution) -> set[str]:
    """The name a body's phrase ends on, when it is a name a word describes ("Electrosur" of "the state utility
    Electrosur", "l'opérateur Electrosur", "the management of Electrosur"); not a name it is of ("the Electrosur
    union", "Kestrel's board", "the union representing workers at Electrosur")."""
    toks = _tokens(comp, a)
    last = toks[-1] if toks else None
    if last is None or len(toks) < 2 or any(t.norm in _OTHER_PARTIES for t in toks) or not last.surface[:1].isupper() \
            or last.norm in INSTITUTION_FORMS \
            or shared_lemmas().known(last.norm, comp.documents[a.source].language):
        return set()
    return {strip_accents(last.norm)}


# people of a body who speak for themselves, not for it ("the union representing workers at Electrosur"; "the
# management of Electrosur", "la dirección de Electrosur" speak for it)
_OTHER_PARTIES = frozenset("""union unions workers employees staff shareholders investors customers clients rivals rival
    competitors creditors syndicat syndicats salariés employés actionnaires clients concurrents sindicato sindicatos
    trabajadores empleados accionistas clientes gewerkschaft betriebsrat mitarbeiter aktionäre""".split())


def _alike(x: str, y: str) -> bool:
    """One name, written alike: the same words, or one's words all in the other's ("Ryanair", "Ryanair Holdings")."""
    wx, wy = set(_WORDS.findall(x)), set(_WORDS.findall(y))
    return bool(wx and wy) and (wx <= wy or wy <= wx)


def _two_people(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    """Both phrases name a person by first and last name, and no word of the one's names but a first name is one of
    the other's or spelled close to it (``_OTHER_SURNAME``; "Kim Jong Un" / "Kim Jong-un", "Jens Stoltenberg,
    NATO Secretary General" / "Jens Stoltenberg", "Gustavo Petro Urrego" / "Gustavo Petro" are one person): two
    people ("Karim Benali, secretary-general of the dockworkers' union FNPD" / "Sophie Arnaud, portavoz del sindicato
    FNPD", a quote a helper's Spanish report gave to another person; "Anne Durand" / "Anne Dupont")."""
    if a.kind != "person" or b.kind != "person":
        return False
    mine, theirs = (_surnames(runs) for runs in (_name_runs(comp, a), _name_runs(comp, b)))
    return bool(mine and theirs) and not any(fuzz.ratio(x, y) >= _OTHER_SURNAME for x in mine for y in theirs)


def _surnames(runs: list[tuple[str, ...]]) -> set[str]:
    """The words of names past their first, hyphenated ones split ("jong", "un" of "Kim Jong-un")."""
    return {part for run in runs for word in run[1:] for part in word.split("-") if part}


# rapidfuzz ratio under which two surnames are two people's ("benali" / "arnaud" 33, "durand" / "dupont" 50); from
# there a name may be one spelled otherwise ("kowalski" / "kowalczyk" 71, "zelensky" / "zelenski" 88): the names'
# details say so
_OTHER_SURNAME = 60


def _last_word(name: str) -> str:
    """A person's name's last word ("modi" of "narendra modi", of "india's modi")."""
    words = _WORDS.findall(name)
    return words[-1] if words and len(words[-1]) > 2 else ""


_UNNAMED = frozenset({"anonymous", "document"})  # kinds that are no guess from a name alone
_WORDS = re.compile(r"\w+(?:[-']\w+)*")


def _agree(comp: Comparison, mine: tuple[Attribution, ...], theirs: tuple[Attribution, ...]) -> bool:
    """Every speaker of one version is a speaker of the other, or the other way round."""
    covered = lambda xs, ys: all(any(same_speaker(comp, x, y) for y in ys) for x in xs)  # noqa: E731
    return covered(mine, theirs) or covered(theirs, mine)


def attributions_by_sentence(comp: Comparison) -> dict[tuple[int, int], list[Attribution]]:
    """Each sentence's attributions; a sentence of a quotation that names its speaker in another of its sentences
    has theirs ('"It wasn't typical. You got the feeling …," Pigeon told The Canadian Press': both are Pigeon's).
    Read once for the comparison's list of attributions as it stands."""
    key = (id(comp.attributions), len(comp.attributions))
    memo = comp.__dict__.get("_by_sentence")
    if memo is None or memo[0] != key:
        memo = comp.__dict__["_by_sentence"] = (key, _by_sentence(comp))
    return memo[1]


def _by_sentence(comp: Comparison) -> dict[tuple[int, int], list[Attribution]]:
    index: dict[tuple[int, int], list[Attribution]] = {}
    for a in comp.attributions:
        index.setdefault((a.source, a.sentence), []).append(a)
    for source, doc in enumerate(comp.documents):
        for i, mates in run_mates(doc).items():
            if (source, i) not in index:
                lender = next((j for j in mates if any(a.sentence == j for a in index.get((source, j), []))), None)
                if lender is not None:
                    index[(source, i)] = [a for a in index[(source, lender)] if a.sentence == lender]
    return index


def _dateline_agency(comp: Comparison, a: Attribution) -> bool:
    """The agency of a wire lead's dateline ("PARIS, Oct 14 (Meridian News) - "): whom the report comes from, not a
    source of its claim; a version resting on it alone is not "attributed differently" from one naming a speaker
    ("Le tribunal … a condamné")."""
    doc = comp.documents[a.source]
    start = doc.sentences[a.sentence].start
    after = doc.text[a.cue[1]:a.cue[1] + 3].lstrip()
    return a.kind == "outlet" and (a.cue[1] - start <= dateline_end(doc.sentence_text(a.sentence)) or (
        doc.text[a.cue[0]:a.cue[0] + 1] == "(" and after[:1] in ("-", "–", "—") and a.cue[0] - start <= _DATELINE))


_DATELINE = 60  # characters of a dateline before its agency ("SANTA IRENE, 14 Mar. (Agencia Ibérica) - ")


def claim_sourcing(comp: Comparison, details: list[Detail] | None = None) -> list[ClaimSourcing]:
    """The sourcing of every group, in group order; its flag reads the speakers that source what the versions
    share, not a clause only one version has (``own_clauses``, from ``details``: the comparison's by default)."""
    index = attributions_by_sentence(comp)
    details = comp.details if details is None else details
    out = []
    titles = {(k, i) for k, doc in enumerate(comp.documents) if (i := headline_of(doc)) is not None}  # a headline
    #        names no source, as a rule: no "⚠ No stated source" on a claim only headlines make
    for g, grp in enumerate(comp.groups):
        versions: dict[int, tuple[Attribution, ...]] = {}
        for source in sorted(grp.sources):
            atts = [a for ref in grp.members if ref[0] == source for a in index.get(ref, [])]
            versions[source] = speakers(atts)
        stated = [v for v in versions.values() if v and not all(_dateline_agency(comp, a) for a in v)]
        differs = any(not _agree(comp, a, b) for i, a in enumerate(stated) for b in stated[i + 1:]) \
            or _credited_apart(comp, grp.members, index) \
            or _quoted_apart(comp, grp.members, index)  # one figure, two sources: "Police put the turnout at
        #                                                   38,000" / "Selon les organisateurs, 38 000 personnes"
        judged = all(analysed(comp, s) for s in versions)
        apart = own_clause_speakers(comp, versions, details)
        flag = flag_of(without(versions, apart)) if judged else None
        if flag == NO_SOURCE and all(ref in titles for ref in grp.members):
            flag = None
        out.append(ClaimSourcing(g, versions, flag, differs, apart))
    return out


def _credited_apart(comp: Comparison, members, index: dict[tuple[int, int], list[Attribution]]) -> bool:
    """Two versions of a claim credit one figure to two sources (``figure_credit``)."""
    credits: dict[int, dict[str, Attribution]] = {}
    for source, sentence in members:
        atts = [a for a in index.get((source, sentence), []) if not _dateline_agency(comp, a)]
        found = credited_figures(comp.documents[source], sentence, atts)
        credits.setdefault(source, {}).update(found)
    sources = sorted(credits)
    return any(not same_speaker(comp, credits[a][value], credits[b][value])
               for n, a in enumerate(sources) for b in sources[n + 1:] for value in credits[a].keys() & credits[b].keys())


def _quoted_apart(comp: Comparison, members, index: dict[tuple[int, int], list[Attribution]]) -> bool:
    """Two versions credit one quotation (``quote_mates``) to two speakers."""
    return any(not _agree(comp, mine, theirs) for mine, theirs in (
        (_sentence_speakers(comp, x, index), _sentence_speakers(comp, y, index)) for x, y in quote_mates(comp, members))
        if mine and theirs)


def _sentence_speakers(comp: Comparison, ref, index: dict[tuple[int, int], list[Attribution]]) -> tuple[Attribution, ...]:
    return speakers([a for a in index.get(ref, []) if not _dateline_agency(comp, a)])


def attribution_conflicts(comp: Comparison, sourcing: list[ClaimSourcing] | None = None) -> list[Detail]:
    """A conflict detail on each speaker of a version that another version of the claim does not share,
    with the other version's speakers as counterparts."""
    out = []
    for claim in sourcing if sourcing is not None else claim_sourcing(comp):
        if not claim.differs:
            continue
        members = comp.groups[claim.group].members
        versions = {s: tuple(a for a in v if not _dateline_agency(comp, a)) for s, v in claim.versions.items()}
        mates, index = quote_mates(comp, members), attributions_by_sentence(comp)
        for source, mine in versions.items():  # (a wire's dateline agency is whom the report comes from: unmarked)
            for a in mine:
                if (a.source, a.sentence) not in members:
                    continue  # lent by another sentence of its quotation: marked where it is written, if at all
                quoted = [b for ref in mates_of(mates, (a.source, a.sentence)) for b in _sentence_speakers(comp, ref, index)]
                unquoted = {s: v for s, v in versions.items() if s not in {b.source for b in quoted}}
                against = _not_sharing(comp, a, [quoted]) + _against(comp, a, mine, unquoted)
                if against:  # (a quotation's speaker is compared with its other version's, where there is one)
                    parts = tuple(sorted({(b.source, b.start, b.end) for b in against}))
                    out.append(Detail(a.source, a.sentence, a.start, a.end, "conflict", "attribution", claim.group, parts))
    return out


def _against(comp: Comparison, a: Attribution, mine: tuple[Attribution, ...],
             versions: dict[int, tuple[Attribution, ...]]) -> list[Attribution]:
    """The speakers ``a`` is marked against: every other version's when none of them is ``a``; else, for a quotation's
    speaker, the quotations' speakers of the other versions that rest on other sources than ``a``'s version and do not
    name ``a`` (of four reports, two crediting a quote to Dr Aubertin and two to Dr Okafor, each speaker is some other
    version's too)."""
    others = [v for s, v in versions.items() if s != a.source and v]
    if not _quoted(comp, a):
        return _not_sharing(comp, a, [[b for v in others for b in v]])
    return _not_sharing(comp, a, [[b for v in others for b in v]]) or _not_sharing(
        comp, a, [q for v in others if not _agree(comp, mine, v) and (q := [b for b in v if _quoted(comp, b)])])


def _quoted(comp: Comparison, a: Attribution) -> bool:
    """The speaker's sentence carries a quotation (``quote_mates``)."""
    return bool(quotations(comp, (a.source, a.sentence)))


def _not_sharing(comp: Comparison, a: Attribution, versions) -> list[Attribution]:
    """The speakers of those of ``versions`` that do not name ``a``."""
    return [b for v in versions if not any(same_speaker(comp, a, x) for x in v) for b in v]


def with_attribution_conflicts(comp: Comparison, details: list[Detail]) -> list[Detail]:
    """``details`` with the attribution conflicts added; a detail they overlap in the same sentence gives way, and so
    does one inside a speech tag of a claim whose versions all name one speaker (``agreed_tags``)."""
    sourcing = claim_sourcing(comp, details)
    details = with_their_speakers(details, frozenset().union(*(c.apart for c in sourcing)))
    conflicts = attribution_conflicts(comp, sourcing)
    tags = agreed_tags(comp, sourcing)
    kept = [d for d in map(lambda d: _past_speaker(comp, d, conflicts), details) if d is not None and not any(
        c.source == d.source and c.sentence == d.sentence and c.start < d.end and d.start < c.end for c in conflicts)
        and not (d.kind == "unique" and d.type in ("text", "name") and _within(comp, d, tags.get(d.group, ())))]
    return sorted(kept + conflicts, key=lambda d: (d.source, d.start, d.end))


def _past_speaker(comp: Comparison, d: Detail, conflicts: list[Detail]) -> Detail | None:
    """A negation said differently that runs on from a speaker attributed differently keeps its words after the
    speaker ("The airline | denied that the pilots had reported" against "the pilots had reported": a QA helper's
    crash-landing reports lost the denial with the speaker's span); other details are as they are."""
    if d.type != "negation" or d.kind != "conflict":
        return d
    text = comp.documents[d.source].text
    for c in conflicts:
        if c.source == d.source and c.sentence == d.sentence and c.start <= d.start < c.end < d.end:
            start = c.end + len(text[c.end:d.end]) - len(text[c.end:d.end].lstrip())
            return replace(d, start=start) if start < d.end else None
    return d


def _within(comp: Comparison, d: Detail, spans: list[tuple[int, int, int]]) -> bool:
    """Every character of the detail but spaces lies in one of ``spans`` ("she added": the speaker and the cue)."""
    text = comp.documents[d.source].text
    mine = [(a, b) for s, a, b in spans if s == d.source and a < d.end and d.start < b]
    return bool(mine) and all(text[i].isspace() or any(a <= i < b for a, b in mine) for i in range(d.start, d.end))


# a cue that only reports ("said", "a déclaré", "sagte"): one that judges or denies ("falsely claimed", "later denied",
# "a démenti") says something of the statement, and stays a detail
_PLAIN_CUES = frozenset("""said says say saying told tells tell added adds add stated states explained explains noted
    notes according to has have had was is a ont avait avaient a-t-il a-t-elle ont-ils dit déclaré déclare ajouté
    ajoute indiqué indique précisé précise expliqué explique selon sagte sagt sagten erklärte erklärt fügte hinzu teilte
    mit ha detto dice dijo afirmó""".split())
_CUE_WORD = re.compile(r"[\w'’-]+")
_TAG_WORDS = 4  # a speaker's phrase this short names them ("Governor Marta Eklund"); a longer one describes them
# too ("Georges Pauget, directeur général de Crédit Agricole SA - la structure cotée de la banque verte - …"), which
# another version may not


def _named_alike(comp: Comparison, a: Attribution, b: Attribution) -> bool:
    """Two speakers named alike, a pronoun by whom it stands for: the same words, or one person's surname ("she"
    standing for "Governor Marta Eklund" / "Eklund"); not a body and its head ("AMD" / "Rory Read, AMD's president
    and CEO"), nor a body and a more precise one ("the district attorney" / "the Bristol County District Attorney's
    Office"): there the wording says who, and stays a detail. A title alone is read as whom its report named with it
    (``titled``)."""
    a, b = named_before(comp, a) or a, named_before(comp, b) or b
    if a.kind != b.kind or _unresolved(comp, a) or _unresolved(comp, b):
        return False
    name_a, name_b = _name(comp, a), _name(comp, b)
    if name_a == name_b:
        return True
    return a.kind == "person" and (bool(full_names(comp, a) & full_names(comp, b))
                                   or _last_word(name_a) == _last_word(name_b) != "")


def agreed_tags(comp: Comparison, sourcing: list[ClaimSourcing]) -> dict[int, list[tuple[int, int, int]]]:
    """Per claim whose every version names its speaker, the spans (source, start, end) of the speech tags (the
    speaker, and the cue: "she", "added"; "Eklund", "said") of the speakers every other version names too. Which words a
    report uses to say who speaks is no detail of what is said, and was marked as one; a speaker one version alone
    names ("Her spokesman, Bill McAllister, said in a statement") stays its detail."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    for claim in sourcing:
        if not claim.versions or not all(claim.versions.values()):
            continue
        spans = []
        for source, atts in claim.versions.items():
            others = [v for s, v in claim.versions.items() if s != source]
            for a in atts:
                if a.kind != "outlet" and others and not _unresolved(comp, a) and all(
                        any(_named_alike(comp, a, b) for b in v) for v in others):
                    spans += _tag_spans(comp, a)
        out[claim.group] = spans
    return out


def _tag_spans(comp: Comparison, a: Attribution) -> list[tuple[int, int, int]]:
    """The speaker's phrase when it only names them (``_TAG_WORDS``) and the cue when it only reports
    (``_PLAIN_CUES``), not what stands between them."""
    text = comp.documents[a.source].text
    short = len(text[a.start:a.end].split()) <= _TAG_WORDS
    plain = set(_CUE_WORD.findall(text[a.cue[0]:a.cue[1]].lower())) <= _PLAIN_CUES
    return [(a.source, a.start, a.end)] * short + [(a.source, *a.cue)] * plain


KINDS = ATTRIBUTION_KINDS


def sourcing_profile(comp: Comparison, source: int,
                     index: dict[tuple[int, int], list[Attribution]] | None = None) -> dict[str, int]:
    """How many of a source's statements rest on each kind of source (``speakers``: an official speaking to CNN
    rests on the official), and on none ("none"); a statement resting on two kinds counts under both."""
    index = attributions_by_sentence(comp) if index is None else index  # (the caller's, for every source at once)
    by_sentence = {i: atts for (s, i), atts in index.items() if s == source}
    out = dict.fromkeys((*KINDS, "none"), 0)
    if not analysed(comp, source):
        return out
    for i in range(len(comp.documents[source].sentences)):
        if comp.is_label(source, i):  # a section label states nothing
            continue
        for kind in {a.kind for a in speakers(by_sentence.get(i, []))} or {"none"}:
            out[kind] += 1
    return out
