"""Tolls across the reports: the dead, the injured, the missing, the evacuated each report gives, wherever it gives
them, and whether the reports' leads agree."""
from __future__ import annotations

import re
from pathlib import Path

from desktop.engine.ingest import from_text, read_path
from desktop.engine.pipeline import compare
from desktop.engine.tolls import tolls
from desktop.export.html import render_html
from desktop.export.markdown import render_markdown

REPORTS = Path(__file__).parent / "reports"
PLANT_FIRE = ("plant_fire_en_wire.txt", "plant_fire_en_local.txt", "plant_fire_fr_national.txt",
              "plant_fire_fr_regional.txt")


def _table(comp) -> dict[str, tuple[bool, dict[int, list[str]]]]:
    out = {}
    for t in tolls(comp):
        figures: dict[int, list[str]] = {}
        for f in t.figures:
            figures.setdefault(f.source, []).append(f.text)
        out[t.outcome] = (t.disputed, figures)
    return out


def test_the_reports_tolls_are_read_in_their_words_and_set_side_by_side():
    """From a helper's four plant-fire reports: twelve injured in two of them, fifteen in two ("The number of injured
    rose to 15", "ils sont désormais quinze blessés"); no deaths in three ("No deaths were reported", "aucun décès
    n'est à déplorer") and one in the fourth, later ("One worker, a 54-year-old maintenance technician, died of his
    injuries"); 1,200 or 2,000 evacuated."""
    table = _table(compare([read_path(REPORTS / name) for name in PLANT_FIRE]))
    disputed, injured = table["injury"]
    assert disputed and {s: v[0] for s, v in injured.items()} == {0: "Twelve", 1: "15", 2: "12", 3: "quinze"}
    disputed, dead = table["death"]
    assert disputed and {s: v[0] for s, v in dead.items()} == {0: "No deaths", 1: "One worker", 2: "aucun décès",
                                                                3: "Aucun décès"}
    disputed, evacuated = table["evacuation"]
    assert disputed and evacuated[0] == ["1,200", "About 1,200"] and evacuated[1] == ["Some 2,000"]  # the wire's
    #                                                                 title: "… forces evacuation of 1,200 residents"


def test_what_a_helpers_wildfire_reports_showed():
    """A QA helper's wildfire reports (stop 65): "burns 2,800 hectares, 1,100 people evacuated" put 2,800 hectares
    among the evacuated; "obligado a evacuar a 1.450 personas" and "forced the evacuation of 1,450 people" were no
    evacuation; "The injured firefighter has died in hospital" and a title's "firefighter dies" no death. The review:
    villages evacuated, protesters cleared ("desalojó a 200 manifestantes") are no toll of the evacuated."""
    def read(text: str) -> dict:
        return {outcome: figures for outcome, (_, figures) in _table(compare([from_text(text, "a")])).items()}

    assert read("Wildfire burns 2,800 hectares, 1,100 people evacuated.") == {"evacuation": {0: ["1,100"]}}
    assert read("Un incendio ha obligado a evacuar a 1.450 personas.") == {"evacuation": {0: ["1.450"]}}
    assert read("The wildfire forced the evacuation of 1,450 people.") == {"evacuation": {0: ["1,450"]}}
    assert read("L'incendie a entraîné l'évacuation de 1 450 personnes.") == {"evacuation": {0: ["1 450"]}}
    assert read("The fire forced the evacuation of 12 villages, the prefecture said.") == {}  # places (the review)
    assert read("La policía desalojó a 200 manifestantes de la plaza del Sol.") == {}  # cleared, not evacuated
    assert read("The injured firefighter has died in hospital.") == {"death": {0: ["The injured firefighter"]}}
    assert read("Wildfire: firefighter dies as blaze burns 7,900 acres") == {"death": {0: ["firefighter"]}}
    assert read("The firefighters were injured.") == {}  # several: no figure
    assert read("A man killed a 23-year-old man.") == {"death": {0: ["a 23-year-old man"]}}
    # in reading order, and past how badly: "Un bombero … herido grave …, y otros dos sufrieron heridas leves" had
    # "dos" as its toll against "A firefighter"; "Two firefighters were slightly hurt" was no toll; people besides
    # those the sentence counted before ("y otros dos") are no toll; in a later sentence, a figure further on
    assert read("Un bombero resultó herido grave el martes cuando las llamas alcanzaron su camión, y otros dos "
                "sufrieron heridas leves.") == {"injury": {0: ["Un bombero"]}}
    assert read("Two firefighters were slightly hurt.") == {"injury": {0: ["Two"]}}
    assert read("Fourteen homes have been destroyed, and a firefighter was seriously injured. Two other firefighters "
                "were slightly hurt.") == {"injury": {0: ["a firefighter", "Two"]}}  # (", and a firefighter": one)
    assert read("Deux pompiers ont été légèrement blessés.") == {"injury": {0: ["Deux"]}}


def test_a_toll_said_in_several_words_is_read_in_each_language():
    """A QA helper's wildfire (stop 69): the Portuguese lead's "foram retiradas das suas casas" and the German's "in
    Sicherheit gebracht" gave the Tolls table "—" evacuated beside the English "forced more than 3,000 residents to
    evacuate"; so did the other usual ways news copy says evacuated, dead, arrested in words none of which names it."""
    def read(text: str) -> dict:
        return {outcome: figures[0] for outcome, (_, figures) in _table(compare([from_text(text, "a")])).items()}

    evacuated = ["Cerca de 3.200 pessoas foram retiradas das suas casas.",
                 "Rund 3000 Menschen wurden in Sicherheit gebracht.",
                 "Mehr als 3000 Anwohner mussten ihre Häuser verlassen.",
                 "Plus de 3 000 habitants ont dû quitter leur domicile.",
                 "Más de 3.000 vecinos tuvieron que abandonar sus hogares.",
                 "Oltre 3.000 persone hanno dovuto lasciare le loro case.",
                 "Mais de 3.000 moradores tiveram de abandonar as suas casas.",
                 "More than 3,000 residents were forced to flee their homes.",
                 "More than 3,000 residents were forced from their homes."]
    assert [list(read(text)) for text in evacuated] == [["evacuation"]] * len(evacuated)
    dead = ["Four people lost their lives.", "Quatre personnes ont péri.", "Cuatro personas perdieron la vida.",
            "Vier Menschen kamen ums Leben.", "Quattro persone hanno perso la vita.",
            "Quatro pessoas perderam a vida.", "Das Feuer forderte vier Todesopfer."]
    assert [list(read(text)) for text in dead] == [["death"]] * len(dead)
    assert read("Deux hommes ont été placés en garde à vue.") == {"arrest": ["Deux"]}
    assert read("Dois homens foram presos.") == {"arrest": ["Dois"]}
    assert read("27 Menschen erlitten Verletzungen.") == {"injury": ["27"]}
    assert read("Two gunmen fled the house before the police arrived.") == {}  # no one's home: no evacuation
    assert read("Dois presos fugiram da cadeia.") == {}  # inmates, not arrests


