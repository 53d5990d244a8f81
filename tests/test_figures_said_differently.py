"""Figures two versions give each in their own words: a toll, a time of day. A fact-checker must see "12 injured"
against "15 injured" as a dispute however the sentences are worded, and with as many reports as are open."""
from __future__ import annotations

from pathlib import Path

from desktop.engine.copies import copies, echoes
from desktop.engine.ingest import from_text, read_path
from desktop.engine.pipeline import compare
from desktop.engine.tolls import tolls

REPORTS = Path(__file__).parent / "reports"
PLANT_FIRE = ("plant_fire_en_wire.txt", "plant_fire_en_local.txt", "plant_fire_fr_national.txt",
              "plant_fire_fr_regional.txt")


def disputes(*texts: str) -> set[tuple[int, str]]:
    """(source, text) of each figure said differently between one-sentence reports, compared with the model."""
    comp = compare([from_text(t, f"r{k}") for k, t in enumerate(texts)])
    assert len(comp.groups) == 1, "the sentences should be aligned"
    return {(d.source, comp.documents[d.source].source.text[d.start:d.end]) for d in comp.details
            if d.kind == "conflict" and d.type != "attribution"}


def _figures_disputed(names: tuple[str, ...]) -> set[tuple[int, str]]:
    """(source, text) of each number or time said differently when these reports are compared."""
    comp = compare([read_path(REPORTS / name) for name in names])
    texts = [d.source.text for d in comp.documents]
    return {(d.source, texts[d.source][d.start:d.end]) for d in comp.details
            if d.kind == "conflict" and d.type == "number"}


def test_a_toll_said_in_other_words_is_a_dispute():
    """From a helper's dam-collapse reports (the EFE wire and a Spanish daily): "Al menos doce muertos" / "ya son
    catorce los muertos" read as two details, each report's own, not as two tolls to reconcile."""
    found = _figures_disputed(("dam_efe_wire_es.txt", "dam_daily_es.txt"))
    assert (1, "catorce") in found and any(s == 0 and text.endswith("doce") for s, text in found)
    assert disputes("Twelve people were injured in the fire at the chemical plant, the prefecture said.",
                    "The number of injured in the fire at the chemical plant rose to twelve, the prefecture said.") \
        == set()


def test_two_outcomes_are_no_dispute():
    """The dead and the injured are two tolls: "Two people were killed" / "twelve people injured" is no figure said
    otherwise."""
    assert disputes("Two people were killed in the fire at the chemical plant in Vérignac on Tuesday.",
                    "The fire at the chemical plant in Vérignac on Tuesday left twelve people injured.") == set()


def test_a_toll_stays_disputed_however_many_reports_give_each_figure():
    """From a helper's four reports of a chemical plant fire (an English wire, a local paper, a French national and a
    French regional paper): the injured were twelve in two reports and fifteen in two. Compared in pairs it was a
    dispute; with all four open every figure had a second version and none was marked. The wire's "About 1,200
    residents" and the local paper's "Some 2,000 people" count the evacuated, in other words."""
    comp = compare([read_path(REPORTS / name) for name in PLANT_FIRE])
    texts = [d.source.text for d in comp.documents]
    toll = {(d.source, texts[d.source][d.start:d.end]) for d in comp.details
            if d.kind == "conflict" and d.type == "number"}
    assert {(0, "Twelve"), (1, "15"), (2, "12"), (3, "quinze")} <= toll
    assert {(0, "1,200"), (1, "2,000")} <= toll  # "About 1,200 residents" / "Some 2,000 people" were evacuated
    assert {(0, "two-kilometre"), (1, "3 km"), (3, "2 km")} <= toll  # "within a two-kilometre radius" / "within 3 km"


def test_a_translation_that_updates_one_figure_is_still_a_translation_but_speaks_for_itself_there():
    """The regional paper translates the wire sentence by sentence but gives fifteen injured where the wire gives
    twelve: still one text in two languages (one voice), but its toll is not the wire's echo."""
    comp = compare([read_path(REPORTS / name) for name in PLANT_FIRE])
    found = copies(comp)
    assert [(c.a, c.b, c.translated) for c in found] == [(0, 3, True)]
    regional = comp.documents[3]
    echoed = {i for s, i in echoes(comp, found) if s == 3}
    toll = next(i for i in range(len(regional.sentences)) if "quinze" in regional.sentence_text(i))
    assert toll not in echoed and len(echoed) >= 8


def test_a_time_said_in_other_words_is_a_dispute_unless_the_rounding_allows_it():
    """From the dam-collapse reports: "El muro de contención cedió a las 3.40" / "La pared de la represa se quebró
    (…) cerca de las 4.10" are two times of one event, half an hour apart; "shortly before 4:30 a.m." and "around
    4:20 a.m." may be one time."""
    found = _figures_disputed(("dam_efe_wire_es.txt", "dam_daily_es.txt"))
    assert {(0, "3.40"), (1, "4.10")} <= found
    before = "A fire broke out at the chemical plant in Vérignac shortly before 4:30 a.m. on Tuesday."
    around = "The fire at the Vérignac chemical plant started around 4:20 a.m. on Tuesday, firefighters said."
    assert disputes(before, around) == set()


def test_a_title_alone_is_the_person_its_report_named_with_it():
    """The regional paper names "la préfète Hélène Marchal", then writes "la préfète a toutefois indiqué…"; the
    local paper writes "Prefect Hélène Marchal said…". One official, not a claim attributed differently."""
    comp = compare([read_path(REPORTS / name) for name in PLANT_FIRE])
    chlorine = next(g for g, group in enumerate(comp.groups)
                    if any("chlorine" in comp.documents[s].sentence_text(i) for s, i in group.members))
    sources = {s for s, _i in comp.groups[chlorine].members}
    assert {1, 3} <= sources
    assert not [d for d in comp.details if d.group == chlorine and d.type == "attribution" and d.kind == "conflict"]
    quote = next(g for g, group in enumerate(comp.groups)
                 if any("windows closed" in comp.documents[s].sentence_text(i) for s, i in group.members))
    assert [d for d in comp.details if d.group == quote and d.type == "attribution" and d.kind == "conflict"], \
        "the quote given to the fire chief in one report stays attributed differently"


def test_a_number_word_joined_by_a_hyphen_is_a_figure():
    """"a three-year-old boy" / "a 3-year-old boy" were a detail of each report ("three-year-old" a word, "3" a
    number); "a two-day strike" / "a three-day strike" two words said otherwise, now two figures."""
    boy = compare([from_text("A three-year-old boy was rescued from the flooded house in Leeds on Sunday, police said."),
                   from_text("A 3-year-old boy was rescued from the flooded house in Leeds on Sunday, police said.")])
    assert len(boy.groups) == 1 and boy.details == []
    comp = compare([from_text("The union called a two-day strike at the port of Rotterdam starting on Monday."),
                    from_text("The union called a three-day strike at the port of Rotterdam starting on Monday.")])
    assert {(d.kind, d.type) for d in comp.details} == {("conflict", "number")}


def test_figures_of_two_things_are_no_dispute():
    """From the review: a year-old fire's toll in the same sentence as today's, two moments of a fire hours apart,
    a radius and a plume's height, a compound number word and its digits."""
    assert disputes("The explosion at the plant killed two people on Tuesday, a year after a fire at the same site "
                    "killed five people.", "The explosion at the plant killed two people on Tuesday, officials said.",
                    "L'explosion à l'usine a fait deux morts mardi, selon les autorités.") == set()
    assert disputes("The fire broke out at the chemical plant in Vérignac at 3 a.m. on Tuesday, firefighters said.",
                    "Firefighters brought the fire at the chemical plant in Vérignac under control at 7 a.m. on "
                    "Tuesday.") == set()
    assert disputes("Residents within 2 km of the chemical plant in Vérignac were told to stay indoors on Tuesday.",
                    "Residents of Vérignac were told to stay indoors on Tuesday as the plume rose 500 metres.") == set()
    assert disputes("Residents within a twenty-five-kilometre radius of the plant were told to stay indoors.",
                    "Residents within a 25 km radius of the plant were told to stay indoors.") == set()


def test_a_round_count_may_be_the_figure_near_it():
    """From the second review: "une soixantaine de blessés" against "62" read as a dispute; some sixty may be 62,
    some ten is not twenty."""
    assert disputes("Une soixantaine de personnes ont été blessées dans l'incendie de l'usine mardi.",
                    "62 personnes ont été blessées dans l'incendie de l'usine mardi.") == set()
    assert disputes("Une dizaine de personnes ont été blessées dans l'incendie de l'usine mardi.",
                    "Vingt personnes ont été blessées dans l'incendie de l'usine mardi.") == {(0, "dizaine"),
                                                                                             (1, "Vingt")}


def test_a_time_rounded_in_another_language_is_the_same_time():
    """From a helper's earthquake reports: "at 3:42 a.m." / "vers 3 h 40" was a figure said differently; "à 5 h 10"
    still is."""
    en = "The magnitude 5.8 earthquake struck the Aldeno mountains at 3:42 a.m. on Tuesday."
    assert disputes(en, "Le séisme de magnitude 5,8 a frappé les montagnes de l'Aldeno vers 3 h 40 mardi.") == set()
    assert (0, "3:42 a.m.") in disputes(en, "Le séisme de magnitude 5,8 a frappé les montagnes de l'Aldeno à 5 h 10 "
                                            "mardi.")


def test_a_time_shortly_after_the_hour_is_not_the_next_hour():
    """A QA helper's verdict reports: "shortly after 2 p.m." / "peu après 15 heures" or "gegen 15 Uhr" were no time
    said differently ("after" reached a full hour, to 3 p.m.); "peu après 14 heures" is the same time."""
    en = "Judge Hélène Marchetti read out the verdict shortly after 2 p.m."
    assert disputes(en, "La juge Hélène Marchetti a lu le jugement peu après 15 heures.") == {(0, "2 p.m."),
                                                                                              (1, "15 heures")}
    assert (1, "15 Uhr") in disputes(en, "Richterin Hélène Marchetti verkündete das Urteil gegen 15 Uhr.")
    assert disputes(en, "La juge Hélène Marchetti a lu le jugement peu après 14 heures.") == set()
    assert disputes(en.replace("shortly ", ""),
                    "La juge Hélène Marchetti a lu le jugement après 15 heures.") == set()


def test_a_suspended_sentence_in_months_is_set_against_a_term_in_years_in_another_language():
    """A QA helper's court reports: "an 18-month suspended sentence" / "condenado a dos años de prisión" showed each
    figure as its version's own (no sentencing verb before the English term, and a sentence was no prison after it);
    "18-month" / "two-year" in English was said differently, and "24-month" / "dos años" is one term."""
    es = ("El empresario Alain Ferracci fue condenado a {} de prisión exentos de cumplimiento y a una multa de 80.000 "
          "euros.")
    en = "The firm's owner, Alain Ferracci, was given an {} suspended sentence and fined €80,000."
    assert disputes(en.format("18-month"), es.format("dos años")) == {(0, "18"), (1, "dos")}
    assert disputes(en.format("24-month"), es.format("dos años")) == set()
    assert disputes(en.format("18-month"), es.format("un año y medio")) == set()


def test_a_month_written_short_with_its_stop_dates_the_day_after_it():
    """A QA helper's central-bank reports: the wire's "published on Nov. 26" / "publié le 27 novembre" showed two
    numbers of their own ("November 26" was a date said differently): the stop after "Nov" kept the day from it."""
    fr = "Le compte rendu de la réunion sera publié le 27 novembre."
    assert disputes("Minutes of the meeting will be published on Nov. 26.", fr) == {(0, "26"), (1, "27")}
    assert disputes("Minutes of the meeting will be published on Nov. 27.", fr) == set()


def test_a_quarter_point_in_spanish_or_italian_words_is_the_quarter_point_the_others_give():
    """A QA helper's rate-decision reports: "un cuarto de punto" was no figure, so "de 0,25 point" and "di 25 punti
    base" were details of their own version against it, and in the headlines the French "0,25" (the cut) was set
    against the Spanish "3,50%" (the rate reached)."""
    lead = "El Banco de Valdoria recortó este jueves su tipo de interés oficial en un cuarto de punto, hasta el 3,50%."
    es = "El Banco de Valdoria baja los tipos un cuarto de punto, hasta el 3,50%\n\n" + lead
    fr = ("La Banque de Valdoria abaisse son taux directeur de 0,25 point\n\nLa banque centrale a réduit jeudi son "
          "principal taux directeur de 0,25 point, à 3,50 %.")
    comp = compare([from_text(es, "es"), from_text(fr, "fr")])
    assert len(comp.groups) == 2
    assert [d for d in comp.details if d.type == "number" and (d.kind == "conflict" or d.source == 1)] == []
    it = "La Banca di Valdoria ha tagliato giovedì il tasso di riferimento di 25 punti base al 3,50%."
    comp = compare([from_text(lead, "es"), from_text(it, "it")])
    assert len(comp.groups) == 1 and comp.details == []


