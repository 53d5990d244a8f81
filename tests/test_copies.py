"""Reports that repeat each other word for word: one voice, not two sources (engine/copies.py), in the contract,
the reports and the window."""
from __future__ import annotations

from desktop.engine.copies import copies, echoes, voices
from desktop.engine.ingest import from_text
from desktop.engine.model import Options
from desktop.engine.pipeline import compare
from desktop.export.contract import to_contract
from desktop.export.markdown import render_markdown

WIRE = ["A gunman opened fire at an office Christmas party in Vancouver on Friday, killing one man.",
        "The suspect, a 61-year-old former employee, gave himself up to police two hours later.",
        "Police said the man had been let go from his job at the natural health products supplier last month.",
        "\"It's something no business can prepare for,\" Constable Tim Fanning said.",
        "The victim has not been named."]


def _compare(a: list[str], b: list[str]):
    return compare([from_text("\n\n".join(a) + "\n", "wire.txt"), from_text("\n\n".join(b) + "\n", "site.txt")],
                   Options(semantic=False))


def test_a_report_running_the_same_wire_story_is_one_voice_and_its_share_is_counted():
    site = [WIRE[0].replace("Christmas party", "Christmas  party"), WIRE[1], WIRE[2].replace("\"", "'"), WIRE[3],
            "Neighbours described a tense afternoon as riot police surrounded the building next door."]
    found = copies(_compare(WIRE, site))  # the quote both carry is no sign of copying: reporters quote alike
    assert [(c.a, c.b, c.sentences, c.share_a, c.share_b, c.identical) for c in found] == [(0, 1, 3, 0.75, 0.75, False)]


def test_a_story_made_mostly_of_quotes_republished_is_still_a_copy():
    """Found by a review: quotes are left out of what is shared and of what each report holds alike."""
    quotes = ["\"We heard pop, pop, pop,\" said Jean Larson, who works next door.",
              "\"Everyone ran for the back door,\" she said.",
              "\"I still cannot believe it,\" said her colleague Tom Reyes.",
              "\"It was over in a minute,\" Reyes said."]
    story = WIRE[:2] + quotes
    found = copies(_compare(story, story + ["The building reopened on Monday under police guard."]))
    assert [(c.share_a, c.identical) for c in found] == [(1.0, False)]


def test_a_quotation_both_reports_carry_is_no_copy():
    """Found by a review: the middle sentences of a long quote carry no quotation mark, yet are quote."""
    quote = ("\"We lost everything in a few minutes. The house is gone and the car was swept away. Nobody from the "
             "city warned us about the flood,\" said resident Maria Lopez.")
    a = ["Flood hits town after a night of heavy rain.", quote, "The mayor promised an inquiry into the warning system."]
    b = ["Residents count the cost of the flood in the valley.", quote, "Insurers expect thousands of claims by Friday."]
    assert copies(_compare(a, b)) == []


def test_reports_telling_one_story_in_their_own_words_are_not_copies():
    own = ["A former employee shot a man dead at a Vancouver office party on Friday, police said.",
           "The 61-year-old surrendered two hours later after negotiating with officers.",
           "He had lost his job at the company last month, according to police.",
           "Constable Tim Fanning said no business could prepare for such a thing.",
           "The dead man's name has not been released."]
    assert copies(_compare(WIRE, own)) == []


def test_the_same_text_twice_is_said_in_the_contract_and_the_report(seed_paths):
    from desktop.engine.ingest import read_path

    comparison = compare([read_path(seed_paths[0]), read_path(seed_paths[0])], Options(semantic=False))
    assert to_contract(comparison)["copies"] == [{"sources": [0, 1], "sentences": len(comparison.documents[0].sentences),
                                                  "shares": [1.0, 1.0], "identical": True, "translated": False}]
    summary = render_markdown(comparison).split("## Summary")[1].split("###")[0]
    assert "is the same text as A" in summary and "one source, not two" in summary


