"""Pasted web pages: the page furniture around an article goes (with a reason, and can be put back), the article
stays, and the headline under the site's menus becomes the column title. Pages written for these tests."""
import pytest

from desktop.engine.clean import find_removed
from desktop.engine.clean_lines import Line
from desktop.engine.furniture import shape_reason
from desktop.engine.ingest import from_text, read_path
from desktop.engine.model import Anchor, Override, Source
from desktop.engine.pipeline import prepare, prepare_all

FR_HEADLINE = "Tempête Ciarán : des milliers de foyers privés d'électricité en Bretagne"
FR_ARTICLE = [
    "Plus de 780 000 foyers étaient privés d'électricité jeudi matin en Bretagne après le passage de la tempête, "
    "selon le gestionnaire du réseau.",
    "Des rafales de plus de 200 km/h ont été mesurées à la pointe du Finistère dans la nuit.",
    "« Nous n'avions jamais vu un tel niveau de dégâts sur le réseau », a déclaré un responsable d'Enedis.",
    "Les écoles resteront fermées vendredi dans les quatre départements bretons.",
]
FR_PAGE = f"""La Vigie de l'Ouest
Se connecter
S'abonner
Accueil | Régions | France | Monde | Économie | Sports | Culture
Accueil > Régions > Bretagne
{FR_HEADLINE}
Par Anne Kerbrat
Publié le 2 novembre 2023 à 08h15, mis à jour à 10h40
Lecture 3 min.
Réagir (14 commentaires)
Partager
{FR_ARTICLE[0]}
{FR_ARTICLE[1]}
Lire aussi : Comment se préparer à une tempête
{FR_ARTICLE[2]}
Un arbre tombé sur une route près de Brest, jeudi. (Photo : Ouest Images)
{FR_ARTICLE[3]}
Mots-clés : Tempête, Bretagne, Météo
Cet article vous a-t-il été utile ? Oui Non
Sur le même sujet
Les assureurs débordés par les déclarations de sinistres
Quand la mer monte : reportage à Saint-Malo
Le Finistère compte ses arbres arrachés
Recevez chaque soir l'essentiel de l'actualité bretonne dans votre boîte mail.
© 2023 La Vigie de l'Ouest. Tous droits réservés.
Mentions légales | Contact | Cookies
"""

DE_HEADLINE = "Stadtrat beschließt neue Radwege für die Innenstadt"
DE_ARTICLE = [
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau von zwölf Kilometern neuer Radwege beschlossen.",
    "Die Arbeiten sollen im Frühjahr beginnen und rund 4,5 Millionen Euro kosten.",
    "„Wir machen die Innenstadt sicherer für alle“, sagte die Verkehrsdezernentin nach der Abstimmung.",
]
DE_PAGE = f"""Morgenpost Mitte
Startseite › Lokales › Verkehr
{DE_HEADLINE}
Von Jana Hofmann
Aktualisiert: 14.03.2024 - 18:02 Uhr
Lesezeit: 2 Min.

{DE_ARTICLE[0]}

{DE_ARTICLE[1]}

Anzeige

{DE_ARTICLE[2]}

Kommentare (7)
Schlagworte: Verkehr, Stadtrat, Fahrrad
Jana Hofmann ist Redakteurin im Lokalressort.
Impressum | Datenschutz | Kontakt
"""

EN_HEADLINE = "Harbour bridge to close for six weeks of repairs"
EN_ARTICLE = [
    "The harbour bridge will close to traffic from Monday for six weeks while engineers replace worn cables, "
    "the city council said.",
    "Buses will be diverted through the tunnel, adding about ten minutes to most journeys.",
]
EN_PAGE = f"""THE COAST HERALD
News · Sport · Business · Opinion · Weather
{EN_HEADLINE}
By Mark Ellis
Updated 4:12 PM GMT, March 3, 2024
5 min read
{EN_ARTICLE[0]}
{EN_ARTICLE[1]}
Was this article helpful? Yes No
Related stories
Council approves new parking charges
Ferry timetable changes this spring
Sign up for our morning newsletter
We use cookies to improve your experience on our site. You can change your settings at any time.
"""

ES_HEADLINE = "El ayuntamiento amplía el horario de las bibliotecas en verano"
ES_ARTICLE = [
    "Las bibliotecas municipales abrirán hasta las diez de la noche durante julio y agosto, anunció el ayuntamiento.",
    "La medida busca ofrecer espacios frescos a los estudiantes durante las olas de calor.",
]
ES_PAGE = f"""Diario de la Ribera
Inicio > Local > Cultura
{ES_HEADLINE}
Redacción
Actualizado 12/06/2024 09:30 h
{ES_ARTICLE[0]}
{ES_ARTICLE[1]}
23 comentarios
Etiquetas: Bibliotecas, Verano, Ayuntamiento
© 2024 Diario de la Ribera. Todos los derechos reservados.
"""

IT_HEADLINE = "Il comune rinnova il parco giochi di via Roma"
IT_ARTICLE = [
    "I lavori di rinnovo del parco giochi di via Roma inizieranno lunedì e dureranno circa un mese.",
    "Il sindaco ha spiegato che saranno installate nuove altalene e una pavimentazione antitrauma.",
]
IT_PAGE = f"""Il Messaggero di Valle
Home / Cronaca / Città
{IT_HEADLINE}
di Luca Ferri
Aggiornato il 05/05/2024 - 11:20
Tempo di lettura: 2 minuti
{IT_ARTICLE[0]}
{IT_ARTICLE[1]}
Leggi anche: Nuove piste ciclabili in centro
Commenti (3)
Tutti i diritti riservati
"""

PAGES = [
    ("fr", FR_PAGE, FR_HEADLINE, FR_ARTICLE),
    ("de", DE_PAGE, DE_HEADLINE, DE_ARTICLE),
    ("en", EN_PAGE, EN_HEADLINE, EN_ARTICLE),
    ("es", ES_PAGE, ES_HEADLINE, ES_ARTICLE),
    ("it", IT_PAGE, IT_HEADLINE, IT_ARTICLE),
]


def _sentences(doc):
    return [doc.sentence_text(i) for i in range(len(doc.sentences))]


def _furniture_lines(page, headline, article):
    return [ln.strip() for ln in page.splitlines() if ln.strip() and ln.strip() != headline and ln.strip() not in article]


@pytest.mark.parametrize("lang, page, headline, article", PAGES, ids=[p[0] for p in PAGES])
def test_a_pasted_page_keeps_its_article_and_headline_and_loses_its_furniture(lang, page, headline, article):
    source = from_text(page)
    doc = prepare(source)
    text = " ".join(_sentences(doc))
    assert source.title == headline
    assert _sentences(doc)[0] == headline
    for paragraph in article:
        assert paragraph in text, paragraph
    for line in _furniture_lines(page, headline, article):
        assert line not in text, line
    assert all(r.label for r in doc.removed)


def test_each_removed_line_says_why():
    labels = {FR_PAGE[r.start:r.end]: r.label for r in find_removed(FR_PAGE)}
    assert labels["La Vigie de l'Ouest"] == "before the headline"
    assert labels["Accueil > Régions > Bretagne"] == "breadcrumb"
    assert labels["Publié le 2 novembre 2023 à 08h15, mis à jour à 10h40"] == "date or time"
    assert labels["Réagir (14 commentaires)"] == "counter"
    assert labels["Par Anne Kerbrat"] == "byline"
    assert labels["Quand la mer monte : reportage à Saint-Malo"] == "related-articles list"  # under "Sur le même sujet"