def test_the_size_of_a_rate_move_in_words_is_set_against_another_size_in_any_language():
    """A QA helper's rate-decision reports: "by a quarter point" / "d'un demi-point", "en medio punto", "di mezzo
    punto" or "by half a point" had nothing marked (only "a half-point" was a word said differently in English);
    "25 basis points" is a quarter point, "50 punti base" is not."""
    en = "The Bank of Valdoria cut its main policy rate by a quarter point to 3.50% on Thursday."
    assert disputes(en, "La Banque de Valdoria a réduit jeudi son taux directeur d'un demi-point, à 3,50 %.") \
        == {(0, "quarter point"), (1, "demi-point")}
    assert disputes(en, "El Banco de Valdoria recortó este jueves su tipo de interés oficial en medio punto, hasta "
                        "el 3,50%.") == {(0, "quarter point"), (1, "medio punto")}
    assert disputes(en, "La Banca di Valdoria ha tagliato giovedì il tasso di riferimento di mezzo punto al 3,50%.") \
        == {(0, "quarter point"), (1, "mezzo punto")}
    assert disputes(en, en.replace("a quarter point", "half a point")) == {(0, "quarter point"), (1, "half a point")}
    it = "La Banca di Valdoria ha tagliato giovedì il tasso di riferimento di {} punti base al 3,50%."
    assert disputes(en, it.format("25")) == set()
    assert disputes(en, it.format("50")) == {(0, "quarter point"), (1, "50 punti base")}


def test_an_age_is_a_dispute_against_spanish_and_german_too():
    """A QA helper's court reports: "the 61-year-old former mayor" / "al exalcalde, de 62 años," or "den 62-jährigen
    früheren Bürgermeister" showed each age as its version's own ("de 62 años" read as a term of years, "jährigen"
    as no span of time); against French "âgé de 62 ans" it was said differently."""
    en = "The court fined the 61-year-old former mayor €150,000."
    assert disputes(en, "El tribunal impuso al exalcalde, de 62 años, una multa de 150.000 euros.") == {(0, "61"),
                                                                                                        (1, "62")}
    assert disputes(en, "Das Gericht verhängte gegen den 62-jährigen früheren Bürgermeister eine Geldstrafe von "
                        "150.000 Euro.") == {(0, "61"), (1, "62")}
    assert disputes(en, "Das Gericht verhängte gegen den 61-jährigen früheren Bürgermeister eine Geldstrafe von "
                        "150.000 Euro.") == set()
    assert disputes("The 62-year-old former mayor was jailed for four years on Tuesday.",
                    "Der 62-Jährige frühere Bürgermeister wurde am Dienstag zu fünf Jahren Haft verurteilt.") \
        == {(0, "four"), (1, "fünf")}  # his age is no term
    assert disputes("Das Gericht verhängte gegen den 62-jährigen früheren Bürgermeister eine Geldstrafe von 150.000 "
                    "Euro.", "El tribunal impuso al exalcalde una multa de 150.000 euros y cinco años de "
                             "inhabilitación.") == set()  # nor his years out of office (the corpus's trial reports)


def test_a_prison_term_said_in_other_words_is_a_dispute():
    """From a QA helper's court reports: "sentenced … to seven years in prison" / "sentenced … to 6 years in jail
    after judges …" were grouped at 1.00 and each figure read as its version's own; a term given in months is the
    same term ("seven years" / "84 months"), and a bound or a half may agree ("plus de 6 ans" / "près de six ans et
    demi")."""
    seven = "A court in Santa Irene on Tuesday sentenced Teodoro Quintal to seven years in prison for bribery."
    assert disputes(seven, "Teodoro Quintal was sentenced on Tuesday to 6 years in jail after judges at the Santa "
                           "Irene court convicted him of bribery.") == {(0, "seven"), (1, "6")}
    assert not disputes(seven, "Teodoro Quintal was sentenced on Tuesday to 84 months in jail after judges at the "
                               "Santa Irene court convicted him of bribery.")
    assert not disputes("Elle a été libérée le 2 juillet après plus de 6 ans aux mains des Farc, a dit l'AFP.",
                        "Elle a été libérée le 2 juillet après près de six ans et demi aux mains des Farc.")
    assert disputes("A Madrid court jailed the former mayor of Valmora for seven years on Tuesday.",
                    "The former mayor of Valmora must now serve 5 years in prison, a Madrid court ruled on Tuesday.") \
        == {(0, "seven"), (1, "5")}  # the second review: the verb six words before the term
    # an age, a time ago, a term served are no prison term (the review)
    assert not disputes("Un homme de 34 ans a été condamné mardi à Lyon pour le meurtre de sa voisine.",
                        "L'homme a été condamné mardi à Lyon à 30 ans de réclusion pour le meurtre de sa voisine.")
    assert not disputes("He was sentenced to seven years in prison on Tuesday for bribery in Santa Irene.",
                        "He was sentenced on Tuesday for bribery in Santa Irene and may be paroled after four years.")


COURT = ("court_a_wire_en.txt", "court_b_paper_en.txt", "court_c_fr.txt", "court_d_es.txt")


def test_a_verdicts_term_and_fine_said_otherwise_in_four_reports():
    """A QA helper's four reports of one verdict (English wire and paper, French daily, Spanish wire): the Spanish
    wire's six years against seven in the three others is said differently in all four; its fine, 3,2 millones
    against 2,4 millions, points at the French figure once (it read "vs C: 2,4; C: 2,4 millions")."""
    comp = compare([read_path(REPORTS / name) for name in COURT])
    texts = [d.source.text for d in comp.documents]
    said = {(d.source, texts[d.source][d.start:d.end]): [texts[s][x:y] for s, x, y in d.counterparts]
            for d in comp.details if d.kind == "conflict" and d.type == "number"}
    assert {(0, "seven"), (2, "sept"), (3, "seis")} <= said.keys()
    assert said[(3, "3,2 millones de euros")] == ["2,4 millions d'euros"]
    assert (1, "eight") not in said  # "who for eight years controlled the purse strings": before the term both give


def test_rain_in_litres_per_square_metre_is_rain_in_millimetres():
    """From a QA helper's flood reports: "230 litres of rain per square metre" against "310 millimetres" was never
    set against each other (a volume and a length); a litre per square metre is a millimetre of rain."""
    litres = "Some 230 litres of rain per square metre fell in eight hours in Castellet, the weather agency said."
    assert disputes(litres, "Some 310 millimetres of rain fell in eight hours in Castellet, the weather agency "
                            "said.") == {(0, "230 litres"), (1, "310 millimetres")}
    assert not disputes(litres, "Some 230 millimetres of rain fell in eight hours in Castellet, the weather agency "
                                "said.")


def test_a_day_of_the_month_said_otherwise_is_a_dispute():
    """From a QA helper's election reports: "will hold its first session on March 3 in the capital" / "on March 10"
    gave "3" and "10" as each report's own number, not as a date said differently; across languages too."""
    assert disputes("The new parliament will hold its first session on March 3 in the capital.",
                    "The new parliament will hold its first session on March 10.") == {(0, "3"), (1, "10")}
    assert not disputes("The new parliament will hold its first session on March 3 in the capital.",
                        "The new parliament will hold its first session on 3 March.")
    # two days, one of them the other's; a week's first day dates the week (rpm2 reports)
    assert not disputes("Il est placé en garde à vue les 8 et 9 février à Paris, selon le parquet.",
                        "Il est placé en garde à vue le 8 février à Paris, selon le parquet.")


def test_a_date_in_figures_is_read_as_the_days_it_may_mean():
    """A date in figures was three numbers: "03/09/2026" / "9 March 2026" gave "03" as a number one report alone
    has (and the time of day 03:09). An English date may be written month first (United States) or day first; the
    other languages write the day first; ISO writes the year first."""
    signed = "The contract was signed on {} in Geneva."
    assert not disputes(signed.format("03/09/2026"), signed.format("9 March 2026"))
    assert not disputes(signed.format("03/09/2026"), "El contrato se firmó el 3 de septiembre de 2026 en Ginebra.")
    assert not disputes(signed.format("2026-03-09"), "Le contrat a été signé le 09.03.2026 à Genève.")
    assert disputes(signed.format("03/09/2026"), signed.format("10 March 2026")) == {(0, "03/09"), (1, "10")}
    assert disputes(signed.format("14/03/2026"), "Le contrat a été signé le 19/03/2026 à Genève.")
    comp = compare([from_text(signed.format("03/09/2026") + " It takes effect at 3:09 a.m.", "a"),
                    from_text(signed.format("9 March 2026") + " It takes effect at 4:10 a.m.", "b")])
    assert not [d for d in comp.details if d.source == 0 and d.start < 40]  # no time of day in the date


JOB_CUTS = ("jobcuts_a_wire_en.txt", "jobcuts_b_business_en.txt", "jobcuts_c_fr.txt", "jobcuts_d_fr_regional.txt")


def test_two_versions_of_one_language_dispute_a_figure_a_third_version_gives():
    """A QA helper's reports of job cuts (two English, two French): the wire's "Revenue fell 4.2%" and the business
    paper's "dropped 4.5 per cent" were said differently with the two English reports open, and not once the French
    daily ("a reculé de 4,2 %") was open too: its figure covered the wire's, so the wire had no figure of its own."""
    comp = compare([read_path(REPORTS / name) for name in JOB_CUTS])
    texts = [d.source.text for d in comp.documents]
    said = {(d.source, texts[d.source][d.start:d.end]): [texts[s][x:y] for s, x, y in d.counterparts]
            for d in comp.details if d.kind == "conflict"}
    assert said.get((1, "4.5 per cent")) == ["4.2%"]
    assert said.get((0, "4.2%")) == ["4.5 per cent"]
    assert not any(text == "4,2 %" for _, text in said)  # the French daily agrees with the wire


def test_a_rate_written_with_closing_zeros_or_in_basis_points_is_the_same_rate():
    """From a QA helper's rate-decision reports: "3.50%" against "3.5%" was each report's own figure (a version's
    "17.10" is no "17.1", a rate's is), and the Spanish "25 puntos básicos" against "0,25 puntos porcentuales" was
    said differently (basis points read in English and French only)."""
    assert not disputes("The new rate is 3.50%, the National Bank of Marovia said on Tuesday.",
                        "The new rate is 3.5%, the National Bank of Marovia said on Tuesday.")
    comp = compare([from_text(t) for t in ("The new rate is 3.50%, the National Bank of Marovia said on Tuesday.",
                                           "The new rate is 3.5%, the National Bank of Marovia said on Tuesday.")])
    assert not comp.details
    cut = "El Banco Nacional de Marovia rebajó este martes su tipo de referencia en {}, hasta el 3,75%."
    assert not disputes(cut.format("0,25 puntos porcentuales"), cut.format("25 puntos básicos"))
    assert disputes(cut.format("0,25 puntos porcentuales"), cut.format("50 puntos básicos")) == {
        (0, "0,25 puntos porcentuales"), (1, "50 puntos básicos")}


def test_a_code_said_otherwise_is_disputed_whoever_else_gives_one():
    """From a QA helper's crash-landing reports: a flight's number "MS417" against "MS471" was covered by the
    letters both codes share (read as an acronym's), and the aircraft's "T-202" by the French report's "T-220",
    spelled alike; a code is compared whole, its hyphen aside ("G20" is "G-20")."""
    assert disputes("Flight MS417 left the runway at Halden Cross on Tuesday, the airport said.",
                    "Flight MS471 left the runway at Halden Cross on Tuesday, the airport said.") == {
        (0, "MS417"), (1, "MS471")}
    assert not disputes("The G20 summit opened in Osaka on Friday, the host government said.",
                        "The G-20 summit opened in Osaka on Friday, the host government said.")
    comp = compare([from_text("The Tessaro T-220 from Lunesse was carrying 148 passengers and six crew members."),
                    from_text("The Tessaro T-202 from Lunesse was carrying 148 passengers and six crew members."),
                    from_text("Le Tessaro T-220 en provenance de Lunesse transportait 148 passagers et six membres "
                              "d'équipage.")])
    said = {(d.source, comp.documents[d.source].source.text[d.start:d.end]) for d in comp.details
            if d.kind == "conflict"}
    assert said == {(0, "T-220"), (1, "T-202")}
    # across languages too (a QA helper's baby-formula recall: the model read "B-117" and "B-171" as one word)
    assert disputes("The recall covers batch 24B-117 of the infant formula, the company said.",
                    "Le rappel concerne le lot 24B-171 du lait infantile, a indiqué l'entreprise.") == {
        (0, "B-117"), (1, "B-171")}
    assert not disputes("The recall covers batch 24B-117 of the infant formula, the company said.",
                        "Le rappel concerne le lot 24B-117 du lait infantile, a indiqué l'entreprise.")


