"""The time search tries only the word starts whose word can begin some rule's match
(perf29, issue #21): it must find exactly what the search at every word start finds."""

import pytest

from eventwire.when import find
from eventwire.when.rules import RULES
from eventwire.when.starts import first_words

# sentences of our own, one or more expressions of each rule kind
TEXTS = [
    "The ferry resumed service on 14 March 2023 after a storm.",
    "Ballots were counted on March 14, 2023, and again on Friday.",
    "The council meets every Tuesday and met last Tuesday as well.",
    "Two days later the bridge reopened; a week earlier it had flooded.",
    "Vinyl records were everywhere in the 1990s and the early '80s.",
    "The launch slipped to mid-2024 and then to the late 2020s.",
    "Revenue rose in Q3 and fell in the third quarter of 2021.",
    "Crops failed last summer, and the spring of 2019 was dry too.",
    "Shops closed for Christmas and reopened after Thanksgiving Day 2019.",
    "The strike started at 6 a.m. and ended around noon on Sunday.",
    "The permit expired on 31/08/2021 and was renewed on 2021-09-15.",
    "Rainfall was heavy earlier this month and later this week.",
    "Yesterday the museum reopened; tomorrow evening it hosts a gala.",
    "The dam was finished between 1998 and 2003, in the nineteen nineties.",
    "The festival ran from June to August 2022, during the June-August season.",
    "Talks are planned for the week of May 6 and the first week of July.",
    "Sales fell in the latest quarter and the year-earlier period.",
    "Output rose in the first half of the year and in fiscal 2020.",
    "The levy ends at year-end or by the end of the month.",
    "Ten years from now the orchard will be mature; two months ago it was bare.",
    "The next day the envoys left; the following Monday they returned.",
    "The day after that, nobody came. Later that evening it rained.",
    "On the 15th the board voted, and again on the 28th in Oslo.",
    "This morning the tide was low; in the new year it will rise.",
    "The previous October was cold and the 20th century was long.",
    "In recent weeks the canal froze; several years ago it never did.",
    "Prices are stable now, but recently they jumped overnight.",
    "The clinic stays open for three weeks, lasting 16 days in all.",
    "Patrols run twice a week and daily in winter, every two hours.",
    "A ten-day festival and weekly markets fill the square.",
    "He was born in 1987 and moved away in two thousand and five.",
    "The fair ran March 1-3 and from the 4th to the 6th of May.",
    "The weekend was quiet, over the weekend nobody sailed.",
    "Stocks hit a high for the year; the fiscal year ends soon.",
    "IN JUNE THE PORT SHUT; last june it did not. MONDAY it reopens.",
    "Since the end of the decade, at 11:30 pm EST, at midnight, at 9am.",
    "£2021 and $1990 are prices, not years; x1990 is a code.",
    "(2019) was noted — “last year” too; ‘the '90s’ were loud…",
    "",
    "No time at all is named in this plain sentence about a kettle.",
    # round 30: ordinal words, short weekdays, holidays, centuries and other new start words
    "On the twenty-first of March, and on May the third, the Sat 14 June and Tues., Feb. 14 papers sold.",
    "The nineteenth century, the 1800s and the turn of the century; FY2024 and the 2022-23 school year.",
    "May Day, St Patrick's Day, the day before yesterday and this time last year; a fortnight ago.",
    "In '98, by end-March, in the months ahead, the year before last, in two years' time, mid-century.",
    "Some 2000 protesters met at 1600 Pennsylvania Avenue after Resolution 1973 was passed.",
]


def _found(candidates: list[find.Candidate]) -> list[tuple[str, tuple[int, int], dict[str, str | None]]]:
    return [(rule.name, match.span(), match.groupdict()) for match, rule in candidates]


@pytest.mark.parametrize("text", TEXTS)
def test_prefiltered_search_finds_what_the_full_search_finds(text: str) -> None:
    assert _found(find._candidates(text)) == _found(find.full_candidates(text))


def test_the_texts_hold_many_matches() -> None:
    assert sum(len(find.full_candidates(text)) for text in TEXTS) >= 80


@pytest.mark.parametrize("text", TEXTS)
def test_lower_and_upper_case_texts_agree(text: str) -> None:
    for variant in (text.lower(), text.upper()):
        assert _found(find._candidates(variant)) == _found(find.full_candidates(variant))


def test_every_rule_has_first_words() -> None:
    """No rule may begin with a word of any spelling, or the filter would try every word."""
    for rule in RULES:
        assert first_words(rule.pattern.pattern), rule.name


@pytest.mark.parametrize("pattern, words", [
    (r"(?:(?:in|on)\s+)?the\s+day", {"in", "on", "the"}),
    (r"\d{1,2}\s+days", {"0"}),
    (r"(?P<m>Sept|Sep)\.?\s+\d", {"sept", "sep"}),
    (r"(?:early|mid)[\s-]+\d{4}", {"early", "mid"}),
    (r"Q(?P<qn>[1-4])", {"q"}),
    (r"(?<![\w$])(?=[A-Z])(?-i:[A-Z])ay", {"aay", "bay", "cay", "day", "eay", "fay", "gay", "hay", "iay",
                                           "jay", "kay", "lay", "may", "nay", "oay", "pay", "qay", "ray",
                                           "say", "tay", "uay", "vay", "way", "xay", "yay", "zay"}),
    (r"['’]\d0s", {"'", "’"}),
    (r"year-(?:end|ago)|the\s+year", {"year", "the"}),
])
def test_first_words_of_a_pattern(pattern: str, words: set[str]) -> None:
    assert first_words(pattern) == words


@pytest.mark.parametrize("pattern", [r"\w+\s+ago", r"[^x]y", r"a.b", r"[a-z]+ly", r"(?i)may", r"(?:x)?"])
def test_a_pattern_of_open_words_has_none(pattern: str) -> None:
    assert first_words(pattern) is None


def test_times_found_with_and_without_the_filter_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt
    text = " ".join(TEXTS)
    fast = find.find_times(text, dt.date(2024, 5, 15))
    monkeypatch.setattr(find, "_candidates", find.full_candidates)
    assert find.find_times(text, dt.date(2024, 5, 15)) == fast
