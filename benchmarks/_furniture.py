"""Page furniture written for the page-cleaning development set, in five languages, and a page builder.

Every string here was written for this project (no page was copied). ``build_page`` wraps an article (its
headline and paragraphs) the way a browser's select-all + copy of a news page does: site name, menus and a
breadcrumb before the headline; byline, dates, reading time, share buttons after it; inserts between
paragraphs; tags, bio, rating prompt, related links, newsletter, cookie notice, copyright and footer menus after
the last paragraph. Each line of the page is labelled "article", "headline" or "furniture".
"""
from __future__ import annotations

import random
from dataclasses import dataclass

NAMES = ["Claire Moreau", "Tom Whitaker", "Jonas Albrecht", "Lucía Ferrer", "Giulia Conti", "Marc Lenoir",
         "Sarah O'Connell", "Katrin Vogt", "Diego Márquez", "Paolo Rinaldi"]

FURNITURE = {
    "fr": dict(
        sites=["Le Courrier du Matin", "L'ÉCHO RÉGIONAL", "Info-Continent", "La Gazette des Deux Rives"],
        nav=["Accueil", "International", "Politique", "Économie", "Société", "Culture", "Sports", "Idées",
             "Vidéos", "Podcasts", "Le Direct"],
        root="Accueil", sections=["Monde", "Amérique latine", "Économie", "Banques", "Justice", "Europe"],
        extras_top=["Se connecter", "S'abonner 1 € le premier mois", "Édition du soir", "Menu", "Rechercher",
                    "EN DIRECT", "Mon compte"],
        byline=["Par {name}", "{name}, envoyée spéciale", "Par {name} avec AFP", "{name} - Rédaction web"],
        dates=["Publié le {d} {m} {y} à {h}h{mi}", "Mis à jour le {d}/{mo}/{y} à {h}:{mi}", "{d} {m} {y}",
               "Publié aujourd'hui à {h}h{mi}, modifié à {h2}h{mi}", "Le {d}/{mo}/{y} à {h}h{mi}"],
        reading=["Lecture {n} min.", "Temps de lecture : {n} min", "⏱ {n} minutes de lecture"],
        counters=["Réagir ({n} commentaires)", "{n} commentaires", "Commenter · {n}", "💬 {n}"],
        share=["Partager", "Facebook", "Twitter", "Envoyer par e-mail", "Copier le lien", "Offrir cet article",
               "Ajouter à mes favoris", "Écouter cet article", "Lire plus tard"],
        inserts=["Publicité", "Lire aussi : {link}", "À lire aussi", "Article réservé aux abonnés",
                 "La suite après cette publicité", "[VIDÉO] {link}", "Contenus sponsorisés"],
        caption=["Photo : {agency} / {name}", "Illustration. © {agency}", "(Photo d'archives {agency})",
                 "Crédit photo : {name} pour Le Courrier"],
        tags=["Mots-clés : {tags}", "Sujets : {tags}", "Thèmes associés"],
        bio=["{name} est journaliste au service {section} depuis {y2}. Elle suit l'actualité de la région.",
             "Journaliste, {name} couvre {section} pour la rédaction."],
        rating=["Cet article vous a-t-il été utile ? Oui Non", "Avez-vous trouvé cet article intéressant ?",
                "Noter cet article : ★★★★☆"],
        related=["Sur le même sujet", "Nos articles liés", "Les plus lus", "À découvrir"],
        links=["Les marchés européens reculent après l'annonce de la BCE", "Un incendie ravage un entrepôt près de Lyon",
               "Pourquoi les loyers continuent de grimper dans les grandes villes",
               "Le Tour de France 2024 partira de Florence", "Vingt ans après, que reste-t-il du référendum ?",
               "Ces villages qui refusent la fermeture de leur école", "Météo : un week-end sous la pluie"],
        newsletter=["Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
                    "Inscrivez-vous à notre lettre d'information", "Votre adresse e-mail", "Je m'inscris"],
        cookie=["Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site. "
                "En poursuivant votre navigation, vous acceptez leur utilisation.", "Tout accepter", "Paramétrer"],
        footer=["Mentions légales | Contact | Plan du site | Politique de confidentialité | Gérer les cookies",
                "Qui sommes-nous ?", "Nous contacter", "Recrutement", "Annonces légales"],
        copyright=["© {y} Le Courrier du Matin. Tous droits réservés.", "Tous droits de reproduction réservés - {y}"],
        app=["Téléchargez l'application", "Suivez-nous", "Recevoir les alertes"],
    ),
    "en": dict(
        sites=["The Morning Ledger", "NORTHERN STAR", "Global Wire Today", "The Harbour Times"],
        nav=["Home", "News", "World", "Politics", "Business", "Opinion", "Science", "Sport", "Culture",
             "Travel", "Video", "Newsletters"],
        root="Home", sections=["World", "Americas", "Europe", "Business", "Markets", "Crime"],
        extras_top=["Sign in", "Subscribe", "Today's paper", "Search", "LIVE", "Menu", "Edition: UK"],
        byline=["By {name}", "{name}, Staff Writer", "By {name} and {name2}", "Written by {name}"],
        dates=["Published {m_en} {d}, {y} at {h}:{mi} a.m. ET", "Updated {h}:{mi} PM GMT, {d} {m_en} {y}",
               "{m_en} {d}, {y}", "Last modified on Tue {d} {m_en} {y} {h}.{mi} BST", "{d}/{mo}/{y}"],
        reading=["{n} min read", "Reading time: {n} minutes", "Listen to this article · {n} min"],
        counters=["{n} comments", "Comments ({n})", "View {n} comments", "{n} shares"],
        share=["Share", "Share on Facebook", "Share on X", "Email", "Copy link", "Save", "Gift this article",
               "Print this page"],
        inserts=["Advertisement", "Read more: {link}", "Story continues below advertisement", "RELATED: {link}",
                 "Sponsored content", "Skip past newsletter promotion", "Watch: {link}"],
        caption=["Photograph: {name}/{agency}", "Image: {agency}", "(Photo by {name}/{agency} via Getty Images)",
                 "File photo. Credit: {agency}"],
        tags=["Topics: {tags}", "Tags", "More on: {tags}"],
        bio=["{name} is a senior correspondent covering {section} for The Morning Ledger.",
             "{name} has reported on {section} since {y2}. Follow her on X."],
        rating=["Was this article helpful? Yes No", "How would you rate this story?", "Thanks for your feedback."],
        related=["Related stories", "More from World", "Most read", "You might also like"],
        links=["Stocks slide as investors weigh rate outlook", "Inside the race to rebuild a flooded town",
               "What the new tariffs mean for your weekly shop", "Ten places to visit before the summer rush",
               "Opinion: The quiet crisis in local journalism", "Police name man killed in motorway crash",
               "How a small bakery became a national brand"],
        newsletter=["Get our morning briefing delivered to your inbox every weekday.",
                    "Sign up for the Ledger Daily", "Enter your email address", "Sign up"],
        cookie=["We use cookies and similar technologies to personalise content and ads and to analyse our traffic. "
                "You can change your choices at any time.", "Accept all", "Manage preferences"],
        footer=["About us | Contact | Careers | Terms of use | Privacy policy | Accessibility",
                "Help centre", "Advertise with us", "Corrections"],
        copyright=["© {y} The Morning Ledger Ltd. All rights reserved.", "Copyright {y} Global Wire Today"],
        app=["Download our app", "Follow us", "Get breaking news alerts"],
    ),
    "de": dict(
        sites=["Abendkurier", "RHEIN-ZEITUNG ONLINE", "Nachrichtenportal Mitte", "Der Stadtanzeiger"],
        nav=["Startseite", "Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Wissen", "Meinung",
             "Regional", "Video", "Podcast"],
        root="Startseite", sections=["Ausland", "Lateinamerika", "Wirtschaft", "Finanzen", "Europa"],
        extras_top=["Anmelden", "Abo testen", "Suche", "Menü", "Newsticker", "E-Paper"],
        byline=["Von {name}", "{name}, Korrespondentin", "Von {name} und {name2}", "Autor: {name}"],
        dates=["Veröffentlicht am {d}.{mo}.{y}, {h}:{mi} Uhr", "Aktualisiert: {d}.{mo}.{y} - {h}:{mi} Uhr",
               "{d}. {m_de} {y}", "Stand: {d}.{mo}.{y} {h}:{mi} Uhr", "vor {n} Stunden"],
        reading=["Lesezeit: {n} Min.", "{n} Minuten Lesezeit", "Artikel anhören · {n} Min."],
        counters=["Kommentare ({n})", "{n} Kommentare", "Jetzt kommentieren ({n})"],
        share=["Teilen", "Auf Facebook teilen", "Twittern", "Per E-Mail senden", "Link kopieren", "Merken",
               "Drucken"],
        inserts=["Anzeige", "Lesen Sie auch: {link}", "Mehr zum Thema: {link}", "Werbung",
                 "Artikel für Abonnenten", "Weiter nach der Anzeige"],
        caption=["Foto: {agency}/{name}", "Bild: {agency}", "Archivbild. Foto: {name}", "© {agency}"],
        tags=["Schlagworte: {tags}", "Themen: {tags}", "Mehr zu diesen Themen"],
        bio=["{name} ist Redakteurin im Ressort {section} und berichtet seit {y2} aus der Region.",
             "{name} arbeitet als Korrespondentin für den Abendkurier."],
        rating=["War dieser Artikel hilfreich? Ja Nein", "Wie gefällt Ihnen dieser Artikel?", "Danke für Ihr Feedback!"],
        related=["Das könnte Sie auch interessieren", "Mehr zum Thema", "Meistgelesen", "Weitere Artikel"],
        links=["Börse in Frankfurt schließt mit leichtem Minus", "Wie ein Dorf seine Schule rettete",
               "Bahnstreik: Was Pendler jetzt wissen müssen", "Die besten Wanderwege im Schwarzwald",
               "Kommentar: Zeit für eine echte Reform", "Unwetter richtet schwere Schäden in Bayern an"],
        newsletter=["Erhalten Sie jeden Morgen die wichtigsten Nachrichten direkt in Ihr Postfach.",
                    "Jetzt den Newsletter abonnieren", "Ihre E-Mail-Adresse", "Anmelden"],
        cookie=["Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mit der Nutzung "
                "unserer Website stimmen Sie dem zu.", "Alle akzeptieren", "Einstellungen"],
        footer=["Impressum | Datenschutz | Kontakt | AGB | Cookie-Einstellungen", "Über uns", "Mediadaten", "Jobs"],
        copyright=["© Abendkurier {y}. Alle Rechte vorbehalten.", "Copyright © {y} Nachrichtenportal Mitte GmbH"],
        app=["Jetzt die App herunterladen", "Folgen Sie uns", "Push-Nachrichten aktivieren"],
    ),
    "es": dict(
        sites=["El Diario del Sur", "LA VOZ DIGITAL", "Crónica Global Hoy", "El Mirador"],
        nav=["Portada", "Internacional", "España", "Economía", "Sociedad", "Cultura", "Deportes", "Opinión",
             "Tecnología", "Vídeos"],
        root="Inicio", sections=["Internacional", "América Latina", "Economía", "Europa", "Sucesos"],
        extras_top=["Iniciar sesión", "Suscríbete", "Buscar", "Menú", "Última hora", "Hemeroteca"],
        byline=["Por {name}", "{name}, enviada especial", "Redacción / {name}", "{name} | Agencias"],
        dates=["Publicado el {d} de {m_es} de {y}, {h}:{mi}", "Actualizado {d}/{mo}/{y} {h}:{mi} h",
               "{d} {m_es} {y} - {h}:{mi} CET", "hace {n} horas"],
        reading=["Tiempo de lectura: {n} min", "{n} minutos de lectura", "Lectura: {n} min"],
        counters=["{n} comentarios", "Comentarios ({n})", "Ver {n} comentarios"],
        share=["Compartir", "Compartir en Facebook", "Compartir en X", "Enviar por correo", "Copiar enlace",
               "Guardar", "Imprimir"],
        inserts=["Publicidad", "Lee también: {link}", "Más información: {link}", "Contenido patrocinado",
                 "Sigue leyendo tras la publicidad"],
        caption=["Foto: {agency} / {name}", "Imagen de archivo. {agency}", "(Foto: {name} / {agency})"],
        tags=["Etiquetas: {tags}", "Temas: {tags}", "Archivado en"],
        bio=["{name} es periodista de la sección de {section} desde {y2} y cubre la actualidad de la región.",
             "{name} es corresponsal de El Diario del Sur."],
        rating=["¿Te ha resultado útil este artículo? Sí No", "¿Qué te ha parecido esta noticia?",
                "Gracias por tu valoración"],
        related=["Noticias relacionadas", "Te puede interesar", "Lo más leído", "Más noticias"],
        links=["La bolsa cierra la semana con pérdidas moderadas", "Así se vive en el pueblo más pequeño de España",
               "Claves para entender la nueva ley de vivienda", "Diez playas para visitar este verano",
               "Opinión: el reto de la sequía", "Un temporal deja miles de hogares sin luz"],
        newsletter=["Recibe cada mañana las noticias más importantes en tu correo electrónico.",
                    "Suscríbete a nuestro boletín", "Tu correo electrónico", "Apuntarme"],
        cookie=["Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, "
                "consideramos que acepta su uso.", "Aceptar todo", "Configurar"],
        footer=["Aviso legal | Política de privacidad | Contacto | Mapa web | Publicidad", "Quiénes somos",
                "Trabaja con nosotros", "Política de cookies"],
        copyright=["© {y} El Diario del Sur. Todos los derechos reservados.", "Copyright © Crónica Global Hoy {y}"],
        app=["Descarga nuestra app", "Síguenos", "Activar notificaciones"],
    ),
    "it": dict(
        sites=["Il Corriere della Valle", "LA GAZZETTA ONLINE", "Notizie Adesso", "Il Faro"],
        nav=["Home", "Cronaca", "Politica", "Esteri", "Economia", "Cultura", "Sport", "Spettacoli",
             "Tecnologia", "Video", "Podcast"],
        root="Home", sections=["Esteri", "America Latina", "Economia", "Europa", "Cronaca"],
        extras_top=["Accedi", "Abbonati", "Cerca", "Menu", "Ultim'ora", "Edicola digitale"],
        byline=["di {name}", "Di {name}", "{name}, inviata", "A cura di {name}"],
        dates=["Pubblicato il {d} {m_it} {y} alle {h}:{mi}", "Aggiornato il {d}/{mo}/{y} - {h}:{mi}",
               "{d} {m_it} {y}", "{n} ore fa", "Ultimo aggiornamento: {d}/{mo}/{y} {h}:{mi}"],
        reading=["Tempo di lettura: {n} minuti", "{n} min di lettura", "Ascolta l'articolo · {n} min"],
        counters=["Commenti ({n})", "{n} commenti", "Leggi i {n} commenti"],
        share=["Condividi", "Condividi su Facebook", "Condividi su X", "Invia per email", "Copia link", "Salva",
               "Stampa"],
        inserts=["Pubblicità", "Leggi anche: {link}", "Potrebbe interessarti: {link}", "Contenuto sponsorizzato",
                 "Continua a leggere dopo la pubblicità"],
        caption=["Foto: {agency}/{name}", "Foto d'archivio {agency}", "(Foto {agency})", "Immagine: {name}"],
        tags=["Tag: {tags}", "Argomenti: {tags}", "Parole chiave"],
        bio=["{name} è giornalista della redazione {section} dal {y2} e segue la cronaca internazionale.",
             "{name} è corrispondente del Corriere della Valle."],
        rating=["Ti è stato utile questo articolo? Sì No", "Valuta questo articolo", "Grazie per il tuo voto"],
        related=["Articoli correlati", "Ti potrebbe interessare", "I più letti", "Altre notizie"],
        links=["Borsa di Milano in calo dopo i dati sull'inflazione", "Il borgo che ha salvato la sua scuola",
               "Cosa cambia con la nuova legge sugli affitti", "Dieci spiagge da scoprire quest'estate",
               "L'opinione: il futuro dei piccoli comuni", "Maltempo, allerta arancione in tre regioni"],
        newsletter=["Ricevi ogni mattina le notizie più importanti direttamente nella tua casella di posta.",
                    "Iscriviti alla nostra newsletter", "Il tuo indirizzo email", "Iscriviti"],
        cookie=["Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione accetti "
                "l'utilizzo dei cookie.", "Accetta tutti", "Personalizza"],
        footer=["Note legali | Privacy | Contatti | Mappa del sito | Pubblicità", "Chi siamo", "Lavora con noi",
                "Informativa cookie"],
        copyright=["© {y} Il Corriere della Valle S.p.A. Tutti i diritti riservati.", "Copyright {y} Notizie Adesso"],
        app=["Scarica la nostra app", "Seguici", "Attiva le notifiche"],
    ),
}

