"""Names in details across languages: a body only one version names stays marked whatever the phrase cover says, and
a German compound noun is no name (QA helpers' drug-trial and car-recall reports)."""
from desktop.engine.features import features
from desktop.engine.ingest import from_text
from desktop.engine.pipeline import compare

TRIAL = "The trial was funded by Helvarin Pharma, the Danish company that makes corvalitide."
STUDY = "The study was funded by Helvarin Pharma, which makes the drug, and by the Nordic Heart Foundation."
ETUDE = "L'étude a été financée par Helvarin Pharma, le laboratoire danois qui fabrique le corvalitide."


def _marked(texts: list[str], source: int) -> list[tuple[str, str]]:
    comp = compare([from_text(t, f"r{n}") for n, t in enumerate(texts)])
    text = comp.documents[source].source.text
    return [(text[d.start:d.end], d.type) for d in comp.details if d.source == source]


def test_a_funder_only_one_version_names_stays_marked_when_a_french_version_is_open():
    """"and by the Nordic Heart Foundation" against "financée par Helvarin Pharma": two English versions marked the
    second funder, but adding the French one (or comparing with it alone) had no detail at all, the phrase reading
    close to the French one's."""
    for texts, source in (([TRIAL, STUDY], 1), ([TRIAL, STUDY, ETUDE], 1), ([STUDY, ETUDE], 0)):
        assert ("Nordic Heart Foundation", "name") in _marked(texts, source), (len(texts), source)


def test_a_body_the_other_language_names_in_its_words_is_no_detail():
    """Translated institution names are no noise: "the Federal Council" / "le Conseil fédéral" (the word table),
    "the Nordic Heart Foundation" / "la Fondation nordique du cœur", a single word capitalised as an institution's
    ("en Conseil des ministres" / "by cabinet")."""
    english = "The study was funded by Helvarin Pharma and by the Nordic Heart Foundation, the Federal Council said."
    french = ("L'étude a été financée par Helvarin Pharma et par la Fondation nordique du cœur, a indiqué le Conseil "
              "fédéral.")
    assert not [f for f, kind in _marked([english, french], 0) if kind == "name"]
    found = _marked(["The reform, approved by cabinet in January, would raise the retirement age until 2035.",
                     "La réforme, adoptée en Conseil des ministres en janvier, relèverait l'âge légal jusqu'en 2035."],
                    1)
    assert not [f for f, kind in found if "Conseil" in f]


def test_a_german_compound_the_dictionary_lacks_is_a_noun_and_a_name_stays_a_name():
    """German capitalises every noun and coins compounds the dictionary lacks: "Zellmodule", "Werkstattaufenthalt",
    "Referenznummer", "Batteriemodule", "Batterie-Rückruf" were typed as names a German report alone gives (a QA
    helper's recall reports), and so was a dictionary noun after a preposition no person follows ("Wegen
    Brandgefahr"); "Norvane", "Katrin Albers" and "Korvex" stay names."""
    from desktop.engine.details.member import german_noun, reads_as_name

    def nouns(text: str) -> list[str]:
        toks = features(text, "de").tokens
        return [t.surface for k, t in enumerate(toks) if t.is_name and not t.stop and german_noun(toks, k)]

    assert nouns("Die Zellmodule stammen vom Zulieferer Korvex aus Polen.") == ["Zellmodule", "Zulieferer"]
    assert nouns("Der Werkstattaufenthalt dauert laut Norvane rund drei Stunden.") == ["Werkstattaufenthalt", "Stunden"]
    assert nouns("Halter finden die Referenznummer im Brief.") == ["Referenznummer", "Brief"]
    assert nouns("Es ist der zweite Batterie-Rückruf für Norvane, sagte Sprecherin Katrin Albers.") \
        == ["Batterie-Rückruf"]
    assert "Batteriemodule" in nouns("Brandgefahr durch defekte Batteriemodule.")
    assert nouns("Wegen Brandgefahr ruft Norvane in Europa rund 84.000 Elektroautos zurück.") == ["Brandgefahr", "Elektroautos"]
    toks = features("Stuttgart – Wegen Brandgefahr ruft Norvane 84.000 Elektroautos zurück.", "de").tokens
    assert [t.surface for k, t in enumerate(toks) if reads_as_name(t, k, frozenset(), toks, "de")] \
        == ["Norvane"]  # (a first word is a name when its report writes it so elsewhere)


def test_a_german_sentence_only_one_report_gives_marks_its_names_not_its_compounds():
    english = ("Norvane recalls 84,000 electric cars in Europe\n\nThe carmaker said owners would be contacted by "
               "letter.")
    german = ("Norvane ruft 84.000 Elektroautos in Europa zurück\n\nDie Halter werden per Brief informiert, sagte "
              "Norvane.\n\nDie Zellmodule stammen vom Zulieferer Korvex Cells aus Polen.\n\nDer Werkstattaufenthalt "
              "dauert rund drei Stunden.")
    found = _marked([english, german], 1)
    names = [f for f, kind in found if kind == "name"]
    assert any("Korvex Cells" in f for f in names), found
    assert not [f for f in names if "Zellmodule" in f or "Werkstattaufenthalt" in f], found