def test_the_window_says_which_column_repeats_which(qtbot, tmp_path):
    from PySide6.QtCore import QSettings, Qt

    from desktop.ui.controller import ComparisonController
    from desktop.ui.coverage.model import ECHO_MARK, MARK
    from desktop.ui.main_window import MainWindow
    from test_ui_data import fake_compare_iter

    comparison = _compare(WIRE, WIRE[:4] + ["Neighbours described a tense afternoon next door."])
    window = MainWindow(ComparisonController(fake_compare_iter(comparison)),
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.controller.set_sources([d.source for d in comparison.documents])
    metas = [pane.header.meta.full_text() for pane in window.workspace.panes]
    assert "⚠ 75% word for word in site.txt" in metas[0] and "⚠ 75% word for word in wire.txt" in metas[1]
    assert "two reports repeat each other word for word" in window.progress.label.text()
    grid, panel = window.coverage_model, window.coverage_panel
    assert "⚠ 3 claims stated by several in one source's words (○): two reports repeat each other word for word" \
        in panel.summary.full_text()
    assert grid.headerData(2, Qt.Orientation.Horizontal) == "⚠ site"  # the later report of the pair echoes (".txt" both share)
    marks = {ref: grid.index(grid.row_of(ref), 2).data() for ref in [(0, 0), (0, 1), (0, 2), (0, 3)]}
    assert marks == {(0, 0): ECHO_MARK, (0, 1): ECHO_MARK, (0, 2): ECHO_MARK, (0, 3): MARK}  # the quote is its own
    panel.filter_box.setCurrentIndex(panel.filter_box.findText("Stated by several, but in one's words (copies)"))
    assert panel.proxy.rowCount() == 3
    window.workspace.select(0, 1)  # the suspect's surrender, word for word in both
    assert "The versions are word for word the same" in window.group_panel.view.toPlainText()
    assert "· match with the selected sentence" in window.group_panel.view.toPlainText()  # the other version's
    window.workspace.select(0, 3)  # the constable's quote: reporters quote alike
    assert "word for word" not in window.group_panel.view.toPlainText()


def test_a_claim_three_reports_state_has_two_voices_when_one_repeats_another_word_for_word():
    own = "Police said the gunman, a former employee, surrendered to officers about two hours after the shooting."
    a = compare([from_text("\n\n".join(x) + "\n", name) for x, name in
                 ((WIRE, "wire.txt"), (WIRE[:4] + ["Neighbours described a tense afternoon."], "site.txt"),
                  ([WIRE[0].replace("killing one man", "leaving one man dead"), own], "own.txt"))],
                Options(semantic=False))
    echo = echoes(a)
    group = next(g for g in a.groups if (0, 0) in g.members)
    assert {ref: echo.get(ref) for ref in sorted(group.members)} == {(0, 0): None, (1, 0): (0, 0), (2, 0): None}
    assert voices({s for s, _ in group.members}, group.members, echo) == 2  # the site's version is the wire's words


def test_one_long_wire_sentence_is_an_echo_but_a_short_stock_phrase_is_not():
    mine = ["Shots rang out at a Vancouver office party on Friday, and one man died at the scene.", WIRE[4],
            "Police said the man had been let go from his job at the natural health products supplier last month."]
    theirs = ["A former employee is suspected of killing a colleague at a holiday party in Vancouver.", WIRE[4], WIRE[2]]
    mine += ["Staff hid in a storeroom until officers arrived.", "The company has closed its offices until Monday."]
    theirs += ["Witnesses said the gunman walked calmly to his car.", "A vigil is planned for Sunday evening."]
    comparison = _compare(mine, theirs)
    assert copies(comparison) == []  # one sentence of their own words in common: not a copied report
    echo = echoes(comparison)
    assert [(ref, echo[ref]) for ref in sorted(echo)] == [((1, 2), (0, 2))]  # "The victim has not been named." is not


def test_a_copy_with_a_figure_changed_is_no_echo_of_that_sentence_and_the_figures_conflict():
    """Found by a review: 'a 62-year-old' / 'a 61-year-old' read as the same words (the claim's second source an
    echo, '100% word for word'), and the two ages were marked only as each report's own detail."""
    site = [WIRE[0], WIRE[1].replace("61-year-old", "62-year-old"), *WIRE[2:]]
    comp = _compare(WIRE, site)
    echoed = echoes(comp)
    changed = next(i for i in range(5) if "62-year-old" in comp.documents[1].sentence_text(i))
    assert (1, changed) not in echoed and len(echoed) >= 3  # the other sentences stay echoes of the wire
    ages = {(d.source, comp.documents[d.source].source.text[d.start:d.end], d.kind) for d in comp.details}
    assert {(0, "61", "conflict"), (1, "62", "conflict")} <= ages


def test_a_copy_that_says_a_detail_differently_is_no_echo_of_that_sentence():
    """'€40 million' / '$40 million', 'did not confirm' / 'confirmed': the figures agree, the words nearly all do,
    yet the versions say different things; they had read as echoes (○)."""
    a = ["The owner of the warehouse, a logistics firm, said damage was estimated at €40 million on Tuesday.",
         "Police did not confirm the cause of the fire at the warehouse in Lyon on Tuesday evening."]
    b = ["The owner of the warehouse, a logistics firm, said damage was estimated at $40 million on Tuesday.",
         "Police confirmed the cause of the fire at the warehouse in Lyon on Tuesday evening."]
    comp = _compare(WIRE + a, WIRE + b)
    echoed = echoes(comp)
    last = len(comp.documents[1].sentences)
    assert (1, last - 2) not in echoed and (1, last - 1) not in echoed
    assert len(echoed) >= 4  # the wire's own sentences stay echoes


def test_a_wire_story_translated_by_a_site_is_one_voice():
    """From a helper's five reports of a wildfire: the Italian page was the Spanish EFE wire translated sentence by
    sentence, and the claims only those two carry counted as corroborated by two sources. A translation is a copy
    in another language; a broadcaster retelling the story in English is not."""
    from pathlib import Path

    from desktop.engine.ingest import read_path

    reports = Path(__file__).parent / "reports"
    comp = compare([read_path(reports / name) for name in
                    ("wildfire_efe_wire_es.txt", "wildfire_corriere_it.html", "wildfire_radio_en.txt")])
    found = copies(comp)
    assert [(c.a, c.b, c.translated) for c in found] == [(0, 1, True)] and found[0].sentences >= 8
    echoed = echoes(comp, found)
    assert echoed and all(later[0] == 1 and first[0] == 0 for later, first in echoed.items() if later[0] == 1)
    only_two = [g for g in comp.groups if g.sources == {0, 1}]
    assert only_two and all(voices(g.sources, g.members, echoed) == 1 for g in only_two)
    assert "one text in two languages" in render_markdown(comp) and to_contract(comp)["copies"][0]["translated"]
    from desktop.engine.copies import copies_phrase
    from desktop.ui.columns.column_pane import copied_text

    assert copies_phrase(found) == "two reports repeat each other, one translating the other"
    assert "the same text as wildfire_efe_wire_es.txt, in another language" in copied_text(comp, 1, found)


def test_two_reports_written_apart_in_two_languages_are_no_translation():
    """From the review: short reports of one story in news order, each sentence grouped with one of the other in
    order, had been called a translation (one voice) though they gave the story's figures differently."""
    from pathlib import Path

    from desktop.engine.ingest import read_path

    reports = Path(__file__).parent / "reports"
    for pair in (("flood_en.txt", "flood_fr.txt"), ("train_crash_en.txt", "train_crash_fr.txt")):
        assert copies(compare([read_path(reports / name) for name in pair])) == [], pair
    brief_en = ("Police shooting in Brooklyn\n\nA police officer shot a teenager in Brooklyn on Sunday night. The "
                "autopsy showed that seven bullets hit the teenager, three of them in the back. The officer has been "
                "suspended, the police commissioner said. Protesters gathered outside the precinct on Monday.")
    brief_fr = ("Fusillade policière à Brooklyn\n\nUn policier a tué un adolescent à Brooklyn dimanche soir. Selon "
                "l'autopsie, l'adolescent a été touché par huit balles, dont trois dans le dos. Le policier a été "
                "suspendu, a indiqué le chef de la police. Des manifestants se sont rassemblés devant le commissariat.")
    assert copies(compare([from_text(brief_en, "en"), from_text(brief_fr, "fr")])) == []


def test_the_same_remarks_quoted_in_two_languages_are_no_translation():
    """From a QA helper's central-bank reports: an English wire and a French daily quoting the same six
    press-conference remarks, in the order they were said, were "one text in two languages" and every claim an echo
    (○). Quotes do not count toward copying, in two languages as in one."""
    en = ['"Inflation is on track to return to our 2% target, but the job is not done," Marstrand said.',
          '"We are not on a pre-set path, and we will be guided by the data meeting by meeting," she added.',
          '"The labour market remains tight and wage growth is still too strong," the governor said.',
          '"We discussed a larger move, but the board preferred a gradual approach," Marstrand said.',
          '"Our balance sheet will keep shrinking at the pace we announced in June," she said.',
          '"The dissent tells you the bar for another cut in February is high," said Sofia Lindqvist.']
    fr = ["« L'inflation est en bonne voie pour revenir à notre cible de 2 %, mais le travail n'est pas terminé », "
          "a déclaré Helena Marstrand.",
          "« Nous ne suivons pas une trajectoire prédéfinie et nous serons guidés par les données, réunion après "
          "réunion », a-t-elle ajouté.",
          "« Le marché du travail reste tendu et la croissance des salaires est encore trop forte », a dit la "
          "gouverneure.",
          "« Nous avons discuté d'un mouvement plus important, mais le conseil a préféré une approche graduelle », "
          "a expliqué Mme Marstrand.",
          "« Notre bilan continuera de se réduire au rythme annoncé en juin », a-t-elle précisé.",
          "« La dissidence montre que la barre est haute pour une nouvelle baisse en février », estime Sofia "
          "Lindqvist."]
    comp = compare([from_text("\n\n".join(en) + "\n", "wire_en.txt"), from_text("\n\n".join(fr) + "\n", "fr.txt")])
    assert len(comp.groups) == 6 and copies(comp) == [] and echoes(comp) == {}


def test_a_quote_in_a_translated_wire_story_is_no_echo():
    """The translated wildfire wire: its sentences echo the Spanish wire's, but not the one that is mostly the
    official's quote (every outlet translates what he said)."""
    from pathlib import Path

    from desktop.engine.ingest import read_path

    reports = Path(__file__).parent / "reports"
    comp = compare([read_path(reports / name) for name in ("wildfire_efe_wire_es.txt", "wildfire_corriere_it.html")])
    echoed = echoes(comp)
    quoting = [i for i in range(len(comp.documents[0].sentences))
               if comp.documents[0].sentence_text(i).startswith('"La prioridad absoluta')]
    assert quoting and echoed
    assert not any(first == (0, quoting[0]) for first in echoed.values())