def test_a_byline_run_into_its_dates_and_headlines_under_a_label_between_paragraphs_go():
    """As a page printed to PDF or copied whole reads: the byline and the dates on one line, and the headlines an
    "À lire aussi" box lists between two paragraphs; a short intertitle under such a label stays."""
    byline = "Par Anne Kerbrat, avec AFP — Publié le 2 novembre 2023 à 08h15, mis à jour à 10h40"
    related = ["Tempête Ciarán : comment se préparer avant l'arrivée des rafales", "Les assureurs débordés par les "
               "déclarations de sinistres après la tempête"]
    page = "\n".join(["La Vigie de l'Ouest", "Accueil > Régions > Bretagne", FR_HEADLINE, byline, FR_ARTICLE[0],
                      FR_ARTICLE[1], "À lire aussi", *related, FR_ARTICLE[2], "À lire aussi", "Les écoles fermées",
                      FR_ARTICLE[3]])
    labels = {page[r.start:r.end]: r.label for r in find_removed(page)}
    assert labels[byline] == "byline"
    assert [labels.get(r) for r in related] == ["related-articles list"] * 2
    assert "Les écoles fermées" not in labels
    assert not set(FR_ARTICLE) & set(labels)


def test_a_printed_page_s_pull_quote_credits_share_icons_and_most_read_column_go():
    """What a news page printed to PDF keeps as lines of text: a pull quote repeating a paragraph's quote, a
    caption closed by its credit or its agency's, an agency's credit, the networks' icons before "Partager", a "Les plus lus"
    column whose numbered headlines would read as the page's headline, a related headline that asks."""
    quote = "« Le bâtiment contenait surtout des cartons et des palettes, ce qui explique la propagation »"
    furniture = ["Les flammes étaient visibles depuis le périphérique, mercredi vers 5 heures. Photo Le Courrier / Jean Dupont",
                 "Le hall de la gare de Rennes, jeudi soir. | ARCHIVES VIGIE / PIERRE DURAND", "f X in ✉ Partager cet article",
                 "Les plus lus",
                 "1. Lyon : le prix du ticket de métro va augmenter au 1er mars",
                 "2. Villeurbanne : une école évacuée après une fuite de gaz",
                 "3. Météo : jusqu'à 15 cm de neige attendus dans les monts du Lyonnais", "À lire aussi",
                 "Tempête : quels sont vos droits quand votre toiture est endommagée ?", quote]
    page = "\n".join(["La Vigie de l'Ouest", "Accueil > Régions > Bretagne", FR_HEADLINE, furniture[0], furniture[2],
                      FR_ARTICLE[0], *furniture[3:7], FR_ARTICLE[1], "REUTERS/Stephane Mahe", furniture[1],
                      *furniture[7:9], quote, FR_ARTICLE[2],
                      quote[:-2] + " », a expliqué le commandant des pompiers.", FR_ARTICLE[3]])
    doc = prepare(from_text(page))
    assert doc.source.title == FR_HEADLINE
    kept = _sentences(doc)
    assert not [k for k in kept if any(k in line for line in furniture)]
    assert all(paragraph in " ".join(kept) for paragraph in FR_ARTICLE)
    assert any(s.startswith(quote[:-2]) and "a expliqué" in s for s in kept)


@pytest.mark.parametrize("line", [
    "Le partage des tâches ménagères toujours inégal", "A print edition returns to newsstands",
    "Un podcast pour raconter le quotidien des familles", "Satellite images show Russian build-up",
    "Pictures tell a different story", "Most popular museums in the country", "Les articles les plus contestés du texte",
    "Vidéos : les images impressionnantes de l'incendie tournées par les riverains",
])
def test_a_heading_that_opens_with_a_short_word_or_names_pictures_or_popularity_is_no_furniture(line):
    """Words of page furniture inside a heading of the article ("podcast", "images", "most popular") do not make
    it a button, a credit or a label of links."""
    page = "\n\n".join([FR_ARTICLE[0], line, FR_ARTICLE[1], FR_ARTICLE[2]])
    assert line not in {page[r.start:r.end] for r in find_removed(page)}


def test_a_quote_the_report_states_twice_stays_and_an_intertitle_keeps_the_list_it_opens():
    """A paragraph that is a quote with its full stop is the report's statement even when a later paragraph repeats
    it; an intertitle under a "Lire aussi" left without its link, followed by the article's bulleted list, stays with
    the list."""
    quote = "« Nous ne céderons pas sur les retraites, quoi qu'il arrive dans la rue. »"
    listed = ["Ce que contient le rapport sur l'apprentissage remis au gouvernement",
              "- Réduire de moitié l'aide versée aux entreprises pour chaque apprenti embauché",
              "- Confier aux régions le financement des centres de formation d'apprentis"]
    page = "\n\n".join([FR_ARTICLE[0], quote, FR_ARTICLE[1], "Interrogé mercredi, il a répété : " + quote[:-3] + " ».",
                         "Lire aussi\n" + "\n".join(listed), FR_ARTICLE[2]])
    removed = {page[r.start:r.end] for r in find_removed(page)}
    assert quote not in removed and not set(listed) & removed


def test_a_table_of_figures_and_its_header_stay_while_a_menu_with_numbers_goes():
    """A page's or a document's table reads one row a line ("Bretagne | 1 | 14 | 68 000"): its figures are the
    report's, not a menu; "Accueil | Ligue 1 | Top 14 | Vidéos" is one."""
    table = ["Région | Morts | Blessés | Foyers sans électricité", "Bretagne | 1 | 14 | 68 000",
             "Pays de la Loire | 1 | 9 | 37 000", "Total | 3 | 32 | 120 000"]
    menu = "Accueil | Ligue 1 | Top 14 | Vidéos | Rugby"
    page = "\n".join(["La Vigie de l'Ouest", menu, FR_HEADLINE, FR_ARTICLE[0], FR_ARTICLE[1], *table, FR_ARTICLE[2],
                      FR_ARTICLE[3]])
    removed = {page[r.start:r.end]: r.label for r in find_removed(page)}
    assert not set(table) & set(removed)
    assert removed[menu] == "menu"
    assert FR_ARTICLE[3] not in removed  # the article goes on after its table
    dates = "Posted: 14 / 03 / 22 08:12 AM ET Updated: 14 / 03 / 22 10:45 AM ET"  # figures, but no table's cells:
    assert shape_reason(Line(0, len(dates), dates, 0)) == "publication time"  # the page's time stamp


def test_a_table_of_key_figures_stays_and_so_does_the_lead_above_it(tmp_path):
    """A QA helper's merger report kept as Markdown: a table of key figures after the lead ("Key figure | Value",
    "Price per share | $48.50", "Premium | about a third") read as a breadcrumb and a share button, and the lead above
    it, the story's key figures, went as a line before the headline."""
    report = tmp_path / "site.md"
    report.write_text("# Norvane buys Kestrel\n\nNorvane Industries said on Monday that it will acquire Kestrel "
                      "Components in an all-cash deal valued at $12.4bn.\n\n| Key figure | Value |\n|---|---|\n"
                      "| Price per share | $48.50 |\n| Premium | about a third |\n\nThe companies expect the "
                      "transaction to close by the end of 2026, once antitrust authorities in Washington and Brussels "
                      "have signed off.\n", encoding="utf-8")
    doc = prepare(read_path(report))
    assert [doc.sentence_text(i) for i in range(3)] == [
        "Norvane buys Kestrel",
        "Norvane Industries said on Monday that it will acquire Kestrel Components in an all-cash deal valued at "
        "$12.4bn.", "Key figure | Value"]
    assert not doc.removed
    menus = "La Vigie de l'Ouest\nAccueil | Monde\nPolitique | Économie\n" + FR_HEADLINE + "\n" + "\n".join(FR_ARTICLE)
    removed = {menus[r.start:r.end] for r in find_removed(menus)}
    assert {"Accueil | Monde", "Politique | Économie"} <= removed  # a menu on two lines still goes