def test_across_languages_a_figure_is_set_against_the_one_in_its_place():
    """From QA helpers' rate-decision and crash-landing reports: "to 1.8 per cent from 2.3 per cent and … to 6.3
    per cent" against "al 1,6%, desde el 2,3%" set the unemployment 6.3 against the growth 1,6 too (6.3 comes after
    the 2.3 both give, 1,6 before it); "154 people on board" against "148 pasajeros y seis tripulantes" was said
    differently, one figure given in two parts."""
    comp = compare([from_text("Marovia cuts rates\n\nThe National Bank of Marovia cut its key rate to 3.75% on Tuesday."
                              " The bank cut its growth forecast for this year to 1.8 per cent from 2.3 per cent and "
                              "now expects unemployment to rise to 6.3 per cent."),
                    from_text("Marovia recorta los tipos\n\nEl Banco Nacional de Marovia rebajó este martes su tipo de "
                              "interés hasta el 3,75%. El banco rebajó su previsión de crecimiento para este año al "
                              "1,6%, desde el 2,3% anterior.")])
    texts = [d.source.text for d in comp.documents]
    said = {(d.source, texts[d.source][d.start:d.end]): [texts[s][x:y] for s, x, y in d.counterparts]
            for d in comp.details if d.kind == "conflict"}
    assert said == {(0, "1.8"): ["1,6%"], (1, "1,6%"): ["1.8"]}
    comp = compare([from_text("Crash\n\nThe Tessaro jet from Lunesse had 154 people on board."),
                    from_text("Accidente\n\nEl Tessaro, procedente de Lunesse, transportaba a 148 pasajeros y seis "
                              "tripulantes.")])
    assert not any(d.kind == "conflict" for d in comp.details)
    # some of a count ("seis de ellas graves") against no count of all (a QA helper's train-crash reports: against
    # "Eleven people were killed" too)
    comp = compare([from_text("Derailment\n\nEleven people were killed and 48 injured when a train derailed near "
                              "Villarrubia, regional authorities said."),
                    from_text("Descarrilamiento\n\nDoce personas murieron y 39 resultaron heridas, seis de ellas "
                              "graves, en el descarrilamiento de un tren en Villarrubia, según el Gobierno regional.")])
    texts = [d.source.text for d in comp.documents]
    assert {(d.source, texts[d.source][d.start:d.end]) for d in comp.details if d.kind == "conflict"} == {
        (0, "Eleven"), (0, "48"), (1, "Doce"), (1, "39")}


def test_a_percentage_written_in_words_or_with_its_sign_is_set_against_another():
    """From a QA helper's rate-decision reports: "to 1.8 per cent from 2.3 per cent" against "to 1.6% from 2.3%"
    (and "fell to 2.9 per cent in September" against "fell to 3.1% in September") gave each report's figure as its
    own: "per cent" written apart, and "2.3%" not read as "2.3 per cent", set the two slots apart."""
    assert disputes("The bank cut its growth forecast for this year to 1.8 per cent from 2.3 per cent.",
                    "The bank cut its growth forecast for this year to 1.6% from 2.3%.") == {
        (0, "1.8 per cent"), (1, "1.6%")}
    assert disputes("Inflation fell to 2.9 per cent in September, down from 3.4 per cent a month earlier.",
                    "Inflation fell to 3.1% in September.") == {(0, "2.9 per cent"), (1, "3.1%")}


def test_a_vote_split_said_otherwise_is_a_dispute_in_any_words():
    """From a QA helper's rate-decision reports: "voted 5-2" / "by a vote of six to one" / "par cinq voix contre
    deux" were each report's own words (the word diff reads "5-2" as one word, "five to two" and "six to one" as two
    ranges that may agree); the same split in other words is none."""
    assert disputes("The board voted 5-2 to cut the rate, the bank said on Tuesday.",
                    "The board voted six to one to cut the rate, the bank said on Tuesday.") == {
        (0, "5-2"), (1, "six to one")}
    assert disputes("The board voted five to two to cut the rate, the bank said on Tuesday.",
                    "The board voted six to one to cut the rate, the bank said on Tuesday.") == {
        (0, "five to two"), (1, "six to one")}
    assert not disputes("The board voted 5-2 to cut the rate, the bank said on Tuesday.",
                        "The board voted five to two to cut the rate, the bank said on Tuesday.")
    comp = compare([from_text("Marovia cuts its key rate\n\nThe National Bank of Marovia cut its key rate to 3.75% on "
                              "Tuesday. The bank's monetary policy board voted 5-2 for the cut, with two members "
                              "favouring keeping the rate at 4%."),
                    from_text("La Marovie baisse son taux directeur\n\nLa Banque nationale de Marovie a abaissé mardi "
                              "son taux directeur à 3,75 %. Le conseil de politique monétaire s'est prononcé par six "
                              "voix contre une, un membre souhaitant maintenir le taux à 4 %.")])
    texts = [d.source.text for d in comp.documents]
    assert {(d.source, texts[d.source][d.start:d.end]) for d in comp.details if d.kind == "conflict"} == {
        (0, "5-2"), (1, "six voix")}  # ("contre une": small words, past the figure)


def test_counts_of_people_of_two_countries_are_no_figure_said_differently():
    """From a QA helper's crash-landing reports: the French report's "Deux ressortissants français figurent parmi les
    blessés" and the Spanish "Entre los heridos hay tres ciudadanos españoles" count two groups of the injured;
    "Deux" / "tres" was said differently."""
    comp = compare([from_text("Accident\n\nSept personnes ont été tuées mardi lorsqu'un avion est sorti de piste à "
                              "Halden Cross.\n\nDeux ressortissants français figurent parmi les blessés, a indiqué le "
                              "ministère des Affaires étrangères à Paris."),
                    from_text("Accidente\n\nSiete personas murieron el martes cuando un avión se salió de la pista en "
                              "Halden Cross.\n\nEntre los heridos hay tres ciudadanos españoles, informó el Ministerio de "
                              "Asuntos Exteriores en Madrid.")])
    texts = [d.source.text for d in comp.documents]
    assert not {texts[d.source][d.start:d.end] for d in comp.details if d.kind == "conflict"} & {"Deux", "tres"}


def test_a_breakdown_is_no_figure_unless_the_other_version_gives_its_part():
    """The review: "150 passengers and 12 crew" / "138 pasajeros y 12 tripulantes" is a dispute (both give the 12,
    so 138 is no part of 150), as is "114 of the 300 seats, still 37 short of the 151" (a difference, not a
    breakdown); "154 people on board" / "148 pasajeros y seis tripulantes" is one figure in two parts."""
    def said(en: str, es: str) -> set[str]:
        comp = compare([from_text(f"Crash\n\n{en}"), from_text(f"Accidente\n\n{es}")])
        return {comp.documents[d.source].source.text[d.start:d.end]
                for d in comp.details if d.kind == "conflict"}
    assert said("The Tessaro jet from Lunesse was carrying 150 passengers and 12 crew members.",
                "El Tessaro, procedente de Lunesse, llevaba 138 pasajeros y 12 tripulantes.") == {"150", "138"}
    assert not said("The Tessaro jet from Lunesse had 154 people on board.",
                    "El Tessaro, procedente de Lunesse, transportaba a 148 pasajeros y seis tripulantes.")


def test_a_number_word_joined_by_a_hyphen_is_no_vote_split():
    """The review: "Forty-one senators voted against" read as a split of 40 to 1 against "voted 59-41"."""
    assert not disputes("The Senate voted 59-41 on Tuesday to pass the budget bill, officials said.",
                        "Forty-one senators voted against the budget bill on Tuesday, officials said.")


def test_one_span_of_time_in_two_units_is_no_dispute():
    """From a QA helper's data-breach reports: "within 72 hours" / "within three days" was said differently."""
    assert not disputes("EU rules require companies to notify the regulator within 72 hours of discovering a breach.",
                        "EU rules require companies to notify the regulator within three days of discovering a breach.")
    assert disputes("EU rules require companies to notify the regulator within 48 hours of discovering a breach.",
                    "EU rules require companies to notify the regulator within three days of discovering a breach.")


def test_a_toll_in_a_place_is_no_count_of_another_people():
    """The second review: "killing 7 Spanish tourists" / "dejó 8 muertos en Marruecos" lost its mark: Morocco is
    where they died, not who."""
    comp = compare([from_text("Tourist bus crash in Morocco\n\nA tour bus crashed near Marrakech on Sunday, killing 7 "
                              "Spanish tourists, Moroccan police said. The driver survived."),
                    from_text("Accidente de autobús en Marruecos\n\nUn autobús turístico se estrelló cerca de Marrakech "
                              "el domingo y dejó 8 muertos en Marruecos, según la policía marroquí. El conductor "
                              "sobrevivió.")])
    texts = [d.source.text for d in comp.documents]
    assert {(d.source, texts[d.source][d.start:d.end]) for d in comp.details if d.kind == "conflict"} == {
        (0, "7 Spanish"), (1, "8")}


def test_a_sum_in_two_currencies_is_no_dispute():
    """From a QA helper's transfer reports: "a £81.5m deal" / "a €95m deal" (one fee at the day's rate) read as a
    figure said differently, like "€95m" / "€90m", and across languages "£81.5m" / "95 millions d'euros"."""
    assert not disputes("Ashby Rovers signed Tomás Ilveira in a £81.5m deal on Thursday.",
                        "Ashby Rovers signed Tomás Ilveira in a €95m deal on Thursday.")
    assert not disputes("Ashby Rovers signed Tomás Ilveira in a £81.5m deal on Thursday.",
                        "Ashby Rovers a recruté Tomás Ilveira jeudi pour 95 millions d'euros.")
    assert disputes("Ashby Rovers signed Tomás Ilveira in a €90m deal on Thursday.",
                    "Ashby Rovers signed Tomás Ilveira in a €95m deal on Thursday.")


def test_a_time_of_day_is_no_count_across_languages():
    """From a QA helper's protest reports: "the city police prefecture said in a statement at 7 p.m." was set against
    "14 policiers blessés", and the 12 / 31 arrests were left out for it."""
    comp = compare([from_text("Protest in Corvenne\n\nPolice arrested 12 people and nine officers were injured, the "
                              "city police prefecture said in a statement at 7 p.m.", "en"),
                    from_text("Manifestation à Corvenne\n\nVendredi matin, la préfecture faisait état de 31 "
                              "interpellations et de 14 policiers blessés.", "fr")])
    texts = [d.source.text for d in comp.documents]
    found = {(d.source, texts[d.source][d.start:d.end]) for d in comp.details if d.kind == "conflict"}
    assert found == {(0, "12"), (0, "nine"), (1, "31"), (1, "14")}


def _said_differently(*reports: tuple[str, str]) -> set[tuple[int, str]]:
    """(source, text) of each number said differently between reports given as (title, body)."""
    comp = compare([from_text(f"{title}\n\n{body}", f"r{k}") for k, (title, body) in enumerate(reports)])
    texts = [d.source.text for d in comp.documents]
    return {(d.source, texts[d.source][d.start:d.end]) for d in comp.details if d.kind == "conflict"}


def test_a_fires_figures_in_the_units_of_each_country():
    """From a QA helper's wildfire reports: "104 degrees" (a US paper) / "40 degrés" and "12,400 acres" / "5.020
    hectáreas" are one figure each, yet were said differently; "19 square miles" / "50 square kilometres" too, while
    "19 square kilometres" was read as the same 19."""
    assert not _said_differently(("Wildfire in Corvale Hills", "Temperatures reached 104 degrees on Tuesday in Ashby "
                                                               "Creek."),
                                 ("Incendie dans les collines de Corvale", "Les températures ont atteint 40 degrés "
                                                                           "mardi à Ashby Creek."))
    assert _said_differently(("Wildfire in Corvale Hills", "Temperatures reached 41 degrees on Tuesday in Ashby Creek."),
                             ("Incendie dans les collines de Corvale", "Les températures ont atteint 43 degrés mardi "
                                                                       "à Ashby Creek."))
    acres = ("Corvale Hills fire", "The wildfire had scorched 12,400 acres by Tuesday evening, fire officials said.")
    assert not _said_differently(acres, ("Incendio en Corvale", "El incendio había calcinado 5.020 hectáreas el martes "
                                                                "por la noche, según los bomberos."))
    assert _said_differently(acres, ("Incendio en Corvale", "El incendio había calcinado 8.020 hectáreas el martes por "
                                                            "la noche, según los bomberos."))
    miles = ("Wildfire in Corvale Hills", "The burn area covers roughly 19 square miles.")
    assert not _said_differently(miles, ("Wildfire in Corvale Hills", "The burn area covers roughly 50 square "
                                                                      "kilometres."))
    assert _said_differently(miles, ("Wildfire in Corvale Hills", "The burn area covers roughly 19 square kilometres."))


