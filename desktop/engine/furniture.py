"""The shape of a line of a pasted web page: page furniture (menus, breadcrumbs, dates alone, counters, bylines,
credits, calls to action), a sentence of prose, or a title.

A few cue words per language (French, English, German, Spanish, Italian) tell a sentence from a menu and a call
to action from a report; everything else is shape: separators, numbers, length, capitals, final punctuation.
Where a line sits on the page is judged by ``page_layout``; these functions look at one line at a time.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clean_lines import Line
from .credit_lines import credit_line
from .offer_lines import offer_line
from .posts import is_post
from .publication_lines import publication_line

_CTA = re.compile(
    r"\b(cliquez|cliquer|click|clique|rejoign\w*|rejoindre|join|subscri\w*|abonn\w*|s'abonner|"
    r"abonnier\w*|suscr[ií]b\w*|iscriv\w*|abbona\w*|inscri\w+|sign\s?up|sign in|log in|se connecter|anmelden|"
    r"accedi|newsletter|boletín|partage[rz]?|share|teilen|compartir|condividi|tweet(?:er)?|twittern|imprimer|"
    r"print|drucken|imprimir|stampa|e-?mail|télécharge\w*|download|herunterladen|descarga\w*|scarica\w*|"
    r"en savoir plus|read more|lire (?:aussi|la suite|plus)|à lire|voir aussi|see also|continue reading|"
    r"publicité|advertis\w*|anzeige|werbung|publicidad|pubblicità|sponsored|sponsoris\w*|gesponsert|"
    r"patrocinad\w*|sponsorizzat\w*|cookies?|all rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados|tutti i diritti riservati|notifications?|benachrichtigung\w*|notificaciones|"
    r"notifiche|alert\w*|allert\w*|eilmeldung\w*|podcasts?|favoris|merken|guardar|copier le lien|copy link|"
    r"link kopieren|copiar enlace|copia link)\b",
    # matched against lower-cased text: without re.I the alternation is four times faster
)
# an appeal to support the site ("If you can, please support us from just £1."): a signal of the page speaking, not
# a button, since a headline may open with the words ("Donate now, charities urge as floods hit homes")
_APPEAL = re.compile(r"\b(support us|soutenez-nous|soutenez nous|unterstützen sie uns|apóyanos|sostienici|donate now|"
                     r"faites un don|jetzt spenden|make a contribution)\b")
_SOCIAL = re.compile(r"\b(twitter|facebook|instagram|telegram|whatsapp|linkedin|youtube|tiktok|x\.com|google news|"
                     r"bluesky|threads|flipboard|pinterest)\b", re.I)
_ADDRESS = re.compile(r"(https?://\S+|www\.\S+|\b\S+\.(?:com|org|net|al|fr|de|es|it|info|io)\b|(?<!\w)@\w{3,})", re.I)
# Words of a page speaking about itself or to its reader: how a bio, a newsletter box or a rating prompt reads.
_STAFF = re.compile(
    r"\b(journaliste|journalist\w*|reporter\w*|correspondant\w*|correspondent|korrespondent\w*|corresponsal\w*|"
    r"corrispondent\w*|redakteur\w*|rédact\w+|redac\w+|redaktion\w*|redazion\w+|periodista|giornalista|"
    r"editors?)\b", re.I)
_SELF = re.compile(
    r"\b(inbox|boîte (?:mail|e-mail|de réception)|"
    r"postfach|casella di posta|correo electrónico|newsletter|cookies?|this (?:article|story)|cet article|"
    r"dieser artikel|este artículo|questo articolo|feedback|ce site|notre site|this site|our site|our website|"
    r"diese(?:r)? (?:seite|website)|este sitio|nuestra web|questo sito|nostro sito|"
    r"(?:à propos de l'|about the |über die |über den |sobre (?:el|la) |sull')"
    r"(?:auteur|autrice|author|autor\w*|autore)|follow (?:her|him|us|them)|suivez-(?:la|le|nous)|"
    r"folgen sie (?:ihr|ihm|uns)|síguel[ao]|seguil[ao])\b",
    re.I,
)
_RELATED_HEAD = re.compile(
    r"^(similar posts|related\b|more (?:stories|from|on)\b|you may also like|recommended|"
    r"(?:most (?:read|popular|viewed)(?: stories| articles)?|top stories|trending|vidéos?|videos?|"
    r"les (?:articles )?(?:les )?plus (?:lus|partagés|commentés)(?: de la semaine| du jour| du moment)?)\s*:?\s*$|"
    r"also read\b|"
    r"(?:à |a )?lire (?:aussi|également)|lisez aussi|sur le même sujet|voir aussi|dans la même rubrique|"
    r"articles? (?:similaires|liés|associés)|read (?:more|also|next)|see also|tags?\s*:|mots-clés|étiquettes|"
    r"lesen sie (?:auch|mehr)|mehr (?:zum thema|dazu)|weitere artikel|schlagw[öo]rter|"
    r"le[ae] (?:también|más)|leer más|más información|noticias? relacionadas?|te puede interesar|etiquetas|"
    r"leggi anche|potrebbe interessarti|articoli correlati|parole chiave|argomenti\s*:)",
    re.I,
)
_FOLLOW = re.compile(r"^(suivre|suivez|follow|folgen sie|síguenos|sigue|seguici|segui)\b", re.I)
_CREDIT = re.compile(
    r"^[\[(]?\s*(©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}|:)|crédits?\s*(?:photos?\s*)?:|credits?\s*:|crédit photo|photo credit|photos?\s*:|"
    r"photograph\w*\s*:|fotos?\s*:|bild\s*:|image\s*:|"
    r"imagen\s*:|immagine\s*:|illustration\b|photo d'archives|foto d'archivio|archivbild|imagen de archivo|"
    r"file photo|source\s*:|source d'information|fuente\s*:|quelle\s*:|fonte\s*:|\(photo|photo by|foto\s*(?::|$)|"
    r"photo courtesy|courtesy of|archives?\s*(?::|$)|symbolbild|imagen de recurso|immagine di repertorio)",
    re.I,
)
_TAG = re.compile(r"^[\w.]+(?:[-_/][\w.]+){1,5}>?$")  # "ttn-fr-56", "news/world-12"
_SHARE_LABEL = re.compile(r"^(spread the love|répandre l'amour|share this( article)?|partager( cet article)?|imprimer|"
                          r"print)$", re.I)
# a live page's badges and the labels of its summary box: "LIVE", "EN DIRECT", "Key points", "L'essentiel"
_LIVE_LABEL = re.compile(r"^(?:live|live updates?|en direct|direct|en vivo|en directo|in diretta|liveblog|live blog|"
                         r"breaking(?: news)?|key (?:points|events|updates)|points? clés?|l'essentiel|lo esencial|"
                         r"das wichtigste in kürze|highlights)$", re.I)
_LIVE_WELCOME = re.compile(r"^(?:welcome to (?:our|this|the) live\b|bienvenue (?:dans|sur) (?:ce|notre) (?:direct|live)\b|"
                           r"(?:you are|you're) (?:following|reading) (?:our|the) live\b|"
                           r"(?:vous suivez|suivez) (?:ce|notre) direct\b)", re.I)
TERMINAL = re.compile(r"[.!?…»\"”)。！？．」』]\s*$")
_PROSE_END = re.compile(r"[.!?…。！？．][\"'»”’)\]」』\s]*$")  # a headline may end with a quote; a sentence, a stop
_MENU_SPLIT = re.compile(r"\s+[|·•]\s+|\s{3,}|\s+/\s+")
_CRUMB_SPLIT = re.compile(r"\s+[>›→»]\s+")
_BYLINE = re.compile(r"^(?i:par|by|von|por|di|de|a cura di|written by|texte|text|autor|autore|auteur|author)\s*:?\s+"
                     r"[A-ZÀ-ÖØ-Þ]")
_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?"  # "Jane", "O'Connell", "Jean-Paul"
# "Story by Jane Doe", "Rédigé par Jean Dupont", "Reporting by A; Editing by B": a name closes the line
_BY = rf"(?i:by|par|von|por|da|di)\s+{_NAME}(?:\s+{_NAME}){{1,3}}"
_BY_NAME = re.compile(rf"\b{_BY}(?:\s*[;,]\s*\w+\s+{_BY})?\s*$")
# a byline that names no one: "By a Daily Ledger correspondent", "Par notre correspondante à Moscou", "De notre envoyé
# spécial à Kyiv", "From our reporter in Kyiv" (its last words a place)
_BY_STAFF = re.compile(
    r"^(?i:by|par|de|from|von|por|di|dal|del|do|da)\s+(?i:a|an|our|notre|nos|the|un|une|nuestr[ao]|nostr[ao]|noss[ao]|"
    r"unser\w*)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?i:correspondent|correspondant\w*|reporter|journaliste|journalist|envoyée?s?|staff|"
    r"staff writer|korrespondent\w*|corresponsal|corrispondente|correspondente|redakteur\w*|rédaction|enviad[oa]s?|"
    r"inviat[oaie])"
    r"(?:\s+(?i:spéciale?s?|special|especial(?:es)?|speciale|permanente?))?"
    + rf"(?:\s+{_NAME}(?:\s+{_NAME}){{1,2}})?"  # the writer's name: "Von unserem Korrespondenten Jonas Weber"
    + r"(?:\s+(?i:à|in|en|em|au|aux|at|a|in|im|de|from)\s+"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})?$")  # the place in capitalised words
# "By Meridian Press staff", "By Reuters Staff", "By The Associated Press staff writers": the outlet's staff
# a sports desk's byline without "By": the writer at the venue, then the town ("Daniel Hartley at the Estadio
# Olímpico, Valmarra"); a headline has no town after a comma ("Angela Merkel at the White House")
_AT_VENUE = re.compile(rf"^{_NAME}(?:\s+{_NAME}){{1,2}}\s+at\s+the\s+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){{0,3}}"
                       r",\s+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)?$")
_BY_OUTLET_STAFF = re.compile(r"^(?i:by)\s+(?:[A-Z][\w'’.&-]*\s+){1,4}(?i:staff|staff writers?|staff reports?)$")
# a wire story's credits at its end: "(Reporting by Jane Doe in Paris; Additional reporting by John Roe; Editing by
# Tom Ashdown)", "Writing by Jane Doe; editing by John Roe": each part a role "by" names, each name in capitals ("Writing
# by hand boosts …", "Production by Ford fell 5%" name no one)
_CREDIT_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}"
_CREDITED = rf"{_CREDIT_NAME}(?:\s+in\s+{_CREDIT_NAME.replace('{1,3}', '{0,3}')})?"  # "Jane Doe in Paris"
_CREDIT_PART = (rf"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|graphics|fact-checking|production)"
                rf"(?:\s+and\s+\w+)?\s+by)\s+{_CREDITED}(?:\s*(?:,|and)\s+{_CREDITED})*")
_CREDITS = re.compile(rf"^\(?{_CREDIT_PART}(?:\s*[;,]\s*{_CREDIT_PART}){{0,5}}\)?$")
# "Jane Doe (AFP)", "Jane Doe | Reporter", "Jane Doe, envoyée spéciale"
_NAME_NOTE = re.compile(rf"^{_NAME}\s+{_NAME}(?:\s+{_NAME})?\s*(?:\([^)]{{2,30}}\)|[|,–-]\s*\w+(?:\s+\w+){{0,2}})$")
_MONTHS = (  # whole words: "mag" (maggio) must not read "magnitude" as a date, nor "mar" "market"
    r"janvier|janv|février|fevrier|févr|mars|avril|avr|mai|juin|juillet|juil|août|aout|septembre|sept|octobre|"
    r"novembre|décembre|decembre|déc|"
    r"january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sep|october|oct|"
    r"november|nov|december|dec|"
    r"januar|februar|märz|juni|juli|oktober|okt|dezember|dez|"
    r"enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre|octubre|noviembre|"
    r"diciembre|dic|gennaio|gen|febbraio|aprile|maggio|mag|giugno|giu|luglio|lug|settembre|set|ottobre|ott|dicembre")
_DATE = re.compile(
    rf"(\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b(?:[01]?\d|2[0-3])\s?[:h]\s?[0-5]\d\b|"
    rf"\b(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:am|pm|uhr|h)\b|\b(?:19|20)\d{{2}}\b|"
    rf"\b\d{{1,2}}\.?\s+(?:{_MONTHS})\b\.?|\b(?:{_MONTHS})\b\.?\s+\d{{1,2}}\b|\b\d+\s?min\b\.?|"
    rf"\b(?:il y a|vor|hace)\s+\d+|\b\d+\s+\w+\s+(?:ago|fa)\b)",
    re.I,
)
_DURATION = re.compile(r"\b\d+\s*(?:minutes?|minuten|minutos|minuti|mn)\b", re.I)
_READING = re.compile(r"\b(lecture|read|reading|lesezeit|lesen|lectura|lettura|listen|écouter|anhören|escuchar|"
                      r"ascolta)\b", re.I)
_COUNTER = re.compile(r"(\(\s*\d[\d\s.,]*\w*\s*\)|^\W*\d[\d.,]*\s*[kK]?\W*$|^\W{0,2}\w+\s*[·:]?\s*\d[\d.,]*[kK]?$|"
                      r"^\d[\d.,]*[kK]?\s+\w+$)")
_YES_NO = re.compile(r"\?\s*(oui|yes|ja|sí|si)\b\W*(non|no|nein)\b", re.I)
_LETTER = re.compile(r"[^\W\d_]")

FUNCTION_WORDS = frozenset("""
le la les un une des du de et est sont a ont dans pour sur par avec qui que ne pas il elle ils se son sa ses au aux en
ce cette l d qu n s c à où
the a an and is are was were has have had of to in on for with that this it he she they by at from be been will not
der die das den dem des ein eine einer eines und ist sind war hat haben wird wurde nicht mit von zu im auf für sich er
sie es auch nach bei aus
el los las unos unas del y es son fue ha han por para con se no su sus al lo
il lo gli le di della delle dei degli è sono ha hanno per con che si non suo sua nel nella alla
""".split())
_YOU = re.compile(r"(?<![\w-])(vous|votre|vos|you|your|(?<!^)(?<![.!?]\s)Sie|Ihre?|Ihnen|dein\w*|tu|tus|tuo|tua|tuoi|voi|"
                  r"vostr\w)\b")  # a sentence's first "Sie" is "she" or "they" as often as "you"
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def function_words(text: str) -> int:
    """How many words of ``text`` are articles, prepositions, pronouns or auxiliaries of the five languages."""
    return sum(1 for w in re.split(r"[\s'’]+", text.casefold()) if w.strip(".,;:!?«»\"()") in FUNCTION_WORDS)


def is_prose(line: Line) -> bool:
    """A sentence of a report: several words and a final full stop (or a long question)."""
    t = line.text
    unspaced = _UNSPACED.search(t) is not None  # Chinese, Japanese, Thai: "words" are counted by characters
    if line.words < (3 if unspaced else 6) or not _PROSE_END.search(t):
        return False
    if t.rstrip(" \"”»)").endswith(("?", "!")) and line.words < 12:
        return False  # a short question or exclamation: a teaser's title as often as a sentence
    return True


def speaks_of_page(line: Line) -> bool:
    """A sentence about the page or its authors, or to its reader: a bio, a newsletter box, a cookie notice."""
    n = _signals(line.text)
    return about_page(line) or is_bio(line) or n >= 2 or (n == 1 and (
        line.words <= 12 or _YOU.search(line.text) is not None))


def is_bio(line: Line) -> bool:
    """An author's bio: a name or the author's trade first ("Jane Doe is our Europe editor.", "Journaliste, …")."""
    t = line.text
    staff = _STAFF.search(t)
    return line.words <= 40 and staff is not None and (bool(re.match(rf"{_NAME}\s+{_NAME}\b", t)) or staff.start() == 0)


def author_note(line: Line, bylines: str) -> bool:
    """A line about the article's author, whom a byline of the page names: "Sarah Lund is the Herald's economics
    correspondent." under "By Sarah Lund" ("Maria Ressa is a journalist …" closing a report on her stays)."""
    found = _AUTHOR_NOTE.match(line.text)
    return line.words <= 25 and found is not None and found.group(1) in bylines \
        and (_STAFF.search(line.text) is not None or found.group(2).lower() in _REPORTING)
    #  ("Hannah Price covers technology regulation for The Digital Ledger.": her beat, under "By Hannah Price")


