"""Two reports of one story in two languages are not a translation and its original (reports written by helpers:
an English wire report of a train crash and a later French one with an updated toll; a flood in Italy)."""
from pathlib import Path

from desktop.engine.ingest import from_text, read_path
from desktop.engine.pipeline import compare

REPORTS = Path(__file__).resolve().parent / "reports"


def test_a_french_report_of_the_story_is_not_aligned_as_a_translation_of_the_english_one():
    """Found by a helper's test: read as a translation, the French toll update ("un homme de 71 ans … est décédé")
    was joined to the English lead, the time of the crash and the four seriously hurt as one run (each linked at
    0.98), and the 7:42 a.m. sentence took conflicts with "71"."""
    comp = compare([read_path(REPORTS / "train_crash_en.txt"), read_path(REPORTS / "train_crash_fr.txt")])
    en, fr = comp.documents

    def sentence(doc, words: str) -> int:
        return next(i for i in range(len(doc.sentences)) if words in doc.sentence_text(i))

    update, time_of_crash = sentence(fr, "71 ans"), sentence(en, "7:42 a.m. on the line")
    english_with = {}
    for g in comp.groups:
        for s, i in g.members:
            if s == 1:
                english_with[i] = {k for t, k in g.members if t == 0}
    assert len(english_with.get(update, set())) <= 1
    assert time_of_crash not in english_with.get(update, set())
    assert max(map(len, english_with.values())) <= 2  # no French sentence stands for a run of English ones


def test_an_age_contradicts_no_count_across_languages():
    """From a helper's test: "un homme de 71 ans … est décédé" against "Two people were killed" was a conflict of
    figures, 71 against Two; an age or a span of time is checked against another age or span only."""
    comp = compare([read_path(REPORTS / "train_crash_en.txt"), read_path(REPORTS / "train_crash_fr.txt")])
    fr = comp.documents[1]
    ages = [d for d in comp.details if d.source == 1 and fr.source.text[d.start:d.end] == "71"]
    assert ages and all(d.kind == "unique" for d in ages)  # still a detail only this report gives


def test_an_age_against_an_age_is_checked_however_it_is_written():
    """From the review: "aged 71" or "Paul Martin, 71," against "72 ans" had stopped being a conflict of figures."""
    for en, fr in (("A man aged 71 died in hospital on Tuesday evening, the regional health agency said.",
                    "Un homme de 72 ans est décédé mardi soir à l'hôpital, a annoncé l'agence régionale de santé."),
                   ("The victim, Paul Martin, 71, died in hospital on Tuesday evening, the agency said.",
                    "La victime, Paul Martin, 72 ans, est décédée mardi soir à l'hôpital, a annoncé l'agence.")):
        comp = compare([from_text(en), from_text(fr)])
        conflicts = {comp.documents[d.source].source.text[d.start:d.end] for d in comp.details if d.kind == "conflict"}
        assert {"71", "72"} <= conflicts


def test_who_was_killed_is_not_read_with_what_the_prefect_said_across_languages():
    """From a helper's test: "The driver … were killed, said Claire Dumont, the prefect" read with the next sentence
    ("'Our priority …,' Dumont told reporters") came closer to the French « Notre priorité … », a déclaré la préfète
    … Claire Dumont, for the names alone, and was linked to it at 0.97: across languages split halves are not read
    together. (Since session 52 the model of reports of one story in two languages scores the pair itself 0.76 —
    the French report says nothing of the two dead and the prefect's name is all the two share —, a wrong link left
    as found: its statements' cosine without the names, 0.21, weighs too little against the pair's standing.)"""
    comp = compare([read_path(REPORTS / "train_crash_en.txt"), read_path(REPORTS / "train_crash_fr.txt")])
    en, fr = comp.documents
    killed = next(i for i in range(len(en.sentences)) if "were killed, said Claire Dumont" in en.sentence_text(i))
    priority = next(i for i in range(len(fr.sentences)) if "Notre priorité" in fr.sentence_text(i))
    linked = {(ln.a, ln.b): ln.score for ln in comp.candidates}
    # its own score, not raised to its neighbour's (a merge gives the half it joins the anchor's score)
    assert linked[((0, killed), (1, priority))] < linked[((0, killed + 1), (1, priority))]


