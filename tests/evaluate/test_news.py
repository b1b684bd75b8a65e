"""The news set's scorer on hand-made sentences: pairing, weights, estimates, agreement, and
the conversion of annotators' span texts into offsets."""

from __future__ import annotations

import pytest

from eventwire.evaluate.news import agreement, labels, score
from eventwire.evaluate.news.frame import FrameRow, read_frame, read_frame_meta
from eventwire.evaluate.news.labels import GoldEvent, Label
from eventwire.evaluate.split import keeper
from eventwire.records import Entity, Event, SentenceRef, Span

SENTENCE = "Kenyan police arrested dozens of protesters in Nairobi on Tuesday."
#           0         1         2         3         4         5         6
POLICE, PROTESTERS = (0, 13), (33, 43)


def entity(start: int, end: int, country: str | None = "KEN") -> Entity:
    return Entity(SENTENCE[start:end], start, end, country=country)


def event(kind: str = "COERCE", actor=(POLICE,), recipient=(PROTESTERS,), modality="asserted",
          negated=False, countries=("KEN", "KEN")) -> Event:
    return Event(id="e", type=kind, mode=None, contexts=[],
                 actor=[entity(*s, countries[0]) for s in actor],
                 recipient=[entity(*s, countries[1]) for s in recipient], date=None, location=None,
                 cameo=None, quad=None, intensity=None, trigger=Span("arrested", 14, 22),
                 sentence=SentenceRef(0, 0, len(SENTENCE)), modality=modality, negated=negated)


def gold(kind: str = "COERCE", source=POLICE, target=PROTESTERS, **fields) -> GoldEvent:
    return GoldEvent(kind, None, source, target, source_country="KEN", target_country="KEN", **fields)


def row(sid: str = "voa:1:0", corpus: str = "voa", doc: str = "1", emitted: bool = True) -> FrameRow:
    return FrameRow(sid, corpus, doc, 0, len(SENTENCE), "random", emitted, "check")


def test_a_coder_event_with_type_roles_and_modality_right_is_record_right():
    scored = score.score_sentence(row(), 1.0, [event()], [gold()])
    assert scored.type_right == [True] and scored.record_right == [True] and scored.found == [True]


def test_swapped_roles_are_type_right_but_not_record_right():
    scored = score.score_sentence(row(), 1.0, [event(actor=(PROTESTERS,), recipient=(POLICE,))], [gold()])
    assert scored.type_right == [True] and scored.record_right == [False]


def test_a_directed_gold_event_is_not_right_with_both_parties_as_actors():
    assert not score.record_right(event(actor=(POLICE, PROTESTERS), recipient=()), gold())
    assert not score.record_right(event(actor=(PROTESTERS,), recipient=(POLICE,)), gold(source=None))


def test_a_reciprocal_gold_event_accepts_either_direction_and_all_parties_as_actors():
    reciprocal = gold("CONSULT", reciprocal=True)
    assert score.record_right(event("CONSULT", actor=(PROTESTERS,), recipient=(POLICE,)), reciprocal)
    assert score.record_right(event("CONSULT", actor=(POLICE, PROTESTERS), recipient=()), reciprocal)


def test_modality_and_negation_must_match():
    assert not score.record_right(event(modality="future"), gold())
    assert not score.record_right(event(negated=True), gold())
    assert score.record_right(event(modality="future"), gold(modality="future"))


def test_a_gold_side_with_no_span_is_right_when_empty_or_of_the_gold_country():
    unnamed = gold(source=None)
    assert score.record_right(event(actor=()), unnamed)
    assert score.record_right(event(), unnamed)                           # KEN == KEN
    assert not score.record_right(event(countries=("UGA", "KEN")), unnamed)


def test_country_precision_also_needs_the_gold_countries():
    assert score.record_right(event(countries=("UGA", "KEN")), gold())
    assert not score.record_right(event(countries=("UGA", "KEN")), gold(), countries=True)


def test_pairing_is_one_to_one_and_prefers_record_right_pairs():
    events = [event(actor=(PROTESTERS,), recipient=(POLICE,)), event()]
    scored = score.score_sentence(row(), 1.0, events, [gold()])
    assert scored.type_right == [False, True] and scored.found == [True]
    assert scored.record_found == [True]