MONTHS = {"m": ["janvier", "mars", "juillet", "octobre"], "m_en": ["January", "March", "July", "October"],
          "m_de": ["Januar", "März", "Juli", "Oktober"], "m_es": ["enero", "marzo", "julio", "octubre"],
          "m_it": ["gennaio", "marzo", "luglio", "ottobre"]}
AGENCIES = ["AFP", "Reuters", "AP", "dpa", "EFE", "ANSA", "Getty Images"]
SEPARATORS = [" | ", " · ", " / ", "   ", " • "]
CRUMBS = [" > ", " › ", " / ", " » "]


@dataclass
class Page:
    text: str
    lines: list[tuple[str, str]]  # (line, label)
    headline: str | None


def _fill(template: str, rng: random.Random, f: dict) -> str:
    name, name2 = rng.sample(NAMES, 2)
    values = dict(name=name, name2=name2, agency=rng.choice(AGENCIES), n=rng.randint(2, 48),
                  d=rng.randint(1, 28), mo=f"{rng.randint(1, 12):02d}", y=rng.randint(2008, 2024),
                  y2=rng.randint(1998, 2015), h=rng.randint(6, 22), h2=rng.randint(6, 22),
                  mi=f"{rng.randint(0, 59):02d}", section=rng.choice(f["sections"]).lower(),
                  link=rng.choice(f["links"]), tags=", ".join(rng.sample(f["sections"], 3)))
    values.update({f"tag{k + 1}": t.replace(" ", "") for k, t in enumerate(rng.sample(f["sections"], 3))})
    values.update({k: rng.choice(v) for k, v in MONTHS.items()})
    return template.format(**values)


