"""What a French version adds to an English one inside linked sentences, phrase by phrase (engine/phrases.py)."""
from desktop.engine.features import features
from desktop.engine.ingest import from_text
from desktop.engine.phrases import phrases
from desktop.engine.pipeline import compare

EN = ("New energy law\n\nThe Federal Council adopted the dispatch on the new energy law on Wednesday. The law"
      " aims to halve the consumption of fossil fuels by 2040. Households will receive a subsidy for heat pumps.")
FR = ("Nouvelle loi sur l'énergie\n\nLe Conseil fédéral a adopté mercredi le message relatif à la nouvelle loi sur "
      "l'énergie. La loi vise à réduire de moitié la consommation d'énergies fossiles d'ici 2040, après des années de "
      "négociations difficiles avec les cantons et les milieux économiques. Les ménages recevront une subvention pour "
      "les pompes à chaleur.")


def test_a_clause_only_the_french_version_has_is_flagged_and_translated_sentences_are_not():
    comp = compare([from_text(EN, "EN"), from_text(FR, "FR")])
    assert sorted(g.members for g in comp.groups) == [[(0, k), (1, k)] for k in range(4)]
    spans = {k: [comp.documents[d.source].source.text[d.start:d.end] for d in comp.details if d.source == k]
             for k in (0, 1)}
    assert spans[0] == []  # the English version says nothing the French one leaves out
    assert "après des années de négociations difficiles avec les cantons et les milieux économiques" in spans[1]
    assert not [s for s in spans[1] if "ménages" in s or "pompes" in s or "Nouvelle loi" in s]  # plain translations


def test_a_sentence_is_cut_into_phrases_of_two_content_words_between_punctuation_marks():
    text = ("It is known for the “Von Wattenwyl talks” which take place between the Federal Council and the heads of "
            "the various political parties.")
    f = features(text, "en")
    cut = [text[f.tokens[a].start:f.tokens[b - 1].end] for a, b in phrases(f, text)]
    assert cut == ["It is known for the", "Von Wattenwyl talks", "which take place", "between the Federal Council",
                   "and the heads of the various political parties"]  # never across a quote mark or a comma


def test_pointing_at_a_word_without_a_translation_lights_the_phrase_of_the_other_language_that_says_it():
    from desktop.engine.counterparts import counterparts
    from desktop.engine.pipeline import document_features

    comp = compare([from_text(EN, "EN"), from_text(FR, "FR")])
    feats = [document_features(d) for d in comp.documents]

    def lit(source, text, word):
        found = counterparts(comp, lambda r: feats[r[0]][r[1]], comp.group_index(), source, text.index(word))
        return [comp.documents[s].text[a:b] for s, a, b in found.matches] if found else []

    assert lit(0, EN, "heat") == ["chaleur"]  # a word that has its translation lights that word
    assert lit(0, EN, "aims") == ["La loi vise"]  # one that has none lights the phrase saying it
    assert any("loi sur l'énergie" in span for span in lit(0, EN, "dispatch"))
    assert lit(1, FR, "négociations") == []  # what only the French version says has no counterpart to light


def test_the_french_version_keeps_its_flags_when_the_columns_are_swapped_and_regrouped():
    from desktop.engine.pipeline import regroup
    from desktop.ui.columns.source_order import permute

    comp = compare([from_text(EN, "EN"), from_text(FR, "FR")])
    swapped = regroup(permute(comp, [1, 0]), 0.5)
    texts = lambda c, k: sorted(c.documents[k].source.text[d.start:d.end] for d in c.details if d.source == k)  # noqa: E731
    assert texts(swapped, 0) == texts(comp, 1) and texts(swapped, 1) == texts(comp, 0) == []


def test_a_number_the_other_language_gives_otherwise_is_a_conflict_both_ways_however_close_its_phrase():
    en = ("Energy budget\n\nThe council met in Bern on Wednesday. It approved a budget of 40 million francs for 12 "
          "projects. The fee is 18 francs per household.")
    fr = ("Budget de l'énergie\n\nLe conseil s'est réuni mercredi à Berne. Il a approuvé un budget de 40 millions de "
          "francs pour 15 projets. La taxe est de 17 francs par ménage.")
    comp = compare([from_text(en, "EN"), from_text(fr, "FR")])
    texts = [d.source.text for d in comp.documents]
    found = {(d.source, texts[d.source][d.start:d.end]): (d.kind, [texts[c[0]][c[1]:c[2]] for c in d.counterparts])
             for d in comp.details}
    assert found[(0, "12")] == ("conflict", ["15"]) and found[(1, "15")] == ("conflict", ["12"])
    assert found[(0, "18")] == ("conflict", ["17"]) and found[(1, "17")] == ("conflict", ["18"])
    assert not [s for _, s in found if "40" in s]  # the number both give
