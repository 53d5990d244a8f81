"""Who says what in a QA helper's reports of a central bank's rate decision (an English wire and analysis, a French
daily, a German .docx: qa72a): a deputy's title against the bare title, a title and its named holder, the French
feminine title, people who act but are cited by no one, and quotes of one press conference in two languages."""
from desktop.engine.attribution.compare import claim_sourcing
from desktop.engine.ingest import from_text
from desktop.engine.pipeline import compare
from attributions_found import found_in

QUOTE = '"We are not on a pre-set path, and we will be guided by the data meeting by meeting,"'


def _differs(a: str, b: str) -> list[bool]:
    """Whether each linked claim of the two reports is attributed differently."""
    return [c.differs for c in claim_sourcing(compare([from_text(a, "a.txt"), from_text(b, "b.txt")]))]


def test_a_quote_of_the_governor_and_of_the_deputy_governor_is_attributed_differently():
    assert _differs(f"{QUOTE} the governor said.", f"{QUOTE} the deputy governor said.") == [True]
    assert _differs(f"{QUOTE} Governor Helena Marstrand said.", f"{QUOTE} the deputy governor said.") == [True]
    assert _differs(f"{QUOTE} the governor said.", f"{QUOTE} the governor told reporters.") == [False]
    assert _differs(f"{QUOTE} the deputy governor said.", f"{QUOTE} the deputy governor told reporters.") == [False]


def test_a_rank_word_in_other_languages_makes_another_office():
    fr = "« Nous ne sommes pas sur une trajectoire prédéfinie », a déclaré {}."
    assert _differs(fr.format("le gouverneur"), fr.format("le sous-gouverneur")) == [True]
    assert _differs(fr.format("le directeur"), fr.format("le directeur adjoint")) == [True]
    es = "«No estamos en una senda predeterminada», dijo {}."
    assert _differs(es.format("el gobernador"), es.format("el subgobernador")) == [True]
    de = "„Wir sind nicht auf einem vorgezeichneten Pfad“, sagte {}."
    assert _differs(de.format("die Präsidentin"), de.format("die Vizepräsidentin")) == [True]
    assert _differs(de.format("die Präsidentin"), de.format("die stellvertretende Präsidentin")) == [True]


def test_the_deputy_named_earlier_is_not_the_governor_of_a_later_line():
    a = ("Deputy Governor Tomas Reuvik spoke after the decision. "
         f"{QUOTE} the governor said.")
    b = f"Deputy Governor Tomas Reuvik spoke after the decision. {QUOTE} Reuvik said."
    assert _differs(a, b)[-1] is True
    b_same = f"Deputy Governor Tomas Reuvik spoke after the decision. {QUOTE} the deputy governor said."
    assert _differs(b, b_same)[-1] is False


def test_the_governor_and_the_named_governor_are_one_speaker():
    a = ('"The labour market remains tight," the governor said.\n'
         '"We discussed a larger move," Marstrand said.\n'
         '"Our balance sheet will keep shrinking," she said.\n')
    b = ('"The labour market remains tight," Governor Helena Marstrand said.\n'
         '"We discussed a larger move," Marstrand added.\n'
         '"Our balance sheet will keep shrinking," she said.\n')
    assert _differs(a, b) == [False, False, False]
    deputy = b.replace("Governor Helena", "Deputy Governor Helena")
    assert _differs(a, deputy)[0] is True


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(who, kind) for who, kind, _ in found_in(text, "report.txt")]


def test_the_feminine_french_governor_is_the_speaker():
    assert _speakers("Le chômage reste proche de son plus bas historique, a souligné la gouverneure.") == [
        ("la gouverneure", "person")]  # not the statement before the verb, read as an anonymous source
    assert _speakers("La gouverneure a souligné que le chômage restait bas.") == [("La gouverneure", "person")]


def test_an_aside_on_the_subject_is_no_speaker():
    assert _speakers("Le taux de chômage, à 6,1 %, reste proche de son plus bas historique, a souligné la "
                     "gouverneure.") == [("la gouverneure", "person")]  # not "à 6,1 %, reste proche de …"
    assert _speakers("Le chômage, à 6,1 %, reste proche de son plus bas historique, a souligné le gouverneur.") == [
        ("le gouverneur", "person")]
    assert _speakers("Jean Dupont, à la tête de l'association depuis 2010, a déclaré que rien n'était réglé.") == [
        ("Jean Dupont, à la tête de l'association depuis 2010", "person")]  # an aside on the speaker, as before


