"""Who says it: English turns found on reports annotated blind (quoted as saying, a town and its state, a statement's
maker, a title taken up alone), on short sentences of our own."""
from desktop.engine.attribution import document_attributions
from desktop.engine.model import Source
from desktop.engine.pipeline import document_features, prepare


def _who(text: str) -> dict[str, str]:
    """{speaker's words: kind} of every attribution the engine finds in ``text``."""
    doc = prepare(Source("report", text))
    return {text[a.start:a.end]: a.kind for a in document_attributions(doc, document_features(doc), 0)}


def test_who_was_quoted_as_saying_and_whom_a_paper_quoted_saying_are_speakers():
    who = _who("Mr Mazanga was quoted as saying Renamo was abandoning the 1992 peace accord. "
               "He told the FT that he meant the agreement was no longer respected. "
               "A business columnist on Friday quoted a number of tax lawyers and accountants saying that could still "
               "be the case. The new wall is 10 ft high.")
    assert who["Mr Mazanga"] == "person" and who["the FT"] == "outlet"
    assert who["a number of tax lawyers and accountants"] == "anonymous"
    assert not [w for w in who if "ft" in w]


def test_the_speaker_before_said_is_not_replaced_by_who_released_the_comments():
    who = _who('"I salute your courage," the watchdog\'s director-general, Ahmet Uzumcu, said in comments released '
               "by the OPCW.")
    assert who["the watchdog's director-general, Ahmet Uzumcu"] == "person"
    assert "the OPCW" not in who


def test_a_town_and_its_state_speak_as_one_and_the_name_after_said_is_no_speaker():
    who = _who("Police in Gautier, Miss. said Lamb, a geography instructor at Delta State University, called 911 "
               "around 10 a.m. Monday.")
    assert who == {"Police in Gautier, Miss": "organisation"}


def test_who_did_something_in_a_statement_made_it_but_a_thing_announced_in_one_did_not():
    who = _who("GoFundMe's spokeswoman vouched for the anonymous donor in a statement to the Times. "
               "The ministry defended the measures in a statement. The decision was announced in a statement.")
    assert who["GoFundMe's spokeswoman"] in ("person", "anonymous") and who["The ministry"] == "organisation"
    assert who["the Times"] == "outlet" and "The decision" not in who


def test_a_title_alone_takes_up_the_one_person_the_report_gave_it():
    assert _who("Judge Torkjel Nesheim interrupted Breivik. The judge said that he is not insane.") == {
        "The judge": "person"}
    assert _who("The trial resumed on Monday. The judge said that he is not insane.") == {"The judge": "anonymous"}


def test_french_turns_a_stressed_subject_a_confession_and_media_named_after_their_article():
    who = _who("Jean Dupont a parlé devant la commission. Lui prône une révision complète du système. "
               "Il avouait aussi avoir organisé une collecte de fonds. Claude Dartois a répondu à Public. "
               "« Je participerai », a-t-elle assuré dans le JDD. Dans un entretien avec CBC, le ministre a dit non.")
    assert who["Lui"] == "person" and not [w for w in who if w.startswith("une révision")]
    assert who["Il"] == "person" and who["le JDD"] == "outlet"
    assert who["CBC"] == "outlet" and who["le ministre"] == "person"


def test_an_english_possessive_and_a_journal_named_in_a_claim_are_no_speakers():
    who = _who("Her fears appear to chime with the views of ministers. "
               "A director said the claims in the BMJ had been answered before.")
    assert who == {"A director": "anonymous"}


def test_a_deputy_s_hyphenated_title_a_country_in_a_clause_without_that_and_long_descriptions_after_a_quote():
    who = _who("Les élections seront reportées, a déclaré lundi le ministre-adjoint de l'Information Tariq Azeem. "
               "Le ministre-adjoint de l'Information a également confirmé la date. "
               "Il portait un couteau, a expliqué un responsable du syndicat Alliance dans les Hauts-de-Seine, "
               "Arnaud Pressé.")
    assert who["le ministre-adjoint de l'Information Tariq Azeem"] == "person"
    assert who["Le ministre-adjoint de l'Information"] == "person"
    assert who["un responsable du syndicat Alliance dans les Hauts-de-Seine, Arnaud Pressé"] == "person"
    who = _who("Tehran pressed on with uranium enrichment -- a program Iran says it needs to make fuel. "
               '"Bag handling may have some snafus," said Joseph Schwieterman, a transportation expert and professor '
               "at DePaul University in Chicago. Northern Skyways chief executive Dana Whitcombe told reporters the "
               "planes were grounded.")
    assert who["Iran"] == "organisation"
    assert who["Joseph Schwieterman, a transportation expert and professor at DePaul University in Chicago"] == "person"
    assert who["Northern Skyways chief executive Dana Whitcombe"] == "person"


def test_a_reporter_of_a_medium_after_a_clause_set_off_by_commas_speaks_through_it():
    who = _who("As the sentence was read, Roof stood emotionless, reported Alexandra Olgin of South Carolina Public "
               "Radio, who was in the courtroom. The chancellor, Angela Merkel, said the plan would work. "
               "The vote was close, writes the Washington Post.")
    assert who["Alexandra Olgin"] == "person" and who["South Carolina Public Radio"] == "outlet"
    assert not [w for w in who if "Roof" in w]
    assert who["The chancellor, Angela Merkel"] == "person" and who["the Washington Post"] == "outlet"


def test_french_a_source_where_it_works_and_a_second_participle_sharing_the_first_s_auxiliary():
    who = _who("Selon une source à la Mission des Nations unies, les combats sont entrés dans une phase finale. "
               "Dans un communiqué, un porte-parole du Hamas, Sami Abou Zouhri, a rendu hommage aux quatre héros et "
               "affirmé que la lutte continuerait. « C'est fini », a dit un responsable à CNN. "
               "Il a acheté des pommes et des poires jugées trop mûres.")
    assert who["une source à la Mission des Nations unies"] == "anonymous"
    assert who["un porte-parole du Hamas, Sami Abou Zouhri"] == "person"
    assert who["un responsable"] == "anonymous" and who["CNN"] == "outlet"
    assert not [w for w in who if "pommes" in w or "poires" in w]