def test_figures_of_two_kinds_are_no_figure_said_differently_and_bounds_read_whole():
    """The wildfire reports: "burned about 3,000 acres" was set against "was 15% contained", and not against the
    later "12,400 acres" ("about" paired alone by the word diff); "burns 5,018 hectares" against "près de 9 000
    habitants évacués"; "5,018 hectares" / "some 5,000 hectares" was a dispute, "Nearly 1,200" / "More than 1,200"
    none."""
    flash = ("Wildfire erupts in Corvale Hills", "The fire had burned about 3,000 acres by Monday evening, according to "
                                                 "the county fire service. Firefighters reported zero containment.")
    later = ("Corvale Hills fire grows", "The wildfire had scorched 12,400 acres by Tuesday evening, fire officials "
                                         "said. The fire was 15% contained as of Tuesday evening.")
    found = _said_differently(flash, later)
    assert not any("15%" in text for _s, text in found)
    assert _said_differently(("Wildfire", "The fire had burned about 3,000 acres by Monday evening."),
                             ("Wildfire", "The fire had burned 12,400 acres by Monday evening.")) \
        == {(0, "about 3,000"), (1, "12,400")}
    assert not _said_differently(("Firefighter killed as Corvale wildfire burns 5,018 hectares",
                                  "A wildfire in the Corvale Hills has killed a firefighter, authorities said."),
                                 ("Incendie des collines de Corvale : un pompier tué, près de 9 000 habitants évacués",
                                  "Un incendie dans les collines de Corvale a tué un pompier, selon les autorités."))
    assert not _said_differently(("Wildfire", "The fire has burnt 5,018 hectares, officials said."),
                                 ("Wildfire", "The fire has burnt some 5,000 hectares, officials said."))
    assert _said_differently(("Wildfire", "Nearly 1,200 firefighters are battling the blaze, officials said."),
                             ("Wildfire", "More than 1,200 firefighters are battling the blaze, officials said."))


def test_figures_split_two_against_two_are_disputed():
    """From a QA helper's protest reports: an early wire and a Spanish daily give 12 arrests and nine officers hurt,
    a later English report and a French daily 31 and 14. Each figure had a second version, so none was marked with
    the four open ("nine" was no figure to the rule that reads a language's own versions). Counts of two kinds stay
    apart: a magnitude is no depth, a time of day no count."""
    found = _said_differently(
        ("Protest in Corvenne", "Police arrested 12 people and nine officers were injured, the city police prefecture "
                                "said in a statement at 7 p.m."),
        ("Manifestation à Corvenne", "Vendredi matin, la préfecture faisait état de 31 interpellations et de 14 "
                                     "policiers blessés."),
        ("Marcha en Corvenne", "La policía detuvo a 12 personas y nueve agentes resultaron heridos, según la "
                               "prefectura."),
        ("Protest in Corvenne", "By Friday morning the prefecture had raised its count to 31 arrests and 14 officers "
                                "injured."))
    assert {(0, "12"), (0, "nine"), (1, "31"), (1, "14"), (2, "12"), (2, "nueve"), (3, "31"), (3, "14")} <= found
    assert not any("7" in text for _s, text in found)
    assert not _said_differently(
        ("Séisme en Ostravie", "Le séisme, d'une magnitude de 5,8, s'est produit à une profondeur de 15 kilomètres."),
        ("Sismo en Ostravia", "El sismo, de magnitud 5,8, se produjo a una profundidad de 15 kilómetros."),
        ("Sismo en Ostravia", "El Instituto situó la magnitud en 5,8 y la profundidad en 15 kilómetros."))


def test_a_persons_age_said_otherwise_is_a_dispute():
    """From a QA helper's transfer reports: the wire's "Ilveira, 22, has signed" and the tabloid's "The 24-year-old
    has put pen to paper" were one claim with both ages bold as each report's own (caught only against Spanish "de 22
    años"); with "aged 22" the name "Ilveira" was marked against "24"."""
    title = ("Ashby sign Ilveira", )
    found = _said_differently((*title, "Ilveira, 22, has signed a five-year deal with Ashby Rovers."),
                              (*title, "The 24-year-old has signed a five-year deal with Ashby Rovers."))
    assert {(0, "22"), (1, "24")} <= {(s, text.removeprefix("The ")) for s, text in found}
    found = _said_differently((*title, "Ilveira, aged 22, has signed a five-year deal with Ashby Rovers."),
                              (*title, "The 24-year-old has signed a five-year deal with Ashby Rovers."))
    assert not any("Ilveira" in text for _s, text in found) and (0, "22") in found
    assert not _said_differently((*title, "Ilveira, 22, has signed a five-year deal with Ashby Rovers."),
                                 (*title, "The 22-year-old has signed a five-year deal with Ashby Rovers."))


def test_what_the_review_of_the_figures_found():
    """The review of this session's figures: a lone superscript digit crashed the comparison; "14, ha informado" read
    as 14 hectares and hid the toll's 14 / 15; "6,1 grados en la escala de Richter" read as a temperature against a
    magnitude; two people's ages ("A 45-year-old man … the murder of a teenager" / "… of a 17-year-old") and a
    bridge's were set against each other; "£81.5m" / "€9.5m" was no dispute; "arrested 12 people" against "14
    policiers blessés" became one with four reports."""
    assert compare([from_text("Flood in Tulsa\n\nThe flooded area covers 50 m ² of farmland. ³", "a"),
                    from_text("Flood in Tulsa\n\nThe flooded area covers 50 m² of farmland.", "b")]).documents
    assert {text for _s, text in _said_differently(
        ("Terremoto en Valmora", "La cifra de muertos asciende a 14, ha informado Protección Civil."),
        ("Earthquake in Valmora", "The death toll has risen to 15, civil protection said."))} >= {"14", "15"}
    assert _said_differently(("Earthquake strikes southern Peru", "A magnitude 5.8 earthquake struck southern Peru on "
                                                                 "Tuesday, killing three people."),
                             ("Sismo sacude el sur de Perú", "Un sismo de 6,1 grados en la escala de Richter sacudió el "
                                                            "sur de Perú el martes y mató a tres personas."))
    assert not _said_differently(("Leeds murder", "A 45-year-old man has been charged with the murder of a teenager in "
                                                  "Leeds."),
                                 ("Leeds murder", "A man has been charged with the murder of a 17-year-old in Leeds."))
    assert not _said_differently(("Bridge collapse", "A 50-year-old bridge collapsed on Tuesday, killing a driver."),
                                 ("Bridge collapse", "A bridge collapsed on Tuesday, killing a 30-year-old driver."))
    assert _said_differently(("Ashby sign Ilveira", "Ashby Rovers signed Tomás Ilveira in a £81.5m deal on Thursday."),
                             ("Ashby sign Ilveira", "Ashby Rovers signed Tomás Ilveira in a €9.5m deal on Thursday."))
    assert not _said_differently(
        ("Protest in Corvenne", "Police arrested 12 people during the march on Thursday."),
        ("Protest in Corvenne", "Officers arrested 12 people during the march on Thursday."),
        ("Manifestation à Corvenne", "Quatorze policiers ont été blessés pendant la marche jeudi."),
        ("Manifestation à Corvenne", "14 policiers ont été blessés pendant la marche jeudi."))


def test_a_storms_category_and_a_time_in_another_zone_are_no_figure_said_differently():
    """From a QA helper's hurricane reports: "killing at least 11 people" was set against "con categoría 4", and "2
    a.m. local time" against "vers 8 heures, heure de Paris" (one moment, six hours apart by the clock); Category 4 /
    3 and 2 / 3 a.m. in one zone stay disputes."""
    assert not _said_differently(
        ("Hurricane Lorena hits Santa Aurelia", "Hurricane Lorena hit Santa Aurelia on Tuesday as a Category 4 storm, "
                                                "killing at least 11 people."),
        ("El huracán Lorena golpea Santa Aurelia", "El huracán Lorena, de categoría 4, golpeó Santa Aurelia el martes."))
    assert _said_differently(("Hurricane Lorena", "Lorena made landfall as a Category 4 storm on Tuesday."),
                             ("Hurricane Lorena", "Lorena made landfall as a Category 3 storm on Tuesday."))
    assert not _said_differently(
        ("Hurricane Lorena hits Santa Aurelia", "Lorena made landfall at 2 a.m. local time on Tuesday near Cap Sable."),
        ("L'ouragan Lorena frappe Santa Aurelia", "Lorena a touché terre mardi vers 8 heures, heure de Paris, près de "
                                                  "Cap Sable."))
    assert _said_differently(
        ("Hurricane Lorena hits Santa Aurelia", "Lorena made landfall at 2 a.m. local time on Tuesday near Cap Sable."),
        ("L'ouragan Lorena frappe Santa Aurelia", "Lorena a touché terre mardi vers 3 heures du matin, heure locale, "
                                                  "près de Cap Sable."))


def test_what_the_second_review_of_the_figures_found():
    """The second review: a time with no zone is local, and was no longer compared with one that names its zone
    ("2 a.m. on Tuesday" / "vers 5 heures, heure locale"; "et" read as US Eastern time); "2 a.m. GMT" / "3 heures,
    heure de Paris" is one moment; a name and a noun opening their sentences give one person's age ("Joao Ilveira,
    22," / "The 24-year-old striker"), and a firefighter is a person ("A 43-year-old firefighter"); "5.020 ha
    calcinadas" are hectares."""
    fire = ("Lorena hits Cap Sable", "Lorena made landfall at 2 a.m. on Tuesday near Cap Sable.")
    assert _said_differently(fire, ("Lorena frappe Cap Sable", "Lorena a touché terre mardi vers 5 heures, heure "
                                                              "locale, près de Cap Sable."))
    assert _said_differently(("Plant fire", "The fire broke out at 2 p.m. on Tuesday at the plant, officials said."),
                             ("Incendie à l'usine", "L'incendie s'est déclaré mardi à 17 heures et a ravagé l'usine, "
                                                    "selon les autorités."))
    assert not _said_differently(("Lorena hits Cap Sable", "Lorena made landfall at 2 a.m. GMT on Tuesday."),
                                 ("Lorena frappe Cap Sable", "Lorena a touché terre mardi à 3 heures, heure de Paris."))
    assert _said_differently(
        ("Porto sign Ilveira", "Joao Ilveira, 22, has signed a three-year contract with Porto, the club said."),
        ("Porto sign Ilveira", "The 24-year-old striker has agreed a three-year deal with Porto, the club said."))
    assert _said_differently(
        ("Firefighter killed", "Marcus Delane, 34, was killed when a burning tree fell on him near Redding."),
        ("Firefighter killed", "A 43-year-old firefighter died after being struck by a falling tree near Redding."))
    assert not _said_differently(
        ("Corvale Hills fire", "The wildfire has scorched 12,400 acres in the Corvale Hills, fire officials said."),
        ("Incendio en Corvale", "El incendio deja 5.020 ha calcinadas en las colinas de Corvale, según los bomberos."))


def test_a_bound_on_a_round_number_is_an_estimate():
    """From QA helpers' train-crash and outbreak reports: "More than 200 passengers were on board" / "Le train, qui
    transportait 230 passagers" and "More than a thousand suspected cases" / "Another 1,047 suspected cases" were
    figures said differently; a bound on a round number of hundreds or more is an estimate. One on another number
    states it ("at least 40" / "42" stays a dispute)."""
    assert not disputes("More than 200 passengers were on board the train from Valdoria when it came off the tracks.",
                        "Le train, qui transportait 230 passagers depuis Valdoria, a quitté les rails.")
    assert not disputes("More than a thousand suspected cases are still under investigation in Kalemba.",
                        "Another 1,047 suspected cases are being investigated in Kalemba.")
    assert disputes("More than 200 passengers were on board the train from Valdoria when it came off the tracks.",
                    "Le train, qui transportait 150 passagers depuis Valdoria, a quitté les rails.")


def test_a_day_another_language_gives_is_no_detail_whatever_its_phrase():
    """From a QA helper's outbreak reports: "Vendredi, le ministère ne faisait état que de 140 cas confirmés" marked
    "Vendredi" as the French report's own, against two English reports' "on Friday" (its phrase matched none)."""
    comp = compare([from_text("The number of confirmed cases has more than doubled since Friday, when the ministry "
                              "reported 140.", "a"),
                    from_text("Vendredi, le ministère ne faisait état que de 140 cas confirmés.", "b"),
                    from_text("That is up from 140 confirmed cases on Friday.", "c")])
    texts = [d.source.text for d in comp.documents]
    assert not [d for d in comp.details if d.source == 1 and texts[1][d.start:d.end] == "Vendredi"]