def test_a_markdown_heading_is_the_headline_whatever_its_shape(tmp_path):
    """A QA helper's merger report kept as Markdown: "# Norvane buys Kestrel" over a byline went as a line before the
    headline (three words and no function word have no headline's shape), so the two reports' titles were never
    compared; the file marks it as its heading."""
    report = tmp_path / "site.md"
    report.write_text("# Norvane buys Kestrel\n\n*By Daniel Okafor | Markets Desk | March 3, 2026 | 4 min read*\n\n"
                      "Norvane Industries said on Monday that it will acquire Kestrel Components in an all-cash deal "
                      "valued at $12.4bn.\n\nKestrel shares jumped 12% on the news.\n", encoding="utf-8")
    doc = prepare(read_path(report))
    assert doc.sentence_text(0) == "Norvane buys Kestrel"
    assert [doc.source.text[r.start:r.end] for r in doc.removed] == [
        "By Daniel Okafor | Markets Desk | March 3, 2026 | 4 min read"]


@pytest.mark.parametrize("box", [
    ["À lire aussi", "- Tempête Ciaran : les images impressionnantes des vagues à Brest",
     "- Les assureurs débordés par les déclarations de sinistres après la tempête"],
    ["Les articles les plus lus", "Lyon : le prix du ticket de métro va augmenter au 1er mars prochain",
     "Villeurbanne : une école évacuée après une fuite de gaz ce matin"],
    ["Also Read: Gold prices climb to record high as the dollar weakens"], ["✉ Partager cet article"], ["Page 1 | 2 | 3"],
    ["« Les flammes montaient jusqu'au ciel, nous ne pouvions plus rien faire ! »"],
])
def test_boxes_between_paragraphs_go_bulleted_labelled_paged_or_pulled(box):
    """A bulleted "À lire aussi" list, "Les articles les plus lus", a teaser after "Also Read:", a share button after
    one icon, a pager, a pull quote ending on "!" that the next paragraph quotes: none is the article's."""
    quoted = "« Les flammes montaient jusqu'au ciel, nous ne pouvions plus rien faire ! », raconte un voisin."
    page = "\n".join([FR_ARTICLE[0], FR_ARTICLE[1], *box, FR_ARTICLE[2], quoted, FR_ARTICLE[3]])
    removed = {page[r.start:r.end] for r in find_removed(page)}
    assert set(box) <= removed and not set(FR_ARTICLE) & removed and quoted not in removed


PAYWALL = ["Cet article est réservé aux abonnés.", "Profitez de notre offre : 1 € pendant 3 mois.",
           "Il vous reste 75 % de cet article à lire.",
           "You've read 3 of 5 free articles this month. Subscribe for unlimited access",
           "Get unlimited access for £1 a month. Cancel anytime."]
NEWS_OF_OFFERS = ["Le Monde réserve désormais ses archives aux abonnés, a annoncé le journal.",
                  "La préfecture a proposé une offre de 300 € par mois aux sinistrés, pendant trois mois.",
                  "Les abonnés de l'opérateur recevront 20 € par mois de remise jusqu'au rétablissement du réseau.",
                  # from the review: news that reads like a paywall's words
                  "La salle est réservée aux membres du conseil.", "Il reste 40 % de la récolte à rentrer.",
                  "Le texte modifie 15 % de l'article consacré aux retraites.",
                  "Le nouvel abonnement, sans engagement, coûtera 49 € par mois, a annoncé l'opérateur.",
                  "Les places sont réservées aux abonnés du club pour le match de samedi soir au stade."]


def test_a_paywall_goes_and_news_of_offers_or_subscribers_stays():
    """From a helper's saved pages: "Cet article est réservé aux abonnés." and "Profitez de notre offre : 1 € pendant
    3 mois." read as the report's sentences (a price alone, or subscribers named in the news, are the report's)."""
    page = "\n".join([FR_ARTICLE[0], FR_ARTICLE[1], NEWS_OF_OFFERS[0], FR_ARTICLE[2], NEWS_OF_OFFERS[1],
                      NEWS_OF_OFFERS[2], FR_ARTICLE[3], *PAYWALL])
    removed = {page[r.start:r.end]: r.label for r in find_removed(page)}
    assert {line: "paywall line" for line in PAYWALL} == {k: v for k, v in removed.items() if k in PAYWALL}
    assert not (set(FR_ARTICLE) | set(NEWS_OF_OFFERS)) & set(removed)


def test_a_removed_line_can_be_put_back():
    source = from_text(FR_PAGE)
    span = next(r for r in prepare(source).removed if FR_PAGE[r.start:r.end] == "Lire aussi : Comment se préparer à une tempête")
    anchor = Anchor(source.content_hash, span.start, span.end)
    doc = prepare(source, [Override("keep", anchor, anchor)])
    assert "Lire aussi : Comment se préparer à une tempête" in _sentences(doc)


def test_an_intertitle_a_dateline_and_a_short_last_sentence_stay():
    page = ("Le Journal du Port\nAccueil > Économie\nLa grève des dockers paralyse le port\nPar Paul Martin\n"
            "MARSEILLE (AFP) -\n"
            "La grève des dockers a paralysé mardi le premier port de France, où aucun navire n'a pu être déchargé.\n"
            "Des négociations dans l'impasse\n"
            "Les syndicats réclament une hausse des salaires de 8 %, la direction propose 3 %.\n"
            "Une nouvelle réunion est prévue jeudi.\n"
            "Rien n'est réglé.\n"
            "Partager\nFacebook\nX\n")
    text = " ".join(_sentences(prepare(from_text(page))))
    for kept in ("MARSEILLE (AFP) -", "Des négociations dans l'impasse", "Rien n'est réglé.", "Une nouvelle réunion"):
        assert kept in text, kept
    for gone in ("Le Journal du Port", "Par Paul Martin", "Partager", "Facebook"):
        assert gone not in text, gone


SITE_TOP = "Le Petit Observateur\nAccueil | Monde | France | Sport\n"
SITE_END = ("Publicité\nLe Petit Observateur est un quotidien régional fondé à Lyon en 1946.\n"
            "Les plus lus\nLa rentrée scolaire en chiffres\nLe prix du pain augmente encore\n")
WIRE = "Le ministère de l'Intérieur a confirmé le bilan de trois morts et douze blessés dans la soirée."


def _site_page(headline, paragraphs):
    return SITE_TOP + headline + "\n" + "\n".join(paragraphs) + "\n" + SITE_END