def test_a_decree_carried_by_an_agency_and_a_participle_that_says_what_is_due():
    who = _who("An Arabic version of the decree, carried by the state-run Saudi Press Agency, said the group should not "
               "have left the crane's arm up. The royal decree also blamed the group. "
               "Technically, parliament must still approve the deployment of the military, expected next week.")
    assert who == {"An Arabic version of the decree": "document", "the state-run Saudi Press Agency": "outlet",
                   "The royal decree": "document"}


def test_a_medium_that_revealed_a_story_ends_before_the_moment_it_did():
    who = _who("Une deuxième affaire, dévoilée par le Parisien cette semaine, secoue le jeu. "
               "Un document consulté par l'AFP cette semaine montre que rien n'a changé.")
    assert who["le Parisien"] == "outlet" and who["l'AFP"] == "outlet"


def test_companies_by_their_legal_form_and_an_institution_with_and_in_its_name():
    who = _who("France Telecom SA said its network was hit. France Telecom said the cable was repaired. "
               "Cables were damaged, according to the U.K.'s Interoute Plc, which operates a network. "
               "The school was hit, according to UN Relief and Works Agency spokesman Christopher Gunness.")
    assert who["France Telecom SA"] == "organisation" and who["France Telecom"] == "organisation"
    assert who["the U.K.'s Interoute Plc"] == "organisation"
    assert who["UN Relief and Works Agency spokesman Christopher Gunness"] == "person"
    who = _who("Le ministre de la Santé et des Solidarités a dit non. Selon le ministère de l'Europe et des Affaires "
               "étrangères, rien n'a changé. La France et l'Allemagne ont dit non.")
    assert who["Le ministre de la Santé et des Solidarités"] == "person"
    assert who["le ministère de l'Europe et des Affaires étrangères"] == "organisation"
    assert who["La France"] == who["l'Allemagne"] == "organisation"


def test_english_speakers_around_asides_party_tags_relative_clauses_and_passives():
    who = _who('"It will be an anchor again," Jonathan Wright, Interoute\'s director of wholesale products, said. '
               "Rep. Nick Rahall, D-W.Va., said members may try to eliminate the rules. "
               "Interior Secretary Dirk Kempthorne spoke. Kempthorne, at a news conference in Washington, said he "
               "knew. The raid left one militant dead, medics said. Although Israel said its fire landed outside, "
               "nobody agreed. They were told by police to stay inside. Winston Blackmore was arrested. Officials at "
               "the Mormon Hills School in Bountiful, where Blackmore is the superintendent, said he was away. "
               '"It must be about his beliefs," Blackmore wrote in an email to The Canadian Press last June. '
               "Offices were shut down, with staff either told to stay indoors.")
    assert who["Jonathan Wright, Interoute's director of wholesale products"] == "person"
    assert who["Rep. Nick Rahall"] == "person" and who["Kempthorne"] == "person"
    assert who["medics"] == "anonymous" and who["Israel"] == "organisation" and who["police"] == "organisation"
    assert who["Officials at the Mormon Hills School in Bountiful"] == "anonymous"
    assert who["The Canadian Press"] == "outlet" and who["an email"] == "document"
    assert not [w for w in who if "staff" in w]


def test_whom_a_page_told_a_noun_after_its_possessor_and_a_headline_s_note_are_no_speakers():
    who = _who('A popular Facebook page, called "Support Officer Wilson," told followers this weekend that lawyers were '
               "working on it. It is unusual to find the particulars spelled out as they were in the embassy's report. "
               "Prime Minister Jane Doe's insistence that the plan works surprised many.")
    assert "followers" not in who and not [w for w in who if "embassy" in w]
    assert who["Prime Minister Jane Doe's"] == "person"
    assert _who("Delta State University shooter left note of apology\nAfter shooting his girlfriend, the man "
                "killed a professor.") == {}


def test_french_turns_from_a_fresh_batch_a_title_closing_the_sentence_a_date_before_the_medium_and_a_medium_s_words():
    who = _who("Des milliers de vaccinateurs seront formés, a détaillé le dirigeant conservateur. "
               "Le ministre Jean Dupont assure, dimanche 12 décembre au JDD, qu'il sera candidat. "
               "Il a déclaré sur SkyNews que le plan était mauvais. "
               "Selon les révélations de CBC, la mère et le frère du premier ministre, Margaret et Alexandre Trudeau, "
               "auraient reçu 282 000 dollars. "
               "Les oppositions faisaient pression pour que le premier ministre réponde de ses actes.")
    assert who["le dirigeant conservateur"] == "person" and who["JDD"] == "outlet" and who["SkyNews"] == "outlet"
    assert who["CBC"] == "outlet" and not [w for w in who if "la mère" in w]
    assert "le premier ministre" not in who


def test_french_turns_from_a_second_fresh_batch():
    who = _who("« Nous sommes sous perfusion », a déclaré Michaël Fox, du GNI. Il a répondu à Fox sur ce point. "
               "Selon une enquête financée par l'Union européenne, la construction menace la ville. "
               "Le groupe sera aidé, déclare le ministre délégué aux Transports Jean-Baptiste Djebbari dans une "
               "interview au Figaro. Celui-ci a toujours clamé son innocence. "
               "Le développement de Phnom Penh risque d'entraîner une catastrophe, ont mis en garde lundi des "
               "organisations cambodgiennes. La capitale est déjà très vulnérable, note enfin le rapport.")
    assert who["Michaël Fox, du GNI"] == "person" and who["Fox"] == "outlet"
    assert who["une enquête financée par l'Union européenne"] == "document"
    assert who["le ministre délégué aux Transports Jean-Baptiste Djebbari"] == "person" and "Le groupe" not in who
    assert who["Celui-ci"] == "person" and who["des organisations cambodgiennes"] == "anonymous"
    assert who["le rapport"] == "document"


