"""Leave-one-topic-out cross-validation of the story settings (link/topic_cv.py)."""

from pathlib import Path

import pytest

from eventwire.link import stories, topic_cv


def _coded(doc_id: str, text: str) -> dict:
    return {"id": doc_id, "title": "", "published": None, "text": text, "actors": [],
            "places": [], "events": []}


def test_a_setting_holds_only_inside_its_block():
    shipped = stories.JOIN_THRESHOLD
    with topic_cv.setting({"JOIN_THRESHOLD": 0.9}):
        assert stories.JOIN_THRESHOLD == 0.9
    assert shipped == stories.JOIN_THRESHOLD


def test_per_document_bcubed_restricted_to_some_documents():
    gold = ["1-a", "1-a", "1-b", "2-a"]
    predicted = ["x", "x", "x", "y"]
    found = topic_cv.per_document(gold, predicted)
    assert found[2] == pytest.approx((1 / 3, 1.0))
    assert found[0] == pytest.approx((2 / 3, 1.0))
    # without document 2 the first story is pure
    assert topic_cv.per_document(gold, predicted, [0, 1, 3])[0] == (1.0, 1.0)
    assert topic_cv.score({0: (1.0, 0.5), 1: (0.5, 0.5)}) == pytest.approx((0.75, 0.5, 0.6))


def test_a_name_contrast_lowers_articles_that_share_no_name():
    a = {"quake": 1.0, "@ann": 2.0}
    b = {"quake": 1.0, "@bob": 2.0}
    with topic_cv.setting({"NAME_CONTRAST": 1.0}):
        plain, sharing = stories.similarity(a, b), stories.similarity(a, a | b)
    assert plain > 0
    with topic_cv.setting({"NAME_CONTRAST": 0.5}):
        assert stories.similarity(a, b) == pytest.approx(0.5 * plain)
        assert stories.similarities([a, b], {}, 2)[0, 1] == pytest.approx(0.5 * plain)
        # a name in common: no contrast
        assert stories.similarity(a, a | b) == pytest.approx(sharing)


def test_cross_validation_scores_each_topic_under_the_setting_the_others_chose(tmp_path: Path):
    quake = "earthquake struck valley town magnitude tremor rubble rescuers"
    vote = "parliament election ballots candidates seats turnout observers"
    docs = [("1_1ecb", "1-ecb", _coded("1_1ecb", quake)), ("1_2ecb", "1-ecb", _coded("1_2ecb", quake)),
            ("2_1ecb", "2-ecb", _coded("2_1ecb", vote)), ("2_2ecb", "2-ecb", _coded("2_2ecb", vote))]
    template = topic_cv.empty_store(tmp_path)
    predicted = topic_cv.link_documents([c for _, _, c in docs], template)
    assert predicted[0] == predicted[1] != predicted[2] == predicted[3]
    # a threshold nothing reaches keeps every article alone: recall 0.5, which no fold chooses
    found = topic_cv.cross_validate(docs, [{"JOIN_THRESHOLD": 2.0}, {"JOIN_THRESHOLD": 0.1}],
                                    progress=lambda _: None)
    assert found["chosen"] == {"JOIN_THRESHOLD=0.1": 2}
    assert found["cv_f1"] == pytest.approx(1.0)