def test_a_line_two_pages_carry_at_their_edge_goes_and_wire_copy_inside_stays():
    a = _site_page("Un car se renverse sur l'autoroute A7", [
        "Un car transportant une quarantaine de passagers s'est renversé samedi sur l'autoroute A7 près de Valence.",
        WIRE,
        "La circulation a été rétablie en fin de soirée dans les deux sens, selon la préfecture de la Drôme."])
    b = _site_page("Accident de car dans la Drôme : trois morts", [
        "Trois personnes sont mortes samedi dans l'accident d'un car sur l'autoroute A7, au sud de Valence.",
        WIRE,
        "Le chauffeur, légèrement blessé, a été entendu par les gendarmes dimanche matin."])
    boiler = "Le Petit Observateur est un quotidien régional fondé à Lyon en 1946."
    alone = prepare(Source("a", a))
    assert boiler in _sentences(alone)  # one page alone: a sentence like the article's, kept
    docs = prepare_all([Source("a", a), Source("b", b)])
    for doc in docs:
        assert boiler not in " ".join(_sentences(doc))
        assert WIRE in _sentences(doc)
        label = next(r.label for r in doc.removed if doc.text[r.start:r.end] == boiler)
        assert label == "on other pages too, at the edge"


def test_a_quote_two_reports_carry_inside_their_text_stays_however_its_quotes_close():
    """Wire copy inside the body stays even when a quote closes with a stray single quote (ECB+ text: '…door." ')."""
    quote = "\"I tried to open up my door and they said 'close your door, lock your door.\" '"
    a = ("Gunman kills two at Vancouver office party\n\nA gunman opened fire at an office Christmas party on Friday, "
         "police said.\n\n" + quote + "\n\nThe suspect was found dead in the basement, officers said.\n")
    b = ("Two dead in Vancouver office shooting\n\nTwo people were shot dead at a party in an office on Friday.\n\n"
         + quote + "\n\nPolice said the suspect killed himself.\n")
    for doc in prepare_all([Source("a", a), Source("b", b)]):
        assert not [doc.text[r.start:r.end] for r in doc.removed]
        assert any("lock your door" in s for s in _sentences(doc))


def test_a_plain_report_is_left_as_it_was(seed_paths):
    """No page around it: nothing of the article goes for its place."""
    text = ("Séisme au Maroc : le bilan dépasse 2 000 morts\n\nLe bilan s'est encore alourdi dimanche, selon le "
            "ministère de l'Intérieur.\n\nLes secours fouillent les décombres.\n\nAucun.\n")
    doc = prepare(from_text(text))
    assert doc.removed == []
    assert len(doc.sentences) == 4


FRAME = """<!doctype html><html><head><meta charset="utf-8"><title>{title} | La Vigie de l'Ouest</title></head>
<body><div class="top"><div>La Vigie de l'Ouest</div><div>Accueil | Régions | France | Monde</div>
<div>Accueil &gt; Régions &gt; Bretagne</div></div>
<div class="content"><div class="h">{title}</div><div>Par Anne Kerbrat</div>
<div>Publié le 2 novembre 2023 à 08h15</div>{paragraphs}<div>Mots-clés : Tempête, Bretagne, Météo</div>
<div>Sur le même sujet</div><div>Les assureurs débordés par les déclarations de sinistres</div>
<div>Quand la mer monte : reportage à Saint-Malo</div><div>Le Finistère compte ses arbres arrachés</div>
<div>© 2023 La Vigie de l'Ouest. Tous droits réservés.</div></div></body></html>"""


def _html_page(tmp_path):
    path = tmp_path / "tempete.html"
    path.write_text(FRAME.format(title=FR_HEADLINE, paragraphs="".join(f"<p>{p}</p>" for p in FR_ARTICLE)),
                    encoding="utf-8")
    return path


def _check_html_result(source):
    doc = prepare(source)
    text = " ".join(_sentences(doc))
    for paragraph in FR_ARTICLE:
        assert paragraph in text
    for gone in ("Accueil | Régions", "Par Anne Kerbrat", "Publié le 2 novembre", "Mots-clés", "Quand la mer monte",
                 "Tous droits réservés", "La Vigie de l'Ouest"):
        assert gone not in text, gone
    assert source.title == FR_HEADLINE


def test_a_saved_page_through_trafilatura_carries_no_furniture(tmp_path):
    _check_html_result(read_path(_html_page(tmp_path)))


def test_a_saved_page_whose_extraction_fails_is_cleaned_not_kept_raw(tmp_path, monkeypatch):
    import trafilatura

    def fail(*args, **kwargs):
        raise ValueError("extraction failed")

    monkeypatch.setattr(trafilatura, "bare_extraction", fail)
    source = read_path(_html_page(tmp_path))
    assert "Accueil | Régions" in source.text  # the whole page came through the plain reader…
    _check_html_result(source)  # …and the cleaner left its furniture out


def test_several_articles_pasted_one_after_another_lose_nothing():
    """Every long run of prose is article text, not only the longest: a dossier of three reports stays whole."""
    text = "\n\n".join([
        _site_page("Un car se renverse sur l'autoroute A7", [
            "Un car transportant une quarantaine de passagers s'est renversé samedi sur l'autoroute A7 près de Valence.",
            "La circulation a été rétablie en fin de soirée dans les deux sens, selon la préfecture de la Drôme."]),
        "\n".join(FR_ARTICLE),
        "Les pompiers ont maîtrisé l'incendie\n" + "\n".join(
            ["Le feu, parti d'un entrepôt de pneus, a mobilisé une centaine de pompiers pendant toute la nuit.",
             "Aucun blessé n'est à déplorer, mais une épaisse fumée noire a recouvert le quartier jusqu'au matin."]),
    ])
    kept = " ".join(_sentences(prepare(Source("dossier", text))))
    for paragraph in FR_ARTICLE + ["Le feu, parti d'un entrepôt", "Un car transportant", "Les pompiers ont maîtrisé"]:
        assert paragraph in kept


def test_a_plain_report_in_another_script_is_left_whole():
    text = ("Наводнение в Сибири\n\nВ понедельник вода поднялась на два метра. Жителей трёх сёл эвакуировали.\n"
            "Спасатели работали всю ночь.\nДорога закрыта.\n")
    doc = prepare(from_text(text))
    assert [r for r in doc.removed if r.reason == "boilerplate"] == []


HEADLINES = [
    "Tokyo to host 2020 Olympic Games", "6.9 magnitude earthquake hits New Zealand", "Stocks close 0.39 % higher",
    "Rebels seize airport in the north", "Parliament rejects budget for second time", "Storm leaves thousands without power",
    "Central bank holds rates steady", "Court frees jailed journalist", "Two killed in bus crash near the border",
    "Talks on nuclear deal resume in Geneva", "Ferry sinks off the coast, dozens missing", "Farmers block motorways in protest",
    "Minister resigns over expenses row", "Heatwave breaks June record", "Football club sold to investor group",
    "Police arrest suspect in museum theft", "Oil prices fall after supply report", "New vaccine approved for children",
    "Protesters march on capital", "Airline cancels flights as pilots strike",
]


def test_a_list_of_headlines_keeps_every_line():
    """A text of short lines only (headlines one a paragraph, notes) is no web page: its lines are what the user
    gave, and none of them is left out for standing before or after some 'article'."""
    text = "\n\n".join(HEADLINES + ["The storm moved east overnight, and forecasters expect heavy rain in the capital "
                                  "by Friday, the weather service said in a statement on its website."]) + "\n"
    doc = prepare(from_text(text))
    kept = {doc.sentence_text(i) for i in range(len(doc.sentences))}
    assert set(HEADLINES) <= kept, sorted(set(HEADLINES) - kept)