def test_english_turns_from_a_second_fresh_batch():
    who = _who("Philadelphia Homicide Capt. James Clark said she opened fire. "
               "The Sunnyvale, Calif., company said it will pay $334 million. "
               "But Rory Read, a former Lenovo Group Ltd. executive who became AMD chief executive in August, has "
               "stressed the need for new tactics. SeaMicro passed up Intel's offering, a chip called Xeon. "
               "It packaged it for use in data centers. "
               "According to researchers at software security firm Trend Micro, attacks rose. "
               "Human Rights Watch said in an assessment last month that progress was slow. "
               "German Chancellor Angela Merkel and Austria called Tuesday for a special summit.")
    assert who["Philadelphia Homicide Capt. James Clark"] == "person"
    assert who["The Sunnyvale, Calif., company"] == "organisation"
    assert not {"the need", "a chip", "data centers"} & set(who)
    assert who["researchers at software security firm Trend Micro"] == "anonymous"
    assert who["an assessment"] == "document" and who["German Chancellor Angela Merkel"] == "person"


def test_the_review_s_counter_examples_keep_their_speakers():
    """Sentences a review of these rules found them too broad on: each keeps the speaker it had before them."""
    who = _who("Economists warn of a recession next year. Britain's prime minister, Theresa May, said talks would "
               "continue. After the match against Juventus, Del Piero said he was happy. Its biggest customer, China, "
               "said it would cut imports. The Pentagon and the Justice Department said the plan was legal. "
               "Washington AG Bob Ferguson said the state would sue. Public officials said the budget would be cut. "
               "The plan was described as misguided by several experts. The veteran striker Jordan said he would "
               "retire. England goalkeeper Jordan Pickford said the team was ready.")
    assert who["Economists"] == "anonymous" and who["Britain's prime minister, Theresa May"] == "person"
    assert who["Del Piero"] == "person" and who["Its biggest customer, China"] == "organisation"
    assert who["The Pentagon"] == who["the Justice Department"] == "organisation"
    assert who["Washington AG Bob Ferguson"] == "person" and who["Public officials"] == "anonymous"
    assert who["several experts"] == "anonymous" and who["England goalkeeper Jordan Pickford"] == "person"
    assert "Jordan" not in who
    who = _who("« Nous allons continuer », a déclaré le ministre à La Dépêche. « Nous continuerons », a expliqué "
               "l'organisateur du festival de cette année. La hausse a été jugée trop élevée par les syndicats. "
               "L'entreprise a lancé un produit attendu et annoncé depuis des mois.")
    assert who["le ministre"] == "person" and who["l'organisateur du festival de cette année"] == "person"
    assert who["les syndicats"] == "organisation" and "L'entreprise" not in who


def test_an_inverted_pronoun_that_agrees_with_the_subject_gives_the_subject_s_name():
    who = _who("La société allemande de paiements en ligne Wirecard, plongée dans un scandale financier, dépose le "
               "bilan, a-t-elle annoncé jeudi.")
    assert who == {"La société allemande de paiements en ligne Wirecard": "organisation"}
    assert _who("La France doit agir, a-t-il dit. « Non », a-t-il ajouté.") == {"il": "person"}


def test_news_agencies_quoting_and_quoted_by_and_deputies():
    who = _who("State news agency IRNA quoted the head of Qeshm's free-trade zone, Ali Rezapour, as saying the quake "
               "caused damage. Airport chief Ali Naghavi was quoted by IRNA as saying that operations had resumed. "
               '"A tsunami is not expected," he told the student news agency ISNA. Deputies said that Orozco is armed. '
               "Undersheriff Larry Waldie spoke. Waldie said the suspect fled.")
    assert who["the head of Qeshm's free-trade zone, Ali Rezapour"] == "person"
    assert who["Airport chief Ali Naghavi"] == "person" and who["IRNA"] == "outlet"
    assert who["the student news agency ISNA"] == "outlet" and who["Deputies"] == "anonymous"
    assert who["Waldie"] == "person"


def test_french_words_of_saying_in_other_senses_from_an_rpm2_batch():
    who = _who("Dans ses auditions dont fait aussi état Le Monde, il assure qu'on ne lui avait fixé aucune limite. "
               "Enfin, les députés veulent favoriser les échanges entre juges et médecins. "
               "L'équipe devra motiver sa décision dans une note figurant au dossier médical. "
               "La police lance un appel à témoins. La France, qui assure la présidence de l'UE, a reçu le dalaï lama. "
               "« Tout s'est bien passé », a assuré la présidence. La mairie assure de son côté avoir débloqué les fonds.")
    assert who["Le Monde"] == "outlet" and who["la présidence"] == "organisation" and who["La mairie"] == "organisation"
    assert not [w for w in who if "députés" in w or "note" in w or w in ("La police", "La France")]


def test_the_second_review_s_counter_examples_keep_their_speakers():
    who = _who("Le préfet s'est exprimé dimanche soir. Le gouvernement, affaibli par la crise, doit démissionner, "
               "a-t-il estimé.")
    assert who == {"Le préfet": "person", "il": "person"}
    who = _who("Le ministre a assuré la semaine dernière que la réforme serait maintenue. C'est ce qu'assure la "
               "direction de l'entreprise. « Vous mentez », lance le président aux témoins. « La France doit agir », "
               "a-t-il déclaré dans un communiqué.")
    assert who["Le ministre"] == "person" and who["la direction de l'entreprise"] == "organisation"
    assert who["le président"] == "person" and who["un communiqué"] == "document"
    who = _who("The company said it will cut 500 jobs in a statement on Monday. The prime minister quoted Churchill, "
               "saying the country would never surrender. Sana Mir, the former Pakistan captain, said the team was "
               "ready. She told lawmakers news reports of the deal were inaccurate.")
    assert who["a statement"] == "document" and "Churchill" not in who
    assert who["Sana Mir, the former Pakistan captain"] == "person" and not [w for w in who if "news" in w]


