"""Companies a report names as people: "Kestrel Mobile, the Lisbon-based telecoms operator, said" reads as a
person's name and a role, yet its apposition says it is a company; so is every attribution of that name, and so is
that name where another report gives it alone (``firms_named_elsewhere``)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Attribution


# head nouns of a company or a body in an apposition ("Kestrel Mobile, the Lisbon-based telecoms operator")
_COMPANY_HEADS = frozenset("""company companies firm operator carrier group bank manufacturer retailer airline startup
    start-up conglomerate giant provider subsidiary chain broadcaster utility watchdog lender insurer
    drugmaker carmaker automaker chipmaker société entreprise groupe opérateur banque constructeur fabricant
    compagnie enseigne filiale distributeur assureur régulateur""".split())
_APPOSED = frozenset("the a an le la l un une".split())  # an apposition opens on an article ("du groupe …" is a
#                                                             complement: "Pablo Casas, du groupe de réflexion …")
_PREPOSITIONS_EN = frozenset("of in at for with from on".split())


def companies(out: list[Attribution], text: str, lang: str) -> list[Attribution]:
    """People that their own apposition says are a company or a body ("Kestrel Mobile, the Lisbon-based telecoms
    operator"; "Orange, l'opérateur historique") are organisations, wherever the report names them by that name."""
    firms = {name for a in out if a.kind == "person" and (name := _company_name(text[a.start:a.end], lang))}
    if not firms:
        return out
    return [replace(a, kind="organisation") if a.kind == "person" and text[a.start:a.end].split(",")[0].strip() in firms
            else a for a in out]


def _company_name(phrase: str, lang: str) -> str | None:
    """"Kestrel Mobile" of "Kestrel Mobile, the Lisbon-based telecoms operator", or None."""
    if "," not in phrase:
        return None
    name, apposition = (x.strip() for x in phrase.split(",", 1))
    words = [w.strip(".,;:").lower() for w in apposition.split()]
    if len(words) < 2 or not name[:1].isupper() or (re.split(r"['’]", words[0])[0] not in _APPOSED
                                                    and not _ranked_in(apposition.split()[0])) \
            or any(w.endswith(("'s", "’s")) and not _ranked_in(w) for w in words):
        return None  # not "Gérard Bénézat, the store's insurer": someone's role
    if lang == "en":
        words = words[:next((k for k, w in enumerate(words) if w in _PREPOSITIONS_EN), len(words))]
        head = words[-1] if words else ""
    else:
        head = next((w.split("'")[-1].split("’")[-1] for w in words if w.split("'")[-1] not in _ARTICLES_FR), "")
    return name if head in _COMPANY_HEADS else None


_ARTICLES_FR = frozenset("le la les l un une des du".split())


def _ranked_in(word: str) -> bool:
    """ "world's", "country's", "Britain's": where a company ranks ("Pfizer, the world's largest drugmaker", "HSBC,
    Britain's biggest bank"), not whose role it is ("the store's insurer")."""
    owner = re.split(r"['’]s$", word.strip(".,;:"))[0]
    return owner != word.strip(".,;:") and (owner.lower() in _PLACES_RANKED or owner[:1].isupper())


_PLACES_RANKED = frozenset("world country nation region continent".split())


def firms_named_elsewhere(out: list[Attribution], texts: list[str]) -> list[Attribution]:
    """A name one report attributes to as a person ("Valdremont Automobiles a annoncé") that a report of the
    comparison names after a company's noun ("Le constructeur automobile Valdremont Automobiles", "French carmaker
    Valdremont Automobiles") is that company: the claim is no longer "attributed differently" (a person here, an
    organisation there)."""
    firms = {name for a in out if a.kind == "organisation" and (name := _after_company_noun(texts[a.source][a.start:a.end]))}
    firms |= _facilities_named(out, texts)
    if not firms:
        return out
    return [replace(a, kind="organisation") if a.kind == "person" and texts[a.source][a.start:a.end].split(",")[0].strip()
            in firms else a for a in out]


def _facilities_named(out: list[Attribution], texts: list[str]) -> set[str]:
    """The names attributed to as people ("Norvalis Chimie said in a statement") that a report writes as a plant's or
    a company's name ("the Norvalis Chimie plant", "l'usine Norvalis Chimie", "la empresa Norvalis"): a company.
    The texts are read once, for all the names; not "Luis Ortiz's warehouse" (what a person owns)."""
    names = {text.split(",")[0].strip() for a in out if a.kind == "person"
             and (text := texts[a.source][a.start:a.end]) and text[:1].isupper()}
    if not names:
        return set()
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    written = re.compile(rf"\b({alternatives})\s+(?:{_FACILITY_AFTER})\b"
                         rf"|\b(?i:{_FACILITY_BEFORE})\s+(?:(?i:de|d['’])\s*)?({alternatives})\b")
    return {m.group(1) or m.group(2) for text in texts for m in written.finditer(text)}


# nouns of a plant or a company a name is written with ("the Norvalis Chimie plant", "l'usine Norvalis Chimie")
_FACILITY_AFTER = "plant|plants|factory|factories|refinery|facility|facilities|warehouse|mine|smelter|site"
_FACILITY_BEFORE = ("usine|usines|raffinerie|entrepôt|groupe|société|entreprise|planta|fábrica|refinería|empresa|"
                    "compañía|werk|fabrik|konzern|stabilimento|azienda")


def _after_company_noun(phrase: str) -> str | None:
    """"Valdremont Automobiles" of "French carmaker Valdremont Automobiles": the capitalised words closing the phrase
    after a company's noun, or None."""
    words = phrase.split(",")[0].split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    before = [w.lower().split("'")[-1].split("’")[-1] for w in words[:k]]
    heads = [h for h, w in enumerate(before) if w in _COMPANY_HEADS or w.endswith("maker")]
    if k == len(words) or not heads or len(before) - heads[-1] > 2 \
            or any(w in _LINKS for w in before[heads[-1] + 1:]):
        return None  # not "The bank led by Christine Lagarde": the name after a link is someone else's
    return " ".join(words[k:])


# words between a company's noun and a name that make the name another's: its head, founder, owner
_LINKS = frozenset("""by of de du des d par led founded owned run headed chaired controlled dirigé dirigée fondé
    fondée détenu détenue présidé présidée""".split())
