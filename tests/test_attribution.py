"""Who says it: the attribution extractor on short French and English news sentences of our own."""
import pytest

from desktop.engine.attribution import document_attributions
from desktop.engine.model import Source
from desktop.engine.pipeline import document_features, prepare
from attributions_found import found_in


def _attributions(text: str) -> list[tuple[str, str, str, str | None]]:
    """(who, kind, cue, refers_to) of every attribution the engine finds in ``text``."""
    return found_in(text, "report", refers=True)


def _who(text: str) -> dict[str, str]:
    return {who: kind for who, kind, _, _ in _attributions(text)}


FRENCH = (
    "Le port de Marseille restera fermé jusqu'à lundi, a annoncé la préfecture dans la soirée. "
    "Selon des syndicalistes proches du dossier, la grève pourrait durer. "
    "« Nous ne céderons pas », a déclaré à France Info le ministre des Transports, Paul Lemaire. "
    "« Le dialogue reste ouvert », a-t-il ajouté. "
    "La direction du port n'a pas répondu aux sollicitations. "
    "Dans un communiqué publié mardi, la fédération des transporteurs dénonce des pertes importantes."
)

ENGLISH = (
    "The bridge will stay closed until Monday, a senior city official said on Tuesday. "
    "Mayor Linda Brooks told the Boston Herald that repairs would cost $4 million. "
    "\"We are doing everything we can,\" she said. "
    "According to the indictment, the contractor skipped two inspections. "
    "The company declined to comment."
)


def test_french_speakers_before_and_after_the_statement():
    who = _who(FRENCH)
    assert who["la préfecture"] == "organisation"
    assert who["des syndicalistes proches du dossier"] == "anonymous"
    assert who["le ministre des Transports, Paul Lemaire"] == "person"
    assert who["France Info"] == "outlet"
    assert who["un communiqué publié mardi"] == "document"


def test_french_pronoun_speaker_refers_to_the_person_named_before():
    found = [a for a in _attributions(FRENCH) if a[0] == "il"]
    assert found == [("il", "person", "a-t-il ajouté", "le ministre des Transports, Paul Lemaire")]


def test_french_refusal_is_an_attribution():
    found = {who: cue for who, _, cue, _ in _attributions(FRENCH)}
    assert found["La direction du port"] == "n'a pas répondu"


def test_english_speakers_outlets_documents_and_refusals():
    who = _who(ENGLISH)
    assert who["a senior city official"] == "anonymous"
    assert who["Mayor Linda Brooks"] == "person"
    assert who["the Boston Herald"] == "outlet"
    assert who["the indictment"] == "document"
    assert who["The company"] == "organisation"


def test_english_pronoun_takes_the_kind_of_whom_it_stands_for():
    found = [a for a in _attributions(ENGLISH) if a[0] == "she"]
    assert found == [("she", "person", "said", "Mayor Linda Brooks")]


@pytest.mark.parametrize("text", [
    "Les pompiers ont éteint l'incendie vers minuit et la route a rouvert au matin.",
    "The storm knocked out power to 20,000 homes across the county overnight.",
    "Les derniers événements ont souligné la fragilité du cessez-le-feu.",
    "Pourquoi est-elle partie si tôt de la réunion du conseil municipal ?",
    "Le gouvernement annoncera de nouvelles mesures avant la fin de la semaine.",
])
def test_sentences_in_the_author_s_own_voice_have_no_attribution(text):
    assert _attributions(text) == []


@pytest.mark.parametrize("text, expected", [
    ("« C'est un scandale ! », s'est indignée la sénatrice Anne Morel, présidente de la commission des finances.",
     {"la sénatrice Anne Morel, présidente de la commission des finances": "person"}),
    ("Comme l'explique Louis Barre, le directeur de l'observatoire, « rien n'était joué ».",
     {"Louis Barre, le directeur de l'observatoire": "person"}),
    ("« Les analyses sont en cours », indiquait-on hier au parquet de Lyon.", {"parquet de Lyon": "organisation"}),
    ("Selon la Chambre d'agriculture, les récoltes reprendront lundi.", {"la Chambre d'agriculture": "organisation"}),
    ("Le syndicat, lui, continue de marteler que la réforme est injuste.", {"Le syndicat": "organisation"}),
    ("La ministre n'a cessé de répéter que rien n'était décidé.", {"La ministre": "person"}),
    ("Le préfet s'est d'ores et déjà déclaré favorable au projet.", {"Le préfet": "person"}),
])
def test_french_speakers_in_less_common_turns(text, expected):
    """An emotive verb of saying after a quote, "comme l'explique" before a name, an unnamed speaker placed in an
    institution ("disait-on au parquet"), an institution's name with its complement ("la Caisse d'…"), a speaker
    repeated by a stressed pronoun ("Le syndicat, lui,"), a statement after "continue de", "n'a cessé de", a verb
    group holding "d'ores et déjà"."""
    assert _who(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vendredi, l'Union nationale des Mutuelles d'Assurance et de Prévoyance a annoncé une plainte contre X.",
     {"l'Union nationale des Mutuelles d'Assurance et de Prévoyance": "organisation"}),
    ("Dans un entretien au « Journal du dimanche », le maire a reconnu des erreurs.",
     {"Journal du dimanche": "outlet", "le maire": "person"}),
    ('Le maire a confié lundi au site du "Progrès" qu\'il restait.', {"Le maire": "person", 'site du "Progrès"': "outlet"}),
    ("Enfin, quatre syndicats (la CGT, FO, la CFDT et Solidaires) ont annoncé une grève pour jeudi.",
     {"quatre syndicats": "organisation"}),
    ("Selon l'Union nationale des Mutuelles d'Assurance et de Prévoyance, les pertes atteignent 600 millions.",
     {"l'Union nationale des Mutuelles d'Assurance et de Prévoyance": "organisation"}),
    ("Nicolas Sarkozy et de Villepin ont affirmé que rien n'était décidé.",
     {"Nicolas Sarkozy": "person", "de Villepin": "person"}),
    ("Le porte-parole de la CGT et de FO a déclaré que la grève continuerait.",
     {"Le porte-parole de la CGT et de FO": "person"}),
    ('Selon le site internet du "Progrès", le maire restera en fonction.', {'le site internet du "Progrès"': "outlet"}),
])
def test_a_speaker_s_name_runs_on_through_its_complements_its_quotes_and_its_brackets(text, expected):
    """A name whose second complement follows "et de" / "and of" is one body (not a list whose first item is the
    day before the comma); a medium's title in quotes is whole with its closing mark; a noun of bodies whose
    members follow in brackets speaks for them (not a list opening inside the bracket)."""
    assert _who(text) == expected


@pytest.mark.parametrize("text", ["Le choix du tracé étonne les riverains depuis des mois.",
                                  "Le club continue de recruter des joueurs pour la saison prochaine."])
def test_verbs_that_report_no_statement_here(text):
    """ "étonner" says only when reflexive; "continue de" makes a statement only of a verb of saying."""
    assert _attributions(text) == []


def test_a_statement_quoted_inside_a_quote_is_not_the_report_s(seed_comparison):
    text = "« Le préfet nous a dit que tout allait bien », raconte une habitante du quartier."
    assert _who(text) == {"une habitante du quartier": "anonymous"}


def test_languages_without_cue_lists_yield_nothing():
    doc = prepare(Source("verslag", "De minister zei maandag dat de brug gesloten blijft. " * 3))
    assert document_attributions(doc, document_features(doc), 0) == []


def test_every_attribution_of_the_samples_lies_inside_its_sentence(seed_comparison):
    assert seed_comparison.attributions
    for a in seed_comparison.attributions:
        s = seed_comparison.documents[a.source].sentences[a.sentence]
        assert s.start <= a.start < a.end <= s.end
        assert s.start <= a.cue[0] < a.cue[1] <= s.end
    kinds = {a.kind for a in seed_comparison.attributions}
    assert {"anonymous", "outlet", "person", "organisation", "document"} <= kinds


def test_the_samples_name_their_outlets(seed_comparison):
    outlets = {seed_comparison.documents[a.source].text[a.start:a.end]
               for a in seed_comparison.attributions if a.kind == "outlet"}
    assert "Financial Times" in outlets
    assert "CNN" in outlets


def test_attributions_survive_the_json_contract_and_pass_its_checks(seed_comparison):
    import importlib.util
    import json

    from conftest import SHARED
    from desktop.export.contract import from_contract, to_contract

    data = json.loads(json.dumps(to_contract(seed_comparison)))
    assert len(data["attributions"]) == len(seed_comparison.attributions)
    assert from_contract(data).attributions == seed_comparison.attributions
    spec = importlib.util.spec_from_file_location("check", SHARED / "contract" / "check.py")
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    assert check.violations(data) == []
    data["attributions"][0]["end"] = len(data["sources"][0]["text"]) + 1
    assert check.violations(data)  # the check does look at the spans


def _claim(texts: list[str]):
    """Compare short reports word-only (fast) at a low threshold, and return the comparison and its sourcing."""
    from desktop.engine.attribution.compare import claim_sourcing
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    comp = compare([Source(f"r{k}", t) for k, t in enumerate(texts)], Options(semantic=False, threshold=0.2))
    return comp, claim_sourcing(comp)


def test_a_claim_resting_only_on_unnamed_officials_is_flagged():
    from desktop.engine.attribution.compare import ANONYMOUS_ONLY

    comp, sourcing = _claim([
        "Le barrage de Kakhovka a cédé dans la nuit de mardi, selon des responsables ukrainiens.",
        "Le barrage de Kakhovka a cédé dans la nuit de mardi, ont affirmé des sources militaires.",
    ])
    assert len(sourcing) == 1 and sourcing[0].flag == ANONYMOUS_ONLY and not sourcing[0].differs
    assert not [d for d in comp.details if d.type == "attribution" and d.kind == "conflict"]


def test_a_claim_named_in_one_report_and_anonymous_in_another_is_attributed_differently():
    comp, sourcing = _claim([
        "The dam on the river collapsed overnight on Tuesday, Governor Ellen Park said.",
        "The dam on the river collapsed overnight on Tuesday, a senior state official said.",
    ])
    assert len(sourcing) == 1 and sourcing[0].flag is None and sourcing[0].differs
    conflicts = {comp.documents[d.source].text[d.start:d.end] for d in comp.details
                 if d.type == "attribution" and d.kind == "conflict"}
    assert conflicts == {"Governor Ellen Park", "a senior state official"}


def test_the_unions_and_the_unions_joint_committee_are_one_source():
    """A QA helper's protest reports: "The unions announced …" / "L'intersyndicale appelle …" was flagged attributed
    differently ("les syndicats" was not)."""
    _comp, sourcing = _claim(["The unions called a second day of protest on Thursday, March 12, the unions said.",
                              "L'intersyndicale appelle à une nouvelle journée de mobilisation jeudi 12 mars, a annoncé "
                              "l'intersyndicale."])
    assert sourcing and not any(c.differs for c in sourcing)


def test_one_city_s_prosecutors_named_two_ways_are_one_source():
    """A QA helper's wildfire reports (stop 65): "The Perpignan prosecutor's office said" / "Selon le parquet de
    Perpignan" was flagged attributed differently; another city's prosecutors stay another source."""
    _comp, sourcing = _claim(["The Perpignan prosecutor's office said the fire was started by sparks from a combine "
                              "harvester.",
                              "Selon le parquet de Perpignan, le feu aurait été provoqué par des étincelles d'une "
                              "moissonneuse-batteuse."])
    assert sourcing and not any(c.differs for c in sourcing)
    _comp, sourcing = _claim(["The Perpignan prosecutor's office said the fire was started by sparks from a combine "
                              "harvester.",
                              "The fire was started by sparks from a combine harvester, the Montpellier prosecutor's "
                              "office said."])
    assert sourcing and all(c.differs for c in sourcing)


def test_an_airport_s_operator_and_air_traffic_control_are_bodies():
    """A QA helper's aviation reports: "according to air traffic control", "Selon l'exploitant de l'aéroport", "D'après
    le gestionnaire de l'aéroport" had no source, so the claims read "no stated source"."""
    assert _who("The aircraft touched down at 14:35, according to air traffic control.") == {
        "air traffic control": "organisation"}
    assert _who("Selon l'exploitant de l'aéroport, 176 passagers se trouvaient à bord.") == {
        "l'exploitant de l'aéroport": "organisation"}


def test_a_thing_rejected_is_no_statement():
    """A QA helper's merger reports: "Kestrel's board rejected an earlier offer of $44 a share …, according to people
    familiar with the matter" read the board as a source, so the claim resting on anonymous people lost its flag;
    "rejected the claims", "rejected …, saying …" are statements."""
    assert _who("Kestrel's board rejected an earlier offer of $44 a share in January, according to people familiar "
                "with the matter.") == {"people familiar with the matter": "anonymous"}
    assert _who("Voters rejected the plan in a referendum on Sunday.") == {}
    assert _who("The ministry rejected the claims as baseless.") == {"The ministry": "organisation"}
    assert _who("Syria rejects US, UK chemical arms claims")["Syria"] == "organisation"


def test_one_body_named_with_two_descriptions_is_one_source():
    """A QA helper's storm reports: "the state utility Electrosur said" / "according to the operator Electrosur" was
    flagged "attributed differently"; a union of the company is not the company."""
    _comp, sourcing = _claim([
        "About 450,000 homes were left without electricity across the province, the state utility Electrosur said.",
        "About 450,000 homes were left without electricity across the province, according to the operator Electrosur."])
    assert len(sourcing) == 1 and not sourcing[0].differs
    _comp, sourcing = _claim([
        "About 450,000 homes were left without electricity across the province, the state utility Electrosur said.",
        "About 450,000 homes were left without electricity across the province, the Electrosur union said."])
    assert len(sourcing) == 1 and sourcing[0].differs


def test_one_person_named_with_two_descriptions_is_one_source():
    """Found by a helper's first-use test: "Christian Noyer, également présent" / "Christian Noyer, président de
    la Banque de France" was flagged "attributed differently", and so were a minister named before and after her
    title; two different people with one title still differ."""
    for texts in (["Les banques françaises sont solides, a assuré Christian Noyer, également présent à l'Elysée.",
                   "Les banques françaises sont solides, a assuré Christian Noyer, président de la Banque de France."],
                  ["La croissance sera faible en 2009, a déclaré Christine Lagarde, la ministre de l'Economie.",
                   "La croissance sera faible en 2009, a déclaré la ministre de l'Economie Christine Lagarde."]):
        comp, sourcing = _claim(texts)
        assert len(sourcing) == 1 and not sourcing[0].differs, texts
    for texts in (["The talks in Geneva will resume on Monday, Foreign Minister Sergei Lavrov said on Friday.",
                   "The talks in Geneva will resume on Monday, Foreign Minister Wang Yi said on Friday."],
                  ["The bill will pass the Senate next week, Senator John Thune told reporters on Friday.",
                   "The bill will pass the Senate next week, Senator John Cornyn told reporters on Friday."]):
        comp, sourcing = _claim(texts)  # two people with one title (a review's counter-examples)
        assert len(sourcing) == 1 and sourcing[0].differs, texts


def test_a_claim_no_version_sources_is_flagged_and_the_flag_is_in_the_contract():
    from desktop.engine.attribution.compare import NO_SOURCE
    from desktop.export.contract import to_contract

    comp, sourcing = _claim([
        "The dam on the river collapsed overnight on Tuesday after days of heavy rain.",
        "The dam on the river collapsed overnight on Tuesday after days of heavy rain in the north.",
    ])
    assert [c.flag for c in sourcing] == [NO_SOURCE]
    assert to_contract(comp)["groups"][0]["attribution_flag"] == NO_SOURCE


def test_the_same_person_named_fully_in_one_report_and_by_surname_in_another_agrees():
    comp, sourcing = _claim([
        "The dam on the river collapsed overnight on Tuesday, Governor Ellen Park told CNN.",
        "The dam on the river collapsed overnight on Tuesday, Park said.",
    ])
    assert len(sourcing) == 1 and not sourcing[0].differs


def test_one_speaker_is_one_whatever_kind_each_report_guesses_and_two_bodies_stay_two():
    # each report guesses alone whether a name met once is a person or a body, and "India's Modi" is Narendra Modi
    for a, b in (("Narendra Modi promised a tough stance against Pakistan on Tuesday.",
                  "India's Modi promised a tough stance against Pakistan on Tuesday."),
                 ("Brightwater Health reported a record profit for the year, Brightwater said.",
                  "Brightwater reported a record profit for the year."),
                 ("The Bank of England said on Monday it would keep interest rates on hold until the spring.",
                  "The BoE said on Monday it would keep interest rates on hold until the spring.")):
        comp, sourcing = _claim([a, b])
        assert len(sourcing) == 1 and not sourcing[0].differs, (a, b)
    comp, sourcing = _claim([
        "The embassy in the capital will close on Friday, the State Department said.",
        "The embassy in the capital will close on Friday, the Defense Department said.",
    ])
    assert len(sourcing) == 1 and sourcing[0].differs


def test_a_country_and_its_government_named_by_its_adjective_are_one_speaker():
    comp, sourcing = _claim([
        "The Syrian regime denied any role in the massacre in Houla on Friday.",
        "Syria denied any role in the massacre in Houla on Friday.",
    ])
    assert len(sourcing) == 1 and not sourcing[0].differs
    comp, sourcing = _claim(["Syria denied any role in the massacre in Houla on Friday.",
                             "Iran denied any role in the massacre in Houla on Friday."])
    assert len(sourcing) == 1 and sourcing[0].differs


def test_a_saved_session_gives_back_its_attributions(tmp_path, seed_comparison):
    from desktop.store import Session

    path = tmp_path / "case.synoptic"
    with Session.create(path) as s:
        s.save_comparison(seed_comparison)
    with Session.open(path, read_only=True) as s:
        assert s.load_comparison().attributions == seed_comparison.attributions


def test_a_speaker_after_the_statement_stops_before_a_gerund_or_a_place():
    text = ("« L'enquête avance », a déclaré le procureur en évoquant des pistes sérieuses. "
            "Le coureur a nié tout dopage, a déclaré son avocat, dans un communiqué reçu à Paris.")
    who = _who(text)
    assert who["le procureur"] == "person"  # one office: the reader can name its holder
    assert who["son avocat"] == "anonymous"
    assert who["un communiqué"] == "document"


def test_english_speakers_described_by_a_possessive_an_apposition_or_a_relation():
    text = ("Prime Minister Anna Lind's insistence that the cuts were vital failed to calm the unions. "
            "\"We have nothing left,\" said Maria Costa, a retired teacher who joined the march. "
            "His brother Peter Novak said the family had not been told.")
    who = _who(text)
    assert who["Prime Minister Anna Lind's"] == "person"
    assert who["Maria Costa, a retired teacher"] == "person"
    assert who["His brother Peter Novak"] == "person"


def test_a_word_of_saying_used_as_a_noun_or_an_adjective_is_no_cue():
    assert _attributions("A senior state official visited the flooded villages on Monday.") == []
    assert _attributions("The police secured the area by declaring a general state of alert.") == []
    assert _who("A witness said the water rose within minutes.") == {"A witness": "anonymous"}
    assert _who("Residents say the water rose within minutes.") == {"Residents": "anonymous"}


def test_reports_in_a_language_without_cue_lists_are_not_flagged_as_unsourced():
    """Dutch has no cue lists: finding no attribution there says nothing, so no claim reads 'no stated
    source' and the sourcing profile stays empty."""
    from desktop.engine.attribution.compare import claim_sourcing, sourcing_profile
    from desktop.engine.model import Source
    from desktop.engine.pipeline import compare

    a = ("De brug van Waldheim is dinsdagochtend ingestort, zei de burgemeester.\n\n"
         "Twee automobilisten raakten lichtgewond, meldde de brandweer.\n")
    b = ("Dinsdagochtend is de brug van Waldheim ingestort, zei de burgemeester van de stad.\n\n"
         "Volgens de brandweer raakten twee automobilisten lichtgewond.\n")
    comp = compare([Source("a", a), Source("b", b)])
    assert comp.documents[0].language == "nl" and comp.groups
    assert all(c.flag is None for c in claim_sourcing(comp))
    assert sum(sourcing_profile(comp, 0).values()) == 0


def test_every_speaker_of_a_list_is_a_source():
    who = _who("Le sommet s'est achevé sans accord. L'Italie, la Grèce et Malte ont dénoncé un texte trop timide. "
               "Après la réunion, Vienne et Prague ont dit leur déception.")
    assert {k: who.get(k) for k in ("L'Italie", "la Grèce", "Malte", "Vienne", "Prague")} == dict.fromkeys(
        ("L'Italie", "la Grèce", "Malte", "Vienne", "Prague"), "organisation")
    assert not any("réunion" in w for w in who)


def test_a_document_seen_by_an_outlet_names_the_outlet():
    french = _who("Le chantier prendra deux ans de retard, selon une note interne consultée par Reuters. "
                  "Les travaux devaient durer six mois.")
    english = _who("The plant will close in June, according to a memo seen by Bloomberg. It employs 300 people.")
    assert french == {"une note interne": "document", "Reuters": "outlet"}
    assert english == {"a memo": "document", "Bloomberg": "outlet"}


def test_a_named_organisation_is_no_person():
    who = _who("The Ohio Teachers Alliance said the deal was fair. Harlow Logistics Inc said it would appeal. "
               "Judge Mary Cole said the hearing would resume on Monday.")
    assert who.get("The Ohio Teachers Alliance") == "organisation" and who.get("Harlow Logistics Inc") == "organisation"
    assert who.get("Judge Mary Cole") == "person"