def test_a_surname_that_is_also_a_modal_or_a_month_and_a_date_opening_the_sentence():
    who = _who("Theresa May said the talks had failed. The deal is dead, said Theresa May. "
               "Last June, Oppal appointed a special prosecutor, saying renewed public concerns compelled him to act. "
               "U.S. law enforcement and security officials said the lists were being checked. Another group of "
               "migrants blocked the highway, saying they were refusing food.")
    assert who == {"Theresa May": "person", "Oppal": "person", "U.S. law enforcement and security officials": "anonymous",
                   "Another group of migrants": "anonymous"}
    who = _who("Across Europe, leaders said the deal was dead. Former US officials said it was over. Police Tuesday "
               "said the suspect fled. Palm Wednesday announced plans to buy Handspring.")
    assert who == {"leaders": "anonymous", "Former US officials": "anonymous", "Police": "organisation",
                   "Palm": "organisation"}


def test_the_police_speak_as_an_institution_and_the_authorities_stay_unnamed():
    # every annotated report so far (16 spans in three blind batches) reads bare "police" as the institution
    assert _who("Police said the driver fled. Authorities said the road was closed.") == {
        "Police": "organisation", "Authorities": "anonymous"}
    assert _who("Selon la police, il était ivre. Les autorités affirment que la route est fermée.") == {
        "la police": "organisation", "Les autorités": "anonymous"}


def test_a_common_word_opening_a_sentence_is_no_name_but_a_name_made_of_common_words_stays_one():
    # the stop-words package's English list holds "microsoft", "bill", "wells", "former", "new", "added"
    assert _who("Microsoft said on Tuesday it would cut 10,000 jobs.") == {"Microsoft": "organisation"}
    assert set(_who("Bill Gates said the talks had failed. Wells Fargo said the loans were safe.")) == {
        "Bill Gates", "Wells Fargo"}
    assert _who("New Jersey officials said no. World Bank officials said yes. Former US officials said it was over."
                ) == {"New Jersey officials": "anonymous", "World Bank officials": "anonymous",
                      "Former US officials": "anonymous"}
    assert _who('Added Mr. Prodi: "Maybe the deal is dead."') == {"Mr. Prodi": "person"}


def test_the_author_speaking_in_the_first_person_rests_on_no_source():
    who = _who("As her biographer, I can tell you she loved the stage. In 1990 I wrote a long profile for a weekly. "
               "J'ai écrit hier que le projet était mort.")
    assert who == {}


def test_a_relative_clause_speaks_for_the_noun_before_it_not_for_the_verb_phrase():
    who = _who("I was about to interview a man who claimed he had seen the crash. "
               "We still listen to a doctor who said the virus was mild.")
    assert who == {"a man": "anonymous", "a doctor": "anonymous"}


def test_a_headline_label_is_no_verb_and_a_rubric_does_not_hide_the_speaker():
    who = _who("Report: Yankees offer Sabathia $140 million\n\nTennis - Federer : « Je reviendrai l'an prochain »\n\n"
               "Roger Federer a parlé jeudi.")
    assert "Yankees offer Sabathia $140 million" not in who
    assert who["Federer"] == "person"


def test_french_participles_the_lemmatiser_misses_and_an_opening_participle_clause():
    who = _who("S'adressant aux évêques, le cardinal Dupont avait formulé un appel au calme. "
               "« Les prix vont monter », pronostique l'Institut national des statistiques. "
               "Si Paul Martin ne vient pas, en revanche, Lance Durand, lui, sera présent.")
    assert who == {"le cardinal Dupont": "person", "l'Institut national des statistiques": "organisation"}


def test_never_and_can_belong_to_the_verb_group():
    who = _who("The minister never expressed regret for the remark. Officials can confirm that two people died.")
    assert who == {"The minister": "person", "Officials": "anonymous"}


def test_a_speaker_nested_after_another_statement_and_speakers_joined_by_and():
    who = _who("The lawyer said investigators believe the fire was set on purpose. "
               "The suspect fled, according to witnesses and police. "
               "\"We are thrilled,\" said Craig Zadan and Neil Meron. The plan was seen by The Globe and Mail.")
    assert who["The lawyer"] == "anonymous" and who["investigators"] == "anonymous"
    assert who["witnesses"] == "anonymous" and who["police"] == "organisation"
    assert who["Craig Zadan"] == who["Neil Meron"] == "person"
    assert "Mail" not in who


def test_no_statement_in_an_accusation_undergone_an_emergency_answered_or_a_loss_posted():
    who = _who("Kenneth Dorsey says the woman accused of killing two co-workers is a good person. "
               "A navy spokesman said the sailors responded to a distress call. "
               "La banque a accusé une perte de 2 milliards.")
    assert who == {"Kenneth Dorsey": "person", "A navy spokesman": "anonymous"}


def test_those_who_were_told_are_no_speakers():
    """A headline's "Families told after two die", "Villagers told to stay indoors": they were told; who tells names
    whom ("told reporters", "told of his ordeal"), or tells after a quote or as a pronoun (as the review found:
    '"We are safe," the mayor told as residents returned')."""
    who = _who("Families told after two die in chemical works explosion\n\n"
               "Villagers told to stay indoors as smoke spreads\n\n"
               "The survivor told of his ordeal in hospital. "
               "A spokesman told reporters the plant would stay closed. "
               "\"We are safe,\" the mayor told as residents returned. As she told when asked, the plan is dead.")
    assert who == {"The survivor": "anonymous", "A spokesman": "anonymous", "the mayor": "person", "she": "person"}


def test_a_word_of_saying_after_a_plural_possessive_is_a_noun():
    """From a helper's verdict reports: "had ignored two engineers' reports warning that …" read "ignored two
    engineers" as an anonymous source saying it; "engineers' reports" are documents ignored, no speaker."""
    who = _who("The court heard that Whitfield had ignored two engineers' reports warning that the supports were "
               "corroded. The victims' families said the sentence was too short.")
    assert who == {"The victims' families": "anonymous"}