def _some(rng: random.Random, items: list[str], low: int, high: int) -> list[str]:
    return rng.sample(items, min(len(items), rng.randint(low, high)))


def _top(f: dict, rng: random.Random) -> list[str]:
    out = [rng.choice(f["sites"])]
    if rng.random() < 0.5:
        out += _some(rng, f["extras_top"], 1, 3)
    nav = _some(rng, f["nav"], 4, 9)
    out += nav if rng.random() < 0.4 else [rng.choice(SEPARATORS).join(nav)]
    if rng.random() < 0.3:
        out.append(f["cookie"][0])
        out += f["cookie"][1:]
    if rng.random() < 0.8:
        crumbs = [f["root"]] + rng.sample(f["sections"], rng.randint(1, 2))
        out.append(rng.choice(CRUMBS).join(crumbs))
    elif rng.random() < 0.5:
        out.append(rng.choice(f["sections"]).upper())
    return out


def _meta(f: dict, rng: random.Random) -> list[str]:
    pools = [f["byline"], f["dates"], f["dates"], f["reading"], f["counters"]]
    out = [_fill(rng.choice(p), rng, f) for p in pools if rng.random() < 0.6]
    if rng.random() < 0.5:
        out += _some(rng, f["share"], 1, 4)
    if rng.random() < 0.4:
        out.append(_fill(rng.choice(f["caption"]), rng, f))
    return out