def test_a_figure_of_another_event_or_of_someone_quoted_is_no_toll():
    """From ECB+ reports of an earthquake: "In 2004 a massive tremor sparked a tsunami that killed 170,000 people" is
    the background, not the toll; a doctor's "around 50 people with injuries" what one hospital saw; "first death" a
    rank; "dead at 95" an age."""
    comp = compare([from_text(
        "A strong earthquake struck Aceh on Wednesday. Five people died and seven were injured, officials said. "
        "In 2004 a massive tremor sparked a tsunami that killed 170,000 people in the province. \"We have received "
        "around 50 people with injuries,\" added the doctor. It was the first death in the village since the storm. "
        "The former mayor, dead at 95, had warned of the risk.", "a")])
    table = _table(comp)
    assert table["death"][1] == {0: ["Five"]} and table["injury"][1] == {0: ["seven"]}


def test_the_report_gives_the_tolls_table_and_its_warning():
    md = render_markdown(compare([read_path(REPORTS / name) for name in PLANT_FIRE]))
    assert "### Tolls" in md and "| ⚠ Injured | Twelve (12) | 15 | 12 | quinze (15) |" in md
    assert "| ⚠ Dead | No deaths | One worker | aucun décès | Aucun décès |" in md
    assert "tolls the reports give differently (dead, injured, evacuated)" in md
    html = render_html(compare([read_path(REPORTS / name) for name in PLANT_FIRE]))
    dead = re.search(r'<tr class="disputed"><td class="text">⚠ Dead</td>(.*?)</tr>', html).group(1)
    assert re.findall(r'<td class="figure( differs)?">', dead) == ["", " differs", "", ""]  # "One worker" alone