def test_a_fraction_of_a_scale_is_its_amount():
    """From a QA helper's outbreak reports: "a quarter of a million doses" against "250 000 doses" set "million"
    against 250 000 (the scale alone read as a million)."""
    assert not disputes("Vaccinators began administering a quarter of a million doses on Monday in Kalemba.",
                        "Une campagne de vaccination a débuté lundi à Kalemba avec 250 000 doses.")
    assert not disputes("Half a million people were evacuated from the coast on Monday, officials said.",
                        "Some 500,000 people were evacuated from the coast on Monday, officials said.")
    assert disputes("Half a million people were evacuated from the coast on Monday, officials said.",
                    "Some 300,000 people were evacuated from the coast on Monday, officials said.")


def test_with_four_reports_each_figure_points_at_every_other():
    """A QA helper's protest reports: injured officers "Fourteen" / "Eighteen" / "Twelve" / "Twelve": the two reports
    of twelve pointed at fourteen only, not at eighteen (the first pointer had marked them, the second found them
    marked and went no further)."""
    texts = ["Pension protest in Saint-Aurèle\n\n{} police officers were injured, according to the prefecture.".format(n)
             for n in ("Fourteen", "Eighteen", "Twelve", "Twelve")]
    comp = compare([from_text(t, name) for t, name in zip(texts, "ABCD")])
    against = {d.source: sorted(comp.documents[s].source.text[a:b] for s, a, b in d.counterparts)
               for d in comp.details if d.kind == "conflict"}
    assert against == {0: ["Eighteen", "Twelve", "Twelve"], 1: ["Fourteen", "Twelve", "Twelve"],
                       2: ["Eighteen", "Fourteen"], 3: ["Eighteen", "Fourteen"]}


def test_across_languages_a_count_is_set_against_the_count_of_its_noun():
    """A QA helper's protest reports: "Quatorze policiers ont été blessés et neuf manifestants ont été pris en charge"
    / "Dieciocho agentes resultaron heridos": the nine protesters were disputed with the eighteen officers too."""
    comp = compare([from_text("Manifestation à Saint-Aurèle\n\nQuatorze policiers ont été blessés et neuf manifestants "
                              "ont été pris en charge par les secours.", "A"),
                    from_text("Manifestación en Saint-Aurèle\n\nDieciocho agentes resultaron heridos, según la "
                              "prefectura.", "B")])
    texts = [d.source.text for d in comp.documents]
    disputed = {texts[d.source][d.start:d.end] for d in comp.details if d.kind == "conflict"}
    assert "Dieciocho" in disputed and any("Quatorze" in t for t in disputed) and "neuf" not in disputed


def test_what_the_verdict_reports_showed():
    """A QA helper's fraud-verdict reports (stop 65): an acquittal reported as a conviction was one claim with nothing
    marked, in Spanish and in English worded otherwise; the defendant's age was set against the prison term; a fine
    in French pounds ("3,5 millions de livres") was no figure against "£2.5 million"."""
    assert disputes("His co-defendant Priya Natarajan was acquitted.",
                    "Su exdirectora financiera, Priya Natarajan, fue condenada.") == {(0, "acquitted"), (1, "condenada")}
    assert disputes("His co-defendant Priya Natarajan was acquitted of all charges.",
                    "His co-defendant Priya Natarajan was convicted and given an 18-month suspended sentence.")
    assert disputes("His co-defendant Priya Natarajan was found not guilty.",
                    "Su exdirectora financiera, Priya Natarajan, fue absuelta.") == set()
    assert disputes("Graham Whitcombe has been jailed for seven years.",
                    "A court sentenced Graham Whitcombe, 58, to eight years in prison.") == {(0, "for seven"),
                                                                                              (1, "to eight")}
    assert (1, "de 58 años") not in disputes("Graham Whitcombe has been jailed for seven years.",
                                             "Un tribunal condenó a Graham Whitcombe, de 58 años, a ocho años de prisión.")
    fine = _said_differently(("Norbridge boss jailed", "The court also ordered him to pay a fine of £2.5 million."),
                             ("Le patron de Norbridge condamné", "Le tribunal lui a également infligé une amende de 3,5 "
                                                                 "millions de livres."))
    assert {(0, "£2.5 million"), (1, "3,5 millions de livres")} <= fine


def test_a_figure_two_reports_agree_on_is_set_against_the_third_reports():
    """A QA helper's wildfire reports (stop 65): "9 maisons" against "14 viviendas" and "14 homes" was marked only as
    the French report's own figure, and the claim counted as corroborated by three reports; any two of them alone
    disputed it. A breakdown into counts whose noun the second leaves out is no other figure ("ocho delitos de
    fraude y dos de falsedad" / "ten charges"), however small."""
    found = _said_differently(("Incendie dans le Conflent", "9 maisons ont été détruites, selon le maire."),
                              ("Incendio en el Conflent", "14 viviendas han quedado destruidas, según el alcalde."),
                              ("Wildfire in the Conflent", "The mayor says 14 homes have been destroyed in his village."))
    assert {(0, "9"), (1, "14")} <= found
    assert not _said_differently(("Norbridge boss convicted", "A jury found him guilty of ten charges in September."),
                                 ("Condenado el jefe de Norbridge", "Un jurado lo declaró culpable en septiembre de ocho "
                                                                    "delitos de fraude y dos de falsedad contable."))


def test_a_share_in_words_is_the_percentage_it_says():
    """A QA helper's wildfire reports (stop 65): "40% contained" / "two-fifths contained" marked each as its report's
    own; "About a quarter" / "Some 32%" and "Half of the homes" / "Un tiers des maisons" were no dispute. A period
    ("the first half of 2024") or a time ("a quarter of an hour") is no share."""
    assert not _said_differently(("Wildfire", "The fire is now 40% contained, the fire service said."),
                                 ("Wildfire", "The fire is now two-fifths contained, the fire service said."))
    assert _said_differently(("March", "About a quarter of the marchers were students, organisers said."),
                             ("March", "Some 32% of the marchers were students, organisers said.")) == {
        (0, "About a quarter"), (1, "Some 32%")}
    assert _said_differently(("Storm", "Half of the homes were destroyed, the mayor said."),
                             ("Tempête", "Un tiers des maisons ont été détruites, selon le maire.")) == {
        (0, "Half"), (1, "Un tiers")}
    assert not _said_differently(("Sales", "In the first half of 2024 sales rose 12%, the company said."),
                                 ("Sales", "Sales rose 12% in the six months to June, the company said."))


def test_an_arrest_or_a_concession_denied_in_another_language_is_a_dispute():
    """Two QA helpers' reports (stop 65): a train driver "was arrested" / "no ha sido detenido", and a candidate who
    "a refusé de reconnaître sa défaite" / "conceded defeat", were one claim with nothing marked."""
    found = _said_differently(("Train derails near Braga", "The driver of the train, a 52-year-old man, was arrested "
                                                           "on Tuesday, police said."),
                              ("Descarrila un tren cerca de Braga", "El maquinista del tren, un hombre de 52 años, no ha "
                                                                    "sido detenido este martes, según la policía."))
    assert {(0, "arrested"), (1, "no ha sido detenido")} <= found
    found = _said_differently(("Élections régionales", "Le candidat Tomas Brennerman a refusé de reconnaître sa "
                                                       "défaite."),
                              ("Regional election", "Candidate Tomas Brennerman conceded defeat."))
    assert {(0, "refusé de reconnaître"), (1, "conceded")} <= found
    assert not _said_differently(("Élections régionales", "Le candidat Tomas Brennerman a reconnu sa défaite."),
                                 ("Regional election", "Candidate Tomas Brennerman conceded defeat."))


def test_what_the_review_of_the_verdict_rules_found():
    """The review of stop 65's rules: "Reconnu coupable de fraude, … condamné" crashed the comparison; a plea ("who had
    pleaded not guilty"), a denied verdict ("did not find … guilty"), a condemnation ("ont condamné la décision de
    relaxer") and a quashed conviction were read as verdicts; two defendants' verdicts were set against each other;
    "Eight … arrested and two of them were charged" read as a breakdown of "Diez"; months next to "yesterday" or the
    verb "passé" were no longer compared; an age the reader misses on one side hid "58" / "qui a 85 ans"; "decenas de
    miles de millones" was read as thousands; a surname that is a title word ("King") became text."""
    assert not _said_differently(("Norbridge", "Reconnu coupable de fraude, Graham Whitcombe a été condamné mardi à "
                                               "huit ans de prison."),
                                 ("Norbridge", "Graham Whitcombe a été condamné mardi à huit ans de prison pour fraude."))
    assert not _said_differently(("Norbridge", "Graham Whitcombe, who had pleaded not guilty, was jailed for eight "
                                               "years on Friday."),
                                 ("Norbridge", "Graham Whitcombe a été condamné vendredi à huit ans de prison."))
    assert not _said_differently(("Southwark", "The jury did not find Graham Whitcombe guilty of fraud on Tuesday."),
                                 ("Southwark", "Graham Whitcombe a été acquitté de fraude mardi par le jury."))
    assert not _said_differently(("Police officers", "Human rights groups denounced the acquittal of the three police "
                                                     "officers."),
                                 ("Policiers", "Les associations de défense des droits humains ont condamné la "
                                               "décision de relaxer les trois policiers."))
    assert not _said_differently(("Fraud trial", "A jury at Southwark Crown Court convicted Graham Whitcombe of fraud "
                                                 "on Tuesday."),
                                 ("Juicio", "Un jurado de Southwark Crown Court absolvió el martes a su socia, Priya "
                                            "Natarajan, del delito de fraude."))
    assert {(0, "Eight"), (1, "Diez")} <= _said_differently(
        ("Arrests", "Eight people were arrested and two of them were charged on Sunday, police said."),
        ("Detenciones", "Diez personas fueron detenidas y acusadas el domingo, según la policía."))
    assert {(0, "March"), (1, "May")} <= _said_differently(
        ("Plant fire", "The fire broke out yesterday at the chemical plant, which opened in March."),
        ("Plant fire", "The fire broke out at the chemical plant, which opened in May."))
    assert {(0, "58"), (1, "85")} <= _said_differently(
        ("Norbridge", "Graham Whitcombe, 58, was jailed for eight years at Southwark Crown Court on Tuesday."),
        ("Norbridge", "Graham Whitcombe, qui a 85 ans, a été condamné mardi à huit ans de prison par la Crown Court "
                      "de Southwark."))
    assert not _said_differently(
        ("Inundaciones", "Las pérdidas por las inundaciones ascienden a decenas de miles de millones de euros, según la "
                         "aseguradora."),
        ("Inondations", "Les pertes liées aux inondations se chiffrent en dizaines de milliards d'euros, selon "
                        "l'assureur."))
    comp = compare([from_text("The inquiry was led by Detective Inspector Sarah King of Avon Police.", "a"),
                    from_text("The inquiry was led by Detective Inspector Sarah Price of Avon Police.", "b")])
    assert {d.type for d in comp.details if d.kind == "conflict"} == {"name"}


def test_a_share_rounded_and_a_figure_compared_with():
    """A QA helper's election reports (stop 65): "42%" / "42.3%" of the vote was said differently, though one rounds
    the other ("42.6%" does not); "Turnout was 61.4%, up from 55.2% at the last election" / "Turnout was 59.8%"
    marked no dispute, the two percentages in one sentence hiding it."""
    share = "Helena Marquardt's Civic Union won the election with {} of the vote."
    assert not _said_differently(("Election", share.format("42.3%")), ("Election", share.format("42%")))
    assert _said_differently(("Election", share.format("42.6%")), ("Election", share.format("42%"))) == {
        (0, "42.6%"), (1, "42%")}
    inflation = "Annual inflation rose to {} in February."  # a QA helper's rate decision: a bound is read
    for bound in ("more than 4%", "above 4%"):
        assert _said_differently(("Inflation", inflation.format("3.8%")), ("Inflation", inflation.format(bound)))
    assert not _said_differently(("Election", share.format("42.5%")), ("Election", share.format("43%")))  # half up
    assert not _said_differently(("Shares", "Veltronik shares fell 4.2 percent in Paris trading on Thursday."),
                                 ("Bourse", "À la Bourse de Paris, l'action Veltronik a reculé de plus de 4 % jeudi."))
    found = _said_differently(("Election", "Turnout was 61.4%, up from 55.2% at the last election in 2021, the "
                                           "commission said."), ("Election", "Turnout was 59.8%, the commission said."))
    assert {(0, "61.4%"), (1, "59.8%")} <= found and not any("55.2%" in text for _s, text in found)


