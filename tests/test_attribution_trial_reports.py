"""Who says it in a QA helper's drug-trial reports (an English wire and magazine, a French daily and regional paper):
a quote credited to two people, one source described in other words, a speaker after the verb, long asides."""
from desktop.engine.attribution.compare import attribution_conflicts, claim_sourcing
from desktop.engine.ingest import from_text
from desktop.engine.model import Group
from desktop.engine.pipeline import compare
from attributions_found import found_in

SOLBERG_QUOTE = ('"This is the most important advance in preventing heart disease since statins," said lead author '
                 "Ingrid Solberg, a professor of cardiology at the University of Tromsberg in Norway.")
OKAFOR_QUOTE = ('"This is the most important advance in preventing heart disease since statins," said Dr Rachel '
                "Okafor, a cardiologist at St Aldhelm's Hospital in Bristol, who was not involved in the study.")
OKAFOR_LINE = ("Dr Rachel Okafor, a cardiologist at St Aldhelm's Hospital in Bristol who was not involved in the "
               'research, called the results "robust but not the end of the story".')
SOLBERG_LINE = ("Professor Ingrid Solberg of the University of Tromsberg, who led the study, said the results were "
                '"very encouraging".')


def _conflicts(texts: list[str]) -> list[tuple[int, str]]:
    comp = compare([from_text(t, f"r{n}.txt") for n, t in enumerate(texts)])
    return sorted((d.source, comp.documents[d.source].text[d.start:d.end]) for d in comp.details
                  if d.kind == "conflict" and d.type == "attribution")


def test_one_quote_credited_to_the_author_here_and_to_the_expert_there_is_attributed_differently():
    wire, magazine = f"{SOLBERG_QUOTE}\n\n{OKAFOR_LINE}", f"{OKAFOR_QUOTE}\n\n{SOLBERG_LINE}"
    comp = compare([from_text(wire, "wire.txt"), from_text(magazine, "magazine.txt")])
    quote = next(c for c in claim_sourcing(comp) if (0, 0) in comp.groups[c.group].members)
    assert quote.differs  # each report also names the other person, in a sentence of the same claim
    marked = [comp.documents[d.source].text[d.start:d.end] for d in comp.details if d.type == "attribution"
              and d.kind == "conflict"]
    assert any(m.startswith("lead author Ingrid Solberg") for m in marked)
    assert any(m.startswith("Dr Rachel Okafor") for m in marked)


def test_one_quote_credited_to_one_author_in_both_reports_is_not_attributed_differently():
    magazine = SOLBERG_QUOTE.replace("lead author Ingrid Solberg, a professor", "Ingrid Solberg, professor")
    conflicts = _conflicts([f"{SOLBERG_QUOTE}\n\n{OKAFOR_LINE}", f"{magazine}\n\n{OKAFOR_LINE}"])
    assert not [c for c in conflicts if "Solberg" in c[1]]


def _differs(a: str, b: str) -> list[bool]:
    return [c.differs for c in claim_sourcing(compare([from_text(a, "a.txt"), from_text(b, "b.txt")]))]


def test_one_study_or_its_authors_described_in_other_words_is_one_source():
    assert _differs("Une injection hebdomadaire réduit de 31 % le risque d'infarctus, selon une étude publiée mercredi "
                    "dans le Northern Medical Journal.",
                    "Une injection hebdomadaire réduit de 31 % le risque d'infarctus, révèle une étude parue mercredi "
                    "dans le Northern Medical Journal.") == [False]
    assert _differs("The researchers estimate that, if widely prescribed, the drug could prevent around 8,000 deaths "
                    "a year in Europe.",
                    "The team estimates that around 8,000 deaths a year could be avoided in Europe if the drug were "
                    "widely used.") == [False]


def test_two_journals_studies_or_a_study_and_an_expert_stay_two_sources():
    assert _differs("Le médicament pourrait éviter 8 000 morts par an en Europe, selon une étude de l'université "
                    "d'Oslo.", "Le médicament pourrait éviter 8 000 morts par an en Europe, selon une étude de "
                    "l'Institut Karolinska.") == [True]
    assert _differs("The benefit was the same in patients over and under 65, the study found.",
                    "The benefit was the same in patients over and under 65, said Dr Rachel Okafor.") == [True]


