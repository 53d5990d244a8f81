"""Reports of one comparison are told apart by name: outlets' pages saved under one file name in their own folders,
two pages with one headline, the same file opened twice."""
import json
import shutil
import subprocess
import sys

import pytest

from conftest import SAMPLES

from desktop.engine.ingest import from_text, read_path
from desktop.engine.source_names import brief_names, distinct_names


def _copies(tmp_path, folders, name="story.txt"):
    paths = []
    for folder, sample in zip(folders, sorted(SAMPLES.glob("*.txt"))):
        (tmp_path / folder).mkdir(parents=True)
        paths.append(tmp_path / folder / name)
        shutil.copy(sample, paths[-1])
    return paths


def test_reports_saved_under_one_file_name_are_named_by_their_folders(tmp_path):
    paths = _copies(tmp_path, ["afp", "reuters"])
    res = subprocess.run([sys.executable, "-m", "desktop", "compare", *map(str, paths), "--json"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert [s["name"] for s in json.loads(res.stdout)["sources"]] == ["afp/story.txt", "reuters/story.txt"]


def test_folders_are_added_until_the_names_differ(tmp_path):
    paths = _copies(tmp_path, ["2026/afp", "2025/afp"])
    names = [s.name for s in distinct_names([read_path(p) for p in paths])]
    assert names == ["2026/afp/story.txt", "2025/afp/story.txt"]


def test_saved_pages_are_named_by_their_outlet_else_their_file_and_say_where_each_is(tmp_path):
    """A page is named by its outlet (og:site_name), else by its file, as a text file is; its headline is its title
    (the column shows both). Two pages of one name (two saved index.html, two stories of one outlet) take the end
    of their paths."""
    page = "<html><head><title>Floods in Valencia</title>{}</head><body><p>{}</p></body></html>"
    site = '<meta property="og:site_name" content="{}">'
    for outlets, names in (((None, None), ["elpais/index.html", "bbc/index.html"]),
                           (("El País", "El País"), ["El País (elpais/index.html)", "El País (bbc/index.html)"])):
        paths = []
        for folder, outlet, body in zip(("elpais", "bbc"), outlets,
                                        ("Heavy rain flooded Valencia on Tuesday, killing three people.",
                                         "Three people died when floods hit Valencia on Tuesday.")):
            (tmp_path / folder).mkdir(exist_ok=True)
            paths.append(tmp_path / folder / "index.html")
            paths[-1].write_text(page.format(site.format(outlet) if outlet else "", body), encoding="utf-8")
        sources = [read_path(p) for p in paths]
        assert sources[0].title == sources[1].title == "Floods in Valencia"
        assert [s.name for s in distinct_names(sources)] == names


def test_the_same_file_twice_and_two_pastes_are_numbered_and_other_names_kept():
    sample = read_path(sorted(SAMPLES.glob("*.txt"))[0])
    pastes = [from_text("The bridge collapsed on Tuesday.", "Pasted text"), from_text("It fell.", "Pasted text")]
    named = distinct_names([sample, sample, *pastes])
    assert [s.name for s in named] == [sample.name, f"{sample.name} (2)", "Pasted text", "Pasted text (2)"]
    assert [s.text for s in named] == [sample.text, sample.text, *(p.text for p in pastes)]
    other = read_path(sorted(SAMPLES.glob("*.txt"))[1])
    assert distinct_names([sample, other]) == [sample, other]


def test_a_file_added_again_takes_the_next_free_number():
    """Found by a review: the window renames its list each time a report is added, and 'a.txt (2)' was given twice."""
    sample = read_path(sorted(SAMPLES.glob("*.txt"))[0])
    twice = distinct_names([sample, sample])
    assert [s.name for s in distinct_names([*twice, sample])] == [sample.name, f"{sample.name} (2)", f"{sample.name} (3)"]


@pytest.mark.parametrize("after, name", [("Iberia Tech Wire", "Iberia Tech Wire"), ("World news", "page.html"),
                                         ("Opinion", "page.html"), ("Page 2", "page.html"),
                                         ("Politique", "page.html")])
def test_a_section_the_tab_title_names_is_no_outlet(tmp_path, after, name):
    """From the review: a page without og:site_name was named after what its tab's title gives after the headline,
    which is as often the site's section ("World news", "Page 2") as the site."""
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Kestrel Mobile admits breach | {after}</title></head><body><p>Kestrel Mobile "
                    "said on Tuesday that hackers had copied the names of 2.3 million customers.</p></body></html>",
                    encoding="utf-8")
    assert read_path(path).name == name


def test_brief_names_leave_out_what_every_name_shares():
    """What a narrow column or the grid's header shows: the start every file name shares (up to a separator) and the
    extension they all have left out; names that would not differ, or keep under three characters, stay whole."""
    assert brief_names(["jobcuts_a_wire_en.txt", "jobcuts_b_business_en.txt", "jobcuts_c_fr.txt"]) == [
        "a_wire_en", "b_business_en", "c_fr"]
    assert brief_names(["2024-03-01_reuters.txt", "2024-03-01_afp.txt"]) == ["reuters", "afp"]
    assert brief_names(["reuters.txt", "afp.txt", "lemonde.html"]) == ["reuters.txt", "afp.txt", "lemonde.html"]
    assert brief_names(["story_1.txt", "story_2.txt"]) == ["story_1", "story_2"]
    assert brief_names(["wire.txt", "wire.md"]) == ["wire.txt", "wire.md"]
    assert brief_names(["Veltris to cut jobs", "Veltris slides"]) == ["Veltris to cut jobs", "Veltris slides"]
    assert brief_names(["Maßnahmen_report_alpha.txt", "Maßnahmen_report_bravo.txt"]) == ["alpha", "bravo"]  # review


def test_files_sharing_a_first_word_lose_it_beside_other_names():
    """Found by QA: six reports, three headers and three grid columns read "layoffs_…", two "jobcuts_…"."""
    six = ["layoffs_meridian_wire.txt", "layoffs_valdremont_business.md", "layoffs_gazette_economique.docx",
           "L'Écho de la Lère", "jobcuts_a_wire_en.txt", "jobcuts_c_fr.txt"]
    assert brief_names(six) == ["meridian_wire.txt", "valdremont_business.md", "gazette_economique.docx",
                                "L'Écho de la Lère", "a_wire_en.txt", "c_fr.txt"]
    both = ["layoffs_wire.txt", "layoffs_desk.txt", "jobcuts_wire.txt", "jobcuts_desk.txt"]
    assert brief_names(both) == both  # "wire" twice: they stay whole


def test_files_sharing_an_outlet_s_name_before_their_versions_keep_it():
    """The review: "reuters_update1.txt", "reuters_update2.txt" beside "ap.txt" read "update1", "update2" (the
    outlet gone), and "lemonde_2026-12-01.html" read "01.html"."""
    assert brief_names(["reuters_update1.txt", "reuters_update2.txt", "ap.txt"]) == [
        "reuters_update1", "reuters_update2", "ap"]
    assert brief_names(["lemonde_2026-12-01.html", "lemonde_2026-12-02.html", "afp.txt"]) == [
        "lemonde_2026-12-01.html", "lemonde_2026-12-02.html", "afp.txt"]