_AUTHOR_NOTE = re.compile(rf"^({_NAME}(?:\s+{_NAME}){{1,2}})\s+(is|was|covers|writes|reports|est|était|couvre|"
                          rf"ist|war|es|era|è)\s")
_REPORTING = frozenset({"covers", "writes", "reports", "couvre"})


def names_newsroom(line: Line) -> bool:
    """A sentence naming journalists or the newsroom: after an article's last paragraph, a blurb, not its end."""
    return bool(_STAFF.search(line.text))


def about_page(line: Line) -> bool:
    """A sentence naming the page itself: "this article", "our site", cookies, the newsletter, the author."""
    return _names_page(line.text)


@lru_cache(maxsize=8192)
def _names_page(t: str) -> bool:
    return bool(_SELF.search(t.replace("\u2019", "'")))


@lru_cache(maxsize=8192)
def _signals(t: str) -> int:
    """Calls to action, social networks and web addresses in ``t`` (each line is asked several times)."""
    low = t.lower()
    return len(_CTA.findall(low)) + len(_APPEAL.findall(low)) + len(_SOCIAL.findall(t)) + len(_ADDRESS.findall(t))


def shape_reason(line: Line) -> str | None:
    """Why a line is page furniture wherever it stands, or None when its shape alone does not tell. A sentence of
    prose is furniture by its shape only when it speaks to the reader ("Abonnez-vous …", "We use cookies to …"):
    "Archives released on Monday show …", "He later posted the video on Facebook." are the report's."""
    t = line.text.replace("\u2019", "'")
    if is_post(t):  # a post the page embeds: its author's words
        return None
    if _paywall(t, line):  # a paywall's lines read as prose, and so may a note under the text
        return "paywall line"
    if _note(t, line):
        return "note"
    if _rights(t, line):  # a copyright notice may read as two sentences: "© Le Courrier. Tous droits réservés."
        return "copyright notice"
    if _byline_role(t, line) or _byline_dated(t, line):  # ends as a sentence ends: "Par Claire Dubois, correspondante
        return "byline"  # à Madrid.", "Par Claire Vasseur · Publié le 12 mars 2024 à 19 h 42 · Lecture 4 min."
    if credit_line(t):  # "Mit Material von dpa und Reuters", "Avec AFP.": a sentence's shape, the newsroom's note
        return "source credit"
    if publication_line(t) and not _date_line(t, line):  # "Publié le 2 décembre 2026 à 18h42, mis à jour le …": too
        return "publication time"  # long for a date alone, or two sentences; the page's stamp wherever it stands
    if offer_line(t):  # "Subscribe to Vital Health magazine: 12 issues for £24.99.": a sentence, the publication's
        return "subscription offer"  # promotion
    if (joined := _joined_furniture(t)) is not None:
        return joined  # "dailycourier.co.uk · Subscribe for £1 a week · 14": a PDF page's footer
    if line.words <= 14 and _LIVE_WELCOME.match(t) and not re.search(r"\d|[.!?]\s+\S", t):
        return "live page label"  # a greeting alone: not "Welcome to our live coverage. At least 12 …"
    if line.words <= 40 and _PICTURE_TEXT.match(t):
        return "caption"  # a picture's label and what it shows ("Image: …", a Markdown picture's description)
    if line.words <= 40 and t.startswith("Link: "):
        return "related-articles list"  # a Markdown list item that is a link alone under such a label
    if line.words <= 16 and _FOLLOW_ON.match(t):
        return "follow-us line"  # "Follow NBN News on X and Instagram for the latest updates.": a sentence, the site's
    if line.words <= 14 and _MEDIA_LABEL.match(t) and not re.search(r"[.!?]\s+\S", t):
        return "link teaser"  # "Watch: Drone footage shows scale of flooding", "Vidéo : …": a link to a video
    if is_prose(line) and not _YOU.search(t):
        return None
    for test, reason in _STRONG:
        if test(t, line):
            return reason
    return None