def test_the_window_sets_the_reports_tolls_side_by_side_and_clicking_one_shows_its_sentence(qtbot, tmp_path):
    """The Tolls panel: a row per report, a column per outcome, ⚠ on the outcome the leads disagree on; clicking
    the local paper's "15" selects its sentence in its column."""
    from PySide6.QtCore import QSettings, Qt

    from desktop.ui.controller import ComparisonController
    from desktop.ui.main_window import MainWindow
    from test_ui_data import fake_compare_iter

    comparison = compare([read_path(REPORTS / name) for name in PLANT_FIRE])
    window = MainWindow(ComparisonController(fake_compare_iter(comparison)),
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.controller.set_sources([d.source for d in comparison.documents])
    model, panel = window.tolls_model, window.tolls_panel
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Report", "⚠\nDead", "⚠\nInjured", "⚠\nEvacuated"]
    injured = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert injured == ["Twelve (12)", "15", "12", "quinze (15)"]  # a figure in words with its digits
    from PySide6.QtGui import QFontMetrics  # no word of a figure or an outcome is cut (a narrow panel scrolls)

    metrics, header = QFontMetrics(panel.table.font()), panel.table.horizontalHeader()
    for column in range(1, model.columnCount()):
        words = [w for r in range(model.rowCount()) for w in str(model.index(r, column).data()).split()]
        words += str(model.headerData(column, Qt.Orientation.Horizontal)).split()
        assert header.sectionSize(column) >= max(metrics.horizontalAdvance(w) for w in words)
    assert model.index(1, 1).data() == "One worker"  # the local paper's worker died; the others: no deaths
    # the figure against the one most leads give is singled out; with two against two, every figure is
    coloured = [[model.index(r, c).data(Qt.ItemDataRole.ForegroundRole) is not None for r in range(model.rowCount())]
                for c in (1, 2)]
    assert coloured == [[False, True, False, False], [True, True, True, True]]
    window.tolls_dock.raise_()
    panel.table.clicked.emit(model.index(1, 2))
    assert window.workspace.selection == (1, 4)  # "The number of injured rose to 15 by Tuesday evening…"


def _tolls_of(*texts: str) -> dict[str, tuple[bool, dict[int, list[str]]]]:
    return _table(compare([from_text(t, f"r{k}") for k, t in enumerate(texts)]))


def _figures_of(text: str) -> dict[str, list[str]]:
    """Per outcome, the figures one report gives."""
    return {kind: figures.get(0, []) for kind, (_d, figures) in _tolls_of(text).items()}


def test_what_reads_as_a_toll_and_what_does_not():
    """From the review of the tolls: "Une personne a été tuée" is one dead, not none; "Nobody knows how many people
    died" gives no figure; "killed two and injured 12" are two dead and twelve injured; "No one was hurt" is none;
    "Two out of three residents" counts no one."""
    one = _tolls_of("Une personne a été tuée et trois autres blessées dans l'explosion de l'usine.")
    assert one["death"][1] == {0: ["Une personne"]}
    assert "death" not in _tolls_of("Nobody knows how many people died in the blast at the plant.")
    found = _tolls_of("The blast killed two and injured 12 at the plant on Tuesday.")
    assert found["death"][1] == {0: ["two"]} and found["injury"][1] == {0: ["12"]}
    assert _tolls_of("No one was hurt in the blast at the plant on Tuesday.")["injury"][1] == {0: ["No one was hurt"]}
    assert "evacuation" not in _tolls_of("Two out of three residents of the village were evacuated on Tuesday.")
    dated = _tolls_of("LYON, France, March 14, 2023 — Twelve people were injured in a fire at a chemical plant.")
    assert dated["injury"][1] == {0: ["Twelve"]}  # the dateline's year dates the report, not the toll


def test_deaths_prevented_and_deaths_a_year_are_no_toll():
    """A QA helper's drug-trial reports: "could prevent around 8,000 deaths a year" read as 8,000 dead (against
    "18,000" as a disputed death toll), and a disease that "kills around 1.7 million people a year" joined it; a
    toll said before ", a year after" stays one."""
    assert not _tolls_of("Weekly heart jab could prevent 8,000 deaths a year, study finds",
                         "Weekly heart jab could prevent 18,000 deaths a year, study finds")
    assert not _figures_of("Les auteurs estiment que le médicament pourrait éviter quelque 8 000 morts en Europe.")
    assert not _figures_of("Das Mittel könnte 8.000 Todesfälle verhindern, schreiben die Autoren.")
    assert not _figures_of("Heart and circulatory disease kills around 1.7 million people a year in the EU.")
    assert _figures_of("Twelve people died, a year after the first quake hit the region.")["death"] == ["Twelve"]


def test_no_one_hurt_said_in_german_italian_and_portuguese_disputes_two_injured():
    """A QA helper's recall reports: "Two people suffered minor injuries" against "Verletzt wurde niemand", "Non ci
    sono stati feriti" and "Não houve feridos" read as agreeing (the Tolls panel showed "Two / — / — / —")."""
    en = ("Norvane recalls electric cars\n\nThe carmaker said nine fires had been reported. "
          "Two people suffered minor injuries.")
    others = ("Norvane ruft Elektroautos zurück\n\nNorvane sind neun Brände bekannt. Verletzt wurde niemand.",
              "Norvane richiama le auto elettriche\n\nLa casa ha segnalato nove incendi. Non ci sono stati feriti.",
              "Norvane chama carros elétricos\n\nA marca registou nove incêndios. Não houve feridos.")
    injured = _tolls_of(en, *others)["injury"]
    assert injured[0] and injured[1] == {0: ["Two"], 1: ["Verletzt wurde niemand"], 2: ["Non ci sono stati feriti"],
                                         3: ["Não houve feridos"]}
    assert "injury" not in _tolls_of("Non ci sono stati trovati altri documenti sui feriti dell'anno scorso.")


def test_an_earthquakes_magnitude_is_set_beside_its_toll():
    """From a helper's earthquake reports: the Spanish wire's "magnitud 6,1" against "magnitude 5.8" elsewhere was
    a detail of its claim only; "5,8" and "5.8" are one magnitude, and a year's quake ("in 1999, an earthquake of
    magnitude 6.4") is background."""
    en = ("Quake kills nine in Aldeno\n\nA magnitude 5.8 earthquake struck the mountains of Aldeno on Tuesday, "
          "killing at least nine people. In 1999, an earthquake of magnitude 6.4 destroyed the old town.")
    fr = ("Séisme dans l'Aldeno\n\nLe séisme, d'une magnitude de 5,8, a fait neuf morts mardi dans les montagnes "
          "de l'Aldeno.")
    es = ("Terremoto en Aldeno\n\nAl menos nueve personas murieron en el terremoto de magnitud 6,1 que sacudió este "
          "martes las montañas de Aldeno.")
    agreed = _tolls_of(en, fr)["magnitude"]
    assert not agreed[0] and agreed[1] == {0: ["5.8"], 1: ["5,8"]}
    assert _tolls_of(en, es)["magnitude"][0]


def test_the_second_reviews_cases():
    """From the second review: the magnitude before "earthquake killed at least 14" is no death toll; "Some 2000 were
    evacuated" is a count, not a year; "Nadie resultó herido" is none; "magnitud 6" may be 6,1."""
    found = _tolls_of("A magnitude 6.1 earthquake killed at least 14 people in central Italy on Tuesday.",
                      "At least 14 people were killed when an earthquake struck central Italy on Tuesday.")
    assert not found["death"][0] and found["death"][1] == {0: ["at least 14"], 1: ["At least 14"]}
    evacuated = _tolls_of("Some 2000 were evacuated overnight from the flooded valley.")["evacuation"]
    assert evacuated[1] == {0: ["Some 2000"]}
    assert _tolls_of("Nadie resultó herido en el sismo de este martes.")["injury"][1] == {0: ["Nadie resultó herido"]}
    assert not _tolls_of("Un sismo de magnitud 6 sacudió el norte de Chile este martes.",
                         "Un sismo de magnitud 6,1 sacudió el norte de Chile este martes.")["magnitude"][0]


def test_a_magnitude_on_the_richter_scale():
    """From the second review: "6,1 sur l'échelle de Richter" and "6.1 on the Richter scale" were no magnitude."""
    found = _tolls_of("Un séisme de 6,1 sur l'échelle de Richter a frappé le nord du Chili mardi.",
                      "An earthquake measuring 5.8 on the Richter scale struck northern Chile on Tuesday.")
    assert found["magnitude"][0] and found["magnitude"][1] == {0: ["6,1"], 1: ["5.8"]}


def test_one_dead_the_homeless_and_spanish_tolls_after_their_verb():
    """From the earthquake and plant-fire QA sets: "One worker, a 54-year-old technician, died" is one dead against
    "No deaths were reported"; "87 resultaron heridas" and "se quedaron sin hogar" are tolls; "left homeless" and
    "sans-abri" count the homeless; "M6.1" is a magnitude, 6.1 against 5.8."""
    found = _tolls_of(
        "A fire ravaged the Norvalis plant on Monday. One worker, a 54-year-old technician, died of his injuries. "
        "About 3,000 people were left homeless. The M6.1 quake was felt in the valley.",
        "Un incendio arrasó la planta Norvalis el lunes. 87 resultaron heridas. Unas 2.500 personas se quedaron "
        "sin hogar. No hubo muertos.",
        "Le séisme de magnitude 5,8 a ravagé l'usine Norvalis lundi. Il a fait 3 000 sans-abri.")
    assert found["death"] == (True, {0: ["One worker"], 1: ["No hubo muertos"]})
    assert found["injury"][1] == {1: ["87"]}
    assert found["displaced"][1] == {0: ["About 3,000"], 1: ["Unas 2.500"], 2: ["3 000"]}
    assert found["magnitude"][1] == {0: ["M6.1"], 2: ["5,8"]}
    assert "death" not in _tolls_of("No one else was injured at the plant. One of the engineers gave the alarm.")


def test_what_the_review_found_reads_as_no_toll_of_one():
    """From the review of the figures of one: the subject that acts ("An earthquake has killed dozens", "Un séisme
    a tué", "A tornado injured several people") is no one dead or injured; nor "A child was among the dead", "A
    spokesman said nobody was hurt" (a spokesman), "at least one person" (no exact one), "One month after", "One
    school was evacuated"; Spanish wounds are no injured; people who travelled ("se desplazaron", "se sont
    déplacées") are no homeless, and "no other injuries" is no none."""
    for text in ("An earthquake has killed dozens of people in central Italy on Tuesday.",
                 "Un séisme a tué des dizaines de personnes mardi dans le centre de l'Italie.",
                 "A tornado injured several people in the town on Tuesday.",
                 "A child was among the dead, officials said on Tuesday.",
                 "One month after being injured in the blast, he went back to work.",
                 "La víctima presentaba 15 heridas de arma blanca, según la policía.",
                 "Hasta el lugar se desplazaron 12 agentes de la Guardia Civil.",
                 "Plus de 2 000 personnes se sont déplacées pour rendre hommage aux victimes."):
        assert _tolls_of(text) == {}, text
    assert "death" not in _tolls_of("At least one person was killed in the blast at the plant on Tuesday.")
    assert _tolls_of("A spokesman said nobody was hurt in the blast.")["injury"][1] == {0: ["nobody was hurt"]}
    assert "injury" not in _tolls_of("No other injuries were reported after the blast at the plant.")
    found = _tolls_of("The blast killed one worker and injured 12 others at the plant on Tuesday.")
    assert found["death"][1] == {0: ["one worker"]} and found["injury"][1] == {0: ["12"]}
    assert _tolls_of("Not one person was hurt in the blast at the plant.")["injury"][1] == {0: ["Not one person"]}
    assert _tolls_of("Twelve homeless people died in the cold snap.")["death"][1] == {0: ["Twelve"]}


def test_a_spanish_number_joined_by_y_is_one_toll():
    """From a QA helper's flood reports: "Cuarenta y cinco personas resultaron heridas" gave the injured 45 and 5
    (a script reading the JSON tolls would see five injured)."""
    assert _tolls_of("Cuarenta y cinco personas resultaron heridas en Valmora.")["injury"][1] == {
        0: ["Cuarenta y cinco"]}


def test_a_toll_a_report_gives_late_counts_where_another_report_gives_it_too():
    """From a QA helper's flood reports: a local paper opening on a survivor's night gives its toll in its seventh
    sentence ("some 800 people have been left homeless"), linked to the wire's lead ("about 600"); the table showed
    "—" and no dispute. A figure further on that no other report sets beside it stays out. "The death toll from the
    floods … has risen to 17" is a toll too."""
    wire = ("Floods hit Castellet\n\nAround 1,200 residents were evacuated overnight, and about 600 people have been "
            "left homeless.")
    local = ("A long night in Castellet\n\nJulia Pons spent the night on the roof of her bakery with her cat. She "
             "heard the water before she saw it. Neighbours shouted from their balconies as the street filled. A boat "
             "reached her shortly after dawn. Her bakery has been in the family for three generations. About 1,200 "
             "people were evacuated from their homes, and some 800 people have been left homeless. In 1996 a flood "
             "killed 40 people in the valley.")
    found = _tolls_of(wire, local)
    assert found["displaced"] == (True, {0: ["about 600"], 1: ["some 800"]})
    assert "death" not in found
    assert _tolls_of("The death toll from the floods in Valmora has risen to 17, officials said.")["death"][1] == {
        0: ["17"]}


def test_what_the_second_review_found():
    """From the second review: a wire lead's article after its dateline is one firefighter; a report's later figure
    counts only where it is linked to another report's headline (two reports' "Last month, a similar flood …
    killed three people" is no toll of this flood); "Flight 302", "rose by 5", "aged 7", "de 54 años" are no
    tolls; "An injured man was taken to hospital" is one injured; "has since died" one dead; "the M 6" no
    magnitude; "3,000 displaced people are living in tents" and "15 heridas de gravedad" are tolls."""
    found = _tolls_of("MADRID (Reuters) - A firefighter was killed and 12 people were injured in the fire.",
                      "Two firefighters died and 12 people were injured in the fire in Madrid.")
    assert found["death"] == (True, {0: ["A firefighter"], 1: ["Two"]})
    assert not _tolls_of("The death toll from the crash of Flight 302 has risen to 157 after the rescue.")
    assert not _tolls_of("The death toll rose by 5 overnight, officials in the province said.")
    assert _tolls_of("Un trabajador de 54 años murió en la explosión de la fábrica.")["death"][1] == {
        0: ["Un trabajador"]}  # one dead (not 54: an age)
    assert _tolls_of("An injured man was taken to hospital after the blast.")["injury"][1] == {0: ["An injured man"]}
    assert _tolls_of("One firefighter has since died of his burns.")["death"][1] == {0: ["One firefighter"]}
    assert "magnitude" not in _tolls_of("Traffic on the M 6 was halted for hours after the earthquake struck.")
    assert _tolls_of("About 3,000 displaced people are living in tents.")["displaced"][1] == {0: ["About 3,000"]}
    assert _tolls_of("El accidente dejó 3 muertos y 15 heridas de gravedad.")["injury"][1] == {0: ["15"]}
    lead = "Floods hit Valmora\n\nTwelve people died in the floods in Valmora on Sunday, officials said."
    later = ("Valmora under water\n\nThe river burst its banks on Sunday night. Water reached the first floors. "
             "Residents climbed onto roofs. Boats came at dawn. The mayor asked for help. The army arrived.")
    same = " Last month, a similar flood in the valley killed three people."
    found = _tolls_of(lead + same, later + same)
    assert found["death"] == (False, {0: ["Twelve", "three"], 1: ["three"]})  # B's "three": no toll of this flood


def test_a_wire_storys_version_tag_is_no_toll():
    """From a QA helper's crash-landing reports: the headline "UPDATE 3-Seven dead after jet crash-lands at Halden
    Cross" gave 3 dead (the wire's third version of the story), and against the flash's "at least three" no ⚠."""
    comp = compare([from_text("Plane skids off runway at Halden Cross, at least three dead\n\nA passenger jet skidded "
                              "off the runway at Halden Cross on Tuesday, killing at least three people, officials "
                              "said."),
                    from_text("UPDATE 3-Seven dead after jet crash-lands at Halden Cross\n\nSeven people were killed "
                              "when a jet overran the runway at Halden Cross on Tuesday, officials said.")])
    dead = next(t for t in tolls(comp) if t.outcome == "death")
    assert dead.headline(1).written == "Seven" and dead.disputed
    texts = [d.source.text for d in comp.documents]
    assert not any(texts[d.source][d.start:d.end] in ("3", "UPDATE", "3-Seven") for d in comp.details)


def test_people_of_any_kind_that_remain_missing_are_counted():
    """From a QA helper's crash-landing reports: "dos pasajeros continúan desaparecidos" (and "Two passengers remain
    missing", "Deux passagers sont portés disparus") gave no toll: past a linking verb only "people" were read, and
    the Missing row read "—" for the Spanish report, as if it gave none."""
    comp = compare([from_text("Seven dead in Halden Cross plane crash\n\nSeven people were killed on Tuesday when a "
                              "plane overran the runway at Halden Cross. Four people remain missing, the emergency "
                              "service said."),
                    from_text("Siete muertos en el accidente de un avión en Halden Cross\n\nSiete personas murieron el "
                              "martes cuando un avión se salió de la pista en Halden Cross. Otras 37 personas siguen "
                              "hospitalizadas y dos pasajeros continúan desaparecidos, según los servicios de "
                              "emergencia.")])
    missing = next(t for t in tolls(comp) if t.outcome == "missing")
    assert [missing.headline(s).written for s in (0, 1)] == ["Four", "dos"] and missing.disputed
    for text in ("Two passengers remain missing.", "Deux passagers sont portés disparus."):
        comp = compare([from_text(f"Crash\n\n{text}"), from_text(f"Crash\n\n{text}")])
        assert [t.outcome for t in tolls(comp)] == ["missing"], text


def test_stacked_wire_tags_give_no_toll():
    """The review: "RPT-UPDATE 3-Seven dead …" (a repeated update) still gave 3 dead."""
    comp = compare([from_text("Bus plunges into ravine in Peru, at least three dead\n\nA bus plunged into a ravine in "
                              "the Andes on Tuesday, killing at least three people, police said."),
                    from_text("RPT-UPDATE 3-Seven dead after bus plunges into ravine in Peru\n\nSeven people were "
                              "killed when a bus plunged into a ravine in the Andes on Tuesday, police said.")])
    dead = next(t for t in tolls(comp) if t.outcome == "death")
    assert dead.headline(1).written == "Seven"


def test_the_tolls_panel_shows_the_reports_names_whole(qtbot, tmp_path):
    """Names such as "b_wire_update" had read "b_wire_up…" in a fixed 72-pixel column: the reports' column is as
    wide as their brief names (up to a bound past which they are elided, in full in the tooltip)."""
    from dataclasses import replace

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.controller import ComparisonController
    from desktop.ui.main_window import MainWindow
    from test_ui_data import fake_compare_iter

    sources = [replace(read_path(REPORTS / name), name=f"fire_{stem}.txt")
               for name, stem in zip(PLANT_FIRE, ("a_wire_flash", "b_wire_update", "c_national", "d_regional"))]
    comparison = compare(sources)
    window = MainWindow(ComparisonController(fake_compare_iter(comparison)),
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.controller.set_sources([d.source for d in comparison.documents])
    model, table = window.tolls_model, window.tolls_panel.table
    assert model.names == ["a_wire_flash", "b_wire_update", "c_national", "d_regional"]
    bold = QFont(table.font())
    bold.setBold(True)
    assert table.horizontalHeader().sectionSize(0) >= max(QFontMetrics(bold).horizontalAdvance(n) for n in model.names)


def test_tolls_worded_as_reports_of_protests_fires_and_mines_word_them():
    """From QA helpers' protest, wildfire and mine-collapse reports, tolls that gave no row: a noun of two words
    ("Nine police officers were injured"), "other" ("three other firefighters were injured"), an active verb on one
    person ("has killed a firefighter", "a tué un pompier", "mató a un bombero"), "14 of them with injuries" / "16 de
    ellos con heridas", and "toujours" before "portés disparus". An age is no toll ("a 10-year-old girl killed")."""
    assert _figures_of("Nine police officers were injured during the clashes, the prefecture said.") == {"injury": ["Nine"]}
    assert _figures_of("Three other firefighters were injured in the blaze, officials said.") == {"injury": ["Three"]}
    assert _figures_of("A wildfire in the Corvale Hills has killed a firefighter, authorities said.") == {
        "death": ["a firefighter"]}
    assert _figures_of("Un incendie dans les collines de Corvale a tué un pompier, selon les autorités.") == {
        "death": ["un pompier"]}
    assert _figures_of("El incendio de las colinas de Corvale mató a un bombero, según las autoridades.") == {
        "death": ["un bombero"]}
    assert _figures_of("Forty-seven workers were brought to the surface, 14 of them with injuries, the colonel said.") == {
        "injury": ["14"]}
    assert _figures_of("Cuarenta y siete mineros fueron rescatados, 16 de ellos con heridas, según el coronel.") == {
        "injury": ["16"]}
    assert _figures_of("Huit mineurs sont toujours portés disparus, selon les secours.") == {"missing": ["Huit"]}
    assert _figures_of("The mother of a 10-year-old girl killed by a stray bullet spoke to reporters.") == {}
    assert _figures_of("Police arrested a man near the station on Tuesday.") == {}


def test_one_dead_named_in_apposition_in_a_titles_second_part_or_as_a_life_lost():
    """From a QA helper's wildfire reports, the Dead column read "—" for three reports that gave one firefighter
    dead: "A firefighter, Marcus Delane, 34, was killed", "Un pompier, Marcus Delane, 34 ans, a perdu la vie", and a
    title's "Incendie … : un pompier tué". A wire's "FLASH:" is no name said differently from another title."""
    assert _figures_of("A firefighter, Marcus Delane, 34, was killed on Monday night when his engine was overrun.") == {
        "death": ["A firefighter"]}
    assert _figures_of("Un pompier, Marcus Delane, 34 ans, a perdu la vie lundi soir dans les flammes.") == {
        "death": ["Un pompier"]}
    assert _figures_of("Incendie des collines de Corvale : un pompier tué\n\nLe feu a parcouru 5 000 hectares.") == {
        "death": ["un pompier"]}
    assert _figures_of("A firefighter, Marcus Delane, said the fire was under control on Monday night.") == {}
    comp = compare([from_text("FLASH: Wildfire erupts in Corvale Hills\n\nThe fire broke out on Monday.", "a"),
                    from_text("Firefighter killed in Corvale Hills wildfire\n\nThe fire broke out on Monday.", "b")])
    assert not [d for d in comp.details if d.kind == "conflict" and d.source == 0 and d.sentence == 0]


def test_what_the_review_of_the_tolls_found():
    """The review of this session's tolls: "nearly killed a firefighter", "a failli tuer un pompier", "casi mató a un
    bombero" gave one dead against "No one has died"; so did "lost her life savings"; "injured a firefighter's dog"
    an injured firefighter."""
    for text in ("A falling tree nearly killed a firefighter on Tuesday as crews battled the blaze.",
                 "The storm could have killed a firefighter on Tuesday, officials said.",
                 "Un arbre a failli tuer un pompier mardi près de Redding.",
                 "Un árbol casi mató a un bombero el martes cerca de Redding.",
                 "A woman lost her life savings when the blaze destroyed her home.",
                 "The fire injured a firefighter's dog on Tuesday near Redding."):
        assert _figures_of(text) == {}, text
    assert _figures_of("The blaze killed a firefighter on Tuesday near Redding.") == {"death": ["a firefighter"]}


def test_an_infants_death_is_a_toll():
    """From a QA helper's recall reports: "One infant … died last week" and "le décès d'un nourrisson" gave no toll,
    so "No deaths have been confirmed" read as the only figure."""
    found = _tolls_of("Formula recall\n\nNo deaths have been confirmed, the agency said.",
                      "Formula recall\n\nOne infant died last week after drinking the formula, the hospital said.")
    assert found["death"] == (True, {0: ["No deaths"], 1: ["One infant"]})


def test_what_the_second_review_of_the_tolls_found():
    """The second review: the month "May" and "according to" before "killed a worker" read as a near miss and the
    toll was lost; "40 children and three teachers" / "43 people" became a dispute once children counted as people."""
    assert _figures_of("An explosion at the Halden chemical plant in May killed a worker, the company said.") == {
        "death": ["a worker"]}
    assert _figures_of("The blaze, according to fire officials, killed a firefighter on Tuesday near Redding.") == {
        "death": ["a firefighter"]}
    comp = compare([from_text("Bus crash\n\nA school bus carrying 40 children and three teachers overturned on Tuesday "
                              "near Lyon, police said.", "a"),
                    from_text("Bus crash\n\nA school bus carrying 43 people overturned on Tuesday near Lyon, police "
                              "said.", "b")])
    assert not [d for d in comp.details if d.kind == "conflict" and d.type == "number"]


def test_the_badly_hurt_are_no_toll_of_the_injured():
    """From a QA helper's train-crash reports: "Neuf blessés se trouvent dans un état critique" and "Nueve heridos se
    encuentran en estado crítico" were the French and Spanish reports' injured, against the English 48, a dispute
    (the English "Nine of the injured are in critical condition" counted no toll already)."""
    found = _tolls_of("Eleven people were killed and 48 injured when a train derailed near Villarrubia on Tuesday.",
                      "Onze personnes ont été tuées mardi dans le déraillement d'un train près de Villarrubia. "
                      "Neuf blessés se trouvent dans un état critique, a précisé le service de santé régional.",
                      "Once personas murieron el martes en el descarrilamiento de un tren cerca de Villarrubia. "
                      "Nueve heridos se encuentran en estado crítico, según el servicio regional de salud.")
    assert found["injury"] == (False, {0: ["48"]})
    assert _figures_of("Twelve people were injured, two of them in critical condition, in the blast.") == {
        "injury": ["Twelve"]}
    assert _figures_of("Twelve people were seriously injured in the blast at the plant.") == {"injury": ["Twelve"]}


def test_the_dead_who_had_been_in_a_grave_state_are_a_toll():
    """The review: "Two people who had been in critical condition died in hospital" lost its toll to the rule that
    leaves out the injured in a grave state."""
    assert _figures_of("Two people who had been in critical condition died in hospital after the fire.") == {
        "death": ["Two"]}


def test_the_number_of_people_killed_risen_to_a_figure_is_a_toll():
    """A QA helper's storm reports: "The number of people killed by Hurricane Teodora has risen to 17" gave no toll,
    so the Dead row held the other report's 14 alone, not disputed."""
    found = _tolls_of("Hurricane Teodora killed 14 people on Thursday, civil protection officials said.",
                      "The number of people killed by Hurricane Teodora has risen to 17, civil protection officials "
                      "said on Friday.")
    assert found["death"] == (True, {0: ["14"], 1: ["17"]})
    assert _figures_of("Le nombre de personnes tuées par l'ouragan Teodora s'élève à 17, selon la protection civile.") \
        == {"death": ["17"]}
    assert _figures_of("The number of people who attended the vigil rose to 500.") == {}


def test_italian_and_spanish_tolls_in_round_counts_and_after_a_copula():
    """A QA helper's storm reports: the Italian "un centinaio di feriti" and "I dispersi sono 23" gave no toll (the
    table read "—" in a disputed row, as if the report gave none)."""
    assert _figures_of("L'uragano Teodora ha provocato giovedì 14 morti e un centinaio di feriti.") == {
        "death": ["14"], "injury": ["centinaio"]}
    assert _figures_of("El huracán dejó 14 muertos y un centenar de heridos.") == {"death": ["14"], "injury": ["centenar"]}
    assert _figures_of("I dispersi sono 23, in gran parte pescatori.") == {"missing": ["23"]}
    assert _figures_of("Centinaia di persone sono state evacuate.") == {}  # hundreds of: no figure


def test_a_dozen_is_a_toll_and_fifteen_is_not_a_dozen():
    """A QA helper's aviation reports: "injuring a dozen people" / "injuring 15 people" had no mark at all (15 read
    as within a fifth of itself from the dozen) and no toll of the injured in the first report (the article stood
    between the verb and the count)."""
    found = _tolls_of("A Skyvia Airbus skidded off the runway at Valbruna airport on Saturday, injuring a dozen people.",
                      "A Skyvia Airbus skidded off the runway at Valbruna airport on Saturday, injuring 15 people.")
    assert found["injury"] == (True, {0: ["dozen"], 1: ["15"]})
    found = _tolls_of("A Skyvia Airbus skidded off the runway at Valbruna airport on Saturday, injuring a dozen people.",
                      "A Skyvia Airbus skidded off the runway at Valbruna airport on Saturday, injuring 13 people.")
    assert found["injury"] == (False, {0: ["dozen"], 1: ["13"]})


def test_a_german_article_is_no_death():
    """A QA helper's protest reports: "Mehr als 100.000 Menschen haben am Donnerstag gegen die Rentenreform
    demonstriert" put "Mehr als 100.000" in the Dead row (the article "die" read as the English verb)."""
    assert _figures_of("Mehr als 100.000 Menschen haben am Donnerstag gegen die Rentenreform demonstriert.") == {}
    assert _figures_of("Three people died in the crash on Monday.") == {"death": ["Three"]}


def test_a_date_in_figures_and_an_age_limit_are_no_toll():
    """From a QA helper's outbreak reports: "Publié le 12/03/2025" run into a headline gave a toll of 12 dead, and
    "Most of the dead were children under five" one of five; "Three children under five died" gave five."""
    assert _figures_of("Zambie : une épidémie de choléra fait neuf morts Publié le 12/03/2025 à 18h05") == {
        "death": ["neuf"]}
    found = _tolls_of("A cholera outbreak has killed nine people in Kalemba district. Most of the dead were children "
                      "under five, according to the ministry.")
    assert found["death"] == (False, {0: ["nine"]})
    # an age limit between the count and what befell it: the count is the toll, and disputed ("five" was)
    assert _figures_of("Three children under five died in the outbreak, the ministry said.") == {"death": ["Three"]}
    found = _tolls_of("Three children under five died in the outbreak in Kalemba district, the ministry said.",
                      "Four young children died in the outbreak in Kalemba district, the ministry said.")
    assert found["death"] == (True, {0: ["Three"], 1: ["Four"]})


def test_one_dead_described_by_an_age_is_a_toll():
    """From a QA helper's police-shooting reports: "shot and killed a 23-year-old man", "A 24-year-old man was
    killed", "Un homme de 23 ans a été tué" gave no toll (the age stood between the article and the person, or
    between the person and what befell them); "killed a man" did."""
    assert _figures_of("A police officer shot and killed a 23-year-old man during a traffic stop on Friday.") == {
        "death": ["a 23-year-old man"]}
    assert _figures_of("A 24-year-old man was killed by police on Friday.") == {"death": ["A 24-year-old man"]}
    assert _figures_of("Un homme de 23 ans a été tué par la police vendredi.") == {"death": ["Un homme"]}
    assert _figures_of("Un joven de 24 años murió tras recibir disparos de la policía.") == {"death": ["Un joven"]}


def test_what_the_second_review_of_this_sessions_tolls_found():
    """The second review: "3 children, over 20 injured" read "over 20" as an age limit; "Twelve people in critical
    condition were evacuated to the capital" became an evacuation toll; "More than a dozen" / "Fourteen" a dispute
    ("a dozen" read as exactly 12 once its article was read); "Hundreds (100)", "Two (24)" of "Two dozen"."""
    assert _figures_of("Bus crash kills 3 children, over 20 injured") == {"death": ["3"], "injury": ["20"]}
    assert _figures_of("Twelve people in critical condition were evacuated to the capital.") == {}
    assert _tolls_of("Crash\n\nMore than a dozen people were injured, police said.",
                     "Crash\n\nFourteen people were injured, police said.")["injury"][0] is False
    comp = compare([from_text("Blast\n\nHundreds of people were injured on Tuesday.", "a"),
                    from_text("Blast\n\nTwo dozen people were injured on Tuesday.", "b"),
                    from_text("Blast\n\nDoce personas resultaron heridas el martes.", "c")])
    injured = next(t for t in tolls(comp) if t.outcome == "injury")
    assert [f.shown for f in injured.heads] == ["Hundreds", "Two", "Doce (12)"]


def test_what_the_review_of_the_day_s_tolls_found():
    """The review: "The injured were 12 to 15 years old" read as a toll of twelve (a copula before an age); with five
    reports giving 12, 12, 15, 17 and 20 the three that outnumber the two 12s were singled out; "a dozen" /
    "une quinzaine" agreed one way only, and "a blessé une quinzaine de personnes" gave no toll."""
    assert _figures_of("The injured were 12 to 15 years old, pupils of a school in Lima.") == {}
    assert _figures_of("Los heridos eran de 12 a 15 años.") == {}
    texts = [f"Fire at the plant\n\n{n} people were injured in the fire at the chemical plant on Tuesday, the "
             "prefecture said." for n in ("Twelve", "Twelve", "Fifteen", "Seventeen", "Twenty")]
    found = [t for t in tolls(compare([from_text(x, f"r{k}") for k, x in enumerate(texts)])) if t.outcome == "injury"]
    assert found[0].disputed and not found[0].odd
    found = _tolls_of("The blast injured a dozen people, the fire service said.",
                      "L'explosion a blessé une quinzaine de personnes, ont indiqué les pompiers.")
    assert found["injury"] == (False, {0: ["dozen"], 1: ["quinzaine"]})


def test_what_the_second_review_of_the_day_s_tolls_found():
    """The second review: "The dead are 12 and the injured more than 40" lost its toll (the "and" read as a range's),
    and so did "i morti sono venti" (winds read everywhere)."""
    assert _figures_of("The dead are 12 and the injured more than 40, rescuers said.") == {
        "death": ["12"], "injury": ["more than 40"]}
    assert _figures_of("Un treno è deragliato vicino a Valmora martedì: i morti sono venti, secondo i soccorritori.") == {
        "death": ["venti"]}


def test_a_figure_given_only_further_on_shows_in_brackets_not_as_a_dash(qtbot):
    """Two QA helpers' sets (a storm, a protest): a report giving its figure only further on, in a sentence linked to
    no other report's figure, showed "—" in the table, which reads as "no figure"; it shows in brackets, not compared
    and not coloured."""
    lead = "Fire at the chemical plant\n\nTwelve people were injured in the fire at the chemical plant in Vérignac on Tuesday."
    later = ("Fire at the chemical plant\n\nA fire broke out at the chemical plant in Vérignac on Tuesday morning. The "
             "plant makes solvents for the car industry. Firefighters fought the blaze for six hours. Residents were told "
             "to keep their windows shut. The cause of the fire is not yet known. Among the firefighters, 14 were "
             "injured by the heat.")
    comp = compare([from_text(lead, "A"), from_text(later, "B")])
    assert "| Injured | Twelve (12) | (14) |" in render_markdown(comp)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette

    from desktop.ui.palette import make_theme
    from desktop.ui.panels.tolls import TollsModel

    theme = make_theme(QPalette())
    model = TollsModel(theme)
    model.set_comparison(comp)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Twelve (12)", "(14)"]
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color() == theme.muted


def test_a_death_toll_is_read_however_long_its_phrase_and_in_victims():
    """From a QA helper's earthquake reports: the wire update's "The death toll from the earthquake that struck
    northern Arvenia on Saturday rose to 41" and the Italian "Sale a 41 il bilancio delle vittime" gave no toll, so
    the panel showed the flash's stale 37 against the French 40. Victims alone may be a fraud's: no toll."""
    assert _figures_of("The death toll from the earthquake that struck northern Arvenia on Saturday rose to 41.") \
        == {"death": ["41"]}
    assert _figures_of("Sale a 41 il bilancio delle vittime del terremoto che sabato ha colpito l'Arvenia.") \
        == {"death": ["41"]}
    assert _figures_of("El balance de víctimas del terremoto asciende a 41.") == {"death": ["41"]}
    assert _figures_of("Il bilancio dell'operazione sale a 41 arresti.") == {"arrest": ["41"]}  # arrests, not dead
    assert _figures_of("Some 3,000 victims of the fraud have come forward.") == {}


def test_a_round_count_of_people_named_by_their_trade_is_a_toll():
    """From a QA helper's protest reports: "Une douzaine de policiers ont été blessés" gave no toll (only "de
    personnes" or a toll's own noun was read after a round count), and the panel showed "—" against "12 officers".
    Houses and distances are counted no toll."""
    assert _figures_of("Une douzaine de policiers ont été blessés lors des heurts.") == {"injury": ["douzaine"]}
    assert _figures_of("Una docena de policías resultaron heridos en los enfrentamientos.") == {"injury": ["docena"]}
    assert _figures_of("Une centaine de maisons ont été détruites.") == {}
    assert _figures_of("Une vingtaine de kilomètres ont été parcourus.") == {}


def test_a_month_s_day_is_no_toll_and_italian_people_remain_hurt():
    """From a QA helper's plane-crash reports: the Italian dateline "CORVANA, 15 marzo -" gave 15 dead against the
    English four (and "On March 15 three people died" 15 dead), and "41 sono rimaste ferite" no injured."""
    assert _figures_of("On March 15 three people died when the plane left the runway.") == {"death": ["three"]}
    assert _figures_of("CORVANA, 15 marzo - Tre persone sono morte e 41 sono rimaste ferite quando un aereo è uscito "
                       "di pista.") == {"death": ["Tre"], "injury": ["41"]}
    assert _figures_of("Le 15 mars, trois personnes sont mortes.") == {"death": ["trois"]}
    assert _figures_of("15 people died in March.") == {"death": ["15"]}
    for day_first in ("On 15 March, 12 people were killed.", "Le 15 mars, 12 personnes sont mortes.",  # a review
                      "El 15 de marzo, 12 personas murieron.", "Il 15 marzo 12 persone sono morte.",
                      "In March, 12 people died in a similar crash."):
        assert _figures_of(day_first) == {"death": ["12"]}


def test_a_portuguese_toll_is_read_and_arrests_told_after_the_lead_are_set_side_by_side():
    """A QA helper's cup final: the Portuguese "41 ficaram feridas" was a blank cell under 14 / 14 (no dispute), and
    the arrests (23 in three reports, 32 in the Spanish one), told past every lead, had no row."""
    match = ["Lorvena won the Atlantic Cup on Saturday, beating Sarrenda 2-1 in front of 68,500 spectators.",
             "El Lorvena ganó el sábado la Copa Atlántica al vencer al Sarrenda por 2-1 ante 68.500 espectadores.",
             "O Lorvena venceu no sábado a Taça Atlântica ao bater o Sarrenda por 2-1 perante 68.500 espectadores."]
    filler = ["The home side had not won the trophy since 2006.", "El equipo local no ganaba el trofeo desde 2006.",
              "A equipa da casa não vencia o troféu desde 2006."]
    trouble = ["Valmarra police said 23 people had been arrested and 14 injured after the final.",
               "La policía de Valmarra informó que 32 personas fueron detenidas y 14 resultaron heridas tras la final.",
               "A polícia de Valmarra informou que 23 pessoas foram detidas e 41 ficaram feridas após a final."]
    reports = ["\n\n".join([m, *[f] * 6, t]) for m, f, t in zip(match, filler, trouble)]
    table = _table(compare([from_text(text, f"r{n}") for n, text in enumerate(reports)]))
    disputed, arrested = table["arrest"]
    assert disputed and arrested == {0: ["23"], 1: ["32"], 2: ["23"]}
    assert table["injury"][1][2] == ["41"]
    # the review: last year's arrests both reports give are that figure in both, no report's toll against another's
    comp = compare([from_text("Police arrested 23 fans after clashes at the cup final in Valmarra on Saturday. Lorvena "
                              "won the match 2-1. Last year, 40 people were arrested at the same fixture.", "a"),
                    from_text("Lorvena won the cup final in Valmarra on Saturday, beating Sarrenda 2-1. Last year, 40 "
                              "people were arrested at the same fixture.", "b")])
    assert not _table(comp)["arrest"][0]


def test_lives_lost_are_deaths_but_life_savings_and_homes_kept_are_no_toll():
    """The review of stop 69's several-word tolls: "lost their life savings" counted deaths, "told … not to leave
    their homes" evacuations, and "erlagen ihren Verletzungen" (died of their injuries) injuries."""
    assert "death" not in _figures_of("Some 2,000 savers lost their life savings when the cooperative bank collapsed.")
    assert "evacuation" not in _figures_of("Authorities told some 3,000 residents not to leave their homes because of "
                                           "the toxic smoke.")
    assert _figures_of("Some 2,000 people lost their lives in the earthquake.").get("death")
    found = _figures_of("Zwei Menschen erlagen nach dem Brand ihren Verletzungen.")
    assert found.get("death") and "injury" not in found


STRIKE_EN = (
    "Estravia hit by nationwide strike as hundreds of thousands march against pension reform\n"
    "\n"
    "VALMORA, March 12 (Meridian News) - Hundreds of thousands of people marched through Estravia's cities on "
    "Thursday in a nationwide strike against Prime Minister Henrik Morandi's plan to raise the legal retirement "
    "age from 62 to 64, grounding flights and halting most high-speed trains.\n"
    "\n"
    "In the capital Valmora, police put the crowd at 62,000, while unions claimed 250,000 marchers.\n"
    "\n"
    "Nationwide, the interior ministry counted 510,000 demonstrators; the unions said 1.3 million people had "
    "taken to the streets in more than 200 towns.\n"
    "\n"
    "The Valmora march set off at 2 p.m. from Place des Tanneurs and was largely peaceful until clashes broke "
    "out near the parliament building in the late afternoon.\n"
    "\n"
    "Police fired tear gas at groups of masked protesters who threw bottles and flares.\n"
    "\n"
    "Thirty-eight people were arrested and 14 police officers were injured, Interior Minister Paul Ostrander "
    "told reporters."
)
STRIKE_DE = (
    "Die Gewerkschaften sprachen von 62.000 Teilnehmern allein in der Hauptstadt Valmora.\n"
    "\n"
    "Das Innenministerium zählte landesweit 510.000 Demonstranten, die Gewerkschaften dagegen 1,3 Millionen.\n"
    "\n"
    "Auch in Brenstadt, der zweitgrößten Stadt des Landes, gingen nach Polizeiangaben 30.000 Menschen auf die "
    "Straße.\n"
    "\n"
    "## Tränengas am Parlament\n"
    "\n"
    "Der Demonstrationszug in Valmora setzte sich um 13 Uhr in Bewegung.\n"
    "\n"
    "Am späten Nachmittag kam es in der Nähe des Parlaments zu Ausschreitungen; die Polizei setzte Tränengas ein.\n"
    "\n"
    "Nach Angaben der Polizei wurden 38 Menschen festgenommen und zwölf Polizisten verletzt."
)


def test_a_toll_no_report_gives_in_its_lead_is_compared_where_the_claim_links_it(tmp_path):
    """From a QA helper's strike reports: the injured officers are given in each report's seventh sentence ("… and 14
    police officers were injured" / "… und zwölf Polizisten verletzt"), linked and marked 14 against zwölf in the
    claim, while the Tolls summary (the panel, the JSON, the Markdown table) found no lead figure to compare and said
    the injured agreed. The summary and the claim agree now; the arrests (38 in both) are no dispute."""
    (tmp_path / "wire.txt").write_text(STRIKE_EN, encoding="utf-8")
    (tmp_path / "wdf.md").write_text(STRIKE_DE, encoding="utf-8")
    comp = compare([read_path(tmp_path / "wire.txt"), read_path(tmp_path / "wdf.md")])
    table = _table(comp)
    assert table["injury"] == (True, {0: ["14"], 1: ["zwölf"]})
    assert not table["arrest"][0]
    rows = [line for line in render_markdown(comp).splitlines() if line.startswith("| ⚠ Injured")]
    assert rows and "14" in rows[0] and "zwölf (12)" in rows[0]