def test_numbers_of_other_kinds_are_not_set_against_each_other_across_languages():
    """A QA helper's train-crash reports (stop 65): "The Intercity 521 … carrying 254 people" / "L'Intercity 512"
    set 254 against 512 besides the train's number; "won Sunday's regional election …, final results showed on Monday" against "on
    Sunday" set Monday against Sunday ("Sunday's" was no day)."""
    found = _said_differently(("Train derails", "The Intercity 521 from Lisbon to Braga was carrying 254 people."),
                              ("Deraglia un treno", "L'Intercity 512 partito da Lisbona e diretto a Braga è uscito dai "
                                                    "binari alle 7.42."))
    assert (0, "521") in found and (0, "254") not in found
    assert {(0, "Five"), (1, "Quattro")} <= _said_differently(
        ("Train derails", "Five of the train's eight carriages left the rails."),
        ("Deraglia un treno", "Quattro delle otto carrozze sono finite fuori dai binari."))
    assert not _said_differently(
        ("Election", "Helena Marquardt's Civic Union won Sunday's regional election in Norvalia, final results showed "
                     "on Monday."),
        ("Election", "Helena Marquardt's Civic Union won the regional election in Norvalia on Sunday, June 14."))


def test_what_the_second_review_of_the_session_found():
    """The second review of stop 65's rules: whole percentages one point apart ("2%" / "3 %") and a rate's "5%" /
    "5,25 %" were no dispute any longer (only "42.3%" rounds to "42%"); "found … not guilty" and "pleaded guilty" were
    no verdicts, nor "declaró culpable a …" or an active "a condamné mardi X à huit ans"; "has yet to concede", a
    warrant for an arrest, a cardiac arrest and "non identifié" were read as acts; "More than half" / "58 %" was said
    differently; "two months ago" was no month said relative."""
    assert {(0, "2%"), (1, "3 %")} <= _said_differently(("Inflation", "Inflation rose to 2% in March, the statistics "
                                                                      "office said."),
                                                        ("Inflation", "L'inflation a atteint 3 % en mars, selon "
                                                                      "l'office statistique."))
    assert _said_differently(("Rates", "The central bank raised its key interest rate to 5% on Thursday."),
                             ("Rates", "The central bank raised its key interest rate to 5.25% on Thursday."))
    assert {(0, "guilty"), (1, "coupable")} <= _said_differently(
        ("Verdict", "A jury at Southwark Crown Court found Graham Whitcombe not guilty of fraud on Tuesday."),
        ("Verdict", "Un jury de la Crown Court de Southwark a reconnu Graham Whitcombe coupable de fraude mardi."))
    assert _said_differently(("Verdict", "A court acquitted Graham Whitcombe of fraud yesterday."),
                             ("Veredicto", "El tribunal condenó ayer a Graham Whitcombe a ocho años de cárcel por "
                                           "fraude."))
    assert not _said_differently(("Election", "Candidate Tomas Brennerman has yet to concede defeat."),
                                 ("Élection", "Le candidat Tomas Brennerman n'a pas encore reconnu sa défaite."))
    assert not _said_differently(("Arrest", "An unidentified man was arrested at the scene on Tuesday, police said."),
                                 ("Arrestation", "Un homme non identifié a été interpellé sur place mardi, selon la "
                                                 "police."))
    assert not _said_differently(("Vote", "More than half of voters backed the proposal, the commission said."),
                                 ("Vote", "58 % des électeurs ont soutenu la proposition, selon la commission."))
    assert not _said_differently(("Verdict", "A jury convicted Graham Whitcombe two months ago after a trial that "
                                             "began in January."),
                                 ("Verdict", "A jury convicted Graham Whitcombe in September."))


def test_what_the_transfer_reports_showed():
    """A QA helper's football-transfer reports (stop 65): "will earn about £220,000 a week" / "£250,000" was disputed
    in one order of the files only ("about" after "earn" was no bound); "120 million euros" / "100 milioni di euro"
    was never compared ("di euro" was no currency); "95 million euros, plus up to 10 million euros in add-ons" / "105
    millones de euros, variables incluidos" set 95 against 105; "a five-year contract" / "a contract until 2030" set
    five against 2030."""
    wage = ("Núñez joins Kingsport", "He will earn {} a week.")
    for first, second in (("about £220,000", "£250,000"), ("£250,000", "about £220,000")):
        assert _said_differently((wage[0], wage[1].format(first)), (wage[0], wage[1].format(second)))
    assert {(0, "120 million euros"), (1, "100 milioni di euro")} <= _said_differently(
        ("Release clause", "Núñez's contract contained a release clause of 120 million euros."),
        ("Clausola", "Il contratto prevedeva una clausola rescissoria da 100 milioni di euro."))
    found = _said_differently(
        ("Record fee", "Kingsport City have signed Mateo Núñez for 95 million euros, plus up to 10 million euros in "
                       "add-ons."),
        ("Traspaso récord", "El Atlético Valdemora ha cerrado el traspaso de Mateo Núñez al Kingsport City por 105 "
                            "millones de euros, variables incluidos."))
    assert not any(text.startswith(("95", "105")) for _s, text in found)
    assert not _said_differently(("Contract", "Núñez, 24, has signed a five-year contract."),
                                 ("Contract", "Núñez, 24, has signed a contract until 2030."))


def test_a_negation_is_found_whichever_way_the_edit_distance_breaks_its_ties():
    """A QA helper's outbreak reports (stop 65): "Schools in the district will close from Monday." / "… will not
    close." marked only "from Monday", and "Schools … will close, the minister said." / "The minister said schools …
    will not close." nothing at all: the word diff paired "close" with "close" in one order of the two only."""
    assert (1, "not close") in _said_differently(("Outbreak", "Schools in the district will close from Monday."),
                                                 ("Outbreak", "Schools in the district will not close."))
    assert (1, "not close") in _said_differently(("Outbreak", "Schools in the district will close, the minister said."),
                                                 ("Outbreak", "The minister said schools in the district will not "
                                                              "close."))


def test_a_subject_killed_in_one_report_and_arrested_in_another():
    """A QA helper's hostage-taking reports (stop 65): "The hostage-taker … was killed in the assault" against "…
    was arrested" and "… a été interpellé" was one claim with nothing marked once the French version joined it."""
    found = _said_differently(
        ("Siege ends", "The hostage-taker, a 34-year-old man, was killed in the assault, police said."),
        ("Siege ends", "The hostage-taker, a 34-year-old man, was arrested in the assault, police said."),
        ("Fin de la prise d'otages", "Le preneur d'otages, un homme de 34 ans, a été interpellé lors de l'assaut, "
                                     "selon la police."))
    assert {(0, "killed"), (1, "arrested"), (2, "interpellé")} <= found
    assert not _said_differently(("Siege ends", "Police killed one gunman and arrested another in the assault."),
                                 ("Fin du siège", "La police a interpellé un homme lors de l'assaut."))


def test_what_the_third_review_of_the_session_found():
    """The third review of stop 65's rules: a plea ("se declaró no culpable", "entered a plea of not guilty") and a
    split verdict ("not guilty of murder but guilty of manslaughter") read as acquittals; "is considering the
    evacuation" hedged nothing; "le vol 4127" was no flight's number; "did not arrest", "no detener" were no arrests,
    and any "but" or "while" silenced an act; "plus que prévu" made a fee a part; "Roughly half" / "45 %" was said
    differently and "What's more, half" a bound; "the 2019 election" / "in 2021" no year said differently."""
    convicted = ("Verdict", "Graham Whitcombe was convicted of all eight charges.")
    assert not _said_differently(convicted, ("Veredicto", "Graham Whitcombe se declaró no culpable de los ocho cargos."))
    assert not _said_differently(("Verdict", "Graham Whitcombe was found not guilty of murder but guilty of "
                                             "manslaughter on Tuesday."),
                                 ("Verdict", "Graham Whitcombe was convicted of manslaughter on Tuesday after a six-week "
                                             "trial."))
    assert (0, "is considering") in _said_differently(
        ("Evacuation", "The government is considering the evacuation of 2,000 residents, officials said."),
        ("Evacuation", "The government has ordered the evacuation of 2,000 residents, officials said."))
    assert {(0, "4172"), (1, "4127")} <= _said_differently(
        ("Crash", "Air Zephyr Flight 4172 crashed on approach to Nice on Sunday, killing 12 people."),
        ("Crash", "Le vol 4127 d'Air Zephyr s'est écrasé à l'approche de Nice dimanche, faisant 12 morts."))
    assert _said_differently(("Ortega", "Ortega conceded defeat on Sunday night but said he would contest the results "
                                        "in court."),
                             ("Ortega", "Ortega a refusé de reconnaître sa défaite dimanche soir."))
    assert {(0, "123 millions d'euros")} <= _said_differently(
        ("Transfert", "Pour 123 millions d'euros, l'attaquant portugais de Benfica rejoint le Real Madrid."),
        ("Transfert", "Le Real Madrid a bouclé le transfert de l'attaquant portugais de Benfica pour 132 millions "
                      "d'euros, plus que prévu."))
    assert not _said_differently(("Turnout", "Roughly half of the voters stayed at home, according to the electoral "
                                             "commission."),
                                 ("Participation", "Selon la commission électorale, 45 % des électeurs sont restés chez "
                                                   "eux."))
    assert _said_differently(("Turnout", "What's more, half of the voters stayed at home, according to the electoral "
                                         "commission."),
                             ("Participation", "Selon la commission électorale, 80 % des électeurs sont restés chez eux."))
    assert {(0, "2019")} <= _said_differently(("Ortega", "Ortega won the 2019 election with 54% of the vote, officials "
                                                         "said."),
                                              ("Ortega", "Ortega won the election in 2021 with 54% of the vote, "
                                                         "officials said."))


def test_a_depth_is_no_distance():
    """From a QA helper's earthquake reports: "struck 12 km southwest of Valcerro" / "struck at a depth of 10 km" (or
    "a 10 kilómetros de profundidad") were one figure said differently, and a fact-checker would have "corrected" a
    right figure. Two depths are still compared."""
    assert not _said_differently(("Quake", "The magnitude 6.4 quake struck 12 km southwest of Valcerro."),
                                 ("Quake", "The magnitude 6.4 quake struck at a depth of 10 km."))
    assert _said_differently(("Quake", "The magnitude 6.4 quake struck at a depth of 10 km."),
                             ("Quake", "The magnitude 6.4 quake struck at a depth of 12 km."))


def test_a_decision_granted_in_one_version_and_refused_in_another():
    """From a QA helper's extradition reports: the tabloid's wrong "A Czech court yesterday blocked the extradition"
    was one claim with the others' "approved", "aprobó", nothing marked. A decision on one thing said both ways is a
    fact to check; "rejected his appeal against extradition" decides the appeal, and agrees."""
    assert {(0, "approved"), (1, "yesterday blocked")} <= _said_differently(
        ("Extradition", "A Prague court on Tuesday approved the extradition of businessman Tomás Ferrándiz to Spain."),
        ("Extradition", "A Czech court yesterday blocked the extradition of tycoon Tomás Ferrándiz to Spain."))
    assert {(0, "aprobó"), (1, "blocked")} <= _said_differently(
        ("Extradición", "Un tribunal de Praga aprobó la extradición a España del empresario Tomás Ferrándiz."),
        ("Extradition", "The court blocked the extradition of Tomás Ferrándiz to Spain."))
    assert not _said_differently(
        ("Extradition", "The court rejected his appeal against extradition to Spain on Tuesday."),
        ("Extradition", "The court approved his extradition to Spain on Tuesday."))


def test_a_verdict_of_a_defendant_named_first_is_set_against_the_other_verdict_in_any_language():
    """A QA helper's trial reports: "Castagnède was acquitted …" / "The court found Castagnède guilty …", and
    against "Castagnède wurde … verurteilt", were one claim with nothing marked: the name opening a sentence was
    no name, and German nouns ("Veruntreuung", "Gelder") read as people the other version does not name."""
    acquitted = "Castagnède was acquitted of misappropriation of public funds."
    assert disputes(acquitted, "The court found Castagnède guilty of misappropriation of public funds.") \
        == {(0, "was acquitted"), (1, "guilty")}
    assert disputes(acquitted, "Castagnède wurde wegen Veruntreuung öffentlicher Gelder verurteilt.") \
        == {(0, "acquitted"), (1, "verurteilt")}
    assert disputes("Castagnède was convicted of misappropriation of public funds.",
                    "Castagnède wurde vom Vorwurf der Veruntreuung öffentlicher Gelder freigesprochen.") \
        == {(0, "convicted"), (1, "freigesprochen")}
    assert disputes(acquitted, "The court found his co-defendant Ferracci guilty of misappropriation of public "
                               "funds.") == set()


