"""Who says what in a QA helper's reports of a national strike (an English wire, a French page, a Spanish .docx, a
German .md: qa70a): a time between a verb and its speaker, the crowd figures and who counted them, the kinds of
sources (a prime minister, polls), and the flag of a claim whose anonymous source is one report's extra clause."""
from desktop.engine.attribution.compare import claim_sourcing
from desktop.engine.ingest import from_text
from desktop.engine.pipeline import compare
from attributions_found import found_in


def _attributions(text: str) -> list[tuple[str, str, str]]:
    """(who, kind, cue) of every attribution the engine finds in ``text``."""
    return found_in(text, "report.txt")


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(who, kind) for who, kind, _ in _attributions(text)]


def test_a_time_between_the_verb_and_its_speaker_is_no_speaker():
    assert _speakers("«Esto es solo el principio», afirmó este jueves la líder sindical Marta Lindqvist.") == [
        ("la líder sindical Marta Lindqvist", "person")]  # not "este", an anonymous source
    assert _speakers("«Hoy es solo el comienzo», le respondió este jueves Marta Lindqvist.") == [
        ("Marta Lindqvist", "person")]
    assert _speakers("«Esta reforma es necesaria y la llevaremos hasta el final», afirmó el miércoles la ministra "
                     "de Trabajo, Clara Benedetti, ante los diputados.") == [
        ("la ministra de Trabajo, Clara Benedetti", "person")]  # not "el"
    assert _speakers("«Es solo el principio», dijo el pasado miércoles por la mañana Marta Lindqvist.") == [
        ("Marta Lindqvist", "person")]
    assert _speakers("«Es solo el principio», declaró el 12 de marzo Marta Lindqvist.") == [
        ("Marta Lindqvist", "person")]
    assert _speakers("« Ce n'est que le début », a déclaré mercredi dernier le Premier ministre.") == [
        ("le Premier ministre", "person")]  # not "dernier le Premier ministre", anonymous
    assert _speakers("« Ce n'est que le début », a répondu cet après-midi Marta Lindqvist.") == [
        ("Marta Lindqvist", "person")]
    assert _speakers("«È solo l'inizio», ha risposto questo giovedì Marta Lindqvist.") == [
        ("Marta Lindqvist", "person")]
    assert _speakers("«È solo l'inizio», ha detto ieri sera la leader sindacale Marta Lindqvist.") == [
        ("la leader sindacale Marta Lindqvist", "person")]  # not "sera la leader …"
    assert _speakers("«É só o começo», respondeu nesta quinta-feira à noite a líder sindical Marta Lindqvist.") == [
        ("a líder sindical Marta Lindqvist", "person")]
    assert _speakers("«É só o começo», disse no dia 12 de março Marta Lindqvist.") == [("Marta Lindqvist", "person")]


def test_a_time_after_the_verb_leaves_the_rest_as_it_was():
    assert _speakers("La ministra dijo el jueves que no cederá.") == [("La ministra", "person")]
    assert _speakers("El Gobierno anunció este jueves nuevas medidas.") == [("El Gobierno", "organisation")]
    assert _speakers("« Le feu est maîtrisé », a déclaré le maire de la commune.") == [
        ("le maire de la commune", "person")]  # an article is no moment
    assert _speakers("«A situação está controlada», disse o ministro da Saúde.") == [("o ministro da Saúde", "person")]
    dropped = _attributions("La líder sindical Marta Lindqvist habló ante miles de personas. «Es solo el principio», "
                            "afirmó este jueves.")
    assert [who for who, _, _ in dropped] == ["afirmó"]  # the verb stands for its speaker, as before


def test_one_quote_credited_to_one_leader_in_english_and_spanish_is_not_attributed_differently():
    en = from_text('"Today is only the beginning," said union leader Marta Lindqvist on Thursday.', "en.txt")
    es = from_text("«Esto es solo el principio», afirmó este jueves la líder sindical Marta Lindqvist.", "es.txt")
    assert [c.differs for c in claim_sourcing(compare([en, es]))] == [False]


def test_who_counted_a_crowd_is_the_source_of_its_figure():
    assert _attributions("Nationwide, the interior ministry counted 510,000 demonstrators; the unions said 1.3 million "
                         "people had taken to the streets in more than 200 towns.") == [
        ("the interior ministry", "organisation", "counted"), ("the unions", "organisation", "said")]
    assert _attributions("Le ministère de l'Intérieur a recensé 510 000 manifestants dans tout le pays, quand "
                         "l'intersyndicale en revendique 1,3 million.") == [
        ("Le ministère de l'Intérieur", "organisation", "a recensé"),
        ("l'intersyndicale", "organisation", "en revendique")]
    assert _speakers("Les syndicats revendiquent 1,3 million de manifestants.") == [("Les syndicats", "organisation")]
    assert _attributions("Die Polizei zählte 62.000 Teilnehmer.") == [("Die Polizei", "organisation", "zählte")]
    assert _speakers("In the capital Valmora, police put the crowd at 62,000, while unions claimed 250,000 "
                     "marchers.") == [("police", "organisation"), ("unions", "organisation")]
    assert _speakers("La policía cifró en 65.000 los manifestantes.") == [("La policía", "organisation")]


def test_a_second_source_whose_verb_is_left_out_gives_its_own_figure():
    assert _attributions("Das Innenministerium zählte landesweit 510.000 Demonstranten, die Gewerkschaften dagegen "
                         "1,3 Millionen.") == [("Das Innenministerium", "organisation", "zählte"),
                                               ("die Gewerkschaften", "organisation", "zählte")]
    assert _speakers("La policía cifró en 65.000 los manifestantes, y los organizadores en 120.000.") == [
        ("La policía", "organisation"), ("los organizadores", "anonymous")]
    assert _speakers("The ministry counted 510,000, the unions 1.3 million.") == [
        ("The ministry", "organisation"), ("the unions", "organisation")]
    assert _speakers("Police said 12 people were hurt, three seriously.") == [("Police", "organisation")]