def test_short_lines_after_the_last_paragraph_of_a_plain_text_stay():
    """Without any page furniture around it, what follows the last long paragraph is the user's text too
    (more headlines, a closing line), not a page's foot."""
    text = ("Ministers met on Monday to discuss the budget, and several of them said afterwards that the talks had "
            "gone better than expected, although no agreement was signed.\n\n"
            "The opposition said it would vote against any plan that raised taxes on small businesses this year.\n\n"
            "Syria must destroy chemical weapons\n\nRomney wins Maryland primary\n")
    doc = prepare(from_text(text))
    kept = {doc.sentence_text(i) for i in range(len(doc.sentences))}
    assert {"Syria must destroy chemical weapons", "Romney wins Maryland primary"} <= kept


ORDINARY = [
    "Earthquake of March 3 kills 40 in Turkey", "Biden to visit Paris in 2025", "De Niro wins lifetime award",
    "Photographer wins top prize", "Storm alert issued for Brittany", "Share prices tumble in Tokyo",
    "Archives released on Monday show that the police knew about the threat.",
    "Related charges were filed against two other men on Friday.",
    "It was 40 °C in Seville on Monday, the hottest day of the year so far.",
    "The website was taken offline on Monday after the attack.",
    "Sie teilte auf Instagram mit, dass die Maßnahmen verlängert werden.",
    "He later posted the video on Facebook.",
]


def test_a_plain_report_keeps_its_headlines_and_sentences_whatever_words_they_use():
    """Words that page furniture uses (a date, 'alert', 'share', 'photo', 'archives', 'website', a network) do not
    make a report's own headline or sentence furniture."""
    text = "\n\n".join(ORDINARY) + "\n"
    doc = prepare(from_text(text))
    kept = {doc.sentence_text(i) for i in range(len(doc.sentences))}
    assert set(ORDINARY) <= kept, sorted(set(ORDINARY) - kept)


@pytest.mark.parametrize("line, reason", [
    ("By a Daily Ledger correspondent", "byline"), ("De notre envoyé spécial à Kyiv", "byline"),
    ("Par notre correspondante à Moscou", "byline"), ("From our reporter in Kyiv", "byline"),
    ("By Meridian Press staff", "byline"), ("By Reuters Staff", "byline"),
    ("(Reporting by Camille Berger; Editing by Tom Ashdown)", "byline"),
    ("(Reporting by Jane Doe in Paris and John Roe in Lyon; Additional reporting by Ana Silva; Editing by Alex "
     "Richardson)", "byline"), ("Writing by Jane Doe; editing by John Roe", "byline"),
    ("By a narrow margin, the correspondent won", None), ("By the time the reporter arrived", None),
    ("By Friday the staff had left", None), ("Reporting by the agency was cut, the union said.", None),
    # from the review: headlines and subheads that open on a role and "by" but credit no one
    ("Writing by hand boosts children's memory, study finds", None), ("Production by Ford fell 5% in March", None),
    ("Reporting by women journalists fell sharply in 2023", None), ("Writing by hand: is it worth it?", None),
    ("De nombreux journalistes étaient présents", None), ("From a reporter in Gaza who lost everything", None),
    # a helper's French report printed to PDF: a byline naming its author's post, then its dates and its rights
    ("Par Claire Dubois, correspondante à Madrid.", "byline"), ("By Jane Doe, Europe correspondent", "byline"),
    ("Por Ana Ruiz, corresponsal en Lisboa", "byline"),
    # a QA helper's Portuguese report: its byline with its writer's post stood as a sentence, linked to a dateline
    ("Por Inês Carvalho, enviada especial a Westmark City", "byline"), ("Por Miguel Sousa, enviado especial", "byline"),
    ("Por Ana Ruiz, enviado especial en Valmarra", "byline"), ("di Marco Rossi, inviato a Valmarra", "byline"),
    ("Di Giulia Bianchi, inviata speciale a Valmarra", "byline"), ("Dal nostro inviato a Valmarra", "byline"),
    ("Do nosso enviado especial em Valmarra", "byline"), ("Por Inês Carvalho, correspondente em Lisboa", "byline"),
    ("O enviado especial da ONU chegou a Valmarra na segunda-feira.", None),
    ("L'inviato speciale dell'Onu è arrivato a Valmarra.", None),
    ("Par Claire Dubois, correspondante à Madrid. Publié le 16 juillet 2025 à 14 h 05", "byline"),
    ("© Le Courrier de l'Europe. Tous droits de reproduction réservés.", "copyright notice"),
    ("Tous droits de reproduction réservés.", "copyright notice"), ("Copyright 2025 The Daily Ledger", "copyright notice"),
    ("Noticia relacionada: La ola de calor dispara el riesgo de incendios en Extremadura", "related-articles list"),
    ("Par ailleurs, la correspondante à Madrid a été rappelée.", None),
    ("By law, the mayor, a former reporter in Lyon, must resign.", None),
    ("Copyright lawsuit against the newspaper is dismissed", None),
    ("Les droits de reproduction ont été réservés aux éditeurs.", None),
    # from the review: the notice's words inside the report's own sentences
    ("Sur chacune des photos figurait pourtant la mention « tous droits réservés ».", None),
    ("Tous droits réservés : la Sacem attaque le festival.", None),
    ("Copyright 2023 fight ends in court as the singer wins damages.", None),
    ("© 2025 Reuters. All rights reserved.", "copyright notice"),
    # a helper's live blog: its badge, its summary box's label and its greeting stood as claims "only here"
    ("LIVE", "live page label"), ("Key points", "live page label"), ("EN DIRECT", "live page label"),
    ("Welcome to our live coverage.", "live page label"), ("Bienvenue dans ce direct consacré au séisme.",
                                                           "live page label"),
    ("Live music returned to the town square on Friday.", None), ("Direct flights to Brasko were cancelled.", None),
    # from the review: the greeting with news in its line, a teaser of pictures, a picture's label as long as a sentence
    ("Welcome to our live coverage. At least 12 people have died in Brasko.", None),
    ("Welcome to our live coverage of the Brasko earthquake, which has killed 12 people.", None),
    ("Quake kills 12 in Brasko. PHOTOS: RESCUERS DIG THROUGH RUBBLE", None), ("Brasko quake: 12 dead. PICTURE SPECIAL", None),
    ("Image: Rescuers search the rubble in Brasko, where the earthquake killed at least 12 people.", "caption"),
    # a helper's rate-decision reports: a section label, a caption closed by "Photograph:", a notice with a newsletter
    ("Business | Markets", "breadcrumb"), ("Sport | Football", "breadcrumb"),
    # a QA tester's Portuguese page: its kicker over the headline, a section and a subsection joined by a rubric mark
    ("Empresas · Automóvel", "breadcrumb"), ("Economia • Mercados", "breadcrumb"), ("Wirtschaft · Auto", "breadcrumb"),
    ("Não houve feridos.", None), ("Norvane · Rückruf von 84.000 Autos bestätigt", None),
    ("Marta Eklund at Thursday's press conference in Stenvik. Photograph: Jon Ek/NPA", "source credit"),
    ("© 2024 The Norland Herald. Sign up for our Business Today newsletter.", "copyright notice"),
    ("© 2024 The Norland Herald. The minister resigned on Friday.", None),
    ("Brexit | What the deal means for Northern Ireland", None),
    ("Rettungskräfte suchen am Dienstagabend im Wrack des Zuges nach Verletzten. Foto: Marco Viel", "source credit"),
    ("The photo was taken by Marco Viel.", None),
    # a helper's wire story and Italian Markdown report: the desk's lines above the headline, a dateline with its dates
    ("BC-EUR-Valdoria-Rail-Accident, 1st Ld-Writethru", "wire desk line"), ("URGENT", "wire desk line"),
    ("(Updates with operator comment, survivor account in paragraphs 6-10)", "wire desk line"),
    ("BRENZOLA — 15 ottobre 2025, ore 09:30 · Aggiornato alle 12:10", "date or time"),
    ("The Urgent Care unit reopened on Monday.", None), ("(Updates were sent to all passengers by text message.)", None),
    ("(Changes to the timetable will apply from Monday on all regional lines)", None), ("(Adds quotes from minister)",
                                                                                        "wire desk line"),
    # a helper's reports of a flood: a Spanish PDF's byline and caption credit, a broadcaster's closing lines
    ("MARÍA JOSÉ ALCALDE | San Telmo | 12 de marzo de 2025 - 19:40 CET", "byline"),
    ("Marta Ibarrola | Presidenta regional del Valle de Orbán", None), ("ANA RUIZ (EFE)", "source credit"),
    ("Vecinos de San Telmo achican agua de un bajo, este miércoles. ANA RUIZ (EFE)", "source credit"),
    ("El alcalde habló con la agencia EFE. Los vecinos (EFE)", None),
    ("La Unidad Militar de Emergencias (UME) desplegó 250 efectivos.", None),
    ("Follow NBN News on X and Instagram for the latest updates.", "follow-us line"),
    ("He said he would follow the case on Twitter and Facebook as it unfolds.", None),
    ("Sigue abierta la investigación por los mensajes de WhatsApp del ministro.", None),  # (from the review)
    ("Follow-up posts on Facebook showed the suspect at the scene.", None), ("Suivez-nous sur Facebook.", "follow-us line"),
    ("Watch: Drone footage shows scale of flooding", "link teaser"), ("The minister said: watch this space.", None),
    # a helper's French .docx: a byline, a time and a reading time joined by plain hyphens
    ("Par Julien Marchal - Aujourd'hui à 06:00 - Temps de lecture : 3 min", "byline"),
    ("Paris - Le gouvernement a annoncé mardi un plan de 2 milliards d'euros", None),
    # from the review: headlines opening with the words of an appeal to support a site
    ("Donate now, charities urge as floods hit homes", None), ("Support us or we close, warns arts centre", None),
    # a helper's election reports: a row of share buttons under the byline (a menu, it hid the headline above it) and
    # a wire's "More to follow."
    ("Facebook   X   LinkedIn   E-mail", "share/subscribe line"), ("Partager : Facebook | Twitter | Imprimer",
                                                                    "share/subscribe line"),
    ("Facebook, X and LinkedIn were fined on Monday.", None), ("More to follow.", "wire desk line"),
    ("À suivre", "wire desk line"),
    ("More to follow on the budget talks next week.", None),
    # a helper's train-crash reports: a byline with the place the writer files from
    ("By Tom Hadley in Valdoria", "byline"), ("Por Ana Ruiz en Lisboa", "byline"), ("De Niro wins in Cannes", None),
    ("De Madrid a Lisboa", None), ("Di Maio a Bruxelles", None), ("De Paris à Marseille", None),  # (the review)
    # a helper's train-crash PDF: its footer, an address, a paywall's call and the page's number joined by dots
    ("dailycourier.co.uk · Subscribe for £1 a week · 14", "paywall line"), ("The minister resigned · Share", None),
    # a helper's earthquake reports: a wire's promise of details, a Spanish desk's byline run into its dateline
    ("More details to follow.", "wire desk line"), ("Más información en breve", "wire desk line"),
    ("More details to follow from the ministry, officials said.", None),
    ("Redacción / Agencias — Madrid, 14 de marzo de 2026", "byline"),
    ("Reuters / AFP — The president said on Monday that he would resign", None),
    # QA helpers' hurricane and cup-final reports: bylines with the agencies they credit, the place filed from after
    # a comma or a venue, a German correspondent named after the role (two had formed a claim of both reports)
    ("By Jonas Weber, with reporting from AFP", "byline"), ("Par Marie Dupont, avec AFP", "byline"),
    ("*Von unserem Korrespondenten Jonas Weber, mit Material von dpa und AFP*", "byline"),
    ("Por Ana Figueiredo, em Valmarra", "byline"), ("By Daniel Hartley at the Estadio Olímpico, Valmarra", "byline"),
    ("Lorvena beat Sarrenda with Keita", None), ("Merkel meets Macron with EU leaders", None),
    ("Daniel Hartley at the Estadio Olímpico, Valmarra", "byline"), ("Angela Merkel at the White House", None),
    ("Gaza ceasefire brokered by Donald Trump with Qatar and Egypt", None),  # (the review: a headline)
])
def test_a_byline_that_names_no_one_is_a_byline(line, reason):
    """From helpers' tests: "By a Daily Ledger correspondent", "By Meridian Press staff" stood as the report's second
    claim, a wire's "(Reporting by …; Editing by …)" as its last."""
    assert shape_reason(Line(0, len(line), line, 0)) == reason


