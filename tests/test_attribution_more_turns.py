"""Who says it: more turns found on reports annotated blind (a source's comma before the statement's subject, someone
unnamed between a quote and its verb, the subject of a clause a participle closes, a view given a name in quotes), on
short sentences of our own."""
from desktop.engine.attribution import document_attributions
from desktop.engine.model import Source
from desktop.engine.pipeline import document_features, prepare


def _kinds(text: str) -> list[tuple[str, str]]:
    """(speaker's words, kind) of every attribution the engine finds in ``text``, in reading order."""
    doc = prepare(Source("report", text))
    return [(text[a.start:a.end], a.kind) for a in document_attributions(doc, document_features(doc), 0)]


def _who(text: str) -> dict[str, str]:
    """{speaker's words: kind} of every attribution the engine finds in ``text``."""
    return dict(_kinds(text))


def test_a_body_or_several_people_as_a_source_end_at_their_comma():
    assert _who("According to police, Anthony LaSalle, 36, of Minneapolis, hit and killed the woman.") \
        == {"police": "organisation"}
    assert _who("Selon la police, Jean Dupont, 36 ans, a percuté la passante.") == {"la police": "organisation"}
    assert _who("Selon les enquêteurs, Jean Dupont, 36 ans, a menti.") == {"les enquêteurs": "anonymous"}


def test_one_person_as_a_source_keeps_the_name_set_off_after_it():
    assert _who("Selon le sociologue, Frédéric Lenoir, la crise est profonde.") \
        == {"le sociologue, Frédéric Lenoir": "person"}
    assert _who("According to the company's spokesman, John Smith, the plant will close.") \
        == {"the company's spokesman, John Smith": "person"}


def test_someone_unnamed_between_a_quote_and_its_verb_speaks_whatever_the_noun():
    for noun in ("widow", "shopkeeper", "convicted killer", "evangelist"):
        assert _who(f'"We will not forget him," the {noun} said.') == {f"the {noun}": "anonymous"}


def test_a_description_after_a_quote_and_a_paper_are_no_one_unnamed():
    assert _who('LaRue was identified as "Deep Throat," the shadowy character believed to have helped two '
                "reporters.") == {}
    who = _who('"In 2004, 39 percent of the milk was from Alaska producers," the white paper said.')
    assert "the white paper" not in who or who["the white paper"] != "anonymous"


def test_a_participle_after_a_clause_belongs_to_that_clauses_subject():
    who = _who("Police stopped the vehicle, but Anthony LaSalle refused to comply, saying officers would need a "
               "warrant.")
    assert who == {"Anthony LaSalle": "person"}
    who = _who("Vitali Klitschko was in his brother's corner, and acted as cheerleader, saying the fight was won.")
    assert "Vitali Klitschko" in who and not [w for w in who if w.startswith("acted")]


def test_a_view_given_a_name_in_quotes_is_stated_by_who_gave_it():
    assert _who('Interior Secretary Dirk Kempthorne called the move "a clarification" he considered essential.') \
        == {"Interior Secretary Dirk Kempthorne": "person"}
    assert "Producers Laurence Mark" in _who('Producers Laurence Mark and Bill Condon called the Australian actor '
                                             '"a consummate entertainer."')
    assert _who('He saw a film called "Jaws" last night. She joined a group called the "Sons of Liberty" in 2010. '
                'The operation, called "Desert Storm," began in 1991.') == {}


def test_a_state_written_as_its_postal_code_stays_with_the_town_before_said():
    who = _who("Matt Smith, the county attorney in Mohave County, Az. said in a press release Wednesday that he had "
               "heard about the charges.")
    assert any(w.startswith("Matt Smith, the county attorney in Mohave County, Az") for w in who)


def test_a_relative_pronoun_or_a_preposition_opens_no_speaker():
    assert _who("C'est l'une des raisons pour lesquelles la banque a déposé plainte.") == {"la banque": "organisation"}
    assert _who("The trial is scheduled to resume Monday, with testimony from a man who claims Lopez's brother "
                "threatened to kill him.") == {"a man": "anonymous"}


def test_a_constable_written_short_stays_with_his_name_and_sentence():
    assert _who("Police Const. Tim Fanning said the gunman entered the party around 4 p.m.") \
        == {"Police Const. Tim Fanning": "person"}


def test_a_french_pronoun_is_not_the_document_of_the_other_gender_it_spoke_in():
    who = _who("Christine Lagarde est restée prudente. Dans un communiqué, elle a indiqué qu'elle s'était assurée "
               "du contraire.")
    assert who.get("elle") == "person" and who.get("un communiqué") == "document"


