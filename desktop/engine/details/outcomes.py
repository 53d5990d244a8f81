"""What a toll counts: the dead, the injured, the missing, the evacuated, however a version words it.

"Al menos doce muertos" / "ya son catorce los muertos", "12 people died" / "14 people were killed": two tolls of one
claim, each worded its own way so that the word diff cannot pair them, which ``add_count_conflicts`` had not read as
counting one thing (the noun "muertos" carries no other word of what befell, "died" and "killed" are two verbs). A
noun that is itself what befell ("muertos", "blessés", "the missing") says its own outcome, and the nouns and verbs of
one outcome share a key ("death": "dead", "fallecidos", "morts", "died", "killed", "tués").

The words are read by lemma (as ``features`` gives it) or, where a lemma would be another word, by the word itself
("missing": the lemma "miss" is also "missed the train"). English, French, Spanish, German, Italian and Portuguese.
"""
from __future__ import annotations

from ..features import Token, round_count
from .ages import YEARS
from .outcome_phrases import phrase_outcome

_NOUNS = {  # the words that name the outcome, as nouns or the adjectives a toll counts ("12 dead", "quinze blessés");
    # Spanish feminine plurals as written (the lemmatiser leaves "muertas", "heridas" as they are)
    "death": """dead death fatality muerto muertas fallecido fallecidas muerte mort décès décédé tot morte morto
        mortos mortas falecido falecidos falecidas óbito óbitos todesopfer""",
    "injury": """injured wounded injury herido heridas herida lesionado lesionadas blessé verletzte verletzter
        ferito ferido feridos ferida feridas verletzung ferimento""",
    "missing": "missing unaccounted desaparecido desaparecidas disparu vermisste vermisst disperso desaparecidos",
    "evacuation": """evacuee evacuated evacuado evacuadas évacué evakuiert evacuato desalojado desalojadas evacuation
        évacuation evacuación desalojo evakuierung evacuazione evacuados evacuação""",
    "displaced": """homeless displaced sans-abri déplacé desplazado desplazados desplazadas obdachlos obdachlose
        sfollato senzatetto""",  # not "sinistré", "damnificado": those the disaster struck, not only the homeless
    "arrest": """arrested detained arrest arrests arrestation arrestations interpellé interpellés interpellées
        interpellation interpellations detenido detenidos detenida detenidas detención detenciones detido detidos
        detida detidas festgenommen festnahme festnahmen verhaftet arrestato arrestati arrestata arrestate arresto
        arresti""",  # crowd trouble's and a protest's toll ("23 people were arrested", "32 personas fueron detenidas")
}
_VERBS = {
    "death": """die kill perish morir fallecer matar perecer tuer tué périr péri mourir décéder töten sterben umkommen
        erliegen erlag erlagen
        morire ucciso uccidere morrer falecer""",
    "injury": "injure wound hurt herir lesionar blesser blessé blessée blessés blessées verletzen ferire ferir",  # "a blessé
    #          une quinzaine de personnes": the participle, as the lemmatiser leaves it
    "missing": "desaparecer disparaître vermissen",
    "evacuation": "evacuate evacuar évacuer evakuieren evacuare desalojar",
    "arrest": "arrest detain interpeller detener arrestar festnehmen verhaften arrestare",  # (not "arrêter",
    #          "fermare", "deter": also to stop, to hold)
}  # (no verb of the displaced: "se desplazaron 12 agentes", "se sont déplacées pour rendre hommage" travelled)
OUTCOMES = frozenset(_NOUNS)
# a home lost in two words: "se quedaron sin hogar", "3 000 personnes sans abri", "sin techo"
_WITHOUT = frozenset({"sans", "sin", "ohne", "senza"})
_HOME = frozenset({"abri", "abris", "logement", "toit", "hogar", "techo", "vivienda", "obdach", "tetto", "casa"})
# verbs that link people counted to what befell them, as an auxiliary does ("87 resultaron heridas", "Three people
# remain missing", "dix personnes restent portées disparues", "were left homeless"); lemmas
LINKING = frozenset("""resultar quedar quedarse remain remains stay rester demeurer permanecer seguir continuar left
    leave porté portée portés portées still toujours encore todavía aún ancora rimanere restare rimasto rimasta rimasti
    rimaste restato restata restati restate ficar""".split())  # ("huit sont toujours portés disparus", "41 sono rimaste
