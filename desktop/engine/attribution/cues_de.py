"""German words that mark who says something (see ``cues``): verbs of saying by their lemmas, a separable verb by
its stem and the particle that closes its clause ("teilte … mit", "kündigte … an"), nouns as their compounds' last
part reads them ("Polizeisprecher", "Landesumweltministerin")."""
from __future__ import annotations

from .cue_fields import Cues

_DAYS = "montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute vorgestern morgen".split()

DE = Cues(
    say=frozenset("""sagen erklären betonen mitteilen berichten bestätigen dementieren ankündigen warnen fordern
        kritisieren behaupten meinen schreiben hinzufügen ergänzen äußern versichern einräumen zugeben angeben
        bekräftigen zurückweisen bestreiten verneinen unterstreichen hervorheben verweisen hinweisen klagen
        beklagen loben begrüßen vorwerfen beschuldigen vermuten glauben schätzen erwarten
        befürchten fürchten antworten entgegnen erwidern versprechen ablehnen verkünden bekanntgeben
        zitieren mahnen appellieren ankündigen bezeichnen vorschlagen empfehlen informieren erläutern
        präzisieren zusichern beteuern einschätzen bewerten kommentieren twittern verlauten anerkennen sprechen
        aussage aussagen erklärung mitteilung stellungnahme interview gespräch""".split()),
    sourcing=(("laut",), ("so",), ("nach", "angaben"), ("nach", "informationen"), ("nach", "einschätzung"),
              ("nach", "ansicht"), ("nach", "auffassung"), ("nach", "darstellung"), ("nach", "worten"),
              ("nach", "aussage"), ("nach", "aussagen"), ("nach", "überzeugung"), ("gemäß",), ("zitiert", "von"), ("unter", "berufung", "auf"),
              ("wie", "aus")),
    to_outlet=frozenset({"gegenüber", "im", "in", "dem", "der", "bei"}),  # "sagte dem Spiegel", "gegenüber der Bild"
    verb_group=frozenset("""hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wäre wurde wurden
        worden werden wird will wollte wollten soll sollte sollten kann konnte könnte muss musste nicht auch
        bereits schon noch zudem außerdem ebenfalls inzwischen jedoch allerdings zuletzt erneut später
        zunächst zuvor dazu darauf dabei sich es am""".split() + _DAYS),
    stop_np=frozenset("""dass daß weil wenn als ob und oder aber denn sondern während hat haben hatte hatten ist sind
        war waren wird werden wurde wurden sei seien habe welche welcher welches wie""".split()),
    det=frozenset("""der die das den dem des ein eine einen einem einer eines zwei drei vier mehrere einige viele
        diese dieser dieses diesen sein seine seiner ihr ihre ihrer""".split()),
    complement=frozenset({"des", "der", "von", "vom"}),
    pronouns={"er": "one", "sie": "one"},
    impersonal=frozenset({"man"}),
    titles=frozenset("""herr frau dr prof professor professorin präsident präsidentin minister ministerin kanzler
        kanzlerin bundeskanzler bundeskanzlerin bürgermeister bürgermeisterin oberbürgermeister
        oberbürgermeisterin chef chefin leiter leiterin direktor direktorin vorsitzende vorsitzender
        staatsanwalt staatsanwältin oberstaatsanwalt oberstaatsanwältin richter richterin anwalt anwältin
        rechtsanwalt rechtsanwältin botschafter botschafterin kommissar kommissarin general oberst hauptmann
        senator senatorin abgeordnete abgeordneter gouverneur gouverneurin papst bischof kardinal könig königin
        prinz prinzessin generalsekretär generalsekretärin staatssekretär staatssekretärin geschäftsführer
        geschäftsführerin gründer gründerin trainer trainerin intendant intendantin landrat landrätin""".split()),
    offices=frozenset("""präsident präsidentin minister ministerin kanzler kanzlerin bundeskanzler bundeskanzlerin
        bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin staatsanwalt botschafter botschafterin
        papst generalsekretär generalsekretärin landrat landrätin gouverneur gouverneurin""".split()),
    roles=frozenset("""sprecher sprecherin sprechers quelle quellen kreise kreisen insider zeuge zeugen zeugin
        diplomat diplomaten experte experten expertin expertinnen analyst analysten analystin beobachter
        anwohner anwohnerin anwohnern bewohner bewohnerin augenzeuge augenzeugen augenzeugin ermittler
        ermittlerin ermittlern mitarbeiter mitarbeiterin mitarbeitern beamte beamter beamten beamtin person
        personen vertreter vertreterin vertretern mitglied mitglieder arzt ärztin ärzte polizist polizistin
        polizisten feuerwehrleute retter helfer passagier passagiere fahrgast fahrgäste opfer angehörige
        angehörigen nachbar nachbarin nachbarn mutter vater sohn tochter bruder schwester ehemann ehefrau mann
        frau demonstranten aktivist aktivisten aktivistin wissenschaftler wissenschaftlerin forscher forscherin
        fachleute ökonom ökonomen ökonomin beschäftigte beschäftigten""".split()),
    nouns=frozenset("aussage aussagen erklärung mitteilung stellungnahme interview gespräch".split()),
    preps=frozenset("zu um ohne statt".split()),
    passive=frozenset({"worden", "wurde", "wurden"}),
    stop_forward=frozenset("in im am an auf bei nach vor während seit zu zur zum".split() + _DAYS),
    human_endings=("ler", "ner", "erin", "erinnen", "isten", "istin", "ologe", "ologen", "ologin"),
    participles=(),  # "erklärt" is a present too
    indefinite=frozenset({"ein", "eine", "einen", "einem", "einer", "eines"}),
    documents_only=frozenset({"zeigen"}),
    with_que=frozenset(),
    stressed={"ihm": "one", "ihr": "one", "ihnen": "many"},
    after_quote=frozenset("fortfahren scherzen drohen rufen".split()),
    other_sense=frozenset(),
    varies=frozenset("variieren schwanken unterschiedlich je".split()),
    inside=frozenset({"in", "im"}),  # "in einer Mitteilung", "im Interview"
    particles={"teilen": ("mit",), "kündigen": ("an",), "fügen": ("hinzu",), "räumen": ("ein",),
               "geben": ("an", "zu", "bekannt"), "weisen": ("zurück", "hin"), "stellen": ("klar",),
               "heben": ("hervor",), "erkennen": ("an",), "sichern": ("zu",), "schlagen": ("vor",), "werfen": ("vor",)},
    compounds=True,
    after_source=frozenset({"zufolge"}),  # "Dem Geschäftsbericht zufolge"
    verb_second=True,
    before_inverted=frozenset("das dies dazu darauf daraufhin dabei zudem außerdem auch so ebenso zuvor später am"
                              " gestern heute zugleich gleichzeitig".split()),
)