def test_a_refusal_through_a_wish_is_a_source_declining():
    who = _who("Le tribunal a reporté l'audience. La direction de l'usine n'a pas souhaité commenter cette décision.")
    assert who == {"La direction de l'usine": "organisation"}


def test_a_speaker_named_after_the_verb_keeps_the_title_that_follows():
    who = _who("« Le site ne fermera pas », a assuré à l'AFP Sophie Marchal, déléguée syndicale de l'usine, mardi.")
    assert who == {"l'AFP": "outlet", "Sophie Marchal, déléguée syndicale de l'usine": "person"}


def test_a_wire_dateline_names_the_agency_and_the_speaker_after_it_is_read():
    found = _attributions("Titre\n\nPARIS (AFP) - Le gouvernement a annoncé mardi de nouvelles mesures pour les banques.\n")
    assert ("AFP", "outlet", "(AFP)", None) in found
    assert ("Le gouvernement", "organisation", "a annoncé", None) in found  # "gouvernement" is no adverb


def test_a_verb_that_reports_speech_only_after_a_quote():
    text = ("« Elle n'a pas pu emmener son petit », poursuit Khaldia Dussourt, une voisine. "
            "La famille poursuit la mairie en justice depuis deux ans.")
    who = _who(text)
    assert who.get("Khaldia Dussourt, une voisine") == "person"
    assert "La famille" not in who


def test_radio_outlet_a_spokesman_by_whose_voice_and_calls_for_calm():
    text = ("Titre\n\n« Je serais très heureuse de le rencontrer », a déclaré ce matin sur RTL la ministre Rama Yade. "
            "Le ministère de l'Intérieur assure, par la voix de son porte-parole, Gérard Gachet, qu'il n'en a jamais été "
            "question. François Fillon appelle au calme dans cette affaire. BNP Paribas a fait état auprès "
            "d'analystes de garanties importantes.")
    who = _who(text)
    assert who["RTL"] == "outlet"
    assert who["Le ministère de l'Intérieur"] == "organisation"  # "par la voix de" is no passive agent
    assert "son porte-parole, Gérard Gachet" in who
    assert who["François Fillon"] == "person"
    assert who["BNP Paribas"] == "organisation"


def test_a_soft_hyphen_a_numbered_channel_and_an_unnamed_on():
    text = ("Titre\n\n« Nous n’avons pas besoin de fonds propres ! », a mar\u00adtelé hier Georges Pauget. "
            "« Il faut agir », a affirmé M. Leonetti sur Europe 1. « On se tient par la barbichette », dit-on.\n")
    found = _attributions(text)
    assert ("Georges Pauget", "person", "a mar\u00adtelé", None) in found  # a web page's soft hyphen inside the verb
    assert ("Europe 1", "outlet") in [(w, k) for w, k, _, _ in found]
    assert ("on", "anonymous", "dit-on", None) in found


def test_appositions_asides_and_a_closing_parenthesis_stay_with_their_speaker():
    who = _who(
        "Paul Martin, jusqu'ici numéro 2 de la banque, estime de son côté que les traders sont fautifs. "
        "La visite aura lieu en août, selon Marc Petit, moine bouddhiste, proche collaborateur du chef spirituel. "
        "Jean Dupont, président de l'Association des maires (AMF), remarquait mardi que la différence est ténue. "
        "Pour l'avocate du trader, Claire Dumas, « l'affaire démontre tout »."
    )
    assert who["Paul Martin, jusqu'ici numéro 2 de la banque"] == "person"
    assert who["Marc Petit, moine bouddhiste, proche collaborateur du chef spirituel"] == "person"
    assert who["Jean Dupont, président de l'Association des maires (AMF)"] == "person"
    assert who["l'avocate du trader, Claire Dumas"] == "person"
    assert "de son côté" not in who


def test_narrative_infinitive_calls_demands_and_let_know_after_an_inverted_pronoun():
    found = _attributions(
        "Le ministre Paul Roux a reçu les syndicats. Et Paul Roux d'ajouter : « rien n'est joué ». "
        "La veille encore, le pape lançait un appel en faveur des otages. "
        "Le maire avait exigé vendredi que les responsables soient sanctionnés. "
        "« Je n'ai jamais fui », a-t-il fait valoir."
    )
    who = {w: k for w, k, _, _ in found}
    assert who["Paul Roux"] == "person" and who["le pape"] == "person" and who["Le maire"] == "person"
    assert ("il", "person", "a-t-il fait valoir", "Le maire") in found


def test_a_sentence_opening_inside_a_quote_reads_the_speaker_after_it():
    found = _attributions(
        "Le coureur Lance Armstrong a publié un message. \"Ils ont fait venir un contrôleur. "
        "Cela me paraît logique\", a-t-il ajouté avec ironie, avant d'envoyer un nouveau \"tweet\" plus tard."
    )
    assert [(w, cue) for w, _, cue, _ in found if w == "il"] == [("il", "a-t-il ajouté")]


def test_a_description_of_a_named_person_is_that_person():
    who = _who(
        "Me Claire Dumas, l'avocate du trader, a demandé sa libération. "
        "Selon l'avocate du trader, le dossier est vide."
    )
    assert who["l'avocate du trader"] == "person"
    assert _who("John Hart, the store's manager, was away. The manager said the store would reopen.") == {
        "The manager": "anonymous"}  # no one is named the manager: "the store's manager" is not "The manager"


def test_a_french_definite_description_of_one_person_is_a_person_and_one_of_many_stays_anonymous():
    who = _who(
        "Le port restera fermé, a indiqué l'avocat. "
        "Le diplomate suisse a estimé que la réunion avait échoué. "
        "Le responsable d'une entreprise de transport a déploré la décision. "
        "Les responsables syndicaux ont dénoncé la fermeture."
    )
    assert who["l'avocat"] == "person"  # French names a known source so: one lawyer, the reader knows which
    assert who["Le diplomate suisse"] == "person"
    assert who["Le responsable d'une entreprise de transport"] == "anonymous"  # one of a company's many
    assert who["Les responsables syndicaux"] == "anonymous"


def test_french_an_infinitive_after_the_verb_is_the_statement_and_a_warning_is_said():
    found = _attributions(
        "« Paul » nie avoir quitté le groupe. "
        "Le préfet a mis en garde les automobilistes contre le verglas. "
        "Grève: la mairie attend le rapport pour se prononcer. "
        "Le coureur a annoncé sa retraite dans un entretien sur le site internet du journal Le Progrès."
    )
    who = {w: kind for w, kind, _, _ in found}
    assert "avoir quitté le groupe" not in who  # what Paul denies, not who denies it
    assert who["Le préfet"] == "person"
    assert not any(w.startswith("la mairie") for w in who)  # "pour se prononcer": not said yet
    assert who["le site internet du journal Le Progrès"] == "outlet"  # the page and the paper it belongs to


def test_english_verbs_with_their_particle_and_the_medium_spoken_to():
    who = _who(
        "Opposition leader Tom Reed pointed out that the budget was late. "
        "Mayor John Best has appealed for calm. "
        "Senator Ann Cole questioned whether the plan was legal. "
        "The officer pointed a gun at the suspect. "
        "Speaking to the Boston Globe Mr Hart said the deal was done."
    )
    assert who["Opposition leader Tom Reed"] == "person"
    assert who["Mayor John Best"] == "person"
    assert who["Senator Ann Cole"] == "person"
    assert "The officer" not in who  # pointing a gun says nothing
    assert who["Mr Hart"] == "person" and who["the Boston Globe"] == "outlet"


def test_english_parties_speak_as_bodies_and_an_opening_moment_is_no_part_of_the_speaker():
    who = _who(
        "The Conservatives said the plan would fail. "
        "During his second day on the witness stand Mr Cole told jurors he had signed the accounts. "
        "However during the hearing on Tuesday Mr Dunn denied the allegations. "
        "The first project will be the Ocean Survey, which hopes to map the seabed."
    )
    assert who == {"The Conservatives": "organisation", "Mr Cole": "person", "Mr Dunn": "person"}


def test_french_reflexive_wondering_a_request_and_a_purpose_are_read_as_news_readers_do():
    found = _attributions(
        "Le comité olympique a annoncé sa décision. Celui-ci s'est offusqué que les images circulent. "
        "Le maire a téléphoné au préfet pour le féliciter. "
        "Les enquêteurs se demandent désormais si le dossier est complet. "
        "La Russie a demandé à la Chine une aide militaire. "
        "La Chine a encore exhorté mardi la France à prendre ses responsabilités. "
        "Vendredi, la banque a porté plainte contre X. "
        "Pour un accueil mitigé, entre applaudissements et sifflets, les coureurs sont partis. "
        "Les vidéos proposées sur le site de la chaîne sont rares."
    )
    who = {w: kind for w, kind, _, _ in found}
    assert who["Les enquêteurs"] == "anonymous"  # "se demander si": they wonder aloud
    assert "la Chine" not in who and "La Russie" not in who  # a request for aid is the news, not a source
    assert who["Celui-ci"] == "organisation" and who["La Chine"] == "organisation"
    assert who["la banque"] == "organisation"
    assert not any("préfet" in w or "accueil" in w or "site" in w for w in who)


def test_french_speakers_with_joined_titles_long_appositions_and_an_aside():
    who = _who(
        "« Le pays va mal », a estimé la sénatrice et ancienne ministre de la Défense Marta Ruiz. "
        "« Ils doivent changer », estime Pablo Lema, du groupe de réflexion Paix et Démocratie. "
        "Le président Hugo Reyes a parlé. "
        "Reyes, après avoir obtenu la libération de trois otages, avait appelé les rebelles à négocier."
    )
    assert who["la sénatrice et ancienne ministre de la Défense Marta Ruiz"] == "person"
    assert who["Pablo Lema, du groupe de réflexion Paix et Démocratie"] == "person"
    assert who["Reyes"] == "person"  # what he did before is no part of who he is


def test_french_inverted_speakers_after_a_press_conference_and_inside_a_quote():
    who = _who(
        "« Personne ne s'est manifesté », a déclaré lors d'une conférence de presse le procureur de Lyon, Marc Vial. "
        "« Il faut une loi », tempête Jean Roussel. "
        "« L'investissement va reculer », prédit l'Observatoire du financement. "
        "« Pourtant, assure un analyste parisien, le contrôle évolue. » "
        "Des notes viennent contredire la version de la banque."
    )
    assert who == {"le procureur de Lyon, Marc Vial": "person", "Jean Roussel": "person",
                   "l'Observatoire du financement": "organisation", "un analyste parisien": "anonymous"}


def test_english_names_with_small_words_programmes_and_refusals_that_say_nothing():
    found = _attributions(
        "Theresa May, shadow secretary for the family, told BBC Radio 4's Today programme that the plan was weak. "
        "Mr Hart, whose father founded the firm, said sales would fall. "
        "He attacked the campaign's alleged links with the party. "
        "Parents who refuse to allow contact could be fined. "
        "The bank declined to comment. "
        "Most local observers believe the vote will be lost. "
        "Savers will get 25 cents a dollar, according to the creditors."
    )
    who = {w: kind for w, kind, _, _ in found}
    assert who["Theresa May, shadow secretary for the family"] == "person"
    assert who["BBC Radio 4's Today programme"] == "outlet"
    assert who["Mr Hart"] == "person"  # not "sales", whatever the relative clause before the verb says
    assert who["The bank"] == "organisation"
    assert who["Most local observers"] == "anonymous" and who["the creditors"] == "anonymous"
    assert not any(w.startswith(("He", "Parents")) for w in who)  # an allegation named, a refusal to act


def test_french_asides_passives_and_figures_of_a_named_source():
    found = _attributions(
        "Le chef spirituel tibétain, souvent applaudi pendant son discours, a réaffirmé son attachement au dialogue. "
        "M. Pöttering a appelé \"instamment\" les dirigeants chinois à dialoguer. "
        "Selon les chiffres de Médiamétrie, 4,9 millions de personnes ont regardé le match. "
        "La Société générale, contactée hier, ne souhaitait apporter aucun commentaire. "
        "Son supérieur direct, Eric Cordelle, était parfaitement informé de ces pertes. "
        "Une législation autorisant l'euthanasie dite \"active\" existe en Belgique."
    )
    who = {w: kind for w, kind, _, _ in found}
    assert who["Le chef spirituel tibétain"] == "person"  # what was done to him is no part of who he is
    assert _who("Nadine Morano, nommée hier secrétaire d'Etat à la famille, s'est dite favorable à la loi.") == {
        "Nadine Morano, nommée hier secrétaire d'Etat à la famille": "person"}  # an appointment describes her
    assert who["M. Pöttering"] == "person"
    assert "Médiamétrie" in who  # the figures are the institute's
    assert who["La Société générale"] == "organisation"
    assert not any("Cordelle" in w or "législation" in w for w in who)  # informed of something; "so-called"
    assert _who("FTC Bureau of Competition Director Samuel Ortiz said the ruling was a win.") == {
        "FTC Bureau of Competition Director Samuel Ortiz": "person"}  # a title and a full name close it


def test_english_remarks_made_on_air_studies_and_two_descriptions_of_one_person():
    found = _attributions(
        "The head of the Catholic Church in England and Wales made the comments on BBC Radio 4. "
        "A spokesman said Downing Street had no comment to make. "
        "Web access is changing habits, research suggests. "
        "The Demos report looked at broadband. More significantly, argues the report, people post more. "
        "Helena Kerr, a Labour peer and a human rights lawyer, said the main concern was secrecy. "
        "According to the Independent, his resignation is expected to be followed by those of two barristers. "
        "Turnout will be low, Alan Milburn, Labour's election strategist told the Guardian."
    )
    who = {w: kind for w, kind, _, _ in found}
    assert who["The head of the Catholic Church in England and Wales"] == "person"
    assert who["BBC Radio 4"] == "outlet" and who["A spokesman"] == "anonymous" and "Downing Street" in who
    assert who["research"] == who["the report"] == "document"
    assert who["Helena Kerr, a Labour peer and a human rights lawyer"] == "person"
    assert who["Alan Milburn, Labour's election strategist"] == "person"
    assert not any(w.startswith(("The Demos", "those of", "the main concern")) for w in who)


def test_french_descriptions_joined_former_titles_and_a_source_at_a_ministry():
    who = _who(
        "« Le bonheur était là », conclut Marc Dorval, ex-époux de la chanteuse, père de Léa et Tom. "
        "« Même l'Élysée n'arrivait pas à la joindre », s'amuse un proche. "
        "Selon son assistante, la visite est improbable. "
        "Les causes de la mort sont indéterminées, a indiqué à l'AFP une source autorisée au ministère de "
        "l'Intérieur. "
        "Jean Roux, porte-parole de l'association et ancien secrétaire national du parti, a annoncé une loi. "
        "La Société Générale a annoncé une perte."
    )
    assert who == {"Marc Dorval, ex-époux de la chanteuse, père de Léa et Tom": "person", "un proche": "anonymous",
                   "son assistante": "anonymous", "l'AFP": "outlet",
                   "une source autorisée au ministère de l'Intérieur": "anonymous",
                   "Jean Roux, porte-parole de l'association et ancien secrétaire national du parti": "person",
                   "La Société Générale": "organisation"}


def test_english_details_given_and_a_participle_with_its_agent():
    who = _who(
        "At a press conference on Tuesday, Sharon Osbourne gave details of nine stolen items. "
        "Also taken was a sapphire bought as an investment described by Sharon as one of the rarest stones."
    )
    assert who == {"Sharon Osbourne": "person", "Sharon": "person"}  # not "an investment for their daughters"


def test_a_company_named_only_once_a_document_before_its_author_and_an_amount_after_the_giver():
    who = _who(
        "Les banques ont publié leurs comptes. Natixis n'a révélé aucun chiffre. "
        "Dans sa déclaration Charles Milhaud écrit que le conseil a accepté. "
        "L'aide annoncée lundi par l'État de 10,5 milliards d'euros a rassuré. "
        "Il renvoie aux propos du gouverneur de la Banque de France."
    )
    assert who["Natixis"] == "organisation"
    assert who["sa déclaration"] == "document" and who["Charles Milhaud"] == "person"
    assert who["l'État"] == "organisation"
    assert who["gouverneur de la Banque de France"] == "person"


def test_a_single_name_is_a_company_unless_the_report_gives_it_a_first_name():
    # a company needs neither a first name nor a title; a person is introduced with one, even when the surname is
    # a word ("Ned Price") and the first name stands after a comma ("du Département d'État, Ned Price")
    who = _who(
        "Sales of running shoes rose 12% in the quarter. Demand was strong in China, Nike said. "
        "Shares of Nike rose 3% in New York."
    )
    assert who["Nike"] == "organisation"
    who = _who(
        "Les alliés seront consultés, a déclaré le porte-parole du Département d'État, Ned Price. "
        "« Cela inclut les alliés en Europe », a déclaré Price lors d'un point de presse."
    )
    assert who["Price"] == "person"


def test_a_surname_alone_is_a_person_once_the_report_gave_it_a_role_a_first_name_or_initials():
    who = _who("The strike could last days, SEIU spokesman Marc Goumbri said. Rallies will follow, Goumbri said. "
               "State Department spokesman P.J. Crowley said the plant was no risk. Crowley added that talks went on. "
               "Soelistyo, head of the search and rescue agency, told reporters the area would grow. "
               "The plane could be at the bottom of the sea, Soelistyo said on Monday.")
    assert who["Goumbri"] == who["Crowley"] == who["Soelistyo"] == "person"
    assert _who("Nike, the maker of running shoes, said sales rose. Nike said it would hire.")["Nike"] == "organisation"
    who = _who("If Russia carries out its plan, it will end years of delay. But Moscow announced Friday it will start "
               "loading fuel. Russia said in March that the plant would open.")
    assert who["Moscow"] == who["Russia"] == "organisation"  # "If", "But" are no first names


def test_the_agency_a_report_takes_up_is_the_last_one_it_named_a_rating_agency_or_a_press_agency():
    who = _attributions("L'agence de notation Standard & Poor's a abaissé vendredi la note de l'Ukraine. "
                        "Le pays est en récession, a souligné l'agence américaine. "
                        "La situation est grave, a expliqué S&P, qui craint des restrictions.")
    assert [(w, k) for w, k, _, _ in who] == [("l'agence américaine", "organisation"), ("S&P", "organisation")]
    assert _who("Xinhua News Agency reported the blast. The toll may rise, the agency said.")["the agency"] == "outlet"
    assert _who("« Nous ne céderons pas », a dit à l'AFP un syndicaliste. La grève durera, a-t-il dit à l'agence."
                )["l'agence"] == "outlet"
    assert _who("The Environmental Protection Agency proposed new limits. The rules will save lives, the agency "
                "said.")["the agency"] == "organisation"
    # a state agency named by what it deals with; Spanish "la agencia" takes up the agency named before it
    # (a QA helper's baby-formula recall reports)
    assert _who("Selon l'Agence vandrienne de sécurité alimentaire, six nourrissons sont tombés malades."
                ) == {"l'Agence vandrienne de sécurité alimentaire": "organisation"}
    assert _who("La Agencia Vandriana de Seguridad Alimentaria ordenó la retirada de la leche. La agencia informó de "
                "que seis bebés enfermaron.")["La agencia"] == "organisation"
    assert _who("La agencia Efe informó del accidente. Hubo seis heridos, según la agencia.")["la agencia"] == "outlet"


def test_a_source_after_an_opening_conjunction_stops_at_its_comma_and_two_named_companies_are_two_sources():
    assert list(_who("Mais selon Yahoo, le programme existe depuis 2010.")) == ["Yahoo"]  # not "Yahoo, le programme …"
    assert list(_who("Pourtant, selon la police, le programme existe.")) == ["la police"]
    assert _who("Mais Yahoo et Google ont nié tout lien avec ces pratiques.") == {"Yahoo": "organisation",
                                                                                  "Google": "organisation"}


def test_a_verb_group_holds_a_stressed_pronoun_an_aside_or_a_verb_that_leads_to_saying():
    who = _who("Des responsables israéliens ont eux refusé de confirmer l'attaque. "
               "Anne Hidalgo, la candidate PS, a quant à elle de nouveau rappelé lundi sur France Inter qu'elle "
               "était pour un moratoire. « Les cibles étaient des missiles », s'est contenté d'ajouter le porte-parole.")
    assert who == {"Des responsables israéliens": "anonymous", "Anne Hidalgo, la candidate PS": "person",
                   "France Inter": "outlet", "le porte-parole": "person"}
    assert [(w, k) for w, k, _, _ in _attributions("« C'est faux », s'est-il contenté d'ajouter.")] == [("il", "person")]


def test_the_place_an_unnamed_on_speaks_from_is_the_source():
    who = _who("A l'ARS comme à l'APHP, on défend le nouveau modèle hospitalier. "
               "Chez Renault, on indique que l'usine restera ouverte. À Lyon, on dit que la neige tombera.")
    assert who == {"l'ARS": "organisation", "l'APHP": "organisation", "Renault": "organisation"}


def test_english_speakers_with_a_particle_a_scientists_trade_a_one_holder_office_and_a_described_medium():
    who = _who("Erik van Sebille, a physical oceanographer at the University of New South Wales, told local "
               "television the sea was shallow. \"It's so shallow,\" said van Sebille. "
               "The minister told Iranian state media the talks had failed. \"It is wrong,\" said the prime minister. "
               "The official said no.")
    assert who == {"Erik van Sebille, a physical oceanographer at the University of New South Wales": "person",
                   "local television": "outlet", "van Sebille": "person", "The minister": "person",
                   "Iranian state media": "outlet", "the prime minister": "person", "The official": "anonymous"}


