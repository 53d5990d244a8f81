"""What ``cues`` holds for each language: the fields of ``Cues``, one list of words per role a word plays in
saying who says something."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cues:
    say: frozenset[str]  # lemmas of verbs and nouns of saying, believing, refusing ("déclarer", "say")
    sourcing: tuple[tuple[str, ...], ...]  # prepositions that introduce a source ("selon", "according to")
    to_outlet: frozenset[str]  # what links a statement to the medium it went through ("à", "au", "to", "with")
    verb_group: frozenset[str]  # auxiliaries, negation and adverbs between a speaker and the verb
    stop_np: frozenset[str]  # words that end a speaker's phrase (conjunctions, relative pronouns, auxiliaries)
    det: frozenset[str]  # articles and numerals a phrase may start with
    complement: frozenset[str]  # "de", "of": names after them are not the speaker's own
    pronouns: dict[str, str]  # subject pronoun -> "one" or "many"
    impersonal: frozenset[str]  # "on": a speaker the text does not name
    titles: frozenset[str]  # words that make a named phrase a person's ("ministre", "spokesman")
    offices: frozenset[str]  # one holder at a time: "le ministre de la Santé" names a person
    roles: frozenset[str]  # unnamed speakers' heads ("responsable", "official")
    nouns: frozenset[str]  # cues that are nouns ("commentaire", "statement", "interview")
    preps: frozenset[str]  # before a verb, these make it an infinitive or a gerund, not a statement
    passive: frozenset[str]  # auxiliaries of the passive ("été", "was")
    stop_forward: frozenset[str]  # words that end a speaker's phrase read after the verb ("lors", "during")
    human_endings: tuple[str, ...]  # endings of nouns of people ("enquêteurs", "firefighters")
    participles: tuple[str, ...]  # endings of past participles that need an auxiliary to report a statement
    indefinite: frozenset[str]  # articles of someone unnamed ("un", "a"): such a speaker is anonymous
    documents_only: frozenset[str]  # verbs only a document is the source with ("montrer", "show")
    with_que: frozenset[str]  # verbs that report speech only before "que"/"that" ("soutenir que")
    stressed: dict[str, str]  # pronouns after a sourcing preposition ("selon lui") -> "one" or "many"
    after_quote: frozenset[str]  # verbs that report speech only right after a quote ("« ... », poursuit-il")
    other_sense: frozenset[str]  # verbs that report no speech after an object pronoun or before a name
    #                              ("l'a reconnu", "a reconnu Mohamed", "l'a confié à une amie")
    varies: frozenset[str]  # words before "selon"/"according to" that make it "depending on"
    inside: frozenset[str] = frozenset()  # what a statement is made in ("dans un communiqué", "in a statement")
    verb_after_sourcing: bool = False  # a verb of saying may stand between "según" and the source ("según informó X")
    drops_subject: bool = False  # a verb after a quote may say who speaks alone ("«…», afirmó.": the one before)
    particles: dict[str, tuple[str, ...]] | None = None  # a separable verb's stem -> its particles ("teilte … mit")
    verb_second: bool = False  # a clause's verb comes second: its subject after it after a comma ("…, betonte er")
    before_inverted: frozenset[str] = frozenset()  # words opening a clause whose subject follows the verb ("Das
    #                                                teilte die Polizei mit", "Lo riferiscono fonti giudiziarie")
    after_source: frozenset[str] = frozenset()  # a postposition that makes the phrase before it a source ("zufolge")
    elided_preps: frozenset[str] = frozenset()  # prepositions fused with an elided article ("all'ANSA")
    compounds: bool = False  # nouns are written as one word whose last part is the head ("Polizeisprecher")
    documents: frozenset[str] = frozenset()  # documents whose noun is another word in another language, read by
    #                                          their form only (Portuguese "parecer", Spanish "al parecer": "apparently")