def test_pairing_finds_the_largest_set_of_record_right_pairs():
    # `flexible` is record-right for both gold events, `strict` (no actor) only for the first,
    # whose source the sentence does not name: greedy pairing in order would waste `flexible`
    flexible, strict = event(), event(actor=())
    scored = score.score_sentence(row(), 1.0, [flexible, strict], [gold(source=None), gold()])
    assert scored.record_right == [True, True] and scored.record_found == [True, True]


def test_a_part_with_no_events_has_no_estimates_but_no_error():
    figures = score.summary([score.score_sentence(row(), 1.0, [], [])])
    assert figures["type_precision"] is None and figures["event_recall"] is None
    assert figures["sentences"] == 1


def test_estimates_weigh_each_sentence():
    right = score.score_sentence(row("voa:1:0"), 3.0, [event()], [gold()])
    wrong = score.score_sentence(row("voa:2:0", doc="2"), 1.0, [event("ASSAULT")], [])
    missed = score.score_sentence(row("voa:3:0", doc="3"), 2.0, [], [gold("ASSAULT")])
    figures = score.estimates([right, wrong, missed])
    assert figures["type_precision"] == pytest.approx(3 / 4)
    assert figures["event_recall"] == pytest.approx(3 / 5)
    assert score.estimates([missed])["type_precision"] is None


def test_weights_are_documents_over_drawn_times_stratum_over_sampled():
    # two drawn documents of 10 (4 emitting) and 20 (2 emitting) sentences; 8 documents in the part
    meta = {"corpora": {"voa": {"per_document": {"1": [10, 4], "2": [20, 2]}}}}
    rows = [row("voa:1:0", doc="1", emitted=True), row("voa:1:5", doc="1", emitted=False),
            row("voa:2:0", doc="2", emitted=False)]
    found = score.weights(rows, meta, {"voa": ["1", "2"]}, {"voa": 8})
    # documents: 8 / 2; emitting stratum: 6 sentences, 1 sampled; the other: 24 sentences, 2 sampled
    assert found == {"voa:1:0": pytest.approx(4 * 6), "voa:1:5": pytest.approx(4 * 12),
                     "voa:2:0": pytest.approx(4 * 12)}


def test_drawn_documents_follow_the_part_and_the_limit():
    meta = {"corpora": {"ecbplus": {"per_document": {"4_1ecb": [5, 1], "4_2ecb": [5, 1], "1_1ecb": [5, 1]}},
                        "geo": {"per_document": {"0": [5, 1], "1": [5, 1]}}}}
    assert score.drawn_documents(meta, keeper("check")) == {"ecbplus": ["4_1ecb", "4_2ecb"], "geo": ["1"]}
    assert score.drawn_documents(meta, keeper("tune")) == {"ecbplus": ["1_1ecb"], "geo": ["0"]}
    assert score.drawn_documents(meta, None, limit=2) == {"ecbplus": ["4_1ecb", "4_2ecb"]}


def test_resampling_units_are_ecb_topics_and_include_unsampled_documents():
    scored = [score.score_sentence(row("ecbplus:4_1ecb:0", "ecbplus", "4_1ecb"), 1.0, [], [gold()]),
              score.score_sentence(row("ecbplus:4_2ecb:0", "ecbplus", "4_2ecb"), 1.0, [], [gold()])]
    found = score.units(scored, {"ecbplus": ["4_1ecb", "4_2ecb", "9_3ecb"], "voa": ["7"]})
    assert {k: len(v) for k, v in found["ecbplus"].items()} == {"ecbplus:4": 2, "ecbplus:9": 0}
    assert dict(found["voa"]) == {"voa:7": []}