def test_people_sharing_one_noun_are_one_source_and_a_list_after_a_subordinator_starts_after_it():
    who = _who("Russian and Iranian officials said Friday the reactor would open. "
               "U.S. law enforcement and security officials said the lists were being checked. "
               "The mayor and city officials said the road would reopen.")
    assert who == {"Russian and Iranian officials": "anonymous", "U.S. law enforcement and security officials":
                   "anonymous", "The mayor": "person", "city officials": "anonymous"}
    who = _who("While the UN nuclear watchdog and U.S. officials say the reactor is safe, Russia disagrees.")
    assert who == {"the UN nuclear watchdog": "organisation", "U.S. officials": "anonymous"}


def test_kinds_of_centers_groups_of_people_a_mediums_service_and_a_refusal_of_things():
    who = _who("Poison control centers around the United States said calls rose. The Georgia Poison Center said "
               "calls doubled. Another group of migrants said they would walk to Croatia. The news agency's English "
               "service said the decree was issued. The blast killed two, CNN's website reported. "
               "Some refused food and water in protest. The company declined requests for comment.")
    assert who == {"Poison control centers around the United States": "organisation",
                   "The Georgia Poison Center": "organisation", "Another group of migrants": "anonymous",
                   "The news agency's English service": "outlet", "CNN's website": "outlet",
                   "The company": "organisation"}


def test_a_subject_after_a_time_phrase_a_blame_a_kings_name_and_no_statements_released():
    who = _attributions("King Salman vowed to act. Earlier this week Salman vowed to reveal what caused the crash. "
                        "Saudi Arabia has partly blamed the collapse on the builder. "
                        "Binladin Group has not released any statements about the collapse.")
    assert [(w, k) for w, k, _, _ in who] == [("King Salman", "person"), ("Salman", "person"),
                                              ("Saudi Arabia", "organisation"), ("Binladin Group", "organisation")]


def test_the_publication_a_clause_opening_on_writing_in_names_is_an_outlet():
    assert _who("Writing in Nature Medicine, the authors said the drug worked.") == {
        "Nature Medicine": "outlet", "the authors": "anonymous"}
    assert _who("Writing in the BMJ, two researchers said the data were weak.")["the BMJ"] == "outlet"


def test_french_sources_learnt_from_gathered_by_on_the_spot_and_kings_and_prosecutors():
    who = _who("Un homme a été blessé, a-t-on appris de sources policières et auprès de témoins. "
               "Il portait un couteau, a expliqué sur place un responsable du syndicat Alliance, Arnaud Pressé. "
               "Des passants, selon des témoignages recueillis par l'AFP, ont tenté de le maîtriser. "
               "Une source policière n'a pas exclu qu'il soit interné. Les enquêteurs soupçonnent ses sociétés "
               "d'avoir servi à blanchir de l'argent. Pour la procureure, les policiers ne sont pas responsables. "
               "Le roi de Jordanie appelle le président Assad à quitter le pouvoir. Il a exclu le joueur de l'équipe.")
    assert who == {"sources policières": "anonymous", "auprès de témoins": "anonymous",
                   "un responsable du syndicat Alliance, Arnaud Pressé": "person", "des témoignages": "anonymous",
                   "l'AFP": "outlet", "Une source policière": "anonymous", "Les enquêteurs": "anonymous",
                   "la procureure": "person", "Le roi de Jordanie": "person"}


def test_a_title_before_a_name_after_an_opening_aside_belongs_to_the_named_speaker():
    assert _who("Pour sa part, le chef de la diplomatie turque, Ahmet Davutoglu a déploré l'échec de la médiation."
                ) == {"le chef de la diplomatie turque, Ahmet Davutoglu": "person"}


def test_what_an_inquiry_found_is_a_document():
    assert _who("Selon les premiers éléments de l'enquête, le conducteur roulait vite.") == {
        "les premiers éléments de l'enquête": "document"}
    assert _who("According to the preliminary findings of the report, the driver was speeding.") == {
        "the preliminary findings of the report": "document"}


def test_a_lecturer_an_economist_and_an_observatory_and_studies_that_are_academic():
    who = _who("\"It's two big men butting heads,\" said Joseph Hanlon, a lecturer at the Open University. "
               "An economist said growth would slow. The Britain-based Syrian Observatory said 12 people died. "
               "But several academic studies have found that prices rise.")
    assert who == {"Joseph Hanlon, a lecturer at the Open University": "person", "An economist": "anonymous",
                   "The Britain-based Syrian Observatory": "organisation", "several academic studies": "document"}


def test_a_medium_told_keeps_its_description_set_off_by_commas():
    assert _who("Mr Guebuza told AFP, the French news agency, on Wednesday that the talks had failed.") == {
        "Mr Guebuza": "person", "AFP, the French news agency": "outlet"}
    assert _who("The minister told Reuters, citing officials, that the talks had failed.") == {
        "The minister": "person", "Reuters": "outlet", "officials": "anonymous"}
    assert _who("The public broadcaster said the vote was delayed.") == {"The public broadcaster": "outlet"}


def test_a_second_role_after_and_former_and_the_paper_a_pronoun_spoke_in():
    assert _who("« Le système s'effrite », ironise Jacques Duchesneau, député à Québec et ancien chef de police de "
                "Montréal.") == {"Jacques Duchesneau, député à Québec et ancien chef de police de Montréal": "person"}
    assert _who("« Il piétine la mémoire des victimes », s'est-il insurgé dans le journal.") == {
        "il": "person", "le journal": "outlet"}
    assert "le journal" not in _who("Il a écrit dans le journal de bord que tout allait bien, a dit le capitaine.")


def test_broad_rules_stay_within_their_cases():
    # companies sharing a noun are no single group of people, and never stop the extraction
    assert "Ford and GM executives" not in _who("Ford and GM executives said sales fell.")
    assert _who("Police and fire officials said the blaze was out.") == {"Police": "organisation",
                                                                        "fire officials": "anonymous"}
    # a refusal of words a few words on is still one
    assert _who("The ministry declined repeated requests for comment.") == {"The ministry": "organisation"}
    # "the agency" takes up the agency named before it, not one named after it in its own sentence
    assert _who("The International Atomic Energy Agency inspected the plant. The reactor is safe, the agency said "
                "in a statement carried by Xinhua news agency.")["the agency"] == "organisation"
    assert _who("Xinhua news agency reported the blast. Thousands had fled, humanitarian agencies said."
                )["humanitarian agencies"] == "organisation"
    assert _who("Anadolu Agency reported the blast. The toll may rise, the agency said.")["the agency"] == "outlet"
    # a language or a city a writer writes in is no publication; people in a country are no body
    assert _who("Writing in French, the author said the book was old.") == {"the author": "anonymous"}
    assert _who("Au Japon, on craint une récession. Aux États-Unis, on estime que la reprise est là.") == {}
    assert _who("Later that day police said the man was arrested.") == {"police": "organisation"}


def test_an_english_headline_closing_on_its_speaker():
    assert _who("Military Officials Distorted ISIS Intelligence, Congressional Panel Says") == {
        "Congressional Panel": "organisation"}
    assert _who("Russia Asked China for Help, U.S. Officials Say") == {"U.S. Officials": "anonymous"}
    assert _who("Obama Won the Debate, Polls Show") == {"Polls": "document"}


def test_a_speaker_after_a_gerund_between_the_verb_and_them():
    assert _who("« C'est faux », a ajouté en jouant quelques accords le président déchu.") == {
        "le président déchu": "person"}
    assert _who("« Non », a répondu en riant la porte-parole du gouvernement.") == {
        "la porte-parole du gouvernement": "person"}


def test_an_opening_interview_names_its_medium_and_a_name_ending_on_a_title_word_is_no_title():
    who = _who("Interviewed for CNN by Larry King, Putin suggested that the documents may be fabrications.")
    assert who["CNN"] == "outlet" and "Putin" in who


def test_a_pronoun_speaker_is_not_dropped_for_another_pronoun_of_its_sentence():
    who = _attributions("Megan Mitton était furieuse. C'est insultant, parce que ce qu'il a dit, c'est qu'il y a "
                        "d'autres députés qui font leur travail, dit-elle.")
    assert [w for w, _, _, _ in who] == ["il", "elle"]
    assert [w for w, _, _, _ in _attributions("Il a dénoncé la décision, qui constitue selon lui un pas dangereux.")
            ] == ["Il"]  # "selon lui" is the same speaker as "il"


def test_a_speaker_after_a_date_a_description_by_its_role_and_a_subject_after_a_subordinator():
    who = _who("« Les droits sont bafoués », a déclaré le 7 mars Ahmed Shaik Emam, parlementaire du parti NFP qui a "
               "introduit cette résolution. « C'est faux », a indiqué mardi soir le parquet de Paris. "
               "Ainsi, selon Gsell, l'ancienne appellation de Melilla est Rusaddir.")
    assert "Ahmed Shaik Emam, parlementaire du parti NFP" in who  # not "le 7 mars Ahmed …", and his role kept
    assert "le parquet de Paris" in who
    assert "Gsell" in who  # the statement is not his description
    who = _who("Other employees said they would rather be sacked. "
               "Leaders met after MPs criticised Tony Blair over reports of a rift.")
    assert who == {"Other employees": "anonymous", "MPs": "anonymous"}


def test_english_speakers_around_relative_clauses_pronouns_and_documents_that_speak():
    who = _who("The authorities in the US, who have indicted 19 people in Newark, New Jersey, estimate the fraud cost $4m. "
               "Actor Bruce Willis is suing the studio over an injury he said he suffered while filming. "
               "\"I have a professional ability here,\" he joked. "
               "But the pair chatted amicably and Mr Brown insisted he was happy. "
               "New guidelines say householders can use reasonable force. Official figures showed that sales rose.")
    assert who["The authorities in the US"] == "organisation"  # not "indicted 19 people in Newark, New Jersey"
    assert who["Mr Brown"] == "person"  # not "the pair chatted amicably and Mr Brown"
    assert who["New guidelines"] == who["Official figures"] == "document"
    assert sum(1 for w, *_ in _attributions("Willis is suing over an injury he said he suffered. "
                                            "\"Here,\" he joked.") if w == "he") == 2


def test_french_bodies_ministries_idioms_and_offers_that_are_no_statements():
    who = _who("Le ministère est fermé, selon la Défense russe. "
               "Les Jeunes Socialistes de Gand estiment que la mesure est injuste. "
               "Nous courons un grand danger à provoquer ainsi les Russes, qui ont toujours dit qu'ils refusaient. "
               "Autrement dit, il n'est pas question de créatures. "
               "Depuis des années, elle propose un hivernage de ce type de véhicules. "
               "Le maire propose de réduire les impôts.")
    assert who == {"la Défense russe": "organisation", "Les Jeunes Socialistes de Gand": "organisation",
                   "les Russes": "organisation", "Le maire": "person"}
    assert _who("Human Rights Watch said the law was unfair.") == {"Human Rights Watch": "organisation"}
    assert _who("« Il n'y a rien », explique l'Américain.") == {"l'Américain": "person"}


def test_english_hopes_plural_parties_and_a_titled_subject_before_saying():
    who = _who("It hopes 2005 sales will benefit from the launch. "
               "The first project will be the Ocean Survey, which hopes to map the seabed. "
               "Conservative co chairman Liam Fox derided the photo call, saying: \"It is a sham.\"")
    assert who == {"It": "organisation", "Conservative co chairman Liam Fox": "person"}
    who = _who("The Tories and Labour disagree on truancy. Tories say the plan came too late. "
               "Bernie Sanders spoke on Monday. Sanders said it was wrong.")
    assert who == {"Tories": "organisation", "Sanders": "person"}


def test_french_inverted_speakers_after_a_verdict_a_manner_and_memories_but_no_call_for_bids():
    who = _who("«Le déficit sera plus important que prévu», informe Luc Frieden. "
               "Un hôpital ne peut pas être tenu responsable d'une faute d'un médecin, a tranché le juge Lukasz Granosik. "
               "«Je remercie le bon dieu», mentionne avec humour Haché. "
               "Par exemple, l'actrice se souvient que dans son rôle elle avait peur. "
               "L'an dernier, Québec avait lancé un appel à projets au secteur privé.")
    assert who == {"Luc Frieden": "person", "le juge Lukasz Granosik": "person", "Haché": "person",
                   "l'actrice": "person"}


def test_english_both_speakers_of_a_pair_and_one_who_goes_on_to_warn():
    who = _who("Both Mr Blair and Mr Brown said the plan would work. "
               "Chief Supt Deats went on to warn: \"The internet offers huge opportunities.\"")
    assert who == {"Mr Blair": "person", "Mr Brown": "person", "Chief Supt Deats": "person"}
    assert _who("She wanted to say that the plan would fail.") == {}


def test_english_a_pronoun_for_a_study_a_participle_after_a_said_and_concerns_raised():
    atts = _attributions("Most people keep music on laptops, a Toshiba study found. It found that 60% kept 1,000 songs. "
                         "Mr Blair has failed to tackle these problems, he claimed, saying he has the wrong answer. "
                         "The delay came after Polish officials had raised concerns about the law. "
                         "Car sales fell. France's Peugeot said it would cut jobs. Shares of Peugeot fell.")
    who = {w: k for w, k, _, _ in atts}
    assert who["It"] == "document"  # the study, not a person
    assert who["he"] == "person" and "Mr Blair" not in who  # Mr Blair is what he claims about
    assert who["Polish officials"] == "anonymous"
    assert who["France's Peugeot"] == "organisation"


def test_english_progressive_warnings_rulings_some_users_and_a_subject_that_did_something_first():
    who = _who("The agency is warning a committee of MSPs that the climate is changing. "
               "The Roma were discriminated against, the Law Lords have ruled. "
               "Some users said AutoLink would only be fair if websites could opt out. "
               "A Labour party spokesman played down differences with Mr Wyatt and said the party was united.")
    assert who == {"The agency": "organisation", "the Law Lords": "organisation", "Some users": "anonymous",
                   "A Labour party spokesman": "anonymous"}
    assert _who("The king ruled the country for years. People are finding more things to do.") == {}


def test_french_a_view_framed_before_a_quote_a_source_within_a_body_and_a_toll():
    who = _who("Pour le géographe Etienne Piguet, «cette frontière a des impacts énormes». "
               "« Elle a toujours défendu ses idées », confie une source au sein de la Cnidh. "
               "Le pays doit être tenu responsable, a enjoint le président. "
               "Neuf navires ont été touchés, selon le bilan de la Défense russe.")
    assert who == {"le géographe Etienne Piguet": "person", "une source au sein de la Cnidh": "anonymous",
                   "le président": "person", "le bilan de la Défense russe": "document"}


def test_french_a_medium_named_through_its_antenna_or_its_colleagues():
    atts = _attributions("L'ex-président avait indiqué à l'antenne de CNN au Brésil qu'il comptait rentrer. "
                         "Le chanteur a confié à nos confrères du Parisien qu'il arrêtait.")
    outlets = {w for w, k, _, _ in atts if k == "outlet"}
    assert outlets == {"l'antenne de CNN", "nos confrères du Parisien"}


def test_english_quoted_in_a_paper_a_channel_programme_and_a_description_by_a_body():
    atts = _attributions("Mr Houston was quoted in the Herald newspaper saying: \"I feel UKIP have over reacted.\" "
                         "Councils were failing to use new laws, she told BBC Two's Newsnight. "
                         "Her comments have been described as \"irresponsible\" and \"outrageous\" by the Islamic "
                         "Human Rights Commission (IHRC).")
    who = {w: k for w, k, _, _ in atts}
    assert who["Mr Houston"] == "person" and who["the Herald newspaper"] == "outlet"
    assert who["BBC Two's Newsnight"] == "outlet"
    assert who["the Islamic Human Rights Commission (IHRC)"] == "organisation"


def test_french_a_statement_made_for_an_agency_before_its_inverted_speaker():
    atts = _attributions("« Les gens vivent dans les rues », décrit pour l'AFP Adnan Abu Hasna, un porte-parole à Gaza "
                         "de l'agence de l'ONU.")
    assert [(w, k) for w, k, _, _ in atts] == [
        ("l'AFP", "outlet"), ("Adnan Abu Hasna, un porte-parole à Gaza de l'agence de l'ONU", "person")]


def test_french_a_document_and_who_issued_it_a_commander_in_chief_and_no_speaker_in_an_impersonal_question():
    who = _who("Au moins 132 personnes sont mortes, selon un nouveau bilan provisoire communiqué samedi 4 novembre par "
               "les autorités népalaises. Zelensky a contesté des propos du commandant en chef de l'armée ukrainienne, "
               "Valery Zaloujny, dans un entretien. Pour l'après-guerre, M. Gallant prône une solution sans le Hamas. "
               "Faut-il le rappeler ? « C'est un record », a indiqué cette semaine l'ONG israélienne Yesh Din.")
    assert who["les autorités népalaises"] == "organisation"
    assert who["commandant en chef de l'armée ukrainienne, Valery Zaloujny"] == "person"
    assert who["M. Gallant"] == "person" and "il" not in who
    assert who["l'ONG israélienne Yesh Din"] == "organisation"


def test_french_a_report_that_goes_on_and_a_nickname_that_is_no_statement():
    who = _who("La colonisation est favorable à l'essor de projets de certains colons, poursuit le rapport. "
               "Il s'est réfugié chez son ami Souleymane Kamagaté dit « Soul to Soul », au plus fort de la crise.")
    assert who == {"le rapport": "document"}


def test_every_outlet_a_statement_was_made_to():
    assert _who("Her rep confirmed to People and Us Weekly on Friday that she had entered rehab.") == {
        "Her rep": "anonymous", "People": "outlet", "Us Weekly": "outlet"}


def test_complaints_doubts_and_details_given_are_sources_requests_and_a_loss_shown_are_not():
    who = _who(
        "Le procureur Jean Roux a ouvert une enquête. Il demande « officiellement l'avis » de l'Autorité. "
        "L'avocat d'un actionnaire, Me Paul Caron, a déposé une plainte pour délit d'initié. "
        "À quelques mètres de là, Mireille, une voisine, donne des précisions. "
        "La société d'économie mixte accuse un passif de 11 millions d'euros."
    )
    assert "Il" not in who  # a request is no statement (the samples' annotation: "La Russie a demandé à la Chine")
    assert who["L'avocat d'un actionnaire, Me Paul Caron"] == "person"
    assert who["Mireille, une voisine"] == "person"
    assert "La société d'économie mixte" not in who


def test_a_gerund_after_an_inverted_pronoun_adds_no_second_speaker():
    found = _attributions(
        "« Rien n'est joué », a déclaré Christophe Reille, porte-parole de l'avocat. "
        "M. Kerviel « n'a jamais fui », a-t-il fait valoir, regrettant la décision du parquet."
    )
    assert [(w, r) for w, _, _, r in found if w in ("il", "M. Kerviel")] == [
        ("il", "Christophe Reille, porte-parole de l'avocat")]


def test_outlets_after_an_inverted_pronoun_and_a_medium_described_before_its_name():
    found = _attributions("Le trader Nick Leeson a réagi. « Il a très peur », raconte-t-il à la télévision publique "
                          "irlandaise RTE, premier média à diffuser ses commentaires.")
    assert ("la télévision publique irlandaise RTE", "outlet") in [(w, k) for w, k, _, _ in found]
    assert [w for w, _, _, _ in found if w.startswith("premier")] == []


def test_a_second_source_and_a_statement_after_a_name_are_not_part_of_the_speaker():
    who = _who(
        "« Le dispositif présente de graves lacunes », conclut ce rapport selon les extraits publiés par le quotidien. "
        "Le trader, qui a perçu selon Le Monde d'importants bonus, conteste la sanction. "
        "Selon le sociologue des religions, Frédéric Lenoir, le bouddhisme séduit. "
        "Or, relève Etienne Tête, le premier article du décret est plus général. "
        "SocGen - Pour Nick Leeson, Jérôme Kerviel doit être soulagé."
    )
    assert who["ce rapport"] == "document" and who["Le Monde"] == "outlet"
    assert who["le sociologue des religions, Frédéric Lenoir"] == "person"
    assert who["Etienne Tête"] == "person" and who["Nick Leeson"] == "person"


def test_what_could_or_will_be_said_is_not_a_source():
    assert _who("Le ministre pourrait annoncer des mesures. Le préfet va déclarer l'état d'urgence.") == {}


def test_warnings_calls_and_accusations_in_other_words_are_sources():
    who = _who(
        "Pékin adresse une nouvelle mise en garde à Paris. La Chine a adressé jeudi un nouvel avertissement à la France. "
        "Lors des auditions, le trader Jean Roux a mis en cause plusieurs supérieurs. "
        "La presse officielle n'en dit pas un mot. "
        "« Des chaînes tout le temps », a-t-elle aussi assuré à la radio Europe 1."
    )
    assert who["La Chine"] == "organisation"
    assert who["le trader Jean Roux"] == "person"
    assert who["La presse officielle"] == "outlet"
    assert who["la radio Europe 1"] == "outlet"