def test_a_whole_percentage_rounds_a_decimal_only_to_two_figures_and_pairs_with_the_figure_placed_alike():
    """A QA helper's rate-decision reports: "inflation of 2%" / "2.4%" and "fell 1%" / "fell 0.6%" agreed as
    roundings (a fifth or more apart; "42%" / "42.3%" still do, above). The French "1,5 %" of growth and "2 %" of inflation
    in 2028 were both set against the Spanish inflation's "2,1%": only "2 %" stands between the "2027" and "2028"
    both give, as "2,1%" does."""
    assert disputes("The bank forecast inflation of 2% in 2028.", "The bank forecast inflation of 2.4% in 2028.") \
        == {(0, "2%"), (1, "2.4%")}
    assert disputes("The crown fell 1% against the euro.", "The crown fell 0.6% against the euro.") \
        == {(0, "1%"), (1, "0.6%")}
    assert disputes("La banque table désormais sur une croissance de 1,1 % l'an prochain et de 1,5 % en 2028, et "
                    "sur une inflation de 2,4 % en 2027 puis 2 % en 2028.",
                    "El banco prevé una inflación del 2,4% en 2027 y del 2,1% en 2028.") == {(0, "2 %"), (1, "2,1%")}


def test_a_move_told_the_other_way_is_a_dispute_in_any_language():
    """A QA helper's rate-decision reports: "The crown fell 0.6%" / "La corona si è rafforzata dello 0,6%" (it
    strengthened) was one claim with nothing marked, "fell" / "rose" two words of wording. Two measures both right
    ("prices rose 2.7%" in the year, inflation "scesa al 2,7%"), a move denied, and two things that moved are none."""
    assert disputes("The crown fell 0.6% against the euro to 11.42.",
                    "La corona si è rafforzata dello 0,6% sull'euro, a 11,42.") == {(0, "fell"), (1, "rafforzata")}
    assert disputes("The crown fell 0.6% against the euro to 11.42.",
                    "The crown rose 0.6% against the euro to 11.42.") == {(0, "fell"), (1, "rose")}
    assert disputes("The central bank cut interest rates on Thursday.",
                    "La banque centrale a relevé ses taux jeudi.") == {(0, "cut"), (1, "relevé")}
    assert disputes("The crown fell 0.6% against the euro to 11.42.",
                    "La couronne a reculé de 0,6 % face à l'euro, à 11,42.") == set()
    assert disputes("Consumer prices rose 2.7% in the year to October.",
                    "L'inflazione è scesa al 2,7% a ottobre.") == set()


def test_two_parties_shares_are_not_set_against_each_other_across_languages():
    """A QA helper's election reports: with a German report added to two English ones, its "34,2" of the
    Progressive Allianz was set against the other's "29.8" of National Renewal and its "98" (per cent of ballots
    counted) against the Progressives' "34.0": the figures were paired in the order the sentences give them."""
    found = _said_differently(
        ("Election", "With 98 percent of ballots counted, the Progressive Alliance had 34.2 percent of the vote."),
        ("Election", "Once all ballots were counted, the Progressives stood at 34.0 percent, ahead of National "
                     "Renewal on 29.8 percent."),
        ("Wahl", "Nach Auszählung von 98 Prozent der Stimmzettel kam die Progressive Allianz auf 34,2 Prozent."))
    assert found == {(0, "34.2"), (1, "34.0 percent")}


def test_what_the_review_of_the_moves_and_roles_found():
    """The review of this session's rules: two sides of one exchange rate, a town taken by the forces that advanced,
    a team that advanced over the team that fell, a "lower house" and a "raise", a spokesman named in apposition
    either way, were marked said differently."""
    for a, b in (("The Swedish crown fell 0.6% against the euro on Thursday.",
                  "The euro rose 0.6% against the Swedish crown on Thursday."),
                 ("The town of Kessala fell to rebel forces on Sunday, residents said.",
                  "Rebel forces advanced into the town of Kessala on Sunday, residents said."),
                 ("Lorvena advanced to the final with a win over Sarrenda on Sunday.",
                  "Sarrenda fell to Lorvena in the semi-final on Sunday."),
                 ("Deputies in the lower house passed the pension bill on Tuesday.",
                  "The Chamber of Deputies passed the bill to raise the pension age on Tuesday."),
                 ('"We are taking this step out of caution," said Marc Petit, a spokesman for Volta.',
                  '"We are taking this step out of caution," Volta spokesman Marc Petit said.'),
                 ("Volta chief executive Anna Berg said the plant would close.",
                  "Anna Berg, chief executive of Volta, said the plant would close.")):
        assert disputes(a, b) == set(), (a, b)


def test_what_the_review_of_the_figures_found():
    """The review: "9%" / "9,1 %" of unemployment was said differently (a whole figure rounds a decimal less than a
    twentieth of it away); "Spain" / "España" and "Zelensky" / "Selenskyj" before two figures read as two holders,
    and the figures were no longer set against each other."""
    assert not _said_differently(("Jobs", "Unemployment fell to 9% in March, the statistics office said."),
                                 ("Emploi", "Le chômage a reculé à 9,1 % en mars, selon l'office statistique."))
    assert _said_differently(("Jobs", "The jobless rate in Spain rose to 11.4% in the third quarter."),
                             ("Paro", "La tasa de paro en España subió al 12,4% en el tercer trimestre.")) \
        == {(0, "11.4%"), (1, "12,4%")}
    assert _said_differently(("Poll", "In the latest poll, approval of Zelensky stood at 52 percent."),
                             ("Umfrage", "In der jüngsten Umfrage lag die Zustimmung für Selenskyj bei 48 Prozent.")) \
        == {(0, "52"), (1, "48")}


def test_a_part_of_a_term_suspended_in_one_report_and_to_be_served_in_another_is_a_dispute():
    """From a QA helper's verdict reports: "four years in prison, three of them suspended" / "dont trois ferme" / "tres
    de ellos de cumplimiento efectivo" were one claim with nothing marked, though it decides whether the man serves
    one year or three. The same time to serve said from the other side agrees."""
    en = "A court sentenced former mayor Gérard Maussane to four years in prison, three of them suspended, for corruption."
    found = disputes(en, "Le tribunal a condamné l'ancien maire Gérard Maussane à quatre ans de prison, dont trois "
                         "ferme, pour corruption.")
    assert (0, "suspended") in found and any("ferme" in text for side, text in found if side == 1)
    found = disputes(en, "Un tribunal condenó al exalcalde Gérard Maussane a cuatro años de prisión, tres de ellos de "
                         "cumplimiento efectivo, por corrupción.")
    assert {(0, "suspended"), (1, "de cumplimiento efectivo")} <= found
    assert disputes("Gérard Maussane was given a two-year suspended sentence for corruption.",
                    "Gérard Maussane a été condamné à deux ans de prison ferme pour corruption.")
    assert not disputes(en, "Le tribunal a condamné l'ancien maire Gérard Maussane à quatre ans de prison, dont un an "
                            "ferme, pour corruption.") - {(0, "three")}  # one year to serve both ways
    assert not disputes("Gérard Maussane was sentenced to four years, two of them suspended.",
                        "Gérard Maussane wurde zu vier Jahren verurteilt, davon zwei ohne Bewährung.")


def test_a_count_whose_noun_follows_its_adjective_in_english_is_set_against_the_noun_in_other_words():
    """From a QA helper's verdict reports: "11 public contracts" / "12 contratos públicos" were each the report's own
    number, the English count read as counting "public"."""
    assert disputes("The mayor awarded 11 public contracts.", "El alcalde adjudicó 12 contratos públicos.") \
        == {(0, "11"), (1, "12")}
    assert disputes("The mayor awarded 11 public contracts.", "Le maire a attribué 12 marchés publics.") \
        == {(0, "11"), (1, "12")}


def test_a_new_level_is_set_against_another_new_level_where_one_version_gives_the_old_level_too():
    """From a QA helper's rate-decision reports: "lowered its deposit rate to 3.00% from 3.25%" / "ramené à 3,25 %"
    read 3.25% as shared (the old rate in one, the new in the other), so the two new rates went unmarked."""
    en = "The bank also lowered its deposit rate to 3.00% from 3.25%."
    assert disputes(en, "Le taux de dépôt a été ramené à 3,25 %.") == {(0, "3.00%"), (1, "3,25 %")}
    assert {(0, "3.00%"), (1, "3.25%")} <= disputes(en, "The bank also lowered its deposit rate to 3.25%.")
    assert not disputes(en, "The bank also lowered its deposit rate to 3% from 3.25%.")
    assert not disputes(en, "Le taux de dépôt a été ramené à 3 %.")


def test_a_turnout_with_decimals_said_as_some_figure_is_no_rounding_of_another():
    """From a QA helper's election reports: "Turnout was 61.4 percent, up from 57.9 percent … in 2021" / "Some 63.1
    percent of eligible voters cast a ballot, the highest turnout … since 2009" left both turnouts unmarked ("some"
    had spread 63.1 over a twentieth of it, down to 59.9) and set "2021" against "since 2009"."""
    found = disputes("Turnout was 61.4 percent, up from 57.9 percent at the last regional election in 2021.",
                     "Some 63.1 percent of eligible voters cast a ballot, the highest turnout in a regional election "
                     "since 2009.")
    assert any("61.4" in text for side, text in found if side == 0)
    assert any("63.1" in text for side, text in found if side == 1)
    assert not {text for _, text in found} & {"2021", "since 2009", "2009"}
    assert disputes("Unemployment is at its highest since 2009, the office said.",
                    "Unemployment is at its highest since 2011, the office said.") == {(0, "2009"), (1, "2011")}
    assert not disputes("Some 63.1 percent of eligible voters cast a ballot in the regional election.",
                        "Turnout in the regional election was 63.4 percent.")


def test_a_figure_the_word_diff_leaves_in_a_deleted_run_is_set_against_the_other():
    """From a QA helper's election reports: "the Progressives would take 31 of the 85 seats" / "gives the
    Progressives 32 of the 85 seats": the word diff paired "would" with "32" and left "take 31" deleted, so each
    figure read as its report's own."""
    found = disputes("Under the preliminary count, the Progressives would take 31 of the 85 seats and National "
                     "Renewal 27.", "The final tally gives the Progressives 32 of the 85 seats, with National "
                                    "Renewal on 27.")
    assert {(0, "31"), (1, "32")} <= found


def test_the_day_a_span_starts_is_not_set_against_the_day_something_happened():
    """A QA helper's wildfire (stop 69): "…, officials said on Wednesday" / "l'incendie qui ravage depuis mardi" was
    said differently, Wednesday against Tuesday: one dates the statement, the other is where the fire's days start.
    Two starts, a start said as a start and as a span's beginning, or two days of one event, still differ."""
    found = disputes("A wildfire has killed four people and forced more than 3,000 residents to evacuate their homes in "
                     "Valmorra, officials said on Wednesday.",
                     "Quatre personnes ont trouvé la mort dans l'incendie qui ravage depuis mardi la région de Valmorra, "
                     "et 3 200 habitants ont dû quitter leur domicile.")
    assert not {text for _, text in found} & {"Wednesday", "mardi"}
    assert {text for _, text in disputes("El incendio que arrasa desde el martes la región ha causado cuatro muertos.",
                                         "The fire that broke out on Wednesday has killed four people in the "
                                         "region.")} >= {"martes", "Wednesday"}  # (the review: one start, said twice)
    assert {text for _, text in disputes("The strike that began on Tuesday has closed the port of Valmorra.",
                                         "The strike, under way since Wednesday, has closed the port of Valmorra.")}
    assert not disputes("The fire has burned since March 3 and killed four people in the region.",
                        "The fire killed four people in the region on March 10.")
    assert {text for _, text in disputes("Das Feuer, das seit Dienstag in der Region wütet, hat vier Menschen getötet.",
                                         "The fire, which has been raging in the region since Wednesday, has killed "
                                         "four people.")} == {"Dienstag", "Wednesday"}
    for started, happened in (("The wildfire has been raging in Valmorra since Tuesday, officials said, and four "
                               "people have died.", "The wildfire killed four people in Valmorra on Wednesday, "
                               "officials said."),
                              ("Le feu ravage la région depuis mardi et a fait quatre morts, selon les pompiers.",
                               "Le feu a fait quatre morts mercredi dans la région, selon les pompiers."),
                              ("Das Feuer wütet seit Dienstag in der Region und hat vier Menschen getötet.",
                               "Das Feuer hat am Mittwoch vier Menschen in der Region getötet.")):
        assert not disputes(started, happened), started
    assert {text for _, text in disputes("A wildfire that has raged since Tuesday killed four people in Valmorra.",
                                         "A wildfire that has raged since Monday killed four people in Valmorra.")} \
        == {"Tuesday", "Monday"}


