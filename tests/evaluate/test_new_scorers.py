"""The Zero-Shot-PLOVER (PLV, AW) and CASE 2021 scorers, on small hand-made files coded by a
fake coder whose events are known; one slow test per set runs the real coder on ../shared."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.errors import GoldDataError
from eventwire.evaluate import case2021, zsp_aw, zsp_plv
from eventwire.evaluate.split import sentence_key
from eventwire.evaluate.zsp_plover import MarkedRow, links, load, locate_marks, select
from eventwire.records import Article, Entity, Event, SentenceRef, Span

# -- building blocks ----------------------------------------------------------------------


def entity(text: str, name: str) -> Entity:
    """An entity for the first `name` in `text`."""
    start = text.index(name)
    return Entity(text=name, start=start, end=start + len(name))


def event(text: str, type_: str, actor: tuple[str, ...] = (), recipient: tuple[str, ...] = (),
          confidence: float = 0.5, mode: str | None = None, negated: bool = False,
          modality: str = "asserted") -> Event:
    return Event(id=f"ev-{type_}", type=type_, mode=mode, contexts=[],
                 actor=[entity(text, a) for a in actor], recipient=[entity(text, r) for r in recipient],
                 date=None, location=None, cameo=None, quad=None, intensity=None,
                 trigger=Span(text[:1], 0, 1), sentence=SentenceRef(0, 0, len(text)),
                 negated=negated, modality=modality, confidence=confidence)


class FakeCoder:
    """Codes a text into an Article with the events given for it (none for other texts)."""

    def __init__(self, events: dict[str, list[Event]]) -> None:
        self.events = events
        self.calls: list[str] = []

    def __call__(self, text: str) -> Article:
        self.calls.append(text)
        return Article(id=f"fake-{len(self.calls)}", text=text, events=self.events.get(text, []))


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


# -- marked pairs -------------------------------------------------------------------------

HAND = "The Kenyan army handed the town back to local elders."


@pytest.mark.parametrize("marked, pair", [
    ("<s>The Kenyan army</s> handed the town back to <t>local elders</t>.", (((0, 15),), ((40, 52),))),
    ("The <s> Kenyan army </s> handed the town back to <t>local elders</t>.", (((4, 15),), ((40, 52),))),
    # the marked copy differs from the sentence: each span is looked up by its text
    ("<s>The Kenyan army</s> gave the town back to <t>local elders</t>.", (((0, 15),), ((40, 52),))),
    # a role marked at each occurrence of its words keeps every occurrence
    ("<t>The</t> Kenyan army handed <t>the</t> town back to <s>local elders</s>.",
     (((40, 52),), ((0, 3), (23, 26)))),
])
def test_marks_become_offsets_in_the_plain_sentence(marked, pair):
    assert locate_marks(HAND, marked) == pair


@pytest.mark.parametrize("marked", [
    "<s>The Somali army</s> handed the town back to <t>local elders</t>.",   # not in the sentence
    "<s>The Kenyan army</s> handed the town back to local elders.",          # no target
    "<s>The Kenyan army</s> handed the town back to <t>local <t>elders</t>.", # nested target
    "<s>The Kenyan army handed the town back to <t>local elders</t>.",       # source never closed
    "<s>The Kenyan army</s> handed the town back to <t></t>local elders.",   # empty target
])
def test_marks_that_cannot_be_placed_make_the_row_unscorable(marked):
    assert locate_marks(HAND, marked) is None


def test_a_repeated_span_is_placed_at_the_occurrence_nearest_its_mark():
    sentence = "Mali said that Mali would expel the envoy."
    marked = "Mali said that <s>Mali</s> will expel <t>the envoy</t>."
    assert locate_marks(sentence, marked) == (((15, 19),), ((32, 41),))


@pytest.mark.parametrize("actor, recipient, expected", [
    (("The Kenyan army",), ("local elders",), True),
    (("Kenyan",), ("elders",), True),                 # overlap, not equality, is enough
    (("local elders",), ("The Kenyan army",), False),  # the wrong direction
    (("The Kenyan army", "local elders"), (), True),    # reciprocal: both parties in actor
    (("The Kenyan army",), (), False),
])
def test_an_event_links_the_pair_when_its_sides_cover_source_and_target(actor, recipient, expected):
    pair = locate_marks(HAND, "<s>The Kenyan army</s> handed the town back to <t>local elders</t>.")
    assert pair is not None
    assert links(event(HAND, "RETREAT", actor, recipient), *pair) is expected


def test_an_entity_on_any_marked_occurrence_covers_the_role():
    sentence = "Chad thanked Niger, and Niger's envoy replied."
    pair = locate_marks(sentence, "<s>Chad</s> thanked <t>Niger</t>, and <t>Niger</t>'s envoy replied.")
    assert pair is not None
    envoy = event(sentence, "SUPPORT", ("Chad",), ("Niger's envoy",))
    assert links(envoy, *pair)


def test_a_file_without_the_gold_column_is_rejected_by_name(tmp_path):
    path = write_tsv(tmp_path / "PLV_train.tsv", ["sentence", "marked_sentence"], [[HAND, HAND]])
    with pytest.raises(GoldDataError, match=r"PLV_train\.tsv: no gold_root column"):
        load(path, "gold_root", {"RETREAT"})


def test_an_unknown_label_is_rejected_with_its_line(tmp_path):
    path = write_tsv(tmp_path / "AW_train.tsv", ["sentence", "marked_sentence", "gold_binary"],
                     [[HAND, HAND, "1"], [HAND, HAND, "yes"]])
    with pytest.raises(GoldDataError, match=r"AW_train\.tsv:3: gold_binary is 'yes'"):
        load(path, "gold_binary", {"0", "1"})


def test_a_row_with_an_extra_field_is_rejected(tmp_path):
    path = tmp_path / "AW_train.tsv"
    path.write_text(f"sentence\tmarked_sentence\tgold_binary\n{HAND}\t{HAND}\t1\textra\n", encoding="utf-8")
    with pytest.raises(GoldDataError, match="wrong number of fields"):
        load(path, "gold_binary", {"0", "1"})


def test_limit_counts_rows_before_the_part_is_taken():
    rows = [MarkedRow(text, None, "1") for text in ("First one.", "Second one.", "Third one.")]
    wanted = {sentence_key("Second one."), sentence_key("Third one.")}
    assert [r.sentence for r in select(rows, 2, wanted.__contains__)] == ["Second one."]


# -- PLV ----------------------------------------------------------------------------------

PULL = "The rebels pulled back from the capital, yielding to the army."
MEET = 'Envoys of Chile and Peru met in "Lima" on Tuesday.'
BLAME = "Ghana blamed Togo for the raid, and the minister rejected the claim."
DHAKA = "Police arrested protesters in Dhaka."
PLV_HEADER = ["", "sentence_id", "sentence", "marked_sentence", "gold_root", "root_L1"]
PLV_ROWS = [
    [PULL, "<s>The rebels</s> pulled back from the capital, yielding to <t>the army</t>.", "YIELD"],
    [MEET, 'Envoys of <s>Chile</s> and <t>Peru</t> met in "Lima" on Tuesday.', "CONSULT"],
    [BLAME, "<s>Ghana</s> blamed <t>Togo</t> for the raid, and the minister rejected the claim.", "ACCUSE"],
    [BLAME, "<t>Ghana</t> blamed <s>Togo</s> for the raid, and the minister rejected the claim.", "ACCUSE"],
    [DHAKA, "<s>Soldiers</s> arrested <t>protesters</t> in Dhaka.", "ASSAULT"],
]
PLV_EVENTS = {
    PULL: [event(PULL, "RETREAT", ("The rebels",), ("the army",), 0.8)],
    MEET: [event(MEET, "CONSULT", ("Chile", "Peru"), (), 0.7)],
    BLAME: [event(BLAME, "ACCUSE", ("Ghana",), ("Togo",), 0.4), event(BLAME, "REJECT", (), (), 0.7)],
    DHAKA: [event(DHAKA, "COERCE", ("Police",), ("protesters",), 0.9)],
}


@pytest.fixture
def plv(tmp_path) -> Path:
    rows = [["", str(n), *row, "AGREE"] for n, row in enumerate(PLV_ROWS)]
    return write_tsv(tmp_path / "PLV_train.tsv", PLV_HEADER, rows)


def plv_figures(path: Path, events=PLV_EVENTS) -> dict:
    return zsp_plv.score(load(path, "gold_root", {"YIELD", "CONSULT", "ACCUSE", "ASSAULT"}),
                         FakeCoder(events))


@pytest.mark.parametrize("figure, value", [
    ("rows", 5), ("sentences", 4), ("unscorable", 1),
    ("type_in_events", 0.8),        # all but the ASSAULT row coded COERCE
    ("type_between_marked", 0.75),  # of 4 scorable rows: not the ACCUSE row marked backwards
    ("pair_event_rows", 0.75),
    ("top_event_accuracy", 0.4),    # RETREAT for YIELD and CONSULT; REJECT outranks ACCUSE
])
def test_plv_figures_on_a_hand_made_file(plv, figure, value):
    assert plv_figures(plv)[figure] == pytest.approx(value)


def test_plv_yield_accepts_retreat(plv):
    figures = plv_figures(plv)
    assert figures["type_in_events_by_type"]["YIELD"] == 1.0
    assert figures["per_type"]["RETREAT"]["f1"] == 1.0


def test_plv_yield_missed_is_charged_to_concede(plv):
    events = {**PLV_EVENTS, PULL: [event(PULL, "AGREE", ("The rebels",), ("the army",))]}
    table = plv_figures(plv, events)["per_type"]
    assert (table["CONCEDE"]["support"], table["RETREAT"]["support"]) == (1, 0)


def test_plv_reciprocal_meeting_lies_between_the_marked_pair(plv):
    assert plv_figures(plv)["type_between_marked_by_type"]["CONSULT"] == 1.0


def test_plv_codes_each_sentence_once(plv):
    coder = FakeCoder(PLV_EVENTS)
    zsp_plv.score(load(plv, "gold_root", {"YIELD", "CONSULT", "ACCUSE", "ASSAULT"}), coder)
    assert sorted(coder.calls) == sorted({PULL, MEET, BLAME, DHAKA})


def test_plv_run_takes_the_limit_then_the_part(plv, monkeypatch):
    monkeypatch.setattr(zsp_plv, "plain_coder", lambda prefix: FakeCoder(PLV_EVENTS))
    keep = {sentence_key(MEET), sentence_key(DHAKA)}.__contains__
    assert zsp_plv.run(plv, limit=3, keep=keep)["rows"] == 1


# -- AW -----------------------------------------------------------------------------------

TROOPS = "Turkey sent troops to help Azerbaijan."
MATCH = "The striker from Brazil scored against Argentina in the final."
DENIED = "Norway denied that it had sanctioned Iran."
BLAMED = "Sweden was criticised by Finland over the border closure."
TALKS = "Qatar hosted envoys from Chad and Sudan."
AW_HEADER = ["uid", "sentence", "marked_sentence", "gold_binary"]
AW_ROWS = [
    [TROOPS, "<s>Turkey</s> sent troops to help <t>Azerbaijan</t>.", "1"],
    [MATCH, "The striker from <s>Brazil</s> scored against <t>Argentina</t> in the final.", "0"],
    [DENIED, "<s>Norway</s> denied that it had sanctioned <t>Iran</t>.", "0"],
    [BLAMED, "<s>Sweden</s> was criticised by <t>Finland</t> over the border closure.", "1"],
    [TALKS, "Qatar hosted envoys from <s>Chad</s> and <t>Sudan</t>.", "1"],
    [TALKS, "<s>Qatar</s> hosted envoys from <t>Chad</t> and Sudan.", "1"],
]
AW_EVENTS = {
    TROOPS: [event(TROOPS, "AID", ("Turkey",), ("Azerbaijan",))],
    MATCH: [event(MATCH, "ASSAULT", ("Brazil",), ("Argentina",))],
    DENIED: [event(DENIED, "SANCTION", ("Norway",), ("Iran",), negated=True)],
    BLAMED: [event(BLAMED, "ACCUSE", ("Finland",), ("Sweden",))],   # the pair marked backwards
    TALKS: [event(TALKS, "CONSULT", ("Chad", "Sudan"), ())],        # Qatar left out
}


def aw_file(tmp_path: Path, rows: list[list[str]]) -> Path:
    return write_tsv(tmp_path / "AW_train.tsv", AW_HEADER, [[str(n), *row] for n, row in enumerate(rows)])


def aw_figures(path: Path, events=AW_EVENTS) -> dict:
    return zsp_aw.score(load(path, "gold_binary", {"0", "1"}), FakeCoder(events))


def test_aw_precision_is_half_when_one_of_two_predicted_pairs_is_right(tmp_path):
    figures = aw_figures(aw_file(tmp_path, AW_ROWS[:2]))
    assert (figures["pair_precision"], figures["pair_recall"]) == (0.5, 1.0)


@pytest.mark.parametrize("figure, value", [
    ("rows", 6), ("sentences", 5), ("unscorable", 0), ("positives", 4), ("negatives", 2),
    ("predicted_positives", 4),     # troops, match, the backwards accusation, the reciprocal talks
    ("pair_precision", 0.75), ("pair_recall", 0.75), ("pair_f1", 0.75),
    ("positive_sentences", 3), ("predicted_sentences", 4),    # the denied sanction is not one
    ("sentence_precision", 0.75), ("sentence_recall", 1.0), ("sentence_f1", 6 / 7),
])
def test_aw_figures_on_a_hand_made_file(tmp_path, figure, value):
    assert aw_figures(aw_file(tmp_path, AW_ROWS))[figure] == pytest.approx(value)


@pytest.mark.parametrize("negated, modality, predicted", [
    (True, "asserted", 0),
    (False, "reported_denied", 0),
    (False, "future", 1),
    (False, "asserted", 1),
])
def test_aw_counts_only_events_not_negated_or_denied(tmp_path, negated, modality, predicted):
    events = {DENIED: [event(DENIED, "SANCTION", ("Norway",), ("Iran",), negated=negated,
                             modality=modality)]}
    assert aw_figures(aw_file(tmp_path, [AW_ROWS[2]]), events)["predicted_positives"] == predicted


def test_aw_run_keeps_only_the_rows_of_the_part(tmp_path, monkeypatch):
    monkeypatch.setattr(zsp_aw, "plain_coder", lambda prefix: FakeCoder(AW_EVENTS))
    figures = zsp_aw.run(aw_file(tmp_path, AW_ROWS), keep={sentence_key(TALKS)}.__contains__)
    assert (figures["rows"], figures["pair_recall"]) == (2, 0.5)


# -- CASE 2021 ----------------------------------------------------------------------------

MAPPING_TEXT = """# a hand-made subset of the subtype table
subtype\taccepted\tmodes
ARREST\tCOERCE\tarrest
AIR_STRIKE\tASSAULT\taerial,drone
AGREEMENT\tAGREE,CONSULT\t
NATURAL_DISASTER\tNONE\t
"""
DETAINED = "Police detained two reporters in Minsk.\nBoth were freed on Friday."
BOMBED = "Jets bombed a market near the river. Dozens died."
TALKED = "The two parties met and talked in Oslo."
HANDS = "Leaders shook hands after the vote."
QUAKE = "An earthquake hit the coast. Troops attacked looters in the ruins."
FLOOD = "Floods swept the valley."
SNIPPETS = [("3", DETAINED, "ARREST"), ("10", BOMBED, "AIR_STRIKE"), ("13", TALKED, "AGREEMENT"),
            ("17", HANDS, "AGREEMENT"), ("20", QUAKE, "NATURAL_DISASTER"), ("23", FLOOD, "NATURAL_DISASTER"),
            ("27", "Something else happened.", "OTHER"), ("30", "A new kind of event.", "UNHEARD_OF")]
CASE_EVENTS = {
    DETAINED: [event(DETAINED, "COERCE", ("Police",), ("two reporters",), mode="arrest")],
    BOMBED: [event(BOMBED, "ASSAULT", ("Jets",), ("a market",), mode="explosives")],
    TALKED: [event(TALKED, "CONSULT", ("The two parties",), (), 0.9)],
    HANDS: [event(HANDS, "PROTEST", ("Leaders",), ())],
    QUAKE: [event(QUAKE, "ASSAULT", ("Troops",), ("looters",))],
}


@pytest.fixture
def case_dev(tmp_path) -> Path:
    (tmp_path / "shared" / "ontology").mkdir(parents=True)
    (tmp_path / "shared" / "ontology" / "case2021_to_plover.tsv").write_text(MAPPING_TEXT, encoding="utf-8")
    dev = tmp_path / "shared" / "gold" / "dev" / "case2021_task2" / "dev.tsv"
    return write_tsv(dev, ["id", "EventSnippet", "SubType"], [list(s) for s in SNIPPETS])


def case_figures(dev: Path, coder: FakeCoder | None = None) -> dict:
    mapping = case2021.load_mapping(case2021.find_mapping(dev))
    return case2021.score(case2021.load(dev), mapping, coder or FakeCoder(CASE_EVENTS))


@pytest.mark.parametrize("figure, value", [
    ("snippets", 8), ("scored", 6), ("unscored", 2), ("disaster_snippets", 2), ("mode_snippets", 2),
    ("accepted_in_events", 0.75),     # not the handshake coded PROTEST
    ("disaster_false_alarm", 0.5),    # the troops attacking looters after the earthquake
    ("mode_accuracy", 0.5),           # the arrest, not the strike coded explosives
    ("top_event_accuracy", 4 / 6),
])
def test_case_figures_on_a_hand_made_file(case_dev, figure, value):
    assert case_figures(case_dev)[figure] == pytest.approx(value)


def test_case_other_and_unlisted_subtypes_are_never_coded(case_dev):
    coder = FakeCoder(CASE_EVENTS)
    case_figures(case_dev, coder)
    assert len(coder.calls) == 6


def test_case_secondary_accepted_type_counts_as_the_primary(case_dev):
    table = case_figures(case_dev)["per_type"]
    assert (table["AGREE"]["support"], table["AGREE"]["recall"], table["CONSULT"]["support"]) == (2, 0.5, 0)


def test_case_disaster_without_violence_is_a_hit(case_dev):
    by_subtype = case_figures(case_dev)["hit_rate_by_subtype"]
    assert by_subtype["NATURAL_DISASTER"] == {"snippets": 2, "hit_rate": 0.5}


def test_case_mapping_missing_above_the_gold_file_raises(tmp_path):
    dev = write_tsv(tmp_path / "gold" / "dev.tsv", ["id", "EventSnippet", "SubType"], [["1", FLOOD, "OTHER"]])
    with pytest.raises(GoldDataError, match="case2021_to_plover.tsv"):
        case2021.run(dev)


def test_case_mapping_with_an_unknown_type_raises(tmp_path):
    path = tmp_path / "case2021_to_plover.tsv"
    path.write_text("subtype\taccepted\tmodes\nRIOT\tBRAWL\t\n", encoding="utf-8")
    with pytest.raises(GoldDataError, match="bad row for subtype 'RIOT'"):
        case2021.load_mapping(path)


def test_case_snippet_file_without_subtype_raises(tmp_path):
    dev = write_tsv(tmp_path / "dev.tsv", ["id", "EventSnippet"], [["1", FLOOD]])
    with pytest.raises(GoldDataError, match=r"dev\.tsv: no SubType column"):
        case2021.load(dev)


def test_case_run_takes_the_limit_then_the_part(case_dev, monkeypatch):
    monkeypatch.setattr(case2021, "plain_coder", lambda prefix: FakeCoder(CASE_EVENTS))
    keep = {sentence_key(BOMBED), sentence_key(QUAKE)}.__contains__
    figures = case2021.run(case_dev, limit=4, keep=keep)
    assert (figures["snippets"], figures["accepted_in_events"]) == (1, 1.0)


# -- the real coder on the shared data ----------------------------------------------------

SHARED_RUNS = [
    (zsp_plv, "zsp_plover/PLV_train.tsv", ["type_in_events", "type_between_marked", "pair_event_rows",
                                            "top_event_accuracy", "top_event_macro_f1"]),
    (zsp_aw, "zsp_plover/AW_train.tsv", ["pair_precision", "pair_recall", "pair_f1",
                                          "sentence_precision", "sentence_recall", "sentence_f1"]),
    (case2021, "case2021_task2/dev.tsv", ["accepted_in_events", "top_event_accuracy", "top_event_macro_f1",
                                          "disaster_false_alarm", "mode_accuracy"]),
]


@pytest.mark.slow
@pytest.mark.gold
@pytest.mark.parametrize("module, path, keys", SHARED_RUNS, ids=["zsp_plv", "zsp_aw", "case2021"])
def test_scorer_runs_on_the_first_rows_of_the_shared_set(shared, module, path, keys):
    figures = module.run(shared / "gold" / "dev" / path, limit=20)
    assert all(0.0 <= figures[key] <= 1.0 for key in keys)