def _menu(t: str, line: Line) -> bool:
    items = [i for i in _MENU_SPLIT.split(t) if i.strip()]
    short = sum(len(i.split()) <= 4 for i in items)
    if len(items) < 3 or any(len(i.split()) > 8 for i in items) or short < 0.8 * len(items):
        return False
    return len(items) >= 4 or not TERMINAL.search(t)


_FIGURE = re.compile(r"[-+−–]?[$£€]?\d[\d\s.,]*(?:\s?(?:%|°[CF]?|[$£€]|[^\W\d_]{1,4}))?")  # "68 000", "+0,8 %", "12 km", "12 °C", "3 €"


def _cells(text: str) -> list[str]:
    """The cells of a table's row as a page or a document reads it ("Bretagne | 1 | 14 | 68 000"; cells are parted
    by " | " or tabs, not by " / ": "08 / 04 / 11 06:44" is one)."""
    return [i for i in _CELL_SPLIT.split(text) if i.strip()] if ("|" in text or "\t" in text) else [text]


def cell_texts(text: str) -> list[str]:
    """The cells of a table's row (``_cells``), or the line as its one cell."""
    return _cells(text)


def cells(text: str) -> int:
    return len(_cells(text))


def table_row(text: str) -> bool:
    """A row of a table of figures ("Bretagne | 1 | 14 | 68 000"), not a menu: most of its cells after the first
    are figures ("Accueil | Ligue 1 | Top 14 | Vidéos" is a menu)."""
    items = _cells(text)
    figures = sum(bool(_FIGURE.fullmatch(item.strip())) for item in items[1:])
    return len(items) >= 3 and figures >= 2 and figures * 2 >= len(items) - 1