def test_a_figure_in_another_unit_contradicts_nothing_across_languages():
    """From a helper's test (a flood in two reports): "280 millimetres (11 inches) of rain" against "Près de 300
    millimètres de pluie" set the inches against the millimetres; the millimetres against each other stay a
    conflict."""
    comp = compare([read_path(REPORTS / "flood_en.txt"), read_path(REPORTS / "flood_fr.txt")])
    kinds = {comp.documents[d.source].source.text[d.start:d.end]: d.kind for d in comp.details if d.source == 0}
    assert kinds.get("11") != "conflict" and kinds.get("280 millimetres") == "conflict"  # the figure with its unit


def test_a_paraphrase_in_the_other_language_is_linked_in_a_story():
    """The same fact told otherwise in the other language ("About 180 passengers were on board the train, which had
    left Tours at 7:05 a.m." / « Le TER, qui avait quitté Tours à 7 h 05 avec environ 200 voyageurs à bord, a percuté
    … ») scored 0.04 by the haystack model across languages; the model fitted on reports of one story in two
    languages (session 52) links it, the figures said differently."""
    comp = compare([read_path(REPORTS / "train_crash_en.txt"), read_path(REPORTS / "train_crash_fr.txt")])
    en, fr = comp.documents
    aboard = next(i for i in range(len(en.sentences)) if "About 180 passengers" in en.sentence_text(i))
    left = next(i for i in range(len(fr.sentences)) if "avait quitté Tours" in fr.sentence_text(i))
    assert any((0, aboard) in g.members and (1, left) in g.members for g in comp.groups)
    said = {en.text[d.start:d.end] for d in comp.details if d.kind == "conflict" and d.source == 0}
    assert any("180" in s for s in said)


def test_hours_of_debate_are_no_count_of_abstentions_across_languages():
    """From a helper's reports of a pension vote: "115 hours of debate" was set against "38 abstentions" as a figure
    said differently (their phrases matched); a span of hours contradicts only another span of hours."""
    en = ("Pension reform passes by narrow margin\n\nKestria's parliament approved the government's pension overhaul "
          "on Tuesday by 289 votes to 252, a narrow win for Prime Minister Mirela Dostan that followed 115 hours of "
          "debate and more than 20,000 opposition amendments.")
    fr = ("La réforme des retraites adoptée de justesse\n\nL'Assemblée nationale kestrienne a adopté mardi 12 mars la "
          "réforme des retraites par 289 voix contre 252, et 38 abstentions, au terme de plusieurs semaines de grèves.")
    comp = compare([from_text(en, "EN"), from_text(fr, "FR")])
    kinds = {comp.documents[d.source].source.text[d.start:d.end]: d.kind for d in comp.details}
    assert kinds.get("115") == "unique" and kinds.get("38") == "unique"
    # from the review: two spans of time still dispute each other, in hours or in minutes
    en = ("Pension reform passes by narrow margin\n\nKestria's parliament approved the government's pension overhaul "
          "on Tuesday by 289 votes to 252, a narrow win for Prime Minister Mirela Dostan that followed 2 hours of debate.")
    fr = ("La réforme des retraites adoptée de justesse\n\nLe Parlement kestrien a approuvé mardi la réforme des retraites "
          "du gouvernement par 289 voix contre 252, une courte victoire pour la Première ministre Mirela Dostan après 90 "
          "minutes de débat.")
    comp = compare([from_text(en, "EN"), from_text(fr, "FR")])
    kinds = {comp.documents[d.source].source.text[d.start:d.end]: d.kind for d in comp.details}
    assert kinds.get("2") == "conflict" and kinds.get("90") == "conflict"


def _disputed(en: str, fr: str) -> dict[str, set[str]]:
    """{a conflict's text: its counterparts' texts} of an English and a French report compared."""
    comp = compare([from_text(en, "EN"), from_text(fr, "FR")])
    return {comp.documents[d.source].source.text[d.start:d.end]: {comp.documents[s].source.text[a:b]
                                                                   for s, a, b in d.counterparts}
            for d in comp.details if d.kind == "conflict"}