def test_a_shipowner_is_a_company_and_a_picket_line_a_crowd():
    """From a helper's port-strike reports: a shipowner ("The shipowner Nordvik", "L'armateur CMA CGM") is a company;
    "lines" is no company's noun ("Workers on the picket lines" are people left unnamed)."""
    assert _who("The shipowner Nordvik said it had diverted three vessels to Genoa. Workers on the picket lines said "
                "the port would stay closed.") == {"The shipowner Nordvik": "organisation",
                                                   "Workers on the picket lines": "anonymous"}
    assert _who("L'armateur CMA CGM a indiqué qu'il détournait ses navires.") == {"L'armateur CMA CGM": "organisation"}


def test_a_task_taken_on_is_no_statement():
    """From a helper's reports: "Sophie Marchand … assure l'intérim" read her as the source of the sentence; one who
    "assure" a task (l'intérim, la sécurité) says nothing, one who "assure que", "assure n'avoir" or "assure à la
    presse" does."""
    who = _who("La ministre de la Transition écologique, Sophie Marchand, assure l'intérim. "
               "Le groupe assure la sécurité du site. Le maire assure que tout va bien. "
               "Le ministre assure n'avoir « jamais favorisé » la société. Le préfet assure l'avoir prévenu lundi.")
    assert who == {"Le maire": "person", "Le ministre": "person", "Le préfet": "person"}


def test_a_writer_and_the_journal_they_wrote_in_and_an_age_before_a_name():
    who = _who("Two doctors writing in The Lancet said the drug was safe. "
               "In the village, 25-year-old Guzel said she had come to vote.")
    assert who == {"Two doctors": "anonymous", "The Lancet": "outlet", "Guzel": "person"}


def test_french_media_named_after_the_verb_and_a_quote_as_the_words_of_a_proposal():
    who = _who("« La situation est grave », a-t-il dit sur France Info. "
               "La filiale a perdu un milliard sur l'année, poursuit le quotidien. "
               "Le parti propose « la création d'un pôle public bancaire ».")
    assert who["France Info"] == "outlet" and who["le quotidien"] == "outlet"
    assert who["Le parti"] == "organisation"


def test_a_moment_opening_the_sentence_without_a_comma_is_not_the_speaker():
    who = _who("After the fight Emanuel Steward told reporters he was happy. "
               "In between rounds trainer Freddie Roach told Pacquiao to keep moving. "
               "Leaders met after MPs criticised the plan.")
    assert who == {"Emanuel Steward": "person", "trainer Freddie Roach": "person", "MPs": "anonymous"}


def test_a_reviewer_s_counter_examples_to_the_nested_and_joined_speakers():
    """From a review of this change: what the new readings must not break."""
    doc = prepare(Source("report", "Title.\n\nA spokeswoman for the organisers said the march would go ahead. "
                                   "She added that it would be peaceful.\n"))
    found = document_attributions(doc, document_features(doc), 0)
    assert found[-1].refers_to == "A spokeswoman for the organisers"  # "organisers" is not the head
    who = _who("Shares fell after Federal Reserve chairman Ben Bernanke said rates would stay low. "
               "The company announced a deal analysts said was worth $2 billion. "
               "The White House responded to the incident by saying it would review security. "
               "Le gouvernement accuse la hausse du prix du pétrole d'alimenter l'inflation. "
               "The deal was approved, said Marks and Spencer.")
    assert who["Federal Reserve chairman Ben Bernanke"] == "person" and who["analysts"] == "anonymous"
    assert "The White House" in who and "Le gouvernement" in who
    assert "Spencer" not in who and "a deal analysts" not in who


def test_an_english_office_named_by_its_body_first_is_held_by_one_person():
    who = _who("The police chief said the road was closed. The party leader said the vote was a disaster. "
               "A police spokesman said two men were arrested. The company said profits rose.")
    assert who == {"The police chief": "person", "The party leader": "person", "A police spokesman": "anonymous",
                   "The company": "organisation"}
    assert _who("The market leader said sales had risen.") != {"The market leader": "person"}  # a company


def test_the_words_after_a_colon_are_the_statement_not_an_inverted_speaker():
    """A quote of several sentences is open where its first sentence ends: its words still follow the colon."""
    who = _who('Titre.\n\nLundi, le champion, qui a annoncé en septembre qu\'il revenait, avait aussi écrit: '
               '"Devinez quoi?!? Contrôle antidopage numéro 10. Incroyable..."\n\nIl reprendra en janvier.')
    assert "Devinez quoi" not in who
    who = _who('Title.\n\nAnthony Livanios, a political analyst and pollster, said: "People will not buy it and there '
               'is a possibility that it will make things worse. It will be met with cynicism.\n\nThe vote is due.')
    assert who == {"Anthony Livanios, a political analyst and pollster": "person"}


def test_protesters_chanting_or_shouting_a_quote_are_its_speakers():
    who = _who('Demonstrators chanted "Thieves, thieves!" outside parliament. '
               'Groups of young people roamed the streets, shouting: "This night is for Alexi!" '
               'The crowd shouted at police for hours.')
    assert who == {"Demonstrators": "anonymous", "Groups of young people": "anonymous"}


def test_prosecutors_are_the_prosecution_and_sans_doute_states_nothing():
    who = _who("He is to be sentenced in November. Prosecutors said he shot her twice. "
               "The prosecutor's office said it would appeal.")
    # the prosecution speaking, as "the prosecutor's office" does: no source granted anonymity (the review of
    # session 52: "according to prosecutors" had read "Anonymous sources only" beside "selon l'accusation")
    assert who == {"Prosecutors": "organisation", "The prosecutor's office": "organisation"}
    assert _who("Les Jeux auront sans aucun doute rapproché les deux pays. Il ne fait aucun doute que le pari est gagné.") \
        == {}


def test_a_speaker_s_title_department_and_employer_closing_the_sentence_are_one_description():
    who = _who('"The phone is great," said Mark Guibert, vice president, corporate marketing, Research In Motion. '
               '"It works," said Paul Smith, an analyst, in a note to clients.')
    assert who["Mark Guibert, vice president, corporate marketing, Research In Motion"] == "person"
    assert who["Paul Smith, an analyst"] == "person" and who["a note"] == "document"
    assert "John Smith, the coach" in _who('"It was close," said John Smith, the coach, smiling, relaxed.')