def test_a_relative_clause_between_the_speaker_and_the_verb_is_left_out():
    who = _who("Ingrid Betancourt, que l'on a vue prier, a affirmé qu'elle allait rencontrer le pape. "
               "Il dispose de sept jours pour faire appel devant la commission d'appel de la Fédération.")
    assert who == {"Ingrid Betancourt": "person"}


def test_a_press_review_names_each_writer_and_the_paper_they_wrote_in():
    who = _who(
        "La presse est divisée. « Pourquoi légiférer ? » s'interroge Dany Stive dans L'Humanité. "
        "Didier Pobel, dans Le Dauphiné Libéré, pense que le moment est mal choisi. "
        "Dans L'Union, Hervé Chabaud considère qu'aller trop loin serait dangereux. "
        "La banque devrait perdre de l'argent, écrit Les Echos, qui ne cite pas ses sources. "
        "Il s'agirait d'une première, ajoute le quotidien économique, sans donner de chiffre."
    )
    assert who["Dany Stive"] == who["Didier Pobel"] == who["Hervé Chabaud"] == "person"
    assert who["L'Humanité"] == who["Le Dauphiné Libéré"] == who["L'Union"] == "outlet"
    assert who["Les Echos"] == who["le quotidien économique"] == "outlet"


def test_an_agent_a_tone_and_an_elided_article_do_not_blur_the_speaker():
    who = _who(
        "Elle a été sommée jeudi par Nicolas Sarkozy de régler le problème. "
        "« Le secteur est solide », a assuré sur le même ton rassurant M. de Castries. "
        "« C'est gérable », s'est ainsi réjoui M. Pauget. "
        "Les prélèvements doivent baisser, précise l'arrêté préfectoral publié jeudi. "
        "Les enquêteurs souhaitent l'interroger."
    )
    assert who == {"Nicolas Sarkozy": "person", "M. de Castries": "person", "M. Pauget": "person",
                   "l'arrêté préfectoral publié jeudi": "document"}


def test_a_participle_after_the_speaker_the_paper_it_appeared_in_and_a_call_s_addressee():
    who = _who(
        "« J'ai traduit l'inquiétude en termes juridiques », a affirmé M. Tête, confirmant une information parue "
        "samedi dans Libération. "
        "La Chine, qui considère le dalaï lama comme un sécessionniste, avait appelé la France à la prudence. "
        "Les syndicats FO et la CFDT avaient annoncé mardi le dépôt d'un recours. "
        "Le plan rapporterait 400 millions d'euros, selon l'opposition."
    )
    assert who["M. Tête"] == "person" and who["Libération"] == "outlet"
    assert who["La Chine"] == "organisation" and "la France" not in who
    assert who["Les syndicats FO"] == who["la CFDT"] == "organisation"
    assert who["l'opposition"] == "organisation" and "Le plan" not in who


def test_every_critic_of_a_passive_and_unnamed_bodies():
    who = _who("Le fichier est critiqué tant par l'opposition que par une partie de la droite et des associations. "
               "Etienne Tête est souvent critiqué par ses collègues pour son juridisme.")
    assert who == {"l'opposition": "organisation", "une partie de la droite": "anonymous",
                   "des associations": "anonymous", "ses collègues": "anonymous"}


def test_a_speaker_after_an_opening_phrase_or_inside_a_relative_clause():
    who = _who("Lundi midi, le premier ministre a dû intervenir, expliquant qu'il avait des assurances. "
               "Selon un rapport de la Commission bancaire dont fait état Le Monde, les contrôles ont failli.")
    assert who == {"le premier ministre": "person", "un rapport de la Commission bancaire": "document",
                   "Le Monde": "outlet"}


def test_english_names_companies_and_papers_as_wire_copy_writes_them():
    who = _who(
        "Shares fell. \"It's a huge black eye,\" said New York Times Company chairman Arthur Sulzberger. "
        "The Securities and Exchange Commission yesterday said companies must disclose more. "
        "Sun Microsystems Inc. on Thursday said it had added 100 partners. "
        "Daniels told the Star April 20 he was holding back. "
        "Analysts surveyed by Reuters Research expected earnings of 13 cents a share. "
        "In an accompanying editorial, two breast cancer researchers said the effect was small."
    )
    assert who["New York Times Company chairman Arthur Sulzberger"] == "person"
    assert who["The Securities and Exchange Commission"] == "organisation"
    assert who["Sun Microsystems Inc"] == "organisation"
    assert who["the Star"] == "outlet"
    assert who["Analysts surveyed by Reuters Research"] == "anonymous"
    assert who["an accompanying editorial"] == "document"
    assert _who("Autrement dit, rien ne change.") == {}


def test_an_english_passive_needs_its_auxiliary_and_a_participle_before_a_noun_modifies_it():
    who = _who("The CBO analysis of the Senate package said an amendment sponsored by Sen. Maria Cantwell cost more. "
               "The payments were first reported by The Times on Tuesday. "
               "\"This decision is clearly incorrect,\" FTC Chairman Timothy Muris said in a written statement. "
               "A group of investors said Friday it wants to start a network.")
    assert who == {"The CBO analysis of the Senate package": "document", "The Times": "outlet",
                   "FTC Chairman Timothy Muris": "person", "a written statement": "document",
                   "A group of investors": "anonymous"}


def test_a_surname_alone_is_a_person_when_the_sentence_goes_on_about_him():
    assert _who("Baer said he had concluded that the case was strong.") == {"Baer": "person"}
    assert _who("Natixis n'a révélé aucun chiffre.") == {"Natixis": "organisation"}


def test_wire_copy_details_an_age_a_radio_report_a_news_conference_and_a_ticker():
    who = _who("\"I do not wish to be present,\" Peterson, 31, calmly told the judge. "
               "Radio reports said hundreds of settlers converged. "
               "Colin Powell told a news conference in Jordan that it was an incident. "
               "The Nasdaq Composite Index .IXIC declined 16.68 points. "
               "The companies said in a statement distributed by Business Wire.")
    assert who == {"Peterson, 31": "person", "Radio reports": "outlet", "Colin Powell": "person",
                   "The companies": "organisation", "a statement": "document", "Business Wire": "outlet"}


def test_the_paper_behind_a_website_and_a_description_taking_up_a_named_person():
    found = _attributions(
        "« Je serai au départ », a déclaré Lance Armstrong. "
        "« Il y a des doutes sur le Tour », dit-il sur le site du quotidien italien la Gazzetta dello Sport. "
        "Le coureur a ajouté qu'il déciderait en mai. "
        "Elle a défendu sa bonne foi dans un entretien publié samedi par le quotidien La Provence."
    )
    who = {w: k for w, k, _, _ in found}
    assert who["le site du quotidien italien la Gazzetta dello Sport"] == "outlet"  # the page and whose it is
    assert who["Le coureur"] == "person"
    assert who["le quotidien La Provence"] == "outlet"


def test_an_incise_the_latter_and_a_long_framing_phrase():
    who = _who("« Je suis Française », avait auparavant affirmé Mme Betancourt. "
               "En deuxième lieu, parce que, poursuit Bernard Devalois, un texte de loi ne peut tout prévoir. "
               "Pour le rapporteur de la loi sur la fin de vie de 2005, le texte suffit. "
               "Prudente, la chancellerie ne s'est pas prononcée, jeudi, sur une évolution.")
    assert who["Mme Betancourt"] == who["Bernard Devalois"] == "person"
    assert who["le rapporteur de la loi sur la fin de vie de 2005"] == "person"  # takes up a named speaker
    assert who["la chancellerie"] == "organisation"
    found = _attributions("« Il faut une exception », a déclaré Bernard Kouchner. Pour ce dernier, la loi est trop "
                          "stricte.")
    assert ("ce dernier", "person", "Pour", "Bernard Kouchner") in found


def test_a_french_infinitive_after_de_and_a_speaker_keen_to_say_it():
    who = _who("Et le premier ministre de conclure par une pique à l'adresse de Laurence Parisot, qui a fait part "
               "lundi sur RTL de son inquiétude. "
               "Avant même cette réunion, le ministre du budget Eric Woerth avait lui aussi tenu à assurer sur LCI que "
               "rien ne serait touché.")
    assert who["le premier ministre"] == who["Laurence Parisot"] == "person"
    assert who["le ministre du budget Eric Woerth"] == "person" and who["LCI"] == "outlet"


def test_an_aside_between_the_auxiliary_and_the_verb():
    who = _who("Il a par ailleurs jugé que le taux était correct. "
               "Le commandant des forces, le général Freddy Padilla a pour sa part révélé que tout avait marché.")
    assert who == {"Il": "person", "Le commandant des forces, le général Freddy Padilla": "person"}


def test_two_people_speaking_together_are_both_sources():
    assert _who("Le ministre et le président ont déclaré que tout allait bien.") == {
        "Le ministre": "person", "le président": "person"}


def test_whose_words_a_bracket_closing_an_aside_and_a_clause_after_pour():
    who = _who("L'Etat veut obliger les banques à prêter, selon les mots de Claire Morin. "
               "Selon les éléments fournis par le procureur de Lyon, la somme a été versée en liquide. "
               "La nourrice recevait 300 euros par mois (selon le parquet) pour garder l'enfant. "
               "Pour le moment les caisses sont pleines, mais la crise peut tout changer.")
    assert who["Claire Morin"] == "person"
    assert who["le procureur de Lyon"] == "person"
    assert who["le parquet"] == "organisation"  # the phrase ends at the bracket, not at "pour garder l'enfant"
    assert not any(w.startswith("le moment") for w in who)


def test_entrusting_a_child_is_no_statement_and_clergy_and_teams_speak():
    who = _who("La mère l'avait confié à une voisine pendant son voyage. "
               "« La loi suffit », a rappelé l'archevêque de Lyon. "
               "L'équipe Sky a confirmé la participation de son leader au Tour.")
    assert "La mère" not in who
    assert who["l'archevêque de Lyon"] == "person"
    assert who["L'équipe Sky"] == "organisation"


def test_asides_after_the_verb_feminine_participles_and_reflexive_only_verbs():
    who = _who("« Le texte va trop loin », observe quant à lui le pasteur Marc Petit. "
               "« C'est intolérable », réagit, à titre personnel, la députée Anne Roux. "
               "Contactée par France Info, une porte-parole de la mairie s'est refusée à tout commentaire. "
               "Le nouveau fichier inquiète les associations de quartier. "
               "Du point de vue du ministère, la réforme est achevée.")
    assert who["le pasteur Marc Petit"] == "person"
    assert who["la députée Anne Roux"] == "person"
    assert who["France Info"] == "outlet"
    assert who["une porte-parole de la mairie"] == "anonymous"
    assert not any(w.startswith(("quant", "à titre", "Le nouveau fichier")) for w in who)
    assert "ministère" in " ".join(who)


def test_a_medium_named_after_its_noun_an_adjective_and_an_article():
    who = _who("« Je serai au départ », a affirmé le coureur dans une interview au journal italien La Gazzetta dello Sport.")
    assert any(w.startswith("journal italien La Gazzetta") and k == "outlet" for w, k in who.items())


def test_a_speaker_after_comme_l_a():
    who = _who("La banque a perdu un milliard en octobre, comme l'a affirmé le quotidien La Tribune. "
               "Il est venu comme l'a fait son père.")
    assert who.get("le quotidien La Tribune") == "outlet"
    assert "son père" not in who


def test_a_bare_name_described_as_a_subsidiary_is_an_organisation():
    text = ("Les pertes de Vardel, filiale de la banque mutualiste Crédit de l'Ouest, atteignent 300 millions d'euros. "
            "Vardel a démenti mercredi dans un communiqué.")
    kinds = [k for w, k, _, _ in _attributions(text) if w == "Vardel"]
    assert kinds == ["organisation"]


def test_a_past_modal_before_the_verb_of_saying():
    who = _who("Devant les journalistes, le ministre a pu expliquer sa démarche. La préfète pourra confirmer la nouvelle.")
    assert who.get("le ministre") == "person"
    assert "La préfète" not in who  # what will be said is not said yet


def test_media_and_a_standards_body_speak():
    who = _who("The leader ate shredded pork with garlic, state media said. "
               "However, the standards body warns that the change may break older sites.")
    assert who.get("state media") == "outlet"
    assert who.get("the standards body") == "organisation"


def test_praise_and_welcome_say_something_an_obligation_does_not():
    who = _who("Passenger Keith Dorran, who also tackled the attacker, praised the efforts of the crew. "
               "The union welcomed the ruling. "
               "Under rules adopted in 2023, listed companies must disclose incidents within four days.")
    assert who.get("Passenger Keith Dorran") == "person"
    assert who.get("The union") == "organisation"
    assert not any("companies" in w for w in who)


def test_an_incise_inside_a_quote_names_its_speaker():
    who = _who("« La réforme viendra, assure Hélène Marchal, mais pas avant l'automne. » "
               "« Dans ce cas, précise-t-on au Conseil régional, les travaux seront reportés. »")
    assert who["Hélène Marchal"] == "person"
    assert who["Conseil régional"] == "organisation"  # the body speaking, not an unnamed "on"
    assert _who("« Ce projet, je le défends depuis dix ans, et il aboutira. »") == {}  # no incise: nobody


def test_a_verb_right_after_a_quote_introduces_its_speaker_and_an_article_before_a_made_up_name_is_a_body():
    who = _who("« Les taux vont encore monter », développe Paul Girardin. "
               "Avec la crise, suppute l'Ufac, « les prêts seront plus rares ». "
               "« Je reviendrai », a promis le Texan.")
    assert who["Paul Girardin"] == "person"
    assert who["l'Ufac"] == "organisation"  # "l'Ufac" is no person: French puts no article before a surname
    assert who["le Texan"] == "person"  # a word of the language: someone described, not a body
    assert _who("Le projet développe Paris Habitat.") == {}  # no quote before it: "développe" is no cue


def test_a_newspaper_named_after_its_noun_and_a_headline_speaker_before_a_colon():
    who = _who("« Nous ne savions rien », a-t-il expliqué au journal Le Figaro.")
    assert who["journal Le Figaro"] == "outlet"
    assert _who("Claire Vautrin : « Il faut revoir la loi »") == {"Claire Vautrin": "person"}
    assert _who("Euthanasie : « Il faut revoir la loi »") == {}  # a topic before the colon, not a speaker


def test_people_left_unnamed_by_a_pronoun_and_a_speaker_after_comme_le():
    who = _who("Les habitants sont partagés. Certains estiment que le projet est trop cher. "
               "Mais d'autres affirment qu'il créera des emplois. "
               "La loi n'autorise pas ce geste, comme le réclamait Paul Verdier.")
    assert who["Certains"] == who["d'autres"] == "anonymous"
    assert who["Paul Verdier"] == "person"
    assert _who("Many said they were scared.") == {"Many": "anonymous"}


def test_tests_and_analyses_are_documents_a_statement_rests_on():
    who = _who("Des tests ADN montrent que la femme n'est pas la mère de l'enfant.")
    assert who == {"Des tests ADN": "document"}


def test_news_of_a_medium_words_of_someone_and_adverbs_set_off_by_commas():
    who = _who("Des perquisitions ont eu lieu vendredi, confirmant une information du journal Le Progrès. "
               "Les premières paroles de Marc Olivier ont été pour sa famille. "
               "« C'est un incident mineur », relevait, d'ailleurs, hier soir, Anne Feraud.")
    assert who["journal Le Progrès"] == "outlet"
    assert who["Marc Olivier"] == "person"
    assert who["Anne Feraud"] == "person"  # not "d'ailleurs"
    assert _who("Les paroles d'Hélène Brun ont ému la salle.") == {"d'Hélène Brun": "person"}
    assert _who("Il a livré une information de premier ordre.") == {}  # no medium, nobody named


def test_a_titled_or_role_named_speaker_is_a_person_whatever_else_the_report_calls_the_name():
    who = _who("Argus Research said the stock was cheap. \"He would have been paid anyway,\" Mr Argus said. "
               "A car was hit, said Chief Deputy Steve Martin of the Franklin County sheriff's office. "
               "RT Jones analyst Juli Niemann said the deal was good.")
    assert who["Mr Argus"] == "person"  # a title: not the firm named Argus above
    assert who["Chief Deputy Steve Martin of the Franklin County sheriff's office"] == "person"
    assert who["RT Jones analyst Juli Niemann"] == "person"
    assert _who("The company's spokesman said it was fine.") == {"The company's spokesman": "anonymous"}


def test_english_spans_end_where_the_speaker_ends():
    who = _who("\"It matters,\" said Bruce Heyman, an ex-U.S. ambassador to Canada. "
               "Meng has been accused by U.S. prosecutors of misleading banks about Iran-linked transactions. "
               "About 8,000 customers were without power, the utility said. "
               "The remark surprised Carl Bildt, the former Swedish prime minister. "
               "\"What has he been smoking?\" Bildt tweeted.")
    assert who["Bruce Heyman, an ex-U.S. ambassador to Canada"] == "person"  # not cut at "ex-U."
    assert "U.S. prosecutors" in who  # not "… of misleading banks about …"
    assert who["the utility"] == "organisation"
    assert who["Bildt"] == "person"


def test_a_french_agent_ends_before_what_it_accuses_of_but_keeps_its_complement():
    who = _who("Il a été accusé par le parquet d'avoir menti aux enquêteurs. "
               "« Les règles s'appliquent », a réagi auprès de l'AFP le ministère de l'Agriculture.")
    assert who["le parquet"] == "organisation"
    assert who["le ministère de l'Agriculture"] == "organisation"


def test_a_name_after_an_institutions_noun_or_with_capitals_inside_is_a_body():
    who = _who("The outage was fixed, Chinese tech giant Tencent Holdings said. "
               "Roads are icy, MnDOT said. \"No,\" said Douglas McArthur.")
    assert who["Chinese tech giant Tencent Holdings"] == "organisation"
    assert who["MnDOT"] == "organisation"
    assert who["Douglas McArthur"] == "person"  # "Mc" + a capital is a surname, not an acronym


def test_the_medium_that_asked_and_whom_a_medium_quoted():
    who = _who("His attorney, Richard Miller, declined to comment when contacted by CBS. "
               "Agence France Press quoted a spokesperson for Australia's government as saying that it was over. "
               "Foreign Minister Chrystia Freeland spoke on Tuesday. Freeland expressed deep concern over the case.")
    assert who["CBS"] == "outlet" and who["His attorney, Richard Miller"] == "person"
    assert who["Agence France Press"] == "outlet"
    assert who["a spokesperson for Australia's government"] == "anonymous"  # the spokesperson, not the government
    assert who["Freeland"] == "person"
    assert _who("The man was contacted by police on Monday.") == {}  # no medium asked, nobody says anything


def test_dotted_acronyms_startups_think_tanks_and_a_review_speak_as_bodies_and_media():
    who = _who("The virus rarely spreads to people, the C.D.C. said. "
               "Southeast Asian fashion startup Zilingo said it had raised $226 million. "
               "Imports fell by 5%, according to Brussels-based think tank Bruegel. "
               "The plan was first reported by the Australian Financial Review. "
               "\"We are closing,\" the organisation said in a Facebook post.")
    assert who["the C.D.C"] == "organisation"
    assert who["Southeast Asian fashion startup Zilingo"] == "organisation"
    assert who["Brussels-based think tank Bruegel"] == "organisation"
    assert who["the Australian Financial Review"] == "outlet"
    assert who["the organisation"] == "organisation"
    assert _who("\"No,\" said a U.N. envoy.")["a U.N. envoy"] != "organisation"  # the envoy speaks, not the U.N.
    assert "U.S. review" not in " ".join(_who("The tapes come out after U.S. review, said Jim Landale."))


def test_a_manner_adverb_before_the_speaker_and_a_wire_credit_in_brackets():
    who = _who("« Bonne chance à Lance », a pourtant déclaré diplomatiquement Alberto Contador. "
               "Le président avait coupé court à la polémique. (avec AP)")
    assert who["Alberto Contador"] == "person"  # not "diplomatiquement Alberto Contador"
    assert who["AP"] == "outlet"
    assert _who("Les chiffres (avec le soutien de la mairie) sont bons.") == {}


def test_and_inside_a_name_built_with_for_or_of():
    who = _who("The virus mutated, officials from the Centers for Disease Control and Prevention said on Friday. "
               "The Bank of England and Reuters reported it.")
    assert who["officials from the Centers for Disease Control and Prevention"] == "anonymous"
    assert "Prevention" not in who  # not a second speaker
    assert who["The Bank of England"] == "organisation" and who["Reuters"] == "outlet"  # two sources, joined by "and"


def test_a_subject_described_between_commas_after_an_opening_phrase_speaks_and_the_object_does_not():
    who = _who("Au cours de cette rencontre, le dalaï lama, 73 ans, prix Nobel de la paix et figure de la "
               "non-violence, a dénoncé la répression chinoise \"brutale\" qui règne au Tibet. "
               "Sollicité par l'AFP, un des avocats du trader, Me Paul Caron, n'a pas souhaité faire de commentaire. "
               "Karim, un boucher du quartier, confirme : « Tous les habitants viennent ici. »")
    assert who == {"le dalaï lama, 73 ans, prix Nobel de la paix et figure de la non-violence": "person",
                   "l'AFP": "outlet", "un des avocats du trader, Me Paul Caron": "person",
                   "Karim, un boucher du quartier": "person"}
    who = _who("Egyptian officials met Russian envoys in Cairo, London and New York on Friday, said Germany's envoy.")
    assert not any("London" in w for w in who)  # a clause of its own before the comma, no described subject


