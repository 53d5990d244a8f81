"""Sentences and words that say the same in other words or another language (the sentence model on).

A French sentence that joins two English ones links to both; a word the other report writes differently
("quake" / "earthquake") is not a detail, a different fact still is; a saved session keeps the word table, so
re-grouping it after reopening finds the same details without the model.
"""
from __future__ import annotations

import pytest

from desktop.engine.ingest import from_text
from desktop.engine.pipeline import compare, regroup
from desktop.store import Session, load_session

TRAM_EN = (
    "Geneva opens a new tram line to the airport\n\n"
    "The city council approved the project in 2021 after a long public debate. The line is 7 kilometres long. "
    "It serves eleven stops between the main station and the airport. Trams will run every six minutes during "
    "the day. Tickets cost the same as on the rest of the network."
)
TRAM_FR = (
    "Genève ouvre une nouvelle ligne de tram vers l'aéroport\n\n"
    "Le conseil municipal a approuvé le projet en 2021 après un long débat public. Longue de 7 kilomètres, la "
    "ligne dessert onze arrêts entre la gare principale et l'aéroport. Les trams circuleront toutes les six "
    "minutes pendant la journée. Les billets coûtent le même prix que sur le reste du réseau."
)

QUAKE_A = (
    "Strong earthquake shakes southern Peru\n\n"
    "A strong earthquake killed 12 people in southern Peru on Tuesday, officials said. "
    "The quake destroyed dozens of homes in the Arequipa region. Rescue teams were searching the rubble overnight."
)
QUAKE_B = (
    "Deadly quake hits Peru\n\n"
    "A powerful quake left 12 dead in southern Peru on Tuesday, officials said. "
    "The earthquake destroyed dozens of houses near Arequipa and cut the main road to Chile. "
    "Rescue teams were searching the rubble overnight."
)


def _text(comp, source, i):
    return comp.documents[source].sentence_text(i)


def test_a_sentence_that_joins_two_of_the_other_language_links_to_both():
    comp = compare([from_text(TRAM_EN, "EN"), from_text(TRAM_FR, "FR")])
    assert comp.single_sourced(0) == [] and comp.single_sourced(1) == []
    joined = next(g for g in comp.groups if any(_text(comp, s, i).startswith("Longue") for s, i in g.members))
    english = sorted(_text(comp, s, i) for s, i in joined.members if s == 0)
    assert english == ["It serves eleven stops between the main station and the airport.", "The line is 7 kilometres long."]


def test_a_word_written_differently_is_not_a_detail_but_a_new_fact_is():
    comp = compare([from_text(QUAKE_A, "A"), from_text(QUAKE_B, "B")])
    flagged = {comp.documents[d.source].source.text[d.start:d.end] for d in comp.details}
    words = {w for span in flagged for w in span.split()}
    assert not words & {"quake", "earthquake", "powerful"}
    assert any("Chile" in span for span in flagged)  # only B says the road to Chile was cut


@pytest.mark.parametrize("a, b", [("guilty", "innocent"), ("Monday", "Tuesday"), ("3 million", "3 billion"),
                                  ("Democrats", "Republicans"), ("east", "west"), ("acquitted", "convicted")])
def test_words_the_model_reads_as_close_but_that_contradict_stay_a_conflict(a, b):
    """The sentence model puts opposites close (guilty/innocent 0.72, Monday/Tuesday 0.79): within one language
    names, numbers and days are checked word for word and other words need a closer match."""
    first = f"The jury found the former mayor {a} of fraud, prosecutors said, in a case worth $40 on Friday."
    second = f"The jury found the former mayor {b} of fraud, prosecutors said, in a case worth $40 on Friday."
    if a[0].isupper() or a[0].isdigit():
        first = f"The {a} jury found the former mayor guilty of a $40 fraud, prosecutors said."
        second = f"The {b} jury found the former mayor guilty of a $40 fraud, prosecutors said."
    comp = compare([from_text(first, "A"), from_text(second, "B")])
    assert len(comp.groups) == 1
    flagged = {comp.documents[d.source].source.text[d.start:d.end] for d in comp.details}
    assert any(a.split()[-1] in span for span in flagged) and any(b.split()[-1] in span for span in flagged)