def test_people_who_oppose_a_decision_are_no_source():
    assert _speakers("L'institution a abaissé jeudi son taux directeur à 3,25 %, mais deux membres du conseil se "
                     "sont opposés à cette baisse.") == []  # a vote, as "two members of the board opposed the cut"
    assert _speakers("The bank cut its rate to 3.25% on Thursday, but two members of the board opposed the cut.") == []
    assert _speakers("Le ministre s'est opposé à ce que la réforme soit votée.") == [("Le ministre", "person")]
    assert _speakers("« C'est inacceptable », s'est opposé le ministre.") == [("le ministre", "person")]
    assert _speakers("Deux membres se sont opposés à cette baisse, jugeant l'inflation trop forte.") == [
        ("Deux membres", "anonymous")]  # said why


def test_a_bare_surname_that_she_takes_up_is_a_person():
    text = ('"The labour market remains tight," the governor said.\n'
            '"We discussed a larger move," Marstrand said.\n'
            '"Our balance sheet will keep shrinking," she said.\n')
    assert found_in(text, "a.txt", refers=True)[1:] == [("Marstrand", "person", "said", None),
                                                        ("she", "person", "said", "Marstrand")]
    # (was an institution, and "she" the governor: "she" / "she" of a report naming her read attributed differently)
    company = ('"Demand was strong in China," Nike said. "Our stores were full," the company said. Shares of Nike '
               'rose 3% in New York.')
    assert found_in(company, "b.txt")[0] == ("Nike", "organisation", "said")  # a company needs no introduction
    # a pronoun in what the next sentence reports is no speaker (an rpm2 report's association had become a person)
    body = ("La mise en place du fichier Edvige a été condamnée par Act-Up comme une \"atteinte d'une extrême gravité "
            "aux libertés publiques\".\nL'association a expliqué dans un communiqué qu'elle n'avait pas \"les moyens "
            "matériels de s'associer\" aux recours mais qu'elle soutenait ces démarches.\n")
    assert ("Act-Up", "organisation") in _speakers(body)


def test_a_rank_across_two_languages():
    en = f"{QUOTE} the deputy governor said."
    fr = ("« Nous ne sommes pas sur une trajectoire prédéfinie et nous serons guidés par les données, réunion après "
          "réunion », a déclaré {}.")
    assert _differs(en, fr.format("le gouverneur")) == [True]  # was one speaker: the words translate
    assert _differs(en, fr.format("le sous-gouverneur")) == [False]  # was two: "sous-gouverneur" is no word of the
    #                                                                   comparison's table
    assert _differs(f"{QUOTE} the governor said.", fr.format("la gouverneure")) == [False]


def test_a_title_alone_is_listed_as_a_person_not_named():
    from desktop.export.markdown import render_markdown

    comp = compare([from_text(f"{QUOTE} the governor said.", "a.txt"),
                    from_text(f"{QUOTE} Governor Helena Marstrand said.", "b.txt")])
    report = render_markdown(comp)
    assert "the governor (person, not named)" in report  # was "(named person)"
    assert "Governor Helena Marstrand (named person)" in report


def test_the_versions_panel_lists_a_title_alone_as_a_person_not_named(qtbot):
    from desktop.ui.models import GroupModel, sourcing_text

    comp = compare([from_text(f"{QUOTE} the governor said.", "a.txt"),
                    from_text(f"{QUOTE} Governor Helena Marstrand said.", "b.txt")])
    model = GroupModel()
    model.set_selection(comp, 0, 0)
    assert [sourcing_text(row) for row in model.rows] == ["the governor (person, not named)",
                                                          "Governor Helena Marstrand (named person)"]


def test_the_german_governor_is_one_person():
    de = "„Wir sind nicht auf einem vorgezeichneten Pfad“, sagte {}."
    assert _speakers(de.format("die Gouverneurin")) == [("die Gouverneurin", "person")]  # was an anonymous source
    assert _speakers(de.format("der Gouverneur")) == [("der Gouverneur", "person")]
    assert _differs(de.format("der Gouverneur"), de.format("der stellvertretende Gouverneur")) == [True]
    # (two anonymous sources had read as one)
