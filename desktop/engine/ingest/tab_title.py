"""A document's title field or a browser tab's title, "Headline - Site": the headline, and the site as the outlet.

A page printed to PDF keeps its tab's title in the PDF's title field, and a saved web page has it in <title>; a
file saved from Word may be titled "Microsoft Word - rapport.docx", which names no report.
"""
from __future__ import annotations

import re


_MADE_BY = re.compile(r"^(?:Microsoft (?:Word|PowerPoint|Excel)|Print|Untitled)\s*-\s*", re.I)
_FILE_NAME = re.compile(r"^\S+\.(?:docx?|odt|rtf|txt|pdf|html?|pages|indd)$", re.I)
_SITE = re.compile(r"^(.+?)\s+[-–—|·•]\s+([^-–—|·•]+)$")  # "Headline - Le Quotidien du Soir"


def document_title(raw: str) -> tuple[str | None, str | None]:
    """(title, outlet) from a PDF's title field or a tab's title. "Headline - Site": the site is the outlet, not part
    of the headline; "Microsoft Word - rapport.docx" names no report (None: the text's own headline is used)."""
    title = _MADE_BY.sub("", raw).strip()
    if not title or _FILE_NAME.match(title) or title.casefold() in {"untitled", "sans titre", "document"}:
        return None, None
    site = _SITE.match(title)
    if site and len(site.group(2).split()) <= 5 and len(site.group(1).split()) >= 3 and site.group(2)[:1].isupper() \
            and site.group(2).split()[0].casefold() not in _PARTS_OF_A_DOCUMENT:
        return site.group(1).strip(), site.group(2).strip()
    return title, None


# "Rapport sur l'état de la France - Synthèse", "… - Annexe II": a part of the document, not a site
_PARTS_OF_A_DOCUMENT = frozenset("""synthèse résumé annexe annexes chapitre partie tome volume version projet
    compte dossier exposé extrait résultats note communiqué summary appendix annex chapter part volume draft full
    transcript excerpt results overview briefing""".split())