@pytest.mark.parametrize("frame, a, b", [
    ("Le tribunal administratif a jugé le licenciement des contrôleurs {} dans une décision rendue vendredi.", "légal", "illégal"),
    ("Police said the man shot near the station on Friday night was {}, according to a spokesman.", "armed", "unarmed"),
])
def test_a_word_and_its_negation_stay_a_conflict(frame, a, b):
    """"légal" / "illégal", "armed" / "unarmed" (0.78 for the model): a prefix that negates the word is a
    contradiction to check."""
    comp = compare([from_text(frame.format(a), "A"), from_text(frame.format(b), "B")])
    assert len(comp.groups) == 1
    flagged = {comp.documents[d.source].source.text[d.start:d.end] for d in comp.details}
    assert any(a in span.split() for span in flagged) and any(b in span.split() for span in flagged)


def test_across_languages_numbers_in_words_are_checked_by_value_not_by_how_alike_they_read():
    """Found by a review: "seven bullets" / "huit balles" read alike to the model and neither was marked; "as many
    as 20" / "une trentaine" (about thirty) neither."""
    en = ("Police shooting in Brooklyn\n\nThe autopsy showed that seven bullets hit the teenager, three of them in "
          "the back. Firefighters said as many as 20 people had been inside the bank when it burned.")
    fr = ("Fusillade policière à Brooklyn\n\nSelon l'autopsie, l'adolescent a été touché par huit balles, dont trois "
          "dans le dos. Les pompiers ont indiqué qu'une trentaine de personnes se trouvaient dans la banque en feu.")
    comp = compare([from_text(en, "EN"), from_text(fr, "FR")])
    conflicts = {(d.source, comp.documents[d.source].source.text[d.start:d.end]) for d in comp.details
                 if d.kind == "conflict"}
    assert {(0, "seven"), (1, "huit"), (0, "20"), (1, "trentaine")} <= conflicts
    same = compare([from_text(en.replace("seven", "eight").replace("as many as 20", "about 30"), "EN"),
                    from_text(fr, "FR")])
    flagged = {same.documents[d.source].source.text[d.start:d.end] for d in same.details}
    assert not {"eight", "huit", "30", "trentaine"} & {w for span in flagged for w in span.split()}
    # a round figure states any number close to it: "une trentaine" and "28", "about two dozen" and "une vingtaine"
    close = compare([from_text(en.replace("as many as 20", "28"), "EN"), from_text(fr, "FR")])
    flagged = {w for d in close.details for w in close.documents[d.source].source.text[d.start:d.end].split()}
    assert "28" not in flagged and "trentaine" not in flagged
    close = compare([from_text(en.replace("as many as 20", "28"), "EN"),
                     from_text(fr.replace("une trentaine", "une vingtaine"), "FR")])
    flagged = {w for d in close.details for w in close.documents[d.source].source.text[d.start:d.end].split()}
    assert "28" in flagged and "vingtaine" in flagged  # 28 is not "about twenty"
    close = compare([from_text(en.replace("as many as 20", "about two dozen"), "EN"),
                     from_text(fr.replace("une trentaine", "une vingtaine"), "FR")])
    flagged = {w for d in close.details for w in close.documents[d.source].source.text[d.start:d.end].split()}
    assert not {"two", "dozen", "vingtaine"} & flagged
    # two different tens are two estimates, not one said roughly: "about 40" / "une cinquantaine" (from a helper)
    close = compare([from_text(en.replace("as many as 20", "about 40"), "EN"),
                     from_text(fr.replace("une trentaine", "une cinquantaine"), "FR")])
    flagged = {w for d in close.details for w in close.documents[d.source].source.text[d.start:d.end].split()}
    assert "40" in flagged and "cinquantaine" in flagged


