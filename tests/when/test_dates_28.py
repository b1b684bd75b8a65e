"""Time values on news we wrote ourselves: an eighth TimeML test set of our own (round 28,
after the hidden TempEval-3 platinum scored value accuracy well below TBAQ's dev figures).

New angle: anchors that move through an article (a story that opens on a date, then says
"the next day", "that Friday", "two weeks later", "the following month", "earlier that
year", "the same day", and later returns to the publication date with "on Tuesday");
financial and government prose ("the year-earlier period", "the first half", "a year ago",
"the prior year", "the latest quarter", "the 12 months to January", "fiscal 2025"); texts
with no publication date (relative expressions found but given no value); months and
weekdays whose year or week is ambiguous ("in May" in a January story, "on Monday" in a
Monday story). The passages are held here, not in ``data/``; each value was worked out by
hand under the TimeML guidelines before the time stage was changed for them: deictic words
count from the publication date, anaphoric ones from the latest date told.

Scored as ``when.tempeval`` scores TBAQ (see ``tests/when/written.py``). Run ``python -m
tests.when.test_dates_28`` for the figures; rows still wrong are strict xfails with the
reason, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

import pytest

from tests.when.written import InlineSet, Row

pytestmark = pytest.mark.slow   # parses every passage with the spaCy model

TYPES = ("DATE", "TIME", "DURATION", "SET")

PASSAGES: dict[str, tuple[str, str]] = {
    "m01": ("2025-03-12",
            "On March 3, inspectors arrived at the dam. The next day they ordered the gates closed. "
            "That Friday the regional governor visited the site. Two weeks later the engineers "
            "submitted a report. The following month the ministry released funds. By then the "
            "reservoir had fallen sharply. Earlier that year the same inspectors had warned of "
            "cracks.\nOn Tuesday, the minister said repairs would begin in May."),
    "m02": ("2024-11-20",
            "Protesters gathered outside the parliament on November 14. Police detained eleven "
            "people the same day. Three days later a court released them on bail. The opposition "
            "said on Monday it would hold another rally next week."),
    "m03": ("2023-08-09",
            "The storm made landfall on July 18. The day before, officials had ordered an "
            "evacuation. Power was restored to most homes the following week. Later that month "
            "the governor asked for federal aid.\nResidents were told on Sunday that the water was "
            "safe, the utility said on Tuesday."),
    "n01": ("",
            "Talks resumed on Monday after a pause of two weeks. Negotiators hope to sign a deal "
            "next month, before elections in October 2026. The previous round collapsed last year."),
    "n02": ("",
            "In March 2021 the plant closed. Two months later, its owner filed for bankruptcy. "
            "The buildings were sold in 2023."),
    "y01": ("2025-01-15",
            "The league said its new season would start in May. Ticket sales fell in December, "
            "and the stadium reopened in November after repairs. Club owners met in March to "
            "discuss fees."),
    "y02": ("2025-06-02",
            "The central bank cut its main rate on Monday, a move traders had expected since "
            "Friday. The governor will testify before lawmakers on Thursday."),
    "y03": ("2025-01-20",
            "Fuel prices peaked in May and have fallen since. The agency expects them to rise "
            "again in the spring. Last week the government froze fuel taxes. On Friday, the "
            "opposition called for a vote."),
    "f01": ("2024-10-29",
            "The retailer said on Tuesday that net profit in the third quarter rose 8 percent from "
            "the year-earlier period. Sales in the first half had been flat. A year ago the "
            "company posted a loss. In the latest quarter, margins widened. The board expects "
            "growth in the fourth quarter and in fiscal 2025."),
    "f02": ("2023-02-14",
            "The finance ministry said on Tuesday that the deficit narrowed in 2022. In the prior "
            "year it reached 6 percent of output. Tax receipts in the 12 months to January rose 9 percent. "
            "Detailed spending figures will be published next month."),
    "p01": ("2022-09-08",
            "The bridge was closed in 2019 after engineers found corroded cables. Two years later, "
            "work began on a replacement. That summer, the city borrowed 40 million dollars.\n"
            "On Wednesday the new span opened to traffic."),
    "p02": ("2024-05-20",
            "Ballots were counted on April 28. A week later, the commission certified the result. "
            "The court ruled earlier this month that the vote stands. It will hear a second "
            "challenge in June."),
    "s01": ("2021-12-01",
            "Parliament passed the law on November 30, 2021. It takes effect on January 1. The "
            "previous version dated from 1998. In the 1990s, similar bills failed."),
    "s02": ("2020-07-02",
            "Fighting broke out near the border on June 21. That night, villagers fled. By the "
            "next morning the army had sealed the road. Since then, aid convoys have been turned "
            "back. Local leaders met on Wednesday with envoys."),
    "g01": ("2019-03-06",
            "The company was founded in 2011. The following year it opened a second plant. Sales "
            "fell in 2016 from the prior year. The chief executive said on Monday that a third "
            "plant would open this autumn."),
    "g02": ("",
            "On 4 May 2019 the ferry sank. The next day divers found the hull. A month later the "
            "inquiry opened. Survivors say they were warned last week."),
    "g03": ("2023-07-27",
            "The carmaker's second-quarter profit rose 12 percent from the year-ago quarter. For "
            "the first six months, revenue climbed 9 percent. The company raised its forecast for "
            "the current fiscal year. Sales in the prior quarter had disappointed. Results for the "
            "third quarter are due in October."),
    "g04": ("2022-01-10",
            "The festival opens in May, organisers said. Last May it drew 40,000 visitors. The "
            "ministry approved the budget in February, and the mayor said on Monday that tickets "
            "go on sale this week."),
    "g05": ("2024-09-13",
            "Floodwaters rose on Sept. 2. Rescue crews worked through the night of Sept. 4. The "
            "dam held until the following Tuesday. Earlier in the month, forecasters had warned "
            "of heavy rain. The government will release aid on Monday."),
    "g06": ("2021-10-21",
            "The airline's profit doubled in the fiscal first quarter. For the quarter ended Sept. "
            "30, it earned $40 million, up from $20 million a year earlier."),
    "g07": ("2023-10-09",
            "The fund holds 10,000 shares, including 4,000 bought from Oct. 2 to Thursday at $12 "
            "each."),
    "g08": ("2023-10-09",
            "The notes convert at $30 a share, a 20 percent premium over Thursday's closing price. "
            "Voters in the district head to the polls Wednesday."),
    "g09": ("2024-03-08",
            "Farmers were planning to block the main highway on Monday, a union leader said."),
    "g10": ("2024-10-29",
            "Net income rose to $12 million in the third quarter from $9 million in the "
            "corresponding period last year. Sales for last year's quarter were hurt by a strike. "
            "Costs were flat compared with the same quarter of last year."),
    "g11": ("2023-02-06",
            "The plant closed in 2019. Workers protested outside the gates the same day. Later "
            "that month, the owner sold the land."),
    "g12": ("2023-02-06",
            "A gunman opened fire at a school in October 2022. His photograph was posted online "
            "that same day."),
    "g13": ("2023-02-08",
            "The company, founded in 1850, cut 300 jobs on Monday. Later that day its shares fell."),
    "g14": ("2024-10-29",
            "For the fiscal year ending June 30, the company expects revenue of $4 billion."),
    "g15": ("2024-10-29",
            "In the fiscal year ended June 30, revenue rose 6 percent."),
}

# (passage, expression, TIMEX3 type, value); "-" is no value (no creation time); type NONE
# names words that are no TIMEX3.
GOLD: tuple[tuple[str, str, str, str], ...] = (
    ("m01", "March 3", "DATE", "2025-03-03"),
    ("m01", "The next day", "DATE", "2025-03-04"),
    ("m01", "That Friday", "DATE", "2025-03-07"),
    ("m01", "Two weeks later", "DATE", "2025-W12"),
    ("m01", "The following month", "DATE", "2025-04"),
    ("m01", "then", "NONE", ""),
    ("m01", "Earlier that year", "DATE", "2025"),
    ("m01", "Tuesday", "DATE", "2025-03-11"),
    ("m01", "May", "DATE", "2025-05"),
    ("m02", "November 14", "DATE", "2024-11-14"),
    ("m02", "the same day", "DATE", "2024-11-14"),
    ("m02", "Three days later", "DATE", "2024-11-17"),
    ("m02", "Monday", "DATE", "2024-11-18"),
    ("m02", "next week", "DATE", "2024-W48"),
    ("m03", "July 18", "DATE", "2023-07-18"),
    ("m03", "The day before", "DATE", "2023-07-17"),
    ("m03", "the following week", "DATE", "2023-W30"),
    ("m03", "Later that month", "DATE", "2023-07"),
    ("m03", "Sunday", "DATE", "2023-08-06"),
    ("m03", "Tuesday", "DATE", "2023-08-08"),
    ("n01", "Monday", "DATE", "-"),
    ("n01", "two weeks", "DURATION", "P2W"),
    ("n01", "next month", "DATE", "-"),
    ("n01", "October 2026", "DATE", "2026-10"),
    ("n01", "last year", "DATE", "-"),
    ("n02", "March 2021", "DATE", "2021-03"),
    ("n02", "Two months later", "DATE", "2021-05"),
    ("n02", "2023", "DATE", "2023"),
    ("y01", "May", "DATE", "2025-05"),
    ("y01", "December", "DATE", "2024-12"),
    ("y01", "November", "DATE", "2024-11"),
    ("y01", "March", "DATE", "2024-03"),
    ("y02", "Monday", "DATE", "2025-06-02"),
    ("y02", "Friday", "DATE", "2025-05-30"),
    ("y02", "Thursday", "DATE", "2025-06-05"),
    ("y03", "May", "DATE", "2024-05"),
    ("y03", "the spring", "DATE", "2025-SP"),
    ("y03", "Last week", "DATE", "2025-W03"),
    ("y03", "Friday", "DATE", "2025-01-17"),
    ("f01", "Tuesday", "DATE", "2024-10-29"),
    ("f01", "the third quarter", "DATE", "2024-Q3"),
    ("f01", "the year-earlier period", "DATE", "2023-Q3"),
    ("f01", "the first half", "DATE", "2024-H1"),
    ("f01", "A year ago", "DATE", "2023-Q3"),
    ("f01", "the latest quarter", "DATE", "2024-Q3"),
    ("f01", "the fourth quarter", "DATE", "2024-Q4"),
    ("f01", "fiscal 2025", "DATE", "2025"),
    ("f02", "Tuesday", "DATE", "2023-02-14"),
    ("f02", "2022", "DATE", "2022"),
    ("f02", "the prior year", "DATE", "2021"),
    ("f02", "the 12 months to January", "DURATION", "P12M"),
    ("f02", "next month", "DATE", "2023-03"),
    ("p01", "2019", "DATE", "2019"),
    ("p01", "Two years later", "DATE", "2021"),
    ("p01", "That summer", "DATE", "2021-SU"),
    ("p01", "Wednesday", "DATE", "2022-09-07"),
    ("p02", "April 28", "DATE", "2024-04-28"),
    ("p02", "A week later", "DATE", "2024-W18"),
    ("p02", "earlier this month", "DATE", "2024-05"),
    ("p02", "June", "DATE", "2024-06"),
    ("s01", "November 30, 2021", "DATE", "2021-11-30"),
    ("s01", "January 1", "DATE", "2022-01-01"),
    ("s01", "1998", "DATE", "1998"),
    ("s01", "the 1990s", "DATE", "199"),
    ("s02", "June 21", "DATE", "2020-06-21"),
    ("s02", "That night", "TIME", "2020-06-21TNI"),
    ("s02", "next morning", "TIME", "2020-06-22TMO"),
    ("s02", "then", "NONE", ""),
    ("s02", "Wednesday", "DATE", "2020-07-01"),
    ("g01", "2011", "DATE", "2011"),
    ("g01", "The following year", "DATE", "2012"),
    ("g01", "2016", "DATE", "2016"),
    ("g01", "the prior year", "DATE", "2015"),
    ("g01", "Monday", "DATE", "2019-03-04"),
    ("g01", "this autumn", "DATE", "2019-FA"),
    ("g02", "4 May 2019", "DATE", "2019-05-04"),
    ("g02", "The next day", "DATE", "2019-05-05"),
    ("g02", "A month later", "DATE", "2019-06"),
    ("g02", "last week", "DATE", "-"),
    ("g03", "second-quarter", "DATE", "2023-Q2"),
    ("g03", "the year-ago quarter", "DATE", "2022-Q2"),
    ("g03", "the first six months", "DURATION", "P6M"),
    ("g03", "the current fiscal year", "DATE", "2023"),
    ("g03", "the prior quarter", "DATE", "2023-Q1"),
    ("g03", "the third quarter", "DATE", "2023-Q3"),
    ("g03", "October", "DATE", "2023-10"),
    ("g04", "May", "DATE", "2022-05"),
    ("g04", "Last May", "DATE", "2021-05"),
    ("g04", "February", "DATE", "2021-02"),
    ("g04", "Monday", "DATE", "2022-01-10"),
    ("g04", "this week", "DATE", "2022-W02"),
    ("g05", "Sept. 2", "DATE", "2024-09-02"),
    ("g05", "Sept. 4", "DATE", "2024-09-04"),
    ("g05", "the following Tuesday", "DATE", "2024-09-10"),
    ("g05", "Earlier in the month", "DATE", "2024-09"),
    ("g05", "Monday", "DATE", "2024-09-16"),
    ("g06", "the quarter", "DATE", "2021-Q3"),
    ("g06", "a year earlier", "DATE", "2020-Q3"),
    ("g07", "Oct. 2", "DATE", "2023-10-02"),
    ("g07", "Thursday", "DATE", "2023-10-05"),
    ("g08", "Thursday", "DATE", "2023-10-05"),
    ("g08", "Wednesday", "DATE", "2023-10-11"),
    ("g09", "Monday", "DATE", "2024-03-11"),
    ("g10", "the third quarter", "DATE", "2024-Q3"),
    ("g10", "corresponding period last year", "DATE", "2023-Q3"),
    ("g10", "last year's quarter", "DATE", "2023-Q3"),
    ("g10", "the same quarter of last year", "DATE", "2023-Q3"),
    ("g11", "2019", "DATE", "2019"),
    ("g11", "the same day", "DATE", "2019-XX-XX"),
    ("g11", "Later that month", "DATE", "2019-XX"),
    ("g12", "October 2022", "DATE", "2022-10"),
    ("g12", "that same day", "DATE", "2022-10-XX"),
    ("g13", "1850", "DATE", "1850"),
    ("g13", "Monday", "DATE", "2023-02-06"),
    ("g13", "Later that day", "DATE", "2023-02-06"),
    ("g14", "the fiscal year ending June 30", "DATE", "2025"),
    ("g14", "June 30", "DATE", "2025-06-30"),
    ("g15", "the fiscal year ended June 30", "DATE", "2024"),
    ("g15", "June 30", "DATE", "2024-06-30"),
)




WRITTEN = InlineSet("dates_28", PASSAGES, GOLD)

# What the stage still gets wrong, with the reason (strict: a fix makes the row pass).
XFAIL: dict[tuple[str, str], str] = {}


def test_the_set_is_large_and_consistent() -> None:
    rows = [row for row in WRITTEN.gold_rows if row.type != "NONE"]
    assert len(WRITTEN.passages) >= 12 and len(rows) >= 50
    for row in WRITTEN.gold_rows:
        assert WRITTEN.consistent(row), row


@pytest.mark.parametrize("row", WRITTEN.params(XFAIL))
def test_each_expression(row: Row) -> None:
    WRITTEN.check(row)


if __name__ == "__main__":
    for kinds in (("DATE",), ("TIME",), ("DURATION",), ("SET",), TYPES):
        print(f"{'+'.join(kinds):24}", WRITTEN.figures(kinds))
    WRITTEN.report(16)