def test_a_french_speaker_after_the_verb_is_not_the_subject_of_the_statement_before_it():
    assert found_in("Le laboratoire danois Helvarin, qui finance l'étude, compte demander une autorisation européenne "
                    "début 2027, a indiqué son directeur général, Tomas Reiner.") == [
        ("son directeur général, Tomas Reiner", "person", "a indiqué")]
    assert found_in("L'Association des victimes, qui représente soixante familles, compte porter plainte, a indiqué "
                    "son président, Marc Roux.") == [("son président, Marc Roux", "person", "a indiqué")]
    assert found_in("L'Association des victimes, qui représente soixante familles, estime que le procès doit avoir "
                    "lieu.") == [("L'Association des victimes", "organisation", "estime")]  # the subject speaks


def test_a_speaker_with_a_long_description_before_who_speaks_and_is_whom_she_stands_for():
    expert = (f"{OKAFOR_LINE}\n\n\"We need to know what happens after five or ten years of treatment,\" she said.")
    assert found_in(expert, refers=True) == [
        ("Dr Rachel Okafor, a cardiologist at St Aldhelm's Hospital in Bristol", "person", "called", None),
        ("she", "person", "said", "Dr Rachel Okafor, a cardiologist at St Aldhelm's Hospital in Bristol")]
    other = '"We need to know what happens after five or ten years of treatment," said Dr Julien Aubertin.'
    comp = compare([from_text(expert, "wire.txt"), from_text(other, "daily.txt")])
    assert [c.differs for c in claim_sourcing(comp)] == [True]


def test_who_took_no_part_in_a_study_does_not_make_the_study_a_source():
    assert found_in("Dr Rachel Okafor, who was not involved in the study, said the results were robust.") == [
        ("Dr Rachel Okafor", "person", "said")]
    assert found_in(OKAFOR_QUOTE) == [("Dr Rachel Okafor, a cardiologist at St Aldhelm's Hospital in Bristol",
                                       "person", "said")]
    assert found_in("Le Dr Julien Aubertin, qui n'est pas impliqué dans l'étude, juge les résultats solides.") == [
        ("Le Dr Julien Aubertin", "person", "juge")]
    assert found_in("In a statement, the company said it would appeal.") == [  # a document still speaks
        ("a statement", "document", "In"), ("the company", "organisation", "said")]


def test_a_quotation_goes_with_its_other_version_before_another_remark_of_its_speaker():
    wire, magazine = f"{SOLBERG_QUOTE}\n\n{OKAFOR_LINE}", f"{OKAFOR_QUOTE}\n\n{SOLBERG_LINE}"
    comp = compare([from_text(wire, "wire.txt"), from_text(magazine, "magazine.txt")])
    assert any({(0, 0), (1, 0)} <= set(g.members) for g in comp.groups)  # the same words, whoever says them


def test_two_reports_against_two_mark_every_speaker_of_a_quote_credited_two_ways():
    comp = compare([from_text(t, f"r{n}.txt") for n, t in enumerate([
        '"We need to know what happens after five or ten years of treatment," said Dr Rachel Okafor.',
        "“We need to know what happens after five or ten years of treatment,” Dr Okafor added.",
        "« Il faudra savoir ce qui se passe après cinq ou dix ans de traitement », prévient le Dr Julien Aubertin.",
        "« Il faudra savoir ce qui se passe après cinq ou dix ans de traitement », souligne le Dr Aubertin."])])
    comp.groups = [Group([(0, 0), (1, 0), (2, 0), (3, 0)], 0.9, [])]  # one claim, as the four reports' run linked it
    marked = sorted((d.source, comp.documents[d.source].text[d.start:d.end]) for d in attribution_conflicts(comp))
    assert marked == [(0, "Dr Rachel Okafor"), (1, "Dr Okafor"), (2, "le Dr Julien Aubertin"), (3, "le Dr Aubertin")]



def test_a_speaker_of_no_quotation_is_not_marked_against_each_version_that_names_him_otherwise():
    comp = compare([from_text(t, f"r{n}.txt") for n, t in enumerate([
        "Bernard Castagnède had denied all the charges, saying the payments were loans from a friend.",
        "Bernard Castagnède, que siempre negó los cargos, aseguró que los pagos eran préstamos de un amigo.",
        "L'ancien maire, qui a toujours contesté les faits, affirmait que les sommes perçues étaient des prêts d'un "
        "ami."])])
    comp.groups = [Group([(0, 0), (1, 0), (2, 0)], 0.9, [])]  # one claim, as a QA helper's court reports linked it
    assert [d.source for d in attribution_conflicts(comp) if d.source < 2] == []  # two versions name Castagnède
    #  (the third's "former mayor" is marked against them: which report names whom is for the reader to see)