_CELL_SPLIT = re.compile(r"\s*\|\s*|\t")


def _breadcrumb(t: str, line: Line) -> bool:
    items = [i for i in _CRUMB_SPLIT.split(t) if i.strip()]
    if len(items) >= 2 and "«" not in t and all(len(i.split()) <= 5 for i in items) and not t.endswith("."):
        return True
    return bool(_SECTIONS.match(t))


# a page's section and subsection ("Business | Markets", "Sport | Football", a kicker over the headline: "Empresas ·
# Automóvel"): two names of a word or two (three items or more are a menu's, ``_menu``; "Wirtschaft / Auto" reads as
# a credit, ``_credit``)
_SECTION = r"[A-ZÀ-ÖØ-Þ][\w&'’-]*(?: [\w&'’-]+)?"
_RUBRIC = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?: [^\W\d_]+)?"  # … in words alone (not a score: "Chelsea 2 · Arsenal 1")
_SECTIONS = re.compile(rf"^(?:{_SECTION}\s+\|\s+{_SECTION}|{_RUBRIC}\s+[·•]\s+{_RUBRIC})$")


_NOTE = re.compile(r"^(?:\[\d{1,3}\]|\^)\s*\S")
_ON_AIR = re.compile(r"(?i)^(?:über (?:dieses|das) thema berichtete(?:n)?\s+\S.{0,60}?\bam\s+\d{1,2}\.\s*\S+\s+\d{4}"
                     r"(?:\s+um\s+\d{1,2}[:.]\d{2}\s+uhr)?\s*\.?$|dieses thema im programm\s*:)")
# A wire story's desk lines above its headline: its slug and version ("BC-EUR-Valdoria-Rail-Accident, 1st
# Ld-Writethru"), its priority ("URGENT"), what the new version adds ("(Updates with operator comment, survivor
# account in paragraphs 6-10)")
_WIRE_SLUG = re.compile(r"^[A-Z]{2,5}(?:-[A-Za-z0-9]+){2,}(?:,\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld-)?(?:Writethru|Advisory|"
                        r"Correction|Update|Ld)\b.{0,30})?$")
_WIRE_PRIORITY = re.compile(r"^(?:URGENT|URGENTE|FLASH|BULLETIN|BREAKING(?: NEWS)?|EILMELDUNG|ALERTE|ULTIM['’]ORA|"
                            r"ÚLTIMA HORA)$")
_WIRE_UPDATE = re.compile(r"^\((?:Updates|Adds|Recasts|Corrects|Changes|Rewrites|Refiles|Repeats|Fixes|Releads|Writes "
                          r"through)(?: with\b|,|(?:\s+[^\s()]+){0,6}?\s+(?:paragraphs?|pars?|grafs?|headline|byline|"
                          r"dateline|quotes?|comments?|details|background)\b)[^()]{0,160}\)$")  # not "(Changes to the timetable …)"


_TOPIC_SLUG = re.compile(r"^[A-Z]{2,}-[A-Z0-9][A-Z0-9 ]*(?:/[A-Z0-9][A-Z0-9 -]*)+"
                         r"(?:\s*\((?:UPDATE|REFILE|CORRECTED|RPT|WRAPUP)(?:\s+\d{1,2})?\))?$")  # a wire's topic slug:
#   "SOCCER-CONTINENTAL CUP/FINAL (UPDATE 2)", "HEALTH-CORONAVIRUS/USA" (a slash; a headline in capitals has none)


def _wire_desk(t: str, line: Line) -> bool:
    return bool(_WIRE_SLUG.match(t) or _TOPIC_SLUG.match(t) or _WIRE_PRIORITY.match(t.strip(" :!-–—")) or _WIRE_UPDATE.match(t)
                or _WIRE_MORE.match(t.strip(" .()[]-–—")))


_WIRE_MORE = re.compile(r"(?i)^(?:more (?:details )?to follow|more (?:details )?to come|developing story|this story is "
                        r"developing|story developing|this story (?:is being|will be) updated|(?:plus de détails|"
                        r"d'autres détails) à suivre|à suivre|suite à venir|ampliaremos|seguirá ampliación|"
                        r"más información en breve|mehr in kürze|seguono aggiornamenti|aggiornamento in corso)$")