@pytest.mark.parametrize("line, reason", [
    ("Mit Material von dpa und Reuters", "source credit"), ("*Mit Material von dpa und Reuters*", "source credit"),
    ("Mit Material der Nachrichtenagenturen dpa und AFP", "source credit"), ("(Avec AFP)", "source credit"),
    ("Avec l'AFP et Reuters", "source credit"), ("Con información de EFE y Reuters", "source credit"),
    ("Con información de agencias", "source credit"), ("Com agências", "source credit"),
    ("Com informações da Lusa", "source credit"), ("Con agenzie", "source credit"), ("(con Ansa)", "source credit"),
    ("With reporting from Reuters and AFP", "source credit"), ("With wire services", "source credit"),
    ("Avec Macron et Scholz", None), ("Con Italia nel cuore", None), ("Mit Vollgas in die Krise", None),
    ("Avec AFP, le journal a publié une enquête sur les feux de forêt.", None),
])
def test_a_credit_line_to_agencies_is_a_source_credit_in_each_language(line, reason):
    """A QA helper's German broadcaster report (stop 69) closed on "Mit Material von dpa und Reuters", kept as its
    own claim with "Reuters" a name only it gave, while the English wire's "(Reporting by …; Editing by …)" went."""
    assert shape_reason(Line(0, len(line), line, 0)) == reason


def test_a_german_report_s_credit_line_is_left_out_as_the_wire_s_is(tmp_path):
    (tmp_path / "en.txt").write_text("Valmorra has suffered a severe drought since the spring.\n\n"
                                     "(Reporting by Daniel Hartley; Editing by Susan Ward)\n", encoding="utf-8")
    (tmp_path / "de.md").write_text("Valmorra leidet seit dem Frühjahr unter einer schweren Dürre.\n\n"
                                    "*Mit Material von dpa und Reuters*\n", encoding="utf-8")
    docs = prepare_all([read_path(tmp_path / "en.txt"), read_path(tmp_path / "de.md")])
    assert [len(doc.sentences) for doc in docs] == [1, 1]
    assert [docs[1].source.text[r.start:r.end] for r in docs[1].removed] == ["Mit Material von dpa und Reuters"]