def test_judges_a_stressed_aside_and_a_narrative_infinitive_of_going_on():
    who = _who("Le trader a été confronté jeudi à son supérieur dans le bureau des juges chargés de l'instruction. "
               "Du Québec, Nicolas Sarkozy a, lui, jugé que ce fiasco n'était « pas acceptable ». "
               "Et la ministre de l'Economie de poursuivre : « Je suis découragée ». "
               "Il poursuit ses études à Paris.")
    assert who == {"Nicolas Sarkozy": "person", "la ministre de l'Economie": "person"}


def test_a_country_of_two_words_speaks_as_a_body_and_she_is_never_one():
    who = _who("South Africa said the president had been confined to his home since Tuesday. "
               "The ministry of health released a statement on Friday. "
               "The pills were dangerous, she said.")
    assert who["South Africa"] == "organisation"
    assert who.get("she") in (None, "person")


def test_a_title_with_a_prefix_or_in_a_compound_is_the_title():
    who = _who("L'ex-ministre de la Santé a déclaré que la loi était mauvaise. "
               "Le dalaï-lama a dénoncé la répression au Tibet.")
    assert who == {"L'ex-ministre de la Santé": "person", "Le dalaï-lama": "person"}
    assert _who("The ex-minister said the law was bad.") == {"The ex-minister": "person"}


def test_an_inverted_speaker_may_go_on_into_a_relative_clause():
    who = _who("« Il n'y a rien qui pourrait fournir des preuves quant au Tour 1999, explique dans un communiqué "
               "l'Américain qui vient d'annoncer son retour. Les échantillons n'ont pas été conservés. »")
    assert who.get("l'Américain") == "person"


def test_a_named_source_keeps_its_description_and_an_aside_after_the_auxiliary_is_passed():
    who = _who("D'après Matthieu Ricard, porte-parole du dalaï lama, ce dernier a fait part de sa préoccupation. "
               "Pour Olivier Pastré, professeur d'économie, la sophistication des produits rend les contrôles difficiles. "
               "La Commission européenne a, pour sa part, appelé mardi les Etats-Unis à agir. "
               "Daniel Bouton, dans Le Figaro, a d'une part démenti la responsabilité de sa banque.")
    assert who["Matthieu Ricard, porte-parole du dalaï lama"] == "person"
    assert who["Olivier Pastré, professeur d'économie"] == "person"
    assert who["La Commission européenne"] == "organisation"
    assert who["Daniel Bouton"] == "person" and "d'une part" not in who
    who = _who("Interrogée par France 3 Centre, la maire du village, Valérie Guichard, s'est dite inquiète.")
    assert who.get("France 3 Centre") == "outlet"  # the medium that asked, not a speaker described after it


def test_a_sentence_opening_on_a_connective_and_a_moment_a_capitalised_daily_and_an_adjective_before_a_statement():
    who = _who("However on March 6 Mr Joseph wrote to her that the exam was sound. "
               "China Daily said the market was enjoying steady growth. "
               "The retailer released a separate statement on Friday. "
               "But, in a 58-page report, the agency said the ban had worked.")
    assert who["Mr Joseph"] == "person" and who["China Daily"] == "outlet"
    assert who["The retailer"] == "organisation"
    assert not any(w.startswith(("However", "a 58")) for w in who)
    assert _who("Mais mardi le ministre a déclaré que tout allait bien.") == {"le ministre": "person"}


def test_whom_a_spokesman_works_for_stays_with_him_and_papers_and_rules_are_documents():
    who = _who("The country has enough capacity, according to a spokesman for the tobacco industry regulator. "
               "The plan will work, said the spokesman for the first time. "
               "The man fled in a stolen car, search warrant papers say.")
    # "the spokesman" is the unnamed one of the sentence before: anonymous, as the blind annotators of 2026-12-04
    # read every unnamed spokesperson ("the Navy spokesperson", "the spokeswoman")
    assert who == {"a spokesman for the tobacco industry regulator": "anonymous", "the spokesman": "anonymous",
                   "search warrant papers": "document"}
    assert _who("Il ne peut pas, selon les règles de l'UCI, courir en janvier.") == {"les règles de l'UCI": "document"}


def test_a_surname_that_is_also_a_word_is_a_person_after_a_comma():
    atts = _attributions("The brain is more connected, said Paul Expert, a physicist at King's College London. "
                         "Psilocybin transformed the brain's organization, Expert said.")
    assert [(who, kind) for who, kind, _, _ in atts if who == "Expert"] == [("Expert", "person")]


def test_a_verb_the_lemmatiser_reads_as_a_noun_images_and_what_a_decree_stipulates():
    who = _who("Cette femme a été libérée mercredi soir, annonce le parquet. "
               "Mais le décret stipule que les mineurs sont concernés. "
               "Selon les images, les deux chefs rebelles ont été endormis. "
               "L'annonce de la libération a provoqué l'arrêt des programmes. "
               "Le retour de l'Américain s'annonce comme la grande attraction.")
    assert who == {"le parquet": "organisation", "le décret": "document", "les images": "document"}


def test_a_name_closing_a_list_of_complements_is_no_incise_speaker():
    who = _who("Ces ventes font l'objet d'enquêtes du département de la Justice, du régulateur américain SEC et du "
               "régulateur français, l'AMF, rappelle le cabinet. "
               "En revanche, la \"patronne\" du Medef, Laurence Parisot, a jugé la ministre ferme.")
    assert who["le cabinet"] == "organisation" and not any("AMF" in w or "SEC" in w for w in who)
    assert [kind for w, kind in who.items() if w.endswith("Laurence Parisot")] == ["person"]


def test_opposing_and_raising_ones_voice_say_something_only_as_reflexive_verbs():
    who = _who("D'autres ministres se sont opposés à l'euthanasie. "
               "Plusieurs voix s'élèvent pour l'exception d'euthanasie. "
               "Elle élève seule ses enfants. La France oppose un refus poli à la demande.")
    assert who == {"D'autres ministres": "anonymous", "Plusieurs voix": "anonymous"}


def test_the_relative_after_a_passive_agent_stands_for_the_agent():
    who = _who("Une version corroborée quelques jours plus tard par la Société générale, qui indique ne pas avoir "
               "identifié de complicité. "
               "Le responsable d'un hypermarché d'Orléans, qui a requis l'anonymat, a indiqué que les ventes baissaient.")
    assert who["la Société générale"] == "organisation" and not any(w.startswith("Une version") for w in who)
    assert "Le responsable d'un hypermarché d'Orléans" in who


def test_where_a_speaker_spoke_is_not_the_speaker_and_a_platform_is_an_outlet():
    who = _who("« Il faut agir vite », a déclaré au Parlement la députée travailliste Monica Lennon. "
               "« Elle doit rester candidate », a réitéré vendredi soir sur X l'ancien député Patrick Mennucci. "
               "« Ce serait une rupture », menaçait le coordinateur du parti, Manuel Bompard.")
    assert who["la députée travailliste Monica Lennon"] == "person"
    assert who["X"] == "outlet" and who["l'ancien député Patrick Mennucci"] == "person"
    assert who["le coordinateur du parti, Manuel Bompard"] == "person"


def test_a_document_and_who_issued_it_are_two_sources():
    who = _who("Selon un communiqué publié mardi par l'état-major général des armées, 24 militaires ont été tués.")
    assert who == {"un communiqué": "document", "l'état-major général des armées": "organisation"}
    who = _who("According to a statement released by the Department of Justice, the two men were charged on Monday.")
    assert who == {"a statement": "document", "the Department of Justice": "organisation"}


def test_an_english_cue_word_used_as_a_noun_has_no_speaker():
    """"rising demand", "a drop in demand", "a government report that showed": nobody is quoted there."""
    assert _who("Prices rose as dealers anticipate rising demand for fuel ahead of the holiday season. "
                "Prices rose amid fears that the cartel could cut production to head off a seasonal drop in demand.") == {}
    assert _who("The rise in prices came despite a government report that showed fuel supplies were rising.") == {}


def test_the_speaker_of_a_relative_clause_is_the_verbs_object_and_an_opening_moment_is_left_out():
    who = _who("Gordon Brown has criticised a union leader who said the rift was harming the government. "
               "Later the prime minister said: \"A lot of us in politics get angry with journalists.\"")
    assert who["a union leader"] == "anonymous" and "criticised a union leader" not in who
    assert "the prime minister" in who and "Later the prime minister" not in who


def test_one_institution_named_in_two_languages_is_no_attribution_conflict():
    from desktop.engine.pipeline import compare

    english = ("Brussels fines carmaker\n\nThe European Commission said on Tuesday that the carmaker must pay a fine of "
               "200 million euros for breaking emission rules. The company has two months to appeal the decision.")
    french = ("Bruxelles inflige une amende à un constructeur\n\nLa Commission européenne a déclaré mardi que le "
              "constructeur devait payer une amende de 200 millions d'euros pour avoir enfreint les règles sur les "
              "émissions. L'entreprise dispose de deux mois pour faire appel de la décision.")
    comp = compare([Source("en", english), Source("fr", french)])
    fine = next(g for g, grp in enumerate(comp.groups) if any("200" in comp.documents[s].sentence_text(i)
                                                               for s, i in grp.members))
    assert len({s for s, _ in comp.groups[fine].members}) == 2
    assert not [d for d in comp.details if d.group == fine and d.type == "attribution" and d.kind == "conflict"]


def test_a_french_verb_the_lemmatiser_reads_as_its_noun_still_says():
    """"L'OCHA alerte sur", "le syndicat critique": verbs; "une alerte", "la critique": nouns."""
    who = _who("L'OCHA alerte sur une dégradation sans précédent de la situation humanitaire. "
               "Le syndicat critique la réforme des retraites. Une alerte a été lancée à Lyon. "
               "La critique de la réforme reste vive.")
    assert who == {"L'OCHA": "organisation", "Le syndicat": "organisation"}


def test_a_sentence_opening_inside_a_quote_in_guillemets_is_quoted_up_to_its_closing_mark():
    found = _attributions("Le maire a rencontré les habitants lundi. « C'est une décision difficile. J'attends que "
                          "le préfet explique pourquoi il a dit non »,ajoute-t-il.")
    assert [(who, cue) for who, _, cue, _ in found] == [("il", "ajoute-t-il")]  # not "le préfet explique", "il a dit"


def test_an_opinion_found_and_a_view_ascribed_by_a_possessive_are_sourced():
    found = _attributions("Le ministre Paul Durand a déclaré lundi que l'usine restait ouverte. À son avis, la "
                          "fermeture n'est pas inévitable. Les syndicats trouvent qu'il est trop tard. "
                          "Les enquêteurs ont trouvé des documents.")
    assert ("son", "person", "À son avis", "Le ministre Paul Durand") in found
    assert ("Les syndicats", "organisation", "trouvent", None) in found
    assert not [f for f in found if f[0] == "Les enquêteurs"]  # finding documents is no opinion


def test_french_speakers_after_a_verb_read_as_a_noun_a_full_date_a_medium_in_lower_case_and_a_newspaper_name():
    atts = _attributions(
        "« La bataille sera longue », analyse Paul Durand, correspondant de la radio à Bruxelles. "
        "« Le recours n'aboutira pas », tranche Marie Lenoir, sociologue au Corriere della Sera. "
        "« Nous irons jusqu'au bout », a déclaré jeudi 16 mai sur franceinfo Nicolas Berthier, candidat aux élections "
        "européennes.")
    who = {w: k for w, k, _, _ in atts}
    assert who["Paul Durand, correspondant de la radio à Bruxelles"] == "person"  # "analyse": read as the noun
    assert who["Marie Lenoir, sociologue au Corriere della Sera"] == "person"  # "Sera": the paper's name, not "will be"
    assert who["Nicolas Berthier, candidat aux élections européennes"] == "person"  # past the date and the medium
    assert not any(w.startswith(("16 mai", "sur")) for w in who)


def test_the_prime_minister_capitalised_is_one_person_and_his_ministry_a_body():
    who = _who("« Je respecte ses choix », explique le Premier ministre devant les députés. "
               "Le ministère de l'Intérieur a démenti ces chiffres.")
    assert who["le Premier ministre"] == "person"  # an office one person holds, though written like a name
    assert who["Le ministère de l'Intérieur"] == "organisation"


def test_a_noun_after_a_quote_is_no_verb_but_the_same_word_before_a_speaker_is():
    atts = _attributions("« Nous ferons grève », menace de grève selon la CGT. « Le dossier est clos », a déclaré le juge Paul Roux. "
                         "« C'est fini », tranche-t-il. "
                         "« Rien ne change », a déclaré jeudi sur franceinfo le ministre des Transports.")
    who = {w: k for w, k, _, _ in atts}
    assert who["la CGT"] == "organisation" and not any(w.startswith("de ") for w in who)  # "menace de grève": a noun
    assert ("il", "person", "tranche-t-il", "le juge Paul Roux") in atts  # the verb, inverted
    assert who["le ministre des Transports"] == "person"  # past the date and the medium written in lower case


def test_a_poll_opening_the_sentence_keeps_its_pollster_and_a_name_that_speaks_after_a_document_is_apart():
    who = _who("Dans un sondage Odoxa-Dentsu Consulting pour la radio, le parti recueille 36 % de bonnes opinions. "
               "Dans un communiqué Air France a annoncé la reprise des vols.")
    assert who["un sondage Odoxa-Dentsu Consulting"] == "document"  # no verb before it: the name is the pollster's
    assert who["un communiqué"] == "document" and "Air France" in who  # "Air France a annoncé": the speaker


def test_a_medium_spelt_in_lower_case_a_radio_guest_and_a_reading_of_the_news_are_sourced():
    atts = _attributions("Invité de franceinfo jeudi, Paul Durand a estimé que la réforme était juste. "
                         "Cent candidats ont signé le texte, révèle franceinfo vendredi. "
                         "Marie Lenoir y voit une « bonne nouvelle ». "
                         "On y voit un homme traverser la rue.")
    who = {w: k for w, k, _, _ in atts}
    assert [k for w, k, cue, _ in atts if cue == "Invité de"] == ["outlet"]  # the radio that had him as its guest
    assert ("franceinfo", "outlet", "révèle", None) in atts  # the medium's own spelling is a name
    assert who["Marie Lenoir"] == "person"  # "y voit": her reading of it
    assert "On" not in who  # what a picture shows is no one's statement


def test_a_subject_with_an_initial_or_brackets_a_time_before_the_medium_and_a_frame_that_is_no_document():
    atts = _attributions("En 2020, une fan québécoise, Maggie D., avait publiquement accusé Paul Durand de l'avoir trompée. "
                         "Lundi, le groupe Webedia (AlloCiné, PurePeople...) a annoncé que le contrat était suspendu. "
                         "Plusieurs sources indiquaient depuis lundi à l'AFP que la garde à vue serait levée. "
                         "Il avait été placé en garde à vue dans le cadre d'une enquête préliminaire. "
                         "Le séisme a été mesuré à 18 km de profondeur selon l'Institut américain d'études géologiques.")
    who = {w: k for w, k, _, _ in atts}
    assert who["une fan québécoise, Maggie D"] == "person" and "Paul Durand" not in who  # the accuser, not the accused
    assert who["le groupe Webedia"] == "organisation"  # past the brackets between the name and its verb
    assert who["l'AFP"] == "outlet"  # past "depuis lundi"
    assert not any("cadre" in w for w in who)  # "dans le cadre de": no document speaks
    assert who["l'Institut américain d'études géologiques"] == "organisation"  # a body named after its studies
    quake = _attributions("Selon l'Institut d'études géologiques des États-Unis, la secousse a atteint 6,2.")
    assert quake[0][:2] == ("l'Institut d'études géologiques des États-Unis", "organisation")  # a QA helper's quake


def test_he_or_she_never_stands_for_several_speakers():
    atts = _attributions("Guillaume Soro a été le chef de la rébellion. Régulièrement accusé par ses détracteurs de "
                         "« comploter », il se défend en indiquant qu'il s'agit de « rumeurs ». Plusieurs sources "
                         "indiquaient que la garde à vue serait levée. Elle avait selon elle seize ans.")
    who = {w: (k, ref) for w, k, _, ref in atts}
    assert who["ses détracteurs"] == ("anonymous", None)  # the quote after "de" is what they accuse him of
    assert who["il"] == ("person", None)  # not "ses détracteurs", which would drop him as the sentence's own speaker
    assert who["elle"] == ("person", None)  # not "Plusieurs sources"


def test_a_name_in_quotes_inside_the_subject_is_no_statement_before_an_inverted_speaker():
    who = _who("Le président de « La France insoumise » a dénoncé la réforme. "
               "« Nous irons jusqu'au bout », a déclaré le ministre.")
    assert "la réforme" not in who  # what he denounced, not who speaks
    assert who["Le président de « La France insoumise »"] == "person" and who["le ministre"] == "person"


def test_videos_and_photos_that_show_something_are_its_source():
    who = _who("Des vidéos et des photos publiées sur les réseaux sociaux montrent des habitants fouillant les décombres. "
               "Le ministre a publié une vidéo sur son compte.")
    assert who["Des vidéos et des photos publiées sur les réseaux sociaux"] == "document"
    assert "Le ministre" not in who  # publishing a video states nothing


def test_a_subject_with_long_asides_before_its_verb_is_found():
    who = _who("Le premier adjoint au maire de Paris, aussi chargé de la Culture, du Patrimoine et des Entreprises "
               "culturelles, évaluant le prix moyen de la nuitée dans un hôtel à 175 euros, a ajouté que la taxe ne "
               "suffirait pas.")
    assert who == {"Le premier adjoint au maire de Paris": "person"}


def test_english_speakers_with_a_role_before_their_title_roles_joined_a_dated_memo_and_who_sent_it():
    who = _who("The first group will be named by next week, according to the Aug. 27 memo. "
               "The request came from the Justice Department, according to the memo sent by the Pentagon's executive "
               "secretary. \"Even small declines matter,\" said senior study author Dr. Nathan Lo, an infectious "
               "disease specialist at Stanford. \"It would spread,\" said Dr. Ira Longini, an author of the analysis "
               "and professor of biostatistics at the University of Florida.")
    assert who["the Aug. 27 memo"] == "document"  # the month's dot ends no sentence
    assert who["the memo"] == "document" and who["the Pentagon's executive secretary"] == "anonymous"  # and who sent it
    assert who["senior study author Dr. Nathan Lo, an infectious disease specialist at Stanford"] == "person"
    assert who["Dr. Ira Longini, an author of the analysis and professor of biostatistics at the University of "
               "Florida"] == "person"


def test_a_title_closing_a_quoting_sentence_and_another_version_of_the_facts():
    who = _who("« Huit personnes sont hospitalisées » au centre hospitalier de Tours, a détaillé le préfet. "
               "Dans un communiqué, la Cellule de coordination de Païta a pour sa part donné une autre version des faits. "
               "Le plan détaillé du gouvernement sera publié demain.")
    assert who["le préfet"] == "person"  # "détaillé", an adjective to the lemmatiser, is the verb here
    assert who["la Cellule de coordination de Païta"] == "organisation" and who["un communiqué"] == "document"
    assert len(who) == 3  # "Le plan détaillé" says nothing


def test_a_state_agency_is_a_body_and_a_press_agency_an_outlet():
    who = _who("Selon l'Agence nationale de santé publique, le risque est faible. "
               "Selon l'agence de presse Xinhua, le bilan s'alourdit. "
               "L'Agence régionale de santé a confirmé deux cas.")
    assert who["l'Agence nationale de santé publique"] == "organisation"
    assert who["L'Agence régionale de santé"] == "organisation"
    assert who["l'agence de presse Xinhua"] == "outlet"


def test_english_pushing_back_thinking_otherwise_disagreeing_answering_a_panel_and_a_law():
    atts = _attributions("Ladapo pushed back at the idea that ending mandates would harm public health. "
                         "Many infectious disease experts think otherwise. He thinks about it every day. "
                         "\"There were no harms,\" the panel wrote. The company pushed back the launch to May. "
                         "Dr. Isaac Bogoch disagrees with Ladapo that the outbreak was minor. "
                         "Asked about it, Dr. Joseph Ladapo answered, \"Absolutely not.\" "
                         "The 1867 Anti-Injunction Act says no challenge can be brought.")
    who = {w: k for w, k, _, _ in atts}
    assert {"Ladapo", "Many infectious disease experts", "the panel", "Dr. Isaac Bogoch", "Dr. Joseph Ladapo"} <= set(who)
    assert who["the panel"] == "organisation" and who["The 1867 Anti-Injunction Act"] == "document"
    assert "He" not in who and "The company" not in who  # thinking about, putting off: no statement


def test_a_refusal_with_non_plus_is_read_and_a_participle_after_non_is_no_verb():
    who = _who("Google n'a pas non plus souhaité commenter cette information. "
               "Ces meublés touristiques non déclarés, encourageant la spéculation, se sont multipliés.")
    assert who == {"Google": "organisation"}


def test_a_headline_adjective_is_no_cue_and_a_document_reads_after_a_quote():
    atts = _attributions("Alleged ‘Scattered Spider’ Member Extradited to U.S. "
                         "\"One of his devices contained a screenshot,\" the FBI complaint reads. "
                         "He reads the newspaper every morning.")
    assert [(w, k, cue) for w, k, cue, _ in atts] == [("the FBI complaint", "document", "reads")]