# a wire's promise of more: no sentence of the story


def _note(t: str, line: Line) -> bool:
    """A note under the text, opened by its marker: "[1] Prefecture statement, 11 March.", "^ Enedis press release";
    or a broadcaster's note on when its programme covered the story: "Über dieses Thema berichtete WDF Aktuell am 12.
    März 2026 um 20:00 Uhr.", "Dieses Thema im Programm: Bayern 2, 12.03.2026" (read as a sentence, "WDF Aktuell" was
    a name only the German report gave)."""
    return line.words <= 40 and bool(_NOTE.match(t) or _ON_AIR.match(t))


def _date_line(t: str, line: Line) -> bool:
    if line.words > 14 or t.endswith(":") or (t.endswith(".") and line.words >= 4 and function_words(t) >= 1):
        return False
    if _DATE.search(t):
        rest = _WORD.findall(_DATE.sub(" ", t))
        content = [w for w in rest if w.casefold() not in FUNCTION_WORDS]
        content = [w for w in content if w.casefold() not in _TIME_WORDS]
        return len(content) <= 2 and len(rest) <= 8 and not _sentence_like(content)
    return bool(_DURATION.search(t) and _READING.search(t))


_TIME_WORDS = frozenset({"am", "pm", "et", "gmt", "utc", "cet", "cest", "uhr", "h", "heure", "heures", "hours", "mis",
                         "à", "jour", "updated", "publié", "published", "modifié", "aktualisiert", "actualizado",
                         "aggiornato", "le", "il", "am", "um", "ore", "alle", "horas", "las"})  # "ore 09:30", "alle 12:10"


def bare_date(line: Line) -> bool:
    """A date or time with at most three other words: "il y a 3 heures", "Mercredi 9 mars - 8h39"."""
    t = line.text
    return bool(_DATE.search(t)) and len(_WORD.findall(_DATE.sub(" ", t))) <= 3 and not t.endswith(":")


def _sentence_like(words: list[str]) -> bool:
    """Words left around a date that still make a clause: many, mostly lower case ("a été arrêté le 12 mars")."""
    lower = [w for w in words if w[:1].islower()]
    return len(words) >= 6 and len(lower) >= 5


def _counter(t: str, line: Line) -> bool:
    return line.words <= 5 and not t.endswith(".") and bool(_COUNTER.search(t)) and not t.isupper()


def _byline(t: str, line: Line) -> bool:
    if line.words <= 40 and not t.endswith(".") and _CREDITS.match(t):  # "(Reporting by …; Editing by …)"
        return True
    uncredited = _BYLINE_CREDIT.sub("", t.strip("*_ "))  # "By Jonas Weber, with reporting from AFP" (a line that
    #   opens as a byline: not "Gaza ceasefire brokered by Donald Trump with Qatar and Egypt")
    if uncredited != t and uncredited and _BYLINE_WORD.match(uncredited):
        return _byline(uncredited, Line(0, len(uncredited), uncredited, 0))
    if line.words > 9 or TERMINAL.search(t.rstrip(")")):
        return False
    if _BY_OUTLET_STAFF.match(t):
        return True
    if (_BYLINE.match(t) and function_words(t) <= 3 and _names_only(_filed_from(t.split(None, 1)[1], t))) \
            or _BY_NAME.search(t):
        return True
    if _BY_STAFF.match(t) or _AT_VENUE.match(t):
        return True
    return bool(_NAME_NOTE.match(t)) and t.split()[0].casefold() not in FUNCTION_WORDS  # not "La Chine, …"


_PARTS = re.compile(r"\s+[—–|·•-]\s+|(?<=[a-zß-ÿ]\.)\s+(?=[A-ZÀ-ÖØ-Þ])")  # "— Publié le …", ". Publié le …",
#                                                                   "Par Julien Marchal - Aujourd'hui à 06:00 - …"
_RIGHTS = re.compile(r"^(?:©|copyright\s*(?:©|\(c\)|\d{4}))|\b(?:all rights reserved|tous droits (?:de reproduction )?réservés|"
                     r"reproduction interdite|alle rechte vorbehalten|todos los derechos reservados|"
                     r"tutti i diritti riservati)\b", re.I)
# "Par Claire Dubois, correspondante à Madrid.", "By Jane Doe, Europe correspondent", "Por Ana Ruiz, corresponsal en Lisboa",
# "Por Inês Carvalho, enviada especial a …", "di Marco Rossi, inviato a …", "di Marco Giordani — inviato a TORRELINDA
# (Spagna)"
_BY_NAME_ROLE = re.compile(
    rf"^(?i:by|par|von|por|di|de)\s+{_NAME}(?:\s+{_NAME}){{1,3}}\s*(?:,|\s[—–-])\s+(?:[\w'’-]+\s+){{0,3}}?"
    r"(?i:correspondent|correspondant\w*|reporter|journaliste|journalist|envoyée?s?\s+spéciale?s?|special envoy|"
    r"staff writer|korrespondent\w*|corresponsal|corrispondente|correspondente|redakteur\w*|rédact\w+|editor|"
    r"periodista|giornalista|jornalista|enviad[oa]s?(?:\s+especial(?:es)?)?|inviat[oaie](?:\s+special[ei])?)"
    r"(?:\s+(?i:à|in|en|em|au|aux|at|a|im|de|from|para|per)\s+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}"
    r"(?:\s*\([A-ZÀ-ÖØ-Þ][\w'’ -]{1,30}\)|,\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)?)?\.?$")  # the country after the place: "(Spagna)"


def _rights(t: str, line: Line) -> bool:
    """A copyright notice: "© Le Courrier de l'Europe. Tous droits de reproduction réservés.", "All rights reserved",
    "Copyright 2025 The Daily Ledger": the notice's words and the outlet's name, nothing else ("Sur chacune des photos
    figurait la mention « tous droits réservés ».", "Copyright 2023 fight ends in court" are the report's), or with a
    sentence about the page after it ("© 2024 The Norland Herald. Sign up for our Business Today newsletter.")."""
    if line.words > 16 or not _RIGHTS.search(t):
        return False
    if _notice_only(t):
        return True
    parts = _SENTENCE_BREAK.split(t)
    return len(parts) > 1 and _notice_only(parts[0]) and all(
        _names_page(p) or _signals(p) for p in parts[1:])


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ©])")


def _notice_only(t: str) -> bool:
    """The notice's words and names, nothing else."""
    if not _RIGHTS.search(t):
        return False
    rest = [re.sub(r"^[ldLD]['’]", "", w) for w in _WORD.findall(_RIGHTS.sub(" ", t))]  # "l'Europe": "Europe"
    return all(w[:1].isupper() or w.casefold() in FUNCTION_WORDS or len(w) == 1 for w in rest)  # "S.p.A."