#                                                          ferite")


def linking(tok: Token) -> bool:
    """A verb linking people counted to what befell them (``LINKING``), as lemmatised or as written ("remains" is
    read as a noun)."""
    return tok.lemma in LINKING or tok.norm in LINKING
_NOUN_OF = {w: outcome for outcome, words in _NOUNS.items() for w in words.split()}
_VERB_OF = {w: outcome for outcome, words in _VERBS.items() for w in words.split()}
_BY_WORD = {**_VERB_OF, **_NOUN_OF}
# people counted by what befell them ("Twelve people were injured" counts the injured: "quinze blessés"), or else as
# people, whatever word a version uses for them ("About 1,200 residents living within…" / "Some 2,000 people living
# within…"); lemmas
PERSONS = frozenset("""people person personne persona mensch resident inhabitant villager habitant riverain résident
    vecino habitante residente einwohner bewohner anwohner abitante infant baby nourrisson bébé bebé
    lactante pessoa morador""".split())
PEOPLE = "persons"  # what a count of people counts when no one outcome befell them
TOLL_BEFORE = 4  # words a toll's noun may stand before its number ("The number of injured rose to 15")
_LEMMA_TRAPS = frozenset({"miss"})  # a lemma that is another word than the form read: the form decides
# "son catorce los muertos", "une vingtaine de disparus", "dozens of dead"
_LEADING = frozenset({"los", "las", "les", "the", "de", "d", "of"})
_OF = frozenset({"de", "d", "of"})
_PARTITIVE = frozenset({"of", "des", "de", "d", "del", "dei", "degli", "delle", "der"})
# words that round a figure ("about 1,200", "Unas 2.500", "environ 1 200"): a toll's, read with it
ROUNDING = frozenset("""about around some roughly approximately nearly almost environ quelque près presque unos unas
    cerca alrededor casi aproximadamente etwa rund circa fast quasi""".split())
_JOINS = frozenset({"and", "or", "et", "ou", "y", "o", "e", "und", "oder"})  # a toll's noun is not read past them


def outcome(tok: Token, table: dict[str, str] = _BY_WORD) -> str | None:
    """The outcome a word names or a verb befalls ("muertos", "killed": "death"), or None; never a function word (the
    German article "die" is no English "die": "100.000 Menschen … gegen die Rentenreform" was a toll of the dead)."""
    if tok.stop:
        return None
    found = table.get(tok.norm)
    if found is None and tok.lemma not in _LEMMA_TRAPS:
        found = table.get(tok.lemma)
    return found


def outcome_at(toks: tuple[Token, ...], j: int) -> str | None:
    """The outcome token ``j`` names, or begins with the word after it ("sin hogar", "sans abri": the displaced)."""
    found = outcome(toks[j]) or (None if toks[j].stop else phrase_outcome(toks, j))  # "fled their homes"
    if found is None and toks[j].norm in _WITHOUT and j + 1 < len(toks) and toks[j + 1].norm in _HOME:
        return "displaced"
    if found is None and _victims_toll(toks, j):
        return "death"
    if found == "displaced" and any(t.norm in _REFLEXIVE for t in toks[max(0, j - 2):j]):
        return None  # "2 000 personnes se sont déplacées": they came, not fled
    return found


_REFLEXIVE = frozenset({"se", "s", "sich", "si"})


def _victims_toll(toks: tuple[Token, ...], j: int) -> bool:
    """Token ``j`` is the victims of a toll of victims ("il bilancio delle vittime sale a 41", "el balance de víctimas
    del terremoto asciende a 41"): the dead, as "the death toll" is, in Italian and Spanish, of no event or of a
    disaster or an attack; victims alone may be of a fraud ("il bilancio delle vittime della truffa"), and the French
    "bilan des victimes" counts the injured too."""
    if toks[j].norm not in _VICTIMS or j < 2 or toks[j - 1].norm not in _OF_VICTIMS or toks[j - 2].norm not in _TOLLS:
        return False
    after = [t.norm for t in toks[j + 1:j + 4]]
    if not after or after[0] not in _OF_EVENT:
        return True  # "Sale a 41 il bilancio delle vittime", "… delle vittime è salito a 41"
    return any(word in _DISASTERS for word in after[1:])