def test_bootstrap_intervals_hold_the_estimate():
    scored = [score.score_sentence(row(f"voa:{n}:0", doc=str(n)), 1.0,
                                   [event("ASSAULT" if n % 3 else "COERCE")], [gold()]) for n in range(30)]
    intervals = score.bootstrap(scored, rounds=200)
    low, high = intervals["all"]["type_precision"]
    assert low <= score.estimates(scored)["type_precision"] <= high
    assert low < high
    assert intervals["type:COERCE"]["type_precision"] == (1.0, 1.0)   # every COERCE is right
    assert intervals["corpus:voa"]["event_recall"] == intervals["all"]["event_recall"]


def test_precision_is_grouped_by_the_coders_type_and_recall_by_the_gold_type():
    mixed = score.score_sentence(row(), 1.0, [event("ASSAULT")], [gold("COERCE")])
    groups = score.grouped([mixed])
    assert groups["type:ASSAULT"]["type_precision"] == 0.0 and groups["type:ASSAULT"]["event_recall"] is None
    assert groups["type:COERCE"]["event_recall"] == 0.0 and groups["type:COERCE"]["type_precision"] is None


def test_cohen_kappa_of_known_tables():
    assert agreement.cohen_kappa(["A", "B", "A", "B"], ["A", "B", "A", "B"]) == 1.0
    assert agreement.cohen_kappa(["A", "A", "B", "B"], ["A", "B", "A", "B"]) == pytest.approx(0.0)
    # 20 items: 15 agree; marginals 10/10 and 11/9 -> expected 0.5; kappa = (0.75 - 0.5) / 0.5
    first = ["A"] * 10 + ["B"] * 10
    second = ["A"] * 8 + ["B"] * 2 + ["A"] * 3 + ["B"] * 7
    assert agreement.cohen_kappa(first, second) == pytest.approx(0.5)


def test_agreement_lists_every_sentence_whose_records_differ():
    a = {"s1": Label("s1", "A", [gold()]), "s2": Label("s2", "A", []), "s3": Label("s3", "A", [gold()])}
    b = {"s1": Label("s1", "B", [gold()]), "s2": Label("s2", "B", [gold("ASSAULT")]),
         "s3": Label("s3", "B", [gold(modality="future")])}
    found = agreement.agreement(a, b)
    assert found["disagreements"] == ["s2", "s3"]
    assert found["sentences"] == 3 and found["modality_agreement"] == pytest.approx(1 / 2)


def test_annotators_span_texts_become_document_offsets():
    sentences = {"voa:1:100": (SENTENCE, 100)}
    record = {"sid": "voa:1:100", "events": [{"type": "COERCE", "mode": "arrest", "source": "Kenyan police",
                                              "target": "dozens of  protesters", "trigger": "arrested",
                                              "source_country": "KEN", "source_sector": "COP"}]}
    found, problems = labels.convert([record], sentences, "A1")
    assert problems == []
    [stored] = found[0].events
    assert stored.source == (100, 113) and stored.target == (123, 143) and stored.trigger == (114, 122)
    assert labels.from_json(labels.to_json(found[0])) == found[0]


def test_a_bad_annotation_is_reported_not_stored():
    sentences = {"voa:1:0": (SENTENCE, 0)}
    bad = {"sid": "voa:1:0", "events": [{"type": "ATTACK"}, {"type": "COERCE", "mode": "bomb",
                                                             "source": "the army", "source_sector": "XYZ"}]}
    found, problems = labels.convert([bad, {"sid": "nope", "events": []}], sentences, "A1")
    assert "voa:1:0: type 'ATTACK' is not a PLOVER type" in problems
    assert "voa:1:0: mode 'bomb' is not a mode of COERCE" in problems
    assert "voa:1:0: source 'the army' is not in the sentence" in problems
    assert "voa:1:0: source_sector 'XYZ' is not a PLOVER sector" in problems
    assert "nope: not a sentence of the frame" in problems
    assert len(found) == 1 and [e.type for e in found[0].events] == ["COERCE"]