def _byline_role(t: str, line: Line) -> bool:
    return line.words <= 14 and bool(_BY_NAME_ROLE.match(t))


def _byline_dated(t: str, line: Line) -> bool:
    """A byline and the article's dates or outlet on one line, as a page printed to PDF or pasted runs them
    together: "Par Marie Dupont, avec AFP — Publié le 14 mars 2022 à 08h12, mis à jour à 10h45"."""
    parts = [p for p in _PARTS.split(t) if p.strip()]
    if len(parts) < 2 or len(parts) > 4 or TERMINAL.search(t.rstrip(")").rstrip(".")):  # "… · Lecture 4 min."
        return False
    lines = [Line(0, len(p), p, 0) for p in parts]
    if _names_only(parts[0]) and 2 <= lines[0].words <= 4 and any(_date_line(p, ln) for p, ln in zip(parts, lines)):
        return all(_date_line(p, ln) or (ln.words <= 4 and _names_only(p)) for p, ln in zip(parts[1:], lines[1:]))
        #  "MARÍA JOSÉ ALCALDE | San Telmo | 12 de marzo de 2025 - 19:40 CET": a name, a place, the date
    if _credit(parts[0], lines[0]) and _names_only(parts[0].replace("/", " ")) and lines[0].words <= 4:
        return all(_date_line(p, ln) for p, ln in zip(parts[1:], lines[1:]))  # "Redacción / Agencias — Madrid, 14 de
        #                                                                       marzo de 2026": the desk, then the date
    return (_byline(parts[0], lines[0]) or _byline_role(parts[0], lines[0])) and all(
        _date_line(p, ln) or _byline(p, ln) or _byline_role(p, ln) or (ln.words <= 5 and _names_only(p))
        for p, ln in zip(parts, lines))  # the outlet: "— Le Quotidien du Soir"


_PLACE_TAIL = re.compile(r",?\s+(?:in|at|from|à|en|aus|a|desde|da|em)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*"
                         r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}(?:,\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)?$")
# where the writer files from: "By Tom Hadley in Valdoria", "Par Claire Dubois à Madrid", "Por Ana Figueiredo, em
# Valmarra", "By Daniel Hartley at the Estadio Olímpico, Valmarra"
_BYLINE_WORD = re.compile(r"(?i)(?:by|par|von|por|di|de|da|dal|del|from)\s")
# the agencies a byline credits after its names: "with reporting from AFP", "mit Material von dpa und AFP", "avec AFP"
_BYLINE_CREDIT = re.compile(
    r",?\s+(?i:with (?:additional )?reporting (?:from|by)|additional reporting by|mit Material (?:von|der|aus)|"
    r"avec|with|con información de|con|com|mit)\s+[A-Za-zÀ-ÖØ-öø-ÿ][\w'’.-]*(?:(?:\s*,\s*|\s+(?i:and|und|et|y|e)\s+)"
    r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’.-]*){0,3}\s*$")


def _filed_from(rest: str, line: str) -> str:
    """What follows "By" / "Par" / "Por" without the place the writer files from, after a first name and a surname
    ("By Tom Hadley in Valdoria": "Tom Hadley"); a title's "De Madrid a Lisboa", "Di Maio a Bruxelles" as they are."""
    kept = _PLACE_TAIL.sub("", rest)
    return kept if kept != rest and _BY_WRITER.match(line) and len(kept.split()) >= 2 else rest


_BY_WRITER = re.compile(r"(?i)^(?:by|par|por|von)\s")


def _names_only(rest: str) -> bool:
    """What follows "Par" / "By" in a byline: names, joined by "et"/"and"/commas ("De Niro wins an award" is no byline)."""
    words = [w for w in re.split(r"[\s,;:]+", rest) if w]
    return all(w[0].isupper() or w.casefold() in _NAME_JOINS for w in words)


# "Par Anne Kerbrat et Paul Martin", "By Jane Doe with agencies", "Par Marie Dupont, avec AFP"
_NAME_JOINS = frozenset({"et", "and", "und", "y", "e", "de", "di", "da", "van", "von", "du", "le", "la", "avec", "with",
                         "mit", "con", "agencies", "agences"})


def _related(t: str, line: Line) -> bool:
    return related_label(t)


def related_label(text: str) -> bool:
    """A label over a list of other articles: "Mehr zum Thema:", "Read more", "À lire aussi", "Leggi anche"."""
    return bool(_RELATED_HEAD.match(text))


def _follow(t: str, line: Line) -> bool:
    return bool(_FOLLOW.match(t)) and line.words <= 12 and (_SOCIAL.search(t) is not None or line.words <= 3)


_CREDIT_END = re.compile(r"[(\[]\s*(?i:photos?|fotos?|images?|imagen|immagine|bild|credits?|crédits?|©)\b"
                         r"[^()]{0,60}[)\]]\s*$")
# a caption closed by its picture's credit, as a page printed to PDF sets it: "… mercredi vers 5 heures. Photo Le
# Courrier de Saône / Antoine Ferrand", "… on Monday. Picture: Jane Doe/Gazette", "… in Stenvik. Photograph: Jon Ek/NPA"
_CAPTION_CREDIT = re.compile(r"(?:^|[.!?»”]\s+)(?i:photos?|fotos?|photographs?|pictures?|images?|crédits?(?: photo)?|credits?)\s*:?\s+"
                             r"[A-ZÀ-ÖØ-Þ][^.!?/]{0,50}/\s*[A-ZÀ-ÖØ-Þ][^.!?/]{1,50}$")
_PICTURE_LABEL = re.compile(r"(?i)(?:^|[.!?»”]\s+)(?:picture|photo|image)s?\s*:?$")  # "Picture:" before its credit
# … or by its photographer's name: "… nahe Brenzola nach Verletzten. Foto: Marco Viel"
_NAMED_CREDIT = re.compile(rf"[.!?»”]\s+(?i:photos?|fotos?|photographs?|pictures?|bild|images?|crédits? photo)\s*:\s+"
                           rf"{_NAME}(?:\s+{_NAME}){{1,3}}$")