def test_a_nationality_before_a_lower_case_noun_is_no_name():
    """Found in English reports annotated blind: "the Indian navy" read as a person named Indian, "a German
    military spokesman" as a named one. A company's name before a title, or a name closing the phrase, stays."""
    who = _who("The Indian navy said it had captured 23 pirates. A German military spokesman said the liner was "
               "safe. An Israeli army spokesman declined to comment. Apple senior vice president Phil Schiller said "
               "the battery would last eight hours.")
    assert who["The Indian navy"] == "organisation"
    assert who["A German military spokesman"] == "anonymous" and who["An Israeli army spokesman"] == "anonymous"
    assert who["Apple senior vice president Phil Schiller"] == "person"


def test_an_office_in_capitals_is_its_holder_and_an_academy_is_a_body():
    who = _who("The DA said the driver had been drinking. The Academy of Motion Picture Arts and Sciences said the "
               "host would be named soon. Academy Award producers Craig Zadan and Neil Meron said they were thrilled.")
    assert who["The DA"] == "person"
    assert who["The Academy of Motion Picture Arts and Sciences"] == "organisation"
    assert who["Academy Award producers Craig Zadan"] == "person" and who["Neil Meron"] == "person"


def test_the_charges_are_a_document_cops_and_a_ship_s_owner_people():
    who = _who("His blood-alcohol level was 0.41 percent, according to the charges. The driver sped off, according to "
               "cops. The ship's owner said the vessel was a Thai trawler.")
    assert who["the charges"] == "document" and who["cops"] == "anonymous"
    assert who["The ship's owner"] in ("person", "anonymous")


def test_a_description_without_article_after_said_is_all_the_speaker():
    """Found in English wire reports annotated blind: "said disaster agency official Fauzi" gave nothing,
    "said national disaster agency spokesman Nugroho" only "spokesman Nugroho"."""
    who = _who("One man was killed in a landslide, said disaster agency official Fauzi. People rushed out of their "
               "homes, said national disaster agency spokesman Nugroho. The car hit her, said witness Angela Benson, "
               "who had just left the store.")
    assert who == {"disaster agency official Fauzi": "person", "national disaster agency spokesman Nugroho": "person",
                   "witness Angela Benson": "person"}


def test_ranks_written_short_do_not_end_the_speaker_s_name():
    who = _who("Thousands took refuge, said Military Commander Col. Inf. Irham Waroiham. The police spokesman Snr. "
               "Comr. Agus Rianto told The Jakarta Post the quakes had damaged 18 houses.")
    assert who["Military Commander Col. Inf. Irham Waroiham"] == "person"
    assert who["The police spokesman Snr. Comr. Agus Rianto"] == "person" and who["The Jakarta Post"] == "outlet"


def test_the_speaker_after_said_wins_over_a_clause_before_it_but_not_over_a_subject_with_its_relative_clause():
    who = _who("In the village a landslide engulfed a plantation, killing one man, said the official who uses one "
               "name. The Academy, which hands out the world's top film honors, said Jackman, 40, will host the show.")
    assert who == {"the official": "anonymous", "The Academy": "organisation"}


def test_the_object_of_said_and_its_relative_clause_is_no_inverted_speaker():
    """Found in review: after "Subject, aside, said" the phrase after "said" is what was said when a verb follows
    its relative clause, and other verbs than "said" take objects there."""
    who = _who("John Smith, a spokesman for the company, said the man who was fired had sued. Officials, speaking on "
               "condition of anonymity, said the man who attacked the guards was known to police. The mayor, on "
               "Monday, blamed the governor.")
    assert who == {"John Smith, a spokesman for the company": "person", "Officials": "anonymous",
                   "The mayor": "person"}


def test_a_nationality_before_a_noun_the_lists_lack_still_names_the_speaker():
    who = _who("The Syrian opposition said the talks had failed. The Iranian regime said the protests were over. "
               "The Republican nominee said he would win. The detective who filed the charges said the man fled. "
               "The producers said the show would go on. Two sailors said the ship had been attacked.")
    assert who["The Syrian opposition"] == "organisation" and who["The Iranian regime"] == "organisation"
    assert who["The Republican nominee"] in ("person", "anonymous")
    assert who["The detective who filed the charges"] == "anonymous"
    assert who["The producers"] == "anonymous" and who["Two sailors"] == "anonymous"


def test_a_prison_s_name_after_a_stop_ends_the_sentence():
    doc = prepare(Source("report", "The sailor spent 30 days in the brig. His lawyer said he would appeal.\n"))
    assert len(doc.sentences) == 2


def test_an_unnamed_spokesperson_is_anonymous_and_the_navy_chief_its_head():
    who = _who("The Navy spokesperson said the ship was safe. The police spokeswoman said the road was closed. "
               '"We acted in self-defence," said the Navy chief. Navy spokesperson Nirad Sinha said the crew was safe.')
    assert who["The Navy spokesperson"] == "anonymous" and who["The police spokeswoman"] == "anonymous"
    assert who["the Navy chief"] == "person" and who["Navy spokesperson Nirad Sinha"] == "person"


def test_no_speaker_from_a_phrase_a_verb_goes_on_after_nor_from_an_estimated_figure():
    who = _who('Actor Leonardo DiCaprio, who earned a nomination for his work in "Revolutionary Road," said strike '
               "concerns are hitting everyone. Broadcaster NBC lost an estimated $10 million in advertising revenue. "
               '"We have received around 50 people," said doctor Ema Suryani to AFP.')
    assert "strike concerns" not in who and not any("NBC" in w for w in who)
    assert who["doctor Ema Suryani"] == "person" and who["AFP"] == "outlet"


def test_a_body_s_spokesperson_is_unnamed_and_a_described_body_is_a_body():
    who = _who("A Sam's Club spokesperson said the store would reopen on Monday. "
               "World Vision Indonesia, a relief agency, said the roads to the coast were cut. "
               "The pirates fled, said Commodore Nirad Sinha, a navy spokesman. ADA Fairman said the case was strong.")
    assert who["A Sam's Club spokesperson"] == "anonymous"
    assert who["World Vision Indonesia, a relief agency"] == "organisation"
    assert who["Commodore Nirad Sinha, a navy spokesman"] == "person" and who["ADA Fairman"] == "person"