def test_english_words_that_only_sometimes_report_speech_stay_quiet_in_their_other_senses():
    who = _who("The letter to President Joe Biden said the aid was urgent. His brother Bill said the family was fine. "
               "He left in Dec. The company said it would appeal. Firefighters answered the call shortly after 3 a.m. "
               "Lawmakers disagree on the bill that passed the Senate last week. "
               "NASA pushed back on Monday the launch of the rocket.")
    assert who == {"The letter to President Joe Biden": "document", "His brother Bill": "person",
                   "The company": "organisation"}


def test_french_words_that_only_sometimes_source_a_statement_stay_quiet_in_their_other_senses():
    atts = _attributions("Il a fait carrière dans les jeux vidéo. Le visiteur y voit des fresques du XVe siècle. "
                         "Le projet est irréaliste, selon francetvinfo. Selon l'Agence d'urbanisme de Lyon, la ville "
                         "grandit. Selon l'agence nationale de presse Wafa, trois personnes sont mortes. "
                         "Le ministre a déclaré que tout allait bien. Selon d’autres responsables, il va partir. "
                         "« C'est faux », a-t-il ajouté.")
    who = {w: (k, ref) for w, k, _, ref in atts}
    assert who["francetvinfo"][0] == "outlet" and who["l'agence nationale de presse Wafa"][0] == "outlet"
    assert who["l'Agence d'urbanisme de Lyon"][0] == "organisation"
    assert who["il"] == ("person", "Le ministre")  # not "d’autres responsables", curly apostrophe or not
    assert not [w for w in who if "vidéo" in w or w == "Le visiteur"]


def test_a_fire_that_broke_out_said_nothing_and_a_mayor_who_declared_himself_did():
    """Found by a review: 'Un incendie s'est déclaré samedi soir' made the fire an anonymous source."""
    assert _who("Un incendie s'est déclaré samedi soir dans un entrepôt de Brest.") == {}
    assert _who("Une épidémie de grippe s'est déclarée dans la région.") == {}
    assert _who("Le maire de Brest s'est déclaré favorable au projet de nouvelle caserne.") == {
        "Le maire de Brest": "person"}
    # found by the review of that rule: a stance said after a time or a place still has its speaker
    assert _who("Emmanuel Macron s'est déclaré ce lundi opposé à toute hausse des impôts.") == {
        "Emmanuel Macron": "person"}
    assert _who("Le maire s'est déclaré sur France Inter favorable au projet.") == {
        "Le maire": "person", "France Inter": "outlet"}


def test_a_bank_that_raised_its_rate_and_markets_that_expected_less_said_nothing():
    """A helper's rate-decision reports: "a relevé jeudi son taux directeur" (raised) made the bank a source of the
    lead, against the English version's "a bigger increase than markets had expected" read as an anonymous speaker:
    the lead was flagged "attributed differently"; a statistics office was read as a document."""
    assert _who("La Banque centrale du Norland a relevé jeudi son taux directeur d'un demi-point, à 4,25 %.") == {}
    assert _who("Les patrons du groupe ont relevé d'un chouïa leur proposition salariale.") == {}
    assert _who("Le rapport a relevé que les délais de traitement étaient trop longs.") == {"Le rapport": "document"}
    assert _who("Les enquêteurs ont relevé de nombreux échanges entre les deux hommes.") == {
        "Les enquêteurs": "anonymous"}
    assert _who("Or, relève Etienne Tête, le premier article du décret est beaucoup plus liberticide.") == {
        "Etienne Tête": "person"}
    assert _who("The bank raised its key rate by 50 basis points, a bigger increase than markets had expected.") == {}
    assert _who("More than 20 officials said the plan would fail.") == {"More than 20 officials": "anonymous"}
    assert _who("Consumer prices rose 3.9% in February, Statistics Norland said last week.") == {
        "Statistics Norland": "organisation"}
    # from the review: "relève des" notes findings; "than" in a speaker's description compares no expectation
    assert _who("La Cour des comptes relève des « dysfonctionnements » graves dans la gestion du fichier.") == {
        "La Cour des comptes": "organisation"}
    assert "Economists, more cautious than the government" in _who(
        "Economists, more cautious than the government, said growth would slow this year.")


@pytest.mark.parametrize("text, speaker", [
    ("Passenger Marc Leroy, 34, said the impact threw people from their seats.", "Passenger Marc Leroy, 34"),
    ("Jean Dupont, 58 ans, a raconté que le train roulait vite.", "Jean Dupont, 58 ans"),
])
def test_a_speaker_given_with_an_age_is_the_speaker_not_what_he_says(text, speaker):
    """From a helper's test: after "Marc Leroy, 34," the comma before "said" read as an inverted speaker's, and
    "the impact threw people from their seats" was who said it; in French, no one said it."""
    assert _who(text) == {speaker: "person"}


def test_a_critical_condition_is_no_criticism():
    """From a helper's test: "dont trois se trouvent toujours dans un état critique" made "trois se trouvent
    toujours dans un état" an organisation that criticises; the mayor who criticises still does."""
    assert _who("Au moins quinze personnes ont été blessées, dont trois se trouvent toujours dans un état critique.") == {}
    assert _who("La situation reste critique, selon la préfecture.") == {"la préfecture": "organisation"}
    assert _who("Le maire critique la décision du préfet.") == {"Le maire": "person"}


def test_he_or_she_stands_for_the_person_the_sentence_before_is_about():
    """From a helper's test: "Le ministre …, Julien Morel, s'est rendu sur place. Il a promis …" gave the prefect
    quoted before as who promised; "elle" never stands for whom an "il" before it stands for."""
    atts = _attributions("« Notre priorité, ce sont les victimes », a déclaré la préfète du Loir-et-Cher, Claire "
                         "Dumont. Le ministre des Transports, Julien Morel, s'est rendu sur place mardi après-midi. "
                         "Il a promis de « faire toute la lumière » sur l'accident.")
    assert [(w, ref) for w, _, _, ref in atts] == [("la préfète du Loir-et-Cher, Claire Dumont", None),
                                                   ("Il", "Le ministre des Transports, Julien Morel")]
    atts = _attributions("Le médecin-chef de l'Elysée, Christophe Fernandez, qui se trouvait dans la délégation, a "
                         "examiné l'ex-otage. Il a conclu à un bon état de santé. « J'ai eu des chaînes tout le "
                         "temps », a-t-elle assuré à la radio Europe 1.")
    refs = {w: ref for w, _, _, ref in atts}
    assert refs["Il"] == "Le médecin-chef de l'Elysée, Christophe Fernandez" and refs.get("elle") is None


@pytest.mark.parametrize("text, speaker", [
    ("The victims were named as Paul Martin, 12, and Marie Dupont, 9, said the mayor.", "the mayor"),
    ("Le chef de l'État critique la réforme des retraites.", "Le chef de l'État"),
])
def test_from_the_review_an_aged_victim_or_the_state_that_criticises(text, speaker):
    """From the review of the age and "critique" rules: a victim named with her age was read as the speaker, and
    "l'État critique" (the State criticises) as a state of health."""
    assert speaker in _who(text)


def test_from_the_review_he_or_she_is_no_one_who_died_or_was_hurt_nor_of_the_other_gender():
    atts = _attributions('"The road was icy," said Sgt. John Smith of the county police. Mr. Brown was pronounced '
                         "dead at the scene. He said the investigation would take several weeks.")
    assert [ref for w, _, _, ref in atts if w == "He"] == ["Sgt. John Smith of the county police"]
    atts = _attributions("« Nous sommes sous le choc », a déclaré la directrice, Anne Roy. Mme Martin, "
                         "l'institutrice, a été blessée. Elle a ajouté que l'école resterait fermée.")
    assert [ref for w, _, _, ref in atts if w == "Elle"] == ["la directrice, Anne Roy"]
    atts = _attributions("« Rien n'est exclu », a déclaré le préfet, Jean Colin. « Tout sera vérifié », a-t-il "
                         "ajouté. Elle a ensuite précisé que la route resterait fermée.")
    assert [ref for w, _, _, ref in atts if w == "Elle"] == [None]


def test_a_company_its_apposition_names_as_one_is_an_organisation_wherever_it_speaks():
    """From a helper's test of the exports: "Kestrel Mobile, the Lisbon-based telecoms operator, said" counted as a
    named person, in the sourcing table too; someone's role stays a person ("the store's insurer", "du groupe …")."""
    atts = _attributions("Kestrel Mobile, the Lisbon-based telecoms operator, said the breach was contained. "
                         "Kestrel Mobile said customers would be told this week.")
    assert [k for _, k, _, _ in atts] == ["organisation", "organisation"]
    assert _who("Orange, l'opérateur historique, a annoncé une hausse de ses tarifs.") == {
        "Orange, l'opérateur historique": "organisation"}
    assert _who("Gérard Bénézat, the store's insurer, told reporters the jewels were worth two million euros.") == {
        "Gérard Bénézat, the store's insurer": "person"}
    assert _who("Jean Dupont, le patron du groupe, a déclaré que les ventes avaient progressé.") == {
        "Jean Dupont, le patron du groupe": "person"}


def test_the_company_and_a_pronoun_for_a_named_adviser_are_no_other_source():
    """From a helper's test of the exports: "attributed differently" on claims where "The company said" stood against
    "Kestrel said", and "he" (João Patrício, as the report says) against "its legal adviser, João Patrício"."""
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    a = ("Kestrel Mobile was hit by a cyberattack on its billing system in March. Kestrel Mobile, the Lisbon-based "
         "telecoms operator, said no bank card numbers were taken in the attack. João Patrício, a legal adviser at consumer group DECO Proteste, warned "
         "that phishing messages would follow. He said customers should change their passwords at once.")
    b = ("Kestrel Mobile was hit by a cyberattack on its billing system in March. The company said no bank card "
         "numbers were taken in the attack. Customers should change their passwords at once, said its legal adviser, "
         "João Patrício.")
    comp = compare([from_text(a), from_text(b)], Options(semantic=False))
    assert len(comp.groups) >= 3
    assert not [d for d in comp.details if d.type == "attribution" and d.kind == "conflict"]


def test_a_carmaker_named_or_described_is_one_source_and_two_groups_are_two():
    """From a helper's reports of job cuts: "Valdremont Automobiles a annoncé" was a person's name, against "the French
    carmaker" in the other reports, so the lead read "attributed differently"; a company named after what it makes
    is an organisation, and a body described by its nationality or its trade is the company another version names.
    Two groups of a council named by their politics are two sources still."""
    from desktop.engine.attribution.compare import claim_sourcing
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    def differs(a: str, b: str) -> list[bool]:
        return [c.differs for c in claim_sourcing(compare([from_text(a, "A"), from_text(b, "B")]))]

    assert differs("Valdremont Automobiles said on Tuesday it would cut 2,400 jobs at its French plants.",
                   "The French carmaker said on Tuesday it would cut 2,400 jobs at its French plants.") == [False]
    assert differs("The Green group on the council said the contract with the builder must be audited by an outside "
                   "firm.", "The Socialist group on the council said the contract with the builder must be audited "
                   "by an outside firm.") == [True]
    # Spanish "la empresa" too (a QA helper's baby-formula recall: "Lactalia said" / "informó la empresa")
    assert differs("Lactalia said on Monday that six babies fell ill after drinking its infant formula.",
                   "Seis bebés enfermaron tras tomar la leche infantil de Lactalia, informó el lunes la empresa."
                   ) == [False]


def test_a_role_a_report_puts_beside_a_name_is_that_person():
    """From a helper's reports of a resignation: "écrit-il" (he: "Le ministre de l'Agriculture") against "a déclaré
    M. Delorme" read "attributed differently", while another report says "Le ministre de l'Agriculture, Marc
    Delorme". A role no report puts beside the name is another speaker still."""
    from desktop.engine.attribution.compare import claim_sourcing
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    def differs(*texts: str) -> list[bool]:
        comp = compare([from_text(t, k) for t, k in zip(texts, "ABC")])
        return [c.differs for c in claim_sourcing(comp) if len(c.versions) > 1]

    quote = "« Je quitte le gouvernement pour pouvoir me défendre librement »"
    named = (f"Le ministre de l'Agriculture, Marc Delorme, a démissionné mercredi. {quote}, a déclaré M. Delorme "
             "dans un communiqué.")
    role = (f"C'est fini pour Marc Delorme. Le ministre de l'Agriculture a jeté l'éponge mercredi. {quote}, "
            "écrit-il dans un bref communiqué.")
    assert differs(named, role) == [False, False]
    other = f"Marc Delorme a démissionné mercredi. {quote}, a déclaré M. Delorme dans un communiqué."
    assert differs(other, f"Le ministre de l'Intérieur a démissionné mercredi. {quote}, a déclaré le ministre de "
                   "l'Intérieur dans un communiqué.")[-1] is True


def test_documents_named_by_their_kind_alone_are_one_source_in_any_language():
    """From a helper's port-strike reports: "Marchetti said in a statement" / "a-t-elle affirmé dans un communiqué"
    read "attributed differently" (a statement against un communiqué); a document named by its kind alone tells no
    other source. A named one is compared by its name."""
    from desktop.engine.attribution.compare import claim_sourcing
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    en = ("Transport Minister Hélène Marchetti called for talks. \"This blockade cannot continue at the expense of the "
          "whole economy,\" Marchetti said in a statement.")
    fr = ("La ministre des Transports, Hélène Marchetti, a appelé au dialogue. « Ce blocage ne peut pas durer aux "
          "dépens de toute l'économie », a-t-elle affirmé dans un communiqué.")
    sourcing = claim_sourcing(compare([from_text(en, "en.txt"), from_text(fr, "fr.txt")]))
    assert sourcing and not any(c.differs for c in sourcing)


def test_il_never_stands_for_a_body_whose_noun_after_l_is_feminine():
    """From a helper's test: "L'association anticorruption … a salué … Il a toujours nié les faits" had the
    association deny the facts: "l'" hides the gender, the noun's ending gives it. "Elle" may stand for it still."""
    praised = "L'association anticorruption Probité Publique a salué « une décision historique pour la région ». "
    refs = {w: ref for w, _, _, ref in _attributions(praised + "Il a toujours nié les faits.")}
    assert refs.get("Il") != "L'association anticorruption Probité Publique"
    refs = {w: ref for w, _, _, ref in _attributions(praised + "Elle a affirmé que le jugement était juste.")}
    assert refs["Elle"] == "L'association anticorruption Probité Publique"


def test_prosecutors_the_prosecution_and_l_accusation_are_one_source():
    """From the review: "According to prosecutors" (then an unnamed source) against "According to the prosecution"
    (an institution) read "attributed differently" on the helper's court reports. The prosecution is one party of the
    trial whichever words name it; "two prosecutors" are still people left unnamed."""
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    assert _who("According to prosecutors, part of the money was used.") == {"prosecutors": "organisation"}
    assert _who("Two prosecutors said the evidence was strong.") == {"Two prosecutors": "anonymous"}
    said = "According to {}, part of the money was used to renovate the mayor's holiday home in the Ardèche."
    comp = compare([from_text(said.format("prosecutors")), from_text(said.format("the prosecution"))],
                   Options(semantic=False))
    assert len(comp.groups) == 1
    assert not [d for d in comp.details if d.type == "attribution" and d.kind == "conflict"]
    # "Authorities say" is the police and the prosecutors another version names (a new warning the change had raised)
    told = ["Authorities say a 35-year-old man stabbed his former girlfriend and his mother to death in New Bedford.",
            "A 35-year-old man stabbed his former girlfriend and his mother to death in New Bedford, according to police "
            "and prosecutors."]
    comp = compare([from_text(t) for t in told], Options(semantic=False))
    assert len(comp.groups) == 1
    assert not [d for d in comp.details if d.type == "attribution" and d.kind == "conflict"]
    # from the review: two prosecutors named are two sources
    said = "{} said the mayor's holiday home in the Ardèche had been renovated with public money."
    comp = compare([from_text(said.format("Prosecutor Anne Vasseur")), from_text(said.format("Prosecutor Jean Morel"))],
                   Options(semantic=False))
    assert [d for d in comp.details if d.type == "attribution" and d.kind == "conflict"]


def test_authorities_of_a_level_are_the_body_another_version_names_and_a_country_s_are_not():
    """From a helper's wildfire reports: "regional authorities said" / "the regional government said" read as
    "attributed differently". Authorities of a region, a city or a state are its government; "the Syrian
    authorities" are no Turkish ministry."""
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    said = "About 3,500 residents were ordered to leave their homes late on Tuesday, {} said."
    disputed = []
    for who, other in (("regional authorities", "the regional government"),
                       ("the Syrian authorities", "the Turkish foreign ministry")):  # and "les autorités d'Israël"
        comp = compare([from_text(said.format(who)), from_text(said.format(other))], Options(semantic=False))
        assert len(comp.groups) == 1
        disputed.append(bool([d for d in comp.details if d.type == "attribution" and d.kind == "conflict"]))
    assert disputed == [False, True]


def test_a_protest_in_the_street_and_a_day_after_interview_are_no_sources():
    """From a helper's reports of a pension vote: "Some 50,000 people protested outside the assembly" read as an
    anonymous source, and "in a televised interview on Thursday evening" gave "Thursday" as an outlet. Protesting says
    something with "that" or a quote; an interview's day is no medium."""
    assert _who("Some 50,000 people protested outside the assembly on Tuesday evening.") == {}
    assert _who("Des milliers de personnes ont protesté devant l'Assemblée mardi soir.") == {}
    assert _who("Residents protested that the plan would ruin the valley.") == {"Residents": "anonymous"}
    assert _who('"This is theft," protested the union leader, Ana Ruiz.') == {"the union leader, Ana Ruiz": "person"}
    assert _who("The prime minister will defend the reform in a televised interview on Thursday evening, her office "
                "said.") == {"her office": "organisation"}
    # from the review: a protest in writing, from the rostrum, after a quote says something; a paper named after a day
    assert _who("The union protested in writing that the reform breached the constitution.") == {
        "The union": "organisation"}
    assert "le député Jean Martin" in _who("« C'est un scandale », a protesté à la tribune le député Jean Martin.")
    assert _who("He said in an interview with Sunday Times that the plan was dead.") == {"He": "person",
                                                                                        "Sunday Times": "outlet"}


@pytest.mark.parametrize("b, apart", [
    # a helper's rate-decision reports: the minister's quote and an economist's had been linked (0.51), and the claim
    # read "attributed differently"
    ('"This is a central bank that has decided it cannot afford to be behind the curve," Piet Vos said.', True),
    ('"We fully respect the independence of the central bank and its decision," Finance Minister Jonas Hall said.',
     False),  # his own words in another version
    ('"We fully respect the independence of the bank," said the minister.', False),  # described, not named
    ("Piet Vos said the bank could not afford to be behind the curve.", False),  # no quotation: a claim two make
])
def test_two_named_people_s_quotes_are_two_statements(b, apart):
    from desktop.engine.attribution.quotes_apart import APART, quotes_apart
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Link, Options
    from desktop.engine.pipeline import compare

    a = '"We fully respect the independence of the central bank," Finance Minister Jonas Hall said on Thursday.'
    comp = compare([from_text(a, "A"), from_text(b, "B")], Options(semantic=False))
    comp.candidates = [Link((0, 0), (1, 0), 0.6)]
    assert (quotes_apart(comp)[0].score == APART) == apart


def test_two_sentences_of_facts_that_quote_two_people_are_not_kept_apart():
    """From the review: a lead with the toll and a mayor's few quoted words against one with the toll and a union
    leader's had been kept apart (0.45): the rule is for sentences that are mostly a quotation."""
    from desktop.engine.attribution.quotes_apart import quotes_apart
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Link, Options
    from desktop.engine.pipeline import compare

    a = ('Five people were killed when the train derailed near Brenzola on Tuesday, said Mayor Luca Ferri, who '
         'called it "the darkest day in our history".')
    b = ('Five people were killed when the train derailed near Brenzola on Tuesday, and rail union leader Marco '
         'Bassi said "this tragedy was foretold".')
    comp = compare([from_text(a, "A"), from_text(b, "B")], Options(semantic=False))
    comp.candidates = [Link((0, 0), (1, 0), 0.8)]
    assert quotes_apart(comp)[0].score == 0.8


def test_a_market_s_reaction_is_no_source_and_investors_who_said_something_are():
    """From a helper's reports of job cuts: "Valdremont shares rose 4.2% …, as investors welcomed the cost cuts" rested
    on an anonymous source ("investors"), and so the shares' claim read "anonymous sources only"."""
    assert _who("Valdremont shares rose 4.2% in Paris trading, as investors welcomed the cost cuts.") == {}
    assert _who("Les investisseurs saluent un plan d'économies attendu depuis longtemps, note un analyste.") == {
        "un analyste": "anonymous"}
    assert _who("Investors said the plan came too late to save the plant.") == {"Investors": "anonymous"}
    assert _who("The minister welcomed the decision, calling it brave.") == {"The minister": "person"}


def test_a_union_that_denounces_and_civil_protection_that_now_says_are_sources():
    """From helpers' tests: "The CGT union denounced the closure as 'a betrayal'" had no speaker; "Civil Protection
    now says at least nine people have died" had the person "Civil Protection now"."""
    assert _who('The CGT union denounced the closure as "a betrayal" of workers who had accepted wage restraint.') == {
        "The CGT union": "organisation"}
    assert _who("Civil Protection now says at least nine people have died, up from seven this morning.") == {
        "Civil Protection": "organisation"}
    assert _who("The mayor now says the bridge was safe.") == {"The mayor": "person"}


