"""Italian words that mark who says something (see ``cues``): verbs of saying by their lemmas (and the past
participles simplemma reads as another verb: "detto", "aggiunto"), "secondo", "stando a", a dropped subject."""
from __future__ import annotations

from .cue_fields import Cues

_DAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi stamattina stamani stasera".split()

IT = Cues(
    say=frozenset("""dire dichiarare affermare spiegare aggiungere annunciare confermare smentire precisare
        sottolineare riferire raccontare ammettere negare avvertire ribadire osservare commentare sostenere
        assicurare rivelare denunciare scrivere ricordare replicare rispondere ritenere credere pensare
        insistere lamentare criticare accusare avvisare promettere garantire chiarire evidenziare rimarcare
        annotare concludere esprimere segnalare testimoniare riportare confidare ammonire auspicare stimare
        difendere rassicurare puntualizzare illustrare descrivere elogiare
        detto aggiunto disse dissero espresso dichiarazione dichiarazioni intervista commento commenti""".split()),
    sourcing=(("secondo",), ("stando", "a"), ("stando", "al"), ("stando", "alla"), ("stando", "ai"),
              ("stando", "alle"), ("a", "detta", "di"), ("a", "detta", "del"), ("a", "detta", "della"),
              ("citando",))
    + tuple((form, prep) for form in """riportato riportata riportati riportate riferito riferita citato citata
        citati citate pubblicato pubblicata diffuso diffusa ottenuto ottenuta consultato consultata intervistato
        intervistata intervistati contattato contattata""".split()
            for prep in ("da", "dal", "dalla", "dai", "dalle", "dall")),  # "come riportato dal Corriere"
    to_outlet=frozenset({"a", "al", "alla", "all", "ai", "agli", "alle", "ad", "su", "sul", "con", "in"}),
    verb_group=frozenset("""ha hanno aveva avevano avrebbe avrebbero avrà è sono era erano sarà stato stata stati
        state si non anche già poi inoltre ancora mai pure infatti invece però tuttavia gli le lo la li ci ne mi
        vi voluto potuto fatto fa fanno""".split() + _DAYS),
    stop_np=frozenset("""che chi cui quale quali dove e ed o oppure ma perché quando se mentre come ha hanno aveva
        avevano è sono era erano sarà saranno fu furono avrebbe avrebbero come dovrà dovranno potrà potranno
        potrebbe potrebbero dovrebbe dovrebbero deve devono può possono non""".split()),
    det=frozenset("""il lo la i gli le l un uno una del dello della dei degli delle dell due tre quattro alcuni
        alcune diversi diverse vari varie questo questa questi queste quel quella quei quelle suo sua suoi sue
        loro""".split()),
    complement=frozenset({"di", "del", "dello", "della", "dei", "degli", "delle", "dell", "d"}),
    pronouns={"lui": "one", "lei": "one", "loro": "many", "egli": "one", "ella": "one"},
    impersonal=frozenset(),
    titles=frozenset("""sig sig.ra signor signora dott dottor dottoressa prof professore professoressa avv avvocato
        avvocata presidente ministro ministra portavoce consigliere consigliera segretario segretaria direttore
        direttrice capo generale governatore governatrice senatore senatrice deputato deputata sindaco sindaca
        giudice procuratore procuratrice pm ambasciatore ambasciatrice commissario commissaria colonnello
        capitano tenente sergente comandante vicepresidente fondatore fondatrice dirigente rappresentante
        delegato delegata papa vescovo arcivescovo cardinale re regina principe principessa prefetto questore
        magistrato magistrata assessore assessora amministratore geologo""".split()),
    offices=frozenset("""presidente ministro ministra sindaco sindaca governatore governatrice procuratore prefetto
        questore segretario segretaria portavoce ambasciatore papa re regina""".split()),
    roles=frozenset("""responsabile responsabili fonte fonti testimone testimoni diplomatico diplomatici autore
        autori ricercatore ricercatori ricercatrice scienziato scienziati analista analisti esperto esperti
        esperta esperte persona persone gente membro membri funzionario funzionari funzionaria residente
        residenti abitante abitanti osservatore osservatori militare militari specialista specialisti familiare
        familiari famiglia famiglie medico medici poliziotto poliziotti agente agenti soccorritore
        soccorritori lavoratore lavoratori lavoratrice dipendente dipendenti manifestante manifestanti studente
        studenti vittima vittime passeggero passeggeri avvocati sopravvissuto sopravvissuti madre padre figlio
        figlia fratello sorella marito moglie donna uomo parlamentare parlamentari candidato candidata attivista
        attivisti collaboratore collaboratori consulente consulenti tecnico tecnici inquirenti investigatori
        vicino vicini socio soci socia sindacalista sindacalisti""".split()),
    nouns=frozenset("dichiarazione dichiarazioni intervista interviste commento commenti".split()),
    preps=frozenset("a di da per senza in al del".split()),
    passive=frozenset({"stato", "stata", "stati", "state"}),
    stop_forward=frozenset("in a al alla durante dopo prima davanti per da dal su sul con".split() + _DAYS),
    human_endings=("ista", "isti", "tore", "tori", "trice", "trici"),
    participles=("ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite", "etto", "unto"),
    indefinite=frozenset({"un", "uno", "una"}),
    documents_only=frozenset({"mostrare"}),
    with_que=frozenset({"sostenere"}),
    stressed={"lui": "one", "lei": "one", "loro": "many"},
    after_quote=frozenset("proseguire continuare scherzare ironizzare incalzare chiosare tagliare".split()),
    other_sense=frozenset({"riconoscere", "confidare"}),
    varies=frozenset("variare variabile variabili dipendere cambiare oscillare".split()),
    inside=frozenset({"in", "nel", "nella", "nei", "nelle"}),  # "in una nota", "nel comunicato"
    drops_subject=True,
    elided_preps=frozenset("all dall dell nell sull coll".split()),  # "all'ANSA", "dell'inchiesta"
    before_inverted=frozenset({"lo", "l"}),  # "Lo riferiscono fonti giudiziarie", "L'ha confermato il sindaco"
    verb_after_sourcing=True,  # "secondo quanto riferito da", "secondo quanto ha dichiarato"
)