# a caption closed by its credit in capitals: "… à Brasko, mardi 14 octobre. PHOTO MERIDIAN PRESS" (not a teaser's
# "PHOTOS: RESCUERS DIG THROUGH RUBBLE")
_CAPS_CREDIT = re.compile(r"[.!?»”]\s+(?:PHOTO|FOTO)\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.&-]*(?:\s+[A-ZÀ-ÖØ-Þ/][A-ZÀ-ÖØ-Þ'’.&-]*){0,3}$")
# a photographer's name with the agency in brackets, alone or closing a caption: "ANA RUIZ (EFE)", "Jon Ek (AFP)"
_AGENCY_IN_BRACKETS = re.compile(r"(?:^|[.!?»”]\s+)(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’.-]*\s*\((?:AFP|AP|EFE|Reuters|REUTERS|"
                                 r"dpa|DPA|ANSA|EPA|EPA-EFE|Getty Images|GETTY|Europa Press|Xinhua|Keystone|Belga|ANP|"
                                 r"PA|Bloomberg|Shutterstock|Alamy|IMAGO|Imago|SIPA|Sipa|MAXPPP|Hans Lucas|NurPhoto)\)$")
# a call to follow the outlet on a network, even written as a sentence (not "Sigue abierta la investigación por los
# mensajes de WhatsApp": "sigue" is also "remains"; not "Follow-up posts on Facebook")
_FOLLOW_ON = re.compile(r"^(?:follow|suivez|síguenos|seguici|folgen sie)(?![\w-])[^.!?]{0,50}?\b(?:on|sur|en|auf|su)\s+"
                        r"(?:x|twitter|facebook|instagram|telegram|whatsapp|linkedin|youtube|tiktok|threads|bluesky|"
                        r"mastodon)\b", re.I)
_MEDIA_LABEL = re.compile(r"^(?:watch|video|listen|podcast|regarder|vidéo|écouter|ver|vídeo|escucha|guarda|ascolta|"
                          r"ansehen|anhören)\s*:\s+\S", re.I)
_PICTURE_TEXT = re.compile(r"^(?:image|photo|picture|foto|bild|imagen|immagine)\s*:\s+\S", re.I)
# "REUTERS/Stephane Mahe", "| ARCHIVES GAZETTE / PIERRE LE GALL": a picture's agency or archive and its author
_AGENCY_CREDIT = re.compile(r"(?:^|[.!?»”]\s+)[|•·]?\s*(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’.-]*\s*/\s*"
                            r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s*){1,4}$")  # alone, or closing its caption
_SLASH_CREDIT = re.compile(rf"^{_NAME}(?:\s+{_NAME}){{0,3}}\s*/\s*{_NAME}(?:\s+{_NAME}){{0,3}}$")
_HASHTAGS = re.compile(r"(?:^|\s)#\w+")
_LABELLED_LIST = re.compile(r"^[^:,.]{2,30}:\s*([^,.:]{1,30},\s*){2,}[^,.:]{1,30}$")


def _credit(t: str, line: Line) -> bool:
    """A photo credit or a caption ending with one: "(Photo: AFP)", "Jane Doe / Reuters", "© dpa"."""
    if line.words > 25:
        return False
    short_photo = line.words <= 6 and not TERMINAL.search(t) and re.search(r"(?i:\b(?:photos?|fotos?|bild|image)\b)", t)
    agency = (found := _AGENCY_CREDIT.search(t)) is not None and len(re.findall(r"[^\s/|.!?»”]+", found.group())) >= 3
    return bool(_CREDIT.match(t) or _CREDIT_END.search(t) or _SLASH_CREDIT.match(t) or "©" in t or short_photo
                or _CAPTION_CREDIT.search(t) or agency or _PICTURE_LABEL.search(t) or _CAPS_CREDIT.search(t)
                or _NAMED_CREDIT.search(t) or _AGENCY_IN_BRACKETS.search(t.strip()))


def _tag_list(t: str, line: Line) -> bool:
    """Topics: "#Paris #Climat #Santé", or "Label: one, two, three" without a full stop."""
    return len(_HASHTAGS.findall(t)) >= 2 or bool(_LABELLED_LIST.match(t))


_ICONS = re.compile(r"^(?:[^\w\s]\s+|(?:(?:[^\w\s]|[fFxX]|in)\s+){2,})")  # "✉ ", "f X in ✉ ": icons, not "Le "


def _cta(t: str, line: Line) -> bool:
    n = _signals(t)
    if n >= 2 and is_prose(line) and function_words(t) >= 3 and not _ADDRESS.search(t):
        return n >= 3  # a sentence that names a network or two ("… sites such as YouTube or Dailymotion")
    if n >= 2 and line.words <= 40:
        return True
    if n == 0 or TERMINAL.search(t):
        return False
    # one call to action: a button ("Partager", "Recevoir les alertes") or a line it opens, not a headline that
    # uses the word ("Storm alert issued for Brittany", "Share prices tumble in Tokyo")
    bare = _ICONS.sub("", t)  # "f X in ✉ Partager cet article": the networks' icons, then the button
    opens = _CTA.match(bare.lower()) is not None and not re.search(r"\s[A-ZÀ-ÖØ-Þ]", bare)
    return line.words <= 3 or (opens and line.words <= 8)


_RESERVED = re.compile(r"réservée? aux abonnés|(?:reserved )?for subscribers|nur für abonnenten|para suscriptores|"
                       r"riservato agli abbonati")  # the page's own words when short or naming the page
_PAYWALL = re.compile(
    r"subscribers only|for members only|"
    r"il vous reste \d+ ?% de (?:cet|l') article|\d+ ?% (?:of this article|de cet article)|"
    r"you(?:'|’)ve read \d+ of \d+|vous avez (?:lu|consulté) \d+ (?:des|sur|de vos) \d+")
# an offer the page makes its reader: its call opens the line or a sentence of it ("Profitez de notre offre : 1 €
# pendant 3 mois", "Get unlimited access for £1 a month"), or it names itself as one ("notre offre", "free trial")
_OFFER = re.compile(r"(?:^|[.!?]\s+)(?:profitez|abonnez|subscribe|get|try|essayez|découvrez)\b|\b(?:notre offre|our offer|"
                    r"offre (?:spéciale|découverte|de bienvenue)|special offer|essai gratuit|free trial|cancel any ?time|"
                    r"résiliable à tout moment)\b")
_PRICE_PERIOD = re.compile(
    r"(?:\d ?[€£$]|[€£$] ?\d)[^.;]{0,30}?(?:par (?:mois|semaine|an)|/ ?(?:mois|month|week)|pendant \d+ (?:mois|semaines)|"
    r"(?:le|les \d+) premiers? mois|per (?:month|week|year)|a (?:month|week)|for \d+ (?:months|weeks)|first month)")


