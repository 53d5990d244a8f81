"""A quotation over several sentences is one speaker's: the sentences that name no one take the speaker named in
another sentence of the quotation (engine/quote_runs.py), for the claims' sourcing and the sources' profiles."""
from desktop.engine.attribution.compare import attributions_by_sentence, claim_sourcing
from desktop.engine.ingest import from_text
from desktop.engine.model import NO_SOURCE, Options
from desktop.engine.pipeline import compare, prepare
from desktop.engine.quote_runs import quotation_runs


def _runs(text: str) -> list[list[str]]:
    doc = prepare(from_text(text))
    return [[doc.sentence_text(i)[:24] for i in run] for run in quotation_runs(doc)]


def test_a_quotation_is_followed_over_sentences_and_paragraphs():
    text = ("Shooting at an office party.\n\n"
            "\"It wasn't typical, crazy noise that sometimes happens. You got the feeling there was something wrong,\" "
            "Pigeon told The Canadian Press.\n"
            "\"We saw the guy moving inside the office,\" Mr. Ali said.\n"
            "\"He was just going back and forth.\n"
            "\"It is terrifying. I still feel shaky when I talk about it.\"\n"
            "Police quickly surrounded the building.\n")
    assert _runs(text) == [["\"It wasn't typical, craz", "You got the feeling ther"],
                           ["\"We saw the guy moving i", "\"He was just going back ", "\"It is terrifying.",
                            "I still feel shaky when "]]


def test_a_stray_quotation_mark_lends_no_speaker_to_the_rest_of_the_report():
    sentences = " ".join(f"The council met on day {n} to discuss the budget." for n in range(10))
    assert _runs(f"Budget talks.\n\nThe mayor said the plan was \"fair. {sentences}\n") == []


def test_a_quotation_opened_after_a_colon_is_followed_too():
    assert _runs("Flood.\n\nMaria Lopez told reporters: \"We lost everything. The house is gone. Nobody warned us.\"\n"
                 "The river fell on Monday.\n") == [["Maria Lopez told reporte", "The house is gone.", "Nobody warned us.\""]]


def test_a_quotation_left_open_or_a_phrase_in_quotes_lends_nothing_to_the_next_paragraphs():
    """Found by a review: a paragraph that does not reopen the quotation ends it; a phrase in quotes is no speech."""
    assert _runs("Storm hits coast.\n\n\"We lost everything, said Maria Lopez.\n\nThe storm killed 12 people. "
                 "Rescue teams arrived Monday.\n") == []
    assert _runs("Storm.\n\nOfficials called it a \"once-in-a-century\" event.\n\n\"Nobody warned us.\"\n") == []


def test_the_sentence_before_the_speech_tag_is_not_a_claim_without_a_source():
    a = ("Shooting at an office party.\n\n\"It wasn't typical, crazy noise that sometimes happens. You got the feeling "
         "there was something definitely wrong,\" Pigeon told The Canadian Press.\n")
    b = ("Office shooting in Vancouver.\n\nLuke Pigeon said it was not typical, crazy noise that sometimes happens, "
         "a neighbour said.\n\nIt was not typical crazy noise that sometimes happens.\n")
    comparison = compare([from_text(a, "a"), from_text(b, "b")], Options(semantic=False))
    quoted = (0, 1)  # "It wasn't typical, crazy noise that sometimes happens."
    assert [x.kind for x in attributions_by_sentence(comparison)[quoted]] == ["person", "outlet"]
    claims = [c for c in claim_sourcing(comparison) if quoted in comparison.groups[c.group].members]
    assert claims and all(c.flag != NO_SOURCE for c in claims)


def test_the_versions_panel_names_the_speaker_of_the_quotation(qtbot):
    from desktop.ui.models import GroupModel, sourcing_text

    a = ("Shooting at an office party.\n\n\"It wasn't typical, crazy noise that sometimes happens. You got the feeling "
         "there was something definitely wrong,\" Pigeon told The Canadian Press.\n")
    b = ("Office shooting in Vancouver.\n\nIt was not typical crazy noise that sometimes happens.\n")
    comparison = compare([from_text(a, "a"), from_text(b, "b")], Options(semantic=False))
    model = GroupModel()
    model.set_selection(comparison, 0, 1)
    assert sourcing_text(model.rows[0]) == ("Pigeon, in the same quotation (named person); The Canadian Press, in the "
                                            "same quotation (outlet)")


def test_a_quotation_over_a_short_wrapped_line_keeps_its_speaker():
    """Found by the review: a quotation wrapped at a line ending on a full stop (too short a text to read as
    wrapped) lost its speaker once each line ended a quotation; only a paragraph a line long ends one."""
    text = ("\"We will rebuild this church with our own hands and the help of our friends.\n"
            "It will take a year or more,\" Pastor Larry Kroon said on Sunday.\n")
    assert _runs(text) == [["\"We will rebuild this ch", "It will take a year or m"]]