def test_a_vote_tally_is_checked_number_against_number_across_languages():
    """From a helper's reports of a rate decision: "par quatre voix contre trois" against "five of the seven board
    members backed the move, while two favoured a smaller step" set "quatre" against "seven" and "two", and "trois"
    against "five": the phrases matched loosely. The tally is read in the order both give it, and the seven (the
    whole board, which the French report does not give) is no count of votes."""
    en = ("Norland central bank raises rates by half a point\n\nThe Central Bank of Norland raised its key rate by half a "
          "percentage point to 4.25 percent on Thursday. The decision was not unanimous: five of the seven board "
          "members backed the move, while two favoured a smaller step. The krone rose 1.2 percent against the euro.")
    fr = ("La banque centrale du Norland relève son taux d'un demi-point\n\nLa Banque centrale du Norland a relevé jeudi "
          "son taux directeur d'un demi-point, à 4,25 %. La décision a été prise par quatre voix contre trois au sein du "
          "conseil. La couronne a gagné 1,2 % face à l'euro.")
    said = _disputed(en, fr)
    assert said["quatre"] == {"five"} and said["trois"] == {"two"}
    assert said["two"] == {"trois"} and not any("seven" in s for s in said["quatre"] | said["trois"])


LAYOFFS = ["layoffs_echo_de_la_lere.html", "layoffs_gazette_economique.docx", "layoffs_meridian_wire.txt",
           "layoffs_valdremont_business.md"]  # a helper's four reports of job cuts, two in French, two in English


def test_two_reports_in_each_of_two_languages_make_one_claim_of_the_lead():
    """From a helper's test: with two French and two English reports, the lead (2,400 jobs cut) and the shares' rise
    each stood twice, once per language (the haystack model that scores pairs across languages with three reports
    or more reads loose translations low, so the average over the two groups' pairs turned the join away), and most
    of the story read as carried by two sources of four. The lead is one claim of four sources, and it is not
    "attributed differently": the carmaker one report names alone is the company the others describe."""
    comp = compare([read_path(REPORTS / name) for name in LAYOFFS])
    sentences = {(s, i): doc.sentence_text(i) for s, doc in enumerate(comp.documents) for i in range(len(doc.sentences))}

    def group_of(source: int, words: str):
        ref = next(ref for ref, text in sentences.items() if ref[0] == source and words in text)
        return next(g for g in comp.groups if ref in g.members)

    lead = group_of(2, "would cut 2,400 jobs")
    assert lead is group_of(1, "a annoncé, mardi 3 novembre") and lead.sources == {0, 1, 2, 3}
    assert group_of(2, "shares rose 4.2%") is group_of(0, "a pourtant gagné 4,2 %")
    from desktop.engine.attribution.compare import claim_sourcing
    assert not claim_sourcing(comp)[comp.groups.index(lead)].differs


def test_temperatures_in_fahrenheit_and_in_degrees_are_one_figure_across_languages():
    """From a helper's reports of a flood: "fell from 75F to 52F" against "bajaron de 24 a 11 grados" was a figure
    said differently; the same temperatures in another scale agree (to the degree), other temperatures do not."""
    en = ("Floods hit San Telmo\n\nThe storm dumped 180 mm of rain on San Telmo in twelve hours. Temperatures in San "
          "Telmo fell from 75F to 52F in a few hours as the storm passed.")
    es = ("Inundaciones en San Telmo\n\nLa tormenta descargó 180 litros por metro cuadrado en doce horas. Los termómetros "
          "bajaron de 24 a 11 grados en pocas horas en San Telmo.")
    for text, disputed in ((es, False), (es.replace("24 a 11", "30 a 18"), True)):
        comp = compare([from_text(en, "EN"), from_text(text, "ES")])
        conflicts = {comp.documents[d.source].source.text[d.start:d.end] for d in comp.details if d.kind == "conflict"}
        assert any("75" in c or "52" in c for c in conflicts) == disputed, conflicts