def test_a_note_on_the_bylined_author_after_the_last_paragraph_goes_and_a_closing_sentence_on_a_journalist_stays():
    body = ("The Central Bank of Norland lifted its benchmark rate by half a point to 4.25 percent on Thursday.\n\n"
            "Most economists had forecast a quarter-point rise, and the krone jumped against the euro.\n\n"
            "The next policy meeting is scheduled for May 9, the bank said in a statement.\n\n")
    page = "By Sarah Lund, Economics Correspondent\n\n" + body + "Sarah Lund is the Herald's economics correspondent.\n"
    removed = {page[r.start:r.end] for r in find_removed(page)}
    assert "Sarah Lund is the Herald's economics correspondent." in removed
    closing = body + "Maria Ressa is a journalist and a Nobel Peace Prize laureate.\n"
    assert not {closing[r.start:r.end] for r in find_removed(closing)}
    # a helper's PDF: the author's beat and a call to follow her, run together on the last line
    page = ("By Hannah Price, Technology Correspondent\n\n" + body
            + "Hannah Price covers technology regulation for The Digital Ledger. Follow her on X @hprice_ledger.\n")
    removed = {page[r.start:r.end] for r in find_removed(page)}
    assert any(text.startswith("Hannah Price covers") for text in removed)
    closing = body + "Hannah Price covers the story for the Herald.\n"  # no byline names her: the report's
    assert not {closing[r.start:r.end] for r in find_removed(closing)}


def test_a_live_page_keeps_its_headline_and_standfirst_above_its_stamped_entries():
    """From a helper's live blog of a wildfire (entries under "19:20 BST", "18:05 BST", …): each stamp cut the body,
    which started at its longest entries, under a quote ('"Our absolute priority …," she added.') taken for the
    headline; the real headline and the standfirst above went as page furniture, out of the comparison."""
    from pathlib import Path

    doc = prepare(read_path(Path(__file__).parent / "reports" / "wildfire_courier_liveblog.html"))
    gone = {doc.source.text[r.start:r.end] for r in doc.removed}
    kept = _sentences_of(doc)
    assert kept[0].startswith("Spain wildfire: more than 1,800 evacuated")
    assert any(s.startswith("Firefighters battle flames fanned by strong winds") for s in kept[:3])
    assert {"19:20 BST", "14:32 BST", "Key events"} <= gone
    assert any(s.startswith('"Our absolute priority is protecting people') for s in kept)
    assert not any("support us" in s for s in kept)  # "If you can, please support us from just £1."


def test_two_stamped_entries_of_a_live_page_are_one_article(tmp_path):
    """The helper's shorter live page: with two entries only, the stamp between them cut the body, and the second
    entry went as "after the article" once the appeal to support the site under it was read as the page's."""
    page = ("<html><body><article><h1>Spain wildfire: 1,800 evacuated near Vilamar de la Costa – live</h1>"
            "<p>One firefighter injured and at least six homes damaged as strong winds fan the flames in Castellón"
            "</p><p>18:05 BST</p><p>Regional emergency officials say the fire is still not under control. At least six "
            "homes have been damaged and a firefighter was taken to hospital with burns to his arms.</p>"
            "<p>14:32 BST</p><p>More than 1,800 people have been ordered to leave Vilamar de la Costa, the regional "
            "government says.</p><p>We have a small favour to ask. Millions turn to the Daily Courier for open, "
            "independent journalism. If you can, please support us from just £1.</p></article></body></html>")
    (tmp_path / "live.html").write_text(page, encoding="utf-8")
    kept = _sentences_of(prepare(read_path(tmp_path / "live.html")))
    assert any(s.startswith("More than 1,800 people have been ordered") for s in kept)
    assert any(s.startswith("Regional emergency officials say") for s in kept)


def _sentences_of(doc) -> list[str]:
    return [doc.sentence_text(i) for i in range(len(doc.sentences))]


def test_related_headlines_under_a_label_go_though_one_speaks_of_an_alert():
    """From a QA helper's outbreak reports: under "Lire aussi", "Mpox : l'OMS maintient son niveau d'alerte maximal"
    (read as the page speaking of its alerts, so no listed title) stopped the list, and both headlines stood as the
    report's last claims."""
    titles = ["Mpox : l'OMS maintient son niveau d'alerte maximal",
              "Rougeole : la vaccination recule en Afrique de l'Est"]
    page = "\n".join([FR_HEADLINE, FR_ARTICLE[0], FR_ARTICLE[1], "Lire aussi", *titles, FR_ARTICLE[2], FR_ARTICLE[3]])
    removed = {page[r.start:r.end]: r.label for r in find_removed(page)}
    assert all(removed.get(t) == "related-articles list" for t in titles)


def test_what_the_review_of_the_day_s_page_rules_found(tmp_path):
    """The review: rows of share buttons with their counts ("Share | 12 comments", "Share on X | 340") were kept as a
    table of key figures; a Markdown masthead ("# Valmora Daily News") over the headline was kept as the headline; a
    page's reading time ("Reading time | 3 min") read as a time ended the article before its last paragraph."""
    page = "\n\n".join(["Floods kill 17 in northern Valmora", "By Ana Ruiz", "Published 12 March 2024",
                        "The death toll from the floods in northern Valmora has risen to 17, the civil protection "
                        "agency said on Monday.", "Share | 12 comments", "Tweet | 48 shares",
                        "More than 3,000 people have been evacuated from their homes in the region, officials said.",
                        "Listen to this article | 4 min", "Reading time | 3 min",
                        "Most of the evacuated residents are staying with relatives, the mayor said."])
    removed = {page[r.start:r.end] for r in find_removed(page)}
    assert {"Share | 12 comments", "Tweet | 48 shares", "Reading time | 3 min"} <= removed
    assert "Most of the evacuated residents are staying with relatives, the mayor said." not in removed
    report = tmp_path / "daily.md"
    report.write_text("# Valmora Daily News\n\nHome | World | Politics | Sport\n\n## Floods kill 17 in northern Valmora\n\n"
                      "The death toll from the floods in northern Valmora has risen to 17, the civil protection agency "
                      "said on Monday.\n\nMore than 3,000 people have been evacuated from their homes, officials said.\n",
                      encoding="utf-8")
    doc = prepare(read_path(report))
    assert doc.sentence_text(0) == "Floods kill 17 in northern Valmora"


def test_a_short_markdown_headline_in_title_case_stays(tmp_path):
    """The second review: "# Norvane Buys Kestrel" (five words or fewer, in title case) went as a masthead; the
    heading nearest above the first paragraph is the headline."""
    report = tmp_path / "deal.md"
    report.write_text("# Norvane Buys Kestrel\n\nBy Anna Perez | 14 March 2024\n\nShare | Tweet | Email\n\nNorvane, the "
                      "Danish shipping group, said on Monday it had agreed to buy its rival Kestrel Lines for 2.1 "
                      "billion euros.\n", encoding="utf-8")
    assert prepare(read_path(report)).sentence_text(0) == "Norvane Buys Kestrel"


def test_an_analysis_headline_over_its_section_headings_stays(tmp_path):
    """A QA helper's central-bank analysis: its "# The central bank cuts again, …" went as a line before the
    headline, and its first section's "## A widely expected decision", the heading nearest the first paragraph, was
    taken for the headline. A headline of six words or more keeps the lower headings under it as sections."""
    report = tmp_path / "analysis.md"
    report.write_text("# The central bank cuts again, but the doves are running out of room\n\n*Analysis* · By Miriam "
                      "Castellane · 3 December 2026\n\n## A widely expected decision\n\nThe Estavian National Bank "
                      "lowered its policy rate on Thursday, to 3.25%, its fifth cut since June 2025.\n\nMost economists "
                      "polled before the meeting had expected the move, and markets had priced it in.\n", encoding="utf-8")
    doc = prepare(read_path(report))
    assert doc.sentence_text(0) == "The central bank cuts again, but the doves are running out of room"