def test_a_time_set_off_by_commas_after_the_verb_is_no_speaker():
    assert _who("«Venez chez nous !» a lancé, la semaine dernière, son patron, Patrick Werner.") \
        == {"son patron, Patrick Werner": "person"}
    assert _who("«Venez chez nous !», a déclaré, mardi, le ministre.") == {"le ministre": "person"}
    assert _who('"Come to us!" said, last week, its boss, Patrick Werner.') == {"its boss, Patrick Werner": "person"}


def test_a_named_subject_between_commas_after_but_released_the_statement():
    assert _who("LaCalamita is married, but his wife, Michele, released a statement saying they had been "
                "separated.") == {"his wife, Michele": "person"}


def test_who_exclaimed_says_it():
    assert _who('After Kathina was shot, she exclaimed, "Mommy, Mommy, I got hit."') == {"she": "person"}


def test_an_english_phrase_closing_on_a_noun_of_people_is_someone_unnamed_not_the_body():
    assert _who("The police source said the robbers escaped.") == {"The police source": "anonymous"}
    assert _who("The fire department official said the blaze was out.") \
        == {"The fire department official": "anonymous"}
    assert _who("The police said the robbers escaped.") == {"The police": "organisation"}


def test_a_seat_of_power_stays_its_body_whatever_title_follows_it():
    assert _who("Selon l'Elysée, le président a répondu.")["l'Elysée"] == "organisation"


def test_someone_unnamed_then_named_in_apposition_closing_the_sentence_is_that_person():
    assert _who("L'otage se trouvait dans le sud du pays, selon l'un d'eux, le Français Noël Saez.") \
        == {"l'un d'eux, le Français Noël Saez": "person"}
    assert _who("Le bilan est lourd, selon l'un des secouristes, les routes étant coupées.") \
        == {"l'un des secouristes": "anonymous"}


def test_a_quote_opening_on_the_verb_keeps_its_subject_outside_as_the_speaker():
    assert _who("Le chef de l'Etat «a indiqué qu'il était particulièrement sensible à cet appel».") \
        == {"Le chef de l'Etat": "person"}
    assert "La mère de Mohamed" in _who('La mère de Mohamed "a expliqué aux policiers qu\'elle était partie en '
                                        'Algérie".')
    assert "le Parlement allait" not in _who('Il a assuré que le Parlement allait "continuer à défendre les droits '
                                             'du peuple tibétain".')


def test_sentences_a_review_built_against_this_sessions_rules():
    """Counter-examples a reviewer built for the rules above; each was wrong before the fix that follows it."""
    assert _who("According to the Senate majority leader, Chuck Schumer, the bill will pass.") \
        == {"the Senate majority leader, Chuck Schumer": "person"}
    assert _who("According to investigators, John Smith, 36, lied.") == {"investigators": "anonymous"}
    assert _who("The president thanked the police, the firefighters, and the volunteers, saying they were "
                "heroes.") == {"The president": "person"}
    assert _who("Le ministre a visité Lyon, Marseille, et Nice, estimant que les dégâts étaient graves.") \
        == {"Le ministre": "person"}
    assert _who("The march was led by students from the university, who said the law was unfair.") \
        == {"students from the university": "anonymous"}
    assert _who("L'émission « Qui veut gagner des millions ? » lance une nouvelle saison.") == {}
    assert _who("Smith, the bus driver, said the brakes failed.") == {"Smith, the bus driver": "person"}
    assert _who("The fan club said the concert was cancelled.") == {"The fan club": "organisation"}
    assert _who('NASA called the mission "Artemis." The couple called their daughter "Apple."') == {}
    assert _who("Fans exclaimed with joy when the goal went in.") == {}
    assert _who('"It passed," the bill said.') == {}
    assert _who("« Nous gagnerons », a déclaré, lundi, à l'AFP le ministre.") \
        == {"l'AFP": "outlet", "le ministre": "person"}
    who = _who("Le ministre est resté prudent. Dans un communiqué, il a indiqué qu'il s'était assuré du contraire.")
    assert who.get("il") == "person"
    assert _who('The government called the report "deeply flawed."') == {"The government": "organisation"}


def test_sentences_a_second_review_built_against_the_fixes():
    """A second reviewer's counter-examples to the fixes above; each was wrong before the fix that follows it."""
    assert _who("According to the county coroner, Dr. Jane Doe, the man drowned.") \
        == {"the county coroner, Dr. Jane Doe": "person"}
    assert _who("Selon le ministère, Jean Dupont, 36 ans, a été arrêté.") == {"le ministère": "organisation"}
    assert _who('"Danger," the warning said. "Stay inside," the alert said. "It will rain," the forecast said.') == {}
    assert _who("The mayor thanked the firefighters, and the volunteers who helped them, saying they had saved "
                "lives.") == {"The mayor": "person"}
    assert _who("The union denounced the cuts, and the way the board handled them, saying workers were "
                "ignored.") == {"The union": "organisation"}
    assert _who('He called the meeting "to clear the air." Residents called the neighborhood "the Flats."') == {}
    assert _who("In its report on Felt's death, the New York Times called him \"the most famous anonymous source in "
                "American history.\"").get("the New York Times") == "outlet"
    assert _who("« Qui veut gagner des millions ? » lance une nouvelle formule en janvier.") == {}
    assert _who("The plane crashed, but the manufacturer, Boeing, released a statement saying it was "
                "cooperating.") == {"the manufacturer, Boeing": "organisation"}


