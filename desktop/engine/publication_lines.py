"""A line alone that says when the article was published or updated, in the six languages the engine reads:
"Publié le 2 décembre 2026 à 18h42, mis à jour le 2 décembre 2026 à 20h10", "Published 2 December 2026, 18:42 GMT.
Last updated 3 December", "Actualizado el 2 de diciembre de 2026 a las 20:10", "Veröffentlicht am 2. Dezember 2026
um 18:42 Uhr", "Pubblicato il 2 dicembre 2026 alle ore 18:42", "Publicado em 2 de dezembro de 2026 às 18h42".

The page's time stamp, not a claim of the report (read as one, its day and times were figures only that report gave).
The line opens with the word for published or updated, and holds nothing but dates, times and the small words
between them: "Published in The Lancet on 2 December 2026, the study …" and "Updated guidance was published on …"
are the report's.
"""
from __future__ import annotations

import re

_OPENS = re.compile(
    r"(?i)^(?:(?:first|last|zuletzt|última|ultima|dernière)\s+)?(?:published|updated|posted|modified|publiée?|"
    r"mise? à jour|modifiée?|actualisée?|publicad[oa]|actualizad[oa]|atualizad[oa]|veröffentlicht|aktualisiert|"
    r"pubblicat[oa]|aggiornat[oa]|actualización|atualização|aggiornamento|modifica)\b")
# the words a stamp is made of, besides figures: its cues, the days and months, and the small words between them
_STAMP_WORDS = frozenset("""
first last published updated posted modified on at the of and in
publié publiée mis mise à jour modifié modifiée actualisé actualisée dernière le la les du de des et à a au h heure heures
publicado publicada actualizado actualizada actualización última el las los del y hora horas
veröffentlicht aktualisiert zuletzt am um uhr und den
pubblicato pubblicata aggiornato aggiornata aggiornamento ultima modifica il alle ore e del
atualizado atualizada atualização em às as de do da
am pm a.m p.m gmt utc cet cest bst est edt pst wet west ora
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
janv févr avr juil déc
januar februar märz april mai juni juli august september oktober november dezember
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
janeiro fevereiro março abril maio junho julho setembro outubro novembro dezembro
monday tuesday wednesday thursday friday saturday sunday
lundi mardi mercredi jeudi vendredi samedi dimanche
montag dienstag mittwoch donnerstag freitag samstag sonntag
lunes martes miércoles jueves viernes sábado domingo
lunedì martedì mercoledì giovedì venerdì sabato domenica
segunda terça quarta quinta sexta feira sábado domingo
""".split())
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*")  # "p.m" of "p.m.", "à", "Dezember"
_FIGURE = re.compile(r"\d")
MAX_WORDS = 32  # two full stamps, published and updated, with their days of the week


def publication_line(text: str) -> bool:
    """The line (emphasis marks aside) is the article's time stamp of publication or update, nothing else."""
    t = text.strip().strip("*_").strip()
    if len(t.split()) > MAX_WORDS or not _OPENS.match(t) or not _FIGURE.search(t):
        return False
    return all(w.casefold() in _STAMP_WORDS for w in _WORD.findall(_strip_figures(t)))


def _strip_figures(text: str) -> str:
    """The text without its figures and the letters run into them ("18h42", "3pm", "2nd")."""
    return re.sub(r"\d+(?:[^\W_]{1,2}\b)?", " ", text)