_VICTIMS = frozenset({"vittime", "víctimas", "victimas"})
_OF_VICTIMS = frozenset({"delle", "di", "de", "del"})
_TOLLS = frozenset({"bilancio", "balance"})
_OF_EVENT = frozenset({"del", "della", "dello", "dell", "dei", "degli", "delle", "di", "de", "la", "el", "los", "las"})
_DISASTERS = frozenset("""terremoto sisma scossa incendio incendi alluvione alluvioni frana crollo naufragio attentato
    attentati incidente esplosione uragano tempesta ciclone epidemia valanga strage sparatoria seísmo sismo
    inundación inundaciones riada dana derrumbe accidente explosión huracán tormenta ciclón alud avalancha tiroteo
    masacre matanza guerra conflitto conflicto bombardeo bombardamento""".split())


def befalls(tok: Token) -> str | None:
    """The outcome a verb befalls ("killing", "a tué", "hirió": "death", "injury"), not a noun's or an adjective's
    ("dead at 95" is an age)."""
    return outcome(tok, _VERB_OF)


def toll_after(toks: tuple[Token, ...], end: int, broken) -> int | None:
    """The word of what befell a number with no noun after it, past an auxiliary or two ("seven were injured", "20
    are missing", "dos resultaron heridos"), or None."""
    if (them := _of_them_with(toks, end)) is not None:
        return them  # "Forty-seven workers were brought up, 14 of them with injuries", "16 de ellos con heridas"
    if end < len(toks) and toks[end].norm in _PARTITIVE:
        return None  # "four of the injured": some of a toll, not one
    for j in range(end, min(end + 4, len(toks))):
        if broken(j) or toks[j].norm in _JOINS:  # "killed two and injured 12": the 12 are the injured
            return None
        if not toks[j].stop and not linking(toks[j]):
            if toks[j].norm in _TOLLS and j + 2 < len(toks) and _victims_toll(toks, j + 2):
                return j + 2  # "Sale a 41 il bilancio delle vittime"
            return j if outcome_at(toks, j) is not None else None
    return None


def _of_them_with(toks: tuple[Token, ...], end: int) -> int | None:
    """The outcome's noun of "of them with injuries" / "de ellos con heridas" / "d'entre eux avec des blessures" at
    token ``end``, or None."""
    words = [t.norm for t in toks[end:end + 6]]
    if len(words) < 4 or words[0] not in _PARTITIVE:
        return None
    j = 2 if words[1] in _THEM else 3 if words[1] == "entre" and words[2] in _THEM else None
    if j is None or words[j] not in _WITH:
        return None
    j += 2 if j + 2 < len(words) and words[j + 1] in ("des", "de") else 1
    return end + j if end + j < len(toks) and outcome(toks[end + j], _NOUN_OF) is not None else None


_THEM = frozenset({"them", "ellos", "ellas", "eux", "elles", "loro"})
_WITH = frozenset({"with", "con", "avec"})


def toll_before(toks: tuple[Token, ...], k: int, broken) -> int | None:
    """The outcome's noun a number with no noun after it counts, a few words before it in its clause ("The number
    of injured rose to 15", "the death toll rose to 15", "el número de fallecidos asciende a catorce"); not a verb
    ("died aged 54"). ``broken(j)``: punctuation between tokens ``j - 1`` and ``j``."""
    if k and toks[k - 1].norm == "by":
        return None  # "The death toll rose by 5 to 17": a rise, not a toll
    for j in range(k - 1, max(-1, k - 2 - TOLL_PHRASE_REACH), -1):
        if broken(j + 1) or toks[j].is_number or toks[j].norm in _JOINS | _CLAUSE_BREAKS:  # "onze morts et une
            return None  # vingtaine"; "The death toll … is still unclear but infections have risen to 900"
        far = k - j > TOLL_BEFORE + 1
        if toks[j].norm == "toll" and j and outcome(toks[j - 1], _NOUN_OF) is not None and k \
                and toks[k - 1].norm in _TOLL_TO:
            return j - 1  # "The death toll from the floods in Valmora has risen to 17" (not "… of Flight 302")
        if _victims_toll(toks, j) and toks[k - 1].norm in _RISEN_TO:
            return j  # "il bilancio delle vittime del terremoto sale a 41"
        if k - j > TOLL_REACH + 1:
            continue  # only a toll's own words reach further ("The death toll from the earthquake that struck
            #           northern Arvenia on Saturday rose to 41")
        if (befell := _number_of_people(toks, j, k)) is not None:
            return befell  # "The number of people killed by Hurricane Teodora has risen to 17"
        if not far and outcome(toks[j], _NOUN_OF) is not None:
            between = toks[j + 1:k]  # "rose to 15", "I dispersi sono 23"; "dead at 95" is an age
            if any(not t.stop for t in between):
                return j
            return j if any(t.norm in _ARE for t in between) and not _age_after(toks, k) else None
    return None