def test_a_reopened_session_regroups_to_the_same_details(tmp_path):
    for name, texts in (("quake", (QUAKE_A, QUAKE_B)), ("rules", (RULES_EN, RULES_FR))):
        comp = compare([from_text(texts[0], "A"), from_text(texts[1], "B")])
        path = tmp_path / f"{name}.synoptic"
        with Session.create(path) as s:
            s.save_comparison(comp)
        reopened = load_session(path).comparison
        assert reopened.word_matches == comp.word_matches and reopened.phrase_cover == comp.phrase_cover
        assert regroup(reopened, 0.5).details == regroup(comp, 0.5).details == comp.details
    assert comp.word_matches.expansions  # the acronyms' long forms came back too


RULES_EN = (
    "New rules for electric cars\n\nThe Swiss Federal Office of Energy (SFOE) published new rules for electric cars on "
    "Monday. From January, the SFOE will publish the energy label of every new car. Importers must report the "
    "emissions of each vehicle. Cars above the target will pay a penalty."
)
RULES_FR = (
    "Nouvelles règles pour les voitures électriques\n\nL'Office fédéral de l'énergie (OFEN) a publié lundi de "
    "nouvelles règles pour les voitures électriques. Dès janvier, l'OFEN publiera l'étiquette énergétique de chaque "
    "voiture neuve. Les importateurs doivent déclarer les émissions de chaque véhicule. Les voitures au-dessus de la "
    "valeur cible paieront une sanction."
)


def test_an_acronym_and_its_translation_are_the_same_institution():
    comp = compare([from_text(RULES_EN, "EN"), from_text(RULES_FR, "FR")])
    assert len(comp.groups) == 5
    assert [comp.documents[d.source].source.text[d.start:d.end] for d in comp.details] == []  # SFOE = OFEN
    assert comp.word_matches.expansions["OFEN"] == ("office", "fédéral", "énergie")


def test_long_forms_are_found_as_the_letters_spell_them():
    from desktop.engine.acronyms import definitions

    found = definitions("Members of the European Union (EU) and of the International Energy Agency ( IEA ) met. "
                        "Le Département fédéral des finances (DFF) a répondu. The wind (WIND) rose.")
    assert found == {"EU": "European Union", "IEA": "International Energy Agency",
                     "DFF": "Département fédéral des finances"}


@pytest.mark.parametrize("a, b", [("approved", "rejected"), ("acquitted", "convicted"), ("raised", "lowered")])
def test_opposite_words_in_one_place_are_said_differently(a, b):
    first = f"On Friday the regional assembly {a} the new budget for schools, officials said in a statement."
    second = f"On Friday the regional assembly {b} the new budget for schools, officials said in a statement."
    comp = compare([from_text(first, "A"), from_text(second, "B")])
    assert len(comp.groups) == 1
    kinds = {comp.documents[d.source].source.text[d.start:d.end]: d.kind for d in comp.details}
    assert kinds.get(a) == "conflict" and kinds.get(b) == "conflict"


def test_words_of_unrelated_meaning_in_one_place_only_reword_the_sentence():
    """Found by a review: "three people today" / "three people dead" was marked said differently (today / dead,
    0.25 for the model); each is what its report adds, not a difference to check."""
    first = "A car bomb near the central market killed at least four people today as police sealed off the area."
    second = "A car bomb near the central market left at least four people dead as police sealed off the area."
    comp = compare([from_text(first, "A"), from_text(second, "B")])
    assert len(comp.groups) == 1
    spans = {comp.documents[d.source].source.text[d.start:d.end]: d.kind for d in comp.details}
    assert spans and "conflict" not in spans.values()
    assert any("today" in span for span in spans)


@pytest.mark.parametrize("first, second, words", [
    ("Gunmen abduct seven foreign aid workers in northern Nigeria, police said on Sunday.",
     "Seven foreign aid workers kidnapped by gunmen in northern Nigeria, police said on Sunday.",
     {"abduct", "kidnapped"}),
    ("Two people were injured when the roof of the sports hall collapsed in Leeds on Friday.",
     "Two people were hurt when the roof of the sports hall collapsed in Leeds on Friday.", {"injured", "hurt"}),
    ("Police opened a probe into the fire at the port of Marseille on Friday, officials said.",
     "Police opened an investigation into the fire at the port of Marseille on Friday, officials said.",
     {"probe", "investigation"}),
])
def test_english_words_a_thesaurus_gives_as_the_same_are_no_detail(first, second, words):
    """The model reads "abduct" / "kidnapped" and "injured" / "hurt" below its bar of 0.76, which keeps opposites
    apart ("acquitted" / "convicted" 0.751); WordNet tells synonyms from opposites."""
    comp = compare([from_text(first, "A"), from_text(second, "B")])
    assert len(comp.groups) == 1
    flagged = {w for d in comp.details for w in comp.documents[d.source].source.text[d.start:d.end].split()}
    assert not flagged & words