def _tail(f: dict, rng: random.Random) -> list[str]:
    blocks: list[list[str]] = []
    if rng.random() < 0.6:
        tags = rng.choice(f["tags"])
        blocks.append([_fill(tags, rng, f)] if "{" in tags else [tags] + rng.sample(f["sections"], 3))
    if rng.random() < 0.5:
        blocks.append([_fill(rng.choice(f["bio"]), rng, f)])
    if rng.random() < 0.5:
        blocks.append([rng.choice(f["rating"])])
    if rng.random() < 0.6:
        blocks.append([_fill(rng.choice(f["counters"]), rng, f)] + _some(rng, f["share"], 0, 3))
    if rng.random() < 0.8:
        blocks.append([rng.choice(f["related"])] + _some(rng, f["links"], 3, 5))
    if rng.random() < 0.5:
        blocks.append(_some(rng, f["newsletter"], 2, 4))
    if rng.random() < 0.3:
        blocks.append(f["cookie"])
    if rng.random() < 0.4:
        blocks.append(_some(rng, f["app"], 1, 3))
    if "comments" in f and rng.random() < 0.5:
        blocks.append(_comments(f, rng))
    rng.shuffle(blocks)
    foot = [f["footer"][0]] if rng.random() < 0.6 else _some(rng, f["footer"][1:], 2, 3)
    return [ln for b in blocks for ln in b] + foot + [_fill(rng.choice(f["copyright"]), rng, f)]