def test_counting_what_one_has_is_no_attribution():
    assert _attributions("La ville compte 30 000 habitants.") == []
    assert _attributions("Der Verein zählt 500 Mitglieder.") == []
    assert _attributions("Veltaro conta circa 9 milioni di clienti tra Irlanda, Regno Unito e Italia.") == []
    assert _attributions("Die Polizei zählt die Teilnehmer.") == []
    assert _attributions("The coach counted on 12 players.") == []
    assert _attributions("La CGT revendique l'organisation de la marche.") == []


def test_each_report_gives_each_crowd_figure_to_the_one_who_counted_it():
    en = from_text("Nationwide, the interior ministry counted 510,000 demonstrators; the unions said 1.3 million "
                   "people had taken to the streets.", "en.txt")
    de = from_text("Das Innenministerium zählte landesweit 510.000 Demonstranten, die Gewerkschaften dagegen 1,3 "
                   "Millionen.", "de.md")
    swapped = from_text("Die Gewerkschaften zählten landesweit 510.000 Demonstranten, das Innenministerium dagegen "
                        "1,3 Millionen.", "de.md")
    assert [(c.flag, c.differs) for c in claim_sourcing(compare([en, de]))] == [(None, False)]
    assert [c.differs for c in claim_sourcing(compare([en, swapped]))] == [True]


def test_a_surname_the_report_gave_with_a_title_is_a_person():
    en = _attributions("Hundreds of thousands marched against Prime Minister Henrik Morandi's plan to raise the "
                       "retirement age. \"This reform is necessary, and we will see it through,\" Morandi told "
                       "lawmakers on Wednesday.")
    assert en == [("Morandi", "person", "told")]  # not an institution: "Morandi's" is the prime minister's
    de = _attributions("Die Regierung von Ministerpräsident Henrik Morandi will das Rentenalter anheben. \"Diese "
                       "Reform ist notwendig, und wir werden sie zu Ende führen\", sagte Morandi am Mittwoch im "
                       "Parlament.")
    assert de == [("Morandi", "person", "sagte")]  # "Ministerpräsident" is a title, as "Präsident" is


def test_polls_are_documents():
    assert _speakers("Laut Umfragen lehnen mehr als zwei Drittel der Bürger die Reform ab.") == [
        ("Umfragen", "document")]  # not a named person
    assert _attributions("An Ifop-Estravia poll published on Tuesday showed 68% of voters oppose the reform.")[0][:2] \
        == ("An Ifop-Estravia poll", "document")
    assert _speakers("A poll conducted by Ifop found that 68% of voters oppose the reform.") == [
        ("A poll conducted by Ifop", "document")]
    assert _speakers("The polls closed at 8 p.m., officials said.") == [("officials", "anonymous")]


COALITION_EN = ("Morandi's centrist coalition holds a slim majority of 152 of the 300 seats in the lower house, and "
                "several coalition lawmakers have said they could vote against the bill.")
COALITION_FR = ("La coalition centriste de M. Morandi ne dispose que d'une courte majorité de 152 sièges sur 300 à la "
                "chambre basse.")


def test_an_anonymous_source_of_one_report_s_extra_clause_does_not_flag_the_shared_claim():
    from desktop.engine.model import NO_SOURCE

    comp = compare([from_text(COALITION_EN, "en.txt"), from_text(COALITION_FR, "fr.txt")])
    assert [c.flag for c in claim_sourcing(comp)] == [NO_SOURCE]  # not "anonymous sources only": what both say
    #                                                                rests on no one, the lawmakers speak of the bill
    text = comp.documents[0].text
    extra = [text[d.start:d.end] for d in comp.details if d.source == 0 and d.kind == "unique"]
    assert extra == ["several coalition lawmakers have said they could vote against the bill"]  # who says it, too


def test_the_report_and_the_versions_panel_say_whose_extra_clause_it_is(qtbot):
    from desktop.export.markdown import render_markdown
    from desktop.ui.models import GroupModel, sourcing_text
    from PySide6.QtGui import QFont

    from desktop.ui.palette import current_theme
    from desktop.ui.panels.group import GroupPanel

    comp = compare([from_text(COALITION_EN, "en.txt"), from_text(COALITION_FR, "fr.txt")])
    report = render_markdown(comp)
    assert "- ⚠ **No stated source**" in report and "Anonymous sources only" not in report
    assert "- A: several coalition lawmakers (anonymous source, of what only this version says)" in report
    model = GroupModel()
    model.set_selection(comp, 0, 0)
    assert sourcing_text(model.rows[0]) == "several coalition lawmakers, of what only this version says (anonymous source)"
    panel = GroupPanel(model, current_theme(), QFont())
    qtbot.addWidget(panel)
    panel.render()
    assert panel.view.toPlainText().startswith("⚠ No stated source for what the versions share: a source named below "
                                               "speaks of what only its version says.")


def test_an_anonymous_source_of_the_shared_claim_still_flags_it():
    from desktop.engine.model import ANONYMOUS_ONLY

    fr = from_text("Le ministre de l'Intérieur va démissionner dans les prochains jours.", "fr.txt")
    for en in ("The interior minister will resign in the coming days, sources close to him said.",
               "Sources close to him said the interior minister will resign in the coming days."):
        assert [c.flag for c in claim_sourcing(compare([from_text(en, "en.txt"), fr]))] == [ANONYMOUS_ONLY]
