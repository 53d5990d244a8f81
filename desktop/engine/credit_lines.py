"""A line alone that credits the agencies or the reporters an article draws on, as news copy closes (or opens) an
article in the six languages: "Mit Material von dpa und Reuters", "(Avec AFP)", "Avec l'AFP et Reuters", "Con
información de EFE y Reuters", "Com agências", "Com informações da Lusa", "Con agenzie", "(con Ansa)", "With
reporting from Reuters and AFP", "With wire services". The newsroom's note on its sources, not a claim of the report
(read as one, "Reuters" was a name only the German report gave).

After "with" / "avec" / "con" / "com" / "mit" alone, only agencies or the word for them: "Avec Macron et Scholz" is a
headline's; after a credit's own words ("Mit Material von", "con información de"), any names.
"""
from __future__ import annotations

import re

_AGENCY = (r"(?:afp|reuters|ap|dpa|efe|ansa|lusa|apa|kna|epd|sda|ats|ats-sda|keystone-sda|belga|anp|xinhua|europa press|"
           r"agência brasil|associated press|bloomberg|tass|kyodo|yonhap|adnkronos|agi|askanews|colpisa|servimedia)")
_AGENCIES = (r"(?:agences?(?: de presse)?|agencias?|agências|agência|agenzie|agenzia|agencies|wire services|wires|"
             r"nachrichtenagenturen|agenturen)(?:\s+(?:internationales|internacionales|internacionais|internazionali))?")
_ARTICLE = r"(?:l['’]\s*|la\s+|el\s+|the\s+|a\s+|der\s+|das\s+|le\s+|les\s+|di\s+|da\s+|de\s+)?"
_NAMES = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}"  # "Daniel Hartley", "The Guardian"
_JOIN = r"(?:\s*[,/]\s*|\s+(?i:and|und|et|y|e)\s+)"
_WEAK_ITEM = rf"(?i:{_ARTICLE}(?:{_AGENCIES}(?:\s+{_AGENCY})?|{_AGENCY}))"
_STRONG_ITEM = rf"(?:{_WEAK_ITEM}|{_ARTICLE}{_NAMES})"
_OWN_WORDS = (r"(?i:mit material (?:von|der|aus)|unter verwendung von material (?:von|der)|con informaci[oó]n(?:es)? de|"
              r"com informaç(?:ão|ões) d[aeo]s?|with (?:additional )?reporting (?:from|by)|additional reporting (?:from|by)|"
              r"with files from|con (?:la )?collaborazione di|avec la collaboration de|con material de)")
_ALONE = r"(?i:with|avec|con|com|mit)"
_OPEN, _CLOSE = r"^[(\[]?\s*(?:[—–-]\s*)?", r"\s*[)\]]?\s*\.?$"
_CREDIT_LINE = re.compile(rf"{_OPEN}(?:{_OWN_WORDS}\s+{_STRONG_ITEM}(?:{_JOIN}{_STRONG_ITEM}){{0,4}}|"
                          rf"{_ALONE}\s+{_WEAK_ITEM}(?:{_JOIN}{_WEAK_ITEM}){{0,4}}){_CLOSE}")
MAX_WORDS = 14


def credit_line(text: str) -> bool:
    """The line (emphasis marks aside) is the article's credit to agencies or reporters, nothing else."""
    t = text.strip().strip("*_").strip()
    return len(t.split()) <= MAX_WORDS and bool(_CREDIT_LINE.match(t))
