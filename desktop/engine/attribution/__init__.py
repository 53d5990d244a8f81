"""Who says it: the attribution stage and what it reads with.

``find`` reads every sentence's attributions (the phrase naming the source of its statement, its kind, its cue). It
takes the speakers of verbs of saying from ``verbs`` (with ``verb_spans``, ``subjects``, ``asides``, ``lists``,
``outlets``, and ``statement``, which tells a verb that reports a statement), of nouns of saying from ``nouns``, of
"quoted as saying" from ``quoted``, and of the other cues from ``sources`` (sourcing prepositions, documents),
``unnamed_on`` (a pronoun inside the verb, "on") and ``headlines`` (a headline's speaker, a credit, a dateline).
``sentence`` is a sentence as the stage reads it; ``noun_phrases`` walks a speaker's phrase, ``outlet_phrases`` a
medium's name, ``circumstances`` what stands between a cue and its speaker; ``saying`` tells a verb of saying
(``verb_groups`` reads the verb group before it, ``other_uses`` the forms that state nothing); ``kind`` says what
kind of speaker a phrase names (``phrase`` reads the phrase's own words, ``people`` the phrases naming people,
``bodies`` those naming an organisation, an outlet or a document), ``names`` what kind a bare name is, ``agencies``
the news agencies; ``cues`` holds the word lists (French, English and Spanish; German, Italian and Portuguese in
``cues_de``, ``cues_it`` and ``cues_pt``). ``compare`` sets the versions of a
claim side by side: whom each rests on, its flag, and the attribution conflicts.

Only ``find`` is imported here: ``compare`` reads ``details`` (``same_stem``), which reads ``cues``, so importing
``compare`` from this module would make ``details`` and ``attribution`` import each other.
"""
from __future__ import annotations

from .find import document_attributions, find_attributions


__all__ = ["document_attributions", "find_attributions"]