def test_a_body_described_by_its_trade_is_no_union_and_a_leader_is_no_company():
    """From the review of session 55: "The French carmaker" and "The CGT union" read as one source, and "The bank led
    by Christine Lagarde" made Christine Lagarde a company in the other report."""
    from desktop.engine.attribution import find_attributions
    from desktop.engine.attribution.compare import claim_sourcing
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    comp = compare([from_text("The French carmaker said on Tuesday it would close its Saint-Aubrac plant by 2027.", "A"),
                    from_text("The CGT union said on Tuesday the carmaker would close its Saint-Aubrac plant by 2027.",
                              "B")])
    assert [c.differs for c in claim_sourcing(comp)] == [True]
    docs = [prepare(Source("a", "The bank led by Christine Lagarde said on Thursday it would raise rates.")),
            prepare(Source("b", "Christine Lagarde said on Thursday the bank would raise rates."))]
    kinds = {(a.source, docs[a.source].text[a.start:a.end]): a.kind
             for a in find_attributions(docs, [document_features(d) for d in docs])}
    assert kinds[(1, "Christine Lagarde")] == "person"


@pytest.mark.parametrize("text", [
    "Le texte fixe les délais, précise la procédure de recours et définit les sanctions.",
    "La partie A de la directive introduit la base légale, explique le concept en vigueur pour la sécurité des "
    "ouvrages et précise les exigences quant à leur construction."])
def test_what_a_verb_after_a_comma_acts_on_is_no_speaker(text):
    """Read on Swiss government pages: "…, précise la procédure de recours et définit …" made "la procédure de
    recours" an anonymous source, and its claim "attributed differently" from the English version's."""
    assert _attributions(text) == []


def test_an_unnamed_speaker_closing_the_sentence_after_a_comma_still_speaks():
    assert _who("La maison a été entièrement détruite, raconte une voisine.") == {"une voisine": "anonymous"}


def test_a_region_named_grand_est_is_no_verb():
    """From a helper's reports of a cyberattack: "L'ARS Grand Est indique suivre la situation" gave the speaker "L'ARS
    Grand" and the cue "Est indique", the region's name read as the verb "est"."""
    assert _who("L'ARS Grand Est indique suivre la situation de très près.") == {"L'ARS Grand Est": "organisation"}


def test_a_company_named_premier_is_no_premier():
    """From the review: "premier" read as a title made "Premier Foods" a person."""
    assert _who("Premier Foods said profits rose 5% in the first half.") == {"Premier Foods": "organisation"}


def test_declaring_mourning_or_an_emergency_is_an_act_not_a_statement():
    """From a helper's QA: "Governor Marta Quiroga declared three days of mourning" made her the claim's speaker
    (the Spanish "decretó" made no one)."""
    for text in ("Governor Marta Quiroga declared three days of mourning.",
                 "Egypt president declares state of emergency in three cities",
                 "Le préfet a déclaré l'état de catastrophe naturelle.",
                 "El Gobierno declaró la emergencia hídrica en cuatro departamentos."):
        assert _attributions(text) == [], text
    assert _who("The minister declared that the emergency was over.") == {"The minister": "person"}
    # after a clause set off by commas (a QA helper's aviation reports read "an emergency" as the speaker, a verb
    # after a comma being taken for one put before its speaker, as in "…, declared the war minister")
    assert _attributions("Skyvia flight XY 4127, operating from Lisbon to Vienna, declared an emergency after a "
                         "hydraulic failure.") == []
    assert _who("The situation is grave, declared the war minister.") == {"the war minister": "person"}


def test_a_name_a_report_writes_as_a_plants_is_a_company():
    """From a helper's plant-fire reports: "Norvalis Chimie said in a statement" counted as a named person, though the
    same wire writes "the Norvalis Chimie plant" (and Le Monde "l'usine Norvalis Chimie"); a prosecutor named the
    same way stays a person."""
    from pathlib import Path

    from desktop.engine.ingest import read_path
    from desktop.engine.pipeline import compare

    reports = Path(__file__).parent / "reports"
    comp = compare([read_path(reports / name) for name in ("plant_fire_en_wire.txt", "plant_fire_en_local.txt")])
    kinds = {comp.documents[a.source].text[a.start:a.end]: a.kind for a in comp.attributions}
    assert kinds["Norvalis Chimie"] == "organisation"
    assert kinds["Prosecutor Anne Delorme"] == "person"


def test_a_title_after_a_former_holder_and_a_persons_warehouse_keep_who_they_are():
    """From the review of the bare-title rule: "the mayor" after "Former mayor Jean Dupont" is the mayor, not Dupont;
    "Luis Ortiz's warehouse" is what a person owns, not a company's name."""
    from desktop.engine.attribution.compare import claim_sourcing
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    a = ("Former mayor Jean Dupont said the flood defences had been neglected for years. "
         "The river will be dredged next spring, the mayor said.")
    b = ("Jean Dupont said the flood defences had been neglected for years. "
         "The river will be dredged next spring, Jean Dupont said.")
    comp = compare([from_text(a, "A"), from_text(b, "B")])
    dredged = next(c for c in claim_sourcing(comp) if any("dredged" in comp.documents[s].sentence_text(i)
                                                          for s, i in comp.groups[c.group].members))
    assert dredged.differs
    owner = _who("Fire destroyed Luis Ortiz's warehouse on Monday night. The stock was not insured, Luis Ortiz said.")
    assert owner == {"Luis Ortiz": "person"}


def test_the_speaker_of_a_wire_lead_after_its_dated_dateline_and_no_dispute_with_the_agency():
    """From two QA helpers' reports: after "PARIS, Oct 14 (Meridian News) - " the company speaking through an
    apposition went unread, and the lead read "attributed differently" (the agency against the company, or against
    "Le tribunal … a condamné")."""
    found = _attributions("Titre\n\nPARIS, Oct 14 (Meridian News) - Veltris, the European maker of electric motors "
                          "and heating equipment, said on Tuesday it would cut 1,200 jobs.\n")
    assert ("Meridian News", "outlet", "(Meridian News)", None) in found
    assert any(a[0].startswith("Veltris, the European maker") and a[2] == "said" for a in found)
    from desktop.engine.attribution.compare import claim_sourcing
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    comp = compare([from_text("Quintal jailed\n\nSANTA IRENE, March 14 (Meridian Press) - A court in Santa Irene on "
                              "Tuesday sentenced Teodoro Quintal to seven years in prison for bribery.", "A"),
                    from_text("Quintal condamné\n\nLe tribunal de Santa Irene a condamné mardi Teodoro Quintal à sept "
                              "ans de prison pour corruption.", "B")])
    assert not any(c.differs for c in claim_sourcing(comp))
    comp = compare([from_text("Condenado Quintal\n\nSANTA IRENE, 14 Mar. (Agencia Ibérica) - La Audiencia de Santa "
                              "Irene ha condenado este martes a seis años de prisión a Teodoro Quintal.", "D"),
                    from_text("Quintal condamné\n\nLe tribunal de Santa Irene a condamné mardi Teodoro Quintal à sept "
                              "ans de prison pour corruption.", "C")])  # a dateline the details do not read as one
    assert not any(c.differs for c in claim_sourcing(comp))
    assert not [d for d in comp.details if d.type == "attribution"]


def test_a_claim_only_headlines_make_is_not_flagged_as_unsourced():
    """From a QA helper's court reports: "⚠ No stated source" stood on 11 of 18 claims, every headline among them,
    which teaches a reader to pass over the warning; a headline names no source, as a rule. A body sentence that
    names none keeps the flag."""
    from desktop.engine.attribution.compare import claim_sourcing
    from desktop.engine.ingest import from_text
    from desktop.engine.model import ANONYMOUS_ONLY, NO_SOURCE
    from desktop.engine.pipeline import compare

    comp = compare([from_text("Quintal jailed for seven years over road contracts\n\nA court in Santa Irene sentenced "
                              "Teodoro Quintal to seven years in prison on Tuesday for bribery.", "A"),
                    from_text("Quintal jailed for seven years over road contracts\n\nTeodoro Quintal was sentenced to "
                              "seven years in prison on Tuesday for bribery by a court in Santa Irene.", "B")])
    flags = {tuple(comp.groups[c.group].members): c.flag for c in claim_sourcing(comp)}
    assert flags[((0, 0), (1, 0))] is None and flags[((0, 1), (1, 1))] == NO_SOURCE
    comp = compare([from_text("Minister to resign within days, sources say\n\nThe minister is expected to resign "
                              "within days over the contracts affair.", "A"),
                    from_text("Minister to resign within days, sources say\n\nThe minister will step down within days "
                              "over the contracts affair, the paper understands.", "B")])
    heads = [c.flag for c in claim_sourcing(comp) if (0, 0) in comp.groups[c.group].members]
    assert heads == [ANONYMOUS_ONLY]  # a headline that names its sources keeps what it says of them


def test_a_court_speaks_as_a_body_and_its_judgment_is_a_document():
    """From a QA helper's court reports: "The three-judge panel ruled" read as anonymous sources (the court's own
    finding then carried "⚠ Anonymous sources only"); "According to the judgment" was not read at all."""
    assert _who("Titre\n\nThe three-judge panel ruled that Quintal had accepted kickbacks from builders.\n") == {
        "The three-judge panel": "organisation"}
    assert ("the judgment", "document", "According to", None) in _attributions(
        "Titre\n\nAccording to the judgment, Quintal accepted kickbacks from building companies.\n")
    assert _who("Titre\n\nA hospital nurse said the ward was full on Tuesday night.\n") == {"A hospital nurse": "anonymous"}
    for person in ("The person close to the board", "The spokesman for the company",
                   "The lawyer representing the company"):  # the review: a head before the body's noun
        assert _who(f"Titre\n\n{person} said the plant would close on Friday.\n") == {person: "anonymous"}


def test_a_woman_named_by_her_work_is_no_company():
    """From a QA helper's plant-closure reports: "opératrice" is lemmatised "opérateur", a company's noun, and
    "Une opératrice a raconté" read as an organisation."""
    assert _who("Titre\n\nUne opératrice a raconté que la ligne était à l'arrêt depuis lundi.\n") == {
        "Une opératrice": "anonymous"}
    # the same noun in an apposition after a first name (the regional paper: "confie Sandrine, opératrice …")
    assert _who("Titre\n\n« Je ne sais pas ce que je vais faire », confie Sandrine, opératrice sur la ligne de "
                "compresseurs.\n") == {"Sandrine, opératrice sur la ligne de compresseurs": "person"}
    assert _who("Titre\n\nOrange, l'opérateur historique, a indiqué que le réseau était rétabli.\n") == {
        "Orange, l'opérateur historique": "organisation"}


def test_a_countrys_office_and_a_weather_agency():
    """From a QA helper's flood reports: "Spain's prime minister" read as anonymous sources and "Le Premier ministre
    espagnol" as a named person (one man "attributed differently"); "la agencia meteorológica" as a news agency."""
    assert _who("Titre\n\nSpain's prime minister said the central government would release emergency funds.\n") == {
        "Spain's prime minister": "person"}
    assert _who("Titre\n\nSources close to Spain's prime minister said he would resign on Friday.\n") == {
        "Sources close to Spain's prime minister": "anonymous"}  # the second review
    assert _who("Titre\n\nSegún la agencia meteorológica, las lluvias continuarán hasta el jueves.\n") == {
        "la agencia meteorológica": "organisation"}



def test_spanish_speakers_read_from_a_qa_helpers_election_reports():
    """"dijo Kovel ante sus seguidores" read the audience into the speaker, and the same man then read as
    "attributed differently"; "un sondeo a pie de urna" read as an anonymous source; "dijo el presidente" as an
    anonymous one (the office has one holder)."""
    assert ("Kovel", "dijo") in [(who, cue) for who, _, cue, _ in _attributions(
        "Titre\n\nAdrian Kovel ganó las elecciones. «Hoy gana Marvania», dijo Kovel ante sus seguidores.\n")]
    assert _who("Titre\n\nSegún un sondeo a pie de urna, el CRP obtuvo un tercio del voto.\n") == {
        "un sondeo": "document"}
    assert _who("Titre\n\n«Ganamos», dijo el presidente con una sonrisa.\n") == {"el presidente": "person"}


def test_a_speaker_given_with_an_age_and_a_description_before_the_verb():
    """From a QA helper's election reports: "Kovel, 52, a former mayor of Selvik, has promised" read the speaker as
    "52, a former mayor of Selvik", someone anonymous; the wire's "Name, age, description, said" is one person."""
    assert _who("Titre\n\nAdrian Kovel won on Sunday. Kovel, 52, a former mayor of Selvik, has promised to fight "
                "corruption.\n") == {"Kovel, 52, a former mayor of Selvik": "person"}
    assert _who("Titre\n\nMaria Lopez, 34, a nurse at the hospital, said the ward was full.\n") == {
        "Maria Lopez, 34, a nurse at the hospital": "person"}
    assert _who("Titre\n\nMaría López, de 34 años, enfermera del hospital, dijo que la sala estaba llena.\n") == {
        "María López, de 34 años, enfermera del hospital": "person"}
    assert _who("Titre\n\nIn 2019, 52 workers, the union said, were laid off.\n") == {"the union": "organisation"}


def test_a_trials_judges_speak_as_the_court():
    """From a QA helper's verdict reports: "les juges ont estimé" read as anonymous sources, as if the reasons of
    a named court's bench came from someone unnamed; the judges are the court, as prosecutors are the prosecution."""
    for phrase, text in (("The judges", "The judges said the evidence was overwhelming."),
                         ("Les juges", "Les juges ont estimé que les preuves étaient accablantes."),
                         ("Los jueces", "Los jueces consideraron que las pruebas eran abrumadoras.")):
        assert _who(f"Titre\n\n{text}\n") == {phrase: "organisation"}
    assert _who("Titre\n\nTwo judges said the evidence was thin.\n") == {"Two judges": "anonymous"}


def test_a_participle_of_saying_after_a_clause_that_quotes_no_one():
    """From a QA helper's rate-decision reports: "Governor Teodor Halvik did not rule out a further cut, saying …"
    read no speaker (the negated "rule out" counted as a cue read already, though it named no one), and "Piotr Anand
    of Oxmoor Economics was more cautious, warning that …" none either ("warning" lemmatised as the noun)."""
    assert _who("Titre\n\nGovernor Teodor Halvik did not rule out a further cut, saying decisions would be taken "
                "meeting by meeting.\n") == {"Governor Teodor Halvik": "person"}
    assert _who("Titre\n\nPiotr Anand of Oxmoor Economics was more cautious, warning that a weaker kolar could push "
                "import prices up.\n") == {"Piotr Anand of Oxmoor Economics": "person"}
    assert _who("Titre\n\nThe company denied the claims, saying the data was safe.\n") == {"The company": "organisation"}


def test_a_company_named_after_its_trade_and_a_group_that_names_itself():
    """From a QA helper's data-breach reports: "Belgian telecoms operator Orvenna Telecom said" after a wire's
    dateline read as unnamed people ("Belgian telecoms" as "French officials"), and "A hacking group calling itself
    ShadowTithe" as an anonymous source: both gave the claims a false "⚠ anonymous sources only"."""
    assert _who("Titre\n\nBRUSSELS, March 14 (Meridian News) - Belgian telecoms operator Orvenna Telecom said on "
                "Friday that hackers had stolen personal data.\n")["Belgian telecoms operator Orvenna Telecom"] \
        == "organisation"
    assert _who("Titre\n\nA hacking group calling itself ShadowTithe claimed responsibility for the attack.\n") == {
        "A hacking group calling itself ShadowTithe": "organisation"}
    assert _who("Titre\n\nOn Friday, French officials said that hackers had stolen data.\n") == {
        "French officials": "anonymous"}


def test_a_participles_speaker_is_its_subject_without_its_auxiliaries():
    """The second review: "The central bank did not rule out …, saying" read "The central bank did not"; "A sign was
    posted …, warning that" an anonymous speaker; "Un homme se faisant appeler Marco" an organisation."""
    assert _who("Titre\n\nThe central bank did not rule out a further cut, saying decisions would be taken meeting by "
                "meeting.\n") == {"The central bank": "organisation"}
    assert _who("Titre\n\nA sign was posted at the trail entrance, warning that the bridge was unsafe.\n") == {}
    assert "organisation" not in _who("Titre\n\nUn homme se faisant appeler Marco a affirmé que le site était fermé.\n"
                                      ).values()


def test_a_body_described_by_where_it_ranks_or_what_it_oversees():
    """A QA helper's breach reports: "The Commission for Digital Privacy (CDP), Belgium's data protection regulator,
    said" had no speaker (a possessive name read as a clause between commas), nor has "The Financial Conduct
    Authority, Britain's markets watchdog, said it would …" (the "it" after the verb taken for the speaker);
    "Ofcom, Britain's media regulator" read as an outlet, "Pfizer, the world's largest drugmaker" as a person. A
    person's role stays a person's ("Gérard Bénézat, the store's insurer"), a newspaper an outlet."""
    assert _who("Titre\n\nThe Commission for Digital Privacy (CDP), Belgium's data protection regulator, said it had "
                "opened an inquiry.\n") == {
        "The Commission for Digital Privacy (CDP), Belgium's data protection regulator": "organisation"}
    assert _who("Titre\n\nThe Financial Conduct Authority, Britain's markets watchdog, said it would investigate.\n") \
        == {"The Financial Conduct Authority, Britain's markets watchdog": "organisation"}
    assert _who("Titre\n\nOfcom, Britain's media regulator, said it would investigate.\n") == {
        "Ofcom, Britain's media regulator": "organisation"}
    assert _who("Titre\n\nLe régulateur des médias a annoncé une enquête.\n") == {
        "Le régulateur des médias": "organisation"}
    assert _who("Titre\n\nPfizer, the world's largest drugmaker, said profits fell.\n") == {
        "Pfizer, the world's largest drugmaker": "organisation"}
    assert _who("Titre\n\nGérard Bénézat, the store's insurer, said the claim was valid.\n") == {
        "Gérard Bénézat, the store's insurer": "person"}
    assert _who("Titre\n\nThe newspaper said it would appeal.\n") == {"The newspaper": "outlet"}


def test_marching_a_fire_breaking_out_and_public_services():
    """From QA helpers' protest and wildfire reports: "Unas 120.000 personas se manifestaron" read as an anonymous
    source giving the figure (they marched), and "un incendie s'est déclaré" likewise (it broke out), unless a stance
    follows ("se manifestó a favor", "se déclare « certain »"); "selon les pompiers", "according to the emergency
    services" were anonymous sources, so the claim read "⚠ Anonymous sources only" (not "des pompiers": some of
    them); "Ostrel Mining" was a person."""
    assert _who("Titulo\n\nUnas 120.000 personas se manifestaron el jueves en Corvenne, según los sindicatos.\n") == {
        "los sindicatos": "organisation"}
    assert _who("Titulo\n\nEl ministro se manifestó a favor de la reforma el jueves.\n") == {"El ministro": "person"}
    assert _who("Titre\n\nUn incendie s'est déclaré dans la nuit, selon les pompiers.\n") == {
        "les pompiers": "organisation"}
    assert _who("Titre\n\nEddy Merckx se déclare « certain » que le coureur ne prendra pas le départ.\n") == {
        "Eddy Merckx": "person"}
    assert _who("Titre\n\nSelon des pompiers, le feu est éteint.\n") == {"des pompiers": "anonymous"}
    assert _who("Title\n\nAccording to the emergency services, 23 people were treated.\n") == {
        "the emergency services": "organisation"}
    assert _who("Title\n\nOstrel Mining said the mine had passed its last inspection.\n") == {
        "Ostrel Mining": "organisation"}


def test_a_public_service_named_by_its_field_in_the_plural_is_a_body():
    """A QA helper's wildfire (stop 69): "selon les services de santé régionaux" read as an anonymous source, so a
    well-sourced toll stood "⚠ anonymous sources only", while "le service de santé régional" was a body; so was "the
    regional health services". Some of a service's people, or sources close to it, stay unnamed."""
    assert _who("Titre\n\nOn compte 27 blessés, dont six grièvement, selon les services de santé régionaux.\n") == {
        "les services de santé régionaux": "organisation"}
    assert _who("Titre\n\nOn compte 27 blessés, dont six grièvement, selon les services de secours.\n") == {
        "les services de secours": "organisation"}
    assert _who("Title\n\nTwenty-seven people were injured, six of them seriously, the regional health services "
                "said.\n") == {"the regional health services": "organisation"}
    assert _who("Titre\n\nOn compte 27 blessés, selon des sources proches des services de renseignement.\n") == {
        "des sources proches des services de renseignement": "anonymous"}


def test_a_quote_given_to_someones_agent_is_attributed_differently():
    """From a QA helper's transfer reports: "Ilveira said" / "Ilveira's agent Paulo Drummond told GoalRush" were one
    source (the agent's phrase holds the player's name); "Limbaugh's lawyer, Roy Black" / "Limbaugh's attorney, Roy
    Black" stay one."""
    comp, sourcing = _claim(['Tomás Ilveira has joined Ashby Rovers. "It is a dream come true to play in England," '
                             'Ilveira said on Thursday.',
                             'Tomás Ilveira has joined Ashby Rovers. "It is a dream come true to play in England," '
                             'Ilveira\'s agent Paulo Drummond told GoalRush on Thursday.'])
    assert [c.differs for c in sourcing if c.flag is None] == [True]
    comp, sourcing = _claim(["The charges are baseless and politically motivated, Limbaugh's lawyer, Roy Black, said.",
                             "The charges are baseless and politically motivated, Limbaugh's attorney, Roy Black, "
                             "said."])
    assert len(sourcing) == 1 and not sourcing[0].differs