def test_a_count_added_after_another_is_no_statement_and_a_medium_may_open_a_list_of_speakers():
    assert _who("The city had offered $75,000, and the county Board of Supervisors added another $20,000 to "
                "that pot.") == {}
    assert _who("The official IRNA news agency and the United States Geological Survey said it had a magnitude "
                "of 5.9.") == {"The official IRNA news agency": "outlet",
                               "the United States Geological Survey": "organisation"}


def test_urging_on_a_crowd_reports_no_words():
    assert _who("Vitali was in his brother's corner as usual, and acted as cheerleader, urging on fans in the "
                "stadium.") == {}
    assert _who("The mayor urged residents to stay home.") == {"The mayor": "person"}


def test_const_is_a_rank_before_a_name_but_ends_a_sentence_after_the_state():
    assert _who("He cited the state Const. Critics said he was wrong.") == {"Critics": "anonymous"}
    assert _who("The change was made under Art. 5 of the Const. The court said it was valid.") \
        == {"The court": "organisation"}
    assert _who('"Everyone got out safely," Const. Fanning said.') == {"Const. Fanning": "person"}


def test_a_quote_opening_on_a_verb_inside_another_sources_claim_is_not_its_subjects_statement():
    assert _who("Le syndicat estime que le ministre « a promis beaucoup et tenu peu ».") \
        == {"Le syndicat": "organisation"}
    assert _who("Selon la CGT, la direction « a annoncé les licenciements par mail ».") == {"la CGT": "organisation"}


def test_charging_that_something_happened_is_an_allegation_but_charging_someone_is_not():
    assert _who("Prosecutors charged that he lied to investigators.") == {"Prosecutors": "organisation"}
    assert _who("Authorities charged it was a brazen act to avoid the law.") == {"Authorities": "anonymous"}
    assert _who("Police charged the suspect with murder. The company charged 5 dollars for it.") == {}


def test_a_surname_alone_after_a_person_named_in_full_stays_that_person():
    """'Mark' and 'Drew' are words too, so the full name had not counted as a first name's; the speaker is known."""
    text = ("Mark Pinder told The Canadian Press that police ordered the employees into the basement.\n\n"
            "\"People grabbed a couple of bowls of chips and dip,\" Pinder said.\n")
    assert ("Pinder", "person") in _kinds(text)
    text = ("\"We will be back,\" said quarterback Drew Brees after the game.\n\n\"It hurts,\" Brees said.\n")
    assert ("Brees", "person") in _kinds(text)
    text = ("Selon Serge Maître, le président de l'Afub, les banques ferment leurs portes.\n\n"
            "Avec la crise, suppute l'Afub, les banques vont renforcer leurs ententes.\n")
    assert ("l'Afub", "organisation") in _kinds(text)  # the body a person presides, not their surname
    assert _kinds("\"Sales rose,\" Brightwater said.\n") == [("Brightwater", "organisation")]  # no one named before


def test_a_participle_s_subject_is_the_thing_done_not_the_verb_that_did_it():
    who = _who("Les deux dirigeants ont signé une déclaration commune à Pékin le mois dernier décrivant le partenariat "
               "comme n'ayant « pas de limites ».")
    assert [(w, k) for w, k in who.items() if k == "document"] == [
        ("une déclaration commune à Pékin le mois dernier", "document")]


def test_the_national_importer_is_a_body_in_every_language():
    """"according to the national importer" had found no source in English, and "selon l'importateur" a named person
    in French (a QA helper's recall reports): the importer is a company, left unnamed."""
    for text, importer in (
            ("In Portugal, about 2,300 vehicles are affected, according to the national importer.", "the national importer"),
            ("En France, environ 2 300 véhicules sont concernés, selon l'importateur national.", "l'importateur national"),
            ("En España hay unos 2.300 vehículos afectados, según el importador nacional.", "el importador nacional"),
            ("In Italia sono interessati circa 2.300 veicoli, secondo l'importatore nazionale.", "l'importatore nazionale"),
            ("In Deutschland sind laut dem Importeur rund 2.300 Fahrzeuge betroffen.", "dem Importeur")):
        assert _kinds(text) == [(importer, "organisation")], text