def test_german_millions_and_billions_are_the_figures_they_say():
    """From a helper's reports of a fine: "1.2 billion euros" against "1,2 Milliarden Euro" and "45.3 million" against
    "45,3 Millionen" were figures said differently, in every report's lead."""
    en = ("Court fines Nordlicht\n\nAn EU court fined Nordlicht Data 1.2 billion euros on Thursday over the data of "
          "45.3 million users.")
    de = ("Gericht verhängt Strafe gegen Nordlicht\n\nEin EU-Gericht hat Nordlicht Data am Donnerstag wegen der Daten "
          "von 45,3 Millionen Nutzern zu 1,2 Milliarden Euro verurteilt.")
    comp = compare([from_text(en, "EN"), from_text(de, "DE")])
    assert not [d for d in comp.details if d.kind == "conflict"]


def test_counts_of_two_things_a_rounded_figure_and_a_month_against_a_day_are_no_dispute_across_languages():
    """From a helper's reports of a fine: "more than 300 advertisers" against "plus de 45 millions d'utilisateurs",
    "45,3 Millionen" against "45 million" and "since October" against "jeudi" were figures or dates said
    differently; the shares' fall, "4.2%" against "6,8 %", stays one."""
    en = ("Court fines Nordlicht\n\nJudges found that the company had shared location data with more than 300 "
          "advertisers without a valid legal basis. The ruling covers 45 million users. Nordlicht shares fell 4.2% "
          "on Thursday, their steepest one-day drop since October.")
    fr = ("Le tribunal sanctionne Nordlicht\n\nSelon les juges, l'entreprise a partagé sans consentement valable les "
          "données de localisation de plus de 45 millions d'utilisateurs avec des annonceurs. La décision concerne "
          "45,3 millions d'utilisateurs. L'action Nordlicht a chuté de 6,8 % jeudi à la Bourse de Francfort.")
    comp = compare([from_text(en, "EN"), from_text(fr, "FR")])
    conflicts = {comp.documents[d.source].source.text[d.start:d.end] for d in comp.details if d.kind == "conflict"}
    assert not conflicts & {"300", "45", "45,3", "October", "jeudi"}, conflicts
    assert {"4.2%", "6,8 %"} <= conflicts, conflicts


def test_figures_matched_one_to_one_keep_their_counterparts_and_a_whole_meets_a_whole():
    """From the review of session 55: "40 homes and 300 residents" / "250 habitants … 35 maisons" were paired by their
    places (40 against 250), "seven" / "huit" judges were no dispute, and "41 degrees" / "42 degrés" neither."""
    found = _disputed("The fire destroyed 40 homes and forced 300 residents to flee, officials said.",
                     "Quelque 250 habitants ont dû fuir et 35 maisons ont été détruites par l'incendie, selon les autorités.")
    assert found.get("40") == {"35"} and found.get("300") == {"250"}
    found = _disputed("Five of the seven judges voted in favour of the ruling on Tuesday, the court said.",
                     "Cinq des huit juges ont voté en faveur de la décision mardi, a indiqué la cour.")
    assert found.get("seven") == {"huit"}
    found = _disputed("Temperatures in Madrid reached 41 degrees on Sunday, the weather service said.",
                     "Les températures ont atteint 42 degrés dimanche à Madrid, selon le service météorologique.")
    assert any("41" in text for text in found)


def test_a_span_of_days_in_german_is_no_sum_of_money():
    """From a helper's reports of a cyberattack: "eine Frist von sieben Tagen" against "demanded $2m and set a one-week
    deadline" set "sieben" against "$2m": German days were no span of time."""
    de = ("Cyberangriff auf Kliniken in Thionville\n\nZu dem Angriff bekannte sich die Gruppe BlackMantis, die dem "
          "Verbund eine Frist von sieben Tagen setzte.")
    en = ("Cyberattack on Thionville hospitals\n\nA gang calling itself BlackMantis claimed the attack, demanded $2m and "
          "set a one-week deadline.")
    assert not any("sieben" in said or "$2m" in said for said in _disputed(de, en))