def _marked(*texts: str) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    """(disputed, unique) (source, text) of the figures marked when these reports are compared (a report's
    paragraphs its sentences)."""
    comp = compare([from_text(t, f"r{k}") for k, t in enumerate(texts)])
    out: tuple[set, set] = (set(), set())
    for d in comp.details:
        if d.type in ("number", "date") and d.kind in ("conflict", "unique"):
            out[d.kind == "unique"].add((d.source, comp.documents[d.source].source.text[d.start:d.end]))
    return out


def test_figures_of_different_things_are_not_set_against_each_other_across_languages():
    """From a QA helper's wildfire reports: "killed four people and forced more than 3,000 residents to evacuate" /
    "quatro mortos e 31 feridos" and, in the next sentence, "Cerca de 3.200 pessoas foram retiradas" set the dead
    ("four", which the Portuguese gives as "quatro") against the evacuated ("3.200"); "forces thousands to flee" was
    set against "6.000 hectares" burnt and against "fünf" dead."""
    disputed, _ = _marked(
        "CASTELMORA, Valmorra, Aug 12 (Meridian News) - A wildfire fanned by strong winds has killed four people and "
        "forced more than 3,000 residents to evacuate their homes in the Mediterranean region of Valmorra, officials "
        "said on Wednesday.",
        "O incêndio que lavra desde terça-feira à tarde na região mediterrânica de Valmorra já provocou quatro mortos "
        "e 31 feridos, seis dos quais em estado grave.\n\nCerca de 3.200 pessoas foram retiradas das suas casas.\n\n"
        "Os cientistas alertam que as alterações climáticas tornam as ondas de calor mais longas e intensas no "
        "Mediterrâneo.")
    assert not {text for _, text in disputed} & {"four", "3.200"}
    headline = "Wildfire kills four, forces thousands to flee in Valmorra region"
    assert not disputes(headline, "Fogo em Valmorra já consumiu 6.000 hectares e fez quatro mortos")
    assert disputes(headline, "Waldbrand in Valmorra: Zahl der Toten steigt auf fünf") == {(0, "four"), (1, "fünf")}


def test_an_hour_written_bare_after_the_words_that_time_an_event_is_a_time_said_differently():
    """From a QA helper's airline-merger reports: "nella conferenza stampa delle 11" / "lors d'une conférence de
    presse à 10 heures", "The press conference started at 11." / "a commencé à 10 heures" were two details each
    report's own, not a time said differently. An English hour written bare may be the evening's ("at 11" /
    "à 23 heures" is no dispute); "tre delle 11" (three of the eleven) is no time."""
    it = "«Stiamo costruendo un campione europeo», ha dichiarato Marco Bellandi nella conferenza stampa delle 11."
    fr = ("« Nous construisons un champion européen », a déclaré Marco Bellandi lors d'une conférence de presse à "
          "10 heures.")
    assert {(0, "11"), (1, "à 10 heures")} <= disputes(it, fr)
    en = "The press conference started at 11."
    assert {(0, "11"), (1, "10 heures")} <= disputes(en, "La conférence de presse a commencé à 10 heures.")
    assert not disputes(en, "La conférence de presse a commencé à 23 heures.")
    assert not disputes(en, "La conférence de presse a commencé à 11 heures.")
    assert not disputes("Ne sono state salvate tre delle 11 persone a bordo.",
                        "Rescuers saved three of the 11 people on board.")


_ARREST_LEAD = ("Wildfire kills four in Valmorra\n\nA wildfire has killed four people in Valmorra.\n\nMore than 600 "
                "firefighters are battling the flames.\n\n")
_PRISAO_LEAD = ("Fogo em Valmorra faz quatro mortos\n\nO incêndio em Valmorra já provocou quatro mortos.\n\nMais de 600 "
                "bombeiros estão no terreno.\n\n")


def test_the_number_of_people_arrested_is_set_against_the_other_versions_in_any_words():
    """From a QA helper's wildfire reports: "Two men were arrested" / "Três suspeitos foram detidos" were two unique
    details ("on suspicion of" read as naming the suspects apart from the count); "Police arrested a 52-year-old
    man" / "A polícia deteve dois suspeitos" gave no dispute, and the Portuguese active "deteve dois" no arrest."""
    pt = ("A polícia deteve dois suspeitos na quinta-feira de manhã, suspeitos de terem ateado o fogo de forma "
          "deliberada.")
    disputed, _ = _marked(_ARREST_LEAD + "Two men were arrested on Wednesday morning on suspicion of starting the "
                                         "fire deliberately.",
                          _PRISAO_LEAD + "Três suspeitos foram detidos na quinta-feira de manhã, suspeitos de terem "
                                         "ateado o fogo de forma deliberada.")
    assert {(0, "Two"), (1, "Três")} <= disputed
    disputed, _ = _marked(_ARREST_LEAD + "Police arrested a 52-year-old man on Wednesday morning on suspicion of "
                                         "starting the fire deliberately.", _PRISAO_LEAD + pt)
    assert {(0, "a 52-year-old man"), (1, "dois")} <= disputed
    disputed, _ = _marked(_ARREST_LEAD + "Two men were arrested on Wednesday morning on suspicion of starting the "
                                         "fire deliberately.", _PRISAO_LEAD + pt)
    assert not {text for _, text in disputed} & {"Two", "dois"}
    comp = compare([from_text(_PRISAO_LEAD + pt, "pt"), from_text("La police a arrêté deux hommes jeudi.", "fr")])
    arrests = next(t for t in tolls(comp) if t.outcome == "arrest")
    assert [f.text for f in arrests.figures] == ["dois", "deux"]
    comp = compare([from_text("A empresa detém dois hotéis em Lisboa.", "a"),
                    from_text("Le gouvernement a arrêté deux mesures.", "b")])
    assert not [t for t in tolls(comp) if t.outcome == "arrest"]


def test_an_english_rank_joined_to_what_it_ranks_is_the_rank_another_language_gives():
    """From QA helpers' airline-merger and wildfire reports: "il terzo gruppo aereo" / "Europe's third-largest
    airline group" and "Au premier semestre" / "first-half revenue" marked the Italian and French rank as a number
    only that report gives; "dans les deux sens" / "in both directions" marked "deux"."""
    en = "Aquila Air buys Ventura Airlines, becoming southern Europe's third-largest airline group."
    assert not _marked("Aquila Air compra Ventura Airlines e diventa il terzo gruppo aereo del Sud Europa.", en)[1]
    assert disputes("Aquila Air compra Ventura Airlines e diventa il secondo gruppo aereo del Sud Europa.", en) \
        == {(0, "secondo"), (1, "third-largest")}
    assert not _marked("Au premier semestre, le chiffre d'affaires d'Aquila a progressé à 3,48 milliards d'euros.",
                       "Aquila's first-half revenue rose to 3.48 billion euros.")[1]
    road = "The main coastal road between Castelmora and Ris Alto was closed in both directions."
    assert not _marked(road, "La route côtière entre Castelmora et Ris Alto a été fermée dans les deux sens.")[1]
    assert _marked(road, "La route côtière entre Castelmora et Ris Alto a été fermée dans les trois sens.")[1]


def test_one_person_arrested_is_no_figure_said_differently_against_a_crowds_arrests():
    """One arrest named against the many of a crowd ("a man believed to be the ringleader" / "More than 20 people
    were arrested") may be one of them: no dispute; one against three is."""
    assert not disputes("Police arrested a man believed to be the ringleader after the match on Saturday.",
                        "More than 20 people were arrested after the match on Saturday.")
    assert {(0, "a man"), (1, "three")} <= disputes("Police arrested a man after the match on Saturday.",
                                                    "Police arrested three men after the match on Saturday.")


def test_what_the_review_of_stop_69_found_in_levels_and_italian_from():
    """A sentence with two rates moved to is no one new level ("cut its deposit rate to 3.25% from 3.50%, and its main
    refinancing rate to 3.40%" / "ramené son taux de refinancement à 3,40 %" had been said differently); Italian "dal
    12%" is a figure moved from, not a span's start ("dal 12%" / "dall'11%" were each their report's own)."""
    assert not disputes("The ECB cut its deposit rate to 3.25% from 3.50%, and its main refinancing rate to 3.40%.",
                        "La BCE a ramené son taux de refinancement à 3,40 %.")
    found = disputes("Il tasso di disoccupazione è sceso di 2 punti, dall'11% al 10% nel secondo trimestre.",
                     "Il tasso di disoccupazione è sceso di 2 punti, dal 12% al 10% nel secondo trimestre.")
    assert any("11%" in text for side, text in found if side == 0) and any("12%" in text for side, text in found
                                                                           if side == 1)


def test_a_bound_on_a_share_is_read_in_every_language():
    """A QA helper's recall reports: the Italian "ha perso oltre il 4%" against "fell 4.2 percent" was a figure said
    differently, the bound's article ("il") hiding it; so were "más del 4%", "verlor über 4 Prozent" (a preposition
    after a verb). A bound the other figure misses stays a dispute ("oltre il 5%", "casi el 4%": below 4)."""
    shares = "Norvane shares fell 4.2 percent in Frankfurt trading on Tuesday."
    for title, bounded in (("Norvane in Borsa", "Il titolo Norvane ha perso oltre il 4% alla Borsa di Francoforte "
                                                "martedì."),
                           ("Norvane in Borsa", "Il titolo Norvane ha perso più del 4% alla Borsa di Francoforte "
                                                "martedì."),
                           ("Norvane en Bolsa", "Las acciones de Norvane cayeron más del 4% en la Bolsa de Fráncfort "
                                                "el martes."),
                           ("Norvane an der Börse", "Die Norvane-Aktie verlor am Dienstag im Frankfurter Handel über 4 "
                                                    "Prozent."),
                           ("Norvane na Bolsa", "As ações da Norvane caíram mais de 4% na Bolsa de Frankfurt na "
                                                "terça-feira.")):
        assert not _said_differently(("Norvane shares fall", shares), (title, bounded)), bounded
    assert {(0, "4.2"), (1, "5%")} <= _said_differently(
        ("Norvane shares fall", shares),
        ("Norvane in Borsa", "Il titolo Norvane ha perso oltre il 5% alla Borsa di Francoforte martedì."))
    assert {(0, "4.2"), (1, "4%")} <= _said_differently(
        ("Norvane shares fall", shares),
        ("Norvane en Bolsa", "Las acciones de Norvane cayeron casi el 4% en la Bolsa de Fráncfort el martes."))


def test_a_figure_in_a_headline_in_capitals_is_compared_like_any_other():
    """A QA helper's recall reports: the wire's headline in capitals, "NORVANE RECALLS 127,000 ELECTRIC CARS …",
    against the Italian paper's "Norvane richiama 172mila auto elettriche …" (digits transposed) read as two figures
    each report's own: "RECALLS 127,000" was read as an identifier, as "Route 66" is. Written in normal case it was a
    figure said differently; so is it now, and in German capitals too."""
    italian = ("Norvane richiama 172mila auto elettriche", "Il titolo Norvane ha perso il 4,2% alla Borsa di "
                                                         "Francoforte.")
    assert {(0, "127,000"), (1, "172mila")} <= _said_differently(
        ("NORVANE RECALLS 127,000 ELECTRIC CARS OVER BATTERY FIRE RISK", "Norvane shares fell 4.2 percent in "
                                                                         "Frankfurt trading."), italian)
    assert {(0, "127.000"), (1, "172mila")} <= _said_differently(
        ("NORVANE RUFT 127.000 ELEKTROAUTOS WEGEN BRANDGEFAHR ZURÜCK", "Die Norvane-Aktie verlor im Frankfurter "
                                                                      "Handel 4,2 Prozent."), italian)


def test_a_figure_said_differently_points_at_the_whole_other_figure():
    """A QA helper's recall reports: the wire's 127,000 against the Italian "172mila" pointed at "mila" (the figure's
    scale word alone), as the German 84.000 had pointed at the Portuguese "mil" of "127 mil"."""
    comp = compare([from_text(f"{title}\n\n{body}", name) for name, title, body in (
        ("wire", "NORVANE RECALLS 127,000 ELECTRIC CARS OVER BATTERY FIRE RISK",
         "Norvane shares fell 4.2 percent in Frankfurt."),
        ("pt", "Norvane chama às oficinas 127 mil carros elétricos por risco de incêndio",
         "As ações da Norvane caíram 4,2% em Frankfurt."),
        ("it", "Norvane richiama 172mila auto elettriche: rischio incendio per le batterie",
         "Il titolo Norvane ha perso il 4,2% a Francoforte."))])
    texts = [d.source.text for d in comp.documents]
    pointed = {(texts[d.source][d.start:d.end], texts[s][a:b]) for d in comp.details for s, a, b in d.counterparts}
    assert ("127,000", "172mila") in pointed and ("172mila", "127,000") in pointed
    assert not any(other in ("mila", "mil") for _mine, other in pointed)