@pytest.mark.parametrize("frame, a, b", [
    ("The boy's {} told police on Friday that he had left the house before dawn, a spokesman said.",
     "mother", "father"),
    ("The two hostages were held for many {} in a house near the border, their lawyer said on Friday.",
     "days", "years"),
    ("A {} was hurt when a wall of the old school collapsed in Leeds on Friday, police said.", "woman", "girl"),
    ("The former mayor was {} on Friday in a fraud case worth $40 million, his lawyer said.", "convicted",
     "sentenced"),
])
def test_words_a_thesaurus_could_read_as_one_stay_a_detail(frame, a, b):
    """"mother" / "father" share the verb "to parent", "days" / "years" the "time of life" (rare senses); a girl is
    "a young woman" right below "woman"; sentencing entails convicting. Each is a difference to check."""
    comp = compare([from_text(frame.format(a), "A"), from_text(frame.format(b), "B")])
    assert len(comp.groups) == 1
    flagged = {w for d in comp.details for w in comp.documents[d.source].source.text[d.start:d.end].split()}
    assert {a, b} <= flagged


@pytest.mark.parametrize("a, b", [("cheap", "expensive"), ("early", "late")])
def test_opposites_the_model_reads_as_the_same_word_are_still_checked(a, b):
    """cheap / expensive 0.84, early / late 0.78 for the model: above its bar, but opposites for a thesaurus."""
    frame = "Tickets for the final in Cardiff were {} this year, the organisers said on Friday in a statement."
    comp = compare([from_text(frame.format(a), "A"), from_text(frame.format(b), "B")])
    assert len(comp.groups) == 1
    flagged = {w for d in comp.details for w in comp.documents[d.source].source.text[d.start:d.end].split()}
    assert {a, b} <= flagged


TRIAL_EN_A = ("Former mayor jailed for fraud\n\n"
              "A court in Lyon on Monday sentenced former mayor Paul Girard to two years in prison for fraud. "
              "Girard, who denied all wrongdoing throughout the three-week trial, showed no emotion as the verdict "
              "was read. His lawyer said he would appeal.")
TRIAL_EN_B = ("Ex-mayor Paul Girard gets two years for fraud\n\n"
              "Former mayor Paul Girard was sentenced to two years in prison for fraud by a Lyon court on Monday. "
              "Girard, who denied all wrongdoing, showed no emotion as the verdict was read. "
              "His lawyer told reporters the defence would appeal.")
TRIAL_FR = ("L'ancien maire Paul Girard condamné à deux ans de prison\n\n"
            "Le tribunal de Lyon a condamné lundi l'ancien maire Paul Girard à deux ans de prison pour fraude. "
            "Paul Girard est resté impassible à l'énoncé du jugement. Son avocat a annoncé qu'il ferait appel.")


def test_a_report_in_another_language_takes_away_no_wording_the_others_lack():
    """From a helper's test: two English reports marked what one alone says ("throughout the two-week trial"); with
    a French report added, which says nothing of it, nothing was marked: the French version covered every word it
    could not check. What the other English version lacks and the French phrase by phrase leaves out stays marked."""
    for texts in ((TRIAL_EN_A, TRIAL_EN_B), (TRIAL_EN_A, TRIAL_EN_B, TRIAL_FR)):
        comp = compare([from_text(t, name) for t, name in zip(texts, "ABC")])
        marked = {comp.documents[d.source].source.text[d.start:d.end] for d in comp.details if d.source == 0}
        assert "throughout the three-week trial" in marked
        assert len(comp.groups) == 3 and all(len(g.sources) == len(texts) for g in comp.groups)