def test_an_hour_written_alone_after_alle_or_a_las_is_that_hour():
    """From a helper's reports of a wildfire: "hacia las 14.00 horas" against "intorno alle 14" was a time said
    differently, the Italian hour read as a plain number; "alle 3 vittime" stays a count."""
    from desktop.engine.clock import clock_times
    from desktop.engine.features import features

    es = ("Incendio en Vilamar de la Costa\n\nEl fuego se originó hacia las 14.00 horas en una zona de pinar de la "
          "sierra de la Mola, según los bomberos.")
    it = ("Incendio a Vilamar de la Costa\n\nIl fuoco è partito intorno alle 14 in una zona di pineta della Sierra de "
          "la Mola, secondo i vigili del fuoco.")
    assert not _disputed(es, it)
    assert clock_times(features("Ha reso omaggio alle 3 vittime.", "it").tokens) == {}
    assert clock_times(features("Drei Menschen wurden verletzt, alle 3 sind außer Lebensgefahr.", "de").tokens) == {}


def test_a_figure_each_report_gives_once_links_its_two_sentences_across_languages():
    """A QA helper's job-cut reports: the business paper's "Sales in the three months to September dropped 4.5 per
    cent to €2.87bn, missing the €2.95bn consensus" and the French daily's « Son chiffre d'affaires a reculé de
    4,2 %, à 2,87 milliards d'euros » scored 0.27 (a loose paraphrase in another language): each read "only here",
    and the dispute over the percentage was never shown. Each report gives €2.87bn in that sentence alone."""
    comp = compare([read_path(REPORTS / "jobcuts_b_business_en.txt"), read_path(REPORTS / "jobcuts_c_fr.txt")])
    en, fr = comp.documents
    sales = next(i for i in range(len(en.sentences)) if en.sentence_text(i).startswith("Sales in the three months"))
    revenue = next(i for i in range(len(fr.sentences)) if "chiffre d'affaires" in fr.sentence_text(i))
    assert any({(0, sales), (1, revenue)} <= set(map(tuple, g.members)) for g in comp.groups)


def test_only_a_telling_number_written_once_in_each_report_anchors_two_sentences():
    """Small whole numbers and years recur across the facts of one story ("2 hurt", "in 2006"), and a figure a
    report writes twice (title and lead) tells no sentence: neither anchors a pair."""
    from desktop.engine.features import features
    from desktop.engine.number_anchors import anchors

    en = [features(s, "en") for s in ("Veltris will cut 1,200 jobs.", "Veltris said on Tuesday it would cut 1,200 jobs.",
                                      "Revenue fell 4.2% to €2.87 billion in 2024.", "Two plants will close.",
                                      "It employs 640 people.")]
    fr = [features(s, "fr") for s in ("Son chiffre d'affaires a reculé à 2,87 milliards d'euros.",
                                      "Veltris va supprimer 1 200 emplois en 2024.", "Le site compte 2 ateliers.",
                                      "L'usine emploie 640 salariés.")]
    assert anchors(en, fr) == {(2, 0), (4, 3)}
    # in one language a whole number anchors only where it counts the same word (the review: "120 homes" is no
    # "120 firefighters"); "2,000" written with its separator is no year
    homes = [features(s, "en") for s in ("The fire destroyed 120 homes in the village.", "It forced 2,000 people out.")]
    crews = [features(s, "en") for s in ("About 120 firefighters battled the blaze.", "Some 2,000 people left.")]
    assert anchors(homes, crews, same_lang=True) == {(1, 1)}
    some = [features(s, "en") for s in ("The fire destroyed 120 of the homes in the village.",)]
    them = [features(s, "en") for s in ("Firefighters said 120 of them were still at the scene.",)]
    assert not anchors(some, them, same_lang=True)  # the second review: "120 of the homes" / "120 of them"