def _paywall(t: str, line: Line) -> bool:
    """A paywall's lines: "Cet article est réservé aux abonnés.", "Il vous reste 75 % de cet article à lire.",
    "You've read 3 of 5 free articles", "Profitez de notre offre : 1 € pendant 3 mois." (not a sentence that names
    someone: "Le Monde réserve ses archives aux abonnés")."""
    bare = t.strip()
    low = bare.lower()
    if line.words > 25 or re.search(r"[^\s.!?:…»\"]\s+[A-ZÀ-ÖØ-Þ]", bare):  # long, or a capital inside a sentence
        return False
    if _RESERVED.search(low) and (line.words <= 8 or _SELF.search(low) or "suite" in low):
        return True  # not "Les places sont réservées aux abonnés du club pour le match de samedi soir"
    return bool(_PAYWALL.search(low) or (_OFFER.search(low) and _PRICE_PERIOD.search(low)))


def _teaser(t: str, line: Line) -> bool:
    """A link announced by a label in brackets: "[VIDEO] …", "[EN IMAGES] …"."""
    if t.rstrip().endswith(".") or line.words > 20:
        return False
    return bool(re.match(r"^[\[【][^\]】]{2,24}[\]】]", t) or re.match(r"^[►▶▸→➜>»]\s*\w", t)
                or re.search(r"\(\d{1,2}:\d{2}(?::\d{2})?\)$", t))  # "Video: … (02:31)"


def _joined_furniture(t: str) -> str | None:
    """A line of parts a page joins with " · ", " | " or " • ", each an address, a page's number or furniture by
    its shape, one at least by its shape: that part's reason ("dailycourier.co.uk · Subscribe for £1 a week · 14")."""
    parts = [p.strip() for p in _JOINED.split(t) if p.strip()]
    if len(parts) < 2:
        return None
    reasons = [None if _DOMAIN.fullmatch(p) or re.fullmatch(r"\d{1,4}", p)
               else shape_reason(Line(0, len(p), p, 0)) or "" for p in parts]
    found = [r for r in reasons if r]
    return found[0] if found and "" not in reasons else None


_JOINED = re.compile(r"\s+[·|•]\s+")
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}(?:/\S*)?", re.I)  # "dailycourier.co.uk"


def _ticker(t: str, line: Line) -> bool:
    """A market or weather widget: "CAC 40 7 245,12 +0,8 %", "Lyon 14 °C"."""
    return line.words <= 8 and bool(re.search(r"[+−–-]\s?\d+(?:[.,]\d+)?\s?%|\d\s?°\s?[CF]\b", t))


def _share_buttons(t: str, line: Line) -> bool:
    """A row of share buttons' labels: "Facebook   X   LinkedIn   E-mail", "Partager : Facebook | Twitter | Imprimer"
    (a menu's shape, but no menu: the headline above it is still the article's)."""
    words = [w for w in re.split(r"[\s|·•,/:]+", t.casefold()) if w]
    social = len(_SOCIAL.findall(t))
    return (social >= 2 or (social and any(w in _SHARE_VERBS for w in words))) \
        and all(w in _SHARE_WORDS or _SOCIAL.fullmatch(w) for w in words)  # "Share on Facebook   Share on X"


_SHARE_VERBS = frozenset("share partager compartir teilen condividi".split())


_SHARE_WORDS = frozenset("""x e-mail email mail print imprimer copier copy link lien partager share compartir teilen
    condividi messenger sms reddit on via sur en per auf""".split())  # ("Share on Facebook   Share on X")


def _no_words(t: str, line: Line) -> bool:
    return _WORD.search(t) is None or (_TAG.match(t) is not None and " " not in t)


# a page's reading or listening time ("Reading time | 3 min", "4 min read", "Temps de lecture : 3 min"): furniture that
# ends no article (read as a time, it had cut the last paragraph after it off the report)
_READING_TIME = re.compile(r"(?i)\b(?:reading time|read time|min(?:ute)?s? read|listen to this article|temps de lecture|"
                           r"lecture\s*:?\s*\d+\s*min|écouter cet article|tiempo de lectura|minutos de lectura|"
                           r"lesezeit|tempo di lettura)\b")


_STRONG = (
    (_wire_desk, "wire desk line"),
    (_related, "related-articles list"),
    (_follow, "follow-us line"),
    (_credit, "source credit"),
    (_no_words, "site tag"),
    (lambda t, ln: bool(_SHARE_LABEL.match(t.strip(" :!."))), "share button label"),
    (lambda t, ln: bool(_LIVE_LABEL.match(t.strip(" :!.•●·"))), "live page label"),
    (lambda t, ln: bool(_YES_NO.search(t)), "rating prompt"),
    (_teaser, "link teaser"),
    (_tag_list, "tag list"),
    (_ticker, "ticker"),
    (_share_buttons, "share/subscribe line"),
    (lambda t, ln: ln.words <= 8 and bool(_READING_TIME.search(t)), "reading time"),  # before the dates: "3 min" is
    (_menu, "menu"),                                                                    # no time of day
    (_breadcrumb, "breadcrumb"),
    (_byline, "byline"),  # a byline run into its dates: read before the prose test (``shape_reason``)
    (_date_line, "date or time"),
    (_counter, "counter"),
    (_cta, "share/subscribe line"),
)


def is_title(line: Line, first: bool = False) -> bool:
    """A headline's shape: 4–30 words (3 on a text's first line, where no site name stands above it), no call to
    action, at most one sentence."""
    t = line.text
    if not (3 if first else 4) <= line.words <= 30 or t.endswith((":", ",", ";", "-", "–", "—")):
        return False
    if t.endswith(".") and (line.words > 16 or re.search(r"[.!?]\s+\S", t)):
        return False
    if sum(1 for w in t.split() if not _WORD.search(w)) * 3 > line.words:
        return False  # mostly figures and signs: a ticker, a score, a price list
    if named_only(line):
        return False  # "Coastline Gazette", "Actu Planète", "El Mirador": a name, not a headline
    return _signals(t) == 0 and (function_words(t) >= 1 or line.words >= 5)


def named_only(line: Line) -> bool:
    """Five words or fewer, all capitalised but function words: a name ("Coastline Gazette", "Valmora Daily News")."""
    words = [w for w in line.text.split() if w.casefold() not in FUNCTION_WORDS]
    return line.words <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def is_short(line: Line) -> bool:
    """A fragment: a few words without a sentence's final punctuation (a button, a name, a menu entry)."""
    return line.words <= 6 and not TERMINAL.search(line.text)


def opens_next_line(line: Line) -> bool:
    """A dateline that runs into the next line: "BOGOTA (Reuters) -"."""
    return line.text.endswith(("-", "–", "—", ":")) and line.words <= 8
