"""A page's time stamp of publication or update and a publication's subscription offer are page furniture in every
language the engine reads; sentences of a report that speak of publishing, prices or subscribers stay. From a QA
tester's drug-trial story told in a saved page, a Markdown file, a .docx and a plain text."""
import pytest

from desktop.engine.clean_lines import Line
from desktop.engine.furniture import shape_reason
from desktop.engine.ingest import read_path
from desktop.engine.pipeline import prepare_all


def _reason(text: str) -> str | None:
    return shape_reason(Line(0, len(text), text, 0))


def _sentences(doc) -> list[str]:
    return [doc.sentence_text(i) for i in range(len(doc.sentences))]


def _removed(doc) -> list[str]:
    return [doc.source.text[r.start:r.end] for r in doc.removed]


@pytest.mark.parametrize("line", [
    "Publié le 2 décembre 2026 à 18h42, mis à jour le 2 décembre 2026 à 20h10",
    "Publié le mercredi 2 décembre 2026 à 18h42.",
    "Published on 2 December 2026 at 18:42 GMT. Last updated on 2 December 2026 at 20:10 GMT",
    "Publicado el 2 de diciembre de 2026 a las 18:42, actualizado el 2 de diciembre de 2026 a las 20:10",
    "Veröffentlicht am Mittwoch, 2. Dezember 2026, 18:42 Uhr. Zuletzt aktualisiert am 2. Dezember 2026, 20:10 Uhr.",
    "Pubblicato il 2 dicembre 2026 alle ore 18:42, aggiornato il 2 dicembre 2026 alle 20:10",
    "Publicado em 2 de dezembro de 2026 às 18h42",
    "Atualizado em 2 de dezembro de 2026 às 20h10",
])
def test_a_time_stamp_of_publication_or_update_is_furniture_in_each_language(line):
    assert _reason(line) == "publication time"


@pytest.mark.parametrize("line", [
    "Le décret a été publié le 2 décembre 2026 au Journal officiel.",
    "Published in The Lancet on 2 December 2026, the study followed 12,480 patients.",
    "Updated guidance was published on 2 December 2026.",
    "Publié en 2021, l'essai VESTA n'avait montré aucun bénéfice.",
    "Los resultados se publicaron el 2 de diciembre de 2026.",
])
def test_a_sentence_about_a_publication_and_its_date_stays(line):
    assert _reason(line) is None


def _drug_trial_html(tmp_path, between: str = "") -> str:
    page = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Un traitement réduit le risque "
            "d'infarctus - L'Écho national</title></head><body><article>"
            "<h1>Un traitement réduit le risque d'infarctus</h1>"
            f"{between}<p class='byline'>Par Claire Méravel</p>"
            "<p class='date'>Publié le 2 décembre 2026 à 18h42, mis à jour le 2 décembre 2026 à 20h10</p>"
            "<p>Les chercheurs ont suivi 12 480 patients dans 14 pays pendant trois ans.</p>"
            "</article></body></html>")
    (tmp_path / "ca.html").write_text(page, encoding="utf-8")
    (tmp_path / "cb.md").write_text(
        "# Un traitement réduit le risque d'infarctus\n\n"
        "*Par Sophie Larrieu — publié le 03/12/2026 à 07h15 — mis à jour à 09h02*\n\n"
        "Les chercheurs ont suivi 12 480 patients dans 14 pays pendant trois ans.\n", encoding="utf-8")
    return prepare_all([read_path(tmp_path / "ca.html"), read_path(tmp_path / "cb.md")])


def test_a_saved_page_s_publication_line_goes_as_the_markdown_file_s_dated_byline_does(tmp_path):
    """The page's "Publié le …, mis à jour le …" was a claim only it made, its day and times four numbers only it
    gave; and, taken for the headline (a longer title-shaped line), it sent the real headline above it out as a
    line other pages carry at their edge, while the Markdown file's same headline was shown as its alone."""
    page, md = _drug_trial_html(tmp_path)
    assert "Publié le 2 décembre 2026 à 18h42, mis à jour le 2 décembre 2026 à 20h10" in _removed(page)
    assert _sentences(page) == _sentences(md) == [
        "Un traitement réduit le risque d'infarctus",
        "Les chercheurs ont suivi 12 480 patients dans 14 pays pendant trois ans."]