def test_a_rate_with_its_closing_zero_anchors_its_translation():
    """A QA helper's central-bank reports: "a peak of 4.50%" and "den Höchststand von 4,50 Prozent" were two
    numbers (4.50 against 4.5), so the sentence and its German translation were each "only here" (0.18); a version
    number written alone ("17.10" / "17.1") stays two numbers."""
    from desktop.engine.features import features
    from desktop.engine.number_anchors import anchors

    en = [features(s, "en") for s in ("The bank raised its policy rate to a peak of 4.50% in October 2024.",
                                      "The update to version 17.10 ships today.")]
    de = [features(s, "de") for s in ("Im Oktober 2024 hatte die ENB den Leitzins auf den Höchststand von 4,50 Prozent "
                                      "angehoben.", "Die Version 17.1 erscheint heute.")]
    assert anchors(en, de) == {(0, 0)}


def test_a_model_only_one_language_lists_is_marked():
    """A QA helper's recall reports: the German paper's "E-Lyra, E-Lyra Tourer und E-Lyra GT" against the wire's
    "E-Lyra and E-Lyra Tourer": the third model recalled had nothing marked across languages (its phrase read close
    to the English one), while two English versions marked "GT"."""
    comp = compare([from_text("The recall covers the E-Lyra and E-Lyra Tourer models built between March 2023 and "
                              "January 2024.", "wire"),
                    from_text("Betroffen sind die Modelle E-Lyra, E-Lyra Tourer und E-Lyra GT aus der Produktion von "
                              "März 2023 bis Januar 2024.", "paper")])
    assert len(comp.groups) == 1
    text = comp.documents[1].source.text
    assert any(d.source == 1 and "GT" in text[d.start:d.end] for d in comp.details)


def test_a_name_both_reports_give_is_no_detail_where_the_other_says_the_brand():
    """A QA helper's recall reports: "Für Norvane ist es bereits der zweite Batterie-Rückruf" against "It is the
    second battery-related recall for the brand" marked "Für Norvane ist es bereits" as a name only the German report
    gives, though the English report names Norvane in a claim both make ("Norvane shares fell" / "Die Norvane-Aktie
    verlor"). The phrase may still read as wording the other version words otherwise, not as a name; a name the other
    report never gives stays a name."""
    english = ("Norvane recalls 84,000 electric cars in Europe\n\nIt is the second battery-related recall for the "
               "brand in two years.\n\nNorvane shares fell 4.2 percent in Frankfurt trading.")
    german = ("Rückruf: Norvane holt 84.000 Elektroautos in die Werkstatt\n\nFür Norvane ist es bereits der zweite "
              "Batterie-Rückruf innerhalb von zwei Jahren.\n\nDie Norvane-Aktie verlor im Frankfurter Handel 4,2 "
              "Prozent.")
    for subject, marked in (("Norvane", False), ("Veltro", True)):
        comp = compare([from_text(english, "wire"), from_text(german.replace("Für Norvane", f"Für {subject}"), "paper")])
        text = comp.documents[1].source.text
        start = text.index("Für")
        found = [(text[d.start:d.end], d.type) for d in comp.details if d.source == 1 and start <= d.start < start + 30]
        assert any(subject in f and kind == "name" for f, kind in found) == marked, found


def test_a_speaker_only_one_version_credits_stays_marked_though_both_name_him():
    """A name both reports give in a claim they share is no detail elsewhere, but not as the speaker a version
    credits ("…, Rivel said" against the same sentence unattributed: a QA helper's hurricane reports)."""
    comp = compare([from_text("About 250,000 people had been evacuated before the storm arrived, the agency's director, "
                              "Tomas Rivel, told reporters.\n\nMost of the dead were crushed by falling trees and "
                              "collapsed houses in La Ribera, a poor district built on the riverbank, Rivel said.", "wire"),
                    from_text("Quelque 250 000 personnes avaient été évacuées avant l'arrivée de l'ouragan, a indiqué le "
                              "directeur de la protection civile, Tomás Rivel.\n\nLa plupart des victimes ont été "
                              "écrasées par des arbres ou des maisons effondrées dans le quartier populaire de La "
                              "Ribera, construit au bord du fleuve.", "paper")])
    text = comp.documents[0].source.text
    last = text.index("Most of the dead")
    assert any("Rivel" in text[d.start:d.end] for d in comp.details if d.source == 0 and d.start >= last)