def test_the_shipped_news_set_is_whole_and_consistent():
    rows = read_frame()
    meta = read_frame_meta()
    primary, second = score.read_annotations()
    assert len(rows) >= 1200 and {r.sid for r in rows} == set(primary)
    assert len(second) >= 200 and set(second) <= set(primary)
    assert sum(bool(label.events) for label in score.final_labels().values()) >= 400
    assert {r.corpus for r in rows} == set(meta["corpora"]) and len(meta["corpora"]) >= 4
    adjudicated = {label.sid for label in labels.load_labels(score.DATA / score.ADJUDICATED)}
    assert set(agreement.agreement(primary, second)["disagreements"]) == adjudicated
    for r in rows:
        assert r.sid == f"{r.corpus}:{r.doc_id}:{r.start}" and r.start < r.end
        assert r.doc_id in meta["corpora"][r.corpus]["per_document"]


def test_an_annotators_file_with_bad_lines_reports_each(tmp_path):
    path = tmp_path / "A9.jsonl"
    path.write_text('{"sid": "voa:1:0", "events": []}\nnot json\n[1, 2]\n', encoding="utf-8")
    records, problems = labels.read_records(path)
    assert records == [{"sid": "voa:1:0", "events": []}]
    assert [p.split(": ", 1)[0] for p in problems] == [f"{path}:2", f"{path}:3"]
    with pytest.raises(labels.GoldDataError, match="cannot read the annotations"):
        labels.read_records(tmp_path / "missing.jsonl")


def test_a_sentence_labelled_twice_by_one_annotator_is_refused(tmp_path):
    path = tmp_path / "annotations.jsonl"
    line = '{"sid": "voa:1:0", "annotator": "A1", "events": []}\n'
    path.write_text(line + line, encoding="utf-8")
    with pytest.raises(labels.GoldDataError, match=r":2: voa:1:0 is labelled twice by A1"):
        labels.load_labels(path)
    path.write_text(line + line.replace("A1", "A2"), encoding="utf-8")
    with pytest.raises(labels.GoldDataError, match="annotated twice"):
        score.read_annotations(tmp_path)


def test_every_frame_row_is_in_the_part_of_its_document():
    from eventwire.evaluate.news.corpora import part_key
    from eventwire.evaluate.split import part_of

    meta = read_frame_meta()
    sampled: dict[tuple[str, bool], int] = {}
    for r in read_frame():
        assert r.part == part_of(part_key(r.corpus, r.doc_id))
        sampled[(r.corpus, r.emitted)] = sampled.get((r.corpus, r.emitted), 0) + 1
    for (corpus, emitted), n in sampled.items():
        info = meta["corpora"][corpus]
        population = info["emitting_sentences"] if emitted else info["sentences"] - info["emitting_sentences"]
        assert n <= population


def test_the_curve_keeps_only_events_at_or_above_each_threshold():
    weak, strong = event("ASSAULT"), event()
    weak.confidence, strong.confidence = 0.3, 0.8
    scored = [score.score_sentence(row(), 1.0, [weak, strong], [gold()])]
    curve = score.by_threshold(scored)
    assert curve["0.00"]["coder_events"] == 2 and curve["0.00"]["type_precision"] == 0.5
    assert curve["0.50"]["coder_events"] == 1 and curve["0.50"]["type_precision"] == 1.0
    assert curve["0.85"]["coder_events"] == 0 and curve["0.85"]["event_recall"] == 0.0
    bins = score.confidence_bins(scored)
    assert bins["0.2-0.4"]["type_precision"] == 0.0 and bins["0.8-0.9"]["type_precision"] == 1.0


def test_span_texts_are_found_as_whole_words_nearest_the_trigger():
    find_span = labels.find_span
    sentence = "Then the envoy met them, and he thanked the envoy for the talks."
    # "he" is a word of its own, not the end of "Then", "the" or "them"
    he = sentence.index(" he ") + 1
    assert find_span("he", sentence, 100) == (100 + he, 100 + he + 2)
    # of two occurrences, the one nearest the trigger ("thanked")
    second = sentence.rindex("the envoy")
    assert find_span("the envoy", sentence, 0, near=sentence.index("thanked")) == (second, second + 9)
    assert find_span("the envoy", sentence, 0) == (5, 14)
    assert find_span("THE ENVOY", sentence, 0) == (5, 14)     # case and spaces are forgiven
    assert find_span("the ambassador", sentence, 0) is None