def _age_after(toks: tuple[Token, ...], k: int) -> bool:
    """The number at token ``k`` begins an age or a range ("The injured were 12 to 15 years old", "Los heridos eran de
    12 a 15 años"): no count after a copula."""
    after = [t.norm for t in toks[k + 1:k + 4]]
    ranged = bool(after) and after[0] in _RANGE_WORDS and k + 2 < len(toks) and toks[k + 2].is_number  # "12 to 15"
    return ranged or bool(set(after) & _AGE_WORDS)  # ("The dead are 12 and the injured more than 40": a toll)


_RANGE_WORDS = frozenset({"to", "à", "a", "y", "e", "and", "et", "und", "-", "–", "bis"})
_AGE_WORDS = YEARS | {"old", "jahre", "jahren"}  # "12 to 15 years old", "de 12 a 15 años"
_ARE = frozenset({"are", "were", "sont", "étaient", "sono", "erano", "furono", "son", "eran", "fueron", "sind", "waren"})
TOLL_REACH = 9  # words from "death toll" to its number ("The death toll from the floods has risen to 17")
_CLAUSE_BREAKS = frozenset("""but while as whereas although though mais tandis alors cependant pourtant pero mientras
    aunque ma mentre però sebbene""".split())  # another clause, of another subject, before the number
TOLL_PHRASE_REACH = 14  # from "death toll" or "bilancio delle vittime", the phrase that says what the number counts
_NUMBER = frozenset({"number", "nombre", "número", "numero", "zahl"})
_OF_PEOPLE = frozenset({"of", "de", "des", "del", "di", "der"})
_RISEN_TO = frozenset({"to", "at", "à", "a"})  # "has risen to 17", "s'élève à 17", "asciende a 17"


def _number_of_people(toks: tuple[Token, ...], j: int, k: int) -> int | None:
    """The word of what befell people counted as "the number of people killed" at token ``j``, whose number is
    token ``k`` ("has risen to 17", "s'élève désormais à 17", "asciende a 17"), or None."""
    if toks[j].norm not in _NUMBER or j + 3 >= k or toks[j + 1].norm not in _OF_PEOPLE \
            or toks[j + 2].lemma not in PERSONS or toks[k - 1].norm not in _RISEN_TO:
        return None
    return j + 3 if befalls(toks[j + 3]) is not None or outcome(toks[j + 3]) is not None else None
_TOLL_TO = frozenset({"to", "at"})  # what a toll rises to or stands at (not "rose by 5", "includes a boy aged 7")


def counted_after_article(toks: tuple[Token, ...], k: int) -> int | None:
    """The toll noun an article or "of" leads to right after a number ("catorce los muertos", "une vingtaine de
    disparus", "dozens of dead"), or None: so written, a count counts only the toll's own nouns ("cinq les plus
    grands", "two of them" count none)."""
    if k + 1 >= len(toks) or toks[k].norm not in _LEADING:
        return None
    counted = toks[k + 1]
    if (outcome(counted, _NOUN_OF) is not None and not counted.stop) or (toks[k].norm in _OF and counted.lemma in PERSONS):
        return k + 1  # "une centaine de personnes", "dozens of people": people, what befell them read after
    if toks[k].norm in _OF_ROUND and not counted.stop and k and _collective(toks, k - 1):
        return k + 1  # "Une douzaine de policiers ont été blessés", "une vingtaine de manifestants": whoever they are
    return None


def _collective(toks: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` is a noun that counts about so many, in any language ("douzaine", "docena", "decina", "dozen")."""
    return any(round_count(toks, k, lang) for lang in _ROUND_COUNTING)


_ROUND_COUNTING = ("fr", "es", "it", "en")
_OF_ROUND = _OF | {"di"}  # "una decina di agenti"
