"""Story clustering (engine.stories) and batch planning, without Dask and without the sentence model."""
from collections import Counter
from datetime import date

import numpy as np
import pytest

from desktop.batch import plan
from desktop.batch.discover import Input, discover, read_stories
from desktop.batch.tasks import ReadResult
from desktop.engine.model import Options, Source, SynopticError
from desktop.engine.stories import Profile, average_linkage, cluster, similarity, tfidf_cosines


def _profile(key: str, axis: int, names=(), words=(), day=None) -> Profile:
    lead = np.zeros(8, dtype=np.float32)
    lead[axis] = 1.0
    return Profile(key, lead, Counter(names), Counter(words), day)


def test_average_linkage_stops_at_the_threshold():
    sim = np.array([[1, .9, .1, .1], [.9, 1, .1, .2], [.1, .1, 1, .8], [.1, .2, .8, 1]], dtype=float)
    assert average_linkage(sim, 0.5) == [0, 0, 1, 1]
    assert average_linkage(sim, 0.95) == [0, 1, 2, 3]
    assert average_linkage(sim, 0.0) == [0, 0, 0, 0]


def test_a_pair_at_minus_infinity_is_never_joined():
    sim = np.array([[1, .9, .9], [.9, 1, -np.inf], [.9, -np.inf, 1]])
    labels = average_linkage(sim, 0.1)
    assert labels[1] != labels[2]


def test_two_reports_sharing_every_word_still_count_them():
    sims = tfidf_cosines([Counter({"pont": 2, "effondrement": 1}), Counter({"pont": 1, "effondrement": 1})])
    assert sims[0, 1] > 0.9


def test_stories_follow_leads_names_and_words():
    bridge = dict(names=("Valmont", "Durand"), words=("pont", "effondrer", "rivière"))
    theft = dict(names=("Louvrac", "Kessler"), words=("musée", "tableau", "voler"))
    profiles = [_profile("a", 0, **bridge), _profile("b", 0, **bridge), _profile("c", 1, **theft),
                _profile("d", 1, **theft), _profile("e", 2, names=("Oslo",), words=("neige",))]
    assert cluster(profiles) == [0, 0, 1, 1, 2]


def test_reports_dated_a_month_apart_are_different_stories():
    words = dict(names=("Valmont",), words=("pont", "effondrer"))
    profiles = [_profile("a", 0, day=date(2024, 3, 1), **words), _profile("b", 0, day=date(2024, 3, 2), **words),
                _profile("c", 0, day=date(2024, 4, 5), **words)]
    labels = cluster(profiles)
    assert labels[0] == labels[1] != labels[2]
    assert similarity(profiles)[0, 2] == -np.inf


def _read(name: str, text: str) -> ReadResult:
    return ReadResult(name, Source(name, text, title=text.split("\n")[0]))


def test_story_names_and_keys_depend_on_content_not_file_names():
    a, b = _read("x/a.txt", "Le pont de Valmont\n\nIl est tombé."), _read("b.txt", "Pont effondré\n\nA Valmont.")
    options = Options()
    [story] = plan.name_stories({"0": [a, b]}, options, from_manifest=False)
    assert story.name.startswith("le-pont-de-valmont-") and story.members == ("x/a.txt", "b.txt")
    renamed = [_read("other.txt", a.source.text), b]
    assert plan.story_key(renamed, options) == story.key
    assert plan.story_key([a, b], Options(threshold=0.3)) != story.key
    assert plan.name_stories({"0": [a]}, options, from_manifest=False) == []  # one report is no comparison


def test_manifest_stories(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"{name}\n\ntext", encoding="utf-8")
    inputs = discover(str(tmp_path))
    manifest = tmp_path / "stories.csv"
    manifest.write_text("story,file\nbridge,a.txt\nbridge,b.txt\n", encoding="utf-8")
    assert read_stories(str(manifest), inputs) == {"a.txt": "bridge", "b.txt": "bridge", "c.txt": ""}
    listing = tmp_path / "list.txt"
    listing.write_text("".join(f"{tmp_path / n}\n" for n in ("a.txt", "b.txt")), encoding="utf-8")
    listed = discover(str(listing))  # absolute paths: the manifest's rows match them by file name
    assert read_stories(str(manifest), listed) == {str(tmp_path / "a.txt"): "bridge", str(tmp_path / "b.txt"): "bridge"}
    manifest.write_text("story,file\nbridge,nope.txt\n", encoding="utf-8")
    with pytest.raises(SynopticError, match="nope.txt"):
        read_stories(str(manifest), inputs)


def test_discover_a_folder_recursively_and_a_manifest(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text("<p>x</p>")
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "notes.xyz").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    assert [i.name for i in discover(str(tmp_path))] == ["b.txt", "sub/a.html"]
    listing = tmp_path / "list.txt"
    listing.write_text("# my files\nb.txt\n\nsub/a.html\n")
    assert discover(str(listing)) == [Input("b.txt", str(tmp_path / "b.txt")), Input("sub/a.html", str(tmp_path / "sub/a.html"))]
    (tmp_path / "empty").mkdir()
    with pytest.raises(SynopticError, match="no reports found"):
        discover(str(tmp_path / "empty"))


def test_a_story_json_opens_as_a_session_next_to_it(seed_comparison, tmp_path):
    import json

    from desktop.cli import _is_contract, story_session
    from desktop.export.contract import to_contract
    from desktop.store.session import Session

    path = tmp_path / "story.json"
    path.write_text(json.dumps(to_contract(seed_comparison), ensure_ascii=False), encoding="utf-8")
    assert _is_contract(str(path)) and not _is_contract(str(tmp_path / "other.json"))
    session = story_session(str(path))
    assert session == str(tmp_path / "story.synoptic")
    with Session.open(session, read_only=True) as s:
        assert len(s.load_comparison().groups) == len(seed_comparison.groups)
    assert story_session(str(path)) == session  # opened again: the same session, with its review work


def test_worker_tasks_turn_failures_into_one_line(tmp_path, monkeypatch):
    from desktop.batch import tasks
    from desktop.engine import pipeline

    missing = tasks.read_report(Input("gone.txt", str(tmp_path / "gone.txt")), 1000)
    assert missing.source is None and missing.error == "no such file"

    def boom(*a, **k):
        raise ValueError("bad\nthing")

    monkeypatch.setattr(pipeline, "compare", boom)
    result = tasks.compare_story("s", "k", [Source("a", "x"), Source("b", "y")], Options())
    assert result.error == "ValueError: bad thing" and not result.contract and result.peak_mb > 0


def test_stories_whose_names_collide_get_distinct_names():
    """Manifest labels that read alike once made file-safe ("a b", "a/b", "a-b-2") each get a name of their own."""
    from desktop.batch.plan import name_stories
    from desktop.engine.model import Options, Source

    class Read:
        def __init__(self, name):
            self.name, self.source = name, Source(name, f"Texte de {name}.")

    groups = {label: [Read(f"{k}a.txt"), Read(f"{k}b.txt")] for k, label in enumerate(["a-b-2", "a b", "a/b"])}
    names = [s.name for s in name_stories(groups, Options(), from_manifest=True)]
    assert len(names) == 3 and len(set(names)) == 3