def test_a_name_described_before_a_who_clause_is_the_speaker():
    who = _who("Ryan Boyette, a former aid worker who lives in Sudan, said he talked to five aid workers in the camp.")
    assert who == {"Ryan Boyette, a former aid worker": "person"}
    who = _who("Marie Dupont, une voisine qui habite au rez-de-chaussée de l'immeuble, a raconté que le feu avait pris "
               "très vite dans la cage d'escalier.")
    assert who == {"Marie Dupont, une voisine": "person"}


def test_a_name_with_an_age_and_a_description_before_a_who_clause_is_the_speaker():
    who = _who("Marco Ferri, 61, a retired engineer who was sitting in the first carriage, said the train shook "
               "violently before it left the track.")
    assert who == {"Marco Ferri, 61, a retired engineer": "person"}
    who = _who("Lucie Martin, 45 ans, une infirmière qui rentrait du travail, a raconté avoir entendu un grand bruit.")
    assert who == {"Lucie Martin, 45 ans, une infirmière": "person"}


def test_french_turns_an_age_an_agency_taken_up_and_a_resumed_quote():
    who = _who("L'agence de presse Chine Nouvelle (Xinhua) avait estimé que la rencontre était imprudente. "
               "Chine Nouvelle a critiqué la décision du président. "
               "« Il n’a jamais vraiment habité ici », assure Maria, la trentaine, à deux pas du bosquet. "
               "« La nounou, c’était une femme tranquille », reprend cette habitante du quartier. "
               "Il a repris le travail lundi.")
    assert who["Chine Nouvelle"] == "outlet"
    assert who["Maria, la trentaine"] == "person" and who["cette habitante du quartier"] == "anonymous"
    assert len([w for w in who if w.lower() == "il"]) == 0


def test_the_defense_speaks_silence_from_a_body_is_a_refusal_and_who_asks_is_no_source():
    who = _who("The defense would not comment on strategy plans for the trial. The prosecution said the evidence was "
               "strong. There was no immediate comment from the Sudanese government on Thursday. When asked by the "
               "prosecution to recall what he was told, Timmons responded that he did not remember.")
    # a trial's parties are named by their role, as the court is: no unnamed source ("Anonymous sources only" had
    # flagged a claim every outlet gave "according to the prosecution", from a helper's court reports)
    assert who["The defense"] == "organisation" and who["The prosecution"] == "organisation"
    assert who["the Sudanese government"] == "organisation" and who["Timmons"] == "person"
    assert "prosecution" not in who


def test_people_named_together_each_speak_and_a_noun_in_ly_is_no_adverb():
    who = _who("Raj Chohan, 59, was mowed down by a drunken hit-and-run driver, cops and family said. "
               '"He also has style," Mark and Condon said in a joint statement. '
               "His family declined a request for an interview. The president calmly told reporters he would stay. "
               "What the Red Sox truly fear is that the Yankees can outbid them.")
    assert who["cops"] == "anonymous" and who["family"] == "anonymous"
    assert who["Mark"] == "person" and "Condon" in who
    assert who["His family"] == "anonymous" and who["The president"] == "person"
    assert not any("truly" in w for w in who)


def test_an_english_headline_closing_on_its_source_after_a_colon():
    doc = prepare(Source("report", "6.1-magnitude quake strikes Indonesia's Aceh: USGS\n\nThe quake struck at dawn.\n\n"
                                   "Fox could stymie the plans by exercising the option for X-Men: First Class.\n"))
    who = {doc.text[a.start:a.end]: a.kind for a in document_attributions(doc, document_features(doc), 0)}
    assert who == {"USGS": "organisation"}


def test_ranks_and_titles_name_a_person_whatever_body_comes_first_and_someone_s_aide_is_unnamed():
    who = _who("The driver was drunk, said Bloomington Police Sgt. Marty Earley. The crash was awful, said WCCO TV "
               "Managing Editor Angela Benson. The ships were safe, said the commander of the U.S. Navy's 5th Fleet. "
               "A representative for Mr. Jackman said he was thrilled. An Eastern Conference executive said Brown was "
               "the favourite. The quake measured 7.6, according to the US Geological Survey. Ratings fell, according "
               "to figures from the Pew Research Center. The manager of the store said it was closed. The letter from "
               "President Barack Obama said the aid was urgent. The Labour Force Survey showed unemployment fell.")
    assert who["Bloomington Police Sgt. Marty Earley"] == "person"
    assert who["WCCO TV Managing Editor Angela Benson"] == "person"
    assert who["the commander of the U.S. Navy's 5th Fleet"] == "person"
    assert who["A representative for Mr. Jackman"] == "anonymous" and who["An Eastern Conference executive"] == "anonymous"
    assert who["the US Geological Survey"] == "organisation" and who["The Labour Force Survey"] == "document"
    assert who["figures from the Pew Research Center"] == "document"
    assert who["The letter from President Barack Obama"] == "document"
    assert who["The manager of the store"] == "anonymous"


def test_a_company_s_suffix_and_an_inspector():
    who = _who("A suspected Mafia leader has hanged himself in prison, Italian police say. "
               "T-Mobile USA, Inc. and Research In Motion today announced that T-Mobile will offer the phone. "
               "Police Inspector Dave Gaskin said the climbers died in a fall.")
    assert who["Italian police"] == "organisation"
    assert who["T-Mobile USA, Inc"] == "organisation" and who["Research In Motion"] == "organisation"
    assert who["Police Inspector Dave Gaskin"] == "person"


def test_a_surname_s_particle_is_part_of_the_name_after_the_verb():
    who = _who("The attacks were planned long before, said bin Laden. The paper quoted the Italian daily La Gazzetta "
               "dello Sport. The sea level will rise, said van Sebille.")
    assert who["bin Laden"] == "person" and who["van Sebille"] == "person"


