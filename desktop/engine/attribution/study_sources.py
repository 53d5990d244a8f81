"""A study and its authors, described in other words: one source.

Two reports of a medical study cite it as "une étude publiée mercredi dans le Northern Medical Journal" and "une
étude parue mercredi", or its authors as "The researchers" and "The team": the same source, whatever else the
phrases say and whatever kind each report's extractor guessed (a journal's name made the one an outlet). A QA
helper's trial reports had both flagged "attributed differently". So two speakers' phrases, neither a person's, whose
head nouns (the first of their first three words that names a study or its authors: ``STUDY``) both do, are one
source, unless each names something the other does not ("a study in The Lancet" / "a study in Nature").
"""
from __future__ import annotations

import re

from ..features import strip_accents

# a study, a trial, and those who ran it, in the languages read (lower case, unaccented)
STUDY = frozenset("""study studies research trial survey paper researchers scientists team authors investigators
    etude etudes recherche recherches essai enquete chercheurs chercheuses scientifiques equipe auteurs
    estudio investigacion ensayo investigadores investigadoras cientificos equipo autores
    studie untersuchung forschung forscher forscherinnen wissenschaftler team autoren
    studio ricerca sperimentazione ricercatori scienziati squadra autori
    estudo pesquisa ensaio pesquisadores investigadores cientistas equipa equipe""".split())
_DETERMINERS = frozenset("""the a an its their this le la les l un une des ce cette son sa ses leur leurs el los las
    lo una su sus este esta der die das den dem ein eine einer il gli i uno questo questa o os as um uma seu sua
    new nouvelle nouvel nouveau nueva nuevo neue neuen nuova nuovo nova novo""".split())
_HEAD_WORDS = 3  # the head noun is among the phrase's first words ("The new study", "une étude publiée")
_WORD = re.compile(r"\w+")


def one_study(text_a: str, text_b: str) -> bool:
    """Both phrases name a study or its authors, and do not each name something the other does not."""
    if not (_head(text_a) and _head(text_b)):
        return False
    names_a, names_b = _names(text_a), _names(text_b)
    return not (names_a and names_b) or bool(names_a & names_b)


def _head(text: str) -> str | None:
    words = [w for w in _WORD.findall(strip_accents(text.lower())) if w not in _DETERMINERS][:_HEAD_WORDS]
    return next((w for w in words if w in STUDY), None)


def _names(text: str) -> set[str]:
    """The capitalised words past the first that are no study nouns ("Northern", "Medical", "Journal")."""
    words = _WORD.findall(text)[1:]
    return {strip_accents(w.lower()) for w in words if w[:1].isupper()} - STUDY