def test_a_saved_page_s_h1_is_its_headline_as_a_markdown_heading_is(tmp_path):
    """The page's <h1> went as a line other pages carry at their edge (the Markdown report has the same headline)
    when a longer title-shaped line under it, a standfirst without a stop, was read as the headline; the Markdown
    file marks its "# …" as its headline, and the page now marks its <h1> so too."""
    standfirst = "Une étude menée auprès de 12 480 patients dans 14 pays montre un effet net du corvalitide"
    page, md = _drug_trial_html(tmp_path, f"<p class='chapo'>{standfirst}</p>")
    assert page.source.meta["heading"] == "Un traitement réduit le risque d'infarctus"
    assert _sentences(page)[:2] == ["Un traitement réduit le risque d'infarctus", standfirst]
    assert _sentences(md)[0] == "Un traitement réduit le risque d'infarctus"


def test_a_site_s_name_in_an_h1_is_no_headline(tmp_path):
    page = ("<html lang='en'><head><meta charset='utf-8'><title>Heart drug trial | The Valdonia Herald</title></head>"
            "<body><div><h1>The Valdonia Herald</h1></div><div>World | Health | Science</div>"
            "<div><h2>Weekly injection cuts heart attack risk by a third, trial finds</h2></div>"
            "<div>Researchers followed 12,480 patients in 14 countries for three years.</div>"
            "<div>The trial was funded by Helvarin Pharma, the company that makes the drug.</div></body></html>")
    (tmp_path / "herald.html").write_text(page, encoding="utf-8")
    assert "heading" not in read_path(tmp_path / "herald.html").meta


@pytest.mark.parametrize("line", [
    "Subscribe to Vital Health magazine: 12 issues for £24.99.",
    "Vital Health magazine: 12 issues for £24.99. Subscribe today.",
    "Get 12 issues of Vital Health for just £24.99.",
    "Sign up for the Morning Briefing newsletter.",
    "Abonnez-vous à Santé Magazine : 12 numéros pour 24,99 €.",
    "Inscrivez-vous à la newsletter Santé du Quotidien.",
    "Suscríbete a Vida Sana: 12 números por 24,99 euros.",
    "Jetzt abonnieren: 12 Ausgaben für nur 24,99 Euro.",
    "Melden Sie sich für unseren Newsletter an.",
    "Abbonati a Salute Oggi: 12 numeri a 24,99 euro.",
    "Assine a Vida Saudável: 12 edições por 24,99 euros.",
])
def test_a_subscription_or_newsletter_offer_is_furniture_in_each_language(line):
    assert _reason(line) == "subscription offer"


@pytest.mark.parametrize("line", [
    "Netflix raised its subscription price to £12.99 a month.",
    "Subscribers will pay €9.99 per month from January.",
    "Les abonnés paieront 24,99 € par an à partir de janvier.",
    "The magazine sells 12 issues a year for £24.99.",
    "The company said readers could get 12 issues for £24.99.",
    "Subscribe to the DVSA recall alerts to be told when your car is affected.",
    '"Subscribe to our newsletter," the advert read.',
    "Try as they might, the rescuers could not reach the magazine's offices.",
    "Veltaro compte environ 9 millions d'abonnés en Irlande, au Royaume-Uni et en Italie.",
])
def test_a_report_s_sentence_about_prices_or_subscribers_stays(line):
    assert _reason(line) is None


def test_a_document_s_subscription_promo_is_no_claim_with_key_numbers(tmp_path):
    """The .docx closed on the magazine's promotion, a claim only it made with "£24.99" and "12" as key numbers."""
    import docx

    document = docx.Document()
    for text in ["The study was funded by Helvarin Pharma, which makes the drug.",
                 "Always talk to your GP before changing any medication.",
                 "Subscribe to Vital Health magazine: 12 issues for £24.99."]:
        document.add_paragraph(text)
    document.save(tmp_path / "cc.docx")
    (tmp_path / "cd.txt").write_text("The trial was funded by Helvarin Pharma, the company that makes the drug.\n",
                                     encoding="utf-8")
    _, cc = prepare_all([read_path(tmp_path / "cd.txt"), read_path(tmp_path / "cc.docx")])
    assert _removed(cc) == ["Subscribe to Vital Health magazine: 12 issues for £24.99."]
    assert _sentences(cc) == ["The study was funded by Helvarin Pharma, which makes the drug.",
                              "Always talk to your GP before changing any medication."]