def test_a_count_added_and_bare_news_name_no_source_and_a_joined_title_stays_in_the_description():
    who = _who("Seth VanDeest led Drake with 13 points, while Richard Carter added 12 for the Bulldogs. "
               "Officials tell news that the quake began two miles below ground. "
               '"He was the kind of killer the death penalty was made for," said Dist. Atty. Steve Cooley. '
               '"The cloud has changed the market," said Lisa Su, Senior Vice President and General Manager, Global '
               "Business Units.")
    assert "Richard Carter" not in who and "news" not in who and who["Officials"] == "anonymous"
    assert who["Dist. Atty. Steve Cooley"] == "person"
    assert who["Lisa Su, Senior Vice President and General Manager, Global Business Units"] == "person"


def test_french_from_the_same_source_names_the_source_not_on():
    who = _who("Il lui est reproché une aide au séjour irrégulier de la nourrice, a-t-on précisé de même source.")
    assert "on" not in who and any(w.endswith("source") for w in who)


def test_the_subject_before_an_including_aside_speaks():
    who = _who("Relatives, including a brother who was a Roman Catholic priest, insisted Gigante suffered from "
               "paranoid schizophrenia. The quakes forced thousands of people to take refuge, including in military "
               "fields in the city, said Manokwari Military Commander Col. Inf. Irham Waroiham.")
    assert who["Relatives"] == "anonymous" and not any("Gigante" in w for w in who)
    assert who["Manokwari Military Commander Col. Inf. Irham Waroiham"] == "person"


def test_french_a_place_is_no_document_a_gerund_no_speaker_and_a_domain_agency_a_body():
    who = _who("Il ne sera pas transféré et attendra dans sa cellule la décision de la cour d'appel de Paris, a indiqué "
               "Christophe Reille, conseiller du trader. Quant aux faits, la « mère » se défend en évoquant une "
               "adoption validée par un magistrat. Selon l'agence américaine antidopage (USADA), les tests sont "
               "positifs. Ces déclarations sont citées dans les réquisitions écrites du parquet général.")
    assert who["Christophe Reille, conseiller du trader"] == "person"
    assert not any("cellule" in w or "évoquant" in w or "citées" in w for w in who)
    assert who["l'agence américaine antidopage (USADA)"] == "organisation"


def test_all_of_whom_speak_unnamed():
    who = _who("He talked to five aid workers in the Yida camp, all of whom said that four bombs were dropped.")
    assert who["all of whom"] == "anonymous"


def test_english_sentences_the_new_rules_leave_as_they_were():
    """Counter-examples a reviewer built against this session's rules: each reads as a reader reads it."""
    who = _who('"Profits will rise," said managing director Anne Lee. He added 30 bodies had been recovered. '
               "In court, lawyers and relatives said the man was innocent. The regulator has received no complaints "
               "or comment from customers, it said. A report from the Associated Press said the talks failed. "
               "The deal will close as soon as Monday, people familiar with the matter say. "
               "The executive committee said the plan was approved.")
    assert who["director Anne Lee"] == "person" and who["He"] == "person"
    assert who["lawyers"] == who["relatives"] == "anonymous" and "In court" not in who
    assert "it" in who and "customers" not in who
    assert who["A report from the Associated Press"] == "outlet"
    assert who["people familiar with the matter"] == "anonymous"
    assert who["The executive committee"] == "organisation"
    doc = prepare(Source("report", "Lindsay Lohan's new lawyer: Mark Heller\n\nThe hearing is on Monday.\n"))
    assert not document_attributions(doc, document_features(doc), 0)


def test_french_sentences_the_new_rules_leave_as_they_were():
    who = _who("Lors de sa conférence de presse Emmanuel Macron a défendu la réforme. Emmanuel Macron a ajouté que la loi "
               "passerait. Deux soldats ont été tués, a rapporté l'agence officielle syrienne Sana. La présentatrice a "
               "dit adieu à France Télévisions après vingt ans. La Défense a confirmé la mort de deux soldats.")
    assert who["Emmanuel Macron"] == "person" and who["l'agence officielle syrienne Sana"] == "outlet"
    assert "France Télévisions" not in who and who["La Défense"] == "organisation"


def test_english_sentences_a_second_review_built_against_the_fixes():
    who = _who("Students who want to study abroad say the fees are too high. Samsung, ON Semiconductor and Intel said "
               "they would invest. There was no immediate comment from the Ministry of Defence. The Dow added 120 "
               "points after the Fed said rates would stay low. Study author Dr. Jane Smith said the results were "
               "clear. Data from Bloomberg News showed prices fell. The Zoological Survey of India said the tiger "
               "count rose. Gen. Mark Milley said the troops were ready.")
    assert who["Students who want to study abroad"] == "anonymous"
    assert who["ON Semiconductor"] == who["Samsung"] == who["Intel"] == "organisation"
    assert who["the Ministry of Defence"] == "organisation" and "The Dow" not in who
    assert who["Study author Dr. Jane Smith"] == "person" and who["Data from Bloomberg News"] == "document"
    assert who["The Zoological Survey of India"] == "organisation" and who["Gen. Mark Milley"] == "person"
    doc = prepare(Source("report", "Inflation to ease next year: RBI\n\nPrices rose in May.\n"))
    assert [doc.text[a.start:a.end] for a in document_attributions(doc, document_features(doc), 0)] == ["RBI"]


def test_french_sentences_a_second_review_built_against_the_fixes():
    who = _who("Selon l'agence iranienne officielle Irna, le tir a réussi. L'UMP, En Marche et le PS ont dénoncé le "
               "texte. Le ministre s'est dit favorable sur RTL à une réforme. « Nous gagnerons », a déclaré, évoquant "
               "une victoire, le maire.")
    assert who["l'agence iranienne officielle Irna"] == "outlet"
    assert who["L'UMP"] == who["le PS"] == "organisation" and "En Marche" in who
    assert who["RTL"] == "outlet" and not any("évoquant" in w for w in who)
