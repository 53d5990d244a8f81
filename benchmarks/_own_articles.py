"""Short news reports written for the page-cleaning development set (German, Spanish, Italian), two reports of one
invented event per language, so pages in those languages have article text of their own language.
Each report: (headline, [paragraphs])."""

ARTICLES = {
    "de": [
        ("Hochwasser in Passau: Altstadt teilweise evakuiert", [
            "Nach tagelangen Regenfällen ist die Donau in Passau am Dienstagmorgen über die Ufer getreten. Die Stadt ließ Teile der Altstadt räumen.",
            "Nach Angaben der Feuerwehr mussten rund 800 Menschen ihre Wohnungen verlassen. Verletzt wurde nach ersten Erkenntnissen niemand.",
            "„Wir rechnen damit, dass der Pegel bis zum Abend weiter steigt“, sagte Oberbürgermeister Jürgen Dupper bei einer Pressekonferenz.",
            "Der Deutsche Wetterdienst warnte vor weiteren Niederschlägen in Niederbayern. Erst am Donnerstag soll sich die Lage entspannen.",
            "Schulen und Kindergärten in der Innenstadt bleiben bis Ende der Woche geschlossen.",
        ]),
        ("Passau kämpft gegen das Hochwasser", [
            "Die Donau hat in Passau die Marke von acht Metern überschritten. Hunderte Anwohner wurden in Notunterkünfte gebracht.",
            "Die Stadtverwaltung sprach von etwa 800 Betroffenen in der Altstadt und am Innufer.",
            "Helfer des Technischen Hilfswerks bauten in der Nacht mobile Schutzwände auf.",
            "Oberbürgermeister Dupper rief die Bevölkerung auf, die Uferbereiche zu meiden. Der Schulunterricht fällt bis Freitag aus.",
        ]),
    ],
    "es": [
        ("Un incendio forestal obliga a desalojar tres pueblos en Valencia", [
            "Un incendio declarado el domingo por la tarde en la sierra de Espadán ha obligado a desalojar a unos 1.200 vecinos de tres municipios.",
            "Según los bomberos, las llamas avanzan empujadas por vientos de hasta 60 kilómetros por hora y ya han quemado más de 900 hectáreas.",
            "«La prioridad es proteger a la población», declaró el presidente de la Generalitat en una rueda de prensa celebrada en Segorbe.",
            "Trabajan en la zona ocho medios aéreos y más de 200 efectivos terrestres. La carretera CV-200 permanece cortada.",
            "Los vecinos desalojados pasaron la noche en un polideportivo habilitado por la Cruz Roja.",
        ]),
        ("Miles de hectáreas arrasadas en la sierra de Espadán", [
            "El fuego que comenzó el domingo en la sierra de Espadán sigue sin control y ha calcinado ya cerca de mil hectáreas.",
            "Las autoridades han desalojado a más de mil personas de tres pueblos cercanos como medida de precaución.",
            "El viento complica las labores de extinción, explicó un portavoz del consorcio provincial de bomberos.",
            "La Cruz Roja atendió durante la noche a los desalojados en un pabellón deportivo de Segorbe.",
        ]),
    ],
    "it": [
        ("Frana sulla statale del Brennero, traffico bloccato per ore", [
            "Una frana si è staccata nella notte tra lunedì e martedì sopra la statale del Brennero, all'altezza di Colle Isarco.",
            "Secondo i vigili del fuoco nessun veicolo è stato colpito, ma la strada è rimasta chiusa per quasi sei ore.",
            "«Abbiamo avuto fortuna, a quell'ora il traffico era scarso», ha detto il sindaco di Brennero ai giornalisti.",
            "I geologi della Provincia stanno esaminando il versante per valutare il rischio di nuovi crolli.",
            "Le auto sono state deviate sull'autostrada, dove si sono formate code fino a dieci chilometri.",
        ]),
        ("Brennero, chiusa la statale dopo una frana notturna", [
            "Massi e detriti hanno invaso la carreggiata della statale 12 vicino a Colle Isarco poco dopo le tre di notte.",
            "Non ci sono feriti. La circolazione è ripresa solo a metà mattinata su una corsia.",
            "Il sindaco ha spiegato che i controlli sul versante continueranno per tutta la settimana.",
            "Lunghe code si sono registrate sull'autostrada del Brennero in direzione sud.",
        ]),
    ],
}