def test_what_the_verdict_and_wildfire_pages_showed(tmp_path):
    """Two QA helpers' sets (stop 65): a headline over "Share on Facebook   Share on X   Copy link" went as a line
    before the headline (the buttons read as a menu), and a live page's "# Wildfire: firefighter dies …" went because
    its "## Key events" label, the heading nearest the first paragraph, was taken for the headline."""
    pasted = prepare(from_text("Norbridge boss jailed for eight years\nShare on Facebook   Share on X   Copy link\n\n"
                               "Graham Whitcombe was jailed for eight years on Friday.\n\nHis lawyer, Helen Marsh, said "
                               "her client would appeal against the sentence.\n", "ledger.txt"))
    assert pasted.sentence_text(0) == "Norbridge boss jailed for eight years"
    live = tmp_path / "liveblog.md"
    live.write_text("# Wildfire: firefighter dies as blaze burns 7,900 acres\n\n*Last updated 19:05 CEST, Wednesday 23 "
                    "July*\n\n## Key events\n\nThe firefighter who was seriously injured on Tuesday evening has died in "
                    "hospital, the fire service said.\n", encoding="utf-8")
    assert prepare(read_path(live)).sentence_text(0) == "Wildfire: firefighter dies as blaze burns 7,900 acres"


def test_a_live_box_inside_an_article_is_left_out_and_a_live_page_s_entries_stay():
    """From a QA helper's earthquake page: a box of the outlet's running updates inside the article ("EN DIRECT",
    "14h05 — Le bilan passe à 41 morts …") was read as the report's, its aftershock as the quake's magnitude and its
    toll as the report's. A live page whose entries are its text keeps them."""
    article = ("Séisme en Arvénie : au moins 40 morts\n\nUn violent séisme a frappé samedi le nord de l'Arvénie, faisant "
               "au moins 40 morts, selon un bilan provisoire de la protection civile.\n\nQuelque 3 000 habitants ont "
               "été évacués et hébergés dans des gymnases et sous des tentes.\n\nEN DIRECT\n\n14h05 — Le bilan passe à "
               "41 morts, selon la protection civile\n\n13h40 — Une réplique de magnitude 5,1 ressentie à Valcerro\n\n"
               "Suivez notre direct\n\nLe gouvernement a débloqué 50 millions d'euros d'aide d'urgence pour les "
               "sinistrés.")
    removed = {article[r.start:r.end]: r.label for r in find_removed(article)}
    assert removed["13h40 — Une réplique de magnitude 5,1 ressentie à Valcerro"] == "live updates box"
    assert not any("50 millions" in line for line in removed)  # the article goes on after the box
    live = "EN DIRECT\n\n" + "\n\n".join(f"{10 + k}h05 — Les secours ont dégagé une nouvelle victime des décombres "
                                         f"du quartier {k} de Valcerro, selon la protection civile." for k in range(9))
    assert not any(label == "live updates box" for label in (r.label for r in find_removed(live)))
    blog = ("LIVE\n\n14:05 — Death toll rises to 41, civil protection says\n\nRescuers are still searching the rubble "
            "of the old town, where several buildings collapsed overnight.\n\nThe regional governor has asked the army "
            "for help with the search.\n\n13:40 — A magnitude 5.1 aftershock shook Valcerro\n\nResidents fled into the "
            "streets again after the aftershock, which caused no new damage.\n")  # a review: its newest entry had gone
    assert [blog[r.start:r.end] for r in find_removed(blog)] == ["LIVE"]


def test_a_live_page_s_update_note_between_two_entries_does_not_end_its_article():
    """A QA helper's saved live page: "Updated at 11.40pm CEST" under one entry read as a comment's date, the article
    ended there, and the next entry went as after the article (beside a "Read more:" line). A cookie notice alone
    above the headline is the page's too."""
    text = ("We use cookies to personalise content.\n\nRiverford flood live: lower town evacuated\n\n"
            "Water rose 1.8 metres above the quay overnight, the river authority said.\n\n"
            "Updated at 9.58am BST\n\nThe mayor ordered the evacuation of the lower town.\n\n"
            "Read more: Why Riverford keeps flooding and what the new barrier was meant to fix")
    removed = {text[r.start:r.end] for r in find_removed(text)}
    assert "The mayor ordered the evacuation of the lower town." not in removed
    assert {"We use cookies to personalise content.", "Updated at 9.58am BST"} <= removed
    assert any(r.startswith("Read more:") for r in removed)
    dated = text.replace("Updated at 9.58am BST", "12 March 2024 at 14:02")  # a comment's date still ends it
    assert "The mayor ordered the evacuation of the lower town." in {dated[r.start:r.end] for r in find_removed(dated)}


def test_a_markdown_report_s_portuguese_byline_with_its_post_is_no_sentence(tmp_path):
    """A QA helper's Portuguese Markdown report: "*Por Inês Carvalho, enviada especial a Westmark City*" stood as a
    sentence and was linked to a German report's dateline ("Von …" and "By …" went)."""
    path = tmp_path / "p.md"
    path.write_text("# Progressistas vencem eleições em Westmark\n\n*Por Inês Carvalho, enviada especial a Westmark "
                    "City*\n\nA Aliança Progressista venceu as eleições regionais de domingo em Westmark.\n",
                    encoding="utf-8")
    kept = _sentences(prepare(read_path(path)))
    assert "A Aliança Progressista venceu as eleições regionais de domingo em Westmark." in kept
    assert not [s for s in kept if "Carvalho" in s]


def test_a_saved_page_s_rubric_kicker_over_its_headline_goes_and_a_short_paragraph_stays(tmp_path):
    """A QA tester's Portuguese page: the kicker "Empresas · Automóvel" (a section and its subsection over the
    headline) was the report's first sentence, joined the headline's claim and was marked a name only this source
    has. It is the page's furniture; the headline is the first sentence and the title, and a paragraph of three words
    stays."""
    from desktop.engine.pipeline import prepare

    page = ("<html lang='pt-PT'><head><meta charset='utf-8'><title>Norvane chama às oficinas 127 mil carros | "
            "EconomiaViva</title></head><body><nav><a href='/'>Início</a> <a href='/economia'>Economia</a> "
            "<a href='/mercados'>Mercados</a></nav><main><article><p class='kicker'>Empresas · Automóvel</p>"
            "<h1>Norvane chama às oficinas 127 mil carros elétricos</h1>"
            "<p class='byline'>Por Marta Figueiredo · 17 de março de 2026</p>"
            "<p>A fabricante alemã Norvane vai chamar às oficinas 127 mil veículos elétricos em todo o mundo, por "
            "risco de incêndio nas baterias.</p><p>Não houve feridos.</p>"
            "<p>Na bolsa de Frankfurt, as ações da Norvane caíram 4,2% na terça-feira, depois do anúncio.</p>"
            "</article></main><footer><p>© 2026 EconomiaViva. Todos os direitos reservados.</p></footer></body></html>")
    path = tmp_path / "economiaviva.html"
    path.write_text(page, encoding="utf-8")
    doc = prepare(read_path(path))
    sentences = [doc.sentence_text(i) for i in range(len(doc.sentences))]
    assert sentences[0] == "Norvane chama às oficinas 127 mil carros elétricos"
    assert "Não houve feridos." in sentences and len(sentences) == 4
    assert "Empresas · Automóvel" in [doc.text[r.start:r.end] for r in doc.removed]
    assert doc.source.title == "Norvane chama às oficinas 127 mil carros elétricos"