def test_the_fire_service_named_in_two_ways_is_one_source():
    """After "los bomberos" became the fire service (an organisation), "fire officials said" / "según los bomberos"
    read as attributed differently; the fire and rescue service is one source however named ("fire officials",
    "les pompiers", "the emergency services"), "officials" alone is not it."""
    comp, sourcing = _claim(["The wildfire had scorched 12,400 acres by Tuesday evening, fire officials said.",
                             "The wildfire had scorched 12,400 acres by Tuesday evening, according to the emergency "
                             "services."])
    assert len(sourcing) == 1 and not sourcing[0].differs
    comp, sourcing = _claim(["The wildfire had scorched 12,400 acres by Tuesday evening, a county official said.",
                             "The wildfire had scorched 12,400 acres by Tuesday evening, according to the emergency "
                             "services."])
    assert len(sourcing) == 1 and sourcing[0].differs
    comp, sourcing = _claim(["The wildfire had scorched 12,400 acres by Tuesday evening, fire officials said.",
                             "The wildfire had scorched 12,400 acres by Tuesday evening, according to the county fire "
                             "service."])
    assert len(sourcing) == 1 and not sourcing[0].differs  # the service of a county, a region, a state
    comp, sourcing = _claim(["The wildfire had scorched 12,400 acres by Tuesday evening, the state emergency service "
                             "said.", "The wildfire had scorched 12,400 acres by Tuesday evening, the city fire "
                             "department said."])
    assert len(sourcing) == 1 and sourcing[0].differs  # a state's service and a city's are two (the review)
    comp, sourcing = _claim(["The wildfire had scorched 12,400 acres by Tuesday evening, local fire officials said.",
                             "The wildfire had scorched 12,400 acres by Tuesday evening, the city fire department "
                             "said."])
    assert len(sourcing) == 1 and not sourcing[0].differs  # "local" is any level (the second review)


def test_one_figure_credited_to_two_sources_is_attributed_differently():
    """From a QA helper's protest reports: "Police put the turnout at 38,000, while organisers said 120,000 people took
    part" and "Selon les organisateurs, 38 000 personnes ont défilé" name the organisers both, so the claim read as
    agreeing on its sources though the French report gives the police figure to the organisers ("put … at" was no
    cue either). The Spanish report that credits each side its own figure ("La policía cifró la participación en
    38.000 personas, y los organizadores en 120.000") agrees."""
    from desktop.engine.attribution.compare import claim_sourcing
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    en = "Pension march in Corvenne\n\nPolice put the turnout at 38,000, while organisers said 120,000 people took part."
    swapped = compare([from_text(en, "en"), from_text("Manifestation à Corvenne\n\nSelon les organisateurs, 38 000 "
                                                      "personnes ont défilé jeudi.", "fr")])
    assert [c.differs for c in claim_sourcing(swapped) if c.versions[0] and c.versions[1]] == [True]
    right = compare([from_text(en, "en"), from_text("Marcha en Corvenne\n\nLa policía cifró la participación en 38.000 "
                                                    "personas, y los organizadores en 120.000.", "es")])
    assert [c.differs for c in claim_sourcing(right) if c.versions[0] and c.versions[1]] == [False]


def test_what_the_review_of_who_says_it_found():
    """The review: a country's minister lost its difference from another country's once the possessor was dropped
    ("Spain's health minister Ana Torres" / "Portugal's health minister"), "the hospital's emergency department" became
    the fire service; "se manifestó el lunes en contra" had no speaker; "Gary Gensler, the top US securities
    regulator" was an organisation."""
    comp, sourcing = _claim(["Hospitals will receive new funds next month, Spain's health minister Ana Torres said.",
                             "Hospitals will receive new funds next month, Portugal's health minister said."])
    assert len(sourcing) == 1 and sourcing[0].differs
    comp, sourcing = _claim(["The road to the village was cut off by the flood, the hospital's emergency department "
                             "said.", "The road to the village was cut off by the flood, the fire department said."])
    assert len(sourcing) == 1 and sourcing[0].differs
    assert _who("Titulo\n\nLa ministra de Trabajo, Yolanda Díaz, se manifestó el lunes en contra de la reforma.\n") \
        == {"La ministra de Trabajo, Yolanda Díaz": "person"}
    assert _who("Title\n\nGary Gensler, the top US securities regulator, said the rules would change.\n") == {
        "Gary Gensler, the top US securities regulator": "person"}


def test_a_product_recall_and_an_official_speaking_on_condition_of_anonymity():
    """From QA helpers' recall and hurricane reports: "Lactalia Nutrition recalls three batches" read as the company
    speaking (and set against the French "rappelle des lots" as attributed differently); "A senior government
    official, speaking on condition of anonymity because he was not authorized to brief reporters, said" had no
    speaker (a program "named after" a student is no such aside)."""
    assert _who("Title\n\nLactalia Nutrition recalls three batches of Petitlait formula.\n") == {}
    assert _who("Titre\n\nLactalia rappelle des lots de lait infantile.\n") == {}
    assert _who("Titre\n\nLe maire a rappelé que la ville était prête.\n") == {"Le maire": "person"}
    assert _who("Title\n\nA senior government official, speaking on condition of anonymity because he was not "
                "authorized to brief reporters, said the airport was closed.\n") == {
        "A senior government official": "anonymous"}
    assert _who("Title\n\nIn 2001, Evan helped found a program named after a college student shot by a gang member, "
                "said Alexis Lukas, the program supervisor.\n") == {"Alexis Lukas, the program supervisor": "person"}


def test_what_the_second_review_of_who_says_it_found():
    """The second review: a number after "recalled" made it a product recall ("Mayor Anne Roux recalled 12 people had
    died"); "Los taxistas se manifestaron" read as taxi drivers speaking, "El 14 de marzo, la ministra se manifestó en
    contra" as a march; "put crews at 12 locations" and "a évalué le patient à trois reprises" as estimates."""
    assert _who("Title\n\nMayor Anne Roux recalled 12 people had died in the 2010 floods in the same valley.\n") == {
        "Mayor Anne Roux": "person"}
    assert _who("Titulo\n\nLos taxistas se manifestaron el martes frente al Ministerio de Transportes en Madrid.\n") \
        == {}
    assert _who("Titulo\n\nEl 14 de marzo, la ministra se manifestó en contra de la reforma.\n") == {
        "la ministra": "person"}
    assert _who("Title\n\nThe fire service put crews at 12 locations across the county on Tuesday.\n") == {}
    assert "Le médecin de garde" not in _who("Titre\n\nLe médecin de garde a évalué le patient à trois reprises avant "
                                             "son décès, selon l'hôpital.\n")


def test_the_who_is_a_source():
    """From a QA helper's outbreak reports: "The WHO has warned …" and "The WHO said …" had no source ("who", the
    relative pronoun, ended the speaker's phrase); "The World Health Organization said" had one."""
    assert _who("The WHO has warned that the outbreak could spread to neighbouring districts.") == {
        "The WHO": "organisation"}
    assert _who("WHO said the risk of spread was high.") == {"WHO": "organisation"}
    assert _who("THE WHO SAID THE RISK WAS HIGH") == {}  # a headline in capitals: no acronym told from its words
    assert _who("John Smith was in the dock. HE told the court he was innocent.")["HE"] == "person"  # (the review)


def test_a_place_between_commas_after_a_clause_is_no_aside_of_a_speaker():
    """From a QA helper's outbreak reports: "… a fait neuf morts dans le district de Kalemba, dans le nord de la
    Zambie, a annoncé mercredi le ministère de la Santé" gave the speaker "fait neuf morts dans le district de
    Kalemba" (the place between commas read as a speaker's aside, as in "Didier Pobel, dans Le Dauphiné, pense")."""
    assert _who("Une épidémie de choléra a fait neuf morts dans le district de Kalemba, dans le nord de la Zambie, a "
                "annoncé mercredi le ministère de la Santé.") == {"le ministère de la Santé": "organisation"}
    assert _who("Didier Pobel, dans Le Dauphiné Libéré, pense que la réforme échouera.")["Didier Pobel"] == "person"


def test_a_clause_before_a_titled_speaker_is_no_title_of_his():
    """From a QA helper's police-shooting reports: "The officer fired three times, Police Chief Raymond Hale said" gave
    the speaker "The officer fired three times, Police Chief Raymond Hale" (a title phrase opening the sentence, as in
    "The police spokesman, John Smith said")."""
    assert _who("The officer fired three times, Police Chief Raymond Hale said.") == {
        "Police Chief Raymond Hale": "person"}
    assert _who("The police spokesman, John Smith said the road was closed.") == {
        "The police spokesman, John Smith": "person"}


def test_what_the_review_of_the_day_s_sources_found():
    """The review: a company and the union of its workers were one source ("the state utility Electrosur" / "the
    union representing workers at Electrosur"), and "rejected the organisers' estimate … as wildly exaggerated",
    "rejected the casualty figures" lost their speakers."""
    _comp, sourcing = _claim(["Power will be fully restored by Friday, the state utility Electrosur said.",
                              "Power will be fully restored by Friday, the union representing workers at Electrosur "
                              "said."])
    assert sourcing and sourcing[0].differs
    assert _who("Police rejected the organisers' estimate of 100,000 marchers as wildly exaggerated.") == {
        "Police": "organisation"}
    assert _who("The ministry rejected the casualty figures published by the union.")["The ministry"] == "organisation"


def test_what_the_second_review_of_the_day_s_sources_found():
    """The second review: any "as" after "rejected" made it a statement ("…, as investors pushed for a higher
    price"), and "the management of Electrosur" was another source than "the state utility Electrosur"."""
    assert _who("Kestrel's board rejected Norvane's offer of 2.1 billion euros on Monday, as investors pushed for a "
                "higher price.") == {}
    _comp, sourcing = _claim(["Power will be fully restored by Friday, the state utility Electrosur said.",
                              "Power will be fully restored by Friday, the management of Electrosur said."])
    assert sourcing and not sourcing[0].differs


def test_declaring_oneself_innocent_is_a_statement_and_declaring_a_verdict_is_not():
    """The review of stop 65: after "declared him guilty" became an act, "declared he was innocent" and "s'est déclaré
    innocent" lost their speaker."""
    assert _who("Outside court, Graham Whitcombe declared he was innocent of all the charges.") == {
        "Graham Whitcombe": "person"}
    assert _who("Graham Whitcombe s'est déclaré innocent et a annoncé qu'il ferait appel.") == {
        "Graham Whitcombe": "person"}
    assert _who("A jury declared him guilty of fraud in September.") == {}


def test_a_speaker_with_an_age_and_a_relative_clause_is_read():
    """A QA helper's hostage-taking reports (stop 65): "Sandrine Colas, 52, who lives opposite the supermarket, said"
    had no speaker (the age was taken for the phrase before the clause), and the next sentence's "she" went to the
    minister quoted before."""
    assert _who("Sandrine Colas, 52, who lives opposite the supermarket, said she had heard two loud bangs.") == {
        "Sandrine Colas": "person"}


def test_a_prefect_is_a_person():
    """From a QA helper's protest reports: "police prefect Anton Weller" was typed an organisation (prefect was no
    title), and "the prefect" a body's unnamed member."""
    found = {w: k for w, k, _, _ in _attributions("Police prefect Anton Weller said 23 people had been arrested. "
                                                 "The prefect said the march had been largely peaceful.")}
    assert found == {"Police prefect Anton Weller": "person", "The prefect": "person"}


def test_an_airport_speaks():
    """From a QA helper's plane-crash reports: "The airport said it expected to reopen …" was given to "it" (the
    bureau of the sentence before), "The airport" never read as a speaker."""
    found = {w: k for w, k, _, _ in _attributions("Investigators recovered both flight recorders, the bureau said. The "
                                                 "airport said it expected to reopen its single runway on Monday.")}
    assert found == {"the bureau": "organisation", "The airport": "organisation"}
    assert _attributions("Airport workers said flights had been cancelled.")[0][:2] == ("Airport workers", "anonymous")


def test_a_tabloid_s_verbs_after_a_quote_report_it():
    """From a QA helper's extradition reports: '"…," fumed his lawyer Jana Dvořáková' had no source, so a quote given
    to the defendant elsewhere was not flagged; such verbs report speech only right after a quote."""
    found = _attributions('"This ruling is a disgrace and we will appeal," fumed his lawyer Jana Dvořáková. The '
                          'minister slammed the ruling. Fans stormed the court after the hearing.')
    assert [(w, k, cue) for w, k, cue, _ in found] == [("his lawyer Jana Dvořáková", "person", "fumed")]


def test_a_regulator_named_by_its_kind_is_the_body_its_report_named():
    """A QA helper's breach reports: "…, the regulator said" against "According to the DPC, …" read as attributed
    differently, though the first report had just named Ireland's Data Protection Commission (DPC). A regulator its
    report never names stays another source than the other version's."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    def conflicts(a: str, b: str) -> list:
        comp = compare([from_text(a), from_text(b)])
        return [d for d in comp.details if d.type == "attribution" and d.kind == "conflict"]

    b = ("The Irish Data Protection Commission (DPC) fined Veltaro €310 million on Tuesday. According to the DPC, the "
         "exposed data included names, email addresses and phone numbers.")
    assert not conflicts("Ireland's Data Protection Commission (DPC) fined Veltaro €310 million on Tuesday. The stolen "
                         "data included names, email addresses and phone numbers, the regulator said.", b)
    assert conflicts("Veltaro was fined €310 million on Tuesday. The stolen data included names, email addresses and "
                     "phone numbers, the regulator said.", b)
    # two bodies named before: "the agency" may be either (the review)
    assert conflicts("The FDA approved the drug on Monday, a week after the EMA rejected it. The agency said the "
                     "benefits of the drug outweighed its risks.", "The European regulator EMA rejected the drug last "
                     "week. The EMA said the benefits of the drug outweighed its risks.")


def test_an_unnamed_source_taken_up_by_its_noun_stays_unnamed():
    """A QA helper's breach report: "the researcher said", after "A security researcher who asked not to be named
    said", was a named person because a commissioner had been quoted by name above."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    text = ('"Veltaro failed to secure an interface it knew to be vulnerable," Commissioner Niamh Carroll said.\n\n'
            "A security researcher who asked not to be named said the flaw had been public for months.\n\n"
            '"This was not a sophisticated attack; it was an open door," the researcher said.\n\n'
            '"We will appeal," the commissioner said.')
    comp = compare([from_text(text, "a")])
    kinds = {comp.documents[0].text[a.start:a.end]: a.kind for a in comp.attributions}
    assert kinds["the researcher"] == "anonymous"
    assert kinds["the commissioner"] == "person"
    # a named researcher nearer before: the one taken up (the review)
    text = ("A security researcher who asked not to be named said the flaw had been exploited since March.\n\n"
            "Jane Doe, a researcher at Acme Labs, said on Monday that the patch was incomplete.\n\n"
            "The researcher added that millions of devices remained exposed.")
    comp = compare([from_text(text, "a")])
    kinds = {comp.documents[0].text[a.start:a.end]: a.kind for a in comp.attributions}
    assert kinds["The researcher"] == "person"


def test_a_judge_quoted_by_title_is_the_judge_a_report_named_with_that_title():
    """Two QA helpers' trial reports: "Presiding judge Hélène Vasseur read out the verdict" then '"…," the judge told
    the former mayor', against the other report's '"…," Vasseur told …' or '"…", dijo la jueza', read as attributed
    differently (she had said nothing before, so no earlier speaker carried the title). A quote credited to the
    prosecutor still is."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    def conflicts(a: str, b: str) -> list:
        comp = compare([from_text(a), from_text(b)])
        return [d for d in comp.details if d.type == "attribution" and d.kind == "conflict"]

    named = ('Presiding judge Hélène Vasseur read out the verdict in a packed courtroom.\n\n"You betrayed the trust of '
             'those who elected you," Vasseur told the former mayor.')
    assert not conflicts(named, 'Presiding judge Hélène Vasseur read out the verdict in a packed courtroom.\n\n"You '
                                'betrayed the trust of those who elected you," the judge told the former mayor.')
    assert not conflicts(named, 'La presidenta del tribunal, Hélène Vasseur, leyó la sentencia ante una sala '
                                'abarrotada.\n\n"Ha traicionado usted la confianza de quienes lo eligieron", dijo la '
                                'jueza al exalcalde.')
    assert conflicts(named, 'La presidenta del tribunal, Hélène Vasseur, leyó la sentencia ante una sala abarrotada.'
                            '\n\n"Ha traicionado usted la confianza de quienes lo eligieron", dijo la fiscal al '
                            'exalcalde.')


def test_it_in_a_sentence_opening_on_a_body_is_that_body_never_unnamed_people():
    """A QA helper's rate decision: "The bank will also end its bond-buying programme in March, it said in a
    statement" rested on "several board members" of the sentence before, an anonymous source."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    comp = compare([from_text("According to two people familiar with the discussions, several board members argued "
                              "for a half-point cut. The bank will also end its bond-buying programme in March, it "
                              "said in a statement.", "A"),
                    from_text("The central bank cut its main rate by a quarter point.", "B")])
    said = [a for a in comp.attributions if comp.documents[0].source.text[a.start:a.end] == "it"]
    assert [(a.kind, a.refers_to) for a in said] == [("organisation", "The bank")]


def test_a_deadline_after_a_passive_by_is_no_speaker():
    """A QA helper's merger report: "The European Commission is expected to rule on the deal by Nov. 4." counted
    "Nov. 4" a named person, so an unsourced claim read as sourced."""
    assert _who("The European Commission is expected to rule on the deal by Nov. 4.") == {}
    assert _who("The deal is expected to close by March 31.") == {}
    assert _who("The plan was rejected by the Senate, officials said.") == {"officials": "anonymous"}


def test_two_things_one_speaker_said_are_two_claims_and_one_quote_stays_one():
    """A QA helper's merger reports: two quotes of Ventura's chief executive ("Ventura will keep its brand and its
    base in Valencia" / "We are building a European champion") were one claim (0.91; 0.55 between the Spanish and
    French reports), the French report seeming to carry a pledge it never gives. One quotation in two languages, in
    part quoted, stays one claim."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    def groups(*texts):
        return [g for g in compare([from_text(t, f"r{k}.txt") for k, t in enumerate(texts)]).groups
                if len(g.members) > 1]

    assert not groups('"Ventura will keep its brand and its base in Valencia," said Ventura chief executive Elena '
                      'Ortiz Sanz.', '"We are building a European champion," said Ventura chief executive Elena Ortiz '
                                     'Sanz.')
    assert not groups('"Ventura mantendrá su marca y su base en Valencia", aseguró la consejera delegada de Ventura, '
                      'Elena Ortiz Sanz.', '« Nous construisons un champion européen », a déclaré Elena Ortiz Sanz, '
                                           'directrice générale de Ventura.')
    assert groups('"We believe the jury was misdirected on the law," she told reporters outside the court.',
                  'Selon elle, le jury a été « mal instruit sur le droit ».')


def test_a_comma_ends_a_speaker_s_name():
    """"Ventura chief executive Elena Ortiz" / "Elena Ortiz, Ventura's chief executive" were attributed differently:
    the name ran on past the comma into "Ventura's"."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    comp = compare([from_text(t, f"r{k}.txt") for k, t in enumerate((
        '"Ventura will keep its brand and its base in Valencia," said Ventura chief executive Elena Ortiz.',
        '"Ventura will keep its brand and its headquarters in Valencia," said Elena Ortiz, Ventura\'s chief '
        'executive.'))])
    assert len(comp.groups) == 1 and not [d for d in comp.details if d.type == "attribution"]


def test_a_middle_initial_keeps_a_name_whole_and_a_shared_reach_makes_no_one_body():
    """The review of stop 69: "Robert F. Kennedy" / "Robert Kennedy" were attributed differently (the initial's stop
    cut the name); "the regional health service" / "la policía regional" had become one body for their "regional"."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    def flagged(*texts):
        comp = compare([from_text(t, f"r{k}.txt") for k, t in enumerate(texts)])
        return bool([d for d in comp.details if d.type == "attribution"])

    assert not flagged("The vaccine plan will be reviewed next month, Robert F. Kennedy told reporters on Tuesday.",
                       "The vaccine plan will be reviewed next month, Robert Kennedy told reporters on Tuesday.")
    assert flagged("Two people died of their injuries after the fire, the regional health service said.",
                   "Dos personas murieron a causa de sus heridas tras el incendio, según la policía regional.")


def test_a_state_of_emergency_declared_after_a_name_set_off_by_commas():
    """ "Le maire, Jean Dupont, a déclaré l'état d'urgence …" is an act, not a statement, with an adjective after it
    or a day before it, as in Spanish ("declaró el estado de emergencia sanitaria"); a clause after "a déclaré" and a
    speaker after the verb still are statements."""
    assert _who("Le maire de Valmont, Jean Dupont, a déclaré l'état d'urgence sanitaire dans la commune. Le préfet "
                "de la Drôme, Paul Martin, a déclaré jeudi l'état de catastrophe naturelle.") == {}
    assert _who("El gobernador, Juan Pérez, declaró el estado de emergencia sanitaria en la provincia.") == {}
    assert _who("Le maire, Jean Dupont, a déclaré jeudi que la situation était grave. La situation est grave, a "
                "déclaré le ministre de la guerre.") == {"Le maire, Jean Dupont": "person",
                                                         "le ministre de la guerre": "person"}