def _comments(f: dict, rng: random.Random) -> list[str]:
    """Readers' comments: a counter, then pseudonym, time, text and buttons for two or three readers."""
    names, when, buttons, texts = f["comments"][:3], f["comments"][3], f["comments"][4:6], f["comments"][6:]
    out = [_fill(rng.choice(f["counters"]), rng, f)]
    for name in rng.sample(names, rng.randint(2, 3)):
        out += [name, _fill(when, rng, f), rng.choice(texts)] + buttons[:rng.randint(1, 2)]
    return out


def build_page(headline: str | None, paragraphs: list[str], lang: str, rng: random.Random,
               blank_lines: bool, furniture: dict | None = None) -> Page:
    """One pasted page: ``headline`` and ``paragraphs`` (article text) wrapped in furniture of ``lang``."""
    f = (furniture or FURNITURE)[lang]
    lines = [(t, "furniture") for t in _top(f, rng)]
    meta = [(t, "furniture") for t in _meta(f, rng)]
    if headline:
        lines.append((headline, "headline"))
    if rng.random() < 0.3 and meta:  # the byline and date sometimes come before the headline
        lines[-1:-1] = meta
        meta = []
    lines += meta
    for k, para in enumerate(paragraphs):
        lines.append((para, "article"))
        if 0 < k < len(paragraphs) - 1 and rng.random() < 0.18:
            lines.append((_fill(rng.choice(f["inserts"] + f["caption"]), rng, f), "furniture"))
    lines += [(t, "furniture") for t in _tail(f, rng)]
    joiner = "\n\n" if blank_lines else "\n"
    return Page(joiner.join(t for t, _ in lines) + "\n", lines, headline)
